"""Learning from corrections: reviewed clues make the next model better, provably.

- Corrections: the reviewed rows of a store (``tags.reviewed = 1``): the sentence, its
  document, and the analyst's ``is_problem``, categories and units (the review desk stores
  its decision in the tag tables).
- Hold-out: reviewed clues grouped by document; a document is held out when the SHA-256 of
  its text hash falls below ``fraction`` (so a document keeps its side as the store grows,
  and never sits on both sides). Training never sees the hold-out.
- Figures: problem accuracy, category micro- and macro-F1 on a gold set, each with a
  bootstrap 95 % confidence interval (sentences resampled, fixed seed).
- Learning curve: retrain with 0, 25, 50, 75 and 100 % of the training-side corrections
  (nested subsets in a fixed order) and score each model on the hold-out.
- Promotion gate: a candidate model becomes active only if none of its hold-out figures is
  lower than the active model's by more than the candidate's CI half-width.
- Active learning: an uncertainty score per sentence (problem score near its threshold, a
  category score near its threshold, rules and model disagreeing) that orders the review queue.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from .errors import XunchaError

HOLDOUT_FRACTION = 0.2
FRACTIONS = (0.0, 0.25, 0.5, 0.75, 1.0)
DRAWS = 1000
SEED = 0
METRICS = ("problem_accuracy", "category_micro_f1", "category_macro_f1")


class LearningError(XunchaError):
    pass


# -- corrections ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Correction:
    """One reviewed clue: the analyst's labels for a stored sentence."""

    sentence_id: int
    document_id: int
    document_hash: str  # the document's text hash (documents.text_hash)
    seq: int
    text: str
    section: tuple[str, ...]
    is_problem: bool
    categories: tuple[str, ...]
    units: tuple[str, ...]

    def example(self) -> dict:
        """The correction as a corpus line (train.load_corpus format); its document is its
        cross-validation group."""
        return {"text": self.text, "is_problem": self.is_problem,
                "categories": list(self.categories) if self.is_problem else [],
                "units": list(self.units) if self.is_problem else [], "section": list(self.section),
                "group": f"document:{self.document_hash}"}


def load_corrections(store) -> list[Correction]:
    """Every reviewed clue of a store, in a fixed order (document text hash, sentence order),
    so training on them is reproducible whatever the row ids."""
    conn = store.conn
    rows = conn.execute(
        "SELECT t.sentence_id, t.document_id, d.text_hash, s.seq, s.text, s.section, t.is_problem"
        " FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = t.document_id"
        " WHERE t.reviewed = 1").fetchall()
    cats: dict[int, list[str]] = {}
    for sid, code in conn.execute(
            "SELECT c.sentence_id, c.category FROM tag_categories c JOIN tags t ON t.sentence_id = c.sentence_id"
            " WHERE t.reviewed = 1 ORDER BY c.sentence_id, c.category"):
        cats.setdefault(sid, []).append(code)
    units: dict[int, list[str]] = {}
    for sid, text in conn.execute(
            "SELECT u.sentence_id, u.text FROM tag_units u JOIN tags t ON t.sentence_id = u.sentence_id"
            " WHERE t.reviewed = 1 ORDER BY u.sentence_id, u.seq"):
        units.setdefault(sid, []).append(text)
    out = []
    for sid, did, dhash, seq, text, section, is_problem in rows:
        try:
            sec = tuple(json.loads(section))
        except ValueError:
            sec = ()
        problem = bool(is_problem)
        out.append(Correction(sid, did, dhash, seq, text, sec, problem,
                              tuple(cats.get(sid, ())) if problem else (),
                              tuple(units.get(sid, ())) if problem else ()))
    out.sort(key=lambda c: (c.document_hash, c.seq))
    return out


def _unit_interval(key: str, salt: str) -> float:
    return int(hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()[:15], 16) / float(1 << 60)


def holdout_documents(document_hashes: Sequence[str], fraction: float = HOLDOUT_FRACTION) -> set[str]:
    """The documents held out: those whose hash maps below ``fraction``. When that picks none
    of several documents, the one mapping lowest is held out (tiny stores)."""
    docs = sorted(set(document_hashes))
    held = {d for d in docs if _unit_interval(d, "holdout") < fraction}
    if not held and len(docs) >= 2 and fraction > 0:
        held = {min(docs, key=lambda d: _unit_interval(d, "holdout"))}
    return held


def split_holdout(corrections: Sequence[Correction], fraction: float = HOLDOUT_FRACTION
                  ) -> tuple[list[Correction], list[Correction]]:
    """(training side, hold-out side), grouped by document."""
    held = holdout_documents([c.document_hash for c in corrections], fraction)
    return ([c for c in corrections if c.document_hash not in held],
            [c for c in corrections if c.document_hash in held])


def curve_order(corrections: Sequence[Correction]) -> list[Correction]:
    """A fixed order for taking the first 25 %, 50 %, … of the corrections (nested subsets)."""
    return sorted(corrections, key=lambda c: (_unit_interval(f"{c.document_hash}:{c.seq}", "curve"), c.seq))


# -- figures with bootstrap confidence intervals ------------------------------------------------
@dataclass(frozen=True)
class Scores:
    """Per-sentence outcomes on a gold set: problem right (n,), category tp/fp/fn (n, C)."""

    problem_correct: np.ndarray
    tp: np.ndarray
    fp: np.ndarray
    fn: np.ndarray
    codes: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    value: float
    low: float
    high: float

    @property
    def half_width(self) -> float:
        return (self.high - self.low) / 2

    def as_dict(self) -> dict:
        return {"value": round(self.value, 4), "low": round(self.low, 4), "high": round(self.high, 4)}


def sentence_scores(tagger, gold: Sequence[dict]) -> Scores:
    """Tag the gold lines and keep, per sentence, what ``train.evaluate`` sums."""
    from .train import tag_gold

    clues = tag_gold(tagger, gold)
    codes = tuple(tagger.taxonomy.codes)
    index = {c: j for j, c in enumerate(codes)}
    n = len(gold)
    pred = np.zeros((n, len(codes)), dtype=bool)
    true = np.zeros((n, len(codes)), dtype=bool)
    correct = np.zeros(n, dtype=bool)
    for i, (g, clue) in enumerate(zip(gold, clues)):
        correct[i] = clue.is_problem == bool(g["is_problem"])
        for h in clue.categories:
            if h.code in index:
                pred[i, index[h.code]] = True
        if g["is_problem"]:
            for c in g.get("categories") or ():
                if c in index:
                    true[i, index[c]] = True
    return Scores(correct, (pred & true).astype(np.int64), (pred & ~true).astype(np.int64),
                  (~pred & true).astype(np.int64), codes)


def _figures_of(weights: np.ndarray, s: Scores) -> dict[str, np.ndarray]:
    """The three figures for each row of ``weights`` (how often each sentence is drawn)."""
    w = weights.astype(np.float64)
    total = w.sum(axis=1)
    acc = (w @ s.problem_correct.astype(np.float64)) / np.maximum(total, 1)
    tp, fp, fn = w @ s.tp, w @ s.fp, w @ s.fn
    micro_den = 2 * tp.sum(axis=1) + fp.sum(axis=1) + fn.sum(axis=1)
    micro = np.where(tp.sum(axis=1) > 0, 2 * tp.sum(axis=1) / np.maximum(micro_den, 1e-12), 0.0)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1e-12), 0.0)
    supported = (tp + fn) > 0
    macro = np.where(supported.any(axis=1), (f1 * supported).sum(axis=1) / np.maximum(supported.sum(axis=1), 1), 0.0)
    return {"problem_accuracy": acc, "category_micro_f1": micro, "category_macro_f1": macro}


def figures(scores: Scores, draws: int = DRAWS, seed: int = SEED) -> dict[str, Figure]:
    """Problem accuracy, micro- and macro-F1 with percentile bootstrap 95 % intervals
    (sentences drawn with replacement, ``draws`` times, from a fixed seed)."""
    n = len(scores.problem_correct)
    if n == 0:
        raise LearningError("no gold sentences to score (the hold-out is empty); review clues of more documents")
    point = _figures_of(np.ones((1, n)), scores)
    rng = np.random.default_rng(seed)
    out = {name: [] for name in METRICS}
    for start in range(0, draws, 200):  # bounded memory: 200 x n draw counts at a time
        k = min(200, draws - start)
        idx = rng.integers(0, n, size=(k, n))
        weights = np.bincount((np.arange(k)[:, None] * n + idx).ravel(), minlength=k * n).reshape(k, n)
        for name, vals in _figures_of(weights, scores).items():
            out[name].append(vals)
    result = {}
    for name in METRICS:
        vals = np.concatenate(out[name])
        low, high = np.percentile(vals, [2.5, 97.5])
        result[name] = Figure(float(point[name][0]), float(low), float(high))
    return result


def paired_difference(candidate: Scores, active: Scores, draws: int = DRAWS, seed: int = SEED) -> dict[str, Figure]:
    """Candidate minus active model on the same gold sentences, with a paired bootstrap 95 %
    interval (both scored on each resample): a tighter test than two separate intervals.
    Recorded beside the gate's decision; the gate itself follows the rule in ``gate``."""
    n = len(candidate.problem_correct)
    if n == 0 or n != len(active.problem_correct):
        raise LearningError("the two models were not scored on the same gold sentences")
    one = np.ones((1, n))
    pc, pa = _figures_of(one, candidate), _figures_of(one, active)
    rng = np.random.default_rng(seed)
    diffs = {name: [] for name in METRICS}
    for start in range(0, draws, 200):
        k = min(200, draws - start)
        idx = rng.integers(0, n, size=(k, n))
        weights = np.bincount((np.arange(k)[:, None] * n + idx).ravel(), minlength=k * n).reshape(k, n)
        fc, fa = _figures_of(weights, candidate), _figures_of(weights, active)
        for name in METRICS:
            diffs[name].append(fc[name] - fa[name])
    out = {}
    for name in METRICS:
        low, high = np.percentile(np.concatenate(diffs[name]), [2.5, 97.5])
        out[name] = Figure(float(pc[name][0] - pa[name][0]), float(low), float(high))
    return out


def figures_dict(figs: dict[str, Figure]) -> dict:
    return {name: f.as_dict() for name, f in figs.items()}


# -- promotion gate ------------------------------------------------------------------------------
@dataclass(frozen=True)
class GateDecision:
    promoted: bool
    forced: bool
    reasons: tuple[str, ...]  # one per figure: kept, or dropped by how much

    def as_dict(self) -> dict:
        return {"promoted": self.promoted, "forced": self.forced, "reasons": list(self.reasons)}


def gate(candidate: dict[str, Figure], active: dict[str, Figure], force: bool = False) -> GateDecision:
    """Promote unless some hold-out figure of the candidate is below the active model's by
    more than the candidate's CI half-width. ``force`` promotes anyway (recorded as forced)."""
    ok = True
    reasons = []
    for name in METRICS:
        c, a = candidate[name], active[name]
        drop = a.value - c.value
        if drop > c.half_width + 1e-12:
            ok = False
            reasons.append(f"{name}: {a.value:.4f} -> {c.value:.4f}, drop {drop:.4f} > CI half-width "
                           f"{c.half_width:.4f}")
        else:
            reasons.append(f"{name}: {a.value:.4f} -> {c.value:.4f} (within CI half-width {c.half_width:.4f})"
                           if drop > 0 else f"{name}: {a.value:.4f} -> {c.value:.4f}")
    return GateDecision(ok or force, force and not ok, tuple(reasons))


# -- training with corrections, the registry and the gate ----------------------------------------
def _sentence_scores(model_dir: Path, gold: Sequence[dict], rules_dir: Optional[Path]) -> Scores:
    from .extract import Tagger

    return sentence_scores(Tagger(rules_dir, model_dir), gold)


def _score_model(model_dir: Path, gold: Sequence[dict], rules_dir: Optional[Path], draws: int, seed: int):
    return figures(_sentence_scores(model_dir, gold, rules_dir), draws, seed)


@dataclass(frozen=True)
class TrainOutcome:
    version: str  # the registry id of the new model
    active: str  # the id active afterwards
    decision: GateDecision
    candidate: dict  # figures (dicts with value/low/high) on the gate set
    baseline: dict  # the previously active model's figures there
    baseline_id: str
    difference: dict  # candidate minus baseline, paired bootstrap interval (recorded, not gated)
    gate_set: str  # "hold-out" (reviewed clues) or "dev" (corpus dev set, no hold-out yet)
    gate_sentences: int
    meta: dict = field(repr=False, default_factory=dict)


def train_version(corpus: Optional[Path] = None, rules_dir: Optional[Path] = None,
                  corrections: Sequence[Correction] = (), holdout_fraction: float = HOLDOUT_FRACTION,
                  force: bool = False, draws: int = DRAWS, registry_root: Optional[Path] = None,
                  keep_thresholds: bool = False) -> TrainOutcome:
    """Train on the corpus plus the training side of ``corrections`` into a new registry
    version, score it and the active model on the hold-out (the corpus dev set while there is
    no hold-out), and activate it if the gate passes (or ``force``). The decision and the
    figures go into the version's registry.json."""
    from . import registry
    from .resources import corpora_dir
    from .train import corpus_files, load_corpus, train

    train_side, held = split_holdout(corrections, holdout_fraction)
    if held:
        gold, gate_set = [c.example() for c in held], "hold-out"
    else:
        dev_files = corpus_files((Path(corpus) if corpus else corpora_dir()) / "dev")
        if not dev_files:
            raise LearningError("no hold-out of reviewed clues and no corpus dev set to compare models on; "
                                "review clues of more documents or pass --corpus with a dev/ folder")
        gold, gate_set = load_corpus(dev_files), "dev"
    root = registry.registry_root(registry_root)
    root.mkdir(parents=True, exist_ok=True)
    baseline_id = registry.active_id(registry_root)
    baseline_dir = registry.active_folder(registry_root)
    thresholds = None
    if keep_thresholds:
        from .classifier import load_model

        thresholds = load_model(baseline_dir)[1].get("thresholds")
    work = Path(tempfile.mkdtemp(prefix=".train-", dir=root))
    try:
        meta = train(corpus, work, rules_dir, corrections=[c.example() for c in train_side],
                     thresholds=thresholds)
        cand_scores = _sentence_scores(work, gold, rules_dir)
        base_scores = _sentence_scores(baseline_dir, gold, rules_dir)
        cand, base = figures(cand_scores, draws, SEED), figures(base_scores, draws, SEED)
        diff = figures_dict(paired_difference(cand_scores, base_scores, draws, SEED))
        decision = gate(cand, base, force)
        info = {"training": {"corrections": len(train_side), "held_out": len(held),
                             "held_out_documents": len({c.document_hash for c in held}),
                             "holdout_fraction": holdout_fraction, "thresholds_kept": keep_thresholds,
                             **{k: meta["training_data"][k] for k in ("sentences", "problems", "sha256")}},
                "gate_set": gate_set, "gate_sentences": len(gold), "draws": draws, "seed": SEED,
                "figures": figures_dict(cand), "baseline": {"id": baseline_id, "figures": figures_dict(base)},
                "difference": diff, "decision": decision.as_dict()}
        version = registry.add_version(work, info, registry_root)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    active = baseline_id
    if decision.promoted:
        active = registry.activate(version.id, "force" if decision.forced else "promote",
                                   "; ".join(decision.reasons), registry_root)
    return TrainOutcome(version.id, active, decision, figures_dict(cand), figures_dict(base), baseline_id,
                        diff, gate_set, len(gold), meta)


# -- learning curve ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CurvePoint:
    fraction: float
    corrections: int
    figures: dict[str, Figure]


def learning_curve(corrections: Sequence[Correction], corpus: Optional[Path] = None,
                   rules_dir: Optional[Path] = None, fractions: Sequence[float] = FRACTIONS,
                   holdout_fraction: float = HOLDOUT_FRACTION, draws: int = DRAWS,
                   thresholds: Optional[dict] = None, folds: int = 5,
                   progress: Optional[Callable[[float], None]] = None) -> tuple[list[CurvePoint], int]:
    """Retrain with each fraction of the training-side corrections (nested subsets) and score
    on the hold-out. Returns (points, hold-out size). ``thresholds`` keeps given thresholds
    instead of tuning them out-of-fold (faster)."""
    from .train import train

    train_side, held = split_holdout(corrections, holdout_fraction)
    if not held:
        raise LearningError("the hold-out is empty: reviewed clues come from fewer than two documents; "
                            "review clues of more documents first")
    gold = [c.example() for c in held]
    ordered = curve_order(train_side)
    points = []
    token_cache: dict = {}
    with tempfile.TemporaryDirectory(prefix="xuncha-curve-") as tmp:
        for i, frac in enumerate(fractions):
            if progress:
                progress(frac)
            k = int(round(frac * len(ordered)))
            used = sorted(ordered[:k], key=lambda c: (c.document_hash, c.seq))
            out = Path(tmp) / f"m{i}"
            train(corpus, out, rules_dir, folds=folds, corrections=[c.example() for c in used],
                  thresholds=thresholds, score_dev=False, token_cache=token_cache)
            points.append(CurvePoint(frac, k, _score_model(out, gold, rules_dir, draws, SEED)))
    return points, len(gold)


# -- active learning -----------------------------------------------------------------------------
def _logit(p):
    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def uncertainty(tagger, texts: Sequence[str], sections: Sequence[Sequence[str]]) -> np.ndarray:
    """How much a review of each sentence would teach the model (higher first), as the
    Tagger decides (pipeline.extract):

    - problem margin ``exp(-|logit p - logit t|)``: 1 when the problem score sits on its threshold;
    - category margin, the same for the category score (noisy-OR of model and rule) closest to
      its threshold, weighted by the problem probability (categories matter for problems only);
    - disagreement of rules and model: a rule fired but the model says no problem (1), or, for
      a problem, the Jaccard distance between the categories the rules fire and those the
      model alone would assign; counted half.

    score = max(problem margin, p × category margin) + 0.5 × disagreement.
    """
    from .classifier import apply_section_offsets
    from .extract import noisy_or

    n = len(texts)
    if n == 0:
        return np.zeros(0)
    _, words, hits = tagger.features(texts, sections)
    X = tagger.model.features(texts, words)
    thr = tagger.thresholds
    p = apply_section_offsets(tagger.model.problem_proba(X), [tagger.signals.section_kind(s) for s in sections],
                              thr.get("section_offsets"))
    t = tagger.problem_threshold
    u_problem = np.exp(-np.abs(_logit(p) - _logit(t)))
    codes = list(tagger.taxonomy.codes)
    model_col = {c: j for j, c in enumerate(tagger.model.codes_)}
    raw = tagger.model.category_proba(X)
    P = np.zeros((n, len(codes)))
    for j, c in enumerate(codes):
        if c in model_col:
            P[:, j] = raw[:, model_col[c]]
    W = np.zeros_like(P)
    index = {c: j for j, c in enumerate(codes)}
    for r, h in enumerate(hits):
        for code, hs in h.items():
            if code in index:
                W[r, index[code]] = max(x.weight for x in hs)
    S = noisy_or(P, W, tagger.rule_strength)
    row = np.asarray([float(thr.get(c, 0.5)) for c in codes])
    u_cat = np.exp(-np.abs(_logit(S) - _logit(row[None, :])).min(axis=1))
    rule_set = W > 0
    model_set = P >= row[None, :]
    union = (rule_set | model_set).sum(axis=1)
    jaccard = np.where(union > 0, (rule_set ^ model_set).sum(axis=1) / np.maximum(union, 1), 0.0)
    is_problem = p >= t
    disagree = np.where(is_problem, jaccard, rule_set.any(axis=1).astype(float))
    return np.maximum(u_problem, p * u_cat) + 0.5 * disagree


def uncertainty_order(tagger, texts: Sequence[str], sections: Sequence[Sequence[str]]) -> list[int]:
    """Indices of ``texts``, most uncertain first (ties: original order)."""
    scores = uncertainty(tagger, texts, sections)
    return sorted(range(len(texts)), key=lambda i: (-scores[i], i))


def review_order(store, tagger=None, limit: Optional[int] = None, clues_only: bool = False,
                 batch: int = 512) -> list[tuple[int, float]]:
    """The review queue for the desk: (sentence id, uncertainty) of the store's unreviewed
    tagged sentences, most uncertain first, under the current model (``tagger``: default the
    active one). ``clues_only`` keeps the sentences tagged as problems; otherwise sentences
    tagged as no problem but close to it are queued too (missed clues teach as much)."""
    if tagger is None:
        from .extract import Tagger

        tagger = Tagger()
    where = "t.reviewed = 0" + (" AND t.is_problem = 1" if clues_only else "")
    rows = store.conn.execute(
        f"SELECT s.id, s.text, s.section FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE {where}"
        " ORDER BY s.id").fetchall()
    scored: list[tuple[int, float]] = []
    for i in range(0, len(rows), batch):
        chunk = rows[i:i + batch]
        sections = []
        for r in chunk:
            try:
                sections.append(tuple(json.loads(r[2])))
            except ValueError:
                sections.append(())
        u = uncertainty(tagger, [r[1] for r in chunk], sections)
        scored += [(int(r[0]), round(float(x), 6)) for r, x in zip(chunk, u)]
    scored.sort(key=lambda x: (-x[1], x[0]))
    return scored[:limit] if limit is not None else scored

"""Training and evaluation of the clue model from labelled JSONL corpora.

Corpus lines: ``{"text", "is_problem", "categories", "units", "section"?}`` (corpora/README.md).
Training is reproducible: fixed seeds, sorted inputs, and the model metadata records the
package versions, the rules and taxonomy fingerprint, the training-data hash, the
out-of-fold thresholds and the dev metrics.

Analysts' corrections (reviewed clues, ``pipeline.learning``) join the written corpus as
corpus lines: a correction outranks the corpus (a corpus line with the same text is replaced
by it) and, since only reviewed rows are read, the model's own output never trains it.
"""
from __future__ import annotations

import hashlib
import json
import platform
from collections import Counter
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from .classifier import (ClueModel, Signals, apply_section_offsets, featurize, fit_section_offsets,
                         save_model)
from .errors import XunchaError
from .nlp import get_segmenter
from .resources import corpora_dir, rules_dir as _rules_dir
from .rules import RuleSet, load_taxonomy

SEED = 0
# Noisy-OR strengths tried for rule hits (see _tune). Out of fold, micro-F1 rose as the strength
# fell all the way to 0.1 (the model weighs each rule hit as a feature already). The grid
# stops above 0 so that a rule a user adds or edits moves the score before any retraining.
RULE_STRENGTHS = (0.1, 0.2, 0.3, 0.5, 0.7, 0.9)
GRID = [round(x, 2) for x in np.arange(0.15, 0.951, 0.025)]


class CorpusError(XunchaError):
    pass


def load_corpus(paths: Iterable[Path]) -> list[dict]:
    out = []
    for path in sorted(Path(p) for p in paths):
        with open(path, encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    item = json.loads(line)
                    text = str(item["text"])
                    ex = {
                        "text": text,
                        "is_problem": bool(item["is_problem"]),
                        "categories": list(item.get("categories") or []),
                        "units": list(item.get("units") or []),
                        "section": list(item["section"]) if isinstance(item.get("section"), list)
                        else ([item["section"]] if item.get("section") else []),
                    }
                except (ValueError, KeyError, TypeError) as exc:
                    raise CorpusError(f"{path}:{n}: not a corpus line ({exc})") from None
                out.append(ex)
    return out


def corpus_files(folder: Path) -> list[Path]:
    return sorted(Path(folder).glob("*.jsonl"))


def data_hash(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(Path(p).name.encode())
        h.update(Path(p).read_bytes())
    return h.hexdigest()


def merge_corrections(examples: Sequence[dict], corrections: Sequence[dict]) -> tuple[list[dict], int]:
    """The corpus with the corrections added: a corpus line whose text (stripped) equals a
    correction's is dropped, the correction kept; of corrections with one text, the last wins.
    Returns (examples, number of corpus lines replaced). Order: corpus lines as read, then
    the corrections as given (the caller sorts them, so training is reproducible)."""
    latest: dict[str, dict] = {}
    for c in corrections:
        latest[c["text"].strip()] = c
    kept = [e for e in examples if e["text"].strip() not in latest]
    seen: set[str] = set()
    added = []
    for c in reversed(list(corrections)):  # the last of a text wins, in its own place
        key = c["text"].strip()
        if key not in seen:
            seen.add(key)
            added.append(c)
    return kept + added[::-1], len(examples) - len(kept)


def corrections_hash(corrections: Sequence[dict]) -> str:
    h = hashlib.sha256()
    for c in corrections:
        h.update(json.dumps({k: c.get(k) for k in ("text", "is_problem", "categories", "units", "section")},
                            ensure_ascii=False, sort_keys=True).encode())
        h.update(b"\n")
    return h.hexdigest()


class _Featurizer:
    """The Tagger's features for training examples (``classifier.featurize``); ``cache`` maps
    (text, section) to the words already computed (retraining many times, bench/simulate_review)."""

    def __init__(self, rules_dir: Path, rules: RuleSet, cache: Optional[dict] = None):
        self.segmenter = get_segmenter(rules_dir)
        self.signals = Signals.load(rules_dir)
        self.rules = rules
        self.cache = cache

    def token_strings(self, examples: Sequence[dict]) -> list[str]:
        out = []
        for e in examples:
            key = (e["text"], tuple(e["section"]))
            words = self.cache.get(key) if self.cache is not None else None
            if words is None:
                words = " ".join(featurize(e["text"], e["section"], self.segmenter, self.signals, self.rules)[1])
                if self.cache is not None:
                    self.cache[key] = words
            out.append(words)
        return out


def _rule_weights(rules: RuleSet, texts: Sequence[str], codes: Sequence[str]) -> np.ndarray:
    w = np.zeros((len(texts), len(codes)))
    index = {c: j for j, c in enumerate(codes)}
    for i, t in enumerate(texts):
        for code, hits in rules.categories(t).items():
            if code in index:
                w[i, index[code]] = max(h.weight for h in hits)
    return w


def _f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def _assign(scores: np.ndarray, thresholds: np.ndarray, fallback: float) -> np.ndarray:
    pred = scores >= thresholds[None, :]
    none = ~pred.any(axis=1)
    best = scores.argmax(axis=1)
    fb = none & (scores[np.arange(len(scores)), best] >= fallback)
    pred[np.flatnonzero(fb), best[fb]] = True
    return pred


def train(corpus: Optional[Path] = None, out_dir: Optional[Path] = None, rules_dir: Optional[Path] = None,
          folds: int = 5, dev: Optional[Path] = None, corrections: Sequence[dict] = (),
          thresholds: Optional[dict] = None, score_dev: bool = True, token_cache: Optional[dict] = None) -> dict:
    """Train on ``corpus/train`` plus ``corrections`` (corpus-format lines that outrank the
    corpus), tune thresholds out-of-fold, score on ``corpus/dev``, save.

    ``thresholds``: keep these (another model's ``meta["thresholds"]``) instead of tuning them
    out-of-fold: one fit instead of ``folds + 1``, for quick retrains (learning curves, the
    review simulation). ``score_dev`` False skips the dev figures."""
    rules_dir = Path(rules_dir) if rules_dir else _rules_dir()
    corpus = Path(corpus) if corpus else corpora_dir()
    train_files = corpus_files(corpus / "train")
    if not train_files:
        raise CorpusError(f"{corpus / 'train'}: no *.jsonl training files")
    examples = []
    for path in train_files:  # each corpus file is one writer's part: its cross-validation group
        examples += [dict(e, group=f"corpus:{path.name}") for e in load_corpus([path])]
    corrections = [{"text": str(c["text"]), "is_problem": bool(c["is_problem"]),
                    "categories": list(c.get("categories") or []) if c["is_problem"] else [],
                    "units": list(c.get("units") or []) if c["is_problem"] else [],
                    "section": list(c.get("section") or []),
                    "group": str(c.get("group") or "corrections")} for c in corrections]
    examples, replaced = merge_corrections(examples, corrections)
    taxonomy = load_taxonomy(rules_dir)
    codes = list(taxonomy.codes)
    unknown = sorted({c for e in examples for c in e["categories"]} - set(codes))
    if unknown:
        raise CorpusError(f"{corpus / 'train'} (and the reviewed clues): categories not in the taxonomy: "
                          f"{', '.join(unknown)}; fix the corpus or the taxonomy")
    rules = RuleSet.load(rules_dir, taxonomy)
    feat = _Featurizer(rules_dir, rules, token_cache)
    texts = [e["text"] for e in examples]
    toks = feat.token_strings(examples)
    y = np.array([int(e["is_problem"]) for e in examples])
    Y = np.array([[int(c in e["categories"]) for c in codes] for e in examples])
    out_dir = Path(out_dir) if out_dir else None
    if out_dir is None:
        raise CorpusError("no output folder given")
    with _one_blas_thread():
        if thresholds is not None:
            thr, oof = dict(thresholds), None
        else:
            thr, oof = _tune(examples, texts, toks, y, Y, codes, rules, feat, folds)
        model = ClueModel(random_state=SEED).fit(texts, toks, y, [e["categories"] for e in examples], codes)
    data = {"files": [p.name for p in train_files], "sha256": data_hash(train_files),
            "sentences": len(examples), "problems": int(y.sum()),
            "per_category": {c: int(Y[:, j].sum()) for j, c in enumerate(codes)}}
    if corrections:
        data["corrections"] = {"sentences": len(corrections), "replaced_corpus_lines": replaced,
                               "sha256": corrections_hash(corrections)}
    meta = {
        "format": 1,
        "versions": _versions(),
        "taxonomy_codes": codes,
        "rules_fingerprint": rules.fingerprint,
        "training_data": data,
        "seed": SEED,
        "thresholds": thr,
        "oof": oof if oof is not None else {"thresholds_kept": True},
    }
    save_model(model, meta, out_dir)
    dev_dir = Path(dev) if dev else corpus / "dev"
    dev_files = corpus_files(dev_dir) if score_dev else []
    if dev_files:
        from .extract import Tagger

        tagger = Tagger(rules_dir, out_dir)
        metrics = evaluate(tagger, load_corpus(dev_files))
        meta["dev"] = {"files": [p.name for p in dev_files], "sha256": data_hash(dev_files), **summary(metrics)}
        save_model(model, meta, out_dir)  # same model bytes; metadata gains the dev figures
    return meta


def _one_blas_thread():
    """Fit with one BLAS thread, so the sums, and so the weights, are the same whatever the
    core count. L-BFGS works on vectors too short for threads to pay: on a busy 2-core machine
    a bare L-BFGS-B run took 30 ms an iteration with OpenBLAS threads and 2 ms with one (1,000
    parameters); a whole `xuncha train` there took about as long either way (169 s vs 178 s)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # comes with scikit-learn; without it, train as before
        from contextlib import nullcontext

        return nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _tune(examples, texts, toks, y, Y, codes, rules, feat, folds) -> tuple[dict, dict]:
    """Thresholds, section offsets and rule strength chosen on out-of-fold scores.

    The folds keep each example's group whole (``group``: the corpus file, i.e. one writer's
    part; a reviewed clue's document): the thresholds are then tuned on scores of text by a
    writer the fold's model never read, as the tool meets documents nobody here wrote. Random
    folds put every writer on both sides, and the scores come out more confident than on a new
    writer's text. With fewer groups than folds (a small corpus), folds are random."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    W = _rule_weights(rules, texts, codes)

    # Out-of-fold scores for threshold tuning.
    oof_p = np.zeros(len(examples))
    oof_c = np.zeros((len(examples), len(codes)))
    groups = [e.get("group", "") for e in examples]
    grouped = len(set(groups)) >= folds
    if grouped:
        splits = GroupKFold(n_splits=folds).split(texts, y, groups)
    else:
        splits = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED).split(texts, y)
    for tr, te in splits:
        m = ClueModel(random_state=SEED).fit([texts[i] for i in tr], [toks[i] for i in tr], y[tr],
                                             [examples[i]["categories"] for i in tr], codes)
        p, c = m.predict_proba([texts[i] for i in te], [toks[i] for i in te])
        oof_p[te] = p
        oof_c[te] = c
    # Section stacking: the model sees the section kind among thousands of features; a second
    # stage learns how far to move its log-odds for each section kind, out-of-fold.
    kinds = [feat.signals.section_kind(e["section"]) for e in examples]
    section_offsets = fit_section_offsets(oof_p, kinds, y)
    oof_p = apply_section_offsets(oof_p, kinds, section_offsets)
    t_problem = _steady_threshold(lambda t: float(((oof_p >= t).astype(int) == y).mean()), len(y))
    prob = np.flatnonzero(y == 1)

    def tune(strength):
        S = 1.0 - (1.0 - oof_c) * (1.0 - strength * W)
        thresholds = np.full(len(codes), 0.5)
        for j in range(len(codes)):
            def f1_at(t):
                pj = S[prob, j] >= t
                tj = Y[prob, j] == 1
                return _f1(int((pj & tj).sum()), int((pj & ~tj).sum()), int((~pj & tj).sum()))
            thresholds[j] = _steady_threshold(f1_at, int(Y[prob, j].sum()))

        def micro(fb):
            pred = _assign(S[prob], thresholds, fb)
            true = Y[prob] == 1
            return _f1(int((pred & true).sum()), int((pred & ~true).sum()), int((~pred & true).sum()))
        fallback = max([0.1, 0.2, 0.3, 0.4, 0.5, 1.01], key=micro)
        return micro(fallback), thresholds, fallback

    # How much a rule hit counts against the model (noisy-OR strength), chosen out-of-fold by
    # the one-standard-error rule: the weakest strength whose micro-F1 is within one standard
    # error of the best. Neighbouring strengths often score within a few ten-thousandths of
    # each other, and the thresholds tuned with them differ a lot: picking the maximum made
    # the model flip with any change to the corpus (0.3 -> 0.5 moved the held-out micro-F1 by
    # 0.01-0.02). The model already sees the rule hits as features; weaker strength is the
    # simpler combination.
    tuned = [(tune(st), st) for st in sorted(RULE_STRENGTHS)]
    k, se = one_standard_error([r[0] for r, _ in tuned], int(Y[prob].sum()))
    (oof_micro, thresholds, fallback), strength = tuned[k]
    thr = {"is_problem": float(t_problem), "fallback": float(fallback), "rule_strength": float(strength),
           "section_offsets": section_offsets}
    thr.update({c: float(t) for c, t in zip(codes, thresholds)})
    oof = {"problem_accuracy": round(float(((oof_p >= t_problem).astype(int) == y).mean()), 4),
           "category_micro_f1": round(oof_micro, 4),
           "micro_f1_by_rule_strength": {str(st): round(r[0], 4) for r, st in tuned},
           "one_standard_error": round(se, 4),
           "folds": f"{folds}, grouped by writer/document" if grouped else f"{folds}, random"}
    return thr, oof


def _steady_threshold(score, labels: int) -> float:
    """The grid threshold nearest 0.5 whose ``score`` (accuracy or F1 over ``labels`` gold
    labels) is within one standard error of the best.

    The out-of-fold score curves are flat near their top, so their arg-max wandered with
    any change to the corpus (the problem threshold 0.45-0.57 over four corpus variants)
    and moved the held-out figures as much as the data did. The scores are calibrated
    probabilities (noisy-OR with a rule weight for categories), for which 0.5 is the natural
    cut; the threshold leaves it only when the data clearly says so."""
    order = sorted(GRID, key=lambda t: (abs(t - 0.5), t))
    k, _ = one_standard_error([score(t) for t in order], labels)
    return order[k]


def one_standard_error(scores: Sequence[float], labels: int) -> tuple[int, float]:
    """The first of ``scores`` (F1 values of candidates ordered simplest first, over ``labels``
    gold labels) within one standard error of the best, and that standard error
    (sqrt(F(1-F)/labels), the binomial approximation)."""
    top = max(scores)
    se = float(np.sqrt(top * (1 - top) / max(labels, 1)))
    return next(i for i, f in enumerate(scores) if f >= top - se), se


def _versions() -> dict:
    import importlib.metadata as md

    out = {"python": platform.python_version()}
    for pkg in ("xuncha", "scikit-learn", "skops", "numpy", "scipy", "jieba"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = None
    return out


# -- evaluation -------------------------------------------------------------------------
def tag_gold(tagger, gold: Sequence[dict]) -> list:
    """The tagger's Clue for each gold line (corpus format), in batches."""
    from .extract import extract_document
    from .records import Sentence

    return list(extract_document(tagger, (Sentence(doc="gold", paragraph=i + 1, start=0, end=len(g["text"]),
                                                   text=g["text"], section=tuple(g.get("section") or ()))
                                          for i, g in enumerate(gold)), context=False))


def tag_gold_as_text(tagger, gold: Sequence[dict]) -> list[tuple[bool, set, list]]:
    """The gold lines as one .txt file's paragraphs, structured as ``xuncha extract`` structures
    a file (title, numbered headings and the sections they open, sentences), and tagged; per
    line: (problem, category codes, unit texts), merged over the line's sentences. The lines'
    own ``section`` fields are not used: a file has only its text."""
    from .extract import extract_document
    from .meta import detect_meta
    from .records import Paragraph
    from .structure import iter_sentences

    paragraphs = [Paragraph(index=i + 1, text=g["text"]) for i, g in enumerate(gold)]
    meta = detect_meta(paragraphs, "gold.txt")
    out: list[tuple[bool, set, list]] = [(False, set(), []) for _ in gold]
    for clue in extract_document(tagger, iter_sentences("gold", paragraphs, meta.title), meta.region):
        if clue.is_problem:
            _, codes, units = out[clue.sentence.paragraph - 1]
            codes |= {h.code for h in clue.categories}
            units += [u.text for u in clue.units]
            out[clue.sentence.paragraph - 1] = (True, codes, units)
    return out


def evaluate(tagger, gold: Sequence[dict], as_text: bool = False) -> dict:
    """Per-category P/R/F1, micro/macro F1, problem accuracy and unit P/R/F1 on gold lines:
    each line tagged on its own with its ``section``, or (``as_text``) all of them as the lines
    of one .txt file, as ``xuncha extract FILE`` reads them (``tag_gold_as_text``)."""
    if as_text:
        predictions = tag_gold_as_text(tagger, gold)
    else:
        predictions = [(c.is_problem, {h.code for h in c.categories}, [u.text for u in c.units])
                       for c in tag_gold(tagger, gold)]
    codes = list(tagger.taxonomy.codes)
    tp = Counter(); fp = Counter(); fn = Counter()
    correct = 0
    u_tp = u_fp = u_fn = 0
    errors = []
    for g, (is_problem, pred, unit_texts) in zip(gold, predictions):
        correct += int(is_problem == g["is_problem"])
        true = set(g["categories"]) if g["is_problem"] else set()
        for c in codes:
            if c in pred and c in true:
                tp[c] += 1
            elif c in pred:
                fp[c] += 1
            elif c in true:
                fn[c] += 1
        pu = Counter(unit_texts)
        gu = Counter(g["units"] if g["is_problem"] else [])
        inter = sum((pu & gu).values())
        u_tp += inter
        u_fp += sum(pu.values()) - inter
        u_fn += sum(gu.values()) - inter
        if is_problem != g["is_problem"] or pred != true or pu != gu:
            errors.append({"text": g["text"], "gold": {"is_problem": g["is_problem"], "categories": sorted(true),
                                                       "units": g["units"]},
                           "pred": {"is_problem": is_problem, "categories": sorted(pred), "units": unit_texts}})
    per = {}
    for c in codes:
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        per[c] = {"precision": p, "recall": r, "f1": _f1(tp[c], fp[c], fn[c]), "support": tp[c] + fn[c]}
    supported = [c for c in codes if per[c]["support"] > 0]
    up = u_tp / (u_tp + u_fp) if u_tp + u_fp else 0.0
    ur = u_tp / (u_tp + u_fn) if u_tp + u_fn else 0.0
    return {
        "sentences": len(gold),
        "problem_accuracy": correct / len(gold) if gold else 0.0,
        "category_micro_f1": _f1(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "category_macro_f1": float(np.mean([per[c]["f1"] for c in supported])) if supported else 0.0,
        "per_category": per,
        "unit_precision": up,
        "unit_recall": ur,
        "unit_f1": _f1(u_tp, u_fp, u_fn),
        "errors": errors,
    }


def summary(metrics: dict) -> dict:
    return {k: round(v, 4) for k, v in metrics.items() if isinstance(v, float)} | {"sentences": metrics["sentences"]}

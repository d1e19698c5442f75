"""Combine segmentation, rules, units, figures and the model into ``Clue`` records.

Policy (documented in README "How a clue is decided"):
- ``is_problem``: the model's problem probability (which sees the section kind and the cue
  signals as features) against the threshold stored with the model, except where a decisive
  frame of rules/problem.yml overrides it: a claim restated (举报称，…) is never a finding,
  a claim found true (…的问题属实) always is, a claim concluded unfounded (…查无实据) never is,
  a generic subject's failing (有的…落得不实，…还需巩固) always is; the evidence then says
  ``allegation``, ``verified``, ``unfounded`` or ``failing``.
- categories of a problem sentence: for each category, a noisy-OR of the model probability
  ``p`` and the strongest rule hit of weight ``w``: ``score = 1 - (1 - p) * (1 - s * w)`` (s, the rule strength, chosen out-of-fold);
  assigned when ``score`` reaches the category's threshold (tuned out-of-fold at training
  time and stored with the model). If none reaches its threshold, the best one is assigned
  when its score is at least ``fallback`` (a problem always has a category where one is
  plausible). Evidence lists the rule ids and the model score.
- units and categories are empty for sentences that are not problems (design.md).
- a line that states a failure and then its sanction (…大摆宴席，镇党委书记被免职) names its
  subject first: units named only in the clause of the sanction (the ``outcome`` cue of
  rules/problem.yml) are the bodies of the people sanctioned, and are dropped when the line
  names a unit before that clause.
- fragments are never problems: fewer than ``MIN_PROBLEM_HAN`` Chinese characters, or fewer
  than ``MIN_CONTENT_HAN`` outside the units named (table cells, cut-off headings); their
  evidence says ``fragment``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from .classifier import FINDING_FRAMES, META_FILE, Signals, apply_section_offsets, featurize, load_model
from .nlp import get_segmenter
from .records import CategoryHit, Clue, Sentence
from .resources import models_dir, rules_dir as _rules_dir
from .rules import RuleSet, load_taxonomy, normalise_all, rules_fingerprint
from .units import DocumentNames, UnitRecognizer

def _signals_fingerprint(rules_dir: Path) -> str:
    h = hashlib.sha256()
    for name in ("problem.yml", "units.yml", "userdict.txt"):
        p = rules_dir / name
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def _version(rules_fp: str, rules_dir: Path, meta: dict) -> str:
    h = hashlib.sha256()
    h.update(rules_fp.encode())
    h.update(_signals_fingerprint(rules_dir).encode())
    h.update(str(meta.get("model_sha256", "")).encode())
    return h.hexdigest()[:12]


def tagger_version(rules_dir: Optional[Path] = None, model_dir: Optional[Path] = None) -> str:
    """``Tagger(rules_dir, model_dir).version`` without building a Tagger (no jieba, no regexes,
    no model arrays): what the parent process of a worker pool needs."""
    import json

    folder = Path(rules_dir) if rules_dir else _rules_dir()
    meta_path = models_dir(model_dir) / META_FILE
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        meta = {}  # the workers' own loading reports the problem
    return _version(rules_fingerprint(folder), folder, meta)


# A problem is stated by a subject and what it did or failed to do. A "sentence" of a few
# characters (a table cell: 序号, 责任单位, 3; a heading cut off by a page break: 力。) or one that
# is nothing but unit names (a 责任单位 cell: 白沙镇柳湾村) is a fragment, never a problem, whatever
# section it stands in. Every problem sentence of the corpora has at least 7 Chinese characters.
MIN_PROBLEM_HAN = 6  # Chinese characters in the sentence
MIN_CONTENT_HAN = 4  # Chinese characters outside the units it names
FRAGMENT = "fragment"  # the evidence of a sentence the model took for a problem, refused as a fragment
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _han_count(text: str) -> int:
    """Chinese characters in ``text``."""
    return sum(map(len, _HAN_RUN.findall(text)))


_CLAUSE_BREAK = re.compile(r"[，,]")


def subject_units(text: str, units: tuple, outcome: Optional[re.Pattern]) -> tuple:
    """``units`` without those named only in the clause of a sanction, when one is named before
    it (module note): 前湾村…大摆宴席，清河乡党委书记被免职 names 前湾村, not 清河乡."""
    if len(units) < 2 or outcome is None:
        return units
    m = outcome.search(text)
    if m is None:
        return units
    cut = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
    if cut == 0 or units[0].start >= cut:
        return units
    return tuple(u for u in units if u.start < cut)


_weight = attrgetter("weight")  # a rule hit's weight


def noisy_or(p, w, strength: float):
    """Combine a model probability and a rule weight: either can make the case (numbers or
    numpy arrays)."""
    return 1.0 - (1.0 - p) * (1.0 - strength * w)


@dataclass
class _Scored:
    """``Tagger._score``'s results for a batch of sentences (``p_problem`` as Python floats;
    ``decided`` and ``cats`` keyed by the sentence's position in the batch)."""

    texts: list
    tokens: list
    p_problem: list
    decided: dict
    cats: dict


class Tagger:
    """Everything a worker needs to tag sentences; built once per worker."""

    def __init__(self, rules_dir: Optional[Path] = None, model_dir: Optional[Path] = None):
        self.rules_dir = Path(rules_dir) if rules_dir else _rules_dir()
        self.taxonomy = load_taxonomy(self.rules_dir)
        self.rules = RuleSet.load(self.rules_dir, self.taxonomy)
        self.signals = Signals.load(self.rules_dir)
        self._outcome = dict(self.signals.cues).get("outcome")  # a sanction's clause (subject_units)
        self.segmenter = get_segmenter(self.rules_dir)
        self.units = UnitRecognizer(self.rules_dir, self.segmenter)
        self.model, self.meta = load_model(models_dir(model_dir))
        self.thresholds = self.meta.get("thresholds", {})
        self.problem_threshold = float(self.thresholds.get("is_problem", 0.5))
        self.fallback = float(self.thresholds.get("fallback", 0.35))
        self.rule_strength = float(self.thresholds.get("rule_strength", 0.9))
        self._labels = {c.code: c.label for c in self.taxonomy.categories}
        self._codes = [c.code for c in self.taxonomy.categories]
        self._thresholds = {c: float(self.thresholds.get(c, 0.5)) for c in self._codes}
        self._threshold_row = np.asarray([self._thresholds[c] for c in self._codes])
        self._code_index = {c: j for j, c in enumerate(self._codes)}
        model_codes = {c: j for j, c in enumerate(self.model.codes_)}
        self._model_col = np.asarray([model_codes.get(c, -1) for c in self._codes])
        self.version = _version(self.rules.fingerprint, self.rules_dir, self.meta)

    # -- features -----------------------------------------------------------------------
    def features(self, texts: Sequence[str], sections: Sequence[Sequence[str]],
                 normalised: Optional[Sequence[str]] = None):
        """(jieba tokens, the model's words, rule hits) per text (``featurize``); ``normalised``:
        ``normalise_all(texts)``, if the caller has it."""
        norms = normalise_all(texts) if normalised is None else normalised
        cuts = self.segmenter.cut_many(texts)
        out = [featurize(t, sec, self.segmenter, self.signals, self.rules, norm, tokens)
               for t, sec, norm, tokens in zip(texts, sections, norms, cuts)]
        return [o[0] for o in out], [o[1] for o in out], [o[2] for o in out]

    # -- tagging ------------------------------------------------------------------------
    def tag(self, sentences: Sequence[Sentence], region: Optional[str] = None,
            names: Optional[DocumentNames] = None, context: bool = True) -> list[Clue]:
        """Clues for one document's sentences (or a batch of them). The short names the
        document defines or abbreviates (``DocumentNames``) count as the units they stand for:
        pass ``names`` to carry them over from the document's earlier batches (its ``add``
        takes this batch), or ``context=False`` for sentences that make no document."""
        if not sentences:
            return []
        scored = self._score(sentences)
        if context:
            names = (names if names is not None else DocumentNames(self.units)).add(scored.texts, scored.tokens)
        else:
            names = None
        return self._clues(scored, sentences, 0, region, names)

    def tag_documents(self, documents: Sequence[tuple[Sequence[Sentence], Optional[str]]]) -> list[list[Clue]]:
        """``[self.tag(sentences, region) for sentences, region in documents]``, each a whole
        document (its own short names), with the sentences of all of them segmented and scored
        as one batch: the numpy steps of segmentation and the model cost about as much for a
        few documents as for one (a worker tags the small files of a bundle so)."""
        flat = [s for sentences, _ in documents for s in sentences]
        if not flat:
            return [[] for _ in documents]
        scored = self._score(flat)
        out, at = [], 0
        for sentences, region in documents:
            n = len(sentences)
            if n:
                names = DocumentNames(self.units).add(scored.texts[at:at + n], scored.tokens[at:at + n])
                out.append(self._clues(scored, sentences, at, region, names))
            else:
                out.append([])
            at += n
        return out

    def _score(self, sentences: Sequence[Sentence]) -> "_Scored":
        """Everything about a batch of sentences that does not depend on its document:
        tokens, rule hits, the problem decision and the categories of the problems."""
        texts = [s.text for s in sentences]
        norms = normalise_all(texts)  # for the rules and the model alike
        tokens_list, token_strings, hits_list = self.features(texts, [s.section for s in sentences], norms)
        X = self.model.features(texts, token_strings, norms)
        p_problem = apply_section_offsets(self.model.problem_proba(X),
                                          [self.signals.section_kind(s.section) for s in sentences],
                                          self.thresholds.get("section_offsets"))
        is_problem = p_problem >= self.problem_threshold
        decided = {}  # sentence -> the decisive frame that overrode the model (module note)
        decisive = self.signals.decisive
        for i, t in enumerate(texts):
            frame = decisive(t)
            if frame is not None and bool(is_problem[i]) != (frame in FINDING_FRAMES):
                is_problem[i] = frame in FINDING_FRAMES
                decided[i] = frame
        problem = np.flatnonzero(is_problem)
        p_cats = self.model.category_proba(X.take(problem)) if len(problem) else np.zeros((0, len(self.model.codes_)))
        cats = dict(zip(problem.tolist(), self.categories_batch([hits_list[i] for i in problem], p_cats)))
        return _Scored(texts, tokens_list, p_problem.tolist(), decided, cats)

    def _clues(self, scored: "_Scored", sentences: Sequence[Sentence], at: int, region: Optional[str],
               names: Optional[DocumentNames]) -> list[Clue]:
        """The Clues of ``sentences``, rows ``at``… of ``scored``, in a document of ``region``."""
        from .figures import extract_figures

        out = []
        decided, cats, tokens_list = scored.decided, scored.cats, scored.tokens
        for i, (s, pp) in enumerate(zip(sentences, scored.p_problem[at:at + len(sentences)]), at):
            figures = tuple(extract_figures(s.text))
            evidence = (f"model:{pp:.2f}",)
            if i in decided:
                evidence += (decided[i],)
            hits = cats.get(i)
            if hits is not None:
                han = _han_count(s.text)
                if han < MIN_PROBLEM_HAN:
                    hits, evidence = None, evidence + (FRAGMENT,)
            if hits is None:
                out.append(Clue(s, False, pp, (), (), figures, evidence))
                continue
            units = subject_units(s.text, tuple(self.units.find(s.text, region=region, tokens=tokens_list[i],
                                                                names=names)), self._outcome)
            if units and han - sum(_han_count(u.text) for u in units) < MIN_CONTENT_HAN:
                out.append(Clue(s, False, pp, (), (), figures, evidence + (FRAGMENT,)))
                continue
            out.append(Clue(s, True, pp, hits, units, figures, evidence))
        return out

    def categories_batch(self, rule_hits: Sequence[dict], p_cats: np.ndarray) -> list[tuple[CategoryHit, ...]]:
        """Noisy-OR of model probability and strongest rule weight per category, against the
        thresholds stored with the model; the best category as a fallback (module note).
        ``p_cats`` is one row per sentence in the model's code order."""
        n = len(rule_hits)
        if n == 0:
            return []
        col = self._model_col
        P = np.zeros((n, len(self._codes)))
        known = col >= 0
        P[:, known] = np.asarray(p_cats, dtype=np.float64)[:, col[known]]
        W = np.zeros_like(P)
        index = self._code_index
        cells = [(r, index[code], max(map(_weight, hs))) for r, hits in enumerate(rule_hits)
                 for code, hs in hits.items()]
        if cells:  # one assignment: a numpy item write per cell costs more than the cell
            rows, cols, weights = zip(*cells)
            W[rows, cols] = weights
        S = noisy_or(P, W, self.rule_strength)
        # The choice in numpy: every category at its threshold, else the best one (the first
        # maximum) if it reaches the fallback. What is left in Python are the picks themselves
        # (in row order, columns ascending), their scores read as Python floats.
        chosen = S >= self._threshold_row
        none = ~chosen.any(axis=1)
        best = S.argmax(axis=1)
        rescue = np.flatnonzero(none & (S[np.arange(n), best] >= self.fallback))
        chosen[rescue, best[rescue]] = True
        rows, cols = np.nonzero(chosen)
        picks = zip(rows.tolist(), cols.tolist(), S[rows, cols].tolist(), P[rows, cols].tolist())
        codes = self._codes
        labels = [self._labels.get(code, code) for code in codes]
        out: list[tuple[CategoryHit, ...]] = [()] * n
        for r, group in groupby(picks, key=itemgetter(0)):
            group = list(group)
            if len(group) > 1:
                group.sort(key=lambda g: -g[2])  # best score first; equal scores in code order
            hits_r = rule_hits[r]
            row = []
            for _, j, s, p in group:
                code = codes[j]
                hs = hits_r.get(code)
                rule_ids = tuple(f"rule:{code}/{h.rule_id}" for h in hs) if hs else ()
                if len(rule_ids) > 1:  # each rule once (RuleSet.categories lists it once already)
                    rule_ids = tuple(dict.fromkeys(rule_ids))
                row.append(CategoryHit(code, labels[j], round(s, 4), rule_ids + (f"model:{p:.2f}",)))
            out[r] = tuple(row)
        return out


def extract_document(tagger: Tagger, sentences: Iterable[Sentence], region: Optional[str] = None,
                     batch_size: int = 512, context: bool = True):
    """Tag a stream of sentences in batches; yields Clues in order. ``context``: the stream
    is one document, whose defined short names hold across its batches (``Tagger.tag``)."""
    names = DocumentNames(tagger.units) if context else None
    batch: list[Sentence] = []
    for s in sentences:
        batch.append(s)
        if len(batch) >= batch_size:
            yield from tagger.tag(batch, region, names=names, context=context)
            batch = []
    if batch:
        yield from tagger.tag(batch, region, names=names, context=context)

"""A small trained spaCy NER for units (label ``UNIT``), beside the patterns of ``units.py``.

- Training data: the problem sentences of ``corpora/train`` with their ``units`` as written.
  Each unit is located in order (the first occurrence at or after the previous unit's end) and
  put on the Doc with ``Doc.char_span(..., alignment_mode="expand")``; jieba sometimes makes one
  token of a unit's ending and what follows (镇党委, 公司债务), so the span grows to token
  boundaries and ``merge_units`` trims it back to the last unit ending. A sentence whose unit
  cannot be found or whose expanded spans collide is skipped and counted.
- The pipeline is ``spacy.blank("zh")`` with our jieba tokenizer (``nlp.make_nlp``) and one
  ``ner`` component; no vectors, nothing downloaded; fixed seed.
- ``merge_units`` combines pattern mentions and NER spans under a named policy; the
  recognizer gives the unit endings and the canonical names.

spaCy ``Doc`` objects stay inside this module; callers get ``(start, end)`` tuples and
``UnitMention`` records.

Status: measured on corpora/dev by bench/unit_ner_eval.py, the best combination adds +0.82
points of unit recall over the current patterns (under the 1-point bar), so no model is shipped
and extract.py does not use this module; ``scripts/train_unit_ner.py`` trains one on demand.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .errors import ModelError
from .records import UnitMention
from .resources import shipped_models_dir

LABEL = "UNIT"
SEED = 0
EPOCHS = 20
MODEL_NAME = "unit_ner"

# The NER component's network: spaCy's default transition-based NER, kept small (no vectors).
NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 64,
        "depth": 3,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}

# How pattern mentions and NER spans combine (bench/unit_ner_eval.py measures each).
POLICIES = ("patterns", "ner", "union", "gapfill", "gapfill_prefix")


# -- training data -------------------------------------------------------------------------
def unit_offsets(text: str, units: Sequence[str]) -> Optional[list[tuple[int, int]]]:
    """Character offsets of each unit as written, in order: the first occurrence at or after
    the previous unit's end; failing that, the first occurrence anywhere that overlaps none
    already placed (a writer may list units out of order). None when a unit is not there."""
    placed: list[tuple[int, int]] = []
    pos = 0
    for unit in units:
        if not unit:
            return None
        i = text.find(unit, pos)
        if i < 0:
            i = 0
            while True:
                i = text.find(unit, i)
                if i < 0:
                    return None
                if all(not (i < b and a < i + len(unit)) for a, b in placed):
                    break
                i += 1
        placed.append((i, i + len(unit)))
        pos = i + len(unit)
    return placed


@dataclass(frozen=True)
class AlignmentStats:
    """What happened to the training sentences on their way to spaCy Examples."""

    sentences: int  # problem sentences offered
    used: int  # sentences turned into Examples
    units: int  # units in the used sentences
    expanded: int  # units whose span grew to token boundaries
    skipped_not_found: int  # sentences skipped: a unit is not a substring in order
    skipped_misaligned: int  # sentences skipped: char_span failed or expanded spans collide


def training_examples(nlp, corpus: Iterable[dict]):
    """spaCy ``Example``s (gold ``UNIT`` entities) from corpus lines, and ``AlignmentStats``.

    Only problem sentences are used: the corpus leaves ``units`` empty for the others even
    when they name units, which would teach the model that a named unit is not one."""
    from spacy.training import Example

    examples = []
    sentences = used = n_units = expanded = not_found = misaligned = 0
    for item in corpus:
        if not item.get("is_problem"):
            continue
        sentences += 1
        text = item["text"]
        offsets = unit_offsets(text, item.get("units") or [])
        if offsets is None:
            not_found += 1
            continue
        predicted = nlp.make_doc(text)
        reference = predicted.copy()
        spans = []
        grew = 0
        ok = True
        for a, b in sorted(offsets):
            span = reference.char_span(a, b, label=LABEL, alignment_mode="expand")
            if span is None or any(span.start < s.end and s.start < span.end for s in spans):
                ok = False
                break
            grew += int((span.start_char, span.end_char) != (a, b))
            spans.append(span)
        if not ok:
            misaligned += 1
            continue
        reference.ents = spans
        examples.append(Example(predicted, reference))
        used += 1
        n_units += len(spans)
        expanded += grew
    return examples, AlignmentStats(sentences, used, n_units, expanded, not_found, misaligned)


# -- training ------------------------------------------------------------------------------
def blank_unit_nlp(rules_dir: Optional[Path] = None):
    """Our blank zh pipeline (jieba tokenizer) with an untrained ``ner`` for ``UNIT``."""
    from .nlp import make_nlp

    nlp = make_nlp(rules_dir)
    ner = nlp.add_pipe("ner", config={"model": NER_MODEL})
    ner.add_label(LABEL)
    return nlp


def train_unit_ner(corpus: Sequence[dict], epochs: int = EPOCHS, seed: int = SEED,
                   rules_dir: Optional[Path] = None, dropout: float = 0.2):
    """Train the unit NER on corpus lines; returns ``(nlp, stats, losses_per_epoch)``."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = blank_unit_nlp(rules_dir)
    examples, stats = training_examples(nlp, corpus)
    if not examples:
        raise ModelError("no usable training sentences with units; check the corpus")
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    order = list(examples)
    history = []
    for _ in range(epochs):
        rng.shuffle(order)
        losses: dict = {}
        for batch in minibatch(order, size=compounding(16.0, 64.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        history.append(round(float(losses.get("ner", 0.0)), 3))
    return nlp, stats, history


def save_unit_ner(nlp, out_dir: Path, meta: Optional[dict] = None) -> Path:
    """Write the pipeline with ``nlp.to_disk`` (config, msgpack weights, strings; no pickle).

    The tokenizer's ``rules_dir`` is cleared so the model loads with whatever rules folder the
    caller uses; ``meta`` is stored in spaCy's meta.json under ``xuncha``."""
    out_dir = Path(out_dir)
    nlp.config["nlp"]["tokenizer"]["rules_dir"] = None
    if meta:
        nlp.meta["xuncha"] = meta
    nlp.meta["name"] = MODEL_NAME
    nlp.to_disk(out_dir)
    return out_dir


def default_model_dir() -> Path:
    return shipped_models_dir() / MODEL_NAME


def load_unit_ner(model_dir: Optional[Path] = None, rules_dir: Optional[Path] = None):
    """Load the saved pipeline with our registered jieba tokenizer."""
    import spacy

    from .nlp import _register

    folder = Path(model_dir) if model_dir else default_model_dir()
    if not (folder / "config.cfg").is_file() or not (folder / "ner").is_dir():
        raise ModelError(f"{folder}: no unit NER here (config.cfg and ner/); "
                         "run scripts/train_unit_ner.py or leave the unit NER off")
    _register()
    overrides = {"nlp.tokenizer.rules_dir": str(rules_dir) if rules_dir else None}
    try:
        nlp = spacy.load(folder, config=overrides)
    except Exception as exc:  # spaCy and thinc raise many kinds on a damaged folder
        raise ModelError(f"{folder}: not a readable unit NER ({type(exc).__name__}); "
                         "retrain with scripts/train_unit_ner.py") from None
    if "ner" not in nlp.pipe_names or LABEL not in nlp.get_pipe("ner").labels:
        raise ModelError(f"{folder}: the pipeline has no ner component for {LABEL}; "
                         "retrain with scripts/train_unit_ner.py")
    return nlp


class UnitNER:
    """The trained unit NER; ``find`` gives character spans of predicted units.

    ``token_spans`` (the jieba spans the caller already has, as ``Segmenter.spans`` gives
    them) skip a second segmentation; they must cover the text."""

    def __init__(self, model_dir: Optional[Path] = None, rules_dir: Optional[Path] = None, nlp=None):
        self.nlp = nlp if nlp is not None else load_unit_ner(model_dir, rules_dir)

    def _doc(self, text: str, token_spans: Optional[Sequence[tuple[int, int]]]):
        if token_spans is None:
            return self.nlp.make_doc(text)
        from spacy.tokens import Doc

        words = [text[a:b] for a, b in token_spans]
        return Doc(self.nlp.vocab, words=words, spaces=[False] * len(words))

    def find(self, text: str, token_spans: Optional[Sequence[tuple[int, int]]] = None) -> list[tuple[int, int]]:
        if not text:
            return []
        return self.find_many([text], [token_spans] if token_spans is not None else None)[0]

    def find_many(self, texts: Sequence[str], token_spans: Optional[Sequence[Sequence[tuple[int, int]]]] = None,
                  batch_size: int = 256) -> list[list[tuple[int, int]]]:
        """``find`` for many texts through ``nlp.pipe`` (faster than one call each)."""
        spans = token_spans if token_spans is not None else [None] * len(texts)
        docs = (self._doc(t, s) for t, s in zip(texts, spans))
        return [[(e.start_char, e.end_char) for e in doc.ents if e.label_ == LABEL]
                for doc in self.nlp.pipe(docs, batch_size=batch_size)]


# -- combining with the patterns ----------------------------------------------------------
def on_unit_ending(piece: str, recognizer) -> bool:
    """Does ``piece`` end on a unit ending of the recognizer, with a name before it? Endings
    that need a place before them (委, 部, 公司 …) need one here too, as in the recognizer
    (部分干部 is not a unit, 县城投公司 is)."""
    for suffix in recognizer.suffixes:  # longest first
        if piece.endswith(suffix) and len(piece) > len(suffix):
            name = piece[: len(piece) - len(suffix)]
            if suffix in recognizer.prefixed_suffixes:
                return recognizer._has_place(name)
            return True
    return False


def cut_to_ending(text: str, start: int, end: int, recognizer) -> tuple[int, int, bool]:
    """An NER span made to end on a unit ending: ``(start, end, on_ending)``.

    A span that runs into a party organ after a unit ending (jieba's 镇党委 token: 石泉镇党委)
    is cut back to the ending; a span that ends on a unit ending is kept; any other span is
    kept as predicted with ``on_ending`` False (县委党校 is not cut to 县委)."""
    followers = tuple(recognizer.organ_followers)
    for p in range(end - 1, start + 1, -1):
        if followers and text.startswith(followers, p) and on_unit_ending(text[start:p], recognizer):
            return start, p, True
    return start, end, on_unit_ending(text[start:end], recognizer)


def _village_under_town(ner_piece: str, pattern_piece: str, recognizer) -> bool:
    """城东街道 inside 城东街道向阳社区: the recognizer keeps such a unit whole (taxonomy)."""
    towns = getattr(recognizer, "town_suffixes", ())
    standalone = getattr(recognizer, "standalone", ())
    return any(ner_piece.endswith(t) for t in towns) and any(pattern_piece.endswith(x) for x in standalone)


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


def merge_units(pattern_units: Sequence[UnitMention], ner_spans: Sequence[tuple[int, int]], text: str,
                recognizer, policy: str = "gapfill", region: Optional[str] = None) -> list[UnitMention]:
    """Pattern mentions and NER spans combined under ``policy``:

    - ``patterns``: the pattern mentions alone;
    - ``ner``: the NER spans alone, each passed through ``cut_to_ending`` (a span on no ending kept);
    - ``union``: both; an NER span is added unless the same span was found by the patterns;
    - ``gapfill``: the patterns, plus NER spans that end on a unit ending (after the cut) and
      overlap no pattern mention;
    - ``gapfill_prefix``: ``gapfill``, and a pattern mention that such an NER span starts at the
      same place and ends earlier is replaced by it (the patterns grew past the unit:
      县X集团下属子公司 -> 县X集团), unless the pattern mention is a village or other standalone
      unit under its town (城东街道向阳社区 stays whole, as the recognizer decides).

    Canonical names come from ``recognizer.canonical``; the result is in text order."""
    if policy not in POLICIES:
        raise ValueError(f"unknown unit merge policy {policy!r}; one of {', '.join(POLICIES)}")
    def mention(a: int, b: int) -> UnitMention:
        return UnitMention(text[a:b], a, b, recognizer.canonical(text[a:b]), region)

    if policy == "patterns":
        return sorted(pattern_units, key=lambda m: (m.start, m.end))
    cut = []
    gated = []
    for a, b in ner_spans:
        a, b, on_ending = cut_to_ending(text, a, b, recognizer)
        cut.append((a, b))
        if on_ending:
            gated.append((a, b))
    if policy == "ner":
        return [mention(a, b) for a, b in sorted(set(cut))]
    out = list(pattern_units)
    if policy == "union":
        have = {(m.start, m.end) for m in out}
        out += [mention(a, b) for a, b in sorted(set(cut)) if (a, b) not in have]
    else:
        if policy == "gapfill_prefix":
            for k, m in enumerate(out):
                inner = [(a, b) for a, b in gated if a == m.start and b < m.end
                         and not _village_under_town(text[a:b], m.text, recognizer)]
                if inner:
                    a, b = max(inner, key=lambda s: s[1])
                    out[k] = mention(a, b)
        for a, b in sorted(set(gated)):
            if all(not _overlaps(a, b, m.start, m.end) for m in out):
                out.append(mention(a, b))
    return sorted(out, key=lambda m: (m.start, m.end))


def model_files(folder: Path) -> dict[str, int]:
    """Relative path -> size in bytes of every file the saved model holds."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}


def read_meta(folder: Optional[Path] = None) -> dict:
    folder = Path(folder) if folder else default_model_dir()
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("xuncha", {})
    except (OSError, ValueError):
        return {}

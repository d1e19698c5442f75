"""The scikit-learn model: is a sentence a problem, and which categories does it carry.

Features (segment once, reuse the tokens): TF-IDF over character 1–3-grams of the sentence,
TF-IDF over its jieba tokens, and a few signal tokens (section kind, negation / plan /
achievement / problem-frame cues from rules/problem.yml). One logistic regression for
``is_problem`` and one per category (one-vs-rest, trained on problem sentences).

Estimator conventions follow scikit-learn: the constructor stores keyword parameters,
learned state ends in ``_``, ``predict_proba`` scores and ``decide`` applies the thresholds
kept in the model metadata. Saved with skops; loading (``read_state``) trusts no type at all.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import yaml

from .errors import ModelError, RuleFileError
from .hashtable import HashTable
from .prefilter import LiteralIndex, required_literals
from .rules import normalise, normalise_all, normalise_points, safe_load
from .structure import numbering_length

MODEL_FILE = "model.skops"
# the decisive frames' names (rules/problem.yml ``decisive``), which a clue's problem evidence carries
VERIFIED = "verified"  # a claim found true: a finding whatever the model says
ALLEGATION = "allegation"  # a claim restated: never a finding
UNFOUNDED = "unfounded"  # a claim concluded unfounded (查无实据, 无法查实, 反映不实): never a finding
FAILING = "failing"  # a generic subject's failing stated (有的…压得不实): a finding whatever the model says
FINDING_FRAMES = (VERIFIED, FAILING)  # the decisive frames that make a line a finding

_WHITESPACE_RUNS = re.compile(r"\s\s+")  # scikit-learn's char analyzer collapses these


_BMP = 0x10000
_SHORT_WORD = 3  # the most characters of a word looked up by its packed code points
_UNSEEN = -2  # a word not yet in ClueModel's word memo (-1: a word the vocabulary lacks)
WORD_MEMO_LIMIT = 50_000  # words a model's memo holds beyond its vocabulary before it starts afresh
SCIPY_MIN_ENTRIES = 100_000  # entries of a feature matrix from which Features.dot uses scipy


@dataclass(frozen=True)
class Features:
    """A sparse feature matrix as plain numpy arrays (entries sorted by row, then column).
    A small batch is scored with numpy alone, so a one-sentence ``extract`` never imports
    scipy; training asks for a scipy CSR matrix."""

    data: np.ndarray
    col: np.ndarray
    row: np.ndarray
    n_rows: int
    n_cols: int

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``X @ weights`` for a dense (n_cols, k) matrix. A large batch is multiplied by
        scipy's sparse product (the import, 0.2 s, pays for itself: 15 score columns over 1 MB
        of text take 0.03 s there against 0.17 s here), and so is any batch once scipy is
        loaded (a worker loads it at set-up: one document's categories take a third of the
        time there); a small one, as a one-sentence ``extract`` has, with numpy alone."""
        if weights.shape[1] > 1 and (len(self.data) >= SCIPY_MIN_ENTRIES or "scipy.sparse" in sys.modules):
            return np.asarray(self.tocsr() @ weights, dtype=np.float64)
        return self._dot_numpy(weights)

    def _dot_numpy(self, weights: np.ndarray) -> np.ndarray:
        """``dot`` in numpy: each row summed in entry order."""
        out = np.zeros((self.n_rows, weights.shape[1]), dtype=np.float64)
        if len(self.data) == 0:
            return out
        contrib = weights[self.col] * self.data[:, None]
        counts = np.bincount(self.row, minlength=self.n_rows)
        filled = np.flatnonzero(counts)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[filled]
        out[filled] = np.add.reduceat(contrib, starts, axis=0)
        return out

    def take(self, rows: np.ndarray) -> "Features":
        """The sub-matrix of the given rows (sorted row indices), renumbered 0..len(rows)-1."""
        rows = np.asarray(rows, dtype=np.int64)
        renumber = np.full(self.n_rows, -1, dtype=np.int64)  # old row -> new row, -1 if left out
        renumber[rows] = np.arange(len(rows))
        new_row = renumber[self.row]
        keep = new_row >= 0
        return Features(self.data[keep], self.col[keep], new_row[keep], len(rows), self.n_cols)

    def tocsr(self):
        from scipy.sparse import csr_matrix

        indptr = np.zeros(self.n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.row, minlength=self.n_rows), out=indptr[1:])
        return csr_matrix((self.data, self.col.astype(np.int32), indptr), shape=(self.n_rows, self.n_cols))

    def toarray(self) -> np.ndarray:
        out = np.zeros((self.n_rows, self.n_cols), dtype=np.float32)
        out[self.row, self.col] = self.data
        return out


def _pack(gram: str) -> int:
    """A character n-gram (n <= 3) as one integer: code points in 21-bit fields."""
    code = 0
    for ch in gram:
        code = (code << 21) | ord(ch)
    return code


def _pack_words(points: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """Words of one to three characters as one integer each: each code point plus one in a
    21-bit field (so a word never packs as a longer one, whatever its code points); the
    words' code points are ``points[starts[i]:starts[i] + lens[i]]``."""
    key = points[starts] + 1
    for j in range(1, _SHORT_WORD):
        more = np.flatnonzero(lens > j)
        key[more] = (key[more] << 21) | (points[starts[more] + j] + 1)
    return key


def _fold_word_lists(lists: Sequence[Sequence[str]]) -> list[list[str]]:
    """``[[normalise(w) for w in ws] for ws in lists]``, the batch's words normalised at once
    (joined by spaces, which no word holds and normalise keeps)."""
    flat = [w for ws in lists for w in ws]
    folded = normalise_all([" ".join(flat)])[0].split(" ") if flat else []
    if len(folded) != len(flat):  # a word held a space after all
        folded = normalise_all(flat)
    out, i = [], 0
    for ws in lists:
        out.append(folded[i:i + len(ws)])
        i += len(ws)
    return out


def _without_numbering(texts: Sequence[str], words: Sequence, cuts: Sequence[int],
                       fold=None) -> tuple[list[str], list]:
    """The texts without the list numbering they start with (``cuts``: its length in each,
    ``structure.numbering_length`` of the text before width folding, which turns 、 into a
    comma), and their words (a space-joined string or a list per text) without the tokens
    that spell it. When the numbering ends inside a token, which jieba's splits at
    punctuation and digits make rare, the words are kept whole. ``fold``: how the texts were
    folded (``rules.normalise``), when the words were not; as it maps one character to one,
    words spell the numbering folded exactly when their folded forms do."""
    out_texts, out_words = list(texts), list(words)
    for i in [i for i, n in enumerate(cuts) if n]:  # the numbered few
        text, n = texts[i], cuts[i]
        out_texts[i] = text[n:]
        ws = words[i]
        parts = ws.split(" ") if isinstance(ws, str) else ws
        target = "".join(text[:n].split())
        spelled, k = "", 0
        while k < len(parts) and len(spelled) < len(target):
            spelled += parts[k]
            k += 1
        if (spelled if fold is None else fold(spelled)) == target:
            out_words[i] = " ".join(parts[k:]) if isinstance(ws, str) else list(parts[k:])
    return out_texts, out_words


def _sorted(keys: np.ndarray) -> np.ndarray:
    """Non-negative int64 keys sorted. A batch's feature keys fit 32 bits (a few hundred rows
    above 17 bits of columns): those are sorted as two 16-bit digits, low then high, each by
    numpy's stable sort, which is a radix sort for 16-bit values (a quarter quicker than
    sorting the keys as 32-bit values, itself twice as quick as sorting 64-bit ones)."""
    if len(keys) == 0 or int(keys.max()) >= 1 << 32:
        return np.sort(keys)
    order = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")
    order = order[np.argsort((keys[order] >> 16).astype(np.uint16), kind="stable")]
    return keys[order]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


META_FILE = "model.json"

# The saved model is a dict of strings, numbers and numpy arrays; nothing else is trusted.
TRUSTED_TYPES: list[str] = []  # what skops.io.load may be given (tests load with it)


@dataclass(frozen=True)
class Signals:
    """Compiled section kinds and cue patterns from rules/problem.yml."""

    section_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    cues: tuple[tuple[str, re.Pattern], ...]
    # decisive frames (problem.yml ``decisive``): None where the file gives none
    allegation: Optional[re.Pattern] = None
    allegation_unless: Optional[re.Pattern] = None
    verified: Optional[re.Pattern] = None
    unfounded: Optional[re.Pattern] = None
    failing: Optional[re.Pattern] = None
    failing_unless: Optional[re.Pattern] = None
    _kind_memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # which cue families may match a text (their literal anchors, pipeline.prefilter)
    _cue_index: LiteralIndex = field(init=False, compare=False, hash=False, repr=False)
    # per cue family: its feature token, and its pattern or None when an anchor found by the
    # index is already a match (a family of plain phrases, such as problem_frame)
    _cue_checks: tuple = field(init=False, compare=False, hash=False, repr=False)
    # the decisive frames in the order they are tried, each (name, pattern, unless pattern or
    # None), and one regex of the literals one of which every match holds: most sentences hold
    # none, and skip every frame
    _decisive: tuple = field(init=False, compare=False, hash=False, repr=False)
    _decisive_anchors: Optional[re.Pattern] = field(init=False, compare=False, hash=False, repr=False)
    # each section kind's feature token (None: §sec_none), one string for every sentence
    _section_tokens: dict = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self):
        index = LiteralIndex.of([p for _, p in self.cues])
        object.__setattr__(self, "_cue_index", index)
        frames = ((VERIFIED, self.verified, None), (ALLEGATION, self.allegation, self.allegation_unless),
                  (UNFOUNDED, self.unfounded, None), (FAILING, self.failing, self.failing_unless))
        decisive = tuple(frame for frame in frames if frame[1] is not None)
        object.__setattr__(self, "_decisive", decisive)
        literals = [required_literals(p) for _, p, _ in decisive]
        anchors = None
        if literals and all(literals):  # a frame without a literal in every match is always tried
            words = sorted(set().union(*literals), key=len, reverse=True)
            anchors = re.compile("|".join(map(re.escape, words)))
        object.__setattr__(self, "_decisive_anchors", anchors)
        object.__setattr__(self, "_section_tokens", {kind: f"§sec_{kind or 'none'}"
                                                     for kind in [None] + [k for k, _ in self.section_kinds]})
        object.__setattr__(self, "_cue_checks", tuple(
            (f"§cue_{name}", None if k in index.exact else pattern) for k, (name, pattern) in enumerate(self.cues)))

    @classmethod
    def load(cls, rules_dir: Path) -> "Signals":
        path = Path(rules_dir) / "problem.yml"
        try:
            data = safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise RuleFileError(str(path), "not valid YAML", mark.line + 1 if mark else None) from None
        except OSError as exc:
            raise RuleFileError(str(path), f"cannot read ({exc.strerror})") from None
        kinds = tuple((k, tuple(v)) for k, v in (data.get("section_kinds") or {}).items())

        def compiled(group: str, name: str, patterns) -> Optional[re.Pattern]:
            if not patterns:
                return None
            try:
                return re.compile("|".join(f"(?:{p})" for p in patterns))
            except re.error as exc:
                raise RuleFileError(str(path), f"bad pattern in {group}.{name}: {exc}") from None

        cues = [(name, compiled("cues", name, patterns)) for name, patterns in (data.get("cues") or {}).items()]
        decisive = data.get("decisive") or {}
        return cls(kinds, tuple(cues), *(compiled("decisive", k, decisive.get(k))
                                         for k in ("allegation", "allegation_unless", "verified", "unfounded",
                                                   "failing", "failing_unless")))

    def decisive(self, text: str) -> Optional[str]:
        """``VERIFIED`` for a line that finds a claim true and ``FAILING`` for a generic subject's
        failing (findings whatever the model says), ``ALLEGATION`` for a claim restated and not
        found true and ``UNFOUNDED`` for a claim concluded unfounded (never findings), None for
        every other line: the model decides."""
        if self._decisive_anchors is not None and self._decisive_anchors.search(text) is None:
            return None
        for name, pattern, unless in self._decisive:
            if pattern.search(text) and (unless is None or not unless.search(text)):
                return name
        return None

    def section_kind(self, section: Sequence[str]) -> Optional[str]:
        """The kind of the first heading on the path that names one (problem, achievement, plan)."""
        key = tuple(section)
        try:
            return self._kind_memo[key]
        except KeyError:
            pass
        kind = self._section_kind(key)
        if len(self._kind_memo) < 10000:  # a document has a few dozen section paths
            self._kind_memo[key] = kind
        return kind

    def _section_kind(self, section: Sequence[str]) -> Optional[str]:
        for heading in section:
            for kind, words in self.section_kinds:
                if any(w in heading for w in words):
                    return kind
        return None

    def feature_tokens(self, text: str, section: Sequence[str]) -> list[str]:
        out = [self._section_tokens[self.section_kind(section)]]
        checks = self._cue_checks
        for k in self._cue_index.ordered(text):  # cue families in file order
            token, pattern = checks[k]
            if pattern is None or pattern.search(text):
                out.append(token)
        return out


_RULE_TOKENS: dict[str, str] = {}  # category code -> its rule token, one string for every sentence


def feature_words(tokens: Sequence[str], signals: Sequence[str], rule_codes: Sequence[str] = ()) -> list[str]:
    """The words the word vectorizer reads: tokens (whitespace dropped), signal tokens and one
    token per category whose rules fired (so the model learns how far to trust each rule
    family). No word contains a space: jieba gives whitespace tokens of their own."""
    words = list(filter(str.strip, tokens))
    words += signals
    for c in rule_codes:
        words.append(_RULE_TOKENS.get(c) or _RULE_TOKENS.setdefault(c, f"§r_{c}"))
    return words


def feature_string(tokens: Sequence[str], signals: Sequence[str], rule_codes: Sequence[str] = ()) -> str:
    """``feature_words`` as the space-separated field scikit-learn's vectorizer is fitted on."""
    return " ".join(feature_words(tokens, signals, rule_codes))


def featurize(text: str, section: Sequence[str], segmenter, signals: "Signals", rules,
              normalised: Optional[str] = None, tokens: Optional[list[str]] = None):
    """The model's view of one sentence, shared by training and tagging so they cannot drift:
    (jieba tokens, the vectorizer's words, rule hits by category). Segments and matches the
    rules once (``normalised``: ``rules.normalise(text)``, if the caller has it; ``tokens``:
    ``segmenter.cut(text)``, if the caller cut a batch at once)."""
    if tokens is None:
        tokens = segmenter.cut(text)
    hits = rules.categories(text, normalised)
    return tokens, feature_words(tokens, signals.feature_tokens(text, section), list(hits)), hits


class ClueModel:
    """Problem detector and per-category scorers over shared features.

    Fitting uses scikit-learn (TF-IDF vectorizers, logistic regressions). What is kept after
    fitting is plain arrays: the two vocabularies with their IDF weights and one weight
    matrix whose first column scores ``is_problem`` and the others the categories. Scoring
    is one sparse matrix product, and the saved model holds nothing but strings and numbers.
    """

    # C_problem: out of fold (grouped by writer) problem accuracy was 0.971 at C 4, 8 and 16
    # alike; by the one-standard-error rule the strongest regularisation, 4, is the choice.
    def __init__(self, *, C_problem: float = 4.0, C_category: float = 16.0, min_df: int = 2,
                 random_state: int = 0, fold_width: bool = True, strip_numbering: bool = True):
        self.C_problem = C_problem
        self.C_category = C_category
        self.min_df = min_df
        self.random_state = random_state
        # Character n-grams over full- and half-width punctuation folded to one form (rules.normalise):
        # width says how a file was converted, not what a sentence says, and a model that sees it
        # learns the corpus writers' habits (half-width "(" weighed against findings because
        # headings such as "(一)" are written that way). Models saved before keep reading raw text.
        self.fold_width = fold_width
        # The list numbering a sentence starts with ((一) 3. ①) is left out of both views: it
        # says where a line stands, not whether it states a problem. A model that reads it
        # learns how the corpus writers numbered their neutral headings, and then scores a
        # numbered finding ((五)基层党组织建设弱化) as a heading: on the held-out terse lines
        # (part X) problem accuracy was 0.933 with it and 0.950 without. "一是" stays: it
        # opens findings in running text far more often than headings.
        self.strip_numbering = strip_numbering

    # Vocabularies are learned with scikit-learn's CountVectorizer (fit only); counting for
    # scoring and training goes through ``_features``: the same analyzers (character 1–3-grams
    # after collapsing whitespace runs; space-separated tokens and their bigrams) looked up in
    # plain dicts and gathered into one CSR matrix for the whole batch. That is the same matrix
    # scikit-learn builds, at a third of the cost (tests/test_classifier.py compares them).
    CHAR_NGRAMS = (1, 3)
    TOK_NGRAMS = (1, 2)

    @classmethod
    def _char_counter(cls, min_df=1):
        from sklearn.feature_extraction.text import CountVectorizer

        return CountVectorizer(analyzer="char", ngram_range=cls.CHAR_NGRAMS, lowercase=False, min_df=min_df,
                               dtype=np.float32)

    @classmethod
    def _tok_counter(cls, min_df=1):
        from sklearn.feature_extraction.text import CountVectorizer

        return CountVectorizer(analyzer="word", token_pattern=r"[^ ]+", lowercase=False, ngram_range=cls.TOK_NGRAMS,
                               min_df=min_df, dtype=np.float32)

    def _features(self, texts: Sequence[str], token_strings: Sequence[str]) -> "Features":
        """Sublinear TF × IDF of both vocabularies, each block L2-normalised per row (what two
        TfidfVectorizers stacked side by side give), as one CSR matrix.

        Character n-grams are counted as integers: the batch is one UTF-32 array, an n-gram
        is its code points packed into 21 bits each, and the vocabulary is a hash table of such
        codes (``HashTable``), so no n-gram string is ever built. Tokens are looked up once
        each; token bigrams are pairs of token ids, packed and looked up the same way.
        """
        # tokens: split on single spaces, as token_pattern [^ ]+ does
        get = self._word_ids.get
        wids: list[int] = []
        counts = []
        for ts in token_strings:  # a space-separated string, or its words (feature_words)
            words = [w for w in ts.split(" ") if w] if isinstance(ts, str) else ts
            wids.extend(map(get, words, repeat(-1)))
            counts.append(len(words))
        return self._matrix(texts, np.asarray(wids, dtype=np.int64), np.asarray(counts, dtype=np.int64))

    def _matrix(self, texts: Sequence[str], w: np.ndarray, counts: np.ndarray) -> "Features":
        """``_features`` of the texts and their words' ids (``_word_ids``, -1 for a word the
        vocabulary lacks; ``counts``: how many are each text's)."""
        n_rows = len(texts)
        joined = "".join(texts)
        if _WHITESPACE_RUNS.search(joined):  # (rare) collapse them text by text, not across texts
            texts = [_WHITESPACE_RUNS.sub(" ", t) for t in texts]
            joined = "".join(texts)
        lens = np.fromiter(map(len, texts), dtype=np.int64, count=n_rows)
        c = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        row = np.repeat(np.arange(n_rows, dtype=np.int64), lens)
        same = row[1:] == row[:-1]  # positions i, i+1 in one sentence
        rows, cols = [], []
        grams = (c, (c[:-1] << 21) | c[1:], (c[:-2] << 42) | (c[1:-1] << 21) | c[2:])
        valid = (None, same, same[:-1] & same[1:])
        for g, ok in zip(grams, valid):
            if ok is None and (len(g) == 0 or int(g.max()) < _BMP):
                col = self._char_bmp[g]  # single characters: one gather, no search
                hit = col >= 0
            else:
                col, hit = self._char_table.get(g)
            if ok is not None:
                hit &= ok
            rows.append(row[:len(g)][hit])
            cols.append(col[hit])
        wrow = np.repeat(np.arange(n_rows, dtype=np.int64), counts)
        known = w >= 0
        uni = np.where(known, self._word_cols[np.maximum(w, 0)], -1)
        rows.append(wrow[uni >= 0])
        cols.append(uni[uni >= 0])
        if len(w) > 1:
            pairs = np.flatnonzero(known[:-1] & known[1:] & (wrow[1:] == wrow[:-1]))  # only these can be bigrams
            col, hit = self._pair_table.get(w[pairs] * self._n_words + w[pairs + 1])
            rows.append(wrow[pairs[hit]])
            cols.append(col[hit])
        offset = len(self.char_terms_)
        n_cols = offset + len(self.tok_terms_)
        # duplicates summed: one entry per (row, column), sorted, with its count; a key is the
        # row above the column's bits, so it sorts as (row, column) and splits with a shift
        col_bits = max(n_cols - 1, 1).bit_length()
        keys = _sorted((np.concatenate(rows) << col_bits) | np.concatenate(cols))
        first = np.empty(len(keys), dtype=bool)
        first[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(starts, append=len(keys))
        keys = keys[starts].astype(np.int64)
        row, col = keys >> col_bits, keys & ((1 << col_bits) - 1)
        data = np.log(counts.astype(np.float32)) + np.float32(1.0)  # sublinear tf
        data *= self.idf_[col]
        # per-row, per-block L2 norms
        block = row * 2 + (col >= offset)
        norms = np.sqrt(np.bincount(block, weights=data.astype(np.float64) ** 2, minlength=2 * n_rows))
        norms[norms == 0] = 1.0
        data /= norms[block].astype(np.float32)
        return Features(data, col, row, n_rows, n_cols)

    def fit(self, texts, token_strings, is_problem, categories, codes: Sequence[str]) -> "ClueModel":
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.linear_model import LogisticRegression

        self.codes_ = list(codes)
        texts, token_strings = self._folded(texts, token_strings)
        char_counter = self._char_counter(min_df=self.min_df)
        tok_counter = self._tok_counter(min_df=self.min_df)
        Xc = char_counter.fit_transform(texts)
        Xt = tok_counter.fit_transform(token_strings)
        self.char_terms_ = np.array(sorted(char_counter.vocabulary_, key=char_counter.vocabulary_.get))
        self.tok_terms_ = np.array(sorted(tok_counter.vocabulary_, key=tok_counter.vocabulary_.get))
        self.char_idf_ = TfidfTransformer(sublinear_tf=True).fit(Xc).idf_.astype(np.float32)
        self.tok_idf_ = TfidfTransformer(sublinear_tf=True).fit(Xt).idf_.astype(np.float32)
        self._index()
        X = self._features(texts, token_strings).tocsr()
        y = np.asarray(is_problem, dtype=int)
        n_features = X.shape[1]
        W = np.zeros((n_features, 1 + len(self.codes_)), dtype=np.float32)
        b = np.full(1 + len(self.codes_), -30.0, dtype=np.float32)  # never, unless learned
        problem = LogisticRegression(C=self.C_problem, class_weight="balanced", max_iter=3000,
                                     random_state=self.random_state).fit(X, y)
        W[:, 0], b[0] = problem.coef_[0], problem.intercept_[0]
        idx = np.flatnonzero(y == 1)
        Xp = X[idx]
        for j, code in enumerate(self.codes_, start=1):
            yc = np.asarray([1 if code in categories[i] else 0 for i in idx], dtype=int)
            if yc.sum() == 0 or yc.sum() == len(yc):
                continue  # nothing to learn for this category: rules alone
            m = LogisticRegression(C=self.C_category, class_weight="balanced", max_iter=3000,
                                   random_state=self.random_state).fit(Xp, yc)
            W[:, j], b[j] = m.coef_[0], m.intercept_[0]
        self.weights_ = W
        self.bias_ = b
        return self

    def _index(self) -> None:
        """Lookup tables for ``_features`` from the saved vocabularies: packed n-gram codes and
        token-pair codes, sorted, with the column each one stands for."""
        char_terms = self.char_terms_.tolist()
        codes = np.asarray([_pack(t) for t in char_terms], dtype=np.int64)
        self._char_table = HashTable(codes, np.arange(len(char_terms)))
        # the single characters of the Basic Multilingual Plane, by code point (512 KB): a third
        # of a batch's n-gram look-ups, each a gather instead of a binary search
        single = np.flatnonzero((codes < _BMP) & (np.fromiter(map(len, char_terms), np.int64, len(char_terms)) == 1))
        self._char_bmp = np.full(_BMP, -1, dtype=np.int64)
        self._char_bmp[codes[single]] = single  # a single character's code is its code point
        offset = len(char_terms)
        tok_terms = self.tok_terms_.tolist()
        words = sorted({w for t in tok_terms for w in t.split(" ")})
        self._word_ids = {w: i for i, w in enumerate(words)}
        self._n_words = len(words)
        self._word_cols = np.full(max(len(words), 1), -1, dtype=np.int64)
        pair_codes, pair_cols = [], []
        for j, t in enumerate(tok_terms):
            parts = t.split(" ")
            if len(parts) == 1:
                self._word_cols[self._word_ids[t]] = offset + j
            else:
                a, b = parts
                pair_codes.append(self._word_ids[a] * self._n_words + self._word_ids[b])
                pair_cols.append(offset + j)
        self._pair_table = HashTable(np.asarray(pair_codes, dtype=np.int64), np.asarray(pair_cols, dtype=np.int64))
        self._word_memo = self._vocabulary_memo()
        short = [w for w in words if len(w) <= _SHORT_WORD]
        lens = np.fromiter(map(len, short), dtype=np.int64, count=len(short))
        points = np.frombuffer("".join(short).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        self._short_words = HashTable(_pack_words(points, np.cumsum(lens) - lens, lens),
                                      np.asarray([self._word_ids[w] for w in short], dtype=np.int64))
        self.idf_ = np.concatenate([self.char_idf_, self.tok_idf_]).astype(np.float32)

    def predict_proba(self, texts, token_strings) -> tuple[np.ndarray, np.ndarray]:
        """(problem probability per sentence, category probability matrix in ``codes_`` order)."""
        X = self.features(texts, token_strings)
        return self.problem_proba(X), self.category_proba(X)

    def _folded(self, texts, token_strings, normalised=None, fold_words=True):
        """The texts and words (a space-joined string or a list per sentence) the features are
        counted over: width folded when the model was trained so (see __init__).
        ``normalised``: the texts already through ``rules.normalise``, if the caller has them;
        ``fold_words=False``: the words are left as they are (the list numbering still goes)."""
        cuts = [numbering_length(t) for t in texts] if self.strip_numbering else None  # 、 before folding
        if self.fold_width:
            texts = normalise_all(texts) if normalised is None else normalised
            if fold_words and all(isinstance(ts, str) for ts in token_strings):
                token_strings = normalise_all(token_strings)
            elif fold_words:
                token_strings = _fold_word_lists(token_strings)
        if cuts is not None and any(cuts):
            fold = normalise if self.fold_width and not fold_words else None
            texts, token_strings = _without_numbering(texts, token_strings, cuts, fold)
        return texts, token_strings

    def features(self, texts, token_strings, normalised=None) -> Features:
        """The feature matrix the two ``*_proba`` methods score (``normalised``: see _folded)."""
        if all(isinstance(ts, str) for ts in token_strings):
            return self._features(*self._folded(texts, token_strings, normalised))
        # word lists, as tagging passes them: the words are folded and looked up in numpy,
        # not one string at a time (``_word_ids_of``); the texts are folded as above
        texts, word_lists = self._folded(texts, token_strings, normalised, fold_words=False)
        return self._matrix(texts, *self._word_ids_of(word_lists))

    def _word_ids_of(self, word_lists) -> tuple[np.ndarray, np.ndarray]:
        """(``_word_ids`` of each word, folded as ``_folded`` folds them, -1 for a word the
        vocabulary lacks; how many words each list has).

        Most words are of one to three characters: those are looked up as integers, their
        folded code points packed (``_pack_words``) and found in a hash table of the
        vocabulary's short words, so no string is built or hashed. Longer words (the signal
        tokens, long names) go through ``_long_word_ids``."""
        flat = list(chain.from_iterable(word_lists))
        counts = np.fromiter(map(len, word_lists), dtype=np.int64, count=len(word_lists))
        try:  # the words, NUL after each: where the NULs fall gives each word's length
            points = np.frombuffer("\0".join(flat + [""]).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        except UnicodeEncodeError:  # a lone surrogate: no code points to pack
            return np.asarray(self._long_word_ids(flat), dtype=np.int64), counts
        ends = np.flatnonzero(points == 0)
        if len(ends) != len(flat):  # a word holds a NUL
            ends = np.cumsum(np.fromiter(map(len, flat), dtype=np.int64, count=len(flat)) + 1) - 1
        starts = np.concatenate([[0], ends[:-1] + 1]) if len(flat) else ends
        lens = ends - starts
        if self.fold_width:
            points = normalise_points(points)
        ids = np.full(len(flat), -1, dtype=np.int64)  # and so stays an empty word
        short = np.flatnonzero((lens > 0) & (lens <= _SHORT_WORD))
        col, hit = self._short_words.get(_pack_words(points, starts[short], lens[short]))
        ids[short[hit]] = col[hit]
        long = np.flatnonzero(lens > _SHORT_WORD)
        if len(long):
            ids[long] = self._long_word_ids([flat[i] for i in long.tolist()])
        return ids, counts

    def _long_word_ids(self, words: list[str]) -> list[int]:
        """``_word_ids_of`` word by word, from the memo of words seen before: it starts as the
        vocabulary's words that folding keeps as they are, and takes in each new word (up to
        ``WORD_MEMO_LIMIT``, then it starts afresh)."""
        memo = self._word_memo
        ids = list(map(memo.get, words, repeat(_UNSEEN)))
        if _UNSEEN in ids:
            get = self._word_ids.get
            for k, w in enumerate(words):
                if ids[k] == _UNSEEN:
                    ids[k] = memo[w] = get(normalise(w) if self.fold_width else w, -1)
            if len(memo) > len(self._word_ids) + WORD_MEMO_LIMIT:
                self._word_memo = self._vocabulary_memo()
        return ids

    def _vocabulary_memo(self) -> dict[str, int]:
        """The word memo's start: each long vocabulary word that folding keeps as it is, and its id."""
        words = list(self._word_ids)
        kept = normalise_all(words) if self.fold_width and words else words
        return {w: i for w, f, i in zip(words, kept, self._word_ids.values()) if w == f and len(w) > _SHORT_WORD}

    def problem_proba(self, X: Features) -> np.ndarray:
        """Problem probability per row of ``X``."""
        return _sigmoid(X.dot(self._split_weights()[0])[:, 0] + self.bias_[0])

    def category_proba(self, X: Features) -> np.ndarray:
        """Category probabilities per row of ``X``, columns in ``codes_`` order (tagging asks
        only for the rows it took for problems)."""
        return _sigmoid(X.dot(self._split_weights()[1]) + self.bias_[None, 1:])

    def _split_weights(self) -> tuple[np.ndarray, np.ndarray]:
        """The problem column and the category columns of ``weights_``, each contiguous."""
        cached = getattr(self, "_weights_split", None)
        if cached is None or cached[0] is not self.weights_:
            W = self.weights_
            cached = self._weights_split = (W, np.ascontiguousarray(W[:, :1]), np.ascontiguousarray(W[:, 1:]))
        return cached[1], cached[2]

    # -- persistence --------------------------------------------------------------------
    def state(self) -> dict:
        return {
            "codes": list(self.codes_),
            "char_terms": self.char_terms_,
            "char_idf": self.char_idf_,
            "tok_terms": self.tok_terms_,
            "tok_idf": self.tok_idf_,
            "weights": self.weights_,
            "bias": self.bias_,
            "params": {"C_problem": self.C_problem, "C_category": self.C_category,
                       "min_df": self.min_df, "random_state": self.random_state,
                       "fold_width": self.fold_width, "strip_numbering": self.strip_numbering},
        }

    @classmethod
    def from_state(cls, state: dict) -> "ClueModel":
        # saved before width folding or numbering was left out: the text as it was then read
        m = cls(**{"fold_width": False, "strip_numbering": False, **state["params"]})
        m.codes_ = list(state["codes"])
        m.char_terms_ = np.asarray(state["char_terms"])
        m.char_idf_ = np.asarray(state["char_idf"], dtype=np.float32)
        m.tok_terms_ = np.asarray(state["tok_terms"])
        m.tok_idf_ = np.asarray(state["tok_idf"], dtype=np.float32)
        m.weights_ = np.asarray(state["weights"], dtype=np.float32)
        m.bias_ = np.asarray(state["bias"], dtype=np.float32)
        n = len(m.char_terms_) + len(m.tok_terms_)
        if m.weights_.shape != (n, len(m.codes_) + 1) or m.bias_.shape != (len(m.codes_) + 1,):
            raise ModelError("model arrays do not fit together (corrupt model file)")
        m._index()
        return m


SECTION_KINDS = ("problem", "achievement", "plan")


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def fit_section_offsets(p: np.ndarray, kinds: Sequence[Optional[str]], y: np.ndarray) -> dict:
    """Fit p' = sigmoid(scale * logit(p) + offset[kind]) on out-of-fold scores."""
    from sklearn.linear_model import LogisticRegression

    X = np.column_stack([_logit(p)] + [[1.0 if k == kind else 0.0 for k in kinds] for kind in SECTION_KINDS])
    m = LogisticRegression(C=1.0, max_iter=1000).fit(X, y)
    coef = m.coef_[0]
    out = {"scale": float(coef[0]), "intercept": float(m.intercept_[0])}
    out.update({kind: float(coef[i + 1]) for i, kind in enumerate(SECTION_KINDS)})
    return out


def apply_section_offsets(p: np.ndarray, kinds: Sequence[Optional[str]], offsets: Optional[dict]) -> np.ndarray:
    if not offsets:
        return p
    z = offsets["scale"] * _logit(np.asarray(p, dtype=float)) + offsets["intercept"]
    z = z + np.array([offsets.get(k, 0.0) if k else 0.0 for k in kinds])
    return 1.0 / (1.0 + np.exp(-z))


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def save_model(model: ClueModel, meta: dict, folder: Path) -> Path:
    import skops.io as sio

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODEL_FILE
    sio.dump(model.state(), path)
    _normalise_zip(path)
    meta = dict(meta)
    meta["model_sha256"] = file_sha256(path)
    (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _normalise_zip(path: Path) -> None:
    """Rewrite the zip archive skops wrote so that the same training writes the same bytes and
    ``model_sha256`` names the weights: skops names each array's file by the object's id() in
    memory, and its schema marks objects with their ids too, and it dates every entry with the
    time of writing; here files and ids are numbered in the order the schema refers to them,
    and every entry is dated 1980-01-01 (the zip epoch)."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = {info.filename: (info, z.read(info)) for info in z.infolist()}
    schema = json.loads(entries["schema.json"][1])
    names: dict[str, str] = {}
    ids: dict[int, int] = {}  # skops' object ids (which mark shared objects), numbered alike

    def renumber(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "file" and isinstance(value, str) and value in entries:
                    node[key] = names.setdefault(value, f"{len(names)}.npy")
                elif key == "__id__" and isinstance(value, int):
                    node[key] = ids.setdefault(value, len(ids))
                else:
                    renumber(value)
        elif isinstance(node, list):
            for value in node:
                renumber(value)

    renumber(schema)
    info, _ = entries["schema.json"]
    entries["schema.json"] = (info, json.dumps(schema).encode("utf-8"))
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as out:
        for name, (info, data) in entries.items():
            fixed = zipfile.ZipInfo(names.get(name, name), date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = info.compress_type, info.external_attr
            out.writestr(fixed, data)
    os.replace(tmp, path)


def read_state(path: Path) -> dict:
    """Read a model file written by ``skops.io.dump`` of ``ClueModel.state()``, trusting no type.

    The state is a dict of strings, numbers, lists and numpy arrays, and that is all this
    reader accepts: skops' schema nodes for builtin dict/list (string keys), JSON scalars and
    numpy arrays, the arrays read with ``allow_pickle=False``. Anything else (an object node,
    an object array, a pickle) is refused. Unlike ``skops.io.load`` it needs no scikit-learn
    import, which keeps ``xuncha extract`` quick to start; tests check it returns exactly what
    ``skops.io.load`` does on the shipped model.
    """
    import io
    import zipfile

    def refuse(what: str) -> ModelError:
        return ModelError(f"{path}: model holds {what}, which is not trusted; refused")

    with zipfile.ZipFile(path) as z:
        schema = json.loads(z.read("schema.json"))

        def node(n):
            if not isinstance(n, dict):
                raise refuse("a malformed node")
            loader, cls, module = n.get("__loader__"), n.get("__class__"), n.get("__module__")
            if loader == "DictNode" and (cls, module) == ("dict", "builtins"):
                key_types = n.get("key_types", {}).get("content", [])
                if any((k.get("__loader__"), k.get("__class__"), k.get("__module__")) !=
                       ("TypeNode", "str", "builtins") for k in key_types):
                    raise refuse("a dict with non-string keys")
                return {str(k): node(v) for k, v in n["content"].items()}
            if loader == "ListNode" and (cls, module) == ("list", "builtins"):
                return [node(v) for v in n["content"]]
            if loader == "JsonNode" and module == "builtins" and n.get("is_json"):
                value = json.loads(n["content"])
                if value is None or isinstance(value, (str, int, float, bool)):
                    return value
                raise refuse("a non-scalar JSON value")
            if loader == "NdArrayNode" and (cls, module, n.get("type")) == ("ndarray", "numpy", "numpy"):
                with z.open(str(n["file"])) as fh:
                    return np.load(io.BytesIO(fh.read()), allow_pickle=False)
            raise refuse(f"a {module}.{cls} object")

        state = node(schema)
    if not isinstance(state, dict):
        raise refuse("something other than a state dict")
    return state


def load_model(folder: Path) -> tuple[ClueModel, dict]:
    """Load after checking the recorded hash; ``read_state`` trusts no type (no unpickling)."""
    folder = Path(folder)
    path = folder / MODEL_FILE
    meta_path = folder / META_FILE
    if not path.is_file() or not meta_path.is_file():
        raise ModelError(f"{folder}: no model here ({MODEL_FILE} and {META_FILE}); run `xuncha train`")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{meta_path}: unreadable model metadata ({exc}); retrain with `xuncha train`") from None
    if meta.get("model_sha256") != file_sha256(path):
        raise ModelError(f"{path}: file does not match the hash in {META_FILE} (changed or tampered); "
                         "retrain with `xuncha train` or restore the shipped model")
    try:
        state = read_state(path)
    except ModelError:
        raise
    except Exception as exc:  # zipfile, json and numpy raise many kinds on a corrupt file
        raise ModelError(f"{path}: not a readable model ({type(exc).__name__}); retrain with `xuncha train`") from None
    return ClueModel.from_state(state), meta

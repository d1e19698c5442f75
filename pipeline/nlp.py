"""Segmentation: one private jieba Tokenizer per worker, and spaCy wired to use it.

- ``Segmenter`` owns a ``jieba.Tokenizer`` with our domain dictionary (rules/userdict.txt),
  HMM off, its dictionary cache in a private folder; never jieba's global functions.
- ``make_nlp()`` gives ``spacy.blank("zh")`` whose tokenizer is that segmenter (spaCy's own
  jieba mode calls the global jieba with HMM on and no user dictionary). spaCy ``Doc`` objects
  stay inside this module; other stages get plain tuples and dataclasses.
"""
from __future__ import annotations

import array
import hashlib
import logging
import os
import re
import sys
import threading
from itertools import accumulate
from math import log
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .resources import cache_dir, rules_dir as _rules_dir

_SEGMENTERS: dict[str, "Segmenter"] = {}
_LOCK = threading.Lock()


# single ASCII letters and digits, which jieba glues into runs ([a-zA-Z0-9], as a set: a
# membership test costs a tenth of the regex match)
_ALNUM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# markers in the log-probability memo (a word's log probability is always negative)
_PREFIX_ONLY = 1.0  # a prefix of dictionary words, not a word itself
_NOT_IN_DICT = 2.0  # neither: no dictionary word starts with this fragment
_NO_WORD = float("-inf")
_MEMO_LIMIT = 500_000  # fragments remembered before the memo starts afresh (an estimated ~50 MB)


class Segmenter:
    """A private jieba tokenizer with the domain dictionary; HMM off so splits are stable.

    ``cut`` gives exactly ``jieba.Tokenizer.lcut(text, HMM=False)`` over this tokenizer's
    dictionary (tests/test_nlp.py checks it token for token, on the corpora and on random
    text). jieba builds a DAG of dictionary words per position, then a second pass takes the
    maximum-probability route with a generator and ``math.log`` per edge; here both run in one
    backward pass over the same dictionary, with each word's log probability memoised. Same
    words, same ties (the longer word wins an exact tie, as in jieba's ``max`` over
    ``(score, end)``), about 2.5× faster
    on report sentences (bench/bench_extract.py prints both).
    """

    def __init__(self, userdict: Optional[Path] = None):
        jieba = import_jieba()
        jieba.setLogLevel(logging.WARNING)
        self._tk = jieba.Tokenizer()
        # jieba's own block patterns for HMM-off, non-cut_all segmentation
        self._re_han, self._re_skip = jieba.re_han_default, jieba.re_skip_default
        if self._re_han.groups != 1 or self._re_skip.groups != 1:  # pragma: no cover
            raise RuntimeError("jieba's block patterns are expected to have one group each (cut relies on it)")
        self._tk.tmp_dir = str(cache_dir())
        self._tk.FREQ, self._tk.total = load_dictionary(self._tk)
        self._tk.initialized = True  # the tokenizer's own initialize() would load it again
        self._total = None
        self._memo: dict[str, float] = {}
        self.userdict = Path(userdict) if userdict else None
        if self.userdict and self.userdict.is_file():
            self._load_userdict(self.userdict)

    def _load_userdict(self, path: Path) -> None:
        # Our own loader: one word per line, optional frequency; '#' comments allowed.
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            word = parts[0]
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            self.add_word(word, freq)

    def add_word(self, word: str, freq: Optional[int] = None) -> None:
        """Add a word to this segmenter's dictionary (jieba's ``add_word``)."""
        self._tk.add_word(word, freq)
        self._total = None  # log probabilities are recomputed on the next cut

    def cut(self, text: str) -> list[str]:
        """``jieba.Tokenizer.lcut(text, HMM=False)``, computed in one pass (see the class note)."""
        if self._total is None or self._tk.total != self._total:  # dictionary changed
            self._total = self._tk.total
            self._logtotal = log(self._total)
            self._memo = {}
        elif len(self._memo) > _MEMO_LIMIT:
            self._memo = {}
        out: list[str] = []
        re_skip = self._re_skip
        # jieba's block pattern has one group: split puts its matches (the blocks cut with the
        # dictionary) at the odd positions, what lies between them at the even ones
        for k, block in enumerate(self._re_han.split(text)):
            if not block:
                continue
            if k & 1:
                self._cut_block(block, out)
            else:
                for j, piece in enumerate(re_skip.split(block)):  # the same parity, one group
                    if j & 1:
                        out.append(piece)
                    else:
                        out.extend(piece)  # one token per character, as jieba does
        return out

    def _cut_block(self, s: str, out: list[str]) -> None:
        freq, memo, logtotal = self._tk.FREQ, self._memo, self._logtotal
        memo_get, freq_get = memo.get, freq.get
        n = len(s)
        best = [0.0] * (n + 1)  # best log probability of s[k:]
        nxt = [0] * (n + 1)  # end of the first word on that route
        for k in range(n - 1, -1, -1):
            top = _NO_WORD
            end = k
            i = k + 1
            frag = s[k]
            while True:
                p = memo_get(frag)
                if p is None:  # first sight of this fragment: look it up in jieba's dictionary
                    f = freq_get(frag)
                    p = memo[frag] = _NOT_IN_DICT if f is None else (log(f) - logtotal) if f else _PREFIX_ONLY
                if p < 0.0:  # a word (log probabilities are negative; the markers are not)
                    score = p + best[i]
                    if score >= top:  # an exact tie goes to the longer word, as in jieba
                        top, end = score, i - 1
                elif p == _NOT_IN_DICT:
                    break
                if i >= n:
                    break
                i += 1
                frag = s[k:i]
            if top == _NO_WORD:  # no dictionary word starts here: the character alone, count 1
                top, end = 0.0 - logtotal + best[k + 1], k
            best[k] = top
            nxt[k] = end + 1
        x, buf = 0, ""
        while x < n:  # runs of single ASCII letters/digits are glued, as in jieba
            y = nxt[x]
            word = s[x:y]
            if y - x == 1 and word in _ALNUM_CHARS:
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Token spans as code-point offsets (whitespace tokens included)."""
        return token_spans(self.cut(text))


_DICT_MAGIC = b"xuncha-jieba-dict 1\n"


def import_jieba():
    """``import jieba``, without letting it import ``pkg_resources`` (0.15–0.2 s of every
    start-up, a worker's too): jieba uses it only to open its own data files, and opens them
    by path when the import fails. Other code that wants ``pkg_resources`` imports it anew."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    had = "pkg_resources" in sys.modules
    if not had:
        sys.modules["pkg_resources"] = None  # makes `import pkg_resources` raise ImportError
    try:
        import jieba
    finally:
        if not had:
            del sys.modules["pkg_resources"]
    return jieba


def load_dictionary(tk) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (``FREQ``: every word and word prefix -> its count, 0 for a
    prefix only; ``total``), exactly as ``tk.gen_pfdict`` builds it from jieba's dict.txt.

    jieba keeps it as one ``marshal`` file, whose load is most of a cold start (0.85 s of a
    1.5 s `xuncha extract` of one sentence here). The same dictionary is cached in the cache
    folder as the words joined by newlines and their counts as one array, which rebuilds the
    dict in about a third of that time. The cache name carries jieba's version and the
    dictionary file's size and modification time; a damaged cache is rebuilt."""
    jieba = import_jieba()
    path = Path(tk.dictionary) if tk.dictionary else Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    st = path.stat()
    key = hashlib.sha256(f"{jieba.__version__}:{path}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
    folder = cache_dir()
    cached = folder / f"jieba_dict.{key}.bin"
    try:
        raw = cached.read_bytes()
        if raw.startswith(_DICT_MAGIC):
            head = len(_DICT_MAGIC)
            total, n = int.from_bytes(raw[head:head + 8], "little"), int.from_bytes(raw[head + 8:head + 16], "little")
            counts = array.array("Q")
            counts.frombytes(raw[head + 16:head + 16 + 8 * n])
            words = raw[head + 16 + 8 * n:].decode("utf-8").split("\n")
            if len(words) == n == len(counts):
                return dict(zip(words, counts)), total
    except (OSError, ValueError):
        pass
    with tk.get_dict_file() as fh:
        freq, total = tk.gen_pfdict(fh)
    if any("\n" in w for w in freq):  # pragma: no cover - jieba's loader splits on lines
        return freq, total
    body = (_DICT_MAGIC + int(total).to_bytes(8, "little") + len(freq).to_bytes(8, "little")
            + array.array("Q", freq.values()).tobytes() + "\n".join(freq).encode("utf-8"))
    try:  # written whole, then renamed: a concurrent worker never reads half a file
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(body)
        os.replace(tmp, cached)
        # another jieba's or dictionary's cache, and jieba's own marshal cache of earlier versions
        for stale in [*folder.glob("jieba_dict.*.bin"), folder / "jieba.xuncha.cache"]:
            if stale != cached:
                stale.unlink(missing_ok=True)
    except OSError:  # a read-only cache folder: build it each time
        pass
    return freq, total


def token_bounds(tokens: Sequence[str]) -> tuple[list[int], list[int]]:
    """The start offsets and the end offsets of consecutive tokens that make up a text, as two
    ascending lists (what a caller bisects)."""
    ends = list(accumulate(map(len, tokens)))
    return [0] + ends[:-1] if ends else [], ends


def token_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) code-point offsets of consecutive tokens that make up a text."""
    return list(zip(*token_bounds(tokens)))


def get_segmenter(rules_dir: Optional[Path] = None) -> Segmenter:
    """The worker's segmenter for a rules folder, created once."""
    folder = Path(rules_dir) if rules_dir else _rules_dir()
    key = str(folder.resolve())
    with _LOCK:
        seg = _SEGMENTERS.get(key)
        if seg is None:
            seg = Segmenter(folder / "userdict.txt")
            _SEGMENTERS[key] = seg
    return seg


# -- spaCy --------------------------------------------------------------------------------
_REGISTERED = False


def _register() -> None:
    global _REGISTERED
    if _REGISTERED:
        return
    import spacy
    from spacy.tokens import Doc

    class JiebaSpacyTokenizer:
        """spaCy tokenizer over our Segmenter: words with no trailing spaces (Chinese)."""

        def __init__(self, vocab, rules_dir: Optional[str] = None):
            self.vocab = vocab
            self.segmenter = get_segmenter(Path(rules_dir) if rules_dir else None)

        def __call__(self, text: str) -> Doc:
            words = [w for w in self.segmenter.cut(text)]
            return Doc(self.vocab, words=words, spaces=[False] * len(words))

        def to_bytes(self, **kwargs):
            return b""

        def from_bytes(self, data, **kwargs):
            return self

        def to_disk(self, path, **kwargs):
            return None

        def from_disk(self, path, **kwargs):
            return self

    @spacy.registry.tokenizers("xuncha.jieba_tokenizer.v1")
    def create_tokenizer(rules_dir: Optional[str] = None):
        def make(nlp):
            return JiebaSpacyTokenizer(nlp.vocab, rules_dir)

        return make

    _REGISTERED = True


def make_nlp(rules_dir: Optional[Path] = None):
    """``spacy.blank("zh")`` using our jieba segmenter."""
    import spacy

    _register()
    cfg = {"nlp": {"tokenizer": {"@tokenizers": "xuncha.jieba_tokenizer.v1",
                                  "rules_dir": str(rules_dir) if rules_dir else None}}}
    return spacy.blank("zh", config=cfg)


def evidence_doc(nlp, text: str, units: Iterable[tuple[int, int, str]], hits: Iterable[tuple[int, int, str]]):
    """A spaCy Doc of one sentence with units as ``doc.ents`` (label UNIT) and rule hits in
    ``doc.spans["rules"]`` (label = rule id), aligned on characters with ``char_span``.

    Spans that cut through a token are expanded to token boundaries; the evidence keeps the
    exact character offsets, the Doc gives token-level views (displaCy, training data)."""
    doc = nlp(text)
    ents = []
    for start, end, label in units:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and all(not (span.start < e.end and e.start < span.end) for e in ents):
            ents.append(span)
    doc.ents = ents
    rule_spans = []
    for start, end, label in hits:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            rule_spans.append(span)
    doc.spans["rules"] = rule_spans
    return doc

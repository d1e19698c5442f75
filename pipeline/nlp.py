"""Segmentation: one private jieba Tokenizer per worker, and spaCy wired to use it.

- ``Segmenter`` owns a ``jieba.Tokenizer`` with our domain dictionary (rules/userdict.txt),
  HMM off, its dictionary cache in a private folder; never jieba's global functions.
- ``make_nlp()`` gives ``spacy.blank("zh")`` whose tokenizer is that segmenter (spaCy's own
  jieba mode calls the global jieba with HMM on and no user dictionary). spaCy ``Doc`` objects
  stay inside this module; other stages get plain tuples and dataclasses.
"""
from __future__ import annotations

import array
import functools
import hashlib
import logging
import re
import sys
import threading
from itertools import accumulate, islice
from math import log
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from .resources import cache_dir, rules_dir as _rules_dir, write_cache_file

if TYPE_CHECKING:  # numpy is imported when a batch is first cut (cut_many)
    import numpy as np

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
# cut_many: batches of fewer characters are cut text by text (numpy's cost per call outweighs
# the work), and so are texts holding a block longer than this (the route is found in one
# numpy step per character of the longest block)
_BATCH_MIN_CHARS = 300
# ... and a process cuts text by text until it has cut this much: building the word index
# (~0.2 s, 42 MB) or loading it from the cache (~0.05 s) pays off over several documents, not
# over one (``build_index`` at once)
_INDEX_AFTER_CHARS = 100_000
_BATCH_MAX_BLOCK = 200
_MARKS = ("\ue000", "\uf8ff", "\U000ffffd")  # private-use characters, to split a batch's tokens at


class Segmenter:
    """A private jieba tokenizer with the domain dictionary; HMM off so splits are stable.

    ``cut`` gives exactly ``jieba.Tokenizer.lcut(text, HMM=False)`` over this tokenizer's
    dictionary (tests/test_nlp.py checks it token for token, on the corpora and on random
    text). jieba builds a DAG of dictionary words per position, then a second pass takes the
    maximum-probability route with a generator and ``math.log`` per edge; here both run in one
    backward pass over the same dictionary, with each word's log probability memoised. Same
    words, same ties (the longer word wins an exact tie, as in jieba's ``max`` over
    ``(score, end)``), about 2.5× faster
    on report sentences (bench/bench_extract.py prints both). ``cut_many`` cuts a batch of
    texts at once with numpy, about twice as fast again; the tagger uses it.
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
        self._index: Optional[_WordIndex] = None  # the dictionary as arrays, for cut_many
        self._batching = False  # cut_many uses the index (built on demand) from now on
        self._chars_cut = 0  # by cut_many before that
        self._added: list[tuple[str, Optional[int]]] = []  # words added to jieba's dictionary, in order
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
        self._added.append((word, freq))
        self._total = None  # log probabilities are recomputed on the next cut
        self._index = None

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

    def cut_many(self, texts: Sequence[str]) -> list[list[str]]:
        """``[self.cut(t) for t in texts]``, computed for the whole batch at once with numpy.

        The same words as ``cut``, found the other way round: where ``cut`` walks each block
        character by character in Python, looking every fragment up in jieba's dictionary,
        here every fragment of every block is hashed and looked up a whole array at a time
        (``_WordIndex``), and the best route is found for all blocks together, one step per
        distance from a block's end (every position one step from the end, then every
        position two steps from it, ...: a position's route needs only those after it).
        Ties, the character-alone fallback, the gluing of single ASCII letters and digits and
        the cutting of what lies between blocks are ``cut``'s (tests/test_nlp.py compares the
        two on the corpora and on random text). Small batches, and texts with a block of more
        than ``_BATCH_MAX_BLOCK`` characters, are cut text by text, and so is everything until
        the process has cut ``_INDEX_AFTER_CHARS`` characters (or called ``build_index``)."""
        texts = list(texts)
        total = sum(map(len, texts))
        if not self._batching:
            self._chars_cut += total
            self._batching = self._chars_cut >= _INDEX_AFTER_CHARS
        if total < _BATCH_MIN_CHARS or not self._batching:
            return [self.cut(t) for t in texts]
        import numpy as np

        index = self._word_index()
        joined = "\x00".join(texts)  # a separator outside the block class: no block spans two texts
        c = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        n = len(c)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        ends = np.cumsum(lengths + 1) - 1  # each text's end: the separator after it (n for the last)
        in_block = ((c >= 0x4E00) & (c <= 0x9FD5)) | ((c < 128) & _ascii_tables()[0][c & 127])
        edges = np.diff(in_block.view(np.int8), prepend=np.int8(0), append=np.int8(0))
        run_start, run_end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        run_len = run_end - run_start
        if len(run_len) and run_len.max() > _BATCH_MAX_BLOCK:
            long_texts = set(np.searchsorted(ends, run_start[run_len > _BATCH_MAX_BLOCK]).tolist())
            rest = [t for i, t in enumerate(texts) if i not in long_texts]
            done = iter(self.cut_many(rest) if rest else [])
            return [self.cut(t) if i in long_texts else next(done) for i, t in enumerate(texts)]
        # where a token starts: every character outside blocks (the separators too, as tokens
        # of their own, left out below) but the \n of a \r\n (jieba's skip pattern takes it
        # whole), and where the route through a block starts a word
        starts = np.ones(n, dtype=bool)
        starts[np.flatnonzero((c[1:] == 10) & (c[:-1] == 13)) + 1] = False
        if len(run_len):
            starts[in_block] = False
            starts[index.route(c, run_start, run_len)] = True
        bounds = np.flatnonzero(starts)
        # The tokens, by one split of the text with a mark put before each token: a character
        # the text lacks (the private-use area's, most likely), or, lacking one, by slicing.
        mark = next((m for m in _MARKS if m not in joined), None)
        if mark is None:
            tokens = [joined[a:b] for a, b in zip(bounds.tolist(), np.append(bounds[1:], n).tolist())]
        else:
            marked = np.insert(c, bounds[1:], ord(mark))
            tokens = marked.tobytes().decode("utf-32-le", "surrogatepass").split(mark)
        # each text's tokens, then its separator
        last = np.searchsorted(bounds, ends).tolist()
        return [tokens[a:b] for a, b in zip([0] + [k + 1 for k in last[:-1]], last)]

    def build_index(self) -> None:
        """Load the word index now (from the cache, else built and cached) and have
        ``cut_many`` use it from the first batch: for a caller that will cut megabytes, such as
        a pool worker's set-up or a benchmark's."""
        self._batching = True
        self._word_index()

    def _word_index(self) -> "_WordIndex":
        if self._index is None or self._index.total != self._tk.total:
            path = self._index_path()
            index = _WordIndex.load(path, self._tk.FREQ, self._tk.total)
            if index is None:
                index = _WordIndex(self._tk.FREQ, self._tk.total)
                _release_free_memory()
                index.save(path)
            self._index = index
        return self._index

    def _index_path(self) -> Path:
        """The cache file of the word index of this dictionary: jieba's dictionary file (as
        ``load_dictionary`` names its cache) and every word added to it since, in order."""
        h = hashlib.sha256(f"{_WordIndex.FORMAT}:{_dictionary_key(self._tk)}:{self._tk.total}".encode())
        for word, freq in self._added:
            h.update(f"\n{word}\t{freq}".encode("utf-8", "surrogatepass"))
        return cache_dir() / f"word_index.{h.hexdigest()[:24]}.npz"

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Token spans as code-point offsets (whitespace tokens included)."""
        return token_spans(self.cut(text))


@functools.lru_cache(maxsize=None)
def _ascii_tables():
    """numpy bool tables of the 128 ASCII codes: those in jieba's block pattern (read off the
    pattern itself) and the letters and digits jieba glues. ``cut_many`` takes the pattern's
    other characters to be U+4E00..U+9FD5, which is checked at the range's ends."""
    import numpy as np

    re_han = import_jieba().re_han_default
    if [bool(re_han.fullmatch(ch)) for ch in "\u4dff\u4e00\u9fd5\u9fd6"] != [False, True, True, False]:  # pragma: no cover
        raise RuntimeError("jieba's block pattern changed its Chinese range; cut_many must follow")
    block = np.asarray([bool(re_han.fullmatch(chr(i))) for i in range(128)])
    alnum = np.zeros(128, dtype=bool)
    alnum[[ord(ch) for ch in _ALNUM_CHARS]] = True
    return block, alnum


class _WordIndex:
    """jieba's prefix dictionary as arrays, for ``Segmenter.cut_many``.

    Every word and word prefix is keyed by two polynomial hashes of its code points (mod
    2^64): the first finds it in a ``HashTable``, the second confirms the hit, so a fragment
    is mistaken for another with odds of about 2^-127 per lookup. A key's value is its log
    probability as ``cut`` computes it (``math.log``: the very same floats), or +1 for a
    prefix that is no word."""

    H1, H2 = 0x100000001B3, 0x9E3779B97F4A7C15  # odd multipliers
    FORMAT = 1  # of the cached index (``save``): a change of what it holds or means bumps it
    _CHECKED_WORDS = 200  # dictionary words a loaded index is checked against

    def __init__(self, freq: dict[str, int], total: int):
        import numpy as np

        from .hashtable import HashTable

        self.total = total
        logtotal = log(total)
        self.logtotal = logtotal
        words = list(freq)
        # math.log, as cut takes it, once per distinct count (a few thousand of them)
        counts, which = np.unique(np.fromiter(freq.values(), dtype=np.int64, count=len(words)), return_inverse=True)
        self.values = np.asarray([log(f) - logtotal if f else _PREFIX_ONLY for f in counts.tolist()])[which]
        del counts, which
        h1, self.check, singles, single_codes = self.hashes(words)
        # single characters, by far the most looked up, in a plain array by code point (every
        # block character is below U+A000): their value, or +2 when they are not in the dictionary
        self.single = np.full(0xA000, _NOT_IN_DICT)
        self.single[single_codes] = self.values[singles]
        self.table = HashTable(self._key(h1), np.arange(len(words)))

    def save(self, path: Path) -> None:
        """Cache the index in one .npz file (numpy arrays only, no pickles), written whole and
        then renamed, so a concurrent reader never sees half a file; a folder that cannot be
        written just means building it again next time. Indexes of other dictionaries go."""
        import numpy as np

        write_cache_file(path, lambda fh: np.savez(
            fh, values=self.values, check=self.check, single=self.single, total=np.int64(self.total),
            **{f"table_{k}": v for k, v in self.table.state().items()}), path.parent.glob("word_index.*.npz"))

    @classmethod
    def load(cls, path: Path, freq: dict[str, int], total: int) -> Optional["_WordIndex"]:
        """The index cached at ``path`` for this dictionary, or None when there is none or it
        does not answer as the dictionary does (a damaged or foreign file: it is rebuilt).
        A damaged file fails its CRC; a mismatch, the look-up of ``_CHECKED_WORDS`` words
        spread over the dictionary (one-character words in their array) or the sizes."""
        import numpy as np

        from .hashtable import HashTable

        try:
            with np.load(path, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            self = cls.__new__(cls)
            self.total, self.logtotal = total, log(total)
            self.values, self.check, self.single = arrays["values"], arrays["check"], arrays["single"]
            self.table = HashTable.from_state({k[6:]: v for k, v in arrays.items() if k.startswith("table_")})
            if int(arrays["total"]) != total or len(self.values) != len(freq) or len(self.check) != len(freq) \
                    or self.single.shape != (0xA000,):
                return None
        except Exception:  # noqa: BLE001 - unreadable in any way (zipfile's CRC error included): rebuild
            return None
        words = list(islice(freq, 0, None, max(1, len(freq) // cls._CHECKED_WORDS)))
        expected = np.asarray([log(freq[w]) - self.logtotal if freq[w] else _PREFIX_ONLY for w in words])
        h1, h2, singles, codes = cls.hashes(words)
        slot, hit = self.table.get(cls._key(h1))
        if not (hit.all() and (self.check[slot] == h2).all() and (self.values[slot] == expected).all()
                and (self.single[codes] == expected[singles]).all()):
            return None
        return self

    @classmethod
    def hashes(cls, words: list[str]):
        """(h1, h2) of each word, as ``route`` hashes fragments, and the words of one character
        below U+A000 (their indices and code points). Scratch arrays die here, before the table
        is built, which keeps a worker's peak memory down."""
        import numpy as np

        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        codes = np.frombuffer("".join(words).encode("utf-32-le", "surrogatepass"), dtype="<u4")
        first = np.cumsum(lengths) - lengths
        h1 = np.zeros(len(words), dtype=np.uint64)
        h2 = np.zeros(len(words), dtype=np.uint64)
        m1, m2 = np.uint64(cls.H1), np.uint64(cls.H2)
        with np.errstate(over="ignore"):
            for j in range(int(lengths.max(initial=0))):
                rows = np.flatnonzero(lengths > j)
                ch = codes[first[rows] + j]
                h1[rows] = h1[rows] * m1 + ch
                h2[rows] = h2[rows] * m2 + ch
        singles = np.flatnonzero((lengths == 1) & (codes[first] < 0xA000))
        return h1, h2, singles, codes[first[singles]]

    @staticmethod
    def _key(h1: "np.ndarray") -> "np.ndarray":
        import numpy as np

        return (h1 & np.uint64(0x7FFFFFFFFFFFFFFF)).view(np.int64)

    def route(self, c: "np.ndarray", run_start: "np.ndarray", run_len: "np.ndarray") -> "np.ndarray":
        """Where jieba's best route through each block starts a token (positions in ``c``,
        the code points; blocks are the runs ``run_start``, ``run_len``), with single ASCII
        letters and digits glued into runs as jieba glues them."""
        import numpy as np

        m1, m2 = np.uint64(self.H1), np.uint64(self.H2)
        npos = int(run_len.sum())
        run_first = np.cumsum(run_len) - run_len  # each run's first position among ``pos``
        pos = np.arange(npos) + np.repeat(run_start - run_first, run_len)  # block positions in c
        dist = np.repeat(run_start + run_len, run_len) - pos  # to the block's end, 1 at its last character
        # the DAG: every dictionary word that starts at each position, one length at a time
        found_rows, found_len, found_p = [], [], []
        rows = np.arange(npos)
        h1 = np.zeros(npos, dtype=np.uint64)
        h2 = np.zeros(npos, dtype=np.uint64)
        length = 0
        with np.errstate(over="ignore"):
            while len(rows):
                length += 1
                ch = c[pos[rows] + (length - 1)].astype(np.uint64)
                h1 = h1 * m1 + ch
                h2 = h2 * m2 + ch
                if length == 1:
                    p = self.single[ch]
                    hit = p != _NOT_IN_DICT
                else:
                    slot, hit = self.table.get(self._key(h1))
                    hit &= self.check[slot] == h2
                    p = self.values[slot]
                word = hit & (p < 0.0)
                found_rows.append(rows[word])
                found_len.append(length)
                found_p.append(p[word])
                more = hit & (dist[rows] > length)
                rows, h1, h2 = rows[more], h1[more], h2[more]
        width = max(1, length)
        P = np.full((npos, width), -np.inf)  # log probability of the word of each length
        has_word = np.zeros(npos, dtype=bool)
        for r, k, p in zip(found_rows, found_len, found_p):
            P[r, k - 1] = p
            has_word[r] = True
        P[~has_word, 0] = -self.logtotal  # no word starts here: the character alone, count 1
        # the route, by distance from the block's end: rows sorted by it, each row's
        # successor after a word of each length (the block's end: a slot whose best is 0)
        order = np.argsort(dist, kind="stable")
        rank = np.empty(npos + 1, dtype=np.int64)
        rank[order] = np.arange(npos)
        rank[npos] = npos
        steps = np.arange(1, width + 1)
        succ = np.arange(npos)[:, None] + steps
        succ = np.where(steps < dist[:, None], succ, npos)
        S = rank[succ[order]]
        Ps = P[order]
        best = np.zeros(npos + 1)
        levels = np.searchsorted(dist[order], np.arange(1, int(dist.max(initial=0)) + 2))
        for a, b in zip(levels[:-1].tolist(), levels[1:].tolist()):
            best[a:b] = (Ps[a:b] + best[S[a:b]]).max(axis=1)
        scores = Ps + best[S]
        # the first maximum from the right: an exact tie goes to the longer word, as in jieba
        word_len = np.empty(npos, dtype=np.int64)
        word_len[order] = width - np.argmax(scores[:, ::-1], axis=1)
        # follow the route from each block's start
        on_route = np.zeros(npos, dtype=bool)
        at = run_first
        while len(at):
            on_route[at] = True
            step = at + word_len[at]
            at = step[word_len[at] < dist[at]]  # a word that ends before its block does
        # single ASCII letters and digits in a row are one token
        single = on_route & (word_len == 1) & _ascii_tables()[1][np.minimum(c[pos], 127)] & (c[pos] < 128)
        glued = single[1:] & single[:-1] & (dist[1:] < dist[:-1])
        on_route[1:][glued] = False
        return pos[on_route]


def _release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``), where there
    is glibc: building a ``_WordIndex`` frees tens of MB of scratch arrays, which the heap
    would otherwise keep for the worker's lifetime (RSS +82 MB after a build, +44 MB trimmed,
    the index itself 42 MB)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library (musl): nothing to do
        pass


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


def _dictionary_key(tk) -> str:
    """jieba's version and its dictionary file's path, size and modification time, hashed:
    what the caches of that dictionary are named by."""
    jieba = import_jieba()
    path = Path(tk.dictionary) if tk.dictionary else Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    st = path.stat()
    return hashlib.sha256(f"{jieba.__version__}:{path}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]


def load_dictionary(tk) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (``FREQ``: every word and word prefix -> its count, 0 for a
    prefix only; ``total``), exactly as ``tk.gen_pfdict`` builds it from jieba's dict.txt.

    jieba keeps it as one ``marshal`` file, whose load is most of a cold start (0.85 s of a
    1.5 s `xuncha extract` of one sentence here). The same dictionary is cached in the cache
    folder as the words joined by newlines and their counts as one array, which rebuilds the
    dict in about a third of that time. The cache name carries jieba's version and the
    dictionary file's size and modification time; a damaged cache is rebuilt."""
    key = _dictionary_key(tk)
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
    # another jieba's or dictionary's cache goes, and jieba's own marshal cache of earlier versions
    write_cache_file(cached, lambda fh: fh.write(body), [*folder.glob("jieba_dict.*.bin"), folder / "jieba.xuncha.cache"])
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

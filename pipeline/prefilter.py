"""Which regexes are worth running on a text: literal anchors in one Aho-Corasick pass.

Rule, noise and cue patterns are mostly alternations of Chinese phrases with gaps. Every match
of such a pattern contains one of a few literal strings (its anchors); a text that contains
none of them cannot match, and finding every anchor of every pattern in a text is one C pass
of an Aho-Corasick automaton (pyahocorasick). ``required_literals`` works the anchors out from
the stdlib's parse of the pattern; ``LiteralIndex`` answers "which patterns may match this
text". A pattern whose anchors cannot be worked out (look-arounds only, classes, parts that
may match empty) is always run, so filtering never changes a result — tests/test_prefilter.py
checks that on random texts.

Speed: pyahocorasick finds a node's child by a linear scan of its children. Over characters,
the root has one child per first character of a literal (hundreds for the category rules),
and every character of a text that does not go on from where the automaton stands scans it.
``LiteralIndex`` therefore searches UTF-8 bytes (as a Latin-1 string, which pyahocorasick
takes): a node has at most 64 children, and the root a few lead bytes. UTF-8 is
self-synchronising (a literal's bytes can only start where a character starts), so a literal
occurs in the bytes exactly when it occurs in the text; measured, the search costs a third.
"""
from __future__ import annotations

import re
from itertools import chain
from operator import itemgetter
from typing import Iterable, Optional, Sequence

try:  # the parser's module name since Python 3.11; sre_parse before
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


def _parse(regex: re.Pattern):
    """The stdlib parser's tree of a compiled pattern (None should it not parse)."""
    try:
        return _sre_parse.parse(regex.pattern, regex.flags & ~re.UNICODE)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None


def required_literals(regex: re.Pattern) -> Optional[frozenset[str]]:
    """Literal strings at least one of which occurs in every match of ``regex`` (casefolded
    when the pattern ignores case: then look for them in ``text.casefold()``), or None when
    that cannot be worked out."""
    tree = _parse(regex)
    return None if tree is None else tree_literals(tree, bool(regex.flags & re.IGNORECASE))


def exact_literals(regex: re.Pattern, tree=None) -> Optional[frozenset[str]]:
    """Every string ``regex`` can match, when that is a small finite set (a keyword list, an
    alternation of phrases) and the pattern is case-sensitive, else None. Such a pattern
    matches a text exactly when one of these strings occurs in it, and they are also its
    ``required_literals``. ``tree``: the pattern's parse, if the caller has it."""
    if regex.flags & re.IGNORECASE:
        return None
    tree = _parse(regex) if tree is None else tree
    found = None if tree is None else _exact(tree, {})
    if not found or "" in found:
        return None
    return frozenset(found)


def tree_literals(tree, ignorecase: Optional[bool] = None) -> Optional[frozenset[str]]:
    """``required_literals`` of a pattern already parsed (``re._parser.parse``): callers that
    parse a pattern to check it need not parse it again. ``ignorecase`` None: as the pattern's
    own inline flags say."""
    if ignorecase is None:
        ignorecase = bool(tree.state.flags & re.IGNORECASE)
    found = _required(tree)
    if not found:
        return None
    if ignorecase:
        folded = {_fold_literal(lit) for lit in found}
        if None in folded:
            return None
        found = folded  # type: ignore[assignment]
    return frozenset(found)


def _fold_literal(lit: str) -> Optional[str]:
    """A literal of a case-insensitive pattern as it appears in a casefolded text, or None when
    casefolding does not model the regex engine's case rules for it (non-ASCII letters, and i,
    which the engine also pairs with the dotless ı that casefold leaves alone)."""
    for ch in lit:
        if ch.lower() != ch.upper() and (ord(ch) > 127 or ch in "iI"):
            return None
    return lit.casefold()


MAX_EXACT = 256  # strings in a run's cross product: beyond it, anchors stay per item


def _exact(items, memo: dict) -> Optional[set[str]]:
    """Every string a sequence of parsed items can match, when that is a small finite set
    (literals, alternations and groups of them, optional parts, small character classes),
    else None. Keyword lists compiled as a prefix tree (收(?:受(?:礼金|红包)|送红包)) come back
    as their whole keywords this way. ``memo``: per parse, item id -> its strings."""
    out = {""}
    for item in items:
        got = _exact_item(item, memo)
        if got is None or len(out) * len(got) > MAX_EXACT:
            return None
        out = {a + b for a in out for b in got}
    return out


def _exact_item(item, memo: dict) -> Optional[set[str]]:
    key = id(item)
    if key in memo:
        return memo[key]
    op, arg = item
    got: Optional[set[str]]
    if op is _sre.LITERAL:
        got = {chr(arg)}
    elif op is _sre.SUBPATTERN and not (arg[1] & _sre.SRE_FLAG_IGNORECASE):
        got = _exact(arg[-1], memo)
    elif op is _sre.BRANCH:
        got = set()
        for alt in arg[1]:
            sub = _exact(alt, memo)
            if sub is None:
                got = None
                break
            got |= sub
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1:
        sub = _exact(arg[2], memo)
        got = None if sub is None else sub | {""}
    elif op is _sre.IN and len(arg) <= 8 and all(o is _sre.LITERAL for o, _ in arg):
        got = {chr(c) for _, c in arg}
    else:
        got = None
    memo[key] = got
    return got


def _required(items, memo: Optional[dict] = None) -> Optional[set[str]]:
    """Required literals of a sequence of parsed items: the best of the runs of exactly known
    items (each run's strings, ``_exact``) and of the alternations and groups that have them
    all (the longest shortest literal wins)."""
    memo = {} if memo is None else memo
    whole = _exact(items, memo)
    if whole and "" not in whole:  # every match is one of these: no part of them is longer
        return whole
    best: Optional[set[str]] = None
    run = False  # whether ``product`` holds the strings of a run of exactly known items
    product: set[str] = {""}

    def better(cand: Optional[set[str]]) -> None:
        nonlocal best
        if cand and "" not in cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    for item in items:
        op, arg = item
        got = _exact_item(item, memo)
        if got is not None and len(product) * len(got) <= MAX_EXACT:
            run = True
            product = {a + b for a in product for b in got}
        else:
            if run:
                better(product)
            run, product = got is not None, got if got is not None else {""}
        if op is _sre.BRANCH:
            alts: set[str] = set()
            for alt in arg[1]:
                sub = _required(alt, memo)
                if not sub:
                    alts = set()
                    break
                alts |= sub
            better(alts or None)
        elif op is _sre.SUBPATTERN and not (arg[1] & _sre.SRE_FLAG_IGNORECASE):  # (?i:...) left out
            better(_required(arg[-1], memo))
    if run:
        better(product)
    return best


def _bytes(text: str) -> str:
    """``text`` as its UTF-8 bytes, one Latin-1 character per byte (lone surrogates as their
    three bytes, so any str can be searched)."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


_value = itemgetter(1)  # (end index, value) -> value


class LiteralIndex:
    """Anchor literals of many patterns in one automaton per case mode.

    ``anchors[k]`` is the set of literals of which every match of pattern ``k`` contains one,
    or None (pattern ``k`` always runs). Patterns listed in ``folded`` ignore case: their
    literals are casefolded (as ``required_literals`` gives them) and looked for in the
    casefolded text. Patterns listed in ``exact`` match wherever one of their anchors occurs
    (their anchors are ``exact_literals``): a caller that only needs to know whether such a
    pattern matches need not run it.
    """

    def __init__(self, anchors: Sequence[Optional[Iterable[str]]], folded: Iterable[int] = (),
                 exact: Iterable[int] = ()):
        import ahocorasick

        folded = set(folded)
        self.always = frozenset(k for k, lits in enumerate(anchors) if lits is None)
        self.exact = frozenset(exact) - self.always
        self._automata = []
        for fold in (False, True):
            by_literal: dict[str, set[int]] = {}
            for k, lits in enumerate(anchors):
                if (k in folded) == fold:
                    for lit in lits or ():
                        by_literal.setdefault(lit, set()).add(k)
            if by_literal:
                automaton = ahocorasick.Automaton()
                for lit, ids in by_literal.items():  # a literal's patterns as a tuple: merged in C
                    automaton.add_word(_bytes(lit), tuple(sorted(ids)))
                automaton.make_automaton()
                self._automata.append((fold, automaton))
        # The usual index (case-sensitive literals only, every pattern anchored) needs neither
        # a start set nor a second pass: ``ordered`` takes a shortcut for it.
        self._only = (self._automata[0][1] if not self.always and len(self._automata) == 1
                      and not self._automata[0][0] else None)

    @classmethod
    def of(cls, regexes: Sequence[re.Pattern]) -> "LiteralIndex":
        """The index of compiled patterns, anchors worked out by ``required_literals``."""
        trees = [_parse(rx) for rx in regexes]  # each pattern parsed once for both questions
        return cls([None if t is None else tree_literals(t, bool(rx.flags & re.IGNORECASE))
                    for rx, t in zip(regexes, trees)],
                   [k for k, rx in enumerate(regexes) if rx.flags & re.IGNORECASE],
                   [k for k, (rx, t) in enumerate(zip(regexes, trees))
                    if t is not None and exact_literals(rx, t) is not None])

    def candidates(self, text: str) -> set[int]:
        """Indices of the patterns that may match ``text``."""
        todo = set(self.always)
        for fold, automaton in self._automata:  # the hits' values merged in C, not hit by hit
            hits = automaton.iter(_bytes(text.casefold() if fold else text))
            todo.update(chain.from_iterable(map(_value, hits)))
        return todo

    def ordered(self, text: str) -> list[int]:
        """``sorted(self.candidates(text))``: callers that run patterns in index order."""
        only = self._only
        if only is None:
            return sorted(self.candidates(text))
        return sorted(set(chain.from_iterable(map(_value, only.iter(_bytes(text))))))

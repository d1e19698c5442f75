"""Structure: sentences and clauses with their offsets, official headings, section paths.

Sentences end after 。！？!? (with any run of terminators or ellipses and a closing quote or
bracket right after them); clauses split at ；/;. Neither splits inside quotes or brackets,
except that a terminator right before the closing quote ends the sentence after the quote.
A comma never splits. Quotes and brackets only protect what they enclose when they pair up
within a bounded distance, so an unbalanced mark never swallows the rest of a long paragraph.

Headings follow the official numbering: 第一部分/第一章 (level 0), 一、(1), （一）(2),
1. / 1、/ 1．(3), （1）/ 1）/ ⑴ (4), ① (5). Enumerations inside a paragraph (一是, 二是,
首先, 其次) are not headings. Everything is linear in the paragraph length.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from .records import Paragraph, Sentence

# ---------------------------------------------------------------------------------------------
# Sentences

SENTENCE_TERMINATORS = frozenset("。！？!?")
CLAUSE_TERMINATORS = frozenset("；;")
_ELLIPSIS = frozenset("…⋯")
_RUN = SENTENCE_TERMINATORS | CLAUSE_TERMINATORS | _ELLIPSIS
_PAIRS = {
    "“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】",
    "《": "》", "〈": "〉", "〔": "〕", "[": "]", "{": "}", "〖": "〗", "﹙": "﹚",
}
_OPENERS = frozenset(_PAIRS)
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_STRAIGHT_QUOTE = '"'
_TRAILING_CLOSERS = frozenset(_CLOSERS) | {_STRAIGHT_QUOTE}
# A quote or bracket pair protects its content only when it closes within this many code
# points; longer "pairs" are treated as unbalanced marks.
MAX_PAIR_SPAN = 200
_MAX_STACK = 32
_SPACE = frozenset(" \t\r\n\u3000\u00a0")


_MARKS = "".join(_OPENERS) + "".join(_CLOSERS) + _STRAIGHT_QUOTE
_EVENT = re.compile("[" + re.escape(_MARKS + "".join(SENTENCE_TERMINATORS)) + "]")
# the marks alone: sentence terminators matter to _protected_intervals only after a straight quote
_MARK = re.compile("[" + re.escape(_MARKS) + "]")
# a sentence or clause terminator and the run of terminators and ellipses it starts
_BREAK_RUN = re.compile(
    "[" + re.escape("".join(SENTENCE_TERMINATORS | CLAUSE_TERMINATORS)) + "]"
    "[" + re.escape("".join(_RUN)) + "]*"
)


def _protected_intervals(text: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Content spans [start, end) of the quote and bracket pairs that protect their content.

    Directional marks pair with a bounded stack; straight double quotes pair with the next
    straight quote when the stretch between them is not too long and holds no sentence
    terminator (other than one right before the closing quote); otherwise the earlier quote
    counts as unbalanced. Only the marks themselves are visited, so this is linear.
    Also returns the positions of straight quotes that close a pair: a straight quote right
    after a terminator may instead open the next sentence.
    """
    n = len(text)
    intervals: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open: Optional[int] = None
    straight_has_inner_end = False  # a terminator inside, not right before a quote
    straight_closes: set[int] = set()
    # A terminator only sets straight_has_inner_end, which a straight quote reads: without one,
    # the marks alone give the same result, and most paragraphs hold many more terminators.
    events = _EVENT if _STRAIGHT_QUOTE in text else _MARK
    for match in events.finditer(text):
        i = match.start()
        ch = text[i]
        while stack and i - stack[0][1] > MAX_PAIR_SPAN:
            del stack[0]  # too far away to form a valid pair
        if ch in _OPENERS:
            stack.append((ch, i))
            if len(stack) > _MAX_STACK:
                del stack[0]
        elif ch in _CLOSERS:
            want = _CLOSERS[ch]
            # Look a few entries down for the matching opener; unmatched ones above it are dropped.
            for k in range(len(stack) - 1, max(-1, len(stack) - 5), -1):
                if stack[k][0] == want:
                    intervals.append((stack[k][1] + 1, i))
                    del stack[k:]
                    break
        elif ch == _STRAIGHT_QUOTE:
            if (
                straight_open is not None
                and i - straight_open <= MAX_PAIR_SPAN
                and not straight_has_inner_end
            ):
                intervals.append((straight_open + 1, i))
                straight_closes.add(i)
                straight_open = None
            else:
                straight_open = i  # an earlier quote, if any, was unbalanced; this one may open
                straight_has_inner_end = False
        elif straight_open is not None:  # a sentence terminator
            following = text[i + 1] if i + 1 < n else ""
            if following not in _RUN and following != _STRAIGHT_QUOTE:
                straight_has_inner_end = True
    return [span for span in intervals if span[1] > span[0]], straight_closes


class _DepthSweep:
    """How many protected spans contain a position, for positions queried in increasing order."""

    def __init__(self, intervals: list[tuple[int, int]]):
        events = [(a, 1) for a, _ in intervals] + [(b, -1) for _, b in intervals]
        events.sort()
        self._events = events
        self._next = 0
        self._depth = 0

    def at(self, pos: int) -> int:
        events = self._events
        while self._next < len(events) and events[self._next][0] <= pos:
            self._depth += events[self._next][1]
            self._next += 1
        return self._depth


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences and ；-clauses of one paragraph.

    ``text[start:end]`` is the sentence with its terminator (and a closing quote or bracket
    right after it), without leading or trailing whitespace; empty spans are dropped.
    """
    n = len(text)
    if n == 0:
        return []
    intervals, straight_closes = _protected_intervals(text)
    sweep = _DepthSweep(intervals) if intervals else None  # None: nothing is protected
    cuts: list[int] = []
    # Each match is a terminator with the run of terminators and ellipses after it (the
    # terminators inside a run do not split again; closers after it are not terminators).
    for match in _BREAK_RUN.finditer(text):
        i, j = match.span()
        while j < n and (text[j] in _CLOSERS or (text[j] == _STRAIGHT_QUOTE and j in straight_closes)):
            j += 1
        # Inside a quote or bracket only a terminator that ends the quoted text splits,
        # and then after the closing mark(s).
        if sweep is None or sweep.at(i) == 0:
            cuts.append(j)
        elif text[j - 1] in _TRAILING_CLOSERS and (j >= n or sweep.at(j) == 0):
            cuts.append(j)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in cuts + [n]:
        a, b = start, cut
        while a < b and text[a] in _SPACE:
            a += 1
        while b > a and text[b - 1] in _SPACE:
            b -= 1
        if b > a:
            spans.append((a, b))
        start = cut
    return spans


# ---------------------------------------------------------------------------------------------
# Headings

_CN_NUM = "一二三四五六七八九十百零〇两"
_NUMBERING = [
    (0, re.compile(rf"第[{_CN_NUM}0-9]{{1,4}}(?:部分|章|篇)[、，,:：.．\s]*")),
    (1, re.compile(rf"[{_CN_NUM}]{{1,3}}\s*[、．.](?![0-9])\s*")),
    (2, re.compile(rf"[（(]\s*[{_CN_NUM}]{{1,3}}\s*[）)][、，,.．\s]*")),
    (3, re.compile(r"[0-9]{1,2}\s*[.．、](?![0-9])\s*")),
    # decimal outline numbering (2.1, 2.1.1), as Word's multilevel lists and PDFs write it; not a
    # decimal number (1.2亿元, 3.5 万元) nor an item number before a year (13.2022年)
    (3.2, re.compile(r"[0-9]{1,2}[.．][0-9]{1,2}[.．][0-9]{1,2}(?![0-9.．])(?!\s*[万亿千百元个人件起次%％倍年月日时分秒米吨亩余多])\s*")),
    (3.1, re.compile(r"[0-9]{1,2}[.．][0-9]{1,2}(?![0-9.．])(?!\s*[万亿千百元个人件起次%％倍年月日时分秒米吨亩余多])\s*")),
    (4, re.compile(r"(?:[（(]\s*[0-9]{1,2}\s*[）)]|[0-9]{1,2}[）)]|[\u2474-\u2487])[、，,.．\s]*")),
    (3, re.compile(r"[\u2488-\u249b]\s*")),  # ⒈ ⒉ … (digit full stop)
    (5, re.compile(r"[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]\s*")),  # ① … ⑳
]
_ANY_NUMBERING = re.compile(r"\s*(?:" + "|".join(p.pattern for _, p in _NUMBERING) + ")")
_HEADING_END = re.compile(r"[。！？!?：:；;]")
# How long the lead phrase of a heading may be (after the numbering): the major levels are
# unambiguous markers in official documents and may carry longer headings.
_MAX_LEAD = {0: 60, 1: 60, 2: 60, 3: 40, 3.1: 40, 3.2: 40, 4: 40, 5: 40}


def numbering_length(text: str) -> int:
    """Length of the list numbering a paragraph or sentence starts with (一、 （二） 3. ① 第一部分,
    with the blanks around it; the markers ``heading_of`` knows), 0 when there is none.
    The same alternatives in the same order, so the first that matches wins, as there."""
    match = _ANY_NUMBERING.match(text)
    return match.end() if match else 0


def heading_of(text: str) -> tuple[int, str] | None:
    """(level, heading text) when a paragraph starts with an official heading, else None.

    The heading text is the numbering and the lead phrase, without its final 。/：. A numbered
    paragraph is a heading when it is short (no terminator in its first lead phrase) or when
    its lead phrase ends with 。/：/；within the first few dozen characters and body text follows
    in the same paragraph ("(一)监督执纪更加有力。2021年，……" -> "(一)监督执纪更加有力").
    """
    head = text[:120].lstrip()
    # Most paragraphs start with no numbering: the alternatives in one pattern say so at once
    # (its \s* matches nothing after lstrip, which strips the same blanks).
    if _ANY_NUMBERING.match(head) is None:
        return None
    offset = len(text[:120]) - len(head)
    for level, pattern in _NUMBERING:
        match = pattern.match(head)
        if not match:
            continue
        lead_start = match.end()
        limit = _MAX_LEAD[level]
        window = head[lead_start:lead_start + limit + 1]
        if not window.strip():
            return None  # a bare number
        end = _HEADING_END.search(window)
        if end is not None:
            if end.start() == 0:
                return None
            heading = head[:lead_start + end.start()]
        else:
            tail = text[offset + lead_start:offset + lead_start + limit + 80].rstrip()
            if len(tail) > limit:
                return None  # a long numbered paragraph of body text
            heading = text[offset:offset + lead_start] + tail
        heading = heading.strip()
        return level, heading
    return None


# ---------------------------------------------------------------------------------------------
# Sentences of a document


def iter_sentences(
    doc: str, paragraphs: Iterable[Paragraph], title: str | None = None
) -> Iterator[Sentence]:
    """Every sentence (or ；-clause) of every paragraph, with its section path.

    The section is the tuple of heading texts currently open, from the outermost level; a
    heading of level k closes the open headings of level k and deeper, and a heading line's
    own sentences carry the section that includes it. The document title is not a section.
    Offsets are code-point offsets within ``paragraph.text``.
    """
    open_headings: dict[int, str] = {}
    section: tuple[str, ...] = ()  # the open headings' texts, rebuilt when a heading opens
    title_text = title.strip() if title else None
    for paragraph in paragraphs:
        text = paragraph.text
        if title_text is None or text.strip() != title_text:
            heading = heading_of(text)
            if heading is not None:
                level, heading_text = heading
                for deeper in [k for k in open_headings if k >= level]:
                    del open_headings[deeper]
                open_headings[level] = heading_text
                section = tuple(open_headings[k] for k in sorted(open_headings))
        index, page, ocr, ocr_confidence = paragraph.index, paragraph.page, paragraph.ocr, paragraph.ocr_confidence
        for start, end in split_sentences(text):
            # Sentence(doc, paragraph, start, end, text, section, page, ocr, ocr_confidence):
            # positional, as keywords cost a fifth of the construction, which is most of this loop
            yield Sentence(doc, index, start, end, text[start:end], section, page, ocr, ocr_confidence)

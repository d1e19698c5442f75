"""Cleaning: width normalisation, whitespace, control characters and noise removal.

Text is normalised for width only: full-width letters, digits and spaces become half-width
(plus ％ and a full-width decimal point between digits, so figures read the same either way).
Chinese punctuation and numbering signs (，。；：（）“”！？、①⑴) stay as written; this is not NFKC.

Noise is data (``rules/noise.yml``): advertising or watermark sentences that document-sharing
sites insert into the middle of a paragraph are removed whole, sentence by sentence, and
paragraphs that are only a page number are dropped. Every step is linear in the paragraph length.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import RuleFileError
from .prefilter import LiteralIndex
from .rules import safe_load
from .records import Paragraph, RawDocument
from .resources import rules_dir as _default_rules_dir

NOISE_FILE = "noise.yml"

# ---------------------------------------------------------------------------------------------
# Width and whitespace


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {0x3000: " ", 0xFF05: "%"}  # ideographic space, full-width percent
    for code in range(0xFF10, 0xFF1A):  # ０-９
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF21, 0xFF3B):  # Ａ-Ｚ
        table[code] = chr(code - 0xFEE0)
    for code in range(0xFF41, 0xFF5B):  # ａ-ｚ
        table[code] = chr(code - 0xFEE0)
    return table


_WIDTH = _width_table()
_HAS_WIDE = re.compile("[\u3000\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_DECIMAL_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")


def normalize_width(text: str) -> str:
    """Full-width letters, digits, ideographic spaces and ％ to half-width.

    A full-width point between two digits (3．6) becomes a decimal point; a numbering point
    (1．加强) stays. Chinese punctuation, brackets, quotes and circled numbers are untouched.
    """
    if _HAS_WIDE.search(text):
        text = text.translate(_WIDTH)
    if "．" in text:
        text = _DECIMAL_POINT.sub(".", text)
    return text


# Characters that are deleted (zero-width, soft hyphen, BOM) or become a plain space (other
# Unicode spaces, line and paragraph separators, tabs, newlines).
_DELETE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACE_CHARS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f"


def _control_table() -> dict[int, Any]:
    table: dict[int, Any] = {}
    for code in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        table[code] = None
    for ch in _DELETE_CHARS:
        table[ord(ch)] = None
    for ch in _SPACE_CHARS:
        table[ord(ch)] = " "
    return table


_CONTROL = _control_table()
_HAS_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")

# Characters next to which a space is an artefact of PDF/OCR extraction: CJK ideographs and
# radicals, CJK and full-width punctuation, Chinese quotes, ellipsis, dashes, circled numbers.
_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef"
    "\u2018\u2019\u201c\u201d\u2026\u2014\u2015\u00b7\u2460-\u24ff\u3220-\u325f"
)
_SPACE_RUN = re.compile(r" {2,}")
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def _normalize_space(text: str) -> str:
    """Collapse space runs, drop spaces next to Chinese text, strip the ends."""
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " " in text:
        text = _CJK_SPACE.sub("", text)
    return text.strip()


# ---------------------------------------------------------------------------------------------
# Noise rules


@dataclass(frozen=True)
class NoiseRule:
    """One compiled rule of ``noise.yml``; ``kind`` is "sentence" or "paragraph"."""

    id: str
    kind: str
    pattern: re.Pattern
    comment: str = ""


@dataclass(frozen=True)
class NoiseRules:
    """The compiled noise rules with their ids, and the file they came from."""

    sentence: tuple[NoiseRule, ...] = ()
    paragraph: tuple[NoiseRule, ...] = ()
    source: str = ""
    # which sentence rules may match a text (their literal anchors, pipeline.prefilter)
    index: LiteralIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "index", LiteralIndex.of([r.pattern for r in self.sentence]))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.sentence + self.paragraph)


@dataclass(frozen=True)
class NoiseHit:
    """A span of a paragraph that a noise rule removes (end exclusive)."""

    rule: str
    start: int
    end: int


_KINDS = {"sentence_rules": "sentence", "paragraph_rules": "paragraph"}
_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def _node_lines(root: yaml.Node | None) -> dict[tuple[str, int], tuple[int, int]]:
    """(section, index) -> (line of the rule, line of its pattern), 1-based."""
    lines: dict[tuple[str, int], tuple[int, int]] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        if not isinstance(value, yaml.SequenceNode):
            continue
        for i, item in enumerate(value.value):
            rule_line = item.start_mark.line + 1
            pattern_line = rule_line
            if isinstance(item, yaml.MappingNode):
                for k, v in item.value:
                    if getattr(k, "value", None) == "pattern":
                        pattern_line = v.start_mark.line + 1
            lines[(str(key.value), i)] = (rule_line, pattern_line)
    return lines


def load_noise_rules(rules_dir: Path | None = None) -> NoiseRules:
    """Read and compile ``noise.yml`` from ``rules_dir`` (default: the rules in use).

    A missing file, broken YAML, a rule without id or pattern, a duplicate id or a pattern
    that does not compile raises RuleFileError naming the file and line.
    """
    folder = Path(rules_dir) if rules_dir is not None else _default_rules_dir()
    path = folder / NOISE_FILE
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleFileError(
            str(path), "noise rule file not found; copy rules/noise.yml from xuncha into this folder"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(
            str(path), f"cannot read the noise rule file ({type(exc).__name__}); save it as UTF-8"
        ) from None
    try:
        data = safe_load(text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        # The context mark is where the broken construct starts (an unclosed quote or bracket);
        # the problem mark is where the parser gave up, often the end of the file.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise RuleFileError(str(path), f"invalid YAML ({problem}); fix the syntax", line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleFileError(str(path), "expected a mapping with sentence_rules and paragraph_rules", 1)
    unknown = [k for k in data if k not in _KINDS and k != "version"]
    if unknown:
        raise RuleFileError(
            str(path), f"unknown key {unknown[0]!r}; use sentence_rules or paragraph_rules"
        )
    lines = _node_lines(root)
    compiled: dict[str, list[NoiseRule]] = {"sentence": [], "paragraph": []}
    seen: set[str] = set()
    for section, kind in _KINDS.items():
        items = data.get(section) or []
        if not isinstance(items, list):
            raise RuleFileError(str(path), f"{section} must be a list of rules")
        for i, item in enumerate(items):
            rule_line, pattern_line = lines.get((section, i), (None, None))
            if not isinstance(item, dict):
                raise RuleFileError(str(path), "each rule must be a mapping with id and pattern", rule_line)
            rule_id = item.get("id")
            pattern = item.get("pattern")
            if not isinstance(rule_id, str) or not _ID.match(rule_id):
                raise RuleFileError(
                    str(path), "rule needs an id of ASCII letters, digits and _ (e.g. qq_contact)", rule_line
                )
            if rule_id in seen:
                raise RuleFileError(str(path), f"duplicate rule id {rule_id!r}; ids must be unique", rule_line)
            seen.add(rule_id)
            if not isinstance(pattern, str) or not pattern.strip():
                raise RuleFileError(str(path), f"rule {rule_id!r} needs a non-empty pattern", rule_line)
            try:
                regex = re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise RuleFileError(
                    str(path), f"rule {rule_id!r}: pattern is not a valid regular expression ({exc.msg})",
                    pattern_line,
                ) from None
            if kind == "sentence" and regex.search("") is not None:
                raise RuleFileError(
                    str(path), f"rule {rule_id!r}: pattern matches empty text and would remove everything",
                    pattern_line,
                )
            compiled[kind].append(NoiseRule(rule_id, kind, regex, str(item.get("comment") or "")))
    return NoiseRules(tuple(compiled["sentence"]), tuple(compiled["paragraph"]), str(path))


# ---------------------------------------------------------------------------------------------
# Noise removal

_SENTENCE_END = re.compile(r"[。！？!?]+")


def find_noise(text: str, rules: NoiseRules) -> list[NoiseHit]:
    """The noise spans of a whitespace-normalised paragraph, in order, not overlapping.

    A paragraph rule that matches the whole text gives one span over all of it. A sentence rule
    found anywhere gives the span of its sentence: from just after the previous 。！？!? (or the
    paragraph start) to the end of its own run of terminators (or the paragraph end).
    """
    if not text:
        return []
    for rule in rules.paragraph:
        if rule.pattern.fullmatch(text):
            return [NoiseHit(rule.id, 0, len(text))]
    if not rules.sentence:
        return []
    found: list[tuple[int, str]] = []
    sentence_rules = rules.sentence
    for k in rules.index.candidates(text):
        rule = sentence_rules[k]
        for match in rule.pattern.finditer(text):
            found.append((match.start(), rule.id))
    if not found:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]  # sentence i is [ends[i-1], ends[i])
    hits: dict[int, NoiseHit] = {}
    for pos, rule_id in sorted(found):
        i = bisect.bisect_right(ends, pos)
        if i in hits:
            continue
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(text)
        hits[i] = NoiseHit(rule_id, start, end)
    return [hits[i] for i in sorted(hits)]


def _remove_spans(text: str, hits: list[NoiseHit]) -> str:
    pieces: list[str] = []
    pos = 0
    for hit in hits:
        pieces.append(text[pos:hit.start])
        pos = hit.end
    pieces.append(text[pos:])
    return "".join(pieces)


def clean_paragraph(text: str, rules: NoiseRules) -> str:
    """The cleaned text of one paragraph ("" when nothing is left).

    Strips control and zero-width characters, normalises width, collapses whitespace (spaces
    between Chinese characters that PDF/OCR extraction inserted are removed, spaces inside
    Latin text stay) and removes noise sentences without losing the rest of the paragraph.
    """
    if _HAS_CONTROL.search(text):
        text = text.translate(_CONTROL)
    text = normalize_width(text)
    text = _normalize_space(text)
    # Removing a sentence can uncover another paragraph-level match or join spaces; repeat
    # until stable (at most a few rounds: each round removes at least one sentence).
    for _ in range(8):
        hits = find_noise(text, rules)
        if not hits:
            break
        text = _normalize_space(_remove_spans(text, hits))
    return text


def clean_document(raw: RawDocument, rules: NoiseRules) -> list[Paragraph]:
    """Clean every paragraph of a document, dropping those that end up empty.

    ``Paragraph.index`` counts from 1 over the remaining paragraphs; page and OCR fields
    are kept as the reader gave them.
    """
    paragraphs: list[Paragraph] = []
    for raw_paragraph in raw.paragraphs:
        text = clean_paragraph(raw_paragraph.text, rules)
        if not text:
            continue
        paragraphs.append(
            Paragraph(
                index=len(paragraphs) + 1,
                text=text,
                page=raw_paragraph.page,
                ocr=raw_paragraph.ocr,
                ocr_confidence=raw_paragraph.ocr_confidence,
            )
        )
    return paragraphs

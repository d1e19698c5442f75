"""Category rules: the taxonomy and one rule file per category, loaded from ``rules/``.

Rules are data (``rules/categories/<code>.yml``, documented in ``rules/README.md``); this
module holds only the mechanism. Each rule has a stable id that appears in the evidence of
every hit (``rule:side_jobs/兼职取酬``). Matching is on characters, never on tokens.

Matching normalises both the rules and the text with a one-to-one character map (full-width
ASCII to half-width, Chinese punctuation to its ASCII counterpart), so
"（三会一课）" and "(三会一课)", "、" and "," match alike while hit spans still index the
original text. Latin letters keep their case.

Speed: a rule's keywords compile to one character-trie regex and each of its patterns to its
own regex (Python's ``re`` keeps its literal-prefix and first-character optimisations only on
such plain regexes; one big alternation over a whole category measured slower). Every rule's
hits and ``unless`` cues are therefore exact, with no overlap lost to an alternation.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Iterable, NamedTuple, Optional, Sequence

import yaml

from .errors import RuleFileError
from .prefilter import LiteralIndex, tree_literals
from .resources import rules_dir as _default_rules_dir

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._constants import MAXREPEAT as _MAXREPEAT  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_constants import MAXREPEAT as _MAXREPEAT  # type: ignore[no-redef]

TAXONOMY_FILE = "taxonomy.yml"
CATEGORIES_DIR = "categories"

_RULE_KEYS = {"id", "keywords", "pattern", "unless", "weight", "note", "examples"}
_FILE_KEYS = {"category", "rules", "note"}
_CATEGORY_KEYS = {"code", "group", "label", "short", "description"}
_TAXONOMY_KEYS = {"version", "unassigned_unit", "categories"}
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]*$")

# ---------------------------------------------------------------------------------------------
# Character normalisation (length-preserving, so spans map back to the original text)

_NORMALISE_PAIRS = {
    "\u3000": " ",
    "、": ",",
    "，": ",",
    "。": ".",
    "；": ";",
    "：": ":",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "【": "[",
    "】": "]",
    "〔": "(",
    "〕": ")",
    "〈": "<",
    "〉": ">",
    "﹝": "(",
    "﹞": ")",
}
for _code in range(0xFF01, 0xFF5F):  # full-width ASCII block
    _NORMALISE_PAIRS[chr(_code)] = chr(_code - 0xFEE0)
_NORMALISE_TABLE = str.maketrans(_NORMALISE_PAIRS)


def normalise(text: str) -> str:
    """Map full-width forms and Chinese punctuation to ASCII, one character for one.

    ``len(normalise(t)) == len(t)`` always holds, so offsets found in the normalised text
    are offsets in ``t``.
    """
    return text.translate(_NORMALISE_TABLE)


_NORMALISE_LUT = None  # numpy array: code point -> normalised code point, for the basic plane


def normalise_points(points):
    """``normalise`` on a numpy array of code points (its dtype kept for int64 input): what
    ``normalise_all`` maps, and the model's word look-ups (``ClueModel``) fold, one table."""
    global _NORMALISE_LUT
    import numpy as np

    if _NORMALISE_LUT is None:
        lut = np.arange(0x10000, dtype=np.uint32)
        for code, to in _NORMALISE_TABLE.items():  # every mapped character is in the basic plane
            lut[code] = ord(to) if isinstance(to, str) else to
        _NORMALISE_LUT = lut
    # take(mode="clip") reads the table's last entry for points outside the basic plane, which
    # np.where then leaves as they are
    return np.where(points < 0x10000, _NORMALISE_LUT.take(points, mode="clip"), points)


def normalise_all(texts: Sequence[str]) -> list[str]:
    """``[normalise(t) for t in texts]`` in one pass over the batch's code points (numpy):
    ``str.translate`` costs a dictionary look-up per character of non-ASCII text, and
    tagging normalises every sentence's characters and words."""
    if not texts:
        return []
    import numpy as np

    # The texts joined by NUL, which normalising leaves alone and maps nothing to, come apart
    # again with one split (a slice per text costs more than the mapping), unless one of them
    # holds a NUL itself.
    joined = "\0".join(texts)
    split = joined.count("\0") == len(texts) - 1
    if not split:
        joined = "".join(texts)
    try:
        points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return [normalise(t) for t in texts]
    joined = normalise_points(points).tobytes().decode("utf-32-le")  # uint32 in, uint32 out
    if split:
        return joined.split("\0")
    out, i = [], 0
    for t in texts:
        out.append(joined[i:i + len(t)])
        i += len(t)
    return out


def _normalise_pattern(pattern: str) -> str:
    """Normalise a regex written by a user so it matches normalised text.

    A full-width character that maps to a regex metacharacter (（ -> "(") was a literal in
    the user's pattern and stays one (it is escaped).
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            # \S, \d ... keep their case; an escaped full-width sign stays a literal
            out.append("\\" + nxt if nxt.isascii() else re.escape(normalise(nxt)))
            i += 2
            continue
        mapped = normalise(ch)
        if mapped != ch and not ch.isascii():
            out.append(re.escape(mapped))
        else:
            out.append(mapped)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class CategoryInfo:
    """One category of ``rules/taxonomy.yml``."""

    code: str
    group: str
    label: str
    short: str
    description: str


@dataclass(frozen=True)
class Taxonomy:
    """The categories in their file order, and the label for clues that name no unit."""

    categories: tuple[CategoryInfo, ...]
    unassigned_unit: str = "（未指明单位）"
    version: int = 1

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)

    def get(self, code: str) -> CategoryInfo:
        for c in self.categories:
            if c.code == code:
                return c
        raise KeyError(code)

    def label(self, code: str) -> str:
        """The Chinese label of a category code (KeyError for an unknown code)."""
        return self.get(code).label


@dataclass(frozen=True)
class Rule:
    """One rule of a category file. ``keywords`` are literal; ``pattern`` and ``unless`` regex."""

    category: str
    id: str
    keywords: tuple[str, ...] = ()
    pattern: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    weight: float = 1.0
    note: str = ""
    examples: tuple[str, ...] = ()
    path: str = ""
    line: int = 0

    @property
    def evidence(self) -> str:
        return f"rule:{self.category}/{self.id}"


class RuleHit(NamedTuple):
    """A rule that fired on a text: its span (code-point offsets, end exclusive) and weight.
    A named tuple: sentences make thousands of these, and tuples are cheap to build."""

    category: str
    rule_id: str
    start: int
    end: int
    weight: float

    @property
    def evidence(self) -> str:
        """The evidence string of clues: ``rule:<category>/<rule id>``."""
        return f"rule:{self.category}/{self.rule_id}"


_text_order = itemgetter(2, 3, 1)  # a RuleHit's (start, end, rule id)


# ---------------------------------------------------------------------------------------------
# YAML with line numbers


class _LinedDict(dict):
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict


class _LinedList(list):
    line: int = 0
    item_lines: list


# libyaml's parser when PyYAML was built with it (the wheels are): the rule files load
# several times faster, with the same nodes, marks and errors
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load`` with libyaml's parser when available."""
    return yaml.load(text, Loader=_SafeLoader)


class _Loader(_SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LinedDict:
    loader.flatten_mapping(node)
    result = _LinedDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be plain text", key_node.start_mark
            )
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> _LinedList:
    result = _LinedList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _read_yaml(path: Path) -> tuple[object, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleFileError(str(path), f"cannot read the file ({exc.strerror}); check it exists") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RuleFileError(str(path), "not UTF-8 text; save the file as UTF-8") from None
    try:
        return yaml.load(text, Loader=_Loader), data
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise RuleFileError(str(path), f"broken YAML ({problem}); fix the syntax", line) from None


def _line_of(obj: object, key: Optional[str] = None, default: int = 0) -> int:
    if isinstance(obj, _LinedDict):
        if key is not None and key in obj.key_lines:
            return obj.key_lines[key]
        return obj.line
    if isinstance(obj, _LinedList):
        return obj.line
    return default


# ---------------------------------------------------------------------------------------------
# Taxonomy


def _fingerprint(taxonomy_bytes: bytes, rule_files: Iterable[tuple[str, bytes]]) -> str:
    """SHA-256 over the taxonomy's bytes and each (file name, bytes) of the rule folder."""
    digest = hashlib.sha256()
    digest.update(b"taxonomy\0" + taxonomy_bytes + b"\0")
    for name, raw in rule_files:
        digest.update(name.encode("utf-8") + b"\0" + raw + b"\0")
    return digest.hexdigest()


def rules_fingerprint(rules_dir: Path | str | None = None) -> str:
    """``RuleSet.load(rules_dir).fingerprint`` from the files' bytes alone (no parsing): what a
    process that only needs the tagger version reads. Tests keep the two equal."""
    folder = Path(rules_dir) if rules_dir is not None else _default_rules_dir()
    try:
        return _fingerprint((folder / TAXONOMY_FILE).read_bytes(),
                            [(p.name, p.read_bytes()) for p in sorted((folder / CATEGORIES_DIR).glob("*.yml"))])
    except OSError as exc:
        raise RuleFileError(str(folder), f"cannot read the rules ({exc.strerror})") from None


def load_taxonomy(rules_dir: Path | str | None = None) -> Taxonomy:
    """Read ``taxonomy.yml`` from a rules folder (default: the one ``resources`` picks)."""
    folder = Path(rules_dir) if rules_dir is not None else _default_rules_dir()
    taxonomy, _ = _load_taxonomy_with_bytes(folder)
    return taxonomy


def _load_taxonomy_with_bytes(folder: Path) -> tuple[Taxonomy, bytes]:
    path = folder / TAXONOMY_FILE
    data, raw = _read_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise RuleFileError(where, "expected a mapping with 'categories'; see rules/README.md", 1)
    unknown = set(data) - _TAXONOMY_KEYS
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise RuleFileError(where, f"unknown key {key!r}; allowed: {', '.join(sorted(_TAXONOMY_KEYS))}",
                            _line_of(data, key))
    cats = data.get("categories")
    if not isinstance(cats, list) or not cats:
        raise RuleFileError(where, "'categories' must be a non-empty list", _line_of(data, "categories"))
    infos: list[CategoryInfo] = []
    seen: set[str] = set()
    for item in cats:
        line = _line_of(item, default=_line_of(cats))
        if not isinstance(item, dict):
            raise RuleFileError(where, "each category must be a mapping with code, group, label", line)
        unknown = set(item) - _CATEGORY_KEYS
        if unknown:
            key = sorted(map(str, unknown))[0]
            raise RuleFileError(where, f"unknown key {key!r} in a category; allowed: "
                                f"{', '.join(sorted(_CATEGORY_KEYS))}", _line_of(item, key))
        code = item.get("code")
        if not isinstance(code, str) or not _CODE_RE.match(code):
            raise RuleFileError(where, "a category code must be lower-case ASCII (a-z, 0-9, _)", line)
        if code in seen:
            raise RuleFileError(where, f"duplicate category code {code!r}", line)
        seen.add(code)
        label = item.get("label")
        if not isinstance(label, str) or not label.strip():
            raise RuleFileError(where, f"category {code!r} needs a label (中文名)", line)
        infos.append(CategoryInfo(
            code=code,
            group=str(item.get("group") or ""),
            label=label.strip(),
            short=str(item.get("short") or label).strip(),
            description=str(item.get("description") or "").strip(),
        ))
    version = data.get("version", 1)
    unassigned = data.get("unassigned_unit", "（未指明单位）")
    return Taxonomy(categories=tuple(infos), unassigned_unit=str(unassigned),
                    version=int(version) if isinstance(version, int) else 1), raw


# ---------------------------------------------------------------------------------------------
# Rule files


def _check_regex(source: str, where: str, line: int, what: str) -> tuple[str, object]:
    """Validate a user regex without compiling it; return its normalised form and its parse
    tree. Raises RuleFileError. Everything ``re.compile`` would refuse is refused here (the
    parser's errors, and a look-behind of varying width, the one the compiler raises), so the
    lazy compilation in ``RuleSet`` never fails."""
    if not source:
        raise RuleFileError(where, f"{what} is empty", line)
    norm = _normalise_pattern(source)
    try:
        parsed = _sre_parse.parse(norm)
    except re.error as exc:
        raise RuleFileError(where, f"bad regex in {what} ({exc.msg}); fix or quote it", line) from None
    if _has_unbounded_repeat(parsed):
        raise RuleFileError(
            where, f"unbounded repetition (*, + or {{n,}}) in {what}; "
            "use a bounded gap such as .{0,12}", line)
    if parsed.getwidth()[0] == 0:
        raise RuleFileError(where, f"{what} can match an empty string; make it require text", line)
    if _varying_lookbehind(parsed):
        raise RuleFileError(where, f"a look-behind of varying width in {what}; "
                            "Python's re needs a fixed width in (?<=...) and (?<!...)", line)
    return norm, parsed


def _varying_lookbehind(parsed) -> bool:
    """Whether a look-behind in the tree can match texts of different lengths."""
    for op, arg in parsed:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = arg
            lo, hi = sub.getwidth()
            if (direction < 0 and lo != hi) or _varying_lookbehind(sub):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if _varying_lookbehind(arg[2]):
                return True
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            if _varying_lookbehind(arg[-1]):
                return True
        elif name == "BRANCH":
            if any(_varying_lookbehind(b) for b in arg[1]):
                return True
        elif name == "GROUPREF_EXISTS":
            if any(b is not None and _varying_lookbehind(b) for b in arg[1:]):
                return True
    return False


def _has_unbounded_repeat(parsed) -> bool:
    for op, arg in parsed:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            if high == _MAXREPEAT:
                return True
            if _has_unbounded_repeat(sub):
                return True
        elif name == "SUBPATTERN":
            if _has_unbounded_repeat(arg[-1]):
                return True
        elif name == "BRANCH":
            if any(_has_unbounded_repeat(b) for b in arg[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT"):
            if _has_unbounded_repeat(arg[1]):
                return True
        elif name == "GROUPREF_EXISTS":
            for branch in arg[1:]:
                if branch is not None and _has_unbounded_repeat(branch):
                    return True
    return False


def _string_list(value: object, where: str, line: int, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise RuleFileError(where, f"'{key}' must be a text or a list of texts", line)
    items = tuple(str(v).strip() for v in value)
    if any(not v for v in items):
        raise RuleFileError(where, f"'{key}' holds an empty entry; remove it", line)
    return items


def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (already normalised), built as a character trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@dataclass(frozen=True)
class _CompiledRule:
    """A checked rule: its regexes as normalised sources with their literal anchors, compiled
    by ``RuleSet`` on first use (a run that never meets a rule's anchors never compiles it)."""

    rule: Rule
    sources: tuple[str, ...]
    anchors: tuple[Optional[frozenset[str]], ...]  # per source: literals every match contains
    folded: tuple[bool, ...]  # per source: an inline (?i), so its anchors are casefolded
    unless: Optional[str]  # the unless cues as one alternation


def _load_rule_file(path: Path, codes: set[str]) -> tuple[str, list[_CompiledRule], bytes]:
    data, raw = _read_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise RuleFileError(where, "expected a mapping with 'category' and 'rules'", 1)
    unknown = set(data) - _FILE_KEYS
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise RuleFileError(where, f"unknown key {key!r}; allowed: {', '.join(sorted(_FILE_KEYS))}",
                            _line_of(data, key))
    category = data.get("category")
    if category not in codes:
        raise RuleFileError(where, f"category {category!r} is not in taxonomy.yml; "
                            "add it there or fix the code", _line_of(data, "category", 1))
    if category != path.stem:
        raise RuleFileError(where, f"category {category!r} does not match the file name; "
                            f"name the file {category}.yml", _line_of(data, "category", 1))
    rules = data.get("rules")
    if rules is None:
        rules = []
    if not isinstance(rules, list):
        raise RuleFileError(where, "'rules' must be a list of rules", _line_of(data, "rules", 1))
    compiled: list[_CompiledRule] = []
    seen: dict[str, int] = {}
    for item in rules:
        line = _line_of(item, default=_line_of(rules))
        if not isinstance(item, dict):
            raise RuleFileError(where, "each rule must be a mapping with an 'id'", line)
        unknown = set(item) - _RULE_KEYS
        if unknown:
            key = sorted(map(str, unknown))[0]
            raise RuleFileError(where, f"unknown key {key!r} in a rule; allowed: "
                                f"{', '.join(sorted(_RULE_KEYS))}", _line_of(item, key))
        rule_id = item.get("id")
        if isinstance(rule_id, (int, float)) and not isinstance(rule_id, bool):
            rule_id = str(rule_id)
        if not isinstance(rule_id, str) or not rule_id.strip():
            raise RuleFileError(where, "a rule needs an 'id' (a short stable name)", line)
        rule_id = rule_id.strip()
        if any(ch in rule_id for ch in "/\n"):
            raise RuleFileError(where, f"rule id {rule_id!r} must not contain '/' or line breaks", line)
        if rule_id in seen:
            raise RuleFileError(where, f"duplicate rule id {rule_id!r} (first at line {seen[rule_id]}); "
                                "ids must be unique in a file", line)
        seen[rule_id] = line
        keywords = _string_list(item.get("keywords", []), where, _line_of(item, "keywords", line), "keywords")
        patterns = _string_list(item.get("pattern", []), where, _line_of(item, "pattern", line), "pattern")
        unless = _string_list(item.get("unless", []), where, _line_of(item, "unless", line), "unless")
        examples = _string_list(item.get("examples", []), where, _line_of(item, "examples", line), "examples")
        if not keywords and not patterns:
            raise RuleFileError(where, f"rule {rule_id!r} needs 'keywords' or a 'pattern'", line)
        weight = item.get("weight", 1.0)
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
            raise RuleFileError(where, f"rule {rule_id!r}: weight must be a number in (0, 1]",
                                _line_of(item, "weight", line))
        sources: list[str] = []
        anchors: list[Optional[frozenset[str]]] = []
        folded: list[bool] = []
        norm_keywords = [normalise(k) for k in keywords]
        if norm_keywords:  # the keyword regex needs one of its keywords
            sources.append(_trie_regex(norm_keywords))
            anchors.append(frozenset(norm_keywords))
            folded.append(False)
        p_line = _line_of(item, "pattern", line)
        for p in patterns:  # a pattern needs what the parser can prove it needs
            norm, tree = _check_regex(p, where, p_line, f"the pattern of rule {rule_id!r}")
            sources.append(norm)
            anchors.append(tree_literals(tree))
            folded.append(bool(tree.state.flags & re.IGNORECASE))
        u_line = _line_of(item, "unless", line)
        unless_norm = [_check_regex(u, where, u_line, f"an 'unless' cue of rule {rule_id!r}")[0]
                       for u in unless]
        if len(unless_norm) > 1:  # joined, (?i) in a later cue is no longer at the start
            try:
                _sre_parse.parse("|".join(f"(?:{u})" for u in unless_norm))
            except re.error as exc:
                raise RuleFileError(where, f"the 'unless' cues of rule {rule_id!r} cannot be joined "
                                    f"({exc.msg}); put flags such as (?i) inside a group: (?i:...)", u_line) from None
        rule = Rule(category=category, id=rule_id, keywords=keywords, pattern=patterns,
                    unless=unless, weight=float(weight), note=str(item.get("note") or ""),
                    examples=examples, path=where, line=line)
        compiled.append(_CompiledRule(rule=rule, sources=tuple(sources), anchors=tuple(anchors), folded=tuple(folded),
                                      unless="|".join(f"(?:{u})" for u in unless_norm) or None))
    return category, compiled, raw


@dataclass(frozen=True)
class _CategoryMatcher:
    code: str
    rules: tuple[_CompiledRule, ...]


class RuleSet:
    """The compiled category rules. Build once per worker with :meth:`load`; thread-safe."""

    def __init__(self, taxonomy: Taxonomy, matchers: tuple[_CategoryMatcher, ...], fingerprint: str):
        self.taxonomy = taxonomy
        self._matchers = matchers
        # An index from literal anchors to regexes: for each regex, literals at least one of
        # which occurs in every match (its keywords, or what the parser proves it needs). A
        # sentence runs only the regexes whose anchors it contains (a handful of ~400); a regex
        # without anchors always runs.
        self._flat = [c for m in matchers for c in m.rules]
        # every regex of every rule, numbered in rule order; the index points at regexes, so
        # a rule with several patterns runs only those whose own anchors occur. Regexes are
        # compiled on first use: start-up parses each pattern once (to check it and find its
        # anchors) and compiles none, which is most of a one-sentence `xuncha extract`.
        self._source: list[str] = []
        self._regex: list[Optional[re.Pattern]] = []
        self._regex_rule: list[int] = []
        anchors: list[Optional[frozenset[str]]] = []
        folded: list[bool] = []
        for i, c in enumerate(self._flat):
            self._source.extend(c.sources)
            self._regex_rule.extend([i] * len(c.sources))
            anchors.extend(c.anchors)
            folded.extend(c.folded)
        self._regex = [None] * len(self._source)
        self._unless: list[Optional[re.Pattern]] = [None] * len(self._flat)
        self._anchors = LiteralIndex(anchors, [k for k, f in enumerate(folded) if f])
        self._order = {code: i for i, code in enumerate(taxonomy.codes)}
        # per rule, what its hits are built from and sorted by (taxonomy order, then rule id
        # for hits at the same span), worked out once rather than per hit
        self._hit_of = [(c.rule.category, c.rule.id, c.rule.weight) for c in self._flat]
        self._rank = [(self._order[c.rule.category], c.rule.id) for c in self._flat]
        self._with_unless = frozenset(i for i, c in enumerate(self._flat) if c.unless is not None)
        # ``load`` lists the rules category by category in taxonomy order, so rules that fire,
        # taken in rule order, come in taxonomy order: ``categories`` then sorts only the hits
        # within a category (a RuleSet built otherwise sorts them all)
        self._taxonomy_ordered = self._rank == sorted(self._rank, key=lambda r: r[0])
        self._fingerprint = fingerprint

    def _compiled(self, k: int) -> re.Pattern:
        """Regex ``k``, compiled on first use (a race compiles it twice, harmlessly)."""
        rx = self._regex[k]
        if rx is None:
            rx = self._regex[k] = re.compile(self._source[k])
        return rx

    def _unless_of(self, index: int) -> Optional[re.Pattern]:
        source = self._flat[index].unless
        if source is None:
            return None
        rx = self._unless[index]
        if rx is None:
            rx = self._unless[index] = re.compile(source)
        return rx

    def patterns(self) -> list[re.Pattern]:
        """Every rule regex, compiled (the anchors' tests check them against the index)."""
        return [self._compiled(k) for k in range(len(self._source))]

    @classmethod
    def load(cls, rules_dir: Path | str | None = None, taxonomy: Taxonomy | None = None) -> "RuleSet":
        """Load ``taxonomy.yml`` and ``categories/*.yml``; raise RuleFileError naming file and line."""
        folder = Path(rules_dir) if rules_dir is not None else _default_rules_dir()
        loaded_taxonomy, taxonomy_bytes = _load_taxonomy_with_bytes(folder)
        if taxonomy is None:
            taxonomy = loaded_taxonomy
        codes = set(taxonomy.codes)
        cat_dir = folder / CATEGORIES_DIR
        if not cat_dir.is_dir():
            raise RuleFileError(str(cat_dir), "the rule folder is missing; create one <code>.yml per category")
        for stray in sorted(cat_dir.glob("*.yaml")):
            raise RuleFileError(str(stray), "rule files must end in .yml; rename it")
        by_code: dict[str, list[_CompiledRule]] = {}
        files: list[tuple[str, bytes]] = []
        for path in sorted(cat_dir.glob("*.yml")):
            code, compiled, raw = _load_rule_file(path, codes)
            by_code[code] = compiled
            files.append((path.name, raw))
        for code in taxonomy.codes:
            if code not in by_code:
                raise RuleFileError(str(cat_dir / f"{code}.yml"),
                                    f"taxonomy category {code!r} has no rule file; create it "
                                    "(it may hold 'rules: []')")
        matchers = tuple(_CategoryMatcher(code=code, rules=tuple(by_code[code])) for code in taxonomy.codes)
        return cls(taxonomy, matchers, _fingerprint(taxonomy_bytes, files))

    @property
    def fingerprint(self) -> str:
        """SHA-256 over the taxonomy and every rule file's bytes (part of the tagger version)."""
        return self._fingerprint

    @property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule, category by category in taxonomy order."""
        return tuple(c.rule for m in self._matchers for c in m.rules)

    def _fired(self, norm: str) -> dict[int, list[tuple[int, int]]]:
        """Rule index -> every span of every regex of each rule that fires on ``norm`` after its
        ``unless`` cues (``match``; ``categories`` needs only ``_first_spans``).

        The index gives the regexes worth running in index order, which is rule order; most of
        them do not match, so a rule gets an entry only once one of its regexes does."""
        regexes, rule_of = self._regex, self._regex_rule
        fired: dict[int, list[tuple[int, int]]] = {}
        for k in self._anchors.ordered(norm):
            regex = regexes[k] or self._compiled(k)
            first = regex.search(norm)  # most candidates do not match: one cheap call
            if first is None:
                continue
            spans = fired.get(rule_of[k])
            if spans is None:
                spans = fired[rule_of[k]] = []
            spans.append(first.span())
            spans.extend(m.span() for m in regex.finditer(norm, first.end()))
        return self._without_unless(fired, norm)

    def _first_spans(self, norm: str) -> dict[int, tuple[int, int]]:
        """Rule index -> its leftmost span (the least first span of its regexes), for each rule
        that fires on ``norm`` after its ``unless`` cues, in rule order: what ``_fired`` gives
        reduced to each rule's least span, without running ``finditer`` or building lists."""
        regexes, rule_of = self._regex, self._regex_rule
        first: dict[int, tuple[int, int]] = {}
        for k in self._anchors.ordered(norm):
            m = (regexes[k] or self._compiled(k)).search(norm)  # most candidates do not match
            if m is not None:
                i, span = rule_of[k], m.span()
                if i not in first or span < first[i]:
                    first[i] = span
        return self._without_unless(first, norm)

    def _without_unless(self, fired: dict, norm: str) -> dict:
        """``fired`` (rule index -> its spans) without the rules whose ``unless`` cue occurs in
        ``norm``; the rules without one are not looked at."""
        if fired and not self._with_unless.isdisjoint(fired):
            for i in self._with_unless.intersection(fired):
                if self._unless_of(i).search(norm):  # type: ignore[union-attr]
                    del fired[i]
        return fired

    def match(self, text: str) -> list[RuleHit]:
        """All hits of all rules on ``text`` (one sentence), after ``unless``, in text order."""
        hit_of, rank = self._hit_of, self._rank
        keyed = [((a, b) + rank[i], i) for i, spans in self._fired(normalise(text)).items()
                 for a, b in dict.fromkeys(spans)]
        keyed.sort()  # (start, end, taxonomy order, rule id) is unique per hit: the index never decides
        return [RuleHit(hit_of[i][0], hit_of[i][1], key[0], key[1], hit_of[i][2]) for key, i in keyed]

    def categories(self, text: str, normalised: Optional[str] = None) -> dict[str, list[RuleHit]]:
        """Category code -> the rules of that category that fired on ``text``, each once with
        its leftmost span, in text order; categories in taxonomy order. (What tagging needs:
        which rules fired, how strongly, where first. ``match`` lists every span.) Pass
        ``normalise(text)`` as ``normalised`` when you have it."""
        first = self._first_spans(normalise(text) if normalised is None else normalised)
        if not first:
            return {}
        hit_of = self._hit_of
        if not self._taxonomy_ordered:
            rank = self._rank
            first = {i: first[i] for i in sorted(first, key=lambda i: rank[i][0])}
        result: dict[str, list[RuleHit]] = {}
        crowded = False  # whether a category holds several hits, to be put in text order
        for i, (a, b) in first.items():
            category, rule_id, weight = hit_of[i]
            hit = RuleHit(category, rule_id, a, b, weight)
            hits = result.get(category)
            if hits is None:
                result[category] = [hit]
            else:
                hits.append(hit)
                crowded = True
        if crowded:
            for hits in result.values():
                hits.sort(key=_text_order)  # (start, end, rule id): unique within a category
        return result

    def __repr__(self) -> str:
        return f"RuleSet({len(self.rules)} rules, {len(self._matchers)} categories)"

"""Unit recognition: which organisations a sentence names as the subject of a problem.

Matched on characters, with jieba's tokens only as boundary hints (style.md 6):
1. every occurrence of a unit ending (局, 中心, 街道, 镇, 村, 管委会, 妇联 … in rules/units.yml);
2. the name is grown leftwards over name-like tokens: out-of-vocabulary characters (place
   names jieba does not know come out as single characters with HMM off), nouns and
   abbreviations, and it stops at punctuation, function words, verbs and generic words
   (有的, 部分, 一些 …); the end must fall on a token boundary (so 中心组, 局长 and 乡村 are not
   units) unless a party organ follows (石泉镇党委 names 石泉镇);
3. overlapping candidates resolve by the taxonomy's rules: a village under its town is one
   unit (城关镇李家村), an office inside a bureau rolls up to the bureau (县交通局运输管理所 ->
   县交通局);
4. the canonical name drops 原 and maps short names to full ones through the alias table.
No unit name is listed anywhere: the mechanism is general.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

import yaml

from .errors import RuleFileError
from .nlp import token_bounds
from .rules import safe_load
from .records import UnitMention
from .resources import cache_dir, rules_dir as _rules_dir, write_cache_file

# jieba dictionary tags whose words never belong inside an organisation's name.
# Verbs are not among them: department names are full of them (退役军人事务局, 行政审批局);
# the verbs that do stand before a unit are listed in rules/units.yml (stop_words).
_STOP_TAGS = {"p", "c", "u", "d", "r", "m", "q", "t", "f", "y", "e", "o", "i",
              "z", "mq", "uj", "ul", "ud", "ug", "uz", "uv", "df", "dg", "rr", "rz",
              "tg", "vd", "ag"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇0-9]+")
_NUMERAL = re.compile(r"[一二三四五六七八九十百千万两零〇0-9]+")
_ADMIN = "县区市省州旗盟"
_NOT_PLACE = {"市场", "区域", "区间", "县域", "市民", "州府"}
# words ending in a place character that are not place names (非上市公司, 超市; not 城区 or
# 都市: 鹤城区, 成都市)
_NOT_PLACE_END = {"上市", "超市", "股市", "集市", "门市", "夜市", "小区", "片区", "辖区", "校区"}
_MAX_NAME = 24
# enclosed and parenthesised numbers (① ⑪ ⒒ ⓫ ㉑ ㊿): list markers, never part of a name
_ENCLOSED = re.compile("[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]")
# a token holding none of these characters is none of the joined-name special cases of the
# leftward growth (住房和城乡建设局, 局和县税务局, 粮食和物资储备局)
_JOIN_CHARS = frozenset("和与及或")
_ADMIN_LEVELS = _ADMIN + "镇乡村"
_VILLAGE_ENDINGS = frozenset({"村", "社区"})
# numerals and modifiers that make a place word generic (两城镇, 各乡镇, 新城镇, 大城镇)
_MODIFIER_CHARS = frozenset("一二两三几各每诸多大小新老本该全")
# a unit, its party organ, then 对 and the clause it governs (up to a comma): the places named
# there are the object of the unit's failing (镇党委对柳塘村监督不力; 县水利局对枣林乡群众反映的…)
_SUPERVISES = re.compile(r"(?:党委|党组|党工委)?对[^，,。；;]*")
_MEASURE_CHARS = frozenset("所家个座名户间处支条起次批")  # after a count: 3家卫生院, 2所小学, 3起村干部
# a count with its measure word, or 某, just before a name: any one of a kind (一家饲料有限公司)
_COUNTED = re.compile(f"(?:[一两二三四五六七八九十几多0-9][{''.join(sorted(_MEASURE_CHARS))}]|某)$")
# per-token and per-name decisions are pure; they are remembered up to this many entries
_CACHE_SIZE = 20_000

# jieba dictionary tags of verbs: a verb just before an ending that sits inside one of jieba's
# tokens takes the unit word as its object (发放村干部, 修缮乡政府), it does not name a place
_VERB_TAGS = {"v"}
# tags of proper nouns (people, places, organisations, other names): a name that starts with
# such a word (仁和医院, 江南大学) may be a unit without a place before it; one that starts with
# a common word (公立医院, 二级学院, 物业公司) is a kind of unit, not one unit
_PROPER_TAGS = {"nr", "ns", "nt", "nz", "nrt", "nrfg"}
# people's full names (张明远) start no organisation's name; two-character ones (仁和, 北辰) do
_PERSON_TAGS = {"nr", "nrfg"}

_TAGGED_WORDS: Optional[tuple[frozenset[str], frozenset[str], frozenset[str]]] = None


def _tagged_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Multi-character words of jieba's dictionary whose tag marks them as non-name words,
    those tagged as verbs, and those tagged as proper nouns.

    Read from jieba's dict.txt once per machine (about a second), then kept in the cache
    folder under the dictionary's size and modification time, like jieba's own cache."""
    global _TAGGED_WORDS
    if _TAGGED_WORDS is None:
        import json

        from .nlp import import_jieba

        path = Path(import_jieba().__file__).parent / "dict.txt"
        st = path.stat()
        tags = "/".join(",".join(sorted(t)) for t in (_STOP_TAGS, _VERB_TAGS, _PROPER_TAGS, _PERSON_TAGS))
        key = hashlib.sha256(f"{st.st_size}:{st.st_mtime_ns}:{tags}".encode()).hexdigest()[:16]
        cached = cache_dir() / f"tagged_words.{key}.json"
        words = None
        try:
            words = json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        if not (isinstance(words, dict) and all(isinstance(words.get(k), list) for k in ("stop", "verb", "proper"))):
            words = {"stop": [], "verb": [], "proper": []}
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) == 3 and len(parts[0]) > 1:
                        if parts[2] in _STOP_TAGS:
                            words["stop"].append(parts[0])
                        elif parts[2] in _VERB_TAGS:
                            words["verb"].append(parts[0])
                        elif parts[2] in _PROPER_TAGS and (len(parts[0]) == 2 or parts[2] not in _PERSON_TAGS):
                            words["proper"].append(parts[0])
            body = json.dumps(words, ensure_ascii=False).encode("utf-8")
            # another jieba's, or older, goes
            write_cache_file(cached, lambda fh: fh.write(body), cached.parent.glob("*_words.*.json"))
        _TAGGED_WORDS = (frozenset(words["stop"]), frozenset(words["verb"]), frozenset(words["proper"]))
    return _TAGGED_WORDS


class _Candidate(NamedTuple):  # a tuple: _candidate makes tens of thousands per batch
    start: int  # of the unit text (原 included)
    end: int
    suffix: str
    suffix_start: int
    original: bool  # written with 原


def _patterns(path: Path, data: dict, key: str) -> Optional["re.Pattern"]:
    """The regular expressions listed under ``key`` in units.yml as one pattern, or None."""
    patterns = [str(p) for p in data.get(key) or []]
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    except re.error as exc:
        raise RuleFileError(str(path), f"bad pattern in {key}: {exc}") from None


def _any_of(words) -> Optional["re.Pattern"]:
    """One regex matching any of ``words`` (longest first), or None for an empty list."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


class UnitRecognizer:
    """Finds units in sentences. One instance per worker; ``find`` is pure."""

    def __init__(self, rules_dir: Optional[Path] = None, segmenter=None):
        folder = Path(rules_dir) if rules_dir else _rules_dir()
        path = folder / "units.yml"
        try:
            data = safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            raise RuleFileError(str(path), f"not valid YAML ({getattr(exc, 'problem', exc)})",
                                line + 1 if line is not None else None) from None
        except OSError as exc:
            raise RuleFileError(str(path), f"cannot read ({exc.strerror})") from None
        try:
            self.suffixes = sorted(set(data["suffixes"]), key=len, reverse=True)
            self.internal_suffixes = set(data.get("internal_suffixes", []))
            self.standalone = set(data.get("standalone_under_town", []))
            self.town_suffixes = set(data.get("town_suffixes", []))
            self.organ_followers = tuple(sorted(data.get("organ_followers", []), key=len, reverse=True))
            self.not_units = tuple(data.get("not_units", []))
            self.not_unit_parts = tuple(data.get("not_unit_parts", []))
            self.generic_names = set(data.get("generic_names", []))
            self.stop_words = set(data.get("stop_words", []))
            self.stop_chars = set(str(data.get("stop_chars", "")))
            self.stop_endings = set(str(data.get("stop_endings", "")))
            self.self_references = tuple(data.get("self_references", []))
            self._name_stop_chars = set(str(data.get("stop_chars_in_names", "")))
            self._glued_stop_chars = self.stop_chars - self._name_stop_chars
            self.joined = tuple(data.get("joined_names", []))
            # each joined name with its (head, tail) splits, for _joined_at
            self._joined_splits = tuple((frag, tuple((frag[:cut], frag[cut:]) for cut in range(1, len(frag))))
                                        for frag in self.joined)
            self.prefixed_suffixes = set(data.get("prefixed_suffixes", []))
            self.proper_name_suffixes = frozenset(data.get("proper_name_suffixes", []))
            self.legal_forms = tuple(data.get("legal_forms", []))
            # 临江理工大学附属医院, 岚江大学附属第一医院: an affiliation, a few characters of the unit's own after it
            affiliating = "|".join(map(re.escape, data.get("affiliating_suffixes", []))) or "(?!)"
            self._affiliated = re.compile(f"(?:{affiliating})附属[\u3400-\u9fff]{{0,4}}$")
            self.dependent_prefixes = tuple(data.get("dependent_prefixes", []))
            self.whole_names = frozenset(data.get("whole_names", []))
            self.end_followers = tuple(data.get("end_followers", []))
            self.admin_words = tuple(data.get("admin_words", ["县", "区", "市", "镇", "乡", "街道"]))
            self.place_prefixes = tuple(data.get("place_prefixes", []))
            self.parent_suffixes = frozenset(data.get("parent_suffixes", []))
            self.own_name_endings = tuple(data.get("own_name_endings", []))
            self.department_endings = tuple(data.get("department_endings", []))
            self.village_parts = frozenset(data.get("village_parts", []))
            aliases = data.get("aliases", {}) or {}
        except (KeyError, TypeError) as exc:
            raise RuleFileError(str(path), f"missing or malformed key {exc}") from None
        alias: list[tuple[str, str]] = []
        for full, shorts in aliases.items():
            for short in shorts or []:
                alias.append((str(short), str(full)))
        alias.sort(key=lambda p: len(p[0]), reverse=True)
        self._alias_by_end: dict[str, list[tuple[str, str]]] = {}  # by last character, longest first
        for short, full in alias:
            if short:
                self._alias_by_end.setdefault(short[-1], []).append((short, full))
        # a company's legal name (有限公司, 股份有限公司 …) and what may follow a short form's
        # ending in the full name it stands for (港务集团 → 南湾港务集团有限公司)
        self._legal_names = tuple(f"{f}公司" for f in self.legal_forms)
        self._legal_tails = frozenset(("", "公司") + self._legal_names)
        self._company_names = self._legal_names + ("集团",)  # a group is a company's own name too
        self._endings = tuple(self.suffixes)  # for str.endswith
        self._own_name_endings = tuple(self.proper_name_suffixes) + ("集团",)
        # an own-name ending right before a party organ (…公司党支部): DocumentNames.add looks closer
        self._organ_named_re = re.compile(f"(?:{'|'.join(map(re.escape, self._own_name_endings))})"
                                          f"(?:{'|'.join(map(re.escape, self.organ_followers))})") \
            if self.organ_followers else None
        self._suffix_set = set(self.suffixes)
        self._town_endings = tuple(sorted(self.town_suffixes, key=len, reverse=True))
        self._place_endings = frozenset(self.town_suffixes) | _VILLAGE_ENDINGS
        self._place_tuple = tuple(sorted(self._place_endings))
        self._stop_word_endings = tuple(w for w in self.stop_words if len(w) > 1)
        self._suffix_ends = frozenset(x[-1] for x in self.suffixes)
        # generic words by their first character, longest first: a name is tried only against
        # the few that start as it does (县级, 县直 for a name starting with 县)
        self._generic_by_first: dict[str, tuple[str, ...]] = {}
        for g in sorted(self.generic_names, key=len, reverse=True):
            if g:
                self._generic_by_first[g[0]] = self._generic_by_first.get(g[0], ()) + (g,)
        # membership tests on the hot path as sets, str.endswith tuples and regexes
        self._not_unit_set = frozenset(self.not_units)
        self._not_unit_endings = tuple(w for w in self.not_units if w not in self._suffix_set)
        # for each ending, those of _not_unit_endings that a name ending so can end with (a
        # shorter one ends the ending, a longer one ends with it): a few instead of a hundred
        self._not_unit_endings_of = {x: tuple(w for w in self._not_unit_endings if x.endswith(w) or w.endswith(x))
                                     for x in self.suffixes}
        self._not_unit_parts_re = _any_of(self.not_unit_parts)
        self._follower_re = _any_of(self.organ_followers)
        self._end_follower_re = _any_of(self.organ_followers + self.end_followers)
        self._dependent_re = _any_of(self.dependent_prefixes)
        self._inspector_re = _patterns(path, data, "inspector_followers")
        self._passive_re = _patterns(path, data, "passive_agent_followers")
        self._stationed_before = tuple(data.get("stationed_before", []))
        self._stationed_after = tuple(data.get("stationed_after", []))
        self._joiner = re.compile("[和与及]")
        # Every place an ending starts, with the longest ending there (endings overlap: 委员会
        # holds 委). A lookahead tried at every character costs every ending at every character,
        # so the pattern matches one first character (scanned for as a character class) and
        # captures the ending from there by a lookahead inside a one-character lookbehind, the
        # endings grouped by first character: 委(?:员会|) for 委员会 and 委.
        by_first: dict[str, list[str]] = {}
        for x in self.suffixes:  # longest first
            by_first.setdefault(x[0], []).append(x)
        trie = "|".join(re.escape(first) + "(?:" + "|".join(re.escape(x[1:]) for x in group) + ")"
                        for first, group in by_first.items())
        self._suffix_re = re.compile("[" + "".join(map(re.escape, sorted(by_first))) + "]"
                                     + "(?<=(?=(" + trie + ")).)") if by_first else re.compile("(?!)")
        # pure per-token and per-name decisions of _candidate, remembered (bounded)
        self._grows_cache: dict[str, bool] = {}
        self._inner_cache: dict[str, bool] = {}
        self._name_cache: dict[tuple[str, str, bool, bool], bool] = {}
        self._canonical_cache: dict[str, str] = {}
        self._segmenter = segmenter
        self._stop_tagged, self._verbs, self._proper = _tagged_words()

    # -- public -------------------------------------------------------------------------
    def find(self, text: str, region: Optional[str] = None,
             token_spans: Optional[Sequence[tuple[int, int]]] = None,
             tokens: Optional[Sequence[str]] = None,
             names: Optional["DocumentNames"] = None) -> list[UnitMention]:
        """The units ``text`` names, each at its first mention (a name repeated, or shortened
        to its tail as 县人社局 … 人社局, is the same unit). Pass the sentence's jieba
        ``tokens`` (or their spans) when you have them; otherwise the text is segmented here.
        ``names``: what the sentence's document defines (``DocumentNames``), for the short
        names it uses (恒岳建工, 路桥公司)."""
        if not text:
            return []
        short = names.occurrences(text) if names is not None and names.active else ()
        if not short and self._suffix_ends.isdisjoint(text):
            return []
        endings = [(m.start(), m.group(1)) for m in self._suffix_re.finditer(text)]
        if not endings and not short:
            return []
        if token_spans is None:
            starts, ends = token_bounds(tokens if tokens is not None else self._tokens(text))
        else:
            starts = [a for a, _ in token_spans]  # ascending: the tokens make up the text
            ends = [b for _, b in token_spans]
        cands: list[_Candidate] = []
        for s, suffix in endings:
            cand = self._candidate(text, s, s + len(suffix), suffix, starts, ends, names)
            if cand:
                cands.append(cand)
        for a, b in short:  # a short name of the document, where no name found crosses or covers it
            inside = [c for c in cands if a <= c.start and c.end <= b and c.end - c.start < b - a]
            if inside:  # 高速运营公司 holds the 运营公司 found in it: the document's name is the whole
                cands = [c for c in cands if c not in inside]
            if not any(c.start < b and a < c.end for c in cands):
                cands.append(_Candidate(a, b, "", b, False))
        chosen = self._resolve(cands, text) if len(cands) > 1 else cands
        out = []
        for k, c in enumerate(chosen):
            nxt = chosen[k + 1] if k + 1 < len(chosen) else None
            if nxt is not None and text.endswith(self.dependent_prefixes, c.end, nxt.start) \
                    and c.end < nxt.start <= c.end + 2 and text.endswith(self._company_names, nxt.start, nxt.end):
                continue  # 市城投公司所属棠州城发置业有限公司: the company named is the subject
            if self._inspector_re is not None and self._inspector_re.match(text, c.end):
                continue  # 县审计局指出的…问题: the body that found it (inspector_followers)
            if text.endswith(self._stationed_before, 0, c.start) and text.startswith(self._stationed_after, c.end):
                continue  # 派驻县水务局纪检监察组: the inspecting body stationed there (stationed_before)
            if self._passive_re is not None and c.start > 0 and text[c.start - 1] == "被" \
                    and self._passive_re.match(text, c.end):
                continue  # 被市国资委约谈: the body that sanctioned the subject
            unit_text = text[c.start:c.end]
            full = names.full_name(unit_text, c.suffix) if names is not None else None
            canonical = self.canonical(full or unit_text)
            if out and any(m.canonical == canonical or m.text.endswith(unit_text) for m in out):
                continue  # named again (县人社局 … 人社局): one unit, its first mention
            out.append(UnitMention(unit_text, c.start, c.end, canonical, region))
        if len(out) > 1:
            m = _SUPERVISES.match(text, out[0].end)
            if m is not None:  # 青石镇党委对柳塘村…失察: the village is what the town failed to watch
                out = [out[0]] + [u for u in out[1:] if not (u.start < m.end() and u.text.endswith(self._place_tuple)
                                                             and text.find(u.text, m.end()) < 0)]
        return out

    def canonical(self, unit_text: str) -> str:
        """原县交通局 -> 县交通运输局 (alias table), 石泉镇 -> 石泉镇."""
        cache = self._canonical_cache
        name = cache.get(unit_text)
        if name is None:
            name = self._canonical(unit_text)
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            cache[unit_text] = name
        return name

    def _canonical(self, unit_text: str) -> str:
        name = unit_text[1:] if unit_text.startswith("原") and len(unit_text) > 2 else unit_text
        for short, full in self._alias_by_end.get(name[-1:], ()):
            if name.endswith(short) and not name.endswith(full):
                return name[: len(name) - len(short)] + full
        return name

    # -- mechanism ----------------------------------------------------------------------
    def _tokens(self, text: str) -> list[str]:
        if self._segmenter is None:
            from .nlp import get_segmenter

            self._segmenter = get_segmenter()
        return self._segmenter.cut(text)

    def _candidate(self, text, s, e, suffix, starts, ends, names=None) -> Optional[_Candidate]:
        """The unit whose ending runs from ``s`` to ``e``, if any; ``starts`` and ``ends`` are
        the token spans' two sides, ascending; ``names`` as for ``find``."""
        j = bisect_left(ends, e)
        inside = j == len(ends) or ends[j] != e  # a follower shares the ending's token
        if inside and not (self._end_follower_re and self._end_follower_re.match(text, e)):
            return None  # the ending is the start of a longer word: 中心组, 局长, 乡村
        ti = max(bisect_right(starts, s) - 1, 0)  # the token the ending starts in
        tok_start = starts[ti] if starts else s
        # the whole token just before the ending, when the ending starts a token ("" otherwise)
        prev = text[starts[ti - 1]:s] if tok_start == s and ti > 0 else ""
        if inside and suffix in self._place_endings and prev in self._verbs:
            return None  # 发放/村干部, 修缮/乡政府: the verb's object, no place named
        start = s
        named_village = False  # 石牛镇/金/山村: a not-unit word (山村) that ends a village's name
        if tok_start < s:
            inner = text[tok_start:s]
            whole = text[tok_start:ends[ti]]
            # the ending inside a function or verb word: 交办, 经办, 该局, 对局, 有所, 部署
            # (a longer word is judged by its name part: jieba tags 扶贫办 as an idiom)
            if whole in self._not_unit_set and suffix in _VILLAGE_ENDINGS and ti > 0 \
                    and ends[ti - 1] - starts[ti - 1] == 1 and _CJK.match(text[starts[ti - 1]]) \
                    and text[starts[ti - 1]] not in self.stop_chars \
                    and text.endswith(self._town_endings, 0, starts[ti - 1]):
                named_village = True  # a character after a town's name, then 山村: 金山村
            elif whole in self._not_unit_set or (len(inner) == 1 and whole in self._stop_tagged):
                return None
            ok = self._inner_cache.get(inner)
            if ok is None:
                ok = self._remember(self._inner_cache, inner, self._name_like(
                    inner, single=len(inner) == 1, lenient=True) and inner not in self._glued_stop_chars)
            if not ok:
                return None  # 我局, 用村: a function character glued to the ending
            start = tok_start
        grows_cache = self._grows_cache
        i = ti - 1
        while i >= 0 and s - starts[i] <= _MAX_NAME:
            a = starts[i]
            tok = text[a:ends[i]]
            if not _JOIN_CHARS.isdisjoint(tok):
                joined = self._joined_at(text, a, start) if self._joiner.search(tok) else None
                if joined is not None:
                    start = joined
                    while i >= 0 and starts[i] > joined:
                        i -= 1
                    if i >= 0 and starts[i] == joined:
                        i -= 1
                    continue
                if len(tok) == 2 and tok[0] in "和与及或" and tok[1] in _ADMIN:
                    start = a + 1  # jieba reads 局和县税务局 as 局/和县/税务局
                    break
                if tok == "和" and i > 0 and self._joins_names(text, (starts[i - 1], ends[i - 1]), start, s):
                    start = a  # 粮食和物资储备局, 政务服务和大数据管理局: one name
                    i -= 1
                    continue
            grows = grows_cache.get(tok)
            if grows is None:
                grows = self._remember(grows_cache, tok, self._name_like(tok, single=len(tok) == 1)
                                       and not (len(tok) > 1 and tok[-1] in self.stop_endings))
            if not grows and len(tok) == 1 and tok in self._name_stop_chars and suffix in _VILLAGE_ENDINGS \
                    and text.endswith(self._town_endings, 0, a):
                grows = True  # 石岭镇/中/岭/村: right after a town's name, 中 starts its village's name
            if not grows and not (len(tok) >= 4 and i > 0 and ends[i - 1] == a and a - starts[i - 1] == 1
                                  and text[a - 1] in _ADMIN and tok in self._stop_tagged):
                # 借给, 拨给, 关于: a verb or preposition that takes the unit as its object; but a
                # set phrase jieba tags as an idiom names a department right after 县/市 (县/扶贫开发/
                # 公司, 市/精神文明/建设/办公室)
                break
            if ends[i] == start and ends[i + 1] - start == 1 and text[start] in _ADMIN_LEVELS \
                    and tok in self._verbs and not (a > 0 and text[a - 1] in "镇乡"):
                break  # 滞留/镇/财政所: the verb takes the place as its object (柳河乡/富强/村 is a village)
            start = a
            i -= 1
        if start == s:  # no name before the ending (各/部门, 有关/单位): the steps below find none either
            return _Candidate(s, e, suffix, s, False) if suffix in self.whole_names else None
        if start > 0 and text[start] in _MEASURE_CHARS and _NUMERAL.match(text[start - 1]):
            start += 1  # 2所农村小学, 3家/乡镇卫生院: the count's measure word is not the name
        if prev and len(suffix) == 1:
            if prev == "原" and s - 1 > start:
                return None  # 柳树湾村/原/村党支部书记: 原 belongs to the role after it
            if s - len(prev) == start and prev in self._verbs:
                return None  # 开展/村党组织, 作为/局党组: a verb's object, no place named
        original = False
        if start < s and text[start] == "原" and s - start > 1:
            original = True
        name = text[start + (1 if original else 0):s]
        # "原" may also stand just before the name, as its own stop-free token
        if not original and start > 0 and text[start - 1] == "原":
            original = True
            start -= 1
        dependent = self._dependent_re.search(name) if self._dependent_re else None
        # a company with a legal form of its own is a unit wherever it belongs (学校所属临工资产
        # 经营有限公司): it answers for itself, as an office or a station does not
        legal = suffix == "公司" and name.endswith(self.legal_forms)
        if dependent:  # 局属检验检测中心, 对局属公路养护中心: part of a unit the sentence does not name,
            name, original = name[dependent.end():], False
            if not name or not (legal or self._has_place(name)):  # unless a place follows: 局属县木材检查站
                return None
        elif name and not legal and text.endswith(self.dependent_prefixes, 0, start) and not self._has_place(name):
            return None  # 县交通运输局所属公路养护中心: the part counts as the unit named before it
        if inside and suffix in self._place_endings and name.endswith(self._stop_word_endings):
            return None  # 双塘/镇上/报/村干部: jieba split a verb (上报) the name ran across
        if name[:1] in self._generic_by_first:  # most names start unlike any generic word
            stripped = self._strip_generic_prefix(name)
            if stripped != name:  # 原有关县财政局: 原 qualifies the generic word, not the unit named
                name, original = stripped, False
        start = s - len(name) - (1 if original else 0)
        if not name and suffix in self.whole_names:  # 团县委
            return _Candidate(s, e, suffix, s, False)
        # 驻村, 进村, 包村 end no village's name, but 新建村, 富强村 and 前进村 are villages: such a
        # phrase (not_units) counts only where jieba starts a word with it
        in_word = named_village
        body = name + suffix
        not_unit_endings = self._not_unit_endings_of[suffix]
        if not in_word and body.endswith(not_unit_endings) and body not in self._not_unit_set:
            if suffix in _VILLAGE_ENDINGS:
                phrase = max((w for w in not_unit_endings if body.endswith(w)), key=len)
                p = e - len(phrase)
                k = bisect_right(starts, p) - 1
                in_word = phrase[0] not in _ADMIN_LEVELS and k >= 0 and starts[k] != p and ends[k] > p
            elif len(body) >= 3 and body in self._proper and body[0] not in _MODIFIER_CHARS:
                # 古城镇, 望城乡: a place jieba's dictionary names whole, though it ends like 城镇, 城乡
                # (also where the sentence splits it, 古城/镇党委); not 两城镇, 新城镇 (new towns)
                k = bisect_right(starts, start) - 1
                in_word = k >= 0 and starts[k] == start
        ok = self._names_unit_cached(name, suffix, False, in_word)
        if not ok and suffix in self.proper_name_suffixes and len(name) >= 2 \
                and self._own_name(text, s - len(name), s, e, suffix, legal, starts, ends, names):
            ok = self._names_unit_cached(name, suffix, True, in_word)
        return _Candidate(start, e, suffix, s, original) if ok else None

    def _names_unit_cached(self, name: str, suffix: str, proper: bool, in_word: bool) -> bool:
        """``_names_unit``, remembered (a pure decision on its arguments)."""
        key = (name, suffix, proper, in_word)
        ok = self._name_cache.get(key)
        if ok is None:
            ok = self._remember(self._name_cache, key, self._names_unit(name, suffix, proper, in_word))
        return ok

    def _own_name(self, text, a, s, e, suffix, legal, starts, ends, names) -> bool:
        """Whether the name from ``a`` to its ending ``s``..``e`` is marked as an organisation's
        own, so that an ending which needs a place does without one: a legal form (瀚海路桥建设
        有限公司, ``legal``) or an affiliation (临江理工大学附属医院) whatever word starts it, unless
        a count stands before it (一家饲料有限公司: any one company); a party committee after it,
        or jieba's dictionary holding it whole, when it starts as a proper name (江南大学党委,
        上海交通大学); or a short form of a name its document spells out (路桥公司 for 瀚海路桥建设
        有限公司)."""
        name = text[a:s]
        if (legal or self._affiliated.search(name)) and not _COUNTED.search(text, max(0, a - 4), a):
            return True
        if (text[a:e] in self._proper or bool(self._follower_re and self._follower_re.match(text, e))) \
                and self._proper_start(text, a, s, starts, ends):
            return True
        return names is not None and names.full_name(text[a:e], suffix) is not None

    def _proper_start(self, text: str, a: int, s: int, starts, ends) -> bool:
        """Whether the name from ``a`` to its ending at ``s`` starts as a proper name: with a
        word jieba's dictionary tags as one (江南/大学, 仁和/医院, 江南大学 itself), or with a character
        jieba found no word for (海/川/大学: a name it does not know); not with a common word
        (公立/医院, 二级/学院, 物业/公司) or a generic one (部分, 各类)."""
        k = max(bisect_right(starts, a) - 1, 0)
        if not starts or starts[k] != a:
            return False
        head = text[a:min(ends[k], s)]  # the first word, or as much of it as precedes the ending
        if len(head) == 1:
            return _CJK.match(head) is not None and head not in self.generic_names and head not in self.stop_chars
        proper = self._proper
        return any(head[:n] in proper for n in range(len(head), 1, -1))

    def _names_unit(self, name: str, suffix: str, proper: bool = False, in_word: bool = False) -> bool:
        """Whether ``name`` (grown, 原 and generic words off) before ``suffix`` names a unit;
        ``proper``: it is marked as an organisation's own name (see ``_candidate``); ``in_word``:
        a not-unit phrase it ends with starts inside a longer word (新建/村), so it does not count."""
        if not name or not (_CJK.search(name) or name.isalnum()):
            return False
        if name in self.generic_names or _NUMERAL.fullmatch(name):
            return False
        if name.startswith(self.self_references):
            return False  # (该)公司客服中心: an office of the unit the text refers to, which it does not name
        if all(ch in _ADMIN_LEVELS for ch in name + suffix):
            return False  # 县乡, 镇村: levels, not a unit
        if all(ch in _ADMIN_LEVELS for ch in name) and suffix in self.town_suffixes:
            return False  # 区街道 (全区街道), 县乡镇: levels again
        if name[0] in "镇乡" and suffix in self.internal_suffixes and not self._has_place(name[1:]):
            return False  # 镇便民服务中心: an office of a town the sentence does not name
        town = next((t for t in self._town_endings if name.endswith(t)), None) if suffix in _VILLAGE_ENDINGS else None
        if town and len(name) - len(town) >= 2:
            return False  # 杉木镇村干部: the town's village cadres; no village is named (古镇村 is one)
        body = name + suffix  # the unit's text without 原
        if body in self._not_unit_set or (not in_word and body.endswith(self._not_unit_endings)):
            return False
        if self._not_unit_parts_re and self._not_unit_parts_re.search(body):
            return False
        if self._follower_re and self._follower_re.search(name):
            return False  # 县四中党支部委员会: the organ of the unit before it
        if len(body) < 2:
            return False
        if suffix in self.prefixed_suffixes and not proper and not self._has_place(name):
            return False  # 网站, 子公司, 派出所: these endings need a place before them
        return True

    @staticmethod
    def _remember(cache: dict, key, value: bool) -> bool:
        """Store a pure decision in a bounded cache (emptied when full); returns ``value``."""
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        cache[key] = value
        return value

    def _has_place(self, name: str) -> bool:
        """县X, 区X, 市X …, or a place name of two or more characters followed by 县/镇/乡/街道…
        (市场 and 区域 are not places)."""
        if name[0] in _ADMIN and name[:2] not in _NOT_PLACE:
            return True
        if name.startswith(self.place_prefixes) and len(name) > 2 or name in self.place_prefixes:
            return True
        for w in self.admin_words:
            i = name.find(w, 2)
            while i >= 2:
                if name[i:i + 2] not in _NOT_PLACE and name[i - 1:i + 1] not in _NOT_PLACE_END \
                        and name[:i] not in self.generic_names:
                    return True
                i = name.find(w, i + 1)
        return False

    def _joins_names(self, text: str, left: tuple[int, int], start: int, s: int) -> bool:
        """Whether 和 between the token ``left`` and the name grown so far (``start``..``s``)
        joins two halves of one department's name (粮食和物资储备局) rather than two units
        (县财政局和县审计局): the right half has no place of its own, the left one is a name
        word that does not end like a unit."""
        right = text[start:s]
        tok = text[left[0]:left[1]]
        suffix = text[s:s + 3]
        return (suffix.startswith(self.department_endings)
                and len(right) >= 2 and not self._has_place(right) and len(tok) >= 2
                and tok[-1] not in self._suffix_ends and self._name_like(tok, single=False)
                and tok not in self.generic_names)

    def _joined_at(self, text: str, token_start: int, name_start: int) -> Optional[int]:
        """If a joined name (住房和城乡建设) ends at name_start, return where it starts."""
        for frag, splits in self._joined_splits:
            a = name_start - len(frag)
            if a >= 0 and a <= token_start < name_start and text[a:name_start] == frag:
                return a
            # fragment continuing into the name (住房和 + 城乡建设局)
            for head, tail in splits:
                if text.startswith(tail, name_start) and text[name_start - len(head):name_start] == head:
                    if name_start - len(head) <= token_start:
                        return name_start - len(head)
        return None

    def _name_like(self, tok: str, single: bool, lenient: bool = False) -> bool:
        """May this token be part of a unit's name? ``lenient`` for the part of the token
        that carries the ending (交易 of 交易中心): jieba made it one word with the ending.
        Generic words (国有, 行政) may stand inside a name (县国有林场); they are stripped
        from its start afterwards."""
        if not tok or not all(_CJK.match(ch) or (ch.isalnum() and not _ENCLOSED.match(ch)) for ch in tok):
            return False  # punctuation, or a list marker such as ⑪ ⒒ ㉑ glued to the name
        if tok.isdigit():
            return False
        if _ORDINAL.fullmatch(tok):
            return True  # 县第一中学
        if single:
            return lenient or tok not in self.stop_chars
        if tok in self.stop_words and not lenient:  # 检查站 is one word: 检查 names it there
            return False
        return lenient or tok in self.generic_names or tok not in self._stop_tagged

    def _strip_generic_prefix(self, name: str) -> str:
        """``name`` without the generic words it starts with (有关县财政局 -> 县财政局), longest first;
        a generic word alone stays."""
        while name:
            for g in self._generic_by_first.get(name[0], ()):
                if name.startswith(g) and len(name) > len(g):
                    name = name[len(g):]
                    break
            else:
                return name
        return name

    def _resolve(self, cands: list[_Candidate], text: str = "") -> list[_Candidate]:
        """Village under its town stays whole; an office inside a unit rolls up to it."""
        cands = sorted(cands, key=lambda c: (c.start, -c.end))
        keep: list[_Candidate] = []
        for c in cands:
            replaced = False
            for k, prev in enumerate(keep):
                if c.start < prev.end and prev.start < c.end:  # overlap
                    outer, inner = (prev, c) if prev.end >= c.end else (c, prev)
                    winner = self._outer_or_inner(outer, inner, text)
                    keep[k] = winner
                    replaced = True
                    break
            if not replaced:
                keep.append(c)
        # dedupe and order
        seen = set()
        out = []
        for c in sorted(keep, key=lambda c: c.start):
            if (c.start, c.end) not in seen:
                seen.add((c.start, c.end))
                out.append(c)
        return out

    def _outer_or_inner(self, outer: _Candidate, inner: _Candidate, text: str = "") -> _Candidate:
        if inner.end <= outer.suffix_start and inner.suffix in _VILLAGE_ENDINGS \
                and outer.suffix in self.village_parts:
            return inner  # 柏林村集体经济合作社 -> 柏林村: the village's own economic body
        if inner.end <= outer.suffix_start and text.startswith(self.dependent_prefixes, inner.end):
            return inner  # 县供销社下属公司 -> 县供销社 (a subsidiary counts as its parent)
        if inner.end <= outer.suffix_start and inner.start == outer.start and inner.suffix in self.parent_suffixes \
                and not text[inner.end:outer.end].endswith(self.own_name_endings) \
                and not (inner.suffix == "中心" and text[inner.end:outer.end] in self.standalone):
            # 县林业局森林公安分局, 县人民法院执行局, 县融媒体中心新闻采编部 -> the parent
            # (but 城关镇中心学校 is one name: 中心 before a school or clinic describes it)
            return inner
        if inner.end <= outer.suffix_start and outer.suffix in self.internal_suffixes \
                and inner.suffix not in self.internal_suffixes:
            if inner.suffix in self.town_suffixes and outer.suffix in self.standalone:
                return outer
            return inner  # 县交通局运输管理所 -> 县交通局
        return outer


# 恒岳建工集团有限公司（以下简称“恒岳建工”）, （简称：省一院）: a document's own short name
_DEFINITION = re.compile(r"[（(]\s*(?:以下|下文)?(?:简称|称)[：:为]?\s*[“\"‘「]?([\u3400-\u9fff0-9A-Za-z]{2,16})[”\"’」]?\s*[）)]")
# sentences that may spell out a full name a document later shortens: a company's legal form
# or a definition. Universities, hospitals and banks are shortened by definition when they are
# (（以下简称“附一院”）); scanning every 江南大学党委 sentence as well found no more units on any
# corpus part and cost 2 % of extraction's instructions
_FULL_NAME_HINT = re.compile("有限|集团|简称")
# 集团所属清源供水公司、排水公司、水务工程公司等6家子公司: the parts a document lists by the names it
# goes on to use for them (排水公司 is then one company, not a kind of company)
_LISTED = re.compile("(?:所属|下属|旗下|直属)((?:[\u3400-\u9fff]{2,16}[、和及])+[\u3400-\u9fff]{2,16}?)"
                     "(?:等|共)[0-9一二两三四五六七八九十]+[家个所](?:子公司|分公司|公司|企业|单位|二级单位|下属单位|所属单位)")


class DocumentNames:
    """The names one document defines ("（以下简称恒岳建工）") or spells out in full
    (瀚海路桥建设有限公司), so that the short names it uses afterwards count as those units:
    恒岳建工 (no unit ending at all) and 路桥公司 (an ending that needs a place before it).
    Build one per document (``add`` its sentences' texts, in batches if need be) and pass it
    to ``UnitRecognizer.find``; the short names then name the full one (their canonical)."""

    def __init__(self, recognizer: "UnitRecognizer"):
        self._rec = recognizer
        self.aliases: dict[str, str] = {}  # short name -> the full name it stands for
        self.full: list[str] = []  # organisations' full names written in the document
        self._short_re: Optional[re.Pattern] = None
        self._known: dict[str, Optional[str]] = {}
        # by unit ending: (full name, what precedes its last such ending) of the full names
        # that end so, a legal form aside (see full_name)
        self._heads_before: dict[str, list[tuple[str, str]]] = {}
        # companies' full names by their first two characters, for the short names written
        # without any ending (恒岳建工 for 恒岳建设工程集团有限公司)
        self._heads: dict[str, list[str]] = {}
        self._head_re: Optional[re.Pattern] = None

    def add(self, texts: Sequence[str], tokens: Optional[Sequence[Sequence[str]]] = None) -> "DocumentNames":
        """Take in sentences of the document (``tokens``: their jieba tokens, if at hand)."""
        rec = self._rec
        listed: list[str] = []  # named in a list of the document's parts: after the definitions
        for k, text in enumerate(texts):
            if "属" in text or "旗下" in text:  # what _LISTED starts with (所属, 下属, 直属, 旗下): most have none
                for m in _LISTED.finditer(text):
                        listed += [name for name in re.split("[、和及]", m.group(1))
                               if len(name) >= 4 and name.endswith(rec._endings) and name not in rec.generic_names]
            # 清泉供水公司党支部…: an organisation named as its own by its party organ (see
            # UnitRecognizer._own_name); the document's later bare mentions name it too
            organ = rec._organ_named_re is not None and rec._organ_named_re.search(text) is not None
            if not organ and not _FULL_NAME_HINT.search(text):
                continue
            mentions = rec.find(text, tokens=tokens[k] if tokens is not None else None)
            if organ:
                listed += [u.text for u in mentions if u.text[:1] not in _ADMIN_LEVELS and u.text[:1] != "原"
                           and u.text.endswith(rec._own_name_endings) and rec._follower_re.match(text, u.end)]
            for u in mentions:  # an organisation's own name: 县公立医院 is a kind of unit, not one
                if u.text not in self.full and (u.text.endswith(rec._company_names) or (
                        u.text.endswith(rec._own_name_endings) and u.text.lstrip("原")[:1] not in _ADMIN)):
                    self.full.append(u.text)
            for m in _DEFINITION.finditer(text):
                full = next((u.text for u in mentions if u.end == m.start()), None)
                short = m.group(1)
                if full and short != full and short not in rec.generic_names:
                    self.aliases.setdefault(short, full)
        for name in listed:
            self.aliases.setdefault(name, name)
        self._short_re = _any_of(sorted(self.aliases, key=len, reverse=True)) if self.aliases else None
        self._heads = {}
        for full in self.full:  # a company's own name, no place in its first characters
            if len(full) >= 6 and full.endswith(rec._company_names) \
                    and not any(ch in _ADMIN_LEVELS for ch in full[:3]):
                self._heads.setdefault(full[:2], []).append(full)
        self._head_re = _any_of(sorted(self._heads)) if self._heads else None
        self._known.clear()
        self._heads_before.clear()
        return self

    @property
    def active(self) -> bool:
        """Whether the document defined or spelt out any name its sentences may shorten."""
        return self._short_re is not None or self._head_re is not None

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """Where the document's short names without an ending stand in ``text``: defined ones,
        and four or more characters that run, in order, through one company's full name from
        its first two (恒岳建工 in 恒岳建设工程集团有限公司, 南湾港务 in 南湾港务集团有限公司)."""
        spans = [m.span() for m in self._short_re.finditer(text)] \
            if self._short_re is not None and self._short_re.search(text) else []  # mostly none: no list
        if self._head_re is None:
            return spans
        for m in self._head_re.finditer(text):
            a = m.start()
            if not any(x <= a < y for x, y in spans):
                run = self._head_run(text, a)
                if run is not None:
                    spans.append((a, run[0]))
        return sorted(spans)

    def _head_run(self, text: str, a: int) -> Optional[tuple[int, str]]:
        """(end, full name) of the short name without an ending that starts at ``a``: the
        longest run of characters from there that goes, in order, through one company's full
        name from its first two, four characters or more and not the full name itself; None if
        there is none, or it could stand for two companies."""
        fulls = self._heads.get(text[a:a + 2])
        if not fulls:
            return None  # most names start unlike any of the document's companies
        runs = set()
        for full in fulls:
            i, j = a + 2, 2
            while i < len(text):
                pos = full.find(text[i], j)
                if pos < 0:
                    break
                i, j = i + 1, pos + 1
            if i - a >= 4 and text[a:i] != full:
                runs.add((i, full))
        return max(runs) if len({full for _, full in runs}) == 1 else None

    def full_name(self, name: str, ending: str = "") -> Optional[str]:
        """The full name ``name`` stands for: a defined short name, or the one full name of
        the document that holds its characters in order, ends the same way and starts with
        its first two characters side by side (路桥公司 -> 瀚海路桥建设有限公司; 物流公司 ->
        瀚海智慧物流发展有限公司), or a short form without an ending (``_head_run``: 恒岳建工).
        None if it is no short name, or stands for two. ``ending``:
        the unit ending ``name`` ends with, if the caller knows it."""
        if name in self.aliases:
            return self.aliases[name]
        if not self.full:
            return None
        if name in self._known:
            return self._known[name]
        run = self._head_run(name, 0) if self._heads else None
        if run is not None and run[0] == len(name):  # 恒岳建工
            self._known[name] = run[1]
            return run[1]
        found = None
        ending = ending or next((x for x in self._rec.suffixes if name.endswith(x)), "")
        body = name[:len(name) - len(ending)]
        if ending and len(body) >= 2:
            for full, head in self._ending_in(ending):
                if full == name:
                    continue
                i = head.find(body[:2])
                if i < 0 or not _in_order(body[2:], head, i + 2):
                    continue
                if found is not None and found != full:
                    found = None
                    break
                found = full
        self._known[name] = found
        return found


    def _ending_in(self, ending: str) -> list[tuple[str, str]]:
        """(full name, its text before ``ending``) of the document's full names that end with
        ``ending``, a legal form or 公司 after it allowed: 港务集团 stands for 南湾港务集团有限公司,
        not for 南湾港务物流中心. Worked out once per ending, not per short name."""
        pairs = self._heads_before.get(ending)
        if pairs is None:
            pairs = []
            for full in self.full:
                cut = full.rfind(ending)
                if cut > 0 and full[cut + len(ending):] in self._rec._legal_tails:
                    pairs.append((full, full[:cut]))
            self._heads_before[ending] = pairs
        return pairs


def _in_order(chars: str, text: str, start: int) -> bool:
    """Whether ``chars`` occur in ``text`` from ``start`` on, in order."""
    for ch in chars:
        start = text.find(ch, start) + 1
        if start == 0:
            return False
    return True


def suggest_aliases(names: Sequence[str]) -> list[tuple[str, str, float]]:
    """Likely short/full pairs among unit names of one region: the short name's characters
    appear in order in the full one, sharing the first character and the ending
    (县交通局 ~ 县交通运输局). Returns (short, full, score) best first."""
    out = []
    uniq = sorted(set(names))
    for short in uniq:
        for full in uniq:
            if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
                continue
            if _in_order(short, full, 0):
                score = len(short) / len(full)
                out.append((short, full, round(score, 3)))
    out.sort(key=lambda t: (-t[2], t[0]))
    return out

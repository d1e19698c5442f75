"""Word automatic list numbering (``word/numbering.xml``) rendered as text.

Headings in Chinese reports are often Word lists: the paragraph holds 巡察发现的主要问题 and
Word draws 一、 in front of it from the list definition. To find sections, the reader needs
the number as text, so each numbered paragraph gets its number, rendered as Word would:

* a paragraph is numbered by its own ``w:numPr`` or by its paragraph style's (following
  ``w:basedOn``; a style linked to a list level through ``w:lvl/w:pStyle`` takes that level);
  ``numId`` 0 switches numbering off;
* ``w:num`` instances share the counters of their ``w:abstractNum`` (numbering continues
  across them, as in Word), except that a ``w:lvlOverride/w:startOverride`` restarts the level
  at the first paragraph of that instance; ``numStyleLink``/``styleLink`` are followed;
* a level restarts after any higher level is used, unless ``w:lvlRestart`` says otherwise
  (0: never; n: after level n);
* ``w:lvlText`` is a template (``%1、`` ``（%2）`` ``%1.%2``) whose ``%n`` are the current
  counters of level n in that level's ``w:numFmt``: chineseCounting and
  chineseCountingThousand (一 … 十一 … 九十九), chineseLegalSimplified (壹 贰), ideographTraditional
  (甲 乙), ideographZodiac (子 丑), ideographDigital, decimal, decimalZero, decimalFullWidth,
  decimalEnclosedCircle (① … ⑳ ㉑ … ㊿), decimalEnclosedParen (⑴), decimalEnclosedFullstop (⒈),
  upper/lowerLetter, upper/lowerRoman; others fall back to decimal; ``w:isLgl`` forces decimal;
* bullets and ``none`` levels add no text; the suffix (``w:suff``) after the number is a tab
  (default), a space or nothing — the cleaning stage turns it into the spacing of the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

_W_NS = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_LEVELS = 9
MAX_COUNTER = 100_000


def _w(local: str) -> frozenset[str]:
    return frozenset("{%s}%s" % (ns, local) for ns in _W_NS)


_ABSTRACT, _NUM, _LVL, _START, _FMT, _TEXT = (_w(x) for x in ("abstractNum", "num", "lvl", "start", "numFmt", "lvlText"))
_RESTART, _ISLGL, _SUFF, _PSTYLE = (_w(x) for x in ("lvlRestart", "isLgl", "suff", "pStyle"))
_ABSTRACT_ID, _OVERRIDE, _START_OVERRIDE = _w("abstractNumId"), _w("lvlOverride"), _w("startOverride")
_STYLE_LINK, _NUM_STYLE_LINK = _w("styleLink"), _w("numStyleLink")
_STYLE, _PPR, _NUMPR, _ILVL, _NUMID, _BASED_ON = (_w(x) for x in ("style", "pPr", "numPr", "ilvl", "numId", "basedOn"))
_ALTERNATE = "{%s}AlternateContent" % _MC_NS
_FALLBACK = "{%s}Fallback" % _MC_NS
_CHOICE = "{%s}Choice" % _MC_NS

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _val(element) -> Optional[str]:
    for key, value in element.attrib.items():
        if key.endswith("}val") or key == "val":
            return value
    return None


def _int(value: Optional[str], default: Optional[int] = None) -> Optional[int]:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# --- number formats ----------------------------------------------------------------------------

def chinese_number(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百",
                   thousand: str = "千") -> str:
    """一 … 十 十一 … 九十九 一百 一百零一 … (up to 9999; larger numbers as digits)."""
    if n <= 0 or n > 9999:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 20 and ten == "十":
        return ten + (digits[n % 10] if n % 10 else "")
    out = []
    units = ((1000, thousand), (100, hundred), (10, ten), (1, ""))
    zero = False
    for value, name in units:
        d = (n // value) % 10
        if d:
            if zero and out:
                out.append(digits[0])
            out.append(digits[d] + name)
            zero = False
        elif out:
            zero = True
    return "".join(out)


def _letters(n: int) -> str:
    """A … Z, AA … ZZ, AAA … as Word counts."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, symbol in _ROMAN:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def _circled(n: int) -> str:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return str(n)


def format_number(n: int, fmt: str) -> str:
    """The counter ``n`` in Word's ``numFmt`` ``fmt``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "koreanCounting"):
        return chinese_number(n)
    if fmt == "chineseLegalSimplified":
        return chinese_number(n, _CN_LEGAL, "拾", "佰", "仟")
    if fmt == "ideographTraditional":
        return _HEAVENLY[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return _ZODIAC[n - 1] if 1 <= n <= 12 else str(n)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _circled(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return str(n)


# --- definitions -------------------------------------------------------------------------------

@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: Optional[str] = None
    restart: Optional[int] = None  # None: after any higher level; 0: never; n: after level n
    legal: bool = False
    suffix: str = "tab"
    style: Optional[str] = None


@dataclass
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level
    levels: dict[int, Level] = field(default_factory=dict)  # whole-level overrides


def _level(lvl) -> Level:
    level = Level()
    for child in lvl:
        tag = child.tag
        if tag in _START:
            level.start = _int(_val(child), 1) or 0
        elif tag in _FMT:
            level.fmt = _val(child) or "decimal"
        elif tag == _ALTERNATE:  # Word 2010+: mc:Choice holds a custom format, Fallback the plain one
            fallback = next((c for c in child if c.tag == _FALLBACK), None)
            for inner in (fallback if fallback is not None else []):
                if inner.tag in _FMT:
                    level.fmt = _val(inner) or "decimal"
        elif tag in _TEXT:
            level.text = _val(child)
        elif tag in _RESTART:
            level.restart = _int(_val(child))
        elif tag in _ISLGL:
            level.legal = _val(child) not in ("0", "false", "off")
        elif tag in _SUFF:
            level.suffix = _val(child) or "tab"
        elif tag in _PSTYLE:
            level.style = _val(child)
    return level


class Numbering:
    """List definitions of one document, and the counters while its paragraphs are read."""

    def __init__(self, numbering_root=None, styles_root=None):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNumId -> numStyleLink style
        self.style_abstract: dict[str, str] = {}  # styleLink style -> abstractNumId
        self.nums: dict[str, _Num] = {}
        self.style_numpr: dict[str, tuple[Optional[str], Optional[int]]] = {}
        self.style_based: dict[str, str] = {}
        self.counters: dict[str, list[Optional[int]]] = {}
        self.started: set[str] = set()
        if numbering_root is not None:
            self._read_numbering(numbering_root)
        if styles_root is not None:
            self._read_styles(styles_root)

    @property
    def empty(self) -> bool:
        return not self.nums

    def _read_numbering(self, root) -> None:
        for child in root:
            if child.tag in _ABSTRACT:
                aid = next((v for k, v in child.attrib.items() if k.endswith("abstractNumId")), None)
                if aid is None:
                    continue
                levels: dict[int, Level] = {}
                for item in child:
                    if item.tag in _LVL:
                        ilvl = _int(next((v for k, v in item.attrib.items() if k.endswith("ilvl")), None))
                        if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                            levels[ilvl] = _level(item)
                    elif item.tag in _NUM_STYLE_LINK:
                        self.abstract_link[aid] = _val(item) or ""
                    elif item.tag in _STYLE_LINK:
                        self.style_abstract[_val(item) or ""] = aid
                self.abstracts[aid] = levels
            elif child.tag in _NUM:
                nid = next((v for k, v in child.attrib.items() if k.endswith("numId")), None)
                ref = next((c for c in child if c.tag in _ABSTRACT_ID), None)
                if nid is None or ref is None:
                    continue
                num = _Num(_val(ref) or "")
                for override in child:
                    if override.tag not in _OVERRIDE:
                        continue
                    ilvl = _int(next((v for k, v in override.attrib.items() if k.endswith("ilvl")), None))
                    if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                        continue
                    for item in override:
                        if item.tag in _START_OVERRIDE:
                            num.starts[ilvl] = _int(_val(item), 1) or 0
                        elif item.tag in _LVL:
                            num.levels[ilvl] = _level(item)
                self.nums[nid] = num

    def _read_styles(self, root) -> None:
        for style in root:
            if style.tag not in _STYLE:
                continue
            sid = next((v for k, v in style.attrib.items() if k.endswith("styleId")), None)
            if sid is None:
                continue
            for child in style:
                if child.tag in _BASED_ON:
                    self.style_based[sid] = _val(child) or ""
                elif child.tag in _PPR:
                    numpr = next((c for c in child if c.tag in _NUMPR), None)
                    if numpr is not None:
                        self.style_numpr[sid] = _numpr(numpr)

    # -- per paragraph ---------------------------------------------------------------------

    def paragraph_style(self, p) -> Optional[str]:
        ppr = next((c for c in p if c.tag in _PPR), None)
        if ppr is None:
            return None
        style = next((c for c in ppr if c.tag in _PSTYLE), None)
        return _val(style) if style is not None else None

    def _style_numpr(self, style: Optional[str]) -> tuple[Optional[str], Optional[int]]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_numpr:
                return self.style_numpr[style]
            style = self.style_based.get(style)
        return None, None

    def _abstract_of(self, num: _Num) -> Optional[str]:
        aid = num.abstract
        for _ in range(4):  # numStyleLink -> style -> its num -> abstract
            link = self.abstract_link.get(aid)
            if not link:
                return aid
            if link in self.style_abstract and self.style_abstract[link] != aid:
                return self.style_abstract[link]
            nid, _ = self._style_numpr(link)
            if nid is None or nid not in self.nums:
                return aid
            aid = self.nums[nid].abstract
        return aid

    def label(self, p) -> str:
        """The number text of paragraph ``p`` (with its suffix), advancing the counters."""
        if self.empty:
            return ""
        ppr = next((c for c in p if c.tag in _PPR), None)
        direct = next((c for c in ppr if c.tag in _NUMPR), None) if ppr is not None else None
        nid, ilvl = _numpr(direct) if direct is not None else (None, None)
        style = self.paragraph_style(p)
        if nid is None:
            style_nid, style_ilvl = self._style_numpr(style)
            nid = style_nid
            if ilvl is None:
                ilvl = style_ilvl
        if nid is None or nid == "0" or nid not in self.nums:
            return ""
        num = self.nums[nid]
        aid = self._abstract_of(num)
        levels = self.abstracts.get(aid or "", {})
        if ilvl is None:  # a style linked to a level of the list
            ilvl = next((i for i, lv in levels.items() if style and lv.style == style), 0)
        if not 0 <= ilvl < MAX_LEVELS:
            return ""
        level = num.levels.get(ilvl) or levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(aid or "", [None] * MAX_LEVELS)
        if nid not in self.started:
            self.started.add(nid)
            for over in num.starts:
                counters[over] = None
        current = counters[ilvl]
        start = num.starts.get(ilvl, level.start)
        counters[ilvl] = start if current is None else min(current + 1, MAX_COUNTER)
        for deeper in range(ilvl + 1, MAX_LEVELS):
            lv = num.levels.get(deeper) or levels.get(deeper)
            restart = lv.restart if lv is not None else None
            if restart is None or (restart and restart <= ilvl + 1):
                counters[deeper] = None
        if level.fmt == "bullet" or level.text is None:
            return ""
        text = _render(level, counters, num, levels)
        if not text.strip():
            return ""
        return text + {"tab": "\t", "space": " "}.get(level.suffix, "")


def _render(level: Level, counters: list, num: _Num, levels: dict[int, Level]) -> str:
    out = []
    template = level.text or ""
    i = 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1] in "123456789":
            ref = int(template[i + 1]) - 1
            lv = num.levels.get(ref) or levels.get(ref) or Level()
            value = counters[ref]
            if value is None:
                value = num.starts.get(ref, lv.start)
            if lv.fmt not in ("bullet", "none"):
                out.append(format_number(value, "decimal" if level.legal else lv.fmt))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _numpr(numpr) -> tuple[Optional[str], Optional[int]]:
    nid = ilvl = None
    for child in numpr:
        if child.tag in _NUMID:
            nid = _val(child)
        elif child.tag in _ILVL:
            ilvl = _int(_val(child))
    return nid, ilvl

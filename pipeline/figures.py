"""Figures: numbers with their measure words (3.6万元, 32人, 80%) found in a sentence.

``extract_figures(text)`` returns :class:`pipeline.records.Figure` records in text order:
``value`` has 万/亿 (and 千/百 after Arabic digits) multiplied in, ``measure`` is the base
measure word (元, 人, 件 ...), ``text`` the exact substring of ``text``.

Decisions (documented so reports stay consistent):
- 3.6万元 -> 36000 元; 1.2亿元 -> 120000000 元; 1,200元 -> 1200 元 (a comma followed by
  exactly three digits is a thousands separator).
- Chinese numerals are read: 三十二人 -> 32, 两名 -> 2, 一百零五件 -> 105, 二十万元 -> 200000.
- Approximate counts keep their stated number as a lower bound: 十余人 / 10余人 / 20多名 /
  30余万元 -> 10, 10, 20, 300000; the 余/多 stays in ``text``. 数十人, 几名, 若干 carry no
  number and are skipped. A leading 约/近/超/逾 is not part of the figure.
- Ranges 3至5人 / 3-5人 give one figure with the lower bound (3) and the whole range as text.
- Percentages: 80% and 80％ -> value 80, measure "%"; 百分之三十 -> 30 "%";
  5.2个百分点 -> 5.2 "个百分点".
- Not figures: years and dates (2020年, 二〇二三年, 2023年度, 3月, 5日), ordinals (第3页,
  第一次), section numbers (一、 (一) 1. 一是), and numbers inside set phrases of the genre
  (一把手, 三会一课, 四风, 八项规定, 一岗双责, 三重一大, 两个责任, 四种形态, 一次性 ...).
  Durations are figures: 3年, 五年, 14个月, 3天.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .records import Figure

__all__ = ["extract_figures", "parse_chinese_number", "MEASURES", "SET_PHRASES"]

# Longest first matters: 个百分点 before 个, 人次 before 人, 平方米 before 米.
MEASURES: tuple[str, ...] = (
    "个百分点", "个季度", "平方公里", "平方米", "立方米", "个工作日", "工作日", "个月", "小时", "人次", "户次",
    "件次", "公里", "千米", "公顷",
    "%", "％", "元", "件", "起", "人", "名", "个", "项", "条", "次", "家", "户", "笔", "份", "场",
    "天", "年", "周", "亩", "米", "吨", "套", "处", "间", "所", "辆", "台", "本", "张", "篇", "期",
    "批", "宗", "栋", "座", "块", "盒", "岁", "届", "轮", "类", "种", "位", "单", "卷", "册",
    "课时", "学时", "分钟", "季度",
)
_MEASURES_RE = "|".join(re.escape(m) for m in MEASURES)

# Numbers inside these phrases are names, not counts. Listed literally; extend as needed.
SET_PHRASES: tuple[str, ...] = (
    "一把手", "二把手", "三会一课", "四风", "八项规定", "一岗双责", "三重一大", "两个责任",
    "四种形态", "第一种形态", "两个维护", "四个意识", "四个自信", "两个确立", "三个代表",
    "四个全面", "五位一体", "两学一做", "三务公开", "三资", "四议两公开", "一票否决", "一次性",
    "两张皮", "一刀切", "一阵风", "三龄两历一身份", "两委", "两不愁三保障", "三保障",
    "一号文件", "三公经费", "一站式", "一网通办", "最多跑一次", "一线", "三严三实", "四下基层",
    "一报告两评议", "三不腐", "一案双查", "一案三查", "两个务必", "一条龙", "五个不直接分管",
    "四个不直接分管", "十四五", "十三五", "两项补贴", "两类人员", "三类人员", "两个文明",
    "一手抓", "两手抓", "一肩挑", "一把抓", "一言堂", "一团和气", "一知半解", "一读了之",
    "一签了之", "一销了之", "一发了之", "一转了之", "一推了之", "一罚了之", "一改了之",
    "一了百了", "一次办", "一件事", "一张网", "一张图", "一盘棋", "一体推进", "三级联动",
    "两个毫不动摇", "四个不摘", "五个振兴", "三个区分开来", "第一议题", "第一责任人",
    "第一种", "一个别", "三项制度", "两个结合", "六稳", "六保", "三农", "三清", "两违",
    "四上企业", "八小时以外", "八小时外", "一事一议", "一次告知", "一次性告知", "三同时", "两高", "一带一路",
)
# 一X一Y patterns (一村一策, 一户一档, 一人一档): a name, not one person and one file.
_ONE_ONE_RE = re.compile(r"一[^\d\s一二两三四五六七八九十]一[^\d\s]")
_SET_PHRASES_RE = re.compile("|".join(re.escape(p) for p in sorted(SET_PHRASES, key=len, reverse=True)))

_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}

_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_CN = rf"[{_CN_CHARS}]+"
_NUM = rf"(?:{_AR}|{_CN})"
_RANGE_SEPS = ("至", "到", "-", "~", "～", "—", "－", "–")
_RANGE_SEP = "(?:" + "|".join(map(re.escape, _RANGE_SEPS)) + ")"

_FIGURE_RE = re.compile(
    rf"""
    (?<![\d.A-Za-z零〇○一二两三四五六七八九十百千万亿第数几])  # not inside a number; not after 第 (ordinal) or 数/几 (数十人)
    (?:(?P<lo>{_NUM}){_RANGE_SEP})?                           # optional range start: 3至
    (?P<num>{_NUM})
    (?P<approx1>余|多)?
    (?P<mult>百万|千万|百亿|千亿|[百千]|万|亿)?
    (?P<approx2>余|多)?
    (?P<measure>{_MEASURES_RE})
    """,
    re.VERBOSE,
)
# a figure needs a numeral: sentences without one are skipped before the real patterns run
_ANY_NUMERAL = re.compile("[0-9０-９" + "".join(_CN_DIGITS) + "".join(_CN_UNITS) + "]")
# Where a match of _FIGURE_RE may start: a numeral, then only characters a figure holds
# before its measure word (those of _NUM, _RANGE_SEP and 余/多; the multipliers are
# numerals), then a measure word. Every match of _FIGURE_RE matches this too, at the same
# place; this one starts with a character class, which the regex engine scans for fast, where
# _FIGURE_RE (led by its lookbehind) is tried at every character. Keep the two in step.
_FIGURE_START_RE = re.compile(
    rf"[\d{_CN_CHARS}][\d{_CN_CHARS},.{''.join(map(re.escape, _RANGE_SEPS))}余多]*(?:{_MEASURES_RE})"
)
_WIDE = re.compile("[０-９．]")  # what _WIDTH translates
_PERCENT_CN_RE = re.compile(rf"百分之(?P<num>{_CN}|{_AR})")

# 一起 is "one case" only before a case-like noun; otherwise it is "together".
_YIQI_NOUN_RE = re.compile(r"(案|事|问题|违|信访|舆情|投诉|责任|安全|交通|火灾|群体|典型|突发|生产|质量|医疗|纠纷|矛盾)")

_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)} | {"．": "."})


def parse_chinese_number(text: str) -> int | None:
    """Read a Chinese numeral (三十二 -> 32, 一百零五 -> 105, 两千 -> 2000, 二〇二三 -> 2023).

    Returns None when ``text`` is not a well-formed numeral.
    """
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text):  # digit by digit: 二〇二三
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and _CN_DIGITS[ch] != 0 and digit != 0:
                return None  # 三四 inside a unit numeral: malformed
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            section += (digit if digit is not None else 1) * unit
            digit = None
        elif ch in _CN_BIG:
            big = _CN_BIG[ch]
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * big if big == 100_000_000 else total + section * big
            section = 0
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def _number(text: str) -> Decimal | None:
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    value = parse_chinese_number(text)
    return Decimal(value) if value is not None else None


def _is_chinese(text: str) -> bool:
    return not text[0].isdigit()


_MULT = {"百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000,
         "百万": 1_000_000, "千万": 10_000_000, "百亿": 10_000_000_000, "千亿": 100_000_000_000}


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    # most sentences hold no set phrase: one search says so, without building match lists
    spans = [m.span() for m in _SET_PHRASES_RE.finditer(text)] if _SET_PHRASES_RE.search(text) else []
    if _ONE_ONE_RE.search(text):
        spans += [m.span() for m in _ONE_ONE_RE.finditer(text)]
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_year(num_text: str, measure: str, after: str) -> bool:
    """2020年, 二〇二三年, 2023年度, 三年级: dates and grades, not durations."""
    if measure not in ("年", "届"):
        return False
    if after.startswith(("度", "级", "底", "初", "末", "中", "上半年", "下半年", "前", "以来", "起")) \
            and num_text.isdigit() and len(num_text) >= 4:
        return True
    if after.startswith(("度", "级")):
        return True
    if num_text.isdigit() and len(num_text) == 4 and 1900 <= int(num_text) <= 2100:
        return True
    if not num_text[0].isdigit() and all(ch in _CN_DIGITS for ch in num_text) and len(num_text) >= 2:
        return True  # 二〇二三年
    return False


def _figure_matches(work: str):
    """What ``_FIGURE_RE.finditer(work)`` yields: matches tried only where _FIGURE_START_RE
    matches (a match of _FIGURE_RE cannot start anywhere else)."""
    pos = 0
    search, match = _FIGURE_START_RE.search, _FIGURE_RE.match
    while True:
        hint = search(work, pos)
        if hint is None:
            return
        m = match(work, hint.start())  # the lookbehind still sees what stands before
        if m is None:
            pos = hint.start() + 1
        else:
            yield m
            pos = m.end()


def extract_figures(text: str) -> list[Figure]:
    """The figures of ``text`` in order: Figure(value, measure, text) with ``text`` a substring."""
    if not text or not _ANY_NUMERAL.search(text):
        return []
    # full-width digits, one character for one
    work = text.translate(_WIDTH) if _WIDE.search(text) else text
    # Most sentences with a numeral still hold no figure (一些, 进一步): _figure_matches finds
    # nothing where _FIGURE_START_RE finds nothing, and a spelled-out percentage needs 百分之.
    percent = "百分之" in work
    if not percent and _FIGURE_START_RE.search(work) is None:
        return []
    # spelled-out percentages: where they stand, and their spans, which no other figure may overlap
    percents: list[tuple[int, Figure]] = []
    taken: list[tuple[int, int]] = []
    if percent:
        for m in _PERCENT_CN_RE.finditer(work):
            value = _number(m.group("num"))
            if value is None:
                continue
            percents.append((m.start(), Figure(value=_as_float(value), measure="%", text=text[m.start():m.end()])))
            taken.append((m.start(), m.end()))

    # _figure_matches yields non-overlapping matches left to right, so these come in text order
    # and none overlaps an earlier one: only the set phrases and percentages can block them.
    figures: list[tuple[int, Figure]] = []
    blocked = None  # the set phrases' spans, found once a figure needs them
    for m in _figure_matches(work):
        start, end = m.start(), m.end()
        if blocked is None:
            blocked = _blocked_spans(work)
        if (blocked and _overlaps(start, end, blocked)) or (taken and _overlaps(start, end, taken)):
            continue
        lo, num_text, mult, approx2, measure = m.group("lo", "num", "mult", "approx2", "measure")
        after = work[end:end + 4]
        if mult and not approx2 and (mult + measure) in MEASURES:
            measure, mult = mult + measure, None  # 3千米 is 3 km, not 3000 m
        chinese = _is_chinese(num_text)
        # Chinese numerals swallow 十/百/千/万/亿 themselves; a separate multiplier after
        # Chinese digits (三十万) is read as part of the numeral.
        if mult and chinese:
            num_text = num_text + mult
            mult = None
        if chinese and not any(ch in _CN_DIGITS for ch in num_text) and not num_text.startswith("十"):
            continue  # 百人, 千方百计, 万人: no digit, not a count
        value = _number(num_text)
        if value is None:
            continue
        if mult:
            value *= _MULT[mult]  # num_text is Arabic here: a Chinese one took its multiplier in
        if _is_year(num_text, measure, after):
            continue
        if measure == "次" and after.startswith("性"):
            continue
        if num_text == "一" and measure == "起" and not lo and not _YIQI_NOUN_RE.match(after):
            continue
        if measure == "个" and chinese and after.startswith(("别", "人", "体")):
            continue  # 一个别? 一个人 -> leave to 人 ; 一个体户
        if lo is not None:
            lo_value = _number(lo)
            if lo_value is None:
                continue
            if mult:
                lo_value *= _MULT[mult]
            value = min(value, lo_value)
        measure_out = "%" if measure in ("%", "％") else measure
        figures.append((start, Figure(value=_as_float(value), measure=measure_out, text=text[start:end])))

    if percents:  # no two figures start at one place (they would overlap)
        figures = sorted(percents + figures, key=lambda item: item[0])
    return [figure for _, figure in figures]


def _as_float(value: Decimal) -> float:
    return float(value)

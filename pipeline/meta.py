"""Document metadata: title, region and the year assessed, from the first lines or the path.

An optional ``meta.csv`` beside the files (columns ``file,region,year``) gives them explicitly;
the caller decides which wins (an explicit CSV row or ``--region/--year`` over detection).
"""
from __future__ import annotations

import csv
import io
import re
from difflib import SequenceMatcher
from pathlib import Path, PurePath
from typing import Optional, Sequence

from .errors import ReadError
from .records import DocumentMeta, Paragraph
from .structure import heading_of

META_FILE = "meta.csv"
TITLE_LOOKAHEAD = 5  # the title is among the first few paragraphs
MAX_TITLE = 80

TITLE_WORDS = (
    "报告", "意见", "通报", "情况", "总结", "方案", "汇报", "反馈", "决定", "通知", "评价",
    "分析", "清单", "说明", "讲话", "公告", "整改", "巡察", "巡视",
)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_DATE_LINE = re.compile(
    r"^[（(]?\s*([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月"
    r"(\s*[0-9一二三四五六七八九十]{1,3}\s*日)?\s*[）)]?$"
)
_DOC_NUMBER = re.compile(r"〔\s*[0-9]{4}\s*〕|\[\s*[0-9]{4}\s*\]|[0-9]{4}\s*〕.*号$|第\s*[0-9]+\s*号$")
_SKIP_LINE = re.compile(r"^(密级|机密|秘密|绝密|签发人|附件|抄送|印发|主送|编号|紧急程度|特急|加急)")

# ---------------------------------------------------------------------------------------------
# Title


def _is_title_like(text: str) -> bool:
    t = text.strip()
    if not (2 <= len(t) <= MAX_TITLE):
        return False
    if _SENTENCE_END.search(t) or t.endswith(("：", ":", "，", ",")):
        return False
    if _DATE_LINE.match(t) or _DOC_NUMBER.search(t) or _SKIP_LINE.match(t):
        return False
    if t.startswith(("——", "—", "--")):
        return False  # a subtitle such as ——在全县大会上的讲话
    if heading_of(t) is not None:
        return False
    if not re.search(r"[\u4e00-\u9fff]", t):
        return False
    return True


# What a title ends with (the document type); the longer list above may appear anywhere.
TITLE_ENDINGS = (
    "报告", "意见", "通报", "情况", "总结", "方案", "汇报", "决定", "通知", "评价", "分析",
    "清单", "说明", "讲话", "公告", "函", "纪要", "建议书", "台账", "问题",
)


def _has_title_word(text: str) -> bool:
    return any(word in text for word in TITLE_WORDS)


def _ends_like_title(text: str) -> bool:
    return text.rstrip("）)》 ").endswith(TITLE_ENDINGS)


def _same_title(a: str, b: str) -> bool:
    """True when ``a`` looks like a truncated or garbled copy of ``b``."""
    if a in b:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def detect_title(paragraphs: Sequence[Paragraph]) -> Optional[str]:
    """The title among the first few paragraphs, or None.

    The first title-like paragraph (short, no sentence end, not a date, document number or
    heading) that carries a title word (报告/意见/通报/情况…) wins, else the first title-like
    one; a truncated or garbled copy right before a fuller line gives way to that line, and a
    title broken over two lines (the first without a title word) is joined.
    """
    head = [p.text.strip() for p in paragraphs[:TITLE_LOOKAHEAD]]
    candidates = [(i, t) for i, t in enumerate(head) if _is_title_like(t)]
    if not candidates:
        return None
    chosen_i, chosen = next(
        ((i, t) for i, t in candidates if _ends_like_title(t)),
        next(((i, t) for i, t in candidates if _has_title_word(t)), candidates[0]),
    )
    # A fuller copy of the chosen line right after it (a truncated first line) wins.
    for i, text in candidates:
        if chosen_i < i <= chosen_i + 2 and len(text) > len(chosen) and _same_title(chosen, text):
            chosen_i, chosen = i, text
    # A title broken over lines: "关于……巡察" + "反馈意见整改情况的报告".
    first = chosen_i
    while first > 0 and head[first - 1] and _is_title_like(head[first - 1]) and not chosen.startswith("关于"):
        previous = head[first - 1]
        if (
            _ends_like_title(previous)
            or _same_title(previous, chosen)
            or len(previous) + len(chosen) > MAX_TITLE
            or not (previous.startswith("关于") or re.search(r"(关于|对|的|年|年度|[省市县区州旗镇乡])$", previous))
        ):
            break
        chosen = previous + chosen
        first -= 1
    return chosen


# ---------------------------------------------------------------------------------------------
# Region

_ADMIN_SUFFIX = "特别行政区|自治区|自治州|自治县|自治旗|新区|街道|省|市|州|盟|县|区|旗|镇|乡"
# A place name: 1–7 characters, none of them a word that ends an organisation name or starts
# a clause (委, 党, 纪, 局, 组…), so "县委关于某某镇" does not read as a place "委关于某某镇".
_NAME_CHAR = r"(?:[^\W\d_a-wyzA-WYZ委党纪局组办厅处的对在年度关是为及与等各我该其此届轮次第]|[×＊*○])"
_PLACE = re.compile(rf"({_NAME_CHAR}{{1,7}}?(?:{_ADMIN_SUFFIX}))")
_PREFIX = re.compile(
    r"^(中国共产党|中共|关于对|关于|对|在)?\s*(?:(?:(?:19|20)[0-9]{2}|[〇○零一二三四五六七八九]{4})\s*年度?)?"
)
_GENERIC = {
    "全区", "我区", "本区", "该区", "各区", "全县", "我县", "本县", "该县", "全市", "我市", "本市",
    "全省", "我省", "本省", "全镇", "我镇", "全乡", "城区", "辖区", "社区", "园区", "景区", "片区",
    "市区", "县区", "城市", "地区", "小区", "山区", "农区", "牧区", "矿区", "街区", "校区", "新区",
    "市州", "省市", "市县", "县市", "区县", "乡镇", "镇乡", "州市",
}
# Levels that name a jurisdiction whose units a report describes; a town under a county yields
# the county (a unit's region), a town alone yields the town.
_COUNTY_OR_ABOVE = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "省", "市", "州", "盟", "县", "区", "旗")
_SUFFIX_CHARS = set("市州县区旗镇乡")


def _place_chain(text: str) -> list[str]:
    """The administrative names at the very start of ``text``: 四川省成都市新津区 -> three."""
    text = _PREFIX.sub("", text.strip(), count=1)
    chain: list[str] = []
    pos = 0
    while pos < len(text) and len(chain) < 4:
        match = _PLACE.match(text, pos)
        if not match:
            break
        end = match.end()
        # 广州市, 荆州区, 沙市区, 新市镇: a name that ends in a suffix character is not cut there.
        if end < len(text) and text[end] in _SUFFIX_CHARS and (text[end - 1] == "州" or end - pos == 2):
            end += 1
        name = text[pos:end]
        if name in _GENERIC:
            break
        chain.append(name)
        pos = end
    return chain


def _region_from_chain(chain: list[str]) -> Optional[str]:
    if not chain:
        return None
    county = [name for name in chain if name.endswith(_COUNTY_OR_ABOVE)]
    return county[-1] if county else chain[-1]


def detect_region(texts: Sequence[str]) -> Optional[str]:
    """The region named at the start of the first of ``texts`` that names one."""
    for text in texts:
        region = _region_from_chain(_place_chain(text))
        if region:
            return region
    return None


# ---------------------------------------------------------------------------------------------
# Year

_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" "9")
_YEAR = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:\s*(?:[-—–~～至到]|年\s*[-—–~～至到])\s*((?:19|20)[0-9]{2}))?\s*年(度)?"
)
_CN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")


def _years_in(text: str) -> list[tuple[int, bool, bool]]:
    """(year, is 年度, is part of a date 年…月) for each year written in ``text``."""
    text = _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGITS), text)
    found = []
    for match in _YEAR.finditer(text):
        year = int(match.group(2) or match.group(1))
        after = text[match.end():match.end() + 4]
        is_date = bool(re.match(r"\s*[0-9一二三四五六七八九十]{1,2}\s*月", after))
        found.append((year, bool(match.group(3)), is_date))
    return found


def year_in_title(title: str) -> Optional[int]:
    """The year a title assesses: a 年度 year first, else the first year that is not a date."""
    years = _years_in(title)
    for year, annual, _ in years:
        if annual:
            return year
    for year, _, is_date in years:
        if not is_date:
            return year
    return None


def _year_in_lines(texts: Sequence[str]) -> Optional[int]:
    years = [y for text in texts if not _DATE_LINE.match(text.strip()) for y in _years_in(text)]
    for year, annual, _ in years:
        if annual:
            return year
    return years[0][0] if years else None


_PATH_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def _path_parts(path: str) -> list[str]:
    pure = PurePath(str(path).replace("\\", "/"))
    parts = [pure.stem] + [p for p in reversed(pure.parent.parts) if p not in ("/", ".", "..")]
    return parts[:4]


def _year_from_path(path: str) -> Optional[int]:
    for part in _path_parts(path):
        match = _PATH_YEAR.search(part)
        if match:
            return int(match.group(1))
    return None


def _region_from_path(path: str) -> Optional[str]:
    for part in _path_parts(path):
        for piece in re.split(r"[_\-\s.·—+，,()（）\[\]【】0-9]+", part):
            if not piece:
                continue
            chain = _place_chain(piece)
            if chain:
                return _region_from_chain(chain)
    return None


# ---------------------------------------------------------------------------------------------
# The document


def detect_meta(paragraphs: Sequence[Paragraph], path: str | None = None) -> DocumentMeta:
    """Title, region and year of a document from its first paragraphs, else from its path.

    region: the administrative name at the start of the title or the first lines ("某某县委巡察
    组关于…" -> 某某县; "中共某某区委…" -> 某某区), never 全区/我区. year: the year assessed
    ("2020年度…报告" -> 2020; "关于2021年…整改情况的报告" -> 2021), not a signing date.
    """
    title = detect_title(paragraphs)
    head = [p.text.strip() for p in paragraphs[:TITLE_LOOKAHEAD]]
    region = detect_region(([title] if title else []) + [t for t in head if _is_title_like(t) or len(t) <= 40])
    if region is None:
        region = detect_region(head)
    if region is None and path:
        region = _region_from_path(path)
    year = year_in_title(title) if title else None
    if year is None and path:
        year = _year_from_path(path)
    if year is None:
        year = _year_in_lines(head)
    return DocumentMeta(title=title, region=region, year=year)


# ---------------------------------------------------------------------------------------------
# meta.csv


def _decode(path: Path, data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReadError(str(path), "cannot decode meta.csv as UTF-8 or GBK; save it as UTF-8")


def read_meta_csv(folder: Path) -> dict[str, DocumentMeta]:
    """Region and year per file from ``folder/meta.csv`` (absent file: empty dict).

    Columns ``file,region,year`` (``title`` optional); UTF-8, UTF-8 with BOM or GBK. Keys are
    the ``file`` values with forward slashes, relative to ``folder``. A missing column, an
    empty file name or a year that is not a 4-digit year raises ReadError naming the line.
    """
    path = Path(folder) / META_FILE
    if not path.is_file():
        return {}
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(str(path), f"cannot read meta.csv ({type(exc).__name__}); check permissions") from None
    text = _decode(path, data)
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t，") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = iter(reader)
    header = None
    try:
        for row in rows:
            if any(cell.strip() for cell in row):
                header = [cell.strip().lower() for cell in row]
                break
    except csv.Error as exc:
        raise ReadError(str(path), f"line {reader.line_num}: malformed CSV ({exc}); fix the quoting") from None
    if header is None:
        return {}
    if "file" not in header:
        raise ReadError(str(path), "line 1: no 'file' column; the header must be file,region,year")
    col = {name: header.index(name) for name in ("file", "region", "year", "title") if name in header}
    result: dict[str, DocumentMeta] = {}
    try:
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            line = reader.line_num

            def cell(name: str) -> str:
                i = col.get(name)
                return row[i].strip() if i is not None and i < len(row) else ""

            name = cell("file").replace("\\", "/")
            if not name:
                raise ReadError(str(path), f"line {line}: empty file name; give the file's name relative to this folder")
            year_text = cell("year")
            year: Optional[int] = None
            if year_text:
                match = re.fullmatch(r"((?:19|20)[0-9]{2})(?:\.0)?\s*年?度?", year_text)
                if not match:
                    raise ReadError(str(path), f"line {line}: year is not a 4-digit year; write it like 2021")
                year = int(match.group(1))
            result[name] = DocumentMeta(
                title=cell("title") or None, region=cell("region") or None, year=year
            )
    except csv.Error as exc:
        raise ReadError(str(path), f"line {reader.line_num}: malformed CSV ({exc}); fix the quoting") from None
    return result

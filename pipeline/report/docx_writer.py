"""The Word 统计报告 (python-docx): a document an inspection office can hand up.

Title, scope, a summary written from the numbers, the category table, the leading units of each
category, the units × categories table of the leading units, and an appendix listing the best
clues of each category with their sources. Chinese fonts are set on ``w:eastAsia`` (python-docx
only sets the Latin font names), so Word and WPS render them as intended: 仿宋 body, 黑体
headings, 宋体 tables. A4 paper, page numbers in the footer.
"""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from . import labels
from .data import (Output, ReportData, category_info, category_name, clue_location,
                   document_count, is_empty, unit_matrix, unit_name)

LATIN_FONT = "Times New Roman"
BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
TABLE_FONT = "宋体"
SOURCE_FONT = "楷体"
BODY_SIZE = Pt(14)        # 四号
TITLE_SIZE = Pt(22)       # 二号
HEADING_SIZE = Pt(16)     # 三号
SUBHEADING_SIZE = Pt(14)  # 四号
TABLE_SIZE = Pt(10.5)     # 五号
MATRIX_SIZE = Pt(9)       # 小五
_LANDSCAPE_FROM = 8       # category columns from which the unit table goes on a landscape page


def write_docx(data: ReportData, path: Output, *, top_units: int = 5, matrix_units: int = 10,
               clues_per_category: int = 20) -> None:
    """Write the Word report to a path or a binary stream.

    ``top_units`` units are named per category, the unit table shows the ``matrix_units`` units
    with most problems (the rest merged into one row, so totals still add up), and the appendix
    lists the best ``clues_per_category`` clues of each category and says how many it left out.
    """
    labels.check_lang(data.lang)
    lang = data.lang
    doc = Document()
    _setup_page(doc.sections[0])
    _setup_styles(doc)
    _page_number_footer(doc.sections[0])

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(18)
    _run(title, labels.text("report_title", lang), HEADING_FONT, TITLE_SIZE)

    _body(doc, _scope_text(data))
    if data.failures:
        _body(doc, labels.text("failures_sentence", lang, k=len(data.failures)))

    _heading(doc, labels.text("h_overview", lang), 1)
    if is_empty(data):
        _body(doc, labels.text("empty", lang) + labels.text("sentence_end", lang))
        doc.save(path)
        return
    matrix = unit_matrix(data)
    _body(doc, _summary_text(data, matrix))

    _heading(doc, labels.text("h_categories", lang), 1)
    _category_table(doc, data)
    _note(doc, labels.text("share_note", lang))

    _heading(doc, labels.text("h_top_units", lang), 1)
    _top_units(doc, data, matrix, top_units)

    landscape = _unit_table_section(doc, data, matrix, matrix_units)

    _appendix(doc, data, clues_per_category, after_landscape=landscape)
    doc.save(path)


# --- text ------------------------------------------------------------------------------------

def _scope_text(data: ReportData) -> str:
    lang = data.lang
    scope = data.scope or {}
    sep = labels.text("list_sep", lang)
    regions = sep.join(str(r) for r in scope.get("regions") or []) or labels.text("unknown", lang)
    years = scope.get("years") or []
    years_text = (sep.join(str(y) for y in years) + labels.text("year_suffix", lang)) if years \
        else labels.text("unknown", lang)
    text = labels.text("scope_sentence", lang, regions=regions, years=years_text,
                       n=document_count(data),
                       generated=scope.get("generated") or labels.text("unknown", lang),
                       tagger=scope.get("tagger") or labels.text("unknown", lang))
    filters = {k: v for k, v in (scope.get("filters") or {}).items() if v not in (None, "", [])}
    if filters:
        shown = labels.text("clause_sep", lang).join(
            f"{labels.column('label' if k == 'category' else k, lang)}: "
            f"{sep.join(map(str, v)) if isinstance(v, (list, tuple)) else v}"
            for k, v in filters.items())
        text += labels.text("scope_filters_sentence", lang, filters=shown)
    return text


def _summary_text(data: ReportData, matrix) -> str:
    """共分析文档N份，识别问题线索M条，涉及单位K个。问题数量居前的类别依次为：…；…单位为：…。"""
    lang = data.lang
    units = [u for u in matrix.units if u[0] != data.unassigned_unit]
    text = labels.text("summary_sentence", lang, n=document_count(data), m=data.clue_count,
                       k=len(units))
    sep = labels.text("list_sep", lang)
    cats = sorted((r for r in data.category_totals if int(r.get("count") or 0)),
                  key=lambda r: -int(r["count"]))[:5]
    clauses = []
    if cats:
        clauses.append(labels.text("top_categories", lang, items=sep.join(
            labels.text("item_count", lang, n=r["count"],
                        name=category_name(data, r["category"], label=r.get("label")))
            for r in cats)))
    if units:
        clauses.append(labels.text("top_units", lang, items=sep.join(
            labels.text("item_count", lang, n=matrix.unit_totals[u],
                        name=unit_name(data, u, with_region=matrix.several_regions))
            for u in units[:5])))
    if clauses:
        text += labels.text("clause_sep", lang).join(clauses) + labels.text("sentence_end", lang)
    return text


# --- sections --------------------------------------------------------------------------------

def _category_table(doc, data: ReportData) -> None:
    lang = data.lang
    rows = [r for r in data.category_totals if int(r.get("count") or 0)]
    total = sum(int(r["count"]) for r in rows)
    headers = [labels.column("category_header", lang), labels.column("count", lang),
               labels.column("documents", lang), labels.column("share", lang)]
    widths = [Cm(8.0), Cm(2.4), Cm(2.8), Cm(2.4)]
    table = _table(doc, len(rows) + 2, headers, widths, TABLE_SIZE)
    for i, row in enumerate(rows, start=1):
        count = int(row["count"])
        cells = [category_name(data, row["category"], label=row.get("label")), str(count),
                 str(int(row.get("documents") or 0)), _percent(count, total)]
        _fill_row(table.rows[i], cells, TABLE_SIZE)
    _fill_row(table.rows[-1], [labels.column("total", lang), str(total), "",
                               _percent(total, total)], TABLE_SIZE, bold=True,
              keep_with_next=False)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else ""


def _top_units(doc, data: ReportData, matrix, top: int) -> None:
    lang = data.lang
    sep = labels.text("list_sep", lang)
    rows = [r for r in data.category_totals if int(r.get("count") or 0)]
    for i, row in enumerate(rows, start=1):
        code = row["category"]
        ranked = sorted(((matrix.count(u, code), u) for u in matrix.units
                         if u[0] != data.unassigned_unit and matrix.count(u, code)),
                        key=lambda x: (-x[0], x[1]))[:top]
        names = sep.join(labels.text("item_count", lang, n=n,
                                     name=unit_name(data, u, with_region=matrix.several_regions))
                         for n, u in ranked) or labels.text("none", lang)
        lead = (f"（{labels.ordinal(i, lang)}）" if lang == "zh" else f"({i}) ") + \
            labels.text("item_count", lang, n=row["count"],
                        name=category_name(data, code, label=row.get("label")))
        p = _body(doc, "")
        _run(p, lead + ("：" if lang == "zh" else ": "), HEADING_FONT if lang == "zh" else
             BODY_FONT, BODY_SIZE, bold=lang == "en")
        _run(p, names + labels.text("sentence_end", lang), BODY_FONT, BODY_SIZE)


def _unit_table_section(doc, data: ReportData, matrix, limit: int) -> bool:
    """The units × categories table; True when it was put on a landscape page."""
    lang = data.lang
    landscape = len(matrix.categories) >= _LANDSCAPE_FROM
    if landscape:
        section = doc.add_section(WD_SECTION.NEW_PAGE)
        _setup_page(section, landscape=True)
    _heading(doc, labels.text("h_matrix", lang), 1)
    info = category_info(data)
    assigned = [u for u in matrix.units if u[0] != data.unassigned_unit]
    unassigned = [u for u in matrix.units if u[0] == data.unassigned_unit]
    shown = assigned[:limit]
    others = assigned[limit:]
    n_rows = len(shown) + (1 if others else 0) + len(unassigned) + 2
    usable = Cm(24.5) if landscape else Cm(15.5)
    unit_width = Cm(4.2)
    col_width = int((usable - unit_width) / (len(matrix.categories) + 1))
    size = MATRIX_SIZE if len(matrix.categories) > 5 else TABLE_SIZE
    # A short label that does not fit its column breaks in the middle (形式/主义), not at 形式主/义.
    fits = int((col_width - Cm(0.4)) / size)
    headers = [labels.column("unit", lang)]
    for code in matrix.categories:
        name = (info.get(code, {}).get("short") or info.get(code, {}).get("label") or code) \
            if lang == "zh" else code
        if lang == "zh" and fits < len(name) <= 2 * fits:
            half = (len(name) + 1) // 2
            name = name[:half] + "\n" + name[half:]
        headers.append(name)
    headers.append(labels.column("total", lang))
    table = _table(doc, n_rows, headers, [unit_width] + [col_width] * (len(headers) - 1), size)
    r = 1
    for unit in shown + unassigned:
        cells = [unit_name(data, unit, with_region=matrix.several_regions)]
        cells += [str(matrix.count(unit, c) or "") for c in matrix.categories]
        cells.append(str(matrix.unit_totals[unit]))
        _fill_row(table.rows[r], cells, size)
        r += 1
    if others:
        cells = [labels.text("other_units", lang, k=len(others))]
        cells += [str(sum(matrix.count(u, c) for u in others) or "") for c in matrix.categories]
        cells.append(str(sum(matrix.unit_totals[u] for u in others)))
        _fill_row(table.rows[r], cells, size)
    _fill_row(table.rows[-1], [labels.column("total", lang)] +
              [str(matrix.category_totals[c]) for c in matrix.categories] + [str(matrix.total)],
              size, bold=True, keep_with_next=False)
    if others:
        _note(doc, labels.text("matrix_capped_note", lang, n=len(shown), k=len(others)))
    _note(doc, labels.text("matrix_note", lang))
    return landscape


def _appendix(doc, data: ReportData, per_category: int, *, after_landscape: bool) -> None:
    """The best clues of each category with their sources, ``per_category`` at most."""
    lang = data.lang
    totals = {r["category"]: int(r.get("count") or 0) for r in data.category_totals}
    order = [r["category"] for r in data.category_totals if int(r.get("count") or 0)]
    chosen: dict[str, dict[tuple, dict]] = {code: {} for code in order}
    seen_codes: list[str] = []
    for clue in data.clues:  # best first: keep the first ``per_category`` distinct clues
        code = str(clue.get("category", ""))
        if code not in chosen:
            chosen[code] = {}
            seen_codes.append(code)
        bucket = chosen[code]
        key = (clue.get("doc"), clue.get("paragraph"), clue.get("page"), clue.get("text"))
        unit = clue.get("unit") or data.unassigned_unit
        if key in bucket:
            if unit not in bucket[key]["units"]:
                bucket[key]["units"].append(unit)
        elif len(bucket) < per_category:
            bucket[key] = {"clue": clue, "units": [unit]}
    codes = [c for c in order + seen_codes if chosen.get(c)]
    if not codes:
        return
    if after_landscape:
        _setup_page(doc.add_section(WD_SECTION.NEW_PAGE))
    else:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    head = doc.add_paragraph()
    _run(head, labels.text("h_appendix", lang), HEADING_FONT, HEADING_SIZE)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(12)
    _run(title, labels.text("appendix_title", lang), HEADING_FONT, Pt(18))
    info = category_info(data)
    sep = labels.text("list_sep", lang)
    for i, code in enumerate(codes, start=1):
        bucket = chosen[code]
        total = totals.get(code, len(bucket))
        any_clue = next(iter(bucket.values()))["clue"]
        label = category_name(data, code, label=any_clue.get("label") or
                              info.get(code, {}).get("label"))
        _heading(doc, labels.text("category_heading", lang, no=labels.ordinal(i, lang),
                                  label=label, n=total), 2)
        for j, entry in enumerate(bucket.values(), start=1):
            clue = entry["clue"]
            source = labels.text("source_sep", lang).join(
                x for x in (str(clue.get("doc") or ""), clue_location(clue, lang)) if x)
            p = _body(doc, "")
            p.paragraph_format.first_line_indent = None
            _run(p, f"{j}. {clue.get('text') or ''}", BODY_FONT, Pt(12))
            _run(p, labels.text("clue_source", lang, units=sep.join(entry["units"]),
                                source=source or labels.text("unknown", lang)),
                 SOURCE_FONT, Pt(10.5))
        left_out = total - len(bucket)
        if left_out > 0:
            _note(doc, labels.text("appendix_capped", lang, k=left_out))


# --- python-docx plumbing --------------------------------------------------------------------

def _setup_page(section, landscape: bool = False) -> None:
    """A4 with the margins of official documents; landscape for wide tables."""
    width, height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = height, width
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin = section.right_margin = Mm(25)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = width, height
        section.top_margin, section.bottom_margin = Mm(30), Mm(28)
        section.left_margin, section.right_margin = Mm(28), Mm(26)


def _set_fonts(element, latin: str, east_asia: str) -> None:
    """Set Latin and East Asian fonts on an element with an rPr (run or style).

    python-docx's ``font.name`` sets only w:ascii/w:hAnsi; Chinese text uses w:eastAsia, and
    theme attributes (w:asciiTheme…) would override explicit names, so they are removed.
    """
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _setup_styles(doc) -> None:
    styles = doc.styles
    # Document defaults first: they name theme fonts that would win over nothing being set.
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is not None:
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    fonts.attrib.pop(qn(attr), None)
                fonts.set(qn("w:eastAsia"), BODY_FONT)
                fonts.set(qn("w:ascii"), LATIN_FONT)
                fonts.set(qn("w:hAnsi"), LATIN_FONT)
    normal = styles["Normal"]
    normal.font.size = BODY_SIZE
    _set_fonts(normal.element, LATIN_FONT, BODY_FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.5
    for name, size in (("Heading 1", HEADING_SIZE), ("Heading 2", SUBHEADING_SIZE)):
        style = styles[name]
        style.font.size = size
        style.font.bold = False
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(style.element, LATIN_FONT, HEADING_FONT)
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True


def _page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "— ", LATIN_FONT, Pt(12))
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
    _set_fonts(run._r, LATIN_FONT, BODY_FONT)
    run.font.size = Pt(12)
    _run(p, " —", LATIN_FONT, Pt(12))


def _run(paragraph, text: str, east_asia: str, size, *, bold: bool = False):
    run = paragraph.add_run(text)
    _set_fonts(run._r, LATIN_FONT, east_asia)
    run.font.size = size
    if bold:
        run.font.bold = True
    return run


def _body(doc, text: str):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(28)
    if text:
        _run(p, text, BODY_FONT, BODY_SIZE)
    return p


def _note(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(3)
    _run(p, text, SOURCE_FONT, Pt(10.5))


def _heading(doc, text: str, level: int):
    p = doc.add_heading("", level=level)
    _run(p, text, HEADING_FONT, HEADING_SIZE if level == 1 else SUBHEADING_SIZE)
    return p


def _table(doc, n_rows: int, headers: list[str], widths: list, size):
    table = doc.add_table(rows=n_rows, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width  # w:gridCol, which LibreOffice and WPS lay out by
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width  # w:tcW, which Word lays out by
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    header = table.rows[0]
    _fill_row(header, headers, size, bold=True, shade="D9E1F2")
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(repeat)
    return table


def _fill_row(row, values: list[str], size, *, bold: bool = False,
              shade: str | None = None, keep_with_next: bool = True) -> None:
    """Fill a table row; ``keep_with_next`` holds a short table on one page."""
    for i, (cell, value) in enumerate(zip(row.cells, values)):
        p = cell.paragraphs[0]
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.keep_with_next = keep_with_next
        p.paragraph_format.line_spacing = 1.0
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 and not shade else \
            WD_ALIGN_PARAGRAPH.CENTER
        _run(p, value, TABLE_FONT, size, bold=bold)
        if shade:
            tc_pr = cell._tc.get_or_add_tcPr()
            fill = OxmlElement("w:shd")
            fill.set(qn("w:val"), "clear")
            fill.set(qn("w:color"), "auto")
            fill.set(qn("w:fill"), shade)
            tc_pr.append(fill)


"""The Excel workbook (XlsxWriter): 汇总, 图表, 问题线索, 文档, plus the ``by`` rows when not by unit.

Only plain features that Excel and WPS both open: cells, formulas with cached values, a
3-colour scale, frozen panes, an autofilter and a native bar chart. Written in constant-memory
mode, row by row, so a million clues do not sit in memory.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from typing import Iterable

import xlsxwriter

from . import labels
from .data import (Output, ReportData, category_info, category_name, cell_text, clue_location,
                   display_width, evidence_text, row_columns, scope_lines, unit_matrix)

EXCEL_MAX_ROWS = 1_048_576
MAX_CLUE_ROWS = EXCEL_MAX_ROWS - 2  # one header row and one note row
_MAX_CELL_CHARS = 32_767
_MAX_COLUMN_WIDTH = 60
_SENTENCE_WIDTH = 70


def write_xlsx(data: ReportData, path: Output, *, max_clue_rows: int = MAX_CLUE_ROWS) -> None:
    """Write the workbook to a path or a binary stream.

    The clue sheet lists at most ``max_clue_rows`` clue rows (Excel's sheet limit by default)
    and says so in a last row when it had to leave some out.
    """
    labels.check_lang(data.lang)
    max_clue_rows = max(0, min(max_clue_rows, MAX_CLUE_ROWS))
    if isinstance(path, (str, os.PathLike)):
        _write_workbook(data, os.fspath(path), max_clue_rows)
        return
    # A stream: build the file on disk (constant memory), then copy it over.
    with tempfile.TemporaryDirectory(prefix="xuncha-") as tmp:
        name = os.path.join(tmp, "report.xlsx")
        _write_workbook(data, name, max_clue_rows)
        with open(name, "rb") as fh:
            shutil.copyfileobj(fh, path)


def _write_workbook(data: ReportData, path: str, max_clue_rows: int) -> None:
    options = {"constant_memory": True, "strings_to_numbers": False,
               "strings_to_formulas": False, "strings_to_urls": False}
    workbook = xlsxwriter.Workbook(path, options)
    try:
        formats = _Formats(workbook)
        _summary_sheet(workbook, formats, data)
        _chart_sheet(workbook, formats, data)
        _clue_sheet(workbook, formats, data, max_clue_rows)
        _document_sheet(workbook, formats, data)
        if data.by != "unit":
            _rows_sheet(workbook, formats, data)
    finally:
        workbook.close()


class _Formats:
    """The few cell formats the workbook uses, with a CJK-capable font."""

    def __init__(self, workbook: xlsxwriter.Workbook):
        base = {"font_name": "宋体", "font_size": 10.5, "valign": "vcenter"}
        self.header = workbook.add_format({**base, "bold": True, "bg_color": "#D9E1F2",
                                           "border": 1, "text_wrap": True, "align": "center"})
        self.text = workbook.add_format({**base, "border": 1})
        self.wrap = workbook.add_format({**base, "border": 1, "text_wrap": True, "valign": "top"})
        self.top = workbook.add_format({**base, "border": 1, "valign": "top"})
        # Zeros show blank so the heat map reads at a glance; the cell still holds 0.
        self.count = workbook.add_format({**base, "border": 1, "num_format": "0;-0;;@"})
        self.number = workbook.add_format({**base, "border": 1, "num_format": "0"})
        self.score = workbook.add_format({**base, "border": 1, "num_format": "0.00",
                                          "valign": "top"})
        self.total = workbook.add_format({**base, "bold": True, "border": 1,
                                          "bg_color": "#F2F2F2", "num_format": "0"})
        self.note = workbook.add_format({**base, "italic": True, "font_color": "#7F7F7F"})
        self.plain = workbook.add_format(base)


def _width(values: Iterable[str], minimum: int = 6, maximum: int = _MAX_COLUMN_WIDTH) -> float:
    """A column width in Excel character units: a Chinese character counts 2."""
    widest = max((display_width(v) for v in values), default=0)
    return float(min(max(widest + 2, minimum), maximum))


def _text(value: object) -> str:
    return cell_text(value)[:_MAX_CELL_CHARS]


def _summary_sheet(workbook, f: _Formats, data: ReportData) -> None:
    lang = data.lang
    ws = workbook.add_worksheet(labels.text("sheet_summary", lang))
    m = unit_matrix(data)
    info = category_info(data)
    total = labels.column("total", lang)
    headers = [labels.column("unit", lang)]
    if m.several_regions:
        headers.append(labels.column("region", lang))
    n_label = len(headers)
    headers += [(info.get(c, {}).get("short") or info.get(c, {}).get("label") or c)
                if lang == "zh" else c for c in m.categories]
    headers.append(total)

    widths = [_width([headers[0]] + [u[0] for u in m.units], minimum=10)]
    if m.several_regions:
        widths.append(_width([headers[1]] + [u[1] for u in m.units]))
    widths += [_width([h], minimum=7, maximum=16) for h in headers[n_label:]]
    for col, w in enumerate(widths):
        ws.set_column(col, col, w)
    ws.set_row(0, 30)
    for col, h in enumerate(headers):
        ws.write_string(0, col, h, f.header)
    ws.freeze_panes(1, n_label)

    if not m.units:
        ws.write_string(1, 0, labels.text("empty", lang), f.note)
        _scope_block(ws, f, data, 3)
        return
    first_count, last_count = n_label, n_label + len(m.categories) - 1
    total_col = last_count + 1
    for r, unit in enumerate(m.units, start=1):
        ws.write_string(r, 0, unit[0], f.text)
        if m.several_regions:
            ws.write_string(r, 1, unit[1], f.text)
        for c, code in enumerate(m.categories, start=first_count):
            ws.write_number(r, c, m.count(unit, code), f.count)
        ws.write_formula(r, total_col, f"=SUM({_cell(r, first_count)}:{_cell(r, last_count)})",
                         f.total, m.unit_totals[unit])
    last_row = len(m.units)
    total_row = last_row + 1
    ws.write_string(total_row, 0, total, f.total)
    if m.several_regions:
        ws.write_string(total_row, 1, "", f.total)
    for c, code in enumerate(m.categories, start=first_count):
        ws.write_formula(total_row, c, f"=SUM({_cell(1, c)}:{_cell(last_row, c)})", f.total,
                         m.category_totals[code])
    ws.write_formula(total_row, total_col,
                     f"=SUM({_cell(1, total_col)}:{_cell(last_row, total_col)})", f.total, m.total)
    ws.conditional_format(1, first_count, last_row, last_count,
                          {"type": "3_color_scale", "min_color": "#FFFFFF",
                           "mid_color": "#FFD966", "max_color": "#F8696B"})
    ws.write_string(total_row + 2, 0, labels.text("matrix_note", lang), f.note)
    _scope_block(ws, f, data, total_row + 4)


def _scope_block(ws, f: _Formats, data: ReportData, row: int) -> None:
    for i, (name, value) in enumerate(scope_lines(data)):
        ws.write_string(row + i, 0, name, f.plain)
        ws.write_string(row + i, 1, _text(value), f.plain)


def _cell(row: int, col: int) -> str:
    return xlsxwriter.utility.xl_rowcol_to_cell(row, col)


def _chart_sheet(workbook, f: _Formats, data: ReportData) -> None:
    lang = data.lang
    ws = workbook.add_worksheet(labels.text("sheet_chart", lang))
    info = category_info(data)
    headers = [labels.column("label", lang), labels.column("short", lang),
               labels.column("count", lang), labels.column("documents", lang)]
    rows = [r for r in data.category_totals if int(r.get("count") or 0)]
    full = [category_name(data, str(r["category"]), label=r.get("label")) for r in rows]
    short = [info.get(r["category"], {}).get("short") or r.get("label") or r["category"]
             for r in rows]
    if lang == "en":
        short = [str(r["category"]) for r in rows]
    ws.set_column(0, 0, _width([headers[0]] + full))
    ws.set_column(1, 1, _width([headers[1]] + short))
    ws.set_column(2, 3, _width(headers[2:], minimum=8))
    for col, h in enumerate(headers):
        ws.write_string(0, col, h, f.header)
    if not rows:
        ws.write_string(1, 0, labels.text("empty", lang), f.note)
        return
    for r, (row, name, s) in enumerate(zip(rows, full, short), start=1):
        ws.write_string(r, 0, name, f.text)
        ws.write_string(r, 1, s, f.text)
        ws.write_number(r, 2, int(row.get("count") or 0), f.number)
        ws.write_number(r, 3, int(row.get("documents") or 0), f.number)
    n = len(rows)
    sheet = labels.text("sheet_chart", lang)
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series({
        "name": labels.column("count", lang),
        "categories": [sheet, 1, 1, n, 1],
        "values": [sheet, 1, 2, n, 2],
        "fill": {"color": "#C0504D"},
        "data_labels": {"value": True},
        "gap": 60,
    })
    chart.set_title({"name": labels.text("chart_title", lang),
                     "name_font": {"name": "黑体", "size": 14}})
    chart.set_x_axis({"name": labels.text("chart_axis", lang), "major_gridlines": {"visible": True},
                      "num_font": {"name": "宋体"}, "name_font": {"name": "宋体"}})
    # Bar charts draw the first category at the bottom; reverse so the largest is on top.
    chart.set_y_axis({"reverse": True, "num_font": {"name": "宋体", "size": 10}})
    chart.set_legend({"none": True})
    chart.set_size({"width": 720, "height": max(320, 40 + 28 * n)})
    ws.insert_chart(1, 5, chart)


def _clue_sheet(workbook, f: _Formats, data: ReportData, max_rows: int) -> None:
    lang = data.lang
    ws = workbook.add_worksheet(labels.text("sheet_clues", lang))
    keys = ["unit", "region", "year", "label", "text", "path", "location", "section",
            "evidence", "score", "problem_score"]
    widths = {"unit": 22, "region": 10, "year": 7, "label": 24, "text": _SENTENCE_WIDTH,
              "path": 28, "location": 14, "section": 28, "evidence": 30, "score": 10,
              "problem_score": 10}
    for col, key in enumerate(keys):
        ws.set_column(col, col, widths[key])
    for col, key in enumerate(keys):
        ws.write_string(0, col, labels.column(key, lang), f.header)
    ws.freeze_panes(1, 0)
    written = 0
    left_out = 0
    for clue in data.clues:
        if written >= max_rows:
            left_out += 1
            continue
        r = written + 1
        ws.write_string(r, 0, _text(clue.get("unit") or data.unassigned_unit), f.top)
        ws.write_string(r, 1, _text(clue.get("region")), f.top)
        _write_number_or_text(ws, r, 2, clue.get("year"), f.top)
        ws.write_string(r, 3, _text(category_name(data, str(clue.get("category", "")),
                                                  label=clue.get("label"))), f.top)
        ws.write_string(r, 4, _text(clue.get("text")), f.wrap)
        ws.write_string(r, 5, _text(clue.get("doc")), f.top)
        ws.write_string(r, 6, clue_location(clue, lang), f.top)
        ws.write_string(r, 7, _text(clue.get("section")), f.wrap)
        ws.write_string(r, 8, _text(evidence_text(clue.get("evidence"))), f.wrap)
        _write_number_or_text(ws, r, 9, clue.get("score"), f.score)
        _write_number_or_text(ws, r, 10, clue.get("problem_score"), f.score)
        written += 1
    ws.autofilter(0, 0, max(written, 1), len(keys) - 1)
    if written == 0:
        ws.write_string(1, 0, labels.text("empty", lang), f.note)
    elif left_out:
        ws.write_string(written + 1, 0, labels.text("clues_capped", lang, shown=written,
                                                    k=left_out), f.note)


def _write_number_or_text(ws, row: int, col: int, value: object, fmt) -> None:
    if value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, _text(value), fmt)


def _document_sheet(workbook, f: _Formats, data: ReportData) -> None:
    lang = data.lang
    ws = workbook.add_worksheet(labels.text("sheet_documents", lang))
    keys = ["path", "title", "region", "year", "format", "sentences", "clues", "status", "reason"]
    paths = [str(d.get("path") or "") for d in data.documents] + \
            [str(x.get("path") or "") for x in data.failures]
    titles = [str(d.get("title") or "") for d in data.documents]
    reasons = [str(x.get("reason") or "") for x in data.failures]
    widths = {"path": _width(paths, minimum=16), "title": _width(titles, minimum=16),
              "region": 10, "year": 7, "format": 7, "sentences": 9, "clues": 11, "status": 10,
              "reason": _width(reasons, minimum=12)}
    for col, key in enumerate(keys):
        ws.set_column(col, col, widths[key])
        ws.write_string(0, col, labels.column(key, lang), f.header)
    ws.freeze_panes(1, 1)
    r = 0
    for doc in data.documents:
        r += 1
        ws.write_string(r, 0, _text(doc.get("path")), f.text)
        ws.write_string(r, 1, _text(doc.get("title")), f.text)
        ws.write_string(r, 2, _text(doc.get("region")), f.text)
        _write_number_or_text(ws, r, 3, doc.get("year"), f.text)
        ws.write_string(r, 4, _text(doc.get("format")), f.text)
        _write_number_or_text(ws, r, 5, doc.get("sentences"), f.number)
        _write_number_or_text(ws, r, 6, doc.get("clues"), f.number)
        ws.write_string(r, 7, _text(doc.get("status")), f.text)
        ws.write_blank(r, 8, None, f.text)
    for failure in data.failures:
        r += 1
        ws.write_string(r, 0, _text(failure.get("path")), f.text)
        for col in range(1, 7):
            ws.write_blank(r, col, None, f.text)
        ws.write_string(r, 7, labels.text("status_failed", lang), f.text)
        ws.write_string(r, 8, _text(failure.get("reason")), f.text)
    if r:
        ws.autofilter(0, 0, r, len(keys) - 1)


def _rows_sheet(workbook, f: _Formats, data: ReportData) -> None:
    lang = data.lang
    name = labels.TEXTS[lang].get(f"sheet_rows_{data.by}") or data.by[:31]
    ws = workbook.add_worksheet(name)
    keys = row_columns(data)
    for col, key in enumerate(keys):
        values = [labels.column(key, lang)] + [cell_text(r.get(key)) for r in data.rows]
        ws.set_column(col, col, _width(values, minimum=8))
        ws.write_string(0, col, labels.column(key, lang), f.header)
    ws.freeze_panes(1, 0)
    for r, row in enumerate(data.rows, start=1):
        for col, key in enumerate(keys):
            _write_number_or_text(ws, r, col, row.get(key), f.number if key in
                                  ("count", "documents") else f.text)
    if data.rows:
        ws.autofilter(0, 0, len(data.rows), len(keys) - 1)
    else:
        ws.write_string(1, 0, labels.text("empty", lang), f.note)

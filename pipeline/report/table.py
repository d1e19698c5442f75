"""The terminal table: a units × categories matrix for ``--by unit``, a plain table otherwise.

Columns are aligned by display width (a Chinese character takes two terminal columns) and the
table is fitted into ``width`` columns: headers wrap onto two lines, then categories split into
blocks that each repeat the unit column. Only ASCII is used for rules and padding, so terminals
that draw ambiguous-width characters wide still line up.
"""
from __future__ import annotations

from typing import Sequence

from . import labels
from .data import (ReportData, category_info, category_name, display_width, is_empty,
                   row_columns, unit_matrix)

DEFAULT_WIDTH = 120
DEFAULT_MAX_ROWS = 40
GAP = "  "
_MAX_UNIT_WIDTH = 30
_MAX_REGION_WIDTH = 12
_HEADER_WRAP = 4  # display columns per header line when headers must wrap (2 Chinese characters)
_NUMERIC = {"count", "documents", "total"}


def render_table(data: ReportData, width: int | None = None,
                 max_rows: int = DEFAULT_MAX_ROWS) -> str:
    """The report as aligned text for a terminal ``width`` columns wide (default 120).

    ``--by unit`` gives a units × categories matrix (top ``max_rows`` units, the rest counted in
    a closing note; the 合计 row always totals every unit); other ``by`` values give the rows.
    """
    labels.check_lang(data.lang)
    width = width or DEFAULT_WIDTH
    if is_empty(data):
        return labels.text("empty", data.lang) + "\n"
    if data.by == "unit":
        return _render_matrix(data, width, max_rows)
    return _render_rows(data, width, max_rows)


# --- the units × categories matrix -------------------------------------------------------------

def _render_matrix(data: ReportData, width: int, max_rows: int) -> str:
    lang = data.lang
    m = unit_matrix(data)
    info = category_info(data)
    shown = list(m.units)
    if m.unit_count > max_rows:
        unassigned = [u for u in shown if u[0] == data.unassigned_unit]
        assigned = [u for u in shown if u[0] != data.unassigned_unit]
        shown = assigned[:max(max_rows - len(unassigned), 1)] + unassigned
    hidden = m.unit_count - len(shown)

    total_label = labels.column("total", lang)
    label_headers = [labels.column("unit", lang)]
    label_rows = [[_truncate(u[0], _MAX_UNIT_WIDTH)] for u in shown]
    label_rows.append([total_label])
    if m.several_regions:
        label_headers.append(labels.column("region", lang))
        for cells, unit in zip(label_rows, shown):
            cells.append(_truncate(unit[1], _MAX_REGION_WIDTH))
        label_rows[-1].append("")

    cat_headers = [(info.get(c, {}).get("short") or info.get(c, {}).get("label") or c)
                   if lang == "zh" else c for c in m.categories]
    cat_columns = [[str(m.count(u, c) or "") for u in shown] + [str(m.category_totals[c])]
                   for c in m.categories]
    total_column = [str(m.unit_totals[u]) for u in shown] + [str(m.total)]

    blocks = _fit_blocks(label_headers, label_rows, cat_headers, cat_columns,
                         total_label, total_column, width)
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i:
            out.append("")
        out.extend(block)
    if hidden:
        out.append(labels.text("more_units", lang, k=hidden))
    return "\n".join(out) + "\n"


def _fit_blocks(label_headers: list[str], label_rows: list[list[str]], cat_headers: list[str],
                cat_columns: list[list[str]], total_label: str, total_column: list[str],
                width: int) -> list[list[str]]:
    """Lay the matrix out in as few blocks as fit ``width``; each block is a list of lines.

    Tried in turn: one-line headers; headers wrapped to two characters a line; a single space
    between number columns; unit names cut (to no less than 16 columns); and finally category
    columns split into blocks that each repeat the unit columns (the total in the last block).
    """
    label_cols = [[row[i] for row in label_rows] for i in range(len(label_headers))]
    natural = [max(display_width(h), *(display_width(v) for v in col))
               for h, col in zip(label_headers, label_cols)]
    values = cat_columns + [total_column]

    def layout(wrap: int | None) -> list[tuple[list[str], int]]:
        cols = []
        for header, column in zip(cat_headers + [total_label], values):
            lines = _wrap(header, wrap) if wrap else [header]
            w = max(max(display_width(x) for x in lines), max(display_width(v) for v in column))
            cols.append((lines, w))
        return cols

    def needed(label_widths: list[int], cols, gap: str) -> int:
        return (sum(label_widths) + len(GAP) * len(label_widths) + sum(w for _, w in cols)
                + len(gap) * (len(cols) - 1))

    every = range(len(values))
    for wrap, gap in ((None, GAP), (_HEADER_WRAP, GAP), (_HEADER_WRAP, " ")):
        cols = layout(wrap)
        if needed(natural, cols, gap) <= width:
            return [_block(label_headers, label_cols, natural, cols, values, every, gap)]
    # Cut unit names as far as 16 columns.
    excess = needed(natural, cols, " ") - width
    cut = natural[:]
    cut[0] = max(16, natural[0] - excess, display_width(label_headers[0]))
    if needed(cut, cols, " ") <= width:
        return [_block(label_headers, _cut(label_cols, cut), cut, cols, values, every, " ")]
    # Still too wide: split category columns into blocks.
    label_cols = _cut(label_cols, cut)
    fixed = sum(cut) + len(GAP) * len(cut)
    blocks, current, used = [], [], fixed
    for i in every:
        w = cols[i][1] + 1
        if current and used + w > width + 1:
            blocks.append(current)
            current, used = [], fixed
        current.append(i)
        used += w
    blocks.append(current)
    return [_block(label_headers, label_cols, cut, cols, values, b, " ") for b in blocks]


def _cut(label_cols: list[list[str]], widths: list[int]) -> list[list[str]]:
    return [[_truncate(v, w) for v in col] for col, w in zip(label_cols, widths)]


def _block(label_headers: list[str], label_cols: list[list[str]], label_widths: list[int],
           cols: list[tuple[list[str], int]], values: list[list[str]],
           indices: Sequence[int], gap: str = GAP) -> list[str]:
    indices = list(indices)
    height = max(len(cols[i][0]) for i in indices)
    n_rows = len(label_cols[0])

    def join(label_cells: list[str], number_cells: list[str]) -> str:
        return GAP.join(label_cells) + GAP + gap.join(number_cells)

    lines = []
    for h in range(height):
        heads = [_pad(header if h == height - 1 else "", label_widths[j], "left")
                 for j, header in enumerate(label_headers)]
        numbers = []
        for i in indices:
            header_lines, w = cols[i]
            offset = height - len(header_lines)  # bottom-align so labels sit on the numbers
            numbers.append(_pad(header_lines[h - offset] if h >= offset else "", w, "right"))
        lines.append(join(heads, numbers))
    rule = join(["-" * w for w in label_widths], ["-" * cols[i][1] for i in indices])
    lines.append(rule)
    for r in range(n_rows):
        if r == n_rows - 1:
            lines.append(rule)
        heads = [_pad(label_cols[j][r], label_widths[j], "left") for j in range(len(label_cols))]
        numbers = [_pad(values[i][r], cols[i][1], "right") for i in indices]
        lines.append(join(heads, numbers))
    return lines


# --- plain rows ------------------------------------------------------------------------------

def _render_rows(data: ReportData, width: int, max_rows: int) -> str:
    lang = data.lang
    keys = [k for k in row_columns(data) if k != "category"]
    headers = [labels.column(k, lang) for k in keys]
    rows = data.rows[:max_rows]
    table = []
    for row in rows:
        cells = []
        for key in keys:
            if key == "label":
                cells.append(category_name(data, str(row.get("category", "")),
                                           label=row.get("label")))
            else:
                value = row.get(key)
                cells.append("" if value is None else str(value))
        table.append(cells)
    widths = [max([display_width(h)] + [display_width(r[i]) for r in table])
              for i, h in enumerate(headers)]
    # Shrink the widest text column until the table fits (never below 8 columns).
    while sum(widths) + len(GAP) * (len(widths) - 1) > width:
        text_cols = [i for i, k in enumerate(keys) if k not in _NUMERIC and widths[i] > 8]
        if not text_cols:
            break
        i = max(text_cols, key=lambda j: widths[j])
        excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
        widths[i] = max(8, widths[i] - excess)
    aligns = ["right" if k in _NUMERIC else "left" for k in keys]
    lines = [GAP.join(_pad(_truncate(h, w), w, a) for h, w, a in zip(headers, widths, aligns)),
             GAP.join("-" * w for w in widths)]
    for cells in table:
        lines.append(GAP.join(_pad(_truncate(c, w), w, a)
                              for c, w, a in zip(cells, widths, aligns)))
    if len(data.rows) > len(rows):
        lines.append(labels.text("more_rows", lang, k=len(data.rows) - len(rows)))
    return "\n".join(lines) + "\n"


# --- text helpers ----------------------------------------------------------------------------

def _pad(text: str, width: int, align: str) -> str:
    fill = " " * max(width - display_width(text), 0)
    return fill + text if align == "right" else text + fill


def _truncate(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` display columns, marking the cut with '..'."""
    if display_width(text) <= width:
        return text
    out, used = "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 2:
            break
        out += ch
        used += w
    return out + ".."


def _wrap(text: str, width: int) -> list[str]:
    """Break a header into lines of at most ``width`` columns, at characters or word joins."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if display_width(ch) == 2:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        else:
            word += ch
            if ch in "_- ":
                tokens.append(word)
                word = ""
    if word:
        tokens.append(word)
    lines: list[str] = []
    line = ""
    for token in tokens:
        if line and display_width(line + token.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line:
        lines.append(line.rstrip())
    return lines or [""]

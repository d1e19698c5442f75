"""A Markdown pipe table for pasting into notes, wikis and chat: the same numbers as every format."""
from __future__ import annotations

from . import labels
from .data import (ReportData, category_info, category_name, is_empty, row_columns,
                   unit_matrix)


def write_markdown(data: ReportData) -> str:
    """The report as a Markdown table.

    ``--by unit`` gives the units × categories matrix with 合计 row and column (categories with
    a count only); other ``by`` values give one line per row.
    """
    labels.check_lang(data.lang)
    if is_empty(data):
        return labels.text("empty", data.lang) + "\n"
    if data.by == "unit":
        return _matrix(data)
    return _rows(data)


def _matrix(data: ReportData) -> str:
    lang = data.lang
    m = unit_matrix(data)
    info = category_info(data)
    total = labels.column("total", lang)
    header = [labels.column("unit", lang)]
    if m.several_regions:
        header.append(labels.column("region", lang))
    n_label = len(header)
    header += [(info.get(c, {}).get("short") or info.get(c, {}).get("label") or c)
               if lang == "zh" else c for c in m.categories]
    header.append(total)
    lines = [_line(header), _line(["---"] * n_label + ["---:"] * (len(header) - n_label))]
    for unit in m.units:
        cells = [unit[0]] + ([unit[1]] if m.several_regions else [])
        cells += [str(m.count(unit, c) or "") for c in m.categories]
        cells.append(str(m.unit_totals[unit]))
        lines.append(_line(cells))
    cells = [f"**{total}**"] + ([""] if m.several_regions else [])
    cells += [str(m.category_totals[c]) for c in m.categories] + [f"**{m.total}**"]
    lines.append(_line(cells))
    return "\n".join(lines) + "\n"


def _rows(data: ReportData) -> str:
    lang = data.lang
    keys = [k for k in row_columns(data) if k != "category"]
    header = [labels.column(k, lang) for k in keys]
    aligns = ["---:" if k in ("count", "documents") else "---" for k in keys]
    lines = [_line(header), _line(aligns)]
    for row in data.rows:
        cells = []
        for key in keys:
            if key == "label":
                cells.append(category_name(data, str(row.get("category", "")),
                                           label=row.get("label")))
            else:
                cells.append("" if row.get(key) is None else str(row.get(key)))
        lines.append(_line(cells))
    return "\n".join(lines) + "\n"


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(_escape(c) for c in cells) + " |"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")

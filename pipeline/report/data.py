"""The aggregated numbers every report format is written from, and shaping shared by writers.

``ReportData`` is filled by the store's aggregation (``pipeline/report/aggregate.py``); each
writer takes one and shows the same numbers. ``clues`` may be a one-pass iterator (it can hold
millions of cell contributions): a writer reads it at most once, so give each writer its own
``ReportData`` (``dataclasses.replace(data, clues=...)``) when writing several formats from a
stream.
"""
from __future__ import annotations

import contextlib
import io
import os
import unicodedata
from dataclasses import dataclass
from typing import IO, Iterable, Iterator, Mapping, Union, Optional

from . import labels

Output = Union[str, "os.PathLike[str]", IO[bytes]]

# Row keys in the order columns are shown; keys not listed follow in the order rows have them.
ROW_KEY_ORDER = ("unit", "region", "document", "doc", "path", "year", "category", "label",
                 "count", "documents")

UNASSIGNED_UNIT = "（未指明单位）"


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, already aggregated and sorted.

    by: "unit", "category", "document", "region", "year" or "unit,year".
    rows: the design.md JSON rows for ``by`` (non-zero counts only), sorted.
    unit_rows: always the ``--by unit`` rows {"unit","region","category","label","count","documents"}.
    categories: the taxonomy in its order {"code","label","short","group"}, zero or not.
    category_totals: the ``--by category`` rows {"category","label","count","documents"}.
    clues: one dict per (clue, unit, category) cell contribution, best first: {"unit","region",
        "category","label","text","doc","paragraph","page","section","evidence","score",
        "problem_score","year"}. Read at most once per writer.
    clue_count: distinct clues in scope.
    documents: {"path","title","region","year","format","sentences","clues","status"}.
    failures: {"path","reason"}.
    scope: {"documents","regions","years","generated","tagger","filters","db"}.
    lang: "zh" or "en" — headers and titles; category labels stay Chinese.
    """

    by: str
    rows: list[dict]
    unit_rows: list[dict]
    categories: list[dict]
    category_totals: list[dict]
    clues: Iterable[dict]
    clue_count: int
    documents: list[dict]
    failures: list[dict]
    scope: dict
    lang: str = "zh"
    unassigned_unit: str = UNASSIGNED_UNIT
    # Set when ``unit_rows`` hold only the units a terminal table shows (``build_report``'s
    # ``unit_limit``): {"units": how many units there are in all, "category_totals": each
    # category's count over every unit's cells, "several_regions": bool}. Such data is for
    # the table alone; every file format is built from all the rows.
    unit_summary: Optional[dict] = None


@dataclass(frozen=True)
class UnitMatrix:
    """Units × categories counts built from ``unit_rows``.

    units: (unit, region) keys, by total descending then name; the unassigned bucket last.
    categories: codes with a non-zero count, in taxonomy order.
    """

    units: tuple[tuple[str, str], ...]
    categories: tuple[str, ...]
    cells: Mapping[tuple[str, str, str], int]
    unit_totals: Mapping[tuple[str, str], int]
    category_totals: Mapping[str, int]
    total: int
    several_regions: bool
    unit_count: int = -1  # units in all (more than ``units`` when the data holds only the first ones)

    def count(self, unit: tuple[str, str], code: str) -> int:
        return self.cells.get((unit[0], unit[1], code), 0)


def unit_matrix(data: ReportData) -> UnitMatrix:
    """Pivot ``data.unit_rows`` into a units × categories matrix with totals."""
    cells: dict[tuple[str, str, str], int] = {}
    unit_totals: dict[tuple[str, str], int] = {}
    cat_totals: dict[str, int] = {}
    regions: set[str] = set()
    for row in data.unit_rows:
        count = int(row.get("count") or 0)
        if not count:
            continue
        unit = (str(row.get("unit") or data.unassigned_unit), str(row.get("region") or ""))
        code = str(row["category"])
        key = (unit[0], unit[1], code)
        cells[key] = cells.get(key, 0) + count
        unit_totals[unit] = unit_totals.get(unit, 0) + count
        cat_totals[code] = cat_totals.get(code, 0) + count
        regions.add(unit[1])
    units = sorted(unit_totals, key=lambda u: (u[0] == data.unassigned_unit, -unit_totals[u],
                                               u[0], u[1]))
    several, count = len(regions) > 1, len(units)
    summary = data.unit_summary
    if summary is not None:  # the rows are the first units only: totals over all of them
        cat_totals = {c: n for c, n in summary["category_totals"].items() if n}
        several, count = bool(summary["several_regions"]), int(summary["units"])
    order = {c["code"]: i for i, c in enumerate(data.categories)}
    codes = sorted(cat_totals, key=lambda c: (order.get(c, len(order)), c))
    return UnitMatrix(units=tuple(units), categories=tuple(codes), cells=cells,
                      unit_totals=unit_totals, category_totals=cat_totals,
                      total=sum(cat_totals.values()), several_regions=several, unit_count=count)


def is_empty(data: ReportData) -> bool:
    """True when the scope holds no problem clue at all."""
    return not data.clue_count and not any(int(r.get("count") or 0) for r in data.rows)


def row_columns(data: ReportData) -> list[str]:
    """The keys of ``data.rows`` in display order (a default set when there are no rows)."""
    seen: list[str] = []
    for row in data.rows:
        for key in row:
            if key not in seen:
                seen.append(key)
    if not seen:
        seen = list(_default_keys(data.by))
    known = [k for k in ROW_KEY_ORDER if k in seen]
    return known + [k for k in seen if k not in known]


def _default_keys(by: str) -> tuple[str, ...]:
    base = ("category", "label", "count", "documents")
    if by == "unit":
        return ("unit", "region") + base
    if by == "unit,year":
        return ("unit", "region", "year") + base
    if by in ("document", "region", "year"):
        return (by,) + base
    return base


def category_info(data: ReportData) -> dict[str, dict]:
    """Taxonomy entries by code."""
    return {c["code"]: c for c in data.categories}


def category_name(data: ReportData, code: str, *, short: bool = False,
                  label: str | None = None) -> str:
    """How a category is shown: its Chinese label (zh) or ``code (label)`` (en)."""
    info = category_info(data).get(code, {})
    name = (info.get("short") if short else None) or label or info.get("label") or code
    if data.lang == "en":
        return f"{code} ({name})" if name != code else code
    return name


def unit_name(data: ReportData, unit: tuple[str, str], *, with_region: bool) -> str:
    """A unit for prose: its name, with its region in brackets when regions differ."""
    name, region = unit
    if not (with_region and region):
        return name
    if data.lang == "en":
        return f"{name} ({region})"
    return f"{region}{name}" if name == data.unassigned_unit else f"{name}（{region}）"


def cell_text(value: object) -> str:
    """A row or clue value as text: lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " > ".join(str(v) for v in value if v is not None and str(v) != "")
    return str(value)


def clue_location(clue: Mapping, lang: str) -> str:
    """Where a clue stands: 第3页第13段 / p. 3, para. 13 (either part may be missing)."""
    parts = []
    if clue.get("page") not in (None, ""):
        parts.append(labels.text("location_page", lang, page=clue["page"]))
    if clue.get("paragraph") not in (None, ""):
        parts.append(labels.text("location_paragraph", lang, paragraph=clue["paragraph"]))
    return labels.text("location_sep", lang).join(parts)


def evidence_text(value: object) -> str:
    """Evidence ids joined with '; '."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def scope_lines(data: ReportData) -> list[tuple[str, str]]:
    """(label, value) pairs describing the report's scope, for sheets and footers."""
    lang = data.lang
    scope = data.scope or {}
    sep = labels.text("list_sep", lang)
    filters = _filters_text(data)
    pairs = [
        (labels.text("scope_generated", lang), str(scope.get("generated") or "")),
        (labels.text("scope_documents", lang), str(document_count(data))),
        (labels.text("scope_clues", lang), str(data.clue_count)),
        (labels.text("scope_regions", lang), sep.join(str(r) for r in scope.get("regions") or [])
         or labels.text("none", lang)),
        (labels.text("scope_years", lang), sep.join(str(y) for y in scope.get("years") or [])
         or labels.text("none", lang)),
        (labels.text("scope_tagger", lang), str(scope.get("tagger") or labels.text("unknown", lang))),
        (labels.text("scope_filters", lang), filters or labels.text("all", lang)),
    ]
    if scope.get("db"):
        pairs.append((labels.text("scope_db", lang), str(scope["db"])))
    return pairs


def _filters_text(data: ReportData) -> str:
    filters = (data.scope or {}).get("filters") or {}
    parts = []
    for key, value in filters.items():
        if value in (None, "", [], ()):
            continue
        shown = cell_text(value) if not isinstance(value, (list, tuple)) else \
            labels.text("list_sep", data.lang).join(str(v) for v in value)
        name = {"category": labels.column("label", data.lang)}.get(key, labels.column(key, data.lang))
        parts.append(f"{name}={shown}")
    return labels.text("clause_sep", data.lang).join(parts)


def document_count(data: ReportData) -> int:
    """Documents in scope: the scope's figure, else the listed documents."""
    n = (data.scope or {}).get("documents")
    return int(n) if n is not None else len(data.documents)


def display_width(s: str) -> int:
    """Terminal columns taken by ``s``: wide and full-width characters count 2."""
    width = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


@contextlib.contextmanager
def open_text(out: Output, *, bom: bool = False) -> Iterator[IO[str]]:
    """A UTF-8 text stream onto a path or a binary stream; a caller's stream stays open."""
    encoding = "utf-8-sig" if bom else "utf-8"
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding=encoding, newline="") as fh:
            yield fh
        return
    wrapper = io.TextIOWrapper(out, encoding=encoding, newline="", write_through=True)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()

"""Aggregation in SQL over the store, shaped into ``ReportData`` for the writers.

Counting rule (design.md, README): a clue naming k units with m categories adds one to each
of the k × m cells; a clue naming no unit counts under （未指明单位）. Units are counted by
(region, canonical name), so short and full names merge and 县交通局 of one county is not that
of another. A document is stored once however many paths or formats it came in, so the same
clue is never counted twice.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Iterable, Iterator, Optional, Sequence

from ..rules import Taxonomy
from ..store import Store
from .data import ReportData

BY_CHOICES = ("unit", "category", "document", "region", "year", "unit,year")


class _Scope:
    """WHERE clauses and parameters for the clues in scope (problem sentences)."""

    def __init__(self, store: Store, document_ids: Optional[Iterable[int]], category: Optional[str],
                 unit: Optional[str], year: Optional[int], accepted_only: bool = False):
        self.category = category
        self.accepted_only = accepted_only
        self.unit = unit
        self.year = year
        self.where = ["t.is_problem = 1"]
        self.params: list = []
        if document_ids is not None:
            store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS scope_docs (id INTEGER PRIMARY KEY)")
            store.conn.execute("DELETE FROM scope_docs")
            store.conn.executemany("INSERT OR IGNORE INTO scope_docs VALUES (?)", ((i,) for i in document_ids))
            self.where.append("t.document_id IN (SELECT id FROM scope_docs)")
        if year is not None:
            self.where.append("d.year = ?")
            self.params.append(int(year))
        if accepted_only:  # accepted on the review desk (xuncha serve)
            self.where.append("EXISTS (SELECT 1 FROM clue_reviews r WHERE r.sentence_id = t.sentence_id"
                              " AND r.status = 'accepted')")
        if unit:
            self.where.append("EXISTS (SELECT 1 FROM tag_units fu WHERE fu.sentence_id = t.sentence_id"
                              " AND (fu.canonical = ? OR fu.text = ?))")
            self.params += [unit, unit]
        self.cat_where = "1=1"
        self.cat_params: list = []
        if category:
            self.cat_where = "c.category = ?"
            self.cat_params = [category]
        self.unit_where = "1=1"
        self.unit_params: list = []
        if unit:
            self.unit_where = "(u.canonical = ? OR u.text = ?)"
            self.unit_params = [unit, unit]

    @property
    def sql(self) -> str:
        return " AND ".join(self.where)


def _cells_cte(scope: _Scope, unassigned: str) -> tuple[str, list]:
    """One row per (clue, unit, category) contribution."""
    sql = f"""
    WITH clue AS (
        SELECT t.sentence_id, t.document_id, COALESCE(d.region, '') AS region, d.year AS year,
               t.problem_score
        FROM tags t JOIN documents d ON d.id = t.document_id
        WHERE {scope.sql}
    ), cu AS (
        SELECT DISTINCT clue.sentence_id, clue.document_id, clue.region, clue.year,
               COALESCE(u.canonical, ?) AS unit
        FROM clue LEFT JOIN tag_units u ON u.sentence_id = clue.sentence_id
        WHERE u.sentence_id IS NULL OR {scope.unit_where}
    ), cells AS (
        SELECT cu.sentence_id, cu.document_id, cu.region, cu.year, cu.unit, c.category, c.score, c.evidence,
               1 AS n
        FROM cu JOIN tag_categories c ON c.sentence_id = cu.sentence_id
        WHERE {scope.cat_where}
    ), cats AS (
        SELECT DISTINCT sentence_id, document_id, region, year, category, 1 AS n FROM cells
    ), clue_counts AS (
        SELECT COUNT(DISTINCT sentence_id) AS n FROM cells
    )"""
    return sql, scope.params + [unassigned] + scope.unit_params + scope.cat_params


def _summary_cte(scope: _Scope, unassigned: str) -> tuple[str, list]:
    """The same cells as ``_cells_cte`` (per document), read from the store's summaries."""
    where = ["1=1"]
    params: list = []
    if any("scope_docs" in w for w in scope.where):
        where.append("d.id IN (SELECT id FROM scope_docs)")
    if scope.year is not None:
        where.append("d.year = ?")
        params.append(int(scope.year))
    cat = ""
    if scope.category:
        cat = " AND x.category = ?"
    w = " AND ".join(where)
    sql = f"""
    WITH cells AS (
        SELECT x.document_id, CASE WHEN x.unit = '' THEN ? ELSE x.unit END AS unit,
               COALESCE(d.region, '') AS region, d.year AS year, x.category, x.clues AS n
        FROM doc_cells x JOIN documents d ON d.id = x.document_id WHERE {w}{cat}
    ), cats AS (
        SELECT x.document_id, COALESCE(d.region, '') AS region, d.year AS year, x.category, x.clues AS n
        FROM doc_cats x JOIN documents d ON d.id = x.document_id WHERE {w}{cat}
    ), clue_counts AS (
        SELECT x.clues AS n
        FROM {"doc_cats" if scope.category else "doc_clues"} x JOIN documents d ON d.id = x.document_id
        WHERE {w}{cat}
    )"""
    cat_params = [scope.category] if scope.category else []
    return sql, [unassigned] + params + cat_params + params + cat_params + params + cat_params


def build_report(store: Store, taxonomy: Taxonomy, *, by: str = "unit", document_ids: Optional[Iterable[int]] = None,
                 category: Optional[str] = None, unit: Optional[str] = None, year: Optional[int] = None,
                 lang: str = "zh", tagger: Optional[str] = None, clue_limit: Optional[int] = None,
                 accepted_only: bool = False, unit_limit: Optional[int] = None) -> ReportData:
    """The report over the store (or ``document_ids``). ``unit_limit``: for a terminal table
    of at most that many units (``render_table``'s ``max_rows``), only the units it shows are
    read (the data's ``unit_summary`` holds the totals over all): a province's archive names
    tens of thousands of units, and a table shows forty."""
    if by not in BY_CHOICES:
        raise ValueError(f"--by must be one of {', '.join(BY_CHOICES)}")
    doc_ids = list(document_ids) if document_ids is not None else None
    scope = _Scope(store, doc_ids, category, unit, year, accepted_only)
    unassigned = taxonomy.unassigned_unit
    labels = {c.code: c.label for c in taxonomy.categories}
    order = {c.code: i for i, c in enumerate(taxonomy.categories)}
    conn = store.conn
    # Counts come from the per-document summaries the store keeps (same numbers, far fewer
    # rows); a --unit filter, which may match a written name, and --accepted-only need the tag rows.
    summarised = unit is None and not accepted_only
    cte, params = _summary_cte(scope, unassigned) if summarised else _cells_cte(scope, unassigned)

    def q(select: str, extra: Sequence = ()) -> list:
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples: a province's archive has tens of thousands of unit rows
        return cur.execute(cte + select, [*params, *extra]).fetchall()

    unit_summary, only, only_params = None, "", []
    if unit_limit is not None and by == "unit" and summarised:
        units, unassigned_units, regions = q(
            " SELECT COUNT(*), COALESCE(SUM(unit = ?), 0), COUNT(DISTINCT region)"
            " FROM (SELECT unit, region FROM cells GROUP BY unit, region)", [unassigned])[0]
        if units > unit_limit:  # the table shows the first named units and every unassigned bucket
            first = q(" SELECT unit, region, SUM(n) AS total FROM cells WHERE unit != ? GROUP BY unit, region"
                      " ORDER BY total DESC, unit, region LIMIT ?",
                      [unassigned, max(unit_limit - unassigned_units, 1)])
            only, only_params = " WHERE unit = ?", [unassigned]
            if first:
                only += f" OR (unit, region) IN (VALUES {','.join(['(?,?)'] * len(first))})"
                only_params += [x for r in first for x in r[:2]]
            unit_summary = {"units": units, "several_regions": regions > 1,
                            "category_totals": dict(q(" SELECT category, SUM(n) FROM cells GROUP BY category"))}
    # sorted in SQL: named units first, most clues first, then by name, region and taxonomy order
    category_rank = "CASE category " + " ".join("WHEN ? THEN ?" for _ in order) + " ELSE 99 END" if order else "99"
    unit_rows = [
        {"unit": r[0], "region": r[1], "category": r[2], "label": labels.get(r[2], r[2]),
         "count": r[3], "documents": r[4]}
        for r in q(" SELECT unit, region, category, SUM(n) AS total, COUNT(DISTINCT document_id)"
                   f" FROM cells{only} GROUP BY unit, region, category"
                   f" ORDER BY unit = ?, total DESC, unit, region, {category_rank}",
                   [*only_params, unassigned, *(x for code_rank in order.items() for x in code_rank)])
    ]
    category_totals = [
        {"category": r[0], "label": labels.get(r[0], r[0]), "count": r[1], "documents": r[2]}
        for r in q(" SELECT category, SUM(n), COUNT(DISTINCT document_id) FROM cats GROUP BY category")
    ]
    category_totals.sort(key=lambda r: (-r["count"], order.get(r["category"], 99)))

    if by == "unit":
        rows = unit_rows
    elif by == "category":
        rows = category_totals
    elif by == "unit,year":
        rows = [
            {"unit": r[0], "region": r[1], "year": r[2], "category": r[3], "label": labels.get(r[3], r[3]),
             "count": r[4], "documents": r[5]}
            for r in q(" SELECT unit, region, year, category, SUM(n), COUNT(DISTINCT document_id)"
                       " FROM cells GROUP BY unit, region, year, category")
        ]
        rows.sort(key=lambda r: (r["unit"] == unassigned, r["unit"], r["region"], r["year"] or 0,
                                 order.get(r["category"], 99)))
    else:
        key_sql = {"document": "(SELECT MIN(path) FROM files f WHERE f.document_id = cats.document_id)",
                   "region": "region", "year": "year"}[by]
        rows = [
            {by: r[0], "category": r[1], "label": labels.get(r[1], r[1]), "count": r[2], "documents": r[3]}
            for r in q(f" SELECT {key_sql} k, category, SUM(n), COUNT(DISTINCT document_id)"
                       " FROM cats GROUP BY k, category")
        ]
        rows.sort(key=lambda r: (str(r[by] if r[by] is not None else ""), order.get(r["category"], 99)))

    clue_count = conn.execute(cte + " SELECT COALESCE(SUM(n), 0) FROM clue_counts", params).fetchone()[0]
    clue_cte, clue_params = _cells_cte(scope, unassigned)  # the clue list reads the tag rows
    docs = _documents(store, scope)
    regions = sorted({d["region"] for d in docs if d["region"]})
    years = sorted({d["year"] for d in docs if d["year"]})
    return ReportData(
        by=by, rows=rows, unit_rows=unit_rows,
        categories=[{"code": c.code, "label": c.label, "short": c.short, "group": c.group}
                    for c in taxonomy.categories],
        category_totals=category_totals,
        clues=_iter_clues(store, clue_cte, clue_params, labels, clue_limit),
        clue_count=clue_count, documents=docs, failures=store.failures(),
        scope={"documents": len(docs), "regions": regions, "years": years,
               "generated": datetime.now().strftime("%Y-%m-%d %H:%M"), "tagger": tagger,
               "filters": {"category": category, "unit": unit, "year": year,
                           "审核": ("仅已采纳线索" if lang == "zh" else "accepted clues only") if accepted_only else None},
               "db": store.path},
        lang=lang, unassigned_unit=unassigned, unit_summary=unit_summary,
    )


def _iter_clues(store: Store, cte: str, params: list, labels: dict, limit: Optional[int]) -> Iterator[dict]:
    sql = cte + """
    SELECT cells.unit, cells.region, cells.category, s.text,
           (SELECT MIN(path) FROM files f WHERE f.document_id = cells.document_id),
           s.paragraph, s.page, s.section, cells.evidence, cells.score, t.problem_score, cells.year,
           cells.sentence_id
    FROM cells JOIN sentences s ON s.id = cells.sentence_id JOIN tags t ON t.sentence_id = cells.sentence_id
    ORDER BY cells.category, cells.score DESC, cells.sentence_id"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    for r in store.conn.execute(sql, params):
        yield {"unit": r[0], "region": r[1], "category": r[2], "label": labels.get(r[2], r[2]), "text": r[3],
               "doc": r[4], "paragraph": r[5], "page": r[6], "section": json.loads(r[7]),
               "evidence": json.loads(r[8]), "score": r[9], "problem_score": r[10], "year": r[11]}


def _documents(store: Store, scope: _Scope) -> list[dict]:
    where = ""
    params: list = []
    if any("scope_docs" in w for w in scope.where):
        where = "WHERE d.id IN (SELECT id FROM scope_docs)"
    if scope.year is not None:
        where += (" AND " if where else "WHERE ") + "d.year = ?"
        params.append(int(scope.year))
    rows = store.conn.execute(
        f"""SELECT (SELECT MIN(path) FROM files f WHERE f.document_id = d.id), d.title, d.region, d.year, d.format,
                   d.sentences, COALESCE((SELECT clues FROM doc_clues c WHERE c.document_id = d.id), 0),
                   (SELECT COUNT(*) FROM files f WHERE f.document_id = d.id)
            FROM documents d {where} ORDER BY 1""", params).fetchall()
    return [{"path": r[0], "title": r[1], "region": r[2], "year": r[3], "format": r[4], "sentences": r[5],
             "clues": r[6], "status": "已入库" if r[7] <= 1 else f"已入库（{r[7]}个路径）"} for r in rows]


def list_clues(store: Store, *, category: Optional[str] = None, unit: Optional[str] = None,
               document_ids: Optional[Iterable[int]] = None, limit: Optional[int] = None) -> Iterator[dict]:
    """Problem clues, one per sentence, with categories (and evidence), units and location."""
    where = ["t.is_problem = 1"]
    params: list = []
    if category:
        where.append("EXISTS (SELECT 1 FROM tag_categories c WHERE c.sentence_id = t.sentence_id AND c.category = ?)")
        params.append(category)
    if unit:
        where.append("EXISTS (SELECT 1 FROM tag_units u WHERE u.sentence_id = t.sentence_id"
                     " AND (u.canonical = ? OR u.text = ?))")
        params += [unit, unit]
    if document_ids is not None:  # a temporary table: any number of documents, no variable limit
        store.conn.execute("CREATE TEMP TABLE IF NOT EXISTS clue_docs (id INTEGER PRIMARY KEY)")
        store.conn.execute("DELETE FROM clue_docs")
        store.conn.executemany("INSERT OR IGNORE INTO clue_docs VALUES (?)", ((i,) for i in document_ids))
        where.append("t.document_id IN (SELECT id FROM clue_docs)")
    sql = f"""SELECT t.sentence_id, (SELECT MIN(path) FROM files f WHERE f.document_id = t.document_id),
                     s.paragraph, s.page, s.start, s."end", s.section, s.text, t.problem_score, t.tagger,
                     t.reviewed, d.region, d.year
              FROM tags t JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = t.document_id
              WHERE {' AND '.join(where)} ORDER BY t.document_id, s.seq"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    conn = store.conn
    from ..rules import load_taxonomy

    labels = {c.code: c.label for c in load_taxonomy().categories}
    for r in conn.execute(sql, params):  # streamed: a million clues are never in memory at once
        sid = r[0]
        cats = [{"code": c[0], "label": labels.get(c[0], c[0]), "score": c[1], "evidence": json.loads(c[2])}
                for c in conn.execute("SELECT category, score, evidence FROM tag_categories WHERE sentence_id = ?"
                                      " ORDER BY score DESC", (sid,))]
        units = [{"text": u[0], "start": u[1], "end": u[2], "canonical": u[3], "region": r[11]}
                 for u in conn.execute('SELECT text, start, "end", canonical FROM tag_units WHERE sentence_id = ?'
                                       " ORDER BY seq", (sid,))]
        yield {"doc": r[1], "paragraph": r[2], "page": r[3], "start": r[4], "end": r[5],
               "section": json.loads(r[6]), "text": r[7], "problem_score": r[8], "tagger": r[9],
               "reviewed": bool(r[10]), "region": r[11], "year": r[12], "categories": cats, "units": units}


def list_units(store: Store) -> list[dict]:
    """Units named in problem clues: (region, canonical) with the written forms merged into it."""
    rows = store.conn.execute(
        """SELECT COALESCE(d.region, ''), u.canonical, COUNT(DISTINCT u.sentence_id), GROUP_CONCAT(DISTINCT u.text)
           FROM tag_units u JOIN tags t ON t.sentence_id = u.sentence_id JOIN documents d ON d.id = t.document_id
           WHERE t.is_problem = 1 GROUP BY 1, 2 ORDER BY 3 DESC, 2""").fetchall()
    return [{"region": r[0], "canonical": r[1], "clues": r[2], "names": sorted((r[3] or "").split(","))}
            for r in rows]

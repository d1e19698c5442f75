"""The review desk's reads and writes over the store: the queue, a clue card, every change.

Queue order (most uncertain first): a clue whose rule evidence and model score disagree on a
category (a rule fired but the model is below the category's threshold, or the model is above
it with no rule) comes before one where they agree; within each group, clues whose problem
score or category model score lies nearest its threshold (stored with the model) come first.
The order key is precomputed into ``clue_reviews.urank`` (``sync_queue``), so every page is a
keyset range scan over an index — no OFFSET, no sort of the whole table.

Writes: each action is one transaction that checks the clue's version (a stale one raises
``Conflict``), writes the new state, sets ``tags.reviewed`` (``xuncha tag --retag`` never
overwrites reviewed clues), appends one ``changes`` row per field with the state before and
after as JSON, bumps the version and refreshes the document's report summaries.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Iterable, Optional

from .. import audit
from ..errors import XunchaError
from .auth import DeskError

STATUSES = ("pending", "accepted", "rejected")
STATUS_LABELS = {"pending": "待审", "accepted": "已采纳", "rejected": "已驳回"}
SOURCES = ("rule", "model")
FIELD_LABELS = {"status": "审核结论", "categories": "问题类别", "units": "单位", "unit_alias": "单位合并/拆分"}
PAGE_SIZE = 50
NEAR = 0.25  # a score this far from its threshold or farther counts as certain
SYNC_BATCH = 5000
BULK_ROWS = 50_000  # this many rows to write: rebuild the queue's indexes instead


class Conflict(DeskError):
    """The clue changed since the page was loaded (its version is newer than the form's)."""


class NotFound(DeskError):
    """No such clue, document or unit."""


# -- set-up ----------------------------------------------------------------------------------------
# Indexes only the desk reads (its queue's unit filter), made when it opens a store rather
# than kept up by every run that stores units (store.py, migration 0006).
DESK_INDEXES = {
    "tag_units_canonical": "CREATE INDEX IF NOT EXISTS tag_units_canonical ON tag_units(canonical)",
    "tag_units_text": "CREATE INDEX IF NOT EXISTS tag_units_text ON tag_units(text)",
}


def ensure_indexes(store) -> None:
    """Make the desk's indexes if the store lacks them (once: seconds on millions of units)."""
    have = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    missing = [sql for name, sql in DESK_INDEXES.items() if name not in have]
    if missing:
        with store.transaction():
            for sql in missing:
                store.conn.execute(sql)


def ensure_triggers(conn) -> None:
    """Make ``changes`` append-only at the database level (the store's migrations cannot hold
    trigger bodies, which need a ';')."""
    for op in ("UPDATE", "DELETE"):
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS changes_no_{op.lower()} BEFORE {op} ON changes"
                     " BEGIN SELECT RAISE(ABORT, 'changes are append-only'); END")


def load_thresholds(model_dir=None) -> dict:
    """The thresholds stored with the model (problem and per category); {} if unreadable."""
    from ..resources import models_dir

    try:
        meta = json.loads((models_dir(model_dir) / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    thresholds = meta.get("thresholds") or {}
    return {k: float(v) for k, v in thresholds.items() if isinstance(v, (int, float))}


def model_score(evidence: Iterable[str]) -> Optional[float]:
    for e in evidence:
        if e.startswith("model:"):
            try:
                return float(e[6:])
            except ValueError:
                return None
    return None


def uncertainty(problem_score: float, categories: list[tuple[str, list[str]]], thresholds: dict) -> tuple[int, int]:
    """(urank, has_rule) of a clue: urank 0 is the most uncertain, 1000 the least.

    ``categories`` holds (code, evidence strings) of the clue's categories."""
    margins = [abs(problem_score - thresholds.get("is_problem", 0.5))]
    disagree = not categories  # a problem with no category is a question in itself
    has_rule = 0
    for code, evidence in categories:
        rules = any(e.startswith("rule:") for e in evidence)
        has_rule |= rules
        p = model_score(evidence)
        if p is None:
            continue
        threshold = thresholds.get(code, 0.5)
        margins.append(abs(p - threshold))
        if rules != (p >= threshold):
            disagree = True
    closeness = 1.0 - min(1.0, min(margins) / NEAR)
    priority = 500 * int(disagree) + round(500 * closeness)
    return 1000 - priority, int(has_rule)


def uncertainty_reasons(problem_score: float, categories: list[tuple[str, list[str]]], thresholds: dict,
                        labels: dict) -> list[str]:
    """Why a clue sits where it does in the queue, in words (the terms of ``uncertainty``)."""
    out = []
    threshold = thresholds.get("is_problem", 0.5)
    if abs(problem_score - threshold) < NEAR:
        out.append(f"问题得分 {problem_score:.2f} 接近阈值 {threshold:.2f}")
    if not categories:
        out.append("没有问题类别")
    for code, evidence in categories:
        label = labels.get(code, code)
        rules = any(e.startswith("rule:") for e in evidence)
        p = model_score(evidence)
        if p is None:
            continue
        t = thresholds.get(code, 0.5)
        if rules and p < t:
            out.append(f"{label}：规则命中，但模型分 {p:.2f} 低于阈值 {t:.2f}")
        elif not rules and p >= t:
            out.append(f"{label}：仅模型判定（{p:.2f}，阈值 {t:.2f}），无规则命中")
        if abs(p - t) < NEAR:
            out.append(f"{label}：模型分 {p:.2f} 接近阈值 {t:.2f}")
    return out or ["规则与模型一致，得分远离阈值"]


def _synced_mark(conn) -> str:
    row = conn.execute("SELECT COALESCE(MAX(id), 0), (SELECT COUNT(*) FROM documents) FROM runs").fetchone()
    return f"{row[0]}:{row[1]}"


def sync_if_needed(store, thresholds: dict) -> int:
    """``sync_queue`` when a tagging run or a document came or went since the last sync."""
    conn = store.conn
    mark = _synced_mark(conn)
    row = conn.execute("SELECT value FROM meta WHERE key = 'desk_synced'").fetchone()
    if row and row[0] == mark:
        return 0
    n = sync_queue(store, thresholds)
    with store.transaction():
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('desk_synced', ?)", (mark,))
    return n


_TO_SYNC = (" FROM tags t LEFT JOIN clue_reviews r ON r.sentence_id = t.sentence_id"
            " WHERE t.is_problem = 1 AND (r.sentence_id IS NULL"
            " OR (r.tagger IS NOT t.tagger AND t.reviewed = 0 AND r.status = 'pending'))")


def sync_queue(store, thresholds: dict) -> int:
    """Bring ``clue_reviews`` up to date with the tags: add new problem clues, re-rank clues
    retagged by another tagger version (unreviewed only), drop unreviewed rows whose clue is
    gone or no longer a problem, and apply merged unit names to new tags. One transaction
    (readers keep seeing the queue as it was until it commits), read in batches of
    ``SYNC_BATCH``; when there are ``BULK_ROWS`` or more rows to write, the queue's indexes are
    dropped and rebuilt around the writes (sorting once beats a million random index inserts).
    Returns the number of rows added or re-ranked."""
    conn = store.conn
    ensure_triggers(conn)
    has_aliases = conn.execute("SELECT 1 FROM unit_aliases LIMIT 1").fetchone() is not None
    total = 0
    with store.transaction():
        conn.execute(
            "DELETE FROM clue_reviews WHERE sentence_id IN (SELECT r.sentence_id FROM clue_reviews r"
            " LEFT JOIN tags t ON t.sentence_id = r.sentence_id"
            " WHERE t.sentence_id IS NULL OR (t.is_problem = 0 AND t.reviewed = 0))")
        todo = conn.execute("SELECT COUNT(*)" + _TO_SYNC).fetchone()[0]
        if not todo:
            return 0
        indexes = []
        if todo >= BULK_ROWS:
            indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                   " AND tbl_name = 'clue_reviews' AND sql IS NOT NULL").fetchall()
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
        last = -1
        while True:
            rows = conn.execute(
                "SELECT t.sentence_id, t.document_id, (SELECT year FROM documents d WHERE d.id = t.document_id),"
                " t.problem_score, t.tagger" + _TO_SYNC + " AND t.sentence_id > ? ORDER BY t.sentence_id LIMIT ?",
                (last, SYNC_BATCH)).fetchall()
            if not rows:
                break
            first, last = rows[0][0], rows[-1][0]
            cats: dict[int, list] = {}
            for sid, code, evidence in conn.execute(
                    "SELECT sentence_id, category, evidence FROM tag_categories WHERE sentence_id BETWEEN ? AND ?",
                    (first, last)):
                cats.setdefault(sid, []).append((code, json.loads(evidence)))
            out = []
            for sid, doc_id, year, score, tagger in rows:
                urank, has_rule = uncertainty(score, cats.get(sid, []), thresholds)
                out.append((sid, doc_id, year, has_rule, urank, tagger))
            conn.executemany(
                "INSERT INTO clue_reviews (sentence_id, document_id, year, has_rule, urank, tagger)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(sentence_id) DO UPDATE SET document_id = excluded.document_id,"
                " year = excluded.year, has_rule = excluded.has_rule, urank = excluded.urank,"
                " tagger = excluded.tagger, version = version + 1", out)
            if has_aliases:
                ids = [r[0] for r in rows]
                for i in range(0, len(ids), 500):
                    chunk = ids[i:i + 500]
                    conn.execute(
                        "UPDATE tag_units SET canonical = (SELECT a.canonical FROM unit_aliases a"
                        " WHERE a.region = tag_units.region AND a.alias = tag_units.canonical)"
                        f" WHERE sentence_id IN ({','.join('?' * len(chunk))}) AND EXISTS (SELECT 1 FROM"
                        " unit_aliases a WHERE a.region = tag_units.region AND a.alias = tag_units.canonical)",
                        chunk)
                store._refresh_summaries(sorted({r[1] for r in rows}))
            total += len(out)
        for _, sql in indexes:
            conn.execute(sql)
    return total


# -- the queue -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. ``status`` None shows every status."""

    category: Optional[str] = None
    unit: Optional[str] = None
    document: Optional[int] = None
    year: Optional[int] = None
    status: Optional[str] = "pending"
    source: Optional[str] = None

    @classmethod
    def from_query(cls, q, codes: Iterable[str] = ()) -> "QueueFilter":
        """From request query parameters; unknown values are dropped, never passed to SQL text."""
        def as_int(v):
            try:
                return int(v) if v not in (None, "") else None
            except ValueError:
                return None

        status = q.get("status", "pending")
        category = q.get("category") or None
        return cls(
            category=category if category in set(codes) else None,
            unit=(q.get("unit") or "").strip()[:100] or None,
            document=as_int(q.get("document")),
            year=as_int(q.get("year")),
            status=status if status in STATUSES else None,
            source=q.get("source") if q.get("source") in SOURCES else None,
        )

    def query(self) -> dict:
        """The filter as query parameters (status 'all' when None)."""
        out = {k: v for k, v in (("category", self.category), ("unit", self.unit), ("document", self.document),
                                 ("year", self.year), ("source", self.source)) if v not in (None, "")}
        out["status"] = self.status or "all"
        return out

    def where(self) -> tuple[list[str], list]:
        where, params = [], []
        if self.status:
            where.append("r.status = ?")
            params.append(self.status)
        if self.document is not None:
            where.append("r.document_id = ?")
            params.append(self.document)
        if self.year is not None:
            where.append("r.year = ?")
            params.append(self.year)
        if self.source:
            where.append("r.has_rule = ?")
            params.append(1 if self.source == "rule" else 0)
        if self.category:
            where.append("EXISTS (SELECT 1 FROM tag_categories c WHERE c.sentence_id = r.sentence_id"
                         " AND c.category = ?)")
            params.append(self.category)
        return where, params

    def source_sql(self) -> tuple[str, list]:
        """FROM clause of the matching clues. With a unit, the clues naming it (any written
        form) come from the unit indexes first — a unit names few clues, so sorting those
        beats walking the whole queue to find them."""
        if not self.unit:
            return "clue_reviews r", []
        return ("(SELECT sentence_id FROM tag_units WHERE canonical = ? UNION"
                " SELECT sentence_id FROM tag_units WHERE text = ?) uu"
                " CROSS JOIN clue_reviews r ON r.sentence_id = uu.sentence_id", [self.unit, self.unit])


def parse_cursor(value: Optional[str]) -> Optional[tuple[int, int]]:
    try:
        a, b = (value or "").split("-")
        return int(a), int(b)
    except ValueError:
        return None


def _cursor(urank: int, sid: int) -> str:
    return f"{urank}-{sid}"


_ROW_SQL = """SELECT r.sentence_id, r.urank, r.status, r.version, s.text, t.problem_score, r.year, d.title, d.region,
    (SELECT GROUP_CONCAT(c.category) FROM tag_categories c WHERE c.sentence_id = r.sentence_id),
    (SELECT GROUP_CONCAT(u.canonical, '、') FROM tag_units u WHERE u.sentence_id = r.sentence_id),
    r.has_rule, r.document_id
    FROM clue_reviews r JOIN sentences s ON s.id = r.sentence_id JOIN tags t ON t.sentence_id = r.sentence_id
    JOIN documents d ON d.id = r.document_id"""


def order_index(f: QueueFilter) -> Optional[str]:
    """The index a queue page walks, in queue order; the other filters are checked on the rows
    it meets, so a page costs its rows plus the rows skipped (never a sort of all matches).
    None with a unit filter: its few clues are found by name and sorted."""
    if f.unit:
        return None
    if f.document is not None:
        return "clue_reviews_document"
    if f.status and f.year is not None:
        return "clue_reviews_year"
    if f.status and f.source:
        return "clue_reviews_source"
    return "clue_reviews_status" if f.status else "clue_reviews_all"


def queue_sql(f: QueueFilter, direction: str = "after", cursor: Optional[tuple[int, int]] = None,
              limit: int = PAGE_SIZE) -> tuple[str, list]:
    """The SQL of one queue page (exposed so tests can check its plan)."""
    where, params = f.where()
    if cursor is not None:
        where.append("(r.urank, r.sentence_id) > (?, ?)" if direction == "after" else "(r.urank, r.sentence_id) < (?, ?)")
        params += list(cursor)
    order = "r.urank, r.sentence_id" if direction == "after" else "r.urank DESC, r.sentence_id DESC"
    source, source_params = f.source_sql()
    index = order_index(f)
    if index:
        source += f" INDEXED BY {index}"
    head = _ROW_SQL.replace("clue_reviews r", source, 1)
    sql = f"{head} WHERE {' AND '.join(where) or '1=1'} ORDER BY {order} LIMIT {int(limit)}"
    return sql, source_params + params


def queue_page(conn, f: QueueFilter, labels: dict, *, after: Optional[str] = None, before: Optional[str] = None,
               limit: int = PAGE_SIZE) -> dict:
    """One page of the queue: rows, and cursors for the next and previous pages (or None)."""
    direction, cursor = ("before", parse_cursor(before)) if before else ("after", parse_cursor(after))
    sql, params = queue_sql(f, direction, cursor, limit + 1)
    rows = conn.execute(sql, params).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    if direction == "before":
        rows.reverse()
    items = [_queue_item(r, labels) for r in rows]
    if direction == "before":
        has_prev, has_next = more, True
    else:
        has_prev, has_next = cursor is not None, more
    return {
        "rows": items,
        "next": _cursor(rows[-1][1], rows[-1][0]) if rows and has_next else None,
        "prev": _cursor(rows[0][1], rows[0][0]) if rows and has_prev else None,
    }


def _queue_item(r, labels: dict) -> dict:
    return {"id": r[0], "urank": r[1], "status": r[2], "status_label": STATUS_LABELS[r[2]], "version": r[3],
            "text": r[4], "problem_score": r[5], "year": r[6], "title": r[7], "region": r[8],
            "categories": [labels.get(c, c) for c in (r[9] or "").split(",") if c], "units": r[10] or "",
            "source": "规则" if r[11] else "模型", "document_id": r[12]}


def count_queue(conn, f: QueueFilter, cap: int = 10000) -> tuple[int, bool]:
    """How many clues match (counted up to ``cap``; True when there are more)."""
    where, params = f.where()
    source, source_params = f.source_sql()
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM {source} WHERE {' AND '.join(where) or '1=1'} LIMIT {cap + 1})"
    n = conn.execute(sql, source_params + params).fetchone()[0]
    return min(n, cap), n > cap


def neighbour(conn, f: QueueFilter, sid: int, direction: str) -> Optional[int]:
    """The clue after (``next``) or before (``prev``) ``sid`` in the queue order under ``f``."""
    row = conn.execute("SELECT urank FROM clue_reviews WHERE sentence_id = ?", (sid,)).fetchone()
    if row is None:
        return None
    sql, params = queue_sql(f, "after" if direction == "next" else "before", (row[0], sid), 1)
    hit = conn.execute(sql, params).fetchone()
    return hit[0] if hit else None


# -- a clue card ---------------------------------------------------------------------------------
def highlight(text: str, units: list[tuple[int, int]], rule_hits: list[tuple[int, int, str]]) -> list[dict]:
    """The sentence cut into pieces, each with its CSS classes (``hl-unit``, ``hl-rule``) and
    the rule ids over it; the template escapes every piece."""
    n = len(text)
    marks: list[tuple[bool, tuple[str, ...]]] = [(False, ())] * n
    for a, b in units:
        for i in range(max(0, a), min(n, b)):
            marks[i] = (True, marks[i][1])
    for a, b, rule in rule_hits:
        for i in range(max(0, a), min(n, b)):
            if rule not in marks[i][1]:
                marks[i] = (marks[i][0], marks[i][1] + (rule,))
    pieces: list[dict] = []
    for i, ch in enumerate(text):
        if pieces and pieces[-1]["mark"] == marks[i]:
            pieces[-1]["text"] += ch
        else:
            pieces.append({"text": ch, "mark": marks[i]})
    for p in pieces:
        unit, rules = p.pop("mark")
        p["classes"] = " ".join(c for c, on in (("hl-unit", unit), ("hl-rule", bool(rules))) if on)
        p["rules"] = "、".join(rules)
    return pieces


def clue_card(conn, sid: int, taxonomy, rules=None, thresholds: Optional[dict] = None) -> dict:
    """Everything the card shows: sentence (highlighted), paragraph, section, document, scores,
    categories with evidence, units, figures, review state and history."""
    r = conn.execute(
        'SELECT s.id, s.document_id, s.seq, s.paragraph, s.page, s.section, s.text, t.is_problem, t.problem_score,'
        " t.problem_evidence, t.tagger, t.reviewed, r.status, r.version, r.updated_by, r.updated_at, r.urank,"
        " d.title, d.region, d.year, (SELECT MIN(path) FROM files f WHERE f.document_id = d.id)"
        " FROM clue_reviews r JOIN sentences s ON s.id = r.sentence_id JOIN tags t ON t.sentence_id = r.sentence_id"
        " JOIN documents d ON d.id = s.document_id WHERE r.sentence_id = ?", (sid,)).fetchone()
    if r is None:
        raise NotFound(f"clue {sid}: not in the review queue")
    labels = {c.code: c.label for c in taxonomy.categories}
    text = r[6]
    cats = [{"code": c[0], "label": labels.get(c[0], c[0]), "score": c[1], "evidence": json.loads(c[2]),
             "model": model_score(json.loads(c[2]))}
            for c in conn.execute("SELECT category, score, evidence FROM tag_categories WHERE sentence_id = ?"
                                  " ORDER BY score DESC", (sid,))]
    units = [{"seq": u[0], "text": u[1], "start": u[2], "end": u[3], "canonical": u[4], "region": u[5]}
             for u in conn.execute('SELECT seq, text, start, "end", canonical, region FROM tag_units'
                                   " WHERE sentence_id = ? ORDER BY seq", (sid,))]
    figures = [f[0] for f in conn.execute("SELECT text FROM figures WHERE sentence_id = ? ORDER BY seq", (sid,))]
    hits = []
    if rules is not None:
        hits = [(h.start, h.end, h.evidence[5:]) for h in rules.match(text)]
    paragraph = [{"id": p[0], "text": p[1], "current": p[0] == sid}
                 for p in conn.execute("SELECT id, text FROM sentences WHERE document_id = ? AND paragraph = ?"
                                       " ORDER BY seq", (r[1], r[3]))]
    chosen = {c["code"] for c in cats}
    return {
        "id": r[0], "document_id": r[1], "paragraph_no": r[3], "page": r[4], "section": json.loads(r[5]),
        "text": text, "pieces": highlight(text, [(u["start"], u["end"]) for u in units], hits),
        "is_problem": bool(r[7]), "problem_score": r[8], "problem_evidence": json.loads(r[9]), "tagger": r[10],
        "reviewed": bool(r[11]), "status": r[12], "status_label": STATUS_LABELS[r[12]], "version": r[13],
        "updated_by": r[14], "updated_at": r[15], "priority": 1000 - r[16],
        "reasons": uncertainty_reasons(r[8], [(c["code"], c["evidence"]) for c in cats], thresholds or {}, labels),
        "title": r[17], "region": r[18] or "", "year": r[19], "path": r[20] or "",
        "categories": cats, "units": units, "figures": figures,
        "rule_ids": sorted({e[5:] for c in cats for e in c["evidence"] if e.startswith("rule:")}),
        "choices": [{"n": i + 1, "key": _key_for(i), "code": c.code, "label": c.label, "on": c.code in chosen}
                    for i, c in enumerate(taxonomy.categories)],
        "paragraph": paragraph,
        "history": history(conn, sid, labels),
    }


def _key_for(i: int) -> str:
    """The shortcut of the i-th category: 1–9, 0, then Shift+1 … Shift+5 (shown as ⇧1 …)."""
    if i < 9:
        return str(i + 1)
    if i == 9:
        return "0"
    return f"⇧{i - 9}"


def history(conn, sid: int, labels: Optional[dict] = None) -> list[dict]:
    labels = labels or {}
    out = []
    for row in conn.execute("SELECT id, batch, actor, field, before, after, at, undoes FROM changes"
                            " WHERE sentence_id = ? ORDER BY id DESC LIMIT 200", (sid,)):
        before, after = json.loads(row[4] or "null"), json.loads(row[5] or "null")
        out.append({"id": row[0], "batch": row[1], "actor": row[2], "field": row[3],
                    "field_label": FIELD_LABELS.get(row[3], row[3]),
                    "before": describe(row[3], before, labels), "after": describe(row[3], after, labels),
                    "at": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(row[6])), "undo": row[7] is not None})
    return out


def describe(field: str, state, labels: dict) -> str:
    """A change's before/after state in words, for the history list."""
    if not isinstance(state, dict):
        return ""
    if field == "status":
        return STATUS_LABELS.get(state.get("status"), str(state.get("status")))
    if field == "categories":
        return "、".join(labels.get(c[0], c[0]) for c in state.get("categories", [])) or "（无）"
    if field == "units":
        return "、".join(f"{u[0]}→{u[3]}" if u[0] != u[3] else u[0] for u in state.get("units", [])) or "（无）"
    return json.dumps(state, ensure_ascii=False)


# -- changes -------------------------------------------------------------------------------------
def _snapshot(conn, sid: int, field: str) -> dict:
    reviewed, is_problem = conn.execute("SELECT reviewed, is_problem FROM tags WHERE sentence_id = ?", (sid,)).fetchone()
    if field == "status":
        status = conn.execute("SELECT status FROM clue_reviews WHERE sentence_id = ?", (sid,)).fetchone()[0]
        return {"status": status, "reviewed": reviewed, "is_problem": is_problem}
    if field == "categories":
        rows = [[c, s, json.loads(e)] for c, s, e in conn.execute(
            "SELECT category, score, evidence FROM tag_categories WHERE sentence_id = ? ORDER BY category", (sid,))]
        return {"categories": rows, "reviewed": reviewed}
    if field == "units":
        rows = [list(u) for u in conn.execute(
            'SELECT text, start, "end", canonical, region FROM tag_units WHERE sentence_id = ? ORDER BY seq', (sid,))]
        return {"units": rows, "reviewed": reviewed}
    raise ValueError(field)


def _restore(conn, sid: int, field: str, state: dict) -> None:
    if field == "status":
        conn.execute("UPDATE clue_reviews SET status = ? WHERE sentence_id = ?", (state["status"], sid))
        conn.execute("UPDATE tags SET reviewed = ?, is_problem = ? WHERE sentence_id = ?",
                     (state["reviewed"], state["is_problem"], sid))
    elif field == "categories":
        conn.execute("DELETE FROM tag_categories WHERE sentence_id = ?", (sid,))
        conn.executemany("INSERT INTO tag_categories (sentence_id, category, score, evidence) VALUES (?,?,?,?)",
                         [(sid, c, s, json.dumps(e, ensure_ascii=False)) for c, s, e in state["categories"]])
        conn.execute("UPDATE tags SET reviewed = ? WHERE sentence_id = ?", (state["reviewed"], sid))
    elif field == "units":
        conn.execute("DELETE FROM tag_units WHERE sentence_id = ?", (sid,))
        conn.executemany('INSERT INTO tag_units (sentence_id, seq, text, start, "end", canonical, region)'
                         " VALUES (?,?,?,?,?,?,?)", [(sid, i, *u) for i, u in enumerate(state["units"])])
        conn.execute("UPDATE tags SET reviewed = ? WHERE sentence_id = ?", (state["reviewed"], sid))
    else:
        raise ValueError(field)


def _next_batch(conn) -> int:
    return conn.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM changes").fetchone()[0]


def _log(conn, batch: int, actor: str, sid: Optional[int], field: str, before, after, undoes=None) -> None:
    audit.append(conn, batch=batch, actor=actor, sentence_id=sid, field=field,
                 before=json.dumps(before, ensure_ascii=False), after=json.dumps(after, ensure_ascii=False),
                 at=time.time(), undoes=undoes)


def _change(store, sid: int, version: Optional[int], actor: str, build) -> int:
    """Apply ``build(conn) -> {field: new state}`` to clue ``sid`` if its version is still
    ``version``; log and bump. Returns the new version (unchanged when nothing changed)."""
    conn = store.conn
    with store.transaction():
        row = conn.execute("SELECT version, document_id FROM clue_reviews WHERE sentence_id = ?", (sid,)).fetchone()
        if row is None:
            raise NotFound(f"clue {sid}: not in the review queue")
        current, doc_id = row
        if version is not None and version != current:
            raise Conflict(f"clue {sid}: changed by someone else (version {current}, the form had {version})")
        batch = _next_batch(conn)
        changed = False
        for name, after in build(conn).items():
            before = _snapshot(conn, sid, name)
            if before == after:
                continue
            _restore(conn, sid, name, after)
            _log(conn, batch, actor, sid, name, before, after)
            changed = True
        if not changed:
            return current
        conn.execute("UPDATE clue_reviews SET version = version + 1, updated_by = ?, updated_at = ?"
                     " WHERE sentence_id = ?", (actor, time.time(), sid))
        store._refresh_summaries([doc_id])
        return current + 1


def decide(store, sid: int, action: str, version: Optional[int], actor: str) -> int:
    """accept / reject / reopen a clue. Accept and reject mark it reviewed; reject takes it out
    of every report (``is_problem`` 0); reopen puts it back in the queue as pending."""
    if action not in ("accept", "reject", "reopen"):
        raise DeskError(f"unknown action '{action}': use accept, reject or reopen")

    def build(conn):
        reviewed = conn.execute("SELECT reviewed FROM tags WHERE sentence_id = ?", (sid,)).fetchone()[0]
        state = {"accept": {"status": "accepted", "reviewed": 1, "is_problem": 1},
                 "reject": {"status": "rejected", "reviewed": 1, "is_problem": 0},
                 "reopen": {"status": "pending", "reviewed": reviewed, "is_problem": 1}}[action]
        return {"status": state}

    return _change(store, sid, version, actor, build)


def set_categories(store, sid: int, codes: Iterable[str], version: Optional[int], actor: str, taxonomy) -> int:
    """The clue's categories become ``codes`` (kept ones keep their score and evidence; added
    ones get score 1 and evidence ``review:<user>``)."""
    wanted = set(codes)
    unknown = wanted - set(taxonomy.codes)
    if unknown:
        raise DeskError(f"unknown category {sorted(unknown)[0]!r}; see rules/taxonomy.yml")

    def build(conn):
        have = {c: (s, json.loads(e)) for c, s, e in conn.execute(
            "SELECT category, score, evidence FROM tag_categories WHERE sentence_id = ?", (sid,))}
        rows = sorted([c, *have.get(c, (1.0, [f"review:{actor}"]))] for c in wanted)
        return {"categories": {"categories": [list(r) for r in rows], "reviewed": 1}}

    return _change(store, sid, version, actor, build)


def set_units(store, sid: int, units: list[tuple[str, str]], version: Optional[int], actor: str) -> int:
    """The clue's units become ``units``: (text as written in the sentence, canonical name);
    a blank canonical name means the text itself."""

    def build(conn):
        text, region = conn.execute(
            "SELECT s.text, COALESCE(d.region, '') FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE s.id = ?", (sid,)).fetchone()
        regions = {u[0]: u[1] for u in conn.execute("SELECT text, region FROM tag_units WHERE sentence_id = ?", (sid,))}
        rows, seen = [], set()
        for written, canonical in units:
            written, canonical = written.strip(), (canonical or "").strip()
            if not written:
                continue
            start = text.find(written)
            if start < 0:
                raise DeskError(f"unit '{written[:40]}': not found in the sentence; type it as written there")
            if written in seen:
                continue
            seen.add(written)
            rows.append([written, start, start + len(written), (canonical or written)[:100],
                         regions.get(written, region)])
        rows.sort(key=lambda u: (u[1], u[2]))
        return {"units": {"units": rows, "reviewed": 1}}

    return _change(store, sid, version, actor, build)


def undo_last(store, actor: str) -> Optional[int]:
    """Undo the actor's latest clue change not undone yet (as a new, logged change). Returns
    the clue's id, or None when there is nothing to undo. Raises ``Conflict`` when someone
    changed the clue since."""
    conn = store.conn
    with store.transaction():
        row = conn.execute(
            "SELECT c.batch FROM changes c WHERE c.actor = ? AND c.undoes IS NULL AND c.sentence_id IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM changes u WHERE u.undoes = c.batch)"
            " ORDER BY c.batch DESC LIMIT 1", (actor,)).fetchone()
        if row is None:
            return None
        batch = row[0]
        rows = conn.execute("SELECT sentence_id, field, before, after FROM changes WHERE batch = ? ORDER BY id",
                            (batch,)).fetchall()
        new_batch = _next_batch(conn)
        sids = set()
        for sid, name, before, after in rows:
            if conn.execute("SELECT 1 FROM clue_reviews WHERE sentence_id = ?", (sid,)).fetchone() is None:
                raise NotFound(f"clue {sid}: no longer in the store; nothing to undo")
            current = _snapshot(conn, sid, name)
            if current != json.loads(after):
                raise Conflict(f"clue {sid}: changed since your edit; undo refused")
            _restore(conn, sid, name, json.loads(before))
            _log(conn, new_batch, actor, sid, name, current, json.loads(before), undoes=batch)
            sids.add(sid)
        for sid in sids:
            conn.execute("UPDATE clue_reviews SET version = version + 1, updated_by = ?, updated_at = ?"
                         " WHERE sentence_id = ?", (actor, time.time(), sid))
        store._refresh_summaries(sorted({conn.execute("SELECT document_id FROM clue_reviews WHERE sentence_id = ?",
                                                      (s,)).fetchone()[0] for s in sids}))
        return rows[0][0]


# -- documents -------------------------------------------------------------------------------------
def document_view(conn, doc_id: int, paragraph: Optional[int] = None, span: int = 20) -> dict:
    """A window of a document's paragraphs around ``paragraph`` (all when short), clue
    sentences marked with their review status."""
    d = conn.execute("SELECT id, title, region, year, format, pages, paragraphs FROM documents WHERE id = ?",
                     (doc_id,)).fetchone()
    if d is None:
        raise NotFound(f"document {doc_id}: not in the store")
    centre = paragraph or 1
    lo, hi = max(1, centre - span), centre + span
    paras: dict[int, dict] = {}
    for sid, para, page, text, status in conn.execute(
            "SELECT s.id, s.paragraph, s.page, s.text, r.status FROM sentences s"
            " LEFT JOIN clue_reviews r ON r.sentence_id = s.id"
            " WHERE s.document_id = ? AND s.paragraph BETWEEN ? AND ? ORDER BY s.seq", (doc_id, lo, hi)):
        p = paras.setdefault(para, {"no": para, "page": page, "sentences": [], "current": para == paragraph})
        p["sentences"].append({"id": sid, "text": text, "status": status,
                               "status_label": STATUS_LABELS.get(status, "")})
    paths = [r[0] for r in conn.execute("SELECT path FROM files WHERE document_id = ? ORDER BY path", (doc_id,))]
    return {"id": d[0], "title": d[1], "region": d[2] or "", "year": d[3], "format": d[4], "pages": d[5],
            "paragraphs": d[6], "paths": paths, "window": list(paras.values()), "lo": lo, "hi": hi,
            "centre": centre, "span": span}


def filter_choices(conn) -> dict:
    """Years and documents to offer in the queue's filter (small tables)."""
    years = [r[0] for r in conn.execute("SELECT DISTINCT year FROM documents WHERE year IS NOT NULL ORDER BY year")]
    docs = [{"id": r[0], "title": r[1] or f"文档{r[0]}"} for r in conn.execute(
        "SELECT id, title FROM documents ORDER BY title LIMIT 1000")]
    return {"years": years, "documents": docs}


# -- units -----------------------------------------------------------------------------------------
def unit_list(conn, limit: int = 500, forms: int = 12) -> list[dict]:
    """The units named most often: mentions counted on the (region, canonical) index alone (no
    pass over the clues, so it stays quick on millions), then each unit's written forms."""
    rows = conn.execute(
        "SELECT region, canonical, COUNT(*) FROM tag_units INDEXED BY tag_units_unit"
        " GROUP BY region, canonical ORDER BY 3 DESC, 2 LIMIT ?", (limit,)).fetchall()
    out = []
    for region, name, n in rows:
        written = [r[0] for r in conn.execute(
            "SELECT DISTINCT text FROM tag_units INDEXED BY tag_units_unit WHERE region = ? AND canonical = ?"
            " LIMIT ?", (region, name, forms))]
        out.append({"region": region, "name": name, "mentions": n, "written": sorted(written)})
    return out


def unit_suggestions(units: list[dict], limit: int = 50) -> list[dict]:
    """Likely short/full-name pairs within a region (``pipeline.units.suggest_aliases``)."""
    from ..units import suggest_aliases

    by_region: dict[str, list[str]] = {}
    for u in units:
        by_region.setdefault(u["region"], []).append(u["name"])
    out = [{"region": region, "alias": short, "canonical": full, "score": score}
           for region, names in sorted(by_region.items()) for short, full, score in suggest_aliases(names)]
    out.sort(key=lambda s: -s["score"])
    return out[:limit]


def unit_profile(conn, region: str, name: str, taxonomy) -> dict:
    """Clues naming the unit per category × year, and its written forms."""
    cells: dict[tuple[str, Optional[int]], int] = {}
    for code, year, n in conn.execute(
            "SELECT c.category, d.year, COUNT(DISTINCT u.sentence_id) FROM tag_units u"
            " JOIN tags t ON t.sentence_id = u.sentence_id JOIN tag_categories c ON c.sentence_id = u.sentence_id"
            " JOIN documents d ON d.id = t.document_id"
            " WHERE u.region = ? AND u.canonical = ? AND t.is_problem = 1 GROUP BY 1, 2", (region, name)):
        cells[(code, year)] = n
    written = [{"text": r[0], "clues": r[1]} for r in conn.execute(
        "SELECT u.text, COUNT(DISTINCT u.sentence_id) FROM tag_units u JOIN tags t ON t.sentence_id = u.sentence_id"
        " WHERE u.region = ? AND u.canonical = ? AND t.is_problem = 1 GROUP BY 1 ORDER BY 2 DESC, 1", (region, name))]
    if not written and not cells:
        raise NotFound(f"unit {name}: no clue names it")
    years = sorted({y for _, y in cells}, key=lambda y: (y is None, y or 0))
    codes = [c for c in taxonomy.categories if any((c.code, y) in cells for y in years)]
    peak = max(cells.values(), default=1)
    grid = [{"code": c.code, "label": c.label, "short": c.short,
             "cells": [{"year": y, "n": cells.get((c.code, y), 0),
                        "level": _level(cells.get((c.code, y), 0), peak)}
                       for y in years]} for c in codes]
    aliases = [{"alias": r[0], "actor": r[1]} for r in conn.execute(
        "SELECT alias, actor FROM unit_aliases WHERE region = ? AND canonical = ? ORDER BY alias", (region, name))]
    return {"region": region, "name": name, "years": years, "grid": grid, "written": written, "peak": peak,
            "aliases": aliases, "total": sum(cells.values())}


def _level(n: int, peak: int) -> int:
    """Shade 0 (none) to 5 (the unit's busiest cell) of a profile cell."""
    return 0 if n <= 0 else max(1, min(5, -(-n * 5 // max(peak, 1))))


def _unit_change(store, region: str, source: str, target: str, actor: str, field_after: dict, where: str,
                 params: list) -> int:
    conn = store.conn
    sids = [r[0] for r in conn.execute(f"SELECT DISTINCT sentence_id FROM tag_units WHERE {where}", params)]
    conn.execute(f"UPDATE tag_units SET canonical = ? WHERE {where}", [target] + params)
    for i in range(0, len(sids), 500):
        chunk = sids[i:i + 500]
        conn.execute(f"UPDATE clue_reviews SET version = version + 1 WHERE sentence_id IN ({','.join('?' * len(chunk))})",
                     chunk)
    docs = set()
    for i in range(0, len(sids), 500):
        chunk = sids[i:i + 500]
        docs |= {r[0] for r in conn.execute(
            f"SELECT DISTINCT document_id FROM tags WHERE sentence_id IN ({','.join('?' * len(chunk))})", chunk)}
    store._refresh_summaries(sorted(docs))
    _log(conn, _next_batch(conn), actor, None, "unit_alias", {"region": region, "name": source},
         dict(field_after, clues=len(sids)))
    return len(sids)


def merge_unit(store, region: str, alias: str, canonical: str, actor: str) -> int:
    """Count ``alias`` as ``canonical`` in ``region`` from now on (also after a retag, via the
    desk's alias table). Returns the number of clues changed."""
    alias, canonical = alias.strip(), canonical.strip()
    if not alias or not canonical or alias == canonical:
        raise DeskError("merge: name two different units")
    with store.transaction():
        conn = store.conn
        conn.execute("INSERT OR REPLACE INTO unit_aliases (region, alias, canonical, actor, at) VALUES (?,?,?,?,?)",
                     (region, alias, canonical, actor, time.time()))
        conn.execute("UPDATE unit_aliases SET canonical = ? WHERE region = ? AND canonical = ?",
                     (canonical, region, alias))
        conn.execute("DELETE FROM unit_aliases WHERE region = ? AND alias = canonical", (region,))
        return _unit_change(store, region, alias, canonical, actor, {"region": region, "name": canonical, "merged": alias},
                            "region = ? AND canonical = ?", [region, alias])


def split_unit(store, region: str, canonical: str, written: str, actor: str) -> int:
    """Count the written form ``written`` of unit ``canonical`` as a unit of its own again."""
    written = written.strip()
    if not written or written == canonical:
        raise DeskError("split: pick a written form other than the unit's own name")
    with store.transaction():
        conn = store.conn
        conn.execute("DELETE FROM unit_aliases WHERE region = ? AND alias = ?", (region, written))
        return _unit_change(store, region, canonical, written, actor, {"region": region, "name": written,
                                                                         "split_from": canonical},
                            "region = ? AND canonical = ? AND text = ?", [region, canonical, written])


def all_errors() -> tuple[type, ...]:
    return (Conflict, NotFound, DeskError, XunchaError)

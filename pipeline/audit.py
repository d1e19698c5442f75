"""A tamper-evident record of every change: the ``changes`` rows form a SHA-256 hash chain.

Each row's ``hash`` covers its own fields and the hash of the row before it (by id; ids are
consecutive from 1). Editing a row changes its hash; deleting one leaves a gap in the ids and
breaks the next row's link; rewriting the tail to match would need every later hash recomputed,
and the chain's head (``head``) is what an office writes down outside the database (in the
inspection file, a signed report) to pin the whole history at that moment. The triggers that
refuse UPDATE and DELETE on ``changes`` stop accidents; the chain detects the rest.

``append`` is the only way rows get written (the review desk calls it); ``verify`` walks the
table and names every row that does not check out.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Optional

GENESIS = "0" * 64  # the "previous hash" of the first row
FIELDS = ("id", "batch", "actor", "sentence_id", "field", "before", "after", "at", "undoes")


def row_hash(prev: str, row: dict) -> str:
    """SHA-256 of the previous hash and the row's fields, in a fixed canonical JSON form."""
    payload = json.dumps([prev] + [row.get(name) for name in FIELDS], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn, *, batch: int, actor: str, sentence_id: Optional[int], field: str,
           before: Optional[str], after: Optional[str], at: float, undoes: Optional[int] = None) -> int:
    """Insert one change row, chained to the last one; returns its id. Call inside the
    caller's transaction, so the read of the last row and the insert are one step."""
    last = conn.execute("SELECT id, hash FROM changes ORDER BY id DESC LIMIT 1").fetchone()
    row = {"id": (last[0] + 1) if last else 1, "batch": batch, "actor": actor, "sentence_id": sentence_id,
           "field": field, "before": before, "after": after, "at": float(at), "undoes": undoes}
    prev = (last[1] or "") if last else GENESIS
    conn.execute("INSERT INTO changes (id, batch, actor, sentence_id, field, before, after, at, undoes, hash)"
                 " VALUES (?,?,?,?,?,?,?,?,?,?)",
                 tuple(row[name] for name in FIELDS) + (row_hash(prev, row),))
    return row["id"]


@dataclass
class AuditResult:
    rows: int = 0
    head: str = GENESIS  # hash of the last row: write it down to pin the history
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(conn, limit: int = 20) -> AuditResult:
    """Recompute the chain. Problems name the row ids: edited rows (hash mismatch), deleted
    rows (a gap in the ids), rows without a hash. At most ``limit`` problems are listed."""
    result = AuditResult()
    prev, expected_id = GENESIS, 1
    cursor = conn.execute(f"SELECT {', '.join(FIELDS)}, hash FROM changes ORDER BY id")
    for values in cursor:
        row = dict(zip(FIELDS, values))
        stored = values[-1]
        result.rows += 1
        if row["id"] != expected_id:
            missing = (f"{expected_id}" if row["id"] == expected_id + 1
                       else f"{expected_id}–{row['id'] - 1}")
            result.problems.append(f"变更记录 {missing} 已被删除（编号不连续）")
        if row["at"] is not None:
            row["at"] = float(row["at"])
        recomputed = row_hash(prev, row)
        if stored != recomputed:
            result.problems.append(f"变更记录 {row['id']} 已被改动或其前一条被改动（哈希不符）")
        prev = stored or recomputed
        expected_id = row["id"] + 1
        if len(result.problems) >= limit:
            break
    result.head = prev
    return result

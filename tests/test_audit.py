"""The change records' hash chain: intact, edited, deleted, rehashed."""
from __future__ import annotations

import sqlite3

import pytest

from pipeline import audit


@pytest.fixture()
def conn():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE changes (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, actor TEXT NOT NULL,"
              " sentence_id INTEGER, field TEXT NOT NULL, before TEXT, after TEXT, at REAL NOT NULL,"
              " undoes INTEGER, hash TEXT)")
    for i in range(5):
        audit.append(c, batch=i + 1, actor="张三" if i % 2 else "李四", sentence_id=10 + i, field="status",
                     before='{"status":"pending"}', after='{"status":"accepted"}', at=1700000000.123456 + i)
    return c


def test_audit_intact_chain_verifies(conn):
    result = audit.verify(conn)
    assert result.ok and result.rows == 5
    assert result.head == conn.execute("SELECT hash FROM changes WHERE id = 5").fetchone()[0]


def test_audit_head_changes_with_every_append(conn):
    before = audit.verify(conn).head
    audit.append(conn, batch=6, actor="王五", sentence_id=None, field="unit_alias", before=None, after='"县交通局"',
                 at=1700000100.0)
    assert audit.verify(conn).head != before


@pytest.mark.parametrize("column, value", [("after", '{"status":"rejected"}'), ("actor", "王五"),
                                           ("at", 1700000999.0), ("sentence_id", 99)])
def test_audit_edited_row_is_named(conn, column, value):
    conn.execute(f"UPDATE changes SET {column} = ? WHERE id = 3", (value,))
    result = audit.verify(conn)
    assert not result.ok
    assert any("3" in p and "改动" in p for p in result.problems)
    assert not any(p.startswith("变更记录 4") for p in result.problems)  # the rest still links


def test_audit_edit_with_recomputed_hash_breaks_the_next_link(conn):
    conn.execute("UPDATE changes SET after = '{}' WHERE id = 2")
    row = dict(zip(audit.FIELDS, conn.execute(f"SELECT {', '.join(audit.FIELDS)} FROM changes WHERE id = 2").fetchone()))
    prev = conn.execute("SELECT hash FROM changes WHERE id = 1").fetchone()[0]
    conn.execute("UPDATE changes SET hash = ? WHERE id = 2", (audit.row_hash(prev, row),))
    result = audit.verify(conn)
    assert [p.split()[0] + p.split()[1] for p in result.problems] == ["变更记录3"]


def test_audit_deleted_row_is_named(conn):
    conn.execute("DELETE FROM changes WHERE id = 2")
    result = audit.verify(conn)
    assert any("2" in p and "删除" in p for p in result.problems)


def test_audit_empty_table_is_ok():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE changes (id INTEGER PRIMARY KEY, batch INTEGER, actor TEXT, sentence_id INTEGER,"
              " field TEXT, before TEXT, after TEXT, at REAL, undoes INTEGER, hash TEXT)")
    result = audit.verify(c)
    assert result.ok and result.rows == 0 and result.head == audit.GENESIS


def test_audit_desk_decisions_chain_and_cli_names_tampering(tmp_path):
    """Decisions on the review desk are chained; `xuncha audit verify` passes, then names a
    record edited behind the desk's back (triggers dropped) and exits 1."""
    pytest.importorskip("starlette")
    from click.testing import CliRunner

    from cli import main
    from pipeline.desk import queries
    from pipeline.store import Store
    from test_desk import make_store

    db = make_store(tmp_path / "desk.db")
    with Store(db) as store:
        queries.sync_queue(store, {})
        sids = [r[0] for r in store.conn.execute("SELECT sentence_id FROM clue_reviews ORDER BY sentence_id")]
        for sid in sids[:3]:
            queries.decide(store, sid, "accept", None, "审核员")
        assert store.conn.execute("SELECT COUNT(*) FROM changes WHERE hash IS NOT NULL").fetchone()[0] >= 3
    ok = CliRunner().invoke(main, ["audit", "verify", "--db", str(db)])
    assert ok.exit_code == 0, ok.output
    assert "完整" in ok.output
    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER changes_no_update")
    conn.execute("UPDATE changes SET actor = '他人' WHERE id = 2")
    conn.commit()
    conn.close()
    bad = CliRunner().invoke(main, ["audit", "verify", "--db", str(db)])
    assert bad.exit_code == 1
    assert "变更记录 2" in bad.output and "已被篡改" in bad.output

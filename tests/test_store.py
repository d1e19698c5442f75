"""Tests for pipeline.store through the command line: document identity, replacement,
failures, status, damaged or foreign store files and file modes."""
from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cli import main  # noqa: E402
from pipeline.errors import StoreError  # noqa: E402
from pipeline.store import Store  # noqa: E402

REPORT = (
    "关于县某局党组的巡察反馈意见\n"
    "一、巡察发现的主要问题\n"
    "（一）落实全面从严治党主体责任不到位。县某局党组研究党风廉政建设工作较少，压力传导层层递减。\n"
    "（二）违反中央八项规定精神问题仍有发生。2019年以来，1名干部违规在企业兼职取酬3.6万元。\n"
)
# The same words with another line layout and other punctuation (half-width, spaces).
REPORT_RELAID = (
    "关于县某局党组的巡察反馈意见 一、巡察发现的主要问题\n"
    "(一)落实全面从严治党主体责任不到位. 县某局党组研究党风廉政建设工作较少,\n"
    "压力传导层层递减.（二）违反中央八项规定精神问题仍有发生!2019年以来,1名干部违规在企业兼职取酬3.6万元\n"
)
OTHER = "关于县某镇党委的巡察反馈意见\n一、存在的问题\n县某镇党委公务接待超标准，白条入账5笔。\n"
THIRD = "关于县某街道的巡察反馈意见\n一、存在的问题\n某街道办事处政府采购管理不规范。\n"


def _ingest(db, *paths, args=()):
    return CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), "--jobs", "1", *args])


def _status(db) -> dict:
    result = CliRunner().invoke(main, ["status", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _rows(db, sql, params=()):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _summary(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("入库")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _write(path: Path, text: str, encoding="utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# --- identity ------------------------------------------------------------------------------------

def test_store_same_bytes_again_stores_nothing(tmp_path):
    db = tmp_path / "x.db"
    doc = _write(tmp_path / "in" / "报告.txt", REPORT)
    first = _ingest(db, doc)
    assert first.exit_code == 0, first.output
    assert "入库 1 份" in _summary(first)
    before = _status(db)
    again = _ingest(db, doc)
    assert again.exit_code == 0, again.output
    assert "入库 0 份" in _summary(again) and "未变 1 份" in _summary(again)
    assert _status(db) == before
    assert _rows(db, "SELECT COUNT(*) FROM files") == [(1,)]


@pytest.mark.parametrize("other_name, encoding, text", [
    ("副本.txt", "utf-8", REPORT),                # same bytes, another name
    ("gbk 副本.txt", "gbk", REPORT),              # same text, other bytes
    ("重排.txt", "utf-8", REPORT_RELAID),         # same words, other layout and punctuation
])
def test_store_same_content_is_one_document(tmp_path, other_name, encoding, text):
    db = tmp_path / "x.db"
    a = _write(tmp_path / "in" / "报告.txt", REPORT)
    b = _write(tmp_path / "in" / other_name, text, encoding)
    assert _ingest(db, a).exit_code == 0
    result = _ingest(db, b)
    assert result.exit_code == 0, result.output
    assert "入库 0 份" in _summary(result) and "重复 1 份" in _summary(result)
    assert _status(db)["documents"] == 1
    files = _rows(db, "SELECT path, document_id FROM files ORDER BY path")
    assert len(files) == 2 and files[0][1] == files[1][1]


def test_store_other_words_are_another_document(tmp_path):
    db = tmp_path / "x.db"
    changed = REPORT.replace("3.6万元", "3.7万元")
    a = _write(tmp_path / "in" / "a.txt", REPORT)
    b = _write(tmp_path / "in" / "b.txt", changed)
    result = _ingest(db, a, b)
    assert "入库 2 份" in _summary(result)
    assert _status(db)["documents"] == 2


def test_store_changed_file_replaces_orphaned_document(tmp_path):
    db = tmp_path / "x.db"
    doc = _write(tmp_path / "in" / "报告.txt", REPORT)
    _ingest(db, doc)
    (old_id,) = _rows(db, "SELECT id FROM documents")[0]
    _write(doc, OTHER)
    result = _ingest(db, doc)
    assert result.exit_code == 0, result.output
    assert "替换 1 份" in _summary(result)
    docs = _rows(db, "SELECT id FROM documents")
    assert len(docs) == 1 and docs[0][0] != old_id
    assert _rows(db, "SELECT COUNT(*) FROM sentences WHERE document_id = ?", (old_id,)) == [(0,)]
    texts = "".join(t for (t,) in _rows(db, "SELECT text FROM sentences"))
    assert "白条入账" in texts and "兼职取酬" not in texts
    assert _rows(db, "SELECT COUNT(*) FROM files") == [(1,)]


def test_store_changed_file_keeps_document_another_path_holds(tmp_path):
    db = tmp_path / "x.db"
    a = _write(tmp_path / "in" / "a.txt", REPORT)
    b = _write(tmp_path / "in" / "b.txt", REPORT)
    _ingest(db, tmp_path / "in")
    (old_id,) = _rows(db, "SELECT id FROM documents")[0]
    old_sentences = _rows(db, "SELECT COUNT(*) FROM sentences WHERE document_id = ?", (old_id,))[0][0]
    assert old_sentences > 0
    _write(a, OTHER)
    result = _ingest(db, tmp_path / "in")
    assert result.exit_code == 0, result.output
    assert _status(db)["documents"] == 2
    assert _rows(db, "SELECT COUNT(*) FROM sentences WHERE document_id = ?", (old_id,)) == [(old_sentences,)]
    assert _rows(db, "SELECT document_id FROM files WHERE path = ?", (str(b),)) == [(old_id,)]
    assert _rows(db, "SELECT document_id FROM files WHERE path = ?", (str(a),))[0][0] != old_id


def test_store_changed_file_to_known_bytes_links_and_drops_old(tmp_path):
    db = tmp_path / "x.db"
    a = _write(tmp_path / "in" / "a.txt", REPORT)
    b = _write(tmp_path / "in" / "b.txt", OTHER)
    _ingest(db, tmp_path / "in")
    assert _status(db)["documents"] == 2
    _write(a, OTHER)  # now the same bytes as b.txt
    result = _ingest(db, tmp_path / "in")
    assert "替换 1 份" in _summary(result)
    st = _status(db)
    assert st["documents"] == 1
    texts = "".join(t for (t,) in _rows(db, "SELECT text FROM sentences"))
    assert "兼职取酬" not in texts


def test_store_same_file_given_twice_is_counted_once(tmp_path):
    db = tmp_path / "x.db"
    doc = _write(tmp_path / "in" / "a.txt", REPORT)
    result = _ingest(db, tmp_path / "in", doc)
    assert "入库 1 份" in _summary(result) and "重复 0 份" in _summary(result)


def test_store_status_json_keys(tmp_path):
    db = tmp_path / "x.db"
    _ingest(db, _write(tmp_path / "in" / "a.txt", REPORT), _write(tmp_path / "in" / "坏.txt", ""))
    st = _status(db)
    assert set(st) == {"documents", "sentences", "clues", "failed", "tagger"}
    assert st["documents"] == 1 and st["sentences"] > 0 and st["clues"] == 0 and st["tagger"] is None
    assert [set(f) for f in st["failed"]] == [{"path", "reason"}]


# --- failures ------------------------------------------------------------------------------------

def test_store_failure_row_updated_then_removed(tmp_path):
    db = tmp_path / "x.db"
    bad = _write(tmp_path / "in" / "坏.txt", "")
    r1 = _ingest(db, bad)
    assert r1.exit_code == 1
    rows1 = _rows(db, "SELECT path, reason FROM failures")
    assert len(rows1) == 1 and rows1[0][0] == str(bad)
    bad.write_bytes(bytes(range(256)) * 16)  # binary now: another reason
    assert _ingest(db, bad).exit_code == 1
    rows2 = _rows(db, "SELECT path, reason FROM failures")
    assert len(rows2) == 1 and rows2[0][0] == str(bad) and rows2[0][1] != rows1[0][1]
    _write(bad, REPORT)
    r3 = _ingest(db, bad)
    assert r3.exit_code == 0, r3.output
    assert _rows(db, "SELECT COUNT(*) FROM failures") == [(0,)]
    assert _status(db)["failed"] == []


def test_store_failure_removed_when_file_holds_stored_bytes_again(tmp_path):
    db = tmp_path / "x.db"
    doc = _write(tmp_path / "in" / "a.txt", REPORT)
    _ingest(db, doc)
    doc.write_bytes(b"")  # emptied by mistake: a failure, the stored document stays
    assert _ingest(db, doc).exit_code == 1
    assert len(_status(db)["failed"]) == 1 and _status(db)["documents"] == 1
    _write(doc, REPORT)  # restored
    result = _ingest(db, doc)
    assert result.exit_code == 0, result.output
    assert _status(db)["failed"] == []


@pytest.mark.parametrize("bad_name", ["假.pdf", "假.docx"])
def test_store_same_bytes_under_another_suffix_still_fail(tmp_path, bad_name):
    """A .txt's bytes saved as .pdf/.docx are a broken file, not a duplicate of the .txt."""
    db = tmp_path / "x.db"
    _write(tmp_path / "in" / "a.txt", REPORT)
    _write(tmp_path / "in" / bad_name, REPORT)
    for _ in range(2):
        result = _ingest(db, tmp_path / "in")
        assert result.exit_code == 1, result.output
        assert [f["path"] for f in _status(db)["failed"]] == [str(tmp_path / "in" / bad_name)]
    assert _rows(db, "SELECT COUNT(*) FROM files") == [(1,)]


# --- the store file ------------------------------------------------------------------------------

def _valid_store_bytes(tmp_path) -> bytes:
    db = tmp_path / "valid.db"
    _ingest(db, _write(tmp_path / "v" / "a.txt", REPORT), _write(tmp_path / "v" / "坏.txt", ""))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()


def _damage(data: bytes, how: str, tmp_path) -> bytes:
    if how == "text":
        return "这不是数据库\n".encode()
    if how == "zip":
        return b"PK\x03\x04" + b"\x00" * 200
    if how == "header_only":
        return data[:100]
    if how == "truncated":
        return data[: len(data) // 2 + 7]
    size = int.from_bytes(data[16:18], "big")  # the file's page size (its header, bytes 16–17)
    if how == "page1_zeroed":
        return data[:16] + b"\x00" * (size - 16) + data[size:]
    if how == "table_page":
        conn = sqlite3.connect(tmp_path / "valid.db")
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'failures'").fetchone()
        conn.close()
        page = size * (root - 1)
        return data[:page] + b"\xff" * size + data[page + size:]
    raise ValueError(how)


@pytest.mark.parametrize("how", ["text", "zip", "header_only", "truncated", "page1_zeroed", "table_page"])
@pytest.mark.parametrize("command", [["status", "--format", "json"], ["ingest", "IN"], ["report"]])
def test_store_damaged_file_one_line_error_untouched(tmp_path, how, command):
    data = _damage(_valid_store_bytes(tmp_path), how, tmp_path)
    db = tmp_path / "damaged.db"
    db.write_bytes(data)
    src = tmp_path / "in"
    _write(src / "a.txt", OTHER)
    _write(src / "坏.txt", "")
    args = [str(src) if a == "IN" else a for a in command]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, (sqlite3.Error, AttributeError))
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and str(db) in errors[0], result.stderr
    if how == "table_page" and command[0] == "ingest":
        # Damage inside a table is only met when that table is reached: what was written
        # before (into sound pages) stays, the transaction that met it is rolled back.
        return
    assert db.read_bytes() == data


@pytest.mark.parametrize("command", [["status"], ["ingest", "IN"]])
def test_store_foreign_sqlite_database_untouched(tmp_path, command):
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE documents (x)")
    conn.execute("INSERT INTO documents VALUES (1)")
    conn.commit()
    conn.close()
    data = db.read_bytes()
    _write(tmp_path / "in" / "a.txt", REPORT)
    args = [str(tmp_path / "in") if a == "IN" else a for a in command]
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "not a xuncha store" in result.stderr
    assert db.read_bytes() == data
    assert not (tmp_path / "other.db-wal").exists()


def test_store_missing_file_for_read_commands(tmp_path):
    db = tmp_path / "none.db"
    result = CliRunner().invoke(main, ["status", "--db", str(db)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert not db.exists()


def test_store_folder_as_db(tmp_path):
    result = CliRunner().invoke(main, ["status", "--db", str(tmp_path)])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output


def test_store_reopens_and_keeps_schema(tmp_path):
    db = tmp_path / "x.db"
    with Store(db) as store:
        assert store.status()["documents"] == 0
    with Store(db, create=False) as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM migrations")]
    from pipeline.store import MIGRATIONS

    assert names == [name for name, _ in MIGRATIONS]


def test_store_new_file_has_large_pages_and_an_older_file_keeps_its_own(tmp_path):
    """A new store is made with PAGE_SIZE pages (cheaper bulk inserts); a store made with
    SQLite's default 4 KiB pages opens, takes documents and keeps its pages."""
    from pipeline.store import PAGE_SIZE

    new = tmp_path / "new.db"
    with Store(new) as store:
        assert store.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE != 4096
    old = tmp_path / "old.db"
    con = sqlite3.connect(old)
    con.execute("PRAGMA page_size=4096")
    con.execute("CREATE TABLE scratch (x)")  # the file now exists with 4 KiB pages
    con.execute("DROP TABLE scratch")
    con.commit()
    con.close()
    result = _ingest(old, _write(tmp_path / "in" / "r.txt", REPORT))
    assert result.exit_code == 0, result.output
    assert _status(old)["documents"] == 1
    assert _rows(old, "PRAGMA page_size") == [(4096,)]


def test_store_tags_tagger_index_is_dropped_from_an_older_store(tmp_path):
    """The index on tags(tagger) is gone from new stores and from older ones when opened; what
    used it (`status`'s tagger, `tag --retag`) still answers."""
    db = tmp_path / "x.db"
    result = _ingest(db, _write(tmp_path / "in" / "r.txt", REPORT))
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["tag", "--db", str(db), "--jobs", "1"]).exit_code == 0
    index = "SELECT name FROM sqlite_master WHERE name = 'tags_tagger'"
    assert _rows(db, index) == []
    # nor the desk's unit indexes, which the desk makes when it opens the store (0006)
    assert _rows(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'tag_units_%'") \
        == [("tag_units_unit",)]
    con = sqlite3.connect(db)
    con.executescript("CREATE INDEX tags_tagger ON tags(tagger);"
                      "DELETE FROM migrations WHERE name = '0005_drop_tags_tagger_index';")
    con.close()
    tagger = _status(db)["tagger"]
    assert tagger and _rows(db, index) == []
    result = CliRunner().invoke(main, ["tag", "--db", str(db), "--jobs", "1", "--retag"])
    assert result.exit_code == 0, result.output
    assert _status(db)["tagger"] == tagger


def test_store_summary_migration_fills_summaries_of_an_older_store(sample_store, tmp_path):
    """A store made before the per-document summaries gets them on open, with the same report."""
    import shutil
    import sqlite3

    db = tmp_path / "old.db"
    shutil.copy(sample_store[0], db)
    con = sqlite3.connect(db)
    before = con.execute("SELECT * FROM doc_cells ORDER BY 1, 2, 3").fetchall()
    assert before
    con.executescript("DROP TABLE doc_cells; DROP TABLE doc_cats; DROP TABLE doc_clues;"
                      "DELETE FROM migrations WHERE name = '0002_document_summaries';")
    con.commit()
    con.close()
    with Store(db, create=False) as store:
        after = store.conn.execute("SELECT * FROM doc_cells ORDER BY 1, 2, 3").fetchall()
    assert [tuple(r) for r in after] == before


def test_store_library_errors_are_store_errors(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "absent.db", create=False)
    path = tmp_path / "t.db"
    path.write_text("纯文本", encoding="utf-8")
    with pytest.raises(StoreError):
        Store(path)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_store_file_created_owner_only(tmp_path):
    db = tmp_path / "sub" / "x.db"
    old = os.umask(0o022)
    try:
        store = Store(db)
        with store.transaction():
            store.conn.execute("INSERT INTO failures VALUES ('a', 'b', 0)")
        assert _mode(db) == 0o600
        for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
            if side.exists():
                assert _mode(side) & 0o077 == 0, side
        store.close()
    finally:
        os.umask(old)
    result = _ingest(tmp_path / "cli.db", _write(tmp_path / "in" / "a.txt", REPORT))
    assert result.exit_code == 0
    assert _mode(tmp_path / "cli.db") == 0o600


@pytest.fixture(scope="module")
def tagged_store(tmp_path_factory):
    """A tiny store with one tagged document (tagging loads the shipped model once)."""
    if not (ROOT / "models" / "model.json").exists():
        pytest.skip("no shipped model in models/")
    base = tmp_path_factory.mktemp("tagged")
    db = base / "x.db"
    doc = _write(base / "in" / "a.txt", REPORT + "县财政局违规发放津贴补贴3.6万元。\n")
    assert _ingest(db, doc).exit_code == 0
    result = CliRunner().invoke(main, ["tag", "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("name", ["报告.csv", "报告.json", "out/报告.md"])
def test_store_report_file_owner_only(tagged_store, tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(main, ["report", "--db", str(tagged_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    assert _mode(out) == 0o600


def test_store_report_over_existing_file_owner_only(tagged_store, tmp_path):
    out = tmp_path / "报告.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o644)
    result = CliRunner().invoke(main, ["report", "--db", str(tagged_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _mode(out) == 0o600


# --- writing tags of new documents ---------------------------------------------------------------
def _summaries(conn) -> list:
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() if t != "doc_clues"
            else conn.execute("SELECT * FROM doc_clues ORDER BY 1").fetchall()
            for t in ("doc_cells", "doc_cats", "doc_clues")]


def test_store_new_documents_summaries_equal_the_sql_ones(sample_store, tmp_path):
    """`run` counts new documents' summaries from the rows in hand; recomputing them in SQL
    from the stored tags gives the same rows, and every tag sits on its own document's sentence."""
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(sample_store[0], db)
    with Store(db, create=False) as store:
        before = _summaries(store.conn)
        assert before[0] and before[1] and before[2]
        store.rebuild_summaries()
        assert _summaries(store.conn) == before
        wrong = store.conn.execute("SELECT COUNT(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                                   " WHERE s.document_id != t.document_id").fetchone()[0]
        untagged = store.conn.execute("SELECT COUNT(*) FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id"
                                      " WHERE t.sentence_id IS NULL").fetchone()[0]
        assert (wrong, untagged) == (0, 0)


def test_store_document_summary_counts_each_clue_once_per_unit_and_category():
    from pipeline.store import document_summary

    tags = [(1, 1, 0.9, "[]"), (2, 1, 0.8, "[]"), (3, 0, 0.1, "[]"), (4, 1, 0.7, "[]")]
    cats = [(1, "finance", 0.9, "[]"), (1, "formalism", 0.6, "[]"), (2, "finance", 0.8, "[]"),
            (3, "finance", 0.2, "[]")]  # sentence 3 is no problem; sentence 4 has no category
    units = [(1, 0, "县财政局", 0, 4, "县财政局", ""), (1, 1, "财政局", 9, 12, "县财政局", ""),
             (1, 2, "县审计局", 14, 18, "县审计局", "")]
    cells, doc_cats, clues = document_summary(tags, cats, units)
    assert sorted(cells) == [("", "finance", 1), ("县审计局", "finance", 1), ("县审计局", "formalism", 1),
                             ("县财政局", "finance", 1), ("县财政局", "formalism", 1)]
    assert sorted(doc_cats) == [("finance", 2), ("formalism", 1)]
    assert clues == 2


def test_store_new_document_after_a_taken_largest_id_is_still_tagged(tmp_path):
    """Once the largest sentence id is taken SQLite picks free ids at random: the writer then
    looks the new sentences' ids up instead of counting them, and tags them all."""
    db = tmp_path / "x.db"
    first = _write(tmp_path / "in" / "a.txt", REPORT)
    result = CliRunner().invoke(main, ["run", str(first), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(db)
    doc = con.execute("SELECT id FROM documents").fetchone()[0]
    con.execute("INSERT INTO sentences (id, document_id, seq, paragraph, start, \"end\", section, text)"
                " VALUES (?, ?, 999, 1, 0, 1, '[]', 'x')", (2 ** 63 - 1, doc))
    con.commit()
    con.close()
    second = _write(tmp_path / "in" / "b.txt", OTHER)
    result = CliRunner().invoke(main, ["run", str(second), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = _rows(db, "SELECT s.text, t.is_problem FROM sentences s JOIN tags t ON t.sentence_id = s.id"
                     " JOIN files f ON f.document_id = s.document_id WHERE f.path LIKE '%b.txt' ORDER BY s.seq")
    assert len(rows) == len(_rows(db, "SELECT 1 FROM sentences s JOIN files f ON f.document_id = s.document_id"
                                       " WHERE f.path LIKE '%b.txt'")) > 0
    assert any(text.startswith("县某镇党委公务接待超标准") and problem for text, problem in rows)


@pytest.mark.parametrize("items", [
    (), ("model:0.97",), ("rule:side_jobs/兼职取酬", "model:0.96"), ("fragment", "model:0.12"),
    ('rule:x/"引号"',), ("back\\slash",), ("tab\there", "new\nline"), ("\x00", "\u2028"), ("",), ("", ""),
])
def test_store_json_string_list_equals_json_dumps(items):
    """Evidence lists are written as JSON built directly when nothing needs escaping: the
    same text json.dumps gives, escapes included."""
    from pipeline.store import json_string_list

    assert json_string_list(items) == json.dumps(list(items), ensure_ascii=False)
    assert json_string_list(list(items)) == json.dumps(list(items), ensure_ascii=False)


def test_store_json_string_list_random_strings():
    import random

    from pipeline.store import json_string_list

    rng = random.Random(0)
    alphabet = 'ab"\\\n\t\x01\x1f/:规则 ,[]' + "\u2028\U0001F600"
    for _ in range(2000):
        items = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(rng.randint(0, 4))]
        assert json_string_list(items) == json.dumps(items, ensure_ascii=False)


def _store_dump(db) -> list:
    tables = ("documents", "sentences", "tags", "tag_categories", "tag_units", "figures", "doc_cells", "doc_cats",
              "doc_clues")
    skip = {"added_at"}
    out = []
    for t in tables:
        cols = [r[1] for r in _rows(db, f"PRAGMA table_info({t})") if r[1] not in skip]
        out.append(sorted(_rows(db, f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {t}")))
    return out


def test_store_pool_workers_pack_documents_and_count_their_summaries(tmp_path):
    """A pool worker hands the writer a PackedDocument whose rows (sentences, clues and their
    summary, counted in the worker) are in a pack image; the writer copies them from there,
    and the store holds the rows a plain Document and its clue rows give."""
    from pipeline.ingest import _init_reader_tagger, _parse_and_tag_task, _pool_parse_and_tag_task, store_batch, \
        IngestSummary
    from pipeline.store import PackedDocument, PackSlice, document_summary

    path = _write(tmp_path / "in" / "a.txt", REPORT + OTHER)
    state = _init_reader_tagger(None, None, None)
    doc, clues = _parse_and_tag_task(state, (str(path), 1))
    packed, pack = _pool_parse_and_tag_task(state, (str(path), 1))
    assert isinstance(packed, PackedDocument) and isinstance(pack, PackSlice) and packed.pack is pack
    assert packed.summary == document_summary(*clues[:3]) and packed.summary[2] >= 2
    assert packed.sentence_rows == [] and pack.count("sentences") == len(doc.sentences)
    assert (pack.count("tags"), pack.problems) == (len(clues[0]), sum(1 for r in clues[0] if r[1]))
    with Store(tmp_path / "read.db") as store, store.packs([pack.image]):
        assert store.pack_rows(pack) == tuple(clues)

    for name, item, rows in (("plain", doc, clues), ("packed", packed, pack)):
        with Store(tmp_path / f"{name}.db") as store:
            summary = IngestSummary(tagger="t")
            store_batch(store, summary, [(item, rows)], [])
            assert (summary.stored, summary.clues) == (1, sum(1 for r in clues[0] if r[1]))
            assert summary.tagged_sentences == len(clues[0])
    plain, packed_dump = _store_dump(tmp_path / "plain.db"), _store_dump(tmp_path / "packed.db")
    assert plain == packed_dump and plain[6]  # the same rows, summaries included


def test_store_pack_of_a_bundle_stores_what_rows_store(tmp_path):
    """A bundle's documents share one pack image: stored from it (one of them a duplicate of
    another, one given a region for its units, the batch split between two store calls), the
    store holds the rows the same documents give sent as rows."""
    from dataclasses import replace

    from pipeline.ingest import _init_reader_tagger, _pool_parse_and_tag_task, store_batch, IngestSummary
    from pipeline.store import PackedDocument, PackSlice

    folder = tmp_path / "in"
    paths = [_write(folder / "a.txt", REPORT), _write(folder / "b.txt", OTHER), _write(folder / "c.txt", REPORT),
             _write(folder / "d.txt", THIRD + "县财政局违规发放津贴补贴12万元，县教育局公务接待超标准。\n"),
             _write(folder / "e.txt", "")]
    state = _init_reader_tagger(None, None, None)
    results = _pool_parse_and_tag_task(state, [(str(p), 1) for p in paths])
    assert [status for status, _ in results] == ["ok"] * 5
    assert isinstance(results[4][1], tuple) and results[4][1][0] == "fail"  # an empty file fails alone
    items = [r for _, r in results[:4]]
    images = {id(r[1].image) for r in items}
    assert len(images) == 1 and all(isinstance(d, PackedDocument) and isinstance(p, PackSlice) for d, p in items)

    # the fourth document's units take a region given for its folder
    doc, pack = items[3]
    pack = replace(pack, unit_region="某县")
    items[3] = (replace(doc, pack=pack), pack)
    with Store(tmp_path / "reader.db") as reader, reader.packs([items[0][1].image]):
        sentences = [[(i,) + tuple(r) for i, r in enumerate(reader.conn.execute(
            "SELECT * FROM pack0.sentences WHERE rowid BETWEEN ? AND ?", p.span("sentences")).fetchall())]
            for _, p in items]
        as_row_items = [(replace(d, pack=None, sentence_rows=[r[1:] for r in sent]), reader.pack_rows(p))
                        for (d, p), sent in zip(items, sentences)]
    for name, batches in (("rows", [as_row_items]), ("pack", [items[:2], items[2:]])):
        with Store(tmp_path / f"{name}.db") as store:
            summary, tag_run = IngestSummary(tagger="t"), []
            for batch in batches:
                store_batch(store, summary, batch, tag_run)
            assert (summary.stored, summary.duplicates, summary.tagged_documents) == (3, 1, 3)
    got, want = _store_dump(tmp_path / "pack.db"), _store_dump(tmp_path / "rows.db")
    assert got == want
    assert {r[0] for r in _rows(tmp_path / "pack.db", "SELECT DISTINCT region FROM tag_units u JOIN tags t"
                                " USING (sentence_id) WHERE t.document_id = 3")} == {"某县"}


@pytest.mark.parametrize("n", [0, 1, 49, 50, 51, 123])
def test_store_insert_rows_equals_executemany(n):
    """``insert_rows`` (fifty rows a statement, the rest one by one) stores the very rows
    ``executemany`` stores, in the same order and so with the same ids."""
    from pipeline.store import insert_rows

    rows = [(f"第{i}句，“引号”\\n", i * 0.5 if i % 3 else None, i, None if i % 2 else "x") for i in range(n)]
    conns = [sqlite3.connect(":memory:") for _ in range(2)]
    for c in conns:
        c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b REAL, c INTEGER, d TEXT, e INTEGER)")
    conns[0].executemany("INSERT INTO t (a, b, c, d, e) VALUES (?,?,?,?,7)", rows)
    insert_rows(conns[1], "INSERT INTO t (a, b, c, d, e)", "(?,?,?,?,7)", rows)
    insert_rows(conns[1], "INSERT INTO t (a, b, c, d, e)", "(?,?,?,?,7)", iter([]))
    got = [c.execute("SELECT * FROM t ORDER BY id").fetchall() for c in conns]
    assert got[0] == got[1] and len(got[0]) == n


def test_store_worker_sends_rows_when_packing_fails(tmp_path, monkeypatch):
    """Packing is only a faster way to send the rows: where it fails (a Python without
    sqlite3's serialize, for one), the worker sends the rows themselves and the store holds
    the same."""
    import pipeline.ingest as ingest_mod
    from pipeline.ingest import _init_reader_tagger, _pool_parse_and_tag_task, store_batch, IngestSummary

    paths = [_write(tmp_path / "in" / "a.txt", REPORT), _write(tmp_path / "in" / "b.txt", OTHER)]
    tasks = [(str(p), 1) for p in paths]
    state = _init_reader_tagger(None, None, None)
    packed = _pool_parse_and_tag_task(state, tasks)

    def broken(items):
        raise AttributeError("'sqlite3.Connection' object has no attribute 'serialize'")

    monkeypatch.setattr(ingest_mod, "pack_documents", broken)
    plain = _pool_parse_and_tag_task(state, tasks)
    assert all(doc.pack is None and doc.sentence_rows and isinstance(rows, tuple) for _, (doc, rows) in plain)
    for name, results in (("packed", packed), ("plain", plain)):
        with Store(tmp_path / f"{name}.db") as store:
            store_batch(store, IngestSummary(tagger="t"), [r for _, r in results], [])
    assert _store_dump(tmp_path / "packed.db") == _store_dump(tmp_path / "plain.db")


def test_store_batch_takes_more_pack_images_than_one_group_attaches(tmp_path):
    """A batch may hold more pack images than SQLite attaches at once (one per single-file task
    at a run's end): store_batch stores them in groups of MAX_PACKS, and the store holds what
    the same documents sent as rows give."""
    from pipeline.ingest import _init_reader_tagger, _pool_parse_and_tag_task, store_batch, IngestSummary
    from dataclasses import replace

    from pipeline.store import MAX_PACKS

    state = _init_reader_tagger(None, None, None)
    packed, rows = [], []
    for i in range(MAX_PACKS + 3):
        text = f"关于第{i}号单位的巡察反馈意见\n一、存在的问题\n县财政局违规发放津贴补贴{i + 1}万元。\n"
        path = _write(tmp_path / "in" / f"{i:02d}.txt", text)
        doc, pack = _pool_parse_and_tag_task(state, (str(path), 1))
        packed.append((doc, pack))
        with Store(tmp_path / "read.db") as reader, reader.packs([pack.image]):
            sentences = [tuple(r) for r in reader.conn.execute(
                "SELECT * FROM pack0.sentences WHERE rowid BETWEEN ? AND ?", pack.span("sentences"))]
            rows.append((replace(doc, pack=None, sentence_rows=sentences), reader.pack_rows(pack)))
    assert len({id(p.image) for _, p in packed}) > MAX_PACKS
    for name, items in (("packed", packed), ("rows", rows)):
        with Store(tmp_path / f"{name}.db") as store:
            summary = IngestSummary(tagger="t")
            store_batch(store, summary, items, [])
            assert summary.stored == summary.tagged_documents == MAX_PACKS + 3
    assert _store_dump(tmp_path / "packed.db") == _store_dump(tmp_path / "rows.db")

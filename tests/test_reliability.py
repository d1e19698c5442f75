"""Reliability of the store under faults and races: `xuncha tag` killed with SIGKILL and rerun,
processes opening one new store at once, two `ingest` or two `tag` runs on one store at once,
`tag` run twice, and `tag --retag` after a rules change next to human-reviewed clues.

Every test works on a copy of one ingested corpus of generated reports (tests/hostile.py), and
compares clue tables dumped with plain SQL against a clean, uninterrupted run.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import hostile  # noqa: E402
from _procs import children, kill_left, still_alive_after  # noqa: E402

N_DOCS = 200  # every fifth repeats the previous file's text: 160 distinct documents
PARAGRAPHS = 4
CLUE_TABLES = {
    # run_id is left out: it names the run that wrote a row, which differs between runs
    "tags": "SELECT sentence_id, document_id, is_problem, problem_score, problem_evidence, tagger, reviewed"
            " FROM tags ORDER BY sentence_id",
    "tag_categories": "SELECT sentence_id, category, score, evidence FROM tag_categories ORDER BY 1, 2",
    "tag_units": 'SELECT sentence_id, seq, text, start, "end", canonical, region FROM tag_units ORDER BY 1, 2',
    "figures": "SELECT sentence_id, seq, value, measure, text FROM figures ORDER BY 1, 2",
}
KEYS = {"tags": ("sentence_id",), "tag_categories": ("sentence_id", "category"),
        "tag_units": ("sentence_id", "seq"), "figures": ("sentence_id", "seq")}
# Per-document summaries the store keeps beside the tags (when its schema has them).
SUMMARY_TABLES = {
    "doc_cells": "SELECT document_id, unit, category, clues FROM doc_cells ORDER BY 1, 2, 3",
    "doc_cats": "SELECT document_id, category, clues FROM doc_cats ORDER BY 1, 2",
    "doc_clues": "SELECT document_id, clues FROM doc_clues ORDER BY 1",
}


# --- helpers -----------------------------------------------------------------------------------

def _corpus(root: Path, n: int = N_DOCS, paragraphs: int = PARAGRAPHS) -> dict[str, int]:
    """n .txt reports in a few folders; every fifth repeats the previous one's text."""
    seeds = {}
    for i in range(n):
        seed = i - 1 if i % 5 == 4 else i
        path = root / f"组{i // 40}" / f"报告{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(hostile.chinese_paragraphs(paragraphs, seed=seed)) + "\n", encoding="utf-8")
        seeds[str(path)] = seed
    return seeds


def _cmd(*args) -> list[str]:
    return [sys.executable, str(ROOT / "cli.py"), *map(str, args)]


def _cli(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(*args), cwd=ROOT, env=dict(os.environ, **(env or {})), capture_output=True,
                          text=True, timeout=timeout)


def _q(db, sql, params=()):
    conn = sqlite3.connect(str(db), timeout=60)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _count(db, table: str) -> int:
    try:
        return _q(db, f"SELECT COUNT(*) FROM {table}")[0][0]
    except sqlite3.Error:  # not created yet, or busy for a moment
        return -1


def _copy_store(src: Path, dest: Path) -> Path:
    """A consistent copy (WAL included) through SQLite's backup API."""
    a = sqlite3.connect(str(src))
    b = sqlite3.connect(str(dest))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    os.chmod(dest, 0o600)
    return dest


def _tables(db) -> set[str]:
    return {name for (name,) in _q(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _dump(db) -> dict[str, list[tuple]]:
    tables = _tables(db)
    out = {name: _q(db, sql) for name, sql in CLUE_TABLES.items()}
    out.update({name: _q(db, sql) for name, sql in SUMMARY_TABLES.items() if name in tables})
    return out


def _summaries_agree_with_tags(db) -> None:
    """The per-document category totals equal a count over the tags themselves."""
    if "doc_cats" not in _tables(db):
        return
    recount = _q(db, "SELECT t.document_id, c.category, COUNT(*) FROM tags t JOIN tag_categories c"
                     " ON c.sentence_id = t.sentence_id WHERE t.is_problem = 1 GROUP BY 1, 2 ORDER BY 1, 2")
    assert _q(db, SUMMARY_TABLES["doc_cats"]) == recount


def _duplicate_keys(db) -> dict[str, list]:
    out = {}
    for table, key in KEYS.items():
        cols = ", ".join(key)
        rows = _q(db, f"SELECT {cols}, COUNT(*) FROM {table} GROUP BY {cols} HAVING COUNT(*) > 1")
        if rows:
            out[table] = rows
    return out


def _assert_complete_and_single(db) -> None:
    """Every sentence has exactly one tags row; no clue table has a doubled key; no orphan rows."""
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    assert not _duplicate_keys(db)
    assert not _q(db, "SELECT s.id FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id"
                      " WHERE t.sentence_id IS NULL LIMIT 5")
    assert _count(db, "tags") == _count(db, "sentences")
    _summaries_agree_with_tags(db)
    for table in ("tag_categories", "tag_units", "figures"):
        assert not _q(db, f"SELECT x.sentence_id FROM {table} x LEFT JOIN tags t ON t.sentence_id = x.sentence_id"
                          " WHERE t.sentence_id IS NULL LIMIT 5"), table


def _tag_summary(stderr: str) -> tuple[int, int]:
    """(documents, sentences) from the `tag` summary line."""
    m = re.search(r"标注 (\d+) 份文档 (\d+) 句", stderr)
    assert m, stderr
    return int(m.group(1)), int(m.group(2))




# --- shared fixtures ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """(source folder, {path: seed}, ingested store) — never written to by the tests."""
    base = tmp_path_factory.mktemp("reliability")
    src = base / "in"
    seeds = _corpus(src)
    db = base / "ingested.db"
    proc = _cli("ingest", src, "--db", db, "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    assert _count(db, "documents") == len(set(seeds.values()))
    return src, seeds, db


@pytest.fixture(scope="module")
def clean_tagged(ingested, tmp_path_factory):
    """The ingested store tagged by one uninterrupted `tag` run, and its clue tables."""
    db = _copy_store(ingested[2], tmp_path_factory.mktemp("clean") / "clean.db")
    proc = _cli("tag", "--db", db, "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    _assert_complete_and_single(db)
    dump = _dump(db)
    assert dump["tag_categories"] and dump["tag_units"] and dump["figures"], "the corpus yields no clues"
    return db, dump


# --- processes opening one new store at once ------------------------------------------------------

def _open_store_at(go, path: str, out) -> None:
    from pipeline.store import Store

    go.wait()
    try:
        with Store(path) as store:
            store.status()
        out.put("ok")
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        out.put(f"{type(exc).__name__}: {exc}")


def test_reliability_processes_opening_one_new_store_at_once(tmp_path):
    """Eight processes create and open the same new store file at the same moment, 25 times:
    each one opens it (no FileExistsError from the create, no 'database is locked' from the
    switch to WAL), and the result is one valid store."""
    from pipeline.store import MIGRATIONS, Store  # noqa: F401 - imported once, before the forks

    ctx = mp.get_context("fork")
    problems = []
    for trial in range(25):
        path = str(tmp_path / f"s{trial}.db")
        go, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_open_store_at, args=(go, path, out)) for _ in range(8)]
        for p in procs:
            p.start()
        time.sleep(0.05)
        go.set()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=30)
        problems += [f"trial {trial}: {r}" for r in results if r != "ok"]
        assert _q(path, "SELECT name FROM migrations ORDER BY name") == sorted((m,) for m, _ in MIGRATIONS)
        assert _q(path, "PRAGMA journal_mode") == [("wal",)]
    assert not problems, "\n".join(problems[:5])


# --- two ingests at once -----------------------------------------------------------------------------

def test_reliability_two_ingests_at_once_store_each_file_once(ingested, tmp_path):
    src, seeds, _ = ingested
    db = tmp_path / "race.db"  # does not exist yet: both processes create it
    procs = [subprocess.Popen(_cmd("ingest", src, "--db", db, "--jobs", "1"), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "Traceback" not in err
    distinct = len(set(seeds.values()))
    assert _q(db, "SELECT COUNT(*), COUNT(DISTINCT path) FROM files") == [(N_DOCS, N_DOCS)]
    assert {p for (p,) in _q(db, "SELECT path FROM files")} == set(seeds)
    assert _count(db, "documents") == distinct
    assert _q(db, "SELECT COUNT(DISTINCT text_hash) FROM documents") == [(distinct,)]
    assert not _q(db, "SELECT d.id FROM documents d WHERE d.sentences !="
                      " (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)")
    assert not _q(db, "SELECT document_id, seq FROM sentences GROUP BY 1, 2 HAVING COUNT(*) > 1")
    assert _count(db, "sentences") == _count(ingested[2], "sentences")
    assert _count(db, "failures") == 0
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    # between them, the two runs stored each distinct document once
    stored = [int(re.search(r"入库 (\d+) 份", err).group(1)) for _, err in outs]
    assert sum(stored) == distinct, stored


# --- tag: killed and rerun -----------------------------------------------------------------------

def _each_document_all_or_nothing(db) -> list:
    """Documents with some but not all of their sentences tagged (tags are written one
    transaction per document, so a kill must never leave one)."""
    return _q(db, "SELECT s.document_id, COUNT(*), COUNT(t.sentence_id) FROM sentences s"
                  " LEFT JOIN tags t ON t.sentence_id = s.id GROUP BY s.document_id"
                  " HAVING COUNT(t.sentence_id) NOT IN (0, COUNT(*))")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_reliability_tag_killed_then_rerun_complete_and_not_doubled(ingested, clean_tagged, tmp_path, jobs):
    """`xuncha tag` is SIGKILLed at two points (a random delay after its first, then after
    more, clues are committed), then rerun to the end: every sentence has exactly one tags
    row, no clue is doubled, the clue tables equal a clean run's, and the store is intact."""
    db = _copy_store(ingested[2], tmp_path / "x.db")
    total = _count(db, "sentences")
    rng = random.Random(1000 + jobs)
    interrupted = []
    for point in range(2):
        before = _count(db, "tags")
        # one document per transaction, so a kill can land between commits of this small store
        proc = subprocess.Popen(_cmd("tag", "--db", db, "--jobs", jobs), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=dict(os.environ, XUNCHA_TAG_BATCH_DOCS="1"))
        workers: list[int] = []
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None and _count(db, "tags") <= before:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.05) * (point + 1))  # tagging this store takes well under 1 s
            workers = children(proc.pid)
            proc.kill()
            proc.wait(timeout=30)
            # its workers notice their parent is gone
            assert not still_alive_after(workers, 20), "tag workers outlived their parent"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            kill_left(workers)  # clean up what this test started, by pid
        after = _count(db, "tags")
        interrupted.append((before, after, proc.returncode))
        assert _q(db, "PRAGMA integrity_check") == [("ok",)]
        assert not _duplicate_keys(db)
        assert not _each_document_all_or_nothing(db)
        _summaries_agree_with_tags(db)
    assert any(b < a < total and code == -signal.SIGKILL for b, a, code in interrupted), \
        f"no kill landed mid-run: {interrupted} of {total}"
    rerun = _cli("tag", "--db", db, "--jobs", jobs)
    assert rerun.returncode == 0, rerun.stderr
    assert _tag_summary(rerun.stderr)[1] == total - interrupted[-1][1]
    _assert_complete_and_single(db)
    assert _dump(db) == clean_tagged[1]


# --- tag: twice, and two at once ----------------------------------------------------------------

@pytest.mark.slow
def test_reliability_two_tags_at_once_then_again_same_clues(ingested, clean_tagged, tmp_path):
    """Two `tag` runs on one store at the same time both finish and leave the clean run's
    clue tables; a third run then finds nothing to do and changes nothing."""
    db = _copy_store(ingested[2], tmp_path / "x.db")
    procs = [subprocess.Popen(_cmd("tag", "--db", db, "--jobs", "1"), cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err
    _assert_complete_and_single(db)
    assert _dump(db) == clean_tagged[1]
    again = _cli("tag", "--db", db, "--jobs", "2")
    assert again.returncode == 0, again.stderr
    assert _tag_summary(again.stderr) == (0, 0)
    assert _dump(db) == clean_tagged[1]


# --- tag --retag after a rules change --------------------------------------------------------------

OLD_ID, NEW_ID = "压力传导不够", "压力传导不够（改）"  # a rule renamed: its evidence names it


@pytest.mark.slow
def test_reliability_retag_redoes_old_clues_and_keeps_reviewed(clean_tagged, tmp_path):
    """After one rule of one category file is renamed, `tag --retag --rules COPY` redoes
    exactly the clues of the old tagger version, once each, and leaves the clues a person
    reviewed (one of them corrected by hand) as they were, old tagger version included; a
    second --retag has nothing left to do."""
    src_db, clean = clean_tagged
    db = _copy_store(src_db, tmp_path / "x.db")
    (old_version,), = _q(db, "SELECT DISTINCT tagger FROM tags")
    old_evidence = f'%"rule:accountability/{OLD_ID}"%'
    hit = [s for (s,) in _q(db, "SELECT sentence_id FROM tag_categories WHERE evidence LIKE ? ORDER BY 1",
                            (old_evidence,))]
    other = [s for (s,) in _q(db, "SELECT sentence_id FROM tags WHERE sentence_id NOT IN"
                                  " (SELECT sentence_id FROM tag_categories WHERE evidence LIKE ?) ORDER BY 1",
                              (old_evidence,))]
    assert len(hit) >= 10 and len(other) >= 10, "the corpus does not exercise the renamed rule"
    reviewed = hit[::4] + other[::25]
    corrected = hit[1]  # reviewed and corrected: not a problem after all
    reviewed.append(corrected)
    conn = sqlite3.connect(str(db))
    with conn:
        conn.executemany("UPDATE tags SET reviewed = 1 WHERE sentence_id = ?", [(s,) for s in reviewed])
        conn.execute("UPDATE tags SET is_problem = 0 WHERE sentence_id = ?", (corrected,))
        conn.execute("DELETE FROM tag_categories WHERE sentence_id = ?", (corrected,))
    conn.close()
    marks = ",".join("?" * len(reviewed))

    def reviewed_rows():
        rows = {name: _q(db, sql.replace(" ORDER BY", f" WHERE sentence_id IN ({marks}) ORDER BY"), reviewed)
                for name, sql in CLUE_TABLES.items()}
        rows["runs"] = _q(db, f"SELECT sentence_id, run_id FROM tags WHERE sentence_id IN ({marks}) ORDER BY 1",
                          reviewed)
        return rows

    before = reviewed_rows()
    stale = _count(db, "tags") - len(reviewed)

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "categories" / "accountability.yml"
    text = path.read_text(encoding="utf-8")
    assert text.count(f"id: {OLD_ID}\n") == 1
    path.write_text(text.replace(f"id: {OLD_ID}\n", f"id: {NEW_ID}\n"), encoding="utf-8")

    retag = _cli("tag", "--db", db, "--jobs", "2", "--retag", "--rules", rules)
    assert retag.returncode == 0, retag.stderr
    # exactly the unreviewed clues were redone, once each, by one new tagger version
    assert _tag_summary(retag.stderr)[1] == stale
    versions = _q(db, f"SELECT DISTINCT tagger FROM tags WHERE sentence_id NOT IN ({marks})", reviewed)
    assert len(versions) == 1 and versions[0][0] != old_version
    assert reviewed_rows() == before
    _assert_complete_and_single(db)
    assert _count(db, "tags") == len(clean["tags"])
    # the renamed rule shows in every redone clue that used it, and in no reviewed one
    still_old = {s for (s,) in _q(db, "SELECT sentence_id FROM tag_categories WHERE evidence LIKE ?",
                                  (old_evidence,))}
    renamed = {s for (s,) in _q(db, "SELECT sentence_id FROM tag_categories WHERE evidence LIKE ?",
                                (f'%"rule:accountability/{NEW_ID}"%',))}
    assert still_old == set(hit) & set(reviewed) - {corrected}
    assert renamed == set(hit) - set(reviewed)
    # a second --retag with the same rules has nothing left to redo
    again = _cli("tag", "--db", db, "--jobs", "1", "--retag", "--rules", rules)
    assert again.returncode == 0, again.stderr
    assert _tag_summary(again.stderr) == (0, 0)


# --- sensitive text never reaches the terminal -------------------------------------------------------

MARKER = "某某某收受贿赂标记XQZ7"
MARKER_SENTENCE = f"2021年以来，县某局副局长{MARKER}，涉及金额12.5万元。"


def _marker_forms() -> list[str]:
    """The marker as text and as a library might print it (bytes repr, unicode escapes),
    and its distinctive parts."""
    return [MARKER, "XQZ7", "收受贿赂标记", repr(MARKER.encode("utf-8"))[2:-1],
            MARKER.encode("unicode_escape").decode("ascii"), repr(MARKER.encode("gbk"))[2:-1]]


def _sensitive_tree(root: Path) -> None:
    """The hostile tree (less its 6 MB one-line file, which only costs tagging time) plus
    reports holding the marker sentence in each format, and broken files holding it too."""
    hostile.make_hostile_tree(root)
    (root / "txt" / "long_line.txt").unlink()
    paragraphs = ["关于县某局党组的巡察反馈意见", "一、巡察发现的主要问题", "（一）廉洁纪律方面。",
                  MARKER_SENTENCE, "二、整改意见"]
    case = root / "案件"
    case.mkdir()
    (case / "反馈意见.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    (case / "反馈意见.docx").write_bytes(hostile.docx_bytes(hostile.body_xml(
        "".join(hostile.para(p) for p in paragraphs + ["（二）另一处问题：县某局违规发放津贴补贴3万元。"]))))
    hostile.make_chinese_pdf(case / "反馈意见.pdf", paragraphs + ["（三）县某局公务接待超标准。"])
    # broken files around the marker: malformed XML, binary junk, an unreadable PDF
    (case / "坏文档.docx").write_bytes(hostile.docx_bytes(
        hostile.body_xml(hostile.para(MARKER_SENTENCE)).replace("</w:body>", "<w:p>")))
    (case / "乱码.txt").write_bytes(bytes(range(0, 32)) * 40 + MARKER.encode("utf-8") + bytes(range(0, 9)) * 200)
    (case / "坏报告.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Length 99 >> stream\n" + MARKER_SENTENCE.encode("utf-8")
                                      + b"\nendstream endobj\n%%EOF")


@pytest.mark.slow
def test_reliability_marker_text_never_in_terminal_output(tmp_path):
    """ingest (with failures, and with a cap refusing the marker's document), tag, status and
    report print file names, counts and reasons: never a document's words."""
    root = tmp_path / "in"
    _sensitive_tree(root)
    db = tmp_path / "x.db"
    runs = {
        "ingest": _cli("ingest", root, "--db", db, "--jobs", "2"),
        "tag": _cli("tag", "--db", db, "--jobs", "2"),
        "status": _cli("status", "--db", db),
        "status json": _cli("status", "--db", db, "--format", "json"),
        "report": _cli("report", "--db", db, "--by", "document"),
        "ingest capped": _cli("ingest", root / "案件", "--db", tmp_path / "capped.db", "--jobs", "1",
                              env={"XUNCHA_MAX_CHARS": "40"}),
    }
    assert runs["ingest"].returncode == 1 and runs["tag"].returncode == 0, runs["ingest"].stderr
    assert runs["ingest capped"].returncode == 1
    # the marker document was read, tagged and stored (so its text went through every stage)
    assert _q(db, "SELECT COUNT(*) FROM sentences WHERE text LIKE ?", (f"%{MARKER}%",))[0][0] >= 1
    assert _q(db, "SELECT COUNT(*) FROM tags t JOIN sentences s ON s.id = t.sentence_id"
                  " WHERE s.text LIKE ? AND t.is_problem = 1", (f"%{MARKER}%",))[0][0] >= 1
    # the broken files holding the marker failed, each with a reason
    failed = dict(_q(db, "SELECT path, reason FROM failures"))
    for name in ("坏文档.docx", "乱码.txt", "坏报告.pdf"):
        assert str(root / "案件" / name) in failed, sorted(failed)
    capped = dict(_q(tmp_path / "capped.db", "SELECT path, reason FROM failures"))
    assert any("too much text" in r for r in capped.values()), capped
    leaks = [f"{name} {stream}: {form!r}" for name, proc in runs.items()
             for stream, text in (("stdout", proc.stdout), ("stderr", proc.stderr))
             for form in _marker_forms() if form in text]
    assert not leaks, leaks
    for reason in list(failed.values()) + list(capped.values()):
        assert not any(form in reason for form in _marker_forms()), reason
    # what is printed about failures is the file name and the reason
    for line in runs["ingest"].stderr.splitlines():
        if line.startswith("失败 "):
            path, _, reason = line[3:].partition(": ")
            assert path in failed and failed[path] == reason, line

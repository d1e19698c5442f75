"""Tests for pipeline.ingest through the command line: the hostile tree, reruns, the spawn
start method, time limits, interruption (SIGKILL, Ctrl-C) and recovery."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import hostile  # noqa: E402
from _procs import children, kill_left, still_alive_after  # noqa: E402
from cli import main  # noqa: E402
from pipeline.ingest import text_sha256  # noqa: E402
from pipeline.records import Paragraph  # noqa: E402

SECRET = b"TOP-SECRET-7f3a9c"
# cases the issue names: each must be a failure with a reason
NAMED_FAILURES = (
    "pdf/encrypted.pdf", "pdf/truncated.pdf", "pdf/image_only.pdf",
    "docx/declared_huge.docx", "docx/declared_small.docx",  # zip bombs (declared sizes lie)
    "docx/xxe.docx", "docx/billion_laughs.docx", "legacy/old.doc", "txt/binary.txt", "txt/empty.txt",
)


def _ingest(db, *paths, args=()):
    return CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", str(db), *args])


def _q(db, sql, params=()):
    conn = sqlite3.connect(str(db), timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("入库")]
    assert len(lines) == 1, stderr
    return lines[0]


def _failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("失败 ")]


# --- the hostile tree ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    root = base / "in"
    expected = hostile.make_hostile_tree(root)
    db = base / "x.db"
    first = _ingest(db, root, args=("--jobs", "2"))
    second = _ingest(db, root, args=("--jobs", "2"))
    return root, expected, db, first, second


def test_ingest_hostile_exit_code_and_no_traceback(hostile_run):
    root, expected, db, first, second = hostile_run
    for result in (first, second):
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_ingest_hostile_one_line_per_failure(hostile_run):
    root, expected, db, first, second = hostile_run
    failing = sorted(rel for rel, outcome in expected.items() if outcome == "fail")
    for result in (first, second):
        lines = _failure_lines(result.stderr)
        assert len(lines) == len(failing), "\n".join(lines)
        for rel in failing:
            path = str(root / rel)
            mine = [line for line in lines if line.startswith(f"失败 {path}: ")]
            assert len(mine) == 1, rel
            reason = mine[0][len(f"失败 {path}: "):]
            assert len(reason.strip()) >= 5, rel


@pytest.mark.parametrize("rel", NAMED_FAILURES)
def test_ingest_hostile_named_cases_fail_with_reason(hostile_run, rel):
    root, expected, db, first, second = hostile_run
    rows = _q(db, "SELECT reason FROM failures WHERE path = ?", (str(root / rel),))
    assert len(rows) == 1 and rows[0][0].strip()
    assert "\n" not in rows[0][0]
    assert not _q(db, "SELECT 1 FROM files WHERE path = ?", (str(root / rel),))


def test_ingest_hostile_ok_files_stored(hostile_run):
    root, expected, db, first, second = hostile_run
    ok = {str(root / rel) for rel, outcome in expected.items() if outcome == "ok"}
    stored = {p for (p,) in _q(db, "SELECT path FROM files")}
    assert stored == ok
    # every stored file's document exists and has all its sentences
    assert not _q(db, "SELECT path FROM files WHERE document_id NOT IN (SELECT id FROM documents)")
    assert not _q(db, "SELECT d.id FROM documents d WHERE d.sentences !="
                      " (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id) OR d.sentences = 0")
    # the good .txt in all its encodings and line endings is one document
    txt_like = [str(root / rel) for rel in ("good/报告.txt", "txt/utf16le_bom.txt", "txt/utf8_bom.txt",
                                              "txt/gbk.txt", "txt/crlf.txt", "txt/cr_only.txt",
                                              "txt/名字 带空格 #1 报告.txt", "nested/inner.txt")]
    docs = {d for (d,) in _q(db, f"SELECT document_id FROM files WHERE path IN ({','.join('?' * len(txt_like))})",
                             txt_like)}
    assert len(docs) == 1
    distinct = len({d for (d,) in _q(db, "SELECT document_id FROM files")})
    assert _q(db, "SELECT COUNT(*) FROM documents") == [(distinct,)]


def test_ingest_hostile_summary_counts(hostile_run):
    root, expected, db, first, second = hostile_run
    n_ok = sum(1 for o in expected.values() if o == "ok")
    n_fail = sum(1 for o in expected.values() if o == "fail")
    n_skip = sum(1 for o in expected.values() if o == "skip")
    documents = _q(db, "SELECT COUNT(*) FROM documents")[0][0]
    s1 = _summary(first.stderr)
    assert f"入库 {documents} 份" in s1 and f"重复 {n_ok - documents} 份" in s1
    assert f"跳过 {n_skip} 个" in s1 and f"失败 {n_fail} 个" in s1
    s2 = _summary(second.stderr)
    assert "入库 0 份" in s2 and "重复 0 份" in s2 and f"未变 {n_ok} 份" in s2
    assert f"跳过 {n_skip} 个" in s2 and f"失败 {n_fail} 个" in s2


def test_ingest_hostile_rerun_adds_no_rows(hostile_run):
    root, expected, db, first, second = hostile_run
    n_fail = sum(1 for o in expected.values() if o == "fail")
    assert _q(db, "SELECT COUNT(*) FROM failures") == [(n_fail,)]
    assert _q(db, "SELECT COUNT(*), COUNT(DISTINCT path) FROM failures") == [(n_fail, n_fail)]
    third = _ingest(db, root, args=("--jobs", "1"))
    assert third.exit_code == 1
    assert _q(db, "SELECT COUNT(*) FROM failures") == [(n_fail,)]
    n_ok = sum(1 for o in expected.values() if o == "ok")
    assert _q(db, "SELECT COUNT(*) FROM files") == [(n_ok,)]


def test_ingest_hostile_secret_never_stored(hostile_run):
    root, expected, db, first, second = hostile_run
    texts = [t for (t,) in _q(db, "SELECT text FROM sentences")]
    assert texts and not any("TOP-SECRET" in t or "7f3a9c" in t for t in texts)
    for table in ("documents", "failures", "files"):
        for row in _q(db, f"SELECT * FROM {table}"):
            assert "7f3a9c" not in " ".join(map(str, row))
    for path in db.parent.glob(db.name + "*"):
        assert SECRET not in path.read_bytes()


def test_ingest_hostile_tiny_time_limit_is_a_failure(hostile_run, tmp_path):
    root, expected, db, first, second = hostile_run
    result = _ingest(tmp_path / "t.db", root / "txt" / "long_line.txt", args=("--time-limit", "0.05"))
    assert result.exit_code == 1
    lines = _failure_lines(result.stderr)
    assert len(lines) == 1 and "long_line.txt" in lines[0] and "0.05" in lines[0]
    assert _q(tmp_path / "t.db", "SELECT COUNT(*) FROM failures") == [(1,)]


# --- generated corpora ---------------------------------------------------------------------------

def _corpus(root: Path, n: int, paragraphs: int = 8) -> dict[str, int]:
    """n .txt files; every fifth repeats the previous file's text. Returns {path: seed}."""
    seeds = {}
    for i in range(n):
        seed = i - 1 if i % 5 == 4 else i
        path = root / f"组{i // 50}" / f"报告{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(hostile.chinese_paragraphs(paragraphs, seed=seed)) + "\n", encoding="utf-8")
        seeds[str(path)] = seed
    return seeds


def _cli(args, env=None, **kw):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "cli.py", *args], cwd=ROOT, env=full_env, capture_output=True,
                          text=True, timeout=240, **kw)


def _sentences_by_file(db) -> dict[str, list[tuple]]:
    rows = _q(db, 'SELECT f.path, s.seq, s.paragraph, s.page, s.start, s."end", s.section, s.text'
                  " FROM files f JOIN sentences s ON s.document_id = f.document_id ORDER BY f.path, s.seq")
    out: dict[str, list[tuple]] = {}
    for path, *rest in rows:
        out.setdefault(path, []).append(tuple(rest))
    return out


def test_ingest_spawn_two_jobs_same_as_one(tmp_path):
    src = tmp_path / "in"
    _corpus(src, 24)
    hostile.make_good_docx(src / "表格报告.docx")
    hostile.make_chinese_pdf(src / "反馈意见.pdf", hostile.chinese_paragraphs(20, seed=3))
    one = _cli(["ingest", str(src), "--db", str(tmp_path / "one.db"), "--jobs", "1"])
    two = _cli(["ingest", str(src), "--db", str(tmp_path / "two.db"), "--jobs", "2"],
               env={"XUNCHA_START_METHOD": "spawn"})
    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    assert "Traceback" not in two.stderr
    a, b = _sentences_by_file(tmp_path / "one.db"), _sentences_by_file(tmp_path / "two.db")
    assert len(a) == 26 and a == b
    docs = "SELECT text_hash, format, paragraphs, sentences FROM documents ORDER BY text_hash"
    assert _q(tmp_path / "one.db", docs) == _q(tmp_path / "two.db", docs)


def _documents_now(db) -> int:
    try:
        return _q(db, "SELECT COUNT(*) FROM documents")[0][0]
    except sqlite3.Error:
        return 0




@pytest.mark.slow
def test_ingest_killed_then_rerun_stores_each_file_once(tmp_path):
    src = tmp_path / "in"
    seeds = _corpus(src, 300, paragraphs=60)
    db = tmp_path / "x.db"
    proc = subprocess.Popen([sys.executable, "cli.py", "ingest", str(src), "--db", str(db), "--jobs", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and _documents_now(db) == 0:
            time.sleep(0.05)
        workers = children(proc.pid)
        proc.kill()
        proc.wait(timeout=30)
        proc.stderr.close()
        stored_before = _documents_now(db)
        assert 0 < stored_before < len(set(seeds.values())), "the run was not interrupted midway"
        # its reader process does not outlive it
        assert not still_alive_after(workers, 20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        kill_left(workers)  # clean up what this test started, by pid
    rerun = _cli(["ingest", str(src), "--db", str(db), "--jobs", "2"])
    assert rerun.returncode == 0, rerun.stderr
    assert "未变" in rerun.stderr
    assert {p for (p,) in _q(db, "SELECT path FROM files")} == set(seeds)
    assert _q(db, "SELECT COUNT(*) FROM files") == [(300,)]
    assert _q(db, "SELECT COUNT(*) FROM documents") == [(len(set(seeds.values())),)]
    assert not _q(db, "SELECT d.id FROM documents d WHERE d.sentences !="
                      " (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id)")
    # files with the same seed share a document, files with different seeds do not
    doc_of = dict(_q(db, "SELECT path, document_id FROM files"))
    by_seed: dict[int, set] = {}
    for path, seed in seeds.items():
        by_seed.setdefault(seed, set()).add(doc_of[path])
    assert all(len(ids) == 1 for ids in by_seed.values())
    assert len({next(iter(ids)) for ids in by_seed.values()}) == len(by_seed)
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    assert _q(db, "SELECT COUNT(*) FROM failures") == [(0,)]


def test_ingest_ctrl_c_exits_130_without_traceback(tmp_path):
    src = tmp_path / "in"
    _corpus(src, 150, paragraphs=60)
    db = tmp_path / "x.db"
    # SIGINT back to its default before exec: a shell starts background jobs with it ignored,
    # and Python then never turns Ctrl-C into KeyboardInterrupt
    proc = subprocess.Popen([sys.executable, "cli.py", "ingest", str(src), "--db", str(db), "--jobs", "2"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and _documents_now(db) == 0:
            time.sleep(0.05)
        if proc.poll() is not None:
            pytest.skip("the run ended before it could be interrupted")
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert _q(db, "PRAGMA integrity_check") == [("ok",)]
    assert _documents_now(db) > 0


@pytest.mark.parametrize("other, same", [
    (["一 存在问题 县财政局违规发放津贴补贴3.6万元"], True),
    (["一、存在问题", "县财政局违规发放津贴补贴", "3.6万元。"], True),
    (["一、存在问题", "县财政局违规发放津贴补贴3.7万元。"], False),
    (["一、存在问题", "县交通局违规发放津贴补贴3.6万元。"], False),
])
def test_ingest_identity_ignores_layout_and_punctuation(other, same):
    base = ["一、存在问题", "县财政局违规发放津贴补贴3.6万元。"]

    def paragraphs(texts):
        return [Paragraph(index=i, text=t) for i, t in enumerate(texts, 1)]

    assert (text_sha256(paragraphs(base)) == text_sha256(paragraphs(other))) is same


def test_ingest_identity_is_the_stored_one():
    """The identity keeps exactly letters, digits, Chinese characters (str.isalnum) and the
    decimal mark: stores written by earlier versions must keep recognising their documents."""
    import hashlib

    texts = ["（一）县财政局_违规发放ＡＢ补贴3.6万元，占比12.5%！", "ǅ① Ⅻ ½ ¾ x²  é ﹏ ＿ 〇 ·", "\u200b\ufeff—…"]
    h = hashlib.sha256()
    for t in texts:
        t = "".join("·" if (ch == "." and 0 < i < len(t) - 1 and t[i - 1].isdigit() and t[i + 1].isdigit())
                    else ch for i, ch in enumerate(t))
        h.update("".join(ch for ch in t if ch.isalnum() or ch == "·").encode("utf-8"))
    assert text_sha256([Paragraph(index=i, text=t) for i, t in enumerate(texts, 1)]) == h.hexdigest()


def test_run_spawn_two_jobs_tags_the_same_as_one(tmp_path):
    """The whole main job with two workers started by ``spawn`` (what Windows does): the same
    clues, categories and units as one process, and the same report."""
    src = tmp_path / "in"
    _corpus(src, 12)
    shutil.copytree(ROOT / "corpora" / "samples", src / "samples", ignore=shutil.ignore_patterns("*.py", "*.md"))
    dbs = {1: tmp_path / "one.db", 2: tmp_path / "two.db"}
    for jobs, db in dbs.items():
        res = _cli(["run", str(src), "--db", str(db), "--jobs", str(jobs)],
                   env={"XUNCHA_START_METHOD": "spawn"} if jobs == 2 else None)
        assert res.returncode == 0, res.stderr
        assert "Traceback" not in res.stderr
    clues = ("SELECT s.text, t.is_problem, ROUND(t.problem_score, 6), t.tagger,"
             " (SELECT GROUP_CONCAT(category, ',') FROM (SELECT category FROM tag_categories c"
             "   WHERE c.sentence_id = t.sentence_id ORDER BY category)),"
             " (SELECT GROUP_CONCAT(canonical, ',') FROM (SELECT canonical FROM tag_units u"
             "   WHERE u.sentence_id = t.sentence_id ORDER BY seq))"
             " FROM tags t JOIN sentences s ON s.id = t.sentence_id ORDER BY s.text, t.problem_score")
    one, two = _q(dbs[1], clues), _q(dbs[2], clues)
    assert len(one) > 100 and sum(r[1] for r in one) > 20
    assert one == two
    reports = [_cli(["report", "--db", str(db), "--format", "json"]) for db in dbs.values()]
    assert reports[0].returncode == 0 and json.loads(reports[0].stdout)
    assert reports[0].stdout == reports[1].stdout


def test_run_tags_while_reading_exactly_as_ingest_then_tag(tmp_path):
    """`run` tags each new file in the worker that read it; the clues (and their units'
    region, which --region overrides after reading) must equal `ingest` followed by `tag`."""
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", src, ignore=shutil.ignore_patterns("*.py", "*.md"))
    fused, staged = tmp_path / "fused.db", tmp_path / "staged.db"
    for args in (["run", str(src), "--db", str(fused), "--jobs", "2", "--region", "某某县"],
                 ["ingest", str(src), "--db", str(staged), "--jobs", "2", "--region", "某某县"],
                 ["tag", "--db", str(staged), "--jobs", "2"]):
        res = _cli(args)
        assert res.returncode == 0, res.stderr
    clues = ("SELECT s.text, t.is_problem, ROUND(t.problem_score, 6), t.tagger,"
             " (SELECT GROUP_CONCAT(category || ':' || evidence, '|') FROM (SELECT category, evidence"
             "   FROM tag_categories c WHERE c.sentence_id = t.sentence_id ORDER BY category)),"
             " (SELECT GROUP_CONCAT(canonical || '@' || region, ',') FROM (SELECT canonical, region FROM tag_units u"
             "   WHERE u.sentence_id = t.sentence_id ORDER BY seq))"
             " FROM tags t JOIN sentences s ON s.id = t.sentence_id ORDER BY s.document_id, s.seq")
    a, b = _q(fused, clues), _q(staged, clues)
    assert len(a) > 50 and a == b
    assert any(r[5] and "@某某县" in r[5] for r in a)
    assert _q(fused, "SELECT COUNT(*) FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id"
                     " WHERE t.sentence_id IS NULL") == [(0,)]


def test_run_tags_documents_an_earlier_ingest_left_untagged(tmp_path):
    """`run` tags what its workers read, and also the documents of its folders that an earlier
    `ingest` stored untagged (they come back unchanged, so no worker reads them)."""
    src = tmp_path / "in"
    shutil.copytree(ROOT / "corpora" / "samples", src, ignore=shutil.ignore_patterns("*.py", "*.md"))
    later = sorted(p for p in src.iterdir() if p.suffix == ".txt")[-1]
    moved = tmp_path / later.name
    later.rename(moved)
    db = tmp_path / "x.db"
    res = _cli(["ingest", str(src), "--db", str(db), "--jobs", "1"])
    assert res.returncode == 0, res.stderr
    untagged = ("SELECT COUNT(*) FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id"
                " WHERE t.sentence_id IS NULL")
    assert _q(db, untagged)[0][0] > 50
    moved.rename(later)  # one file the store has not seen
    res = _cli(["run", str(src), "--db", str(db), "--jobs", "2"])
    assert res.returncode == 0, res.stderr
    assert _q(db, untagged) == [(0,)]
    documents = _q(db, "SELECT COUNT(*) FROM documents")[0][0]
    assert f"标注 {documents} 份文档" in res.stderr


# --- files handed to workers in bundles -----------------------------------------------------------

def test_ingest_bundles_are_runs_of_small_files_and_leave_every_worker_work():
    from pipeline.ingest import BUNDLE_BYTES, BUNDLE_FILES, bundle_files

    sizes = [1000] * 100
    bundles = bundle_files(sizes, jobs=2)
    assert [i for b in bundles for i in b] == list(range(100))  # every file once, in order
    assert max(map(len, bundles)) == BUNDLE_FILES and len(bundles) >= 8
    assert bundles[-8:] == [[i] for i in range(92, 100)]  # the last files one by one: an even finish
    # a big file goes alone; no bundle passes the byte cap unless it holds one file
    sizes = [1000, 1000, BUNDLE_BYTES + 5, 1000] + [BUNDLE_BYTES // 3] * 9
    for bundle in bundle_files(sizes, jobs=1):
        assert len(bundle) == 1 or sum(sizes[i] for i in bundle) <= BUNDLE_BYTES
    assert [2] in bundle_files(sizes, jobs=1)
    # few files: one per task, so every worker gets some
    assert bundle_files([10] * 7, jobs=2) == [[i] for i in range(7)]
    assert bundle_files([], jobs=2) == []
    # a file that must go alone (a PDF: OCR may take its whole time limit) splits the run
    alone = [i in (3, 9) for i in range(40)]
    bundles = bundle_files([10] * 40, jobs=1, alone=alone)
    assert [3] in bundles and [9] in bundles and [i for b in bundles for i in b] == list(range(40))
    assert [0, 1, 2] in bundles and [4, 5, 6, 7, 8] in bundles and bundles[-4:] == [[36], [37], [38], [39]]


@pytest.mark.parametrize("tag", [False, True])
def test_ingest_one_files_bug_fails_that_file_alone_in_its_bundle(tmp_path, monkeypatch, tag):
    """An exception while one file of a bundle is read (a bug, not a bad file) is that file's
    failure, one line, and the files bundled with it are stored and tagged as usual."""
    import pipeline.ingest as ingest_mod
    from pipeline.store import Store

    files = []
    for i in range(12):
        path = tmp_path / f"报告{i:02d}.txt"
        path.write_text(f"县第{i}局违规发放津补贴{i + 1}万元。\n", encoding="utf-8")
        files.append(str(path))
    real = ingest_mod.build_document

    def build(raw, *a, **k):
        if raw.path.endswith("报告05.txt"):
            raise RuntimeError("一个缺陷\n第二行")
        return real(raw, *a, **k)

    monkeypatch.setenv("XUNCHA_START_METHOD", "fork")  # the workers inherit the patch
    monkeypatch.setattr(ingest_mod, "build_document", build)
    with Store(tmp_path / "x.db") as store:
        summary = ingest_mod.ingest(files, store, jobs=1, tag=tag)
        assert [p for p, _ in summary.failed] == [files[5]]
        reason = summary.failed[0][1]
        assert "RuntimeError" in reason and "一个缺陷" in reason and "\n" not in reason
        assert summary.stored == 11
        assert tuple(store.conn.execute("SELECT COUNT(*) FROM failures").fetchone()) == (1,)
        if tag:
            assert summary.tagged_documents == 11


def test_ingest_hashes_inputs_first_only_when_the_store_knows_files(tmp_path, monkeypatch):
    """Before handing files to the workers, ingest hashes each one to compare it with the files
    the store knows (same bytes: not read again). A store that knows none has nothing to compare
    with, so an archive's first import skips that pass; the next import makes it, and files whose
    bytes are known are not read again."""
    import hashlib

    import pipeline.ingest as ingest_mod
    from pipeline.ingest import ingest
    from pipeline.store import Store

    calls = []
    real = hashlib.file_digest

    def counting(fh, name):
        calls.append(fh.name)
        return real(fh, name)

    monkeypatch.setattr(ingest_mod.hashlib, "file_digest", counting)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("关于县财政局的巡察反馈意见\n一、存在的问题\n县财政局违规发放津贴补贴12万元。\n", encoding="utf-8")
    (folder / "b.txt").write_text("关于县教育局的巡察反馈意见\n一、存在的问题\n县教育局公务接待超标准。\n", encoding="utf-8")
    (folder / "c.txt").write_bytes((folder / "a.txt").read_bytes())  # the same bytes twice in one import
    with Store(tmp_path / "x.db") as store:
        first = ingest([str(folder)], store, jobs=1)
        assert calls == [] and (first.stored, first.duplicates) == (2, 1)
        (folder / "d.txt").write_bytes((folder / "b.txt").read_bytes())
        second = ingest([str(folder)], store, jobs=1)
        assert sorted(Path(p).name for p in calls) == ["a.txt", "b.txt", "c.txt", "d.txt"]
        assert (second.stored, second.unchanged, second.duplicates) == (0, 3, 1)
        files = store.conn.execute("SELECT path, file_hash FROM files ORDER BY path").fetchall()
    assert len(files) == 4 and files[0][1] == files[2][1] == hashlib.sha256((folder / "a.txt").read_bytes()).hexdigest()

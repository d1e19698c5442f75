"""The Spark engine (pipeline/spark.py) in local[2]: the same clue records and unit × category
counts as the process pool, an idempotent import, and the four known traps.

Skipped with a reason where Java or pyspark is missing (CI installs both: Java 17 from
Debian, pyspark from the ``spark`` extra)."""
from __future__ import annotations

import json
import pickle
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.spark


def _java_ok() -> bool:
    java = shutil.which("java")
    if not java:
        return False
    try:
        return subprocess.run([java, "-version"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


if not _java_ok():
    pytest.skip("Java is not installed (Spark needs Java 17: apt-get install openjdk-17-jre-headless)",
                allow_module_level=True)
pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'xuncha[spark]')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'xuncha[spark]')")

from hostile import corpus_sentences  # noqa: E402
from pipeline import spark as xs  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.store import Store  # noqa: E402

FILES = 200
_PLACES = ("云溪", "桐溪", "清源", "临河", "白沙", "石门")
_HEADS = ("一、政治建设方面", "二、全面从严治党方面", "三、作风建设方面", "四、基层党组织建设方面")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A few hundred small invented reports (two folders, a meta.csv, a GB18030 file in five, a
    copy under another name, a file of noise only, an unreadable format)."""
    sents = corpus_sentences()
    if not sents:
        pytest.skip("corpora/*.jsonl are not here")
    rng = random.Random(10)
    root = tmp_path_factory.mktemp("corpus")
    for i in range(FILES):
        folder = root / ("甲" if i % 2 else "乙")
        folder.mkdir(exist_ok=True)
        place = rng.choice(_PLACES) + rng.choice("县区")
        paras = [f"{place}{rng.randint(2018, 2024)}年巡察反馈意见（第{i}号）"]
        for h in rng.sample(_HEADS, 2):
            paras.append(h)
            paras += ["".join(rng.choice(sents) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
        data = "\n".join(paras).encode("gb18030" if i % 5 == 4 else "utf-8")
        (folder / f"报告{i:04d}.txt").write_bytes(data)
    shutil.copy(root / "甲" / "报告0001.txt", root / "甲" / "报告0001副本.txt")
    (root / "乙" / "空白.txt").write_bytes(b"   \n\n")
    (root / "乙" / "表格.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (root / "乙" / "meta.csv").write_text("file,region,year\n报告0000.txt,青山县,2021\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def spark():
    session = xs.make_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def process_store(corpus, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("proc") / "p.db"
    with Store(db) as store:
        ingest([str(corpus)], store, jobs=2, tag=True)
    return db


@pytest.fixture(scope="module")
def spark_run(corpus, spark, tmp_path_factory) -> xs.SparkRun:
    out = tmp_path_factory.mktemp("sparkout")
    return xs.spark_ingest([str(corpus)], str(out), spark=spark, run_id="r1", files_per_task=16)


@pytest.fixture(scope="module")
def spark_store(spark_run, tmp_path_factory) -> tuple[Path, list]:
    db = tmp_path_factory.mktemp("sparkdb") / "s.db"
    with Store(db) as store:
        first = xs.import_run(spark_run.run_dir, store)
    return db, [first]


def _clue_records(db: Path) -> list[tuple]:
    """Every tagged sentence with its categories, units and figures, keyed by the path the
    document was stored from (ids differ between stores)."""
    c = sqlite3.connect(db)
    q = lambda sql: c.execute(sql).fetchall()  # noqa: E731
    first_path = dict(q("SELECT document_id, MIN(path) FROM files GROUP BY document_id"))
    cats, units, figs = {}, {}, {}
    for sid, code, score, ev in q("SELECT sentence_id, category, score, evidence FROM tag_categories"):
        cats.setdefault(sid, []).append((code, round(score, 9), ev))
    for sid, seq, text, a, b, canon, reg in q('SELECT sentence_id, seq, text, start, "end", canonical, region'
                                             " FROM tag_units"):
        units.setdefault(sid, []).append((seq, text, a, b, canon, reg))
    for sid, seq, value, measure, text in q("SELECT sentence_id, seq, value, measure, text FROM figures"):
        figs.setdefault(sid, []).append((seq, value, measure, text))
    out = []
    for sid, did, seq, para, text, section, is_p, score, ev in q(
            "SELECT s.id, s.document_id, s.seq, s.paragraph, s.text, s.section, t.is_problem, t.problem_score,"
            " t.problem_evidence FROM sentences s JOIN tags t ON t.sentence_id = s.id"):
        out.append((first_path[did], seq, para, text, section, is_p, round(score, 9), ev,
                    tuple(sorted(cats.get(sid, []))), tuple(sorted(units.get(sid, []))),
                    tuple(sorted(figs.get(sid, [])))))
    c.close()
    return sorted(out)


def _cells(db: Path) -> dict:
    c = sqlite3.connect(db)
    rows = c.execute("SELECT unit, category, SUM(clues) FROM doc_cells GROUP BY unit, category").fetchall()
    c.close()
    return {(u, cat): n for u, cat, n in rows}


def _table(db: Path, sql: str) -> list:
    c = sqlite3.connect(db)
    rows = sorted(c.execute(sql).fetchall())
    c.close()
    return rows


# -- (1) the same results as the process pool -----------------------------------------------------
def test_spark_clue_records_identical_to_process_pool(process_store, spark_store):
    proc, spk = _clue_records(process_store), _clue_records(spark_store[0])
    assert len(proc) > 500 and sum(1 for r in proc if r[5]) > 100  # a real comparison
    assert spk == proc


def test_spark_unit_category_counts_identical_to_process_pool(process_store, spark_store):
    cells = _cells(process_store)
    assert len(cells) > 20 and any(u for u, _ in cells)
    assert _cells(spark_store[0]) == cells


def test_spark_sql_counts_equal_the_store_cells(spark, spark_run, process_store):
    got = {(r["unit"], r["category"]): r["clues"] for r in xs.unit_category_counts(spark, spark_run.run_dir).collect()}
    assert got == _cells(process_store)


@pytest.mark.parametrize("sql", [
    "SELECT path, file_hash FROM files",
    "SELECT path, reason FROM failures",
    "SELECT text_hash, format, title, region, year, encoding, paragraphs, sentences, size FROM documents",
])
def test_spark_store_rows_identical_to_process_pool(process_store, spark_store, sql):
    assert _table(spark_store[0], sql) == _table(process_store, sql)


def test_spark_run_counts_and_overrides(spark_run, spark_store, corpus):
    assert spark_run.documents == FILES + 1  # the copy is parsed too; the import links it
    summary = spark_store[1][0]
    assert summary.stored == FILES and summary.duplicates == 1
    assert [p for p, _ in summary.failed] == [str(corpus / "乙" / "空白.txt")]
    assert spark_run.skipped == 2  # meta.csv and the .xls, as ingest skips them
    rows = _table(spark_store[0], "SELECT f.path, d.region, d.year FROM files f JOIN documents d ON d.id = f.document_id"
                                  f" WHERE f.path = '{corpus / '乙' / '报告0000.txt'}'")
    assert rows[0][1:] == ("青山县", 2021)  # meta.csv beside the file


# -- (1) import is idempotent ---------------------------------------------------------------------
def test_spark_import_twice_writes_nothing_new(spark_run, spark_store):
    db = spark_store[0]
    before = {t: _table(db, f"SELECT COUNT(*) FROM {t}") for t in ("documents", "sentences", "tags", "tag_units",
                                                                   "files", "doc_cells", "runs")}
    with Store(db) as store:
        again = xs.import_run(spark_run.run_dir, store)
    assert again.stored == 0 and again.tagged_documents == 0
    assert again.unchanged == FILES + 1
    after = {t: _table(db, f"SELECT COUNT(*) FROM {t}") for t in before}
    assert after == before


def test_spark_import_refuses_an_unfinished_run(spark_run, tmp_path):
    part = tmp_path / "r2"
    shutil.copytree(Path(spark_run.run_dir) / "documents", part / "documents")
    with Store(tmp_path / "x.db") as store, pytest.raises(xs.SparkEngineError, match="did not finish"):
        xs.import_run(part, store)


# -- (2) the traps ----------------------------------------------------------------------------------
def test_spark_trap_tokenizer_cannot_be_pickled_and_is_never_shipped(tagger):
    """A jieba Tokenizer (a lock inside) cannot be pickled, so the tagger cannot be shipped; the
    engine ships only settings and builds the tagger on each worker."""
    from pyspark import cloudpickle

    with pytest.raises(TypeError, match="pickle"):
        pickle.dumps(tagger.segmenter._tk)
    with pytest.raises(TypeError, match="pickle"):
        cloudpickle.dumps(tagger)
    from pipeline.limits import Limits

    payload = cloudpickle.dumps(lambda it: xs._stage_partition(it, True, None, None, Limits(), {}, False))
    assert len(payload) < 20_000  # settings only: no model, no dictionary


def test_spark_trap_driver_user_dictionary_missing_on_executors(spark, tmp_path):
    """A word added to jieba on the driver does not exist on the executors (units would vanish
    without an error); the engine's workers load the dictionary of the rules folder, shipped."""
    import jieba

    word = "鹊桥湾片区管委会"
    text = f"{word}落实整改不到位。"
    jieba.add_word(word)  # on the driver only
    assert word in jieba.lcut(text, HMM=False)
    on_executors = spark.sparkContext.parallelize([text], 1).map(lambda t: __import__("jieba").lcut(t, HMM=False)) \
        .collect()[0]
    assert word not in on_executors

    from pipeline.resources import rules_dir

    rules = tmp_path / "myrules"
    shutil.copytree(rules_dir(), rules)
    with (rules / "userdict.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"\n{word} 50000 nt\n")
    ref = xs._ship(spark, rules, "rules")
    assert ref == ("file", "myrules")
    got = spark.sparkContext.parallelize([text], 1).mapPartitions(lambda ts: xs._segment_on_worker(ts, ref)).collect()
    assert word in got[0]


def test_spark_trap_driver_only_module_is_reported_before_the_run(spark, tmp_path, monkeypatch):
    """A module only the driver has: a task using it fails on the executors; the engine's
    check names the module first, in one line."""
    (tmp_path / "driver_only_mod.py").write_text("def f(x):\n    return x + 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import driver_only_mod

    assert driver_only_mod.f(1) == 2
    with pytest.raises(Exception, match="driver_only_mod"):
        spark.sparkContext.parallelize([1], 1).map(driver_only_mod.f).collect()
    with pytest.raises(xs.SparkEngineError, match="cannot import driver_only_mod"):
        xs.check_executors(spark, ["pipeline", "driver_only_mod"])
    xs.check_executors(spark)  # the installed environment passes


def test_spark_trap_worker_reuse_on_sets_up_once_per_worker(spark_run):
    """Python workers reused (the engine's setting): 13 tasks, at most one set-up per worker."""
    assert spark_run.setups <= 2 and not spark_run.warnings


_REUSE_OFF = """
import json, sys
from pipeline import spark as xs
session = xs.make_session("local[2]", app_name="reuse-off", conf={"spark.python.worker.reuse": "false"})
try:
    res = xs.spark_ingest(sys.argv[2:], sys.argv[1], spark=session, tag=False, files_per_task=2, check=False)
finally:
    session.stop()
print(json.dumps({"setups": res.setups, "warnings": res.warnings}))
"""


@pytest.mark.slow
def test_spark_trap_worker_reuse_off_repeats_the_setup(corpus, tmp_path):
    """Python worker reuse off: the per-worker set-up runs again for every task (6 here), and
    the engine says so. (Its own JVM: a Spark context's settings are fixed once started.)"""
    subset = sorted((corpus / "甲").glob("*.txt"))[:12]
    proc = subprocess.run([sys.executable, "-W", "ignore", "-c", _REUSE_OFF, str(tmp_path), *map(str, subset)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["setups"] == 6
    assert "worker.reuse=false" in got["warnings"][0]


# -- binaryFile input ------------------------------------------------------------------------------
@pytest.mark.slow
def test_spark_binary_input_gives_the_same_clues(spark, corpus, tmp_path):
    folder = corpus / "甲"
    paths_run = xs.spark_ingest([str(folder)], str(tmp_path / "a"), spark=spark, run_id="p", files_per_task=32)
    bin_run = xs.spark_ingest(["file://" + str(folder)], str(tmp_path / "b"), spark=spark, run_id="b")
    dbs = []
    for name, run in (("p", paths_run), ("b", bin_run)):
        db = tmp_path / f"{name}.db"
        with Store(db) as store:
            xs.import_run(run.run_dir, store)
        dbs.append(db)
    assert _clue_records(dbs[1]) == _clue_records(dbs[0])  # file: URIs stored as local paths


# -- the command line ------------------------------------------------------------------------------
def test_spark_cli_run_then_import_twice(spark, corpus, tmp_path):
    """`xuncha run --engine spark` prints the same table as the process engine; `xuncha import`
    of the same run adds nothing."""
    from click.testing import CliRunner

    import cli

    folder = corpus / "乙"
    runner = CliRunner()
    proc = runner.invoke(cli.main, ["run", str(folder), "--db", str(tmp_path / "p.db"), "--jobs", "2"])
    spk = runner.invoke(cli.main, ["run", str(folder), "--db", str(tmp_path / "s.db"), "--engine", "spark",
                                   "--out", str(tmp_path / "out")])
    assert spk.exit_code == proc.exit_code == 1, spk.output  # the blank file fails in both
    assert spk.stdout == proc.stdout and len(proc.stdout) > 200
    runs = list((tmp_path / "out").iterdir())
    assert len(runs) == 1
    again = runner.invoke(cli.main, ["import", str(tmp_path / "out"), "--db", str(tmp_path / "s.db")])
    assert "入库 0 份" in again.stderr and again.exit_code == 1
    assert spk.stdout == runner.invoke(cli.main, ["report", "--db", str(tmp_path / "s.db")]).stdout


def test_spark_empty_input_is_an_empty_run(spark, tmp_path):
    (tmp_path / "空").mkdir()
    res = xs.spark_ingest([str(tmp_path / "空")], str(tmp_path / "out"), spark=spark, run_id="e", check=False)
    assert (res.documents, res.failures) == (0, 0)
    with Store(tmp_path / "e.db") as store:
        got = xs.import_run(res.run_dir, store)
    assert (got.stored, got.failed) == (0, [])


def test_spark_import_reads_one_document_at_a_time_in_sentence_order():
    """The import keeps a run's tables in Arrow memory and turns only one document's rows into
    Python objects, in sentence order whatever order the run wrote them in."""
    import pyarrow as pa

    table = pa.table({"idx": [3, 1, 3, 1, 3, 7], "seq": [2, 1, 0, 0, 1, 0],
                      "text": ["c2", "a1", "c0", "a0", "c1", "z0"]})
    rows = xs._ByDocument(table)
    assert [r["text"] for r in rows.get(3)] == ["c0", "c1", "c2"]
    assert [r["text"] for r in rows.get(1)] == ["a0", "a1"]
    assert rows.get(2) == [] and rows.get(99) == []
    assert xs._ByDocument(None).get(1) == []

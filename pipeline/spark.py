"""Scale-out on Apache Spark: the main job's per-document stage on a cluster's executors.

The Spark engine runs exactly the process engine's stage functions (``ingest._parse_task`` /
``ingest._parse_and_tag_task``) set up by the same per-worker factories (``ingest._init_reader``
/ ``ingest._init_reader_tagger``); only the transport differs:

- the driver walks the inputs (``readers.iter_files``, meta.csv overrides, as ``ingest`` does)
  into a DataFrame of paths, or (HDFS/S3 URIs, or ``input_mode="binary"``) reads them with
  Spark's ``binaryFile`` source;
- ``mapInPandas`` applies the stage per document; the segmenter, user dictionary, rules and
  model are built once per Python worker (``_worker_state``) from package resources, or from a
  ``--rules``/``--model`` folder shipped with ``SparkContext.addFile``: never pickled, never
  broadcast;
- results are written as Parquet into ``OUT/<run id>/``: ``documents``, ``sentences``,
  ``clues``, ``clue_categories``, ``clue_units``, ``clue_figures``, ``failures`` and ``run``
  (one row: the run's manifest, written last; a folder without it is an unfinished run);
- ``import_run`` merges such a folder into the SQLite store idempotently (the document's text
  hash and the path's file hash are the keys), so every report works the same afterwards;
- ``unit_category_counts`` computes the report's unit × category cells in Spark SQL, for runs
  too large for one store.

Nothing here imports pyspark at module level: the default install has no Spark, and
``import_run`` needs only pyarrow.
"""
from __future__ import annotations

import json
import os
import re
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

if __name__ == "__main__" and not __package__:
    # `spark-submit …/site-packages/pipeline/spark.py`: run the installed module's main(), so
    # the functions shipped to the executors are pipeline.spark's (pickled by reference), not
    # copies from a __main__ script
    import sys

    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]  # no pipeline/ modules at top level
    from pipeline.spark import main as _main

    raise SystemExit(_main())

from .errors import XunchaError
from .ingest import (
    IngestSummary,
    _init_reader,
    _init_reader_tagger,
    _overrides,
    _parse_and_tag_task,
    _parse_task,
    folder_meta,
    parse_bytes,
    store_batch,
    tag_parsed,
)
from .limits import Limits
from .records import Document, DocumentMeta, Paragraph, Sentence

TABLES = ("documents", "sentences", "clues", "clue_categories", "clue_units", "clue_figures", "failures")
RUN_TABLE = "run"
DEFAULT_MASTER = "local[2]"
FILES_PER_TASK = 64  # documents per Spark task (partition) of the paths DataFrame
IMPORT_BATCH = 64  # documents per store transaction on import
ENV_PREFIX = "XUNCHA_"  # settings the workers read from the environment (OCR mode, limits)
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class SparkEngineError(XunchaError):
    """The Spark engine cannot run or its output cannot be imported; the message says why."""


@dataclass
class SparkRun:
    """What ``spark_ingest`` did: the run folder and the counts of its manifest."""

    run_id: str
    run_dir: str
    documents: int = 0
    failures: int = 0
    skipped: int = 0
    tagger: str = ""
    setups: int = 0  # per-worker set-ups (one per Python worker when workers are reused)
    setup_seconds: float = 0.0
    stage_seconds: float = 0.0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


# -- the worker side ----------------------------------------------------------------------------
# One state per Python worker process, keyed by its settings. Spark reuses Python workers
# between tasks (spark.python.worker.reuse, on by default), so this is built once per worker.
_STATE: dict = {}


def _resolve(ref: Optional[tuple]) -> Optional[str]:
    """A rules/model folder on this executor: ("file", name) was shipped with addFile."""
    if ref is None:
        return None
    kind, value = ref
    if kind == "file":
        from pyspark import SparkFiles

        return SparkFiles.get(value)
    return value


def _worker_state(tag: bool, rules_ref, model_ref, limits: Limits, env: dict):
    """(state, setup id, seconds): the stage's per-worker state, built on first use."""
    key = (tag, rules_ref, model_ref, limits, tuple(sorted(env.items())))
    got = _STATE.get(key)
    if got is None:
        os.environ.update(env)  # OCR mode and caps, as the process pool's workers inherit them
        t0 = time.monotonic()
        rules_dir, model_dir = _resolve(rules_ref), _resolve(model_ref)
        state = _init_reader_tagger(rules_dir, limits, model_dir) if tag else _init_reader(rules_dir, limits)
        got = (state, uuid.uuid4().hex, time.monotonic() - t0)
        _STATE[key] = got
    return got


def _parse_bytes(state, tag: bool, path: str, data: bytes):
    """The stage for bytes Spark read (``binaryFile``): the same parse (and tagging) as a
    process-pool worker's after its file read."""
    reader, tagger = state if tag else (state, None)
    doc = parse_bytes(reader, path, data)
    return tag_parsed(tagger, doc) if tag else doc


def _stage_rows(out, idx: int, path: str, region, year, tag: bool) -> dict:
    """One stage output row from a task's result (a Document, (Document, clue rows), or a failure)."""
    row = {"idx": idx, "path": path, "reason": None}
    clues = None
    if tag and isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], Document):
        out, clues = out
    if not isinstance(out, Document):
        row["reason"] = out[1] if isinstance(out, tuple) else str(out)
        return row
    doc = out
    if region is not None or year is not None:  # --region/--year/meta.csv, as ingest applies them
        detected = doc.meta.region
        doc.meta = replace(doc.meta, region=region or doc.meta.region, year=year or doc.meta.year)
        if clues is not None and doc.meta.region != detected:  # units carry the region
            tags, cats, units, figs = clues
            clues = (tags, cats, [u[:6] + (doc.meta.region or "",) for u in units], figs)
    row.update(
        file_hash=doc.file_hash, text_hash=doc.text_hash, format=doc.format, title=doc.meta.title,
        region=doc.meta.region, year=doc.meta.year, encoding=doc.encoding, pages=doc.pages, size=doc.size,
        paragraphs=len(doc.paragraphs), warnings=json.dumps(list(doc.warnings), ensure_ascii=False),
        sentences=[{"seq": i, "paragraph": s.paragraph, "page": s.page, "start": s.start, "end": s.end,
                    "section": json.dumps(list(s.section), ensure_ascii=False), "text": s.text,
                    "ocr": bool(s.ocr), "ocr_confidence": s.ocr_confidence}
                   for i, s in enumerate(doc.sentences)],
    )
    if clues is not None:
        tags, cats, units, figs = clues
        row["clues"] = [{"seq": k, "is_problem": p, "problem_score": sc, "problem_evidence": ev}
                        for k, p, sc, ev in tags]
        row["categories"] = [{"seq": k, "category": c, "score": sc, "evidence": ev} for k, c, sc, ev in cats]
        row["units"] = [{"seq": k, "unit_seq": i, "text": t, "start": a, "end": b, "canonical": c, "region": r}
                        for k, i, t, a, b, c, r in units]
        row["figures"] = [{"seq": k, "fig_seq": i, "value": v, "measure": m, "text": t}
                          for k, i, v, m, t in figs]
    return row


def _value(x):
    """A pandas cell: None for a missing value (None, NaN, pd.NA), else the value."""
    if x is None or x is getattr(__import__("pandas"), "NA", None):
        return None
    return None if isinstance(x, float) and x != x else x


def _local(path: str) -> str:
    """``file:/a/b`` (how Spark names local files) -> ``/a/b``, as the process engine stores it."""
    if not path.startswith("file:"):
        return path
    rest = path[5:]
    if rest.startswith("//"):  # file://host/a/b (host empty or localhost)
        slash = rest.find("/", 2)
        rest = rest[slash:] if slash >= 0 else "/"
    # percent-escapes are UTF-8 bytes (a stdlib parser would do, but shipped code imports no
    # module of the network family, tests/test_offline.py)
    raw = re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), rest.encode("utf-8"))
    return raw.decode("utf-8", "surrogateescape")


def _segment_on_worker(texts: Iterable[str], rules_ref) -> Iterator[list[str]]:
    """Segment texts with the worker's segmenter of a (shipped) rules folder (a check of the
    user dictionary on executors)."""
    from .nlp import get_segmenter

    folder = _resolve(rules_ref)
    seg = get_segmenter(Path(folder) if folder else None)
    for t in texts:
        yield seg.cut(t)


def _stage_partition(batches: Iterator, tag: bool, rules_ref, model_ref, limits: Limits, env: dict,
                     binary: bool) -> Iterator:
    """The ``mapInPandas`` function: each input row (a path, or a path and its bytes) through the
    stage. Bugs in a stage become failure rows, as in the process pool."""
    import pandas as pd

    from .parallel import _one_line

    state = setup = None
    for pdf in batches:
        if state is None:
            state, setup, seconds = _worker_state(tag, rules_ref, model_ref, limits, env)
        rows = []
        for rec in pdf.to_dict("records"):
            idx, path = int(rec["idx"]), _local(rec["path"])
            region, year, reason = (_value(rec.get(k)) for k in ("region", "year", "reason"))
            year = None if year is None else int(year)
            if reason:  # refused on the driver (unsupported format, meta.csv)
                row = {"idx": idx, "path": path, "reason": reason}
            else:
                try:
                    if binary:
                        out = _parse_bytes(state, tag, path, bytes(rec["content"]))
                    else:
                        out = (_parse_and_tag_task if tag else _parse_task)(state, path)
                except Exception as exc:  # noqa: BLE001 - a bug in a stage must not kill the run
                    out = ("fail", f"internal error while reading ({_one_line(exc)}); please report it")
                row = _stage_rows(out, idx, path, region, year, tag)
            row["setup_id"] = setup
            row["setup_seconds"] = seconds
            row["pid"] = os.getpid()
            rows.append(row)
        # every key present: a missing one would become NaN, which Arrow cannot read as an array
        yield pd.DataFrame([[r.get(c) for c in _STAGE_COLUMNS] for r in rows], columns=_STAGE_COLUMNS,
                           dtype=object)


_STAGE_COLUMNS = ["idx", "path", "reason", "file_hash", "text_hash", "format", "title", "region", "year",
                  "encoding", "pages", "size", "paragraphs", "warnings", "sentences", "clues", "categories",
                  "units", "figures", "setup_id", "setup_seconds", "pid"]


def stage_schema():
    """The ``mapInPandas`` output schema (a pyspark StructType)."""
    from pyspark.sql import types as T

    def arr(*fields):
        return T.ArrayType(T.StructType([T.StructField(n, t) for n, t in fields]))

    S, I, L, D, B = T.StringType(), T.IntegerType(), T.LongType(), T.DoubleType(), T.BooleanType()
    return T.StructType([T.StructField(n, t) for n, t in [
        ("idx", L), ("path", S), ("reason", S), ("file_hash", S), ("text_hash", S), ("format", S),
        ("title", S), ("region", S), ("year", I), ("encoding", S), ("pages", I), ("size", L),
        ("paragraphs", I), ("warnings", S),
        ("sentences", arr(("seq", I), ("paragraph", I), ("page", I), ("start", I), ("end", I), ("section", S),
                          ("text", S), ("ocr", B), ("ocr_confidence", D))),
        ("clues", arr(("seq", I), ("is_problem", I), ("problem_score", D), ("problem_evidence", S))),
        ("categories", arr(("seq", I), ("category", S), ("score", D), ("evidence", S))),
        ("units", arr(("seq", I), ("unit_seq", I), ("text", S), ("start", I), ("end", I), ("canonical", S),
                      ("region", S))),
        ("figures", arr(("seq", I), ("fig_seq", I), ("value", D), ("measure", S), ("text", S))),
        ("setup_id", S), ("setup_seconds", D), ("pid", L),
    ]])


# -- the driver side ----------------------------------------------------------------------------
def is_uri(path: str) -> bool:
    """hdfs://, s3a://, file:// … : read by Spark (binaryFile), not walked by this process."""
    return bool(_URI.match(str(path)))


def make_session(master: Optional[str] = DEFAULT_MASTER, app_name: str = "xuncha", conf: Optional[dict] = None):
    """A SparkSession for the engine. ``master`` None: the one spark-submit set (or Spark's
    default). Python workers are reused (the per-worker set-up costs seconds) and, for a local
    master, run this interpreter, so they import the same installed xuncha."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkEngineError("pyspark is not installed; install the extra: pip install 'xuncha[spark]'") from None
    from pyspark import SparkConf

    submitted = SparkConf()  # what spark-submit (--conf, spark-defaults.conf) set
    local = (master or submitted.get("spark.master", "local[*]")).startswith("local")
    if local and not os.environ.get("PYSPARK_PYTHON"):
        import sys

        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    settings = {"spark.python.worker.reuse": "true", "spark.sql.execution.arrow.pyspark.enabled": "true"}
    if local:
        settings.update({"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                         "spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g"})
    settings = {k: v for k, v in settings.items() if not submitted.contains(k)}  # the cluster's own win
    settings.update(conf or {})
    for k, v in settings.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        return spark
    except Exception as exc:  # noqa: BLE001 - no Java, a bad master URL
        text = " ".join(str(exc).split())[:300]
        raise SparkEngineError(f"cannot start Spark at {master or '(spark-submit master)'} ({text}); "
                               "Spark needs Java 17 (JAVA_HOME) — see docs/scale-out.md") from None


def check_executors(spark, modules: Iterable[str] = ("pipeline", "jieba", "sklearn", "pandas", "pyarrow")) -> None:
    """Import ``modules`` on the executors before the run: a module only the driver has
    otherwise fails deep inside the first task with a Py4J traceback. Raises SparkEngineError
    naming the missing module and how to ship the environment."""
    mods = list(modules)
    sc = spark.sparkContext
    try:
        missing = sc.parallelize(range(max(1, sc.defaultParallelism)), max(1, sc.defaultParallelism)) \
            .mapPartitions(lambda _: _missing_modules(mods)).distinct().collect()
    except Exception as exc:  # noqa: BLE001 - the workers could not even start
        text = " ".join(str(exc).split())[-300:]
        raise SparkEngineError(f"the Spark executors cannot run Python ({text}); ship the environment "
                               "with --archives and set spark.pyspark.python — see docs/scale-out.md") from None
    if missing:
        raise SparkEngineError(f"the Spark executors cannot import {', '.join(sorted(missing))}; ship the "
                               "environment with --archives ENV.tar.gz#env and spark.pyspark.python="
                               "./env/bin/python — see docs/scale-out.md")


def _missing_modules(modules: list[str]) -> list[str]:
    import importlib

    out = []
    for m in modules:
        try:
            importlib.import_module(m)
        except Exception:  # noqa: BLE001 - ImportError, or a module that fails as it loads
            out.append(m)
    return out


def _ship(spark, folder: Optional[Path], what: str):
    """A --rules/--model folder on the driver exists only there: ship it to every executor."""
    if folder is None:
        return None
    folder = Path(folder).resolve()
    if not folder.is_dir():
        raise SparkEngineError(f"{folder}: no such {what} folder; pass an existing folder")
    spark.sparkContext.addFile(str(folder), recursive=True)
    return ("file", folder.name)


def _walk_inputs(paths: list[str], region, year, limits: Limits) -> tuple[list[dict], int]:
    """The input rows of local paths, in ``ingest``'s order, with overrides; (rows, skipped)."""
    from .readers import iter_files

    rows: list[dict] = []
    seen: set[str] = set()
    meta_files: dict[str, dict] = {}
    skipped = 0
    for entry in iter_files(paths):
        path = os.path.abspath(str(entry.path))
        if path in seen:
            continue
        seen.add(path)
        if entry.action == "skip":
            skipped += 1
            continue
        row = {"idx": len(rows), "path": path, "region": None, "year": None, "reason": None}
        if entry.action == "fail":
            row["reason"] = entry.reason or "cannot read"
            rows.append(row)
            continue
        bad_meta = folder_meta(meta_files, entry.path)
        if bad_meta is not None:
            rows.append({"idx": len(rows), "path": os.path.abspath(bad_meta.path), "region": None,
                         "year": None, "reason": bad_meta.reason})
            row["idx"] = len(rows)
        ov = _overrides(meta_files, path, region, year)
        if ov is not None:
            row["region"], row["year"] = ov.region, ov.year
        rows.append(row)
    return rows, skipped


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:6]


def spark_ingest(paths: Iterable[str], out_dir: str, *, spark=None, master: Optional[str] = DEFAULT_MASTER,
                 tag: bool = True, region: Optional[str] = None, year: Optional[int] = None,
                 rules_dir: Optional[Path] = None, model_dir: Optional[Path] = None,
                 limits: Optional[Limits] = None, run_id: Optional[str] = None,
                 input_mode: str = "auto", files_per_task: int = FILES_PER_TASK,
                 open_cost_bytes: int = 8192, check: bool = True) -> SparkRun:
    """Run the main job's stage on Spark and write the run's Parquet tables into
    ``out_dir/<run id>/``. ``input_mode``: "paths" (the driver walks local paths, executors
    open them: the paths must be on a file system every executor sees), "binary" (Spark's
    binaryFile source reads the bytes; ``open_cost_bytes`` packs small files into one task),
    "auto" (binary for URIs, else paths). ``spark`` None: one is made for ``master`` and
    stopped at the end (an active session is used as it is). Never raises for a bad file: it becomes a failure row."""
    t0 = time.monotonic()
    paths = [str(p) for p in paths]
    limits = limits or Limits.from_env()
    if input_mode == "auto":
        input_mode = "binary" if any(is_uri(p) for p in paths) else "paths"
    if input_mode not in ("paths", "binary"):
        raise SparkEngineError(f"unknown input mode '{input_mode}'; use paths, binary or auto")
    own = False
    if spark is None:
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise SparkEngineError("pyspark is not installed; install the extra: pip install 'xuncha[spark]'") \
                from None
        spark = SparkSession.getActiveSession()  # e.g. under spark-submit, or a notebook's
        if spark is None:
            spark, own = make_session(master), True
    try:
        return _run(spark, paths, str(out_dir), tag, region, year, rules_dir, model_dir, limits,
                    run_id or new_run_id(), input_mode, files_per_task, open_cost_bytes, check, t0)
    finally:
        if own:
            spark.stop()


def _run(spark, paths, out_dir, tag, region, year, rules_dir, model_dir, limits, run_id, input_mode,
         files_per_task, open_cost_bytes, check, t0) -> SparkRun:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from .extract import tagger_version

    run_dir = out_dir.rstrip("/") + "/" + run_id
    result = SparkRun(run_id=run_id, run_dir=run_dir)
    conf = spark.sparkContext.getConf()
    if conf.get("spark.python.worker.reuse", "true").lower() == "false":
        result.warnings.append("spark.python.worker.reuse=false: the segmenter, rules and model are built "
                               "again for every task; set it to true")
    if check:
        check_executors(spark)
    rules_ref = _ship(spark, rules_dir, "rules")
    model_ref = _ship(spark, model_dir, "model")
    env = {k: v for k, v in os.environ.items() if k.startswith(ENV_PREFIX) and k != "XUNCHA_DB"}
    if tag:
        result.tagger = tagger_version(rules_dir, model_dir)
    binary = input_mode == "binary"
    parallelism = spark.sparkContext.defaultParallelism
    if binary:
        from .readers import SUPPORTED_SUFFIXES

        spark.conf.set("spark.sql.files.openCostInBytes", str(open_cost_bytes))
        suffixes = "|".join(sorted(re.escape(s[1:]) for s in SUPPORTED_SUFFIXES))
        src = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
               .select("path", "content"))
        src = src.filter(F.lower(F.col("path")).rlike(rf"\.({suffixes})$"))
        # a unique row key without a shuffle of the bytes; the input order of a binary run is
        # the order of its paths (import_run and unit_category_counts sort by path)
        src = src.select(F.monotonically_increasing_id().alias("idx"), "path", F.lit(region).cast("string").alias("region"),
                         F.lit(year).cast("int").alias("year"), F.lit(None).cast("string").alias("reason"),
                         "content")
    else:
        import pandas as pd

        rows, result.skipped = _walk_inputs(paths, region, year, limits)
        parts = max(1, min(len(rows), max(parallelism, -(-len(rows) // files_per_task))))
        frame = pd.DataFrame(rows, columns=["idx", "path", "region", "year", "reason"])
        frame["year"] = frame["year"].astype("Int64")
        src = spark.createDataFrame(frame, "idx long, path string, region string, year int, reason string")
        # contiguous runs of files per task (no empty task: each would still start a worker)
        src = src.repartitionByRange(parts, "idx") if parts > 1 else src.coalesce(1)
    fn_args = (tag, rules_ref, model_ref, limits, env, binary)

    def stage(batches):
        return _stage_partition(batches, *fn_args)

    t1 = time.monotonic()
    staged = src.mapInPandas(stage, stage_schema()).persist(StorageLevel.DISK_ONLY)
    try:
        # every table is keyed by the document row's idx (input order); two files holding one
        # text are both here, and the import (or unit_category_counts) keeps the first: no shuffle
        docs = staged.filter(F.col("reason").isNull())
        tables = {
            "documents": docs.select("idx", "path", "file_hash", "text_hash", "format", "title", "region", "year",
                                     "encoding", "pages", "size", "paragraphs", F.size("sentences").alias("sentences"),
                                     "warnings"),
            "sentences": docs.select("idx", F.inline("sentences")),
            "failures": staged.filter(F.col("reason").isNotNull()).select("idx", "path", "reason"),
        }
        if tag:
            tables.update({
                "clues": docs.select("idx", F.inline("clues")),
                "clue_categories": docs.select("idx", F.inline("categories")),
                "clue_units": docs.select("idx", F.inline("units")),
                "clue_figures": docs.select("idx", F.inline("figures")),
            })
        for name, frame in tables.items():
            frame.write.mode("overwrite").parquet(f"{run_dir}/{name}")
        stats = staged.agg(F.count(F.when(F.col("reason").isNull(), 1)).alias("documents"),
                           F.count(F.when(F.col("reason").isNotNull(), 1)).alias("failures"),
                           F.collect_set(F.struct("setup_id", "setup_seconds")).alias("setups")).collect()[0]
    finally:
        staged.unpersist()
    result.documents, result.failures = stats["documents"], stats["failures"]
    result.setups = len({r["setup_id"] for r in stats["setups"]})
    result.setup_seconds = float(sum(r["setup_seconds"] or 0.0 for r in stats["setups"]))
    result.stage_seconds = time.monotonic() - t1
    result.seconds = time.monotonic() - t0
    manifest = {"run_id": run_id, "tagger": result.tagger, "tagged": tag, "documents": result.documents,
                "failures": result.failures, "skipped": result.skipped, "setups": result.setups,
                "setup_seconds": result.setup_seconds, "seconds": result.seconds, "input_mode": input_mode,
                "master": spark.sparkContext.master, "spark": spark.version, "finished_at": time.time(),
                "inputs": json.dumps(paths, ensure_ascii=False)}
    spark.createDataFrame([manifest]).coalesce(1).write.mode("overwrite").parquet(f"{run_dir}/{RUN_TABLE}")
    return result


# -- Spark SQL aggregation --------------------------------------------------------------------------
def unit_category_counts(spark, run_dir: str):
    """The report's unit × category cells of a run, in Spark SQL: one clue naming k units with
    m categories adds one to each of the k × m cells; no unit counts under '' (as the store's
    per-document summaries). Returns a DataFrame (unit, category, clues)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    read = lambda name: spark.read.parquet(f"{run_dir}/{name}")  # noqa: E731
    order = "path" if read(RUN_TABLE).first()["input_mode"] == "binary" else "idx"
    first = (read("documents").withColumn("_n", F.row_number().over(Window.partitionBy("text_hash").orderBy(order)))
             .filter(F.col("_n") == 1).select("idx"))  # two files holding one text: the first counts
    clues = read("clues").filter(F.col("is_problem") == 1).select("idx", "seq").join(first, "idx", "left_semi")
    cats = read("clue_categories").select("idx", "seq", "category")
    units = read("clue_units").select("idx", "seq", "canonical")
    cells = (clues.join(cats, ["idx", "seq"]).join(units, ["idx", "seq"], "left")
             .withColumn("unit", F.coalesce("canonical", F.lit("")))
             .groupBy("unit", "category").agg(F.countDistinct("idx", "seq").alias("clues")))
    return cells


# -- import into the store ------------------------------------------------------------------------
def _read_table(run_dir: Path, name: str):
    """A run's table as a pyarrow Table (empty folder or no files: None)."""
    import pyarrow.parquet as pq

    folder = run_dir / name
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        return None
    return pq.read_table(str(folder))


class _ByDocument:
    """A run table's rows of one document at a time: the table stays in Arrow's columnar
    memory, sorted by document (``idx``) and sentence (``seq``), and only the rows asked for
    become Python objects. (Turning whole tables into dicts first took ~10x the Parquet's size
    in memory: millions of sentence and clue rows for a large run.)"""

    def __init__(self, table):
        import numpy as np

        self._np = np
        if table is None or table.num_rows == 0:
            self.table, self.idx = None, np.zeros(0, dtype=np.int64)
            return
        keys = [("idx", "ascending")] + ([("seq", "ascending")] if "seq" in table.column_names else [])
        self.table = table.sort_by(keys)  # stable: rows of one sentence keep the run's order
        self.idx = self.table.column("idx").to_numpy()

    def get(self, idx: int) -> list[dict]:
        if self.table is None:
            return []
        a = int(self._np.searchsorted(self.idx, idx, side="left"))
        b = int(self._np.searchsorted(self.idx, idx, side="right"))
        return self.table.slice(a, b - a).to_pylist() if b > a else []


def import_run(run_dir: str | os.PathLike, store, progress: Optional[Callable[[str, str], None]] = None) -> IngestSummary:
    """Merge a Spark run's Parquet folder into ``store`` as ``ingest(..., tag=True)`` would
    have stored it: documents in input order (two files holding one text: the first is stored,
    the other points at it), clue rows of newly stored documents, failures. Idempotent: a path
    whose stored bytes have the same hash is unchanged, a known text is not stored twice, so a
    second import writes nothing."""
    t0 = time.monotonic()
    run_dir = Path(run_dir)
    note = progress or (lambda event, path: None)
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise SparkEngineError("importing a Spark run needs pyarrow; install the extra: pip install 'xuncha[spark]'") \
            from None
    run = _read_table(run_dir, RUN_TABLE)
    if run is None:
        if (run_dir / "documents").is_dir():
            raise SparkEngineError(f"{run_dir}: the run did not finish (no run/ table); run it again")
        raise SparkEngineError(f"{run_dir}: not a xuncha Spark run folder (no run/ table); pass OUT/<run id>")
    manifest = run.to_pylist()[0]
    summary = IngestSummary(tagger=manifest.get("tagger") or "")
    tagged = bool(manifest.get("tagged"))
    docs = _read_table(run_dir, "documents")
    order = "path" if manifest.get("input_mode") == "binary" else "idx"  # the run's input order
    docs = docs.to_pylist() if docs is not None else []
    failures = _read_table(run_dir, "failures")
    failures = failures.to_pylist() if failures is not None else []
    sentences = _ByDocument(_read_table(run_dir, "sentences"))
    clue_tables = [_ByDocument(_read_table(run_dir, t)) for t in ("clues", "clue_categories", "clue_units",
                                                                  "clue_figures")] if tagged else None
    tag_run: list[int] = []
    batch: list[tuple[Document, Optional[tuple]]] = []

    def flush():
        if batch:
            store_batch(store, summary, batch, tag_run)
            batch.clear()

    events = [(r[order], "doc", r) for r in docs] + [(r[order], "fail", r) for r in failures]
    for _, kind, r in sorted(events, key=lambda e: (e[0], e[1])):
        path = r["path"]
        if kind == "fail":
            flush()
            store.record_failure(path, r["reason"])
            summary.failed.append((path, r["reason"]))
            note("fail", path)
            continue
        summary.bytes += r["size"] or 0
        if store.path_hash(path) == r["file_hash"]:
            summary.unchanged += 1
            store.clear_failure(path)
            doc_id = store.document_for_file_hash(r["file_hash"], Path(path).suffix)
            if doc_id:
                summary.document_ids.add(doc_id)
            note("unchanged", path)
            continue
        rows = sentences.get(r["idx"])  # in sentence order
        doc = Document(
            path=path, format=r["format"], file_hash=r["file_hash"], text_hash=r["text_hash"],
            paragraphs=[Paragraph(i, "") for i in range(r["paragraphs"])],  # the store keeps their number
            sentences=[Sentence(doc=path, paragraph=s["paragraph"], start=s["start"], end=s["end"], text=s["text"],
                                section=tuple(json.loads(s["section"])), page=s["page"], ocr=bool(s["ocr"]),
                                ocr_confidence=s["ocr_confidence"]) for s in rows],
            meta=DocumentMeta(title=r["title"], region=r["region"], year=r["year"]), encoding=r["encoding"],
            pages=r["pages"], size=r["size"] or 0, warnings=tuple(json.loads(r["warnings"] or "[]")))
        clues = None
        if clue_tables is not None and rows:
            t, c, u, f = (g.get(r["idx"]) for g in clue_tables)
            clues = ([(x["seq"], x["is_problem"], x["problem_score"], x["problem_evidence"]) for x in t],
                     [(x["seq"], x["category"], x["score"], x["evidence"]) for x in c],
                     [(x["seq"], x["unit_seq"], x["text"], x["start"], x["end"], x["canonical"], x["region"])
                      for x in u],
                     [(x["seq"], x["fig_seq"], x["value"], x["measure"], x["text"]) for x in f])
        batch.append((doc, clues))
        note("stored", path)
        if len(batch) >= IMPORT_BATCH:
            flush()
    flush()
    if tag_run:
        store.finish_run(tag_run[0])
    summary.seconds = time.monotonic() - t0
    return summary


# -- spark-submit entry point ------------------------------------------------------------------------
def main(argv: Optional[list[str]] = None) -> int:
    """``spark-submit … pipeline/spark.py PATH… --out OUT``: run the stage on the cluster the
    job was submitted to and print the run folder (then ``xuncha import`` it, or aggregate it
    with ``unit_category_counts``)."""
    import argparse

    ap = argparse.ArgumentParser(prog="pipeline/spark.py", description=main.__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", required=True, help="Output folder (local, hdfs://…); the run goes in OUT/<run id>.")
    ap.add_argument("--run-id", default=None)
    ap.add_argument("--no-tag", action="store_true", help="Parse only (as `xuncha ingest`).")
    ap.add_argument("--region", default=None)
    ap.add_argument("--year", type=int, default=None)
    ap.add_argument("--input", choices=("auto", "paths", "binary"), default="auto")
    ap.add_argument("--files-per-task", type=int, default=FILES_PER_TASK)
    ap.add_argument("--counts", action="store_true", help="Also print the unit × category cells (Spark SQL).")
    args = ap.parse_args(argv)
    spark = make_session(None)
    try:
        res = spark_ingest(args.paths, args.out, spark=spark, tag=not args.no_tag, region=args.region,
                           year=args.year, run_id=args.run_id, input_mode=args.input,
                           files_per_task=args.files_per_task)
        print(json.dumps({"run_dir": res.run_dir, "documents": res.documents, "failures": res.failures,
                          "setups": res.setups, "seconds": round(res.seconds, 1), "warnings": res.warnings},
                         ensure_ascii=False))
        if args.counts and not args.no_tag:
            for row in unit_category_counts(spark, res.run_dir).orderBy("unit", "category").collect():
                print(f"{row['unit'] or '（未指明单位）'}\t{row['category']}\t{row['clues']}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

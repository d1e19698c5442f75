"""xuncha (巡察): the command line. Wiring only: parse options, call ``pipeline``, print.

Progress bars and summaries go to stderr, results to stdout. Exit codes: 0 success, 1 some
inputs failed (each listed with its reason) or an error, 2 usage error.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

REPORT_FORMATS = ("table", "csv", "xlsx", "json", "md", "docx")
BY_CHOICES = ("unit", "category", "document", "region", "year", "unit,year")
SUFFIX_FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".json": "json", ".md": "md", ".docx": "docx",
                  ".txt": "table"}


# -- shared options and error handling -------------------------------------------------------
def db_option(f):
    return click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                        help="Store file (default: $XUNCHA_DB or ./xuncha.db).")(f)


def jobs_option(f):
    return click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
                        help="Worker processes (default: CPU count).")(f)


def rules_option(f):
    return click.option("--rules", "rules_dir", type=click.Path(file_okay=False, exists=True), default=None,
                        help="Rules folder to use instead of the shipped one (or $XUNCHA_HOME/rules).")(f)


def model_option(f):
    return click.option("--model", "model_dir", type=click.Path(file_okay=False, exists=True), default=None,
                        help="Model folder to use instead of the shipped one (or $XUNCHA_HOME/models).")(f)


def ocr_option(f):
    return click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default=None,
                        help="OCR for scanned PDFs and images: auto (default) = only pages without a text layer.")(f)


def limits_option(f):
    """Caps on what one file may hold; each sets the matching XUNCHA_MAX_* variable."""
    for name, kind, env, text in reversed([
        ("--max-file-mb", float, "XUNCHA_MAX_FILE_MB", "Refuse files larger than this (MB; default 200)."),
        ("--max-xml-mb", float, "XUNCHA_MAX_XML_MB", "Refuse .docx whose text XML inflates beyond this (MB)."),
        ("--max-pages", int, "XUNCHA_MAX_PAGES", "Refuse PDFs with more pages (default 2000)."),
        ("--max-chars", int, "XUNCHA_MAX_CHARS", "Refuse documents with more characters (default 20,000,000)."),
    ]):
        f = click.option(name, type=kind, default=None, help=f"{text} Also ${env}.")(f)
    return f


def _set_limits(max_file_mb=None, max_xml_mb=None, max_pages=None, max_chars=None):
    """Workers read the caps from the environment; a bad value is reported before anything runs."""
    from pipeline.limits import Limits

    for env, value in (("XUNCHA_MAX_FILE_MB", max_file_mb), ("XUNCHA_MAX_XML_MB", max_xml_mb),
                       ("XUNCHA_MAX_PAGES", max_pages), ("XUNCHA_MAX_CHARS", max_chars)):
        if value is not None:
            os.environ[env] = str(value)
    Limits.from_env()


def _set_ocr(ocr):
    """Workers read the OCR mode from the environment (they inherit it under fork and spawn)."""
    if ocr:
        os.environ["XUNCHA_OCR"] = ocr


def handle_errors(f):
    """Library errors become one-line messages (exit 1), never tracebacks."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        import sqlite3

        from pipeline.errors import XunchaError

        try:
            return f(*args, **kwargs)
        except XunchaError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise click.ClickException(f"the store is damaged or locked ({exc}); check --db") from None
        except KeyboardInterrupt:
            click.echo("interrupted; what was committed stays in the store", err=True)
            sys.exit(130)

    return wrapper


def _jobs(jobs):
    return jobs or os.cpu_count() or 1


def _open_store(db, create=True):
    from pipeline.store import Store

    return Store(db, create=create)


class _Progress:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int | None, desc: str):
        self.bar = None
        if sys.stderr.isatty() and total:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=desc, unit="个", file=sys.stderr, leave=False)

    def step(self, n: int = 1):
        if self.bar:
            self.bar.update(n)

    def close(self):
        if self.bar:
            self.bar.close()


def _count_inputs(paths) -> int | None:
    if not sys.stderr.isatty():
        return None
    from pipeline.readers import iter_files

    return sum(1 for e in iter_files(paths) if e.action != "skip")


# -- the group ---------------------------------------------------------------------------------
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="xuncha", message="%(prog)s %(version)s")
def main():
    """xuncha (巡察): find problem clues in inspection documents, offline.

    Reads .txt/.docx/.pdf reports, finds every sentence that states an existing problem, tags
    it with the taxonomy's categories and the units it names, and counts them per unit and
    category.

    Example:

        xuncha run corpora/samples -o 报告.xlsx
    """


# -- the Spark engine (docs/scale-out.md) -------------------------------------------------------
def spark_options(f):
    """--engine, --master, --out of `ingest` and `run`."""
    f = click.option("--out", "spark_out", type=click.Path(file_okay=False), default=None,
                     help="--engine spark: folder (or hdfs:// URI) for the run's Parquet tables, one sub-folder per "
                          "run id (default ./xuncha-spark).")(f)
    f = click.option("--master", default=None,
                     help="--engine spark: Spark master URL (default local[JOBS]; spark://HOST:7077, yarn).")(f)
    return click.option("--engine", type=click.Choice(["process", "spark"]), default="process", show_default=True,
                        help="process: a local worker pool; spark: Apache Spark (pip install 'xuncha[spark]').")(f)


def _do_spark_ingest(paths, db, jobs, master, out, region, year, rules_dir, tag=False, model_dir=None):
    """Run the stage on Spark, write the run's Parquet, then import it into the store; returns
    the import's IngestSummary (as `_do_ingest`)."""
    from pipeline.spark import is_uri, spark_ingest

    out = out or "xuncha-spark"
    res = spark_ingest(paths, out, master=master or f"local[{_jobs(jobs)}]", tag=tag, region=region, year=year,
                       rules_dir=Path(rules_dir) if rules_dir else None,
                       model_dir=Path(model_dir) if model_dir else None)
    for w in res.warnings:
        click.echo(f"注意：{w}", err=True)
    click.echo(f"Spark 处理 {res.documents} 份，失败 {res.failures} 个（{res.seconds:.1f} 秒，"
               f"{res.setups} 次初始化）；结果写入 {res.run_dir}", err=True)
    if is_uri(out):
        click.echo(f"结果在 {res.run_dir}；取回本地后用 `xuncha import` 入库", err=True)
        sys.exit(0)
    return _do_import(res.run_dir, db)


def _do_import(run_dir, db):
    from pipeline.spark import import_run

    with _open_store(db) as store:
        summary = import_run(run_dir, store)
    _echo_summary(summary, f"失败 {len(summary.failed)} 个，问题线索 {summary.clues} 条（{summary.seconds:.1f} 秒）")
    return summary


@main.command("import")
@click.argument("run_dir", type=click.Path(file_okay=False, exists=True))
@db_option
@handle_errors
def import_(run_dir, db):
    """Merge a Spark run (the Parquet folder OUT/<run id> of `--engine spark`, or OUT itself:
    every run in it, oldest first) into the store. Idempotent: importing twice adds nothing.

    Example:

        xuncha import xuncha-spark/20260101T000000Z-1a2b3c --db 巡察.db
    """
    folder = Path(run_dir)
    runs = [folder] if (folder / "run").is_dir() or (folder / "documents").is_dir() else \
        sorted(p for p in folder.iterdir() if (p / "run").is_dir())
    if not runs:
        raise click.UsageError(f"{run_dir}: no Spark run here (a run folder holds run/ and documents/)")
    failed = False
    for r in runs:
        failed |= bool(_do_import(r, db).failed)
    sys.exit(1 if failed else 0)


# -- ingest ---------------------------------------------------------------------------------------
def _do_ingest(paths, db, jobs, force, region, year, rules_dir, time_limit, tag=False, model_dir=None):
    from pipeline.ingest import ingest

    with _open_store(db) as store:
        bar = _Progress(_count_inputs(paths), "读取")

        def note(event, path):
            if event != "skip":
                bar.step()

        summary = ingest(paths, store, jobs=_jobs(jobs), force=force, region=region, year=year,
                         rules_dir=Path(rules_dir) if rules_dir else None, time_limit=time_limit, progress=note,
                         tag=tag, model_dir=Path(model_dir) if model_dir else None)
        bar.close()
    _echo_summary(summary, f"跳过 {summary.skipped} 个，失败 {len(summary.failed)} 个"
                           f"（{summary.seconds:.1f} 秒，{summary.bytes / 1e6:.1f} MB）")
    return summary


def _echo_summary(summary, tail: str) -> None:
    """Each failure on its own line, then what was stored (`ingest`, `import`)."""
    for path, reason in summary.failed:
        click.echo(f"失败 {path}: {reason}", err=True)
    click.echo(f"入库 {summary.stored} 份，重复 {summary.duplicates} 份，未变 {summary.unchanged} 份，"
               f"替换 {summary.replaced} 份，{tail}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@jobs_option
@click.option("--force", is_flag=True, help="Re-read files whose content is already stored.")
@click.option("--region", default=None, help="Region of every document (overrides the title).")
@click.option("--year", type=click.IntRange(1949, 2100), default=None, help="Year assessed, for every document.")
@click.option("--time-limit", type=float, default=300.0, show_default=True,
              help="Seconds allowed to read one file (OCR takes about 2 s a page).")
@ocr_option
@limits_option
@rules_option
@spark_options
@handle_errors
def ingest(paths, db, jobs, force, region, year, time_limit, ocr, max_file_mb, max_xml_mb, max_pages, max_chars,
           rules_dir, engine="process", master=None, spark_out=None):
    """Read files and folders (recursively) into the store, incrementally.

    .txt (UTF-8/UTF-16/GBK/GB18030), .docx and .pdf are read; the same content found again
    (another name, another format) is stored once. A meta.csv (file,region,year) beside the
    files sets region and year. Bad files are listed with their reason; the rest goes on.

    Example:

        xuncha ingest 档案/2023 --db 巡察.db --jobs 2
    """
    _set_ocr(ocr)
    _set_limits(max_file_mb, max_xml_mb, max_pages, max_chars)
    if engine == "spark":
        if force:
            raise click.UsageError("--force is not supported with --engine spark (the import keys on file hashes)")
        summary = _do_spark_ingest(paths, db, jobs, master, spark_out, region, year, rules_dir)
    else:
        summary = _do_ingest(paths, db, jobs, force, region, year, rules_dir, time_limit)
    sys.exit(1 if summary.failed else 0)


# -- tag ----------------------------------------------------------------------------------------
def _do_tag(store, jobs, retag, rules_dir, model_dir, document_ids=None, tagger=None, already=None):
    from pipeline.tagging import tag_store

    state = {"bar": None}

    def progress(done, total):
        if state["bar"] is None:
            state["bar"] = _Progress(total, "标注")
        state["bar"].step()

    summary = tag_store(store, jobs=_jobs(jobs), retag=retag, rules_dir=Path(rules_dir) if rules_dir else None,
                        model_dir=Path(model_dir) if model_dir else None, document_ids=document_ids,
                        progress=progress, tagger=tagger)
    if state["bar"]:
        state["bar"].close()
    if already is not None:  # documents tagged while they were read (`run`)
        summary.documents += already.tagged_documents
        summary.sentences += already.tagged_sentences
        summary.clues += already.clues
    click.echo(f"标注 {summary.documents} 份文档 {summary.sentences} 句，问题线索 {summary.clues} 条"
               f"（标注器 {summary.tagger}，{summary.seconds:.1f} 秒）", err=True)
    return summary


@main.command()
@db_option
@jobs_option
@click.option("--retag", is_flag=True, help="Redo clues made by an older tagger version (never reviewed ones).")
@rules_option
@model_option
@handle_errors
def tag(db, jobs, retag, rules_dir, model_dir):
    """Segment and classify stored sentences into problem clues.

    Example:

        xuncha tag --db 巡察.db --retag
    """
    with _open_store(db, create=False) as store:
        _do_tag(store, jobs, retag, rules_dir, model_dir)


# -- report -------------------------------------------------------------------------------------
def _format_for(fmt, output):
    if fmt:
        return fmt
    if output:
        suffix = Path(output).suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise click.UsageError(f"cannot tell the format from '{output}'; use --format or one of "
                                   + ", ".join(SUFFIX_FORMATS))
        return SUFFIX_FORMATS[suffix]
    return "table"


def _write_report(data, fmt, output, width=None):
    """Write ReportData in a format to a file (0600) or stdout."""
    from pipeline import report as rp

    if fmt in ("xlsx", "docx") and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    if fmt == "table":
        text = rp.render_table(data, width=width or _terminal_width()) + "\n"
    elif fmt == "md":
        text = rp.write_markdown(data)
    else:
        text = None
    if output:
        path = Path(output)
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # also when overwriting an older, more open file
        with os.fdopen(fd, "wb") as fh:
            if text is not None:
                fh.write(text.encode("utf-8"))
            elif fmt == "csv":
                rp.write_csv(data, fh)
            elif fmt == "json":
                rp.write_json(data, fh)
            elif fmt == "xlsx":
                rp.write_xlsx(data, fh)
            elif fmt == "docx":
                rp.write_docx(data, fh)
        return
    if text is not None:
        click.echo(text, nl=False)
    elif fmt == "csv":
        rp.write_csv(data, sys.stdout.buffer)
    elif fmt == "json":
        rp.write_json(data, sys.stdout.buffer)
        sys.stdout.buffer.write(b"\n")


def _terminal_width():
    import shutil

    return max(60, shutil.get_terminal_size((120, 40)).columns)


def _build_report(store, by="unit", document_ids=None, category=None, unit=None, year=None, lang="zh",
                  rules_dir=None, tagger_version=None, accepted_only=False, table=False):
    """``table``: the data is for the terminal table alone, so only the units it shows are read."""
    from pipeline.report.aggregate import build_report
    from pipeline.report.table import DEFAULT_MAX_ROWS
    from pipeline.rules import load_taxonomy

    taxonomy = load_taxonomy(Path(rules_dir) if rules_dir else None)
    if category and category not in taxonomy.codes:
        by_label = {c.label: c.code for c in taxonomy.categories} | {c.short: c.code for c in taxonomy.categories}
        if category in by_label:
            category = by_label[category]
        else:
            raise click.UsageError(f"unknown category '{category}'; one of: {', '.join(taxonomy.codes)}")
    if unit:
        from pipeline.units import UnitRecognizer

        unit = UnitRecognizer(Path(rules_dir) if rules_dir else None).canonical(unit)
    if tagger_version is None:
        tagger_version = store.latest_tagger()
    return build_report(store, taxonomy, by=by, document_ids=document_ids, category=category, unit=unit,
                        year=year, lang=lang, tagger=tagger_version, accepted_only=accepted_only,
                        unit_limit=DEFAULT_MAX_ROWS if table else None)


@main.command()
@db_option
@click.option("--by", type=click.Choice(BY_CHOICES), default="unit", show_default=True, help="Rows of the report.")
@click.option("--category", default=None, help="Only this category (code or 中文名).")
@click.option("--unit", default=None, help="Only clues naming this unit (any alias).")
@click.option("--year", type=int, default=None, help="Only documents of this year.")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="Output format (default: from -o's extension, else table).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to this file.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Header language.")
@click.option("--accepted-only", is_flag=True, help="Count only clues accepted on the review desk (xuncha serve).")
@rules_option
@handle_errors
def report(db, by, category, unit, year, fmt, output, lang, accepted_only, rules_dir):
    """Category frequency report: counts per unit × category (or per category, document,
    region, year, unit and year) over the store.

    A clue naming k units with m categories adds one to each of the k × m cells; a clue naming
    no unit counts under （未指明单位）.

    Example:

        xuncha report --by unit --format xlsx -o 统计.xlsx
    """
    fmt = _format_for(fmt, output)
    with _open_store(db, create=False) as store:
        data = _build_report(store, by, None, category, unit, year, lang, rules_dir, accepted_only=accepted_only,
                             table=fmt == "table")
        _write_report(data, fmt, output)
        failures = store.failures()
    if failures and fmt == "table":
        click.echo(f"注意：有 {len(failures)} 个文件读取失败，见 `xuncha status`", err=True)


# -- run ------------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@jobs_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Also write the report here; the extension names the format (.xlsx .docx .csv .json .md).")
@click.option("--by", type=click.Choice(BY_CHOICES), default="unit", show_default=True, help="Rows of the report.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help="Header language.")
@click.option("--region", default=None, help="Region of every document (overrides the title).")
@click.option("--year", type=click.IntRange(1949, 2100), default=None, help="Year assessed, for every document.")
@click.option("--time-limit", type=float, default=300.0, show_default=True,
              help="Seconds allowed to read one file (OCR takes about 2 s a page).")
@ocr_option
@limits_option
@rules_option
@model_option
@spark_options
@handle_errors
def run(paths, db, jobs, output, by, lang, region, year, time_limit, ocr, max_file_mb, max_xml_mb, max_pages,
        max_chars, rules_dir, model_dir, engine="process", master=None, spark_out=None):
    """The main job: ingest and tag the documents under PATH, then print the unit × category
    table (and write the report to -o).

    Example:

        xuncha run corpora/samples -o 问题线索统计.xlsx
    """
    out_fmt = _format_for(None, output) if output else None
    _set_ocr(ocr)
    _set_limits(max_file_mb, max_xml_mb, max_pages, max_chars)
    # one pass: workers read and tag each new file; then whatever stored documents are still
    # untagged (ingested earlier, or by an older tagger) are tagged as `xuncha tag` would
    if engine == "spark":
        summary = _do_spark_ingest(paths, db, jobs, master, spark_out, region, year, rules_dir, tag=True,
                                   model_dir=model_dir)
    else:
        summary = _do_ingest(paths, db, jobs, False, region, year, rules_dir, time_limit, tag=True,
                             model_dir=model_dir)
    with _open_store(db) as store:
        # documents stored and tagged by the workers just now need no look (1,000 of them: a
        # scan of their 155k sentences for untagged ones, 0.02-0.05 s)
        tag_summary = _do_tag(store, jobs, False, rules_dir, model_dir,
                              sorted(summary.document_ids - summary.tagged_ids), already=summary)
        data = _build_report(store, by, sorted(summary.document_ids), None, None, None, lang, rules_dir,
                             tag_summary.tagger, table=True)
        _write_report(data, "table", None)
        if output:
            data = _build_report(store, by, sorted(summary.document_ids), None, None, None, lang, rules_dir,
                                 tag_summary.tagger)
            _write_report(data, out_fmt, output)
            click.echo(f"报告已写入 {output}", err=True)
    sys.exit(1 if summary.failed else 0)


# -- clues ----------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--category", default=None, help="Only this category (code or 中文名).")
@click.option("--unit", default=None, help="Only clues naming this unit (any alias).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many clues.")
@rules_option
@handle_errors
def clues(db, category, unit, fmt, limit, rules_dir):
    """The problem clues with their evidence (file, paragraph/page, rules, scores), for checking.

    Example:

        xuncha clues --category 形式主义 --format csv > 形式主义线索.csv
    """
    from pipeline.report.aggregate import list_clues

    with _open_store(db, create=False) as store:
        data = _build_report(store, "unit", None, category, unit, None, "zh", rules_dir)
        rows = list_clues(store, category=data.scope["filters"]["category"], unit=data.scope["filters"]["unit"],
                          limit=limit)
        _print_clues(rows, fmt)


def _print_clues(rows, fmt):
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        import csv

        out = sys.stdout
        out.write("\ufeff")
        w = csv.writer(out)
        w.writerow(["文件", "页", "段", "章节", "问题类别", "单位", "句子", "依据", "问题得分"])
        for r in rows:
            w.writerow([r["doc"], r["page"] or "", r["paragraph"], " > ".join(r["section"]),
                        "、".join(c["label"] for c in r["categories"]),
                        "、".join(u["canonical"] for u in r["units"]), r["text"],
                        "; ".join(e for c in r["categories"] for e in c["evidence"]), r["problem_score"]])
    else:
        n = 0
        for r in rows:
            n += 1
            where = f"{r['doc']} 第{r['paragraph']}段" + (f"第{r['page']}页" if r["page"] else "")
            cats = "、".join(c["label"] for c in r["categories"]) or "（未分类）"
            units = "、".join(u["text"] for u in r["units"]) or "（未指明单位）"
            click.echo(f"[{n}] {cats} | {units} | {where}\n    {r['text']}\n    依据: "
                       + "; ".join(e for c in r["categories"] for e in c["evidence"]))
        click.echo(f"共 {n} 条问题线索", err=True)


# -- extract --------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--region", default=None, help="Region of the documents (else from the title).")
@ocr_option
@limits_option
@rules_option
@model_option
@handle_errors
def extract(paths, fmt, region, ocr, max_file_mb, max_xml_mb, max_pages, max_chars, rules_dir, model_dir):
    """Stateless extraction: one JSON record per sentence (problem or not), no store.

    PATH may be files, folders, or - for one .txt document on standard input.

    Example:

        xuncha extract 报告.docx --format jsonl > 报告.jsonl
    """
    from pipeline.clean import load_noise_rules
    from pipeline.errors import ReadError
    from pipeline.extract import Tagger, extract_document
    from pipeline.ingest import read_for_extract
    from pipeline.readers import iter_files

    _set_ocr(ocr)
    _set_limits(max_file_mb, max_xml_mb, max_pages, max_chars)
    noise = load_noise_rules(Path(rules_dir) if rules_dir else None)
    tagger = Tagger(Path(rules_dir) if rules_dir else None, Path(model_dir) if model_dir else None)
    failed = 0
    out = sys.stdout

    def emit(doc):
        reg = region or doc.meta.region
        problems = 0
        for clue in extract_document(tagger, doc.sentences, reg):
            if fmt == "jsonl":
                out.write(json.dumps(clue.to_record(), ensure_ascii=False) + "\n")
            elif clue.is_problem:
                problems += 1
                cats = "、".join(c.label for c in clue.categories) or "（未分类）"
                units = "、".join(u.text for u in clue.units) or "-"
                out.write(f"{clue.sentence.doc}:{clue.sentence.paragraph}\t{cats}\t{units}\t{clue.sentence.text}\n")
        if fmt == "table":
            click.echo(f"{doc.path}: {len(doc.sentences)} 句，问题线索 {problems} 条", err=True)

    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            try:
                emit(read_for_extract("-", noise, data))
            except ReadError as exc:
                click.echo(f"失败 -: {exc.reason}", err=True)
                failed += 1
            continue
        for entry in iter_files([p]):
            if entry.action == "skip":
                continue
            if entry.action == "fail":
                click.echo(f"失败 {entry.path}: {entry.reason}", err=True)
                failed += 1
                continue
            try:
                emit(read_for_extract(str(entry.path), noise))
            except ReadError as exc:
                click.echo(f"失败 {exc.path}: {exc.reason}", err=True)
                failed += 1
    out.flush()
    sys.exit(1 if failed else 0)


# -- status ----------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def status(db, fmt):
    """What the store holds: documents, sentences, clues, failures, tagger version.

    Example:

        xuncha status --format json
    """
    with _open_store(db, create=False) as store:
        st = store.status()
    if fmt == "json":
        click.echo(json.dumps(st, ensure_ascii=False, indent=2))
        return
    click.echo(f"文档 {st['documents']} 份，句子 {st['sentences']} 句，问题线索 {st['clues']} 条，"
               f"标注器 {st['tagger'] or '（未标注）'}")
    for f in st["failed"]:
        click.echo(f"失败 {f['path']}: {f['reason']}")


# -- units ----------------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--suggest", is_flag=True, help="Propose likely aliases (short and full names of one unit).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@rules_option
@handle_errors
def units(db, suggest, fmt, rules_dir):
    """Units named in problem clues, with the names merged into each (alias table).

    Example:

        xuncha units --suggest
    """
    from pipeline.report.aggregate import list_units
    from pipeline.units import suggest_aliases

    with _open_store(db, create=False) as store:
        rows = list_units(store)
    if suggest:
        by_region: dict = {}
        for r in rows:
            by_region.setdefault(r["region"], []).append(r["canonical"])
        pairs = [{"region": reg, "short": s, "full": f, "score": sc}
                 for reg, names in sorted(by_region.items()) for s, f, sc in suggest_aliases(names)]
        if fmt == "json":
            click.echo(json.dumps(pairs, ensure_ascii=False, indent=2))
        else:
            for p in pairs:
                click.echo(f"{p['region'] or '-'}\t{p['short']} → {p['full']}\t({p['score']})")
            click.echo(f"共 {len(pairs)} 组可能的简称/全称；确认后加入 rules/units.yml 的 aliases", err=True)
        return
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['region'] or '-'}\t{r['canonical']}\t{r['clues']} 条\t写法: {'、'.join(r['names'])}")


# -- serve / user ------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Beyond loopback only once an admin user exists.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="Another host name browsers may use to reach the desk (Host allow-list; repeatable).")
@rules_option
@model_option
@handle_errors
def serve(db, host, port, allow_hosts, rules_dir, model_dir):
    """The review desk: a local web app where analysts accept, reject and correct clues.

    Sign in with an account made by `xuncha user add`. Every change is recorded; reviewed
    clues are never overwritten by `xuncha tag --retag`; `xuncha report --accepted-only`
    counts only accepted clues.

    Example:

        xuncha serve --db 巡察.db --port 8765
    """
    from pipeline.desk.app import serve as run_desk

    from pipeline.desk import auth

    with _open_store(db, create=False) as store:
        auth.check_bind(store.conn, host)
        if not auth.list_users(store.conn):
            click.echo("注意：还没有任何用户，先运行 xuncha user add NAME --role admin 再登录", err=True)
    if host in ("0.0.0.0", "::") and not allow_hosts:
        click.echo("注意：浏览器访问用的主机名或地址须用 --allow-host 加入允许列表，否则得到 400", err=True)
    click.echo("整理审核队列（新标注的线索排序；上百万条线索首次约需一分钟）…", err=True)
    click.echo(f"审核台：http://{'[' + host + ']' if ':' in host else host}:{port}/ （Ctrl-C 停止）", err=True)
    run_desk(_open_db_path(db), host=host, port=port, allowed_hosts=tuple(allow_hosts),
             rules_dir=Path(rules_dir) if rules_dir else None, model_dir=Path(model_dir) if model_dir else None)


def _open_db_path(db):
    from pipeline.store import default_db_path

    return db or default_db_path()


@main.group()
def user():
    """Review-desk accounts (admin, reviewer, viewer) stored in the store file.

    Example:

        xuncha user add 张三 --role reviewer
    """


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["admin", "reviewer", "viewer"]), default="reviewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (first line).")
@db_option
@handle_errors
def user_add(name, role, password_stdin, db):
    """Add an account; the password is asked twice (or read from stdin) and stored scrypt-hashed.

    Example:

        xuncha user add 张三 --role admin --db 巡察.db
    """
    from pipeline.desk import auth

    password = _read_password(password_stdin)
    with _open_store(db) as store:
        with store.transaction():
            auth.add_user(store.conn, name, role, password)
    click.echo(f"已添加用户 {name}（{role}）", err=True)


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (first line).")
@db_option
@handle_errors
def user_passwd(name, password_stdin, db):
    """Set a new password (and end the user's sessions).

    Example:

        xuncha user passwd 张三
    """
    from pipeline.desk import auth

    password = _read_password(password_stdin)
    with _open_store(db, create=False) as store:
        with store.transaction():
            auth.set_password(store.conn, name, password)
    click.echo(f"已修改 {name} 的密码", err=True)


@user.command("remove")
@click.argument("name")
@db_option
@handle_errors
def user_remove(name, db):
    """Remove an account (its change records stay).

    Example:

        xuncha user remove 张三
    """
    from pipeline.desk import auth

    with _open_store(db, create=False) as store:
        with store.transaction():
            auth.remove_user(store.conn, name)
    click.echo(f"已删除用户 {name}", err=True)


@user.command("list")
@db_option
@handle_errors
def user_list(db):
    """List the accounts and their roles.

    Example:

        xuncha user list
    """
    from pipeline.desk import auth

    with _open_store(db, create=False) as store:
        for u in auth.list_users(store.conn):
            click.echo(f"{u['name']}\t{u['role']}")


@main.group()
def audit():
    """The review desk's change records: a hash chain that shows any edited or deleted record.

    Example:

        xuncha audit verify --db 巡察.db
    """


@audit.command("verify")
@db_option
@handle_errors
def audit_verify(db):
    """Recompute the chain of change records; exit 1 naming every record that does not check out.
    Prints the chain's head: write it down (in the inspection file) to pin the history.

    Example:

        xuncha audit verify --db 巡察.db
    """
    from pipeline import audit as chain

    with _open_store(db, create=False) as store:
        result = chain.verify(store.conn)
    for problem in result.problems:
        click.echo(f"错误：{problem}", err=True)
    status = "完整" if result.ok else "已被篡改"
    click.echo(f"变更记录 {result.rows} 条，哈希链{status}；链头 {result.head}")
    sys.exit(0 if result.ok else 1)


def _read_password(from_stdin):
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("密码", hide_input=True, confirmation_prompt="再次输入密码")


# -- train / evaluate ------------------------------------------------------------------------------
def _load_corrections(store_path):
    from pipeline.learning import load_corrections

    if not store_path:
        return []
    with _open_store(store_path, create=False) as store:
        return load_corrections(store)


def _figure_line(figs):
    names = (("problem_accuracy", "问题识别准确率"), ("category_micro_f1", "micro-F1"), ("category_macro_f1", "macro-F1"))
    return "  ".join(f"{label} {figs[k]['value']:.3f} [{figs[k]['low']:.3f}, {figs[k]['high']:.3f}]"
                     for k, label in names)


@main.command()
@click.option("--corpus", type=click.Path(file_okay=False, exists=True), default=None,
              help="Corpus folder with train/ and dev/ (default: the source tree's corpora/).")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Write the model to this folder, outside the registry (no promotion gate).")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Also learn from this store's reviewed clues (they outrank the corpus); a hold-out of "
                   "them, grouped by document, is never trained on.")
@click.option("--holdout", type=click.FloatRange(0.0, 0.9), default=0.2, show_default=True,
              help="Share of the reviewed documents held out for the gate and the curve.")
@click.option("--force", is_flag=True, help="Make the new model active even if the gate refuses it (recorded).")
@click.option("--keep-thresholds", is_flag=True,
              help="Keep the active model's thresholds instead of tuning them out-of-fold (about 5x faster).")
@click.option("--draws", type=click.IntRange(100, 100000), default=1000, show_default=True,
              help="Bootstrap draws for the confidence intervals.")
@rules_option
@handle_errors
def train(corpus, out, store_path, holdout, force, keep_thresholds, draws, rules_dir):
    """Train the classifier from the labelled corpus (and reviewed clues), reproducibly.

    Without --out the model becomes a new version in the user's data folder
    ($XUNCHA_HOME/models or ~/.xuncha/models); it is made active only if no hold-out figure
    (problem accuracy, micro-F1, macro-F1) drops by more than its 95 % confidence interval's
    half-width against the active model. See `xuncha model list`.

    Example:

        xuncha train --store 巡察.db
    """
    from pipeline.learning import split_holdout, train_version
    from pipeline.train import train as do_train

    corrections = _load_corrections(store_path)
    corpus = Path(corpus) if corpus else None
    rules = Path(rules_dir) if rules_dir else None
    if out:
        train_side, _ = split_holdout(corrections, holdout)
        thresholds = None
        if keep_thresholds:
            from pipeline.classifier import load_model
            from pipeline.resources import models_dir

            thresholds = load_model(models_dir())[1].get("thresholds")
        meta = do_train(corpus, Path(out), rules, corrections=[c.example() for c in train_side],
                        thresholds=thresholds)
        click.echo(f"模型已写入 {out}", err=True)
        click.echo(json.dumps({"training_data": meta["training_data"], "thresholds": meta["thresholds"],
                               "oof": meta["oof"], "dev": meta.get("dev")}, ensure_ascii=False, indent=2))
        return
    result = train_version(corpus, rules, corrections, holdout, force, draws, keep_thresholds=keep_thresholds)
    where = "复核留出集" if result.gate_set == "hold-out" else "开发集（尚无复核留出集）"
    click.echo(f"新模型 {result.version}：训练用复核线索 {result.meta['training_data'].get('corrections', {}).get('sentences', 0)} 条；"
               f"比较集 {where} {result.gate_sentences} 句", err=True)
    click.echo(f"  新模型  {_figure_line(result.candidate)}", err=True)
    click.echo(f"  原模型  {_figure_line(result.baseline)}（{result.baseline_id}）", err=True)
    click.echo(f"  差值（配对 bootstrap） {_figure_line(result.difference)}", err=True)
    for r in result.decision.reasons:
        click.echo(f"  {r}", err=True)
    if result.decision.forced:
        click.echo(f"强制启用 {result.version}（门槛未通过，已记录）", err=True)
    elif result.decision.promoted:
        click.echo(f"已启用 {result.version}；`xuncha tag --retag` 重新标注未复核的线索", err=True)
    else:
        click.echo(f"未启用：有指标下降超过置信区间半宽；仍使用 {result.active}（--force 可强制启用）", err=True)
    click.echo(json.dumps({"version": result.version, "active": result.active, "gate_set": result.gate_set,
                           "decision": result.decision.as_dict(), "figures": result.candidate,
                           "baseline": {"id": result.baseline_id, "figures": result.baseline},
                           "difference": result.difference},
                          ensure_ascii=False, indent=2))


# -- model versions -------------------------------------------------------------------------------
@main.group()
def model():
    """Trained model versions in the user's data folder: list, use, roll back.

    Example:

        xuncha model list
    """


@model.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def model_list(fmt):
    """Every stored model version; * marks the active one."""
    from pipeline import registry

    active = registry.active_id()
    versions = registry.list_versions()
    if fmt == "json":
        click.echo(json.dumps({"active": active, "root": str(registry.registry_root()),
                               "versions": [v.info | {"id": v.id} for v in versions]}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{'*' if active == registry.SHIPPED else ' '} shipped  （随软件发布的模型）")
    for v in versions:
        info = v.info
        dec = info.get("decision") or {}
        state = "强制启用" if dec.get("forced") else ("通过" if dec.get("promoted") else "未通过")
        figs = info.get("figures") or {}
        micro = figs.get("category_micro_f1", {}).get("value")
        train_info = info.get("training") or {}
        click.echo(f"{'*' if v.id == active else ' '} {v.id}  {info.get('created', '')}  门槛 {state}  "
                   f"{info.get('gate_set', '')} micro-F1 {micro if micro is not None else '-'}  "
                   f"复核线索 {train_info.get('corrections', 0)} 条")
    click.echo(f"模型目录 {registry.registry_root()}", err=True)


@model.command("use")
@click.argument("ident")
@handle_errors
def model_use(ident):
    """Make version ID (a unique prefix, its 8-digit hash, or `shipped`) the active model."""
    from pipeline import registry

    vid = registry.activate(ident, "use")
    click.echo(f"已启用 {vid}；`xuncha tag --retag` 重新标注未复核的线索", err=True)


@model.command("rollback")
@handle_errors
def model_rollback():
    """Go back to the model that was active before the current one."""
    from pipeline import registry

    vid = registry.rollback()
    click.echo(f"已回退到 {vid}；`xuncha tag --retag` 重新标注未复核的线索", err=True)


@main.command()
@click.option("--gold", type=click.Path(dir_okay=False, exists=True), multiple=True,
              help="Gold JSONL (corpus format); default: corpora/dev/*.jsonl.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", type=int, default=0, help="Also print this many misclassified lines.")
@click.option("--as-text", is_flag=True,
              help="Read the gold lines as one .txt file's lines, as `xuncha extract FILE` does (headings "
                   "found in the text open sections; the lines' own section fields are not used).")
@click.option("--curve", is_flag=True, help="Learning curve: retrain with 0/25/50/75/100 % of the reviewed "
                                            "clues of --store and score each on their hold-out.")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Store whose reviewed clues the curve uses.")
@click.option("--holdout", type=click.FloatRange(0.0, 0.9), default=0.2, show_default=True,
              help="Share of the reviewed documents held out (--curve).")
@click.option("--draws", type=click.IntRange(100, 100000), default=1000, show_default=True,
              help="Bootstrap draws for the confidence intervals (--curve).")
@click.option("--keep-thresholds", is_flag=True,
              help="--curve: keep the active model's thresholds instead of tuning them (faster).")
@click.option("--corpus", type=click.Path(file_okay=False, exists=True), default=None,
              help="--curve: corpus folder with train/ (default: the source tree's corpora/).")
@rules_option
@model_option
@handle_errors
def evaluate(gold, fmt, show_errors, as_text, curve, store_path, holdout, draws, keep_thresholds, corpus,
             rules_dir, model_dir):
    """Score the tagger against a gold set: per-category P/R/F1, problem accuracy, unit P/R/F1.

    With --curve --store DB: the learning curve over the store's reviewed clues, with
    bootstrap 95 % confidence intervals.

    Example:

    \b
        xuncha evaluate --gold corpora/dev/dev.jsonl
        xuncha evaluate --gold corpora/dev/dev.jsonl --as-text
        xuncha evaluate --curve --store 巡察.db
    """
    if curve:
        _evaluate_curve(store_path, holdout, draws, keep_thresholds, corpus, rules_dir, model_dir, fmt)
        return
    if store_path:
        raise click.UsageError("--store goes with --curve")
    from pipeline.extract import Tagger
    from pipeline.resources import corpora_dir
    from pipeline.train import corpus_files, evaluate as do_eval, load_corpus

    files = [Path(g) for g in gold] or corpus_files(corpora_dir() / "dev")
    if not files:
        raise click.UsageError("no gold file: pass --gold FILE")
    tagger = Tagger(Path(rules_dir) if rules_dir else None, Path(model_dir) if model_dir else None)
    m = do_eval(tagger, load_corpus(files), as_text=as_text)
    if fmt == "json":
        out = {k: v for k, v in m.items() if k != "errors"}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    labels = {c.code: c.label for c in tagger.taxonomy.categories}
    click.echo(f"{'类别':<28}{'P':>7}{'R':>7}{'F1':>7}{'样本':>6}")
    for code, v in m["per_category"].items():
        click.echo(f"{code:<28}{v['precision']:7.3f}{v['recall']:7.3f}{v['f1']:7.3f}{v['support']:6d}  {labels[code]}")
    click.echo(f"\n句子 {m['sentences']}  问题识别准确率 {m['problem_accuracy']:.3f}  类别 micro-F1 "
               f"{m['category_micro_f1']:.3f}  macro-F1 {m['category_macro_f1']:.3f}")
    click.echo(f"单位 P {m['unit_precision']:.3f}  R {m['unit_recall']:.3f}  F1 {m['unit_f1']:.3f}  "
               f"(标注器 {tagger.version})")
    for e in m["errors"][:show_errors]:
        click.echo(json.dumps(e, ensure_ascii=False))


def _evaluate_curve(store_path, holdout, draws, keep_thresholds, corpus, rules_dir, model_dir, fmt):
    from pipeline.learning import figures_dict, learning_curve, split_holdout

    if not store_path:
        raise click.UsageError("--curve needs --store DB (the reviewed clues)")
    corrections = _load_corrections(store_path)
    train_side, held = split_holdout(corrections, holdout)
    thresholds = None
    if keep_thresholds:
        from pipeline.classifier import load_model
        from pipeline.resources import models_dir

        thresholds = load_model(models_dir(model_dir))[1].get("thresholds")
    click.echo(f"复核线索 {len(corrections)} 条：训练侧 {len(train_side)} 条，留出 {len(held)} 条"
               f"（{len({c.document_hash for c in held})} 份文档）；重训 5 次", err=True)
    points, n = learning_curve(corrections, Path(corpus) if corpus else None,
                               Path(rules_dir) if rules_dir else None, holdout_fraction=holdout, draws=draws,
                               thresholds=thresholds,
                               progress=lambda f: click.echo(f"  训练：{f:.0%} 的复核线索…", err=True))
    if fmt == "json":
        click.echo(json.dumps({"holdout_sentences": n, "draws": draws, "thresholds_kept": keep_thresholds,
                               "points": [{"fraction": p.fraction, "corrections": p.corrections,
                                           "figures": figures_dict(p.figures)} for p in points]},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"留出集 {n} 句；95% 置信区间（bootstrap {draws} 次，按句重抽样）")
    click.echo(f"{'复核线索':>8}{'条数':>6}  {'问题识别准确率':<24}{'micro-F1':<24}{'macro-F1':<24}")
    for p in points:
        cells = "".join(f"{f.value:.3f} [{f.low:.3f}, {f.high:.3f}]".ljust(24)
                        for f in (p.figures[k] for k in ("problem_accuracy", "category_micro_f1",
                                                         "category_macro_f1")))
        click.echo(f"{p.fraction:>8.0%}{p.corrections:>6}  {cells}")


if __name__ == "__main__":
    main()

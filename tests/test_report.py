"""The main job and the reports: `xuncha run` on the bundled samples, report formats, and
report counts that agree exactly with counts computed from `extract` records."""
from __future__ import annotations

import json
import sqlite3
import zipfile
from collections import Counter

import pytest

from conftest import SAMPLES, run_cli

UNASSIGNED = "（未指明单位）"


def test_report_run_prints_the_table_and_writes_the_workbook(sample_store):
    db, out, err, folder = sample_store
    assert "合计" in out and "单位" in out
    assert "入库" in err and "问题线索" in err
    wb = folder / "报告.xlsx"
    assert wb.is_file() and (wb.stat().st_mode & 0o777) == 0o600
    from openpyxl import load_workbook

    sheets = load_workbook(wb, read_only=True).sheetnames
    assert len(sheets) >= 4
    assert "xl/charts/chart1.xml" in zipfile.ZipFile(wb).namelist()


def test_report_same_report_in_two_formats_is_one_document(sample_store):
    db = sample_store[0]
    con = sqlite3.connect(db)
    docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    files = con.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    assert files == docs + 1  # the .docx and the .pdf printed from it


def _report_json(db, *args):
    proc = run_cli("report", "--db", db, "--format", "json", *args)
    assert proc.returncode == 0, proc.stderr_text
    return json.loads(proc.stdout_text)


def test_report_counts_equal_counts_from_extract_records(sample_store):
    db = sample_store[0]
    con = sqlite3.connect(db)
    kept = [r[0] for r in con.execute("SELECT MIN(path) FROM files GROUP BY document_id")]
    cells = Counter()
    per_category = Counter()
    for path in kept:
        proc = run_cli("extract", path)
        assert proc.returncode == 0, proc.stderr_text
        for line in proc.stdout_text.splitlines():
            r = json.loads(line)
            if not r["is_problem"]:
                continue
            units = sorted({u["canonical"] for u in r["units"]}) or [UNASSIGNED]
            for c in r["categories"]:
                per_category[c["code"]] += 1
                for u in units:
                    cells[(u, c["code"])] += 1
    rows = _report_json(db, "--by", "unit")
    got = Counter()
    for row in rows:
        got[(row["unit"], row["category"])] += row["count"]
    assert got == cells
    cat_rows = _report_json(db, "--by", "category")
    assert {r["category"]: r["count"] for r in cat_rows} == dict(per_category)


@pytest.mark.parametrize("by, key", [("document", "document"), ("region", "region"), ("year", "year"),
                                     ("unit,year", "year")])
def test_report_other_groupings_have_their_key_and_same_totals(sample_store, by, key):
    db = sample_store[0]
    total = sum(r["count"] for r in _report_json(db, "--by", "category"))
    rows = _report_json(db, "--by", by)
    assert rows and all(key in r for r in rows)
    if by != "unit,year":
        assert sum(r["count"] for r in rows) == total


def test_report_years_and_regions_come_from_titles(sample_store):
    rows = _report_json(sample_store[0], "--by", "region")
    assert {"云溪县", "桐溪县", "临河市", "清源区"} <= {r["region"] for r in rows}
    years = {r["year"] for r in _report_json(sample_store[0], "--by", "year")}
    assert {2021, 2022, 2023} <= years


def test_report_filters_by_category_label_and_unit_alias(sample_store):
    db = sample_store[0]
    rows = _report_json(db, "--category", "形式主义")
    assert rows and {r["category"] for r in rows} == {"formalism"}
    alias = _report_json(db, "--unit", "县交通局")
    full = _report_json(db, "--unit", "县交通运输局")
    assert alias == full and alias


@pytest.mark.parametrize("fmt", ["csv", "md", "docx", "json"])
def test_report_writes_every_format(sample_store, tmp_path, fmt):
    db = sample_store[0]
    out = tmp_path / f"r.{fmt}"
    proc = run_cli("report", "--db", db, "-o", out)
    assert proc.returncode == 0, proc.stderr_text
    data = out.read_bytes()
    assert data and (out.stat().st_mode & 0o777) == 0o600
    if fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf")
    if fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(out).paragraphs)
        assert "问题线索" in text


def test_report_xlsx_and_docx_need_an_output_file(sample_store):
    proc = run_cli("report", "--db", sample_store[0], "--format", "xlsx")
    assert proc.returncode == 2 and "-o" in proc.stderr_text


def test_report_clues_lists_evidence(sample_store):
    proc = run_cli("clues", "--db", sample_store[0], "--format", "jsonl", "--category", "formalism")
    assert proc.returncode == 0, proc.stderr_text
    rows = [json.loads(l) for l in proc.stdout_text.splitlines()]
    assert rows and all(any(c["code"] == "formalism" for c in r["categories"]) for r in rows)
    assert all(r["doc"] and r["paragraph"] for r in rows)


def test_report_units_lists_merged_names_and_suggests(sample_store):
    proc = run_cli("units", "--db", sample_store[0], "--format", "json")
    rows = json.loads(proc.stdout_text)
    merged = [r for r in rows if r["canonical"] == "县交通运输局" and r["region"] == "桐溪县"]
    assert merged and set(merged[0]["names"]) >= {"县交通局", "县交通运输局"}


def test_report_unit_rows_order_named_units_by_clues_then_name_region_and_taxonomy(tmp_path):
    """Unit rows come named units first, the most clues first, then by unit name, region and
    the taxonomy's category order, the unassigned bucket last however many clues it holds."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pipeline.report.aggregate import build_report
    from pipeline.rules import load_taxonomy
    from pipeline.store import Store

    taxonomy = load_taxonomy(None)
    codes = [c.code for c in taxonomy.categories]
    rng = random.Random(7)
    with Store(tmp_path / "x.db") as store:
        c = store.conn
        for d in range(1, 7):
            c.execute("INSERT INTO documents (id, text_hash, file_hash, format, region, paragraphs, sentences,"
                      " added_at) VALUES (?, ?, 'f', 'txt', ?, 1, 1, 0)", (d, f"h{d}", ["甲县", "乙县", None][d % 3]))
            for unit in ("", "县财政局", "县教育局", "县民政局", "A单位"):
                for code in rng.sample(codes, 5):
                    c.execute("INSERT INTO doc_cells VALUES (?, ?, ?, ?)", (d, unit, code, rng.choice([1, 1, 2, 9]) if unit else 20))
                    c.execute("INSERT OR IGNORE INTO doc_cats VALUES (?, ?, 1)", (d, code))
        rows = build_report(store, taxonomy, by="unit").unit_rows
    order = {code: i for i, code in enumerate(codes)}
    key = [(r["unit"] == UNASSIGNED, -r["count"], r["unit"], r["region"], order[r["category"]]) for r in rows]
    assert key == sorted(key) and len(set(key)) == len(key) > 40
    assert rows[-1]["unit"] == UNASSIGNED and max(r["count"] for r in rows) == max(
        r["count"] for r in rows if r["unit"] == UNASSIGNED)  # the biggest cell, still last


@pytest.mark.parametrize("named, regions", [(60, 3), (0, 50), (5, 45), (30, 2)])
def test_report_table_reads_only_the_units_it_shows_and_prints_the_same(tmp_path, named, regions):
    """With ``unit_limit`` (the terminal table: `run`, `report`), only the first units' rows are
    read; the table (units shown, the 合计 row over every unit, the count of units left out) is
    the one the whole data gives."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pipeline.report import render_table
    from pipeline.report.aggregate import build_report
    from pipeline.report.table import DEFAULT_MAX_ROWS
    from pipeline.rules import load_taxonomy
    from pipeline.store import Store

    taxonomy = load_taxonomy(None)
    codes = [c.code for c in taxonomy.categories]
    rng = random.Random(named * 100 + regions)
    with Store(tmp_path / "x.db") as store:
        c = store.conn
        for d in range(1, 61):
            c.execute("INSERT INTO documents (id, text_hash, file_hash, format, region, paragraphs, sentences,"
                      " added_at) VALUES (?, ?, 'f', 'txt', ?, 1, 1, 0)", (d, f"h{d}", f"{d % regions}县"))
            for unit in [""] + [f"单位{rng.randrange(named)}" for _ in range(min(named, 12))]:
                for code in rng.sample(codes, 3):
                    c.execute("INSERT OR REPLACE INTO doc_cells VALUES (?, ?, ?, ?)", (d, unit, code, rng.randint(1, 5)))
                    c.execute("INSERT OR IGNORE INTO doc_cats VALUES (?, ?, 1)", (d, code))
        full = build_report(store, taxonomy, by="unit")
        shown = build_report(store, taxonomy, by="unit", unit_limit=DEFAULT_MAX_ROWS)
        part = build_report(store, taxonomy, by="unit", document_ids=range(1, 15), unit_limit=DEFAULT_MAX_ROWS)
        part_full = build_report(store, taxonomy, by="unit", document_ids=range(1, 15))
    units = {(r["unit"], r["region"]) for r in full.unit_rows}
    assert len(units) > DEFAULT_MAX_ROWS and shown.unit_summary["units"] == len(units)
    assert len(shown.unit_rows) < len(full.unit_rows) or not named  # every unassigned bucket is shown
    for width in (80, 120, 200):
        assert render_table(shown, width=width) == render_table(full, width=width)
        assert render_table(part, width=width) == render_table(part_full, width=width)
    assert ("另有" in render_table(shown)) == bool(named)  # all unassigned buckets fit, none hidden

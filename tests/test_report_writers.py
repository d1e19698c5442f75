"""Report writers: every format shows the same numbers, in Chinese or English, empty or capped."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.report import (ReportData, display_width, render_table, write_csv, write_docx,
                             write_json, write_markdown, write_xlsx)

CATEGORIES = [
    {"code": "formalism", "label": "形式主义", "short": "形式主义", "group": "作风"},
    {"code": "bureaucratism", "label": "官僚主义(不担当不作为乱作为)", "short": "官僚主义",
     "group": "作风"},
    {"code": "extravagance", "label": "享乐主义奢靡之风(违反中央八项规定精神)", "short": "享乐奢靡",
     "group": "作风"},
    {"code": "finance", "label": "资金资产与工程项目管理不规范", "short": "资金资产", "group": "廉洁"},
    {"code": "study", "label": "理论学习和思想政治教育不深入", "short": "理论学习", "group": "党建"},
    {"code": "accountability", "label": "管党治党责任落实不力", "short": "主体责任", "group": "责任"},
    {"code": "livelihood", "label": "民生短板和群众诉求", "short": "民生诉求", "group": "民生"},
]
UNITS = {"甲县": ["县交通运输局", "县教育局", "城关镇"], "乙区": ["区财政局", "河西街道"]}
DOCS = [("甲县/2023巡察反馈.docx", "甲县", 2023), ("甲县/2024评价报告.pdf", "甲县", 2024),
        ("乙区/2023巡察报告.txt", "乙区", 2023), ("乙区/2024反馈意见.docx", "乙区", 2024)]
UNASSIGNED = "（未指明单位）"


def sample_report_data(by: str = "unit", lang: str = "zh", n_clues: int = 30) -> ReportData:
    """Synthetic, self-consistent report data: 5 units, 6 used categories, 2 regions, 2 years."""
    codes = [c["code"] for c in CATEGORIES[:6]]  # livelihood stays at zero
    label = {c["code"]: c["label"] for c in CATEGORIES}
    clues = []
    for i in range(n_clues):
        path, region, year = DOCS[i % 4]
        names = UNITS[region]
        units = [] if i % 5 == 0 else [names[i % len(names)]]
        if i % 7 == 0:
            units = names[:2]
        cats = [codes[i % 6]] + ([codes[(i + 2) % 6]] if i % 4 == 0 else [])
        for unit in units or [UNASSIGNED]:
            for code in cats:
                clues.append({
                    "id": i, "unit": unit, "region": region, "category": code,
                    "label": label[code], "text": f"{unit}第{i}项检查发现的虚构问题描述。",
                    "doc": path, "paragraph": 10 + i, "page": (i % 3 + 1) if path.endswith(".pdf")
                    else None, "section": ["二、存在的问题", f"（{i % 3 + 1}）某方面"],
                    "evidence": [f"rule:{code}/示例", "model:0.9"], "score": 0.5 + (i % 10) / 20,
                    "problem_score": 0.9, "year": year})
    clues.sort(key=lambda c: (-c["score"], c["id"]))

    def aggregate(keys: tuple[str, ...]) -> list[dict]:
        seen, counts, documents = set(), defaultdict(int), defaultdict(set)
        for c in clues:
            key = tuple(c[k] for k in keys) + (c["category"],)
            ident = (c["id"], key)  # a clue counts once per cell of this grouping
            if ident in seen:
                continue
            seen.add(ident)
            counts[key] += 1
            documents[key].add(c["doc"])
        rows = []
        for key, n in counts.items():
            row = dict(zip(keys, key[:-1]))
            row.update({"category": key[-1], "label": label[key[-1]], "count": n,
                        "documents": len(documents[key])})
            rows.append(row)
        rows.sort(key=lambda r: (-r["count"], str(r.get("unit", "")), r["category"]))
        return rows

    unit_rows = aggregate(("unit", "region"))
    category_totals = aggregate(())
    keys = {"unit": ("unit", "region"), "category": (), "document": ("doc",), "region": ("region",),
            "year": ("year",), "unit,year": ("unit", "region", "year")}[by]
    rows = aggregate(keys)
    if by == "document":
        rows = [{"document": r.pop("doc"), **r} for r in rows]
    documents = [{"path": p, "title": Path(p).stem, "region": r, "year": y,
                  "format": Path(p).suffix[1:], "sentences": 100, "clues": 5, "status": "已入库"}
                 for p, r, y in DOCS]
    return ReportData(
        by=by, rows=rows, unit_rows=unit_rows, categories=CATEGORIES,
        category_totals=category_totals, clues=clues,
        clue_count=len({c["id"] for c in clues}), documents=documents,
        failures=[{"path": "乙区/扫描件.pdf", "reason": "no text layer; needs OCR"}],
        scope={"documents": 4, "regions": ["甲县", "乙区"], "years": [2023, 2024],
               "generated": "2026-11-25 23:50", "tagger": "rules-3f2a+model-91cc",
               "filters": {"category": None, "unit": None, "year": None}, "db": "xuncha.db"},
        lang=lang)


def empty_report_data(lang: str = "zh") -> ReportData:
    data = sample_report_data(lang=lang)
    return replace(data, rows=[], unit_rows=[], category_totals=[], clues=[], clue_count=0)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def _docx_table(path: Path, first_header: str):
    for table in docx.Document(str(path)).tables:
        if table.rows[0].cells[0].text == first_header:
            return [[c.text for c in row.cells] for row in table.rows]
    raise AssertionError(f"no table headed {first_header}")


# --- same numbers everywhere -----------------------------------------------------------------

@pytest.mark.parametrize("by", ["unit", "category", "document", "region", "year", "unit,year"])
def test_report_writers_same_totals_in_every_format(tmp_path, by):
    data = sample_report_data(by=by)
    expected = sum(r["count"] for r in data.rows)
    unit_total = sum(r["count"] for r in data.unit_rows)
    category_total = sum(r["count"] for r in data.category_totals)
    assert expected > 30 and unit_total > category_total  # multi-unit clues count per unit

    write_csv(data, tmp_path / "r.csv")
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as fh:
        assert sum(int(r["问题数"]) for r in csv.DictReader(fh)) == expected

    write_json(data, tmp_path / "r.json")
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert rows == data.rows and sum(r["count"] for r in rows) == expected

    md = write_markdown(data).strip().splitlines()
    if by == "unit":
        assert md[-1].split("|")[-2].strip() == f"**{expected}**"
    else:
        col = [c.strip() for c in md[0].split("|")].index("问题数")
        assert sum(int(line.split("|")[col]) for line in md[2:]) == expected

    write_xlsx(data, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx", data_only=True)
    summary = wb["汇总"]
    total_row = [r for r in summary.iter_rows(values_only=True) if r[0] == "合计"][0]
    assert [v for v in total_row if v is not None][-1] == unit_total
    chart_counts = [r[2] for r in wb["图表"].iter_rows(min_row=2, values_only=True)]
    assert sum(chart_counts) == category_total
    if by != "unit":
        sheet = wb.worksheets[-1]
        header = [c.value for c in sheet[1]]
        col = header.index("问题数")
        assert sum(r[col] for r in sheet.iter_rows(min_row=2, values_only=True)) == expected

    write_docx(data, tmp_path / "r.docx")
    categories = _docx_table(tmp_path / "r.docx", "类别")
    assert categories[-1][:2] == ["合计", str(category_total)]
    assert sum(int(r[1]) for r in categories[1:-1]) == category_total
    matrix = _docx_table(tmp_path / "r.docx", "单位")
    assert matrix[-1][0] == "合计" and matrix[-1][-1] == str(unit_total)
    assert sum(int(r[-1]) for r in matrix[1:-1]) == unit_total

    table = render_table(data).splitlines()
    if by == "unit":
        assert table[-1].split()[0] == "合计" and table[-1].split()[-1] == str(unit_total)


def test_report_writers_matrix_counts_match_unit_rows(tmp_path):
    data = sample_report_data()
    write_xlsx(data, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx", data_only=True)["汇总"]
    header = [c.value for c in ws[1]]
    cells = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        if row[0] in (None, "合计") or row[2] is None:
            continue
        for h, v in zip(header[2:-1], row[2:-1]):
            cells[(row[0], row[1], h)] = v
    short = {c["code"]: c["short"] for c in CATEGORIES}
    for r in data.unit_rows:
        assert cells[(r["unit"], r["region"], short[r["category"]])] == r["count"]
    assert "民生诉求" not in header  # categories without a count are left out


# --- table ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,width", [("abc", 3), ("县交通局", 8), ("A县2024", 7),
                                        ("（未指明单位）", 14), ("", 0)])
def test_report_writers_display_width(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize("width", [120, 80, 50])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_report_writers_table_aligns(width, lang):
    text = render_table(sample_report_data(lang=lang), width=width)
    blocks = text.rstrip("\n").split("\n\n")
    for block in blocks:
        widths = {display_width(line) for line in block.splitlines()}
        assert len(widths) == 1, block
        assert widths.pop() <= max(width, 50)
    assert ("合计" if lang == "zh" else "Total") in blocks[-1].splitlines()[-1]


def test_report_writers_table_wraps_headers_before_splitting():
    text = render_table(sample_report_data(), width=70)
    assert "\n\n" not in text.strip()  # fits in one block with two-line headers
    assert "形式" in text.splitlines()[0] and "主义" in text.splitlines()[1]


def test_report_writers_table_caps_units_and_keeps_total():
    data = sample_report_data()
    full = render_table(data).splitlines()
    capped = render_table(data, max_rows=2).splitlines()
    assert capped[-1].startswith("… 另有") and "完整列表见 -o 报告" in capped[-1]
    assert capped[-2] == full[-1]  # the 合计 row still totals every unit
    assert "（未指明单位）" in "\n".join(capped)


@pytest.mark.parametrize("by", ["category", "document", "year"])
def test_report_writers_table_plain_rows(by):
    data = sample_report_data(by=by)
    lines = render_table(data, width=80).splitlines()
    assert len(lines) == len(data.rows) + 2
    assert len({display_width(line) for line in lines}) == 1
    assert "问题数" in lines[0]


# --- csv / json -----------------------------------------------------------------------------

def test_report_writers_csv_starts_with_bom_and_zh_headers(tmp_path):
    write_csv(sample_report_data(), tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header == "单位,地区,问题类别代码,问题类别,问题数,涉及文档数"


@pytest.mark.parametrize("writer", [write_csv, write_json, write_xlsx, write_docx])
def test_report_writers_write_to_binary_stream(writer, tmp_path):
    stream = io.BytesIO()
    writer(sample_report_data(), stream)
    assert not stream.closed and len(stream.getvalue()) > 10
    path = tmp_path / "out"
    writer(sample_report_data(), path)
    if writer in (write_csv, write_json):
        assert stream.getvalue() == path.read_bytes()
    else:
        assert stream.getvalue()[:2] == path.read_bytes()[:2] == b"PK"


def test_report_writers_json_is_rows_with_english_keys(tmp_path):
    data = sample_report_data(by="unit,year", lang="en")
    write_json(data, tmp_path / "r.json")
    text = (tmp_path / "r.json").read_text(encoding="utf-8")
    assert "\\u" not in text and "县交通运输局" in text
    assert set(json.loads(text)[0]) == {"unit", "region", "year", "category", "label", "count",
                                        "documents"}


# --- xlsx -----------------------------------------------------------------------------------

def test_report_writers_xlsx_sheets_chart_panes_filter(tmp_path):
    path = tmp_path / "r.xlsx"
    data = sample_report_data()
    write_xlsx(data, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["汇总", "图表", "问题线索", "文档"]
    assert wb["汇总"].freeze_panes == "C2"
    assert wb["问题线索"].auto_filter.ref == f"A1:K{len(data.clues) + 1}"
    assert wb["问题线索"]["E2"].alignment.wrap_text
    with zipfile.ZipFile(path) as z:
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
        assert "各类别问题数量" in chart and "barChart" in chart
        assert "conditionalFormatting" in z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    docs = list(wb["文档"].iter_rows(min_row=2, values_only=True))
    assert [r[7] for r in docs] == ["已入库"] * 4 + ["读取失败"]
    assert docs[-1][8] == "no text layer; needs OCR"
    # Chinese names get about two width units per character.
    assert wb["汇总"].column_dimensions["A"].width >= 2 * len("县交通运输局")


def test_report_writers_xlsx_rows_sheet_when_not_by_unit(tmp_path):
    write_xlsx(sample_report_data(by="year"), tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames == ["汇总", "图表", "问题线索", "文档", "按年份"]
    assert [c.value for c in wb["按年份"][1]][:2] == ["年份", "问题类别代码"]


def test_report_writers_xlsx_caps_clue_sheet_and_says_so(tmp_path):
    data = sample_report_data()
    write_xlsx(data, tmp_path / "r.xlsx", max_clue_rows=10)
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["问题线索"]
    values = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert len(values) == 11
    assert "仅列出前 10 条" in values[-1] and f"另有 {len(data.clues) - 10} 条" in values[-1]


def test_report_writers_xlsx_neutralises_formula_text(tmp_path):
    data = sample_report_data()
    clues = [dict(c, text="=HYPERLINK(\"http://x\")") for c in data.clues][:1]
    write_xlsx(replace(data, clues=clues), tmp_path / "r.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "r.xlsx")["问题线索"]["E2"]
    assert cell.data_type == "s"


# --- docx -----------------------------------------------------------------------------------

def test_report_writers_docx_title_summary_and_appendix_cap(tmp_path):
    data = sample_report_data()
    path = tmp_path / "r.docx"
    write_docx(data, path, clues_per_category=2)
    text = _docx_text(path)
    assert text.splitlines()[0] == "巡察问题线索分类统计报告"
    assert "共分析文档4份，识别问题线索30条，涉及单位5个。" in text
    top = max(data.category_totals, key=lambda r: r["count"])
    assert f"问题数量居前的类别依次为：{top['label']}（{top['count']}条）" in text
    assert "标注器版本rules-3f2a+model-91cc" in text
    n = top["count"] - 2
    assert f"该类别另有{n}条问题线索未列出" in text
    assert "另有1个文件未能读取" in text
    assert "来源：甲县/2024评价报告.pdf，第" in text


def test_report_writers_docx_sets_east_asian_fonts(tmp_path):
    write_docx(sample_report_data(), tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        document = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="仿宋"' in document and 'w:eastAsia="黑体"' in document
    assert 'w:eastAsia="仿宋"' in styles and "w:eastAsiaTheme" not in styles.split("<w:style ")[1]


def test_report_writers_docx_no_cap_message_when_all_listed(tmp_path):
    write_docx(sample_report_data(), tmp_path / "r.docx")
    assert "未列出" not in _docx_text(tmp_path / "r.docx")


def test_report_writers_docx_merges_other_units_keeping_totals(tmp_path):
    data = sample_report_data()
    write_docx(data, tmp_path / "r.docx", matrix_units=2)
    matrix = _docx_table(tmp_path / "r.docx", "单位")
    assert any(r[0] == "其他单位（3个）" for r in matrix)
    assert sum(int(r[-1]) for r in matrix[1:-1]) == int(matrix[-1][-1])


# --- languages and empty data ---------------------------------------------------------------

def test_report_writers_english_headers(tmp_path):
    data = sample_report_data(lang="en")
    write_csv(data, tmp_path / "r.csv")
    header = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Unit,Region,Category code,Category,Count,Documents"
    assert write_markdown(data).startswith("| Unit | Region | formalism")
    assert render_table(data).startswith("Unit")
    write_xlsx(data, tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == [
        "Summary", "Chart", "Clues", "Documents"]
    write_docx(data, tmp_path / "r.docx")
    text = _docx_text(tmp_path / "r.docx")
    assert text.startswith("Inspection Problem Clues by Category")
    assert "Analysed 4 documents, found 30 problem clues involving 5 units." in text
    assert "formalism (形式主义)" in text


def test_report_writers_rejects_unknown_language():
    with pytest.raises(ValueError, match="fr"):
        render_table(sample_report_data(lang="fr"))


def test_report_writers_empty_data_still_writes_valid_files(tmp_path):
    data = empty_report_data()
    assert render_table(data).strip() == "未发现问题线索"
    assert write_markdown(data).strip() == "未发现问题线索"
    write_json(data, tmp_path / "r.json")
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8")) == []
    write_csv(data, tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text(encoding="utf-8-sig").strip() == \
        "单位,地区,问题类别代码,问题类别,问题数,涉及文档数"
    write_xlsx(data, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb["汇总"]["A2"].value == "未发现问题线索"
    assert wb["问题线索"]["A2"].value == "未发现问题线索"
    write_docx(data, tmp_path / "r.docx")
    text = _docx_text(tmp_path / "r.docx")
    assert "巡察问题线索分类统计报告" in text and "未发现问题线索。" in text


def test_report_writers_reads_clues_once(tmp_path):
    data = sample_report_data()
    clues = iter(list(data.clues))
    write_docx(replace(data, clues=clues), tmp_path / "r.docx")
    assert "附件" in _docx_text(tmp_path / "r.docx")
    assert next(clues, None) is None


# --- rendering with LibreOffice ---------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_report_writers_docx_renders_to_pdf(tmp_path):
    path = tmp_path / "report.docx"
    write_docx(sample_report_data(), path)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "report.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")

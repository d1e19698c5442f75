"""Tests of pipeline.meta: title, region and year detection, and meta.csv."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_document, load_noise_rules
from pipeline.errors import ReadError
from pipeline.meta import detect_meta, read_meta_csv
from pipeline.records import DocumentMeta, Paragraph, RawDocument, RawParagraph

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "xinjin_2020_political_ecology.txt"


def _doc(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, t) for i, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ["某某县委巡察组关于县交通局党组巡察情况的反馈意见", "县交通局党组：", "根据县委统一部署，巡察组进驻。"],
            DocumentMeta("某某县委巡察组关于县交通局党组巡察情况的反馈意见", "某某县", None),
        ),
        (
            ["中共某某区委关于2021年度巡察整改情况的报告", "区委："],
            DocumentMeta("中共某某区委关于2021年度巡察整改情况的报告", "某某区", 2021),
        ),
        (
            ["关于2021年巡视反馈意见整改情况的报告", "现将整改情况汇报。", "2022年3月15日"],
            DocumentMeta("关于2021年巡视反馈意见整改情况的报告", None, 2021),
        ),
        (
            ["甲县2020年度政治生态状况评估报告", "乙甲县2020年度政治生态状况评估报告", "2020年，县委认真履行主体责任。"],
            DocumentMeta("乙甲县2020年度政治生态状况评估报告", "乙甲县", 2020),
        ),
        (
            ["四川省成都市某某区2020年度政治生态分析报告"],
            DocumentMeta("四川省成都市某某区2020年度政治生态分析报告", "某某区", 2020),
        ),
        (
            ["广州市某某区2019年度政治生态评价"],
            DocumentMeta("广州市某某区2019年度政治生态评价", "某某区", 2019),
        ),
        (
            ["某某市"],
            DocumentMeta("某某市", "某某市", None),
        ),
        (
            ["二〇二一年度某某县政治生态评价报告"],
            DocumentMeta("二〇二一年度某某县政治生态评价报告", "某某县", 2021),
        ),
        (
            ["山东省XX县", "2019—2020年度政治生态评价报告"],
            DocumentMeta("山东省XX县2019—2020年度政治生态评价报告", "XX县", 2020),
        ),
        (
            ["中共某某县委", "巡察工作领导小组办公室", "关于第三轮巡察", "反馈意见整改情况的报告"],
            DocumentMeta("关于第三轮巡察反馈意见整改情况的报告", "某某县", None),
        ),
        (
            ["全区2020年政治生态报告", "我区认真履行管党治党责任。"],
            DocumentMeta("全区2020年政治生态报告", None, 2020),
        ),
        (
            ["在全县巡察工作动员会上的讲话", "2021年3月1日"],
            DocumentMeta("在全县巡察工作动员会上的讲话", None, None),
        ),
        (
            ["我区党风廉政状况", "2021年，我区基层组织认真履职。"],
            DocumentMeta("我区党风廉政状况", None, 2021),
        ),
        (["正文第一句。", "第二句。"], DocumentMeta(None, None, None)),
        ([], DocumentMeta(None, None, None)),
    ],
)
def test_meta_detect_from_first_lines(lines, expected):
    assert detect_meta(_doc(*lines)) == expected


@pytest.mark.parametrize(
    "path, region, year",
    [
        ("reports/2022_某某县_巡察报告.txt", "某某县", 2022),
        ("某某县/2021/反馈意见.docx", "某某县", 2021),
        ("scan_20210315.pdf", None, None),
        ("a.txt", None, None),
    ],
)
def test_meta_falls_back_to_path(path, region, year):
    meta = detect_meta(_doc("正文第一句。", "第二句。"), path)
    assert (meta.region, meta.year) == (region, year)


def test_meta_title_wins_over_path():
    meta = detect_meta(_doc("甲县2020年度政治生态评价报告"), "2023_乙县_报告.txt")
    assert (meta.region, meta.year) == ("甲县", 2020)


# --- meta.csv ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_meta_read_csv_encodings(tmp_path, encoding):
    (tmp_path / "meta.csv").write_text(
        "file,region,year\n报告一.docx,某某县,2021\nsub\\报告二.txt,,\n", encoding=encoding
    )
    assert read_meta_csv(tmp_path) == {
        "报告一.docx": DocumentMeta(region="某某县", year=2021),
        "sub/报告二.txt": DocumentMeta(region=None, year=None),
    }


def test_meta_read_csv_absent(tmp_path):
    assert read_meta_csv(tmp_path) == {}


@pytest.mark.parametrize(
    "text, words",
    [
        ("file,region,year\na.txt,某某县,2021\nb.txt,某某县,去年\n", "line 3"),
        ("name,region,year\na.txt,某某县,2021\n", "file"),
        ("file,region,year\n,某某县,2021\n", "line 2"),
    ],
)
def test_meta_read_csv_bad_rows(tmp_path, text, words):
    (tmp_path / "meta.csv").write_text(text, encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_meta_csv(tmp_path)
    assert info.value.path.endswith("meta.csv")
    assert words in str(info.value)


# --- the real sample ---------------------------------------------------------------------------


def test_meta_sample():
    """Region, year and the fuller of the two title lines (the first one is truncated)."""
    if not SAMPLE.is_file():
        pytest.skip("sample report not available")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    raw = RawDocument(str(SAMPLE), "txt", tuple(RawParagraph(line) for line in lines))
    paragraphs = clean_document(raw, load_noise_rules())
    meta = detect_meta(paragraphs, str(SAMPLE))
    full_title = lines[1].strip()
    assert full_title.endswith(lines[0].strip()) and len(full_title) > len(lines[0].strip())
    assert meta.title == full_title
    assert meta.region == full_title[: full_title.index("区") + 1]
    assert len(meta.region) >= 2
    assert meta.year == 2020

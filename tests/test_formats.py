"""The same report as .txt, .docx and .pdf gives the same paragraphs, sentences and sections.

Each test builds a small report in one format in tmp_path and compares what the readers,
cleaning and structure make of it with the same report as plain lines. bench/format_consistency.py
runs the whole comparison over the corpus documents and the extraction as well.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.clean import clean_document, load_noise_rules  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from pipeline.structure import iter_sentences  # noqa: E402

# A report of short paragraphs: most are one line, or one line and a short second one, so
# the indented first lines outnumber the lines at the left margin.
SHORT_REPORT = [
    "中共某县委第二巡察组关于巡察县农业农村局党组的反馈意见",
    "根据县委统一部署，县委第二巡察组对县农业农村局党组开展了常规巡察。",
    "一、巡察发现的主要问题",
    "（一）落实全面从严治党主体责任不到位，监督检查流于形式",
    "一是主体责任压得不实。",
    "局党组2022年仅研究党风廉政建设工作1次。",
    "二是监督执纪偏松偏软，对下属单位违规发放补贴问题未予追责。",
    "（二）惠农资金管理不规范",
    "县农技推广站以虚开发票方式套取项目资金3.2万元。",
    "县农机服务中心2笔维修费共计1.6万元无验收记录。",
    "三是“四风”问题仍有发生。",
    "局机关2022年超标准接待4批次。",
    "二、整改意见",
    "局党组要切实履行主体责任，逐项抓好整改。",
    "要加强惠农资金监管，健全内控制度。",
]


def _paragraphs(path: Path) -> list[str]:
    raw = read_document(path)
    return [p.text for p in clean_document(raw, load_noise_rules())]


def _sections(texts: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    from pipeline.records import Paragraph

    paragraphs = [Paragraph(index=i + 1, text=t) for i, t in enumerate(texts)]
    return [(s.text, s.section) for s in iter_sentences("x", paragraphs, texts[0])]


def test_formats_pdf_short_indented_paragraphs_stay_apart(tmp_path):
    """Indented first lines outnumber the lines at the margin: the margin is still the
    leftmost common start, so every indent starts a paragraph (none is glued to the next)."""
    path = hostile.make_chinese_pdf(tmp_path / "short.pdf", SHORT_REPORT, header=None, font_size=16)
    got = _paragraphs(path)
    assert got == SHORT_REPORT
    assert _sections(got) == _sections(SHORT_REPORT)

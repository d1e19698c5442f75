"""Tests of pipeline.structure: sentence and clause spans, headings, section paths, offsets."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_document, load_noise_rules
from pipeline.records import Paragraph, RawDocument, RawParagraph, Sentence
from pipeline.structure import heading_of, iter_sentences, numbering_length, split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "xinjin_2020_political_ecology.txt"


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# --- sentences ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("县交通局违规发放津补贴。县财政局账目不清。", ["县交通局违规发放津补贴。", "县财政局账目不清。"]),
        ("学习不深入，未按要求研讨；党员不清楚政策。", ["学习不深入，未按要求研讨；", "党员不清楚政策。"]),
        ("英文标点也算; 第二句! 第三句? 结束", ["英文标点也算;", "第二句!", "第三句?", "结束"]),
        ("一句逗号，不拆分，也不会拆", ["一句逗号，不拆分，也不会拆"]),
        ("他说：“要加强监督。”随后离开。", ["他说：“要加强监督。”", "随后离开。"]),
        ("存在“说在嘴上；落在纸上”现象。", ["存在“说在嘴上；落在纸上”现象。"]),
        ('开展"清廉机关"、"模范支部"创建。第二句。', ['开展"清廉机关"、"模范支部"创建。', "第二句。"]),
        ("问题（含A；B两项）较多。下一句。", ["问题（含A；B两项）较多。", "下一句。"]),
        ("依据《条例。规定》处理。下一句。", ["依据《条例。规定》处理。", "下一句。"]),
        ("这些问题……。还有吗？！有。", ["这些问题……。", "还有吗？！", "有。"]),
        ("等等……后续仍未整改。", ["等等……后续仍未整改。"]),
        ("  前后空白。  后一句。  ", ["前后空白。", "后一句。"]),
        ("（一）监督执纪更加有力。2021年，县委巡察。", ["（一）监督执纪更加有力。", "2021年，县委巡察。"]),
        ('制度不健全。"三会一课"落实不到位。', ["制度不健全。", '"三会一课"落实不到位。']),
        ('他说"要加强监督。"随后离开。', ['他说"要加强监督。"', "随后离开。"]),
        ("", []),
        ("。", ["。"]),
        # an empty straight-quote pair protects nothing; quotes after a terminator close or open
        ('空引号""。下一句。', ['空引号""。', "下一句。"]),
        ('他说"好。""对。"然后。', ['他说"好。"', '"对。"', "然后。"]),
        # a terminator run with closers after it, with and without a pair around it
        ("（括号内。）之后……！！”再说。", ["（括号内。）", "之后……！！”", "再说。"]),
        ("引号“甲。”“乙！”丙。", ["引号“甲。”", "“乙！”", "丙。"]),
    ],
)
def test_structure_split_sentences(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "前面有未闭合的“引号。" + "后面的句子照常拆分。" * 50,
        "前面有未闭合的（括号。" + "后面的句子照常拆分。" * 50,
        '前面有未闭合的"直引号。' + "后面的句子照常拆分。" * 50,
        "多余的右括号）。" + "后面的句子照常拆分。" * 50,
    ],
)
def test_structure_unbalanced_marks_do_not_swallow_the_paragraph(text):
    assert len(split_sentences(text)) >= 50


def test_structure_long_quote_is_not_protected():
    text = "“" + "很长的引文。" * 60 + "”结束。"
    assert len(split_sentences(text)) > 50


# --- headings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("一、主要工作成效", (1, "一、主要工作成效")),
        ("二、存在的主要问题", (1, "二、存在的主要问题")),
        ("（三）廉洁纪律方面", (2, "（三）廉洁纪律方面")),
        ("(一)监督执纪更加有力。2021年，县委巡察发现问题35个。", (2, "(一)监督执纪更加有力")),
        ("（二）存在的主要问题：一是学习不深入。", (2, "（二）存在的主要问题")),
        ("1.加强理论学习", (3, "1.加强理论学习")),
        ("2、强化监督执纪", (3, "2、强化监督执纪")),
        ("3．规范权力运行", (3, "3．规范权力运行")),
        ("（1）县交通局", (4, "（1）县交通局")),
        ("(2)县财政局", (4, "(2)县财政局")),
        ("⑴三会一课", (4, "⑴三会一课")),
        ("①主体责任", (5, "①主体责任")),
        ("第一部分 总体情况", (0, "第一部分 总体情况")),
        ("第二章 问题分析", (0, "第二章 问题分析")),
        # decimal outline numbering, as Word's multilevel lists and PDFs write it
        ("1.1 党的领导弱化", (3.1, "1.1 党的领导弱化")),
        ("2.1.3意识形态工作责任制落实不到位", (3.2, "2.1.3意识形态工作责任制落实不到位")),
    ],
)
def test_structure_heading_of_numbered_lines(text, expected):
    assert heading_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一是理论学习抓得不紧。",
        "二是组织生活不够规范。",
        "首先，要加强学习。",
        "其次，要强化监督。",
        "1.5万元资金未入账。",
        "3.5 万元资金未入账。",
        "2020年，区委巡察了25个单位。",
        "某县2021年度政治生态评价报告",
        "1." + "县交通局违规发放津补贴并且长期未整改到位" * 4,
        "一、" + "全县各级党组织认真落实管党治党要求并持续推进各项工作" * 4,
        "（一）",
        "",
    ],
)
def test_structure_heading_of_rejects_body_text(text):
    assert heading_of(text) is None


@pytest.mark.parametrize(
    "text, length",
    [
        ("（五）基层党组织建设弱化", 3),
        ("(六)民生领域短板明显", 3),
        ("二、 存在的问题", 3),
        ("  十二、整改不到位", 5),
        ("3.县财政局违规发放补贴", 2),
        ("(1)县交通局", 3),
        ("①台账过多", 1),
        ("第二部分 存在的问题", 5),
        ("一是学习不深入。", 0),  # 一是 opens running text, not a list
        ("1.5万元资金未入账。", 0),
        ("1.2 党的领导弱化", 4),
        ("2.1.3意识形态工作责任制落实不到位", 5),
        ("1.2亿元资金闲置。", 0),
        ("13.2022年审计指出的问题至今未整改。", 0),  # a digit after the stop: not read as numbering
        ("2020年，区委巡察了25个单位。", 0),
        ("县财政局违规发放津补贴", 0),
    ],
)
def test_structure_numbering_length(text, length):
    """The list marker a line starts with, as ``heading_of`` knows them, blanks included."""
    assert numbering_length(text) == length


# --- sections ----------------------------------------------------------------------------------


def _doc(*texts: str) -> list[Paragraph]:
    return [Paragraph(i, t) for i, t in enumerate(texts, start=1)]


def test_structure_iter_sentences_sections():
    paragraphs = _doc(
        "某县2021年度政治生态分析报告",
        "现将有关情况汇报。",
        "一、存在的问题",
        "（一）政治建设方面。一是学习不深入；二是落实不到位。",
        "1.县交通局",
        "违规发放津补贴。",
        "（二）作风建设方面",
        "县财政局账目不清。",
        "二、下一步工作",
        "加强监督。",
    )
    sentences = list(iter_sentences("a.txt", paragraphs, title="某县2021年度政治生态分析报告"))
    got = [(s.paragraph, s.text, s.section) for s in sentences]
    problems = "一、存在的问题"
    politics = "（一）政治建设方面"
    assert got == [
        (1, "某县2021年度政治生态分析报告", ()),
        (2, "现将有关情况汇报。", ()),
        (3, "一、存在的问题", (problems,)),
        (4, "（一）政治建设方面。", (problems, politics)),
        (4, "一是学习不深入；", (problems, politics)),
        (4, "二是落实不到位。", (problems, politics)),
        (5, "1.县交通局", (problems, politics, "1.县交通局")),
        (6, "违规发放津补贴。", (problems, politics, "1.县交通局")),
        (7, "（二）作风建设方面", (problems, "（二）作风建设方面")),
        (8, "县财政局账目不清。", (problems, "（二）作风建设方面")),
        (9, "二、下一步工作", ("二、下一步工作",)),
        (10, "加强监督。", ("二、下一步工作",)),
    ]
    assert all(s.doc == "a.txt" for s in sentences)


def test_structure_iter_sentences_keeps_page_and_ocr():
    paragraphs = [Paragraph(3, "第一句。第二句。", page=2, ocr=True, ocr_confidence=0.7)]
    sentences = list(iter_sentences("b.pdf", paragraphs))
    assert [(s.paragraph, s.start, s.end, s.page, s.ocr, s.ocr_confidence) for s in sentences] == [
        (3, 0, 4, 2, True, 0.7),
        (3, 4, 8, 2, True, 0.7),
    ]
    # every field by name (iter_sentences builds them positionally)
    assert sentences[1] == Sentence(doc="b.pdf", paragraph=3, start=4, end=8, text="第二句。", section=(),
                                    page=2, ocr=True, ocr_confidence=0.7)


# --- properties and long input -----------------------------------------------------------------

_ALPHABET = "区县委问题干部资金一二、。！？!?；;，,“”\"‘’「」（）()【】《》…ab1 \u3000"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=150))
def test_structure_split_sentences_properties(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip(" \u3000")
        # only whitespace lies between sentences
        assert text[previous_end:start].strip(" \u3000") == ""
        previous_end = end
    assert text[previous_end:].strip(" \u3000") == ""


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=60), max_size=8))
def test_structure_iter_sentences_offsets_match(texts):
    paragraphs = _doc(*texts)
    for sentence in iter_sentences("d", paragraphs):
        paragraph = paragraphs[sentence.paragraph - 1]
        assert paragraph.text[sentence.start:sentence.end] == sentence.text
        assert all(isinstance(h, str) and h for h in sentence.section)


def test_structure_long_single_line():
    text = "区委巡察组发现问题线索" * 600_000  # 6.6 MB without punctuation
    assert split_sentences(text) == [(0, len(text))]
    assert len(list(iter_sentences("long", [Paragraph(1, text)]))) == 1
    mixed = "一是问题“引号（括号；" * 100_000
    spans = split_sentences(mixed)
    assert spans[-1][1] == len(mixed) and len(spans) > 1


# --- the real sample ---------------------------------------------------------------------------


def test_structure_sample_sections():
    """The sample's level-1 problem heading, the level-2 heading below it and its 一是 lines.

    Expectations are derived from the sample's own lines (its text is never copied here).
    """
    if not SAMPLE.is_file():
        pytest.skip("sample report not available")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    raw = RawDocument(str(SAMPLE), "txt", tuple(RawParagraph(line) for line in lines))
    paragraphs = clean_document(raw, load_noise_rules())
    second = next(p for p in paragraphs if p.text.startswith("二、"))
    assert heading_of(second.text) == (1, second.text)  # a short line: the whole line
    below = next(p for p in paragraphs[second.index:] if p.text.startswith("(一)"))
    lead = below.text[: below.text.index("。")]
    assert heading_of(below.text) == (2, lead)  # the lead phrase, body text follows
    sentences = list(iter_sentences(str(SAMPLE), paragraphs))
    enumerations = [s for s in sentences if s.paragraph == below.index and s.text.startswith("一是")]
    assert len(enumerations) == 1
    assert enumerations[0].section == (second.text, lead)
    first_level = [p for p in paragraphs if heading_of(p.text) and heading_of(p.text)[0] == 1]
    assert [p.text[:2] for p in first_level] == ["一、", "二、", "三、"]
    assert all(heading_of(s.text) is None for s in sentences if s.text[:2] in ("一是", "二是", "三是"))
    for s in sentences:
        assert paragraphs[s.paragraph - 1].text[s.start:s.end] == s.text

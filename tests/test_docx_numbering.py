"""Tests for Word list numbering (numbering.xml) rendered by the .docx reader, and text boxes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hostile  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from pipeline.readers.numbering import chinese_number, format_number  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def numbering_xml(abstracts: dict[int, str], nums: dict[int, str]) -> str:
    """``abstracts``: id -> its lvl elements; ``nums``: numId -> abstract id plus overrides."""
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}">{levels}</w:abstractNum>' for a, levels in abstracts.items())
    body += "".join(f'<w:num w:numId="{n}">{inner}</w:num>' for n, inner in nums.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W} {MC}>{body}</w:numbering>'


def p(text: str, num: int | None = None, ilvl: int = 0, style: str | None = None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


HEADINGS = (lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
            + lvl(2, "decimal", "%3.") + lvl(3, "decimalEnclosedCircle", "%4"))


def read(inner: str, numbering: str, styles: str | None = None) -> list[str]:
    extra = {"word/numbering.xml": numbering.encode("utf-8")}
    if styles:
        extra["word/styles.xml"] = styles.encode("utf-8")
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(inner), extra))
    return [para.text for para in doc.paragraphs]


def test_docx_numbering_chinese_headings_and_restarts():
    inner = (p("巡察发现的主要问题", 1, 0) + p("政治建设方面", 1, 1) + p("县财政局违规发放津补贴。", 1, 2)
             + p("县住建局工程未招标。", 1, 2) + p("作风建设方面", 1, 1) + p("县医保局超标准接待。", 1, 2)
             + p("违规收受礼金", 1, 3) + p("整改意见", 1, 0) + p("压实责任", 1, 1))
    got = read(inner, numbering_xml({0: HEADINGS}, {1: '<w:abstractNumId w:val="0"/>'}))
    assert got == [
        "一、\t巡察发现的主要问题", "（一）\t政治建设方面", "1.\t县财政局违规发放津补贴。",
        "2.\t县住建局工程未招标。", "（二）\t作风建设方面", "1.\t县医保局超标准接待。", "①\t违规收受礼金",
        "二、\t整改意见", "（一）\t压实责任",
    ]


def test_docx_numbering_heading_found_by_structure():
    from pipeline.clean import clean_document, load_noise_rules
    from pipeline.structure import iter_sentences

    inner = (p("巡察发现的主要问题", 1, 0) + p("廉洁纪律方面", 1, 1) + p("县财政局违规发放津补贴3.6万元。"))
    data = hostile.docx_bytes(hostile.body_xml(inner), {
        "word/numbering.xml": numbering_xml({0: HEADINGS}, {1: '<w:abstractNumId w:val="0"/>'}).encode()})
    paragraphs = clean_document(read_document("t.docx", data=data), load_noise_rules())
    assert [x.text for x in paragraphs][:2] == ["一、巡察发现的主要问题", "（一）廉洁纪律方面"]
    sentence = [s for s in iter_sentences("t.docx", paragraphs, None) if "津补贴" in s.text][0]
    assert sentence.section == ("一、巡察发现的主要问题", "（一）廉洁纪律方面")


@pytest.mark.parametrize("fmt, text, start, expected", [
    ("chineseCountingThousand", "%1、", 11, "十一、"),
    ("chineseCounting", "第%1部分", 21, "第二十一部分"),
    ("chineseLegalSimplified", "%1、", 3, "叁、"),
    ("ideographTraditional", "%1、", 2, "乙、"),
    ("decimalEnclosedCircle", "%1", 21, "㉑"),
    ("decimalEnclosedParen", "%1", 3, "⑶"),
    ("lowerLetter", "%1)", 28, "bb)"),
    ("upperRoman", "%1.", 14, "XIV."),
    ("decimalZero", "%1", 7, "07"),
])
def test_docx_numbering_formats(fmt, text, start, expected):
    got = read(p("内容", 1, 0), numbering_xml({0: lvl(0, fmt, text, start)}, {1: '<w:abstractNumId w:val="0"/>'}))
    assert got == [expected + "\t内容"]


@pytest.mark.parametrize("n, expected", [(1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (99, "九十九"),
                                         (100, "一百"), (101, "一百零一"), (110, "一百一十")])
def test_docx_numbering_chinese_number(n, expected):
    assert chinese_number(n) == expected


def test_docx_numbering_instances_share_counters_and_start_override_restarts():
    nums = {1: '<w:abstractNumId w:val="0"/>', 2: '<w:abstractNumId w:val="0"/>',
            3: '<w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'}
    inner = p("甲", 1) + p("乙", 2) + p("丙", 3) + p("丁", 3)
    got = read(inner, numbering_xml({0: lvl(0, "decimal", "%1.")}, nums))
    assert got == ["1.\t甲", "2.\t乙", "1.\t丙", "2.\t丁"]


def test_docx_numbering_multilevel_template_suffix_and_legal():
    levels = (lvl(0, "chineseCounting", "%1", extra='<w:suff w:val="nothing"/>')
              + lvl(1, "decimal", "%1.%2", extra='<w:isLgl/><w:suff w:val="space"/>'))
    got = read(p("总体情况", 1, 0) + p("细项", 1, 1), numbering_xml({0: levels}, {1: '<w:abstractNumId w:val="0"/>'}))
    assert got == ["一总体情况", "1.1 细项"]


def test_docx_numbering_from_style_and_numid_zero():
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
              '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '</w:styles>')
    inner = p("第一节", style="H1") + p("小节", style="H2") + p("不编号", 0, 0, style="H1") + p("第二节", style="H1b")
    got = read(inner, numbering_xml({0: HEADINGS}, {1: '<w:abstractNumId w:val="0"/>'}), styles)
    assert got == ["一、\t第一节", "（一）\t小节", "不编号", "二、\t第二节"]


def test_docx_numbering_bullets_and_empty_items_add_no_text():
    levels = lvl(0, "bullet", "\uf0b7")
    got = read(p("要点") + p("甲", 1) + p("", 1) + p("乙", 1), numbering_xml({0: levels}, {1: '<w:abstractNumId w:val="0"/>'}))
    assert got == ["要点", "甲", "乙"]


def test_docx_numbering_alternate_content_format_uses_fallback():
    level = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">'
             '<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback>'
             '<w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1、"/></w:lvl>')
    assert read(p("甲", 1), numbering_xml({0: level}, {1: '<w:abstractNumId w:val="0"/>'})) == ["一、\t甲"]


def test_docx_numbering_damaged_numbering_part_keeps_text():
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(p("县财政局。", 1)),
                                                          {"word/numbering.xml": b"<w:numbering"}))
    assert [x.text for x in doc.paragraphs] == ["县财政局。"]
    assert any("numbering" in w for w in doc.warnings)


def test_docx_numbering_format_fallback_is_decimal():
    assert format_number(5, "someFutureFormat") == "5"


def test_docx_text_box_read_once():
    box = ('<w:txbxContent><w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent>')
    inner = (f'<w:p><w:r><w:t>正文。</w:t></w:r><w:r><mc:AlternateContent {MC}><mc:Choice Requires="wps">'
             f'<w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             f'<wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>'
             f'<v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>{box}</v:textbox></v:shape>'
             f'</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(inner)))
    assert [x.text for x in doc.paragraphs] == ["正文。", "文本框内容"]


def test_docx_text_box_vml_only_is_read():
    inner = ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
             '<w:txbxContent><w:p><w:r><w:t>旧式文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>'
             '</w:pict></w:r></w:p>')
    doc = read_document("t.docx", data=hostile.docx_bytes(hostile.body_xml(inner)))
    assert [x.text for x in doc.paragraphs] == ["旧式文本框"]

"""Tests of pipeline.clean: width, whitespace, control characters, noise rules and documents."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import (
    NoiseRules,
    clean_document,
    clean_paragraph,
    find_noise,
    load_noise_rules,
    normalize_width,
)
from pipeline.errors import RuleFileError
from pipeline.records import Paragraph, RawDocument, RawParagraph

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
SAMPLE = SAMPLES / "xinjin_2020_political_ecology.txt"


@pytest.fixture(scope="module")
def rules() -> NoiseRules:
    return load_noise_rules()


# --- width -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("ｑｑ群", "qq群"),
        ("，。（）①⑴", "，。（）①⑴"),
        ("；：“”！？、《》【】", "；：“”！？、《》【】"),
        ("３．６万元", "3.6万元"),
        ("１．加强学习", "1．加强学习"),
        ("增长５０％", "增长50%"),
        ("一\u3000二", "一 二"),
        ("⑵（二）", "⑵（二）"),
    ],
)
def test_clean_normalize_width(raw, expected):
    assert normalize_width(raw) == expected


# --- whitespace and control characters ---------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("县 住建局 干部", "县住建局干部"),
        ("\u3000\u3000一、总体情况", "一、总体情况"),
        ("  多个   空格  ", "多个空格"),
        ("PPT  template files", "PPT template files"),
        ("使用 Word 文档", "使用Word文档"),
        ("违规\x00发放\x07津补贴", "违规发放津补贴"),
        ("零宽\u200b字符\ufeff", "零宽字符"),
        ("软换行\n之后\r\n继续", "软换行之后继续"),
        ("2020 年 ， 区委", "2020年，区委"),
        ("\t\n ", ""),
    ],
)
def test_clean_paragraph_whitespace_and_controls(raw, expected, rules):
    assert clean_paragraph(raw, rules) == expected


# --- noise -------------------------------------------------------------------------------------

AD_CASES = [
    ("台账记录不完整。来自QQ群某某书屋，QQ号:987654321，海量优质课件免费分享。下一句照常。",
     "台账记录不完整。下一句照常。"),
    ("整改不彻底。更多精品材料请关注微信公众号某某范文。", "整改不彻底。"),
    ("本文档由某某文库整理提供。问题依然存在。", "问题依然存在。"),
    ("学习不深入，下载地址：www.example.com/doc/1。应付了事。", "应付了事。"),
    ("问题一。公众号：某某材料库。问题二。", "问题一。问题二。"),
    ("仅供参考，请勿用于商业用途！台账不全。", "台账不全。"),
    ("账目不清。第一范文网版权所有", "账目不清。"),
    ("会议记录缺失。(Word版本可编辑)", "会议记录缺失。"),
    ("会议记录缺失。ＱＱ群：１２３４５６７８。制度未执行。", "会议记录缺失。制度未执行。"),
    ("关注公众号回复“巡察”免费获取全文。三会一课不规范。", "三会一课不规范。"),
    ("如有侵权请联系删除。", ""),
]


@pytest.mark.parametrize("raw, expected", AD_CASES)
def test_clean_noise_sentence_removed_rest_kept(raw, expected, rules):
    assert clean_paragraph(raw, rules) == expected


@pytest.mark.parametrize(
    "text",
    [
        "部分单位微信公众号长期不更新，信息发布不及时。",
        "群众可登录www.12388.gov.cn进行举报。",
        "区委巡察组公布了举报电话和邮箱，QQ使用不规范的情况较多。",
        "一些干部关注度不够，对群众诉求下载后不处理的情况也有发生。",
        "个别单位将内部资料上传至网络文库，存在泄密风险。",
        "部分村(社区)公开栏内容仅供参考价值不大。",
        "政务公众号更新不及时，网站栏目长期空白。",
    ],
)
def test_clean_noise_keeps_genuine_sentences(text, rules):
    assert clean_paragraph(text, rules) == text


@pytest.mark.parametrize("text", ["- 3 -", "—12—", "第 3 页 共 10 页", "共10页第3页", "Page 2 of 9"])
def test_clean_page_numbers_dropped(text, rules):
    assert clean_paragraph(text, rules) == ""


def test_clean_find_noise_names_the_rule(rules):
    text = "问题一。来自QQ群某某，海量材料。问题二。"
    hits = find_noise(text, rules)
    assert [(h.rule, text[h.start:h.end]) for h in hits] == [("qq_wechat_contact", "来自QQ群某某，海量材料。")]


# --- documents ---------------------------------------------------------------------------------


def test_clean_document_drops_empty_and_renumbers(rules):
    raw = RawDocument(
        path="a.pdf",
        format="pdf",
        paragraphs=(
            RawParagraph("某县2021年度巡察工作报告", page=1),
            RawParagraph("   ", page=1),
            RawParagraph("- 1 -", page=1),
            RawParagraph("一、存在的问题", page=2, ocr=True, ocr_confidence=0.8),
            RawParagraph("更多精品材料请关注微信公众号某某。", page=2),
            RawParagraph("县交通局违规发放津补贴。", page=3),
        ),
    )
    assert clean_document(raw, rules) == [
        Paragraph(1, "某县2021年度巡察工作报告", page=1),
        Paragraph(2, "一、存在的问题", page=2, ocr=True, ocr_confidence=0.8),
        Paragraph(3, "县交通局违规发放津补贴。", page=3),
    ]


# --- rule files --------------------------------------------------------------------------------


def _write_rules(tmp_path: Path, text: str) -> Path:
    (tmp_path / "noise.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_clean_load_rules_from_folder(tmp_path):
    folder = _write_rules(
        tmp_path,
        "sentence_rules:\n  - id: my_ad\n    comment: test\n    pattern: '某某广告'\n",
    )
    rules = load_noise_rules(folder)
    assert rules.ids == ("my_ad",)
    assert clean_paragraph("真问题。某某广告词。", rules) == "真问题。"


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("sentence_rules:\n  - id: a\n    pattern: [unclosed\n", 3, "YAML"),
        ("sentence_rules:\n  - id: a\n    pattern: 'x'\n  - id: b\n    pattern: '(abc'\n", 5, "regular expression"),
        ("sentence_rules:\n  - id: a\n    pattern: 'x'\n  - id: a\n    pattern: 'y'\n", 4, "duplicate"),
        ("sentence_rules:\n  - pattern: 'x'\n", 2, "id"),
        ("sentence_rules:\n  - id: a\n    pattern: 'x?'\n", 3, "empty"),
    ],
)
def test_clean_load_rules_errors_name_file_and_line(tmp_path, text, line, words):
    folder = _write_rules(tmp_path, text)
    with pytest.raises(RuleFileError) as info:
        load_noise_rules(folder)
    assert info.value.path.endswith("noise.yml")
    assert info.value.line == line
    assert words in str(info.value)


def test_clean_load_rules_missing_file(tmp_path):
    with pytest.raises(RuleFileError, match="noise.yml"):
        load_noise_rules(tmp_path)


def test_clean_shipped_rules_have_ids_and_comments(rules):
    assert len(rules.sentence) >= 5 and rules.paragraph
    assert all(r.comment for r in rules.sentence + rules.paragraph)
    assert len(set(rules.ids)) == len(rules.ids)


# --- properties and long input -----------------------------------------------------------------

_ALPHABET = (
    "区县委巡察组发现问题干部资金来自群号关注公众号海量材料下载本文档由提供版权所有文库"
    "。！？!?；;，,、：:“”\"‘’（）()【】《》…—①⑴ \u3000\t\n\x00\u200bＡＢ１２QqWw.:/0123456789-"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_clean_paragraph_properties(rules, text):
    cleaned = clean_paragraph(text, rules)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(ch in cleaned for ch in "\x00\t\n\u200b\u3000")
    assert clean_paragraph(cleaned, rules) == cleaned  # idempotent


def test_clean_long_line_without_punctuation(rules):
    text = "区委巡察组发现问题线索" * 600_000  # 6.6 MB, one line, no sentence end
    assert clean_paragraph(text, rules) == text
    with_ad = "县交通局违规发放津补贴。" * 200_000 + "来自QQ群某某，海量材料。"
    assert clean_paragraph(with_ad, rules) == "县交通局违规发放津补贴。" * 200_000


# --- the real sample ---------------------------------------------------------------------------


def test_clean_sample_ad_removed_rest_kept(rules):
    if not SAMPLE.is_file():
        pytest.skip("sample report not available")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    raw = RawDocument(str(SAMPLE), "txt", tuple(RawParagraph(line) for line in lines))
    paragraphs = clean_document(raw, rules)
    assert len(paragraphs) == sum(1 for line in lines if line.strip())
    text = "\n".join(p.text for p in paragraphs)
    assert "QQ" not in text and "海量" not in text and "课件" not in text
    changed = [(line, p.text) for line, p in zip(lines, paragraphs) if line != p.text]
    assert len(changed) == 1
    original, cleaned = changed[0]
    assert original.startswith(cleaned) and cleaned.endswith("。")
    assert len(original) - len(cleaned) < 60

"""Figures: numbers with measure words, and the numbers that are not figures."""
import pytest

from pipeline.figures import extract_figures, parse_chinese_number
from pipeline.records import Figure


def _triples(text):
    return [(f.value, f.measure, f.text) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("县住建局1名干部违规兼职取酬3.6万元。", [(1, "名", "1名"), (36000, "元", "3.6万元")]),
        ("涉及资金1.2亿元", [(120000000, "元", "1.2亿元")]),
        ("共有三十二人参加", [(32, "人", "三十二人")]),
        ("两名干部受到处分", [(2, "名", "两名")]),
        ("积压一百零五件", [(105, "件", "一百零五件")]),
        ("违规发放1,200元", [(1200, "元", "1,200元")]),
        ("完成率仅为80%", [(80, "%", "80%")]),
        ("完成率仅为80％", [(80, "%", "80％")]),
        ("同比下降5.2个百分点", [(5.2, "个百分点", "5.2个百分点")]),
        ("占比百分之三十", [(30, "%", "百分之三十")]),
        ("查处12起15人", [(12, "起", "12起"), (15, "人", "15人")]),
        ("累计30余万元", [(300000, "元", "30余万元")]),
        ("损失3万余元", [(30000, "元", "3万余元")]),
        ("十余人反映", [(10, "人", "十余人")]),
        ("20多名群众", [(20, "名", "20多名")]),
        ("每次3至5人", [(3, "人", "3至5人")]),
        # full-width digits and point are read; the text keeps them
        ("违规发放３．５万元", [(35000, "元", "３．５万元")]),
        # a number glued to Latin letters is a model number; a set phrase before a count
        ("型号为X2的车辆5辆", [(5, "辆", "5辆")]),
        ("落实两个责任不力的3个单位", [(3, "个", "3个")]),
        ("二十万元", [(200000, "元", "二十万元")]),
        ("长达14个月", [(14, "个月", "14个月")]),
        ("积案长达五年未化解", [(5, "年", "五年")]),
        ("召开会议86次", [(86, "次", "86次")]),
        ("4家企业、6户农户、2笔资金、3份合同", [(4, "家", "4家"), (6, "户", "6户"), (2, "笔", "2笔"), (3, "份", "3份")]),
        ("发生一起安全事故", [(1, "起", "一起")]),
        ("道路3千米", [(3, "千米", "3千米")]),
        ("连续两个季度未上党课", [(2, "个季度", "两个季度")]),
        ("查处12起,15人", [(12, "起", "12起"), (15, "人", "15人")]),
    ],
)
def test_figures_values_measures_and_text(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2020年以来",
        "2021年至2023年",
        "二〇二三年",
        "2023年度考核",
        "三年级学生",
        "3月5日召开",
        "见第3页",
        "第一次会议",
        "一、存在的问题",
        "（一）政治建设方面",
        "一是学习不深入",
        "一把手监督难",
        "三会一课制度执行不到位",
        "四风问题",
        "违反八项规定精神",
        "一岗双责落实不到位",
        "三重一大决策制度",
        "两个责任落实不力",
        "运用四种形态",
        "一次性告知制度",
        "一起吃饭",
        "一村一策",
        "千方百计",
        "数十人",
        "干部八小时以外监督",
        "编号A3台设备",
    ],
)
def test_figures_not_taken(text):
    assert extract_figures(text) == []


def test_figures_text_is_exact_substring_in_order():
    text = "（二）2023年县交通局3名干部违规领取补贴2.5万元，占比12%。"
    figures = extract_figures(text)
    assert [f.text for f in figures] == ["3名", "2.5万元", "12%"]
    for f in figures:
        assert f.text in text
    assert all(isinstance(f, Figure) for f in figures)


@pytest.mark.parametrize(
    "numeral, value",
    [("三十二", 32), ("两", 2), ("一百零五", 105), ("十", 10), ("十二", 12), ("两千", 2000),
     ("三万五千", 35000), ("二〇二三", 2023), ("一亿二千万", 120000000), ("天", None)],
)
def test_figures_parse_chinese_number(numeral, value):
    assert parse_chinese_number(numeral) == value


def test_figures_empty_text():
    assert extract_figures("") == []


@pytest.mark.parametrize(
    "text",
    [
        "县住建局1名干部违规兼职取酬3.6万元，另有3至5人、20多名、30余万元、1,200元",
        "二〇二三年三十二人，一百零五件，十余人，第3页，A3台，数十人，3千米，5.2个百分点",
        "３．５万元和８０％，3-5件，3～5件，3—5件，3－5件，3–5件，2020年度12个月",
    ],
)
def test_figures_hint_pattern_misses_no_match(text):
    # the figure pattern is tried only where the hint pattern matches: it must find every match
    from pipeline.figures import _FIGURE_RE, _figure_matches

    assert [m.span() for m in _figure_matches(text)] == [m.span() for m in _FIGURE_RE.finditer(text)]
    assert [m.span() for m in _figure_matches(text)]  # the examples hold matches


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spelled-out percentage among other figures keeps its place in text order
        ("5人中百分之二十即1人", [(5, "人", "5人"), (20, "%", "百分之二十"), (1, "人", "1人")]),
        ("百分之三十的3个单位", [(30, "%", "百分之三十"), (3, "个", "3个")]),
        # a figure pattern overlapping a spelled-out percentage gives way to it
        ("百分之三十人", [(30, "%", "百分之三十")]),
        # set phrases block only the figures they cover, wherever they stand
        ("3个单位一把手和两名干部，一村一策", [(3, "个", "3个"), (2, "名", "两名")]),
        ("一村一策覆盖12户", [(12, "户", "12户")]),
        # numerals without a measure word: no figure
        ("进一步统一思想，一些问题", []),
        ("全角数字１２３无量词", []),
    ],
)
def test_figures_percentages_set_phrases_and_no_figure(text, expected):
    assert _triples(text) == expected

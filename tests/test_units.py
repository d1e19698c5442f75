"""Unit recognition on characters: lists, 原, villages under towns, offices, exclusions."""
from __future__ import annotations

import pytest

from pipeline.units import UnitRecognizer, suggest_aliases


@pytest.fixture(scope="module")
def rec():
    return UnitRecognizer()


@pytest.mark.parametrize("text, units", [
    ("县财政局、县审计局等5个单位未按要求开展中心组学习", ["县财政局", "县审计局"]),
    ("巡察发现东山镇、西河乡部分村三会一课制度执行不到位", ["东山镇", "西河乡"]),
    ("原县商务局超标准报销差旅费", ["原县商务局"]),
    ("城关镇李家村村务公开不及时", ["城关镇李家村"]),
    ("石泉镇党委落实主体责任不力", ["石泉镇"]),
    ("县交通局运输管理所违规发放补贴", ["县交通局"]),
    ("县住房和城乡建设局、县人力资源和社会保障局未按规定招标", ["县住房和城乡建设局", "县人力资源和社会保障局"]),
    ("县第一中学违规收费", ["县第一中学"]),
    ("青龙湖管委会、市妇联等单位谈心谈话流于形式", ["青龙湖管委会", "市妇联"]),
    ("县住建局和县税务局之间相互推诿", ["县住建局", "县税务局"]),
    ("区公路管理中心超标准配备公务用车", ["区公路管理中心"]),
])
def test_units_finds_named_units(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


@pytest.mark.parametrize("text", [
    "有的单位中心组学习不深入",
    "部分基层党组织三会一课不规范",
    "全区共有41名领导干部被问责",
    "县委巡察组发现问题线索12件",
    "政法系统有23人因违反工作纪律被查处",
    "一些村(社区)违规发放津补贴",
    "滨江花园小区停车难问题突出",
    "满足于完成上级交办的常规任务",
    "个别派出所民警充当保护伞",
    "形成了新格局",
])
def test_units_ignores_generic_subjects_sectors_places_and_words(rec, text):
    assert rec.find(text) == []


def test_units_offsets_point_into_the_text(rec):
    text = "经查，县水务局、县林业局等单位违规列支"
    for u in rec.find(text, region="某县"):
        assert text[u.start:u.end] == u.text
        assert u.region == "某县"


@pytest.mark.parametrize("written, canonical", [
    ("县交通局", "县交通运输局"),
    ("原县交通局", "县交通运输局"),
    ("县人社局", "县人力资源和社会保障局"),
    ("县交通运输局", "县交通运输局"),
    ("白沙镇", "白沙镇"),
])
def test_units_canonical_names_merge_aliases_and_former_names(rec, written, canonical):
    assert rec.canonical(written) == canonical


def test_units_suggest_aliases_pairs_short_and_full_names():
    pairs = suggest_aliases(["县交通局", "县交通运输局", "县水务局", "县林业局"])
    assert ("县交通局", "县交通运输局") in [(s, f) for s, f, _ in pairs]
    assert all(s != "县水务局" or f != "县林业局" for s, f, _ in pairs)

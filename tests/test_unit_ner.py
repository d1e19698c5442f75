"""The unit NER beside the patterns: training-data alignment, the merge policies, save/load."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import unit_ner
from pipeline.errors import ModelError
from pipeline.records import UnitMention
from pipeline.units import UnitRecognizer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def recognizer():
    return UnitRecognizer()


@pytest.fixture(scope="module")
def nlp():
    from pipeline.nlp import make_nlp

    return make_nlp()


@pytest.mark.parametrize("text, units, expected", [
    ("县财政局违规发放津贴", ["县财政局"], [(0, 4)]),
    # the second mention of a repeated unit is the one after the first
    ("县水务局、县水务局下属公司均存在问题", ["县水务局", "县水务局"], [(0, 4), (5, 9)]),
    # listed out of order: found anyway, never on a place already taken
    ("城关镇和县林业局均未整改", ["县林业局", "城关镇"], [(4, 8), (0, 3)]),
    ("部分单位存在问题", [], []),
])
def test_unit_ner_unit_offsets_places_units_in_order(text, units, expected):
    assert unit_ner.unit_offsets(text, units) == expected


@pytest.mark.parametrize("text, units", [
    ("县财政局违规发放津贴", ["县审计局"]),
    ("县财政局违规发放津贴", ["县财政局", "县财政局"]),  # only one occurrence for two units
    ("县财政局违规发放津贴", [""]),
])
def test_unit_ner_unit_offsets_none_when_a_unit_is_not_there(text, units):
    assert unit_ner.unit_offsets(text, units) is None


def test_unit_ner_training_examples_align_count_and_skip(nlp):
    corpus = [
        {"text": "县财政局违规发放津贴补贴。", "is_problem": True, "units": ["县财政局"]},
        # jieba makes one token of 镇党委: the span grows to it and is counted as expanded
        {"text": "石泉镇党委落实主体责任不力。", "is_problem": True, "units": ["石泉镇"]},
        {"text": "县审计局工作扎实有效。", "is_problem": False, "units": []},  # not a problem: unused
        {"text": "部分单位台账不全。", "is_problem": True, "units": ["县交通局"]},  # not in the text
    ]
    examples, stats = unit_ner.training_examples(nlp, corpus)
    assert stats.sentences == 3 and stats.used == 2 and stats.units == 2
    assert stats.skipped_not_found == 1 and stats.skipped_misaligned == 0
    ents = [[(e.text, e.label_) for e in ex.reference.ents] for ex in examples]
    assert ents[0] == [("县财政局", "UNIT")]
    assert ents[1][0][0].startswith("石泉镇") and ents[1][0][1] == "UNIT"
    expanded = int(ents[1][0][0] != "石泉镇")
    assert stats.expanded == expanded
    # the predicted side carries no gold annotation
    assert all(not ex.predicted.ents for ex in examples)


def test_unit_ner_training_examples_skip_sentences_whose_spans_collide(nlp):
    # two units inside one jieba token cannot both be entities
    doc = nlp.make_doc("村村通道路未验收")
    tokens = [t.text for t in doc]
    text = "".join(tokens)
    first = tokens[0]
    if len(first) < 2:
        pytest.skip("jieba split the first word differently")
    corpus = [{"text": text, "is_problem": True, "units": [first[0], first[1]]}]
    examples, stats = unit_ner.training_examples(nlp, corpus)
    assert examples == [] and stats.skipped_misaligned == 1


@pytest.mark.parametrize("text, span, expected", [
    ("石泉镇党委落实责任不力", (0, 5), (0, 3, True)),  # cut back to the ending before the organ
    ("县财政局违规发放津贴", (0, 4), (0, 4, True)),
    ("县城投违规举债未报批", (0, 3), (0, 3, False)),  # no listed ending: kept
])
def test_unit_ner_cut_to_ending(recognizer, text, span, expected):
    assert unit_ner.cut_to_ending(text, *span, recognizer) == expected


def _mention(text, a, b, recognizer):
    return UnitMention(text[a:b], a, b, recognizer.canonical(text[a:b]))


@pytest.mark.parametrize("policy, expected", [
    ("patterns", ["县水务集团下属公司"]),
    ("ner", ["县水务集团", "县农业农村局"]),
    ("union", ["县水务集团下属公司", "县水务集团", "县农业农村局"]),
    ("gapfill", ["县水务集团下属公司", "县农业农村局"]),
    ("gapfill_prefix", ["县水务集团", "县农业农村局"]),
])
def test_unit_ner_merge_units_policies(recognizer, policy, expected):
    text = "县水务集团下属公司和县农业农村局违规发放补贴"
    patterns = [_mention(text, 0, 9, recognizer)]
    ner_spans = [(0, 5), (10, 16)]
    got = unit_ner.merge_units(patterns, ner_spans, text, recognizer, policy)
    assert sorted(m.text for m in got) == sorted(expected)
    assert [m.start for m in got] == sorted(m.start for m in got)
    for m in got:
        assert text[m.start:m.end] == m.text and m.canonical == recognizer.canonical(m.text)


def test_unit_ner_merge_units_gates_ner_spans_without_a_unit_ending(recognizer):
    text = "部分干部违规兼职取酬"
    got = unit_ner.merge_units([], [(0, 4)], text, recognizer, "gapfill")
    assert got == []


def test_unit_ner_merge_units_keeps_a_village_under_its_town(recognizer):
    text = "城东街道向阳社区居务公开流于形式"
    patterns = [_mention(text, 0, 8, recognizer)]
    got = unit_ner.merge_units(patterns, [(0, 4)], text, recognizer, "gapfill_prefix")
    assert [m.text for m in got] == ["城东街道向阳社区"]


def test_unit_ner_merge_units_rejects_an_unknown_policy(recognizer):
    with pytest.raises(ValueError):
        unit_ner.merge_units([], [], "县财政局", recognizer, "vote")


def test_unit_ner_train_save_load_round_trip(tmp_path):
    corpus = [
        {"text": "县财政局违规发放津贴补贴。", "is_problem": True, "units": ["县财政局"]},
        {"text": "石泉镇党委落实主体责任不力。", "is_problem": True, "units": ["石泉镇"]},
        {"text": "县交通局公务用车管理混乱。", "is_problem": True, "units": ["县交通局"]},
        {"text": "部分干部作风漂浮。", "is_problem": True, "units": []},
    ]
    nlp, stats, losses = unit_ner.train_unit_ner(corpus, epochs=2)
    assert stats.used == 4 and len(losses) == 2
    folder = unit_ner.save_unit_ner(nlp, tmp_path / "unit_ner", {"epochs": 2})
    names = set(unit_ner.model_files(folder))
    assert {"config.cfg", "meta.json", "ner/model"} <= names
    assert not any(n.endswith((".pkl", ".pickle")) for n in names)
    assert unit_ner.read_meta(folder) == {"epochs": 2}
    ner = unit_ner.UnitNER(folder)
    text = "县财政局违规发放津贴补贴。"
    spans = ner.find(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert ner.find_many([text, ""]) == [spans, []]
    assert ner.find("") == []


def test_unit_ner_load_refuses_a_missing_or_damaged_folder(tmp_path):
    with pytest.raises(ModelError, match="no unit NER here"):
        unit_ner.UnitNER(tmp_path / "nothing")
    bad = tmp_path / "bad"
    (bad / "ner").mkdir(parents=True)
    (bad / "config.cfg").write_text("[nlp]\nlang = \"zh\"\n[[broken", encoding="utf-8")
    with pytest.raises(ModelError, match="not a readable unit NER"):
        unit_ner.UnitNER(bad)


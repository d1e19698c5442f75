"""Category rules: loading, matching on characters, unless cues, ids in hits, broken files."""
import shutil
from pathlib import Path

import pytest

from pipeline.errors import RuleFileError
from pipeline.rules import RuleHit, RuleSet, Taxonomy, load_taxonomy, normalise

RULES_DIR = Path(__file__).resolve().parents[1] / "rules"


@pytest.fixture(scope="module")
def ruleset():
    return RuleSet.load(RULES_DIR)


def test_rules_taxonomy_loads_with_labels():
    taxonomy = load_taxonomy(RULES_DIR)
    assert isinstance(taxonomy, Taxonomy)
    assert len(taxonomy.codes) == 15
    assert taxonomy.label("side_jobs") == "违规兼职取酬、经商办企业"
    assert taxonomy.unassigned_unit == "（未指明单位）"
    with pytest.raises(KeyError):
        taxonomy.label("no_such_category")


def test_rules_every_category_has_rules(ruleset):
    by_category = {}
    for rule in ruleset.rules:
        by_category.setdefault(rule.category, []).append(rule)
    for code in ruleset.taxonomy.codes:
        assert len(by_category.get(code, [])) >= 3, code


# Positive examples: the category must be among the sentence's categories.
POSITIVE = {
    "formalism": [
        "区教育局专项检查走过场，只看台账不看实效。",
        "部分单位以会议落实会议、以文件落实文件。",
        "基层督查检查考核过多过频，基层负担较重。",
        "部分会议记录存在事后补记现象。",
        "主题教育重形式轻效果。",
        "有的单位以材料代替工作，热衷于过度留痕。",
    ],
    "bureaucratism": [
        "县行政审批局超期办理事项12件。",
        "窗口工作人员随意退件，群众多次往返。",
        "部门之间推诿扯皮，问题久拖不决。",
        "个别干部不作为、慢作为，甘愿平庸。",
        "部分干部门难进、脸难看、事难办。",
        "个别民警违反工作纪律，上班期间饮酒。",
        "1名副所长因不正确履职被问责。",
    ],
    "extravagance": [
        "县林业局违规吃喝问题仍有发生。",
        "个别单位违规发放津补贴3.2万元。",
        "县交通局存在公车私用问题。",
        "个别干部收受管理服务对象礼品礼金。",
        "某村利用村委会搬迁之机大摆宴席。",
        "县地税局“两节”期间乱发物资补助。",
        "部分干部大操大办婚丧喜庆事宜。",
        "县供销社违规使用工会经费购买购物卡。",
        "县城投公司以培训名义组织干部外出旅游。",
    ],
    "micro_corruption": [
        "某村会计挪用低保资金2万元。",
        "村干部在征地拆迁补偿中优亲厚友。",
        "个别执法人员对群众吃拿卡要。",
        "个别干部充当涉黑涉恶势力“保护伞”。",
        "部分村集体资产被低价发包，集体资金体外循环。",
    ],
    "corruption": [
        "县国土局原副局长收受开发商财物。",
        "个别干部利用职务便利为亲属承揽工程谋取利益。",
        "国有企业存在靠企吃企、利益输送问题。",
        "个别领导干部违规插手工程项目。",
        "关键岗位廉洁风险突出。",
    ],
    "side_jobs": [
        "县住建局1名干部违规在房地产企业兼职取酬3.6万元。",
        "1名副局长违规在协会兼职。",
        "个别干部违规经商办企业。",
        "部分教师从事有偿补课。",
        "领导干部配偶在其管辖范围内经商。",
    ],
    "finance": [
        "县文旅局违规列支招待费用。",
        "县农机站存在白条入账问题。",
        "村级账目不清，大额现金支付频繁。",
        "县城投公司规避招标，将项目化整为零。",
        "部分单位政府采购不规范。",
        "国有资产底数不清。",
    ],
    "study": [
        "党委理论学习中心组学习不深入。",
        "中心组学习表面化、不经常。",
        "部分干部对应知应会内容不清楚。",
        "理论学习与业务工作学用脱节。",
        "意识形态工作责任制落实不到位。",
    ],
    "political_life": [
        "领导班子民主生活会质量不高。",
        "查摆问题不深刻，避重就轻。",
        "相互批评以希望代替批评，辣味不足。",
        "谈心谈话流于形式。",
        "“三重一大”决策制度执行不严，个人说了算。",
    ],
    "party_organization": [
        "“三会一课”制度执行不到位。",
        "（三会一课）制度执行不到位。",
        "(三会一课)制度执行不到位。",
        "主题党日活动开展不规范。",
        "党费收缴不规范。",
        "3个村党组织未按期换届。",
        "党务工作者配备不足且更换频繁。",
    ],
    "personnel": [
        "选人用人满意度连续两年下降。",
        "存在讲私情讲关系的“潜规则”。",
        "个别干部带病提拔。",
        "县公路中心超职数配备中层干部3名。",
        "2名干部个人有关事项报告漏报房产。",
    ],
    "accountability": [
        "党委主体责任落实不到位。",
        "班子成员“一岗双责”履行不到位。",
        "管党治党宽松软，压力传导不够。",
        "未按要求落实廉政提醒谈话制度。",
        "对一把手和同级监督难。",
        "因落实主体责任不力，2名局长被问责。",
    ],
    "rectification": [
        "对上轮巡察反馈问题整改不到位。",
        "存在敷衍整改、虚假整改问题。",
        "搞选择性整改，长效机制未建立。",
        "违规吃喝问题反弹回潮。",
        "对巡察反馈问题搞纸面整改。",
    ],
    "disclosure": [
        "村务公开不及时不规范。",
        "党务、财务公开流于形式。",
        "低保名单应公开未公开。",
        "有的村干部怕公开、烦公开。",
        "补贴发放名单未按规定公示。",
    ],
    "livelihood": [
        "老旧小区停车难问题突出。",
        "群众反映强烈的拆迁安置问题长期未解决。",
        "拖欠农民工工资问题时有发生。",
        "部分信访问题久拖不决。",
        "公园如厕难，群众意见较大。",
    ],
}


@pytest.mark.parametrize(
    "code, text", [(code, text) for code, texts in POSITIVE.items() for text in texts]
)
def test_rules_positive_examples(ruleset, code, text):
    assert code in ruleset.categories(text)


# False friends: the category must NOT be assigned.
NEGATIVE = [
    ("side_jobs", "严禁违规兼职取酬。"),
    ("side_jobs", "党务干部均为兼职。"),
    ("disclosure", "工程项目未公开招标。"),
    ("disclosure", "选调工作人员未经公开考试。"),
    ("formalism", "深入整治形式主义为基层减负。"),
    ("bureaucratism", "该项指标不作为考核依据。"),
    ("extravagance", "个别民警上班期间饮酒。"),
    ("corruption", "村干部贪污扶贫资金。"),
    ("corruption", "冒领低保金的问题利用职务便利。"),
    ("micro_corruption", "县财政局违规发放津补贴。"),
    ("extravagance", "村干部违规发放扶贫补助。"),
    ("bureaucratism", "党委主体责任履职不力。"),
    ("accountability", "1名副所长因疫情防控工作不力被问责。"),
    ("party_organization", "民主生活会质量不高。"),
    ("rectification", "督促整改。"),
    ("finance", "党员底数不清。"),
    ("livelihood", "学习贯彻上级精神不深入。"),
    ("study", "公车私用问题突出。"),
]


@pytest.mark.parametrize("code, text", NEGATIVE)
def test_rules_false_friends(ruleset, code, text):
    assert code not in ruleset.categories(text)


@pytest.mark.parametrize(
    "text, codes",
    [
        ("对巡察反馈问题搞纸面整改。", {"rectification", "formalism"}),
        ("谈心谈话流于形式。", {"political_life", "formalism"}),
        ("个别干部为涉黑涉恶势力充当保护伞。", {"micro_corruption"}),
        ("1名副所长因疫情防控工作不力被问责。", {"bureaucratism"}),
        ("2名干部因落实主体责任不力被问责。", {"accountability"}),
    ],
)
def test_rules_boundaries_from_taxonomy(ruleset, text, codes):
    assert codes <= set(ruleset.categories(text))


def test_rules_hits_carry_rule_ids_and_spans(ruleset):
    text = "县住建局1名干部违规在房地产企业兼职取酬3.6万元。"
    hits = ruleset.categories(text)["side_jobs"]
    assert all(isinstance(h, RuleHit) for h in hits)
    assert "rule:side_jobs/兼职取酬" in {h.evidence for h in hits}
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert 0 < h.weight <= 1
    match = ruleset.match(text)
    assert [h.start for h in match] == sorted(h.start for h in match)


def test_rules_rule_examples_fire(ruleset):
    """Every ``examples`` entry written in a rule file fires that rule."""
    checked = 0
    for rule in ruleset.rules:
        for example in rule.examples:
            ids = {h.rule_id for h in ruleset.categories(example).get(rule.category, [])}
            assert rule.id in ids, (rule.path, rule.id, example)
            checked += 1
    assert checked > 0


@pytest.mark.parametrize(
    "text",
    ["(三会一课)制度执行不到位", "（三会一课）制度执行不到位", "〔三会一课〕制度执行不到位"],
)
def test_rules_full_and_half_width_brackets_match(tmp_path, text):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "party_organization.yml").write_text(
        "category: party_organization\nrules:\n"
        "  - id: 括号三会一课\n    keywords: ['（三会一课）制度']\n",
        encoding="utf-8",
    )
    ruleset = RuleSet.load(rules)
    hits = ruleset.categories(text).get("party_organization", [])
    assert [h.rule_id for h in hits] == ["括号三会一课"]
    assert text[hits[0].start:hits[0].end].endswith("制度")


@pytest.mark.parametrize("text", ["村务、财务公开不及时", "村务,财务公开不及时", "村务，财务公开不及时"])
def test_rules_enumeration_comma_forms_match(tmp_path, text):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "disclosure.yml").write_text(
        "category: disclosure\nrules:\n"
        "  - id: 村务财务\n    keywords: ['村务、财务公开']\n"
        "  - id: 村务财务正则\n    pattern: '村务，财务(公开)'\n",
        encoding="utf-8",
    )
    ids = [h.rule_id for h in RuleSet.load(rules).categories(text)["disclosure"]]
    assert ids == ["村务财务", "村务财务正则"]


def test_rules_normalise_keeps_length():
    text = "（三会一课）、１２３，ＡＢＣ“引号”。"
    assert len(normalise(text)) == len(text)
    assert normalise("（一）") == "(一)"


def test_rules_unless_cancels_only_its_rule(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "side_jobs.yml").write_text(
        "category: side_jobs\nrules:\n"
        "  - id: 违规兼职任职\n    pattern: '违规(在.{0,12})?(兼职|任职)'\n    unless: [严禁, '不得.{0,4}兼职']\n"
        "  - id: 兼职\n    keywords: [兼职]\n    weight: 0.5\n",
        encoding="utf-8",
    )
    ruleset = RuleSet.load(rules)
    assert {h.rule_id for h in ruleset.categories("干部违规在企业兼职")["side_jobs"]} == {"违规兼职任职", "兼职"}
    assert {h.rule_id for h in ruleset.categories("严禁违规在企业兼职")["side_jobs"]} == {"兼职"}
    assert {h.rule_id for h in ruleset.categories("干部不得违规兼职")["side_jobs"]} == {"兼职"}
    assert [h.weight for h in ruleset.categories("严禁违规在企业兼职")["side_jobs"]] == [0.5]


def test_rules_fingerprint_changes_with_rule_bytes(tmp_path):
    rules = _copy_rules(tmp_path)
    before = RuleSet.load(rules).fingerprint
    assert before == RuleSet.load(rules).fingerprint
    path = rules / "categories" / "livelihood.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert RuleSet.load(rules).fingerprint != before


def test_rules_empty_category_file_is_allowed(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "livelihood.yml").write_text("category: livelihood\nrules: []\n", encoding="utf-8")
    assert "livelihood" not in RuleSet.load(rules).categories("老旧小区停车难")


# Broken files: (file content, expected line). Each names the file and a line.
BROKEN = {
    "broken_yaml": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职\n", None),
    "unknown_rule_key": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    keyword: [取酬]\n", 5),
    "unknown_file_key": ("category: side_jobs\nrulez: []\n", 2),
    "duplicate_id": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n  - id: a\n    keywords: [取酬]\n", 5),
    "bad_regex": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n  - id: b\n    pattern: '违规(兼职'\n", 6),
    "unbounded_dot_star": ("category: side_jobs\nrules:\n  - id: a\n    pattern: '违规.*兼职'\n", 4),
    "unbounded_dot_plus": ("category: side_jobs\nrules:\n  - id: a\n    pattern: '违规.+兼职'\n", 4),
    "unbounded_in_unless": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    unless: ['严禁.*']\n", 5),
    "varying_lookbehind": ("category: side_jobs\nrules:\n  - id: a\n    pattern: '(?<!严禁|不)兼职'\n", 4),
    "varying_lookbehind_in_unless": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    unless: ['(?<=(?:清理|已)).{0,3}兼职']\n", 5),
    "flags_in_a_later_unless": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    unless: [严禁, '(?i)ban']\n", 5),
    "empty_match": ("category: side_jobs\nrules:\n  - id: a\n    pattern: '(兼职)?'\n", 4),
    "no_keywords_or_pattern": ("category: side_jobs\nrules:\n  - id: a\n    weight: 0.5\n", 3),
    "bad_weight": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    weight: 1.5\n", 5),
    "missing_id": ("category: side_jobs\nrules:\n  - keywords: [兼职]\n", 3),
    "duplicate_yaml_key": ("category: side_jobs\nrules:\n  - id: a\n    keywords: [兼职]\n    keywords: [取酬]\n", 5),
    "category_not_in_taxonomy": ("category: no_such_code\nrules: []\n", 1),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_rules_broken_file_names_file_and_line(tmp_path, case):
    content, line = BROKEN[case]
    rules = _copy_rules(tmp_path)
    path = rules / "categories" / "side_jobs.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        RuleSet.load(rules)
    err = info.value
    assert err.path.endswith("side_jobs.yml")
    assert "side_jobs.yml" in str(err)
    assert err.line is not None and err.line >= 1
    if line is not None:
        assert err.line == line, str(err)


def test_rules_regexes_compile_on_first_use(ruleset):
    """Loading checks every pattern but compiles none; a sentence compiles only the regexes
    whose anchors it contains, and the result is what compiling everything gives."""
    fresh = RuleSet.load(RULES_DIR)
    assert all(rx is None for rx in fresh._regex)
    text = "县住建局2名干部违规在企业兼职取酬"
    assert fresh.match(text) == ruleset.match(text) and fresh.match(text)
    compiled = sum(rx is not None for rx in fresh._regex)
    assert 0 < compiled < len(fresh._regex) // 4
    assert [rx.pattern for rx in fresh.patterns()] == fresh._source


def test_rules_file_without_taxonomy_category_fails(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "extra.yml").write_text("category: extra\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        RuleSet.load(rules)
    assert "extra.yml" in str(info.value) and info.value.line == 1


def test_rules_taxonomy_category_without_file_fails(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "disclosure.yml").unlink()
    with pytest.raises(RuleFileError) as info:
        RuleSet.load(rules)
    assert "disclosure.yml" in str(info.value)


def test_rules_category_must_match_file_name(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "categories" / "disclosure.yml").write_text("category: livelihood\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        RuleSet.load(rules)
    assert "disclosure.yml" in str(info.value)


def test_rules_broken_taxonomy_names_file_and_line(tmp_path):
    rules = _copy_rules(tmp_path)
    (rules / "taxonomy.yml").write_text(
        "categories:\n  - code: a\n    label: 甲\n  - code: a\n    label: 乙\n", encoding="utf-8"
    )
    with pytest.raises(RuleFileError) as info:
        load_taxonomy(rules)
    assert "taxonomy.yml" in str(info.value) and info.value.line == 4


def _copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def test_rules_categories_is_match_reduced_to_first_hits(ruleset):
    """Tagging uses ``categories`` (one hit per rule, leftmost span); it must agree with the full
    ``match`` on which rules fire and where each fires first."""
    import json

    from conftest import ROOT

    texts = [json.loads(line)["text"] for line in
             (ROOT / "corpora" / "dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    fired = 0
    for text in texts:
        first: dict[tuple[str, str], tuple[int, int]] = {}
        for h in ruleset.match(text):
            key = (h.category, h.rule_id)
            first[key] = min(first.get(key, (h.start, h.end)), (h.start, h.end))
        got = {(h.category, h.rule_id): (h.start, h.end) for hs in ruleset.categories(text).values() for h in hs}
        assert got == first, text
        fired += len(got)
    assert fired > 300


def test_rules_normalise_all_equals_normalise_one_by_one():
    """The batch form (one numpy pass) gives what ``normalise`` gives text by text, also for
    characters outside the basic plane, the whole full-width block and empty texts."""
    import random

    from pipeline.rules import normalise, normalise_all

    rng = random.Random(7)
    alphabet = ("县财政局，。；：（）【】〔〕“”‘’！？、　abc AZ09\U00020000\U0002A6D6"
                + "".join(chr(c) for c in range(0xFF01, 0xFF5F)))
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(500)]
    assert normalise_all(texts) == [normalise(t) for t in texts]
    assert normalise_all([]) == [] and normalise_all([""]) == [""] and normalise_all(["", ""]) == ["", ""]
    with_nul = texts[:50] + ["县\0（一）", "\0", ""]  # NUL, which joins the batch, in a text
    assert normalise_all(with_nul) == [normalise(t) for t in with_nul]
    assert "\0" not in normalise("".join(chr(c) for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000))


def _match_every_regex(ruleset, text):
    """``match`` without the anchor index: every regex of every rule scans the text."""
    norm = normalise(text)
    spans: dict[int, list] = {}
    for k, rx in enumerate(ruleset.patterns()):
        spans.setdefault(ruleset._regex_rule[k], []).extend(m.span() for m in rx.finditer(norm))
    order = {code: i for i, code in enumerate(ruleset.taxonomy.codes)}
    hits = []
    for i, found in spans.items():
        rule = ruleset.rules[i]
        unless = ruleset._unless_of(i)
        if found and not (unless is not None and unless.search(norm)):
            hits.extend(RuleHit(rule.category, rule.id, a, b, rule.weight) for a, b in sorted(set(found)))
    return sorted(hits, key=lambda h: (h.start, h.end, order[h.category], h.rule_id))


@pytest.mark.parametrize("text", [
    "",
    "县住建局2名干部违规在企业兼职取酬",                       # one rule
    "违规发放津贴补贴，公款吃喝，整改不到位，违规兼职取酬。",     # several categories
    "整改不到位，整改不彻底，整改走过场",                       # one rule, several spans
    "巡察整改不到位，违规收受礼金，公款大吃大喝，违规发放津补贴，选人用人不规范",
])
def test_rules_match_and_categories_same_as_every_regex(ruleset, text):
    """The index only skips regexes that cannot match; hits and both orders are what running
    every regex gives, and ``categories`` keeps each rule's first hit in taxonomy order."""
    every = _match_every_regex(ruleset, text)
    assert ruleset.match(text) == every
    expected: dict[str, list] = {}
    for code in ruleset.taxonomy.codes:
        seen = set()
        for h in every:
            if h.category == code and h.rule_id not in seen:
                seen.add(h.rule_id)
                expected.setdefault(code, []).append(h)
    got = ruleset.categories(text)
    assert list(got) == list(expected) and got == expected


def test_rules_categories_in_taxonomy_order_whatever_the_rule_order(ruleset):
    """``categories`` relies on ``load`` listing rules in taxonomy order; a RuleSet whose
    categories come in another order gives the same categories, hits and orders."""
    reordered = RuleSet(ruleset.taxonomy, tuple(reversed(ruleset._matchers)), ruleset.fingerprint)
    assert ruleset._taxonomy_ordered and not reordered._taxonomy_ordered
    texts = ["巡察整改不到位，违规收受礼金，公款大吃大喝，违规发放津补贴，选人用人不规范",
             "违规发放津贴补贴，公款吃喝，整改不到位，违规兼职取酬。", "县住建局2名干部违规在企业兼职取酬", ""]
    for text in texts:
        got = reordered.categories(text)
        expected = ruleset.categories(text)
        assert list(got) == list(expected) and got == expected
    assert len(ruleset.categories(texts[0])) >= 3

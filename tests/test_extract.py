"""`xuncha extract`: the JSONL record contract of design.md, and the real sample."""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import numpy as np
import pytest

from conftest import run_cli

RECORD_KEYS = ["doc", "paragraph", "page", "start", "end", "section", "text", "is_problem", "problem_score",
               "categories", "units", "figures", "ocr"]

DOC = ("XX县2023年度政治生态分析报告\n"
       "一、主要成效\n"
       "全县查处违规吃喝问题12起15人，通报曝光典型案例5起。\n"
       "二、存在的问题\n"
       "县住建局1名干部违规在房地产企业兼职取酬3.6万元；县水利局、县林业局等单位中心组学习流于形式。\n"
       "三、意见建议\n"
       "深入整治违规吃喝问题，坚决纠治形式主义官僚主义。\n")


def _records(proc):
    return [json.loads(line) for line in proc.stdout_text.splitlines() if line.strip()]


def test_extract_stdin_gives_one_record_per_sentence_with_the_contract_keys():
    proc = run_cli("extract", "-", input=DOC.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr_text
    recs = _records(proc)
    assert recs and all(list(r) == RECORD_KEYS for r in recs)
    lines = [l for l in DOC.splitlines() if l]
    for r in recs:
        para = lines[r["paragraph"] - 1]
        assert para[r["start"]:r["end"]] == r["text"]
        for u in r["units"]:
            assert r["text"][u["start"]:u["end"]] == u["text"]
        if not r["is_problem"]:
            assert r["categories"] == [] and r["units"] == []
    # the clause split at ；is a record of its own
    texts = [r["text"] for r in recs]
    assert any(t.startswith("县住建局1名干部") and t.endswith("；") for t in texts)


def test_extract_finds_the_problems_and_not_the_plans_or_achievements(doc_records):
    recs = doc_records
    by_text = {r["text"]: r for r in recs}
    side = next(r for t, r in by_text.items() if "兼职取酬" in t)
    assert side["is_problem"]
    assert "side_jobs" in [c["code"] for c in side["categories"]]
    assert [u["canonical"] for u in side["units"]] == ["县住房和城乡建设局"]
    assert {"value": 36000, "measure": "元", "text": "3.6万元"} in side["figures"]
    ev = next(c for c in side["categories"] if c["code"] == "side_jobs")["evidence"]
    assert any(e.startswith("rule:side_jobs/") for e in ev) and any(e.startswith("model:") for e in ev)
    study = next(r for t, r in by_text.items() if "中心组学习" in t)
    assert study["is_problem"] and {"study", "formalism"} <= {c["code"] for c in study["categories"]}
    assert [u["text"] for u in study["units"]] == ["县水利局", "县林业局"]
    for t, r in by_text.items():
        if "查处违规吃喝问题12起" in t or "深入整治" in t:
            assert not r["is_problem"], t


def test_extract_reports_a_bad_file_and_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("县财政局违规发放津补贴。", encoding="utf-8")
    bad = tmp_path / "b.docx"
    bad.write_bytes(b"not a zip")
    proc = run_cli("extract", good, bad)
    assert proc.returncode == 1
    assert "b.docx" in proc.stderr_text and "Traceback" not in proc.stderr_text
    assert any(r["is_problem"] for r in _records(proc))


def _cells(records, canonical):
    cells = defaultdict(Counter)
    for r in records:
        if not r["is_problem"]:
            continue
        units = {u["canonical"] for u in r["units"]}
        for u in units:
            for c in r["categories"]:
                cells[u][c["code"]] += 1
    return cells


@pytest.fixture(scope="module")
def sample_records(real_sample):
    proc = run_cli("extract", real_sample[0])
    assert proc.returncode == 0, proc.stderr_text
    return _records(proc)


@pytest.fixture(scope="module")
def doc_records():
    return _records(run_cli("extract", "-", input=DOC.encode("utf-8")))


def test_extract_real_sample_unit_category_counts_equal_gold(real_sample, sample_records):
    from pipeline.units import UnitRecognizer

    path, gold = real_sample
    recs = sample_records
    canon = UnitRecognizer().canonical
    got = _cells(recs, canon)
    optional = {(canon(u), c) for u, c in gold["optional_cells"]}
    want = {(canon(u), c): n for u, cats in gold["unit_category_counts"].items() for c, n in cats.items()}
    have = {(u, c): n for u, cats in got.items() for c, n in cats.items()}
    have = {k: v for k, v in have.items() if k not in optional}
    want = {k: v for k, v in want.items() if k not in optional}
    assert have == want


def test_extract_real_sample_sections_noise_and_non_problem_sections(real_sample, sample_records):
    path, gold = real_sample
    recs = sample_records
    texts = " ".join(r["text"] for r in recs)
    for noise in gold["noise_sentences"]:
        assert noise.rstrip("。") not in texts
    top = {r["section"][0] for r in recs if r["section"]}
    assert len(top) >= 3  # 一、 二、 三、 found as sections
    for r in recs:
        if r["section"] and r["section"][0][:2] in ("一、", "三、"):
            assert not r["is_problem"], r["text"]
    for t in gold["not_problems_examples"]:
        assert all(not r["is_problem"] for r in recs if t in r["text"])


def test_extract_tagger_version_without_a_tagger_matches_the_tagger(tmp_path):
    """The parent of a worker pool computes the version from the files alone; it must be the
    version the workers' taggers stamp on their clues, and move when a rule file changes."""
    import shutil

    from conftest import ROOT
    from pipeline.extract import Tagger, tagger_version
    from pipeline.rules import RuleSet, rules_fingerprint

    assert tagger_version() == Tagger().version
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    before = tagger_version(rules)
    with open(rules / "categories" / "formalism.yml", "a", encoding="utf-8") as fh:
        fh.write("\n# a comment changes the bytes\n")
    assert rules_fingerprint(rules) == RuleSet.load(rules).fingerprint
    assert tagger_version(rules) == Tagger(rules).version != before


def test_extract_fragments_are_never_problems(tagger):
    """Table cells and cut-off lines inside a findings section: the model alone would take
    some of them for problems; a fragment (few Chinese characters, or nothing but unit names)
    never is one, and its evidence says why. A real finding beside them still is."""
    from pipeline.records import Sentence

    section = ("一、巡察发现的主要问题", "（四）巡察、审计等监督发现问题整改方面")
    texts = ["序号", "3", "责任单位", "力。", "局", "白沙镇柳湾村", "县水务局、县林业局",
             "县财政局违规发放津补贴12万元。"]
    sentences = [Sentence(doc="t", paragraph=i + 1, start=0, end=len(t), text=t, section=section)
                 for i, t in enumerate(texts)]
    clues = tagger.tag(sentences)
    assert [c.is_problem for c in clues] == [False] * 7 + [True]
    refused = [c.sentence.text for c in clues if "fragment" in c.problem_evidence]
    assert refused, "the model took none of the fragments for a problem: the test shows nothing"
    assert all(not c.categories and not c.units for c in clues[:7])


@pytest.mark.parametrize("text, problem, category", [
    # a case notice's outcome line states no failure: not a finding
    ("王某某受到党内严重警告处分，违纪所得予以收缴。", False, None),
    ("其他2名责任人被诫勉谈话。", False, None),
    ("涉嫌犯罪问题移送检察机关依法审查起诉。", False, None),
    # held accountable for a failure: a finding, with the failure's category (taxonomy.md)
    ("县林业局1名副局长因履行主体责任不力被问责。", True, "accountability"),
    ("因对辖区企业安全隐患排查不到位，石门镇分管负责人被诫勉谈话。", True, "bureaucratism"),
    # a published notice's one-sentence case: the failure, then its sanction, is a finding
    ("柳河镇财政所所长违规借用公车接送亲属，被诫勉谈话。", True, "extravagance"),
    ("丰水县卫健委“两节”期间违规发放购物卡，局长受到党内警告处分。", True, "extravagance"),
])
def test_extract_case_outcomes_vs_held_accountable_for_a_failure(tagger, text, problem, category):
    from pipeline.records import Sentence

    [clue] = tagger.tag([Sentence(doc="t", paragraph=1, start=0, end=len(text), text=text,
                                  section=("一、典型问题",))])
    assert clue.is_problem is problem, (text, clue.problem_score)
    if category:
        assert category in [c.code for c in clue.categories]


def test_extract_units_named_in_a_sanctions_clause_are_not_its_subject(tagger):
    from pipeline.records import Sentence

    text = "前湾村利用村委会搬迁之机大摆宴席，清河乡党委书记被免职，前湾村党支部书记受到撤职处分。"
    [clue] = tagger.tag([Sentence(doc="t", paragraph=1, start=0, end=len(text), text=text)])
    assert clue.is_problem, clue.problem_score
    assert [u.text for u in clue.units] == ["前湾村"]
    # with no unit before the sanction's clause, the units named in it stay
    from pipeline.extract import subject_units

    text = "违规发放过节费，清河乡财政所所长和县林业局副局长受到党内警告处分。"
    found = tuple(tagger.units.find(text))
    assert [u.text for u in found] == ["清河乡", "县林业局"]
    assert subject_units(text, found, tagger._outcome) == found


@pytest.mark.parametrize("text, problem", [
    # a complaint checked and found untrue, a fix already made, a problem that did not recur
    ("经核查，反映县农机中心主任收受经销商礼品的问题不属实。", False),
    ("经查，群众反映的县文旅局违规发放加班费问题与事实不符。", False),
    ("整改期间，县文旅局未再发生超标准接待问题。", False),
    ("县供销社已将违规发放的过节费全部收回。", False),
    # a finding written as a form's field, inside a rectification document
    ("3.问题：党费收缴台账登记不全，少交党费未及时补缴。", True),
])
def test_extract_rectification_documents_untrue_fixed_and_form_findings(tagger, text, problem):
    from pipeline.records import Sentence

    [clue] = tagger.tag([Sentence(doc="t", paragraph=1, start=0, end=len(text), text=text,
                                  section=("二、整改落实情况",))])
    assert clue.is_problem is problem, (text, clue.problem_score)


def test_extract_a_documents_short_names_count_as_its_units(tmp_path):
    doc = tmp_path / "反馈.txt"
    doc.write_text("省委第二巡视组向恒岳建工集团有限公司（以下简称“恒岳建工”）党委反馈巡视情况。\n"
                   "巡视指出，恒岳建工在建项目结算滞后，已完工未结算项目89个，工程款挂账金额超过30亿元。\n",
                   encoding="utf-8")
    proc = run_cli("extract", str(doc), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    finding = next(r for r in _records(proc) if r["text"].startswith("巡视指出"))
    assert finding["is_problem"]
    assert [(u["text"], u["canonical"]) for u in finding["units"]] == [("恒岳建工", "恒岳建工集团有限公司")]


def test_extract_a_rule_hit_still_counts_with_the_shipped_rule_strength(tagger):
    """The rule strength is tuned out of fold but never to 0: a rule a user adds moves a
    category's score before the model is retrained, and lists itself as evidence."""
    from pipeline.rules import RuleHit
    from pipeline.train import RULE_STRENGTHS

    assert min(RULE_STRENGTHS) > 0 and tagger.rule_strength > 0
    j = tagger._codes.index("side_jobs")
    p = np.full((1, len(tagger._codes)), 0.05)
    p[0, j] = tagger._thresholds["side_jobs"] - 0.01  # the model alone falls just short
    p[0, tagger._codes.index("finance")] = 0.9  # another category passes: no fallback
    hit = RuleHit("side_jobs", "user_rule", 0, 4, 1.0)
    col = tagger._model_col  # taxonomy position -> model column
    p_model = np.zeros((1, int(col.max()) + 1))
    p_model[0, col[col >= 0]] = p[0, col >= 0]
    without = tagger.categories_batch([{}], p_model)
    with_rule = tagger.categories_batch([{"side_jobs": [hit]}], p_model)
    assert "side_jobs" not in {h.code for h in without[0]}
    got = {h.code: h for h in with_rule[0]}
    assert "side_jobs" in got and "rule:side_jobs/user_rule" in got["side_jobs"].evidence


@pytest.mark.parametrize("text, problem, frame", [
    # a complaint or a lead restated is a claim, not a finding, however it is worded
    ("举报称，县住建局每逢节假日都以加班费名义给全局干部职工发钱。", False, "allegation"),  # model: 0.99
    ("反映人称，柳塘村的账目多年没人看得懂，村里的钱怎么花的群众一概不知。", False, "allegation"),
    ("县审计局移交线索反映,县文化馆可能虚列群众文化活动支出套取专项资金。", False, "allegation"),
    ("（一）关于反映周某某在低保评定中优亲厚友的问题", False, "allegation"),
    ("线索二反映,物业公司2022年以来大额采购未按规定招标,存在利益输送。", False, "allegation"),
    ("(三)青峰镇镇属门面出租线索。", False, "allegation"),
    # ... unless the line says it was found true: a claim found true is a finding
    ("核查结论：反映韩某某违规兼职取酬的问题属实。", True, "verified"),
    ("举报人反映的县供销社主要负责人私用公务用车问题，经核查属实。", True, "verified"),
    # a claim concluded unfounded is no finding: 不属实, 查无实据, 无法查实; a count of claims
    ("经核查，反映其违规经商的问题不属实。", False, "unfounded"),
    ("举报反映的6个问题中，2个属实，3个不属实。", False, "unfounded"),
    ("反映其收受工程老板礼金的问题，因反映人未能提供具体线索，暂无法查实。", False, "unfounded"),
    ("经核实，该问题查无实据。", False, "unfounded"),
    # ... but a reply that calls a claim unfounded without checking it is a finding about the reply
    ("县卫健委对信访件反映的耗材回扣问题未作调查，即答复“查无实据”。", True, None),
    # a public grievance stated in a finding is no restated claim
    ("群众反映强烈的老旧小区改造问题，县住建局推进缓慢。", True, None),
    # a generic subject's failing, in a release's soft wording, is a finding whatever tail follows
    ("有的整改主体责任落得不实，整改成效还需进一步巩固提升。", True, "failing"),
    ("但也发现了一些问题和不足，有的落实上级决策部署不够有力，推动高质量发展办法不多；", True, "failing"),
    ("有的单位要进一步压实整改责任，确保整改到位。", False, None),  # a requirement: no failing
    ("部分村务公开不及时的问题已全部整改到位。", False, None),  # a failing put right
    ("各单位要有的放矢抓好整改，补齐短板。", False, None),
])
def test_extract_restated_claims_and_claims_found_true(tagger, text, problem, frame):
    from pipeline.records import Sentence

    clue = tagger.tag([Sentence(doc="x", paragraph=1, start=0, end=len(text), text=text)], None, context=False)[0]
    assert clue.is_problem is problem
    assert tagger.signals.decisive(text) == frame
    if (clue.problem_score >= tagger.problem_threshold) != problem:  # the frame overrode the model
        assert frame in clue.problem_evidence


def test_extract_tag_documents_equals_each_document_tagged_alone(tagger):
    """A bundle's documents tagged as one batch give each document's own clues: the short
    names one document defines do not name units in another, regions stay per document, and
    empty documents keep their place."""
    from pipeline.records import Sentence

    def doc(lines, section=("二、存在的问题",)):
        return [Sentence(doc="d", paragraph=i + 1, start=0, end=len(t), text=t, section=section)
                for i, t in enumerate(lines)]

    defines = doc(["省委第二巡视组向恒岳建工集团有限公司（以下简称“恒岳建工”）党委反馈巡视情况。",
                   "巡视指出，恒岳建工在建项目结算滞后，违规发放津补贴12.5万元。"])
    uses = doc(["巡视指出，恒岳建工在建项目结算滞后，违规发放津补贴12.5万元。",
                "县住建局1名干部违规在房地产企业兼职取酬3.6万元。"])
    corpus = doc(["县交通运输局党组理论学习中心组2022年开展的8次集中学习中有5次以领读文件代替研讨。",
                  "白沙镇财政所违规发放加班补贴3.2万元，涉及干部12名。",
                  "下一步，我们将持续深化整改，巩固巡察成果。"] * 60)
    documents = [(defines, "某省"), ([], None), (uses, "桐溪县"), (corpus, "云溪县")]
    together = tagger.tag_documents(documents)
    alone = [tagger.tag(sentences, region) for sentences, region in documents]
    assert together == alone
    assert together[1] == []
    units_in = [{u.canonical for c in clues for u in c.units} for clues in together]
    assert "恒岳建工集团有限公司" in units_in[0] and "恒岳建工集团有限公司" not in units_in[2]
    assert tagger.tag_documents([]) == [] and tagger.tag_documents([([], None)]) == [[]]


def _categories_batch_row_by_row(tagger, rule_hits, p_cats):
    """``Tagger.categories_batch`` as it was written first, one row and one category at a time."""
    from pipeline.extract import noisy_or
    from pipeline.records import CategoryHit

    col = tagger._model_col
    out = []
    for hits, p_model in zip(rule_hits, np.asarray(p_cats, dtype=np.float64).tolist()):
        p = [p_model[c] if c >= 0 else 0.0 for c in col.tolist()]
        w = [max((h.weight for h in hits.get(code, ())), default=0.0) for code in tagger._codes]
        s = [float(noisy_or(np.float64(a), np.float64(b), tagger.rule_strength)) for a, b in zip(p, w)]
        picked = [j for j, v in enumerate(s) if v >= tagger._thresholds[tagger._codes[j]]]
        if not picked:
            best = max(range(len(s)), key=s.__getitem__)
            picked = [best] if s[best] >= tagger.fallback else []
        picked.sort(key=lambda j: -s[j])
        row = []
        for j in picked:
            code = tagger._codes[j]
            evidence = tuple(dict.fromkeys(f"rule:{code}/{h.rule_id}" for h in hits.get(code, ())))
            row.append(CategoryHit(code, tagger._labels.get(code, code), round(s[j], 4),
                                   evidence + (f"model:{p[j]:.2f}",)))
        out.append(tuple(row))
    return out


def test_extract_categories_batch_same_as_row_by_row(tagger):
    """The batch choice (thresholds, fallback, order by score with ties in code order,
    evidence) is the row-by-row one, on random rows whose scores often tie or sit exactly on a
    threshold or the fallback, with rules fired on several categories, a rule listed twice
    and categories without rules."""
    import copy
    import random

    from pipeline.rules import RuleHit

    tagger = copy.copy(tagger)
    tagger.fallback = 0.25  # a score can equal it exactly: 1 - (1 - 0.25) == 0.25
    rng = random.Random(5)
    codes, width = tagger._codes, len(tagger.model.codes_)
    low = [0.0, 0.02, 0.05, 0.25]  # no category, or the fallback (exactly at it)
    high = [0.9, rng.random(), *tagger._thresholds.values()]  # a category (exactly at its threshold)
    rows, p_cats = [], np.zeros((400, width))
    for r in range(400):
        for c in range(width):
            p_cats[r, c] = rng.choice(high) if rng.random() < 0.06 else rng.choice(low) * (r % 3 > 0)
        hits = {}
        for code in rng.sample(codes, rng.choice([0, 0, 1, 2, 3])):
            ids = [f"r{rng.randint(1, 3)}" for _ in range(rng.randint(1, 3))]  # may repeat a rule
            hits[code] = [RuleHit(code, i, 0, 2, rng.choice([0.3, 0.5, 1.0])) for i in ids]
        rows.append(hits)
    got = tagger.categories_batch(rows, p_cats)
    assert got == _categories_batch_row_by_row(tagger, rows, p_cats)
    assert sum(len(r) > 1 for r in got) > 20 and sum(len(r) == 0 for r in got) > 20
    assert sum(len(r) == 1 and r[0].score < 0.5 for r in got) > 20  # the fallback
    assert tagger.categories_batch([], np.zeros((0, width))) == []

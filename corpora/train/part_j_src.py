"""Hand-written labelled sentences, part J: six whole invented documents, line by line.

Each document is written in sequence as it would read: title, headings (their own lines,
non-problems unless the heading itself asserts an existing deficiency), background,
achievements, findings under 一是/二是 with units, and recommendations. Every line carries
the heading it sits under as `section` (the title for the title and top-level headings).
Documents 2 and 5 are written entirely with half-width punctuation, as PDF conversions are.

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_j.jsonl next to it and print validation counts.

Entry forms: T(title), H1(heading), H2(heading[, cats, units]) and tuples
(text,) for non-problems or (text, "cat cat", "unit|unit") for problems.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path


def T(text):
    return ("T", text)


def H1(text, cats="", units=""):
    return ("H1", text, cats, units)


def H2(text, cats="", units=""):
    return ("H2", text, cats, units)


# Document 1: 市委巡察反馈意见 to a 市属国企 (full-width)
D1 = [
    T("中共临江市委第二巡察组关于巡察临江市交通发展集团有限公司党委的反馈意见"),
    H1("一、巡察工作基本情况"),
    ("根据市委统一部署，2023年9月上旬至11月中旬，市委第二巡察组对市交通发展集团有限公司党委开展了常规巡察。",),
    ("巡察期间，共受理来信来电来访71件次，个别谈话152人次，调阅会议记录、合同台账等资料2300余份。",),
    ("巡察组还下沉走访了集团所属路桥、物流、置业等9家子公司和3个在建项目部。",),
    H1("二、主要成效"),
    ("近年来，市交发集团党委把党的领导融入公司治理各环节，修订完善党委前置研究讨论重大经营管理事项清单。",),
    ("集团资产总额由2019年的211亿元增长到2022年的367亿元，主体信用等级提升至AA+。",),
    ("承建的滨江大道、临港快速通道等市级重点工程均按期建成通车，社会反响较好。",),
    ("集团纪委会同审计部门开展工程项目专项检查，2022年以来追回多结算工程款1260万元。",),
    H1("三、发现的主要问题"),
    H2("（一）学习贯彻党的创新理论不够深入", "study", ""),
    ("一是中心组学习重形式轻效果，集团党委2022年安排的12次集中学习中有7次仅为领读文件，未安排研讨发言。", "study formalism", ""),
    ("二是学用结合不紧，对交通强国建设等部署研究不深，主业投资结构调整迟缓。", "study", ""),
    ("三是意识形态工作责任制落实不到位，集团党委近两年未专题研判意识形态形势，网站和公众号信息审核把关不严。", "study", ""),
    ("市交发物流公司官方公众号转载不当言论未及时发现删除，造成不良影响。", "study", "市交发物流公司"),
    H2("（二）落实全面从严治党“两个责任”有差距"),
    ("一是主体责任压力传导层层递减，集团党委与子公司签订党风廉政建设责任书后，未开展过一次履责情况检查。", "accountability", ""),
    ("二是对“一把手”监督乏力，市交发置业公司原总经理长期一人说了算，重大事项由其个人拍板后补办会议程序。", "accountability political_life formalism", "市交发置业公司"),
    ("三是提醒谈话制度落实不到位，班子成员对分管领域苗头性问题发现后未及时谈话提醒，有的问题拖到被举报才处理。", "accountability", ""),
    ("四是对巡察、审计发现问题整改不够彻底，2021年市委巡察反馈的11个问题中仍有4个未整改到位。", "rectification", ""),
    ("市审计局指出的市交发路桥公司应收账款长期挂账问题，至今只做了催收函，没有实质性进展。", "rectification", "市交发路桥公司"),
    ("有的整改仅以出台一项制度作为完成标志，整改台账上写着“已完成”，实际问题依旧存在。", "rectification formalism", ""),
    H2("（三）“三重一大”决策制度执行不严"),
    ("一是集团党委会议事规则未随公司章程修订同步调整，党委会与董事会、经理层议事权限边界不清。", "political_life", ""),
    ("二是部分重大事项未经集体研究，市交发资产运营公司2022年对外出借资金3800万元仅由经理办公会决定。", "political_life finance", "市交发资产运营公司"),
    ("三是班子民主生活会辣味不足，相互批评意见多为“注意身体”“加强学习”等，以希望代替批评。", "political_life", ""),
    H2("（四）廉洁风险防控存在薄弱环节"),
    ("一是工程项目管理不规范，临港快速通道项目3个标段以“紧急工程”为由直接委托施工，涉及金额1.42亿元。", "finance", ""),
    ("二是靠企吃企问题仍有发生，市交发路桥公司原副经理将砂石供应业务介绍给其妻弟经营的公司，从中收受好处费26万元。", "corruption", "市交发路桥公司"),
    ("三是违规兼职取酬，2名子公司中层干部未经批准在民营物流企业担任监事并领取报酬。", "side_jobs", ""),
    ("四是中央八项规定精神执行不够严格，集团办公室2022年以“会议费”名义列支接待餐费9.6万元。", "extravagance finance", ""),
    ("市交发置业公司连续两年以“项目奖”名义向领导班子成员发放未经审批的奖金，人均4.3万元。", "extravagance", "市交发置业公司"),
    ("五是财务管理松散，部分子公司存在大额现金支付、白条入账等问题，抽查凭证中白条金额达47万元。", "finance", ""),
    ("市交发物流公司车辆资产账实不符，有14台报废车辆未核销，仍在账面计提折旧。", "finance", "市交发物流公司"),
    H2("（五）选人用人和基层党建工作存在短板"),
    ("一是选人用人不够规范，2021年以来集团有5名中层干部提拔任职前未按规定进行任前公示。", "personnel", ""),
    ("二是干部人事档案管理不严，抽查38卷档案中有9卷存在出生日期、入党时间前后不一未认定问题。", "personnel", ""),
    ("三是子公司超职数配备副职，市交发路桥公司核定副经理3名，实际配备5名。", "personnel", "市交发路桥公司"),
    ("四是基层党组织建设弱化，4个项目部党支部长期未按期开展“三会一课”，会议记录为事后补写。", "party_organization formalism", ""),
    ("五是党费收缴不规范，部分党员按基本工资而非应税收入计算党费，少交问题较为普遍。", "party_organization", ""),
    ("六是党务信息公开不及时，集团党委年度党费使用情况未在职工中公示。", "disclosure", ""),
    H2("（六）服务群众和履行社会责任不够到位"),
    ("一是拖欠农民工工资问题时有发生，滨江大道配套工程分包单位拖欠63名务工人员工资210余万元，引发多次集体上访。", "livelihood", ""),
    ("二是对群众反映的公交首末站噪声扰民问题推诿拖延，集团与市交通运输局相互推责，信访件拖延8个月未办结。", "livelihood bureaucratism", "市交通运输局"),
    ("三是客运站便民服务设施陈旧，市交发客运公司北站候车室无障碍设施损坏长达一年无人维修。", "livelihood bureaucratism", "市交发客运公司"),
    H1("四、巡察整改意见"),
    ("市交发集团党委要切实提高政治站位，把学习贯彻党的创新理论作为首要政治任务，健全“第一议题”制度。",),
    ("要严格落实全面从严治党主体责任，建立子公司“一把手”履责清单，推动压力层层传导。",),
    ("要聚焦工程建设、物资采购、资金出借等关键环节，开展廉洁风险排查，堵塞制度漏洞。",),
    ("要深入整治违规发放奖金补贴、违规吃喝等问题，对本次巡察发现的问题逐项核查。",),
    ("要规范选人用人工作，完善干部任前公示、档案专审等程序。",),
    ("要加强基层党支部标准化规范化建设，确保“三会一课”等制度落到实处。",),
    ("要把维护农民工合法权益摆在突出位置，督促分包单位限期清偿欠薪。",),
    H1("五、有关问题线索移交情况"),
    ("巡察中发现的反映领导干部问题线索3件，已按程序移交市纪委监委。",),
    ("涉及选人用人方面的问题，已移交市委组织部处理。",),
    ("市交发集团党委要在收到反馈意见后2个月内报送整改落实情况报告，整改情况按规定向党内通报、向社会公开。",),
]

# Document 2: 县纪委 政治生态分析报告 (entirely half-width)
D2 = [
    T("中共岚溪县纪委监委关于2023年度全县政治生态分析研判情况的报告"),
    H1("一、研判工作开展情况"),
    ("按照县委部署,县纪委监委综合运用信访举报、审查调查、巡察监督、审计监督等信息,对全县政治生态进行了分析研判",),
    ("此次研判覆盖县直部门58个、乡镇14个、县属国有企业6家",),
    ("2023年全县纪检监察机关共受理信访举报412件,同比下降11.2%",),
    ("全年立案查处违反中央八项规定精神问题37起,处理49人",),
    ("运用监督执纪\"四种形态\"处理1073人次,其中第一种形态占比78.6%",),
    H1("二、政治生态总体评价"),
    ("从研判情况看,全县政治生态总体向好,\"优良\"等次单位占比较上年提高6个百分点",),
    ("各级党组织落实全面从严治党主体责任的意识逐步增强,干部队伍作风进一步转变",),
    ("但对照高质量发展要求,政治生态中仍存在一些不容忽视的问题",),
    H1("三、存在的突出问题"),
    H2("(一)管党治党责任落实不够到位", "accountability", ""),
    ("一是部分单位党组织书记第一责任人意识不强,县自然资源局党组全年仅研究党风廉政建设工作1次", "accountability", "县自然资源局"),
    ("二是\"一岗双责\"落实不力,一些班子成员只管业务不管党风,对分管领域问题失察失管", "accountability", ""),
    ("2023年因落实主体责任不力被问责的领导干部达17人,较上年增加5人", "accountability", ""),
    ("三是同级监督偏软,有的派驻纪检监察组对驻在部门班子成员监督\"不敢碰硬\"", "accountability", ""),
    ("四是政治生态分析研判质量不高,县卫健局、县水利局报送的研判报告内容雷同,问题分析流于空泛", "accountability formalism", "县卫健局|县水利局"),
    H2("(二)\"四风\"问题隐形变异时有发生"),
    ("一是违规吃喝问题仍然多发,全年查处的37起中违规吃喝占16起,且多转入农家乐、私人会所等隐蔽场所", "extravagance", ""),
    ("白沙镇党委书记在镇食堂违规组织宴请,费用由辖区内企业支付", "extravagance", "白沙镇"),
    ("二是违规发放津补贴问题屡禁不止,县城投公司以\"绩效考核奖\"名义违规发放补贴38.7万元", "extravagance", "县城投公司"),
    ("三是公车私用仍有发生,县农机服务中心驾驶员利用公车接送子女上学长达半年", "extravagance", "县农机服务中心"),
    ("四是形式主义问题不同程度存在,一些部门台账资料层层加码,基层反映\"迎检比干事还累\"", "formalism", ""),
    ("县住建局对乡镇的同一项检查半年内重复开展4次,每次要求重新报送纸质材料", "formalism", "县住建局"),
    ("五是不作为慢作为问题群众反映较多,县人社局劳动保障监察大队对欠薪投诉平均办理时间超过规定时限一倍", "bureaucratism livelihood", "县人社局"),
    H2("(三)重点领域腐败问题易发多发"),
    ("一是工程建设领域问题突出,全年查处的领导干部违纪违法案件中,涉及工程项目的占比达41%", "corruption", ""),
    ("县交通运输局原局长利用职务便利为他人承揽工程提供帮助,收受财物折合人民币186万元", "corruption", "县交通运输局"),
    ("二是县人民医院在药品耗材采购中存在规避招标问题,部分耗材长期由同一供应商供货", "finance", "县人民医院"),
    ("三是\"靠企吃企\"仍有发生,县粮食储备公司负责人将公司仓库低价出租给亲属使用", "corruption", "县粮食储备公司"),
    ("四是违规经商办企业问题时有反映,县市场监管局1名股级干部以他人名义入股经营建材公司", "side_jobs", "县市场监管局"),
    H2("(四)群众身边腐败和作风问题仍有发生"),
    ("一是惠农资金领域问题较多,全年查处的群众身边问题中,涉及低保、危房改造资金的占到一半以上", "micro_corruption", ""),
    ("桃源乡刘家坪村党支部书记虚报冒领耕地地力保护补贴2.1万元", "micro_corruption", "桃源乡刘家坪村"),
    ("二是村级\"三资\"管理薄弱,石岭镇部分村集体资产出租未经民主程序,租金长期未收缴", "micro_corruption finance", "石岭镇"),
    ("三是村务公开不规范,个别村财务公开栏内容长期不更新,群众对村级财务收支情况不了解", "disclosure", ""),
    ("四是信访积案化解缓慢,涉及征地补偿的3件重复信访件积压超过两年", "livelihood", ""),
    H2("(五)基层党组织和干部队伍建设存在薄弱环节"),
    ("一是部分基层党组织政治功能弱化,县直机关工委抽查发现11个支部主题党日活动内容单一,以学文件代替组织生活", "party_organization", ""),
    ("二是选人用人满意度有待提升,县统计局干部选拔任用\"一报告两评议\"满意率仅为68%", "personnel", "县统计局"),
    ("三是领导干部个人有关事项报告不实问题仍然存在,随机抽查核实中发现漏报瞒报12人", "personnel", ""),
    ("四是民主生活会质量不高,一些班子查摆问题避重就轻,对上级点出的问题照抄照搬", "political_life", ""),
    ("五是理论学习流于形式,个别单位中心组学习记录雷同,存在代写心得体会现象", "study formalism", ""),
    H2("(六)巡察审计整改质效不高"),
    ("一是十三届县委第三轮巡察反馈问题整改完成率为82%,仍有部分问题未按期销号", "rectification", ""),
    ("二是县文化馆对审计指出的专项资金闲置问题\"以文件落实文件\",资金至今未拨付使用", "rectification formalism", "县文化馆"),
    ("三是整改后问题反弹回潮,县林业局已清退的违规租用车辆在整改验收后又重新租用", "rectification", "县林业局"),
    H1("四、原因分析"),
    ("从主观上看,一些党组织和领导干部管党治党政治自觉不强,存在重业务轻党建倾向", "accountability", ""),
    ("从制度上看,部分单位财务内控制度不健全,资金审批\"一支笔\"现象仍然存在", "finance", ""),
    ("从监督上看,各类监督贯通协同不够,监督发现问题的精准度有待提高", "accountability", ""),
    H1("五、下一步工作建议"),
    ("一是压紧压实管党治党政治责任,将政治生态研判结果纳入单位年度考核",),
    ("二是紧盯工程建设、医疗卫生、粮食购销等重点领域,开展系统整治",),
    ("三是持续深化群众身边不正之风和腐败问题集中整治,严查虚报冒领惠农补贴等问题",),
    ("四是强化巡察审计整改监督,对整改不力的单位约谈主要负责人",),
    ("五是将政治生态研判结果运用于干部选拔任用和评先评优",),
    ("县纪委监委将每半年开展一次政治生态动态研判,及时向县委报告",),
]


DOCS = [d for d in (globals().get(f"D{i}") for i in range(1, 7)) if d is not None]

FORBIDDEN = ["新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局",
             "区公资交易中心", "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局",
             "区退役军人局", "商务投促局", "区公安分局", "区建交局", "藏经阁"]
FULL_WIDTH = "，（）“”：；"
HALF_WIDTH = ',()":;'
NOT_UNITS = ("全县", "全区", "全市", "全省", "巡察组", "巡视组", "纪委", "巡察办", "系统")


def taxonomy_codes():
    """Read the category codes from the shared taxonomy table."""
    text = Path("/work/shared/taxonomy.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


def record(text, cats, units, section):
    cats = cats.split()
    return {"text": text, "is_problem": bool(cats), "categories": cats,
            "units": [u for u in units.split("|") if u], "section": section}


def build(doc):
    """Turn one document into records, each with the heading it sits under."""
    out = []
    title = h1 = h2 = None
    for e in doc:
        if e[0] == "T":
            title = e[1]
            out.append(record(title, "", "", title))
        elif e[0] == "H1":
            h1, h2 = e[1], None
            out.append(record(h1, e[2], e[3], title))
        elif e[0] == "H2":
            h2 = e[1]
            out.append(record(h2, e[2], e[3], h1 or title))
        else:
            text, cats, units = (e + ("", ""))[:3]
            out.append(record(text, cats, units, h2 or h1 or title))
    return out


def validate(records):
    codes = taxonomy_codes()
    errors = []
    seen = set()
    for r in records:
        t = r["text"]
        key = t.rstrip("。.")
        if key in seen:
            errors.append(f"duplicate: {t}")
        seen.add(key)
        if re.search(r"[。！？；;!?]", key):
            errors.append(f"sentence boundary inside: {t}")
        if len(set(r["categories"])) != len(r["categories"]):
            errors.append(f"repeated category: {t}")
        for c in r["categories"]:
            if c not in codes:
                errors.append(f"unknown category {c}: {t}")
        if not r["is_problem"] and (r["categories"] or r["units"]):
            errors.append(f"non-problem with labels: {t}")
        pos = -1
        for u in r["units"]:
            i = t.find(u, pos + 1)
            if i < 0:
                errors.append(f"unit {u} not in text (in order): {t}")
            else:
                pos = i
            if any(n in u for n in NOT_UNITS):
                errors.append(f"not a unit {u}: {t}")
            if re.fullmatch(r".{1,3}[县市区]", u) and not u.endswith("社区"):
                errors.append(f"a region as a whole is not a unit {u}: {t}")
        for f in FORBIDDEN:
            if f in t:
                errors.append(f"forbidden name {f}: {t}")
        if any(ch in t for ch in HALF_WIDTH) and any(ch in t for ch in FULL_WIDTH):
            errors.append(f"mixed half- and full-width punctuation: {t}")
        if not r.get("section"):
            errors.append(f"no section: {t}")
    return errors


def main():
    records = [r for doc in DOCS for r in build(doc)]
    errors = validate(records)
    here = Path(__file__).resolve().parent
    others = set()
    for path in sorted(here.glob("part_*.jsonl")):
        if path.name == "part_j.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            others.add(json.loads(line)["text"].rstrip("。."))
    errors += [f"duplicate of another part: {r['text']}" for r in records
               if r["text"].rstrip("。.") in others]
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = here / "part_j.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == records
    problems = [r for r in records if r["is_problem"]]
    cats = Counter(c for r in problems for c in r["categories"])
    with_units = sum(bool(r["units"]) for r in problems)
    half = sum(any(ch in r["text"] for ch in HALF_WIDTH) for r in records)
    full = sum(any(ch in r["text"] for ch in FULL_WIDTH) for r in records)
    lens = [len(r["text"]) for r in records]
    print(f"wrote {len(records)} lines in {len(DOCS)} documents to {out}")
    for i, doc in enumerate(DOCS, 1):
        rs = build(doc)
        print(f"  document {i}: {len(rs)} lines, {sum(r['is_problem'] for r in rs)} problems")
    print(f"problems {len(problems)}, non-problems {len(records) - len(problems)}, "
          f"multi-label {sum(len(r['categories']) > 1 for r in problems)}")
    print(f"problems naming units {with_units} ({with_units / len(problems):.0%}), "
          f"unit mentions {sum(len(r['units']) for r in problems)}")
    print(f"length {min(lens)}-{max(lens)} (mean {sum(lens) / len(lens):.0f})")
    print(f"half-width lines {half} ({half / len(records):.0%}), full-width lines {full}, "
          f"neither {len(records) - half - full}")
    print(f"with section {sum(bool(r.get('section')) for r in records)}")
    print("per category (problem sentences carrying it):")
    for code in sorted(taxonomy_codes()):
        print(f"  {code:20s} {cats.get(code, 0)}")


if __name__ == "__main__":
    main()

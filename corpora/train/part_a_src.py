"""Hand-written training sentences, part A (作风/廉洁/学习 categories and non-problems).

Every line of the data blocks below was written by hand, one sentence at a time. Line format:

    P|text|cat1,cat2|unit1/unit2|section      a problem sentence (units and section may be empty)
    N|text|section                            a non-problem sentence (section may be empty)

Run ``python corpora/train/part_a_src.py`` to validate the data and write ``part_a.jsonl`` next to
this file; the script prints the per-category counts and the share of half-width punctuation.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAXONOMY = Path(__file__).resolve().parents[2] / "rules" / "taxonomy.yml"
FORBIDDEN = ("新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局",
             "区公资交易中心", "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局",
             "区退役军人局", "商务投促局", "区公安分局", "区建交局", "藏经阁")
HALF = set(',():"')
FULL = set("，（）：“”")

CHUNKS = []


def parse(chunks):
    """Turn the data blocks into JSONL records, raising ValueError on a malformed line."""
    records = []
    for block in chunks:
        for raw in block.strip().splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split("|")
            kind = fields[0]
            if kind == "P":
                if len(fields) not in (4, 5):
                    raise ValueError(f"bad P line: {line}")
                cats = [c for c in fields[2].split(",") if c]
                units = [u for u in fields[3].split("/") if u]
                section = fields[4] if len(fields) == 5 else ""
                rec = {"text": fields[1], "is_problem": True, "categories": cats, "units": units}
            elif kind == "N":
                if len(fields) not in (2, 3):
                    raise ValueError(f"bad N line: {line}")
                section = fields[2] if len(fields) == 3 else ""
                rec = {"text": fields[1], "is_problem": False, "categories": [], "units": []}
            else:
                raise ValueError(f"bad line kind: {line}")
            if section:
                rec["section"] = section
            records.append(rec)
    return records


def taxonomy_codes():
    return set(re.findall(r"^\s*- code: (\w+)", TAXONOMY.read_text(encoding="utf-8"), re.M))


def validate(records):
    """Return a list of problems found in the records (empty when all is well)."""
    errors = []
    codes = taxonomy_codes()
    seen = set()
    for i, r in enumerate(records, 1):
        t = r["text"]
        if t in seen:
            errors.append(f"{i}: duplicate: {t}")
        seen.add(t)
        if re.search(r"[。！？；;]", t[:-1]):
            errors.append(f"{i}: sentence break inside: {t}")
        for c in r["categories"]:
            if c not in codes:
                errors.append(f"{i}: unknown category {c}")
        if r["is_problem"] and not r["categories"]:
            errors.append(f"{i}: problem without category: {t}")
        pos = 0
        for u in r["units"]:
            j = t.find(u, pos)
            if j < 0:
                errors.append(f"{i}: unit {u} not in text (in order): {t}")
            else:
                pos = j + len(u)
        for f in FORBIDDEN:
            if f in t or any(f in u for u in r["units"]):
                errors.append(f"{i}: forbidden name {f}: {t}")
        if len(r["categories"]) != len(set(r["categories"])):
            errors.append(f"{i}: repeated category: {t}")
    return errors


def report(records):
    probs = [r for r in records if r["is_problem"]]
    cats = Counter(c for r in probs for c in r["categories"])
    half = sum(1 for r in records if set(r["text"]) & HALF and not set(r["text"]) & FULL)
    mixed = sum(1 for r in records if set(r["text"]) & HALF and set(r["text"]) & FULL)
    with_units = sum(1 for r in probs if r["units"])
    with_section = sum(1 for r in records if "section" in r)
    print(f"lines: {len(records)}  problems: {len(probs)}  non-problems: {len(records) - len(probs)}")
    print(f"problems naming units: {with_units} ({with_units / max(len(probs), 1):.0%})")
    print(f"lines with section: {with_section} ({with_section / len(records):.0%})")
    print(f"half-width lines: {half} ({half / len(records):.0%})  mixed: {mixed}")
    for code, n in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {code:20s} {n}")


def main():
    records = parse(CHUNKS)
    errors = validate(records)
    for e in errors:
        print(e, file=sys.stderr)
    report(records)
    if errors:
        sys.exit(1)
    with open(HERE / "part_a.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- formalism
CHUNKS.append(r'''
P|巡察发现，县住建局以会议落实会议现象较为突出，全年召开各类会议86次，部分会议内容重复。|formalism|县住建局|二、存在的主要问题
P|部分单位过度留痕，要求基层报送照片、台账和工作记录，村干部疲于应付。|formalism||
P|二是文山会海问题有所反弹,城关镇2023年印发文件312份,较上年增加27%。|formalism|城关镇|
P|一些部门督查检查考核过多过频，同一事项多头检查、重复检查，基层负担较重|formalism||（一）作风建设方面
P|区教育局开展"双减"督导检查走过场,检查组到校仅查阅资料,未深入课堂了解实际情况。|formalism|区教育局|
P|有的单位热衷于搞材料、造亮点，以材料代替落实，工作推进停留在纸面上。|formalism||
P|河西街道网格化管理工作重台账轻实效，网格员主要精力用于填报各类表格。|formalism|河西街道|
P|县文旅局党组理论学习中心组学习表面化,多以领读文件代替研讨,学习记录存在事后补记情况。|study,formalism|县文旅局|
P|部分村（社区）“三会一课”会议记录内容雷同，存在照抄照搬、事后补记问题。|party_organization,formalism||
P|市场监管局对上轮巡察反馈问题搞文字整改，整改报告中的12项措施有7项仅停留在制度文件上。|rectification,formalism|市场监管局|
P|部分干部调研蜻蜓点水、走马观花,调研报告质量不高,对决策参考价值有限。|formalism||
P|县卫健局开展政务服务满意度测评流于形式，测评表由工作人员代填。|formalism|县卫健局|
P|一些乡镇对上级部署照搬照抄、层层转发，以文件落实文件，缺乏结合实际的具体举措。|formalism||
P|白石县应急管理局安全生产隐患排查重留痕轻整治,排查台账记录的43处隐患中有19处未实际整改到位。|formalism|白石县应急管理局|二、巡察发现的主要问题
P|谈心谈话流于形式，部分班子成员谈话记录千篇一律、内容空泛。|political_life,formalism||
P|有的单位政务APP、公众号长期不更新，却仍要求干部职工每天下载打卡、刷积分|formalism||
P|清水镇开展人居环境整治搞"迎检式"突击,检查过后问题反弹。|formalism|清水镇|
P|县人社局对就业创业政策宣传停留在发资料、挂横幅层面，群众知晓率不高。|formalism|县人社局|
P|四是工作作风不实，部分干部热衷于“痕迹管理”，以拍照留痕代替实际工作。|formalism||（二）作风方面
P|县水务局河长制巡河记录存在代签、补签现象,巡河走过场。|formalism|县水务局|
P|创建文明城市工作中，部分社区临检前集中清理，检查后又恢复原状。|formalism||
P|区城管局考核指标设置过多过细，对街道年度考核达76项，导致基层疲于应付。|formalism|区城管局|
P|有的领导干部下基层调研前层层打招呼、安排"盆景式"路线,看到的多是"样板"。|formalism||
P|部分党支部主题党日活动“重拍照、轻实效”，活动内容与业务工作脱节。|party_organization,formalism||
P|民主生活会会前征求意见走过场，班子成员对照检查材料雷同。|political_life,formalism||（三）党内政治生活方面
P|南岭县林业局对巡察整改"纸面销号",整改台账显示已完成但实际问题依然存在。|rectification,formalism|南岭县林业局|
P|县交通运输局会议多、文件多，2023年以本局名义制发文件较上年增加41件，精文简会要求落实不到位。|formalism|县交通运输局|
P|部分镇村为应付检查,要求群众在入户走访记录上补签字。|formalism||
P|乡村振兴示范点建设重“面子”轻“里子”，部分项目只建了展示墙和宣传栏。|formalism||
P|县发改局对重点项目调度“以表代督”，仅要求项目单位每周报送进度表，未实地核查。|formalism|县发改局|
P|基层减负工作落实不够,一些部门以微信工作群代替实际指导,要求基层"随时在线、即时回复"。|formalism||
P|县司法局普法宣传活动流于形式，活动以发放宣传资料、拍照为主。|formalism|县司法局|
P|南街社区门口悬挂各类牌子23块，“牌子多、实事少”问题依然存在。|formalism|南街社区|
P|部分单位安全生产培训走过场,培训签到表与实际参训人员不符。|formalism||
P|县供销社综合改革停留于发文件、定方案，具体改革任务推进迟缓。|formalism|县供销社|
P|党建引领基层治理存在“上热中温下冷”现象，部分村仅满足于完成规定动作。|formalism||
P|县自然资源局开展"大走访"活动,走访记录与实际情况不符,部分走访对象表示从未接到走访。|formalism|县自然资源局|
P|五是“一刀切”“层层加码”问题仍有发生|formalism||
P|有的基层党组织开展警示教育仅满足于观看警示片、读通报，没有结合本单位案例以案促改。|formalism||
P|城南中学对教师的考核重材料轻实绩,要求教师大量撰写各类心得体会和工作总结。|formalism|城南中学|
P|整改方案照搬照抄巡察反馈意见原文，整改措施针对性不强、可操作性差。|rectification,formalism||
P|市政务服务中心“好差评”系统评价数据存在工作人员代评现象，评价结果失真。|formalism|市政务服务中心|
P|三是会风文风不够务实,部分会议时间冗长、议题泛化,讲话稿动辄上万字。|formalism||
P|龙泉镇部分村级组织台账多达50余本，村干部大量时间用于整理资料。|formalism|龙泉镇|
P|县科技局开展科技特派员服务活动流于形式，部分特派员全年未到服务村开展指导。|formalism|县科技局|
P|部分干部以"文件传达了、会议开过了"代替工作落实,满足于按程序办事。|formalism||
P|县人民医院开展医德医风专项整治重宣传轻查改，未查找出具体问题。|formalism|县人民医院|
P|县生态环境局对环保督察交办问题整改验收把关不严，存在“一销了之”现象。|rectification,formalism|县生态环境局|
P|一些单位对基层减负要求换汤不换药,将纸质报表改为线上填报,基层负担未实质减轻。|formalism||
P|石桥镇党委书记抓基层党建述职报告内容空泛，成绩罗列多、问题剖析少。|accountability,formalism|石桥镇|
P|有的单位学习贯彻上级精神停留在照本宣科，研讨发言稿内容雷同。|study,formalism||
P|农村人居环境整治存在"刷白墙""摆盆景"等做法,群众反映"看着好看、不顶用"。|formalism||
P|县教育局党组中心组学习走过场，全年12次学习中有5次仅为传达文件。|study,formalism|县教育局|（一）党的建设方面
P|县住建局对城镇燃气安全排查“以查代改”，查出问题后跟踪督办不力。|formalism|县住建局|
P|部分村务监督委员会履职流于形式,对村级重大事项的监督仅停留在会议签字。|formalism||
P|县市场监管局食品安全检查记录照抄模板，检查意见千篇一律。|formalism|县市场监管局|
P|巡察组抽查发现，部分单位的会议纪要为事后补写，与会人员签名系同一人笔迹。|formalism||
P|东湖区统计局对基层报送数据"只收不审",数据质量核查走过场。|formalism|东湖区统计局|
P|重部署轻落实的问题不同程度存在，一些工作开会部署后就没了下文。|formalism||
P|县委党校主体班次教学安排重课时数量、轻培训实效，学员考核流于形式。|formalism|县委党校|
''')
# ---------------------------------------------------------------- bureaucratism
CHUNKS.append(r'''
P|县不动产登记中心超期办理问题突出，抽查的120件业务中有23件超过承诺时限。|bureaucratism|县不动产登记中心|二、存在的主要问题
P|县人社局窗口工作人员随意退件,一次性告知制度落实不到位,群众反映需多次跑腿。|bureaucratism|县人社局|
P|部分部门之间推诿扯皮，对职责交叉事项你推我、我推你，问题长期得不到解决。|bureaucratism||
P|一些干部存在“不求有功、但求无过”思想，甘愿平庸，干事创业精气神不足。|bureaucratism||
P|区住建局与区城管局在违建查处上相互推诿,翠湖家园小区违建问题长期未得到处理。|livelihood,bureaucratism|区住建局/区城管局|
P|县公安局个别民警执法办案不规范，存在超期羁押、案件久拖不结等问题。|bureaucratism|县公安局|（二）政法队伍建设方面
P|公安干警违反工作纪律，上班期间饮酒、值班脱岗等问题时有发生。|bureaucratism||
P|县交警大队部分辅警执勤不规范,存在随意处罚、态度生硬等问题。|bureaucratism|县交警大队|
P|疫情防控期间，县卫健局2名干部因履职不力被问责。|bureaucratism|县卫健局|
P|部分干部因在防汛工作中擅离职守被追责问责。|bureaucratism||
P|县发改局未经充分调查论证便作出决策，导致物流园区项目建成后长期闲置。|bureaucratism|县发改局|
P|县农业农村局本位主义突出,对涉农资金统筹整合工作消极应付,配合度不高。|bureaucratism|县农业农村局|
P|群众反映强烈的老旧小区加装电梯问题，因县住建局与相关街道相互推诿，三年未能解决。|livelihood,bureaucratism|县住建局|三、民生领域问题
P|部分村干部对群众来信来访不理不睬，信访事项办理超期。|livelihood,bureaucratism||
P|县市场监管局对群众投诉举报的食品安全问题查处不力,回复敷衍了事。|bureaucratism|县市场监管局|
P|一些单位乱作为，违规设置审批前置条件，增加企业办事成本。|bureaucratism||
P|县自然资源局对违法占地行为发现不及时、制止不到位，慢作为问题突出。|bureaucratism|县自然资源局|
P|黄坪镇机关工作人员上班时间玩手机游戏、迟到早退,工作纪律松弛。|bureaucratism|黄坪镇|
P|部分干部担当意识不强，遇到矛盾绕道走，碰到难题往上推。|bureaucratism||
P|县医保局异地就医备案办理时限长，群众多次反映未得到改进。|bureaucratism|县医保局|
P|县城管执法局执法人员执法方式简单粗暴,引发群众不满。|bureaucratism|县城管执法局|
P|营商环境方面，县行政审批局部分审批事项仍存在“体外循环”、隐性审批问题。|bureaucratism|县行政审批局|
P|县教育局对校外培训机构监管缺位，群众多次举报的无证办学问题未及时处理。|bureaucratism|县教育局|
P|部分派出所接处警不规范,存在接警不出警、出警不及时问题。|bureaucratism||
P|县公安局城东派出所个别民警未按规定使用执法记录仪，执法过程记录不完整。|bureaucratism|县公安局|
P|县法院部分民事案件审理超审限，执行到位率偏低。|bureaucratism|县法院|
P|因对辖区安全生产监管不力,紫阳镇分管负责人被诫勉谈话。|bureaucratism|紫阳镇|
P|农民工讨薪投诉因人社、住建部门相互推诿，长期得不到回应。|livelihood,bureaucratism||
P|县民政局对养老机构消防隐患整改督促不力，问题反复出现。|bureaucratism|县民政局|
P|有的领导干部决策拍脑袋,对"三重一大"事项不经调研论证即上会研究。|political_life,bureaucratism||
P|县林业局对森林防火工作重视不够，护林员队伍管理松散，巡山不到位。|bureaucratism|县林业局|
P|部分单位首问负责制落实不到位，群众咨询“问而不答、答而不清”。|bureaucratism||
P|县信访局对重复信访事项化解不力,部分积案长达五年未化解。|livelihood,bureaucratism|县信访局|
P|县公积金管理中心提取业务手续繁琐，要求群众重复提交证明材料。|bureaucratism|县公积金管理中心|
P|个别干部对群众诉求冷硬横推，“门难进、脸难看、事难办”现象仍未根除。|bureaucratism||
P|安宁县交通局对农村公路养护不重视,部分路段损毁严重未及时修复,群众出行不便。|livelihood,bureaucratism|安宁县交通局|
P|县司法局社区矫正工作存在脱管漏管现象。|bureaucratism|县司法局|
P|有的干部工作敷衍塞责，上级交办的任务一拖再拖。|bureaucratism||
P|县水利局对农村饮水安全工程维护管理不到位，部分村出现季节性断水，群众反映强烈。|livelihood,bureaucratism|县水利局|
P|2023年全县因不担当不作为被问责的干部较上年增加12人,慢作为问题依然突出。|bureaucratism||
P|县招商局对企业诉求回应不及时，已签约项目落地率低。|bureaucratism|县招商局|
P|县生态环境局对企业违法排污查处不力，“以罚代管”问题突出。|bureaucratism|县生态环境局|
P|部分干部纪律意识淡薄,工作日午间饮酒、上班期间办私事。|bureaucratism||
P|东城街道对辖区占道经营问题整治不力，群众多次投诉未果。|livelihood,bureaucratism|东城街道|
P|县残联残疾人证办理流程繁琐，残疾人需往返多次才能办结。|bureaucratism|县残联|
P|县看守所个别管教民警违规为在押人员传递物品,监管工作纪律执行不严。|bureaucratism|县看守所|
P|部分执法人员选择性执法、随意性执法，自由裁量权行使不规范。|bureaucratism||（三）依法行政方面
P|县国资委对国有企业监管不到位，对企业重大投资事项未履行审核程序。|bureaucratism|县国资委|
P|一些基层干部对惠民政策一知半解,群众咨询时答非所问。|bureaucratism||
P|县人社局劳动保障监察大队对欠薪投诉处理超期，最长一件历时14个月。|livelihood,bureaucratism|县人社局|
P|县乡两级在防返贫动态监测中履职不到位，部分监测对象应纳未纳。|bureaucratism||
P|河口乡党委对群众反映的饮水难问题久拖不决。|livelihood,bureaucratism|河口乡|
P|个别单位为追求政绩盲目铺摊子、上项目,造成资源浪费。|bureaucratism||
P|县交警大队车管所“黄牛”代办现象屡禁不止，窗口服务监管缺位。|bureaucratism|县交警大队|
P|部分干部“走读”现象较为普遍，值班值守制度执行不严。|bureaucratism||
P|因在森林防灭火工作中失职失责,县林业局1名副局长受到政务记过处分。|bureaucratism|县林业局|
P|五是担当作为不够，面对历史遗留问题存在等靠要思想，办法不多、措施不力。|bureaucratism||
P|县城乡规划局对规划许可变更审查不严，随意调整规划指标。|bureaucratism|县城乡规划局|
P|市公安局开发区分局个别民警违规查询公民个人信息,数据安全管理纪律执行不严。|bureaucratism|市公安局开发区分局|
P|因对辖区企业安全隐患排查不到位，芦溪镇安监站站长被给予党内警告处分。|bureaucratism|芦溪镇|
''')
# ---------------------------------------------------------------- extravagance
CHUNKS.append(r'''
P|县交通运输局以“工作餐”名义列支公务接待餐费4.6万元，存在违规吃喝问题。|extravagance,finance|县交通运输局|（二）落实中央八项规定精神方面
P|巡察发现,县水务局在单位食堂违规吃喝,相关费用在办公经费中列支。|extravagance,finance|县水务局|
P|区住建局2021年至2023年以“加班费”名义向干部职工违规发放补贴28.7万元。|extravagance,finance|区住建局|
P|部分单位超标准报销差旅费，个别干部同一时间段重复报销交通费。|extravagance||
P|县总工会违规使用工会经费购买购物卡，发放金额超出规定标准。|extravagance|县总工会|
P|县人民医院违规使用工会经费组织职工外出旅游,支出6.2万元。|extravagance|县人民医院|
P|公车私用问题屡禁不止，部分干部节假日驾驶公车办私事。|extravagance||
P|县城投公司领导班子成员超标准配备公务用车。|extravagance|县城投公司|
P|一些单位以考察学习为名变相公款旅游,行程中安排与工作无关的景点参观。|extravagance||
P|县民政局个别干部收受管理服务对象赠送的礼品礼金。|extravagance|县民政局|
P|部分党员干部大操大办婚丧喜事，借机收受礼金。|extravagance||
P|县卫健局办公用房超标准,局领导办公室面积超出规定标准。|extravagance|县卫健局|
P|县文旅局公务接待无公函、无清单，接待标准超出规定。|extravagance|县文旅局|
P|向阳镇违规发放“双节”慰问品，人均价值800元。|extravagance|向阳镇|
P|中央八项规定精神落实不够严格,违规吃喝问题仍然多发。|extravagance||一、政治生态总体情况
P|2023年全县查处违反中央八项规定精神问题34起，其中违规收送礼品礼金问题较上年增加6起。|extravagance||
P|县国有资产经营公司以“业务招待费”名义列支职工聚餐费用。|extravagance,finance|县国有资产经营公司|
P|县自来水公司违规为职工发放节日福利费。|extravagance|县自来水公司|
P|县机关事务中心对公务用车管理不严,公车未按规定集中停放,存在公车私用风险。|extravagance|县机关事务中心|
P|部分村（社区）干部违规领取误工补贴，并截留部分用于个人开支。|extravagance,micro_corruption||
P|石牛镇金山村违规向村干部发放“年终奖”3.2万元，资金来源于村集体资产收益。|extravagance,micro_corruption|石牛镇金山村|
P|县供销社违规报销领导干部个人通讯费和加油费。|extravagance|县供销社|
P|个别领导干部接受管理服务对象宴请,出入私人会所。|extravagance||
P|城关第一小学违规收受教辅机构赠送的购物卡。|extravagance|城关第一小学|
P|县农业农村局以会议费名义列支公务接待费用1.8万元。|extravagance,finance|县农业农村局|
P|部分单位公务接待存在超标准、超范围陪餐问题。|extravagance||
P|县发改局违规报销无关人员差旅费。|extravagance|县发改局|
P|区城管局违规发放"节日加班费",变相发放福利。|extravagance,finance|区城管局|
P|部分领导干部在节假日期间违规使用公务用车接送家属。|extravagance||
P|县财政局以“购买办公用品”名义购买烟酒用于公务接待。|extravagance,finance|县财政局|二、存在的问题
P|东山镇卫生院违规发放绩效奖励，超出核定总量12万元。|extravagance|东山镇卫生院|
P|县林业局违规组织干部职工到风景区"团建",费用由单位承担。|extravagance|县林业局|
P|违规收送礼品礼金问题趋于隐蔽，有的干部通过微信红包、电子购物卡收受礼金。|extravagance||
P|县科协违规将工会经费用于支付单位接待费用。|extravagance,finance|县科协|
P|个别干部操办子女升学宴,邀请管理服务对象参加。|extravagance||
P|县人防办办公用房未按规定清理腾退，超标准面积180平方米。|extravagance|县人防办|
P|县城建投资公司领导违规乘坐飞机头等舱出差。|extravagance|县城建投资公司|
P|县市场监管局所属执法大队违规使用执法执勤车辆办理私事。|extravagance|县市场监管局|
P|城南中学违规向教职工发放补课费,资金来源于向学生收取的资料费。|extravagance,finance|城南中学|
P|“四风”问题隐形变异，由“台面上”转入“台面下”，有的干部在隐蔽场所违规吃喝。|extravagance||
P|县水利局违规向干部职工发放防暑降温费，发放标准超出规定。|extravagance|县水利局|
P|县融媒体中心违规列支职工健康体检以外的保健费用。|extravagance,finance|县融媒体中心|
P|北关街道公务接待清单与实际用餐人数不符,存在虚报接待人数问题。|extravagance,finance|北关街道|
P|个别干部违规收受下属单位赠送的土特产。|extravagance||
P|县人社局个别干部使用公务卡报销个人消费支出。|extravagance|县人社局|
P|县旅投公司违规组织职工年终聚餐，人均标准超出规定。|extravagance|县旅投公司|
P|违规公款购买、赠送月饼等节礼问题仍有发生|extravagance||
P|县委党校向外聘教师发放超标准讲课费,超出部分以资料费名义列支。|extravagance,finance|县委党校|
P|2022年以来，部分单位违规吃喝问题反弹回潮，被查处人数较上年增加。|extravagance||
P|县交警大队违规发放“执勤补贴”，补贴标准未经审批。|extravagance|县交警大队|
P|县粮食储备公司领导班子成员超标准使用办公室,并配备独立休息间。|extravagance|县粮食储备公司|
P|有的单位借召开会议之机发放纪念品，变相发放福利。|extravagance||
P|县妇联以活动经费名义报销工作人员私人聚餐费用。|extravagance,finance|县妇联|
P|岩口乡班子成员违规在乡机关食堂招待亲友。|extravagance|岩口乡|
P|个别国有企业负责人违规报销高档烟酒和娱乐消费。|extravagance||
P|县医保局违规发放"绩效考核奖",未报人社部门审核备案。|extravagance|县医保局|
P|县公路管理站违规使用养护专用车辆接送职工上下班。|extravagance|县公路管理站|
P|一是违反中央八项规定精神问题仍有发生，个别干部违规收受红包礼金。|extravagance||
P|部分单位以培训名义组织干部到外地旅游，培训内容与行程明显不符。|extravagance||
P|三是享乐主义、奢靡之风禁而未绝,违规吃喝、违规发放津补贴问题屡有发生。|extravagance||（二）作风方面
''')
# ---------------------------------------------------------------- micro_corruption
CHUNKS.append(r'''
P|部分村干部虚报冒领惠农补贴，侵害群众切身利益。|micro_corruption||
P|柳林镇大湾村村干部截留挪用危房改造补助资金4.5万元。|micro_corruption|柳林镇大湾村|（三）群众身边腐败问题
P|低保评定中存在优亲厚友现象,部分村干部亲属违规享受低保待遇。|micro_corruption||
P|县民政局对低保对象动态管理不到位，136名不符合条件人员仍在享受低保。|micro_corruption|县民政局|
P|征地拆迁补偿中，个别村干部优亲厚友，虚增拆迁面积套取补偿款。|micro_corruption||
P|县扶贫办个别工作人员违规向亲属发放产业扶贫补助。|micro_corruption|县扶贫办|
P|个别执法人员对商户吃拿卡要,违规收受好处费。|micro_corruption||
P|村集体“三资”管理混乱，部分村干部私自出租集体土地，租金收入未入账。|micro_corruption,finance||
P|个别公安民警充当涉黑涉恶势力“保护伞”，为其通风报信。|micro_corruption||
P|县农业农村局农机站工作人员在农机购置补贴审核中收受经销商好处费。|micro_corruption,corruption|县农业农村局|
P|安平镇清河村党支部书记以“村级公益事业”为名向群众收取费用，用于个人开支。|micro_corruption|安平镇清河村|
P|县残联工作人员违规为不符合条件人员办理残疾证,套取残疾人补贴。|micro_corruption|县残联|
P|个别村民小组长侵占集体经济组织分红款。|micro_corruption||
P|部分定点医疗机构通过虚构诊疗项目套取医保基金，监管失察失管。|micro_corruption,bureaucratism||
P|村级工程项目由村干部亲属承揽,存在"近亲繁殖"、利益输送问题。|micro_corruption,corruption||
P|涉黑涉恶案件中，有的基层干部与黑恶势力勾连，充当“保护伞”。|micro_corruption||二、存在的主要问题
P|城郊小学将营养改善计划资金挪用于弥补办公经费。|micro_corruption,finance|城郊小学|
P|个别村干部在扶贫项目中吃拿卡要,向脱贫户索要"感谢费"。|micro_corruption||
P|溪口乡民政办工作人员利用职务便利，冒领已故人员低保金2.1万元。|micro_corruption|溪口乡|
P|县乡村振兴局对衔接资金项目监管不严，部分项目资金被挪作他用。|micro_corruption,finance|县乡村振兴局|
P|侵害群众利益的不正之风和腐败问题仍然易发多发|micro_corruption||
P|部分社区网格员违规收取群众办理证明材料的"手续费"。|micro_corruption||
P|县人社局个别工作人员违规为亲友办理灵活就业社保补贴。|micro_corruption|县人社局|
P|救灾物资发放中，部分村干部优先分配给亲友，群众反映强烈。|micro_corruption||
P|红星社区工作人员侵吞居民医保代缴款。|micro_corruption|红星社区|
P|村集体资产底数不清,部分集体资产被个人长期无偿占用。|micro_corruption,finance||
P|耕地地力保护补贴发放中存在虚报面积、冒领补贴现象。|micro_corruption||
P|县移民办工作人员挪用水库移民后期扶持资金。|micro_corruption|县移民办|
P|个别乡镇干部在办理宅基地审批时吃拿卡要、故意刁难。|micro_corruption||
P|村集体经济收入被村干部以白条形式支取,去向不明。|micro_corruption,finance||
P|高桥镇部分村干部违规领取公益性岗位补贴。|micro_corruption|高桥镇|
P|县卫健局对计生特扶资金发放审核不严，存在重复发放、死亡未停发问题。|micro_corruption|县卫健局|
P|个别村干部利用土地流转之机截留村民流转费。|micro_corruption||
P|县住房保障中心公租房分配不透明,存在分配给不符合条件人员问题。|micro_corruption|县住房保障中心|
P|县公安局个别民警为涉赌涉黄场所充当“保护伞”。|micro_corruption|县公安局|
P|有的村干部把集体资源“私相授受”，低价发包给亲友。|micro_corruption||
P|县林业局生态护林员选聘中优亲厚友,部分护林员为村干部亲属且长期不履职。|micro_corruption|县林业局|
P|桃源镇乐平村股份经济合作社分红账目不公开，群众对分红分配有异议。|micro_corruption,disclosure|桃源镇乐平村|
P|农村公路建设补助资金被部分乡镇截留用于其他项目。|micro_corruption,finance||
P|群众身边腐败问题仍然突出,2023年全县查处群众身边不正之风和腐败问题较上年增加15%。|micro_corruption||
P|和平镇东风村会计挪用村集体资金用于个人炒股。|micro_corruption|和平镇东风村|
P|临时救助审批不严，部分村干部为亲属违规申领临时救助。|micro_corruption||
P|城乡居民养老保险代缴中，个别村协理员收钱不缴、挪为己用。|micro_corruption||
P|县红十字会对社会捐赠物资分配不公开,部分物资去向不明。|micro_corruption,finance|县红十字会|
P|个别工作人员在不动产登记办理中向群众索要好处费。|micro_corruption||
P|个别驻村干部对脱贫户产业奖补资金审核把关不严，造成资金被冒领。|micro_corruption,bureaucratism||
P|部分村集体资产出租合同未经民主决策,租金明显低于市场价。|micro_corruption,finance||
P|县市场监管局个别执法人员对个体户检查时吃拿卡要。|micro_corruption|县市场监管局|
P|个别基层站所工作人员为群众办事时“雁过拔毛”。|micro_corruption||
P|涉黑涉恶“保护伞”问题查处不彻底，部分线索核查进展缓慢。|micro_corruption||
P|白云街道个别社区干部在老旧小区改造中向居民摊派费用。|micro_corruption|白云街道|
P|县医保局对定点药店监管不力,部分药店违规刷医保卡销售日用品。|micro_corruption,bureaucratism|县医保局|
P|个别村干部利用发放危房改造补助之机，收受群众“感谢费”。|micro_corruption||
P|教育资助资金发放中，部分学校把助学金发给不符合条件的学生。|micro_corruption||
P|竹园乡枫树村将集体林地补偿款违规分配给村干部。|micro_corruption|竹园乡枫树村|
P|个别村党支部书记搞"一言堂",把持村级事务,侵占集体利益。|micro_corruption||
P|二是群众身边的“微腐败”仍有发生，惠民资金“跑冒滴漏”问题未得到根治。|micro_corruption||（二）廉洁自律方面
P|青龙村村委会主任截留村民退耕还林补助款1.6万元，至今未退还。|micro_corruption|青龙村|
P|县应急管理局对受灾群众救助资金发放把关不严,3户非受灾户领取救灾补助。|micro_corruption|县应急管理局|
''')
# ---------------------------------------------------------------- corruption
CHUNKS.append(r'''
P|县住建局个别干部利用职务便利插手工程项目，为特定关系人承揽工程谋取利益。|corruption|县住建局|（三）廉洁纪律方面
P|巡察发现,县国土资源局原副局长收受开发商财物,在土地出让中为其提供帮助。|corruption|县国土资源局|
P|部分领导干部与企业老板交往过密，存在权钱交易风险。|corruption||
P|县城投公司“靠企吃企”问题突出，个别负责人通过关联企业输送利益。|corruption|县城投公司|二、存在的主要问题
P|重点领域和关键岗位廉洁风险突出,工程建设、土地出让等领域腐败问题易发多发。|corruption||
P|原县交通局局长在道路工程招投标中收受贿赂，违规为投标企业提供便利。|corruption|县交通局|
P|个别国企管理人员利用物资采购之机收受供应商回扣。|corruption||
P|县卫健局医疗设备采购领域廉洁风险突出,采购价格明显高于市场价。|corruption,finance|县卫健局|
P|县公共资源交易中心个别工作人员泄露评标信息，为投标人谋利。|corruption|县公共资源交易中心|
P|利益输送方式趋于隐蔽，部分干部通过亲属代持股份、“影子公司”获取利益。|corruption||
P|县教育局在校服、教辅采购中存在利益输送问题。|corruption|县教育局|
P|县市场监管局个别执法人员收受企业好处费,对违法行为降格处理。|corruption|县市场监管局|
P|县自然资源局审批关口廉洁风险突出，个别干部利用审批权收受企业好处。|corruption|县自然资源局|
P|个别干部违规插手干预工程建设，为亲友承揽项目打招呼。|corruption||
P|县水务公司负责人将公司业务交由其亲属控股企业承接,造成国有资产损失。|corruption|县水务公司|
P|县医院药品耗材采购存在“带金销售”问题，个别科室主任收受医药代表回扣。|corruption|县医院|
P|有的领导干部利用职务影响为配偶子女经商办企业提供便利。|corruption,side_jobs||
P|县财政局个别干部在财政资金拨付中向企业索要好处费。|corruption|县财政局|
P|工程项目被"拆分发包"给特定企业,存在利益输送嫌疑。|corruption,finance||
P|县国资公司原董事长违规决策对外借款，借款对象为其朋友所在企业，造成资金无法收回。|corruption,finance|县国资公司|
P|城投领域“围猎”与“被围猎”问题突出。|corruption||一、政治生态总体评价
P|县规划局在规划调整中违规为开发商提高容积率，存在权钱交易问题。|corruption|县规划局|
P|个别干部在干部选拔任用中收受财物。|corruption,personnel||
P|县粮食储备公司存在“以陈顶新”、虚增收储数量套取补贴问题。|corruption,finance|县粮食储备公司|
P|县公安局交警大队个别民警收受违章车主财物,违规消除违法记录。|corruption|县公安局|
P|个别干部接受企业安排的旅游、娱乐活动，在项目审批中给予关照。|corruption,extravagance||
P|县城管局在户外广告经营权出让中，违规将经营权低价出让给关联企业。|corruption|县城管局|
P|镇村工程项目中,部分乡镇领导指定施工队伍,收受"好处费"。|corruption||
P|县医保局个别干部为定点医疗机构违规结算提供便利并收受财物。|corruption|县医保局|
P|国有企业“一把手”权力过于集中，在工程分包、物资采购中廉洁风险较大。|corruption||
P|县住建局质监站工作人员收受施工单位财物，对工程质量问题降格处理。|corruption|县住建局|
P|县发改局个别干部在项目申报中充当"中介",向企业收取咨询费。|corruption|县发改局|
P|县交通投资集团违规向关联企业拆借资金1200万元，存在利益输送风险。|corruption,finance|县交通投资集团|
P|土地整治项目中，个别干部与承包商勾连，虚增工程量套取资金。|corruption,finance||
P|学校食堂承包中,个别校长收受承包商财物。|corruption||
P|县行政审批局个别窗口人员与中介机构勾结，以“帮办”为名收取费用。|corruption|县行政审批局|
P|在矿产资源领域，部分干部与矿主勾连，存在“权力寻租”问题。|corruption||
P|县生态环境局个别执法人员收受企业钱物后,为其违法排污行为通风报信。|corruption|县生态环境局|
P|2023年全县查处受贿案件较上年增加4件，工程建设领域腐败问题仍然高发。|corruption||
P|县文旅投公司将景区经营权低价转让给董事长亲属实际控制的企业。|corruption|县文旅投公司|
P|部分领导干部在项目审批、资金分配中“打招呼”“递条子”。|corruption||
P|县人民医院原院长利用药品招标之便收受贿赂230万元。|corruption|县人民医院|
P|个别干部退休后到原管辖企业任职,存在"期权腐败"隐患。|corruption,side_jobs||
P|县农投公司对外投资对象为公司高管亲属持股企业，投资决策未经集体研究。|corruption,finance|县农投公司|
P|县供水公司个别管理人员以虚列工程款方式套取公司资金。|corruption|县供水公司|
P|个别干部借民间借贷之名收受管理服务对象高额利息。|corruption||
P|建设工程招投标领域"围标串标""挂靠借资质"问题突出,个别监管人员从中谋利。|corruption,finance||
P|县交通运输局个别干部在驾校培训监管中收受驾校财物。|corruption|县交通运输局|
P|县不动产登记中心个别工作人员为开发商违规办理产权登记并收受好处。|corruption|县不动产登记中心|
P|个别领导干部利用职权为亲属在下属国有企业安排工作。|corruption||
P|县烟草公司个别管理人员违规为亲友办理烟草零售许可证并从中获利。|corruption|县烟草公司|
P|权力集中、资金密集、资源富集领域廉洁风险防控机制不健全,监管不力。|corruption||
P|县住房公积金中心个别工作人员违规为不符合条件人员办理贷款并收受好处费。|corruption|县住房公积金中心|
P|县法院个别法官与律师不正当交往，收受当事人财物。|corruption|县法院|
P|部分国有企业存在“影子股东”、隐形利益输送问题。|corruption||
P|县交通局工程建设项目中,个别干部利用职务便利为其亲属承揽砂石供应业务。|corruption|县交通局|
P|县旅游开发公司原总经理将公司资产低价租赁给其亲属经营。|corruption|县旅游开发公司|
P|县人防办在人防工程易地建设费减免中违规操作，存在利益输送问题。|corruption|县人防办|
P|三是关键岗位权力运行监督制约不足，个别干部利用审批权、执法权谋取私利。|corruption||（二）廉政风险方面
P|柏林镇党委原书记在农贸市场改造项目中收受承建商贿赂38万元。|corruption|柏林镇|
''')
# ---------------------------------------------------------------- side_jobs
CHUNKS.append(r'''
P|县卫健局3名干部未经批准在民营医院兼职并领取报酬。|side_jobs|县卫健局|（三）廉洁纪律方面
P|部分干部违规在社会组织兼职取酬。|side_jobs||
P|城关二中个别在职教师违规从事有偿补课。|side_jobs|城关二中|
P|县林业局1名副局长违规在行业协会兼任会长,未按规定报批。|side_jobs|县林业局|
P|个别公职人员违规经商办企业，在外入股经营。|side_jobs||
P|县住建局个别干部以亲属名义注册公司，承揽本系统工程项目。|side_jobs,corruption|县住建局|
P|县人民医院部分医生违规在民营诊所"走穴"兼职取酬。|side_jobs|县人民医院|
P|县国资委个别干部违规在所监管企业兼职领取报酬。|side_jobs|县国资委|
P|巡察发现，部分退休领导干部未经审批在企业任职。|side_jobs||
P|县科协安排在职干部兼任学会秘书长并领取补贴，未履行审批程序。|side_jobs|县科协|
P|个别乡镇干部违规参与土地流转经营,从中获取收益。|side_jobs||
P|县财政局个别干部为企业代理记账并收取费用。|side_jobs|县财政局|
P|部分村干部兼任村办企业负责人并领取双份报酬。|side_jobs||
P|县交通局下属单位个别职工长期不在岗，在外经营个体运输。|side_jobs|县交通局|
P|县城投公司领导人员兼职过多,同时在8家子公司担任董事并领取报酬。|side_jobs|县城投公司|
P|领导干部兼职清理不彻底，仍有干部在社会团体兼职未按规定报备。|side_jobs,rectification||
P|县司法局个别干部违规从事有偿法律服务。|side_jobs|县司法局|
P|部分干部变相参与营利性活动,在网络平台从事直播带货获取收入。|side_jobs||
P|县审计局个别审计人员违规为被审计单位提供有偿咨询。|side_jobs|县审计局|
P|县规划局干部违规在设计院兼职取酬。|side_jobs|县规划局|
P|县融媒体中心个别编辑违规承接商业广告策划并收取费用。|side_jobs|县融媒体中心|
P|太平镇1名副镇长违规入股其亲属经营的砂石厂。|side_jobs|太平镇|
P|违规兼职取酬问题时有发生,2023年全县查处此类问题7起,较上年增加3起。|side_jobs||
P|个别国企领导人员违规在下属企业兼职领薪。|side_jobs||二、存在的问题
P|县农业农村局个别干部在农民专业合作社兼职，并领取分红。|side_jobs|县农业农村局|
P|县市场监管局个别干部在所管理的检测机构入股。|side_jobs|县市场监管局|
P|部分教师违规在校外培训机构兼职,利用学生资源谋取利益。|side_jobs||
P|县商务局个别干部配偶在其分管领域经商办企业，本人未按规定报告。|side_jobs,personnel|县商务局|
P|县工商联违规安排公职人员兼任商会副会长并领取报酬。|side_jobs|县工商联|
P|个别干部辞去公职后违规从事与原工作业务直接相关的营利性活动。|side_jobs||
P|县气象局个别职工违规开办气象服务公司,承接本局业务。|side_jobs,corruption|县气象局|
P|县中医院部分医务人员在药企兼任“顾问”领取报酬。|side_jobs|县中医院|
P|县体育中心个别教练在外开办培训班，利用单位场地收费授课。|side_jobs|县体育中心|
P|在职干部违规持有非上市公司股份问题仍未彻底清理。|side_jobs||
P|县水利局1名干部违规为工程企业提供有偿技术服务。|side_jobs|县水利局|
P|一些单位对干部兼职审批把关不严,存在先兼职后审批现象。|side_jobs||
P|县文联个别干部违规兼任民营文化公司法定代表人。|side_jobs|县文联|
P|县教育局对在职教师有偿补课问题监管不力，相关举报办结率低。|side_jobs,bureaucratism|县教育局|
P|部分乡镇干部违规承包村集体鱼塘、果园，从事经营活动。|side_jobs||
P|县国有林场场长违规兼任私营林业公司监事。|side_jobs|县国有林场|
P|个别干部利用业余时间违规从事网约车营运|side_jobs||
P|县卫健局对医务人员违规兼职问题排查不彻底，未建立兼职台账。|side_jobs|县卫健局|
P|部分退休干部在企业兼职违规领取报酬。|side_jobs||
P|县残联个别干部违规在残疾人康复机构兼职取酬。|side_jobs|县残联|
P|团县委1名干部违规在青年创业协会兼职并领取补贴。|side_jobs|团县委|
P|县招商局个别干部违规担任企业"招商顾问",收取佣金。|side_jobs,corruption|县招商局|
P|个别村党组织书记经营的企业承揽本村工程项目。|side_jobs,micro_corruption||
P|县供销社干部违规入股下属企业并参与分红。|side_jobs|县供销社|
P|县公安局个别民警违规参与经营KTV等娱乐场所。|side_jobs|县公安局|
P|县城管局个别执法队员违规经营停车场。|side_jobs|县城管局|
P|部分干部在职期间违规注册个体工商户,从事网店经营。|side_jobs||
P|县住建局个别干部违规在建筑企业“挂证”取酬。|side_jobs|县住建局|
P|个别党员领导干部亲属在其管辖范围内经商办企业，本人未如实报告。|side_jobs,personnel||
P|县交警大队个别辅警违规在驾校兼职教练。|side_jobs|县交警大队|
P|县民政局对社会组织中公职人员兼职情况监管缺位,部分社会组织负责人由在职干部兼任。|side_jobs|县民政局|
P|部分公职人员违规从事保险推销等营利性活动。|side_jobs||
P|县第一中学副校长违规开办民办培训学校。|side_jobs|县第一中学|
P|县税务局个别干部违规为企业代办涉税事项并收取费用。|side_jobs|县税务局|
P|四是违规兼职问题未得到有效遏制，清理规范工作存在“回头看”不到位情况。|side_jobs,rectification||（三）廉洁纪律方面
P|马鞍镇2名干部违规在村集体经济合作社领取报酬。|side_jobs|马鞍镇|
''')
# ---------------------------------------------------------------- finance
CHUNKS.append(r'''
P|县人社局违规列支与本单位业务无关的费用3.5万元。|finance|县人社局|（四）财经纪律方面
P|部分村级财务存在白条入账现象,报销凭证不规范。|finance||
P|县文旅局账目不清，往来款项长期挂账未清理，金额达460万元。|finance|县文旅局|
P|县住建局大额现金支付问题突出，2022年超限额现金支付12笔。|finance|县住建局|
P|县国资公司资产底数不清,部分房产、土地未登记入账。|finance|县国资公司|
P|县交通局部分工程项目未按规定进行公开招投标，直接指定施工单位。|finance|县交通局|
P|一些单位将工程项目化整为零，规避招标。|finance||
P|县教育局政府采购不规范,部分设备采购未履行采购程序。|finance|县教育局|
P|县卫健局固定资产管理混乱，账实不符，部分资产去向不明。|finance|县卫健局|
P|县水利局挤占挪用项目资金用于弥补办公经费。|finance|县水利局|
P|部分单位预算编制不精准,年末突击花钱问题仍然存在。|finance||
P|县城投公司对外担保未履行决策程序，存在较大债务风险。|finance|县城投公司|
P|县农业农村局专项资金结余长期闲置，未按规定上缴财政。|finance|县农业农村局|
P|工程项目结算审计不及时,部分项目完工三年未办理竣工决算。|finance||
P|县民政局往来账款长期挂账，应收未收资金112万元。|finance|县民政局|
P|部分学校食堂账务管理不规范，收支未纳入学校财务统一核算。|finance||
P|县文化馆设立“小金库”，将场地出租收入存入个人账户。|finance|县文化馆|
P|县财政局对国库集中支付审核不严,存在无依据拨付资金问题。|finance|县财政局|
P|城关镇财政所会计、出纳由一人兼任，不相容岗位未分离。|finance|城关镇|
P|部分工程项目先施工后招标，未批先建问题突出。|finance||
P|县自然资源局土地出让金未及时足额征收,欠缴金额达2300万元。|finance|县自然资源局|
P|县医院药品耗材采购未按规定执行集中带量采购。|finance|县医院|
P|县供水公司以拆分合同方式规避公开招标，涉及金额860万元。|finance|县供水公司|
P|部分单位公务卡使用率低,大额现金报销问题依然存在。|finance||
P|县应急管理局救灾物资储备底数不清，出入库登记不完整。|finance|县应急管理局|
P|工程变更签证管理不严，部分项目变更金额超出合同价20%未重新报批。|finance||
P|县发改局以拨代支,将项目资金转拨至下属单位,资金长期沉淀。|finance|县发改局|
P|县市场监管局罚没收入未及时上缴国库。|finance|县市场监管局|
P|部分村集体经济组织未建立资产台账，经营性资产底数不清。|finance||
P|县城管局政府购买服务项目未按规定开展绩效评价。|finance|县城管局|
P|县农投公司对外投资未经可行性论证,投资亏损1800万元。|finance|县农投公司|
P|县交通运输局工程款支付依据不充分，存在超付工程款问题。|finance|县交通运输局|
P|原始凭证不完整，部分报销单据无审批签字、无经办人签字。|finance||
P|县总工会工会会费收支未单独核算,财务管理不规范。|finance|县总工会|
P|县教育局学校基建项目未办理竣工验收即投入使用。|finance|县教育局|
P|部分单位违规将财政资金转入实有资金账户，虚列支出。|finance||
P|县林业局生态公益林补偿资金拨付滞后，滞留资金260万元。|finance|县林业局|
P|县融媒体中心广告收入未纳入单位财务统一核算。|finance|县融媒体中心|
P|县城建公司工程招标文件设置排他性条款,限制潜在投标人。|finance|县城建公司|
P|部分单位政府采购“先购后批”，采购计划与实际不符。|finance||
P|县住建局保障性住房租金收缴不及时，欠缴租金累计180万元。|finance|县住建局|
P|县人民医院固定资产未定期盘点,账实不符金额达300余万元。|finance|县人民医院|
P|县卫健局专项资金使用效益不高，部分医疗设备购置后长期闲置。|finance|县卫健局|
P|镇级财务报账不规范，个别报销事项无合同、无验收单。|finance||
P|县国有林场林木资源资产底数不清,林权证与实际不一致。|finance|县国有林场|
P|政府投资项目概算调整频繁，超概算问题突出。|finance||
P|县医保局医保基金结余管理不规范，存在资金安全风险。|finance|县医保局|
P|部分国有企业"三重一大"决策程序执行不严,大额资金使用未经集体研究。|finance,political_life||
P|县机关事务中心公有房产出租未经评估和公开招租，租金明显低于市场价。|finance|县机关事务中心|
P|县委党校培训费管理不规范，培训费用超出预算标准。|finance|县委党校|
P|县粮食储备公司库存粮食账实不符,存在亏库问题。|finance|县粮食储备公司|
P|部分单位国有资产处置未按规定履行报批程序。|finance||二、存在的主要问题
P|县交警大队非税收入未及时缴入国库。|finance|县交警大队|
P|县乡村振兴局项目资金拨付进度缓慢,资金执行率仅为46%。|finance|县乡村振兴局|
P|县旅投公司以虚假合同套取资金，用于弥补经营亏损。|finance|县旅投公司|
P|部分基层单位会计基础工作薄弱，会计科目使用混乱。|finance||
P|县残联辅助器具采购未执行政府采购程序。|finance|县残联|
P|县城投公司债务底数不清,隐性债务化解进度缓慢。|finance|县城投公司|
P|县住建局工程项目合同管理混乱，部分合同未经法律审核即签订。|finance|县住建局|
P|五是财务管理不够规范，存在超范围列支、票据不规范等问题。|finance||（四）财务管理方面
''')
# ---------------------------------------------------------------- study
CHUNKS.append(r'''
P|县交通局党组理论学习中心组学习不深入，全年集中学习仅4次，未达到规定要求。|study|县交通局|（一）政治建设方面
P|部分党员干部对习近平新时代中国特色社会主义思想学习不深入、不系统。|study||
P|个别班子成员对应知应会知识掌握不清,对本单位主责主业理解不到位。|study||
P|学用脱节问题突出，理论学习与推动业务工作结合不紧密。|study||
P|县卫健局党组落实意识形态工作责任制不到位，未定期研判意识形态领域情况。|study|县卫健局|
P|县人社局党组中心组学习未按要求开展专题研讨。|study|县人社局|
P|县住建局党组意识形态工作责任制落实不到位,对单位网站、公众号内容审核把关不严。|study|县住建局|
P|部分党支部政治理论学习停留在“读报纸、念文件”，学习研讨走过场。|study,formalism||
P|县民政局领导班子成员交流发言缺乏深度，对学习内容的理解停留在表面。|study|县民政局|
P|一些单位对意识形态阵地管理不严,对讲座、论坛等活动审批把关不到位。|study||
P|县教育局对学校意识形态工作指导不力，部分学校未建立意识形态工作台账。|study|县教育局|
P|个别谈话中，部分中层干部对党的二十大精神主要内容表述不清。|study||
P|县文旅局理论学习中心组学习缺乏计划性,学习内容与单位实际结合不紧密。|study|县文旅局|
P|县自然资源局未按要求开展意识形态领域风险排查。|study|县自然资源局|
P|部分干部学习主动性不强，存在“以干代学”思想。|study||
P|县水务局党组中心组学习记录存在事后补记现象,学习效果大打折扣。|study,formalism|县水务局|
P|县市场监管局党组对上级重要会议精神传达学习不及时，存在“慢半拍”现象。|study|县市场监管局|
P|一些基层党组织对网络意识形态工作重视不够，对干部职工网络言行教育引导不力。|study||
P|县林业局班子成员撰写学习心得体会存在照抄照搬网络文章现象。|study,formalism|县林业局|
P|部分党员干部政治理论学习浮于表面,对党的创新理论理解不深不透。|study||
P|宁远镇党委理论学习中心组学习制度执行不严，全年学习次数未达到规定要求。|study|宁远镇|
P|县发改局对意识形态工作研究部署不够，全年仅在一次党组会上研究意识形态工作。|study|县发改局|
P|个别单位以会代学,将中心组学习与党组会议合并召开。|study||
P|县医保局党组学习贯彻上级决策部署不深入，对医保支付方式改革方向把握不准。|study|县医保局|
P|有的单位学习教育针对性不强，学习内容大而全，与业务工作脱节。|study||
P|县国资委对国有企业意识形态工作督促指导不到位。|study|县国资委|
P|部分干部对新发展理念理解不深,推动高质量发展的办法不多。|study||
P|县城管局理论学习中心组成员出勤率不高，缺席学习后未按规定补学。|study|县城管局|
P|县融媒体中心对新闻稿件审核把关不严，出现政治性表述错误。|study|县融媒体中心|
P|一些党员干部满足于"学过了""看过了",学习成果转化不足。|study||
P|县统计局党组中心组学习以个人自学为主，集中研讨次数偏少。|study|县统计局|
P|部分单位意识形态工作责任制考核流于形式，考核结果未与评先评优挂钩。|study,formalism||
P|县人民医院党委对医务人员思想政治教育重视不够。|study|县人民医院|
P|县交通运输局干部对交通强国建设相关政策应知应会掌握不牢。|study|县交通运输局|
P|学习贯彻习近平总书记重要指示批示精神不够及时深入，贯彻落实缺乏具体举措。|study||（一）学习贯彻方面
P|高坪镇部分村干部对乡村振兴政策知之甚少,向群众宣传解读不到位。|study|高坪镇|
P|县农业农村局理论学习与业务工作“两张皮”，学习成果运用不够。|study|县农业农村局|
P|县教育局对教师思想政治教育抓得不紧，个别教师在网络上发表不当言论。|study|县教育局|
P|县妇联对意识形态工作研判不深入,意识形态工作报告内容空泛。|study|县妇联|
P|部分干部理论武装不够扎实，政治敏锐性和政治鉴别力不强。|study||
P|县城投公司党委理论学习中心组未制定年度学习计划。|study|县城投公司|
P|县财政局党组未将意识形态工作纳入党建工作责任制考核。|study|县财政局|
P|有的党员领导干部学习方式单一,主要依靠手机APP个人自学。|study||
P|县科技局学习研讨“只学不研”，研讨发言多为照读材料。|study,formalism|县科技局|
P|部分学校对宗教渗透校园问题防范不力，意识形态工作存在薄弱环节。|study||
P|县应急管理局党委对安全生产重要论述学习不深入,安全发展理念树得不牢。|study|县应急管理局|
P|年轻干部理想信念教育不够扎实，少数年轻干部宗旨意识淡薄。|study||
P|县住房公积金中心意识形态工作领导小组未按规定召开会议。|study|县住房公积金中心|
P|金鸡镇党委对网络舆情处置不及时,意识形态风险防范能力较弱。|study|金鸡镇|
P|一些单位学习贯彻全会精神“上热下冷”，基层党员学习覆盖面不够。|study||
P|县审计局班子成员对审计整改有关要求学习不够，审计发现问题整改推进缓慢。|study,rectification|县审计局|
P|县信访局理论学习计划执行不到位,部分学习专题未按计划开展。|study|县信访局|
P|部分基层干部对党纪学习教育重视不够，对党纪条规掌握不准。|study||
P|县人防办学习传达上级文件精神“一读了之”，未结合实际研究贯彻措施。|study,formalism|县人防办|
P|县商务局理论学习中心组存在学习记录代写现象,学习走过场。|study,formalism|县商务局|
P|部分村级党组织思想政治教育阵地作用发挥不够，农家书屋长期闭门。|study||
P|县工商联对商会意识形态工作引导不够。|study|县工商联|
P|一是理论学习不够深入，中心组学习存在“照本宣科”现象。|study,formalism||一、存在的问题
P|凤凰街道党工委意识形态工作责任制落实不到位,对社区宣传栏内容审核缺位。|study|凤凰街道|
P|平安乡党委中心组学习内容与乡村振兴实际结合不紧，学习成果转化为工作举措不多。|study|平安乡|
''')
if __name__ == "__main__":
    main()

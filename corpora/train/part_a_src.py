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
if __name__ == "__main__":
    main()

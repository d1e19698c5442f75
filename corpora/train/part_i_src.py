"""Hand-written labelled sentences, part I: the categories the model under-recognises.

Bureaucratism, finance, micro_corruption, side_jobs, accountability, formalism and
corruption findings, each in a different situation and wording (stock label phrases mixed
with concrete descriptions), with formalism added to the category of the thing done for
show, and about sixty non-problems reusing the same vocabulary (plans, achievements,
requirements, negations, statistics of cases handled).

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_i.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None).
Non-problem entries: (text, section-or-None).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

S_PROB = "二、存在的主要问题"
S_PROB_H = "二、巡察发现的问题"
S_ZF = "（二）作风建设方面"
S_ZF_H = "(二)作风建设方面"
S_LJ = "（三）廉洁纪律方面"
S_LJ_H = "(三)廉洁纪律方面"
S_CW = "（四）财经纪律方面"
S_CW_H = "(四)财务管理方面"
S_ZR = "（一）落实全面从严治党主体责任方面"
S_ZR_H = "(一)主体责任落实方面"
S_SJ = "二、审计发现的主要问题"
S_QZ = "（五）群众身边不正之风方面"
S_GOOD = "一、主要成效"
S_ADV = "三、意见建议"
S_NEXT = "四、下一步工作打算"
S_BASIC = "一、基本情况"

P = []  # problem sentences
N = []  # non-problem sentences

# ---------------------------------------------------------------- bureaucratism
P += [
    ('一是不作为慢作为问题依然存在，桐溪县自然资源局对12宗历史遗留用地问题长期不研究、不处理。', 'bureaucratism', '桐溪县自然资源局', S_ZF),
    ('云岭县行政审批局企业开办"一网通办"流于口号,实际办理仍需线下跑3趟', 'bureaucratism', '云岭县行政审批局', None),
    ('部分职能部门遇到矛盾绕道走，对跨部门事项推诿扯皮，群众诉求在部门间“踢皮球”。', 'bureaucratism', '', S_ZF),
    ('白沙区城管局对占道经营投诉敷衍塞责,回复内容多为"已督促整改",现场问题依旧', 'bureaucratism', '白沙区城管局', None),
    ('东坪县住建局对物业维修资金使用申请审批拖沓，最长一件办理历时7个月。', 'bureaucratism', '东坪县住建局', None),
    ('懒政怠政现象在个别站所仍有发生,上班时间玩手机、办事靠催办', 'bureaucratism', '', S_ZF_H),
    ('县市场监管局窗口“门难进、脸难看、事难办”问题未根除，企业满意度测评排名靠后。', 'bureaucratism', '县市场监管局', None),
    ('凤台区人社局工伤认定程序繁琐,要求申请人重复提交已在系统中存档的材料', 'bureaucratism', '凤台区人社局', None),
    ('县文旅局在景区提升项目上决策拍脑袋，未经可行性论证即上马，建成后长期闲置。', 'bureaucratism', '县文旅局', S_PROB),
    ('县公安局个别派出所执法不规范，存在接警不出警、受案不立案的情况。', 'bureaucratism', '县公安局', None),
    ('青石县交通运输局2名干部因在道路安全隐患排查中履职不力被问责', 'bureaucratism', '青石县交通运输局', None),
    ('巡察发现,县医保局对定点医药机构的日常稽核长期缺位,全年仅检查3家', 'bureaucratism', '县医保局', None),
    ('有的干部把“研究研究”当口头禅，对企业用电报装问题一拖就是半年。', 'bureaucratism', '', None),
    ('槐林镇对辖区内非法采砂问题视而不见，群众举报后仍未采取有效措施。', 'bureaucratism', '槐林镇', S_ZF),
    ('县税务局个别窗口人员服务意识淡薄,对纳税人咨询一问三不知', 'bureaucratism', '县税务局', None),
    ('部分单位担当精神不强，怕担责、怕问责，能拖则拖、能推则推。', 'bureaucratism', '', None),
    ('县林业局对毁林开垦案件查处不力，2021年以来立案的9起案件中有6起超期未结。', 'bureaucratism', '县林业局', None),
    ('县城管执法大队个别队员执法时态度粗暴、随意扣押摊贩物品，引发群众不满。', 'bureaucratism', '县城管执法大队', S_ZF),
    ('南湖街道对辖区企业反映的断水问题层层转办,无人牵头解决', 'bureaucratism', '南湖街道', None),
    ('慢作为问题突出，县发展改革局负责的4个省级重点项目前期工作进度滞后半年以上。', 'bureaucratism', '县发展改革局', None),
    ('乱作为现象仍有发生，个别部门在执法检查中对同类问题处罚尺度不一、畸轻畸重。', 'bureaucratism', '', S_ZF),
    ('县民政局对社会组织年检工作把关不严,12家连续两年未年检的组织未作处理', 'bureaucratism', '县民政局', None),
    ('县卫健委在疫苗接种工作中组织不力，相关责任人被问责。', 'bureaucratism', '县卫健委', None),
    ('溪口镇干部工作纪律松弛，巡察组随机暗访时4名干部脱岗。', 'bureaucratism', '溪口镇', None),
    ('县水利局对小型水库安全度汛检查走马观花,2座病险水库隐患未发现', 'bureaucratism', '县水利局', S_ZF_H),
    ('部分窗口单位仍存在“踢皮球”现象，一件事要在多个部门之间来回盖章。', 'bureaucratism', '', None),
    ('县人民法院执行局个别干警违反工作纪律，与案件当事人私下接触。', 'bureaucratism', '县人民法院', None),
    ('县商务局对电商产业园入驻企业承诺的奖补政策迟迟不兑现，企业多次反映无果。', 'bureaucratism', '县商务局', None),
    ('区交警大队个别民警在事故处理中未按规定调取监控,责任认定草率', 'bureaucratism', '区交警大队', None),
    ('县不动产登记中心随意增设办证前置条件,要求提供法律法规未规定的证明材料', 'bureaucratism', '县不动产登记中心', None),
    ('个别领导干部习惯于坐在办公室听汇报，一年内未到分管领域基层调研。', 'bureaucratism', '', None),
    ('石门乡对上级交办的信访件签收后搁置不办，逾期率达35%。', 'bureaucratism', '石门乡', None),
    ('有的部门本位主义严重，对需要协同推进的项目只管“自己一亩三分地”。', 'bureaucratism', '', S_PROB),
    ('县生态环境局对3家企业超标排放问题只罚款不督改,违法行为持续存在', 'bureaucratism', '县生态环境局', None),
    ('在项目建设中，县国土所与乡镇相互推责，导致征地工作停滞近一年。', 'bureaucratism', '县国土所', None),
    ('县应急管理局安全生产执法检查"只查不改",检查记录与现场情况不符', 'bureaucratism', '县应急管理局', None),
    ('县司法局对人民调解员培训管理松散，部分调解协议内容不合法。', 'bureaucratism', '县司法局', None),
    ('新城街道干部对群众来访"打太极",一句"不归我们管"了事', 'bureaucratism', '新城街道', None),
    ('部分干部甘于平庸，满足于完成上级交办的任务，缺乏主动谋事创业的劲头。', 'bureaucratism', '', None),
    ('县教体局对校外培训机构整治敷衍应付，多家无证机构仍在违规办学。', 'bureaucratism', '县教体局', None),
    ('县公安局交管大队车管所办理业务存在"一次告知"不落实问题,群众多次往返', 'bureaucratism', '县公安局', None),
    ('县农业农村局对农机购置补贴申请审核超期，最长的拖了10个月才办结。', 'bureaucratism', '县农业农村局', S_ZF),
    ('个别执法人员以罚代管,对违法建筑一罚了之,未依法责令拆除', 'bureaucratism', '', None),
    ('县统计局对统计数据弄虚作假问题查处不力，一些企业虚报产值未被纠正。', 'bureaucratism', '县统计局', None),
    ('县医院在门诊预约改革中不调研、不试点，仓促推行后患者排队时间反而延长。', 'bureaucratism', '县医院', None),
    ('3名干部因防汛值班期间脱岗,被给予诫勉处理', 'bureaucratism', '', None),
    ('县供销社对系统内企业改制遗留问题长期放任不管，职工多次集体上访。', 'bureaucratism', '县供销社', None),
    ('重大事项决策前不调研不论证、决策后不评估，“拍脑袋决策、拍胸脯保证、拍屁股走人”现象仍有存在。', 'bureaucratism', '', S_PROB),
    ('县市场监管局对食品小作坊监管缺位,辖区内11家小作坊无证生产长期未查处', 'bureaucratism', '县市场监管局', None),
    ('柳江镇便民服务中心工作人员上班迟到早退，窗口经常无人值守。', 'bureaucratism', '柳江镇', None),
    ('有的单位办理人大代表建议和政协提案答复敷衍,"已答复"即视为办结', 'bureaucratism', '', None),
    ('县财政局对乡镇请拨的防疫经费审核拖延，资金到位时疫情处置已结束。', 'bureaucratism', '县财政局', None),
    ('少数民警执法办案不规范，询问笔录存在一人询问、代签字等问题。', 'bureaucratism', '', S_ZF),
]
# ---------------------------------------------------------------- finance
P += [
    ('会计核算不规范，县档案馆将办公设备购置支出记入“其他商品和服务支出”科目。', 'finance', '县档案馆', S_CW),
    ('县住建局往来款长期挂账,其他应收款中有286万元挂账超过5年未清理', 'finance', '县住建局', S_CW_H),
    ('固定资产管理混乱，县疾控中心账面资产与实物核对不符，盘亏设备23台。', 'finance', '县疾控中心', None),
    ('预算编制不科学,县文化馆年度预算调整达7次,预算约束力弱', 'finance', '县文化馆', None),
    ('专项资金使用不规范，县乡村振兴局将产业扶持资金40万元用于机关办公楼维修。', 'finance', '县乡村振兴局', S_CW),
    ('县城投公司部分工程未按规定招投标，直接指定施工单位，涉及金额1800余万元。', 'finance', '县城投公司', None),
    ('县教育局政府采购不规范,课桌椅采购未执行集中采购目录,直接向供应商询价购买', 'finance', '县教育局', None),
    ('工程结算审核把关不严，鹤鸣镇污水管网工程结算价比合同价超出37%，增量部分无签证依据。', 'finance', '鹤鸣镇', None),
    ('合同管理薄弱，县水务集团有14份合同先履行后签订，部分合同无法务审核。', 'finance', '县水务集团', None),
    ('国有资产处置不规范,县农机站报废车辆3台未经评估、未履行审批程序即自行变卖', 'finance', '县农机站', None),
    ('大额现金支付问题突出，县畜牧站一年内现金支付劳务费等款项共计47万元。', 'finance', '县畜牧站', None),
    ('二是财务报销审核不严,部分支出凭证无经办人、审批人签字', 'finance', '', S_CW_H),
    ('县科技馆以白条入账2.3万元，且未附任何原始凭证。', 'finance', '县科技馆', None),
    ('部分单位往来款项清理不及时，预付账款长期挂在个人名下。', 'finance', '', None),
    ('县人民医院固定资产账实不符,价值约600万元的医疗设备未登记入账', 'finance', '县人民医院', None),
    ('县交通运输局将一条通村公路工程拆分成3个合同，规避公开招标。', 'finance', '县交通运输局', None),
    ('县图书馆、县博物馆等单位存在无预算、超预算支出问题.', 'finance', '县图书馆|县博物馆', None),
    ('项目资金拨付进度缓慢，截至巡察时仍有1200万元专项资金滞留在县财政专户。', 'finance', '', None),
    ('县体育中心场馆出租收入未纳入单位账户核算，由管理员个人收取后定期上交。', 'finance', '县体育中心', S_CW),
    ('县林业局政府采购项目先采购后报批,7个项目未履行采购审批手续', 'finance', '县林业局', None),
    ('招投标环节存在明显漏洞，有的项目投标单位之间报价呈规律性差异，评标时未发现。', 'finance', '', None),
    ('县高级中学食堂收支未纳入学校统一核算，账目不清。', 'finance', '县高级中学', None),
    ('工程变更管理不规范,县市政公司3个项目变更金额超过原合同价15%未重新报批', 'finance', '县市政公司', None),
    ('县国资公司所属门面房出租未进行公开招租，租金多年未调整，低于市场价四成。', 'finance', '县国资公司', None),
    ('三是会计基础工作薄弱，记账凭证摘要笼统，原始单据粘贴混乱。', 'finance', '', S_CW),
    ('县妇幼保健院内部控制制度缺失,收费、记账、出纳由同一人兼任', 'finance', '县妇幼保健院', None),
    ('县残联将残疾人就业保障金结余资金转入单位实有资金账户，未按规定上缴。', 'finance', '县残联', None),
    ('部分已完工项目未及时办理竣工决算,在建工程挂账金额达3.6亿元', 'finance', '', None),
    ('金沙乡将上级拨付的项目资金在多个账户间倒转，资金流向不清。', 'finance', '金沙乡', S_SJ),
    ('县融媒体中心签订的广告合同条款不完整,未约定违约责任和付款节点', 'finance', '县融媒体中心', None),
    ('县城乡建设投资公司对外出借资金5000万元未经集体决策，至今未收回。', 'finance', '县城乡建设投资公司', None),
    ('资产底数不清，县农业科学研究所部分土地、房屋未办理权属登记。', 'finance', '县农业科学研究所', None),
    ('县中医院药品采购未全部通过省级平台,线下采购金额占比达18%', 'finance', '县中医院', None),
    ('有的项目招标文件设置排他性条款，以特定业绩限制潜在投标人。', 'finance', '', None),
    ('县广播电视台以预付款名义向合作公司转款90万元，长期未结算。', 'finance', '县广播电视台', None),
    ('县环卫所购买办公用品未取得正规发票,以收据入账', 'finance', '县环卫所', None),
    ('县审计局审计发现，县园林绿化中心工程量清单虚高，多计工程款68万元。', 'finance', '县园林绿化中心', S_SJ),
    ('固定资产长期闲置，县职业中学采购的实训设备开箱后从未使用。', 'finance', '县职业中学', None),
    ('县供水公司账外设账,将管网维修收入存放在未入账的银行账户中', 'finance', '县供水公司', None),
    ('预算执行率偏低，县水利局年度项目预算执行率仅为41%，大量资金沉淀。', 'finance', '县水利局', None),
    ('部分村集体经济组织会计核算不健全，收支凭证由村干部自行保管。', 'finance', '', None),
    ('县殡仪馆收费票据管理混乱,部分收费未开具票据', 'finance', '县殡仪馆', S_CW_H),
    ('县机关事务管理局对公务用车处置未进行公开拍卖，直接协议转让。', 'finance', '县机关事务管理局', None),
    ('建设项目未批先建,县开发区管委会2个标准厂房项目开工时尚未取得施工许可', 'finance', '县开发区管委会', None),
    ('专项资金被挤占，县科协将科普经费用于支付人员工资。', 'finance', '县科协', None),
    ('县旅投公司在景区开发中边设计、边施工、边结算，造价失控。', 'finance', '县旅投公司', None),
    ('县第二人民医院应收医保款与医保部门核对不一致,差额达110万元', 'finance', '县第二人民医院', None),
    ('政府采购验收流于形式，有的设备规格与合同不符仍予以验收付款。', 'finance formalism', '', None),
    ('县工业园区管委会工程结算未经审计即全额支付工程款.', 'finance', '县工业园区管委会', None),
    ('部分单位报销单据附件不全，会议费报销未附会议通知和签到表。', 'finance', '', None),
    ('清水镇对外投资未履行审批程序,投入镇属公司的200万元无任何收益', 'finance', '清水镇', None),
    ('县规划馆展陈项目由中标单位转包给无资质公司施工，建设单位未予制止。', 'finance', '县规划馆', None),
]
# ---------------------------------------------------------------- non-problems reusing the vocabulary
N += [
    ('深入开展“不作为慢作为乱作为”专项整治，推动干部担当作为。', S_NEXT),
    ('县行政审批局推行“一窗受理、集成服务”，企业开办时间压缩至1个工作日', S_GOOD),
    ('要坚决克服推诿扯皮、敷衍塞责等问题，切实提高办事效率。', S_ADV),
    ('全年共问责履职不力干部17人，其中党纪处分5人。', S_GOOD),
    ('进一步精简审批环节，对程序繁琐、材料重复的事项进行全面清理。', S_ADV),
    ('规范公安执法行为,全面推行执法全过程记录制度', S_NEXT),
    ('严格执行重大行政决策程序规定,杜绝拍脑袋决策', None),
    ('加强会计核算管理，确保账实相符、账证相符、账账相符。', S_ADV),
    ('对往来款长期挂账问题开展专项清理，年底前完成清理工作。', S_NEXT),
    ('县财政局牵头开展固定资产清查,共清理登记资产1.2万件', S_GOOD),
    ('严格预算执行，未经批准不得调整预算。', None),
    ('专项资金实行专账核算、专款专用，确保资金安全。', S_ADV),
    ('严格执行招投标法律法规,依法必须招标的项目一律公开招标', S_ADV),
    ('今年以来，县政府采购中心共完成采购项目312个，节约资金2300万元。', S_GOOD),
    ('经审计，县交通运输局2022年度工程结算均按规定履行了审核程序。', None),
    ('建立合同管理台账,实行合同签订前合法性审查', S_NEXT),
    ('国有资产处置须履行评估、审批程序，并通过公开平台进行。', None),
    ('抽查的15个工程项目均履行了招投标程序，未发现规避招标问题。', None),
    ('县机关事务管理局对超过使用年限的公务车辆进行了公开拍卖', S_GOOD),
]
# ---------------------------------------------------------------- build and validate
FORBIDDEN = ["新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局",
             "区公资交易中心", "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局",
             "区退役军人局", "商务投促局", "区公安分局", "区建交局", "藏经阁"]
FULL_WIDTH = "，（）“”：；、"
HALF_WIDTH = ',()":;'
NOT_UNITS = ("全县", "全区", "全市", "巡察组", "纪委", "巡察办", "系统")


def taxonomy_codes():
    """Read the category codes from the shared taxonomy table."""
    text = Path("/work/shared/taxonomy.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


def problem_record(entry):
    text, cats, units, section = entry
    rec = {"text": text, "is_problem": True, "categories": cats.split(),
           "units": [u for u in units.split("|") if u]}
    if section:
        rec["section"] = section
    return rec


def non_problem_record(entry):
    text, section = entry
    rec = {"text": text, "is_problem": False, "categories": [], "units": []}
    if section:
        rec["section"] = section
    return rec


def is_half_width(text):
    """A line written with half-width punctuation (as in text converted from PDFs)."""
    return any(ch in text for ch in HALF_WIDTH) and not any(ch in text for ch in "，（）“”：；")


def validate(records):
    codes = taxonomy_codes()
    errors = []
    seen = set()
    for r in records:
        t = r["text"]
        if t.rstrip("。.") in seen:
            errors.append(f"duplicate: {t}")
        seen.add(t.rstrip("。."))
        if re.search(r"[。！？；;!?]", t[:-1]):
            errors.append(f"sentence end inside: {t}")
        if len(set(r["categories"])) != len(r["categories"]):
            errors.append(f"repeated category: {t}")
        for c in r["categories"]:
            if c not in codes:
                errors.append(f"unknown category {c}: {t}")
        if r["is_problem"] and not r["categories"]:
            errors.append(f"problem without category: {t}")
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
        for f in FORBIDDEN:
            if f in t:
                errors.append(f"forbidden name {f}: {t}")
        if any(ch in t for ch in ',()') and any(ch in t for ch in "，（）“”："):
            errors.append(f"mixed half- and full-width punctuation: {t}")
    return errors


def main():
    records = [problem_record(e) for e in P] + [non_problem_record(e) for e in N]
    errors = validate(records)
    here = Path(__file__).resolve().parent
    others = set()
    for path in sorted(here.glob("part_*.jsonl")):
        if path.name == "part_i.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            others.add(json.loads(line)["text"].rstrip("。."))
    errors += [f"duplicate of another part: {r['text']}" for r in records
               if r["text"].rstrip("。.") in others]
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = here / "part_i.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == records
    problems = [r for r in records if r["is_problem"]]
    cats = Counter(c for r in problems for c in r["categories"])
    combos = Counter("+".join(r["categories"]) for r in problems)
    with_units = sum(bool(r["units"]) for r in problems)
    half = sum(is_half_width(r["text"]) for r in records)
    lens = [len(r["text"]) for r in records]
    print(f"wrote {len(records)} lines to {out}")
    print(f"problems {len(problems)}, non-problems {len(records) - len(problems)}")
    print(f"problems naming units {with_units} ({with_units / len(problems):.0%})")
    print(f"length {min(lens)}-{max(lens)} (mean {sum(lens) / len(lens):.0f})")
    print(f"half-width lines {half} ({half / len(records):.0%}); with section "
          f"{sum('section' in r for r in records)} ({sum('section' in r for r in records) / len(records):.0%})")
    print("per category (problem sentences carrying it):")
    for code, n in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {code:20s} {n}")
    print("label sets:")
    for combo, n in combos.most_common():
        print(f"  {n:4d} {combo}")


if __name__ == "__main__":
    main()

"""Part L: findings in sectors the other parts use little (医保基金, 公立医院, 学校食堂, 国企招投标,
住房公积金, 林业, 水利, 生态环境, 交通执法, 市场监管, 税务, 统计, 应急, 疫情防控, 网格, 退役军人,
残联, 工会, 科协, 共青团, 文旅, 体育, 不动产登记, 社保, 就业补贴, 粮食储备, 供销社, 信访, 12345).
Every sentence is hand-written. Run to write part_l.jsonl and print validation counts."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = None  # marker: no section

# (text, categories, units, section) -- empty categories means not a problem
ROWS = [
# ---- formalism
("县医保局开展医保基金监管专项检查只看定点医院上报的自查表,未实地抽查一份病历", ["formalism"], ["县医保局"], "二、存在的主要问题"),
("县林业局森林防火巡护要求护林员每天在APP上打卡拍照8次，护林员疲于拍照，巡山时间反而减少。", ["formalism"], ["县林业局"], None),
("巡察发现，县水利局河长制工作台账一年装订了27本，其中大部分是会议通知和签到表翻印件。", ["formalism"], ["县水利局"], None),
("市生态环境局黎阳分局对企业环评整改的\"回头看\"仅通过电话询问完成,未到现场核实", ["formalism"], ["市生态环境局黎阳分局"], None),
("县统计局开展的统计法治宣传月活动以挂横幅、发传单为主，活动结束后即撤下展板拍照存档。", ["formalism"], ["县统计局"], "（二）作风建设方面"),
("网格化管理中,槐荫街道要求网格员每日在4个工作群分别报送同样的走访照片", ["formalism"], ["槐荫街道"], None),
("县退役军人事务局为完成\"光荣之家\"挂牌任务，在同一户门口重复拍照报送了不同月份的走访记录。", ["formalism"], ["县退役军人事务局"], None),
("团县委开展青年志愿服务活动重宣传报道、轻实际服务，一次敬老院慰问活动停留时间不足半小时。", ["formalism"], ["团县委"], None),
("县文旅局制定的全域旅游三年行动方案照搬外县文本,连外县景区名称都未改动", ["formalism"], ["县文旅局"], None),
("县应急管理局组织的防汛应急演练事先彩排三次，脚本逐句写定，演练变成了“演戏”。", ["formalism"], ["县应急管理局"], None),
("市场监管所对校园周边食品摊贩的检查记录显示同一天检查了63家，检查人员却只有2人。", ["formalism"], [], None),
("县残联精准康复服务入户记录大量雷同，42份记录的服务内容一字不差。", ["formalism"], ["县残联"], None),
("县总工会开展职工书屋建设,验收时只看挂牌和图书数量,部分书屋建成后常年上锁", ["formalism"], ["县总工会"], None),
("县科协科普示范村评选以申报材料为主，评审专家未到村实地查看。", ["formalism"], ["县科协"], None),
("疫情防控期间，有的社区要求居民反复填写内容相同的排查表，一周填了四次。", ["formalism"], [], None),
("三是\"12345\"热线工单回访流于形式,县营商环境服务中心回访记录中\"满意\"多由接线员代填", ["formalism"], ["县营商环境服务中心"], "(二)作风建设方面"),
("县体育局全民健身月活动总结中的参与人数由往年数据估算填报，与实际组织情况出入较大。", ["formalism"], ["县体育局"], None),

# ---- bureaucratism
("县不动产登记中心对材料齐全的抵押登记申请以\"系统升级\"为由拖延办理,最长的超期21个工作日", ["bureaucratism"], ["县不动产登记中心"], "二、存在的主要问题"),
("市住房公积金管理中心青山办事处对职工提取申请随意增加证明材料，一件业务群众往返跑了5次。", ["bureaucratism"], ["市住房公积金管理中心"], None),
("县交通运输综合行政执法大队对群众举报的非法营运车辆长期不查处，举报件积压37件。", ["bureaucratism"], ["县交通运输综合行政执法大队"], None),
("县市场监管局对消费者投诉的预付卡跑路问题相互推诿,与县商务局各说各的职责", ["bureaucratism"], ["县市场监管局", "县商务局"], None),
("县税务局第二税务分局个别干部上班时间擅离岗位，办税服务厅窗口经常无人值守。", ["bureaucratism"], ["县税务局"], None),
("县应急管理局对巡查发现的非煤矿山安全隐患只下整改通知、不跟踪复查，同一隐患连续三次被上级督查点名。", ["bureaucratism"], ["县应急管理局"], None),
("疫情防控期间，龙湾镇2名干部擅离卡点值守岗位，被给予党内警告处分。", ["bureaucratism"], ["龙湾镇"], None),
("县就业服务中心对企业申报的稳岗补贴审核超过规定时限4个月,部分企业放弃申报", ["bureaucratism"], ["县就业服务中心"], None),
("县粮食和物资储备局对储备库轮换计划不研究、不过问，全凭库点自行安排。", ["bureaucratism"], ["县粮食和物资储备局"], None),
("县水利局实施的灌区改造项目选址前未开展调研论证，建成的两处泵站因水源不足至今无法使用。", ["bureaucratism"], ["县水利局"], None),
("县林业局执法人员对辖区乱砍滥伐线索\"不告不理\",巡察期间群众反映的3起盗伐案件均未立案", ["bureaucratism"], ["县林业局"], None),
("县人民医院对患者投诉处理敷衍，投诉登记后平均答复时间超过40天。", ["bureaucratism"], ["县人民医院"], None),
("城东派出所民警值班期间饮酒，违反工作纪律。", ["bureaucratism"], ["城东派出所"], None),
("县统计局对乡镇报送的统计数据审核把关不严,部分明显异常数据直接汇总上报", ["bureaucratism"], ["县统计局"], None),
("有的网格员对分包楼栋情况一问三不知，信息采集长期停留在几年前。", ["bureaucratism"], [], None),
("县生态环境局对企业夜间偷排问题\"白天查、晚上不查\",群众反复投诉一年未见成效", ["bureaucratism"], ["县生态环境局"], None),

# ---- extravagance
("县医保局以\"业务培训\"名义在温泉酒店召开会议,人均住宿费超出标准1.4倍", ["extravagance"], ["县医保局"], None),
("县中医院在年终总结会后安排职工聚餐，费用3.6万元以“专家咨询费”列支。", ["extravagance", "finance"], ["县中医院"], None),
("县水务投资公司公务用车长期停放在领导居住小区,节假日多次出现在外县景区", ["extravagance"], ["县水务投资公司"], None),
("县供销社违规向机关干部发放购物卡，三年累计发放11.2万元。", ["extravagance"], ["县供销社"], "（三）廉洁纪律方面"),
("县总工会将工会经费用于班子成员外出考察旅游,列支费用2.8万元", ["extravagance"], ["县总工会"], None),
("县体育中心接待上级检查组超标准安排宴请，酒水费用占到接待费用的一半。", ["extravagance"], ["县体育中心"], None),
("县不动产登记中心主任在女儿升学时大操大办，宴请管理服务对象。", ["extravagance"], ["县不动产登记中心"], None),
("巡察发现，县交通运输局以“加班补助”名义向全体干部平均发放补贴6.7万元，无加班记录。", ["extravagance"], ["县交通运输局"], None),
("县粮食储备公司领导办公用房面积超标,一把手办公室带独立休息间", ["extravagance"], ["县粮食储备公司"], None),
("县残联在春节期间收受辅具供应商赠送的土特产礼盒，未登记上交。", ["extravagance"], ["县残联"], None),
("县林业局违规报销私车公养费用,将个人车辆加油费以租车费名义列支4.1万元", ["extravagance", "finance"], ["县林业局"], None),
("县文化馆以“采风”名义组织干部到省外景区旅游，费用由下属演艺公司承担。", ["extravagance"], ["县文化馆"], None),
("县税务局个别干部接受纳税企业安排的宴请和娱乐活动。", ["extravagance"], ["县税务局"], None),
("县退役军人服务中心超标准发放节日慰问品，在职人员人均领取价值1500元的物品。", ["extravagance"], ["县退役军人服务中心"], None),
("县城投公司差旅费报销审核不严,4人次出差乘坐飞机头等舱并全额报销", ["extravagance"], ["县城投公司"], None),
("县人民医院违规使用科研经费支付院领导的接待餐费。", ["extravagance", "finance"], ["县人民医院"], None),
("一些单位将违规吃喝费用化整为零，分拆在会议费、培训费中报销。", ["extravagance", "finance"], [], None),

# ---- micro_corruption
("县医保局1名稽核员收受定点药店好处,对其串换药品骗保行为放任不管", ["micro_corruption"], ["县医保局"], None),
("桃源镇民政办工作人员截留残疾人两项补贴，涉及23户，金额4.3万元。", ["micro_corruption"], ["桃源镇"], None),
("青峰乡青峰村村委会主任虚报水毁修复工程量,套取防汛救灾资金6.5万元", ["micro_corruption"], ["青峰乡青峰村"], None),
("县就业服务中心工作人员伙同培训机构虚增参训人数，骗取职业技能培训补贴18万元。", ["micro_corruption"], ["县就业服务中心"], None),
("县林业局护林员管理混乱，白马镇有5名已外出务工人员仍在领取生态护林员工资。", ["micro_corruption"], ["县林业局", "白马镇"], None),
("城南中学食堂承包商以次充好，学生餐标准每天被克扣近两元，学校负责人知情不报。", ["micro_corruption"], ["城南中学"], "（四）群众身边问题方面"),
("县退役军人事务局个别干部在优抚对象认定中收受\"感谢费\"", ["micro_corruption"], ["县退役军人事务局"], None),
("沙河镇沙河社区网格员为亲属违规办理临时救助3次。", ["micro_corruption"], ["沙河镇沙河社区"], None),
("县社保中心工作人员冒用已故人员信息，继续领取养老金12.6万元。", ["micro_corruption"], ["县社保中心"], None),
("县供销社下属农资公司在化肥补贴发放中优亲厚友,部分补贴流向无地户", ["micro_corruption"], ["县供销社"], None),
("县交通执法人员在路面检查中向货车司机索要\"茶水费\"", ["micro_corruption"], [], None),
("县粮食收储公司收购站在最低价收购中压级压价，克扣农户粮款。", ["micro_corruption"], ["县粮食收储公司"], None),
("县残联工作人员在残疾证办理中吃拿卡要，群众反映强烈。", ["micro_corruption"], ["县残联"], None),
("马营乡马营村党支部书记将村集体林地承包给亲属,承包费远低于市场价", ["micro_corruption"], ["马营乡马营村"], None),
("县城管执法局个别队员充当非法采砂团伙的\"保护伞\",通风报信逃避检查", ["micro_corruption"], ["县城管执法局"], None),
("个别卫生院将家庭医生签约服务费按人头平分，乡村医生实际到手不足一半。", ["micro_corruption"], [], None),
("县住房公积金管理中心1名工作人员为他人违规提取公积金提供便利，收取好处费3万元。", ["micro_corruption"], ["县住房公积金管理中心"], None),

# ---- corruption
("县公共资源交易中心1名工作人员向投标人泄露评标专家名单，收受好处费20万元。", ["corruption"], ["县公共资源交易中心"], None),
("县人民医院原院长在医疗设备采购中收受供应商回扣,涉案金额达137万元", ["corruption"], ["县人民医院"], "（三）廉洁纪律方面"),
("县水利局原副局长插手河道治理工程,为其妻弟承揽分包项目", ["corruption"], ["县水利局"], None),
("县税务局个别干部利用税务稽查权力为企业\"降档\"处理,事后收受财物", ["corruption"], ["县税务局"], None),
("县国有林场场长将采伐指标倒卖给木材商，从中收取好处费。", ["corruption"], ["县国有林场"], None),
("县不动产登记中心个别工作人员为开发商违规办理分割登记，收受购物卡。", ["corruption"], ["县不动产登记中心"], None),
("县交通投资公司副总经理利用职务便利为其亲属控制的企业承揽砂石供应业务，获利400余万元。", ["corruption"], ["县交通投资公司"], None),
("县市场监管局药品监管岗位干部与药企人员私下交往过密,廉洁风险突出", ["corruption"], ["县市场监管局"], None),
("县体育局在体育公园建设中为特定企业量身设置投标条件，存在利益输送嫌疑。", ["corruption", "finance"], ["县体育局"], None),
("县生态环境局监测站站长收受企业财物,篡改在线监测数据", ["corruption"], ["县生态环境局"], None),
("县粮食和物资储备局原局长接受粮商请托,在储备粮轮换中以低价出售指标", ["corruption"], ["县粮食和物资储备局"], None),
("县城投集团子公司负责人在土地出让中与开发商勾连，低价转让国有土地使用权。", ["corruption"], ["县城投集团"], None),
("县中心医院药剂科主任收受医药代表“统方费”，三年累计46万元。", ["corruption"], ["县中心医院"], None),
("国企招投标领域围标串标问题仍然突出,\"陪标\"企业长期固定", ["corruption", "finance"], [], None),
("县应急管理局个别执法人员在安全生产检查中收受企业红包后降低处罚标准。", ["corruption"], ["县应急管理局"], None),
("县文旅集团原董事长在景区经营权转让中收受受让方财物。", ["corruption"], ["县文旅集团"], None),

# ---- side_jobs
("县人民医院3名科室主任未经批准在民营医院坐诊并领取报酬", ["side_jobs"], ["县人民医院"], None),
("县林业局1名干部在苗木合作社入股分红，并担任合作社监事。", ["side_jobs"], ["县林业局"], None),
("县水利局2名工程师违规在水利设计公司挂名,每年领取\"挂证费\"", ["side_jobs"], ["县水利局"], None),
("县税务局1名干部以亲属名义开办财税代理公司，为辖区企业代理记账。", ["side_jobs"], ["县税务局"], "（三）廉洁纪律方面"),
("县科协党组书记兼任两家民办科技协会会长，未履行报批手续。", ["side_jobs"], ["县科协"], None),
("县交通运输局1名科长在驾校持有股份,长期参与分红", ["side_jobs"], ["县交通运输局"], None),
("县体育局干部违规在健身俱乐部兼任教练,收取课时费", ["side_jobs"], ["县体育局"], None),
("县供销社退休领导干部未经批准在农资企业任职，领取薪酬。", ["side_jobs"], ["县供销社"], None),
("县统计局1名干部在市场调查公司兼职，领取劳务报酬2.4万元。", ["side_jobs"], ["县统计局"], None),
("县应急管理局2名干部违规在安全评价机构兼职取酬。", ["side_jobs"], ["县应急管理局"], None),
("县生态环境局干部利用节假日为环评机构编写报告书并收取费用", ["side_jobs"], ["县生态环境局"], None),
("县文旅局1名干部配偶经营民宿，该干部实际参与经营管理并在辖区审批中打招呼。", ["side_jobs", "corruption"], ["县文旅局"], None),
("县第一中学4名教师在校外培训机构有偿补课。", ["side_jobs"], ["县第一中学"], None),
("有的国企中层干部在关联企业违规兼职,与本企业发生业务往来", ["side_jobs", "corruption"], [], None),
("县残联干部在辅具销售公司挂名担任法定代表人。", ["side_jobs"], ["县残联"], None),
("团县委1名副书记违规在青年创业协会兼职并领取津贴。", ["side_jobs"], ["团县委"], None),
("县医保局1名干部与他人合伙经营药店。", ["side_jobs"], ["县医保局"], None),

# ---- finance
("县医保局医保基金结余底数不清,账面与银行对账单相差86万元", ["finance"], ["县医保局"], None),
("县妇幼保健院大额现金支付频繁，单笔最高达15万元。", ["finance"], ["县妇幼保健院"], None),
("县交通投资公司3个公路养护项目拆分发包，规避公开招标。", ["finance"], ["县交通投资公司"], "二、存在的主要问题"),
("城北小学食堂收支未纳入学校财务统一核算,伙食费结余去向不明", ["finance"], ["城北小学"], None),
("县水利局以白条入账支付河道清淤费用,涉及金额23.5万元", ["finance"], ["县水利局"], None),
("县粮食储备库储备粮账实不符，账面库存比实际多出240吨。", ["finance"], ["县粮食储备库"], None),
("县住房公积金管理中心固定资产长期未清查，部分已报废设备仍在账上。", ["finance"], ["县住房公积金管理中心"], None),
("县文旅局旅游节活动经费未经政府采购直接委托广告公司执行，金额58万元。", ["finance"], ["县文旅局"], None),
("县退役军人事务局专项资金支出无预算依据,超范围列支办公费用", ["finance"], ["县退役军人事务局"], None),
("县应急管理局救灾物资采购合同签订晚于验收日期，先供货后补手续。", ["finance"], ["县应急管理局"], None),
("县林业局国有林场出租林地收入未及时入账,形成账外资金", ["finance"], ["县林业局"], None),
("县体育局场馆租赁收入坐支，未按规定上缴财政。", ["finance"], ["县体育局"], None),
("县总工会下属职工服务中心工程结算未经审计即付清全部款项。", ["finance"], ["县总工会"], None),
("县统计局普查经费使用不规范，劳务费发放无签领记录。", ["finance"], ["县统计局"], None),
("县生态环境局环保专项资金闲置两年以上,涉及资金370万元", ["finance"], ["县生态环境局"], None),
("县市场监管局罚没物资处置未经评估拍卖，直接低价处理。", ["finance"], ["县市场监管局"], None),
("县人民医院基建项目预算控制不严，结算价超出概算42%。", ["finance"], ["县人民医院"], None),
]

CODES = {"formalism", "bureaucratism", "extravagance", "micro_corruption", "corruption", "side_jobs",
         "finance", "study", "political_life", "party_organization", "personnel", "accountability",
         "rectification", "disclosure", "livelihood"}
FORBIDDEN = ["新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局", "区公资交易中心",
             "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局", "区退役军人局", "商务投促局",
             "区公安分局", "区建交局", "藏经阁"]


def main() -> int:
    """Validate ROWS, write part_l.jsonl, print counts."""
    seen = set()
    for f in HERE.glob("part_*.jsonl"):
        if f.name != "part_l.jsonl":
            for line in f.read_text(encoding="utf-8").splitlines():
                seen.add(json.loads(line)["text"])
    out, errors, mine = [], [], set()
    for text, cats, units, section in ROWS:
        body = text[:-1] if text[-1:] in "。." else text
        if re.search(r"[。！？；;!?]", body):
            errors.append(("inner stop", text))
        if not 8 <= len(text) <= 125:
            errors.append(("length", text))
        if text in mine or text in seen:
            errors.append(("dup", text))
        mine.add(text)
        for c in cats:
            if c not in CODES:
                errors.append(("code", c, text))
        for u in units:
            if u not in text:
                errors.append(("unit", u, text))
        if not cats and units:
            errors.append(("units on non-problem", text))
        for bad in FORBIDDEN:
            if bad in text or bad in (section or ""):
                errors.append(("forbidden", bad, text))
        obj = {"text": text, "is_problem": bool(cats), "categories": cats, "units": units}
        if section:
            obj["section"] = section
        out.append(obj)
    if errors:
        for e in errors:
            print(e)
        return 1
    (HERE / "part_l.jsonl").write_text(
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    probs = [o for o in out if o["is_problem"]]
    counts = {c: sum(c in o["categories"] for o in probs) for c in sorted(CODES)}
    half = sum(bool(re.search(r"[,:()\"]", o["text"])) for o in out)
    print(f"lines {len(out)} problems {len(probs)} non-problems {len(out) - len(probs)}")
    print(f"problems naming units {sum(bool(o['units']) for o in probs)} "
          f"({sum(bool(o['units']) for o in probs) / max(1, len(probs)):.0%})")
    print(f"half-width punctuation {half} ({half / len(out):.0%}), with section "
          f"{sum('section' in o for o in out)}")
    print(f"lengths {min(len(o['text']) for o in out)}-{max(len(o['text']) for o in out)}")
    for c, n in counts.items():
        print(f"  {c:20s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

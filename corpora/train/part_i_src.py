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
# ---------------------------------------------------------------- micro_corruption
P += [
    ('群众身边的不正之风和腐败问题仍有发生，个别村干部在低保评定中优亲厚友，将不符合条件的亲属纳入保障范围。', 'micro_corruption', '', S_QZ),
    ('大坪镇龙潭村原村支书截留农户退耕还林补助资金3.8万元,据为己有', 'micro_corruption', '大坪镇龙潭村', None),
    ('有的村组干部在发放救灾物资时“吃拿卡要”，向受灾户索要好处费。', 'micro_corruption', '', None),
    ('侵害群众利益问题时有发生，部分村社区干部虚报冒领公益性岗位补贴。', 'micro_corruption', '', None),
    ('某村会计利用经管便利,挪用村集体土地流转收入12万元用于个人炒股', 'micro_corruption', '', S_QZ),
    ('在征地拆迁补偿中，个别村干部伙同他人虚增青苗及地上附着物，套取补偿款。', 'micro_corruption', '', None),
    ('黄泥镇民政办工作人员为不符合条件的人员办理特困供养，每人收取“手续费”500元。', 'micro_corruption', '黄泥镇', None),
    ('集体"三资"监管存在漏洞,部分村集体资产被村干部亲属低价长期承包', 'micro_corruption', '', None),
    ('县残联个别工作人员在残疾人证办理中收受申请人财物。', 'micro_corruption', '县残联', None),
    ('扶贫领域仍有“蝇贪”，1名驻村工作队员冒领贫困户小额信贷贴息资金。', 'micro_corruption', '', None),
    ('石桥镇三合村村委会主任将集体林地私自出租,租金收入未入村集体账', 'micro_corruption', '石桥镇三合村', None),
    ('有的社区在临时救助审批中把关不严，社区工作人员为熟人违规申报救助金。', 'micro_corruption', '', None),
    ('个别乡镇农技站人员在发放良种补贴时，以“统一购种”为名克扣农户补贴。', 'micro_corruption', '', None),
    ('县医保局1名干部伙同定点药店骗取医保基金27万元', 'micro_corruption', '县医保局', None),
    ('东山街道个别网格员以帮助办理廉租房为由，收受群众“感谢费”。', 'micro_corruption', '东山街道', None),
    ('群众反映强烈的涉黑涉恶"保护伞"问题仍未彻底铲除,个别村霸背后有干部撑腰', 'micro_corruption', '', S_QZ),
    ('危房改造补助资金被层层截留，部分农户实际到手资金比标准少三分之一。', 'micro_corruption', '', None),
    ('白鹤乡部分村干部借用他人名义虚报养殖规模,套取产业奖补资金6.5万元', 'micro_corruption', '白鹤乡', None),
    ('村干部利用掌握的粮食直补名册，多年冒领已故村民的补贴。', 'micro_corruption', '', None),
    ('新桥村党支部书记在村道硬化项目中向施工方索要“辛苦费”2万元。', 'micro_corruption', '新桥村', None),
    ('城南社区工作人员将居民的高龄津贴存折统一保管,擅自支取使用', 'micro_corruption', '城南社区', None),
    ('少数基层站所工作人员办事“吃拿卡要”，群众办理宅基地审批需要“打点”。', 'micro_corruption', '', None),
    ('县人社局个别干部与培训机构串通，虚报农民工技能培训人数，骗取培训补贴。', 'micro_corruption', '县人社局', None),
    ('集体经济收益分配不公开不公平,部分村民的分红被村干部挪作他用', 'micro_corruption', '', None),
    ('马头镇原扶贫专干将应发放给贫困学生的“雨露计划”补助款挪用于个人开支。', 'micro_corruption', '马头镇', None),
    ('有的村将防返贫监测对象认定与村干部个人好恶挂钩，存在“关系户”。', 'micro_corruption', '', None),
    ('巡察发现,个别村干部在移民后期扶持资金发放中虚增人头', 'micro_corruption', '', None),
    ('县水务局农村饮水安全工程维修资金被管水员以虚开发票方式套取。', 'micro_corruption', '县水务局', None),
    ('河西镇杨柳村村干部私分集体砂石出售款8.6万元，群众多次举报。', 'micro_corruption', '河西镇杨柳村', S_QZ),
    ('在耕地地力保护补贴发放中，有的村组长把自己家的抛荒地也报了上去。', 'micro_corruption', '', None),
    ('个别乡镇对村霸把持村务问题听之任之,镇干部充当其"保护伞"', 'micro_corruption', '', None),
    ('敬老院院长克扣五保老人伙食费，伙食标准长期低于县定标准。', 'micro_corruption', '', None),
    ('部分社区在疫情期间接受的捐赠物资去向不明，社区干部私自分发给亲友。', 'micro_corruption', '', None),
    ('县林业局护林员管理混乱,部分护林员由村干部亲属挂名,工资照领却不巡山', 'micro_corruption', '县林业局', None),
    ('农村低保“人情保”“关系保”问题仍然存在，抽查的200户中有11户不符合条件。', 'micro_corruption', '', S_QZ),
    ('下坝村监委会主任伙同出纳虚列村务支出，侵占集体资金4万余元。', 'micro_corruption', '下坝村', None),
    ('个别干部借群众办理不动产证之机索要钱物,群众敢怒不敢言', 'micro_corruption', '', None),
    ('长岭镇对村级惠民资金发放监管缺位，导致部分村出现代签代领、冒名领取。', 'micro_corruption', '长岭镇', None),
    ('县退役军人事务局个别干部在优抚对象认定中收受好处,违规认定3人', 'micro_corruption', '县退役军人事务局', None),
    ('一些村干部把村集体的鱼塘、山林以“白菜价”发包给自己的亲戚。', 'micro_corruption', '', None),
    ('教育资助资金被截留，少数学校将贫困寄宿生生活补助抵扣学生欠费后未告知家长。', 'micro_corruption', '', None),
    ('某村两委班子成员在残疾人两项补贴申报中为亲属虚报残疾等级', 'micro_corruption', '', None),
    ('红星社区违规收取居民办证"服务费",累计收取1.7万元未入账', 'micro_corruption finance', '红星社区', None),
    ('村集体资金被村干部违规出借给亲友，到期未收回，损害集体利益。', 'micro_corruption', '', None),
    ('城郊乡个别干部在拆迁安置房分配中暗箱操作，为亲属多分1套安置房。', 'micro_corruption', '城郊乡', S_QZ),
    ('少数村干部把村级公益事业一事一议奖补资金用于支付招待费用', 'micro_corruption extravagance', '', None),
]
# ---------------------------------------------------------------- side_jobs
P += [
    ('违规兼职取酬问题仍有发生，县发改委1名副主任在行业协会兼职并领取报酬2.4万元。', 'side_jobs', '县发改委', S_LJ),
    ('县自然资源局2名干部违规在测绘公司兼任技术顾问,按月领取顾问费', 'side_jobs', '县自然资源局', None),
    ('部分干部职工违规经商办企业，巡察期间发现有5人在营利性企业中持股。', 'side_jobs', '', None),
    ('县中医院医生在私立诊所坐诊取酬，未向医院报备。', 'side_jobs', '县中医院', None),
    ('有的教师违规从事有偿补课,在校外培训机构兼课获取报酬', 'side_jobs', '', None),
    ('县住建局1名科长以妻子名义注册建材公司，实际参与经营。', 'side_jobs', '县住建局', None),
    ('县城投公司中层管理人员在关联企业兼任监事，未履行审批手续。', 'side_jobs', '县城投公司', None),
    ('个别领导干部退休后违规到与原工作业务直接相关的企业任职.', 'side_jobs', '', None),
    ('县农业农村局技术人员利用工作日在农资公司兼职推销化肥，收取提成。', 'side_jobs', '县农业农村局', None),
    ('巡察发现，县统计局2名干部在外注册网店从事商品销售。', 'side_jobs', '县统计局', None),
    ('部分公职人员在工商登记信息中仍登记为企业法定代表人,未按规定办理退出', 'side_jobs', '', S_LJ_H),
    ('县卫健委下属医院院长兼任民营医疗机构名誉院长，未经组织批准。', 'side_jobs', '县卫健委', None),
    ('龙泉镇干部与他人合伙经营农家乐,占用上班时间照看生意', 'side_jobs', '龙泉镇', None),
    ('个别干部违规参与民间借贷，从中获取高额利息。', 'side_jobs', '', None),
    ('县审计局1名审计人员私下为企业代理记账，收取代理费用。', 'side_jobs', '县审计局', None),
    ('县检察院1名干警在外兼任法律顾问并收取报酬', 'side_jobs', '县检察院', None),
    ('领导干部配偶子女经商办企业情况报告不实，有的未如实申报配偶持股情况。', 'side_jobs personnel', '', None),
    ('县交通运输局工程科科长的弟弟承揽本局工程,本人未按规定回避', 'side_jobs corruption', '县交通运输局', None),
    ('县实验小学部分教师在校外托管班兼职，按学生人数收取报酬。', 'side_jobs', '县实验小学', None),
    ('县国投公司副总经理在下属参股企业兼职取酬,领取董事津贴3.6万元', 'side_jobs', '县国投公司', None),
    ('有的干部利用节假日为私人企业开车跑运输，长期获取报酬。', 'side_jobs', '', None),
    ('县广电网络公司职工在外开办网络工程公司，承接与本单位业务竞争的项目。', 'side_jobs', '县广电网络公司', None),
    ('部分干部在外兼职未报备、兼职取酬未上交,兼职管理制度形同虚设', 'side_jobs', '', None),
    ('县人民医院1名科室主任在医疗器械公司持有干股。', 'side_jobs', '县人民医院', None),
    ('溪南乡1名副乡长在本乡范围内投资入股砂石场', 'side_jobs', '溪南乡', None),
    ('个别干部在社会组织兼任领导职务超过规定届数，且领取车补、通讯补贴。', 'side_jobs', '', None),
    ('县气象局1名干部违规开办防雷检测公司，承揽本辖区防雷检测业务。', 'side_jobs', '县气象局', None),
    ('领导干部违规兼职清理不彻底,县科协仍有3名在职干部兼任学会秘书长未审批', 'side_jobs', '县科协', None),
    ('个别村干部在外承包工程，长期不在岗，村务工作由他人代管。', 'side_jobs', '', None),
    ('县林业局干部以亲属名义经营苗木基地,向本局绿化项目供苗', 'side_jobs corruption', '县林业局', None),
    ('县税务局1名干部违规为企业提供涉税咨询服务并收取费用。', 'side_jobs', '县税务局', None),
    ('县疾控中心检验人员在第三方检测机构兼职签字出具报告', 'side_jobs', '县疾控中心', None),
    ('个别干部从事有偿中介活动，介绍工程项目收取“介绍费”。', 'side_jobs', '', None),
    ('县职业中学部分专业教师在校外驾校兼任教练，收入未申报。', 'side_jobs', '县职业中学', None),
    ('部分事业单位专业技术人员离岗创业未履行审批程序', 'side_jobs', '', None),
    ('县公安局1名民警在KTV入股分红，该娱乐场所属于其辖区治安检查对象。', 'side_jobs', '县公安局', None),
]
# ---------------------------------------------------------------- accountability
P += [
    ('落实全面从严治党主体责任不到位，县统计局党组全年仅研究党风廉政建设工作1次。', 'accountability', '县统计局', S_ZR),
    ('县商务局党组书记履行第一责任人职责不力,对班子成员廉政谈话未开展', 'accountability', '县商务局', S_ZR_H),
    ('“一岗双责”落实不到位，部分班子成员只抓业务不管党建和廉政。', 'accountability', '', None),
    ('压力传导层层递减，全面从严治党要求在基层站所“悬空”。', 'accountability', '', None),
    ('县文旅局管党治党宽松软,对干部苗头性倾向性问题批评教育不及时', 'accountability', '县文旅局', None),
    ('监督偏松偏软，县教体局对下属学校的廉政风险防控长期疏于检查。', 'accountability', '县教体局', None),
    ('青龙镇党委对所属站所和村级党组织的日常监督缺位，村干部违纪问题频发。', 'accountability', '青龙镇', None),
    ('提醒谈话制度落实不到位,县水务局对群众反映干部问题的线索未开展谈话提醒', 'accountability', '县水务局', None),
    ('“一把手”和同级监督难问题仍然存在，班子成员之间相互监督不敢较真。', 'accountability', '', S_ZR),
    ('县机关事务局党组未按要求开展政治生态分析研判,分析报告内容空泛', 'accountability', '县机关事务局', None),
    ('有的党组织书记认为管党治党是纪检部门的事，“第一责任人”意识淡薄。', 'accountability', '', None),
    ('县人民医院党委因落实主体责任不力被县纪委监委通报批评', 'accountability', '县人民医院', None),
    ('凤鸣街道党工委书记因履行主体责任不到位，被约谈问责。', 'accountability', '凤鸣街道', None),
    ('廉政风险防控流于形式，县市场监管局廉政风险点排查清单多年未更新。', 'accountability formalism', '县市场监管局', None),
    ('班子成员落实"一岗双责"缺少具体抓手,述责述廉中对分管领域廉政情况"一笔带过"', 'accountability', '', None),
    ('县供销社党组对下属企业监管失之于宽，企业负责人长期游离于监督之外。', 'accountability', '县供销社', None),
    ('主体责任清单照搬照抄上级文件,未结合本单位实际细化', 'accountability formalism', '', None),
    ('县城管局对执法队伍中屡次被投诉的人员未进行批评教育和处理。', 'accountability', '县城管局', None),
    ('管党治党责任层层衰减，部分基层党支部书记对支部党员违纪情况不知情。', 'accountability', '', None),
    ('县司法局党组对警示教育重视不够,近三年未组织干部旁听庭审或参观警示教育基地', 'accountability', '县司法局', None),
    ('县委巡察发现，县医保局党组对巡察前已发现的违规问题未及时处置，护犊子现象明显。', 'accountability', '县医保局', None),
    ('有的领导干部对分管部门的问题“睁一只眼闭一只眼”，失职失察。', 'accountability', '', None),
    ('县国资公司党委与纪检部门沟通不够,对重大事项未主动通报纪检监察组', 'accountability', '县国资公司', None),
    ('党风廉政建设责任书签订后“一签了之”，年终考核未与责任书内容挂钩。', 'accountability formalism', '', S_ZR),
    ('县农机中心党支部书记因所属单位发生严重违纪问题被追责问责', 'accountability', '县农机中心', None),
    ('对违纪违法案件“以案促改”不深入，县交通局发生案件后未开展警示教育。', 'accountability', '县交通局', None),
    ('个别党组织书记对班子成员苗头性问题不提醒,最终发展为违纪违法', 'accountability', '', None),
    ('县融资担保公司党支部对重点岗位人员监督缺失，财务人员长期不轮岗。', 'accountability', '县融资担保公司', None),
    ('有的部门对纪检监察建议书落实不认真，问题整改后未建立相关制度。', 'accountability rectification', '', None),
    ('县档案局主要负责人对机关作风问题管理不严,干部上班纪律松懈现象多次被通报', 'accountability', '县档案局', None),
    ('全面从严治党向基层延伸不够，村级“小微权力”监督存在盲区。', 'accountability', '', None),
    ('县检察院党组对干警八小时以外活动监督管理存在空档。', 'accountability', '县检察院', None),
    ('落实意识形态工作责任制和党风廉政建设责任制"两张皮",部署多检查少', 'accountability', '', None),
    ('桃源乡党委对村级集体“三资”监管问题研究部署少、跟踪督办少。', 'accountability', '桃源乡', None),
    ('县人防办主要负责人对班子成员违纪问题失察,被诫勉谈话', 'accountability', '县人防办', None),
    ('“三重一大”事项纪检部门参与监督不够，监督关口前移未落实。', 'accountability', '', None),
    ('领导班子对本单位政治生态状况分析研判不深，对存在的问题认识不足。', 'accountability', '', S_ZR),
    ('县就业局党支部全年未召开专题会议研究党风廉政建设,责任落实停留在口头上', 'accountability', '县就业局', None),
    ('县第一中学党委对学校收费问题监督不力，乱收费问题被家长投诉。', 'accountability', '县第一中学', None),
    ('部分单位主要负责人对同级班子成员监督“不愿管、不敢管”。', 'accountability', '', None),
]
# ---------------------------------------------------------------- formalism (added to the category of the thing done for show)
P += [
    ('以文件落实文件、以会议落实会议现象仍然存在，县农业农村局全年印发文件数量不降反升。', 'formalism', '县农业农村局', S_ZF),
    ('县委宣传部对上级部署照抄照转,转发文件时仅在首页加盖公章', 'formalism', '县委宣传部', None),
    ('过度留痕问题突出，要求村干部对入户走访全程拍照、填表、建档。', 'formalism', '', None),
    ('督查检查考核过多过频，仅上半年各部门到沙河镇开展的各类检查就达67次。', 'formalism', '沙河镇', None),
    ('县卫健委中心组学习走过场,多为传达文件,未开展交流研讨', 'study formalism', '县卫健委', None),
    ('县水务局党支部“三会一课”流于形式，党课内容照本宣科。', 'party_organization formalism', '县水务局', None),
    ('民主生活会会前谈心谈话走过场,班子成员之间谈话内容雷同', 'political_life formalism', '', None),
    ('县医保局对巡察反馈问题纸面整改，整改台账显示已完成但实际问题依旧存在。', 'rectification formalism', '县医保局', None),
    ('会议记录事后补写,县林业局党组会议记录本中有5次会议记录字迹、笔墨完全一致', 'political_life formalism', '县林业局', None),
    ('有的单位热衷于搞“盆景”“造亮点”，把有限资金投到迎检点位打造上。', 'formalism', '', None),
    ('政务APP、工作群过多过滥，基层干部每天疲于在各类平台上打卡、上传材料。', 'formalism', '', None),
    ('县文广局理论学习笔记存在相互抄写现象,心得体会内容千篇一律', 'study formalism', '县文广局', None),
    ('主题党日活动重形式轻效果，部分支部以集体观影、参观代替组织生活。', 'party_organization formalism', '', None),
    ('调研工作走马观花，县发改局调研报告多为网上资料汇编，缺乏一手数据。', 'formalism', '县发改局', None),
    ('县教体局组织的安全隐患排查只看台账不看现场,问题清单与学校实际不符', 'formalism', '县教体局', None),
    ('警示教育走过场，组织观看警示片后未开展讨论，也未结合岗位查找风险。', 'accountability formalism', '', None),
    ('审计整改“以文字代替行动”，县文旅局上报的整改报告所列措施多数未执行。', 'rectification formalism', '县文旅局', None),
    ('年底集中补材料、补台账现象普遍,档案盒"装门面"', 'formalism', '', None),
    ('县工信局对企业的帮扶停留在发文件、开会议层面，企业实际困难未解决。', 'formalism', '县工信局', None),
    ('组织生活会批评与自我批评流于形式，相互批评多为“希望”“建议”。', 'political_life formalism', '', S_ZF),
    ('有的单位在脱贫攻坚后评估中为迎检临时粉刷农户墙面、统一张贴政策明白卡', 'formalism', '', None),
    ('县住建局安全生产大检查以会代查，检查通知发了不少，实地检查次数很少。', 'formalism', '县住建局', None),
    ('意识形态工作责任制落实流于表面,县图书馆意识形态研判记录内容空洞', 'study formalism', '县图书馆', None),
    ('部分党员领导干部讲党课照念稿子，与分管工作结合不紧，重形式轻效果。', 'party_organization formalism', '', None),
    ('考核指标设置繁多，镇村干部大量时间用于应付报表填报。', 'formalism', '', None),
    ('县司法局法治宣传活动重数量轻质量,宣传资料发放后统计的受众人数明显虚高', 'formalism', '县司法局', None),
    ('廉政谈话走过场，个别班子成员与分管科室负责人的谈话记录仅有一句话。', 'political_life formalism', '', None),
    ('县科技局在"双创"活动中追求场面热闹,活动结束后无跟踪服务', 'formalism', '县科技局', None),
    ('“一对一”结对帮扶停留在填表登记上，帮扶干部一年只入户一两次。', 'formalism', '', None),
    ('县招商局招商引资签约项目“只签约不落地”，部分项目签约仪式后再无下文。', 'formalism', '县招商局', None),
    ('党员发展程序走过场,入党积极分子考察材料由支部统一代写', 'party_organization formalism', '', None),
    ('有的单位制定的制度“挂在墙上、锁在柜里”，执行中无人过问。', 'formalism', '', None),
    ('县应急局应急演练“演”的成分多、“练”的成分少，演练脚本提前排好、逐句背诵。', 'formalism', '县应急局', None),
    ('县审计局整改报告对问题原因分析流于表面,整改措施照搬反馈意见原文', 'rectification formalism', '县审计局', None),
    ('部分支部学习强国积分由他人代刷，学习效果无从谈起。', 'study formalism', '', None),
    ('县统计局开展的作风建设专项行动“雷声大雨点小”，动员会后未见实际举措。', 'formalism', '县统计局', None),
    ('民生实事项目重宣传轻落实,县城管局"口袋公园"项目宣传报道多次而实际仅建成1处', 'formalism', '县城管局', None),
    ('村级组织工作台账多达40余本，干部“坐在办公室填表”的时间多于下村入户。', 'formalism', '', None),
    ('县财政局党组理论学习中心组研讨发言提前写好，讨论环节无交流无碰撞。', 'study formalism', '县财政局', None),
    ('县妇联开展的家风家教活动以拍照留影为主,活动内容单一', 'formalism', '县妇联', None),
]
# ---------------------------------------------------------------- corruption
P += [
    ('权钱交易问题仍有发生，县自然资源局原副局长在土地出让中为开发商提供帮助，收受财物60余万元。', 'corruption', '县自然资源局', S_LJ),
    ('县交投公司原总经理利用职务便利为亲属承揽工程提供帮助,输送利益', 'corruption', '县交投公司', None),
    ('靠企吃企问题突出，县粮食储备公司个别管理人员通过关联公司低买高卖粮食获利。', 'corruption', '县粮食储备公司', None),
    ('重点岗位廉洁风险突出，工程招标、物资采购等环节权力集中、监督薄弱。', 'corruption', '', None),
    ('县人民医院药剂科负责人收受医药代表回扣', 'corruption', '县人民医院', None),
    ('有的领导干部插手干预工程项目，向施工方打招呼、递条子，为特定关系人谋利。', 'corruption', '', None),
    ('县住建局1名干部在办理施工许可时收受企业购物卡,为其违规加快办理', 'corruption', '县住建局', None),
    ('县市场监管局个别执法人员收受被检查企业财物后降低处罚金额。', 'corruption', '县市场监管局', None),
    ('在国有资产转让中，县国资公司相关负责人与受让方串通压低价格，造成国有资产流失。', 'corruption finance', '县国资公司', None),
    ('个别干部利用审批权为亲友经营的企业"开绿灯"', 'corruption', '', None),
    ('县教育局原局长在校舍维修工程中指定施工队，事后收受好处费。', 'corruption', '县教育局', None),
    ('县城市管理局户外广告审批存在权力寻租空间,审批标准不公开、自由裁量权过大', 'corruption', '县城市管理局', None),
    ('少数干部与管理服务对象勾肩搭背，接受宴请后在执法检查中“高抬贵手”。', 'corruption extravagance', '', None),
    ('县供水公司领导班子成员通过其亲属开办的公司承接本公司管材供应业务，价格明显高于市场价。', 'corruption', '县供水公司', None),
    ('县公安局1名民警为赌博场所通风报信,收受"好处费"', 'corruption', '县公安局', None),
    ('利益输送问题隐蔽，有的项目通过“陪标”“围标”方式由领导干部特定关系人中标。', 'corruption finance', '', None),
    ('县农商行1名客户经理违规发放贷款并收取借款人“感谢费”。', 'corruption', '县农商行', None),
    ('县交通运输局原局长在工程款拨付中吃拿卡要,向施工方索取财物', 'corruption', '县交通运输局', None),
    ('个别领导干部利用职务影响为子女在国有企业安排工作。', 'corruption personnel', '', None),
    ('县环保局1名干部在环评审批中为企业违规提供帮助，收受干股。', 'corruption', '县环保局', None),
    ('县招商局在招商引资优惠政策兑现中暗箱操作,向个别企业多兑现奖励资金', 'corruption', '县招商局', None),
    ('县税务局个别干部为企业违规办理退税，收受企业送的高档烟酒。', 'corruption', '县税务局', None),
    ('政府投资项目廉洁风险较高，项目审批、招标、验收等关键环节缺乏有效制约。', 'corruption', '', None),
    ('县人民法院1名执行法官在案件执行中收受当事人财物,拖延执行', 'corruption', '县人民法院', None),
    ('县卫健委1名科长在医疗设备采购中与供应商私下约定回扣比例', 'corruption', '县卫健委', None),
]
# ---------------------------------------------------------------- long findings naming several units
P += [
    ('巡察发现，县住建局、县城管局、县自然资源局对违建查处职责交叉，群众举报的楼顶违建在三个部门之间转办5次，历时一年半仍未拆除，群众意见较大。', 'bureaucratism livelihood', '县住建局|县城管局|县自然资源局', S_ZF),
    ('县人社局、县医保局等4个单位在办理退休人员待遇核定时要求群众分别提交同一份材料,各自审核、互不共享,平均办理周期达45个工作日', 'bureaucratism', '县人社局|县医保局', None),
    ('县交通运输局、县水利局等单位往来款长期挂账问题突出，其中县交通运输局其他应收款挂账超过3年的有41笔、金额1260万元，债务人已无法联系。', 'finance', '县交通运输局|县水利局', S_CW),
    ('2020年至2022年，县城投公司实施的18个工程项目中有7个存在先施工后招标、评标专家抽取不规范、中标后随意变更合同价款等问题，涉及金额2.1亿元。', 'finance', '县城投公司', S_SJ),
    ('东岭镇对辖区各村集体经济收入、惠民补贴资金发放缺乏监管,该镇花园村、石板村村干部通过虚报劳务用工套取集体资金共计9.4万元', 'micro_corruption', '东岭镇', None),
    ('县卫健委、县教体局下属单位共有14名专业技术人员在民营医院、培训机构兼职取酬，其中县人民医院3名医生长期利用周末到外地民营医院“走穴”。', 'side_jobs', '县卫健委|县教体局|县人民医院', S_LJ),
    ('县市场监管局党组落实主体责任"上热中温下冷",对下属6个市场监管所的党风廉政建设只部署不检查,所长履行"一岗双责"情况从未纳入考核', 'accountability', '县市场监管局', None),
    ('县农业农村局、县乡村振兴局推进产业发展“以文件落实文件”，2022年两单位共印发关于产业发展的文件32份，其中21份系转发上级文件，未提出具体措施。', 'formalism', '县农业农村局|县乡村振兴局', None),
    ('县国资公司原党委书记、董事长在公司融资、工程承包和物资采购中为他人谋取利益,本人或通过其亲属收受财物共计230余万元', 'corruption', '县国资公司', None),
    ('城关镇、河口镇部分干部对群众反映的农村饮水问题推诿扯皮，镇里说是水务部门的事，县水务局说是镇村管护责任，问题拖了两年多仍未解决。', 'bureaucratism livelihood', '城关镇|河口镇|县水务局', None),
    ('县文旅局、县融媒体中心等单位固定资产管理不规范,存在资产未入账、报废资产未核销、出租出借资产未经审批等问题,账面资产与实有资产差额达420万元', 'finance', '县文旅局|县融媒体中心', S_CW_H),
    ('县林业局机关党支部理论学习流于形式，2022年学习记录中有9次学习内容与日期不符，部分党员学习笔记由他人代抄。', 'study formalism', '县林业局', None),
]
# ---------------------------------------------------------------- very short and very long findings
P += [
    ('办事拖沓，群众多次催办无果。', 'bureaucratism', '', None),
    ('白条抵库现象仍然存在。', 'finance', '', S_CW),
    ('违规兼职取酬清理不彻底', 'side_jobs', '', None),
    ('监督执纪"宽松软"问题依然存在.', 'accountability', '', None),
    ('部分乡镇在落实上级关于耕地保护、人居环境整治等重点工作时推责于村、压力下移，镇干部很少下村指导，村里反映的困难得不到回应，有的村干部因怕担责不敢干事，全镇多项工作在全县考核中排名靠后。', 'bureaucratism', '', S_ZF),
    ('从巡察情况看,一些村"两委"干部在集体土地征收补偿款分配、集体资产发包、低保和临时救助评定中说了算、暗箱操作,有的将集体收益变成少数人的"自留地",群众对此反映强烈,信访举报量较上年增加三成', 'micro_corruption', '', None),
    ('有的单位招投标管理制度缺失，工程项目立项、招标、签约、变更和结算各环节由同一科室一手包办，既当“运动员”又当“裁判员”，部分项目结算价高出预算近一倍，相关资料残缺不全。', 'finance', '', S_CW),
    ('一些领导干部对管党治党认识不到位,认为抓好业务就是抓好党建,对下属单位发生的违纪问题习惯于"内部消化",对群众反映的干部作风问题不核查、不处理、不报告,导致小问题拖成大问题', 'accountability', '', None),
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
N += [
    ('县纪委监委全年共查处群众身边腐败和作风问题46起，处理62人。', S_GOOD),
    ('开展惠民惠农资金专项治理,追回违规发放资金38万元', S_GOOD),
    ('严肃查处村干部优亲厚友、吃拿卡要等侵害群众利益问题。', S_ADV),
    ('坚决铲除涉黑涉恶腐败和“保护伞”，持续巩固扫黑除恶成果。', S_NEXT),
    ('对低保对象进行全面复核，确保应保尽保、应退尽退。', S_NEXT),
    ('集体"三资"全部纳入农村产权交易平台公开交易', S_GOOD),
    ('本次巡察未发现村干部截留挪用惠民资金问题。', None),
    ('各村已建立惠农补贴“一卡通”发放台账，资金直接打卡到户。', S_GOOD),
    ('全面清理党员干部违规兼职取酬问题，对清理出的兼职一律按规定处理。', S_ADV),
    ('经核查,县自然资源局干部职工中未发现违规经商办企业情况', None),
    ('领导干部在社会组织兼职须按干部管理权限审批，不得领取任何报酬。', None),
    ('共清理规范党员领导干部在社会组织兼职23人次', S_GOOD),
    ('严禁教师有偿补课，一经查实严肃处理。', None),
    ('压紧压实管党治党政治责任，推动主体责任向基层延伸。', S_NEXT),
    ('县林业局党组书记认真履行第一责任人职责,全年专题研究党风廉政建设4次', S_GOOD),
    ('建立班子成员“一岗双责”履责纪实制度，每季度报送履责情况。', S_NEXT),
    ('强化对“一把手”和领导班子的监督，落实同级监督责任。', S_ADV),
    ('今年以来，全县共开展提醒谈话312人次、诫勉谈话18人次。', S_GOOD),
    ('定期开展政治生态分析研判,形成研判报告报县纪委备案', S_NEXT),
    ('对落实主体责任不力的单位和个人严肃追责问责。', S_ADV),
    ('持续整治形式主义、官僚主义，为基层减负松绑。', S_NEXT),
    ('全县发文数量较上年减少32%，会议数量减少28%', S_GOOD),
    ('严格控制督查检查考核总量，坚决防止过度留痕。', S_ADV),
    ('要防止以文件落实文件、以会议落实会议。', None),
    ('整改工作不能纸面整改、敷衍了事，必须一项一项抓落实。', S_ADV),
    ('理论学习中心组全年开展专题学习12次、交流研讨6次。', S_GOOD),
    ('严厉打击权钱交易、利益输送行为,一体推进不敢腐、不能腐、不想腐', S_NEXT),
    ('县国资公司修订完善“三重一大”决策制度，在工程招标、物资采购等重点环节设置廉洁风险防控措施。', S_GOOD),
    ('本轮巡察移交问题线索9件，已立案审查4件。', None),
    ('全年查处违规吃喝问题8起10人，收受礼品礼金问题5起5人。', None),
    ('聚焦工程建设、国有企业等重点领域，深化靠企吃企专项整治。', S_NEXT),
    ('县交通运输局已对长期挂账的往来款逐笔核实,清理金额860万元', S_GOOD),
    ('推进政府采购电子化交易，实现采购项目全流程网上办理。', S_NEXT),
    ('严格执行工程价款结算审核制度，未经审计不得支付工程尾款。', S_ADV),
    ('县财政局出台《专项资金管理办法》，明确资金申报、拨付、绩效评价等环节要求。', S_GOOD),
    ('截至目前,县审计局审计发现的财务问题已整改到位27个', None),
    ('办理群众来信来访1320件，按期办结率98.6%。', S_GOOD),
    ('推行“马上办、网上办、就近办、一次办”，让群众少跑腿。', S_NEXT),
    ('县公安局开展执法规范化建设年活动,组织执法资格考试2次', S_GOOD),
    ('对不作为、慢作为的干部，要及时提醒、批评教育，情节严重的严肃问责。', S_ADV),
    ('该镇位于县境东南部,辖9个行政村,常住人口2.3万人', S_BASIC),
    ('一、关于推诿扯皮、服务效能不高问题的整改落实情况', None),
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

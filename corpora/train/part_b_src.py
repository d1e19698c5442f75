"""Hand-written labelled sentences, part B (political_life, party_organization, personnel,
accountability, rectification, disclosure, livelihood, plus non-problem sentences).

Every sentence below was written one by one; nothing is generated. Run this file to write
part_b.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None).
Non-problem entries: (text, section-or-None).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

S_PROB = "二、存在的主要问题"
S_PROB2 = "二、巡察发现的主要问题"
S_PB = "（一）党的建设方面"
S_PB_H = "(一)党的建设方面"
S_ZR = "（二）落实全面从严治党责任方面"
S_ZR_H = "(二)全面从严治党方面"
S_ZG = "（三）巡察整改方面"
S_QZ = "（四）群众身边问题方面"
S_QZ_H = "(四)群众反映强烈的问题"
S_ST = "三、政治生态存在的突出问题"
S_GOOD = "一、主要成效"
S_BASIC = "一、基本情况"
S_ADV = "三、意见建议"
S_NEXT = "四、下一步工作打算"
S_RECT = "三、整改落实情况"

PROBLEMS = []
NON_PROBLEMS = []

# ---------------------------------------------------------------- political_life
PROBLEMS += [
    ('县财政局党组2022年度民主生活会会前征求意见不广泛，查摆问题避重就轻。', 'political_life', '县财政局', S_PB),
    ('批评与自我批评辣味不足，相互批评多以希望、建议代替批评。', 'political_life', '', None),
    ('一些班子成员对照检查材料内容雷同,查摆问题泛泛而谈,没有触及思想深处。', 'political_life', '', None),
    ('谈心谈话流于形式，班子成员之间谈心谈话记录千篇一律。', 'political_life formalism', '', S_PB),
    ('石门镇党委落实“三重一大”决策制度不严格，2笔50万元以上资金支出未经党委会集体研究。', 'political_life', '石门镇', None),
    ('县卫健局党组民主集中制执行不到位,主要负责人末位表态制度落实不好,存在"一言堂"现象。', 'political_life', '县卫健局', None),
    ('组织生活会质量不高，部分支部会议程序不规范，批评意见“隔靴搔痒”。', 'political_life', '', None),
    ('巡察发现，县城投公司重大投资事项未经党委前置研究，直接由总经理办公会决定。', 'political_life', '县城投公司', S_PROB2),
    ('民主生活会后制定的整改措施落实不到位，多个问题在下一年度生活会上重复查摆。', 'political_life rectification', '', None),
    ('班子成员之间开展谈心谈话次数不足,一把手与班子成员谈心谈话未实现全覆盖', 'political_life', '', None),
    ('县教育局党组召开民主生活会前未按要求开展谈心谈话。', 'political_life', '县教育局', None),
    ('对照检查材料由办公室代写，个别班子成员照本宣科，自我剖析不深入。', 'political_life formalism', '', None),
    ('二是“三重一大”事项议事规则不健全，未明确重大事项的具体金额标准。', 'political_life', '', S_PB),
    ('临河街道党工委议事决策不规范,部分重大事项先实施后补会议记录。', 'political_life formalism', '临河街道', S_PB_H),
    ('批评与自我批评开展不经常，班子成员之间“你好我好大家好”，怕得罪人。', 'political_life', '', None),
    ('部分党员领导干部以普通党员身份参加双重组织生活不经常。', 'political_life', '', None),
    ('县市场监管局、县统计局等4个单位未按规定召开巡察整改专题民主生活会。', 'political_life rectification', '县市场监管局|县统计局', None),
    ('查摆问题多为工作层面,涉及个人思想、作风方面的问题少。', 'political_life', '', None),
    ('县自然资源局部分重大项目安排未经局党组会议研究，由分管领导个人决定。', 'political_life', '县自然资源局', S_PROB),
    ('"三重一大"决策记录不完整,参会人员发表意见未如实记录,会议纪要仅有结论。', 'political_life', '', None),
    ('民主生活会会前学习研讨走过场，班子成员未提交研讨发言材料。', 'political_life formalism', '', None),
    ('个别班子成员在民主生活会上只谈成绩不谈问题，自我批评避重就轻。', 'political_life', '', None),
    ('东湖镇2023年组织生活会参会人数不足,部分支部未开展民主评议党员。', 'political_life party_organization', '东湖镇', None),
    ('县国资公司董事会、经理层与党委会议事边界不清，重大经营事项党委研究把关缺位。', 'political_life', '县国资公司', None),
    ('集体决策流于形式，有的议题会前未充分酝酿，上会后即通过', 'political_life formalism', '', None),
    ('县水利局党组书记与班子成员、班子成员与分管科室负责人谈心谈话记录雷同,走过场痕迹明显。', 'political_life formalism', '县水利局', None),
    ('班子成员相互批评意见以工作建议居多，缺乏“辣味”。', 'political_life', '', S_ST),
    ('三是民主集中制落实有偏差，“一把手”在讨论中首先表态，影响其他成员充分发表意见。', 'political_life', '', None),
    ('青石乡党委重大事项决策前未充分征求班子成员意见,个人说了算现象仍然存在。', 'political_life', '青石乡', None),
    ('县人民医院大额设备采购未经党委会研究，仅由院长办公会决定，违反“三重一大”决策制度。', 'political_life', '县人民医院', None),
    ('组织生活会前谈心谈话不深入，有的支部书记与党员谈心仅用电话简单沟通。', 'political_life', '', None),
    ('县住建局班子民主生活会查摆问题与上年度高度重复,整改成效不明显。', 'political_life rectification', '县住建局', None),
    ('召开民主生活会时未按规定通报上年度民主生活会整改落实情况。', 'political_life', '', None),
    ('部分班子成员对照检查材料未联系个人思想实际，问题查摆不聚焦。', 'political_life', '', S_PB),
    ('北关街道部分社区党组织组织生活会程序简化，未开展批评和自我批评。', 'political_life', '北关街道', None),
    ('县文旅局党组会议研究"三重一大"事项时,分管领导未回避本人亲属相关事项。', 'political_life', '县文旅局', None),
    ('班子内部沟通交流不够，存在各管一摊、相互不通气的情况，民主集中制执行打折扣。', 'political_life', '', None),
    ('县供销社重大资产处置未经集体研究决定，存在个人决定重大事项问题。', 'political_life', '县供销社', None),
    ('生活会前征求意见仅在机关内部进行，未向服务对象和基层群众征求意见。', 'political_life', '', None),
    ('党组会议题由主要负责人临时动议,会前未发送议题材料,班子成员无法充分准备。', 'political_life', '', None),
    ('落实民主集中制不到位，班子议事规则长期未修订，与上级最新要求不符。', 'political_life', '', S_ST),
    ('西河镇党委班子成员之间批评意见“蜻蜓点水”，对存在问题点到为止。', 'political_life', '西河镇', None),
    ('县交通运输局2022年度"三重一大"事项中有7项未经党组会研究即组织实施', 'political_life', '县交通运输局', None),
    ('谈心谈话走过场，谈话内容多为工作安排，未谈及思想和作风问题。', 'political_life formalism', '', None),
    ('民主生活会会议记录不完整，批评意见未如实记载。', 'political_life', '', None),
    ('县农商行党委前置研究重大经营管理事项清单未制定。', 'political_life', '县农商行', S_PROB),
    ('部分班子成员在民主生活会上的自我批评以"政治理论学习不够深入"等共性问题代替个性问题。', 'political_life', '', None),
    ('县审计局党组民主生活会会前准备不充分，未按要求开展专题学习。', 'political_life study', '县审计局', None),
    ('班子成员之间开展批评时存在“表扬式批评”，批评意见不具体、不尖锐。', 'political_life', '', None),
    ('一些班子成员把民主生活会当作工作总结会,对照检查材料大篇幅罗列工作成绩。', 'political_life formalism', '', None),
    ('县林业局、县气象局民主集中制执行不到位，部分工程项目变更未经集体研究。', 'political_life', '县林业局|县气象局', S_PB),
    ('党委会会议记录存在补记现象，部分会议无参会人员签到。', 'political_life formalism', '', None),
    ('南岭镇柳树村重大事项未执行“四议两公开”，村集体资产出租未经村民代表会议表决，表决结果也未公开。', 'political_life disclosure', '南岭镇柳树村', None),
    ('部分干部对民主生活会认识不到位,存在应付心态,会议开得不严肃。', 'political_life formalism', '', None),
    ('领导班子民主决策机制不健全，有的重大事项以领导碰头会代替党组会。', 'political_life', '', None),
    ('县总工会班子成员之间谈心谈话次数未达到要求，思想交流不充分。', 'political_life', '县总工会', None),
    ('一是民主生活会质量不高，查摆问题不够深刻，整改措施针对性不强。', 'political_life', '', S_PB),
    ('相互批评意见泛泛而谈,多为"工作节奏快""对自己要求严"等不痛不痒的意见。', 'political_life', '', None),
    ('县统计局领导班子团结协作不够，议事决策中存在会上不说、会后乱说的现象。', 'political_life', '县统计局', None),
    ('民主生活会召开后未及时向上级党组织报送会议情况报告。', 'political_life', '', None),
    ('县医疗保障局党组对“三重一大”事项界定不清，部分大额资金使用以局长办公会代替党组会。', 'political_life', '县医疗保障局', None),
    ('组织生活会会前谈心谈话未覆盖全体党员,部分党员对组织生活会议程不了解。', 'political_life', '', None),
]

# ---------------------------------------------------------------- party_organization
PROBLEMS += [
    ('“三会一课”制度落实不到位，部分支部党课由支部书记以外人员代讲或长期未讲。', 'party_organization', '', S_PB),
    ('县司法局机关党支部2023年仅召开支部委员会会议5次，未达到每月1次的要求。', 'party_organization', '县司法局', None),
    ('主题党日活动内容单一,多以集中学习文件代替,吸引力不强。', 'party_organization', '', None),
    ('党支部标准化规范化建设水平不高，部分支部台账资料不全。', 'party_organization', '', None),
    ('发展党员程序不规范，个别入党积极分子培养考察时间不足一年即被列为发展对象。', 'party_organization', '', None),
    ('柳江镇部分村党组织“三会一课”会议记录存在事后补记现象。', 'party_organization formalism', '柳江镇', None),
    ('党费收缴不规范,部分党员未按月足额交纳党费。', 'party_organization', '', S_PB_H),
    ('县应急管理局党务工作者均为兼职，3年内更换4次，党建工作连续性不强。', 'party_organization', '县应急管理局', None),
    ('巡察发现，有3个村党组织未按期换届，超期1年以上。', 'party_organization', '', None),
    ('流动党员管理不到位，部分外出务工党员长期未参加组织生活', 'party_organization', '', None),
    ('城南街道幸福社区党委组织关系转接不及时，有2名党员组织关系长期“挂空”。', 'party_organization', '城南街道幸福社区', None),
    ('党员教育管理宽松,对不按规定参加组织生活的党员未及时教育提醒。', 'party_organization', '', None),
    ('县一中党总支下设支部设置不合理，部分退休党员未纳入支部管理。', 'party_organization', '县一中', None),
    ('党费使用不规范，2022年使用党费购买办公用品等支出共计1.2万元。', 'party_organization finance', '', None),
    ('软弱涣散基层党组织整顿转化不彻底，个别村党组织战斗堡垒作用发挥不明显。', 'party_organization', '', S_PB),
    ('县机关事务服务中心党支部委员会缺额2名,长期未补选。', 'party_organization', '县机关事务服务中心', None),
    ('主题党日活动流于形式，有的支部以拍照留痕代替实际活动。', 'party_organization formalism', '', None),
    ('党建工作与业务工作“两张皮”，支部战斗堡垒作用未充分发挥。', 'party_organization', '', None),
    ('部分支部党员大会到会率不足三分之二,会议决议效力存疑。', 'party_organization', '', None),
    ('石桥乡发展党员工作缺乏规划，3个村连续5年未发展年轻党员。', 'party_organization', '石桥乡', None),
    ('入党材料填写不规范，政审材料缺失、时间节点倒置等问题较多。', 'party_organization', '', None),
    ('基层党组织书记队伍老化,部分村党组织书记年龄超过60岁,后备力量不足。', 'party_organization', '', None),
    ('县烟草专卖局机关党支部未按规定开展党员民主评议。', 'party_organization', '县烟草专卖局', S_PROB),
    ('党员档案管理混乱，部分党员档案材料缺失', 'party_organization', '', None),
    ('支部书记抓党建意识不强，党建工作多停留在开会、发文件层面。', 'party_organization formalism', '', None),
    ('县水务集团党建工作机构不健全,未设立专门党务工作部门。', 'party_organization', '县水务集团', None),
    ('党费未按规定及时足额上缴，2名党员党费计算基数错误。', 'party_organization', '', None),
    ('“三会一课”质量不高，党课内容照搬照抄上级文件，针对性不强。', 'party_organization', '', None),
    ('桃源镇部分非公企业党组织"有组织无活动",党建覆盖质量不高。', 'party_organization', '桃源镇', None),
    ('党员发展“重数量轻质量”，对发展对象的政治审查把关不严。', 'party_organization', '', None),
    ('县人社局第二党支部已到期未换届，超期达8个月。', 'party_organization', '县人社局', S_PB),
    ('基层党建经费保障不足,部分村级党组织活动场所简陋。', 'party_organization', '', None),
    ('党员积分管理制度执行不到位，积分考核结果未与评先评优挂钩。', 'party_organization', '', None),
    ('红星街道党工委对辖区“两新”组织党建工作指导不够，多个小微企业党组织长期未开展活动。', 'party_organization', '红星街道', None),
    ('支部委员分工不明确,组织委员、宣传委员职责履行不到位。', 'party_organization', '', None),
    ('部分党员组织观念淡薄，长期不参加组织生活，也不交纳党费。', 'party_organization', '', None),
    ('县科技局党支部组织生活会会议记录与“三会一课”记录混用，台账不规范。', 'party_organization', '县科技局', None),
    ('预备党员转正审批不及时,个别预备期满半年后才讨论转正。', 'party_organization', '', None),
    ('城关镇赵庄村党支部连续两个季度未上党课。', 'party_organization', '城关镇赵庄村', None),
    ('党员队伍结构不优，35岁以下党员占比不足10%。', 'party_organization', '', S_ST),
    ('县融媒体中心党支部组织委员缺位，党务工作无人专管。', 'party_organization', '县融媒体中心', None),
    ('基层党组织阵地建设不规范,党员活动室被挪作他用。', 'party_organization', '', None),
    ('部分支部“三会一课”制度执行打折扣，支委会议与党员大会合并召开。', 'party_organization', '', None),
    ('县疾控中心党支部党员发展工作停滞，连续4年未发展党员。', 'party_organization', '县疾控中心', None),
    ('退休党员、流动党员底数不清,党员信息系统数据与实际不符。', 'party_organization', '', None),
    ('“两新”组织党建工作覆盖面不广，部分规模以上企业未建立党组织。', 'party_organization', '', None),
    ('主题党日活动计划性不强，活动内容与业务工作结合不紧。', 'party_organization', '', None),
    ('青龙镇部分村党组织书记履职能力不强,抓党建工作办法不多。', 'party_organization', '青龙镇', S_PB_H),
    ('党员教育培训针对性不强，农村党员年度集中培训学时未达要求。', 'party_organization', '', None),
    ('县商务局机关党委对所属支部的指导督促不够，2个支部党建台账缺失。', 'party_organization', '县商务局', None),
    ('党费收缴未建立台账,收缴情况未按规定公示。', 'party_organization disclosure', '', None),
    ('个别党支部书记对党建工作“只挂帅不出征”，把党建工作交给党务干事一人负责。', 'party_organization', '', None),
    ('县交通局运输管理所党支部“三会一课”记录不全，支部委员会会议记录缺失半年。', 'party_organization', '县交通局', None),
    ('发展党员指标分配不均,部分村多年无发展指标。', 'party_organization', '', None),
    ('党员“亮身份、作表率”活动开展不经常，党员先锋模范作用发挥不明显。', 'party_organization', '', None),
    ('金山街道部分社区党组织换届选举程序不规范，候选人预备人选考察不深入。', 'party_organization', '金山街道', None),
    ('支部党员大会表决发展对象时,到会有表决权的党员未超过半数。', 'party_organization', '', None),
    ('县档案馆党支部与县史志办党支部合并后未及时调整支部委员。', 'party_organization', '县档案馆|县史志办', None),
    ('农村党员老龄化严重，部分村党组织发展党员“青黄不接”。', 'party_organization', '', S_ST),
    ('党员教育管理"宽松软",对违纪党员处理不及时。', 'party_organization', '', None),
    ('县图书馆党支部主题党日活动记录与实际活动照片时间不符，存在编造记录问题。', 'party_organization formalism', '县图书馆', None),
]

# ---------------------------------------------------------------- personnel
PROBLEMS += [
    ('选人用人工作不够规范，干部选拔任用工作“一报告两评议”满意度偏低。', 'personnel', '', S_PB),
    ('县发改委干部选拔任用动议环节不规范,未经党组会议集体研究提出初步人选。', 'personnel', '县发改委', None),
    ('个别干部存在带病提拔问题，提拔前已存在的违纪问题未被发现。', 'personnel', '', None),
    ('讲私情讲关系的“潜规则”仍有市场，干部群众反映较大。', 'personnel', '', None),
    ('县公路养护中心超职数配备中层干部3名。', 'personnel', '县公路养护中心', None),
    ('干部人事档案管理不规范,部分干部"三龄二历一身份"认定依据不足。', 'personnel', '', None),
    ('个人有关事项报告不如实，2名科级干部漏报房产、股票。', 'personnel', '', None),
    ('部分干部考察不深入，考察材料千篇一律，未能全面反映干部的实际表现。', 'personnel', '', None),
    ('铁山镇长期借调下属单位人员,借调时间超过2年。', 'personnel', '铁山镇', None),
    ('试用期满考核流于形式，未对试用期干部进行全面考核即予以转正。', 'personnel formalism', '', None),
    ('县教育和体育局干部交流轮岗不到位，关键岗位人员任职超过10年未交流。', 'personnel', '县教育和体育局', S_PROB),
    ('职级晋升把关不严,1名干部任职年限不足被违规晋升四级主任科员。', 'personnel', '', None),
    ('编外人员管理混乱，聘用程序不规范，存在“因人设岗”现象。', 'personnel', '', None),
    ('干部选拔任用纪实不全，部分环节无记录可查', 'personnel', '', None),
    ('县城市管理局党组对拟提拔干部的廉政意见未按规定征求纪检监察机关意见。', 'personnel', '县城市管理局', None),
    ('干部档案专项审核发现,3名干部出生日期存在涂改且未作认定。', 'personnel', '', None),
    ('选人用人存在“论资排辈”倾向，年轻干部培养使用力度不够。', 'personnel', '', S_ST),
    ('县国有资产投资公司中层管理人员选聘未公开竞聘，由主要负责人提名直接任用。', 'personnel', '县国有资产投资公司', None),
    ('部分干部受处分期间违规调整岗位,处分决定执行不严肃。', 'personnel', '', None),
    ('干部任前公示时间不足5个工作日。', 'personnel', '', None),
    ('县卫健委下属医院违规提拔中层干部8名，未按规定履行报备程序。', 'personnel', '县卫健委', None),
    ('领导干部个人有关事项报告抽查核实发现，4人存在瞒报漏报情况。', 'personnel', '', None),
    ('干部选任中存在"近亲繁殖"问题,同一科室内存在亲属关系人员未按规定回避。', 'personnel', '', None),
    ('县自然资源和规划局超编进人，事业编制人员长期借用至机关工作。', 'personnel', '县自然资源和规划局', None),
    ('干部激励机制不健全，干部队伍干事创业积极性不高。', 'personnel', '', None),
    ('选人用人满意度测评中,"对本单位选人用人工作总体评价"满意率仅为68%。', 'personnel', '', S_PB_H),
    ('对干部“八小时以外”监督管理缺失，干部日常管理偏松。', 'personnel', '', None),
    ('东城街道聘用人员工资待遇与岗位不匹配，临聘人员占比过高。', 'personnel', '东城街道', None),
    ('干部因私出国(境)证照管理不规范,2名干部证照未按规定集中保管。', 'personnel', '', None),
    ('县市场监督管理局3名股级干部提拔前未进行民主推荐。', 'personnel', '县市场监督管理局', None),
    ('干部人事档案转递不及时，部分调入干部档案滞留原单位。', 'personnel', '', None),
    ('后备干部队伍建设滞后，年轻干部储备不足，干部断档现象明显。', 'personnel', '', None),
    ('县住房公积金中心违规招聘工作人员2名,未经编办审核备案。', 'personnel', '县住房公积金中心', None),
    ('选人用人中存在“带病提拔”“带病上岗”问题，群众反映强烈。', 'personnel', '', None),
    ('部分单位干部选拔任用“凭印象、凭感觉”，考核评价不精准。', 'personnel', '', None),
    ('县城乡建设投资公司领导人员亲属在本公司担任财务岗位,未执行任职回避。', 'personnel', '县城乡建设投资公司', None),
    ('干部选拔任用前未按规定进行档案审核，“凡提四必”执行不到位。', 'personnel', '', S_PB),
    ('干部队伍结构不合理，45岁以上干部占比达72%，年龄断层问题突出。', 'personnel', '', None),
    ('白沙镇在干部选任中存在搞平衡、照顾情绪的现象。', 'personnel', '白沙镇', None),
    ('干部档案中缺少学历学位认证材料,部分干部学历真实性无法核实。', 'personnel', '', None),
    ('县残联违规为1名工作人员调整岗位等级。', 'personnel', '县残联', None),
    ('个人有关事项报告填报随意，配偶子女从业情况填报不准确。', 'personnel', '', None),
    ('干部调整频繁，部分关键岗位负责人一年内更换3次。', 'personnel', '', None),
    ('县乡村振兴局借用乡镇干部长期不归还,造成乡镇工作力量不足。', 'personnel', '县乡村振兴局', None),
    ('干部提拔使用未严格执行民主推荐程序，推荐票数不足仍被列为考察对象。', 'personnel', '', None),
    ('“一报告两评议”测评中，“不满意”和“不了解”票占比较上年上升6个百分点。', 'personnel', '', None),
    ('县中医院中层干部竞聘方案临时修改资格条件,存在"量身定做"之嫌。', 'personnel', '县中医院', None),
    ('干部选拔任用工作透明度不高，干部群众对提拔程序知晓率低。', 'personnel', '', None),
    ('对受处分干部影响期管理不严，1名干部处分影响期内晋升职级。', 'personnel', '', None),
    ('县政务服务中心选调工作人员未经公开考试,程序不透明。', 'personnel', '县政务服务中心', None),
    ('部分干部“能上不能下”，不担当不作为的干部未得到及时调整。', 'personnel', '', None),
    ('年度考核评优“轮流坐庄”，考核结果运用流于形式。', 'personnel formalism', '', None),
    ('原县粮食局在机构改革前突击提拔干部6名。', 'personnel', '原县粮食局', S_PROB2),
    ('干部人事档案材料收集归档不及时,近三年年度考核登记表未归档。', 'personnel', '', None),
    ('县第二人民医院超编制使用人员，编外用工达126人。', 'personnel', '县第二人民医院', None),
    ('干部选拔任用政治把关不严，对干部政治素质考察不深入。', 'personnel', '', None),
    ('高桥乡干部职级晋升程序倒置,先公示后考核。', 'personnel', '高桥乡', None),
    ('选人用人总体评价不高，“选人用人风气”满意率低于全县平均水平。', 'personnel', '', None),
    ('对干部个人有关事项报告查核结果处理偏轻，瞒报干部未作处理。', 'personnel', '', None),
    ('县林草局违规设置内设机构,超职数配备副股级干部。', 'personnel', '县林草局', None),
    ('县交通运输局、县农业农村局等6个单位存在超职数配备干部问题，共计超配11名。', 'personnel', '县交通运输局|县农业农村局', None),
]

# ---------------------------------------------------------------- accountability
PROBLEMS += [
    ('全面从严治党主体责任落实不到位，党组研究党风廉政建设工作次数少。', 'accountability', '', S_ZR),
    ('县财政局党组书记履行第一责任人责任不到位,对班子成员廉洁自律情况过问不多。', 'accountability', '县财政局', None),
    ('“一岗双责”落实不够，班子成员对分管领域党风廉政建设抓得不紧。', 'accountability', '', None),
    ('压力传导层层递减，责任落实“上热中温下冷”。', 'accountability', '', None),
    ('管党治党宽松软,对干部违纪违规问题处理偏轻偏软。', 'accountability', '', None),
    ('监督偏松偏软，对苗头性倾向性问题发现不及时。', 'accountability', '', S_ST),
    ('提醒谈话制度未落实，主要负责人未按要求对班子成员开展提醒谈话。', 'accountability', '', None),
    ('对"一把手"和同级监督难,领导班子成员对主要负责人不敢监督、不愿监督。', 'accountability', '', None),
    ('2023年县供销社因落实主体责任不力被县纪委监委通报问责。', 'accountability', '县供销社', None),
    ('龙泉镇党委对下属村党组织监督管理不力，3名村干部因违纪受到处分。', 'accountability', '龙泉镇', None),
    ('对本单位政治生态分析研判不深入，政治生态分析报告内容空泛。', 'accountability', '', None),
    ('县检察院党组全面从严治党责任清单未细化,班子成员责任分工不明确。', 'accountability', '县检察院', S_ZR_H),
    ('党风廉政建设责任书一签了之，年终考核未与责任落实情况挂钩。', 'accountability formalism', '', None),
    ('主体责任意识淡薄，认为管党治党是纪检部门的事', 'accountability', '', None),
    ('县城管局2名干部因履行管党治党主体责任不力被问责。', 'accountability', '县城管局', None),
    ('廉政风险防控工作不到位,重点岗位廉政风险点排查不全面。', 'accountability', '', None),
    ('对巡察、审计移交的问题线索处置不及时，2条线索超期未办结。', 'accountability', '', None),
    ('派驻纪检组监督作用发挥不够，日常监督存在“盲区”。', 'accountability', '', None),
    ('全面从严治党向基层延伸不够,村级"小微权力"监督薄弱。', 'accountability', '', None),
    ('县人民法院党组对审判执行领域廉政风险管控不力，干警违纪违法问题时有发生。', 'accountability', '县人民法院', None),
    ('管党治党责任存在“上热下冷”，一些基层支部书记履责意识不强。', 'accountability', '', None),
    ('主要负责人对班子成员的廉政提醒仅限于会议讲话,个别提醒谈话缺失。', 'accountability', '', None),
    ('对干部的日常监督管理不严，对干部违规饮酒等问题发现不及时、处置不果断。', 'accountability', '', S_ZR),
    ('河口镇党委落实党风廉政建设主体责任不力，2023年被县委约谈。', 'accountability', '河口镇', None),
    ('班子成员"一岗双责"停留在口头上,未定期听取分管科室党风廉政建设情况汇报。', 'accountability', '', None),
    ('纪检监察组织“三转”不到位，纪检干部参与分管业务工作。', 'accountability', '', None),
    ('县民政局党组对下属福利院管理监督缺位，福利院发生挪用资金问题。', 'accountability', '县民政局', None),
    ('落实全面从严治党主体责任"重部署轻落实",年度任务清单多项未完成。', 'accountability', '', None),
    ('党风廉政建设工作会议“以会议落实会议”，会后无具体跟踪落实措施。', 'accountability formalism', '', None),
    ('县人社局社保中心因对基金监管失职被追责，反映出局党组主体责任落实不到位。', 'accountability', '县人社局', None),
    ('管党治党存在“好人主义”，对违规违纪苗头“睁一只眼闭一只眼”。', 'accountability', '', S_ST),
    ('领导班子成员之间相互监督不够,对同级的问题不愿提、不敢提。', 'accountability', '', None),
    ('监督执纪“四种形态”运用不充分，第一种形态运用比例偏低。', 'accountability', '', None),
    ('第一责任人责任落实不力，主要负责人对重大问题未亲自过问。', 'accountability', '', None),
    ('县住房保障中心对下属物业公司管党治党责任缺失,公司党支部长期处于空转状态。', 'accountability party_organization', '县住房保障中心', None),
    ('对本单位政治生态状况缺乏分析研判，未建立政治生态分析研判机制。', 'accountability', '', None),
    ('警示教育不经常、不深入，身边典型案例教育作用发挥不明显。', 'accountability', '', None),
    ('县林业和草原局党组落实主体责任不力,局属林场违规问题频发。', 'accountability', '县林业和草原局', None),
    ('乡镇纪委监督力量薄弱，对“一把手”的监督难以落实。', 'accountability', '', None),
    ('有的党组织书记对管党治党“不愿管、不敢管、不会管”。', 'accountability', '', S_ZR),
    ('2022年以来,镇村两级共有9名干部因履行主体责任不力被问责。', 'accountability', '', None),
    ('落实“两个责任”不够有力，责任清单与实际工作结合不紧密。', 'accountability', '', None),
    ('县粮食储备公司党支部对经营管理重点环节监督不力，廉政风险隐患较多。', 'accountability', '县粮食储备公司', None),
    ('监督责任落实不到位,对重点岗位、关键环节监督检查不够。', 'accountability', '', None),
    ('分析研判政治生态时“报喜不报忧”，未能真实反映存在的问题。', 'accountability', '', None),
    ('红岩乡党委书记未按规定向县纪委全会述责述廉。', 'accountability', '红岩乡', None),
    ('党组对纪检组长反映的问题重视不够,督促落实不到位。', 'accountability', '', None),
    ('主体责任压得不实，下属单位连续发生违纪问题后未认真反思。', 'accountability', '', None),
    ('县水投公司因党风廉政建设责任落实不到位，被市国资委约谈。', 'accountability', '县水投公司', None),
    ('廉政谈话覆盖面窄,新任职干部任前廉政谈话未全覆盖。', 'accountability', '', None),
    ('主体责任与监督责任贯通协同不够，监督合力不足。', 'accountability', '', None),
    ('对下属单位管党治党情况督导检查不够，以听汇报代替实地检查。', 'accountability formalism', '', None),
    ('清河街道党工委对社区"两委"成员监督管理缺位,2个社区发生违规发放补贴问题。', 'accountability', '清河街道', None),
    ('抓党建述职评议考核流于形式，考核结果未与评先评优挂钩。', 'accountability formalism', '', None),
    ('领导班子存在“重业务轻党建”倾向，对全面从严治党重视不够。', 'accountability', '', None),
    ('县职业技术学校党总支落实主体责任不力,未制定年度全面从严治党工作计划。', 'accountability', '县职业技术学校', None),
    ('派驻监督“探头”作用发挥不足，对驻在部门“一把手”监督缺位。', 'accountability', '', None),
    ('全面从严治党责任没有压实到基层站所，站所负责人抓廉政意识淡薄。', 'accountability', '', None),
    ('县交通运输局党组书记因落实主体责任不力受到诫勉。', 'accountability', '县交通运输局', S_ZR),
    ('落实谈心谈话和提醒谈话制度不到位,对干部思想动态掌握不够。', 'accountability political_life', '', None),
    ('班子成员履行“一岗双责”存在“上紧下松”，对分管领域廉政风险疏于防范。', 'accountability', '', None),
    ('县教育局、县体育中心等3个单位党组织未按要求开展政治生态分析研判。', 'accountability', '县教育局|县体育中心', None),
]

# ---------------------------------------------------------------- rectification
PROBLEMS += [
    ('上轮巡察反馈问题整改不到位，12个问题中仍有3个未完成整改。', 'rectification', '', S_ZG),
    ('县交通局对审计指出的问题敷衍整改,仅制定制度未纠正违规行为。', 'rectification', '县交通局', None),
    ('整改停留在纸面上，整改报告与实际情况不符。', 'rectification formalism', '', None),
    ('存在虚假整改问题，上报已整改销号的问题经核实仍未整改。', 'rectification', '', None),
    ('选择性整改,对涉及个人利益的问题避重就轻、迟迟不改。', 'rectification', '', None),
    ('长效机制建设滞后，整改后未建立相关制度，问题反弹回潮。', 'rectification', '', None),
    ('县发改委上轮巡察反馈的“公车管理不规范”问题再次出现。', 'rectification', '县发改委', None),
    ('整改方案照抄照搬巡察反馈意见,缺乏具体措施和完成时限。', 'rectification formalism', '', S_ZG),
    ('主要负责人对整改工作重视不够，未按要求召开整改专题会议。', 'rectification', '', None),
    ('整改“一阵风”，问题整改后出现反弹。', 'rectification', '', None),
    ('松山镇对2021年审计发现的5个问题未整改到位,整改资料仅有一份情况说明。', 'rectification formalism', '松山镇', None),
    ('部分整改问题以文件代替整改，以制度代替落实。', 'rectification formalism', '', None),
    ('整改台账不健全，整改进展情况无法跟踪', 'rectification', '', None),
    ('县教育局对巡察移交的问题线索未按时办结,整改进度滞后。', 'rectification', '县教育局', None),
    ('县人社局对上轮巡察反馈的违规发放补助问题仅追回部分资金，尚有8.6万元未追回。', 'rectification', '县人社局', S_ZG),
    ('整改销号把关不严，部分问题未达到销号标准即予以销号。', 'rectification', '', None),
    ('对上级专项检查指出的问题整改不彻底,同类问题重复出现。', 'rectification', '', None),
    ('整改工作“上热下冷”，部分责任科室对整改任务认识不足。', 'rectification', '', None),
    ('县林业局对森林督查发现的违法占用林地问题整改进度缓慢，整改率仅为45%。', 'rectification', '县林业局', None),
    ('部分整改事项整改时限一再延后,整改承诺未兑现。', 'rectification', '', None),
    ('巡察整改“重当下轻长远”，建章立制工作滞后。', 'rectification', '', None),
    ('马坊镇部分村对村级财务审计问题整改不到位，白条入账问题仍然存在。', 'rectification finance', '马坊镇', None),
    ('整改报告内容空洞,对问题原因分析浮于表面。', 'rectification formalism', '', None),
    ('巡察整改日常监督不力，整改成效缺乏跟踪评估。', 'rectification', '', None),
    ('县卫健局上轮巡察指出的医疗废物处置问题整改后出现反弹。', 'rectification', '县卫健局', S_PROB),
    ('对巡察反馈的问题避重就轻,只改"软问题"不改"硬问题"。', 'rectification', '', None),
    ('整改责任落实不到位，整改任务分解到人后无人跟踪督办。', 'rectification', '', None),
    ('上轮巡察指出的“三会一课”不规范问题未有效整改，本轮巡察仍然存在。', 'rectification party_organization', '', None),
    ('县水利局对审计指出的项目资金闲置问题整改不到位,仍有320万元资金未拨付使用。', 'rectification finance', '县水利局', None),
    ('部分整改事项以“长期坚持”代替整改销号，无具体整改措施。', 'rectification', '', None),
    ('整改材料存在后补、编造情况，有的整改佐证材料日期晚于销号日期。', 'rectification formalism', '', S_ZG),
    ('巡察反馈的选人用人问题整改不到位,超职数配备干部问题仍未消化。', 'rectification personnel', '', None),
    ('安平镇对县委巡察反馈的村务公开不规范问题整改不彻底，2个村仍未按季度公开。', 'rectification disclosure', '安平镇', None),
    ('整改工作缺乏统筹，部分问题整改措施相互矛盾。', 'rectification', '', None),
    ('审计整改不到位,2022年审计发现的超范围支出问题至今未纠正。', 'rectification', '', None),
    ('县土地储备中心对巡察指出的土地出让金欠缴问题催缴不力，整改长期停滞。', 'rectification', '县土地储备中心', None),
    ('部分问题整改“新官不理旧账”，以人员调整为由推脱整改责任。', 'rectification bureaucratism', '', None),
    ('整改工作存在"等靠要"思想,对需要上级协调解决的问题消极等待。', 'rectification', '', None),
    ('上一轮巡察整改的问题在本轮巡察中仍有6个未完成，占比达25%。', 'rectification', '', None),
    ('整改成效不明显，群众反映的问题整改后满意度仍然不高。', 'rectification', '', None),
    ('县城投公司对巡察反馈的"未按规定招投标"问题未建立长效机制,同类问题再次发生。', 'rectification finance', '县城投公司', None),
    ('专项整治走过场，自查自纠阶段各科室均上报“零问题”。', 'rectification formalism', '', None),
    ('整改问题清单与巡察反馈问题不对应，部分问题未列入整改清单。', 'rectification', '', None),
    ('对整改中发现的问题线索未移交处置,整改流于表面。', 'rectification', '', None),
    ('县市场监管局对投诉举报处置问题整改不到位，超期未处理投诉仍有27件。', 'rectification bureaucratism', '县市场监管局', None),
    ('整改进展情况未按要求向社会公开，应公开未公开。', 'rectification disclosure', '', None),
    ('部分问题“表面整改”,仅对个别问题纠正,未举一反三。', 'rectification', '', None),
    ('黄土岭乡对上轮巡察反馈问题整改情况未开展“回头看”。', 'rectification', '黄土岭乡', None),
    ('县农机中心对审计移交的违规发放津补贴问题整改打折扣，违规资金仅退回一半。', 'rectification extravagance', '县农机中心', None),
    ('巡察整改主体责任落实不力,主要负责人未履行整改第一责任人职责。', 'rectification accountability', '', None),
    ('整改措施针对性不强，多为“加强学习”“提高认识”等空泛表述。', 'rectification formalism', '', None),
    ('县文化馆对财务检查发现的问题整改滞后，至今未完成账务调整。', 'rectification', '县文化馆', None),
    ('问题反弹回潮,违规公款吃喝问题整改后再次发生。', 'rectification extravagance', '', None),
    ('县环卫处对上轮巡察指出的环卫工人工资拖欠问题整改不到位，仍拖欠工资45万元。', 'rectification livelihood', '县环卫处', None),
    ('整改工作“重数量轻质量”，片面追求整改完成率。', 'rectification', '', None),
    ('部分整改事项标注为"已完成",但相关制度尚在起草中。', 'rectification', '', None),
    ('巡察整改督查督办不力，对逾期未完成整改的事项未追责问责。', 'rectification', '', None),
    ('城西街道对巡察反馈的老旧小区改造问题整改推进缓慢。', 'rectification livelihood', '城西街道', None),
    ('对整改中暴露出的制度漏洞未及时修订完善。', 'rectification', '', None),
    ('县自来水公司对审计指出的水费收缴不规范问题整改不到位,欠费底数仍不清。', 'rectification finance', '县自来水公司', None),
    ('整改“一改了之”，未对问题责任人进行追责问责。', 'rectification', '', None),
    ('县商务局、县经济技术开发区管委会等4个单位上轮巡察整改完成率低于80%。', 'rectification', '县商务局|县经济技术开发区管委会', S_ZG),
    ('县供电公司对安全生产检查发现的问题整改走过场，整改报告与现场情况明显不符。', 'rectification formalism', '县供电公司', None),
]

# ---------------------------------------------------------------- disclosure
PROBLEMS += [
    ('村务公开不及时，部分村公开栏内容长期未更新。', 'disclosure', '', S_QZ),
    ('党务公开内容不全面,应公开的党员发展情况未公开。', 'disclosure party_organization', '', None),
    ('财务公开不规范，公开内容只有收支总数，没有具体明细。', 'disclosure', '', None),
    ('马家镇张湾村村务公开栏仍张贴2021年的公开内容。', 'disclosure', '马家镇张湾村', None),
    ('惠民资金发放情况未按规定公示，群众知晓率低。', 'disclosure', '', None),
    ('部分村干部怕公开、烦公开,对群众关心的事项不愿公开。', 'disclosure', '', None),
    ('财务公开“避重就轻”，大额支出和招待费用未列明细。', 'disclosure', '', None),
    ('县住建局保障性住房分配结果未按规定公示。', 'disclosure', '县住建局', None),
    ('低保评审结果未公示即上报审批,群众监督渠道不畅。', 'disclosure', '', None),
    ('村级工程项目招投标结果、合同金额未向村民公开。', 'disclosure', '', None),
    ('石岭镇部分村财务公开未经村务监督委员会审核即张贴。', 'disclosure', '石岭镇', S_QZ),
    ('村务公开流于形式,公开内容笼统、群众看不懂。', 'disclosure formalism', '', None),
    ('党务公开目录不健全，公开形式单一。', 'disclosure', '', None),
    ('集体资产资源出租情况未公开，群众对租金去向有疑问。', 'disclosure', '', None),
    ('县民政局临时救助对象名单未在政务网站公示。', 'disclosure', '县民政局', None),
    ('公开时间不固定,有的村半年才公开一次财务。', 'disclosure', '', None),
    ('村务监督委员会作用发挥不充分，对村务公开的监督流于形式。', 'disclosure formalism', '', None),
    ('应公开未公开，土地征收补偿标准及分配方案未向被征地群众公开。', 'disclosure', '', None),
    ('东山街道下辖社区党务公开栏设置位置偏僻,群众难以查看。', 'disclosure', '东山街道', None),
    ('财务公开数据与账面数据不一致，公开内容不真实。', 'disclosure finance', '', None),
    ('部分村将村务公开栏设在村委会办公室内，群众无法随时查看', 'disclosure', '', None),
    ('县人社局公益性岗位人员名单未对外公示。', 'disclosure', '县人社局', S_PROB),
    ('扶贫项目资金使用情况未公开,项目建设内容群众不知情。', 'disclosure', '', None),
    ('三务公开流于形式，“公开的不重要、重要的不公开”。', 'disclosure formalism', '', None),
    ('县农业农村局耕地地力保护补贴发放明细未在村级公示。', 'disclosure', '县农业农村局', None),
    ('村务公开未按规定在每月固定时间公开,存在随意性。', 'disclosure', '', None),
    ('党务公开程序不规范，公开前未经支部委员会审核。', 'disclosure', '', None),
    ('危房改造补助对象评定结果未公示，群众对评定结果有意见。', 'disclosure', '', None),
    ('白云乡部分村"一事一议"筹资筹劳情况未公开。', 'disclosure', '白云乡', None),
    ('财务公开长期只公开收入，不公开支出。', 'disclosure', '', None),
    ('村级公开栏破损严重，公开内容字迹模糊、无法辨认。', 'disclosure', '', S_QZ),
    ('县医保局医疗救助资金使用情况未按规定向社会公开。', 'disclosure', '县医保局', None),
    ('网上公开平台信息更新滞后,部分信息停留在两年前。', 'disclosure', '', None),
    ('红旗镇刘家沟村集体经济收益分配方案未经公示即实施。', 'disclosure', '红旗镇刘家沟村', None),
    ('公开内容不完整，村干部误工补贴发放情况未公开。', 'disclosure', '', None),
    ('村务公开档案管理不规范，历次公开内容未留存备查。', 'disclosure', '', None),
    ('县教育局学生资助名单公示时间不足5个工作日。', 'disclosure', '县教育局', None),
    ('部分村财务公开由会计一人编制,未经民主理财小组审核。', 'disclosure', '', None),
    ('社区党务、居务公开以电子屏滚动播放代替，内容一闪而过，群众难以查阅。', 'disclosure formalism', '', None),
    ('县城管局占道经营审批结果未向社会公开。', 'disclosure', '县城管局', None),
    ('群众对村务公开满意度低，反映“看不到、看不懂、看不全”。', 'disclosure', '', S_QZ),
    ('涉农资金发放未在村级公示,资金发放透明度不高。', 'disclosure', '', None),
    ('金鸡镇对辖区村三务公开工作督促指导不够，多个村公开不及时。', 'disclosure', '金鸡镇', None),
    ('村务公开重结果公开、轻过程公开，重大事项决策过程未公开。', 'disclosure', '', None),
    ('财务公开报表格式不统一,部分村仍以手写形式公开。', 'disclosure', '', None),
    ('县残联残疾人两项补贴发放名单公示内容不全。', 'disclosure', '县残联', None),
    ('公开栏中的监督举报电话已停用，群众反映问题无门。', 'disclosure', '', None),
    ('部分社区居务公开内容以工作总结代替，缺少群众关心的实际事项。', 'disclosure', '', None),
    ('村级项目公开"只公开计划、不公开结果"。', 'disclosure', '', None),
    ('县水务局农村饮水工程建设资金使用情况未公开。', 'disclosure', '县水务局', None),
    ('集体经营性收入和支出未分项公开，群众对账目存疑。', 'disclosure', '', None),
    ('党费收缴使用情况未向党员公开。', 'disclosure party_organization', '', None),
    ('新华街道光明社区物业专项维修资金使用情况未公示,居民多次反映。', 'disclosure', '新华街道光明社区', None),
    ('村务公开存在选择性公开问题，敏感事项一概不公开。', 'disclosure', '', None),
    ('三务公开制度执行不严格，公开时间、内容、程序不规范。', 'disclosure', '', S_QZ),
    ('县乡村振兴局衔接资金项目公告公示制度执行不到位。', 'disclosure', '县乡村振兴局', None),
    ('部分村将财务公开事项交由驻村工作队代办,村干部对公开内容不了解。', 'disclosure', '', None),
    ('草坪乡部分村农村低保户名单公示后被撕毁，未重新张贴。', 'disclosure', '草坪乡', None),
    ('财务公开中“其他支出”项目占比过大，具体用途未说明。', 'disclosure', '', None),
    ('党务公开意识淡薄，认为党务公开可有可无。', 'disclosure', '', None),
    ('长岭镇、杨柳乡等5个乡镇均存在村级财务公开不及时问题。', 'disclosure', '长岭镇|杨柳乡', None),
    ('县城区中学、县实验小学食堂收支情况未向家长公开。', 'disclosure', '县城区中学|县实验小学', None),
]

# ---------------------------------------------------------------- livelihood
PROBLEMS += [
    ('老旧小区改造推进缓慢，群众反映强烈。', 'livelihood', '', S_QZ),
    ('城区停车难问题突出,群众多次通过热线反映未得到解决。', 'livelihood', '', None),
    ('县住建局对拆迁安置房延期交付问题推进不力，群众信访不断。', 'livelihood', '县住建局', None),
    ('农民工欠薪问题仍然存在，部分工程项目拖欠工资达156万元。', 'livelihood', '', None),
    ('信访积案化解不力,3件信访事项超过2年未化解。', 'livelihood', '', None),
    ('群众反映的下水道堵塞问题在县住建局和所在街道之间推来推去，长期未解决。', 'livelihood bureaucratism', '县住建局', None),
    ('公共厕所数量不足，城区“如厕难”问题未有效解决。', 'livelihood', '', None),
    ('社会保障落实不到位,部分符合条件的困难群众未纳入低保。', 'livelihood', '', None),
    ('柳河镇部分村饮水安全保障不足，夏季用水高峰期停水频繁。', 'livelihood', '柳河镇', S_QZ_H),
    ('农村道路后续管护不到位，部分道路损坏严重。', 'livelihood', '', None),
    ('拆迁安置补偿款未按时发放,群众意见较大。', 'livelihood', '', None),
    ('县医院看病难问题突出，门诊排队时间长。', 'livelihood', '县医院', None),
    ('群众反映的噪音扰民问题，县生态环境局与县城管局相互推诿，至今未处理。', 'livelihood bureaucratism', '县生态环境局|县城管局', None),
    ('学前教育资源不足,城区公办幼儿园学位紧张。', 'livelihood', '', None),
    ('春晖社区老旧小区雨污分流改造未完成，雨季积水严重。', 'livelihood', '春晖社区', None),
    ('12345热线转办事项办理质量不高，群众满意率仅为71%。', 'livelihood', '', None),
    ('养老服务设施不足,农村敬老院设施陈旧。', 'livelihood', '', None),
    ('县人社局对企业欠薪投诉处置不及时，劳动者维权周期长。', 'livelihood bureaucratism', '县人社局', S_QZ),
    ('安置房质量问题群众反映强烈，墙体开裂、渗水等问题长期未维修。', 'livelihood', '', None),
    ('部分信访事项在县自然资源局与乡镇之间反复流转,"转来转去"未得到实质性解决。', 'livelihood bureaucratism', '县自然资源局', None),
    ('城乡垃圾处理设施不完善，部分村垃圾乱堆乱放。', 'livelihood', '', None),
    ('重复信访、越级信访问题突出，信访秩序不稳定。', 'livelihood', '', None),
    ('大坪镇群众反映的灌溉渠道损毁问题三年未修复。', 'livelihood', '大坪镇', None),
    ('义务教育阶段大班额问题仍然存在,部分班级学生人数超过60人。', 'livelihood', '', None),
    ('县城公交线路覆盖不足，城郊群众出行不便。', 'livelihood', '', None),
    ('部分退役军人优抚政策落实不到位，相关信访问题时有发生。', 'livelihood', '', None),
    ('县供热公司冬季供暖温度不达标,居民投诉量较上年增加30%。', 'livelihood', '县供热公司', None),
    ('物业管理不规范，小区物业服务质量差，业主与物业矛盾突出。', 'livelihood', '', None),
    ('城东街道对辖区占道经营、噪音扰民等群众反映强烈的问题整治不力。', 'livelihood', '城东街道', None),
    ('医保报销流程繁琐,群众跑腿次数多。', 'livelihood', '', None),
    ('农村危房改造“回头看”发现仍有12户住房安全未保障。', 'livelihood', '', None),
    ('电动自行车充电难问题突出，居民私拉电线现象普遍。', 'livelihood', '', None),
    ('县信访局对群众初次信访事项按期办结率低,大量初信初访转为重复访。', 'livelihood bureaucratism', '县信访局', S_QZ_H),
    ('征地拆迁遗留问题多，群众补偿款发放纠纷长期未解决。', 'livelihood', '', None),
    ('社区卫生服务中心医疗设备不足，群众就近就医需求难以满足。', 'livelihood', '', None),
    ('关于小区产权证办理的诉求,县不动产登记中心与开发商相互推卸,群众多年未办证。', 'livelihood bureaucratism', '县不动产登记中心', None),
    ('部分村农村公路安全隐患突出，临水临崖路段缺少防护设施。', 'livelihood', '', None),
    ('县第三中学校舍陈旧，部分教室存在安全隐患。', 'livelihood', '县第三中学', None),
    ('困难群众临时救助审批时间长,救急难作用发挥不明显。', 'livelihood', '', None),
    ('菜市场改造后摊位费上涨，群众买菜成本增加，反映强烈。', 'livelihood', '', None),
    ('县城区内涝问题突出，每逢暴雨多个路段积水严重。', 'livelihood', '', None),
    ('山阳镇部分村留守老人、留守儿童关爱服务缺失。', 'livelihood', '山阳镇', None),
    ('高龄津贴发放不及时,部分老人连续3个月未领到津贴。', 'livelihood', '', None),
    ('农贸市场环境脏乱差，周边群众意见较大。', 'livelihood', '', None),
    ('县城管局对群众投诉的夜市油烟扰民问题处置不力，投诉反复发生。', 'livelihood bureaucratism', '县城管局', None),
    ('就业帮扶措施不精准,脱贫劳动力务工就业稳定性不高。', 'livelihood', '', None),
    ('部分集中安置点配套设施不完善，群众“搬得出、稳不住”。', 'livelihood', '', None),
    ('信访事项办理“重程序轻实效”，群众满意度低。', 'livelihood formalism', '', S_QZ),
    ('县殡仪馆收费项目多、标准高,群众反映殡葬负担重。', 'livelihood', '县殡仪馆', None),
    ('社保卡补换办理点少，群众办理需往返县城。', 'livelihood', '', None),
    ('鹿鸣乡卫生院医护人员不足，夜间急诊无人值守。', 'livelihood', '鹿鸣乡卫生院', None),
    ('城区学校周边交通拥堵,上下学时段安全隐患大。', 'livelihood', '', None),
    ('农村改厕“建而不用”，部分改厕户无法正常使用。', 'livelihood', '', None),
    ('县燃气公司燃气管道老化，群众反映的安全隐患未及时排查整治。', 'livelihood', '县燃气公司', None),
    ('涉及群众切身利益的诉求办理时限长,部分诉求超期未回复。', 'livelihood bureaucratism', '', None),
    ('公共文化设施利用率低，农家书屋长期上锁。', 'livelihood', '', None),
    ('县房管局对小区业主反映的开发商延期交房问题协调不力。', 'livelihood', '县房管局', None),
    ('群众反映的饮用水水质问题,县水务局与镇政府各执一词,问题久拖未决。', 'livelihood bureaucratism', '县水务局', None),
    ('部分农村客运班线停运，偏远村群众出行困难。', 'livelihood', '', None),
    ('县人民医院停车位严重不足，就医群众停车难问题突出。', 'livelihood', '县人民医院', None),
    ('信访积案存量较大,化解进度缓慢。', 'livelihood', '', None),
    ('望江街道、滨河街道等老城区老旧小区加装电梯、管网改造等诉求集中，回应迟缓。', 'livelihood', '望江街道|滨河街道', None),
    ('县劳动保障监察大队对欠薪举报查处不及时，2起欠薪事件引发群体性上访。', 'livelihood bureaucratism', '县劳动保障监察大队', None),
]


# ---------------------------------------------------------------- dump and validate
FORBIDDEN = ["新津", "普兴", "花源", "宝墩", "兴义镇", "永商镇", "梨花溪", "区经信局",
             "区公资交易中心", "区发改局", "区医保局", "区妇联", "区农业农村局", "区文体旅局",
             "区退役军人局", "商务投促局", "区公安分局", "区建交局", "藏经阁"]
HALF = re.compile(r'[,():"]')
FULL = re.compile(r'[，（）：“”]')


def load_codes():
    """Category codes from rules/taxonomy.yml."""
    import yaml
    root = Path(__file__).resolve().parents[2]
    data = yaml.safe_load((root / "rules" / "taxonomy.yml").read_text(encoding="utf-8"))
    return {c["code"] for c in data["categories"]}


def records():
    """Yield the JSON records in file order: problems, then non-problems."""
    for text, cats, units, section in PROBLEMS:
        rec = {"text": text, "is_problem": True, "categories": cats.split(),
               "units": [u for u in units.split("|") if u]}
        if section:
            rec["section"] = section
        yield rec
    for text, section in NON_PROBLEMS:
        rec = {"text": text, "is_problem": False, "categories": [], "units": []}
        if section:
            rec["section"] = section
        yield rec


def validate(recs, codes):
    """Return a list of error strings."""
    errors, seen = [], set()
    for i, r in enumerate(recs, 1):
        t = r["text"]
        if t in seen:
            errors.append(f"{i}: duplicate")
        seen.add(t)
        if re.search(r"[。！？；;]", t.rstrip("。")):
            errors.append(f"{i}: sentence break inside: {t}")
        for c in r["categories"]:
            if c not in codes:
                errors.append(f"{i}: unknown category {c}")
        pos = 0
        for u in r["units"]:
            k = t.find(u, pos)
            if k < 0:
                errors.append(f"{i}: unit {u} not in order/substring: {t}")
            else:
                pos = k + len(u)
        if r["is_problem"] and not r["categories"]:
            errors.append(f"{i}: problem without category")
        if not r["is_problem"] and (r["categories"] or r["units"]):
            errors.append(f"{i}: non-problem with labels")
        for f in FORBIDDEN:
            if f in t:
                errors.append(f"{i}: forbidden name {f}")
    return errors


def main():
    codes = load_codes()
    recs = list(records())
    errors = validate(recs, codes)
    for e in errors:
        print(e, file=sys.stderr)
    out = Path(__file__).with_name("part_b.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    probs = [r for r in recs if r["is_problem"]]
    cat_counts = Counter(c for r in probs for c in r["categories"])
    punct = [r for r in recs if HALF.search(r["text"]) or FULL.search(r["text"])]
    half = [r for r in punct if HALF.search(r["text"])]
    print(f"lines {len(recs)}  problems {len(probs)}  non-problems {len(recs) - len(probs)}")
    print(f"problems naming units {sum(1 for r in probs if r['units'])} "
          f"({sum(1 for r in probs if r['units']) / max(len(probs), 1):.0%})")
    print(f"multi-label problems {sum(1 for r in probs if len(r['categories']) > 1)}")
    for c, n in sorted(cat_counts.items(), key=lambda x: -x[1]):
        print(f"  {c:20s} {n}")
    print(f"with section {sum(1 for r in recs if 'section' in r)}")
    print(f"half-width punctuation {len(half)}/{len(punct)} ({len(half) / max(len(punct), 1):.0%})")
    print(f"errors {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

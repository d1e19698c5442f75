"""Hand-written labelled sentences, part N: findings that state two or three problems at once.

Real findings often pack two problems into one sentence ("既…又…", "…，同时…", "…，还存在…",
a problem and its consequence, one act that breaks two rules, a condensed "一是…二是…"). The
model tended to give such sentences one label. This part holds about 190 genuinely multi-label
findings over many category pairs (about 20 with three labels), about 50 single-label findings
that mention a second topic without it being a problem (学习 as context, 资金 without an
irregularity, 问责 of a duty failure, 兼任 that is not a side job ...), and about 20
non-problems that use two topics' vocabulary (achievements, plans, requirements, denials).

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_n.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None).
Non-problem entries: (text, section-or-None).
"""
import sys
from collections import Counter
from pathlib import Path

S_PROB = "二、存在的主要问题"
S_PROB2 = "二、巡察发现的主要问题"
S_ZZ = "（一）政治建设方面"
S_ZZ_H = "(一)政治建设方面"
S_ZF = "（二）作风建设方面"
S_ZF_H = "(二)作风建设方面"
S_LJ = "（三）廉洁纪律方面"
S_LJ_H = "(三)廉洁纪律方面"
S_DJ = "（四）基层党组织建设方面"
S_DJ_H = "(四)党的建设方面"
S_XR = "（五）选人用人方面"
S_ZG = "（六）巡察整改方面"
S_ZG_H = "(六)上轮巡察整改方面"
S_MS = "（三）群众身边腐败和作风问题"
S_ST = "三、政治生态评价"
S_SJ = "二、审计发现的主要问题"
S_SJ_H = "二、审计发现的主要问题"
S_ZGBG = "二、整改落实情况"
S_CX = "一、主要成效"
S_CX_H = "一、工作成效"
S_YJ = "三、意见建议"
S_NEXT = "四、下一步工作打算"
S_SZSL = "二、个人廉洁自律情况"
S_XCKZ = "一、巡察工作基本情况"

P = []  # problem sentences

# ------------------------------------------------ formalism + bureaucratism
P += [
    ('巡察发现，临溪县发改局以会议落实会议、以文件落实文件，重点项目审批超期办理问题突出。', 'formalism bureaucratism', '临溪县发改局', S_ZF),
    ('一是督查检查考核过多过频,基层疲于迎检,二是部分干部遇事推诿扯皮、不愿担当', 'formalism bureaucratism', '', S_ZF_H),
    ('白沙区城管局重痕迹轻实绩，台账资料层层加码，对占道经营投诉却长期不作为。', 'formalism bureaucratism', '白沙区城管局', None),
    ('有的科室工作满足于发通知、转文件,对下级请示事项久拖不决', 'formalism bureaucratism', '', None),
    ('凤鸣街道过度留痕，要求社区每项工作都拍照上传，社区干部整天忙于填表，为群众办事效率低下。', 'formalism bureaucratism', '凤鸣街道', None),
    ('县行政审批服务局"一网通办"停留在挂牌层面,企业办事仍需多头跑、反复交材料', 'formalism bureaucratism', '县行政审批服务局', None),
    ('岚山县教育局调研走马观花、蜻蜓点水，对学校反映的校舍安全隐患迟迟拿不出解决办法。', 'formalism bureaucratism', '岚山县教育局', None),
    ('为应付考核突击补写帮扶日志，而帮扶对象提出的实际困难无人跟进。', 'formalism bureaucratism', '', None),
    ('工作部署"上下一般粗",照搬照转上级文件,遇到难题就往上推、往下压', 'formalism bureaucratism', '', S_ZF_H),
]

# ------------------------------------------------ extravagance + micro_corruption
P += [
    ('东坪镇柳湾村村干部用集体资金吃喝招待，还从土地流转收益中给自己发放“误工补贴”。', 'extravagance micro_corruption', '东坪镇柳湾村', S_MS),
    ('部分村(社区)用村集体收入违规发放节日福利,变相侵占集体资产', 'extravagance micro_corruption', '', None),
    ('青石乡3个村以“走访慰问”名义将救助物资分给村干部，还用扶贫资金购买烟酒用于招待。', 'extravagance micro_corruption', '青石乡', None),
    ('个别村干部收受贫困户送的土鸡、腊肉等礼品,并在低保评定中给予照顾', 'extravagance micro_corruption', '', None),
    ('河口镇桂花村村干部公款吃喝2.3万元，同时虚报冒领救灾物资折款1.1万元。', 'extravagance micro_corruption', '河口镇桂花村', None),
    ('社区“两委”成员从居民活动经费中列支旅游费用，将本应用于困难群众的慰问金用于自己聚餐。', 'extravagance micro_corruption', '', S_MS),
]

# ------------------------------------------------ micro_corruption + finance
P += [
    ('巡察发现,石门县民政局对低保资金发放审核把关不严,存在冒领问题,且资金账目与花名册不一致', 'micro_corruption finance', '石门县民政局', None),
    ('龙泉镇5个村集体资产底数不清，村干部私自出租集体鱼塘收取租金未入账。', 'micro_corruption finance', '龙泉镇', None),
    ('县乡村振兴局管理的到户产业补助资金中有38.5万元以白条入账，部分补助被村干部截留。', 'micro_corruption finance', '县乡村振兴局', S_SJ),
    ('高桥镇新屋村将危房改造补助资金用于村级办公开支,账务处理混乱', 'micro_corruption finance', '高桥镇新屋村', None),
    ('农村饮水安全工程资金被挪作他用，且项目未按规定招投标。', 'micro_corruption finance', '', None),
    ('退耕还林补贴发放中虚报面积套取资金,乡财政所大额现金支付补贴款', 'micro_corruption finance', '', S_SJ_H),
    ('城南街道征地补偿款发放账目不清，部分补偿款被社区干部优亲厚友分给亲属。', 'micro_corruption finance', '城南街道', None),
    ('五是村级财务管理混乱，白马镇何家坝村会计兼任出纳，挪用村集体资金8万元用于个人还贷。', 'micro_corruption finance', '白马镇何家坝村', S_LJ),
]

# ------------------------------------------------ disclosure + micro_corruption
P += [
    ('桃源乡杨柳村低保评定结果未张榜公示，村支书亲属4人违规享受低保。', 'disclosure micro_corruption', '桃源乡杨柳村', None),
    ('部分村集体土地流转收益未向村民公开,村干部截留私分', 'disclosure micro_corruption', '', None),
    ('金鸡镇村务公开栏长期不更新，扶贫项目资金使用情况应公开未公开，村干部虚报工程量套取资金。', 'disclosure micro_corruption', '金鸡镇', S_MS),
    ('惠民补贴发放名单不公开、不透明,村组干部优亲厚友', 'disclosure micro_corruption', '', None),
    ('马坊乡2个村的集体经营收入从未公开，账外资金被村干部私存私放。', 'disclosure micro_corruption', '马坊乡', None),
    ('群众反映，老鹰岩村对公益林补偿款分配既不公示也不说明，补偿款有相当部分发给了村干部本人。', 'disclosure micro_corruption', '老鹰岩村', None),
]

# ------------------------------------------------ finance + corruption
P += [
    ('县交投公司工程项目拆分规避招标，项目负责人借机向关联企业输送利益。', 'finance corruption', '县交投公司', S_LJ),
    ('原县国土资源局局长插手土地出让,相关款项未及时入账', 'corruption finance', '原县国土资源局', None),
    ('县人民医院设备采购程序不规范，分管副院长收受供应商回扣。', 'finance corruption', '县人民医院', None),
    ('平溪县第二中学食堂承包未公开招标,校长与承包商存在利益关联', 'finance corruption', '平溪县第二中学', None),
    ('县水利局小型水利工程先施工后招标，工程款结算中多付施工方43万元，经办人员收受好处费。', 'finance corruption', '县水利局', S_SJ),
    ('重点工程变更签证审核把关不严，多支付工程款，分管领导违规干预工程分包。', 'finance corruption', '', None),
    ('县国投公司对外借款未履行审批程序,借款对象系董事长朋友控制的企业,至今无法收回', 'finance corruption', '县国投公司', None),
]

# ------------------------------------------------ corruption + personnel
P += [
    ('县公安局在干部提拔中存在"打招呼"现象,原政委收受下属钱款为其职务晋升提供帮助', 'personnel corruption', '县公安局', S_XR),
    ('选人用人把关不严，2名因收受贿赂被立案审查的干部曾被带病提拔。', 'personnel corruption', '', S_XR),
    ('瑞溪镇原党委书记利用干部调整之机收受财物，破坏选人用人风气。', 'corruption personnel', '瑞溪镇', None),
    ('个人有关事项报告不实,隐瞒配偶经营的企业承接本系统工程项目', 'personnel corruption', '', None),
    ('市国资委下属企业招聘中存在“萝卜招聘”，领导干部亲属经“内部推荐”入职，背后存在利益交换。', 'personnel corruption', '市国资委', None),
    ('原县民宗局副局长买官卖官,收受3名干部财物共计12万元', 'corruption personnel', '原县民宗局', None),
]

# ------------------------------------------------ side_jobs + corruption
P += [
    ('县自然资源局1名副局长违规在矿山企业兼职并领取报酬，还为该企业办理采矿许可提供便利。', 'side_jobs corruption', '县自然资源局', S_LJ),
    ('有的干部以他人名义入股砂石企业,利用职务便利为企业承揽工程', 'side_jobs corruption', '', None),
    ('县发展和改革局个别干部在其审批的项目公司中持有干股。', 'side_jobs corruption', '县发展和改革局', None),
    ('钟山镇财政所所长违规经商，开办建材公司并向镇里的项目供货。', 'side_jobs corruption', '钟山镇', None),
    ('县市场监管局2名执法人员在所监管的药店兼职取酬,对该药店的违规行为不予查处', 'side_jobs corruption', '县市场监管局', S_LJ_H),
    ('县人民医院骨科医生在民营医院兼职取酬，并将患者转介到该院手术收取介绍费。', 'side_jobs corruption', '县人民医院', None),
    ('国企中层违规注册空壳公司，利用职务影响承接本企业业务，从中赚取差价。', 'side_jobs corruption', '', None),
]

# ------------------------------------------------ study + political_life
P += [
    ('县统计局党组理论学习中心组学习不深入，民主生活会查摆问题避重就轻，批评辣味不足。', 'study political_life', '县统计局', S_ZZ),
    ('党组中心组学习以读文件为主,专题研讨不深入,组织生活会上相互批评"点到为止"', 'study political_life', '', S_ZZ_H),
    ('柏林镇党委理论学习计划执行不到位，民主集中制执行不严，重大事项由主要负责人个人决定。', 'study political_life', '柏林镇', None),
    ('学习贯彻新思想停留在读原文层面,民主生活会上以工作建议代替批评', 'study political_life', '', None),
    ('县供销社党组意识形态工作责任制落实不到位，“三重一大”事项未经党组会集体研究。', 'study political_life', '县供销社', S_ZZ),
    ('领导班子成员对党的创新理论学而不深，开展批评与自我批评时顾虑较多、以表扬代替批评。', 'study political_life', '', None),
    ('金沙街道党工委既没有按要求开展专题学习研讨,年度民主生活会也未征求基层意见', 'study political_life', '金沙街道', None),
]

# ------------------------------------------------ party_organization + political_life
P += [
    ('部分支部"三会一课"不规范,组织生活会查摆问题大而化之', 'party_organization political_life', '', S_DJ_H),
    ('县妇幼保健院党支部未按期换届，重要事项不经支委会讨论，由院长一人拍板。', 'party_organization political_life', '县妇幼保健院', S_DJ),
    ('谈心谈话制度落实不好，党员发展程序倒置、材料缺失。', 'political_life party_organization', '', None),
    ('县审计局机关党支部书记与党员谈心谈话每年仅1次,党费收缴不足额', 'political_life party_organization', '县审计局', None),
    ('县农科院党委会研究事项时“一言堂”，下属4个支部的委员长期缺额未补选。', 'political_life party_organization', '县农科院', None),
    ('巡察发现，有的党支部“三会一课”时断时续，支部班子成员之间的批评与自我批评“一团和气”。', 'party_organization political_life', '', None),
]

# ------------------------------------------------ accountability + rectification
P += [
    ('党组对上轮巡察整改主体责任认识不足，压力传导层层递减，部分问题整改不到位。', 'accountability rectification', '', S_ZG),
    ('文昌县林业局主要负责人对巡察整改不过问、不督促,6个问题至今未销号', 'accountability rectification', '文昌县林业局', S_ZG_H),
    ('县委编办落实全面从严治党主体责任不力，对审计反馈问题整改敷衍了事。', 'accountability rectification', '县委编办', None),
    ('"一岗双责"落实不到位,班子成员对分管领域巡察反馈问题整改不闻不问', 'accountability rectification', '', None),
    ('马岭镇党委管党治党宽松软，对上次巡察指出的问题虚假整改，整改台账与实际严重不符。', 'accountability rectification', '马岭镇', S_ZG),
    ('整改第一责任人责任没有扛起来，党组书记既未主持召开专题民主生活会，也未带头认领问题。', 'accountability rectification', '', None),
]

# ------------------------------------------------ rectification + the rectified topic
P += [
    ('上轮巡察指出的公车私用问题整改不彻底,2023年仍有3台公车节假日未封存', 'rectification extravagance', '', S_ZG_H),
    ('审计指出的白条入账问题，县园林局仅补办了手续，账务仍未规范。', 'rectification finance', '县园林局', None),
    ('群众反映的小区停车难问题被列入整改清单，但一年多来未见实际举措。', 'rectification livelihood', '', None),
    ('村务公开不及时问题整改后又回潮,多个村公开栏内容仍停留在去年', 'rectification disclosure', '', None),
    ('对“科级干部违规兼职取酬”问题，福安镇整改中仅作口头提醒，违规所得未予清退。', 'rectification side_jobs', '福安镇', S_ZG),
    ('中心组学习不规范问题整改停留在制定计划上，2023年仍只开展集中学习3次。', 'rectification study', '', None),
    ('巡察指出的干部“带病提拔”问题，县卫健局至今未开展倒查。', 'rectification personnel', '县卫健局', None),
    ('对上轮巡察反馈的低保"人情保"问题,上塘镇仅清退2户,另有7户未核查', 'rectification micro_corruption', '上塘镇', S_ZG_H),
    ('整改不到位，上轮巡察指出的推诿扯皮问题依然存在，企业开办审批仍然超时。', 'rectification bureaucratism', '', None),
    ('县国资公司对上轮巡察指出的领导人员违规兼职问题选择性整改,仍有2人在参股企业兼职领薪', 'rectification side_jobs', '县国资公司', None),
    ('专项巡察反馈的支部换届不及时问题，城西街道至今仍有3个支部超期未换届。', 'rectification party_organization', '城西街道', None),
    ('针对巡察指出的“民主生活会批评辣味不足”问题，县司法局党组今年的民主生活会仍以提希望代替批评。', 'rectification political_life', '县司法局', S_ZG),
    ('整改报告称已建立管党治党责任清单,但清单内容空泛,班子成员"一岗双责"仍未压实', 'rectification accountability', '', None),
    ('对巡察反馈的工程项目利益输送问题，县城投公司未追究相关人员责任，问题线索也未移交。', 'rectification corruption', '县城投公司', None),
]

# ------------------------------------------------ accountability + party_organization
P += [
    ('党委对基层党组织建设重视不够，主体责任落实不到位，3个村党支部软弱涣散。', 'accountability party_organization', '', S_DJ),
    ('清溪乡党委对村级党组织换届工作指导不力,抓党建主体责任虚化,2个村换届推迟半年', 'accountability party_organization', '清溪乡', None),
    ('县教育局党组管党治党责任落实不到位，所属学校党组织发展党员不规范。', 'accountability party_organization', '县教育局', None),
    ('党委书记抓基层党建过问少，党员教育管理松散，流动党员长期失联。', 'accountability party_organization', '', None),
    ('县工信局党组书记履行抓党建第一责任人职责不到位,机关支部党员发展两年"零增长"', 'accountability party_organization', '县工信局', S_DJ_H),
    ('党建工作与业务工作“两张皮”，党组对支部标准化建设不部署、不检查。', 'accountability party_organization', '', None),
]

# ------------------------------------------------ livelihood + bureaucratism
P += [
    ('金湖街道对辖区老旧小区改造诉求与县住建局相互推诿，问题拖了3年未解决。', 'livelihood bureaucratism', '金湖街道|县住建局', None),
    ('农民工欠薪投诉县人社局接件后超期未办理,群众多次到县信访', 'livelihood bureaucratism', '县人社局', None),
    ('信访件办理“一转了之”，部分信访事项超期半年未答复，群众重复上访。', 'livelihood bureaucratism', '', S_PROB),
    ('县城管局对群众反映的夜市噪音扰民问题不回应、不处理，办理满意度仅46%。', 'livelihood bureaucratism', '县城管局', None),
    ('拆迁安置房延期交付5年,县征收办、县住建局以"历史遗留"为由互相推诿', 'livelihood bureaucratism', '县征收办|县住建局', None),
    ('医保报销窗口随意退件，县医疗保障局对群众反复投诉不整改，看病报销难问题突出。', 'bureaucratism livelihood', '县医疗保障局', None),
    ('乡镇卫生院缺医少药问题长期得不到解决,县卫健局调研后再无下文', 'livelihood bureaucratism', '县卫健局', None),
    ('城区学校“大班额”问题突出，县教育局对扩容规划一拖再拖。', 'livelihood bureaucratism', '县教育局', None),
]

# ------------------------------------------------ extravagance + finance (disguised spending)
P += [
    ('县文旅局以会议费名义报销公款吃喝费用1.8万元。', 'extravagance finance', '县文旅局', S_LJ),
    ('将公务接待费用列入"办公用品"科目报销,接待无公函、无清单', 'extravagance finance', '', None),
    ('庆丰镇以“培训费”名义组织干部到外省旅游，费用从项目资金中列支。', 'extravagance finance', '庆丰镇', None),
    ('县农科所违规发放加班补贴9.6万元，部分发放凭证为白条。', 'extravagance finance', '县农科所', S_SJ),
    ('县公路中心公车加油卡混用,私车加油在单位报销', 'extravagance finance', '县公路中心', None),
    ('超标准接待后拆分发票报销，一次接待拆成3次入账。', 'extravagance finance', '', None),
    ('工会经费用于班子成员外出考察,支出无审批手续', 'extravagance finance', '', S_SJ_H),
]

# ------------------------------------------------ other pairs with extravagance
P += [
    ('县交通运输局党组对违反中央八项规定精神问题监督偏松偏软，局属单位违规吃喝屡禁不止。', 'accountability extravagance', '县交通运输局', S_ZF),
    ('县烟草专卖局个别干部收受企业购物卡,并在执法检查中为该企业"开绿灯"', 'extravagance corruption', '县烟草专卖局', None),
    ('个别干部工作日中午饮酒，下午无故脱岗。', 'extravagance bureaucratism', '', None),
    ('干部考察中对其收受礼金问题未掌握,导致其带病提拔', 'personnel extravagance', '', None),
    ('乌溪县农业执法大队1名干部违规经商，还经常驾驶公车为自家农资店送货。', 'side_jobs extravagance', '乌溪县农业执法大队', None),
    ('班子成员违规收受土特产，民主生活会上却无人提出批评，会场“一团和气”。', 'extravagance political_life', '', None),
]

# ------------------------------------------------ micro_corruption with other topics
P += [
    ('部分村干部办理低保、建房审批时吃拿卡要，对不给好处的群众故意拖延。', 'micro_corruption bureaucratism', '', S_MS),
    ('扫黑除恶中个别民警充当"保护伞",所在派出所还存在接警不出警等违反工作纪律问题', 'micro_corruption bureaucratism', '', None),
    ('城关镇综合执法队员向摊贩索要钱物，对群众投诉置之不理。', 'micro_corruption bureaucratism', '城关镇', None),
    ('易地搬迁安置点配套设施长期不完善，安置补助资金还被乡干部挪用。', 'livelihood micro_corruption', '', None),
    ('因村干部截留征地补偿款,失地农民多次集体上访,诉求至今未解决', 'micro_corruption livelihood', '', None),
    ('乡党委对村干部监督缺位，导致涉农补贴被截留私分问题多发。', 'accountability micro_corruption', '', None),
    ('河湾镇长坡村党支部书记长期不组织“三会一课”，还将村集体山林承包收益据为己有。', 'party_organization micro_corruption', '河湾镇长坡村', S_DJ),
    ('惠民政策落实"重宣传轻兑现",资金拨付到村后被村组干部挪作他用', 'formalism micro_corruption', '', None),
    ('镇分管领导在扶贫项目发包中收受好处费，项目建成后还截留贫困户分红款。', 'corruption micro_corruption', '', None),
    ('村级组织换届“带病上岗”，新当选的2名村干部此前曾冒领养老保险金。', 'party_organization micro_corruption', '', None),
]

# ------------------------------------------------ corruption with other topics
P += [
    ('县住建局党组对重点岗位廉洁风险防控不力,质监站人员收受施工企业好处费', 'accountability corruption', '县住建局', S_LJ_H),
    ('个别领导干部插手工程项目谋利，党组对此长期失察。', 'corruption accountability', '', None),
    ('县交警大队少数民警对违章车辆罚款"放水"收取好处,还存在值班脱岗现象', 'corruption bureaucratism', '县交警大队', None),
    ('县粮食储备库主任利用粮食收购之机吃拿回扣，且“三重一大”事项均由其一人决定。', 'corruption political_life', '县粮食储备库', None),
    ('一些单位存在“靠企吃企”问题，上轮巡察指出后仍未有效遏制。', 'corruption rectification', '', None),
]

# ------------------------------------------------ side_jobs with other topics
P += [
    ('个人有关事项报告中隐瞒在企业兼职情况，组织部门审核把关不严。', 'side_jobs personnel', '', None),
    ('县农业发展集团2名中层干部违规在下属公司兼职领取双份薪酬,集团党委未予纠正', 'side_jobs accountability', '县农业发展集团', None),
    ('一名副局长兼任行业协会会长未经审批，协会收取的会费未纳入单位账户管理。', 'side_jobs finance', '', None),
    ('县统计局个别干部在工作日到个人开办的培训机构授课，违反工作纪律。', 'side_jobs bureaucratism', '县统计局', None),
    ('退休干部违规到管辖企业任职问题清理不彻底,巡察"回头看"发现仍有3人在企业领薪', 'side_jobs rectification', '', None),
    ('南屏社区党委书记在物业公司兼职取酬,社区党组织"三会一课"长期不开', 'side_jobs party_organization', '南屏社区', None),
    ('县卫健局对下属医院医生兼职取酬问题不清楚、不掌握，主体责任落实不到位。', 'accountability side_jobs', '县卫健局', None),
]

# ------------------------------------------------ study with other topics
P += [
    ('县司法局中心组学习以“念文件”代替研讨，学习记录雷同。', 'study formalism', '县司法局', S_ZZ),
    ('青年干部理论学习"打卡式"走过场,学用脱节', 'study formalism', '', None),
    ('专题学习照本宣科、走马观花，学习笔记由他人代抄。', 'study formalism', '', None),
    ('意识形态工作责任制落实不到位，意识形态分析研判会议记录系事后补写。', 'study formalism', '', None),
    ('党组书记对意识形态工作"第一责任人"职责履行不到位,网络舆情处置被动', 'study accountability', '', S_ZZ_H),
    ('落实全面从严治党主体责任存在“上热中温下冷”，党员干部政治理论学习不系统。', 'accountability study', '', None),
    ('支部理论学习内容单一,党员应知应会测试合格率不足60%,发展党员"重数量轻质量"', 'study party_organization', '', None),
    ('部分农村党员长期不参加集中学习，党支部对其教育管理缺失。', 'study party_organization', '', None),
    ('桐江县图书馆意识形态阵地管理缺位，讲座邀请人员未经审核，馆党支部主题党日多年未开展。', 'study party_organization', '桐江县图书馆', None),
    ('学习教育走过场,整改方案中"加强学习"一项仍未落实', 'study formalism rectification', '', None),
]

# ------------------------------------------------ political_life / personnel / party_organization pairs
P += [
    ('干部任免未按规定提交党组会讨论，由主要负责人“一支笔”决定。', 'political_life personnel', '', S_XR),
    ('县林业局党组在干部推荐中搞"暗箱操作",民主推荐流于形式', 'personnel formalism', '县林业局', S_XR),
    ('大额资金使用未经领导班子集体研究，2笔合计320万元的支出由主要负责人签批。', 'political_life finance', '', None),
    ('县城乡建设投资公司"三重一大"制度执行不严,重大项目投资未经集体决策造成资金损失', 'political_life finance', '县城乡建设投资公司', None),
    ('班子成员之间监督不够，民主生活会上批评与自我批评辣味不足，一把手监督难问题突出。', 'political_life accountability', '', S_ST),
    ('党委对领导班子成员提醒谈话、咬耳扯袖不经常,班子内部谈心谈话不深入', 'accountability political_life', '', None),
    ('党务干部配备不足且频繁调整，干部选任中存在超职数配备问题。', 'party_organization personnel', '', None),
    ('县商务局机关党委专职副书记长期空缺,干部档案管理不规范', 'party_organization personnel', '县商务局', None),
    ('干部档案专项审核走过场，3名干部“三龄两历”认定问题未被发现。', 'personnel formalism', '', S_XR),
    ('县人社局党组对选人用人工作把关不严，落实主体责任不到位。', 'personnel accountability', '县人社局', None),
    ('部分干部不担当不作为、甘愿平庸,单位在年度考核中却全部评为称职以上', 'bureaucratism personnel', '', None),
    ('检查考核名目繁多，一个季度迎检18次，基层党支部抽不出时间开展组织生活。', 'formalism party_organization', '', None),
]

# ------------------------------------------------ disclosure with other topics
P += [
    ('党务公开内容不全,"三会一课"开展情况未按要求公开', 'disclosure party_organization', '', None),
    ('红岩镇星火村财务公开不及时，年底集中补登账目，收支凭证不全。', 'disclosure finance', '红岩镇星火村', None),
    ('镇党委对村务公开工作督导不力，5个村连续两个季度未公开财务收支。', 'accountability disclosure', '', None),
    ('怕公开、烦公开思想存在,工程项目招投标信息未按规定公开', 'disclosure finance', '', None),
    ('社区居务公开只公开“好事”，对物业维修基金使用情况不公开，居民多次询问无人答复。', 'disclosure bureaucratism', '', None),
    ('村级公开栏制作精美但信息空洞，只为迎检拍照，群众看不到想看的内容。', 'disclosure formalism', '', None),
    ('观音桥社区低保、临时救助等民生事项公示不及时,困难群众知晓率低,多次到街道反映', 'disclosure livelihood', '观音桥社区', None),
]

# ------------------------------------------------ finance / bureaucratism / livelihood / formalism with others
P += [
    ('县水务局固定资产账实不符，局党组落实主体责任不力，对财务领域廉洁风险防控不研究、不部署。', 'finance accountability', '县水务局', S_SJ),
    ('政府采购化整为零规避公开招标,财务审核把关流于形式', 'finance formalism', '', S_SJ_H),
    ('县应急管理局安全生产监管不作为、慢作为，党组对此失察失责。', 'bureaucratism accountability', '县应急管理局', None),
    ('为民办实事项目"重开工轻运营",新建的村级养老服务站多数处于闲置状态', 'livelihood formalism', '', None),
    ('落实“两个责任”停留在签责任书、开会部署上，压力传导层层递减。', 'accountability formalism', '', S_ST),
    ('项目资金拨付后县住建局不跟踪问效，2个项目资金被施工方挪用。', 'bureaucratism finance', '县住建局', None),
    ('鹤鸣区民政局对养老机构消防隐患失管失察,养老院老人居住条件差,家属多次投诉', 'bureaucratism livelihood', '鹤鸣区民政局', None),
]

# ------------------------------------------------ more pairs, varied joins
P += [
    ('巡察发现，芦川县人社局就业补贴审核把关不严，一些经办人员收受培训机构好处后，帮助其虚报学员套取补贴。', 'micro_corruption corruption', '芦川县人社局', None),
    ('既存在违规发放津补贴问题,又存在以"劳务费"名义虚列支出问题', 'extravagance finance', '', None),
    ('槐安县交通局党组一方面民主集中制执行不严，另一方面对下属单位的违规吃喝问题失管失察。', 'political_life accountability extravagance', '槐安县交通局', None),
    ('一是支部书记履职能力不强，二是党员发展把关不严，三是党费未按月收缴。', 'party_organization', '', S_DJ),
    ('乡卫生院公卫资金被挪用于职工福利发放，群众健康体检项目大量缩水。', 'micro_corruption extravagance', '', None),
    ('县公共资源交易中心评标专家抽取不规范,个别项目评标过程存在围标串标,中心工作人员收受投标人好处', 'finance corruption', '县公共资源交易中心', None),
    ('云台县住建局党组“三重一大”决策程序不规范，个别工程项目先开工后补办招标手续。', 'political_life finance', '云台县住建局', S_PROB2),
    ('县直机关工委对机关支部换届不督促，4个支部超期两年以上，且对支部书记培训不重视、考核走过场。', 'party_organization formalism', '县直机关工委', None),
    ('村干部侵占困难群众临时救助金，街道接到举报后未调查核实，群众重复信访。', 'micro_corruption bureaucratism livelihood', '', None),
    ('工会经费列支职工聚餐及景区门票,账务未经审核', 'extravagance finance', '', None),
    ('县发改局干部违规为亲属企业申报项目提供便利，局党组对重点岗位人员廉洁教育缺失。', 'corruption accountability', '县发改局', None),
    ('支部书记长期由行政主要负责人兼任，支部工作被业务工作挤占，组织生活制度执行流于形式。', 'party_organization formalism', '', S_DJ),
    ('选人用人工作"一把手"说了算,集体讨论走过场', 'personnel political_life formalism', '', S_XR),
    ('县文化馆干部违规出借场地收取费用私存,馆内固定资产也未登记入账', 'corruption finance', '县文化馆', None),
    ('部分乡镇对惠农补贴“一卡通”问题整治不力，代管代领群众补贴卡问题依然存在。', 'rectification micro_corruption', '', None),
    ('二是作风不实，对群众诉求敷衍应付，县住房保障中心公租房分配“人情房”问题突出。', 'bureaucratism micro_corruption', '县住房保障中心', S_PROB),
]

# ------------------------------------------------ three labels
P += [
    ('县住建局文件会议多、实地调研少,对群众反映的房屋质量投诉推诿拖延,一拖就是半年', 'formalism bureaucratism livelihood', '县住建局', S_ZF_H),
    ('双塔社区“两委”成员在拆迁补偿款中违规列支吃喝费用2.6万元。', 'extravagance micro_corruption finance', '双塔社区', S_MS),
    ('大坪社区财务公开流于形式，只公开总数不公开明细，集体门面租金被挪作社区干部补贴。', 'disclosure formalism micro_corruption', '大坪社区', None),
    ('县城投集团大额资金往来未经集体研究,且存在向董事长亲属控股企业转移利润问题', 'finance political_life corruption', '县城投集团', None),
    ('县卫健局主要负责人搞“一言堂”，违规提拔与其有利益往来的人员。', 'political_life personnel corruption', '县卫健局', S_XR),
    ('领导班子成员对应知应会内容掌握不清，民主生活会对照检查材料照抄照搬上级文件。', 'study political_life formalism', '', None),
    ('秀山街道机关党支部组织生活会流于形式，主题党日活动多年内容单一。', 'party_organization political_life formalism', '秀山街道', None),
    ('整改责任未压实到人,导致上轮巡察指出的违规发放补贴问题反弹', 'accountability rectification extravagance', '', S_ZG_H),
    ('巡察反馈的“三会一课”记录不全问题，整改中采取事后补写记录的方式应付。', 'rectification party_organization formalism', '', S_ZG),
    ('党组书记抓党建"第一责任人"职责履行不到位,机关支部"三会一课"流于形式', 'accountability party_organization formalism', '', None),
    ('专项资金滞留闲置两年未使用，项目推进缓慢，群众期盼的文化广场迟迟未建成。', 'finance bureaucratism livelihood', '', None),
    ('县城投公司未经招标将工程发包给董事长亲属企业，工程款中还列支高档烟酒费用。', 'finance corruption extravagance', '县城投公司', S_LJ),
    ('大溪镇水口村党支部长期不开展组织生活,村财务三年未公开,村干部私分集体土地补偿款', 'party_organization disclosure micro_corruption', '大溪镇水口村', None),
    ('党组中心组学习走过场，民主生活会批评辣味不足。', 'study formalism political_life', '', S_ZZ),
    ('局党组主体责任落实不力，局属单位违规发放津补贴，上轮巡察指出后仍未清退。', 'accountability extravagance rectification', '', None),
    ('一些干部既在企业兼职取酬,又利用职权为企业争取项目资金,个人有关事项报告中隐瞒不报', 'side_jobs corruption personnel', '', None),
    ('县供水公司对用户报修推诿拖延，收费标准不公开，还向用户收取不合理费用。', 'bureaucratism disclosure micro_corruption', '县供水公司', None),
    ('征地拆迁中优亲厚友，补偿标准不公开，群众集体上访长期未化解。', 'micro_corruption disclosure livelihood', '', S_MS),
    ('违规吃喝问题整改只写方案不落实,停留在纸面上', 'rectification formalism extravagance', '', None),
    ('民主生活会查摆问题不深刻，对巡察反馈的选人用人问题避而不谈，整改不到位。', 'political_life rectification personnel', '', None),
    ('凌云县水利局党组对意识形态工作不重视、不研究，中心组学习全年仅2次，压力传导不到下属单位。', 'study accountability', '凌云县水利局', S_ST),
    ('一是学习不深入，二是民主集中制执行不严，三是选人用人程序不规范。', 'study political_life personnel', '', None),
    ('县乡村振兴局、县财政局对衔接资金监管缺位,2个乡镇挪用产业扶贫资金修建办公楼,且未履行招标程序', 'bureaucratism micro_corruption finance', '县乡村振兴局|县财政局', None),
]

# ------------------------------------------------ longer findings
P += [
    ('从政治生态评价情况看，大河镇党委班子凝聚力不强，民主集中制执行打折扣，部分村（社区）党务、村务、财务公开不及时不全面，2个村存在低保评定优亲厚友问题。', 'political_life disclosure micro_corruption', '大河镇', S_ST),
    ('审计发现,县自然资源局下属测绘院违规对外承接业务收取服务费82万元未纳入单位财务核算,院长同时在一家测绘公司兼职并领取报酬', 'finance side_jobs', '县自然资源局', S_SJ_H),
    ('三是违规兼职问题禁而未绝，县农业投资公司党委委员、副总经理未经批准在两家民营企业担任监事并领取报酬，党委对此长期未发现、未纠正，监督责任落实不到位。', 'side_jobs accountability', '县农业投资公司', S_LJ),
    ('整改报告显示，“党务村务财务公开不规范”问题已整改到位，但巡察“回头看”抽查发现，仍有4个村未按季度公开财务收支，公开内容只有总数、没有明细。', 'rectification disclosure', '', S_ZG),
    ('个别部门对群众反映的农村供水不稳定问题推诿扯皮,县水务局称属乡镇管理,乡镇称缺少资金和技术,部分村群众在夏季用水高峰期连续多日断水', 'livelihood bureaucratism', '县水务局', None),
    ('县人社局党组研究干部任免时参会成员不足三分之二，2022年以来提拔的9名中层干部中有3名未经民主推荐，考察材料也未归入干部档案。', 'political_life personnel', '县人社局', S_XR),
    ('巡察发现，阳坡乡对上级下拨的农村厕所改造资金管理混乱，部分资金以白条列支，已建成的183座户厕近一半无法正常使用，乡党委却在总结中称“圆满完成任务”。', 'finance livelihood formalism', '阳坡乡', None),
    ('政治生态评价反映,县直有的单位对理论学习不重视,中心组学习以传达文件代替专题研讨,个别班子成员在企业违规兼职取酬,党组对其教育提醒不及时', 'study side_jobs accountability', '', S_ST),
    ('县城区第三幼儿园收费公示内容与实际收费项目不一致，园方以兴趣班名义向家长多收费用，家长多次投诉均未得到答复。', 'disclosure micro_corruption bureaucratism', '县城区第三幼儿园', None),
    ('党务公开目录不健全,机关党委对党员发展、党费收缴使用等事项长期不公开,机关支部"三会一课"记录还存在代签现象', 'disclosure party_organization formalism', '', S_DJ_H),
    ('二是群众利益维护不力，永兴街道对辖区3个安置小区房产证办理问题长期未能解决，近400户居民无法办证、多次集体上访，街道与县不动产登记中心之间相互推诿。', 'livelihood bureaucratism', '永兴街道|县不动产登记中心', S_PROB),
    ('县林业局所属国有林场2022年以来违规发放加班补贴、节日慰问品共计15.4万元，均在“办公费”科目中列支。', 'extravagance finance', '县林业局', S_LJ),
    ('巡察发现，县卫健局1名副局长长期在其妻子开办的医药公司担任实际负责人，个人有关事项报告中未如实填报，提拔考察时也未被发现。', 'side_jobs personnel', '县卫健局', S_XR),
    ('双龙镇金竹村"一事一议"筹资项目收支情况未向村民公开,村民筹集的3.6万元未入村账,去向不明', 'disclosure finance', '双龙镇金竹村', None),
    ('县妇联机关支部党员发展连续三年空白，2021年度以来财务支出中有1.2万元慰问金无领取人签字。', 'party_organization finance', '县妇联', None),
    ('巡察反馈指出，县交通运输局党组落实全面从严治党主体责任不到位，对局属公路养护中心以“维修费”名义虚列支出、违规发放通讯补贴等问题失管失察，涉及金额23.7万元。', 'accountability finance extravagance', '县交通运输局', S_PROB2),
    ('巡察发现,乾坪镇7个村2020年以来的光伏发电收益共计46.8万元,其中12.3万元被村干部以"管理费""误工费"名义分掉,部分村还长期未公开收益分配情况,群众意见很大', 'micro_corruption disclosure', '乾坪镇', None),
    ('政治生态评价显示，该局领导班子成员之间“一团和气”，年度民主生活会相互批评多为提建议，班子成员与分管科室负责人谈心谈话“一年一谈”，同时选人用人工作满意度测评中“不满意”和“不了解”比例达27%，干部职工对中层干部调整中论资排辈、照顾关系的意见较多。', 'political_life personnel', '', S_ST),
    ('审计发现，县城区第一中学2021年至2023年通过虚列教辅资料费、校服加工费等方式套取资金设立“小金库”，累计38.6万元，其中21.2万元用于教职工聚餐和发放节日福利。', 'finance extravagance', '县城区第一中学', S_SJ),
    ('针对上轮巡察反馈的“信访积案化解不力”问题，县住建局整改方案明确的“一案一专班”措施未落实，群众反映的12件物业维修、房屋质量信访件仍有7件未办结，其中3件超过两年，部分群众多次越级上访。', 'rectification livelihood bureaucratism', '县住建局', S_ZG),
]

# ------------------------------------------------ single label: a second topic mentioned, not a problem
P += [
    ('县科技局以学习为名频繁召开会议，一个月开会22次，以会议落实会议。', 'formalism', '县科技局', S_ZF),
    ('县乡村振兴局对衔接资金项目督导不力,14个项目进度滞后', 'bureaucratism', '县乡村振兴局', None),
    ('民主生活会对巡察指出的违规吃喝问题避而不谈。', 'political_life', '', S_ZZ),
    ('县公共资源交易中心对招投标投诉举报处理拖延，超期3个月未答复投诉人。', 'bureaucratism', '县公共资源交易中心', None),
    ('县民政局养老服务补贴虽然发放及时足额，但全县养老床位缺口大，失能老人“一床难求”。', 'livelihood', '县民政局', None),
    ('村党支部书记兼任村委会主任后,"三会一课"未正常开展', 'party_organization', '', S_DJ_H),
    ('县财政局党组中心组学习全年仅开展4次，低于规定要求。', 'study', '县财政局', None),
    ('征地拆迁中，县征收中心政策解释不到位，群众对补偿标准有误解，引发多次信访。', 'livelihood', '县征收中心', None),
    ('县住建局对老旧小区改造资金拨付审核周期过长,施工企业多次催办', 'bureaucratism', '县住建局', None),
    ('党费收缴标准计算错误，少交党费的情况普遍。', 'party_organization', '', None),
    ('县公安局民警值班期间玩手机游戏,接处警不及时', 'bureaucratism', '县公安局', None),
    ('领导干部个人有关事项报告中漏报房产1套。', 'personnel', '', S_XR),
    ('县商务局帮扶企业只拍照留痕，入企服务成了“走过场”。', 'formalism', '县商务局', None),
    ('巡察组进驻期间，县交通局仍召开专题会议研究“迎巡”材料，把精力放在装订台账上。', 'formalism', '县交通局', None),
    ('镇政府在乡村振兴项目选址上未征求群众意见、未作论证,导致建成的产业园闲置', 'bureaucratism', '', None),
    ('党组研究"三重一大"事项时会议记录不完整,个别议题表决情况未记录', 'political_life', '', None),
    ('在疫情防控物资分配中，县卫健局工作人员拖延发放，2人被问责。', 'bureaucratism', '县卫健局', None),
    ('因落实管党治党主体责任不力，樟木镇党委书记被诫勉谈话。', 'accountability', '樟木镇', None),
    ('县医院预约挂号系统长期故障,患者排长队挂号,群众意见大', 'livelihood', '县医院', None),
    ('中心组学习计划内容笼统，研讨交流不深入。', 'study', '', S_ZZ),
    ('民主生活会前的集中学习仅安排半天，学习内容不聚焦。', 'study', '', None),
    ('组织生活会上党员谈学习体会多、查摆问题少,批评意见"一团和气"', 'political_life', '', None),
    ('支部主题党日多次以集中观看学习视频代替，未按计划开展。', 'party_organization', '', None),
    ('县水利局5个已完工项目未办理竣工决算，工程资产未及时转固。', 'finance', '县水利局', S_SJ),
    ('尽管补贴名单已公示,村干部仍虚报亲属冒领耕地地力保护补贴', 'micro_corruption', '', None),
    ('街道党工委党务公开长期停留在制度上墙，未公开年度党费收缴使用情况。', 'disclosure', '', None),
    ('巡察反馈的19个问题中，仍有6个未完成整改。', 'rectification', '', S_ZG),
    ('对审计指出的问题,县科协未制定整改方案,至今未整改', 'rectification', '县科协', None),
    ('党组书记对下属单位“一把手”的提醒谈话一次也未开展。', 'accountability', '', None),
    ('县卫健局党组任命的4名中层干部未按规定进行任前公示。', 'personnel', '县卫健局', S_XR),
    ('县人社局原局长利用审批便利,收受培训机构财物45万元', 'corruption', '县人社局', S_LJ_H),
    ('县政协机关2名干部未经审批在行业协会兼任副会长。', 'side_jobs', '县政协机关', None),
    ('借召开座谈会之机组织公款吃喝，饮用高档酒水。', 'extravagance', '', S_LJ),
    ('以学习考察为名组织干部外出,实际是变相公款旅游', 'extravagance', '', None),
    ('老旧小区改造项目资金全部到位，但施工方拖欠农民工工资问题突出。', 'livelihood', '', None),
    ('县行政审批局部分工作人员业务不熟，群众办事被要求反复补件。', 'bureaucratism', '县行政审批局', None),
    ('开展主题教育期间,要求党员每人每天上报学习照片,层层加码留痕', 'formalism', '', None),
    ('县融媒体中心意识形态阵地管理不严，公众号多次转发错误言论。', 'study', '县融媒体中心', None),
    ('领导班子成员个人有关事项报告漏报配偶经商办企业情况。', 'personnel', '', None),
    ('对群众举报的村级工程问题,镇纪委核查后未向举报人反馈,群众重复举报', 'bureaucratism', '', None),
    ('县农村信用联社个别员工违规向他人提供客户信息，收受好处费。', 'corruption', '县农村信用联社', None),
    ('党组会研究资金使用事项时，个别班子成员未发表意见即表决通过。', 'political_life', '', None),
    ('村级财务虽已实行“村账镇代管”，但镇经管站审核把关不严，白条入账仍有发生。', 'finance', '', S_SJ),
    ('县文旅局发展党员未按规定公示,入党积极分子培养考察流于登记', 'party_organization', '县文旅局', None),
    ('县审计局审计的8个乡镇中，有5个乡镇存在未按规定招投标问题。', 'finance', '', S_SJ),
    ('县国资公司所属企业领导人员违规在关联民营企业兼任董事。', 'side_jobs', '县国资公司', None),
    ('村务监督委员会未对村级财务收支进行审核监督,村务公开内容由村干部一手操办', 'disclosure', '', None),
    ('巡察整改期间，县档案局仍存在超标准配备办公用房问题。', 'extravagance', '县档案局', None),
    ('县交通局运输管理所对群众反映的农村客运班线停运问题推诿不办，群众出行难。', 'bureaucratism livelihood', '县交通局', None),
    ('纪检监察干部对信访举报线索处置拖延，部分线索超期半年未办结。', 'bureaucratism', '', None),
]

N = []  # non-problems

N += [
    ('坚持把理论学习与民主生活会结合起来，班子成员查摆问题更加深入具体。', S_CX),
    ('下一步将严格落实"三会一课"制度,同步规范党务公开', S_NEXT),
    ('建议县财政局加强惠民资金监管，严防村干部截留挪用。', S_YJ),
    ('全年查处违规吃喝和违规发放津补贴问题9起12人。', None),
    ('严禁领导干部在企业兼职取酬，严禁利用职权为亲属经商办企业提供便利。', None),
    ('通过整改,村务公开和村级财务管理逐步规范,群众满意度明显提升', S_CX_H),
    ('针对信访积案，成立工作专班逐件化解，推诿扯皮现象得到有效遏制。', None),
    ('要把巡察整改与选人用人专项检查结合起来，一体推进、一体落实。', S_YJ),
    ('经查，未发现违规公款吃喝及虚列会议费问题。', None),
    ('各级党组织要切实扛起主体责任,推动"三会一课"落地见效', None),
    ('巡察组重点检查了惠民资金发放及村务公开情况。', S_XCKZ),
    ('本人严格执行中央八项规定精神，未在任何企业兼职，也没有收受管理服务对象礼品礼金。', S_SZSL),
    ('2023年共清理干部违规兼职23人次,纠正超职数配备4名', S_CX_H),
    ('建立问题整改与责任追究联动机制，对整改不力的严肃问责。', S_NEXT),
    ('持续整治形式主义、官僚主义，全县会议文件数量同比精简30%。', S_CX),
    ('意识形态工作纳入党建考核,理论学习中心组全年集中学习14次', None),
    ('加强对"一把手"和领导班子的监督,严格执行"三重一大"集体决策制度', S_YJ),
    ('今后要统筹抓好老旧小区改造和物业服务监管，着力解决群众停车难问题。', S_NEXT),
    ('对巡察移交的违规发放补贴和公款吃喝问题线索，县纪委监委已全部办结。', None),
    ('群众反映的征地补偿款被截留问题,经核查不属实', None),
    ('县人社局推行“一窗通办”，欠薪投诉平均办结时间由15天缩短至6天。', None),
    ('重点了解是否存在工程项目规避招标、领导干部插手工程谋利等问题。', S_XCKZ),
    ('下一步，将会同县纪委监委、县委组织部，对巡察反馈的违规兼职取酬、干部档案造假、选人用人“潜规则”等问题整改情况开展联合督查，对整改不力、敷衍整改的单位和个人严肃问责，并将整改情况纳入年度党建考核和领导班子综合考评。', S_NEXT),
]


# ---------------------------------------------------------------- build and validate
# The checks, the writer and the counts are shared by every part: corpora/corpus_check.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_check import build, non_problem_record, problem_record  # noqa: E402


def multi_label_report(records: list[dict]) -> None:
    """Counts this part is for: multi-label share and each category's multi-label lines."""
    problems = [r for r in records if r["is_problem"]]
    multi = [r for r in problems if len(r["categories"]) > 1]
    triple = [r for r in problems if len(r["categories"]) > 2]
    per_cat = Counter(c for r in multi for c in r["categories"])
    print(f"multi-label {len(multi)} ({len(multi) / len(problems):.0%} of problems), "
          f"three labels {len(triple)}, single-label {len(problems) - len(multi)}")
    print("categories in multi-label lines:")
    for code, n in sorted(per_cat.items(), key=lambda kv: -kv[1]):
        print(f"  {code:20s} {n}")
    distinct = {frozenset(p) for r in multi for p in _pairs(r["categories"])}
    print(f"distinct category pairs: {len(distinct)}")


def _pairs(cats: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(cats) for b in cats[i + 1:]]


if __name__ == "__main__":
    records = build("part_n", [problem_record(e) for e in P] + [non_problem_record(e) for e in N],
                    Path(__file__).resolve().parent, ())
    multi_label_report(records)

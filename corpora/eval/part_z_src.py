"""Hand-written labelled sentences, part Z: findings at the taxonomy's borders, each labelled
with every category it states.

xuncha's category errors now sit mostly at borders: a finding that states two problems gets
one label, or a finding gets its neighbour's label. Every finding below carries EVERY category
the sentence states and no more (taxonomy.md, "Boundaries that recur"); about a quarter are
one-label lines that look like two-label ones but are not. The borders covered: extravagance /
micro_corruption / finance / corruption; side_jobs / corruption / bureaucratism; bureaucratism /
livelihood / formalism; accountability / party_organization / political_life / personnel;
rectification plus the category of the problem left unfixed; disclosure / micro_corruption;
study / formalism; police work discipline against "保护伞"; cadres held accountable; counts of
cases handled framed as a problem. About a hundred non-findings use the same words: the same
problems fixed, planned, required, denied, counted as cases handled, or quoted as rules.

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_z.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None). Non-problem entries:
(text, section-or-None).
"""
import sys
from collections import Counter
from pathlib import Path

# ---------------------------------------------------------------- headings
S_PROB = "二、存在的主要问题"
S_FIND = "二、巡察发现的主要问题"
S_FIND_H = "二、巡察发现的问题"
S_ZR = "（一）落实管党治党责任方面"
S_ZR_H = "(一)全面从严治党主体责任落实方面"
S_ZF = "（二）作风建设方面"
S_ZF_H = "(二)落实中央八项规定精神方面"
S_LJ = "（三）廉洁纪律方面"
S_LJ_H = "(三)廉洁自律方面"
S_CW = "二、审计发现的主要问题"
S_CW_H = "(四)财经纪律执行方面"
S_QZ = "（四）群众身边腐败和不正之风方面"
S_DJ = "（五）基层党组织建设方面"
S_DJ_H = "(五)党的组织建设方面"
S_XX = "（一）理论学习和意识形态工作方面"
S_ZG = "（六）巡察整改落实方面"
S_ZG_H = "(六)上轮巡察整改不到位"
S_MS = "三、民生领域存在的突出问题"
S_XF = "二、信访反映的突出问题"
S_SZ = "三、政治生态方面存在的问题"
# neutral and achievement headings
S_JB = "一、基本情况"
S_PJ = "一、政治生态总体评价"
S_CX = "一、主要工作成效"
S_CX_H = "一、工作成效"
S_ZGQK = "二、整改落实情况"
S_ZGQK_H = "三、上轮巡察整改情况"
S_JY = "四、意见建议"
S_XB = "五、下一步工作打算"
S_YQ = "三、工作要求"
S_TB = "一、典型问题通报"
S_LZ = "二、履职尽责情况"

P = []  # findings

# ------------------------------------------ extravagance / micro_corruption / finance / corruption
P += [
    ('石门镇柏树村村委会从村集体资产租金中列支村干部“加班补贴”，2021年至2023年共计5.6万元。', 'micro_corruption extravagance', '石门镇柏树村', S_QZ),
    ('有的局把机关干部聚餐的1.4万元拆成多张办公用品发票,在办公费中报销', 'extravagance finance', '', None),
    ('个别乡镇民政办工作人员把困难群众的临时救助金转进了本人账户。', 'micro_corruption', '', None),
    ('县农业农村局项目股负责人帮其弟承揽高标准农田项目，并将该项目拆成3个标段规避公开招标。', 'corruption finance', '县农业农村局', S_LJ),
    ('有的村党支部书记虚报危房改造户、套取补助资金，用于村委会接待吃喝。', 'micro_corruption extravagance', '', None),
    ('县国资运营公司17笔往来款既无合同也无审批手续，累计1300余万元，资金流向至今说不清楚。', 'finance', '县国资运营公司', S_CW),
    ('一些单位以“业务培训”名义报销领导干部赴外省考察旅游的费用。', 'extravagance finance', '', None),
    ('县住建局原党组书记为特定企业量身设置资质门槛，帮助其中标老旧小区改造项目，先后收受该企业所送财物52万元。', 'corruption', '县住建局', S_LJ),
    ('县交通局公路养护中心3辆公务用车长期停放在干部家中,节假日多次驶往外地景区', 'extravagance', '县交通局', None),
    ('杨柳街道财政所用白条支付临时工工资和餐费2.3万元,其中1.1万元是工作人员节日聚餐的费用', 'finance extravagance', '杨柳街道', S_CW_H),
    ('县供销社下属公司把临街门面以不到市场价一半的租金长期租给社主任的亲属。', 'corruption', '县供销社', None),
    ('金竹镇9个村的集体经济收益被镇农经站“统一代管”后，有46万元被镇里用于机关日常运转。', 'micro_corruption', '金竹镇', S_QZ),
    ('县林业局从应发给林农的生态公益林补偿资金中列支局机关接待费8.6万元。', 'micro_corruption extravagance finance', '县林业局', None),
    ('窗口个别工作人员在企业开办登记中吃拿卡要,多次接受办事企业宴请', 'micro_corruption extravagance', '', None),
    ('县总工会用工会经费购买高档白酒，在机关食堂招待上级检查人员。', 'extravagance', '县总工会', S_ZF),
    ('嘉禾县水务局以会议费、资料费名义套取财政资金23万元设立“小金库”，用于发放干部奖金。', 'finance extravagance', '嘉禾县水务局', S_CW),
    ('某国有公司向董事长同学控股的企业提供无抵押借款2000万元,至今未收回', 'corruption finance', '', None),
    ('乐平乡将扶贫车间项目资金15万元挪去修缮乡政府办公楼，相关支出未纳入乡财政账务核算。', 'micro_corruption finance', '乐平乡', S_QZ),
    ('部分国企中层干部长期接受工程承包商安排的高档宴请和高尔夫球活动。', 'extravagance', '', None),
    ('有的学校把学生食堂交给校长的亲戚经营，学生伙食费结余去向不明。', 'corruption micro_corruption', '', None),
    ('县融媒体中心连续两年把广告收入68万元存放在账外，用于职工福利和公务接待。', 'finance extravagance', '县融媒体中心', S_CW),
    ('河湾村会计把村里鱼塘的承包费2.8万元收进了自己的腰包', 'micro_corruption', '河湾村', None),
    ('某疾控中心将上级拨付的疫苗接种补助经费用于发放职工绩效。', 'finance extravagance', '', None),
    ('宁远县城建投资公司将2400万元工程直接发包给一家无资质企业，该企业实际控制人是公司董事长的表弟。', 'finance corruption', '宁远县城建投资公司', S_LJ),
    ('有的镇把自来水管网改造工程化整为零分成几个小项目,全部交给镇长同学的施工队承建', 'finance corruption', '', None),
    ('柏林村集体经济合作社3年未做账,集体资产底数不清', 'finance', '柏林村', None),
    ('一些干部操办子女婚事时大操大办，借机收受下属和管理服务对象礼金。', 'extravagance', '', S_ZF),
    ('县商务局在“办公用品”中列支茶叶、香烟2.7万元，用于局领导日常接待。', 'extravagance finance', '县商务局', None),
    ('凤台县粮食局原局长收受粮库主任现金8万元，在干部调整中为其调任提供帮助。', 'corruption personnel', '凤台县粮食局', None),
    ('县城投公司财务部将职工出国旅游费用17万元在“项目前期费”科目中列支', 'extravagance finance', '县城投公司', S_CW_H),
    ('西河社区居委会将省里下拨的社区服务群众专项经费用于给社区工作人员发放过节费,涉及金额3.9万元', 'micro_corruption extravagance', '西河社区', None),
    ('县人民医院总务科长期由一人负责药品和设备采购，既不轮岗也无人监督，廉洁风险突出。', 'corruption', '县人民医院', None),
    ('个别村干部把村集体的征地补偿款借给亲友放贷牟利，收回的利息既不入账也不公开。', 'micro_corruption finance disclosure', '', None),
    ('有的乡镇以“工作经费”名义从村级转移支付资金中提取部分款项，用于乡镇干部年终聚餐和发放慰问品。', 'micro_corruption extravagance finance', '', S_QZ),
    ('县国有资产经营公司高管收受合作方干股,并违规为合作方提供担保,公司因此承担代偿责任1800万元', 'corruption finance', '县国有资产经营公司', None),
]

# ------------------------------------------ police work discipline, "保护伞", counts framed as problems
P += [
    ('县公安局城关派出所1名民警为当地赌博团伙通风报信、充当“保护伞”，收受好处费6万元。', 'micro_corruption corruption', '县公安局', S_LJ),
    ('部分辅警执勤时擅离岗位,在警车内睡觉', 'bureaucratism', '', None),
    ('个别村干部与涉恶势力相互勾连，在土地流转中强揽工程、欺压群众。', 'micro_corruption', '', S_QZ),
    ('违规吃喝问题仍然多发，2023年查处此类问题17起，较上年增加6起。', 'extravagance', '', S_PJ),
    ('群众身边腐败问题存量还大，年内查处的侵害群众利益案件中涉及村干部的占71%。', 'micro_corruption', '', S_PJ),
    ('卫健领域收受回扣问题突出,近两年查处医务人员收受回扣案件9起', 'corruption', '', None),
    ('违规兼职取酬问题较上年有所增加，今年清理出未经批准兼职的干部14人。', 'side_jobs', '', None),
    ('县公安局1名副所长在调解纠纷中收受当事人钱款，另有民警长期迟到早退、上班时间打游戏。', 'corruption bureaucratism', '县公安局', None),
    ('有的派出所对群众报警敷衍应付，对辖区赌博窝点长期“看不见”，个别民警还从中收取“保护费”。', 'bureaucratism micro_corruption', '', None),
    ('公车私用、违规收送礼金问题屡禁不止,今年查处数较去年翻了一番,部分单位党组对此不管不问', 'extravagance accountability', '', None),
]

# ------------------------------------------ side_jobs / corruption / bureaucratism
P += [
    ('县财政局一名副局长未经审批在某房地产公司担任独立董事，每年领取报酬6万元。', 'side_jobs', '县财政局', S_LJ),
    ('县住建局质监站站长入股其监管的混凝土企业，还为该企业产品进入政府项目打招呼，累计分红40余万元。', 'side_jobs corruption', '县住建局', S_LJ),
    ('有的医生在民营诊所兼职坐诊,每周有两个工作日不在岗,本院门诊排班被打乱', 'side_jobs bureaucratism', '', None),
    ('县教育局1名干部在外经营课外培训机构,利用检查学校的机会向家长推销该机构课程', 'side_jobs corruption', '县教育局', None),
    ('一名测绘队干部工作日到私营测绘公司接活，收取劳务费3.2万元，科室多项测绘任务因此延误。', 'side_jobs bureaucratism', '', None),
    ('县民政局一名科长未经批准兼任3家社会组织负责人，并在其中1家按月领取“交通补贴”。', 'side_jobs', '县民政局', None),
    ('县经济合作局原局长退休不满3年,即到曾由其分管服务的企业担任顾问并领取薪酬', 'side_jobs', '县经济合作局', S_LJ_H),
    ('县卫健委副主任的配偶经营医疗器械公司，该公司连续三年中标县域医共体采购项目，副主任从未申请回避。', 'corruption', '县卫健委', S_LJ),
    ('个别党员干部上班时间打理自家农家乐生意，单位里经常找不到人。', 'side_jobs bureaucratism', '', None),
    ('县国土整治中心一名工程师在外兼职为施工企业编制预算,又参与本中心对同一项目的评审', 'side_jobs corruption', '县国土整治中心', None),
    ('某文化单位1名职工长期在外经营影楼，近两年累计旷工96天。', 'side_jobs bureaucratism', '', None),
    ('县城投集团3名中层干部在关联企业兼职领薪，其中1人兼职的企业承接了集团5个工程项目。', 'side_jobs corruption', '县城投集团', S_LJ),
    ('一名股长隐名持有辖区一家连锁超市股份,未在个人有关事项报告中填报', 'side_jobs personnel', '', None),
    ('县人民医院院长兼任某药企顾问，收取“咨询费”18万元，该药企产品在医院的用量连年上升。', 'side_jobs corruption', '县人民医院', None),
    ('县农机推广站3名干部工作时间到茶馆打牌,站里业务无人办理', 'bureaucratism', '县农机推广站', None),
    ('县妇联2名干部上班期间经营网店,办公电脑常被用来处理订单', 'side_jobs bureaucratism', '县妇联', None),
    ('城关镇一名副镇长担任某农民专业合作社理事长，该合作社连续两年承建镇里发包的道路硬化工程。', 'side_jobs corruption', '城关镇', S_LJ),
    ('有的国企管理人员“靠企吃企”，把公司的管网维修业务分包给自己实际控制的企业。', 'corruption side_jobs', '', None),
    ('云溪区城管执法局1名中队长的妻子在其负责片区经营建材店,该中队对店门口占道堆放长期不管', 'corruption', '云溪区城管执法局', None),
    ('少数干部在外兼任多家企业顾问，对本职工作应付了事，单位党组明知而不制止。', 'side_jobs bureaucratism accountability', '', None),
]

# ------------------------------------------ bureaucratism / livelihood / formalism
P += [
    ('柳林镇群众反映饮用水浑浊，镇里让找县水务局，县水务局又让找县自来水公司，一年多来三方相互推脱。', 'livelihood bureaucratism', '柳林镇|县水务局|县自来水公司', S_MS),
    ('县人社局、县住建局对滨河家园项目农民工欠薪投诉互相推诿,23名工人的工资至今没有讨回', 'livelihood bureaucratism', '县人社局|县住建局', None),
    ('一名群众的宅基地确权申请在县自然资源局和三合镇之间来回转办，历时14个月仍无结果。', 'livelihood bureaucratism', '县自然资源局|三合镇', S_XF),
    ('对沿街商铺占道经营的投诉只派单不跟踪，同一地点一年内被投诉67次。', 'bureaucratism livelihood', '', None),
    ('县教育局对城区学校“大班额”问题长期不研究不解决，2023年秋季仍有14个班级超过65人。', 'bureaucratism livelihood', '县教育局', S_MS),
    ('城区停车位缺口约4000个，老城区停车难、如厕难问题群众反映强烈。', 'livelihood', '', S_MS),
    ('有的部门组织“大走访”以发问卷、拍照留痕为主，群众反映的看病难问题一件也没有解决。', 'formalism livelihood', '', None),
    ('县住建局对老旧小区改造中群众反映的漏水问题只转不办,9户居民家中漏水一年多没人修', 'bureaucratism livelihood', '县住建局', None),
    ('县委组织部、县委宣传部等部门对乡镇的检查考核多达31项，部分乡镇一个月迎检8次。', 'formalism', '县委组织部|县委宣传部', S_ZF),
    ('有的镇12345工单未联系群众即以“已解决”回复，回访满意率仅61%。', 'bureaucratism formalism', '', None),
    ('县交通局撤并城乡公交线路前未征求沿线群众意见,停运后4个村的学生只能搭乘"黑车"上学', 'bureaucratism livelihood', '县交通局', None),
    ('因征地补偿款迟迟未兑现，长岭镇双河村14户被征地农户连续两年到县里集体上访。', 'livelihood', '', S_XF),
    ('县残联对残疾人两项补贴申请审核拖延，平均办理时长超过规定时限一倍。', 'bureaucratism', '县残联', None),
    ('对网上信访件答复简单套用模板,群众不满意率达38%', 'bureaucratism', '', None),
    ('河东社区一处垃圾中转站臭气扰民,居民投诉两年未解决,社区和街道都说不归自己管', 'livelihood bureaucratism', '河东社区', S_MS),
    ('已交房5年的安置小区至今未办理不动产权证，涉及群众860户，住建部门一直没有拿出办法。', 'livelihood bureaucratism', '', None),
    ('参保群众多次反映异地就医报销比例偏低，县医保中心一直未作回应。', 'livelihood bureaucratism', '县医保中心', None),
    ('拆迁安置房建设滞后，城北片区1200余户群众在外过渡超过4年。', 'livelihood', '', S_MS),
    ('一款工作APP每天要求乡镇干部上传工作照片，基层疲于留痕。', 'formalism', '', None),
    ('森林防火检查只查台账、不上山，春节期间2起山火因隐患未排除引发。', 'formalism bureaucratism', '', None),
    ('西峡县人社局劳动监察大队接到建筑工地欠薪投诉后以"属于合同纠纷"为由不予受理,工人只得多次到县政府上访', 'bureaucratism livelihood', '西峡县人社局', None),
    ('县城区3所公办幼儿园学位不足，每年有400余名适龄儿童不能就近入园。', 'livelihood', '', None),
    ('县水利局对群众反映的灌渠垮塌问题调研了三次、开了两次会，至今没有动工。', 'formalism bureaucratism livelihood', '县水利局', None),
    ('有的社区为迎接文明城市测评，把居民反映多年的楼道照明问题用临时灯泡应付，测评后即拆除。', 'formalism livelihood', '', None),
    ('县环保督察交办的5件群众投诉，县生态环境局均以“已要求企业整改”回复办结，噪声扰民至今依旧。', 'bureaucratism formalism livelihood', '县生态环境局', None),
    ('市场监管部门对群众举报的一家餐馆卫生问题3次派员检查,每次都提前打电话通知店家', 'formalism bureaucratism', '', None),
    ('凤鸣街道对一起持续五年的小区产权纠纷既不调处也不上报，近百户业主至今办不了房产证。', 'bureaucratism livelihood', '凤鸣街道', None),
    ('县退役军人服务中心对退役士兵安置待遇申请拖了8个月才答复，当事人多次到市里上访。', 'bureaucratism livelihood', '县退役军人服务中心', None),
    ('县信访局对一起持续6年的拆迁补偿信访件，每年都以“依法终结”为由不再受理，信访人仍在反复上访。', 'livelihood bureaucratism', '县信访局', S_XF),
    ('执法大队对群众举报的违法占地建房只拍照登记,从不下达整改通知', 'bureaucratism formalism', '', None),
    ('老旧小区改造“重面子轻里子”，外墙刷新了，群众最盼的管网更换和加装电梯却没有列入计划。', 'formalism livelihood', '', S_MS),
    ('一些乡镇卫生院长期缺少儿科、妇产科医生，群众看个常见病也要跑到县城。', 'livelihood', '', None),
    ('对群众反映的同一条道路破损问题，交通、城管、住建三个部门各发了一次整改通知，路至今没修。', 'livelihood bureaucratism formalism', '', None),
]

# ------------------------------------------ study / formalism
P += [
    ('县司法局党组理论学习中心组2023年仅开展集中学习4次，未达到规定次数。', 'study', '县司法局', S_XX),
    ('县审计局党组中心组学习以领读文件代替研讨,记录中的交流发言内容雷同,明显系事后补写', 'study formalism', '县审计局', None),
    ('部分班子成员说不清新修订的《中国共产党纪律处分条例》的主要内容。', 'study', '', None),
    ('有的单位党员干部的学习强国积分由专人代刷，学习流于形式。', 'study formalism', '', S_XX),
    ('某局党组全年只在年初会议上提过一次意识形态工作,意识形态工作主体责任落实空转', 'study accountability', '', None),
    ('县发展和改革局主题教育专题党课照搬网上课件，调研报告东拼西凑，重形式轻效果。', 'study formalism', '县发展和改革局', None),
    ('学用脱节问题突出，学习乡村振兴重要论述后没有转化为具体工作举措。', 'study', '', S_XX),
    ('有的学校教职工政治学习大多是由校办人员念文件，参学教师在下面批改作业、玩手机。', 'study formalism', '', None),
    ('县卫健委党委理论学习中心组2022年和2023年学习计划几乎一字未改,专题研讨次数均未达到要求', 'study formalism', '县卫健委', None),
    ('县城投公司党委未将意识形态工作纳入党建考核，宣传阵地管理存在空白。', 'study', '县城投公司', None),
    ('青龙乡以传达上级会议代替学习研讨,全年9次中心组学习有7次是传达会议精神', 'study formalism', '青龙乡', None),
    ('一些党员干部学习满足于读读报纸、看看文件，对新理论新要求理解不深。', 'study', '', None),
    ('有的支部党员的学习笔记相互抄写，有的笔记字迹、内容完全一致。', 'study formalism', '', None),
    ('部分党员集中学习时长不足，一年只参加过两次学习，且只在签到表上签名后即离场。', 'study formalism', '', None),
    ('有的党组对网络意识形态阵地疏于管理，单位公众号转发不实信息，党组书记对此从未过问。', 'study accountability', '', S_XX),
    ('有的党支部以读书分享会代替专题党课,党员撰写的心得体会多从网上下载', 'study formalism party_organization', '', None),
]

# ------------------------------------------ accountability / party_organization / political_life / personnel
P += [
    ('县人社局党组书记履行第一责任人职责不到位，全年未专题研究党风廉政建设工作。', 'accountability', '县人社局', S_ZR),
    ('县司法局党组民主生活会上的批评意见多为“希望今后更加注意身体”之类，相互批评辣味不足。', 'political_life', '县司法局', S_SZ),
    ('县水利局党组提拔2名股级干部时未经民主推荐程序直接上会研究。', 'personnel', '县水利局', None),
    ('县商务局党组书记在干部调整中个人说了算,党组会只是走个形式', 'personnel political_life formalism', '县商务局', None),
    ('城东街道党工委对下属社区“三会一课”落实情况从不过问，4个社区党支部全年未召开一次支委会。', 'accountability party_organization', '城东街道', S_DJ),
    ('县教育局机关党委6个支部中有3个换届超期一年以上', 'party_organization', '县教育局', None),
    ('有的党组组织生活会查摆问题大而化之,班子成员对照检查材料互相雷同', 'political_life formalism', '', None),
    ('民主生活会前的谈心谈话流于形式，有的班子成员之间只是打个电话简单交流。', 'political_life formalism', '', S_SZ),
    ('县医疗保障局党组对干部违反工作纪律问题只提醒不处理，监督偏松偏软。', 'accountability', '县医疗保障局', S_ZR),
    ('高桥镇党委发展党员不规范,2名发展对象未经培训即被接收为预备党员', 'party_organization', '高桥镇', None),
    ('主管部门党委对所属医院班子监督缺位,医院院长独断专行、大额采购不上会的问题长期未被发现', 'accountability political_life', '', None),
    ('县民政局党组全面从严治党主体责任落实不力，对机关支部“三会一课”记录事后补写的问题毫无察觉。', 'accountability party_organization formalism', '县民政局', S_ZR),
    ('县城投集团党委会议事规则未明确"三重一大"事项清单,1.2亿元的融资决策只在经理办公会上研究', 'political_life', '县城投集团', S_SZ),
    ('县发展和改革局一名副局长提拔前的信访举报未经核查即予任用，任职不到一年即因受贿被查。', 'personnel corruption', '县发展和改革局', None),
    ('县自然资源局超职数配备副科级干部3名', 'personnel', '县自然资源局', None),
    ('一些基层党组织书记重业务轻党建，抓党建第一责任人意识不强。', 'accountability', '', S_ZR),
    ('部分村党支部主题党日活动内容单一,多为集中打扫卫生,有的村只拍照不开会', 'party_organization formalism', '', S_DJ_H),
    ('县交投公司党委成员之间谈心谈话未全覆盖，班子不团结、相互拆台，群众议论较多。', 'political_life', '县交投公司', None),
    ('县中医院院长办公会替代党委会研究干部任免,党委领导下的院长负责制未落实', 'political_life personnel', '县中医院', None),
    ('吴家镇党委对4名村党组织书记履职不力问题既未约谈也未调整，软弱涣散村连续两届未得到整顿。', 'accountability party_organization', '吴家镇', S_DJ),
    ('有的班子成员落实“一岗双责”只签责任书、不抓具体工作，分管领域廉政风险排查流于形式。', 'accountability formalism', '', None),
    ('县公路事业发展中心2名干部因不履行全面从严治党主体责任被诫勉', 'accountability', '县公路事业发展中心', None),
    ('县农业农村局机关支部委员会长期缺额2人，党务工作由办公室人员兼任，支部工作基本停滞。', 'party_organization', '县农业农村局', None),
    ('有的党组书记对班子成员的违纪苗头从不提醒，班子成员在组织生活会上对书记只提“工作太辛苦”之类的意见。', 'accountability political_life', '', None),
    ('县审计局机关第二党支部2023年的支委会记录由同一人在年底一次性补写，笔迹、墨色完全相同。', 'party_organization formalism', '县审计局', None),
    ('南岭乡党委未经集体研究，就让1名处分影响期内的干部主持财政所工作。', 'personnel political_life', '南岭乡', None),
    ('县城投公司近三年招聘的21名员工中有9名是县直部门领导干部子女,招聘未公开进行', 'personnel', '县城投公司', None),
    ('年度民主生活会会前征求意见只在单位内部发表格，收回的意见栏大多填写“无”。', 'political_life formalism', '', None),
    ('有的党组对政治生态的分析研判流于形式，研判报告套用往年模板。', 'accountability formalism', '', S_ZR),
    ('部分乡镇对村级小微权力监督缺位，村干部插手工程、优亲厚友问题时有发生。', 'accountability micro_corruption', '', None),
    ('县市场监管局2名干部因食品安全监管失职被问责，暴露出局党组对干部日常管理监督不严。', 'bureaucratism accountability', '县市场监管局', None),
    ('城南镇党委书记因履行全面从严治党主体责任不力受到党内警告处分', 'accountability', '城南镇', None),
    ('疫情期间,县交通局2名干部因卡口值守脱岗被追责', 'bureaucratism', '县交通局', None),
    ('有的党支部“三会一课”记录本上的会议时间与党员出差记录冲突，会议记录明显系编造。', 'party_organization formalism', '', None),
    ('县人社局党组对下属就业服务局班子的选配把关不严，选任的局长因违纪被免职，党组对此未作检讨。', 'personnel accountability', '县人社局', None),
    ('白马乡党委会议记录显示,3次研究人事调整的会议均有2名委员缺席,且事后未征求其意见', 'political_life personnel', '白马乡', None),
    ('有的单位一把手否决其他班子成员意见后，会议记录却写成“一致同意”。', 'political_life formalism', '', None),
    ('一些单位干部考核年年“全优”，考核结果未拉开差距，干部干好干坏一个样。', 'formalism personnel', '', None),
    ('有的党组召开的巡察整改专题民主生活会，查摆的问题与去年的对照检查材料基本相同。', 'political_life formalism', '', None),
    ('县妇幼保健院党支部书记由院长兼任后，支部一年只开了一次党员大会，其余时间以院周会代替。', 'party_organization', '县妇幼保健院', None),
    ('县政协机关党组落实全面从严治党主体责任不到位，2名干部违规经商未被及时发现。', 'accountability side_jobs', '县政协机关', None),
    ('县疾控中心党支部换届后委员分工长期未明确,组织委员由退休返聘人员担任', 'party_organization', '县疾控中心', None),
    ('有的乡镇党委对村党组织换届把关不严，2名受过刑事处罚的人员当选村党支部委员。', 'party_organization personnel', '', S_DJ),
    ('部分党组对下属单位一把手的提醒谈话、函询制度没有落实，班子内部“一团和气”、不愿红脸出汗。', 'accountability political_life', '', None),
    ('某社区党委一年未召开支委会，仅有的一次组织生活会上党员只谈成绩、不开展批评。', 'party_organization political_life', '', S_DJ),
    ('少数党支部连续两年未开展民主评议党员，党费也由支部书记代为垫交。', 'party_organization', '', None),
    ('某局党组对个人有关事项报告核查中发现的问题未作处理，漏报的2名干部照常被提拔使用。', 'personnel accountability', '', None),
]

# ------------------------------------------ rectification + the category left unfixed
P += [
    ('上轮巡察指出的违规发放津补贴问题，县住建局在整改报告中写“已全部清退”，实际应退的14.6万元只退回2.1万元。', 'rectification formalism extravagance', '县住建局', S_ZG),
    ('审计指出县林业局白条入账问题后，该局仍有11笔支出以白条报销。', 'finance rectification', '县林业局', None),
    ('县城管局对上轮巡察反馈的12个问题仅整改完成5个，且未建立长效机制。', 'rectification', '县城管局', S_ZG),
    ('东山乡上轮巡察整改报告中有4项问题标注“已完成”，经核查均未整改。', 'rectification', '东山乡', None),
    ('公车私用问题经上轮巡察指出后出现反弹,2023年又发生3起节假日公车私用', 'rectification extravagance', '', S_ZG_H),
    ('县人社局对巡察指出的就业补助资金被冒领问题整改不力,被冒领的21万元仍有17万元未追回', 'rectification micro_corruption', '县人社局', None),
    ('县委巡察组反馈的村务公开不及时问题，红星镇9个村中仍有6个村未按季度公开。', 'rectification disclosure', '红星镇', S_ZG),
    ('县水投公司对审计指出的未招标项目整改时只补签了合同,后续3个工程仍直接发包', 'rectification finance', '县水投公司', None),
    ('县教育局对巡察指出的意识形态工作责任制问题，仅以印发一份文件作为整改完成的依据。', 'rectification formalism study', '县教育局', None),
    ('上轮巡察反映的“三会一课”不规范问题仍未根本解决，抽查的8个支部中有5个缺失支委会记录。', 'rectification party_organization', '', S_ZG),
    ('有的单位整改低保优亲厚友问题时只清退了群众举报的2户,对自查出的另外9户未作处理', 'rectification micro_corruption', '', None),
    ('有的部门巡察整改台账做得很厚，但群众反映强烈的乡镇卫生院缺医少药问题没有改观。', 'rectification formalism livelihood', '', None),
    ('县财政局对上轮巡察指出的选人用人问题未制定整改措施。', 'rectification personnel', '县财政局', S_ZG),
    ('整改工作重形式轻实效，有的单位整改报告只写“已加强”“已规范”，没有具体措施和时限。', 'rectification formalism', '', None),
    ('石岭街道承诺半年内化解的7件信访积案,两年过去仍一件未化解', 'rectification livelihood', '石岭街道', None),
    ('县中医院对医保审计指出的违规收费问题整改后又出现反弹，2023年再次被查出违规收费46万元。', 'rectification micro_corruption', '县中医院', None),
    ('县国资委对巡视反馈的国企“一把手”权力过于集中问题整改不实，3家企业仍未制定“三重一大”事项清单。', 'rectification political_life', '县国资委', S_ZG),
    ('有的党组书记未主持召开整改专题会议,整改工作交由办公室一人承担', 'rectification accountability', '', None),
    ('双塘镇上报村干部冒领养老保险补贴问题已整改到位,经核查冒领的3.8万元至今未退回', 'rectification micro_corruption', '双塘镇', None),
    ('对审计指出的12处账外资产，县城发集团至今未清理登记入账。', 'rectification finance', '县城发集团', None),
    ('有的单位照搬其他单位的整改方案，连方案中的单位名称都没有改全。', 'rectification formalism', '', None),
    ('县文旅体局整改超标准接待问题时，将超标部分改列“会议费”重新报账。', 'rectification extravagance finance', '县文旅体局', S_ZG),
    ('县人民医院对巡察反馈的收受回扣问题，整改时只开了一次警示教育会，未开展专项清理。', 'rectification corruption', '县人民医院', None),
    ('一家国有公司对审计指出的对外借款未收回问题没有采取任何追收措施,借出的800万元已逾期两年', 'rectification finance', '', None),
    ('巡察指出违规兼职问题后，县财政局副局长仍在房地产公司担任独立董事并领取报酬。', 'rectification side_jobs', '县财政局', S_ZGQK),
    ('针对去年审计指出的问题，县教体局整改报告中称已建立食堂财务管理制度，但至今未印发执行。', 'rectification finance formalism', '县教体局', None),
    ('有的单位对巡察指出的“上班迟到早退”问题虽已整改销号，但巡察回访时仍有4名干部未按时到岗。', 'rectification bureaucratism', '', None),
    ('整改期间，某村将未公开的三年账目一次性贴在公开栏，贴了一天就撕下。', 'rectification disclosure formalism', '', None),
    ('有的党组对上轮巡察指出的党员发展停滞问题未采取措施，近两年仍未发展党员。', 'rectification party_organization', '', None),
    ('经开区管委会巡察整改报告上报的“干部作风明显好转”无任何事实支撑', 'rectification', '经开区管委会', S_ZGQK_H),
    ('上轮巡察指出的推诿扯皮问题依然存在，群众反映的小区供暖问题仍在县住建局和县城管局之间来回转办。', 'rectification bureaucratism livelihood', '县住建局|县城管局', None),
    ('对审计指出的村干部违规领取误工补贴问题，有的镇只追回了一半，对其余部分以“村干部已离任”为由不再追缴。', 'rectification extravagance', '', None),
]

# ------------------------------------------ disclosure / micro_corruption
P += [
    ('杨桥村近三年的土地流转收入和集体资产出租收入从未公开，村民多次要求查账均被拒绝。', 'disclosure', '杨桥村', S_QZ),
    ('青坪镇松林村将到户产业扶持资金优先发给村干部亲属，发放名单未在村务公开栏公示。', 'micro_corruption disclosure', '青坪镇松林村', S_QZ),
    ('有的单位临时救助审批结果未按规定在乡镇和村公示，3户不符合条件的家庭领取了救助金。', 'disclosure micro_corruption', '', None),
    ('永兴村村委会主任把集体林地补偿款12万元借给亲戚做生意，村民直到年底才从别人口中听说此事。', 'micro_corruption disclosure', '永兴村', None),
    ('有的村财务公开只公开收支总数、不公开明细，村民看不懂、看不明。', 'disclosure', '', None),
    ('大坪乡红岩村村干部私分耕地地力保护补贴2.2万元,公示的补贴名册与实际发放名册对不上', 'micro_corruption disclosure', '大坪乡红岩村', None),
    ('县残联对残疾人辅助器具发放情况不公开，部分辅具被工作人员转送亲友。', 'disclosure micro_corruption', '县残联', None),
    ('石坝镇12个村中有8个村未按规定每季度公开财务收支,其中3个村坐收坐支', 'disclosure finance', '石坝镇', None),
    ('个别村危房改造补助对象未经村民代表会议评议、结果未张榜公示,村支书的两个兄弟都在补助名单上', 'micro_corruption disclosure', '', None),
    ('县住房保障中心公租房分配结果只公布编号、不公布姓名，群众对分配是否公平质疑较多。', 'disclosure', '县住房保障中心', None),
    ('桃源镇6个村将村集体收入存入村支书个人账户，收支情况从未向村民公开。', 'micro_corruption disclosure', '桃源镇', None),
    ('县红十字会接收的社会捐赠款物未按规定公开，其中一批捐赠物资被分给机关职工。', 'disclosure micro_corruption', '县红十字会', S_QZ),
    ('少数社区党组织党务公开栏常年空白,党费收缴、党员发展情况从不公开', 'disclosure party_organization', '', None),
    ('有的村低保评议结果不张榜、不公示，村干部的3名近亲属享受低保多年。', 'disclosure micro_corruption', '', None),
    ('一些村的村务公开由村干部自行决定公开内容,群众关心的工程发包和补偿款发放从来不公开', 'disclosure', '', None),
]

# ------------------------------------------ more mixed borders, written plainly
P += [
    ('李家湾村村支书的儿子承包了村里三年内的全部道路和水渠工程，工程没有一项经过村民代表会议。', 'micro_corruption', '李家湾村', None),
    ('县国有林场场长把林场的越野车开回老家给儿子办婚事，婚宴摆了42桌。', 'extravagance', '县国有林场', None),
    ('马鞍镇政府食堂的开支里,每月都有一笔"来客用餐"没有附公函和陪餐人员名单', 'extravagance finance', '马鞍镇', None),
    ('某血站在饭店举办“年终答谢会”，邀请供货商参加并由供货商买单。', 'extravagance corruption', '', None),
    ('房产交易窗口工作人员对没有托关系的群众百般刁难,对给了好处费的中介所带客户当天办结', 'bureaucratism corruption', '', None),
    ('县人社局2021年以来发放的技能培训补贴中，有3家培训机构虚报学员套取补贴96万元，人社局审核时从未核对花名册。', 'micro_corruption bureaucratism', '县人社局', None),
    ('农机购置补贴审核把关不严，2家经销商虚构购机户骗取补贴41万元。', 'micro_corruption bureaucratism', '', None),
    ('柳江区住建局近两年有4个工程项目先施工后招标，招标流于形式。', 'finance formalism', '柳江区住建局', None),
    ('县城乡供水公司大额资金支出未经集体研究，由董事长一支笔审批，2022年单笔超过50万元的支出有11笔。', 'political_life finance', '县城乡供水公司', None),
    ('农村公路养护资金管理粗放,3个乡镇将养护资金用于发放乡镇干部加班费', 'finance extravagance', '', None),
    ('县殡仪馆收取的服务费用中有多项未经物价部门核准，群众反映“死不起”。', 'micro_corruption livelihood', '县殡仪馆', None),
    ('县民政局对殡葬服务乱收费问题监管缺位,县殡仪馆擅自收取"守灵厅使用费"两年未被发现', 'bureaucratism micro_corruption', '县民政局|县殡仪馆', None),
    ('有的学校以补课费名义向学生收取费用，所得资金用于给教师发放课时补贴。', 'micro_corruption extravagance', '', None),
    ('部分乡镇党委书记对村级财务“零监督”，城关镇、长乐镇两名村支书连续多年虚列开支侵占集体资金。', 'accountability micro_corruption', '城关镇|长乐镇', None),
    ('一名支行行长利用放贷权收受贷款人好处费,同时在贷款人的公司挂名任副总经理', 'corruption side_jobs', '', None),
    ('某中学校长指定一家书店独家供应教辅，书店按销量给校长“返点”，学生多付的书费无人过问。', 'corruption micro_corruption', '', None),
    ('有的卫生院把上级拨付的家庭医生签约服务经费全部用于发放职工奖金，签约服务只停留在纸面上。', 'finance extravagance formalism', '', None),
    ('一些基层站所干部对群众办事"门难进、脸难看",办事群众不送烟酒就拖着不办', 'bureaucratism micro_corruption', '', None),
    ('县粮食收储公司仓储保管员伙同粮商以次充好、虚增库存,骗取储备粮轮换差价款,公司库存账实不符长期无人核对', 'corruption finance', '县粮食收储公司', None),
]

N = []  # non-findings

N += [
    ('经核查,未发现县财政局干部在企业违规兼职取酬问题', None),
    ('县人社局已将违规发放的加班补贴4.3万元全部追缴到位。', S_ZGQK),
    ('严禁村（社区）干部以任何名义从惠民资金中列支补贴。', S_YQ),
    ('今年以来，共查处违规发放津补贴问题9起，给予党纪政务处分11人。', None),
    ('建议县住建局会同县人社局建立欠薪投诉联合处置机制,杜绝相互推诿', S_JY),
    ('对巡察指出的问题实行清单化管理，做到问题不清零不销号。', S_XB),
    ('县民政局已对低保对象开展全面复核,清退不符合条件对象37户', S_ZGQK),
    ('各党支部要严格落实“三会一课”制度，严禁事后补记会议记录。', S_YQ),
    ('经查，群众反映的西山村村干部侵占扶贫资金问题不属实。', None),
    ('将组织开展干部违规经商办企业和兼职取酬专项清理。', S_XB),
    ('县交通局已建立公务用车使用登记制度,节假日公车一律封存', S_ZGQK),
    ('2022年以来，共处理不担当不作为干部23人，其中问责5人。', None),
    ('严禁以“培训费”“会议费”名义列支接待、旅游费用。', S_YQ),
    ('建议各乡镇严格执行村务公开制度，惠民资金发放名单一律张榜公示。', S_JY),
    ('城东街道已为4个社区党支部配齐支委,支委会按月召开', S_ZGQK),
    ('民主生活会上，班子成员之间开展了相互批评，提出批评意见26条。', None),
    ('县教育局党组中心组全年开展集中学习12次，专题研讨6次。', S_CX),
    ('未发现县城投公司存在违规出借资金问题', None),
    ('对整改不力、虚假整改的单位，将约谈其主要负责人。', S_XB),
    ('下一步，将对规避招标、化整为零问题开展专项检查。', None),
    ('县人民医院已与全部医务人员签订拒收回扣承诺书', None),
    ('群众反映的饮水问题已由县水务局牵头解决，涉及的3个村已通自来水。', S_ZGQK),
    ('党员领导干部要带头开展批评与自我批评，不得以建议代替批评。', None),
    ('选人用人工作总体评价“好”和“较好”的比例为94.6%。', S_PJ),
    ('巡察组共受理群众来信来访142件,已按程序转办121件', S_JB),
    ('县人社局已建立个人有关事项报告随机抽查机制，抽查比例不低于20%。', None),
    ('经复核，县林业局已为白条入账的11笔支出补齐合规票据。', None),
    ('要坚决防止整改工作中的形式主义，严禁以文件落实整改。', S_YQ),
    ('意识形态工作责任制已纳入各单位年度目标考核，分值占5分。', None),
    ('黄泥村已重新组织危房改造对象评议,并在村务公开栏公示7天', None),
    ('县公安局对2名上班时间饮酒的辅警已予以辞退。', None),
    ('对充当涉黑涉恶“保护伞”的，一经查实从严从重处理。', None),
    ('各单位要严格执行“三重一大”集体决策制度，不得个人或少数人说了算。', S_YQ),
    ('巡察期间，共向县纪委监委移交问题线索8件。', None),
    ('县国资委已督促3家企业制定"三重一大"事项清单并报备', None),
    ('建议县卫健委加大乡镇卫生院人才招引力度，缓解基层看病难。', S_JY),
    ('经核实，未发现县中医院医生在民营诊所违规兼职坐诊的情况。', None),
    ('县财政局对2021年以来的村级财务开展了全覆盖审计', None),
    ('今年共化解信访积案34件，化解率达91%。', S_CX),
    ('下一步将推动党务、政务、村务公开全面上网，接受群众监督。', None),
    ('换届超期的6个支部已全部完成换届', None),
    ('不得以各种名义向服务对象收取费用，严禁吃拿卡要。', None),
    ('县审计局党组已就支委会记录补记一事通报批评，并责令支部书记作出书面检查。', None),
    ('班子成员之间均按要求开展了谈心谈话，实现全覆盖。', None),
    ('要把巡察整改与以案促改结合起来,建立健全长效机制', S_JY),
    ('经查，反映县水利局提拔干部未经民主推荐的问题与事实不符。', None),
    ('县总工会已将违规使用的工会经费1.6万元退回工会账户', None),
    ('本轮巡察重点了解财务管理、工程项目和选人用人情况。', S_JB),
    ('县城管局、县住建局已签订部门联动协议，明确占道经营投诉由县城管局首接负责。', None),
    ('建议对干部违规兼职取酬问题开展"回头看"', None),
    ('村级集体经济收支明细每季度在村务公开栏和微信群同步公开。', None),
    ('县司法局法律援助案件平均办理时长由去年的32天缩短为18天。', S_CX),
    ('疫情防控期间，县卫健委干部职工坚守一线，未发生失职失责问题。', None),
    ('对督查检查考核事项实行计划管理,全年压减31%', None),
    ('各单位不得以会议落实会议、以文件落实文件', None),
    ('县机关事务服务中心已完成超标准办公用房的腾退调整。', None),
    ('全年追回违规领取的养老保险待遇资金52万元。', None),
    ('将强化对“一把手”和领导班子的监督，推动同级监督落到实处。', S_XB),
    ('县民政局已对3名审核把关不严的工作人员进行诫勉谈话', None),
    ('县城发集团已将12处账外资产全部登记入账。', None),
    ('建议县交通局对停运的农村客运线路制定替代方案，保障学生出行。', None),
    ('学习教育不得走过场、搞形式，要确保学有所获。', None),
    ('各村财务一律实行村账乡代管,严禁坐收坐支', S_YQ),
    ('经查，县教育局不存在违规发放年终福利问题。', None),
    ('县卫健委党委会专题研究巡察整改工作5次，班子成员分别领办整改事项。', None),
    ('2023年共受理信访举报47件,同比下降18%', S_PJ),
    ('会议强调，要深入整治群众身边不正之风和腐败问题。', None),
    ('本轮巡察共发现问题81个，提出整改建议23条。', None),
    ('对巡察反馈的问题，县人社局已整改完成26个，正在整改3个。', S_ZGQK),
    ('严禁领导干部配偶、子女在本人管辖范围内经商办企业。', None),
    ('县医疗集团已退还多收患者的检查费用,并对责任人作出处理', None),
    ('党费收缴情况每半年在支部内公示一次。', None),
    ('政治生态总体呈现持续向好态势。', S_PJ),
    ('对个人有关事项报告不如实的，一律取消提拔使用资格。', None),
    ('县发展和改革局针对重大项目论证不充分的问题,修订了项目前期工作规程', S_ZGQK),
    ('下一步将严格落实“一岗双责”，层层传导压力。', None),
    ('经核查，未发现石坝镇各村存在坐收坐支问题。', None),
    ('要严格执行干部任职回避和公务回避制度。', None),
    ('全年开展警示教育12场次，受教育党员干部1800余人次。', S_CX),
    ('专项治理中查处违规吃喝问题8起,处理11人', None),
    ('整改期间，县交通运输局节假日公车全部封存，未再发生公车私用问题。', None),
    ('我局将把意识形态工作纳入党组重要议事日程,每半年专题研究一次', S_XB),
    ('城关镇新华社区已将低保对象名单在社区公示栏公示满7天。', None),
    ('对群众信访事项实行首接负责，不得推诿、拖延。', None),
    ('县财政局党组已召开专题民主生活会，深刻剖析选人用人问题根源。', None),
    ('经查,反映溪口镇工程化整为零规避招标的问题不属实', None),
    ('本单位干部均未在企业兼职，无兼职取酬情况。', S_LZ),
    ('建议县国资委建立国有企业对外借款审批制度，严控资金出借。', None),
    ('各级党组织书记要切实履行抓党建第一责任人职责', None),
    ('针对“大班额”问题，县教育局今年新建两所小学，新增学位2700个。', S_CX_H),
    ('县信访局已逐件约谈超期件责任单位，目前超期件已全部办结。', None),
    ('县中医院已明确党委会前置研究讨论重大事项清单', S_ZGQK),
    ('巡察发现的问题要建立台账、逐项销号，防止纸面整改。', None),
    ('全县村级党组织均已按期完成换届。', S_CX),
    ('未发现县人民医院在设备采购中拆分合同规避招标', None),
    ('要规范村干部误工补贴发放标准,严禁从扶贫资金和集体资产收益中列支', None),
    ('县统计局已修订考勤管理办法，实行人脸识别打卡。', None),
    ('2024年计划对200个村（社区）开展集体“三资”清理。', S_XB),
    ('今年以来，全市纪检监察机关共查处群众身边腐败和作风问题156起。', None),
    ('就业补助资金已全部通过“一卡通”发放到人，并在网上公开。', None),
    ('本人严格遵守中央八项规定精神，没有公车私用、违规吃喝等问题。', S_LZ),
    ('县城管局上轮巡察反馈的12个问题已全部整改销号', S_ZGQK_H),
    ('典型案例:某镇村干部截留低保资金被开除党籍', S_TB),
]


# ---------------------------------------------------------------- build and validate
# The checks, the writer and the counts are shared by every part: corpora/corpus_check.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_check import build, label_density, non_problem_record, problem_record  # noqa: E402


def summary(records):
    """The part's own figures: labels per finding and the category pairs it covers."""
    label_density(records)
    problems = [r for r in records if r["is_problem"]]
    pairs = Counter(tuple(sorted((a, b))) for r in problems
                    for i, a in enumerate(r["categories"]) for b in r["categories"][i + 1:])
    print("category pairs:")
    for (a, b), n in pairs.most_common():
        print(f"  {n:3d} {a} + {b}")

if __name__ == "__main__":
    recs = build("part_z", [problem_record(e) for e in P] + [non_problem_record(e) for e in N],
                 Path(__file__).resolve().parent)
    summary(recs)

"""Hand-written labelled sentences, part K: two-label findings and their one-label contrasts.

Each problem sentence below states two problems at once, following the taxonomy's
"Boundaries that recur": banned spending disguised as another expense (extravagance +
finance), village cadres paying themselves from public money (micro_corruption +
extravagance), grievances passed between units (livelihood + bureaucratism), things done
only for show (X + formalism), side jobs used for gain (side_jobs + corruption), steered
contracts with irregular payments (corruption + finance), public funds undisclosed and
misused (micro_corruption + disclosure), appointments decided outside collective rule
(personnel + political_life), primary responsibility plus inaction (accountability +
bureaucratism), poor checking letting ineligible people take relief (micro_corruption +
bureaucratism), money faults left unrectified (finance + rectification) and ideology
responsibility not carried by the party group (study + accountability). About fifty
one-label contrasts look alike but state only one problem.

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_k.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None).
"""
import sys
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
S_DJ = "（五）基层党建方面"
S_DJ_H = "(五)党的建设方面"
S_QZ = "（六）群众身边不正之风和腐败问题方面"
S_ZG = "三、上轮巡察整改情况"
S_SJ = "二、审计发现的主要问题"
S_SZ = "三、政治生态存在的突出问题"

P = []  # problem sentences

# ------------------------------------------------ extravagance + finance
P += [
    ('县农机服务中心将违规公务接待餐费拆分为“会议费”“资料费”列支，累计3.6万元。', 'extravagance finance', '县农机服务中心', S_CW),
    ('岷阳县统计局以"办公用品"名义购买高档白酒12箱,在办公经费中报销', 'extravagance finance', '岷阳县统计局', None),
    ('巡察发现，县城乡规划设计院把职工旅游费用以“外出培训费”虚列入账。', 'extravagance finance', '县城乡规划设计院', None),
    ('二是借会议之名吃喝，县民宗局2022年在3次业务会议费中夹带非会议人员餐费，虚增参会人数套取经费。', 'extravagance finance', '县民宗局', S_ZF),
    ('桂川区水利局用虚开的维修发票报销局领导私车加油费4800余元', 'extravagance finance', '桂川区水利局', None),
    ('有的单位将违规发放的节日慰问品混入“防暑降温物资”采购合同，账务处理不真实。', 'extravagance finance', '', None),
    ('县广电网络公司以"业务招待"名义列支班子成员旅游开支5.1万元,原始凭证与实际事项不符.', 'extravagance finance', '县广电网络公司', S_CW_H),
    ('乌溪镇把镇干部聚餐费用分摊到3个村的“村务活动经费”中报账。', 'extravagance finance', '乌溪镇', None),
    ('县老干部局违规购买购物卡2.4万元发给职工，记账时以“活动奖品”名义入账。', 'extravagance finance', '县老干部局', None),
    ('审计发现,县粮食收储公司把超标准接待费用化整为零,用多张小额餐饮发票分次报销', 'extravagance finance', '县粮食收储公司', S_SJ),
    ('县体育运动学校以"训练器材款"名义转出经费为教职工发放过节费,会计凭证后附清单与实物不符', 'extravagance finance', '县体育运动学校', None),
    ('北塬镇农业服务中心虚列“劳务费”支出，实际用于干部外出考察期间的景区门票和餐饮。', 'extravagance finance', '北塬镇', None),
    ('一些单位接待费、差旅费“改头换面”，在“其他商品和服务支出”科目中列支吃喝费用。', 'extravagance finance', '', S_CW),
    ('城东街道在社区服务中心维修项目中虚增工程量,套出资金6.8万元用于街道干部加餐补助', 'extravagance finance', '城东街道', None),
    ('县图书馆2021年以“图书采购”名义从书店套现，用于职工年终聚餐和发放购物卡。', 'extravagance finance', '县图书馆', None),
    ('县审批服务中心公务用车加油卡交由驾驶员个人保管,发现有私家车使用公务加油卡加油后以"车辆运行费"报销', 'extravagance finance', '县审批服务中心', None),
    ('县红十字会将工作人员家属随行的住宿费混入“救护培训差旅费”一并报销。', 'extravagance finance', '县红十字会', None),
    ('以虚开会议费发票方式套取资金发放奖金的问题在个别单位仍有发生.', 'extravagance finance', '', S_LJ_H),
    ('县气象局无公函接待外地来访人员11批次，餐费以“值班加班餐”名义入账。', 'extravagance finance', '县气象局', None),
    ('县自来水公司违规报销高尔夫球场消费，票面开具为“员工培训服务费”，金额1.2万元。', 'extravagance finance', '县自来水公司', S_LJ),
    ('长滩镇中心学校把教师外出旅游费用打入"校本培训"项目资金中列支,票据附件中培训通知系事后补写', 'extravagance finance', '长滩镇中心学校', None),
    ('县信访局超标准接待，将超出部分以“办公耗材”发票冲抵，共计6700元。', 'extravagance finance', '县信访局', None),
]

# ------------------------------------------------ micro_corruption + extravagance
P += [
    ('桃坪镇李家沟村村“两委”干部从村集体经营性收入中自行发放“管理奖”3.2万元，未经村民代表大会讨论。', 'micro_corruption extravagance', '桃坪镇李家沟村', S_QZ),
    ('三是部分村干部违规从扶贫项目资金中列支本人交通补贴,双河乡多个村均有此情况', 'micro_corruption extravagance', '双河乡', None),
    ('柳城街道红星社区用居家养老服务经费给社区干部发放值班补助8400元。', 'micro_corruption extravagance', '柳城街道红星社区', None),
    ('河口镇石门村村干部把土地流转收益中的2万元作为“年终慰问金”分给了自己。', 'micro_corruption extravagance', '河口镇石门村', None),
    ('一些村在发放集体分红前先给村组干部提取"工作经费",标准由村干部自定', 'micro_corruption extravagance', '', S_QZ),
    ('龙泉乡新华村以“误工费”名义从生态护林员补助中扣留资金发放给村支书和村主任。', 'micro_corruption extravagance', '龙泉乡新华村', None),
    ('巡察发现，平溪社区将社区公共服务资金用于社区干部节日福利，共发放米油等物资价值1.1万元。', 'micro_corruption extravagance', '平溪社区', None),
    ('白马镇部分村干部在村集体鱼塘承包费中违规列支本人通讯补贴和加班费', 'micro_corruption extravagance', '白马镇', None),
    ('大坪村村委会从危房改造管理费中给村干部发放“入户核查补贴”，累计1.6万元。', 'micro_corruption extravagance', '大坪村', S_QZ),
    ('东岭乡团山村"两委"班子用村级道路养护资金组织村干部外出旅游,花费2.3万元.', 'micro_corruption extravagance', '东岭乡团山村', None),
    ('部分社区干部从低保对象临时救助资金中列支“走访慰问补贴”，变相增加个人收入。', 'micro_corruption extravagance', '', None),
    ('金盆镇金盆村村干部用村集体资金在镇上饭店吃喝，账上记为“招商引资接待费”，实为村干部聚餐。', 'micro_corruption extravagance', '金盆镇金盆村', None),
    ('高坎村把上级拨付的村级公益事业奖补资金,以"绩效奖励"名义分发给村两委成员5人', 'micro_corruption extravagance', '高坎村', None),
    ('一是村干部违规领取补贴问题仍然存在，青龙镇6个村的村干部从集体资产出租收入中重复领取岗位补贴。', 'micro_corruption extravagance', '青龙镇', S_QZ),
    ('幸福社区将辖区拆迁户过渡安置费结余部分发放给社区工作人员作为"加班补助"', 'micro_corruption extravagance', '幸福社区', None),
    ('沙湾乡沙湾村村支书让村集体合作社为其个人支付婚宴费用1.8万元。', 'micro_corruption extravagance', '沙湾乡沙湾村', None),
    ('个别村把防汛救灾物资款挪作村干部年终福利.', 'micro_corruption extravagance', '', None),
    ('南关街道南门社区将“社区惠民资金”中的4000元用于社区干部购买节日礼品。', 'micro_corruption extravagance', '南关街道南门社区', None),
]

# ------------------------------------------------ livelihood + bureaucratism
P += [
    ('锦华小区业主反映的地下车库渗水问题，县住建局和城关镇互相推诿，3年未得到解决。', 'livelihood bureaucratism', '县住建局|城关镇', S_ZF),
    ('农民工讨薪投诉在县人社局和县住建局之间来回转办,部分案件拖了14个月仍未结案', 'livelihood bureaucratism', '县人社局|县住建局', None),
    ('二是群众急难愁盼问题解决不力，滨河路沿线居民反映多年的排水不畅问题，县城管局认为属县水务局职责，县水务局又推给街道，至今无人牵头。', 'livelihood bureaucratism', '县城管局|县水务局', S_PROB),
    ('安置房不动产证办理难问题突出，县自然资源局与县城投公司相互扯皮，1200余户居民长期办不了证。', 'livelihood bureaucratism', '县自然资源局|县城投公司', None),
    ('老旧小区加装电梯申请在街道、县住建局和县市场监管局之间多头跑,群众反映"盖了十几个章还没批下来"', 'livelihood bureaucratism', '县住建局|县市场监管局', None),
    ('对群众反映的农村饮水安全问题,县水利局以"属乡镇管理"为由不予受理,问题拖延至今', 'livelihood bureaucratism', '县水利局', None),
    ('一些部门对跨领域的民生诉求“各管一段、谁都不管”，学校周边交通拥堵问题久拖未决。', 'livelihood bureaucratism', '', None),
    ('县医保局对异地就医报销难的集中反映回应迟缓，相关信访件办理超期率达31%。', 'livelihood bureaucratism', '县医保局', None),
    ('石桥镇和县交通局对通村公路损毁问题互相推脱,沿线5个村群众出行困难持续两年', 'livelihood bureaucratism', '石桥镇|县交通局', S_ZF_H),
    ('一名残疾人反映的补贴停发问题，被县残联、县民政局和乡政府多次转办，历时8个月未作答复。', 'livelihood bureaucratism', '县残联|县民政局', None),
    ('巡察期间收到群众反映县殡仪馆收费问题，县发改局与县民政局均称不属本部门监管，问题悬而未决。', 'livelihood bureaucratism', '县发改局|县民政局', None),
    ('幸福里小区物业纠纷长期无人协调,社区、街道和县住建局都表示"没有执法权"', 'livelihood bureaucratism', '县住建局', None),
    ('县市场监管局对群众多次投诉的农贸市场缺斤短两问题只登记不查处，群众意见较大。', 'livelihood bureaucratism', '县市场监管局', None),
    ('城南片区雨污管网改造后道路长期未恢复，施工方与县住建局、县城管局之间推来推去，沿街商户和居民出行受阻。', 'livelihood bureaucratism', '县住建局|县城管局', None),
    ('有的部门对12345热线工单"签而不办",群众反映的噪音扰民问题被反复退单', 'livelihood bureaucratism', '', None),
    ('县教育局对随迁子女入学难问题研究不够，多次以“学位已满”答复家长，问题逐年累积。', 'livelihood bureaucratism', '县教育局', S_PROB),
    ('县人社局、县总工会对企业拖欠职工社保的投诉处理不及时,涉及职工86人', 'livelihood bureaucratism', '县人社局|县总工会', None),
    ('马鞍山社区居民反映的垃圾中转站臭味扰民问题，街道环卫所与县生态环境局相互推诿，已持续两个夏季。', 'livelihood bureaucratism', '县生态环境局', None),
    ('县卫健局对乡镇卫生院看病难问题只报数据不抓落实,偏远村群众就医仍需往返县城.', 'livelihood bureaucratism', '县卫健局', None),
    ('青峰乡对群众反复上访的征地补偿遗留问题不主动化解，把矛盾上交县里，信访积案存量大。', 'livelihood bureaucratism', '青峰乡', None),
]

# ------------------------------------------------ study + formalism
P += [
    ('县住房公积金中心党组理论学习中心组学习以念文件为主,研讨发言照抄照搬网络文章', 'study formalism', '县住房公积金中心', None),
    ('一是理论学习流于形式，县司法局党组2023年集中学习记录中有7次内容相同，学习心得互相抄袭。', 'study formalism', '县司法局', S_PROB),
    ('学习强国积分“刷分”现象存在，个别干部挂机学习，学用两张皮。', 'study formalism', '', None),
    ('县侨联组织学习重数量轻质量,学习笔记为完成检查集中补抄', 'study formalism', '县侨联', None),
    ('部分单位专题读书班只见签到表和照片，不见研讨成果，学习走了过场。', 'study formalism', '', None),
    ('县文联党组中心组学习满足于“读原文”，研讨环节多数成员照稿念、无交流，学习效果不明显。', 'study formalism', '县文联', None),
    ('杨柳镇党委理论学习"上下一般粗",学习内容与镇村工作脱节,研讨材料由党政办统一代写', 'study formalism', '杨柳镇', None),
    ('第一议题制度执行走样，县审计局党组会传达学习往往一句话带过，会议记录仅写“传达学习了相关精神”。', 'study formalism', '县审计局', None),
    ('县供电公司党委专题学习以观看视频代替研讨,干部学习体会千篇一律', 'study formalism', '县供电公司', None),
]

# ------------------------------------------------ political_life + formalism
P += [
    ('县农业科学研究所民主生活会前谈心谈话流于形式，谈话记录内容雷同，仅有签名不同。', 'political_life formalism', '县农业科学研究所', None),
    ('县文旅局党组民主生活会相互批评"隔靴搔痒",批评意见事先商量好,会上照本宣科', 'political_life formalism', '县文旅局', None),
    ('组织生活会走过场，部分党支部会议记录系事后补写，与会人员签到笔迹一致。', 'political_life formalism', '', S_DJ),
    ('二是党组会议记录事后补记,县乡村振兴局2022年有4次"三重一大"事项会议记录与实际议题不一致', 'political_life formalism', '县乡村振兴局', None),
    ('县人防办班子成员对照检查材料照搬上年内容，连年份都未修改，查摆问题流于形式。', 'political_life formalism', '县人防办', None),
    ('城西街道党工委“三重一大”事项集体决策流于形式，先定事后补会议纪要的情况有3起。', 'political_life formalism', '城西街道', S_ZR),
    ('县科协民主生活会征求意见只发表格不收回,整改清单照抄问题清单', 'political_life formalism', '县科协', None),
    ('一些党组织谈心谈话“一谈了之”，填表代替交心，谈话记录多为“无”“好”等字样。', 'political_life formalism', '', None),
    ('县疾控中心班子成员相互批评以提希望代替指出问题,批评与自我批评走形式', 'political_life formalism', '县疾控中心', None),
    ('县城市管理综合执法局党组民主生活会方案、发言、通报环节齐全，但查摆的问题与单位实际脱节，做足了“规定动作”却没有触及要害。', 'political_life formalism', '县城市管理综合执法局', None),
    ('云台乡党委班子专题民主生活会前征求意见仅走程序,未向服务对象征求意见', 'political_life formalism', '云台乡', None),
    ('县机关事务管理局党组会议纪要由办公室事后统一整理，多次出现会议时间与主要负责人出差时间冲突的情况。', 'political_life formalism', '县机关事务管理局', None),
]

# ------------------------------------------------ party_organization + formalism
P += [
    ('县交通局路政大队党支部“三会一课”记录后补，支部委员会会议记录中有4次在同一天补写。', 'party_organization formalism', '县交通局', S_DJ),
    ('主题党日活动形式单一,多以拍照打卡代替实质内容,部分党支部活动只有照片没有记录', 'party_organization formalism', '', S_DJ_H),
    ('县职业中学党支部党课记录仅有题目、无内容，党员学习笔记集中补抄。', 'party_organization formalism', '县职业中学', None),
    ('东湖街道部分社区党组织党员发展材料"倒签"时间,入党积极分子考察记录事后补写', 'party_organization formalism', '东湖街道', None),
    ('县民政局下属福利院党支部标准化建设重台账轻实效，“两本台账”厚厚一摞，党员作用发挥却不明显。', 'party_organization formalism', '县民政局', None),
    ('三会一课制度执行流于形式,县商务局机关党支部支委会议纪要多为上级文件摘抄', 'party_organization formalism', '县商务局', None),
    ('党员积分管理走过场，部分党支部全体党员积分一律打满分，未体现差异。', 'party_organization formalism', '', None),
    ('石岭镇中岭村党支部组织生活记录本字迹、墨色相同,存在集中补记现象', 'party_organization formalism', '石岭镇中岭村', None),
    ('县中医院党委对党支部书记抓党建述职评议走过场，评议结果全部为“好”。', 'party_organization formalism', '县中医院', None),
    ('县检察院机关党委主题党日活动与业务培训“一锅煮”，签到后即转为业务会，党日内容有名无实。', 'party_organization formalism', '县检察院', None),
    ('个别两新组织党支部只挂牌子不开展活动,台账资料由乡镇统一代做', 'party_organization formalism', '', None),
]

# ------------------------------------------------ rectification + formalism
P += [
    ('县发展和改革委员会对上轮巡察反馈的4个问题以文件代替整改，只出台制度未见实际行动。', 'rectification formalism', '县发展和改革委员会', S_ZG),
    ('整改报告"报喜不报忧",县国资委上报整改完成率100%,实际有3项问题仍在整改中且仅有会议记录支撑', 'rectification formalism', '县国资委', None),
    ('一些单位整改停留在纸面上，建章立制多、落实执行少，同类问题反复出现。', 'rectification formalism', '', S_ZG),
    ('县公路管理段对审计指出的问题搞文字整改,整改台账只写"已整改",无佐证材料', 'rectification formalism', '县公路管理段', None),
    ('梅岭镇将上轮巡察整改任务层层转发到村，只收回整改表格，未核实问题是否真正解决。', 'rectification formalism', '梅岭镇', None),
    ('县经济开发区管委会对巡察移交的问题以“召开专题会议研究”作为整改措施，整改成效无法体现。', 'rectification formalism', '县经济开发区管委会', None),
    ('纸面整改现象仍然存在,县文广新局整改台账中6项措施为"加强学习""提高认识"等空泛表述', 'rectification formalism', '县文广新局', None),
    ('县烟草专卖局对主题教育检视问题整改满足于写报告、建台账，销号后问题依旧。', 'rectification formalism', '县烟草专卖局', None),
    ('县残联对上轮巡察指出的"残疾人证办理慢"问题仅修订办事指南,办理时限实际未缩短', 'rectification formalism', '县残联', S_ZG),
    ('整改工作以文件落实文件，县市场监管局制定整改方案后未组织推进，整改资料系巡察前突击编写。', 'rectification formalism', '县市场监管局', None),
    ('有的单位把整改当成"交作业",问题清单、措施清单、责任清单做得很漂亮,整改效果却经不起检验', 'rectification formalism', '', None),
]

# ------------------------------------------------ accountability + formalism
P += [
    ('县林业和草原局党组落实主体责任停留在开会发文层面，签订责任书后再无检查考核。', 'accountability formalism', '县林业和草原局', S_ZR),
    ('"一岗双责"落实流于形式,县税务局班子成员对分管科室廉政谈话内容千篇一律', 'accountability formalism', '县税务局', S_ZR_H),
    ('部分党组织书记抓党建述职只讲成绩不讲问题，述职评议走过场。', 'accountability formalism', '', None),
    ('县水投公司党委廉政风险防控排查照搬模板，风险点与岗位实际不符，监督责任虚化。', 'accountability formalism', '县水投公司', None),
    ('县教育局党组对下属学校的提醒谈话只有记录表,谈话对象表示未与其谈过话', 'accountability formalism', '县教育局', None),
    ('管党治党责任清单照抄上级文件，清风镇党委班子成员责任清单内容完全一致。', 'accountability formalism', '清风镇', None),
    ('县应急管理局党委政治生态分析研判流于形式，研判报告连续两年内容雷同。', 'accountability formalism', '县应急管理局', None),
    ('全面从严治党责任压力传导停留在层层签字、层层转发上,未见具体督促措施', 'accountability formalism', '', None),
    ('县融媒体中心党委对党风廉政建设只部署不检查，年度考核由办公室凭材料打分。', 'accountability formalism', '县融媒体中心', None),
]

# ------------------------------------------------ side_jobs + corruption
P += [
    ('县自然资源局1名股长在其亲属开办的测绘公司兼职并领取报酬，同期为该公司承揽本局测绘业务提供便利。', 'side_jobs corruption', '县自然资源局', S_LJ),
    ('县卫健委原副主任退休前在民营医院挂名顾问,利用职务影响帮助该院通过医保定点审核,收取"顾问费"9万元', 'side_jobs corruption', '县卫健委', None),
    ('个别干部违规入股辖区砂石企业，并利用监管职权为企业逃避处罚说情。', 'side_jobs corruption', '', None),
    ('县交通运输局工程科科长以妻子名义开办建材公司,向本局所管项目的施工方推销建材', 'side_jobs corruption', '县交通运输局', None),
    ('县城投公司2名中层干部在为本公司供货的企业兼任股东，存在利益输送风险。', 'side_jobs corruption', '县城投公司', S_LJ),
    ('县教体局1名干部在校外培训机构任职取酬,同时负责该机构的年检审批', 'side_jobs corruption', '县教体局', None),
    ('县住建局质量监督站站长违规在造价咨询公司兼职，该公司承接的6个项目均由其本人验收。', 'side_jobs corruption', '县住建局', None),
    ('龙门镇1名副镇长与他人合伙经营养殖场,并为其申报产业奖补资金打招呼', 'side_jobs corruption', '龙门镇', None),
    ('县市场监管局个别执法人员在辖区企业担任“技术顾问”，收取报酬后在检查中对企业问题放水。', 'side_jobs corruption', '县市场监管局', None),
    ('县农商行1名支行长在担保公司违规兼职,向自己经手的贷款客户收取担保费用', 'side_jobs corruption', '县农商行', None),
    ('县人民医院药剂科主任在医药公司持股，利用药品遴选权力为该公司产品进院提供帮助。', 'side_jobs corruption', '县人民医院', None),
    ('有的领导干部亲属经商办企业，与本人分管领域存在业务往来，借助其职务影响获取项目。', 'side_jobs corruption', '', S_SZ),
]

# ------------------------------------------------ corruption + finance
P += [
    ('县水务局原局长插手农田水利工程，指定关系人承建，项目未经招标且提前支付工程款280万元。', 'corruption finance', '县水务局', S_LJ),
    ('县城投公司在道路提升工程中规避公开招标,将项目拆分后交由副总经理亲属的公司承建,并超进度付款', 'corruption finance', '县城投公司', None),
    ('县医共体总院采购设备时为特定供应商量身定制参数，合同签订后一次性全额付款，未按约定留存质保金。', 'corruption finance', '县医共体总院', None),
    ('县教育局后勤中心负责人收受供应商好处费,学生食堂食材采购未走政府采购程序,账上以现金结算', 'corruption finance', '县教育局', None),
    ('县农业农村局在高标准农田项目中向关系企业输送利益，工程未结算即拨付全部资金，且部分支出无发票。', 'corruption finance', '县农业农村局', None),
    ('三是工程领域利益输送问题突出，县文化旅游投资公司将景区改造工程以“应急工程”名义直接发包给董事长朋友的企业，结算金额超合同价42%。', 'corruption finance', '县文化旅游投资公司', S_LJ),
    ('县公安局装备采购中有关负责人与供应商事先串通,化整为零规避招标,以白条入账13万元', 'corruption finance', '县公安局', None),
    ('县供销社负责人将社属门面低价租给特定关系人，租金多年未入账，资产收益流失。', 'corruption finance', '县供销社', None),
    ('县城管局环卫所负责人指定亲属公司承包垃圾清运,合同未经集体研究,清运费以大额现金支付', 'corruption finance', '县城管局', None),
    ('县园林绿化中心在苗木采购中虚增数量，多付的款项通过供应商回流至负责人账户。', 'corruption finance', '县园林绿化中心', None),
    ('县交投集团将监理服务直接委托给前任领导控制的公司,合同金额200万元,无任何比选程序', 'corruption finance', '县交投集团', None),
    ('个别单位负责人利用审批付款权力，对关系人承建的项目先行付款、事后补签合同。', 'corruption finance', '', None),
    ('县中心血站在耗材采购中对中标企业"照顾",中标后擅自调高单价,超付货款8.7万元', 'corruption finance', '县中心血站', None),
]

# ------------------------------------------------ micro_corruption + disclosure
P += [
    ('一些村对集体资产发包收入不公开，村干部私下将租金截留使用，群众无从知晓。', 'micro_corruption disclosure', '', S_QZ),
    ('柏树乡柏树村低保名单未按规定公示,其中2户为村干部亲属', 'micro_corruption disclosure', '柏树乡柏树村', None),
    ('部分社区惠民资金发放情况应公开未公开，社区干部虚报冒领临时救助金。', 'micro_corruption disclosure', '', S_QZ),
    ('有的村财务公开栏长期不更新,村集体土地补偿款去向不明,部分被村干部挪用', 'micro_corruption disclosure', '', None),
    ('产业扶持资金分配结果未向群众公开，个别村组干部借机给亲友多分。', 'micro_corruption disclosure', '', None),
    ('村务公开只公开总数不公开明细，掩盖了村干部套取以工代赈资金的问题。', 'micro_corruption disclosure', '', None),
    ('七里镇多个村的耕地地力保护补贴发放名册未张榜公示,村文书借机冒领已故人员补贴', 'micro_corruption disclosure', '七里镇', None),
    ('个别村“一事一议”筹资筹劳项目收支从未公开，村干部虚列支出侵占资金。', 'micro_corruption disclosure', '', None),
    ('危房改造补助对象评定过程不公开、结果不公示,有优亲厚友现象', 'micro_corruption disclosure', '', None),
    ('有的社区把居民捐赠的救灾款物“暗箱操作”，既不公示也不入账，由社区干部自行分配。', 'micro_corruption disclosure', '', None),
    ('村级财务公开流于"挂墙",集体林地征收补偿款分配明细不公开,部分补偿款被村干部截留', 'micro_corruption disclosure', '', None),
    ('高台村对残疾人两项补贴申领情况不予公示，村委会从中扣留“手续费”。', 'micro_corruption disclosure', '高台村', None),
    ('一些村集体经济收益分配方案未经公开讨论、未公示，村干部以分红为名侵占集体资金。', 'micro_corruption disclosure', '', None),
    ('个别村务监督委员会对公开事项不审核,村里公益岗位人选和工资发放情况不公开,岗位被村干部亲属占据', 'micro_corruption disclosure', '', None),
    ('饮水工程补助资金使用情况未向受益群众公开，实际到户资金少于应拨数额。', 'micro_corruption disclosure', '', None),
    ('怕公开烦公开的问题在部分村依然存在，扶贫资产收益台账不公开，收益被村干部挪作他用。', 'micro_corruption disclosure', '', S_QZ),
]

# ------------------------------------------------ personnel + political_life
P += [
    ('县司法局党组干部选拔任用未经党组会集体研究，由主要负责人个人提名确定，违反民主集中制。', 'personnel political_life', '县司法局', None),
    ('选人用人"一言堂"现象存在,有的单位中层干部调整由"一把手"说了算,班子成员会上只是走程序通过', 'personnel political_life', '', None),
    ('部分单位干部任免事项以碰头会代替党组会研究，违反“三重一大”集体决策规定。', 'personnel political_life', '', S_ZR),
    ('县交通局党委在干部调整中会前不酝酿、临时动议,动议人选未经民主推荐', 'personnel political_life', '县交通局', None),
    ('乡镇站所负责人调整由书记一人拍板，班子成员事前不知情。', 'personnel political_life', '', None),
    ('个别单位将干部选任这一“三重一大”事项交由主要负责人与分管领导两人商定，会议记录系事后补签。', 'personnel political_life', '', None),
    ('县国资委党委对所属企业领导人员的任免未提交集体讨论,以主任办公会形式决定', 'personnel political_life', '县国资委', None),
    ('一些单位民主集中制执行不严，选人用人讲关系、讲圈子，民主推荐“走程序”后由主要领导定人选。', 'personnel political_life', '', S_SZ),
]

# ------------------------------------------------ accountability + bureaucratism
P += [
    ('县应急管理局党委履行主体责任不力，对干部上班迟到早退、擅离岗位等工作纪律问题失之于宽。', 'accountability bureaucratism', '县应急管理局', S_ZR),
    ('一些党组织负责人对分管领域慢作为、不作为问题不闻不问，“一岗双责”落实不到位。', 'accountability bureaucratism', '', None),
    ('管党治党宽松软,部分站所干部长期推诿扯皮,单位党组织从未提醒谈话', 'accountability bureaucratism', '', S_ZR_H),
    ('2名股室负责人因对群众办事推诿拖延、单位主体责任落实不力被同时问责', 'accountability bureaucratism', '', None),
    ('县农业农村局党组对下属执法大队“吃拿卡要”式懒政问题监管缺位，主体责任履行不到位。', 'accountability bureaucratism', '县农业农村局', None),
    ('部分单位党组织对干部作风问题放任自流,窗口人员服务态度冷淡,投诉多次却未被追究', 'accountability bureaucratism', '', None),
    ('主体责任层层递减，个别乡镇党委对村干部不在岗、群众找人难的问题长期未管。', 'accountability bureaucratism', '', None),
    ('单位“一把手”对班子成员履职不力的情况不批评、不约谈，致使重点工作推进迟缓。', 'accountability bureaucratism', '', None),
]

# ------------------------------------------------ micro_corruption + bureaucratism
P += [
    ('县民政局对低保对象审核把关不严，入户核查走访不到位，导致28名有车有房人员违规享受低保。', 'micro_corruption bureaucratism', '县民政局', S_QZ),
    ('乡镇对临时救助申请只看材料不核实,致使个别村干部为亲属虚报冒领救助金', 'micro_corruption bureaucratism', '', None),
    ('县医保局对城乡居民医保待遇审核流于粗放，已死亡人员仍在享受待遇，被他人冒领医保报销款。', 'micro_corruption bureaucratism', '县医保局', None),
    ('一些乡镇对高龄津贴动态管理不到位，死亡人员津贴未及时停发，被家属或村干部冒领。', 'micro_corruption bureaucratism', '', None),
    ('县住建局对农村危房改造对象核查不严,3名拥有城区商品房的村干部亲属获得改造补助', 'micro_corruption bureaucratism', '县住建局', None),
    ('审核部门履职不力，对特困供养人员资格年审“一审了之”，个别村干部趁机将亲属纳入供养。', 'micro_corruption bureaucratism', '', None),
    ('有的乡镇民政办对残疾人补贴申报材料不复核,村干部为不符合条件的亲友代办补贴', 'micro_corruption bureaucratism', '', None),
    ('县退役军人事务局对优抚对象信息比对不及时，2名已去世优抚对象的抚恤金被冒领一年多。', 'micro_corruption bureaucratism', '县退役军人事务局', None),
    ('种粮补贴面积核实走马观花，村干部虚报面积多领补贴，乡镇农业服务中心未能发现。', 'micro_corruption bureaucratism', '', None),
    ('县人社局对公益性岗位人员考勤管理失察,部分村干部亲属"吃空饷",长期不上岗照领工资', 'micro_corruption bureaucratism', '县人社局', None),
]

# ------------------------------------------------ finance + rectification
P += [
    ('县卫健局对上轮巡察指出的白条入账问题整改不到位，巡察期间又发现白条支出4.2万元。', 'finance rectification', '县卫健局', S_ZG),
    ('审计指出的资产账实不符问题未整改,县机关事务局固定资产仍有230余件未入账', 'finance rectification', '县机关事务局', None),
    ('有的单位对违规列支问题整改后又出现反弹，个人负担的费用仍在公款中报销。', 'finance rectification', '', None),
    ('县城投公司对上轮巡察指出的工程未招标问题选择性整改，已结算项目仍有5个未补办手续。', 'finance rectification', '县城投公司', None),
    ('县中医院对审计指出的大额现金支付问题敷衍整改,整改后仍以现金支付设备维修费', 'finance rectification', '县中医院', None),
    ('往来款长期挂账问题屡查屡犯，上轮巡察后仅清理了不到三成。', 'finance rectification', '', S_ZG),
    ('县文化馆对财务票据管理不规范的问题虚假整改，上报已建立票据台账，实际未建立。', 'finance rectification', '县文化馆', None),
    ('政府采购不规范问题整改不彻底,部分单位仍存在先采购后补报计划的情况', 'finance rectification', '', None),
    ('县林场对审计指出的林木销售收入未入账问题至今未整改到位，仍有46万元在账外循环。', 'finance rectification', '县林场', None),
]

# ------------------------------------------------ study + accountability
P += [
    ('县审计局党组书记履行意识形态工作第一责任人职责不到位，全年未专题研究意识形态工作。', 'study accountability', '县审计局', S_ZR),
    ('意识形态工作责任制未纳入班子成员"一岗双责",县供销社班子成员对分管领域意识形态工作过问不多', 'study accountability', '县供销社', None),
    ('部分党组织把意识形态工作当作宣传部门的事，主体责任意识淡薄，未开展分析研判。', 'study accountability', '', None),
    ('县农机中心党支部落实意识形态工作主体责任不力，压力未传导到各科室，网络阵地管理无人负责。', 'study accountability', '县农机中心', None),
    ('一些单位党委(党组)书记对意识形态领域问题不敢抓、不愿管,主体责任履行缺位', 'study accountability', '', None),
    ('意识形态工作责任制落实“上热下冷”，党组未对下属单位开展意识形态工作检查考核，主体责任层层递减。', 'study accountability', '', None),
    ('县侨办班子成员未将意识形态工作纳入述职述廉内容,第一责任人职责履行不到位', 'study accountability', '县侨办', None),
]

# ------------------------------------------------ one-label contrasts
P += [
    ('县统计局中心组学习不深入，对新修订的统计法学习理解不透。', 'study', '县统计局', None),
    ('部分干部对应知应会内容掌握不牢,理论功底不扎实', 'study', '', None),
    ('一些单位学用结合不紧密，运用理论指导实践能力不足。', 'study', '', None),
    ('县水利局党组意识形态工作责任制落实不到位,对网络舆情研判不及时', 'study', '县水利局', None),
    ('县科技局违规向干部职工发放通讯补贴和交通补贴1.9万元。', 'extravagance', '县科技局', S_ZF),
    ('县档案局超标准发放加班补助,人均多发2600元', 'extravagance', '县档案局', None),
    ('有的单位违规组织公款吃喝，接待无公函、无清单。', 'extravagance', '', None),
    ('部分干部公车私用，节假日驾驶公务用车回老家。', 'extravagance', '', None),
    ('个别单位列支无关费用，报销手续不完备。', 'finance', '', None),
    ('县国土测绘队白条入账4.6万元,大额资金使用未经集体研究', 'finance', '县国土测绘队', None),
    ('一些单位往来款项长期挂账，清理不及时。', 'finance', '', S_CW),
    ('村干部截留挪用低保资金1.2万元。', 'micro_corruption', '', None),
    ('有的村干部在土地征收补偿中优亲厚友,虚报青苗补偿面积', 'micro_corruption', '', None),
    ('村集体资金公开不及时，财务公开栏内容停留在两年前。', 'disclosure', '', None),
    ('一些村党务公开内容简单,只公开会议时间不公开议定事项', 'disclosure', '', None),
    ('老旧小区改造滞后，部分小区管网老化、停车难问题突出。', 'livelihood', '', None),
    ('农村养老服务设施不足,留守老人照料需求难以满足', 'livelihood', '', None),
    ('县政务服务中心部分事项超期办理，群众多次跑腿。', 'bureaucratism', '县政务服务中心', None),
    ('有的干部工作消极懈怠,对交办事项拖着不办', 'bureaucratism', '', None),
    ('民主生活会批评与自我批评辣味不足，以提建议代替批评。', 'political_life', '', None),
    ('个别班子成员对照检查查摆问题不深刻,剖析不到位', 'political_life', '', None),
    ('“三重一大”事项决策程序不规范，部分事项未经集体研究。', 'political_life', '', None),
    ('部分党支部“三会一课”开展次数不足，党员教育管理松散。', 'party_organization', '', S_DJ),
    ('县妇幼保健院党支部换届不及时，支委会长期缺员。', 'party_organization', '县妇幼保健院', None),
    ('党费收缴不规范,部分党员按错误基数交纳党费', 'party_organization', '', None),
    ('对上轮巡察反馈问题整改不到位，部分问题整改进度滞后。', 'rectification', '', S_ZG),
    ('县市政公司对审计反馈问题虚假整改，整改报告与实际不符。', 'rectification', '县市政公司', None),
    ('长效机制建立不健全,同类问题整改后反弹回潮', 'rectification', '', None),
    ('选人用人满意度不高，干部队伍年龄结构老化。', 'personnel', '', None),
    ('县交警大队存在超职数配备副职问题.', 'personnel', '县交警大队', None),
    ('个别干部个人有关事项报告不如实，漏报房产信息。', 'personnel', '', None),
    ('主体责任落实不到位，管党治党宽松软。', 'accountability', '', None),
    ('县烟草公司党组对同级班子成员监督偏软,提醒谈话制度未落实', 'accountability', '县烟草公司', None),
    ('一些领导干部“一岗双责”意识不强，对分管领域党风廉政建设过问少。', 'accountability', '', None),
    ('个别干部违规在企业兼职未经审批，尚未领取报酬。', 'side_jobs', '', None),
    ('部分医务人员在民营诊所兼职取酬,未按规定报备', 'side_jobs', '', None),
    ('有的领导干部收受管理服务对象红包礼金，利用职务便利为他人谋利。', 'corruption', '', None),
    ('县交通局重点岗位廉洁风险突出，工程管理人员长期不轮岗。', 'corruption', '县交通局', None),
    ('部分单位会议多、文件多，以会议落实会议。', 'formalism', '', None),
    ('基层迎检材料多,过度留痕加重基层负担', 'formalism', '', None),
    ('群众反映强烈的拖欠农民工工资问题仍未彻底解决。', 'livelihood', '', None),
    ('信访积案化解进度慢,部分信访件久拖未结', 'livelihood', '', None),
    ('县商务局招投标程序不规范，3个项目未按规定公开招标。', 'finance', '县商务局', None),
    ('村干部在“三资”管理中以权谋私，侵占集体资产收益。', 'micro_corruption', '', None),
    ('村级财务收支情况未按季度公开.', 'disclosure', '', None),
    ('部分单位干部职工学习积极性不高，参学率偏低。', 'study', '', None),
    ('一些单位违规发放年终奖金和节日福利。', 'extravagance', '', None),
    ('县粮食局违规组织干部职工到外省景区旅游,费用由单位负担', 'extravagance', '县粮食局', None),
    ('个别单位对群众信访件答复不及时，敷衍了事。', 'bureaucratism', '', None),
    ('干部选拔任用程序不规范，民主推荐范围不符合规定。', 'personnel', '', None),
]

N = []  # one-label contrasts live in P as well; non-problems are not part of this file



# ---------------------------------------------------------------- build and validate
# The checks, the writer and the counts are shared by every part: corpora/corpus_check.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_check import build, non_problem_record, problem_record  # noqa: E402


if __name__ == "__main__":
    build("part_k", [problem_record(e) for e in P] + [non_problem_record(e) for e in N],
          Path(__file__).resolve().parent, ())

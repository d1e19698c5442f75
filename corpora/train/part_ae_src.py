"""Hand-written labelled sentences, part AE: findings at the borders of the four categories the
model still confuses most on single sentences (finance, bureaucratism, micro_corruption,
accountability) and their neighbours, each labelled with every category it states and no more
(about 1.3 labels a finding, as real writers use).

Finance covers 预算, 往来款, 资产, 招投标, 合同, 票据, 工程结算, 债务 faults without proven personal
gain (personal gain is corruption, money meant for the public taken by its handlers is
micro_corruption, banned spending disguised as another expense is extravagance + finance).
Bureaucratism covers 审批, 窗口, 执法, 监管, 决策, 项目推进, 12345 and 信访办理 (with livelihood
only when a grievance is left unresolved, formalism only when the sentence says it was for show).
Micro_corruption covers 低保, 补贴, 集体三资, 征拆补偿, 吃拿卡要, 优亲厚友 and 保护伞 (with
disclosure where the sentence says the matter was hidden from the public). Accountability covers
主体责任, 一岗双责, 监督责任, 压力传导, 提醒谈话, 对下监督 and 问责 (with the category of whatever
the unit failed to supervise when the sentence states that failure too). The other eleven
categories appear in smaller numbers. About eighty non-findings reuse the same words: matters
fixed, planned, required, denied after checking, counted as cases handled, or quoted as a rule.

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_ae.jsonl next to it and print validation counts.

Problem entries: (text, "cat cat", "unit|unit", section-or-None).
Non-problem entries: (text, section-or-None).
"""
import sys
from collections import Counter
from pathlib import Path

# ---------------------------------------------------------------- headings
S_PROB = "二、存在的主要问题"
S_FIND = "二、巡察发现的主要问题"
S_FIND_H = "二、巡察发现的问题"
S_ZR = "（一）落实全面从严治党主体责任方面"
S_ZR_H = "(一)履行管党治党责任方面"
S_ZF = "（二）作风建设方面"
S_ZF_H = "(二)作风建设方面"
S_LJ = "（三）廉洁纪律方面"
S_CW = "（四）资金资产和工程项目管理方面"
S_CW_H = "(四)财务管理方面"
S_QZ = "（五）群众身边不正之风和腐败问题方面"
S_QZ_H = "(三)群众身边腐败和作风问题"
S_DJ = "（六）基层党组织建设方面"
S_SJ = "二、审计发现的主要问题"
S_SJ_H = "二、审计发现的问题"
S_ZX = "二、专项检查发现的问题"
S_SZ = "三、政治生态方面存在的问题"
S_MS = "（二）民生领域突出问题"
S_ZG = "（七）整改落实方面"
# neutral headings
S_JB = "一、基本情况"
S_CX = "一、主要成效"
S_CX_H = "一、工作成效"
S_ZGQK = "二、整改落实情况"
S_JY = "三、意见建议"
S_JY_H = "三、整改建议"
S_XB = "四、下一步工作打算"
S_YQ = "三、有关要求"
S_TB = "一、典型问题通报"
S_LZ = "二、履职尽责情况"

P = []  # findings: (text, "cats", "units", section)
N = []  # non-findings: (text, section)

# ---------------------------------------------------------------- finance (and its neighbours)
P += [
    ('巡察发现，县水利局2022年在“其他商品和服务支出”科目列支无预算项目支出86.4万元。', 'finance', '县水利局', S_CW),
    ('岳西县城管局预算执行率仅为61%，年底集中突击花钱问题明显。', 'finance', '岳西县城管局', None),
    ('部分单位年度预算编制粗放，追加预算占年初预算的比例超过四成。', 'finance', '', S_SJ),
    ('县住建局往来款长期挂账未清理,其中3年以上的应收款项达1270万元', 'finance', '县住建局', None),
    ('截至巡察时，青峰镇财政所其他应付款中有43笔挂账超过5年，经办人已无法说明来源。', 'finance', '青峰镇', None),
    ('县文广旅局固定资产账实不符，账面登记而实物找不到的设备价值38万元。', 'finance', '县文广旅局', S_CW),
    ('绩溪县第二中学2台校车已报废多年，仍挂在固定资产账上未核销。', 'finance', '绩溪县第二中学', None),
    ('县粮食储备公司对外出租的6处门面未签订书面合同,租金不到市场价的一半,承租人是公司负责人的亲属', 'finance corruption', '县粮食储备公司', S_CW_H),
    ('修水县农业农村局将同一农田水利项目拆分为4个标段，规避公开招标。', 'finance', '修水县农业农村局', None),
    ('县人民医院采购医用耗材未履行政府采购程序，向3家供应商询价后直接购买，金额达217万元。', 'finance', '县人民医院', None),
    ('一些工程项目先施工后补签合同，合同签订日期晚于开工日期达数月之久。', 'finance', '', S_CW),
    ('石牌镇与施工方签订的合同未明确工程款支付节点和违约责任,合同管理粗放', 'finance', '石牌镇', None),
    ('县供销社以收据、白条入账报销费用23笔，金额9.6万元。', 'finance', '县供销社', None),
    ('抽查的凭证中，有的报销单仅附发票而无明细清单，无法判断支出是否真实。', 'finance', '', S_SJ),
    ('连城县交通运输局2个农村公路项目未经竣工决算审计即全额支付工程款。', 'finance', '连城县交通运输局', None),
    ('经抽查，城南片区管网改造工程结算价比合同价高出31%，增加部分没有变更签证。', 'finance', '', None),
    ('审计指出的隐性债务底数不清问题,县城投公司整改不彻底,至今仍有4笔融资未纳入债务台账', 'rectification finance', '县城投公司', S_SJ_H),
    ('松溪县一些村级组织举债修建村部和道路，新增负债340余万元，偿还无着落。', 'finance', '', None),
    ('县卫健局机关和下属卫生院大额现金支付频繁,单笔最高达12万元', 'finance', '县卫健局', None),
    ('会计和出纳由一人兼任，不相容岗位未分离。', 'finance', '', S_CW),
    ('县教体局结余资金未按规定上缴财政,在单位账户中沉淀两年以上', 'finance', '县教体局', None),
    ('县科协将科普项目专项资金18万元挪用于机关办公楼维修。', 'finance', '县科协', None),
    ('县农机中心7个采购项目未经班子集体研究即确定供应商，违反“三重一大”决策制度。', 'finance political_life', '县农机中心', S_CW),
    ('县市政公司将停车场收费收入41万元存放在出纳个人账户,形成账外资金', 'finance', '县市政公司', None),
    ('二是县国资公司设立“小金库”，用于发放职工节日福利。', 'finance extravagance', '县国资公司', None),
    ('汝城县商务局以会议费名义报销公务接待餐费3.2万元。', 'extravagance finance', '汝城县商务局', S_LJ),
    ('县林业局以"劳务费"名义向机关干部发放加班补助6.8万元', 'extravagance finance', '县林业局', None),
    ('县融媒体中心将购买购物卡的支出列入宣传费，发放给职工。', 'extravagance finance', '县融媒体中心', None),
    ('财务审核把关不严，对无审批单、无经办人签字的报销单据照单全收。', 'finance', '', None),
    ('县自然资源局土地出让金征收不及时,欠缴的1.3亿元至今未追缴', 'finance', '县自然资源局', None),
    ('县水务集团资产底数不清，管网、泵站等资产未入账，形成大量账外资产。', 'finance', '县水务集团', S_CW),
    ('招标文件设置排他性条款，限定特定品牌，排斥潜在投标人。', 'finance', '', None),
    ('县城乡建设投资公司在工程招标中由业主单位自行指定评标专家。', 'finance', '县城乡建设投资公司', None),
    ('工程变更签证随意，县文旅集团景区提升工程变更金额占合同价的47%。', 'finance', '县文旅集团', S_SJ),
    ('有的学校食堂维修工程未经招标,直接发包给无资质的个人', 'finance', '', None),
    ('县疾控中心2019年完工的实验室改造工程，未经审计即支付尾款62万元。', 'finance', '县疾控中心', None),
    ('一些乡镇政府性债务化解进度滞后，拖欠工程款引发农民工讨薪上访，其中3起至今未化解。', 'finance livelihood', '', None),
    ('县人社局失业保险基金账实不符,12万元差异未查明原因', 'finance', '县人社局', S_CW_H),
    ('违规出借资金280万元给施工企业,至今未收回', 'finance', '', None),
    ('个别医院与医药企业签订合同后，又以补充协议方式提高采购单价。', 'finance', '', None),
    ('村级财务票据管理混乱，多本收据无编号、无存根。', 'finance', '', S_CW),
    ('万安县园区管委会拨付入驻企业奖补资金830万元未经评审,拨付依据不足', 'finance', '万安县园区管委会', None),
    ('大额资金使用未经班子集体研究，由主要负责人“一支笔”审批。', 'finance political_life', '', None),
    ('县交通建设公司多个项目未公开招标，原总经理借机向承包商索要好处费45万元。', 'finance corruption', '县交通建设公司', S_LJ),
    ('县城投公司违规为民营企业提供担保1.5亿元,形成代偿风险', 'finance', '县城投公司', None),
    ('国有资产处置未经评估,15台公务车辆被低价处置', 'finance', '', None),
    ('城关镇南岭村集体资金坐收坐支,村会计将12万元土地租金存入个人账户长期占用', 'micro_corruption finance', '城关镇南岭村', S_QZ_H),
    ('梅溪乡财政所代管的村级资金中，有5个村的扶贫项目收益未入账，去向不明。', 'micro_corruption finance', '梅溪乡', None),
    ('县财政局党组对下属单位违规列支问题疏于监管，主体责任落实不到位。', 'accountability finance', '县财政局', S_ZR),
    ('上轮巡察指出的往来款长期挂账问题，县农业农村局仍有620万元未清理。', 'rectification finance', '县农业农村局', None),
    ('县发展和改革局下达的2200万元专项债券资金拨付后无人督促使用,闲置超过一年', 'finance bureaucratism', '县发展和改革局', None),
    ('采购的应急物资未经验收即入库，部分物资规格与合同约定不符。', 'finance', '', None),
    ('镇卫生院诊疗收入未全部入账，部分收费由收费员以现金方式自行保管。', 'finance', '', None),
    ('经审计,县农村公路建设项目工程量清单计价错误,多计工程价款87万元', 'finance', '', S_SJ_H),
    ('县扶贫开发公司应收账款中有1100万元已无法追回，未按规定进行核销处理。', 'finance', '县扶贫开发公司', None),
    ('有的单位政府采购合同不按规定备案，验收单由供应商代填。', 'finance', '', None),
]

# ---------------------------------------------------------------- bureaucratism (and its neighbours)
P += [
    ('龙里县行政审批局对企业投资项目备案超期办理，最长的拖延了47个工作日。', 'bureaucratism', '龙里县行政审批局', S_ZF),
    ('县政务服务中心不动产登记窗口以材料不齐为由多次退件,群众反映强烈', 'bureaucratism', '县政务服务中心', None),
    ('办事群众反映，社保窗口个别工作人员上班时间玩手机、态度生硬。', 'bureaucratism', '', None),
    ('崇仁县市场监管局在食品安全监管中以罚代管，对同一餐饮店三次罚款后均未跟踪整改。', 'bureaucratism', '崇仁县市场监管局', None),
    ('县生态环境局对群众举报的砂石厂扬尘问题未到现场核查，即回复“已处理”。', 'bureaucratism', '县生态环境局', S_ZF),
    ('县城管执法大队执法程序不规范,部分案件无现场勘验笔录即作出处罚决定', 'bureaucratism', '县城管执法大队', None),
    ('县公安局交警大队部分民警执法随意，对同类交通违法行为处罚标准不一。', 'bureaucratism', '县公安局', None),
    ('城西街道对辖区违法建设长期视而不见，违建存量不降反增。', 'bureaucratism', '城西街道', None),
    ('县商务局未开展可行性论证即决定投资600万元建设电商产业园，建成后长期闲置。', 'bureaucratism finance', '县商务局', S_FIND),
    ('重大项目推进缓慢，县重点项目办牵头的12个项目中有7个未按期开工。', 'bureaucratism', '县重点项目办', None),
    ('一些职能部门对12345热线转办工单简单回复、一退了之，群众不满意率居高不下。', 'bureaucratism', '', None),
    ('湄潭县住建局对12345热线反映的物业纠纷,连续5次以"不属本单位职责"为由退回', 'bureaucratism', '湄潭县住建局', None),
    ('广昌县人社局对转办的19件信访事项超期未办结，有的拖了半年才答复。', 'bureaucratism', '广昌县人社局', S_ZF),
    ('群众反映的小区停车难问题，县住建局和县城管局相互推诿，两年多仍未解决。', 'livelihood bureaucratism', '县住建局|县城管局', None),
    ('某安置小区办证问题涉及自然资源、住建、税务等部门,各部门相互推诿,400余户群众至今未拿到不动产权证', 'livelihood bureaucratism', '', None),
    ('县教育局对校外培训机构监管缺位,无证办学机构长期存在', 'bureaucratism', '县教育局', None),
    ('县农业农村局对农资市场监管不力，假劣化肥坑农事件发生后才组织检查。', 'bureaucratism', '县农业农村局', None),
    ('班子成员怕担责，对涉及历史遗留问题的事项层层上报、久拖不决。', 'bureaucratism', '', S_ZF),
    ('甘于平庸、不思进取，一些单位近三年重点工作目标考核均排名末位。', 'bureaucratism', '', None),
    ('个别干部工作日中午饮酒，下午无故脱岗。', 'bureaucratism', '', None),
    ('县司法局2名工作人员长期迟到早退,考勤记录由他人代签', 'bureaucratism', '县司法局', None),
    ('对化工企业重大安全隐患未督促整改到位，最终发生一起闪爆事故。', 'bureaucratism', '', None),
    ('县文旅局对景区安全生产检查只看台账、不看现场，检查走过场。', 'bureaucratism formalism', '县文旅局', S_ZF),
    ('县交通局农村公路养护只重考核材料,养护实际未落实,部分路段坑洼长期无人修补', 'formalism bureaucratism', '县交通局', None),
    ('县水利局对河道非法采砂巡查不力,群众多次举报后仍未制止', 'bureaucratism', '县水利局', None),
    ('“放管服”改革承接事项中，有11项在镇便民服务中心实际无法办理。', 'bureaucratism', '', None),
    ('县住房公积金管理中心提取审核随意增设条件,群众办一次业务平均跑3趟以上', 'bureaucratism', '县住房公积金管理中心', S_ZF_H),
    ('县公安局城关派出所民警违规向当事人透露案件办理信息。', 'bureaucratism', '县公安局', None),
    ('决策随意性大，县城管局未经调研论证即调整主城区停车收费标准。', 'bureaucratism', '县城管局', None),
    ('网上信访件平均受理时间超过规定时限,群众诉求回应不及时', 'bureaucratism', '', None),
    ('县卫健委对基层医疗机构的监督检查流于形式，全年检查均“未发现问题”。', 'bureaucratism formalism', '县卫健委', None),
    ('部分干部作风漂浮、不深入基层，县乡村振兴局机关全年下乡调研记录仅有3次。', 'bureaucratism', '县乡村振兴局', S_FIND),
    ('县行政审批局对企业开办作出的“容缺受理”承诺没有兑现，企业仍须补齐全部材料才予受理。', 'bureaucratism', '县行政审批局', None),
    ('有的部门承担的技改项目资金到位后半年未启动,存在"等靠要"思想', 'bureaucratism', '', None),
    ('农民工欠薪投诉被县人社局推给行业主管部门，行业主管部门又推回，32名农民工工资至今未讨回。', 'livelihood bureaucratism', '县人社局', S_MS),
    ('疫情防控期间，县卫健委1名工作人员擅离值守，导致隔离人员信息漏报，被追责问责。', 'bureaucratism', '县卫健委', None),
    ('县市场监管局2名执法人员因特种设备监管失职被给予政务处分', 'bureaucratism', '县市场监管局', None),
    ('在高标准农田建设中，对施工单位偷工减料问题监管不力。', 'bureaucratism', '', None),
    ('桐梓县城投公司承建的安置房原定2022年交付,至今仍未完工,被征迁群众反映强烈', 'bureaucratism livelihood', '桐梓县城投公司', None),
    ('个别镇村干部对办事群众要求“先找熟人”，门难进、脸难看、事难办。', 'bureaucratism', '', S_ZF),
    ('县林业局审批林木采伐许可层层设卡，材料齐全的申请也要等待两个月以上。', 'bureaucratism', '县林业局', None),
    ('县不动产登记中心对历史遗留办证难题不研究、不推动,积压案件达260件', 'bureaucratism', '县不动产登记中心', None),
    ('县水务局对城区内涝点位治理推进迟缓，5处积水点连续3年汛期被淹。', 'bureaucratism livelihood', '县水务局', None),
    ('本位主义严重，部门之间数据共享推进不力，群众仍需重复提交材料。', 'bureaucratism', '', None),
    ('县应急管理局党组对干部不作为问题管得不严，主体责任落实不到位。', 'accountability bureaucratism', '县应急管理局', S_ZR),
    ('凤台县人民法院执行局对进入执行程序的案件长期未采取执行措施,申请人为此信访3年仍未解决', 'bureaucratism livelihood', '凤台县人民法院', None),
    ('黄坪镇综治中心对一起宅基地纠纷排查化解不力，当事人反复上访已有8年。', 'bureaucratism livelihood', '黄坪镇', None),
    ('县住建局施工许可审批环节多、时限长，实际办理时间是承诺时限的2倍。', 'bureaucratism', '县住建局', None),
    ('县经开区管委会承担的标准厂房建设任务完成率仅40%,推进迟缓', 'bureaucratism', '县经开区管委会', S_FIND_H),
    ('干部遇到难题绕着走，县国土整治中心复垦项目因征地矛盾停工一年无人协调。', 'bureaucratism', '县国土整治中心', None),
    ('三是执法不公，对关系企业的环境违法行为只作口头警告，对小作坊则从重处罚。', 'bureaucratism', '', None),
    ('县医疗保障局经办窗口办理异地就医备案，要求群众提供与业务无关的证明材料。', 'bureaucratism', '县医疗保障局', None),
    ('有的干部工作时间在办公室炒股、网购，群众来办事时找不到人。', 'bureaucratism', '', None),
    ('县乡村振兴局对衔接资金项目收益分配疏于监管,有的村将收益用于支付村干部报酬', 'bureaucratism micro_corruption', '县乡村振兴局', None),
    ('县教体局对学校周边“三无”食品摊点监管缺位，家长多次向12345投诉未果。', 'bureaucratism', '县教体局', None),
]

# ---------------------------------------------------------------- micro_corruption (and its neighbours)
P += [
    ('巡察发现，龙溪镇桃坪村党支部书记将3名不符合条件的亲属纳入低保。', 'micro_corruption', '龙溪镇桃坪村', S_QZ),
    ('低保动态管理不到位,17名已死亡人员仍在领取低保金,累计多发4.2万元', 'micro_corruption', '', None),
    ('彭泽县民政局低保审核把关不严,有车有房的46户家庭仍享受低保', 'micro_corruption', '彭泽县民政局', None),
    ('大坪乡4个村的村干部虚报耕地面积，套取耕地地力保护补贴7.8万元。', 'micro_corruption', '大坪乡', None),
    ('个别村组干部克扣群众退耕还林补助,每户截留50元至200元不等', 'micro_corruption', '', S_QZ_H),
    ('危房改造补助发放中，有的村将补助资金发给了不符合条件的农户。', 'micro_corruption', '', None),
    ('县农业农村局审核农机购置补贴把关不严，个别经销商与农户串通骗取补贴11.6万元。', 'micro_corruption', '县农业农村局', None),
    ('城关镇东门社区工作人员冒用居民身份信息申领高龄津贴。', 'micro_corruption', '城关镇东门社区', None),
    ('集体“三资”管理混乱，石桥镇12个村的山林、鱼塘被私人长期无偿占用。', 'micro_corruption', '石桥镇', S_QZ),
    ('北山村将集体林地以每亩每年5元的价格发包给村主任的亲戚,租期长达50年', 'micro_corruption', '北山村', None),
    ('村集体经营性收入被村干部私自收取后用于个人开支。', 'micro_corruption', '', None),
    ('征地拆迁中，某村村委会主任为其亲属虚增房屋面积，多领补偿款23万元。', 'micro_corruption', '', None),
    ('清溪街道在棚户区改造征收中，将工作人员亲属的违建房屋按合法建筑予以补偿。', 'micro_corruption', '清溪街道', None),
    ('县房屋征收服务中心评估中优亲厚友,同一地段房屋补偿标准相差近一倍', 'micro_corruption', '县房屋征收服务中心', None),
    ('群众反映，办理户口迁移需要给经办人送烟送酒才能“快办”。', 'micro_corruption', '', S_QZ),
    ('个别执法人员在检查中向商户索要购物卡。', 'micro_corruption', '', None),
    ('燃气管理站工作人员在安全检查中强制商户购买指定厂家的报警器', 'micro_corruption', '', None),
    ('个别村干部在宅基地审批中收取“好处费”，每户500元至2000元不等。', 'micro_corruption', '', None),
    ('上轮巡察指出的低保优亲厚友问题整改不彻底，换届后新任村干部的近亲属享受低保的又有11户。', 'rectification micro_corruption', '', S_ZG),
    ('巡察发现，县交通局个别干部为非法营运的“黑车”团伙通风报信，充当“保护伞”。', 'micro_corruption', '县交通局', S_QZ),
    ('原县水利局个别干部与涉恶团伙勾连,为其非法采砂提供庇护', 'micro_corruption', '原县水利局', None),
    ('扫黑除恶专项斗争中，有的村干部被查实为村霸提供保护。', 'micro_corruption', '', None),
    ('县教育局向42名已毕业学生继续发放助学金，教育资助资金发放不精准。', 'micro_corruption', '县教育局', None),
    ('盐津县残联在残疾人两项补贴发放中,向不符合条件的8人发放补贴3.1万元', 'micro_corruption', '盐津县残联', S_QZ_H),
    ('青龙乡敬老院工作人员克扣特困供养人员伙食费。', 'micro_corruption', '青龙乡', None),
    ('有的村干部以“办事费”名义向申请救助的困难群众收取费用。', 'micro_corruption', '', None),
    ('临时救助审批随意,同一户家庭一年内重复领取临时救助6次', 'micro_corruption', '', None),
    ('河口镇新民村会计挪用村集体资金8.5万元偿还个人债务，直至巡察进驻后才归还。', 'micro_corruption', '河口镇新民村', None),
    ('村级小型工程由村干部亲属承包,既未经村民代表大会讨论,也未向村民公开', 'micro_corruption disclosure', '', None),
    ('长岭村低保评定结果未张榜公示，村民不知道谁享受了低保，其中2户为村干部亲属。', 'micro_corruption disclosure', '长岭村', S_QZ),
    ('村集体土地流转收益分配情况不公开,村干部暗中截留流转费6万余元', 'disclosure micro_corruption', '', None),
    ('太平镇7个村的惠民补贴发放名单只在村委会内部传阅、未向群众公示，部分补贴被冒领。', 'disclosure micro_corruption', '太平镇', None),
    ('村干部用村集体资金吃喝，2022年村账中列支招待费5.7万元。', 'extravagance micro_corruption', '', None),
    ('城南街道双桥社区“两委”成员从服务群众专项经费中给自己发放补贴。', 'micro_corruption extravagance', '城南街道双桥社区', None),
    ('村干部从扶贫项目收益分红资金中给自己发放误工补贴2.4万元', 'micro_corruption extravagance', '', None),
    ('镇农业服务中心主任收受种粮大户贿赂，帮助其虚报种植面积多领补贴。', 'micro_corruption corruption', '', S_LJ),
    ('黄龙镇党委对村级“三资”监管失职失责，村干部侵占集体资金问题接连发生。', 'accountability micro_corruption', '黄龙镇', None),
    ('有的村干部私自将集体机动地出租,租金没有进入村集体账户', 'micro_corruption', '', None),
    ('白马镇拆迁安置房分配未按抽签顺序，有3套被镇干部亲属优先选走。', 'micro_corruption', '白马镇', None),
    ('县城管局协管员在清理占道经营时向摊贩收取“管理费”。', 'micro_corruption', '县城管局', None),
    ('学校食堂承包人以次充好,后勤人员收受其好处后不予追究', 'micro_corruption', '', None),
    ('定点药店与乡镇卫生院医务人员串通，虚开处方骗取医保基金9.3万元。', 'micro_corruption', '', S_QZ),
    ('村干部以自家名义虚报养殖规模，骗取产业奖补资金。', 'micro_corruption', '', None),
    ('有的村干部将本应为困难群众代缴的城乡居民养老保险费截留。', 'micro_corruption', '', None),
    ('双河镇水利站将农村饮水工程维修资金挪用于办公经费', 'micro_corruption', '双河镇', None),
    ('公益性岗位安置时优先安排经办人员亲属，部分人员只领钱不上岗。', 'micro_corruption', '', None),
    ('集体经济组织成员身份确认不公,外嫁女的分红权益被剥夺,群众为此上访两年未果', 'micro_corruption livelihood', '', S_QZ_H),
    ('个别村干部将易地搬迁户的旧宅基地复垦补助据为己有。', 'micro_corruption', '', None),
    ('凉水井村监委会主任发放受灾救济粮时给自家和亲戚多分12袋', 'micro_corruption', '凉水井村', None),
    ('县教体局党组对下属学校监督不力，3所学校违规收取资料费未被发现。', 'accountability micro_corruption', '县教体局', S_ZR),
    ('医保基金监管存在漏洞，县医疗保障局对2家民营医院挂床住院骗保问题未及时发现。', 'micro_corruption bureaucratism', '县医疗保障局', None),
    ('古城镇个别干部在土地征收中为开发商代言，压低群众补偿标准。', 'micro_corruption', '古城镇', None),
    ('县扶贫开发公司管理的光伏电站收益未按约定分配到村，被挪作公司运营费用。', 'micro_corruption', '县扶贫开发公司', None),
    ('村干部代领代管群众的惠农“一卡通”,部分存折长期由村会计保管', 'micro_corruption', '', None),
    ('九龙村党支部书记插手村级道路项目，强行要求施工方使用其亲属的砂石料并从中获利。', 'corruption', '九龙村', None),
]

# ---------------------------------------------------------------- accountability (and its neighbours)
P += [
    ('县委宣传部落实全面从严治党主体责任不到位，全年未专题研究党风廉政建设工作，意识形态工作责任制也没有分解到各科室。', 'accountability study', '县委宣传部', S_ZR),
    ('党组书记履行第一责任人职责不到位，对班子成员廉洁情况过问少、提醒少。', 'accountability', '', None),
    ('班子成员“一岗双责”意识淡薄，分管领域出了问题只抓业务不抓党风廉政。', 'accountability', '', None),
    ('县统计局班子成员全年未到分管科室开展廉政谈话,一岗双责落实不到位', 'accountability', '县统计局', S_ZR_H),
    ('派驻纪检监察组监督偏松偏软，对驻在单位的违规问题发现少、处置少。', 'accountability', '', None),
    ('派驻纪检组长分管业务工作，聚焦主责主业不够，监督责任弱化。', 'accountability', '', None),
    ('压力传导层层递减，县林业局党组部署的廉政风险排查在基层站所没有开展。', 'accountability', '县林业局', None),
    ('全面从严治党压力传导不到位,部分股室负责人认为党风廉政建设与己无关', 'accountability', '', None),
    ('县医疗保障局党组对反映干部苗头性问题的2件线索未开展提醒谈话。', 'accountability', '县医疗保障局', S_ZR),
    ('遂川县交通运输局党组对下属单位监督缺失，所属3个二级单位3年未接受过专项检查。', 'accountability', '遂川县交通运输局', None),
    ('对所属国有企业监管失之于宽，县国资委对企业负责人的违规问题失察。', 'accountability', '县国资委', None),
    ('2022年，县人社局主要负责人因落实主体责任不力被诫勉谈话。', 'accountability', '县人社局', None),
    ('因管党治党责任缺失,银杏镇党委书记被通报问责', 'accountability', '银杏镇', None),
    ('县城管局党组对政治生态的分析研判流于形式，没有查找出本单位的廉政风险点。', 'accountability formalism', '县城管局', S_SZ),
    ('全面从严治党主体责任清单照搬照抄上级文件，与本单位实际脱节。', 'accountability formalism', '', None),
    ('党风廉政建设责任书签订后"一签了之",缺乏跟踪考核', 'accountability formalism', '', None),
    ('管党治党宽松软问题依然存在，对干部违纪违规问题处理偏轻。', 'accountability', '', S_ZR),
    ('道真县水务局党组对干部“八小时以外”监督管理缺失，1名干部长期参与赌博未被发现。', 'accountability', '道真县水务局', None),
    ('党组会议研究党建和党风廉政建设议题偏少,全年仅有1次', 'accountability', '', None),
    ('述责述廉报告内容空泛，对履行“一岗双责”情况避重就轻。', 'accountability', '', None),
    ('派驻纪检组对驻在部门“三重一大”事项监督不到位，从未列席党组会议。', 'accountability', '', None),
    ('县商务局党组落实整改主体责任不力,上轮巡察反馈的9个问题中有4个未整改到位', 'accountability rectification', '县商务局', S_ZG),
    ('党组对巡察整改主体责任认识不足，整改工作由办公室“一手包办”，班子成员未认领整改任务。', 'accountability rectification', '', None),
    ('县机关事务中心党组履行主体责任不到位,对公车私用问题屡查屡犯失管失察', 'accountability extravagance', '县机关事务中心', None),
    ('党组未将党风廉政建设纳入年度考核，考核指标全是业务工作。', 'accountability', '', None),
    ('主要负责人对党风廉政建设重部署轻落实，全年仅在年初会议上讲过一次。', 'accountability', '', None),
    ('班子成员在民主生活会上对落实主体责任方面的问题查摆不深刻，批评意见避重就轻。', 'political_life', '', S_SZ),
    ('县发展和改革局党组落实主体责任不力，班子成员之间的谈心谈话走过场。', 'accountability political_life formalism', '县发展和改革局', None),
    ('党组书记对班子成员的监督流于形式,"一把手"和同级监督"软"的问题突出', 'accountability formalism', '', None),
    ('县公安局党委对民警违纪问题失管失察，全年发生违纪违法案件5起。', 'accountability', '县公安局', None),
    ('乡镇党委落实基层党建主体责任不到位，对村党组织“三会一课”开展情况从不检查。', 'accountability party_organization', '', S_DJ),
    ('县科技局机关党委对支部建设指导不力,有2个支部连续半年未召开支委会', 'party_organization accountability', '县科技局', None),
    ('党建工作与业务工作“两张皮”，党组书记抓党建第一责任人职责落实不到位。', 'accountability party_organization', '', None),
    ('镇党委对村（社区）干部日常监督管理缺位，2名村干部虚报冒领危房改造补助的问题持续3年未被察觉。', 'accountability micro_corruption', '', None),
    ('县城乡建设局党组对工程建设领域廉政风险防控不力,对重点岗位干部缺乏有效监督', 'accountability', '县城乡建设局', S_ZR_H),
    ('宜黄县人民医院党委落实全面从严治党责任不力，院领导班子中先后有2人因收受医药代表回扣受到处分。', 'accountability corruption', '宜黄县人民医院', None),
    ('县民宗局党组书记因落实党风廉政建设主体责任不力,被给予诫勉处理', 'accountability', '县民宗局', None),
    ('问责“一把手”力度不够，近三年因履行全面从严治党责任不力被问责的仅1人。', 'accountability', '', S_SZ),
    ('对本单位政治生态缺乏分析研判，未建立政治生态分析制度。', 'accountability', '', None),
    ('县总工会党组对机关干部日常监督宽松软,1名干部用工会经费购买私人用品,靠外部举报才发现', 'accountability extravagance', '县总工会', None),
    ('纪检委员作用发挥不明显,多数支部的纪检委员说不清自己的职责', 'accountability', '', None),
    ('县气象局党组对干部选拔把关不严，1名处分影响期未满的干部被提拔使用，主体责任落实不力。', 'personnel accountability', '县气象局', None),
    ('部分镇党委书记认为抓经济是硬任务、抓党风廉政是软任务，主体责任意识不强。', 'accountability', '', S_ZR),
    ('对巡察移交的违规问题,县交通局党组仅作内部通报处理,责任追究不到位', 'accountability', '县交通局', None),
    ('近两年未对干部开展过一次批评教育和函询，监督执纪“第一种形态”运用不充分。', 'accountability', '', None),
    ('班子成员落实"一岗双责"存在温差,分管领导对科室负责人的廉政提醒次数为零', 'accountability', '', None),
    ('县农业农村局党组对下属执法大队监督缺位，执法大队私设账户收取罚没款19万元。', 'accountability finance', '县农业农村局', None),
    ('党风廉政建设责任制考核结果运用不够，考核排名靠后的单位没有受到任何处理。', 'accountability', '', None),
    ('县粮食和物资储备局党组对粮库人员监守自盗问题失察,主体责任落实不到位', 'accountability corruption', '县粮食和物资储备局', S_ZR_H),
    ('乡镇纪委对村干部违规问题发现能力弱，近三年自办案件为零。', 'accountability', '', None),
    ('“两个责任”贯通协同不够，党组与派驻纪检组之间缺乏会商机制。', 'accountability', '', None),
    ('石门县市场监管局党组未建立班子成员廉政档案,对干部苗头性问题底数不清', 'accountability', '石门县市场监管局', None),
    ('县融媒体中心党支部对上级部署的廉政教育任务只转发不落实，压力没有传导到一线采编人员。', 'accountability', '县融媒体中心', None),
    ('2023年，县城管局、县水务局主要负责人因辖区发生违纪案件、落实主体责任不力被约谈。', 'accountability', '县城管局|县水务局', None),
    ('县林草局党组落实管党治党责任停留在开会发文上，全年印发党风廉政文件11份，从未开展检查。', 'accountability formalism', '县林草局', S_ZR),
    ('新城街道党工委对社区书记的廉洁提醒不经常,对社区财务支出不审核,致使1名社区书记挪用居民高龄补贴4万余元', 'accountability micro_corruption', '新城街道', None),
    ('镇党委书记对班子成员履行“一岗双责”情况从不过问，班子成员分管领域廉政风险无人把关。', 'accountability', '', None),
]

# ---------------------------------------------------------------- the other eleven categories (borders with the four)
P += [
    ('凤冈县档案局党组理论学习中心组2022年仅开展集体学习4次，未达到规定次数。', 'study', '凤冈县档案局', S_FIND),
    ('抽查10名中层干部，有6人对新修订的纪律处分条例应知应会内容答不上来。', 'study', '', None),
    ('意识形态工作责任制落实不到位,单位微信公众号发布内容无人审核把关', 'study', '', None),
    ('政和县供销社学用脱节，学习笔记记了厚厚几本，推动业务的举措却没有。', 'study', '政和县供销社', None),
    ('近三年，武宁县卫健委提拔的11名科级干部中有4人未经民主推荐。', 'personnel', '武宁县卫健委', S_FIND),
    ('干部档案管理不规范,3名干部出生日期前后记载不一致未予认定', 'personnel', '', None),
    ('个人有关事项报告不如实，1名班子成员漏报配偶经商情况。', 'personnel', '', None),
    ('余庆县城投集团中层岗位超职数配备5人，部分岗位因人设岗。', 'personnel', '余庆县城投集团', None),
    ('县医院2名中层干部在医药公司兼职并领取报酬。', 'side_jobs', '县医院', S_LJ),
    ('个别公职人员违规入股村民合作社,每年领取分红', 'side_jobs', '', None),
    ('永善县自然资源局1名干部以其妻子名义开办测绘公司，承接本系统业务。', 'side_jobs corruption', '永善县自然资源局', None),
    ('领导干部退休后未经批准在行业协会担任会长并领取报酬。', 'side_jobs', '', None),
    ('峡江县水口镇4个村党支部连续两个季度未召开支部党员大会。', 'party_organization', '峡江县水口镇', S_DJ),
    ('党费收缴不及时,县城管局机关支部有党员连续8个月未交党费', 'party_organization', '县城管局', None),
    ('上轮巡察反馈的违规发放津补贴问题，都昌县教体局只退回了一半款项便报告已整改。', 'rectification extravagance', '都昌县教体局', S_ZG),
    ('整改报告中列为“已完成”的8项任务，实地核查有3项没有动。', 'rectification', '', None),
    ('审计指出的工程超付问题，县住建局整改仅停留在补写说明材料上。', 'rectification formalism finance', '县住建局', None),
    ('长效机制建立滞后，违规吃喝问题整改后又有反弹。', 'rectification extravagance', '', None),
    ('德安县林泉乡党务、政务公开栏内容一年未更新。', 'disclosure', '德安县林泉乡', None),
    ('村级财务公开只公开收支总数,不公开明细,群众看不明白', 'disclosure', '', None),
    ('老旧小区改造进展缓慢，独山县城区仍有37个小区雨污不分、管网老化。', 'livelihood', '', S_MS),
    ('城东片区群众反映的学位紧张问题多年未得到缓解,就近入学难问题突出', 'livelihood', '', None),
    ('县交通运输局原局长在道路建设项目中收受承包商贿赂共计96万元。', 'corruption', '县交通运输局', S_LJ),
    ('县供水公司原总经理将公司管网维修业务长期交由其妹夫的公司承接', 'corruption', '县供水公司', None),
    ('三都县国资公司财务负责人利用职务便利侵吞公司资金37万元。', 'corruption', '三都县国资公司', None),
    ('招投标、工程结算等重点岗位干部长期不交流，廉洁风险突出。', 'corruption', '', None),
    ('瓮安县税务局个别干部将宴请亲友的餐费拿到单位报销,金额1.6万元', 'extravagance', '瓮安县税务局', None),
    ('节日期间，个别干部收受管理服务对象赠送的购物卡。', 'extravagance', '', None),
    ('"三重一大"事项未经集体研究,党组书记个人说了算', 'political_life', '', None),
    ('组织生活会批评与自我批评以提希望、建议代替批评，辣味不足。', 'political_life', '', None),
    ('调研报告照抄照搬网上材料，调研成果没有转化运用。', 'formalism', '', None),
    ('基层反映各类督查检查考核多、填报表格多，一个村一年要迎检40余次。', 'formalism', '', None),
]

# ---------------------------------------------------------------- very short and very long findings
P += [
    ('白条抵库，账实不符。', 'finance', '', None),
    ('压力传导层层递减。', 'accountability', '', S_ZR),
    ('窗口服务推诿扯皮', 'bureaucratism', '', None),
    ('惠农补贴发放优亲厚友,群众意见大', 'micro_corruption', '', None),
    ('四是为民服务意识淡薄，群众反映的老旧小区加装电梯、燃气管道改造等诉求，县住建局、县城管局和街道之间相互推诿，有的诉求在12345平台流转7次仍未办结，群众多次到县信访局上访，意见很大。', 'livelihood bureaucratism', '县住建局|县城管局', S_MS),
    ('审计抽查发现，2021年至2023年县城市建设发展集团承建的13个市政项目中，有9个项目存在未批先建、先施工后签合同、工程签证无监理签字等问题，累计超概算4870万元，结算资料缺失严重。', 'finance', '县城市建设发展集团', S_SJ),
    ('巡察组走访群众发现,峡山镇柳林村在2022年高标准农田建设征占地补偿中,村主任将本人及3名亲属的承包地面积多报21亩,多领补偿款4.3万元,而部分外出务工农户的补偿款至今未发放到位', 'micro_corruption', '峡山镇柳林村', None),
    ('从政治生态评价情况看，县卫生健康局党委全面从严治党主体责任层层递减，党委书记对班子成员和下属医疗机构负责人的廉政提醒、约谈全年为零，班子成员“一岗双责”停留在口头，下属卫生院接连发生违纪问题。', 'accountability', '县卫生健康局', S_SZ),
    ('县司法局社区矫正中心对矫正对象脱管漏管问题失察,2名矫正对象外出半年无人知晓', 'bureaucratism', '县司法局', None),
]

# ---------------------------------------------------------------- non-findings in the same words
N += [
    # fixed
    ('县住建局已对长期挂账的往来款逐笔核对，清理销号金额1030万元。', S_ZGQK),
    ('针对白条入账问题，县供销社已补齐合规票据并对经办人进行批评教育', S_ZGQK),
    ('宁陵县教体局已将结余资金486万元全额上缴县财政。', S_ZGQK),
    ('县人民医院已将医用耗材采购纳入县政府采购平台统一实施,整改到位', S_ZGQK),
    ('截至目前，县城投公司已建立隐性债务台账，逐笔明确化解责任人和化解时限。', None),
    ('县文广旅局开展资产清查，盘亏设备38万元已按程序报批核销。', S_ZGQK),
    ('龙溪镇已将3户不符合条件的低保对象清退，追回低保金2.6万元。', S_ZGQK),
    ('大坪乡追回被套取的耕地地力保护补贴7.8万元,并全额退还农户', None),
    ('县民政局对全县低保对象开展了一次全面复核，清退不符合条件的低保户312户。', S_ZGQK),
    ('石桥镇已收回被长期无偿占用的集体山林和鱼塘，重新公开发包。', S_ZGQK),
    ('县行政审批局已将企业投资项目备案时限压缩至1个工作日内', S_ZGQK),
    ('不动产登记窗口推行“一次性告知”，退件率较去年同期下降62%。', S_CX),
    ('县公安局对交警大队执法随意问题开展专项整改，统一了处罚裁量基准。', S_ZGQK),
    ('县人社局已协调拖欠工资的企业补发32名农民工工资78万元,投诉全部办结', S_ZGQK),
    ('群众反映的停车难问题，县城管局已新建公共停车位860个，问题基本解决。', S_ZGQK),
    ('县商务局党组召开专题会议，对上轮巡察反馈的9个问题重新制定整改措施。', S_ZGQK),
    ('县医疗保障局党组已对2件反映干部苗头性问题的线索全部开展提醒谈话', S_ZGQK),
    ('县交通运输局党组制定二级单位监督检查办法，今年已完成3个二级单位的专项检查。', S_ZGQK),
    ('县农业农村局对执法大队私设账户收取的罚没款已全额上缴国库。', S_ZGQK),
    ('长岭村已将低保评定结果在村务公开栏和微信群同步公示', S_ZGQK),
    # planned / recommended
    ('建议县财政局加强预算执行监控，对执行进度滞后的项目资金及时收回统筹使用。', S_JY),
    ('要严格执行政府采购制度，严禁化整为零、规避公开招标。', S_JY),
    ('下一步将对全县国有企业对外担保情况开展专项清理,防范代偿风险', S_XB),
    ('建立工程变更分级审批制度，重大变更须经班子集体研究。', S_JY_H),
    ('严格落实“未经审计不得结算”的要求，从源头防止超付工程款。', S_JY),
    ('持续开展12345热线工单“回头看”，对简单回复、一退了之的单位进行通报。', S_XB),
    ('要切实解决推诿扯皮问题，对群众反映的跨部门诉求明确首办责任单位。', S_JY),
    ('建议县市场监管局改进执法方式,杜绝以罚代管', S_JY_H),
    ('将对窗口工作人员服务态度开展明察暗访，结果纳入年度考核。', S_XB),
    ('重大决策事项要充分开展调研论证和风险评估，防止拍脑袋决策。', S_JY),
    ('深入开展群众身边不正之风和腐败问题集中整治，重点查处惠民惠农资金领域的优亲厚友、虚报冒领问题。', S_XB),
    ('建议各镇街对村级“三资”开展全面清查,建立资产台账', S_JY_H),
    ('下一步，县民政局将低保动态管理与公安、医保数据比对常态化。', S_XB),
    ('严厉打击涉黑涉恶“保护伞”，坚持有黑必扫、有恶必除、有伞必打。', S_XB),
    ('压紧压实全面从严治党主体责任，推动责任层层传导到基层末梢。', S_XB),
    ('建议县卫健委党组建立班子成员“一岗双责”履职纪实制度', S_JY_H),
    ('要用好提醒谈话、函询诫勉等手段，抓早抓小、防微杜渐。', S_JY),
    ('党组书记要带头履行第一责任人职责，对班子成员常提醒、常督促。', S_JY),
    ('派驻纪检监察组要聚焦监督第一职责，强化对驻在单位“关键少数”的日常监督。', S_JY),
    ('今年计划对下属二级单位开展廉政风险专项检查2轮,实现全覆盖', S_XB),
    # required / rules quoted
    ('严禁以会议费、培训费等名义列支公务接待费用。', S_YQ),
    ('单位不得设立账外账，严禁私设“小金库”。', None),
    ('根据规定,单笔5000元以上的支出原则上应通过公务卡或转账结算,不得使用现金', None),
    ('村集体资金实行“村财镇管”，村级不得坐收坐支。', None),
    ('低保、特困供养等救助对象的审核审批必须严格执行“三榜公示”。', S_YQ),
    ('对群众反映强烈的吃拿卡要问题，发现一起、查处一起，决不姑息。', S_YQ),
    ('信访事项应自受理之日起60日内办结，情况复杂的可适当延长。', None),
    ('按照有关规定，党组每年至少专题研究2次全面从严治党工作。', None),
    ('各单位班子成员每半年要向党组报告一次履行“一岗双责”情况', None),
    ('对落实主体责任不力、造成严重后果的，依规依纪严肃问责。', S_YQ),
    ('政府投资项目必须先审计后结算，未经审计一律不得支付尾款。', None),
    ('征地补偿款必须足额、及时直接发放到被征地农户手中，任何组织和个人不得截留。', S_YQ),
    # denied after checking
    ('经核查，未发现县水利局存在违规列支无预算项目支出问题。', None),
    ('对群众反映的某村低保优亲厚友问题，经调查核实，反映问题不属实。', None),
    ('经逐笔核对,县交通运输局农村公路项目工程款支付均已履行审计程序,未发现超付问题', None),
    ('专项检查中未发现县城管局执法人员收受摊贩财物的情况。', S_ZX),
    ('经查阅党组会议记录，县司法局党组全年研究党风廉政建设工作4次，符合规定要求。', None),
    ('此次抽查的12个村均未发现集体资金坐收坐支问题', None),
    ('经核实，该镇干部亲属不存在违规享受拆迁安置优惠的情形。', None),
    # counted as cases handled, not framed as a problem
    ('全年共查处群众身边不正之风和腐败问题46起，处理56人。', S_CX),
    ('2023年，全县因履行主体责任不力问责党组织3个、党员领导干部11人。', S_CX),
    ('开展工程建设领域专项治理,排查问题线索27条,立案9件', S_CX_H),
    ('今年以来，县纪委监委共查处不作为、慢作为问题21起，给予党纪政务处分14人。', S_CX),
    ('共追缴违规领取的各类补贴资金213万元，清退不符合条件人员1270人。', S_CX),
    ('全年开展提醒谈话156人次，函询12人次，诫勉谈话5人次。', S_CX),
    ('扫黑除恶专项斗争中，查处涉黑涉恶腐败和“保护伞”问题7件9人。', S_CX),
    ('12345热线全年受理群众诉求4.6万件,按时办结率99.2%,满意率96.8%', S_CX_H),
    ('审计共发现违规列支、白条入账等问题43个，涉及金额680万元，已整改41个。', None),
    # background, achievements and other neutral matter
    ('该局下设办公室、计划财务股等6个股室和3个二级单位，核定编制42名。', S_JB),
    ('县城投公司成立于2012年，注册资本5亿元，主要承担城市基础设施建设融资任务。', S_JB),
    ('庆元县城乡建设投资公司建立了工程项目全过程造价管控制度,项目结算审减率达到9.6%', S_CX_H),
    ('县卫健委党委制定班子成员“一岗双责”责任清单，每季度听取分管领域党风廉政情况汇报。', S_CX),
    ('县民政局推行低保申请“全程网办”，群众足不出户即可提交申请。', S_CX),
    ('推行“村账镇代管”后，南丰县村级财务票据全部实现电子化管理。', S_CX),
    ('该镇党委书记在述责述廉中表示，将认真抓好村级“三资”监管工作。', S_LZ),
    ('本人作为党组书记，认真履行全面从严治党第一责任人职责，全年主持召开党风廉政专题会议3次', S_LZ),
    ('县委巡察组于2023年4月至6月对县住建局党组开展了常规巡察。', S_JB),
    ('以下为群众身边不正之风和腐败问题典型案例，现予以通报。', S_TB),
    ('一、关于预算管理和往来款清理问题的整改情况', None),
]


# ---------------------------------------------------------------- build and validate
# The checks, the writer and the counts are shared by every part: corpora/corpus_check.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_check import build, is_half_width, non_problem_record, problem_record  # noqa: E402

FOUR = ("finance", "bureaucratism", "micro_corruption", "accountability")


def summary(records):
    """The part's own figures: labels per finding, findings carrying each of the four, units."""
    problems = [r for r in records if r["is_problem"]]
    sizes = Counter(len(r["categories"]) for r in problems)
    mean = sum(len(r["categories"]) for r in problems) / len(problems)
    print(f"labels per finding: mean {mean:.2f}, spread {dict(sorted(sizes.items()))}")
    for code in FOUR:
        with_code = [r for r in problems if code in r["categories"]]
        alone = sum(len(r["categories"]) == 1 for r in with_code)
        print(f"  {code:18s} {len(with_code):3d} findings ({alone} single-label)")
    named = sum(bool(r["units"]) for r in problems)
    half = sum(is_half_width(r["text"]) for r in records)
    print(f"findings naming a unit {named} of {len(problems)}, half-width lines {half} of {len(records)}")


if __name__ == "__main__":
    recs = build("part_ae", [problem_record(e) for e in P] + [non_problem_record(e) for e in N],
                 Path(__file__).resolve().parent)
    summary(recs)

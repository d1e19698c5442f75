"""Hand-written labelled sentences, part X: terse lines - headings, list items and table cells.

Held out (corpora/eval/): written for training, it lowered the other held-out sets' figures.

Real reports and their tables state many problems tersely ("（二）村集体“三资”监管存在漏洞",
"(四)作风建设仍有差距"), and those lines sit among neutral terse lines that use the same words:
section headings, measure headings, targets, table headers, "整改措施：…" and "责任单位：…"
cells, and achievements stated in a few characters. This part teaches the border:

1. HEAD: problem-stating sub-headings in every numbering style (一、 （一） (一) 1. 1、 ① 一是
   第一, and none), with and without a final 。, in all fifteen categories, a third naming a unit
2. CELL: terse findings as 问题清单 / 台账 cells, table rows and list items, some with figures
3. NON: terse non-findings of the same look and often in the very words of a category:
   neutral and positive headings, measures, targets, table headers, measure / unit / deadline
   cells, achievements, titles of rules, negations

About a quarter of the lines use half-width punctuation. Nothing is generated: every line below
was typed as it stands. Run this file to write part_x.jsonl next to it and print the counts.

Problem entries: (text, "cat cat", "unit|unit", section). Non-problem entries: (text, section).
"""
import sys
from collections import Counter
from pathlib import Path

# ---------------------------------------------------------------- sections
S_PROB = "二、存在的主要问题"
S_FIND = "二、巡察发现的主要问题"
S_FIND_H = "二、巡察发现的主要问题"
S_ZR = "（一）落实全面从严治党责任方面"
S_ZF = "（二）作风建设方面"
S_LJ = "（三）廉洁纪律方面"
S_DJ = "（四）基层党组织建设方面"
S_QZ = "（五）群众身边不正之风和腐败问题方面"
S_ZG = "（六）巡察整改落实方面"
S_SZ = "三、政治生态存在的主要问题"
S_SJ = "二、审计发现的主要问题"
S_ZR_H = "(一)贯彻落实党的路线方针政策方面"
S_ZF_H = "(二)落实中央八项规定精神方面"
S_LJ_H = "(三)廉洁风险防控方面"
S_QD = "问题清单"
S_TZ = "附件：巡察反馈问题整改台账"
S_TZ_H = "附件:巡察反馈问题整改台账"
S_JB = "一、基本情况"
S_CX = "一、主要成效"
S_JY = "三、意见建议"
S_XB = "四、下一步工作打算"
S_ZGQK = "二、整改落实情况"
S_ZGQK_H = "二、整改落实情况"
S_CS = "三、整改措施"

# ---------------------------------------------------------------- 1. problem-stating sub-headings
HEAD = [
    # accountability
    ("(一)管党治党政治责任扛得不够牢", "accountability", "", S_FIND),
    ("（二）“一岗双责”履行不到位。", "accountability", "", S_ZR),
    ("(三)监督责任压力传导层层递减", "accountability", "", S_ZR_H),
    ("2.县林业局党组主体责任虚化弱化", "accountability", "县林业局", S_ZR),
    ("一是第一责任人责任落实有差距", "accountability", "", S_ZR),
    ("③同级监督和对下监督偏松偏软", "accountability", "", "（一）落实监督责任方面"),
    ("（四）干部日常监督管理偏软，抓早抓小不够", "accountability", "", S_SZ),
    ("第二，政治生态分析研判流于一般化", "accountability", "", S_SZ),
    ("(五)提醒谈话制度执行不经常", "accountability", "", ""),
    ("松坪镇党委抓基层党风廉政建设用力不足", "accountability", "松坪镇", S_ZR),
    # rectification
    ("(五)上轮巡察整改不彻底、不到位", "rectification", "", S_FIND),
    ("三、审计反馈问题整改打折扣", "rectification", "", "关于对县审计局审计整改情况的专项检查报告"),
    ("(六)整改长效机制未建立.", "rectification", "", S_FIND_H),
    ("4.县水务局巡察整改存在“纸面整改”现象", "rectification formalism", "县水务局", S_ZG),
    ("二是部分问题整改后出现反弹回潮。", "rectification", "", S_ZG),
    ("⑤选择性整改、避重就轻", "rectification", "", S_ZG),
    ("第三，整改日常监督缺位，销号把关不严", "rectification", "", ""),
    ("(七)城东街道整改责任层层落空", "rectification", "城东街道", S_ZG),
    ("（六）制度建设滞后，整改成果巩固不牢", "rectification", "", S_ZG),
    # formalism
    ("（二）形式主义问题仍较突出", "formalism", "", S_ZF),
    ("2、文山会海现象没有根本扭转", "formalism", "", S_ZF),
    ("(三)督查检查考核过多过频,基层负担较重", "formalism", "", S_ZF_H),
    ("一是过度留痕、痕迹管理泛化", "formalism", "", S_ZF),
    ("④以会议落实会议、以文件落实文件", "formalism", "", ""),
    ("3.市城管局重部署轻落实,以文件代落实", "formalism", "市城管局", S_ZF_H),
    ("（四）工作作风漂浮，重形式轻实效。", "formalism", "", S_PROB),
    ("第四，调研走过场、浮在面上", "formalism", "", S_SZ),
    ("县发展和改革局项目督导“一督了之”", "formalism", "县发展和改革局", ""),
    # bureaucratism
    ("(三)为民服务意识淡薄,推诿扯皮时有发生", "bureaucratism", "", S_ZF),
    ("二、担当作为不够，“庸懒散”问题仍然存在", "bureaucratism", "", ""),
    ("(二)县人社局窗口业务超时办理问题突出", "bureaucratism", "县人社局", S_ZF_H),
    ("5.执法不作为、慢作为问题较为普遍", "bureaucratism", "", S_ZF),
    ("二是工作纪律松弛,上班期间脱岗离岗", "bureaucratism", "", S_ZF_H),
    ("⑥决策不经调研论证，随意拍板", "bureaucratism", "", S_ZF),
    ("（五）县信访局对群众诉求推诿转办、接访敷衍", "livelihood bureaucratism", "县信访局", S_FIND),
    ("（一）本位主义严重，部门间协作不畅", "bureaucratism", "", S_ZF),
    ("(四)岚山区市场监督管理局投诉举报处置拖沓", "bureaucratism", "岚山区市场监督管理局", ""),
    # extravagance
    ("（四）违反中央八项规定精神问题禁而未绝", "extravagance", "", S_FIND),
    ("三是违规发放津贴补贴和福利", "extravagance", "", S_ZF),
    ("(五)公务接待超标准、超范围", "extravagance", "", S_ZF_H),
    ("2.公车私用、私车公养问题仍有发生。", "extravagance", "", S_ZF),
    ("（三）县文广旅局违规使用工会经费发放福利", "extravagance", "县文广旅局", S_ZF),
    ("第五，隐形变异“四风”问题值得警惕", "extravagance", "", S_SZ),
    ("⑦收受管理服务对象礼品礼金", "extravagance", "", S_LJ),
    ("1、违规吃喝问题时有反弹", "extravagance", "", S_ZF),
    ("（六）市供销社办公用房超标准配置。", "extravagance", "市供销社", S_ZF),
    # micro_corruption
    ("（五）群众身边腐败问题依然多发", "micro_corruption", "", S_FIND),
    ("（二）农村集体“三资”底数不清、监管有漏洞", "micro_corruption finance", "", S_QZ),
    ("一是惠民惠农资金被截留挪用", "micro_corruption", "", S_QZ),
    ("(三)低保审核把关不严,存在优亲厚友", "micro_corruption", "", ""),
    ("3.征地拆迁补偿中吃拿卡要", "micro_corruption", "", S_QZ),
    ("（四）白河镇部分村干部虚报冒领补贴资金", "micro_corruption", "白河镇", S_QZ),
    ("二是扶贫项目资金使用中雁过拔毛。", "micro_corruption", "", S_QZ),
    ("⑧涉黑涉恶“保护伞”问题线索仍有发现", "micro_corruption", "", S_QZ),
    ("(四)县民政局临时救助资金被经办人员套取", "micro_corruption", "县民政局", "(五)群众身边腐败问题方面"),
    # corruption
    ("(六)重点领域廉洁风险突出", "corruption", "", S_LJ),
    ("三、靠企吃企、利益输送问题较为严重", "corruption", "", "关于对县属国有企业专项巡察情况的报告"),
    ("(四)插手干预工程项目谋取私利", "corruption", "", S_LJ_H),
    ("4、权钱交易隐患未有效防范", "corruption", "", S_LJ),
    ("（五）县城投公司领导人员利用职权为亲属牟利", "corruption", "县城投公司", S_LJ),
    ("第六,审批权力集中,廉洁风险防控薄弱", "corruption", "", S_SZ),
    ("（七）县住建局工程审批环节存在利益输送。", "corruption", "县住建局", S_LJ),
    ("个别干部借职务影响收受好处", "corruption", "", S_LJ),
    # side_jobs
    ("（六）干部违规兼职取酬问题仍未清理到位", "side_jobs", "", S_LJ),
    ("四是违规经商办企业问题时有发生", "side_jobs", "", S_LJ),
    ("(五)在社会组织兼职未按规定审批", "side_jobs", "", S_LJ_H),
    ("5、领导干部亲属经商办企业管理不严", "side_jobs", "", S_LJ),
    ("（八）县卫健局医护人员违规在民营医院兼职取酬", "side_jobs", "县卫健局", S_LJ),
    ("⑨公职人员违规持股、入股企业", "side_jobs", "", S_LJ),
    ("三是退休干部违规到企业任职", "side_jobs", "", S_LJ),
    # finance
    ("(七)财务管理不规范,白条入账多发", "finance", "", S_SJ),
    ("二、国有资产底数不清、管理混乱", "finance", "", ""),
    ("(六)规避招标、化整为零问题突出", "finance", "", S_LJ_H),
    ("6.政府采购程序不规范", "finance", "", S_SJ),
    ("（三）县教体局大额现金支付问题突出", "finance", "县教体局", S_SJ),
    ("四是专项资金违规列支。", "finance", "", S_SJ),
    ("⑩工程项目未批先建、超概算严重", "finance", "", S_SJ),
    ("第七，县人民医院药品耗材采购管理混乱", "finance", "县人民医院", ""),
    ("（八）国有企业经营风险和隐性债务管控不力", "finance", "", S_FIND),
    # study
    ("（一）理论学习不深入不系统", "study", "", S_ZR),
    ("（二）党组理论学习中心组学习流于形式", "study formalism", "", S_ZR),
    ("一是应知应会掌握不牢", "study", "", S_ZR),
    ("(一)意识形态工作责任制落实不到位", "study", "", S_ZR_H),
    ("1.学用脱节,理论指导实践不够", "study", "", S_ZR_H),
    ("（二）县检察院政治理论学习走过场。", "study formalism", "县检察院", S_PROB),
    ("第一，学习贯彻党的创新理论不够深入", "study", "", S_SZ),
    ("①意识形态阵地管理存在薄弱环节", "study", "", "（一）政治建设方面"),
    # political_life
    ("（二）党内政治生活不严肃不规范", "political_life", "", S_PROB),
    ("二是民主生活会质量不高,批评辣味不足", "political_life", "", S_ZR_H),
    ('(三)"三重一大"决策制度执行不严', "political_life", "", S_ZR_H),
    ("3.组织生活会查摆问题不深刻", "political_life", "", S_DJ),
    ("（四）民主集中制执行有偏差", "political_life", "", S_ZR),
    ("（三）县公路局班子议事规则执行不严，个人说了算", "political_life", "县公路局", S_ZR),
    ("④谈心谈话流于形式", "political_life formalism", "", S_DJ),
    ("三是以建议代替批评、批评避重就轻", "political_life", "", ""),
    # party_organization
    ("(五)基层党组织建设弱化", "party_organization", "", S_FIND),
    ("三是“三会一课”制度落实不经常", "party_organization", "", S_DJ),
    ("(六)党员发展把关不严、程序不规范", "party_organization", "", ""),
    ("4.党费收缴不及时、不足额", "party_organization", "", S_DJ),
    ("（四）马岭乡部分村党组织软弱涣散", "party_organization", "马岭乡", S_DJ),
    ("第八，党务工作者力量薄弱且频繁调整", "party_organization", "", S_SZ),
    ("⑤支部标准化规范化建设滞后。", "party_organization", "", S_DJ),
    ("县第二中学党支部主题党日活动开展不经常", "party_organization", "县第二中学", S_DJ),
    # personnel
    ("（七）选人用人不够规范", "personnel", "", S_FIND),
    ("四是超职数配备干部", "personnel", "", "（三）选人用人方面"),
    ("(七)干部档案管理不规范,存在涂改", "personnel", "", ""),
    ("5.领导干部个人有关事项报告不实", "personnel", "", "（三）选人用人方面"),
    ("（五）县机关事务服务中心干部选拔任用程序不严谨", "personnel", "县机关事务服务中心", S_PROB),
    ("⑥带病提拔问题未有效杜绝", "personnel", "", "（三）选人用人方面"),
    ("第九，干部队伍结构老化，年轻干部储备不足", "personnel", "", S_SZ),
    # disclosure
    ("（八）村务公开不规范，群众监督渠道不畅", "disclosure", "", S_QZ),
    ("五是党务公开流于形式", "disclosure formalism", "", S_DJ),
    ("(八)财务公开不及时、内容不完整", "disclosure", "", ""),
    ("6、应公开未公开,选择性公开", "disclosure", "", S_QZ),
    ("（七）柳溪社区居务公开长期不更新", "disclosure", "柳溪社区", S_QZ),
    ("⑦“三务”公开栏形同虚设", "disclosure formalism", "", S_QZ),
    ("仁和镇惠农补贴发放情况未张榜公示", "disclosure", "仁和镇", S_QZ),
    # livelihood
    ("(六)民生领域短板明显", "livelihood", "", S_FIND),
    ("五、群众急难愁盼问题解决不力", "livelihood", "", ""),
    ("(九)老旧小区改造进度滞后", "livelihood", "", ""),
    ("7.信访积案化解不力,群众反映强烈", "livelihood", "", S_FIND_H),
    ("（八）县房管局拆迁安置房迟迟未交付", "livelihood", "县房管局", "（六）民生领域方面"),
    ("六是农民工工资拖欠问题时有发生", "livelihood", "", "（六）民生领域方面"),
    ("⑧停车难、如厕难问题长期未解决", "livelihood", "", "（六）民生领域方面"),
    ("第十，市医疗保障局医保报销“跑腿多”问题突出", "livelihood bureaucratism", "市医疗保障局", ""),
    # more sub-headings naming units, mixed categories
    ("（九）县交通运输局养护资金使用不规范", "finance", "县交通运输局", S_SJ),
    ("(八)县统计局统计数据造假问题整改不到位", "rectification", "县统计局", ""),
    ("2.青石街道党工委落实主体责任流于形式", "accountability formalism", "青石街道", S_ZR_H),
    ("七是县农机中心农机补贴审核存在漏洞", "micro_corruption", "县农机中心", S_QZ),
    ("(十)县水投公司违规出借资金", "finance", "县水投公司", S_SJ),
    ("三、县职业中学招生乱收费问题突出", "micro_corruption", "县职业中学", ""),
    ("(九)县粮食储备库轮换管理漏洞大", "finance", "县粮食储备库", S_LJ_H),
    ("第三，县应急管理局安全监管宽松软", "bureaucratism", "县应急管理局", S_SZ),
    ("8、市公共资源交易中心围标串标查处不力", "finance bureaucratism", "市公共资源交易中心", S_LJ),
    ("（十一）县中医院违规收受药品回扣。", "corruption", "县中医院", S_LJ),
    ("⑪县团委“青年之家”阵地建设流于形式", "formalism", "县团委", ""),
    ("（二）凤鸣乡党委班子民主生活会走过场", "political_life formalism", "凤鸣乡", S_ZR),
    ("(十)县总工会困难职工帮扶资金发放不精准", "micro_corruption", "县总工会", ""),
    ("五是县档案馆党支部组织生活不正常", "party_organization", "县档案馆", S_DJ),
    ("（九）县审计局审计发现问题移送不及时", "bureaucratism", "县审计局", ""),
    ("第四，金溪镇干部违规经商问题突出", "side_jobs", "金溪镇", S_LJ),
    ("（六）县司法局党组书记抓党建“一岗双责”落实不到位", "accountability", "县司法局", S_ZR),
    ("4.县妇联意识形态工作抓得不紧", "study", "县妇联", ""),
]

# ---------------------------------------------------------------- 2. terse findings as cells and items
CELL = [
    ("问题表现：镇机关食堂采购无入库验收手续，开支凭据不全", "finance", "", S_TZ),
    ("4.村级财务未按季度公开", "disclosure", "", S_QD),
    ("青杠村：2户村干部亲属违规享受低保", "micro_corruption", "青杠村", S_QD),
    ("具体问题:机关食堂长期免费为干部职工提供午餐", "extravagance", "", S_TZ),
    ("问题描述:3名干部在企业挂名兼职领取报酬2.4万元", "side_jobs", "", S_TZ_H),
    ("存在问题：2023年公务用车运行维护费超预算37%", "finance", "", S_TZ),
    ("1 | 党组理论学习中心组全年仅集中学习4次 | 理论学习 | 局办公室", "study", "", S_QD),
    ("2 | 三重一大事项会议记录事后补写 | 民主集中制 | 局党组", "political_life formalism", "", S_QD),
    ("3 | 2名村干部冒领护林员工资1.8万元 | 惠农资金 | 杨柳镇", "micro_corruption", "杨柳镇", S_QD),
    ("问题：村集体林地以低于评估价四成发包给村主任亲属", "micro_corruption finance", "", S_QD),
    ("白鹭村：集体厂房租金3年未收缴", "micro_corruption finance", "白鹭村", S_QD),
    ("东岗社区:居务监督委员会未实际履职", "disclosure", "东岗社区", ""),
    ("县疾控中心:违规发放加班补贴11.6万元", "extravagance", "县疾控中心", S_QD),
    ("县畜牧站:防疫物资采购未比价", "finance", "县畜牧站", S_QD),
    ("2、支部书记讲党课每年不足1次", "party_organization", "", "（一）党建工作方面"),
    ("5.未按期召开组织生活会", "party_organization", "", "（一）党建工作方面"),
    ("问题表现:整改报告所列12项措施中5项未落实", "rectification", "", S_TZ_H),
    ("具体表现：上轮巡察反馈的8个问题仍有3个未销号", "rectification", "", S_TZ),
    ("问题事项：干部人事档案“三龄两历”认定有误", "personnel", "", S_TZ),
    ("存在问题:2名科级干部个人事项漏报房产", "personnel", "", S_TZ_H),
    ("6.超职数配备中层干部4名", "personnel", "", "（三）选人用人方面"),
    ("问题表现：办事群众反映“多头跑、反复跑”", "bureaucratism", "", S_TZ),
    ("县不动产登记中心：超时限办件23件", "bureaucratism", "县不动产登记中心", S_QD),
    ("3、对上级交办的12件信访件超期未办结", "livelihood bureaucratism", "", S_QD),
    ("问题描述：辖区3个老旧小区雨污管网长期堵塞，居民多次反映未解决", "livelihood", "", S_TZ),
    ("石门街道:拖欠保洁人员工资47万元", "livelihood", "石门街道", S_QD),
    ("问题表现：同一批次会议要求各村重复报送台账9套", "formalism", "", S_TZ),
    ("7.督查考核事项多达56项,基层疲于应付", "formalism", "", S_QD),
    ("具体问题：主题教育调研报告照搬照抄", "formalism study", "", S_TZ),
    ("问题：局领导班子成员未按规定开展谈心谈话", "political_life", "", S_QD),
    ("县国土资源执法大队：执法记录仪长期不开启", "bureaucratism", "县国土资源执法大队", S_QD),
    ("8 | 工程项目未公开招标,直接指定施工单位 | 2022年 | 县城乡建设公司", "finance", "县城乡建设公司", "问题清单(表2)"),
    ("问题描述：基建项目结算审核滞后，涉及金额1260万元", "finance", "", S_TZ),
    ("问题表现:往来款长期挂账未清理,金额386万元", "finance", "", S_TZ_H),
    ("存在问题：以会议费名义列支接待费3.7万元", "extravagance finance", "", S_TZ),
    ("4 | 违规报销私车加油费 | 2.1万元 | 县文化馆", "extravagance", "县文化馆", S_QD),
    ("三塘镇：党委书记在村级工程中指定施工方", "corruption", "三塘镇", S_QD),
    ("问题表现：中层干部为亲属企业承揽单位业务提供便利", "corruption", "", S_TZ),
    ("问题:4名医生违规在私立诊所坐诊", "side_jobs", "", S_QD),
    ("9.离职未满3年到关联企业任职", "side_jobs", "", S_QD),
    ("5 | 主体责任清单未制定 | 党风廉政建设 | 县气象局", "accountability", "县气象局", S_QD),
    ("问题表现：党组全年未专题研究党风廉政建设工作", "accountability", "", S_TZ),
    ("具体问题:班子成员对分管领域廉政风险点不掌握", "accountability", "", S_TZ_H),
    ("10.对违纪干部处理偏轻,失之于宽", "accountability", "", S_QD),
    ("6 | 意识形态分析研判会全年未召开 | 意识形态 | 县广电中心", "study", "县广电中心", S_QD),
    ("问题表现：部分党员干部对党章党规应知应会知识答不上来", "study", "", S_TZ),
    ("7 | 党费按工资基数核定不准,少交党费 | 党费管理 | 机关党支部", "party_organization", "", S_QD),
    ("河口村：2年未发展党员，党员平均年龄63岁", "party_organization", "河口村", S_QD),
    ("问题描述：党务公开目录未制定，公开内容随意", "disclosure", "", S_TZ),
    ("落雁村:集体经济收益分配方案未公示", "disclosure micro_corruption", "落雁村", S_QD),
    ("问题表现:危房改造补助资金被村会计截留6.3万元", "micro_corruption", "", S_TZ),
    ("11.低保户中有公职人员家属4户", "micro_corruption", "", S_QD),
    ("具体问题：中秋节前以慰问名义购买购物卡分发职工", "extravagance", "", S_TZ),
    ("问题：公务接待无公函，陪餐人数超标", "extravagance", "", S_QD),
    ("金桥社区：征收补偿款违规发放给非被征收户", "micro_corruption", "金桥社区", S_QD),
    ("问题描述:固定资产账实不符,17台电脑去向不明", "finance", "", S_TZ_H),
    ("12.农村饮水工程建成后长期不通水", "livelihood", "", S_QD),
    ("问题表现：执法车辆长期停放在干部家附近", "extravagance", "", S_TZ),
    ("存在问题：党组议事不记录表决情况", "political_life", "", S_TZ),
    ("8 | 审计整改资金未归位 | 审计整改 | 县体育中心", "rectification", "县体育中心", S_QD),
    ("问题表现:选拔任用中层干部未经民主推荐", "personnel", "", S_TZ_H),
]

# ---------------------------------------------------------------- 3. terse non-findings
NON = [
    # neutral and positive headings
    ("一、本轮巡察工作开展情况", ""),
    ("(一)被巡察党组织基本情况", S_JB),
    ("三、当前存在的主要问题", ""),
    ("（二）存在的问题和不足", "三、工作总结"),
    ("三、巡察发现的问题及整改建议", ""),
    ("(一)主要成效", ""),
    ("(二)强化政治监督,推动重大决策部署落地", S_CX),
    ("（三）聚焦“三资”管理深化专项整治", S_XB),
    ("（二）规范农村集体“三资”管理", S_JY),
    ("一是坚持以上率下抓整改", S_ZGQK),
    ("二是健全完善制度机制。", S_ZGQK),
    ("第一，提高政治站位", S_JY),
    ("①压实主体责任", S_JY),
    ("1.关于形式主义、官僚主义问题的整改情况", S_ZGQK),
    ("2、关于违规发放津贴补贴问题的整改情况", S_ZGQK),
    ("(三)关于选人用人问题的整改落实情况", S_ZGQK_H),
    ("五、几点工作要求", ""),
    ("四、几点建议", ""),
    ("三、整改工作的主要做法和成效", ""),
    ("（四）下一步工作打算。", "三、存在的不足"),
    ("六、巡察整改工作安排", ""),
    ("（一）政治生态总体评价", "二、政治生态分析"),
    ("第二部分 存在的问题", ""),
    ("一、县委巡察组反馈意见概述", ""),
    ("(一)整改工作总体情况", S_ZGQK_H),
    ("二是坚持问题导向", S_ZGQK),
    ("③加强督导问效", S_XB),
    ("第三，狠抓建章立制", S_ZGQK),
    # headings and measures in a category's words
    ("(三)持续整治形式主义官僚主义", S_JY),
    ("严肃查处违规吃喝问题", S_JY),
    ("(四)深化群众身边腐败问题专项整治", "三、意见建议"),
    ("开展违规兼职取酬专项清理", S_CS),
    ("4.规范政府采购和招投标管理", S_CS),
    ("（一）强化理论武装", S_JY),
    ("严肃党内政治生活", S_JY),
    ("夯实基层党组织建设", S_JY),
    ("树立正确选人用人导向。", S_JY),
    ("(一)压紧压实管党治党政治责任", S_JY),
    ("巩固深化巡察整改成果", S_XB),
    ("推进党务政务村务公开", S_XB),
    ("着力解决群众急难愁盼问题", S_XB),
    ("健全巡察整改长效机制", S_XB),
    ("整改落实不力情形责任追究办法", ""),
    ("关于“文山会海”问题的整改说明", ""),
    ('(五)关于"三务"公开不规范问题的整改情况', S_ZGQK_H),
    ("健全村级财务收支审核和报账制度", S_CS),
    ("完善村级财务审批流程,实行双签制度", S_CS),
    ("严格执行公务接待审批制度", S_CS),
    ("推行村级事务“四议两公开”工作法", S_CS),
    ("实行领导干部个人有关事项报告随机抽查核实", S_CS),
    ("健全“三重一大”集体决策制度", S_CS),
    ("落实“三会一课”制度", S_CS),
    ("开展党费收缴专项检查", S_CS),
    ("加强意识形态阵地管理。", S_CS),
    ("5.建立整改台账,实行销号管理", S_CS),
    ("②建立巡察反馈问题整改清单、责任清单、任务清单", S_CS),
    ("对违规发放的津贴补贴全部清退", S_CS),
    ("规范公务用车使用管理", S_CS),
    ("开展惠民惠农资金“一卡通”专项治理", S_CS),
    ("三是对照问题清单逐项整改", S_ZGQK),
    ("第二，严格选人用人标准", S_JY),
    ("加强对“一把手”和领导班子的监督", S_JY),
    ("减少督查检查考核事项,为基层松绑减负", S_JY),
    ("压缩会议文件数量，提高会议质量", S_CS),
    ("推动民生实事项目落地见效", S_XB),
    ("常态化开展扫黑除恶斗争", S_XB),
    ("严格落实干部交流轮岗制度", S_CS),
    ("开展民主生活会“回头看”", S_CS),
    ("(五)强化对权力运行的制约和监督", S_JY),
    # targets and deadlines
    ("整改目标：今后不再发生超标准发放福利", S_TZ),
    ("整改目标：白条入账问题全部清零", S_TZ),
    ("整改目标:村级财务每季度公开一次", S_TZ_H),
    ("确保2024年11月底前整改到位", S_TZ),
    ("2025年6月底前全面完成整改任务", S_TZ),
    ("完成时限:2024年12月31日", S_TZ),
    ("整改时限:立行立改并长期坚持", S_TZ_H),
    ("完成时限：3个月内", S_TZ),
    ("整改期限:2024年9月底前", S_TZ_H),
    ("整改时限：长期坚持", S_TZ),
    ("目标要求：群众办事“最多跑一次”", S_TZ),
    ("整改目标：所有村党组织达到标准化规范化要求", S_TZ),
    # table headers and header cells
    ("序号 | 反馈问题 | 整改举措 | 责任主体 | 时限要求", S_TZ),
    ("序号 | 问题类别 | 具体问题 | 整改目标 | 责任领导 | 整改时限", S_QD),
    ("问题描述 | 整改措施 | 牵头单位 | 配合单位 | 完成时间 | 整改状态", S_TZ),
    ("类别 | 问题 | 整改情况 | 是否完成", S_TZ),
    ("序号 | 单位 | 问题线索 | 移交时间 | 办理情况", "三、问题线索移交情况"),
    ("问题具体表现", S_TZ),
    ("问题描述", S_QD),
    ("存在问题", S_TZ),
    ("整改措施", S_TZ),
    ("责任领导", S_TZ),
    ("整改情况", S_TZ),
    ("整改进度", S_TZ),
    # measure, unit, leader and status cells
    ("整改措施：对2023年以来的村级报账凭证逐笔核查，白条全部替换为合规票据", S_TZ),
    ("整改措施:修订机关公务接待管理办法,实行一事一单", S_TZ_H),
    ("整改措施:组织班子成员重新撰写对照检查材料", S_TZ),
    ("整改措施：对超职数配备的干部分批消化", S_TZ),
    ("整改措施：建立党费收缴台账，每月核对", S_TZ),
    ("整改措施:对兼职人员逐一登记,限期辞去兼职并清退报酬", S_TZ_H),
    ("整改措施：每季度召开一次意识形态工作分析研判会", S_TZ),
    ("责任单位：县财政局、县审计局", S_TZ),
    ("责任单位:县住房和城乡建设局", S_TZ_H),
    ("牵头单位:县委组织部", S_TZ),
    ("配合单位：县民政局、各乡镇", S_TZ),
    ("责任单位：石桥镇人民政府", S_TZ),
    ("责任领导:党组书记、局长", S_TZ),
    ("责任人:分管副局长", S_TZ_H),
    ("责任科室：计划财务科", S_TZ),
    ("整改状态:已完成", S_TZ),
    ("整改进度:已完成,长期坚持", S_TZ_H),
    ("整改情况：已整改到位", S_TZ),
    ("是否完成：是", S_TZ),
    ("整改情况:已清退违规发放补贴8.2万元", S_TZ_H),
    ("整改情况：已召开专题组织生活会", S_TZ),
    ("问题来源:2023年县委第三巡察组反馈", S_TZ),
    ("问题类别：作风建设", S_TZ),
    ("问题类别:廉洁纪律", S_TZ_H),
    ("1 | 作风建设 | 立行立改 | 局办公室 | 已完成", S_QD),
    ("2 | 党建工作 | 制定学习计划 | 机关党支部 | 2024年6月", S_QD),
    ("合计 | 28 | 25 | 3", S_QD),
    # terse achievements and background
    ("全县村（社区）务公开实现规范化", S_CX),
    ("“三会一课”按期开展率达100%", S_CX),
    ("追回违规资金42.6万元", S_ZGQK),
    ("清退违规兼职人员13名", S_ZGQK),
    ("建立完善制度27项", S_ZGQK),
    ("3.反馈问题已整改完成41个", S_ZGQK),
    ("(一)党建引领作用持续增强", S_CX),
    ("二是为民服务水平明显提升", S_CX),
    ("第三，作风建设取得新成效", S_CX),
    ("全镇信访总量同比下降23%", S_CX),
    ("低保对象动态调整工作规范有序", S_CX),
    ("政府采购全部进入平台交易", S_CX),
    ("公务接待费连续三年下降", S_CX),
    ("个人有关事项报告查核一致率98%", S_CX),
    ("村级换届选举顺利完成", S_JB),
    ("该局内设8个股室，下属事业单位3个", S_JB),
    ("共有在职干部职工67人,其中党员41名", S_JB),
    ("巡察组共收到来信来电来访42件", "一、本轮巡察工作开展情况"),
    ("（三）群众满意度明显提升", S_CX),
    ("④“清廉村居”建设走在前列", S_CX),
    # negations and checked-clean cells
    ("未发现违规经商办企业问题", "二、专项检查情况"),
    ("经核查,未发现违规发放津补贴问题", "二、专项检查情况"),
    ("抽查情况：未发现白条入账", S_TZ),
    ("该问题不属实", S_TZ),
    ("核查结论:反映问题基本不属实", S_TZ),
    # titles of rules, documents and notices
    ("关于进一步规范村级财务管理的实施意见", ""),
    ("《巡察整改不力问责实施细则》", ""),
    ("县级机关违规收送礼品礼金问题专项整治工作方案", ""),
    ("关于对违规吃喝问题典型案例的通报", ""),
    ("关于县委第二巡察组反馈意见整改进展情况的报告", ""),
    ("附件2:整改问题清单", ""),
    ("附表:整改任务分解表", ""),
    ("关于开展形式主义官僚主义突出问题专项整治的通知", ""),
    ("县医保局巡察整改工作领导小组", ""),
]


# ---------------------------------------------------------------- build and validate
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_check import build, is_half_width, non_problem_record, problem_record  # noqa: E402

GROUPS = (("HEAD", HEAD, True), ("CELL", CELL, True), ("NON", NON, False))


def summary(records):
    """Per group: lines, findings, half-width lines; per category within the headings."""
    i = 0
    for name, entries, _ in GROUPS:
        recs = records[i:i + len(entries)]
        i += len(entries)
        n = sum(r["is_problem"] for r in recs)
        units = sum(bool(r["units"]) for r in recs)
        half = sum(is_half_width(r["text"]) for r in recs)
        print(f"{name}: {len(recs)} lines, problems {n}, non-problems {len(recs) - n}, "
              f"naming units {units}, half-width {half}")
        cats = Counter(c for r in recs for c in r["categories"])
        if cats:
            print("   " + ", ".join(f"{c} {k}" for c, k in sorted(cats.items())))


if __name__ == "__main__":
    records = []
    for _, entries, problem in GROUPS:
        records += [problem_record(e) if problem else non_problem_record(e) for e in entries]
    recs = build("part_x", records, Path(__file__).resolve().parent)
    summary(recs)

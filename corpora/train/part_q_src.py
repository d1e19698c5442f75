"""Hand-written labelled sentences, part Q: case notices (典型问题通报), line by line.

纪委监委 and 巡察办 notices of typical cases and yearly figures, written whole: a title, a
lead, then for each case a numbered title naming the person or unit and the problem, the
facts, and the outcome, then the lessons and requirements. Nine notices from invented
counties and districts; notices 2 and 5 are written entirely with half-width punctuation
(as in PDF conversions), notice 2 without sentence-final marks. After them come standalone
lines of the two outcome kinds that recur in notices: bare outcomes (受到…处分, 被诫勉谈话,
予以收缴, 移送…), which state no failure and are not findings, and lines saying someone was
held accountable FOR a failure (因…不力被问责), which are findings carrying the category of
that failure (taxonomy.md "Boundaries that recur").

Labels: a case title naming the problem and the fact lines are findings; a person's unit is
the unit, a person alone names none. Leads, lessons, requirements and plain statistics are
not findings, unless the figures are framed as a problem (仍然多发, 较上年增加, 占比较高).

Nothing is generated: every sentence below was typed as it stands. Run this file to write
part_q.jsonl next to it and print validation counts.

Notice entry forms: T(title), H1(heading), L(text) a non-problem line under the title or
heading (lead, statistics, lessons, requirements), C(text, cats, units) a case title,
(text, cats, units) a fact line under the current case, O(text) a bare outcome line,
A(text, cats, units) a held-accountable-for-a-failure line.
"""
import sys
from collections import Counter
from pathlib import Path


def T(text):
    return ("T", text)


def H1(text):
    return ("H1", text)


def L(text, cats="", units=""):
    return ("L", text, cats, units)


def C(text, cats, units=""):
    return ("C", text, cats, units)


def O(text):
    return ("O", text)


def A(text, cats, units=""):
    return ("A", text, cats, units)


# Notice 1: 县纪委监委, 违反中央八项规定精神 (full-width)
N1 = [
    T("碧江县纪委监委关于4起违反中央八项规定精神典型问题的通报"),
    L("中秋、国庆将至，为进一步严明纪律要求，持续释放越往后越严的强烈信号，现将近期查处的4起违反中央八项规定精神典型问题通报如下。"),
    C("1．县自然资源局原副局长吴某某违规收受礼金问题。", "extravagance", "县自然资源局"),
    ("2021年至2023年，吴某某利用职务便利，在逢年过节期间多次收受管理服务对象所送礼金、购物卡，共计3.6万元。", "extravagance"),
    ("其中，2022年春节前，吴某某在办公室收受某房地产开发公司负责人所送购物卡5000元。", "extravagance"),
    O("吴某某受到党内严重警告、政务撤职处分，违纪所得予以收缴。"),
    C("2．县供销合作社联合社主任邓某某公车私用问题。", "extravagance", "县供销合作社联合社"),
    ("2023年5月至7月，邓某某多次驾驶单位公务用车接送子女上下学、办理私事，累计行驶里程1200余公里。", "extravagance"),
    ("为掩盖问题，邓某某安排驾驶员在公务用车使用登记簿上虚填用车事由。", "extravagance"),
    O("邓某某受到党内警告处分，相关油料和过路费用由其个人承担。"),
    C("3．桃源镇党委副书记、镇长郑某某等人违规公款吃喝问题。", "extravagance", "桃源镇"),
    ("2022年11月，郑某某以研究招商项目为由，带领6名干部在镇区一农家乐聚餐饮酒，餐费2860元以“办公用品”名义报销。", "extravagance finance"),
    O("郑某某受到党内警告处分，其余参与人员分别受到批评教育，违规费用已全部退缴。"),
    A("桃源镇党委因履行主体责任不力、对班子成员教育管理缺位被责令作出书面检查。", "accountability", "桃源镇"),
    C("4．县第二人民医院违规发放津补贴问题。", "extravagance", "县第二人民医院"),
    ("2021年1月至2023年6月，县第二人民医院以“加班补助”“考核奖励”等名义，向医院领导班子成员违规发放津补贴共计14.2万元。", "extravagance", "县第二人民医院"),
    ("上述款项均未经院务会研究，也未报县卫健局审批。", "extravagance political_life"),
    O("该院党总支书记、院长林某某受到政务记过处分，其他班子成员违规所得全部清退。"),
    L("上述问题教训深刻，警示作用明显。"),
    L("全县各级党组织要切实扛起主体责任，紧盯重要节点，严防“四风”问题反弹回潮。"),
    L("广大党员干部要从中汲取教训，严守纪律规矩，坚决杜绝收送礼品礼金、违规吃喝等行为。"),
    L("县纪委监委将持续紧盯节日期间“四风”问题，发现一起查处一起，对顶风违纪的一律从严处理、点名道姓通报曝光。"),
    L("欢迎广大群众通过12388举报电话和县纪委监委网站对“四风”问题进行监督举报。"),
]

# Notice 2: 区纪委监委, 群众身边不正之风和腐败问题 (half-width, no final marks)
N2 = [
    T("南岭区纪委监委关于5起群众身边不正之风和腐败问题典型案例的通报"),
    L("近期,区纪委监委聚焦群众急难愁盼问题,严肃查处了一批发生在群众身边的不正之风和腐败问题"),
    L("为发挥警示教育作用,现将其中5起典型案例通报如下"),
    C("一、白鹭街道青松社区原党委书记、居委会主任赵某某侵占低保资金问题", "micro_corruption", "白鹭街道青松社区"),
    ("2020年3月至2022年8月,赵某某利用负责辖区低保申报审核的职务便利,以其亲属名义虚报低保对象3户", "micro_corruption"),
    ("赵某某通过代领方式冒领低保金共计4.8万元,用于个人日常开支", "micro_corruption"),
    O("赵某某受到开除党籍处分,涉嫌犯罪问题移送检察机关依法审查起诉"),
    A("白鹭街道民政办工作人员周某某在低保审核中把关不严,被诫勉谈话", "bureaucratism", "白鹭街道"),
    C("二、东湖镇石门村党支部书记钱某某在征地补偿中优亲厚友问题", "micro_corruption", "东湖镇石门村"),
    ("2021年,在村道拓宽工程征地过程中,钱某某将其弟弟家不在征收范围内的1.2亩林地纳入补偿清单", "micro_corruption"),
    ("钱某某之弟因此多领取征地补偿款6.3万元", "micro_corruption"),
    O("钱某某受到党内严重警告处分,被责令辞去村党支部书记职务,违规多领的补偿款已全部追回"),
    C("三、区乡村振兴局原副局长孙某某在帮扶项目验收中吃拿卡要问题", "micro_corruption", "区乡村振兴局"),
    ("2021年至2022年,孙某某在对帮扶产业项目组织验收时,多次接受项目实施主体安排的宴请", "micro_corruption extravagance"),
    ('孙某某还以"验收需要"为由,向2家合作社索要土特产品,价值4200余元', "micro_corruption"),
    O("孙某某受到党内警告处分,违纪所得予以收缴"),
    C("四、区住建局城建监察大队工作人员李某某在农村危房改造中收受好处费问题", "micro_corruption", "区住建局"),
    ('2022年,李某某在负责危房改造入户核查时,向4户改造对象收取"辛苦费"共计6000元', "micro_corruption"),
    ("其中1户因未及时送钱,改造补助资金被拖延3个月才拨付到位", "micro_corruption livelihood"),
    O("李某某受到政务记大过处分,收取的钱款已退还群众"),
    C("五、金桥镇民政办原主任吴某某挪用特困人员供养资金问题", "micro_corruption", "金桥镇"),
    ("2019年至2021年,吴某某将应发放给17名特困供养人员的生活补助共计9.1万元截留在镇民政办账户,用于弥补办公经费缺口", "micro_corruption finance"),
    ("部分特困人员的补助被延迟发放长达10个月,群众反映强烈", "micro_corruption livelihood"),
    O("吴某某受到党内严重警告处分,被调离民政工作岗位"),
    A('金桥镇分管民政工作的副镇长黄某某因履行"一岗双责"不到位被诫勉谈话', "accountability", "金桥镇"),
    L("以上案例警示我们,群众身边的小事关乎党的执政根基"),
    L("各镇(街道)党(工)委要切实履行主体责任,加强对村(社区)干部的日常教育监督"),
    L("各职能部门要加强惠民惠农资金监管,严格审核把关,确保每一分钱都用在群众身上"),
    L("区纪委监委将持续深化群众身边不正之风和腐败问题集中整治,对侵害群众利益的问题坚决一查到底"),
    L("全区广大党员干部要引以为戒,时刻绷紧纪律之弦"),
]

# Notice 3: 县纪委监委, 形式主义官僚主义 (full-width)
N3 = [
    T("云岭县纪委监委关于4起形式主义、官僚主义典型问题的通报"),
    L("近期，县纪委监委在作风建设专项监督中查处了一批形式主义、官僚主义问题，现将其中4起典型问题通报如下。"),
    C("一、县市场监督管理局登记注册股超期办理营业执照问题。", "bureaucratism", "县市场监督管理局"),
    ("2023年3月至6月，该股室对群众提交的27件个体工商户设立登记申请未在承诺时限内办结，最长超期46个工作日。", "bureaucratism"),
    ("其中有9件申请材料齐全，却被以“需补充说明”为由反复退回。", "bureaucratism"),
    O("分管副局长陈某某受到政务警告处分，登记注册股股长马某某被免职。"),
    C("二、清水镇防汛工作落实不力问题。", "bureaucratism", "清水镇"),
    ("2023年7月强降雨期间，清水镇对辖区3处地质灾害隐患点未按预案落实专人值守，防汛值班人员擅离岗位达6小时。", "bureaucratism", "清水镇"),
    ("镇应急管理办公室报送的隐患点巡查记录系事后补填，与实际巡查情况严重不符。", "bureaucratism formalism"),
    O("清水镇党委书记被诫勉谈话，分管副镇长何某某受到党内警告处分。"),
    C("三、县教育体育局过度留痕加重基层负担问题。", "formalism", "县教育体育局"),
    ("2022年以来，县教育体育局要求全县中小学每月报送各类台账表格多达30余种，部分内容重复报送。", "formalism", "县教育体育局"),
    ("该局还通过5个工作群布置任务，要求教师每天上传工作照片，以“留痕”代替实际检查。", "formalism"),
    O("该局党组被责令作出深刻检查，分管负责人受到批评教育。"),
    C("四、河口乡与县住建局在群众房屋安全鉴定诉求处理中推诿扯皮问题。", "livelihood bureaucratism", "河口乡|县住建局"),
    ("自2022年10月起，一名村民先后6次反映自家房屋因邻近工地施工出现裂缝，要求进行安全鉴定。", "livelihood"),
    ("河口乡认为属于行业主管部门职责，县住建局则以“应由属地先行核实”为由拒绝受理，双方相互推诿长达8个月。", "livelihood bureaucratism", "河口乡|县住建局"),
    ("直至该村民到县信访局上访，问题才得到处理。", "livelihood bureaucratism"),
    O("河口乡分管负责人和县住建局村镇建设股负责人均被诫勉谈话。"),
    L("形式主义、官僚主义是党的作风建设的大敌，必须坚决反对、持续整治。"),
    L("各级各部门要以案为鉴、举一反三，认真对照查摆自身存在的作风问题。"),
    L("要坚持以人民为中心，对群众反映的诉求首问负责、限时办结，决不允许推诿扯皮。"),
    L("要切实为基层减负，坚决纠治过度留痕、多头报表等问题。"),
    L("县纪委监委将持续开展作风建设专项监督，对典型问题一律点名道姓通报曝光。"),
]

# Notice 4: 问责典型问题 (full-width)
N4 = [
    T("中共枫林县纪委 枫林县监察委员会关于3起落实全面从严治党主体责任不力被问责典型问题的通报"),
    L("为进一步压紧压实全面从严治党政治责任，推动各级党组织和党员领导干部知责明责、履责尽责，现将近期查处的3起问责典型问题通报如下。"),
    L("今年以来，全县共问责党组织6个、党员领导干部23人。"),
    C("（一）县林业局党组落实全面从严治党主体责任不力问题。", "accountability", "县林业局"),
    ("县林业局党组长期重业务轻党建，2021年至2023年未专题研究党风廉政建设工作，对下属单位监督缺位。", "accountability", "县林业局"),
    ("该局所属国有林场场长、副场长相互勾结，违规低价出售林木并从中谋利，涉案金额86万元。", "corruption"),
    O("县林业局党组被责令作出书面检查，党组书记、局长罗某某受到党内警告处分。"),
    C("（二）石坝镇党委履行管党治党责任缺位、基层党组织建设弱化问题。", "accountability party_organization", "石坝镇"),
    ("石坝镇党委对所辖村级党组织“三会一课”制度执行情况长期不检查，其中4个村党支部2022年全年未召开党员大会。", "party_organization accountability", "石坝镇"),
    ("镇党委对村干部监督失之于宽松软，致使石坝镇龙潭村原党支部书记虚报冒领耕地地力保护补贴2.7万元。", "accountability micro_corruption", "石坝镇龙潭村"),
    A("石坝镇党委书记冯某某因履行主体责任不力受到党内警告处分，分管党建工作的副书记被诫勉谈话。", "accountability", "石坝镇"),
    C("（三）县人社局对巡察反馈问题整改敷衍塞责问题。", "rectification", "县人社局"),
    ("2022年县委第三巡察组向县人社局党组反馈问题18个，该局整改方案照搬照抄反馈意见，未制定具体措施。", "rectification formalism", "县人社局"),
    ("整改报告中称已完成的12项问题，经“回头看”核查，有5项实际并未整改。", "rectification"),
    ("其中，违规发放工伤保险待遇问题仍在继续，涉及金额11.3万元。", "rectification finance"),
    O("县人社局党组书记、局长受到党内警告处分，分管副局长和相关股室负责人分别被诫勉谈话。"),
    L("以上3起问题，暴露出一些党组织和领导干部管党治党政治责任意识淡薄，抓党建、抓监督、抓整改失之于宽、失之于软。", "accountability"),
    L("各级党组织要切实担负起全面从严治党主体责任，党组织书记要履行第一责任人职责，班子成员要落实“一岗双责”。"),
    L("要把巡察整改作为检验“两个维护”的重要标尺，坚决防止敷衍整改、虚假整改。"),
    L("县纪委监委将严格落实“一案双查”，对失职失责的严肃问责，绝不姑息。"),
]

# Notice 5: 区纪委监委, 以权谋私和违规经商办企业 (half-width, final 。 kept)
N5 = [
    T("青溪区纪委监委关于5起以权谋私和违规经商办企业典型案例的通报"),
    L("今年以来,区纪委监委坚持严的基调,持续加大对权力集中、资金密集、资源富集领域腐败问题的查处力度。"),
    L("现将5起典型案例通报如下。"),
    C("1.区城市管理局原党组成员、副局长蒋某某收受贿赂问题。", "corruption", "区城市管理局"),
    ("2018年至2022年,蒋某某利用分管户外广告审批和市政设施维护的职务便利,为多家企业承接业务提供帮助。", "corruption"),
    ("蒋某某先后收受上述企业负责人所送财物共计人民币127万元。", "corruption"),
    O("蒋某某受到开除党籍、开除公职处分,其涉嫌受贿犯罪问题已移送检察机关依法审查起诉。"),
    C("2.区水务局工程建设管理站站长龚某某插手工程项目谋取私利问题。", "corruption", "区水务局"),
    ("2021年,龚某某违规干预区内2个农田水利项目的招投标,帮助其亲属实际控制的公司中标,合同金额共计640万元。", "corruption"),
    O("龚某某受到党内严重警告处分和政务降级处分。"),
    C("3.凤栖街道办事处经济发展办公室副主任许某某违规经商办企业问题。", "side_jobs", "凤栖街道办事处"),
    ("2020年5月起,许某某以其母亲名义注册成立一家保洁服务公司,并实际参与经营管理。", "side_jobs"),
    ("许某某利用职务影响为该公司承揽辖区内3个社区的环境卫生服务项目,从中获利18万元。", "corruption side_jobs"),
    O("许某某受到党内严重警告处分,违纪所得予以收缴。"),
    C("4.区教育局原副局长汪某某违规兼职取酬问题。", "side_jobs", "区教育局"),
    ("2019年至2023年,汪某某未经组织批准,在一家民办职业培训学校担任名誉校长,累计领取报酬9.6万元。", "side_jobs"),
    O("汪某某受到党内警告处分,违规所得予以收缴,相关兼职已全部清理。"),
    C("5.区卫生健康局办公室主任万某某篡改本人干部档案问题。", "personnel", "区卫生健康局"),
    ("万某某在2021年干部提拔考察期间,伙同他人篡改本人出生日期和参加工作时间,以规避任职年龄限制。", "personnel"),
    ("区卫生健康局党委在干部选拔任用中审核把关不严,未按规定开展干部档案专项审核。", "personnel", "区卫生健康局"),
    O("万某某受到党内严重警告处分,被降为一级主任科员,其违规取得的职务予以纠正。"),
    A("区卫生健康局党委书记因选人用人把关失责被责令作出书面检查。", "personnel", "区卫生健康局"),
    L("全区党员干部要深刻汲取教训,正确对待和行使手中权力,做到公私分明、清正廉洁。"),
    L("各级党组织要加强对关键岗位、关键人员的日常监督,防止权力失控、行为失范。"),
    L('组织人事部门要严把干部选拔任用政治关、廉洁关,坚决防止"带病提拔"。'),
    L('区纪委监委将持续深化"以案促改",一体推进不敢腐、不能腐、不想腐。'),
]

# Notice 6: 县委巡察办, 巡察整改不力 (full-width)
N6 = [
    T("中共白沙县委巡察工作领导小组办公室关于巡察整改不力典型问题的通报"),
    L("为推动巡察整改落地见效，县委巡察办会同县纪委监委党风政风监督室对十三届县委第四轮、第五轮巡察整改情况开展了督查。"),
    L("现将督查中发现的5起典型问题通报如下。"),
    C("一、县文化广电旅游局整改“纸上走、不落地”问题。", "rectification formalism", "县文化广电旅游局"),
    ("县委第二巡察组反馈该局“景区门票收入管理不规范”问题后，该局仅印发了一份管理办法，未对存在的问题进行清理。", "rectification formalism"),
    ("督查抽查发现，所属景区管理处仍存在门票收入未及时上缴、现金坐支等问题，涉及资金23.5万元。", "rectification finance"),
    O("该局党组书记被约谈，党组被责令限期重新整改。"),
    C("二、县卫生健康局虚假整改问题。", "rectification", "县卫生健康局"),
    ("在整改报告中，县卫生健康局将“医疗设备采购未按规定招标”问题报告为已整改完成。", "rectification", "县卫生健康局"),
    ("经核查，该局2023年仍有2批次医疗设备采购通过拆分合同规避公开招标，金额共计186万元。", "rectification finance"),
    O("县卫生健康局分管副局长受到政务警告处分，财务股负责人被免职。"),
    C("三、城南镇对村务公开问题整改敷衍问题。", "rectification disclosure", "城南镇"),
    ("巡察指出城南镇部分村村务公开不及时、不规范，该镇仅要求各村重新张贴了公开栏，未建立定期公开制度。", "rectification disclosure", "城南镇"),
    ("督查组随机走访的6个村中，有4个村的财务收支情况连续两个季度未公开。", "disclosure rectification"),
    O("城南镇党委书记被约谈，镇党委向县委作出书面检查。"),
    C("四、县国有资产投资经营公司整改进度严重滞后问题。", "rectification", "县国有资产投资经营公司"),
    ("巡察反馈的14个问题已超过整改时限4个月，仍有6个问题整改进度未过半。", "rectification"),
    ("其中对外出借资金未收回问题，该公司至今未采取法律手段追索，涉及本金1500万元。", "rectification finance"),
    O("该公司董事长、总经理被诫勉谈话。"),
    C("五、龙泉乡整改过程中问题反弹回潮问题。", "rectification", "龙泉乡"),
    ("巡察后龙泉乡一度清退了违规发放的村干部加班补贴，但2023年下半年又以“值班补助”名义重新发放，涉及18人2.16万元。", "rectification extravagance", "龙泉乡"),
    O("龙泉乡党委被通报批评，乡党委书记作出书面检查。"),
    L("巡察整改是巡察工作的“后半篇文章”，整改不落实，巡察就会失去应有作用。"),
    L("各被巡察党组织要切实扛起整改主体责任，对照反馈问题逐项“回头看”，确保真改实改、全面整改。"),
    L("对整改不力、敷衍整改、虚假整改的，县委巡察办将会同县纪委监委严肃追责问责。"),
    L("请各单位于11月30日前将本单位举一反三自查自纠情况报县委巡察办。"),
]

# Notice 7: 年度查处情况通报 with figures (full-width)
N7 = [
    T("清河县纪委监委关于2023年全县查处违反中央八项规定精神问题情况的通报"),
    H1("一、总体情况"),
    L("2023年，全县纪检监察机关共查处违反中央八项规定精神问题58起，处理77人，给予党纪政务处分49人。"),
    L("其中，查处享乐主义、奢靡之风问题41起，处理54人。"),
    L("查处形式主义、官僚主义问题17起，处理23人，其中给予党纪政务处分12人。"),
    L("从问题类型看，违规收送礼品礼金问题仍然多发，共查处19起，占享乐主义、奢靡之风问题总数的46.3%。", "extravagance"),
    L("违规吃喝问题较上年增加5起，且多发生在私人会所、农家乐等隐蔽场所。", "extravagance"),
    L("违规发放津补贴或福利问题查处9起，与上年基本持平。"),
    L("从查处对象看，享乐主义、奢靡之风问题中乡镇和村（社区）干部占比较高，达到处理人数的61%。", "extravagance"),
    L("形式主义、官僚主义问题主要表现为在履职尽责、服务群众中不担当、不作为、慢作为，共查处12起。", "bureaucratism"),
    H1("二、典型问题"),
    C("（一）县城投公司副总经理钟某某违规接受宴请并收受礼金问题。", "extravagance", "县城投公司"),
    ("2023年2月，钟某某接受某建筑企业负责人安排的宴请，并收受对方所送礼金6000元。", "extravagance"),
    O("钟某某受到党内警告处分，所收礼金已上缴县纪委监委廉政账户。"),
    C("（二）马坪镇违规发放福利问题。", "extravagance", "马坪镇"),
    ("2023年中秋节前，马坪镇以“慰问困难职工”名义，为全体干部职工每人发放价值500元的购物卡，共计3.1万元，在镇财政“困难职工帮扶”科目列支。", "extravagance finance", "马坪镇"),
    O("马坪镇党委书记、镇长均受到党内警告处分，违规发放的购物卡已全部收回。"),
    C("（三）县统计局统计执法检查流于形式问题。", "bureaucratism formalism", "县统计局"),
    ("2023年，县统计局开展的12次统计执法检查均未实地核查企业原始记录，仅凭企业报送的材料出具检查意见。", "bureaucratism formalism", "县统计局"),
    O("县统计局党组书记、局长被诫勉谈话，执法股股长受到政务警告处分。"),
    H1("三、工作要求"),
    L("各级党组织要清醒认识纠治“四风”的长期性、复杂性，绝不能有松劲歇脚、疲劳厌战的思想。"),
    L("要紧盯违规吃喝、收送礼金等易发多发问题，持续深化专项整治。"),
    L("要坚持风腐同查，既查“四风”问题背后的腐败，也查腐败背后的作风问题。"),
    L("县纪委监委将把元旦、春节作为监督重点，一个节点一个节点抓。"),
]

# Notice 8: 工程建设和国有企业领域 (full-width)
N8 = [
    T("云台县纪委监委关于4起工程建设和国有企业领域典型问题的通报"),
    L("今年以来，县纪委监委聚焦工程建设、国有企业等重点领域，深入开展专项整治，查处了一批违纪违法问题。"),
    L("为强化警示教育，现就其中4起问题予以通报。"),
    C("1．县交通建设投资集团有限公司原董事长韩某某严重违纪违法问题。", "corruption", "县交通建设投资集团有限公司"),
    ("韩某某在担任县交投集团董事长期间，利用职务便利在工程承揽、工程款拨付等方面为他人谋取利益，收受财物共计312万元。", "corruption", "县交投集团"),
    ("韩某某还违规决定向无业务往来的民营企业出借资金2000万元，造成国有资产损失430万元。", "finance"),
    O("韩某某受到开除党籍处分，涉嫌犯罪问题移送检察机关依法审查起诉，所涉财物随案移送。"),
    C("2．县城乡供水公司规避招标、违规发包工程问题。", "finance", "县城乡供水公司"),
    ("2022年，该公司将总投资780万元的管网改造工程拆分为6个标段，以询价方式直接发包给3家施工企业。", "finance"),
    ("部分工程在未签订合同的情况下即开工建设，结算时工程量虚增17万元。", "finance"),
    O("该公司总经理汤某某受到政务记过处分，工程部经理被免职。"),
    C("3．县住房保障服务中心主任魏某某违规为亲属分配保障性住房问题。", "micro_corruption", "县住房保障服务中心"),
    ("2021年，魏某某授意工作人员将不符合条件的2名亲属列入公租房保障对象，并优先分配房源。", "micro_corruption"),
    ("同期，有36户符合条件的申请家庭轮候超过2年仍未配租。", "livelihood"),
    O("魏某某受到党内严重警告处分，违规分配的住房已全部收回。"),
    C("4．县城投公司财务部经理范某某违规兼职取酬并利用职务便利为亲属企业谋利问题。", "side_jobs corruption", "县城投公司"),
    ("2020年以来，范某某在其配偶控股的会计代理公司兼任财务顾问，领取报酬7.2万元。", "side_jobs"),
    ("范某某还利用工作便利，介绍公司下属子公司将代理记账业务交由该会计代理公司承接，涉及费用13万元。", "corruption side_jobs"),
    O("范某某受到党内警告处分，被调离财务岗位。"),
    L("工程建设和国有企业领域资金密集、资源集中，历来是廉洁风险防控的重点。"),
    L("各有关单位要以案为鉴，健全完善工程项目招投标、资金管理、物资采购等制度，堵塞管理漏洞。"),
    L("县属国有企业党组织要严格落实“三重一大”决策制度，加强对“一把手”和关键岗位人员的监督。"),
    L("各级纪检监察组织要加强对重点领域的日常监督，做到早发现、早提醒、早纠正。"),
]

# Notice 9: 民生保障和安全生产领域履职不力 (full-width)
N9 = [
    T("石桥区纪委监委关于4起民生保障和安全生产领域履职不力典型问题的通报"),
    L("为推动全区党员干部切实增强为民服务意识，现将近期查处的4起民生保障和安全生产领域履职不力典型问题通报如下。"),
    C("一、长坡街道、区应急管理局对辖区企业安全隐患排查整治不到位问题。", "bureaucratism", "长坡街道|区应急管理局"),
    ("经调查，发生火灾的木材加工厂长期存在消防通道堵塞、电气线路私拉乱接等隐患，长坡街道安全生产监督管理办公室在当年3次检查中均未发现。", "bureaucratism", "长坡街道"),
    ("区应急管理局对街道安全生产工作指导督促不力，对群众举报该厂的线索未及时转办核查。", "bureaucratism", "区应急管理局"),
    A("长坡街道分管副主任苏某某因对辖区安全隐患排查不到位被诫勉谈话。", "bureaucratism", "长坡街道"),
    O("区应急管理局执法大队大队长受到政务警告处分。"),
    C("二、区人社局劳动保障监察大队处理农民工欠薪投诉不力问题。", "bureaucratism livelihood", "区人社局"),
    ("2022年10月至2023年1月，23名农民工先后4次投诉某建筑项目拖欠工资38.6万元，劳动保障监察大队仅电话督促施工方，未依法立案查处。", "livelihood bureaucratism"),
    ("农民工讨薪无果后集体到区政府上访，造成不良影响。", "livelihood"),
    O("劳动保障监察大队大队长邱某某受到政务记过处分，区人社局分管副局长被诫勉谈话。"),
    C("三、区住房和城乡建设局、区规划分局对老旧小区加装电梯诉求久拖不决问题。", "livelihood bureaucratism", "区住房和城乡建设局|区规划分局"),
    ("自2021年起，某老旧小区居民多次通过12345热线反映加装电梯审批难，累计工单47件。", "livelihood"),
    ("区住房和城乡建设局与区规划分局在审批权限上相互推诿，群众诉求两年多未得到解决。", "livelihood bureaucratism", "区住房和城乡建设局|区规划分局"),
    O("区住房和城乡建设局分管副局长、区规划分局局长被约谈。"),
    C("四、梧桐街道桂香社区党委组织生活不严肃、党费收缴管理不规范问题。", "party_organization", "梧桐街道桂香社区"),
    ("2022年，该社区党委所属3个党支部“三会一课”记录系事后集中补写，部分会议实际未召开。", "party_organization formalism"),
    ("社区党委连续8个月未按规定收缴党员党费，已收缴的党费与社区工作经费混用。", "party_organization finance"),
    A("梧桐街道党工委对此长期失察，街道党工委副书记因履行党建工作责任不力被约谈。", "accountability", "梧桐街道"),
    O("桂香社区党委书记受到党内警告处分。"),
    L("民生无小事，安全责任重于泰山。"),
    L("各级各部门要树牢以人民为中心的发展思想，对群众急难愁盼问题主动作为、马上就办。"),
    L("要严格落实安全生产“党政同责、一岗双责”，常态化开展隐患排查整治，坚决守住安全底线。"),
    L("区纪委监委将持续加强对民生保障和安全生产领域履职情况的监督检查，对失职失责的坚决追责问责。"),
]

NOTICES = [N1, N2, N3, N4, N5, N6, N7, N8, N9]

# Standalone outcome lines. Bare outcomes: (text, section), not findings.
BARE_OUTCOMES = [
    ("县卫健局原党组成员、副局长罗某某受到开除党籍、开除公职处分。", "二、典型案例"),
    ("王某某被免去现任职务，调离原工作岗位。", "（二）处理情况"),
    ("违规发放的补贴已全部追缴,退还至镇财政账户", "处理结果"),
    ("其涉嫌职务违法问题已移送市监察委员会依法处置。", "二、典型案例"),
    ("其他3名相关人员分别被提醒谈话。", "（三）问责情况"),
    ("责令当事人将多领取的差旅补助4860元全额退还。", "处理结果"),
    ("黄某某受到留党察看一年处分,政务撤职,降为四级主任科员", "典型问题"),
    ("相关责任人均已按规定作出书面检查", "(二)处理情况"),
    ("李某某被给予诫勉处理,取消年度评优评先资格", "典型问题"),
    ("涉案款项已依法冻结,案件正在进一步审理中", "案件通报"),
    ("经县委研究,决定对其予以免职", "（二）处理情况"),
    ("青石村村委会主任邹某某被依法罢免。", "典型问题"),
    ("该局党组向县委作出深刻检查，并在全局干部职工大会上通报。", "（三）问责情况"),
    ("两人均被责令辞职", "(三)问责情况"),
    ("刘某某受到党内严重警告处分,其收受的购物卡已予以收缴。", "二、典型案例"),
    ("对该镇党委进行通报批评,镇党委书记被约谈。", "(三)问责情况"),
    ("陈某某受到政务记过处分,相关款项1.2万元予以追缴", "处理结果"),
    ("经区委常委会研究,给予该街道党工委通报问责", "(三)问责情况"),
    ("对涉案的3名村干部,由镇党委分别给予党内警告处分", "典型问题"),
]

# Held accountable for a failure: (text, cats, units, section), findings.
HELD_ACCOUNTABLE = [
    ("县水利局党组因履行全面从严治党主体责任不力被问责,党组书记作出书面检查。", "accountability", "县水利局", "(三)问责情况"),
    ("城关镇安监站站长因对辖区燃气安全隐患排查不到位被诫勉谈话。", "bureaucratism", "城关镇", "典型问题"),
    ("县医疗保障局党组书记因对局属单位违规报销问题监管失职受到党内警告处分。", "accountability", "县医疗保障局", "二、典型案例"),
    ("王家坝乡分管副乡长因疫情防控物资管理混乱、工作失职被诫勉谈话", "bureaucratism", "王家坝乡", "(三)问责情况"),
    ("县民政局社会救助股股长因低保审核把关不严,导致12名不符合条件人员享受低保,受到政务警告处分", "bureaucratism", "县民政局", "典型问题"),
    ("两名驻村干部因帮扶工作作风不实、入户走访走过场被通报批评", "bureaucratism formalism", "", "(三)问责情况"),
    ("县审计局副局长因对审计发现问题督促整改不力被提醒谈话。", "rectification", "县审计局", "处理结果"),
    ('县公路局党总支书记因落实党风廉政建设"一岗双责"不到位受到党内警告处分', "accountability", "县公路局", "案件通报"),
    ("县第一中学校长因学校食堂食品安全管理失职被免职。", "bureaucratism", "县第一中学", "二、典型案例"),
    ("和平镇党委因对上轮巡察反馈问题敷衍整改被责令作出书面检查。", "rectification", "和平镇", "（三）问责情况"),
    ("县交通运输局执法大队2名执法人员因在路面执法中吃拿卡要被调离执法岗位。", "micro_corruption", "县交通运输局", "典型问题"),
    ("县委组织部干部监督科负责人因干部档案审核把关不严被诫勉谈话。", "personnel", "县委组织部", "（二）处理情况"),
    ("因违规发放津补贴问题被追责,县林草局局长受到政务记过处分", "extravagance", "县林草局", "(二)处理情况"),
    ("县住建局分管领导因对建筑工地欠薪问题处置不力,引发群体性上访,被问责", "livelihood bureaucratism", "县住建局", "（三）问责情况"),
    ("县委办公室督查室负责人因督查检查考核过多过频、加重基层负担被诫勉谈话", "formalism", "县委办公室", "典型问题"),
    ("杨柳镇柳塘村党支部书记因村级财务管理混乱、白条入账,被诫勉谈话。", "finance", "杨柳镇柳塘村", "二、典型案例"),
    ("县融媒体中心主任因意识形态工作责任制落实不到位被约谈。", "study", "县融媒体中心", "处理结果"),
    ("新华街道党工委书记因辖区违法建设长期整治不力、群众反映强烈,被约谈", "bureaucratism livelihood", "新华街道", "典型问题"),
    ("县教育局党组因对学校违规收费问题监管缺位、主体责任落实不力被通报问责", "accountability", "县教育局", "(三)问责情况"),
    ("白石镇3个村党支部书记因连续半年未按规定召开支部党员大会,被诫勉谈话", "party_organization", "白石镇", "案件通报"),
    ('县国资中心党组书记因"三重一大"事项未经集体研究即作决定,受到党内警告处分', "political_life", "县国资中心", "(二)处理情况"),
]


# ---------------------------------------------------------------- build and validate
# The checks, the writer and the counts are shared by every part: corpora/corpus_check.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import corpus_check  # noqa: E402


def record(text, cats, units, section):
    cats = cats.split()
    return {"text": text, "is_problem": bool(cats), "categories": cats,
            "units": [u for u in units.split("|") if u], "section": section}


def notice_records(notice):
    """Turn one notice into (kind, record) pairs, each record with the heading it sits under:
    the title for the title, lead and closing lines, a heading for lines under it, a case
    title for the case's facts and outcomes."""
    out = []
    title = h1 = case = None
    for e in notice:
        kind = e[0]
        if kind == "T":
            title = e[1]
            out.append((kind, record(title, "", "", title)))
        elif kind == "H1":
            h1, case = e[1], None
            out.append((kind, record(h1, "", "", title)))
        elif kind == "L":
            case = None
            out.append((kind, record(e[1], e[2], e[3], h1 or title)))
        elif kind == "C":
            out.append((kind, record(e[1], e[2], e[3], h1 or title)))
            case = e[1]
        elif kind == "O":
            out.append((kind, record(e[1], "", "", case or h1 or title)))
        elif kind == "A":
            out.append((kind, record(e[1], e[2], e[3], case or h1 or title)))
        else:
            text, cats, units = (e + ("", ""))[:3]
            out.append(("F", record(text, cats, units, case or h1 or title)))
    return out


def all_records():
    pairs = [p for n in NOTICES for p in notice_records(n)]
    pairs += [("O", record(t, "", "", s)) for t, s in BARE_OUTCOMES]
    pairs += [("A", record(t, c, u, s)) for t, c, u, s in HELD_ACCOUNTABLE]
    return pairs


def _has_section(r):
    return None if r.get("section") else f"no section: {r['text']}"


def _outcome_checks(pairs):
    """Bare outcomes carry no labels and name no failure with 因; held-accountable lines
    are findings and say what for."""
    errors = []
    for kind, r in pairs:
        if kind == "O" and (r["is_problem"] or "因" in r["text"]):
            errors.append(f"bare outcome labelled or with a reason: {r['text']}")
        if kind == "A" and not (r["is_problem"] and ("因" in r["text"] or "不严" in r["text"])):
            errors.append(f"held-accountable line without a failure: {r['text']}")
        if kind == "C" and not r["is_problem"]:
            errors.append(f"case title not a finding: {r['text']}")
    return errors


if __name__ == "__main__":
    pairs = all_records()
    errs = _outcome_checks(pairs)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    records = corpus_check.build("part_q", [r for _, r in pairs], Path(__file__).resolve().parent,
                                 (_has_section,))
    kinds = Counter(k for k, _ in pairs)
    print(f"notices {len(NOTICES)} (lines per notice: {[len(n) for n in NOTICES]})")
    print(f"case titles {kinds['C']}, fact lines {kinds['F']}, bare outcomes {kinds['O']}, "
          f"held-accountable {kinds['A']}, lead/lessons/statistics {kinds['L']}, "
          f"titles+headings {kinds['T'] + kinds['H1']}")
    print(f"standalone lines {len(BARE_OUTCOMES) + len(HELD_ACCOUNTABLE)} "
          f"(bare {len(BARE_OUTCOMES)}, held accountable {len(HELD_ACCOUNTABLE)})")

"""Unit recognition on characters: lists, 原, villages under towns, offices, exclusions."""
from __future__ import annotations

import pytest

from pipeline.units import DocumentNames, UnitRecognizer, suggest_aliases


@pytest.fixture(scope="module")
def rec():
    return UnitRecognizer()


@pytest.mark.parametrize("text, units", [
    ("县财政局、县审计局等5个单位未按要求开展中心组学习", ["县财政局", "县审计局"]),
    ("巡察发现东山镇、西河乡部分村三会一课制度执行不到位", ["东山镇", "西河乡"]),
    ("原县商务局超标准报销差旅费", ["原县商务局"]),
    # 原 before a generic word qualifies that word: the unit is the name after it
    ("原有关县财政局违规列支接待费", ["县财政局"]),
    ("原相关县交通局违规发放补贴", ["县交通局"]),
    # a verb ending in 给 takes the unit as its object; it is not part of the name
    ("县财政局已收回出借给县城投公司的借款6000万元", ["县财政局", "县城投公司"]),
    # a part named after 所属 without a place of its own counts as the unit before it
    ("县交通运输局所属公路养护中心发生公款吃喝问题", ["县交通运输局"]),
    # 村账镇代理 is a bookkeeping scheme, not a town
    ('虽然实行了"村账镇代理",但石桥镇农经站审核把关流于形式', ["石桥镇"]),
    ("城关镇李家村村务公开不及时", ["城关镇李家村"]),
    # a village whose name ends like a not-unit word (山村) or starts with a stop character (中)
    ("石牛镇金山村违规发放年终奖", ["石牛镇金山村"]),
    ("石岭镇中岭村党支部组织生活记录集中补记", ["石岭镇中岭村"]),
    # a bureau's head after its name, read by jieba as 局局长; an academy's short name
    ("原县国土资源局局长插手土地出让", ["原县国土资源局"]),
    ("县农科院党委会研究事项搞一言堂", ["县农科院"]),
    ("石泉镇党委落实主体责任不力", ["石泉镇"]),
    ("县交通局运输管理所违规发放补贴", ["县交通局"]),
    ("长坡街道安全生产监督管理办公室检查走过场", ["长坡街道"]),
    ("县财政局办公室违规报销接待费用", ["县财政局"]),
    ("县住房和城乡建设局、县人力资源和社会保障局未按规定招标", ["县住房和城乡建设局", "县人力资源和社会保障局"]),
    ("县第一中学违规收费", ["县第一中学"]),
    ("青龙湖管委会、市妇联等单位谈心谈话流于形式", ["青龙湖管委会", "市妇联"]),
    ("县住建局和县税务局之间相互推诿", ["县住建局", "县税务局"]),
    ("区公路管理中心超标准配备公务用车", ["区公路管理中心"]),
    # a place after 局属/下属 names a unit of its own
    ("局属县木材检查站接待费用支出不规范", ["县木材检查站"]),
    ("县委党校培训费管理不规范", ["县委党校"]),
    ("团县委1名干部违规在青年创业协会兼职", ["团县委"]),
    ("县供销合作社联合社规避招标", ["县供销合作社联合社"]),
    ("马场乡中心校违规组织教职工外出旅游", ["马场乡中心校"]),
    ("县教育和体育局对民办学校年检把关不严", ["县教育和体育局"]),
    ("城南中学违规向教职工发放补课费", ["城南中学"]),
    ("县扶贫办个别工作人员违规发放补助", ["县扶贫办"]),  # jieba tags 扶贫办 an idiom
    ("县中医院医生在民营医院兼职坐诊", ["县中医院"]),
    ("河湾镇长坡村党支部书记长期不组织三会一课", ["河湾镇长坡村"]),
    # jieba reads 镇原 as one word: the unit still ends at 镇
    ("柳河镇原分管城建副镇长收受好处费", ["柳河镇"]),
    # a person's role ends a name: the unit is what stands before it
    ("县国有林场场长违规兼任私营林业公司监事", ["县国有林场"]),
    ("区妇幼保健院院长办公室使用面积超标", ["区妇幼保健院"]),
    # 交办 is no ending (局交办); the unit that hands a matter over is not its subject
    ("县卫健局领导班子成员的办公室面积超标,县卫健局交办的事项推进慢", ["县卫健局"]),
    # 和 inside one department's name, not between two units
    ("县粮食和物资储备局党组一年未听取下属单位汇报", ["县粮食和物资储备局"]),
    ("市政务服务和大数据管理局建成的平台使用率低", ["市政务服务和大数据管理局"]),
    # a part named right after its parent counts as the parent; a branch bureau is its own unit
    ("县人民法院执行局部分执行案件超期未结", ["县人民法院"]),
    ("高新区管委会社会事务局对民间信仰场所管理不规范", ["高新区管委会"]),
    ("县司法局社区矫正工作存在脱管漏管现象", ["县司法局"]),
    ("市公安局城东分局个别民警违规查询公民个人信息", ["市公安局城东分局"]),
    ("龙城区城投公司结算价款虚高", ["龙城区城投公司"]),
    # the body that handed a problem over is not its subject (转办的)
    # a place in the clause a unit's 对 governs is the object of its failing, unless named again
    ("青石镇党委对柳塘村长期存在的问题失察", ["青石镇"]),
    ("翠湖社区居委会主任违规代签考勤表", ["翠湖社区"]),
    ("县水利局对枣林乡群众反映的问题答复不清，枣林乡也未跟进", ["县水利局", "枣林乡"]),
    ("县住建局对群众反映的漏水问题与县水务局相互推诿", ["县住建局", "县水务局"]),
    ("区信访局转办的拆迁补偿问题，区住建局与白沙街道相互推诿", ["区住建局", "白沙街道"]),
])
def test_units_finds_named_units(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


@pytest.mark.parametrize("text, units", [
    # the body that pointed a problem out is not its subject; 上轮巡察 between leaves the unit
    ("县审计局指出的保障性住房违规分配问题至今未整改", []),
    ("市委政法委执法检查反馈的案件质量问题整改不彻底", []),
    ("对县医保局检查指出的超标准收费问题整改不彻底", []),
    ("县审计局2022年审计指出的4个问题中有2个整改不到位", []),
    ("县交通运输局上轮巡察指出的超职数配备问题未整改到位", ["县交通运输局"]),
    ("县住建局对审计指出的违规收取保证金问题未退款", ["县住建局"]),
    # a village named with its town, where jieba reads across the ending (村村, 山村, 村干部)
    ("麻柳乡马家寨村村主任从危房改造补助中扣留500元", ["麻柳乡马家寨村"]),
    ("蒿坪镇田坝村村会计把12户低保户的存折统一保管", ["蒿坪镇田坝村"]),
    ("岔河镇双龙村干部向申请低保的群众每户收取300元", ["岔河镇双龙村"]),
    ("致使红岩镇茶园村村主任长期侵占集体林地承包款", ["红岩镇茶园村"]),
    # a town whose ending jieba joins to the next word (乡干部, 乡村干部, 镇上/报)
    ("高桥乡干部职级晋升程序倒置", ["高桥乡"]),
    ("鹤鸣乡村干部培训内容针对性不强", ["鹤鸣乡"]),
    ("双塘镇上报村干部冒领养老保险补贴问题已整改到位", ["双塘镇"]),
    # a verb before 村干部 or 乡政府 takes them as its object: no village or town is named
    ("柳河镇3个村将帮扶资金挪用于发放村干部误工补贴", ["柳河镇"]),
    ("荷塘乡党委书记在春节期间收受村干部赠送的土特产", ["荷塘乡"]),
    ("乐平乡将项目资金挪去修缮乡政府办公楼，相关支出未纳入乡财政账务核算", ["乐平乡"]),
    ("杉木镇村干部年度考核结果运用不够", ["杉木镇"]),
    ("县林业局从生态公益林补偿资金中列支局机关接待费8.6万元", ["县林业局"]),
    ("县市场监管局2名干部被问责，暴露出局党组对干部日常管理监督不严", ["县市场监管局"]),
    ("镇纪委专职干部长期被抽调从事中心工作", []),
    ("柳林镇群众反映饮用水浑浊，镇里让找县水务局", ["柳林镇", "县水务局"]),
    # a role or 机关 after the name, read by jieba as one word with the ending (医院院长, 局机关)
    ("县人民医院院长兼任某药企顾问", ["县人民医院"]),
    ("县中医院院长办公会替代党委会研究干部任免", ["县中医院"]),
    ("县农业农村局机关支部委员会长期缺额2人", ["县农业农村局"]),
    ("桃林乡九年一贯制学校将营养改善计划结余资金用于购买办公用品", ["桃林乡九年一贯制学校"]),
    ("古镇村村务监督委员会形同虚设", ["古镇村"]),
    # a unit named again, in full or by the tail of its name, is listed once (its first mention)
    ("县人民法院有27件案件超审限未结，县人民法院执行局对部分案件监督不到位", ["县人民法院"]),
    ("县人社局发放的培训补贴中有3家机构虚报学员，人社局审核时从未核对花名册", ["县人社局"]),
    ("县交通局未按规定招标，原县交通局局长插手工程", ["县交通局"]),
    # a centre's departments count as the centre; 中心 before 学校/卫生院 is part of one name
    ("县融媒体中心新闻采编部2023年有14篇稿件未经终审即发布", ["县融媒体中心"]),
    ("城关镇中心学校挪用义务教育公用经费11.2万元", ["城关镇中心学校"]),
    ("市中心医院对外投资未进行可行性论证", ["市中心医院"]),
    # a village's or community's economic body counts as the village or community
    ("柏林村集体经济合作社3年未做账", ["柏林村"]),
    ("江滨街道沙洲社区股份经济合作社将集体店面低价出租", ["江滨街道沙洲社区"]),
    # the body that checked, audited or reported (in minutes) is not the subject
    ("县审计局审计发现，县园林绿化中心工程量清单虚高", ["县园林绿化中心"]),
    ("县机关工委对92个机关支部抽查发现，有37个支部组织生活会程序不规范", []),
    ("区信访局汇报：一季度征地拆迁补偿领域信访量上升21%", []),
    ("松山镇对2021年审计发现的5个问题未整改到位", ["松山镇"]),
    ("县水投公司因党风廉政建设责任落实不到位，被市国资委约谈", ["县水投公司"]),
    # a count's measure word, a verb or 原 before the ending is not part of a name
    ("县教育局监管不严，2所农村小学食堂虚报就餐人数", ["县教育局"]),
    ("全县14家乡镇卫生院中仍有6家没有全科医生", []),
    ("上述问题反映出锦江镇党委对村干部监督管理存在漏洞", ["锦江镇"]),
    ("镇党委对村级党组织监督偏松偏软，2023年未开展村党组织书记述责述廉评议", []),
    ("本人作为局党组第一责任人，对班子成员督促不够", []),
    ("管护资金9.6万元滞留镇财政所两年以上", []),
    ("石桥镇柳树湾村原村党支部书记虚报冒领补贴4.3万元", ["石桥镇柳树湾村"]),
    ("县林业和草原局党组落实主体责任不力", ["县林业和草原局"]),
    # an office of a town the sentence does not name; levels are not units
    ("镇便民服务中心工作人员上班时间擅离岗位", []),
    ("东关街道热线工单按期办结率在全区街道中排名末位", ["东关街道"]),
    # 二小 names a school; a hall is part of the unit it stands in
    ("区实验二小食堂采购账目不清", ["区实验二小"]),
    ("区人民医院门诊大厅自助机长期故障未修复", ["区人民医院"]),
])
def test_units_where_jieba_reads_across_the_name(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


@pytest.mark.parametrize("text", [
    "有的单位中心组学习不深入",
    "部分基层党组织三会一课不规范",
    "全区共有41名领导干部被问责",
    "县委巡察组发现问题线索12件",
    "政法系统有23人因违反工作纪律被查处",
    "一些村(社区)违规发放津补贴",
    "滨江花园小区停车难问题突出",
    "满足于完成上级交办的常规任务",
    "个别派出所民警充当保护伞",
    "形成了新格局",
    # a function word glued to an ending, first-person references, relations without a place
    "我局在防汛物资采购中存在先采购后补手续的情况",
    "你中心对群众反映的问题回应不及时",
    "对局属公路养护中心以维修费名义虚列支出的问题失管失察",
    "2022年以来所辖社区先后有6名干部受到党纪处分",
    "部分村用村集体收入违规发放节日福利",
    "局长办公室使用面积达42平方米",
    "个别干部操办子女婚宴超过规定桌数",
    "窗口单位门好进、事难办",
    "局领导办公室面积超出规定标准",
    "在职干部违规持有非上市公司股份",
    "部分村干部违规领取社区工作补助",
    # the former, another, stationed in: no name of a unit
    "账目仍由原村会计个人保管",
    "村集体林地低价承包给外村人员",
    "驻局纪检监察组提出的监督建议未落实",
    "利用代管村集体资金的便利挪用公款",
    # a kind of office every town has, its town not named
    "便民服务中心窗口人员上班时间玩手机",
    # a kind of village, a bookkeeping scheme, villages listed as weak
    "部分自然村尚未通硬化路",
    "村财乡管制度执行不到位",
    "2个村连续两年被列为软弱涣散村",
    # ... and the phrases themselves
    "工作队进村入户走过场",
    "镇干部包村不到位",
    "强村富民项目推进缓慢",
    "在农家乐宴请镇干部",
    # the inspecting body stationed in a unit (taxonomy: inspecting bodies are no units)
    "原派驻县水务局纪检监察组组长受到诫勉处理",
    "驻县卫健局纪检组对驻在部门监督不深入",
    # a verb of money taken or faked before 村道 (a village road)
    "相关资金通过虚列村道维修工程支出的方式套取",
    # going into a community; the local street office; an office of the company referred to
    "网格员未经招聘直接进入社区工作",
    "干部深入社区走访不够",
    "供水企业与属地街道相互推诿",
    "该公司客服中心以产权不清为由不予处理",
    # a community's committee written without the community's name
    "1名受过刑事处罚人员当选社区居委会委员",
])
def test_units_ignores_generic_subjects_sectors_places_and_words(rec, text):
    assert rec.find(text) == []


@pytest.mark.parametrize("text, units", [
    # a proper name before its party committee: no place needed (提级巡视 of a university, a bank)
    ("江南大学党委落实全面从严治党主体责任不够有力", ["江南大学"]),
    ("仁和医院党委对医保基金使用监管不严", ["仁和医院"]),
    ("海川银行党委对信贷业务风险管控不严", ["海川银行"]),  # a name jieba does not know
    ("海川职业技术学院党委对校属企业监管缺位", ["海川职业技术学院"]),
    # a legal form ends a company's own name
    ("北辰物流有限公司违规出借资金1.2亿元", ["北辰物流有限公司"]),
    # a whole name jieba's dictionary holds as a proper noun
    ("上海交通大学党建工作考核流于形式", ["上海交通大学"]),
    # a legal form or an affiliation makes a name of its own whatever word starts it
    ("瀚海路桥建设有限公司以邀请招标代替公开招标", ["瀚海路桥建设有限公司"]),
    ("临江理工大学附属医院部分职能科室推诿扯皮", ["临江理工大学附属医院"]),
    ("巡视组对澄江大学附属第二医院开展延伸巡视", ["澄江大学附属第二医院"]),  # an ordinal after 附属
    # rural credit cooperatives, and a bank's branch counted as its bank (an office inside it)
    ("县农村信用合作联社违规发放贷款", ["县农村信用合作联社"]),
    ("省联社科技信息中心多个信息化项目化整为零", ["省联社"]),
    ("县农商银行城关支行违规向员工发放购物卡", ["县农商银行"]),
    ("原石坪村并入柳湾村后资产至今未移交", ["原石坪村", "柳湾村"]),  # 并入 ends a name
    ("县融资再担保有限公司违规为关联企业提供担保", ["县融资再担保有限公司"]),  # 再担保: one word
    # the school runs the company; 占用 takes an object; a 师大's affiliated school
    ("巡察指出，学院校办企业临湖实业发展有限公司账目混乱", ["临湖实业发展有限公司"]),
    ("校办临湖教育科技有限公司长期经营亏损", ["临湖教育科技有限公司"]),
    ("临湖置业有限公司3个项目去化缓慢，占用集团资金38.6亿元", ["临湖置业有限公司"]),
    ("临湖师大附属实验学校违规收取择校费", ["临湖师大附属实验学校"]),
    # a village's 两委 after its name; a list marker glued before one; 多个村 is no village
    ("青石镇青石村两委成员从村集体账上领取值班费", ["青石镇青石村"]),
    ("⑪县团委青年之家阵地建设流于形式", ["县团委"]),
    ("白沙镇多个村党支部以集中学习文件代替主题党日活动", ["白沙镇"]),
    # a school's head or teacher after its name (jieba: 小学校长, 中学教师)
    ("岑溪县第二小学校长违规收费", ["岑溪县第二小学"]),
    ("棠溪市第五中学教师违规有偿补课", ["棠溪市第五中学"]),
    # 人为 (N人为…), 超出, 授意, 中标 and a count of cases (3起) are no part of a name
    ("城关镇连续发生3起村干部侵占集体资金案件，其中2人为镇干部亲属", ["城关镇"]),
    ("该公司发放补贴超出集团规定标准", []),
    ("储某某授意青石镇下坪村将工程交由其朋友施工", ["青石镇下坪村"]),
    # villages whose names end like 建村, 强村, 进村, 联村 (a verb and 村 where jieba starts no word)
    ("城关镇新建村党支部软弱涣散", ["城关镇新建村"]),
    ("柳河乡富强村违规发放补贴", ["柳河乡富强村"]),
    ("东风镇前进村村委会主任违规纳入低保", ["东风镇前进村"]),
    ("石桥镇东联村财务不公开", ["石桥镇东联村"]),
    # towns jieba's dictionary names whole, though they end like 城镇 or 城乡; not 两城镇, 新城镇
    ("临城镇党委对村级财务监管不力", ["临城镇"]),
    ("土城乡政府违规发放津补贴", ["土城乡"]),
    ("锦城镇部分村干部优亲厚友", ["锦城镇"]),
    ("两城镇之间道路不通", []),
    ("新城镇建设资金拨付滞后", []),
    # a set phrase jieba tags as an idiom, right after 县/市, names a department
    ("县扶贫开发公司截留产业扶持资金", ["县扶贫开发公司"]),
    ("市精神文明建设办公室对创建工作督导流于形式", ["市精神文明建设办公室"]),
    ("临江农商银行城北支行客户经理违规代客办理业务", ["临江农商银行"]),
    # prisons, customs, federations
    ("省第一监狱狱政管理不规范", ["省第一监狱"]),
    ("海川海关党委对进出口企业监管不严", ["海川海关"]),
    ("县残疾人联合会对残疾人补贴审核把关不严", ["县残疾人联合会"]),
])
def test_units_named_organisations_without_a_place(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


@pytest.mark.parametrize("text", [
    # kinds of unit, not one unit: a common word starts the name, or nothing marks an organisation
    "部分公立医院党委对医保基金使用监管不严",
    "二级学院党总支对教师师德师风问题失察",
    "物业公司党支部长期不开展活动",
    "民办学校党组织覆盖不到位",
    "各子公司党委落实主体责任不力",
    "站长在本县一家饲料有限公司担任监事",
    "部分行业协会违规收费",
    "召开联合会议研究部署",
    "部分银行支行违规放贷",
    "该联社违规放贷",
])
def test_units_kinds_of_organisation_are_not_units(rec, text):
    assert rec.find(text) == []


def test_units_short_names_a_document_defines_or_abbreviates(rec):
    doc = ["省委第二巡视组向恒岳建工集团有限公司（以下简称“恒岳建工”）党委反馈巡视情况。",
           "瀚海智慧物流发展有限公司冷链仓储项目使用率不足三成。",
           "瀚海路桥建设有限公司以邀请招标代替公开招标。"]
    names = DocumentNames(rec).add(doc)
    found = rec.find("巡视指出，恒岳建工在建项目结算滞后", names=names)
    assert [(u.text, u.canonical) for u in found] == [("恒岳建工", "恒岳建工集团有限公司")]
    found = rec.find("路桥公司部分项目经理插手材料采购，物流公司对客户投诉长期推诿", names=names)
    assert [(u.text, u.canonical) for u in found] == [("路桥公司", "瀚海路桥建设有限公司"),
                                                     ("物流公司", "瀚海智慧物流发展有限公司")]
    # the definition's short name is the full name again: one unit
    assert [u.text for u in rec.find(doc[0], names=names)] == ["恒岳建工集团有限公司"]
    # a kind of company the document does not spell out, and no document at all
    assert rec.find("部分物业公司服务不到位", names=names) == []
    assert rec.find("路桥公司部分项目经理插手材料采购") == []


def test_units_a_defined_short_name_is_the_whole_unit_it_spells(rec):
    """高速运营公司 defined for a company: not the 运营公司 inside it, which names it too."""
    names = DocumentNames(rec).add(["巡视组延伸了解了省交投高速公路运营管理有限公司(以下简称高速运营公司)的情况。"])
    found = rec.find("高速运营公司所属收费站存在大额现金坐支问题", names=names)
    assert [(u.text, u.canonical) for u in found] == [("高速运营公司", "省交投高速公路运营管理有限公司")]


def test_units_parts_a_document_lists_by_name_are_its_units(rec):
    """集团所属A公司、B公司等N家子公司: the document goes on to name each part by that name."""
    names = DocumentNames(rec).add(["巡察覆盖集团本部及所属清河供水公司、排水公司和管网工程公司等5家子公司。"])
    found = rec.find("排水公司以客户维护费名义列支招待费用，管网工程公司违规分包", names=names)
    assert [u.text for u in found] == ["排水公司", "管网工程公司"]
    assert rec.find("排水公司以客户维护费名义列支招待费用") == []  # no document: a kind of company
    # a list of kinds, not of the document's parts
    names = DocumentNames(rec).add(["部分企业管理不规范，如物业公司、保安公司等3家企业。"])
    assert rec.find("物业公司服务不到位", names=names) == []


def test_units_an_organisation_named_by_its_party_organ_is_a_unit_in_the_rest_of_its_document(rec):
    """红溪供水公司党支部… marks 红溪供水公司 as one organisation's own name (a proper name before its
    party organ); the document's later bare mentions name it too. A kind of company (物业公司党支部)
    stays a kind."""
    doc = ["红溪供水公司党支部对违规吃喝问题不闻不问。", "物业公司党支部作用发挥不够。"]
    names = DocumentNames(rec).add(doc)
    assert [u.text for u in rec.find("红溪供水公司物资仓库账实不符", names=names)] == ["红溪供水公司"]
    assert rec.find("红溪供水公司物资仓库账实不符") == []  # alone: a name with no place, no organ
    assert rec.find("物业公司对居民诉求推诿", names=names) == []


def test_units_short_names_stand_for_one_full_name_only(rec):
    names = DocumentNames(rec).add(["临江物流发展有限公司违规出借资金。", "临江冷链物流有限公司账目不清。",
                                    "县公立医院药品采购不规范。"])
    assert rec.find("物流公司对客户投诉长期推诿", names=names) == []  # which of the two?
    assert rec.find("公立医院医务人员违规多点执业", names=names) == []  # 县公立医院 is a kind, not a name


def test_units_short_names_written_without_an_ending(rec):
    names = DocumentNames(rec).add(["省委对云帆能源集团有限公司、恒岳建设工程集团有限公司开展了专项巡视。"])
    found = rec.find("恒岳建工在建项目结算滞后，云帆能源所属新能源公司违规出借资金", names=names)
    assert [(u.text, u.canonical) for u in found] == [("恒岳建工", "恒岳建设工程集团有限公司"),
                                                     ("云帆能源", "云帆能源集团有限公司")]
    # a place's name is no company's short name, and two characters are too few
    names = DocumentNames(rec).add(["海川市城市建设投资有限公司违规举债。"])
    assert rec.find("海川市城区停车难问题突出", names=names) == []


def test_units_a_company_with_its_own_legal_form_answers_for_itself(rec):
    assert [u.text for u in rec.find("学校所属临工资产经营有限公司对外投资未经论证")] == ["临工资产经营有限公司"]
    assert [u.text for u in rec.find("市城投公司所属棠州城发置业有限公司违规出借资金")] == ["棠州城发置业有限公司"]
    assert [u.text for u in rec.find("县交通运输局所属公路养护中心发生公款吃喝问题")] == ["县交通运输局"]


def test_units_offsets_point_into_the_text(rec):
    text = "经查，县水务局、县林业局等单位违规列支"
    for u in rec.find(text, region="某县"):
        assert text[u.start:u.end] == u.text
        assert u.region == "某县"


@pytest.mark.parametrize("written, canonical", [
    ("县交通局", "县交通运输局"),
    ("原县交通局", "县交通运输局"),
    ("县人社局", "县人力资源和社会保障局"),
    ("县交通运输局", "县交通运输局"),
    ("白沙镇", "白沙镇"),
])
def test_units_canonical_names_merge_aliases_and_former_names(rec, written, canonical):
    assert rec.canonical(written) == canonical


def test_units_suggest_aliases_pairs_short_and_full_names():
    pairs = suggest_aliases(["县交通局", "县交通运输局", "县水务局", "县林业局"])
    assert ("县交通局", "县交通运输局") in [(s, f) for s, f, _ in pairs]
    assert all(s != "县水务局" or f != "县林业局" for s, f, _ in pairs)


def test_units_same_mentions_from_tokens_spans_or_text(rec):
    from pipeline.nlp import get_segmenter, token_spans

    text = "县住房和城乡建设局、原县交通局和县税务局违规发放津补贴"
    tokens = get_segmenter().cut(text)
    by_tokens = rec.find(text, tokens=tokens)
    assert [u.text for u in by_tokens] == ["县住房和城乡建设局", "原县交通局", "县税务局"]
    assert [u.canonical for u in by_tokens][1] == "县交通运输局"
    assert rec.find(text, token_spans=token_spans(tokens)) == by_tokens
    assert rec.find(text) == by_tokens
    assert rec.find(text, tokens=tokens) == by_tokens  # a second call, from remembered decisions


@pytest.mark.parametrize("text, units", [
    ("如临川省丰河市龙城区农业农村局原党组书记违规收受礼金。", ["临川省丰河市龙城区农业农村局"]),
    ("譬如石门县财政局违规发放津补贴。", ["石门县财政局"]),
    ("诸如县财政局等单位违规发放津补贴。", ["县财政局"]),
    ("如东县财政局违规发放津补贴。", ["如东县财政局"]),  # 如东 is a county's name, one jieba word
    # a verb ending in 予 takes the unit as its object (给予, 授予)
    ("街道党工委给予翠湖社区居委会主任党内警告处分。", ["翠湖社区"]),
])
def test_units_an_example_marker_is_not_part_of_the_name(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


@pytest.mark.parametrize("text, units", [
    # 借…之机: 借 is no part of a name
    ("柳岸镇竹湾村借村部落成之机大摆宴席。", ["柳岸镇竹湾村"]),
    # a school's office (总务处, 教务处) counts as the school
    ("县第二中学总务处虚列接待用餐费用。", ["县第二中学"]),
    # 组织 is the verb before the unit's own office, which the sentence has named already
    ("区体育中心主任以业务交流为名，组织中心8名干部职工赴省外景区旅游。", ["区体育中心"]),
    # 局普查中心: the bureau the text is about, not named: no unit
    ("包某某授意局普查中心工作人员联系企业虚报产值。", []),
    ("县委组织部对干部档案审核把关不严。", ["县委组织部"]),
    # the 科协 by its full name is a mass organisation; other 协会 are not units
    ("湍洄区科学技术协会从下属学会账户支出专家咨询费。", ["湍洄区科学技术协会"]),
])
def test_units_verbs_and_self_references_before_an_ending(rec, text, units):
    assert [u.text for u in rec.find(text)] == units


# -- the fast paths give what the plain loops gave ----------------------------------------
# (reference copies of the loops the look-ups replaced, run against them on random inputs)
def _strip_generic_plain(rec, name):
    generic = sorted(rec.generic_names, key=len, reverse=True)
    changed = True
    while changed and name:
        changed = False
        for g in generic:
            if name.startswith(g) and len(name) > len(g):
                name, changed = name[len(g):], True
                break
    return name


def _full_name_plain(names, rec, name, ending):
    """DocumentNames.full_name's search through the full names, one by one."""
    body = name[:len(name) - len(ending)]
    found = None
    for full in names.full:
        cut = full.rfind(ending)
        if full == name or cut <= 0 or full[cut + len(ending):] not in rec._legal_tails:
            continue
        head = full[:cut]
        i = head.find(body[:2])
        if i < 0 or not _in_order_plain(body[2:], head, i + 2):
            continue
        if found is not None and found != full:
            return None
        found = full
    return found


def _in_order_plain(chars, text, start):
    for ch in chars:
        start = text.find(ch, start) + 1
        if start == 0:
            return False
    return True


def test_units_generic_words_and_not_unit_phrases_by_their_characters_as_one_by_one(rec):
    import random

    rnd = random.Random(5)
    generic = sorted(rec.generic_names)
    parts = generic + list("县市镇原有关各类交通财政局村山新城") + list(rec.not_units[:40])
    for _ in range(3000):
        name = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 4)))
        assert rec._strip_generic_prefix(name) == _strip_generic_plain(rec, name), name
        for suffix in rnd.sample(rec.suffixes, 5):
            body = name + suffix
            assert body.endswith(rec._not_unit_endings_of[suffix]) == body.endswith(rec._not_unit_endings), body


def test_units_document_full_names_by_ending_as_one_by_one(rec):
    import random

    rnd = random.Random(7)
    chars = "瀚海路桥建设港务集团物流中心恒岳南湾智慧发展工程"
    endings = ["公司", "集团", "中心", "有限公司", "局"]
    for _ in range(300):
        full = ["".join(rnd.choice(chars) for _ in range(rnd.randint(2, 8))) + rnd.choice(endings)
                + rnd.choice(["", "", "有限公司", "股份有限公司", "公司", "物流中心", "建设局"]) for _ in range(rnd.randint(1, 6))]
        names = DocumentNames(rec)
        names.full = full
        for _ in range(20):
            ending = rnd.choice(endings)
            name = "".join(rnd.choice(chars) for _ in range(rnd.randint(2, 5))) + ending
            f = rnd.choice(full)
            head = f[:f.rfind(ending)]
            if len(head) >= 4 and rnd.random() < 0.6:  # a short form of one of them: 路桥公司
                i = rnd.randrange(len(head) - 3)
                name = head[i:i + 2] + "".join(ch for ch in head[i + 2:] if rnd.random() < 0.5) + ending
            elif rnd.random() < 0.2:
                name = rnd.choice(full)
                ending = next(x for x in endings if name.endswith(x))
            if name in names._known:
                continue  # remembered from the first question about it
            want = _full_name_plain(names, rec, name, ending) if len(name) - len(ending) >= 2 else None
            assert names.full_name(name, ending) == want, (full, name)


@pytest.mark.parametrize("text, units", [
    ("团县委违规发放补贴", ["团县委"]),  # no name before the ending: a whole name
    ("团县委、团市委对此负有责任", ["团县委", "团市委"]),
    ("各部门、有关单位落实整改不到位", []),  # no name before the ending: no unit
    ("县财政局和县审计局未按规定公开预算", ["县财政局", "县审计局"]),
    ("县发展和改革局未按规定公开预算", ["县发展和改革局"]),
    ("县住房和城乡建设局未按规定招标", ["县住房和城乡建设局"]),
])
def test_units_an_ending_with_no_name_or_a_joined_name(rec, text, units):
    assert [u.text for u in rec.find(text)] == units

"""Build the sample documents shipped in corpora/samples/ from the text written below.

Every report here is invented: regions, units, people and figures are made up for
demonstration. Run from anywhere:

    /work/venv/bin/python corpora/samples/make_samples.py

It writes six files next to this script:
  1. 云溪县2022年度政治生态分析报告.txt          UTF-8, half-width punctuation, an inserted advert
  2. 桐溪县委第二巡察组反馈意见（白沙镇）.docx   table, header, footer with page number
  3. 临河市2021年巡察整改情况通报.pdf            born-digital (reportlab, CID font STSong-Light)
  4. 清源区2023年专项检查通报.txt                GBK-encoded, full-width punctuation
  5. 桐溪县委第二巡察组反馈意见（白沙镇）.pdf    file 2 converted by LibreOffice (same report)
  6. 桐溪县2022年度民生领域专项巡察报告.docx      Word heading styles for the 一、 headings

Outputs are byte-for-byte deterministic: zip entries of the .docx files get a fixed
timestamp, reportlab runs in invariant mode, and the LibreOffice PDF has its creation date
and file id replaced by fixed values of the same length. Without LibreOffice (no `soffice`
on PATH) file 5 is rendered with reportlab instead and a note is printed.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAME_ECOLOGY = "云溪县2022年度政治生态分析报告.txt"
NAME_FEEDBACK_DOCX = "桐溪县委第二巡察组反馈意见（白沙镇）.docx"
NAME_FEEDBACK_PDF = "桐溪县委第二巡察组反馈意见（白沙镇）.pdf"
NAME_RECTIFICATION = "临河市2021年巡察整改情况通报.pdf"
NAME_SPECIAL_CHECK = "清源区2023年专项检查通报.txt"
NAME_LIVELIHOOD = "桐溪县2022年度民生领域专项巡察报告.docx"

FIXED_TIME = _dt.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# 1. 云溪县 2022 政治生态分析报告 (.txt, UTF-8, half-width punctuation as in text
#    copied from a document-sharing site, with the site's advert left in a paragraph)
# ---------------------------------------------------------------------------
ECOLOGY_TEXT = """\
云溪县2022年度政治生态分析报告

为全面掌握全县政治生态状况,县纪委监委会同县委组织部、县委巡察办,综合运用日常监督、巡察监督、信访举报和审计发现等情况,对2022年度全县政治生态进行了分析研判,现将有关情况报告如下。

一、成效
(一)管党治党责任持续压实。全县43个县级部门和11个乡镇(街道)全部签订党风廉政建设责任书,县委常委会专题研究全面从严治党工作6次,开展提醒谈话217人次。
(二)正风肃纪反腐力度不减。全年共受理信访举报286件,立案104件,给予党纪政务处分97人。持续整治违规吃喝、违规收送礼品礼金等问题,查处违反中央八项规定精神问题21起29人,通报曝光典型案例8起。
(三)巡察利剑作用有效发挥。完成两轮常规巡察和一轮"回头看",共巡察党组织36个,发现问题418个,移交问题线索23件,督促整改问题392个,整改完成率93.8%。

二、存在的问题
(一)政治建设方面
一是理论学习不够深入。部分党组织中心组学习以读文件、念材料为主,研讨交流走过场,县水务局、县市场监管局等单位全年中心组学习未按计划开展。二是意识形态工作责任制落实不到位。县文化馆、县第一中学等单位对意识形态领域情况研判不及时,网络阵地管理存在薄弱环节。三是民主集中制执行不严。县城投公司部分"三重一大"事项未经党委会集体研究即由主要负责人签批,涉及金额1860万元。

(二)作风建设方面
一是形式主义问题仍然存在。有的单位层层发文、以文件落实文件,县交通局全年印发各类通知、方案137件,其中照搬照转上级文件的占六成以上。二是服务群众意识不强。县不动产登记中心、县政务服务中心窗口超期办理业务49件,群众反映"来回跑"问题突出。更多精品材料请关注微信公众号"笔杆子文库",海量范文免费下载。三是违反中央八项规定精神问题禁而未绝。城关镇、青石镇违规发放加班补助和值班补贴12.6万元;县人民医院以"培训费"名义列支接待费用3.4万元,隐形变异问题依然存在。

(三)廉洁建设方面
一是重点领域廉洁风险突出。工程建设、土地出让、医疗卫生等领域仍是腐败问题易发多发领域,县住建局1名干部利用职务便利为他人承揽工程提供帮助,收受好处费8万元。二是基层"微腐败"屡禁不止。东城街道、青石镇部分村(社区)干部在低保评定、危房改造中优亲厚友,个别村干部截留挪用惠农补贴。三是资金管理不规范。县经开区管委会2个道路项目未按规定公开招标,存在白条入账、大额现金支付等问题。

(四)责任落实方面
一是主体责任压力传导层层递减。一些乡镇党委书记对班子成员日常监督不够,"一岗双责"停留在签字背书上。二是巡察整改不到位。县交通局、县住建局等8个单位对上轮巡察反馈问题整改不彻底,有的以制度代替整改,问题反弹回潮。三是选人用人不够规范。个别单位干部档案管理混乱,存在"三龄两历"认定不准等问题。

三、意见建议
一是持续加强政治建设,把理论学习作为首要政治任务,推动中心组学习制度化、规范化,严格落实意识形态工作责任制。二是驰而不息纠治"四风",深入整治形式主义、官僚主义,紧盯违规吃喝、违规发放津补贴等问题开展专项整治。三是聚焦群众身边腐败问题,加强低保、惠农补贴等资金监管,严肃查处优亲厚友、截留挪用等问题。四是压紧压实整改责任,对巡察整改不到位的单位开展"回头看",建立健全长效机制,防止问题反弹回潮。

县纪委监委
2023年1月16日
"""

# ---------------------------------------------------------------------------
# 2/5. 桐溪县委第二巡察组 反馈意见 to 白沙镇党委 (.docx, then the same report as .pdf)
# Blocks: (kind, payload). kinds: title, p, h, table, sign
# ---------------------------------------------------------------------------
FEEDBACK_HEADER = "桐溪县委第二巡察组　巡察反馈意见"
FEEDBACK_BLOCKS = [
    ("title", "桐溪县委第二巡察组关于2023年巡察白沙镇党委的反馈意见"),
    ("p0", "白沙镇党委："),
    ("p", "根据县委巡察工作统一部署，2023年3月20日至5月12日，县委第二巡察组对白沙镇党委开展了常规巡察。巡察组通过个别谈话、调阅资料、走访村组等方式，深入了解情况。现将巡察发现的主要问题反馈如下。"),
    ("h", "一、巡察发现的主要问题"),
    ("h", "（一）贯彻落实党的路线方针政策和上级决策部署方面"),
    ("p", "一是推动乡村振兴措施不实。镇党委对产业发展研究谋划不够，2022年实施的3个产业扶持项目中有2个未达到预期效益，白沙镇柳湾村食用菌大棚建成后闲置至今，涉及资金46.5万元。二是落实耕地保护责任不到位。巡察发现，辖区内违法占用耕地建房问题12宗未及时制止和上报，白沙镇石桥村有4宗至今未整改。三是为民服务不够用心。白沙镇便民服务中心对残疾人两项补贴申请办理不及时，有7件超过承诺时限；白沙镇与县交通运输局对通村公路管护责任相互推诿，柳湾至石桥段路面损毁一年多无人修复，群众反映强烈。"),
    ("h", "（二）落实全面从严治党战略部署方面"),
    ("p", "一是主体责任落实不到位。镇党委全年仅研究党风廉政建设工作1次，对村级班子日常监督偏松偏软，“一岗双责”落实不够有力。二是违反中央八项规定精神问题仍有发生。白沙镇2022年以“误餐补助”名义向镇机关干部职工发放补贴3.2万元；白沙镇财政所公务接待无公函、无清单即报销，涉及金额1.1万元。三是村级“三资”管理混乱。白沙镇新田村集体门面出租未经民主程序，以低于市场价出租给村干部亲属，每年少收租金2.4万元；白沙镇柳湾村村干部虚报务工人数套取项目资金0.8万元。四是惠民资金发放把关不严。白沙镇社保所与县人力资源和社会保障局数据比对不及时，向4名已故人员继续发放养老金1.36万元。"),
    ("h", "（三）落实新时代党的组织路线方面"),
    ("p", "一是基层党组织建设薄弱。白沙镇石桥村、白沙镇河口村党支部“三会一课”制度落实不到位，会议记录存在事后补记现象。二是党员发展和管理不规范。有的村党支部发展党员程序不严，个别入党积极分子培养考察期不满一年即被列为发展对象。三是干部队伍管理不严。镇机关考勤制度执行不严，部分干部工作日脱岗离岗，群众办事找不到人。"),
    ("h", "（四）巡察、审计等监督发现问题整改方面"),
    ("p", "一是上轮巡察整改不彻底。上轮巡察反馈的17个问题中仍有5个未整改到位，村级财务管理不规范问题出现反弹。二是村务公开流于形式。白沙镇新田村、白沙镇河口村2022年度财务收支未按季度公开，公开内容笼统，群众看不懂。"),
    ("p", "巡察发现的主要问题清单如下："),
    ("table", [
        ("序号", "问题", "责任单位"),
        ("1", "食用菌大棚建成后闲置，涉及资金46.5万元", "白沙镇柳湾村"),
        ("2", "违法占用耕地建房4宗未整改", "白沙镇石桥村"),
        ("3", "以“误餐补助”名义发放补贴3.2万元", "白沙镇"),
        ("4", "集体门面低价出租给村干部亲属", "白沙镇新田村"),
        ("5", "通村公路管护责任相互推诿", "白沙镇、县交通运输局"),
        ("6", "财务收支未按季度公开", "白沙镇河口村"),
    ]),
    ("h", "二、整改要求"),
    ("p", "白沙镇党委要切实扛起巡察整改主体责任，党委书记履行第一责任人责任，对巡察反馈问题逐条制定整改措施，建立整改台账，明确责任人和完成时限。要举一反三，对村级“三资”管理、惠民资金发放等问题开展专项清理，该退还的退还，该追责的追责，建立健全长效机制。整改情况要在巡察反馈后2个月内报送县委巡察办，并按规定向党内和社会公开。"),
    ("sign", "县委第二巡察组"),
    ("sign", "2023年6月8日"),
]

# ---------------------------------------------------------------------------
# 3. 临河市 2021 巡察整改情况通报 (.pdf, reportlab, STSong-Light)
# ---------------------------------------------------------------------------
RECTIFICATION_HEADER = "临河市委巡察工作领导小组办公室　　巡察工作通报"
RECTIFICATION_BLOCKS = [
    ("title", "临河市委巡察办关于2021年市委巡察整改情况的通报"),
    ("p0", "各县（区）委，市委各部委，市级国家机关各部门党组（党委），各人民团体党组，市属国有企业党委："),
    ("p", "为压实巡察整改主体责任，推动巡察整改落地见效，2021年10月至11月，市委巡察办会同市纪委监委、市委组织部，对市委第七轮、第八轮巡察的26个党组织整改情况开展了集中督查。现将有关情况通报如下。"),
    ("h", "一、整改工作取得的成效"),
    ("p", "各被巡察党组织把巡察整改作为重要政治任务，党组（党委）书记带头研究部署，整改工作总体扎实有效。截至2021年11月底，巡察反馈的634个问题已完成整改589个，整改完成率92.9%；建立完善制度机制152项，追缴违规资金412.6万元，给予党纪政务处分37人，组织处理64人。市城管局针对巡察指出的执法不规范问题，开展执法卷宗专项评查，规范行政处罚案件318件。市教育局聚焦群众反映强烈的校外培训问题开展专项治理，清理无证培训机构46家。市文旅集团对巡察指出的招投标不规范问题举一反三，修订采购管理办法，节约采购资金190余万元。"),
    ("h", "二、整改中存在的主要问题"),
    ("h2", "（一）整改不到位问题仍然存在"),
    ("p", "一是整改进度滞后。市自然资源局、市水务集团等4个单位仍有21个问题未按期完成整改，其中市自然资源局批而未供土地处置问题整改进度不足三成。二是敷衍整改、选择性整改。有的单位对难啃的“硬骨头”避重就轻，只改容易的、不改难办的。市第二人民医院对医用耗材采购不规范问题仅修订了一项制度，对已违规采购的168万元耗材未作清理。三是纸面整改、虚假整改。市住建局报送的整改报告中5个问题标注“已完成”，经实地核查仍未整改到位。个别单位以文件落实整改、以报告代替整改，整改台账与实际情况“两张皮”。"),
    ("h2", "（二）选人用人问题整改不彻底"),
    ("p", "一是超职数配备问题消化缓慢。市水务集团仍超职数配备中层干部6名，整改方案确定的消化时限已过。二是选任程序不够严格。市卫健委2名科级干部提拔前未按规定开展个人有关事项报告查核，“凡提四必”执行不到位。三是干部档案问题反弹。部分单位干部“三龄两历”认定不严，干部档案材料缺失问题整改后再次出现。"),
    ("h2", "（三）“三务公开”不规范"),
    ("p", "一是党务公开不及时。有的基层党组织对党费收缴、发展党员等事项未按规定公开。二是财务公开流于形式。河东街道下辖6个社区财务公开只列收支总数，不公开明细，群众看不明白。三是应公开未公开。河东街道杨湾社区征地补偿款分配方案未经公示即组织发放，涉及资金253万元，群众意见较大。"),
    ("h2", "（四）长效机制建设有待加强"),
    ("p", "一是问题反弹回潮。市第三中学违规收费问题整改后，又以“资料费”名义向学生收取费用4.6万元。二是制度执行不严。高新区管委会新修订的资金管理制度“立而不行”，2021年仍有3笔工程款未经集体研究即支付。三是以案促改不深入。部分单位满足于就事论事，对同类问题举一反三不够，“屡查屡犯”现象未得到根本遏制。"),
    ("h", "三、下一步工作要求"),
    ("p", "（一）压紧压实整改责任。各被巡察党组织要严格落实整改主体责任，党组织书记要亲自抓、负总责，对未完成整改的问题逐项明确时限，坚决防止敷衍整改、纸面整改。"),
    ("p", "（二）强化整改日常监督。市纪委监委、市委组织部要把巡察整改纳入日常监督，对整改不力、虚假整改的严肃问责。"),
    ("p", "（三）注重整改成果运用。巡察整改情况要纳入领导班子和领导干部年度考核，对选人用人、三务公开等方面的问题建立长效机制，推动标本兼治。"),
    ("sign", "市委巡察办"),
    ("sign", "2021年12月10日"),
]

# ---------------------------------------------------------------------------
# 4. 清源区 2023 专项检查通报 (.txt, GBK, full-width punctuation)
# ---------------------------------------------------------------------------
SPECIAL_CHECK_TEXT = """\
清源区纪委监委关于2023年违反中央八项规定精神和违规兼职取酬问题专项检查情况的通报

各镇党委、街道党工委，区级各部门，区属国有企业：
为持续巩固拓展落实中央八项规定精神成果，2023年4月至9月，区纪委监委牵头对全区58个单位开展了违反中央八项规定精神和党员干部违规兼职取酬问题专项检查。现将检查情况通报如下。

一、基本情况
本次专项检查共抽查财务凭证1.2万余份，发现问题93个，督促退缴违规资金47.8万元，给予党纪政务处分11人，诫勉谈话、批评教育等组织处理26人。大部分单位能够严格执行公务接待、公车管理、津补贴发放等规定，节日期间“四风”问题明显减少。

二、发现的主要问题
（一）违规吃喝问题隐形变异。区城管执法局以“调研接待”名义在内部食堂违规宴请，并将酒水费用拆分为办公用品报销，涉及金额2.3万元。区人民医院将公务接待费用在“会议费”中列支。个别单位公务接待无公函、无清单，陪餐人数超过规定标准。
（二）违规发放津补贴或福利。区水利局2023年春节前以“慰问”名义向本单位职工发放购物卡，人均800元，共计3.52万元。滨江街道违规向工作人员发放“加班费”“值班费”6.8万元。区总工会机关违规使用工会经费购买高档纪念品，涉及金额1.9万元。
（三）公车管理使用不规范。区机关事务中心对公务用车监管不力，部分车辆节假日未按规定封存，存在公车私用问题。区住建局1辆执法车辆长期被下属事业单位借用，车辆使用登记缺失。
（四）违规兼职取酬问题仍然突出。区国投公司2名中层干部未经批准在民营企业兼任董事，领取报酬9.6万元。区教育局1名干部在社会培训机构兼职授课取酬。区卫健局1名副科级干部以配偶名义入股民办诊所并参与经营。区实验小学3名教师违规在校外培训机构有偿补课。
（五）监督责任落实不到位。有的单位对落实中央八项规定精神的日常监督停留在转发文件、开会部署上，区财政局对会计核算中发现的违规列支问题未及时督促整改。清河街道望江社区对上级通报的违规发放补贴问题整改敷衍，至今未清退到位。

三、下一步工作要求
一要提高政治站位。各单位要把落实中央八项规定精神作为重要政治任务，主要负责同志要认真履行第一责任人责任。二要坚决整改到位。对本次检查发现的问题，各单位要于2023年12月底前完成整改，违规资金全部清退。三要严格规范兼职管理。组织人事部门要对党员干部兼职情况开展全面清理，未经批准的一律限期辞去。四要强化监督问责。区纪委监委将持续开展“回头看”，对顶风违纪、整改不力的严肃追责问责。

清源区纪委监委
2023年10月18日
"""

# ---------------------------------------------------------------------------
# 6. 桐溪县 2022 民生领域专项巡察报告 (.docx with Heading 1/2 styles)
# Blocks: title, p, h1, h2, sign
# ---------------------------------------------------------------------------
LIVELIHOOD_BLOCKS = [
    ("title", "关于桐溪县2022年度民生领域群众身边腐败和作风问题专项巡察情况的报告"),
    ("p0", "县委："),
    ("p", "根据县委部署，2022年9月至11月，县委3个巡察组对县民政局、县人社局、县交通局、县住建局、县乡村振兴局等5个县直部门和白沙镇、龙潭镇、青峰乡3个乡镇开展了民生领域专项巡察，延伸了解村（社区）21个。现将有关情况报告如下。"),
    ("h1", "一、专项巡察工作开展情况"),
    ("p", "巡察组坚持以人民为中心，聚焦社会救助、惠农补贴、集体“三资”、农村公路等群众关切领域，采取“巡察+走访”“巡察+暗访”等方式，深入村组农户开展走访。共发现问题156个，移交问题线索9件，推动解决群众急难愁盼问题43件，督促退还违规资金27.3万元。"),
    ("h1", "二、发现的主要问题"),
    ("h2", "（一）群众身边“微腐败”问题依然存在"),
    ("p", "一是低保等社会救助资金管理不严。县民政局对低保对象动态管理不到位，比对发现仍有62名有车有房等不符合条件人员享受低保，涉及资金18.7万元。龙潭镇杨柳村村干部在低保评定中优亲厚友，将3名不符合条件的亲属纳入低保。二是惠农补贴被截留挪用。白沙镇柳湾村原村委会主任虚报耕地面积，冒领耕地地力保护补贴2.1万元；青峰乡部分村干部在发放种粮补贴时向群众收取“手续费”。三是村集体“三资”监管缺位。龙潭镇双河村集体鱼塘承包合同到期后未重新发包，由村党支部书记亲属无偿使用3年；青峰乡青峰村集体资金存放在村会计个人账户，账目不清。"),
    ("h2", "（二）官僚主义问题比较突出"),
    ("p", "一是推诿扯皮现象仍然存在。县住建局、县自然资源局对城南安置小区不动产权证办理问题相互推诿，380余户群众至今未办证，多次集体上访。二是服务意识不强。县人社局社保窗口对群众咨询答复敷衍，“一次性告知”制度落实不到位，全年因办事难被投诉27次。三是行业监管责任履行不到位。县交通局对农村公路养护资金使用情况的监督检查流于形式，部分路段“建而不管、管而不养”。"),
    ("h2", "（三）回应群众民生诉求不够有力"),
    ("p", "一是群众反映强烈的问题解决不及时。老城片区雨污管网改造滞后，汛期内涝问题连续3年未得到解决。二是信访积案化解不力。县人社局、县自然资源局承办的14件重复信访件中，有6件超过1年仍未办结，涉及农民工欠薪、征地补偿等。三是教育医疗资源短板明显。县第二中学大班额问题突出，县中医院住院床位长期紧张，群众“看病难”问题未有效缓解。"),
    ("h2", "（四）以权谋私问题时有发生"),
    ("p", "一是利用职权插手工程项目。县乡村振兴局1名干部利用职务便利，为亲属承揽村级道路硬化项目提供帮助，收受“感谢费”5万元。二是利益输送问题隐蔽。县供销社下属公司将临街门面低价出租给关联企业，造成国有资产流失。三是廉洁风险防控存在漏洞。一些掌握审批权、资金分配权的岗位长期由同一人担任，未按规定轮岗交流。"),
    ("h1", "三、意见建议"),
    ("p", "一是深化民生领域专项整治。对低保、惠农补贴、集体“三资”管理开展“回头看”，严肃查处优亲厚友、截留挪用、吃拿卡要等问题，让群众切实感受到正风肃纪反腐就在身边。二是坚决整治官僚主义。建立部门协同办理机制，对推诿扯皮、敷衍塞责的严肃问责。三是用心用情解决民生诉求。聚焦安置办证、内涝治理、信访积案等群众急难愁盼问题，逐项明确责任单位和办结时限。四是加强权力运行监督。对掌握审批权、资金分配权的重点岗位开展廉洁风险排查，落实定期轮岗制度。"),
    ("sign", "县委巡察办"),
    ("sign", "2022年12月20日"),
]


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def write_text(path: Path, text: str, encoding: str) -> None:
    """Write text with LF line ends in the given encoding."""
    path.write_bytes(text.encode(encoding))


def normalize_zip(path: Path) -> None:
    """Rewrite a zip (docx) with fixed entry timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())


def _set_fonts(style, east_asian: str, size_pt: float, bold: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.size = Pt(size_pt)
    style.font.name = "Times New Roman"
    style.font.color.rgb = RGBColor(0, 0, 0)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(attr), east_asian if attr == "w:eastAsia" else "Times New Roman")
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def _new_document(title: str):
    import docx
    from docx.shared import Cm

    document = docx.Document()
    props = document.core_properties
    props.title = title
    props.author = "示例"
    props.last_modified_by = "示例"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    for section in document.sections:
        section.page_height = Cm(29.7)
        section.page_width = Cm(21.0)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)
    _set_fonts(document.styles["Normal"], "仿宋", 15)
    return document


def _add_page_number_field(paragraph) -> None:
    """Append '— PAGE —' to a footer paragraph, the number as a Word field."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    paragraph.add_run(" —")


def _body_paragraph(document, text: str, indent: bool = True):
    from docx.shared import Pt

    paragraph = document.add_paragraph(text)
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(30) if indent else None
    fmt.line_spacing = Pt(28)
    fmt.space_after = Pt(0)
    return paragraph


def _sign_paragraph(document, text: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = _body_paragraph(document, text, indent=False)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def build_feedback_docx(path: Path) -> None:
    """File 2: the feedback with a findings table, a running header and a page-number footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = _new_document(FEEDBACK_BLOCKS[0][1])
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = FEEDBACK_HEADER
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_page_number_field(footer)

    for kind, payload in FEEDBACK_BLOCKS:
        if kind == "title":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(payload)
            run.bold = True
            run.font.size = Pt(20)
            paragraph.paragraph_format.space_after = Pt(18)
        elif kind in ("p", "p0"):
            _body_paragraph(document, payload, indent=kind == "p")
        elif kind == "h":
            paragraph = _body_paragraph(document, payload)
            for run in paragraph.runs:
                run.bold = True
        elif kind == "table":
            table = document.add_table(rows=0, cols=3)
            table.style = "Table Grid"
            table.autofit = False
            widths = (Cm(1.6), Cm(8.8), Cm(5.2))
            for column, width in zip(table.columns, widths):
                column.width = width  # the grid LibreOffice lays out by
            for row_index, row in enumerate(payload):
                cells = table.add_row().cells
                for cell, value, width in zip(cells, row, widths):
                    cell.width = width
                    cell.text = value
                    if row_index == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        elif kind == "sign":
            _sign_paragraph(document, payload)
        else:  # pragma: no cover - guards the block lists above
            raise ValueError(f"unknown block kind {kind!r}")
    document.save(path)
    normalize_zip(path)


def build_livelihood_docx(path: Path) -> None:
    """File 6: the livelihood report with Title / Heading 1 / Heading 2 styles."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = _new_document(LIVELIHOOD_BLOCKS[0][1])
    _set_fonts(document.styles["Title"], "方正小标宋简体", 20, bold=False)
    _set_fonts(document.styles["Heading 1"], "黑体", 15, bold=False)
    _set_fonts(document.styles["Heading 2"], "楷体", 15, bold=True)
    for kind, payload in LIVELIHOOD_BLOCKS:
        if kind == "title":
            paragraph = document.add_paragraph(payload, style="Title")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            document.add_paragraph(payload, style="Heading 1")
        elif kind == "h2":
            document.add_paragraph(payload, style="Heading 2")
        elif kind in ("p", "p0"):
            _body_paragraph(document, payload, indent=kind == "p")
        elif kind == "sign":
            _sign_paragraph(document, payload)
        else:  # pragma: no cover
            raise ValueError(f"unknown block kind {kind!r}")
    document.save(path)
    normalize_zip(path)


def _reportlab_pdf(path: Path, title: str, header: str, blocks) -> None:
    """Render blocks as an A4 official-document-like PDF with a running header and page numbers."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1
    # reportlab's line breaker lets Chinese full-width commas and closing quotes start a
    # line; add them to its "cannot start a line" set so they hang at the line end as in Word.
    from reportlab.lib import textsplit as rl_textsplit
    from reportlab.platypus import paragraph as rl_paragraph

    for module in (rl_textsplit, rl_paragraph):
        extra = "".join(ch for ch in "，；：”’》％）" if ch not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += extra
    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))

    body = ParagraphStyle("body", fontName=font, fontSize=15, leading=27,
                          firstLineIndent=30, wordWrap="CJK")
    flush = ParagraphStyle("flush", parent=body, firstLineIndent=0)
    heading = ParagraphStyle("heading", parent=body, fontSize=15.5, spaceBefore=4)
    heading2 = ParagraphStyle("heading2", parent=body)
    title_style = ParagraphStyle("title", parent=body, fontSize=21, leading=32,
                                 alignment=TA_CENTER, firstLineIndent=0, spaceAfter=16)
    sign = ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=body, fontSize=12, leading=17, firstLineIndent=0)

    def decorate(canvas, doc) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(font, 10.5)
        canvas.drawCentredString(width / 2, height - 1.9 * cm, header)
        canvas.setLineWidth(0.6)
        canvas.line(2.6 * cm, height - 2.1 * cm, width - 2.6 * cm, height - 2.1 * cm)
        canvas.setFont(font, 12)
        canvas.drawCentredString(width / 2, 1.5 * cm, f"— {doc.page} —")
        canvas.restoreState()

    story = []
    signed = False
    for kind, payload in blocks:
        if kind == "title":
            story.append(Paragraph(payload, title_style))
        elif kind in ("p", "p0"):
            style = flush if kind == "p0" else body
            story.append(Paragraph(payload, style))
        elif kind == "h":
            story.append(Paragraph(payload, heading))
        elif kind in ("h1", "h2"):
            story.append(Paragraph(payload, heading if kind == "h1" else heading2))
        elif kind == "table":
            rows = [[Paragraph(value, cell) for value in row] for row in payload]
            table = Table(rows, colWidths=[1.6 * cm, 9.0 * cm, 4.8 * cm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(table)
        elif kind == "sign":
            if not signed:
                story.append(Spacer(1, 20))
                signed = True
            story.append(Paragraph(payload, sign))
        else:  # pragma: no cover
            raise ValueError(f"unknown block kind {kind!r}")
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title, author="示例",
                            creator="make_samples.py", invariant=1,
                            leftMargin=2.8 * cm, rightMargin=2.6 * cm,
                            topMargin=3.0 * cm, bottomMargin=2.8 * cm)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def build_rectification_pdf(path: Path) -> None:
    """File 3: born-digital PDF with the CID font STSong-Light (no font embedding needed)."""
    _reportlab_pdf(path, RECTIFICATION_BLOCKS[0][1], RECTIFICATION_HEADER, RECTIFICATION_BLOCKS)


_CREATION_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
_FILE_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_DOC_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def _freeze_pdf(data: bytes) -> bytes:
    """Replace the volatile creation date, file id and checksum with fixed values of the same length.

    Keeping every length equal leaves the cross-reference offsets valid.
    """
    def fix_date(match: re.Match) -> bytes:
        old = match.group(0)
        prefix = b"/" + match.group(1) + b"("
        inner_len = len(old) - len(prefix) - 1
        inner = b"D:20240101000000Z"
        inner = (inner + b"'" * inner_len)[:inner_len]
        return prefix + inner + b")"

    def fix_id(match: re.Match) -> bytes:
        old = match.group(0)
        first, second = match.group(1), match.group(2)
        new = old.replace(first, b"0" * len(first), 1)
        return new.replace(second, b"0" * len(second), 1)

    def fix_checksum(match: re.Match) -> bytes:
        return match.group(0).replace(match.group(1), b"0" * len(match.group(1)))

    data = _CREATION_DATE.sub(fix_date, data)
    data = _FILE_ID.sub(fix_id, data)
    return _DOC_CHECKSUM.sub(fix_checksum, data)


def build_feedback_pdf(docx_path: Path, pdf_path: Path) -> str:
    """File 5: convert file 2 with LibreOffice; fall back to reportlab. Returns the method used."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory(prefix="xuncha-samples-") as tmp:
            tmp_path = Path(tmp)
            profile = (tmp_path / "profile").as_uri()
            source = tmp_path / "feedback.docx"
            shutil.copyfile(docx_path, source)
            result = subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                capture_output=True, timeout=300, check=False,
            )
            produced = tmp_path / "feedback.pdf"
            if result.returncode == 0 and produced.exists():
                pdf_path.write_bytes(_freeze_pdf(produced.read_bytes()))
                return "libreoffice"
    blocks = [(kind if kind != "h" else "h1", payload) for kind, payload in FEEDBACK_BLOCKS]
    _reportlab_pdf(pdf_path, FEEDBACK_BLOCKS[0][1], FEEDBACK_HEADER, blocks)
    return "reportlab"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _expected_paragraphs(blocks) -> list[str]:
    return [payload for kind, payload in blocks if kind != "table"]


def verify(out_dir: Path = HERE) -> list[str]:
    """Read every sample back and return a list of problems (empty when all is well).

    Checks that the text files decode in their encodings, that every body paragraph of the
    .docx files comes back through python-docx (table cells, header and footer too), and that
    every body paragraph of the PDFs comes back through pdfplumber as Chinese text (no
    "(cid:N)" placeholders), whitespace and line breaks aside.
    """
    import docx
    import pdfplumber

    problems = []
    for name, text, encoding in ((NAME_ECOLOGY, ECOLOGY_TEXT, "utf-8"),
                                 (NAME_SPECIAL_CHECK, SPECIAL_CHECK_TEXT, "gbk")):
        if (out_dir / name).read_bytes().decode(encoding) != text:
            problems.append(f"{name}: text does not round-trip in {encoding}")

    for name, blocks in ((NAME_FEEDBACK_DOCX, FEEDBACK_BLOCKS), (NAME_LIVELIHOOD, LIVELIHOOD_BLOCKS)):
        document = docx.Document(str(out_dir / name))
        body = [p.text for p in document.paragraphs if p.text.strip()]
        if body != _expected_paragraphs(blocks):
            problems.append(f"{name}: body paragraphs differ from the source text")
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        expected_cells = [v for kind, rows in blocks if kind == "table" for row in rows for v in row]
        if cells != expected_cells:
            problems.append(f"{name}: table cells differ from the source text")
    header = docx.Document(str(out_dir / NAME_FEEDBACK_DOCX)).sections[0].header
    if header.paragraphs[0].text != FEEDBACK_HEADER:
        problems.append(f"{NAME_FEEDBACK_DOCX}: header missing")

    page_number = re.compile(r"^—\s*\d+\s*—$")
    for name, blocks, header_text, min_pages in (
            (NAME_RECTIFICATION, RECTIFICATION_BLOCKS, RECTIFICATION_HEADER, 3),
            (NAME_FEEDBACK_PDF, FEEDBACK_BLOCKS, FEEDBACK_HEADER, 2)):
        with pdfplumber.open(str(out_dir / name)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
        # drop the running header and the page numbers, which sit between the lines of
        # a paragraph that runs over a page break
        lines = [line for page in pages for line in page.splitlines()
                 if _squeeze(line) != _squeeze(header_text)
                 and not page_number.match(line.strip())]
        if sum(_squeeze(header_text) in _squeeze(page) for page in pages) != len(pages):
            problems.append(f"{name}: running header missing on some page")
        text = _squeeze("".join(lines))
        if len(pages) < min_pages:
            problems.append(f"{name}: {len(pages)} pages, expected at least {min_pages}")
        if "(cid:" in text or not re.search(r"[\u4e00-\u9fff]{20}", text):
            problems.append(f"{name}: text does not extract as Chinese")
        for paragraph in _expected_paragraphs(blocks):
            if _squeeze(paragraph) not in text:
                problems.append(f"{name}: paragraph not found: {paragraph[:20]}…")
    return problems


def main(out_dir: Path = HERE) -> int:
    """Build all six samples into out_dir, then read them back."""
    write_text(out_dir / NAME_ECOLOGY, ECOLOGY_TEXT, "utf-8")
    write_text(out_dir / NAME_SPECIAL_CHECK, SPECIAL_CHECK_TEXT, "gbk")
    build_feedback_docx(out_dir / NAME_FEEDBACK_DOCX)
    build_livelihood_docx(out_dir / NAME_LIVELIHOOD)
    build_rectification_pdf(out_dir / NAME_RECTIFICATION)
    method = build_feedback_pdf(out_dir / NAME_FEEDBACK_DOCX, out_dir / NAME_FEEDBACK_PDF)
    if method != "libreoffice":
        print(f"note: LibreOffice not found; {NAME_FEEDBACK_PDF} rendered with reportlab",
              file=sys.stderr)
    problems = verify(out_dir)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))

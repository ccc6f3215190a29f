/* quantity_zh.c — the Chinese lexicon of scan_zh (see quantity_zh.h).
 *
 * One table of words, looked up by longest match at a position or ending
 * at one. The table is indexed once, by first and by last character, so
 * a lookup is a binary search and a few compares. */
#include "quantity_zh.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claim.h"
#include "utf8.h"

#define S(w, v) {w, ZK_SCALE, 0, 0, v, NULL}
#define CUR(w, code) {w, ZK_CURRENCY, 0, 0, 0, code}
#define SHARE(w, u) {w, ZK_SHARE, 0, 0, 0, u}
#define MEAS(w, u) {w, ZK_MEASURE, 0, 0, 0, u}
#define CL(w, u, f) {w, ZK_CLASSIFIER, f, 0, 0, u}
#define N(w, u) {w, ZK_NOUN, 0, 0, 0, u}
#define NH(w, u) {w, ZK_NOUN, ZF_HOUSEHOLD, 0, 0, u}
#define NP(w, u) {w, ZK_NOUN, ZF_PERSON, 0, 0, u}
#define NF(w, u) {w, ZK_NOUN, ZF_FIRM, 0, 0, u}
#define NO(w, u) {w, ZK_NOUN, ZF_OWN, 0, 0, u}
#define NFO(w, u) {w, ZK_NOUN, ZF_FIRM | ZF_OWN, 0, 0, u}
#define NW(w, u, f) {w, ZK_NOUN, ZF_WHOLE | (f), 0, 0, u}
#define MOD(w) {w, ZK_NOUN, 0, 0, 0, NULL}
#define T(w, u) {w, ZK_TIME, 0, 0, 0, u}
#define DUR(w) {w, ZK_DURATION, 0, 0, 0, NULL}
#define DURA(w) {w, ZK_DURATION, ZF_AFTER, 0, 0, NULL}
#define DURB(w) {w, ZK_DURATION, ZF_BEFORE, 0, 0, NULL}
#define NAME(w) {w, ZK_NAME, 0, 0, 0, NULL}
#define HB(w, q) {w, ZK_HEDGE_BEFORE, 0, q, 0, NULL}
#define HA(w, q) {w, ZK_HEDGE_AFTER, 0, q, 0, NULL}
#define FURN(w) {w, ZK_FURNITURE, 0, 0, 0, NULL}
#define FURNL(w) {w, ZK_FURNITURE, ZF_LABEL, 0, 0, NULL}

static const ZhWord words[] = {
    /* Scales after digits: 10.79亿, 5.4万亿 (scales multiply), 3千万. 十
     * is not one ("3十" is not written). */
    S("百", 1e2), S("千", 1e3), S("万", 1e4), S("亿", 1e8),
    /* 兆 is 10^12 in Taiwan's money (4.3兆元, 1.2兆新台币); elsewhere it
     * is mega (兆瓦, 100兆宽带) or a name (千兆光网): a scale only when a
     * currency follows it. */
    {"兆", ZK_SCALE, ZF_MONEY, 0, 1e12, NULL},

    /* Currencies, as the span ends: 500亿元, 300亿美元. 人民币 also
     * stands before a figure (人民币500亿元) or after its 元. */
    CUR("元", "CNY"), CUR("人民币", "CNY"), CUR("块钱", "CNY"),
    CUR("美元", "USD"), CUR("美金", "USD"), CUR("欧元", "EUR"), CUR("英镑", "GBP"),
    CUR("日元", "JPY"), CUR("港元", "HKD"), CUR("港币", "HKD"), CUR("澳门元", "MOP"),
    CUR("澳元", "AUD"), CUR("加元", "CAD"), CUR("新加坡元", "SGD"), CUR("新元", "SGD"),
    CUR("韩元", "KRW"), CUR("卢布", "RUB"), CUR("瑞士法郎", "CHF"), CUR("新台币", "TWD"), CUR("台币", "TWD"), CUR("澳门币", "MOP"),
    CUR("肯亚先令", "KES"), CUR("寮国基普", "LAK"), CUR("坦尚尼亚先令", "TZS"), CUR("卢安达法郎", "RWF"),
    CUR("卡达里亚尔", "QAR"), CUR("奈及利亚奈拉", "NGN"), CUR("迦纳塞地", "GHS"),
    CUR("泰铢", "THB"), CUR("越南盾", "VND"), CUR("印尼盾", "IDR"), CUR("林吉特", "MYR"), CUR("令吉", "MYR"), CUR("马币", "MYR"),
    CUR("新币", "SGD"),
    CUR("菲律宾比索", "PHP"), CUR("卢比", "INR"), CUR("印度卢比", "INR"), CUR("巴基斯坦卢比", "PKR"),
    CUR("兰特", "ZAR"), CUR("奈拉", "NGN"), CUR("先令", "KES"), CUR("肯尼亚先令", "KES"), CUR("肯先令", "KES"),
    CUR("埃及镑", "EGP"), CUR("迪拉姆", "AED"), CUR("里亚尔", "SAR"), CUR("雷亚尔", "BRL"),
    CUR("坚戈", "KZT"), CUR("比尔", "ETB"), CUR("塞地", "GHS"), CUR("里拉", "TRY"),
    CUR("特别提款权", "XDR"), CUR("基普", "LAK"), CUR("老挝基普", "LAK"), CUR("瑞尔", "KHR"),
    CUR("柬埔寨瑞尔", "KHR"), CUR("缅元", "MMK"), CUR("缅甸元", "MMK"), CUR("塔卡", "BDT"), CUR("孟加拉塔卡", "BDT"),
    CUR("图格里克", "MNT"), CUR("苏姆", "UZS"), CUR("坦桑尼亚先令", "TZS"), CUR("乌干达先令", "UGX"),
    CUR("西非法郎", "XOF"), CUR("中非法郎", "XAF"), CUR("卢旺达法郎", "RWF"), CUR("谢克尔", "ILS"),
    CUR("新谢克尔", "ILS"), CUR("卡塔尔里亚尔", "QAR"), CUR("阿曼里亚尔", "OMR"), CUR("沙特里亚尔", "SAR"),
    CUR("阿联酋迪拉姆", "AED"), CUR("斯里兰卡卢比", "LKR"), CUR("尼泊尔卢比", "NPR"), CUR("南非兰特", "ZAR"),
    CUR("尼日利亚奈拉", "NGN"), CUR("加纳塞地", "GHS"), CUR("墨西哥比索", "MXN"), CUR("智利比索", "CLP"),
    CUR("阿根廷比索", "ARS"), CUR("巴西雷亚尔", "BRL"), CUR("土耳其里拉", "TRY"),

    /* Shares and multipliers written after the number. */
    SHARE("个百分点", "pp"), SHARE("百分点", "pp"), SHARE("倍", "x"),

    /* Measure units: the unit of the figure, left out of its span. */
    MEAS("公里", "km"), MEAS("千米", "km"), MEAS("米", "m"), MEAS("厘米", "cm"), MEAS("平方米", "square meters"),
    MEAS("平方公里", "square km"), MEAS("平方千米", "square km"), MEAS("公顷", "hectares"),
    MEAS("亩", "mu"), MEAS("吨", "tonnes"), MEAS("公斤", "kg"), MEAS("千克", "kg"),
    MEAS("千瓦", "kW"), MEAS("兆瓦", "MW"), MEAS("吉瓦", "GW"), MEAS("千瓦时", "kWh"),
    MEAS("兆瓦时", "MWh"), MEAS("立方米", "cubic meters"), MEAS("标准箱", "TEU"), MEAS("标箱", "TEU"),
    MEAS("字节", "bytes"), MEAS("太字节", "TB"), MEAS("泽字节", "ZB"), MEAS("吉字节", "GB"), MEAS("兆字节", "MB"), MEAS("拍字节", "PB"), MEAS("艾字节", "EB"),
    MEAS("比特", "bits"), MEAS("兆比特", "Mbit"), MEAS("吉比特", "Gbit"),
    /* (Taiwan's: 位元組 bytes, 位元 bits) */
    MEAS("位元组", "bytes"), MEAS("太位元组", "TB"), MEAS("泽位元组", "ZB"), MEAS("吉位元组", "GB"),
    MEAS("兆位元组", "MB"), MEAS("拍位元组", "PB"), MEAS("艾位元组", "EB"), MEAS("位元", "bits"),
    MEAS("兆位元", "Mbit"), MEAS("吉位元", "Gbit"),
    /* sound, voltage, volume (环评: 昼间不超过55分贝, 15千伏, 日耗水800万公升) */
    MEAS("分贝", "dB"), MEAS("千伏", "kV"), MEAS("公升", "liters"),
    /* temperatures (机房温度控制在22摄氏度, 气温达42℃) */
    MEAS("摄氏度", "°C"), MEAS("℃", "°C"), MEAS("°C", "°C"),
    /* a building's height (楼高12层, 一座四层数据中心大楼: the building's floors) */
    MEAS("层", "floors"),
    MEAS("太比特", "Tbit"), MEAS("芯公里", "fiber-core km"), MEAS("芯千米", "core-km"), MEAS("平米", "square meters"),

    /* Classifiers, and the thing they count when no noun is named. */
    CL("个", NULL, 0), CL("家", "companies", 0), CL("座", NULL, 0), CL("条", "items", 0),
    CL("项", "items", 0), CL("名", "people", ZF_PERSON), CL("位", "people", ZF_PERSON),
    CL("人", "people", ZF_PERSON), CL("户", "subscribers", ZF_STRONG),
    /* attendances, not persons: one trainee counts once a course */
    CL("人次", "person-times", ZF_PERSON | ZF_STRONG),
    CL("件", "items", 0), CL("台", "devices", 0), CL("套", "sets", 0), CL("所", "institutions", 0),
    CL("张", NULL, 0), CL("部", NULL, 0), CL("款", "products", 0), CL("场", "events", 0),
    CL("期", "sessions", 0), CL("列", "trains", 0), CL("辆", "vehicles", 0), CL("艘", "ships", ZF_STRONG),
    CL("架", NULL, 0), CL("颗", NULL, 0), CL("根", NULL, 0), CL("批", "batches", ZF_ABSTRACT),
    CL("块", "blocks", 0), CL("处", "sites", 0), CL("间", NULL, 0), CL("片", NULL, 0),
    CL("支", "teams", 0), CL("份", "copies", 0), CL("笔", "transactions", ZF_STRONG), CL("篇", "articles", 0),
    CL("本", "books", 0), CL("种", "kinds", ZF_ABSTRACT), CL("类", "categories", ZF_ABSTRACT),
    CL("轮", "rounds", ZF_ABSTRACT), CL("只", NULL, 0), CL("枚", NULL, 0), CL("栋", "buildings", ZF_SELF),
    CL("幢", "buildings", ZF_SELF), CL("国", "countries", ZF_SELF), CL("省", "provinces", ZF_SELF), CL("县", "counties", ZF_SELF),
    CL("村", "villages", 0), CL("校", "schools", 0), CL("单", "orders", 0), CL("次", NULL, 0),
    CL("方面", "aspects", ZF_ABSTRACT),
    /* shares of a company (3,860万股), events that happen (DDoS攻击事件日均约470起) */
    CL("股", "shares", 0), CL("起", "incidents", 0),
    /* cases and applications as Hong Kong counts them (39宗申请, 3 400宗罪案) */
    CL("宗", "cases", 0),
    /* 6对光纤: pairs (not 1对1, one to one: scan_zh) */
    CL("对", "pairs", ZF_STRONG),

    /* Counted nouns and their English unit (the head word the gold and
     * the metrics' units use). Persons (NP) are people, or the persons
     * they name where that is what is counted (员工约1200人: employees). */
    NP("网民", "people"), NP("用户", "people"), NP("人口", "people"), {"居民", ZK_NOUN, ZF_HOUSEHOLD | ZF_PERSON, 0, 0, "people"},
    {"群众", ZK_NOUN, ZF_HOUSEHOLD | ZF_PERSON, 0, 0, "people"}, NP("民众", "people"), NP("人员", "people"),
    NW("员工", "employees", ZF_PERSON), NW("职工", "employees", ZF_PERSON), NP("从业人员", "people"), NP("学员", "people"),
    NP("学生", "students"), NP("人才", "people"), NP("青年", "young people"),
    {"农民", ZK_NOUN, ZF_HOUSEHOLD | ZF_PERSON, 0, 0, "people"}, NP("游客", "tourists"), NP("旅客", "passengers"),
    NP("网友", "people"), NP("老年人", "people"), NP("留学生", "international students"), NP("手机网民", "people"),
    NP("研发人员", "researchers"), NP("技术人员", "technicians"), NP("科研人员", "researchers"),
    NP("消费者", "consumers"),
    /* the persons of a criminal case, as judgments and police releases
     * count them */
    NP("犯罪嫌疑人", "suspects"), NP("嫌疑人", "suspects"), NP("被害人", "victims"), NP("受害人", "victims"),
    NP("被告人", "defendants"),
    /* Taiwan's and Hong Kong's words, as a traditional text folds to
     * simplified characters (hanfold.h): 使用者 users, 資料中心 data
     * centres, 專案 projects, 基地台 base stations. Most are OpenCC's
     * (TWPhrases: the words of this table as Taiwan writes them). */
    NP("使用者", "people"), NP("网路使用者", "people"), N("资料中心", "data centers"), N("基地台", "base stations"),
    N("伺服器", "servers"), N("行动电话", "phones"), N("流动电话", "phones"), N("晶片", "chips"),
    N("应用程式", "apps"), N("资料集", "datasets"), N("社群", "communities"), N("资料交易所", "data exchanges"),
    N("小程式", "mini programs"), N("埠", "ports"), N("连接埠", "ports"), N("装置", "devices"),
    N("感测器", "sensors"), N("资讯系统", "systems"), N("专案", "projects"), N("合作档案", "documents"),
    N("档案", "documents"), N("网路", "networks"), N("网路攻击", "attacks"), N("影片", "videos"),
    N("连线", "connections"), N("连线数", "connections"), N("演算法", "algorithms"),
    N("恶意程式", "malicious programs"), N("僵尸网路", "botnets"), N("搜寻", "searches"),
    N("积体电路", "integrated circuits"),
    N("订户", "subscribers"), NO("账户", "accounts"), NO("账号", "accounts"), NO("银行账户", "accounts"),
    N("钱包", "wallets"), N("窝点", "dens"), N("指令", "instructions"),
    N("公众号", "accounts"), NW("会员", "members", ZF_FIRM), {"客户", ZK_NOUN, ZF_PERSON | ZF_OWN, 0, 0, "customers"},
    N("国家", "countries"), N("国家和地区", "countries"), N("经济体", "economies"), N("地区", "regions"),
    N("省份", "provinces"), N("省", "provinces"), N("省区", "provinces"), N("市场", "markets"), N("省区市", "provinces"), N("自治区", "regions"), N("城市", "cities"),
    N("地级市", "cities"), N("县区", "counties"), N("区县", "counties"), N("乡镇", "townships"),
    N("行政村", "villages"), N("村庄", "villages"), N("乡村", "villages"), N("社区", "communities"), N("园区", "parks"),
    N("产业园", "industrial parks"), N("产业园区", "industrial parks"), N("工业园", "industrial parks"), N("开发区", "development zones"),
    N("自贸区", "free trade zones"), N("自由贸易试验区", "free trade zones"), N("试验区", "pilot zones"),
    N("综试区", "pilot zones"), N("示范区", "demonstration zones"), N("基地", "bases"),
    N("港口", "ports"), N("站点", "sites"), N("车站", "stations"), N("口岸", "ports of entry"), N("机场", "airports"), N("枢纽", "hubs"),
    /* (a company's share capital counts shares: 公司总股本12.36亿股) */
    N("股本", "shares"), N("总股本", "shares"),
    N("节点", "nodes"), NFO("企业", "companies"), NFO("中小企业", "companies"), NFO("公司", "companies"),
    NF("厂商", "vendors"), NFO("主体", "enterprises"), NFO("商户", "merchants"), NFO("商家", "merchants"),
    N("卖家", "sellers"), N("买家", "buyers"), N("投标人", "bidders"), N("网店", "online stores"), N("店铺", "stores"), N("门店", "stores"),
    N("网点", "outlets"), NF("机构", "institutions"), NF("银行", "banks"), NF("高校", "universities"),
    NF("大学", "universities"), N("学校", "schools"), NF("医院", "hospitals"), N("实验室", "laboratories"),
    N("中心", "centers"), N("数据中心", "data centers"), N("智算中心", "computing centers"),
    N("算力中心", "computing centers"), N("交易所", "exchanges"), N("数据交易所", "data exchanges"),
    N("孔子学院", "Confucius Institutes"), N("鲁班工坊", "Luban Workshops"), N("平台", "platforms"),
    N("网站", "websites"), N("网页", "webpages"), N("域名", "domain names"), N("应用", "apps"),
    N("应用程序", "apps"), N("小程序", "mini programs"), N("基站", "base stations"),
    N("铁塔", "towers"), N("机架", "racks"), N("标准机架", "racks"), N("机柜", "racks"), N("标准机柜", "racks"),
    N("服务器", "servers"), N("移动电话", "phones"), N("固定电话", "phones"), N("电话", "phones"),
    N("海缆", "submarine cables"), N("海底光缆", "submarine cables"), N("海底电缆", "submarine cables"),
    N("陆缆", "cables"), N("光缆", "cables"), N("电缆", "cables"), N("线路", "lines"),
    N("链路", "links"), N("端口", "ports"), N("终端", "terminals"), N("设备", "devices"),
    N("手机", "phones"), N("芯片", "chips"), N("卫星", "satellites"), N("传感器", "sensors"),
    N("摄像头", "cameras"), N("机器人", "robots"), N("网络", "networks"), N("专网", "networks"),
    N("系统", "systems"), N("业务系统", "systems"), N("信息系统", "systems"), N("设施", "facilities"),
    N("项目", "projects"), N("工程", "projects"), N("合同", "contracts"), N("协议", "agreements"),
    {"标段", ZK_NOUN, ZF_AFTER, 0, 0, "lots"}, N("通道", "channels"),
    N("协定", "agreements"), N("备忘录", "MoUs"), N("谅解备忘录", "MoUs"), N("合作文件", "documents"),
    N("展位", "booths"), N("文件", "documents"), N("文本", "documents"), N("合作文本", "documents"), N("倡议", "initiatives"), N("标准", "standards"), N("专利", "patents"),
    N("论文", "papers"), N("课程", "courses"), N("培训班", "training sessions"),
    N("研修班", "training sessions"), N("讲座", "lectures"), N("活动", "events"), N("会议", "meetings"),
    N("论坛", "forums"), N("展会", "exhibitions"), N("展览", "exhibitions"), N("直播", "livestreams"),
    N("商品", "products"), N("产品", "products"), N("品牌", "brands"), NO("订单", "orders"),
    N("包裹", "parcels"), N("快件", "parcels"), N("快递", "parcels"),
    /* cloud, networks and security: what a provider's or a monitor's
     * figures count (29个地域, 87个可用区, 约4.6万个恶意程序控制服务器) */
    {"地域", ZK_NOUN, ZF_AFTER, 0, 0, "regions"}, N("可用区", "availability zones"), N("云区域", "regions"), N("主机", "hosts"),
    N("控制服务器", "servers"), N("云服务器", "servers"), N("登陆站", "landing stations"),
    N("海缆登陆站", "landing stations"), N("海缆系统", "submarine cable systems"), N("点位", "points"),
    N("监测点", "monitoring points"), N("路口", "intersections"), N("服务", "services"),
    N("政务服务", "government services"), NFO("运营商", "operators"), NFO("电信运营商", "operators"), NFO("营运商", "operators"),
    NF("服务商", "service providers"), NF("供应商", "suppliers"), NF("参与者", "participants"),
    {"名额", ZK_NOUN, ZF_AFTER, 0, 0, "places"}, {"行业", ZK_NOUN, ZF_AFTER, 0, 0, "industries"},
    {"门类", ZK_NOUN, ZF_AFTER, 0, 0, "categories"}, {"大类", ZK_NOUN, ZF_AFTER, 0, 0, "categories"},
    N("县市", "counties and cities"), N("市县", "counties and cities"),
    /* payments: cards held (张) and transactions and loans made (笔) */
    N("银行卡", "cards"), N("借记卡", "cards"), N("信用卡", "cards"), N("贷记卡", "cards"),
    N("借贷合一卡", "cards"), N("社保卡", "cards"), NO("贷款", "loans"), NO("交易", "transactions"),
    /* a regulator's cases: applications, filings and licences */
    N("申报", "applications"), N("备案", "filings"), N("许可证", "licences"), N("牌照", "licences"),
    N("证书", "certificates"),
    /* goods are counted in pieces: 货物约320万件 are items */
    N("货物", "items"), N("集装箱", "containers"), N("班列", "trains"), N("中欧班列", "trains"),
    N("列车", "trains"), N("航线", "routes"), N("航班", "flights"), N("车辆", "vehicles"),
    N("船舶", "ships"), N("车间", "workshops"), N("工厂", "factories"), N("海外仓", "overseas warehouses"),
    N("仓库", "warehouses"), N("岗位", "jobs"), N("就业岗位", "jobs"), N("案件", "cases"),
    N("案例", "cases"), N("攻击", "attacks"), N("网络攻击", "attacks"), N("漏洞", "vulnerabilities"),
    NW("事件", "incidents", 0), NW("事故", "incidents", 0), N("病毒", "viruses"), N("地址", "addresses"), N("文章", "articles"),
    N("视频", "videos"), N("作品", "works"), N("游戏", "games"), NW("成员", "members", 0),
    N("成员国", "member states"), N("伙伴", "partners"), N("合作伙伴", "partners"),
    N("伙伴国", "partner countries"), NH("家庭", "households"), NH("农户", "households"),
    NH("住户", "households"), NH("贫困户", "households"),
    N("组织", "organizations"), N("国际组织", "international organizations"), N("部门", "departments"),
    N("热点", "hotspots"), N("应急响应组织", "organizations"), N("计算机应急响应组织", "organizations"), N("郡", "counties"),
    N("地级以上城市", "cities"), N("地级以上市", "cities"),
    N("部委", "ministries"), N("地方政府", "local governments"), N("走廊", "corridors"), N("码头", "terminals"), N("铁路", "railways"),
    N("公路", "roads"), N("桥梁", "bridges"), N("电站", "power stations"), N("发电站", "power stations"),
    N("光伏电站", "solar power stations"), N("变电站", "substations"), N("合作区", "cooperation zones"),
    N("经贸合作区", "economic and trade cooperation zones"), N("学院", "colleges"), N("研究院", "institutes"),
    N("研究所", "institutes"), N("智库", "think tanks"), N("媒体", "media outlets"), NP("记者", "journalists"),
    NP("专家", "experts"), NP("学者", "scholars"), NP("官员", "officials"), NP("嘉宾", "guests"),
    NP("志愿者", "volunteers"), NP("教师", "teachers"), NP("工程师", "engineers"), NP("开发者", "developers"),
    NP("毕业生", "graduates"), NP("主播", "livestreamers"),
    N("连接", "connections"), N("连接数", "connections"), N("计算机", "computers"), N("电脑", "computers"),
    N("直播间", "livestream rooms"), N("商标", "trademarks"), N("数据集", "datasets"), N("大模型", "large models"),
    N("模型", "models"), N("算法", "algorithms"), N("举报", "reports"), N("投诉", "complaints"),
    N("恶意程序", "malicious programs"), N("木马", "trojans"), N("僵尸网络", "botnets"), N("访问", "visits"),
    N("下载", "downloads"), N("搜索", "searches"), N("播放", "plays"),
    N("集成电路", "integrated circuits"), N("浮点运算", "FLOPS"),
    /* a monitor's and a regulator's work: drills held, assessments made,
     * hazards fixed, records leaked, attacks seen, programs spread */
    N("演练", "drills"), N("应急演练", "drills"), N("风险评估", "assessments"), N("安全风险评估", "assessments"),
    N("隐患", "hazards"), N("安全隐患", "hazards"), N("记录", "records"), N("数据记录", "records"),
    N("攻击事件", "attacks"), N("传播", "propagations"), N("样本", "samples"),
    N("恶意程序样本", "malware samples"), N("网络接入点", "POPs"), N("技术", "technologies"),
    /* members by the unit they join as (会员单位2,386家); subscriptions
     * (移动数据订阅量约为4853万); the countries of a treaty or an initiative */
    NW("会员单位", "members", ZF_FIRM), NW("成员单位", "members", ZF_FIRM), N("订阅", "subscriptions"),
    N("订阅量", "subscriptions"), N("订阅数", "subscriptions"), N("发起国", "countries"),
    N("缔约国", "countries"), N("签约国", "countries"), N("参与国", "countries"),
    /* the yardstick of an area (相当于4200个标准足球场) */
    N("足球场", "football fields"), N("标准足球场", "football fields"),
    /* the employees a project hires (本地用工超千人); the holders of
     * shares (股东总数86,427) */
    NP("用工", "employees"), NP("股东", "shareholders"),
    /* what the statistics of electronics count (移动通信手持机 万台: handsets;
     * 光模块出货量约为126万只; 移动通信基站设备 万射频模块) */
    N("手持机", "handsets"), N("智能手机", "smartphones"), N("模块", "modules"), N("光模块", "optical modules"),
    N("射频模块", "RF modules"), N("计算机设备", "computers"),
    /* stocks traded (6只个股涨停; not 股票, whose shares 股 count), faults that happen (每年发生故障150起) */
    N("个股", "stocks"), N("故障", "faults"),
    /* an environmental survey's stations (水质站位24个), a cable's beach
     * manhole (海滩人井1座) */
    N("站位", "stations"), N("监测站位", "monitoring stations"), N("人井", "manholes"),

    /* Modifiers: inside a noun phrase they neither end it nor name what
     * is counted (国家级 is not 国家). */
    MOD("国家级"), MOD("省级"), MOD("市级"), MOD("跨境"), MOD("国际"), MOD("海外"), MOD("境外"),
    MOD("数字"), MOD("数字化"), MOD("智能"), MOD("智慧"), MOD("移动"), MOD("固定"), MOD("宽带"),
    MOD("农村"), MOD("城镇"), MOD("新兴"), MOD("重点"), MOD("大型"), MOD("工业"), MOD("互联网"),
    MOD("电商"), MOD("跨境电商"), MOD("物流"), MOD("数据"), MOD("信息"), MOD("通信"), MOD("光纤"),
    MOD("算力"), MOD("公共"), MOD("共建"), MOD("沿线"), MOD("双边"), MOD("多边"), MOD("区域"),
    MOD("全球"), MOD("丝路"), MOD("北斗"), MOD("骨干"), MOD("新型"), MOD("高速"), MOD("千兆"),
    MOD("中国"), MOD("中方"), MOD("中资"), MOD("中欧"), MOD("中亚"), MOD("中非"), MOD("活跃"),
    MOD("特色"), MOD("示范"), MOD("合作"), MOD("重大"), MOD("新建"), MOD("各类"), MOD("主要"),
    MOD("全国"), MOD("当地"), MOD("外资"), MOD("民营"), MOD("国有"), MOD("上市"), MOD("科技"),
    MOD("高新技术"), MOD("龙头"), MOD("标志性"), MOD("海底"), MOD("陆地"),
    MOD("数位"), MOD("数位化"), MOD("网际网路"), MOD("资料"), MOD("通讯"), MOD("资通讯"), MOD("资讯"), MOD("资安"),
    MOD("宽频"), MOD("云端"),

    /* A date, a duration or an age: no claim. */
    T("年", "years"), T("月", NULL), T("日", NULL), T("时", NULL), T("点", NULL), T("分", NULL),
    T("分钟", "minutes"), T("秒", "seconds"), T("天", "days"), T("周", "weeks"), T("星期", "weeks"),
    T("个月", "months"), T("个多月", NULL), T("小时", "hours"), T("个小时", "hours"), T("季度", NULL),
    T("个季度", "quarters"), T("世纪", NULL), T("周年", NULL), T("岁", "years"), T("周岁", NULL),
    T("个工作日", "working days"), T("工作日", "working days"), T("日历天", "days"), T("毫秒", "ms"),

    /* What a duration measures: with one of these before it in its clause,
     * "人均每周上网时长为26.1个小时" is a figure in hours, not a time. */
    DUR("时长"), DUR("上网时长"), DUR("用时"), DUR("耗时"), DUR("工期"), DUR("期限"), DUR("周期"), DUR("寿命"),
    DUR("停机"), DUR("中断"), DUR("延误"), DUR("等待"), DUR("时延"), DUR("平均时间"), DUR("缩短"), DUR("延长"),
    DUR("时间"), DUR("回收期"), DUR("投资回收期"),
    /* a sentence the court hands down: its term is the figure */
    DUR("有期徒刑"), DUR("缓刑"), DUR("拘役"),
    /* how long a thing took or has left: 修复历时约50天, 红利期只剩2～3年 */
    DUR("历时"), DUR("只剩"), DUR("还剩"), DUR("仅剩"), DUR("剩下"),
    /* how long a thing takes, on average or at all: 平均3.8天送达, 往往需要3—5年,
     * 为期3个月的培训 */
    DUR("平均"), DUR("需要"), DUR("只需"), DUR("仅需"), DUR("为期"), DUR("平均年龄"),
    /* (修复需约40天, 估需40天; 断网长达50天: as long as) */
    DUR("需约"), DUR("约需"), DUR("估需"), DUR("预计需"), DUR("长达"),
    /* a term a contract or a rule sets (质保期：24个月, 资助期最长两年), also
     * named after it (24个月缺陷责任期) */
    DUR("质保期"), DUR("保修期"), DUR("保质期"), DUR("缺陷责任期"), DUR("责任期"), DUR("公示期"),
    DUR("有效期"), DUR("资助期"), DUR("建设期"), DUR("合同期"), DUR("服务期"), DUR("运营期"),
    DUR("试用期"), DUR("锁定期"), DUR("限售期"), DUR("宽限期"), DUR("交货期"), DUR("供货期"),
    DUR("交付期"), DUR("年限"),
    /* how long it drags on, the whole of it, each time: 审批可能拖上18个月,
     * 卡了整整14个月, 休假两次，每次二十天, 海上施工约90天 */
    DURB("拖上"), DURB("拖了"), DURB("能拖"), DURB("要拖"), DURB("整整"), DURB("每次"),
    /* what a thing usually takes: 从立项到投产一般要3到5年 */
    DURB("施工"), DURB("一般要"), DURB("通常要"), DURB("往往要"), DURB("大概要"), DURB("至少要"),
    /* what a duration is the time to do, after it: 7到10天送达, 一两周能修好 */
    DURA("送达"), DURA("到达"), DURA("到货"), DURA("完成"), DURA("修好"), DURA("修复"), DURA("交付"),
    DURA("回本"), DURA("建成"), DURA("完工"), DURA("竣工"), DURA("投产"), DURA("抵达"), DURA("收回"),
    DURA("恢复"),

    /* A number that names: 1号文件, 737型, 2.0版, 5级, 90后, 500强, 二十大. */
    NAME("号"), NAME("型"), NAME("版"), NAME("级"), NAME("代"), NAME("后"), NAME("路"), NAME("楼"),
    NAME("线"), NAME("届"), NAME("国集团"), NAME("强"), NAME("大"), NAME("维"), NAME("章"), NAME("节"), NAME("条款"),

    /* Hedges before the figure. */
    HB("约", Q_APPROX), HB("大约", Q_APPROX), HB("大概", Q_APPROX), HB("近", Q_APPROX),
    HB("将近", Q_APPROX), HB("接近", Q_APPROX), HB("几近", Q_APPROX), HB("近乎", Q_APPROX),
    HB("约合", Q_APPROX), HB("超过", Q_MIN), HB("超", Q_MIN), HB("逾", Q_MIN), HB("多于", Q_MIN),
    HB("高于", Q_MIN), HB("大于", Q_MIN), HB("至少", Q_MIN), HB("不少于", Q_MIN), HB("不低于", Q_MIN),
    HB("突破", Q_MIN), HB("超出", Q_MIN), HB("不足", Q_MAX), HB("不到", Q_MAX), HB("少于", Q_MAX),
    HB("低于", Q_MAX), HB("小于", Q_MAX), HB("不超过", Q_MAX), HB("至多", Q_MAX), HB("最多", Q_MAX),
    HB("不及", Q_MAX), HB("未满", Q_MAX),
    /* bounds of a length of time: 资助期最长两年 */
    HB("最长", Q_MAX), HB("最短", Q_MIN),
    /* not above, not more than: at most (PUE不高于1.35) */
    HB("不高于", Q_MAX), HB("不大于", Q_MAX), HB("不多于", Q_MAX),
    /* the spoken hedges: 差不多 (差不多4倍), and 快 after a verb's 了 or
     * 已经 ("涨了快30%"; alone, "比4G快10倍" is faster, no hedge) */
    HB("差不多", Q_APPROX), HB("了快", Q_APPROX), HB("已经快", Q_APPROX), HB("都快", Q_APPROX),
    /* almost, roughly: 几乎占一半, 大致为2亿人 (nearly, about) */
    HB("几乎", Q_APPROX), HB("大致", Q_APPROX),

    /* Hedges after it (多 and 余 inside it are read by the scanner). */
    HA("以上", Q_MIN), HA("及以上", Q_MIN), HA("开外", Q_MIN), HA("有余", Q_MIN), HA("出头", Q_MIN),
    HA("以下", Q_MAX), HA("及以下", Q_MAX), HA("以内", Q_MAX), HA("之内", Q_MAX), HA("左右", Q_APPROX),
    HA("上下", Q_APPROX),

    /* Counters a page shows beside its headline: no claims. */
    FURN("阅读"), FURN("阅读量"), FURN("点击"), FURN("点击量"), FURNL("播放量"), FURN("浏览"), FURN("浏览量"), FURN("点赞"), FURN("评论"), FURN("转发"),
    FURN("分享"), FURN("收藏"), FURN("在看"), FURN("人阅读"), FURN("次阅读"), FURN("次浏览"),
    FURN("浏览次数"), FURN("阅读次数"), FURN("编辑次数"), FURNL("访问次数"), FURNL("访问量"), FURN("点击次数"),
    FURNL("播放次数"), FURNL("下载次数"), FURNL("下载量"), FURN("评论数"), FURN("点赞数"), FURN("转发数"),
    FURN("收藏数"), FURN("点选"), FURN("点选量"), FURN("点选次数"),
    /* a microblog's: "粉丝 186.3万", "| 赞 2.1万"; a Q&A page's: "查看全部 156 个回答" */
    FURN("粉丝"), FURN("赞"), FURN("查看全部"),
    /* a microblog topic's and a Q&A page's counters: 讨论4.1万, 12 个回答 */
    FURN("讨论"), FURN("回答"), FURN("个回答"),
};
#define NWORDS (sizeof words / sizeof *words)

/* ---- the index ----
 * The words grouped by their first character and, apart, by their last:
 * a small open-addressing table maps a character to its run in one of
 * the two orders, longest words first. */

#define HSIZE 1024   /* > 2 x the distinct first (or last) characters */

typedef struct Run {
    int32_t cp;          /* 0: empty slot */
    uint16_t at, count;  /* the run in by_first or by_last */
} Run;

static const ZhWord *by_first[NWORDS], *by_last[NWORDS];
static size_t wlen[NWORDS];
static Run first_runs[HSIZE], last_runs[HSIZE];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

#define IDX(w) ((size_t)((w) - words))

/* The code point of the UTF-8 character at s[0, n) and its length; -1
 * on a bad byte (length 1). */
static int32_t decode(const unsigned char *s, size_t n, size_t *len)
{
    int32_t cp = utf8_decode((const char *)s, n, len);
    return cp == UTF8_REPLACEMENT && *len == 1 ? -1 : cp;
}

/* The code point of the last character of w. */
static int32_t last_cp(const char *w)
{
    size_t n = strlen(w), s;
    int32_t cp = utf8_prev(w, n, &s);
    return cp == UTF8_REPLACEMENT && s == n - 1 ? -1 : cp;
}

static int32_t first_cp(const char *w)
{
    size_t l;
    return decode((const unsigned char *)w, strlen(w), &l);
}

static int cmp_first(const void *a, const void *b)
{
    const ZhWord *x = *(const ZhWord *const *)a, *y = *(const ZhWord *const *)b;
    int32_t cx = first_cp(x->w), cy = first_cp(y->w);
    if (cx != cy)
        return cx < cy ? -1 : 1;
    return (wlen[IDX(y)] > wlen[IDX(x)]) - (wlen[IDX(y)] < wlen[IDX(x)]);   /* longest first */
}

static int cmp_last(const void *a, const void *b)
{
    const ZhWord *x = *(const ZhWord *const *)a, *y = *(const ZhWord *const *)b;
    int32_t cx = last_cp(x->w), cy = last_cp(y->w);
    if (cx != cy)
        return cx < cy ? -1 : 1;
    return (wlen[IDX(y)] > wlen[IDX(x)]) - (wlen[IDX(y)] < wlen[IDX(x)]);
}

static Run *slot(Run *t, int32_t cp)
{
    uint32_t h = ((uint32_t)cp * 2654435761u) >> 22;   /* 10 bits */
    while (t[h].cp && t[h].cp != cp)
        h = (h + 1) & (HSIZE - 1);
    return &t[h];
}

/* Group the sorted words into runs by the character key gives. */
static void runs(const ZhWord **v, Run *t, int32_t (*key)(const char *))
{
    for (size_t i = 0; i < NWORDS;) {
        int32_t cp = key(v[i]->w);
        size_t j = i;
        while (j < NWORDS && key(v[j]->w) == cp)
            j++;
        Run *r = slot(t, cp);
        r->cp = cp;
        r->at = (uint16_t)i;
        r->count = (uint16_t)(j - i);
        i = j;
    }
}

/* The units of the measures (km, square meters...), once. */
static const char *measures[NWORDS];
static size_t n_measures;

/* The units of the nouns of a whole (members, employees), once. */
static const char *wholes[NWORDS];
static size_t n_wholes;

static void index_init(void)
{
    for (size_t i = 0; i < NWORDS; i++) {
        by_first[i] = by_last[i] = &words[i];
        wlen[i] = strlen(words[i].w);
        if (words[i].kind == ZK_MEASURE)
            measures[n_measures++] = words[i].unit;
        if (words[i].kind == ZK_NOUN && (words[i].flags & ZF_WHOLE))
            wholes[n_wholes++] = words[i].unit;
    }
    qsort(by_first, NWORDS, sizeof *by_first, cmp_first);
    qsort(by_last, NWORDS, sizeof *by_last, cmp_last);
    runs(by_first, first_runs, first_cp);
    runs(by_last, last_runs, last_cp);
}

const ZhWord *qzh_at(const unsigned char *p, size_t n, size_t i, unsigned mask, size_t *len)
{
    pthread_once(&index_once, index_init);
    *len = 0;
    size_t cl;
    if (i >= n || p[i] < 0x80)
        return NULL;
    int32_t cp = decode(p + i, n - i, &cl);
    const Run *r = cp > 0 ? slot(first_runs, cp) : NULL;
    if (!r || !r->cp)
        return NULL;
    /* longest first: the first that fits is the longest */
    for (size_t k = r->at; k < (size_t)r->at + r->count; k++) {
        const ZhWord *w = by_first[k];
        size_t l = wlen[IDX(w)];
        if ((w->kind & mask) && l <= n - i && !memcmp(p + i, w->w, l)) {
            *len = l;
            return w;
        }
    }
    return NULL;
}

const ZhWord *qzh_before(const unsigned char *p, size_t lo, size_t end, unsigned mask, size_t *len)
{
    pthread_once(&index_once, index_init);
    *len = 0;
    if (end <= lo || p[end - 1] < 0x80)
        return NULL;
    /* the character ending at end, not reaching before lo */
    size_t cs;
    int32_t cp = utf8_prev((const char *)p + lo, end - lo, &cs);
    int bad = cp == UTF8_REPLACEMENT && cs == end - lo - 1;
    const Run *r = cp > 0 && !bad ? slot(last_runs, cp) : NULL;
    if (!r || !r->cp)
        return NULL;
    for (size_t k = r->at; k < (size_t)r->at + r->count; k++) {
        const ZhWord *w = by_last[k];
        size_t l = wlen[IDX(w)];
        if ((w->kind & mask) && l <= end - lo && !memcmp(p + end - l, w->w, l)) {
            *len = l;
            return w;
        }
    }
    return NULL;
}

int qzh_digit(long cp)
{
    switch (cp) {
    case 0x96F6: case 0x3007: return 0;                  /* 零 〇 */
    case 0x4E00: case 0x58F9: return 1;                  /* 一 壹 */
    case 0x4E8C: case 0x4E24: case 0x8D30: return 2;     /* 二 两 贰 */
    case 0x4E09: case 0x53C1: return 3;                  /* 三 叁 */
    case 0x56DB: case 0x8086: return 4;                  /* 四 肆 */
    case 0x4E94: case 0x4F0D: return 5;                  /* 五 伍 */
    case 0x516D: case 0x9646: return 6;                  /* 六 陆 */
    case 0x4E03: case 0x67D2: return 7;                  /* 七 柒 */
    case 0x516B: case 0x634C: return 8;                  /* 八 捌 */
    case 0x4E5D: case 0x7396: return 9;                  /* 九 玖 */
    default: return -1;
    }
}

double qzh_unit(long cp)
{
    switch (cp) {
    case 0x5341: case 0x62FE: return 10;     /* 十 拾 */
    case 0x767E: case 0x4F70: return 100;    /* 百 佰 */
    case 0x5343: case 0x4EDF: return 1000;   /* 千 仟 */
    case 0x4E07: return 1e4;                 /* 万 */
    case 0x4EBF: return 1e8;                 /* 亿 */
    default: return 0;
    }
}

int qzh_is_han(long cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F);
}

int qzh_is_cjk_mark(long cp)
{
    /* CJK symbols and punctuation (not the ideographic space, a blank),
     * full-width forms */
    return (cp > 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF65) || (cp >= 0xFFE0 && cp <= 0xFFEE);
}

int qzh_ends_word(long cp)
{
    int fw_alnum = (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
    return qzh_is_han(cp) || (qzh_is_cjk_mark(cp) && !fw_alnum);
}

int qzh_is_measure_unit(const char *u)
{
    pthread_once(&index_once, index_init);
    for (size_t i = 0; i < n_measures; i++)
        if (!strcmp(measures[i], u))
            return 1;
    return 0;
}

int qzh_is_whole_unit(const char *u)
{
    pthread_once(&index_once, index_init);
    for (size_t i = 0; i < n_wholes; i++)
        if (!strcmp(wholes[i], u))
            return 1;
    return 0;
}

/* credit_zh.h — the body (or person) a Chinese sentence credits for a
 * figure, as the sentence names it.
 *
 * A Chinese name has no capitals: a body is known by its last words (部,
 * 局, 协会, 公司, 中心...), a person by a title (部长, 大使, 负责人), and
 * both by where they stand:
 *  - after 据 (根据, 依据, 另据) and before what they tell: "据肯尼亚通信
 *    管理局统计", "据沙特通信和信息技术部（MCIT）发布的数据", "根据国际电信
 *    联盟发布的《2023年事实与数据》，", "据经商处了解";
 *  - opening a clause before a verb of telling: "印尼互联网服务提供商协会
 *    （APJII）数据显示", "中兴通讯方面向《环球时报》记者提供的数据显示",
 *    "中国信息通信研究院一位专家对《环球时报》记者称", "老挝中国总商会
 *    统计，", "欧瓦洛部长在致辞中表示";
 *  - after 从 and before 获悉: "记者从工业和信息化部获悉";
 *  - after 按 (按照, 依照) and before 口径, whose measure a figure follows:
 *    "按国际电信联盟（ITU）口径，";
 *  - a body's report cited by edition and title before a colon
 *    ("CNNIC第53次《中国互联网络发展状况统计报告》：").
 * After 据 a name may be Latin words ("据Synergy Research Group数据"), a
 * body alone before the comma ("据中国卫星导航系统管理办公室，"), or a body
 * known by a name of its own counting the figures ("据仲量联行测算，"):
 * a role ("据项目承建方测算") names no one, a pointer ("据该公司统计",
 * "该院院长…介绍") the body of its kind named before (zhpointer.h).
 * What stands between the name and the verb is not the name: how the
 * figures came ("发布的《…》", "提供的数据"), when and where it was said
 * ("此前", "在接受采访时", "对记者"), and a spokesman's role: "华为肯尼亚
 * 公司负责人表示" credits the company. A titled person is named whole, with
 * the body and title the text gives ("沙特通信和信息技术部副部长海赛姆·
 * 奥海利"). A body metrics.csv knows that opens the name is named by its id
 * ("商务部电子商务和信息化司" is MOFCOM, "华为中东和中亚地区部" Huawei).
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_CREDIT_ZH_H
#define CB_CREDIT_ZH_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The credits of the sentence doc[ss, se), read once for all its claims:
 * each where it stands (from its name to the end of its verb) and the
 * name, or none (kind 2: a teller not named). */
#define CREDIT_ZH_MAX 8
typedef struct ZhCredit {
    size_t start, end;
    int kind;           /* 1 named, 2 a teller not named ("据项目承建方介绍":
                         * someone's, but no one the text names), 3 a count
                         * naming no teller ("据不完全统计": whoever tells it),
                         * 4 a filing's words with no name ("公告显示，":
                         * the filer's, filer.h), 5 a pronoun ("她认为",
                         * "据其团队测算": the person the text introduced
                         * last, zhpronoun.h), 6 a report named before
                         * ("报告显示": its maker, zhreport.h) */
    int after;          /* given after its figures, as speech gives it
                         * ("这是商务部说的", zhsaid.h): it credits only
                         * the figures before it */
    char name[128];
} ZhCredit;

typedef struct ZhCredits {
    size_t n;
    ZhCredit v[CREDIT_ZH_MAX];
} ZhCredits;

/* Read them (m may be NULL: names as written). */
void credit_zh_read(const Metrics *m, const char *doc, size_t ss, size_t se, ZhCredits *cr);

/* The credit nearest before offset at (the last to end before it), or
 * one given after its figures that follows at: its kind, and its name in
 * out (empty for kinds 2 to 6); 0 when none. A count naming no teller
 * after a teller of the sentence ("她介绍，据不完全统计，…") is that
 * teller's. */
int credit_zh_before(const ZhCredits *cr, size_t at, char *out, size_t cap);

/* Does the place named at doc[s, e) open the name of a body a credit of
 * cr holds that is a research body, an association or an outlet, named
 * after its seat ("美国智库外交关系协会（CFR）估计", "英国市场研究机构
 * Omdia数据显示")? Its country is where the body sits, not where the
 * figure is. (A government body's country is where its figures are:
 * "据美国海关与边境保护局（CBP）数据".) */
int credit_zh_seat(const ZhCredits *cr, const char *doc, size_t s, size_t e);

/* Is the known body source (an id, as metrics.csv names it) named in the
 * sentence doc[ss, se) only in clauses that state the basis of a
 * conversion, opening with 按, 按照 or 依照 ("按2024年6月28日中国人民银行
 * 公布的人民币对美元汇率中间价折算"): the rate's publisher, who tells no
 * figure of the sentence? 1 when so. (A clause naming a body's measure,
 * "按国际电信联盟（ITU）口径", credits the body: no conversion.) */
int credit_zh_rate_basis(const Metrics *m, const char *doc, size_t ss, size_t se, const char *source);

/* Is p[s, e), the rest of a name after a known body's ending at p[s]
 * ("研究院" of "商务部研究院", "第三研究所" of "公安部第三研究所", "云" of
 * "腾讯云"), a unit of that body that tells its own findings: a ministry's
 * research institute or a company's cloud arm? (A department or a branch
 * speaks for its body, and so does an institute's research arm.) */
int credit_zh_sub_body(const char *p, size_t s, size_t e);

/* The name doc[s, e) as a credit (trimmed of what is not the name: "阿里
 * 巴巴集团5月14日" is 阿里巴巴集团): a known body by its id, else as
 * written; 1 and out, or 0 when it is no name. */
int credit_zh_take(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap);

/* "谷歌、淡马锡和贝恩联合发布的《": the names before (联合)发布的《 in p[s,
 * e), as written, whatever they are; 1 and out, or 0. */
int credit_zh_publishers(const char *p, size_t s, size_t e, char *out, size_t cap);

#endif

/* roles.h — the part a place plays in a sentence, beyond being named.
 *
 * Being named near a figure does not make a place the figure's:
 *  - The world as a frame. "ranking second in the world", "the world's
 *    largest", "居全球第二位", "全球第一大" rank a figure among the world's;
 *    "over 60 percent of the world's total", "20% of the world's internet
 *    users", "占全球...的比重" measure it against the world's; "高于全球平均
 *    水平" compares it with the world's. The figure is the world's only
 *    when nothing else places it ("roughly 10 per cent of the global
 *    market", said of one firm, is a world figure); in Chinese, where a
 *    sentence leaves its subject unsaid ("占全球六成以上"), it is the
 *    share of what the text speaks of.
 *  - An aside. "41 percent of the global market outside North America",
 *    "according to London-based research firm Omdia": a place excluded,
 *    or the seat of a body, is not where the figure applies; nor is the
 *    field a superlative ranks its subject among ("one of the lowest
 *    mobile data prices in South Asia", "the largest tower deal in
 *    Africa"); nor are the
 *    destinations of a flow ("投资137.6亿美元，…主要流向新加坡、美国").
 *  - The country as a whole. 全国 and 国内 ("nationwide", "domestic") name
 *    the country the document speaks of: China in a Chinese report on
 *    China, Kenya in a story about Kenya, and the one other country a
 *    sentence names ("由中国企业承建的肯尼亚国家光纤骨干网...连通全国47个
 *    郡"). 城镇 and 农村 (the towns, the countryside) are its parts: a
 *    province's in a provincial report.
 *  - Places named together. "Nigeria, Egypt and South Africa together
 *    accounted for 52%": the list holds the figure jointly; it is the
 *    whole's the text speaks of, not any one place's.
 *  - The subject that has the figure. "China had 1.092 billion internet
 *    users", "China had built 1.854 million 5G base stations", "China
 *    accounts for about 20% of the world's users": the country opening the
 *    claim's clause holds what is counted. Not a count of partners ("China
 *    had signed MoUs with 17 countries") or what it gives abroad ("China has
 *    invested $79 billion in 80 countries"). A trader ("China imported
 *    ... from Kenya") holds its flow over the partner the sentence names.
 *
 * The classifier (classify.h) asks; nothing here allocates or keeps state.
 */
#ifndef CB_ROLES_H
#define CB_ROLES_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How the world stands in the sentence doc[ss, se): */
enum {
    ROLES_WORLD_PLACE = 0,  /* as a place (or not named) */
    ROLES_WORLD_SHARE,      /* every mention a share's whole ("of the world's total") */
    ROLES_WORLD_RANK        /* every mention a rank's field, some a share's whole */
};
int roles_world(const Metrics *m, const char *doc, size_t ss, size_t se);

/* Is the place named at doc[s, e) of the sentence doc[ss, se) an aside
 * for the figure at doc[at): excluded ("outside North America",
 * "excluding China"), the seat of a body ("London-based research firm
 * Omdia"), or where what the figure counts is spread, in a clause after
 * it ("2.6 billion remained offline, most of them in Africa")?
 * roles_may_aside: might the sentence hold one at all (a quick look,
 * before the places are read). */
int roles_aside(const char *doc, size_t ss, size_t se, size_t s, size_t e, size_t at);
int roles_may_aside(const char *doc, size_t ss, size_t se);

/* Does the place named up to doc[e) open a company's name that goes on
 * to doc[lim) at most: Han characters with no mark between, ending in 公司,
 * 集团 or 银行 ("深圳传音控股股份有限公司", "杭州云帆跨境科技股份有限公司")?
 * A city so named is the company's seat, not where its figures are. */
int roles_zh_seat(const char *doc, size_t e, size_t lim);

/* Does doc[from, to) hold a word a company's name ends in (roles_zh_seat
 * finds a seat only before one)? */
int roles_zh_seat_named(const char *doc, size_t from, size_t to);

/* Does the place named up to doc[e) open the name of a research body or
 * a school (a name of its own, two characters at least, then 学院, 大学,
 * 研究所, 研究院, 研究室, 实验室 or 智库, with no mark between, to doc[lim)
 * at most: "美国威廉与玛丽学院AidData研究室"; or a kind of body right after it,
 * 研究机构, 咨询机构, 咨询公司: "美国咨询机构RWR Advisory Group估算")? The
 * place is the body's
 * seat. (Not an association's: "印尼互联网服务提供商协会" counts its
 * country's users.) */
int roles_zh_body_seat(const char *doc, size_t e, size_t lim);

/* Places named together as one subject: "Nigeria, Egypt and South Africa
 * together accounted for 52% of the region's shipments", "Kenya and
 * Uganda combined", "东南亚与南亚合计占近五成". They hold the figure jointly, none of them alone:
 * how many the list names (2 or more), its span in *from, *to; 0 when the
 * sentence doc[ss, se) has no such list. */
size_t roles_joint_places(const Metrics *m, const char *doc, size_t ss, size_t se, size_t *from, size_t *to);

/* Is every mention of China in the sentence doc[ss, se) a word for "the
 * whole country" (全国, 国内, 境内, "nationwide") or its parts (城镇, 农村),
 * which name the country (or province) the document is about, or the one
 * other country the sentence names, China only when it is about no other
 * ("可为肯尼亚全国超过200个政府部门")? 0 when China is named otherwise or
 * not at all. */
int roles_nationwide(const Metrics *m, const char *doc, size_t ss, size_t se);

/* The place that, opening a clause of doc[ss, se) before the claim at
 * doc[at, end) with a verb of having ("has", "had built", "accounts
 * for"), holds the figure: its scope id in out and 1; 0 when none.
 * unit is the claim's (a count of countries or partners has none). */
int roles_subject_place(const Metrics *m, const char *doc, size_t ss, size_t se, size_t at, const char *unit,
                        char *out, size_t cap);

/* The same place when its verb is one of trade or output ("China imported
 * 479.5 billion chips from Kenya", "Kenya exported ...", "China produces
 * about 98% of the world's gallium"): the figure is the trader's, and the
 * partner or the world the sentence names is not its place. */
int roles_trader(const Metrics *m, const char *doc, size_t ss, size_t se, size_t at, const char *unit, char *out,
                 size_t cap);

/* Might the sentence doc[ss, se) hold a verb of trade or output at all (a
 * quick look, before roles_trader reads its clauses)? */
int roles_may_trade(const char *doc, size_t ss, size_t se);

/* Does a clause of the Chinese sentence doc[ss, at) before a claim at
 * doc[at] open with 中国 as its topic ("中国位居第二，规模约为7.6万亿美元",
 * "中国方面，…约1.3万颗"), not as a modifier ("中国企业", "中国信息通信研究院")
 * or one party of two ("中国与东盟")? China is the actor of most Chinese
 * sentences, so 中国 alone is no place cue; as the topic it places the
 * figure, over a place the paragraph spoke of before; and so does 中国
 * labelling a table's row ("│ 中国 │ 1630 │ 6.4 │"). */
int roles_zh_china_topic(const char *doc, size_t ss, size_t at);

/* Does a Chinese sentence doc[ss, se) spread what it counts over ten
 * countries or more after a verb of where ("在170多个国家和地区部署",
 * "服务覆盖约70个国家"), not over the partners one signs with ("同150个国家
 * 签署")? */
int roles_zh_spread(const char *doc, size_t ss, size_t se);

/* Does the Chinese sentence doc[ss, at) give the claim at doc[at] as a
 * part of what it counted, after 其中? Its place is its own, not the
 * paragraph's topic. */
int roles_zh_part(const char *doc, size_t ss, size_t at);

/* Does the sentence doc[ss, se) name one place beside China and the
 * world, and only one (where 全国 is all of that place)? */
int roles_one_other_place(const Metrics *m, const char *doc, size_t ss, size_t se);

#endif

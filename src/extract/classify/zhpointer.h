/* zhpointer.h — a body a Chinese text named before, pointed to by 该 (这家,
 * 此) and its kind, or a person by a role (这位负责人).
 *
 * A story names a body once ("7月2日，中国信息通信研究院发布《…》。",
 * "新加坡资讯通信媒体发展局（IMDA）的数据显示，…"), then points to it by
 * what it is: "该院院长余晓晖介绍，…", "该机构测算，…", "据该中心统计，…",
 * "这家公司表示，…". The figures told after the pointer are that body's:
 * the last body named before it whose name ends with the kind (院 for
 * 该院, 公司 for 该公司; any body for 该机构, 该组织, 该单位). A role
 * pointed to ("这位负责人说", "该官员表示") is the last person named by
 * that role, credited as introduced ("商务部电子商务司负责人…介绍" speaks
 * for MOFCOM). (Not 该国
 * or 当地, which point to a place; not 其, a pronoun: zhpronoun.h.)
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state.
 */
#ifndef CB_ZHPOINTER_H
#define CB_ZHPOINTER_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does a pointer to a body open p[i, e): 该, 这家 or 此 then a body's
 * kind ("该院", "该机构", "这家公司"), or 这位, 该 then a role ("这位负责人")?
 * Its length (the kind's end), or 0. */
size_t zhpointer_at(const char *p, size_t i, size_t e);

/* The body the pointer at p[at] (zhpointer_at) stands for: the last named
 * in p[from, at) with its kind, as a credit (credit_zh_take: a known body
 * by its id, else as written). 1 and out, or 0 when none is named. */
int zhpointer_body(const Metrics *m, const char *p, size_t from, size_t at, char *out, size_t cap);

#endif

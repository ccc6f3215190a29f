/* zhpronoun.h — a Chinese teller named by a pronoun, and the person it
 * stands for.
 *
 * A Chinese report of a meeting or an interview names a speaker once,
 * with the body and the title ("中国电子信息产业发展研究院的刘佳博士分析了
 * 东南亚数据中心市场。", "公安部第三研究所赵宁研究员指出，…"), then by a
 * pronoun: "她认为，…", "他指出，…", "据她介绍，…", "据其团队测算，…".
 * The figures told after the pronoun are the person's, credited as the
 * text introduced them: the subject of the last clause before it, in
 * its paragraph, that names a person by a title.
 *
 * Offsets are bytes of the document; nothing here allocates or keeps
 * state.
 */
#ifndef CB_ZHPRONOUN_H
#define CB_ZHPRONOUN_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does a pronoun teller open at p[i] (a clause's start, before se):
 * 他 or 她 then a verb of telling ("她认为", "他在发言中指出"), or 据 and
 * 他, 她 or 其 ("据她介绍", "据其团队测算")? 1 and *end past the verb, or
 * 0. (Not 他们, 其他, 其中: no one person.) */
int zhpronoun_teller(const char *p, size_t i, size_t se, size_t *end);

/* The person the last clause of p[from, to) that opens with one named
 * by a title ("…研究院的刘佳博士", "…研究所赵宁研究员", "…研究院副院长吴敏")
 * introduces, as a credit (credit_zh_take: a known body by its id, else
 * as written): 1 and out, or 0 when none does. */
int zhpronoun_person(const Metrics *m, const char *p, size_t from, size_t to, char *out, size_t cap);

#endif

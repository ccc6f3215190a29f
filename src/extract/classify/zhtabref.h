/* zhtabref.h — a Chinese sentence that reads its figures off a table the
 * text numbered: "由表3-1可知，…超过95%", "从表1可见，", "如表2所示，".
 *
 * A paper prints a table with its caption ("表3-1 2023年东盟主要国家互联网
 * 发展情况") and its note ("资料来源：国际电信联盟（ITU）数据库，笔者整理。"),
 * then tells what it shows: the figures of that sentence are the table's,
 * credited as its note credits its cells (names_note_source).
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHTABREF_H
#define CB_ZHTABREF_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Does a reference to a numbered table open p[i, se): 由, 从, 如, 据 or
 * 根据, 表 and its number, then 可知, 可见, 可以看出, 所示 or 显示? 1
 * with *end past it and the number's span in [*ns, *ne), or 0. */
int zhtabref_at(const char *p, size_t i, size_t se, size_t *ns, size_t *ne, size_t *end);

/* The body the note under the table numbered p[ns, ne) credits: the
 * table whose caption line opens with 表 and that number, before ns,
 * and the source note (资料来源：, 数据来源：, 来源：) among the lines after
 * its caption. 1 and out, or 0 when none is found. */
int zhtabref_source(const Metrics *m, const char *p, size_t ns, size_t ne, char *out, size_t cap);

#endif

/* zhsaid.h — a credit that speech gives after the figures it credits:
 * "两千五百多个海外仓……这是商务部说的啊", "这个数是海关总署发的".
 *
 * A speaker (a livestream, a transcript, a forum thread) first says the
 * figures, then whose they are: 这是 (这个是, 这些是, 这个数是, 这些数是)
 * and a name and a verb of telling (说的, 发的, 公布的, 发布的, 统计的,
 * 的数, 的数据). The credit holds for the figures before it in its
 * sentence, not for those after it or the sentences after.
 *
 * credit_zh.c reads the name; this finds where it stands. Offsets are
 * bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHSAID_H
#define CB_ZHSAID_H

#include <stddef.h>

/* A credit after its figures opening at p[i] (before e): 1 with the
 * name's span in [*ns, *ne) (not yet trimmed or checked as a name) and
 * *end past the verb; 0 when p[i] opens none. */
int zhsaid_after(const char *p, size_t i, size_t e, size_t *ns, size_t *ne, size_t *end);

#endif

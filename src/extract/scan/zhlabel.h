/* zhlabel.h — Chinese numbers that label rather than count: the part
 * of a table's or a figure's number (表3-1, 图2-4: the 1 and the 4), a
 * congress's session by its number after its term (十四届全国人大四次会议,
 * 十三届四次会议: the fourth session, no four meetings).
 *
 * scan_zh.c asks this of a figure it has read, with blocked_before's other
 * labels (第53次, 表1). Offsets are bytes of the document; nothing here
 * allocates.
 */
#ifndef CB_ZHLABEL_H
#define CB_ZHLABEL_H

#include <stddef.h>

/* Does the figure p[start, end) label something: the number after a
 * dash or a point in a table's or a figure's number (表3-1), or a
 * session's number after a term (届) and the body it is of (十四届全国人大
 * 四次会议)? */
int zhl_label(const unsigned char *p, size_t n, size_t start, size_t end);

#endif

/* srcline.h — the body a Chinese page's 来源 line names, when the page
 * reposts that body's release.
 *
 * A portal or a news site reposts a ministry's release under its own
 * name, and its header says whose it is: "来源：工业和信息化部网站　　发布
 * 时间：2024-10-20", "2024-04-20 10:00 来源：海关总署", "文章来源：商务部
 * 网站". The figures no one else is credited for are that body's, not
 * the portal's. Only a body metrics.csv knows counts (a department,
 * "来源：运行监测协调局", speaks within its publisher), and no news
 * outlet ("来源：新华网", "来源：人民日报"), whose stories tell others'
 * figures.
 *
 * Pure functions of the text; nothing allocates.
 */
#ifndef CB_SRCLINE_H
#define CB_SRCLINE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The known body the 来源 line among the first lines of doc[0, n) names:
 * 1 and its id in out, or 0. */
int srcline_body(const Metrics *m, const char *doc, size_t n, char *out, size_t cap);

#endif

/* itemrows.c — a table whose rows are single projects (see itemrows.h). */
#include "itemrows.h"

#include <string.h>
#include <strings.h>

#include "metrics.h"
#include "names.h"
#include "diag.h"

/* A byte of a name's word: ascii_isalnum and '_'. */
static int word_byte(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

int itemrows_project_table(const char *doc, size_t n, size_t head_s)
{
    /* ORDER: the names of a column of single items */
    static const char *const items[] = {"project", "facility", "project_name", "project name", NULL};
    if (!doc || head_s >= n)
        return 0;
    size_t ls = head_s, le = head_s;
    while (ls > 0 && doc[ls - 1] != '\n')
        ls--;
    while (le < n && doc[le] != '\n')
        le++;
    if (le - ls > 400)   /* (a header line is short; prose names projects) */
        return 0;
    for (size_t i = ls; i < le; i++) {
        if (i > ls && word_byte(doc[i - 1]))
            continue;
        for (int k = 0; items[k]; k++) {
            size_t l = strlen(items[k]);
            if (i + l <= le && !strncasecmp(doc + i, items[k], l) && (i + l == le || !word_byte(doc[i + l])))
                return 1;
        }
    }
    return 0;
}

int itemrows_row_metric(const Metrics *m, Claim *c, const char *doc, size_t n, size_t head_s, size_t label_s,
                        size_t label_e)
{
    if (!c->metric[0] || metrics_is_item(m, c->metric) || !itemrows_project_table(doc, n, head_s))
        return 0;
    Claim t = *c;   /* (a shallow copy: only its metric and unit are kept) */
    t.metric[0] = '\0';
    if (label_e > label_s && label_e <= n && names_heading_metric(m, &t, doc, label_s, label_e) &&
        metrics_is_item(m, t.metric)) {
        strcut(c->metric, sizeof c->metric, t.metric);
        strcut(c->unit, sizeof c->unit, t.unit);
    } else {
        c->metric[0] = '\0';
    }
    return 1;
}

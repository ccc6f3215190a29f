/* rowlist.c — listed rows and strips without a median (rowlist.h). */
#include <math.h>
#include <string.h>

#include "rowlist.h"
#include "rowunit.h"

int rowlist_listed(const ChartSpec *cs, const PRow *row)
{
    return cs->kind == CK_OTHER && cs->nscales > 1 && row->nfig == 1 &&
           cs->scales[row->scale].nfig == 1;
}

int rowlist_median(const ChartSpec *cs, const PRow *row)
{
    if (row->nfig <= 2)
        return 0;
    const char *m = cs->figs[row->fig].c->metric;
    if (!*m)
        return 0;
    for (size_t k = row->fig + 1; k < row->fig + row->nfig; k++)
        if (strcmp(cs->figs[k].c->metric, m))
            return 0;
    return 1;
}

double rowlist_value_width(Th *t, const ChartSpec *cs, size_t a, size_t b)
{
    double w = 0;
    for (size_t i = a; i < b; i++) {
        const PRow *row = &cs->rows[i];
        if (!rowlist_listed(cs, row))
            continue;
        char v[240];
        rowunit_value(v, sizeof v, cs->figs[row->fig].c);
        w = fmax(w, th_width(t, FONT_BOLD, t->label, v));
    }
    return fmin(w, 0.4 * (t->px1 - t->px0));
}

void rowlist_draw(Th *t, const ChartSpec *cs, const PRow *row, double cy, double vw)
{
    char v[240], cut[240];
    rowunit_value(v, sizeof v, cs->figs[row->fig].c);
    th_fit(t, FONT_BOLD, t->label, v, vw + 0.5, cut, sizeof cut);
    double a = fonts_ascent(t->f, FONT_REGULAR, t->label), d = fonts_descent(t->f, FONT_REGULAR, t->label);
    double y = cy + (a - d) / 2, gap = 1.2 * t->label;
    th_line(t, t->px0, y, 0, FONT_BOLD, t->label, t->ink, cut, 0, "value");
    double x = t->px0 + vw + gap;
    if (x < t->px1)
        th_wrap(t, x, y, t->px1 - x, 1, 0, FONT_REGULAR, t->label, t->ink, row->label, "label", 1);
}

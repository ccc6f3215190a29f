/* several.c — a document's several disagreeing figures (see several.h). */
#include "several.h"

#include <stdlib.h>
#include <string.h>

/* figures by document, then place, then their place in figs */
typedef struct Slot {
    const Figure *f;
    size_t at;
} Slot;

static int by_doc(const void *a, const void *b)
{
    const Slot *x = a, *y = b;
    int c = strcmp(x->f->c->doc, y->f->c->doc);
    if (c || (c = strcmp(x->f->c->scope, y->f->c->scope)))
        return c;
    return x->at < y->at ? -1 : x->at > y->at;
}

static int same_doc(const Figure *a, const Figure *b)
{
    return !strcmp(a->c->doc, b->c->doc) && !strcmp(a->c->scope, b->c->scope);
}

size_t several_drop(Run *R, const Figure **figs, size_t n, const unsigned char *held)
{
    if (n < 2)
        return n;
    Slot *s = xmalloc(n * sizeof *s);
    const Figure **one = xmalloc(n * sizeof *one);
    unsigned char *drop = xcalloc(n, 1);
    for (size_t i = 0; i < n; i++)
        s[i] = (Slot){figs[i], i};
    qsort(s, n, sizeof *s, by_doc);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && same_doc(s[j].f, s[i].f))
            j++;
        for (size_t k = i; k < j; k++)
            one[k - i] = s[k].f;
        if (j - i > 1 && !figure_agree(one, j - i)) {
            /* its figures stated with the other term, when they agree */
            size_t nh = 0;
            for (size_t k = i; held && k < j; k++)
                if (held[s[k].at])
                    one[nh++] = s[k].f;
            int keep_held = nh > 0 && figure_agree(one, nh);
            for (size_t k = i; k < j; k++)
                if (!(keep_held && held[s[k].at])) {
                    drop[s[k].at] = 1;
                    run_left_out(R, s[k].f->row, EX_SEVERAL, "");
                }
        }
        i = j;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (!drop[i])
            figs[m++] = figs[i];
    free(drop);
    free(one);
    free(s);
    return m;
}

/* leftread.c — the claims a finding left out, read back (see leftread.h). */
#include "leftread.h"

#include <string.h>

/* Does the reason head[0, n) read as tag, its "%s" standing for any
 * detail? */
static int tag_is(const char *tag, const char *head, size_t n)
{
    const char *at = strstr(tag, "%s");
    if (!at)
        return strlen(tag) == n && !memcmp(tag, head, n);
    size_t pre = (size_t)(at - tag), post = strlen(at + 2);
    return n > pre + post && !memcmp(head, tag, pre) && !memcmp(head + n - post, at + 2, post);
}

void leftread_ids(const char *excluded, Exclusion why, void (*fn)(const char *id, size_t n, void *ctx),
                  void *ctx)
{
    const char *tag = leftout_tag(why);
    if (!excluded || !*tag)
        return;
    for (const char *p = excluded; *p;) {
        /* one reason: "TAG: ID ID", up to "; " (ids hold no ';') */
        const char *end = strstr(p, "; ");
        if (!end)
            end = p + strlen(p);
        /* the tag's detail may hold ": "; the ids never do */
        const char *colon = NULL;
        for (const char *q = p; q + 1 < end; q++)
            if (q[0] == ':' && q[1] == ' ')
                colon = q;
        if (colon && tag_is(tag, p, (size_t)(colon - p)))
            for (const char *q = colon + 2; q < end;) {
                const char *e = q;
                while (e < end && *e != ' ')
                    e++;
                if (e > q && *q != '+')   /* "+N": ids the cell left out */
                    fn(q, (size_t)(e - q), ctx);
                q = e < end ? e + 1 : e;
            }
        p = *end ? end + 2 : end;
    }
}

int leftread_is_agreement(const Finding *f)
{
    return f->kind == FK_AGREEMENT ||
           (f->kind == FK_EXCLUDED && !strncmp(f->id, "excluded:agreement:", 19));
}

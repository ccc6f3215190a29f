/* brief.c — the brief: its sections laid out in order within a page
 * budget, then drawn (see brief.h; the sections are in bsect.h, the page
 * model in blay.h, the drawing in bdraw.c).
 *
 * What grows with the corpus is bounded (bsect.h's Budget): the findings
 * listed, the contradictions in the summary, the metrics with a section,
 * the parts of a chart shown, the pages of the claims appendix. The
 * brief is laid out with a generous budget, and when it runs past
 * BRIEF_MAX_PAGES the budget is tightened (the claims appendix first,
 * then the findings and trends, then the metric sections) and the brief
 * laid out again: a corpus of any size gives a brief read in minutes,
 * whose whole claims table is attached.
 */
#include "brief.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bsect.h"
#include "fsio.h"

static void layout(Lay *L, const Budget *b)
{
    size_t nfig = 0;
    blay_new_page(L);
    sec_cover(L);
    sec_summary(L, b);
    sec_findings(L, b);
    sec_charts(L, b, &nfig);
    sec_metrics(L, b, &nfig);
    sec_claims(L, b);
    sec_sources(L);
    sec_method(L);
    bset_furniture(L);
}

int brief_date(time_t *t, int *fixed, Diag *d)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    *fixed = 0;
    if (!s || !*s) {
        *t = time(NULL);
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*end || errno || v < 0 || v > 253402300799LL)
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", s);
    *t = (time_t)v;
    *fixed = 1;
    return 0;
}

int brief_render(const BriefInputs *in, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Budget b = {.findings = 30, .excluded = 12, .contradictions = 5, .metric_sections = 40,
                .trends = 1, .chart_parts = 2, .claim_pages = 12};
    Lay L;
    for (int attempt = 0;; attempt++) {
        blay_init(&L, in);
        layout(&L, &b);
        if (L.np <= BRIEF_MAX_PAGES || attempt == 10)
            break;
        /* Over: the claims appendix gives way first (down to 3 pages),
         * then, one at a time, the trend charts, the second parts of
         * charts and half the findings, and last metrics lose their
         * section: a brief a page over its limit loses a page's worth, not
         * half of what it shows. */
        size_t over = L.np - BRIEF_MAX_PAGES;
        if (b.claim_pages > 3) {
            b.claim_pages = b.claim_pages > over + 3 ? b.claim_pages - over : 3;
        } else if (b.trends) {
            b.trends = 0;
        } else if (b.chart_parts > 1) {
            b.chart_parts = 1;
        } else if (b.findings > 15) {
            b.findings = 15;
            b.excluded = 4;
        } else {
            b.metric_sections = b.metric_sections > 12 ? b.metric_sections - 4 : 8;
            b.claim_pages = 2;
        }
        blay_free(&L);
    }
    int rc = blay_draw(&L, out, d);
    blay_free(&L);
    return rc;
}

int brief_write(const BriefInputs *in, const char *out_path, int user, Diag *d)
{
    Buf pdf;
    int rc = brief_render(in, &pdf, d);
    if (rc) {
        buf_free(&pdf);
        return rc;
    }
    AtomicFile af;
    rc = user ? fsio_atomic_open_user(&af, out_path, d) : fsio_atomic_open(&af, out_path, d);
    if (rc == 0) {
        if (fsio_fwrite(pdf.data, pdf.len, af.fp) != 0) {
            int e = errno;
            fsio_atomic_abort(&af);
            rc = diag_set(d, CB_EWRITE, out_path, 0, "cannot write: %s", strerror(e));
        } else {
            rc = fsio_atomic_commit(&af, d);
        }
    }
    buf_free(&pdf);
    return rc;
}

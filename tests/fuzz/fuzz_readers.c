/* fuzz_readers.c — the small readers of a document's raw text that
 * extract reaches only with a bibliography's date or title, or whose
 * answer a cheaper test stands in for: a place in a body's name
 * (bodyname), the line of place and date under a title (issueline), the
 * Chinese time word that dates a figure (zhtime, over docinfo_times), a
 * table label's noun for 户 (scan_zh_strong_label), and the sieves that
 * say where no cue can start (metrics_may_cue, metrics_place_may_open).
 *
 * Properties: every answer is 0 or 1 (a year: 0 or one a time word gives
 * from the date, 2023 to 2025); a place and date line's place lies inside
 * its line and ends at its comma; a noun rewritten is NUL-terminated in
 * its buffer; a sieve never says no where the full reading finds a cue of
 * the kind (metrics_line_cues: from the word before the cue to its end)
 * or a place opening the text (metrics_places).
 */
#include "fuzz.h"

#include "bodyname.h"
#include "docinfo.h"
#include "issueline.h"
#include "metrics.h"
#include "scan_zh.h"
#include "zhtime.h"

static Metrics *metrics;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    metrics = fuzz_metrics("fuzz_readers");
    return 0;
}

/* The sieves against the full reading of t[0, n) (a short line). */
static void sieves(const char *t, size_t n)
{
    static LineCues lc;
    /* (each cue read from the word before it, "APP女性": the sieve must
     * find it where it starts, not only somewhere in the line) */
    if (metrics_line_cues(metrics, t, 0, n, 0, &lc))
        for (size_t i = 0; i < lc.nc; i++) {
            const LineCue *c = &lc.cues[i];
            size_t from = c->wi ? lc.words[c->wi - 1].s : 0;
            if (c->role == MC_CUE && !metrics_may_cue(metrics, t, from, c->e, 1u << c->kind))
                abort();
        }
    MetricsPlace pl[4];
    size_t lim = n < 120 ? n : 120;
    if (metrics_places(metrics, t, 0, lim, pl, 4) && pl[0].s == 0 && !metrics_place_may_open(metrics, t, 0, lim))
        abort();
    /* each place, and one span the input picks, in a body's name or not */
    size_t np = metrics_places(metrics, t, 0, n, pl, 4);
    for (size_t i = 0; i < np; i++)
        if (bodyname_holds(t, 0, n, pl[i].s, pl[i].e) & ~1)
            abort();
    if (n >= 2) {
        size_t s = (unsigned char)t[0] % (n + 1), e = s + (unsigned char)t[1] % (n - s + 1);
        if (bodyname_holds(t, 0, n, s, e) & ~1)
            abort();
    }
}

/* Each line of t[0, n) as a place and date line. */
static void issue_lines(const char *t, size_t n)
{
    for (size_t s = 0; s <= n;) {
        size_t e = s;
        while (e < n && t[e] != '\n')
            e++;
        size_t ps = 0, pe = 0;
        int r = issueline_place(t, s, e, &ps, &pe);
        if (r & ~1 || (r && !(s <= ps && ps < pe && pe < e && t[pe] == ',')))
            abort();
        s = e + 1;
    }
}

/* The figure at every offset of t[0, n), a sentence of a document dated
 * March 2024. */
static void time_words(const char *t, size_t n)
{
    static DocInfo di;
    static DocTimes dt;
    memset(&di, 0, sizeof di);
    di.date_y = 2024, di.date_m = 3;
    docinfo_times(&di, t, 0, n, &dt);
    for (size_t at = 0; at <= n; at++) {
        int y = zhtime_year(&dt, at);
        if (y && (y < 2023 || y > 2025))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* (a copy of its own size: a read past the input is a report) */
    char *t = malloc(size ? size : 1);
    if (!t)
        abort();
    memcpy(t, data, size);
    size_t line = size < METRICS_LINE_MAX ? size : METRICS_LINE_MAX;
    sieves(t, line);
    issue_lines(t, size);
    time_words(t, size);
    char noun[16] = "subscribers";
    if (scan_zh_strong_label(t, 0, size, noun, sizeof noun) & ~1 || !memchr(noun, '\0', sizeof noun))
        abort();
    free(t);
    return 0;
}

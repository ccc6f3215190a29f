/* bsettings.c — the analyst's settings on the brief (see bsect.h): the
 * cover's title, subtitle, people, date and summary read from here, the
 * marking and the running head laid on every page once the pages are
 * known. Everything else in the brief does not know the settings. */
#include "bsect.h"

#include <stdio.h>
#include <string.h>

#define DEFAULT_TITLE "Numbers in the documents"
#define DEFAULT_SUBTITLE                                                                       \
    "A checked brief on the figures the documents cite: what they say, how they hedge, and " \
    "whether they add up."

/* The settings' value, or dflt when they do not give it. */
static const char *or_default(const char *v, const char *dflt)
{
    return v && v[0] ? v : dflt;
}
#define SETTING(L, field) ((L)->in->settings ? (L)->in->settings->field : NULL)

const char *bset_title(const Lay *L) { return or_default(SETTING(L, title), DEFAULT_TITLE); }
const char *bset_subtitle(const Lay *L) { return or_default(SETTING(L, subtitle), DEFAULT_SUBTITLE); }
const char *bset_author(const Lay *L) { return or_default(SETTING(L, author), NULL); }
const char *bset_organisation(const Lay *L) { return or_default(SETTING(L, organisation), NULL); }
const char *bset_summary(const Lay *L) { return or_default(SETTING(L, summary), NULL); }
const char *bset_marking(const Lay *L) { return or_default(SETTING(L, marking), NULL); }

void bset_running_head(const Lay *L, char *out, size_t cap)
{
    const char *by = or_default(bset_organisation(L), or_default(bset_author(L), "claimbrief"));
    snprintf(out, cap, "%.180s \xE2\x80\x94 %.100s", bset_title(L), by);
}

void bset_cover_date(const Lay *L, struct tm *tm)
{
    gmtime_r(&L->in->date, tm);
    const Settings *s = L->in->settings;
    if (s && s->year) {
        tm->tm_year = s->year - 1900;
        tm->tm_mon = s->month - 1;
        tm->tm_mday = s->day;
    }
}

void bset_pdf_author(const Lay *L, char *out, size_t cap)
{
    const char *au = bset_author(L), *org = bset_organisation(L);
    snprintf(out, cap, "%.140s%s%.140s", au ? au : org ? org : "claimbrief", au && org ? ", " : "",
             au && org ? org : "");
}

/* One line of furniture on page: s laid out with font fallback, its first
 * line at most w wide, its baseline at base, left or centred. */
static void line_on(Lay *L, size_t page, const char *s, FontId font, double size, Rgba color,
                    double w, double base, int centre)
{
    TextBlock b;
    textlayout_wrap(L->f, font, size, s, strlen(s), w, &b);
    if (b.nlines) {
        const TextLine *ln = &b.lines[0];
        double x = centre ? L->left + (L->cw - ln->width) / 2 : L->left;
        for (size_t r = ln->run; r < ln->run + ln->nrun; r++) {
            const TextRun *run = &b.runs[r];
            blay_text_on(L, page, x + run->x, base, run->font, size, color, b.text + run->off,
                         run->len);
        }
    }
    textlayout_free(&b);
}

void bset_furniture(Lay *L)
{
    static const Rgba MARK = {0.70, 0.07, 0.10, 1};
    const char *m = bset_marking(L);
    char head[300];
    bset_running_head(L, head, sizeof head);
    for (size_t i = 0; i < L->np; i++) {
        if (m) {
            line_on(L, i, m, FONT_BOLD, 9, MARK, L->cw, 22, 1);
            line_on(L, i, m, FONT_BOLD, 9, MARK, L->cw, L->ph - 18, 1);
        }
        if (i > 0)   /* above the rule, left; the section's name is on the right */
            line_on(L, i, head, FONT_REGULAR, 8, BL_GREY, L->cw * 0.62, 38, 0);
    }
}

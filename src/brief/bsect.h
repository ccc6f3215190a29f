/* bsect.h — the brief's sections, in order, and what they share
 * (internal to brief/). The structure is fixed, so every section's
 * number is known before the layout starts and any section can refer to
 * any other by its number ("Appendix A"):
 *
 *   cover and contents                    bfront.c
 *   1 Executive summary                   bfront.c   contradictions, key figures
 *   2 Findings                            bbody.c    ranked, bounded
 *   3 Charts                              bbody.c    the overview charts
 *   4 The figures, metric by metric       bbody.c    4.1 ... one per metric
 *   Appendix A Claims                     bback.c    bounded; the whole table attached
 *   Appendix B Sources                    bback.c    every document cited, [n]
 *   Appendix C Method and caveats         bback.c
 *
 * A Budget bounds what grows with the corpus, so the brief of any corpus
 * stays within BRIEF_MAX_PAGES (brief.c tightens it until it does).
 */
#ifndef CB_BSECT_H
#define CB_BSECT_H

#include <stddef.h>
#include <time.h>

#include "blay.h"

/* ORDER SecId: sections[] in bfront.c */
typedef enum SecId {
    SEC_SUMMARY, SEC_FINDINGS, SEC_CHARTS, SEC_METRICS, SEC_CLAIMS, SEC_SOURCES, SEC_METHOD,
    SEC_N
} SecId;

/* "1", "A"; "Executive summary"; "section 1", "Appendix A". */
const char *sec_num(SecId s);
const char *sec_title(SecId s);
void sec_ref(SecId s, char *out, size_t cap);
/* The section's heading (a new page), recorded for references. */
void sec_heading(Lay *L, SecId s, double keep);

typedef struct Budget {
    size_t findings;         /* findings listed in section 2 */
    size_t excluded;         /* notes on what was not compared */
    size_t contradictions;   /* in the executive summary */
    size_t metric_sections;  /* metrics with a section of their own */
    int trends;              /* trend charts in the metric sections */
    size_t chart_parts;      /* parts of one chart the brief shows */
    size_t claim_pages;      /* pages of appendix A */
} Budget;

/* The text of a metric's label (data/metrics.csv, or the id made readable). */
const char *brief_metric_label(const Lay *L, const char *id, char *buf, size_t cap);
/* "[n]": the document's row in data/corpus/sources.csv, or its file name. */
void brief_cite(const Lay *L, const char *doc, char *out, size_t cap);
/* A claim's citation: brief_cite's, with its page when its document is
 * paginated ("[3], p. 12"). */
void brief_cite_claim(const Lay *L, const Claim *c, char *out, size_t cap);
/* "Kenya, 2023", "World, year not stated", "place not stated, 2021",
 * "Guangxi, China, 2023" (a place within a country: claimplace.h). */
void brief_place_year(const Claim *c, char *out, size_t cap);
/* Lay the chart i of the plan out at the column width (its natural
 * height, at most maxh) and place part k of it with a caption "Figure n.
 * TITLE. TAKEAWAY"; returns 0, or -1 when it could not be built. */
int brief_figure(Lay *L, size_t chart, size_t part, size_t nfig, double maxh);

/* The analyst's settings (claimbrief.ini, settings.h) on the brief
 * (bsettings.c): each returns the setting, or the default when the
 * settings do not give it (NULL for author, organisation, summary,
 * marking: then they are not shown). */
const char *bset_title(const Lay *L);
const char *bset_subtitle(const Lay *L);
const char *bset_author(const Lay *L);
const char *bset_organisation(const Lay *L);
const char *bset_summary(const Lay *L);
const char *bset_marking(const Lay *L);
/* The running head: "TITLE — ORGANISATION" (or the author, or claimbrief). */
void bset_running_head(const Lay *L, char *out, size_t cap);
/* The cover's date: the settings' day, else in->date's. */
void bset_cover_date(const Lay *L, struct tm *tm);
/* The PDF's author: "AUTHOR, ORGANISATION", either alone, or "claimbrief". */
void bset_pdf_author(const Lay *L, char *out, size_t cap);
/* Once the pages are laid out: the marking at the top and the foot of
 * every page, the running head on every page but the cover (laid out
 * with font fallback: a title may be Chinese). */
void bset_furniture(Lay *L);

void sec_cover(Lay *L);
void sec_summary(Lay *L, const Budget *b);
void sec_findings(Lay *L, const Budget *b);
void sec_charts(Lay *L, const Budget *b, size_t *nfig);
void sec_metrics(Lay *L, const Budget *b, size_t *nfig);
void sec_claims(Lay *L, const Budget *b);
void sec_sources(Lay *L);
void sec_method(Lay *L);

#endif

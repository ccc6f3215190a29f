/* brief.h — the PDF brief (reports/brief.pdf), laid out and drawn with libharu.
 *
 * Input: the claims table, the findings, the bibliography, the chart
 * scenes (already built at column size), the bundled fonts (already
 * validated by FreeType through fonts_load: libharu only ever sees files
 * FreeType accepted). Output: the PDF's bytes, written atomically.
 *
 * The whole document is laid out first (pages of Elements, anchors,
 * outline marks), then drawn, so the footer can say "page n of N" and the
 * key figures can link forward to their rows in the claims table.
 * Output is byte-identical for identical inputs: no CreationDate unless
 * has_date (from SOURCE_DATE_EPOCH), no /ID.
 *
 * Ownership: brief_* borrow everything in BriefInputs. brief_render's
 * out Buf is the caller's (buf_free).
 */
#ifndef CB_BRIEF_H
#define CB_BRIEF_H

#include <stddef.h>
#include <time.h>

#include "buf.h"
#include "chart.h"
#include "claim.h"
#include "diag.h"
#include "findings.h"
#include "font.h"
#include "scene.h"
#include "settings.h"
#include "sources.h"

typedef struct Metrics Metrics;
typedef struct ReferenceList ReferenceList;

/* The most pages a brief has, whatever the corpus. */
#define BRIEF_MAX_PAGES 60

typedef struct BriefInputs {
    const ClaimList *claims;
    const FindingList *findings;
    const SourceList *sources;
    const Fonts *fonts;
    const ChartPlan *plan;        /* the charts (chart.h); may be NULL */
    /* Label of a metric id (data/metrics.csv), or NULL for the id itself. */
    const char *(*metric_label)(const char *metric, void *ctx);
    void *label_ctx;
    /* data/metrics.csv and data/reference.csv (each may be NULL): a key
     * figure is placed as the findings place it (placed.h) and a sum in
     * another currency is said in US dollars at its year's rate. */
    const Metrics *metrics;
    const ReferenceList *references;
    size_t ndocs;                 /* documents in the corpus */
    int letter;                   /* 1: US Letter, 0: A4 */
    time_t date;                  /* the date on the cover */
    int date_is_fixed;            /* 1: date came from SOURCE_DATE_EPOCH: also CreationDate */
    /* The analyst's settings (claimbrief.ini): title, subtitle, author,
     * organisation, summary and date on the cover, the marking on every
     * page, the running head, the PDF's information. NULL: the defaults.
     * (paper is the caller's: it sets letter.) */
    const Settings *settings;
} BriefInputs;

/* The cover's date into *t: SOURCE_DATE_EPOCH's when it is set (*fixed
 * 1: reproducible, also the PDF's creation date), else now (*fixed 0).
 * CB_EUSAGE when SOURCE_DATE_EPOCH is not a number of seconds since
 * 1970 (up to the year 9999). */
int brief_date(time_t *t, int *fixed, Diag *d);

/* Lay out and draw the brief into out (initialised here, also on error:
 * the caller frees it with buf_free). Errors:
 * CB_EINPUT naming a font libharu refuses; CB_EWRITE for a libharu error,
 * with what was being drawn. */
int brief_render(const BriefInputs *in, Buf *out, Diag *d);

/* brief_render, then write the bytes to out_path atomically (the earlier
 * file survives any failure). user: a path the user named (-o), which
 * may be a device or a pipe; else a project output, never written
 * through a link. Also CB_EWRITE when the file cannot be written. */
int brief_write(const BriefInputs *in, const char *out_path, int user, Diag *d);

#endif

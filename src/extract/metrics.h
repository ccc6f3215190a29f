/* metrics.h — the metric taxonomy (data/metrics.csv) and the classifier
 * that gives a scanned claim its metric, scope, reference year and source.
 *
 * Everything the classifier knows is data: each row of metrics.csv is a
 * rule of one kind (metric, scope, year, source, attrib, stop) with cue
 * patterns; adding a metric, a country or a source is a data edit. The
 * file format and the matching rules are documented at the top of
 * metrics.c and in the README.
 *
 * Ownership: metrics_load gives a Metrics the caller frees with
 * metrics_free. Strings returned by metrics_id/unit/label belong to it.
 * A loaded Metrics is read-only: metrics_classify may run on it from
 * several threads at once.
 */
#ifndef CB_METRICS_H
#define CB_METRICS_H

#include <stddef.h>

#include "claim.h"
#include "diag.h"

typedef struct Metrics Metrics;

/* Load the rules at path. 0, or CB_EINPUT naming file and line (unknown
 * kind, missing column, bad pattern, duplicate metric id...). */
int metrics_load(const char *path, Metrics **out, Diag *d);
/* The same from memory; name is used in messages. */
int metrics_load_mem(const char *name, const char *data, size_t n, Metrics **out, Diag *d);
void metrics_free(Metrics *m);

/* Fill c->metric, c->scope, c->year and c->source (each cleared first).
 * doc is the whole document text, [sent_start, sent_end) the sentence
 * holding the claim, c->start/c->end its span; c->unit, value and qual
 * are already set. A claim that fits no metric keeps an empty metric. */
void metrics_classify(const Metrics *m, Claim *c, const char *doc, size_t doc_len,
                      size_t sent_start, size_t sent_end);

/* The place a heading line doc[from,to) names when it is nothing but a
 * place ("PAKISTAN", "Sub-Saharan Africa:"): its scope id in out, and 1.
 * 0 for any other line. A fact sheet's rows take their place from it. */
int metrics_heading_scope(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The metric a heading line doc[from,to) names for claim c, a figure
 * below it ("Individuals using the Internet (% of population)" over a
 * table of countries and shares, a column header "Internet users
 * (millions)"): sets c->metric (and the metric's unit, as
 * metrics_classify does) and returns 1; 0 when none fits c's unit. */
int metrics_heading_metric(const Metrics *m, Claim *c, const char *doc, size_t from, size_t to);

/* The body a note line doc[from,to) ("Source: PTA; DataReportal, 2024")
 * credits: a known source's name, else the first name after the colon.
 * 1 when one was written to out. */
int metrics_note_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* 1 when name is the id of a source row (a body the table knows). */
int metrics_known_source(const Metrics *m, const char *name);

/* The metric rows, in file order. */
size_t metrics_count(const Metrics *m);
const char *metrics_id(const Metrics *m, size_t i);
/* Canonical unit / human label of metric id, or NULL when unknown. */
const char *metrics_unit(const Metrics *m, const char *id);
const char *metrics_label(const Metrics *m, const char *id);

#endif

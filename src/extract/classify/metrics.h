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

/* A span of the sentence whose cues are not the claim's: another item of
 * its list ("..., up from 58 in 2019"). */
enum { METRICS_FENCE_SCOPE = 1, METRICS_FENCE_ALL = 2, METRICS_FENCE_CLAUSE = 3, METRICS_FENCE_METRIC = 4 };
typedef struct MetricsFence {
    size_t s, e;
    int kinds;          /* METRICS_FENCE_SCOPE: its places only; _ALL: also
                         * its years and bodies; _CLAUSE (another figure's
                         * coordinated clause): its places and metric cues;
                         * _METRIC (the predicate of the figure before a
                         * coordinated figure): its metric cues only */
} MetricsFence;

/* metrics_classify, with the cues inside the fences [s, e) not counted
 * (which kinds: see MetricsFence). */
void metrics_classify_fenced(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                             size_t sent_end, const MetricsFence *fences, size_t nfences);

/* The owner of the record the claim's sentence reads its figure from
 * (recowner.h: "AidData's ... dataset records US$6.3 billion", "The CSIS
 * numbers I've seen put"), no place, a known body by its id: written to
 * c->source and 1, or 0 and c untouched. A weaker credit than a cue's
 * (the caller asks when the sentence credits no one). */
int metrics_record_owner(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                         size_t sent_end);

/* The body whose own act, decision or stated intention the claim's
 * sentence tells with it as subject (bodyact.h: "OFAC has designated
 * more than 60", "Singapore's IMDA will allocate at least 300 MW"), no
 * place, a known body by its id: written to c->source and 1, or 0 and c
 * untouched. The weakest of a sentence's credits: the caller asks when
 * nothing else credits the figure. */
int metrics_body_act(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                     size_t sent_end);

/* The body the claim's sentence tells, as its subject, holds or runs
 * what the figure counts (bodyact_state_subject: "Northwind Cloud now
 * operates 64 availability zones"), written as metrics_body_act writes. */
int metrics_body_state(const Metrics *m, Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                       size_t sent_end);

/* The scope metrics_classify_fenced would give a copy of c, into
 * scope[0, cap) (c is not changed): the same, without naming the source
 * that only a claim's own reading needs. */
void metrics_scope_fenced(const Metrics *m, const Claim *c, const char *doc, size_t doc_len, size_t sent_start,
                          size_t sent_end, const MetricsFence *fences, size_t nfences, char *scope, size_t cap);

/* A place named in a text, in order. */
typedef struct MetricsPlace {
    size_t s, e;        /* its byte span in the document */
    const char *id;     /* its scope id (owned by the Metrics) */
} MetricsPlace;

/* The places doc[from, to) names (live scope cues, longer and stop
 * matches applied), at most max: their count. */
size_t metrics_places(const Metrics *m, const char *doc, size_t from, size_t to, MetricsPlace *out, size_t max);

/* Could a place's cue start at doc[from], the first token of
 * doc[from, to)? 0 says no place metrics_places(m, doc, from, to, ...)
 * finds starts there, read from that token's keys alone (a cheap test
 * before the whole reading); 1 says perhaps. */
int metrics_place_may_open(const Metrics *m, const char *doc, size_t from, size_t to);

/* May a cue (not a requirement nor a forbid) of one of the kinds (bit k
 * for MC_ kind k) start in doc[from, to)? 0: surely none does (a byte
 * pair's lookup, cuesieve.h, before the whole reading of the line's
 * cues); 1: perhaps. */
int metrics_may_cue(const Metrics *m, const char *doc, size_t from, size_t to, unsigned kinds);

/* ---- the cues of one short line ----
 * A heading, a title, a note or a table cell is read as a whole: the
 * modules that say what such a line names (names.h) get its words and
 * the cues found in it, longer and stop matches already applied. */

/* ORDER MC kinds: the kind column's names */
enum { MC_METRIC, MC_SCOPE, MC_YEAR, MC_SOURCE, MC_ATTRIB, MC_STOP, MC_BREAK, MC_PARTNER, MC_PART, MC_AIM };
enum { MC_CUE, MC_REQUIRE, MC_FORBID };
#define METRICS_LINE_MAX 320
#define METRICS_LINE_CUES 128

typedef struct LineWord {
    size_t s, e;         /* byte span in LineCues.text */
    int punct;           /* a punctuation mark, not a word */
} LineWord;

typedef struct LineCue {
    int kind, role;      /* MC_METRIC..., MC_CUE... */
    size_t wi, wj;       /* word span [wi, wj) */
    size_t s, e;         /* byte span in LineCues.text */
    int year;            /* a year cue's year, or 0 */
    const char *id;      /* the rule's id (owned by the Metrics) */
    size_t rule;         /* the rule's index (for metrics_metric_*) */
} LineCue;

typedef struct LineCues {
    char text[METRICS_LINE_MAX + 1];  /* the line, title-cased when all in capitals */
    size_t n;
    LineWord words[METRICS_LINE_MAX];
    size_t nw;
    LineCue cues[METRICS_LINE_CUES];  /* in order of their first word */
    size_t nc;
} LineCues;

/* A number unique to this load of the table (never 0): what a cache of
 * results computed with it is keyed by, so a freed and reloaded table
 * never hits a stale entry. */
unsigned long metrics_serial(const Metrics *m);

/* The words and cues of doc[from, to) into *lc (title: read a line in
 * capitals as title case, "SUB-SAHARAN AFRICA"). 0 when the line is
 * empty or longer than METRICS_LINE_MAX bytes. */
int metrics_line_cues(const Metrics *m, const char *doc, size_t from, size_t to, int title, LineCues *lc);

/* For a metric rule (LineCue.rule): does a claim in unit fit it; has it
 * a requires list; set a count's canonical unit as metrics_classify does. */
int metrics_metric_fits(const Metrics *m, size_t rule, const char *unit);
int metrics_metric_needs(const Metrics *m, size_t rule);
/* Does claim c, in doc[0, n) (its sentence opening at ss), measure what
 * metric id does, by the metric's nature (measure.h)? 1 for an unknown id. */
int metrics_metric_takes(const Metrics *m, const char *id, const Claim *c, const char *doc, size_t n, size_t ss);
void metrics_metric_unit(const Metrics *m, size_t rule, Claim *c);

/* 1 when name is the id of a source row (a body the table knows). */
int metrics_known_source(const Metrics *m, const char *name);

/* The cues of the source row named name, as metrics.csv writes them
 * ("CNNIC|China Internet Network Information Center|中国互联网络信息中心"),
 * or NULL when no row has that name. Owned by the Metrics. */
const char *metrics_source_cues(const Metrics *m, const char *name);

/* The id of the source row named name, or written "name (其名)" (a body
 * Chinese text names by its acronym, "据IDC统计": "IDC (国际数据公司)"); NULL
 * when none. The id is owned by the Metrics. */
const char *metrics_source_titled(const Metrics *m, const char *name);
/* The place that holds scope id (its row's within: "guangxi" for
 * "nanning"), or NULL (no such scope, or held by none). Owned by m. */
const char *metrics_scope_within(const Metrics *m, const char *id);
/* The place the body id (a source row's id) is a body of ("taiwan" for
 * "MODA (數位發展部)"), or NULL. Owned by m. */
const char *metrics_source_within(const Metrics *m, const char *id);
/* 1 when id is the id of a scope row ("global", "africa", "kenya"). */
int metrics_known_scope(const Metrics *m, const char *id);

/* 1 when metric id counts people or is a share of people (metrics.csv
 * nature "people share", or "stock" counted in people): a figure of it
 * may be of a part of a population (aspect.h). */
int metrics_is_people(const Metrics *m, const char *id);

/* 1 when some part row may mark a figure of metric id (metrics_part_fits). */
int metrics_may_part(const Metrics *m, const char *id);
/* 1 when the part row rule (a LineCue's) may mark a figure of metric id
 * as a part (aspect.h): a row with no unit parts the metrics of people
 * (metrics_is_people), one with a unit the metrics of that unit that are
 * not items ("USD": loans only, of a sum of investment). */
int metrics_part_fits(const Metrics *m, size_t rule, const char *id);

/* The metric rows, in file order. */
size_t metrics_count(const Metrics *m);
const char *metrics_id(const Metrics *m, size_t i);
/* The scope whose id is name[0, n), any case ("China" is china), or NULL. */
const char *metrics_scope_named(const Metrics *m, const char *name, size_t n);
/* Is w[0, n) one of the small words a name is read past ("and", "of",
 * "the", "in", "per", "or", "a", "an", "to"; lower case, as written)? */
int metrics_stopword(const char *w, size_t n);

/* The id of the k-th scope row, in file order, or NULL past the last. */
const char *metrics_scope_id(const Metrics *m, size_t k);

/* Canonical unit / human label of metric id, or NULL when unknown. */
const char *metrics_unit(const Metrics *m, const char *id);
const char *metrics_label(const Metrics *m, const char *id);
/* 1 when metric id is a kind of item (metrics.csv nature "item": the cost
 * of one data centre; different claims are different items, never judged
 * against each other); 0 for one quantity per place and year, or an
 * unknown id. */
int metrics_is_item(const Metrics *m, const char *id);
/* 1 when metric id counts what one programme or firm did (metrics.csv
 * nature "programme": the households a programme connected): one
 * quantity per place and year for extraction, but two bodies' figures
 * may be counts of different programmes (compare's standing rules). */
int metrics_is_programme(const Metrics *m, const char *id);
/* 1 when metric id is a share of people (metrics.csv nature "people
 * share": internet penetration); 0 otherwise or for an unknown id. */
int metrics_is_people_share(const Metrics *m, const char *id);

#endif

/* claim.h — one normalized numeric claim, and the claims table on disk.
 *
 * The claims CSV (data/claims.csv, and extract's output) has exactly the
 * columns of CLAIM_COLUMNS, in that order, RFC 4180, one row per claim,
 * rows ordered by document then start offset. Numbers are written with
 * csvio_num (exact, no exponent for everyday sizes); absent numbers are
 * empty cells.
 *
 * A table written before the month or the area column existed still
 * loads: its claims have month 0, no area (a place within a country is
 * then its scope, as claimbrief wrote it before: compared as a place of
 * its own all the same).
 *
 * Ownership: a Claim owns text and sentence (heap); claim_fini frees them.
 * ClaimList owns its Claims.
 */
#ifndef CB_CLAIM_H
#define CB_CLAIM_H

#include <stddef.h>

#include "buf.h"
#include "diag.h"

/* ORDER Qualifier: qualifier_names[] in table.c */
typedef enum Qualifier {
    Q_EXACT,   /* "5.4 billion" */
    Q_APPROX,  /* about, approximately, around, roughly, some, nearly, close to */
    Q_MIN,     /* more than, over, at least: low = value, high open */
    Q_MAX,     /* less than, under, up to: high = value, low open */
    Q_RANGE,   /* 10-15%: low, high; value = midpoint */
    Q_COUNT
} Qualifier;

/* Where a row came from: the scanner, or the analyst's curation. */
typedef enum Origin {
    ORIGIN_SCAN,       /* as the scanner found it */
    ORIGIN_CORRECTED,  /* a curation row changed a field */
    ORIGIN_ADDED,      /* a curation row added it */
    ORIGIN_COUNT
} Origin;

/* Where a claim's year came from: its own sentence, or what the context
 * around it gave (the "year from ..." clause of its context column, which
 * names it: claim_year_from_name). The extractor sets it; the claims
 * table keeps it only as that clause, read back by claims_read. */
/* ORDER YearFrom: year_from_names[] in table.c */
typedef enum YearFrom {
    YEAR_OWN,              /* the sentence's own cues ("in 2023"), or no year */
    YEAR_FROM_SENTENCE,    /* the one year its sentence names, with no cue */
    YEAR_FROM_TABLE_ROW,   /* a year cell of its table's row */
    YEAR_FROM_COLUMN,      /* its column's header */
    YEAR_FROM_CAPTION,     /* its table's caption */
    YEAR_FROM_HEADING,     /* the heading above it */
    YEAR_FROM_PARAGRAPH,   /* its paragraph's running topic */
    YEAR_FROM_RECORD,      /* the year field of its record */
    YEAR_FROM_PERIOD,      /* the period the document reports on ("Reporting
                            * period: 1 March 2021 - 31 December 2024") */
    YEAR_FROM_TITLE,       /* the document's title */
    YEAR_FROM_DATE,        /* the document's date: assumed, or a time word
                            * it dates ("this year", "in February") */
    YEAR_FROM_DATA_DATE,   /* the date a Chinese report's data run to */
    YEAR_FROM_LIST,        /* the years of a "respectively" list */
    YEAR_FROM_COMPARED,    /* a year before the figure it is compared with
                            * ("a year earlier") */
    YEAR_FROM_COUNT
} YearFrom;

typedef struct Claim {
    char id[20];          /* stable id, 16 lowercase hex digits */
    char doc[256];        /* document file name (basename) */
    size_t start, end;    /* byte span [start,end) in the document's text */
    int page;             /* page of a paginated source (PDF), 1-based; 0 when none */
    char *text;           /* the span as written (owned) */
    double value;         /* normalized value in unit; NAN when unknown */
    double low, high;     /* bounds; NAN when open / not stated */
    char unit[64];        /* USD, USD/year, %, pp, CNY, EUR, GBP..., or a counted noun */
    Qualifier qual;
    char metric[64];      /* metric id from data/metrics.csv, or "" */
    char scope[64];       /* global, africa, ldc, a country (lower case), or "" */
    char area[64];        /* the place within the scope the figure is about,
                           * as its metrics.csv id (a province "guangxi", a
                           * city "qinzhou"); "" when its place is a country
                           * or a region (area.h in extract/) */
    int year;             /* reference year, 0 when none */
    YearFrom year_from;   /* where year came from */
    int month;            /* the month of year the figure is as of (1-12:
                           * "in June 2023" 6, "at the end of 2023" 12,
                           * "Q3 2023" 9), 0 when the text gives none */
    char source[128];     /* body credited (ITU, World Bank...), or "" */
    char context[192];    /* where inherited fields came from ("year from the
                           * document's date; scope from the title"), and
                           * what the figure is beside its metric ("part:
                           * rural areas", "an aim"), or "" */
    char *sentence;       /* the sentence holding the claim (owned) */
    Origin origin;
    char note[512];       /* the analyst's note from curation, or "" */
} Claim;

/* ORDER CLAIM_COLUMNS: claims_write_row */
#define CLAIM_COLUMNS "id,doc,start,end,page,text,value,low,high,unit,qualifier,metric,scope,area,year,month,source,context,sentence,origin,note"

/* A byte offset of the table (start, end, page): decimal digits only, no
 * sign, at most 15 of them (no overflow). 0 and *out set, or -1. */
int claim_parse_offset(const char *s, size_t *out);
const char *claim_qualifier_name(Qualifier q);
/* 0 and *q set, or -1 when s names no qualifier. */
int claim_qualifier_parse(const char *s, Qualifier *q);
const char *claim_origin_name(Origin o);
int claim_origin_parse(const char *s, Origin *o);
/* "the date" for YEAR_FROM_DATE: the words after "year from " in a
 * context ("" for YEAR_OWN). */
const char *claim_year_from_name(YearFrom y);
/* The origin the "year from ..." clause of a context names; YEAR_OWN when
 * it has none or names none of claim_year_from_name's (an analyst's own
 * words). */
YearFrom claim_year_from_parse(const char *context);
/* c's year is its own after all: YEAR_OWN, and the "year from ..." clause
 * of its context dropped. */
void claim_year_own(Claim *c);

/* What a figure is beside its metric, place and year, as the clauses of
 * its context say (the extractor's aspect.h writes them):
 *   "part: rural areas"  a figure of a part of the population, not of
 *                        the whole ("农村地区互联网普及率66.5%");
 *   "an aim"             a target, a goal or a wish, not a measure ("a
 *                        target of 50% by 2030").
 * The part's words into out (cap bytes) and 1, or 0 and "" when none. */
#define CLAIM_PART "part: "
/* The part of a set counted before the figure ("63 countries, 36 of which
 * ..."): "part: a subset", "part: a subset of 63" (aspect.h). */
#define CLAIM_PART_SUBSET "a subset"
#define CLAIM_AIM "an aim"
int claim_part(const Claim *c, char *out, size_t cap);
int claim_is_aim(const Claim *c);

/* A figure its document quotes only to refute it (a fact-check's "A
 * viral post claims USD 250 billion. This is false"), as the clause
 * `refuted: "is false" (its paragraph)` of its context says (the
 * extractor's refuted.h writes it; an analyst may too, by curation): kept
 * in the table, compared and charted nowhere. */
#define CLAIM_REFUTED "refuted: "
int claim_refuted(const Claim *c);

/* An empty claim: NAN numbers, empty strings, NULL text/sentence. */
void claim_init(Claim *c);
void claim_fini(Claim *c);
/* Deep copy src into dst (dst must be uninitialised or finied). */
void claim_copy(Claim *dst, const Claim *src);

/* Append the header line / one row (with the trailing "\n"). */
void claims_write_header(Buf *b);
void claims_write_row(Buf *b, const Claim *c);

/* Stream the rows of a claims CSV: fn gets each claim (it may take its
 * heap fields by setting them to NULL; the reader finis the rest) and the
 * line it starts on. Errors: CB_EINPUT naming file and line for a missing
 * column, a malformed number, an unknown qualifier or origin. */
typedef int (*ClaimFn)(Claim *c, long line, void *ctx, Diag *d);
int claims_read(const char *path, ClaimFn fn, void *ctx, Diag *d);

typedef struct ClaimList {
    Claim *v;
    size_t n, cap;
} ClaimList;

/* Load a whole claims CSV into out (initialised here). */
int claims_load(const char *path, ClaimList *out, Diag *d);
void claimlist_free(ClaimList *l);
/* Append a claim to l, taking ownership of its heap fields. */
void claimlist_push(ClaimList *l, Claim *c);
/* The claim with id, or NULL. */
const Claim *claimlist_find(const ClaimList *l, const char *id);

#endif

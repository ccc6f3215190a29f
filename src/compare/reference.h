/* reference.h — cited reference values (data/reference.csv): the figures
 * the comparisons hold claims against, one row per value and year, and the
 * exchange rates that are the only way money changes currency.
 *
 * data/reference.csv, one cited value per row:
 *   id,value,low,high,unit,scope,year,citation,cite,note
 *   id       [a-z0-9_]+; relations name it as r.ID. An id may have one
 *            row per year (world_population for 2015, 2016...) and at
 *            most one undated row; (id, year) is unique.
 *   value    the cited figure (required); low/high its interval (empty:
 *            the value itself; both or neither)
 *   unit     the unit of value; "KES per USD" (a currency code, " per
 *            USD") makes the row an exchange rate: the yearly average
 *            number of units of that currency to one US dollar
 *   year     the year the value is for; empty: a value for any year
 *   citation who says so, precisely enough to look it up (required)
 *   cite     how a statement cites it, briefly ("UN WPP 2024"); empty:
 *            the citation up to its first full stop
 * Rows keep the file's order.
 *
 * A reference for a year: the row of that year, else the undated row.
 * A dated value is never used for a claim without a year (year 0 finds
 * only an undated row).
 *
 * Ownership: a ReferenceList owns its rows and their strings.
 */
#ifndef CB_REFERENCE_H
#define CB_REFERENCE_H

#include <stddef.h>

#include "diag.h"

typedef struct Reference {
    char id[64];
    double value, low, high;   /* low/high: the interval (equal to value when not given) */
    char unit[64];
    char scope[64];
    int year;                  /* 0 when none */
    char *citation;            /* owned */
    char *cite;                /* owned; the short form, never empty */
    char currency[4];          /* an exchange rate's currency ("KES"), else "" */
    long line;
} Reference;

typedef struct ReferenceList {
    Reference *v;
    size_t n, cap;
} ReferenceList;

/* Load path into out (initialised here). Errors, CB_EINPUT naming
 * FILE:LINE: a missing column, a bad id, number or year, an (id, year)
 * listed twice, an empty citation, an exchange rate that is not above 0. */
int reference_load(const char *path, ReferenceList *out, Diag *d);
/* The same from data[0, n), its errors naming name. */
int reference_load_mem(const char *name, const char *data, size_t n, ReferenceList *out, Diag *d);
void referencelist_free(ReferenceList *l);

/* The first row of id (any year), or NULL: does the id exist at all. */
const Reference *reference_find(const ReferenceList *l, const char *id);
/* The row of id for year (see above), or NULL. */
const Reference *reference_for(const ReferenceList *l, const char *id, int year);
/* 1 when id has rows for particular years only (no undated row). */
int reference_is_dated(const ReferenceList *l, const char *id);
/* The exchange rate of currency ("KES") for year: the row whose unit is
 * "KES per USD" and whose year is year; NULL when there is none (no
 * undated rates: a rate is always for a year). */
const Reference *reference_rate(const ReferenceList *l, const char *currency, int year);

#endif

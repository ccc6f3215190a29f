/* unit.h — what kind of quantity a claim's unit names: the one definition
 * of "is this money" that extraction's neighbours, the comparisons, the
 * charts and the brief share.
 *
 * Units are the strings of the claims table (claim.h): an ISO 4217 code
 * for money, alone ("USD", "KES"), per period ("USD/year", "KES/month")
 * or per something ("USD per country"); "%" for a share; "pp" or "bps"
 * for a change in a share; "x" or "times" for a multiple; anything else
 * names what is counted or measured ("people", "countries", "km", "MW").
 *
 * Nothing here allocates; results point into the unit string given.
 */
#ifndef CB_UNIT_H
#define CB_UNIT_H

#include <stddef.h>

/* ORDER UnitKind: unit_kind_name() in unit.c */
typedef enum UnitKind {
    UNIT_NONE,      /* "": a bare number */
    UNIT_MONEY,     /* a currency code, possibly per period or per item */
    UNIT_SHARE,     /* "%" */
    UNIT_POINTS,    /* "pp", "bps": a change in a share */
    UNIT_MULTIPLE,  /* "x", "times" */
    UNIT_COUNT,     /* what is counted or measured: people, countries, km, MW,
                     * people per household */
    UNIT_NKINDS
} UnitKind;

UnitKind unit_kind(const char *unit);
/* "none", "money", "share", "points", "multiple", "count". */
const char *unit_kind_name(UnitKind k);

/* 1 when unit is money: three capital letters (a currency code), then
 * the end, '/' or ' '. */
int unit_is_money(const char *unit);
/* The currency code of a money unit into code (4 bytes: "KES" of
 * "KES/month") and 1; 0 (code "") when unit is not money. */
int unit_currency(const char *unit, char code[4]);
/* 1 when unit is money in US dollars ("USD", "USD/year", "USD per country"). */
int unit_is_usd(const char *unit);

/* The period of a rate ("year" of "USD/year", "month" of "KES/month"),
 * as a pointer into unit and its length in *len; NULL when unit is not
 * per a period of time (day, week, month, quarter, year). */
const char *unit_period(const char *unit, size_t *len);
/* unit without its "/period" suffix into out (cap bytes): "USD/year" ->
 * "USD"; any other unit is copied whole. */
void unit_base(const char *unit, char *out, size_t cap);

#endif

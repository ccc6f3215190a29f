/* tables_unit.h — the unit and the year a table's own text states: a
 * header cell ("Subscriptions (millions)", "% change", "2023年"), a
 * caption's brackets ("(RMB billion)", "(percent)"), a line that is a unit
 * alone ("US$ million", "单位：亿元", "(in billions of U.S. dollars)"), a
 * Unit column's cell ("thousand persons", "tCO2e"), a row label ("ARPU
 * (KShs per month)", "Revenue, EUR m") or a group row over the rows
 * ("Volume (million transactions)").
 *
 * The lexicon is quantity.h (scales, currencies, counted nouns) and, for
 * Chinese text, scan_zh.h. Part of the table reader (tables.h); offsets
 * are bytes of the document, nothing here allocates or keeps state.
 */
#ifndef CB_TABLES_UNIT_H
#define CB_TABLES_UNIT_H

#include <stddef.h>

#include "tables.h"

/* The unit stated by the text p[s, e) of a header cell, a caption or a
 * row label: in its last bracket (or, with none, in the whole text) a
 * share, a currency with or without a scale, a unit symbol ("(km)",
 * "(MWh)"), a scale and what it counts ("(million transactions)", or the
 * counted noun before the bracket: "Internet users (millions)",
 * "Mobile subscriptions by operator (millions)"). 1 when a share, a
 * currency or a noun is found; *u is filled either way (a scale alone
 * gives 0 with u->scale set). */
int tables_unit_spec(const unsigned char *p, size_t s, size_t e, TableUnit *u);

/* The unit of a cell or line p[s, e) that is a unit and nothing else:
 * "%", "thousand persons", "USD million". Up to three words, no digit. A scale alone ("thousand") counts
 * the noun the row's label p[ls, le) names. 1 when a unit is found. */
int tables_unit_bare(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u);

/* The unit a Unit column's cell p[s, e) states for its row: a unit as
 * tables_unit_bare reads it, or a symbol as the table writes it ("tCO2e",
 * "L/kWh"); a dash (no unit) leaves an indicator named by an acronym in
 * the row's label p[ls, le) as its own unit ("Average PUE"). 1 when a
 * unit is found. */
int tables_unit_cell(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u);

/* A line p[s, e) that states the unit of a whole table and nothing else:
 * "percent", "US$ million", "(percent)", "(in billions of U.S.
 * dollars)", "In millions of US dollars", "单位：亿元", "单位：元  币种：人民币".
 * 1 and *u filled when it has a share, a currency or a scale. */
int tables_unit_line(const unsigned char *p, size_t s, size_t e, TableUnit *u);
/* Where a Chinese unit label's words start in p[s, e): past "单位：" or
 * "单位:"; 0 when the line has none. */
size_t tables_unit_zh_label(const unsigned char *p, size_t s, size_t e);

/* Does a header cell p[s, e) name a change or a share ("同　比",
 * "比上年增长", "占比"), whose column takes the % a unit line lists after
 * its unit ("单位：亿元人民币；%")? 1, else 0. */
int tables_unit_rate_head(const unsigned char *p, size_t s, size_t e);

/* The counted noun a header cell or row label p[s, e) names ("Projects",
 * "Countries served", "Major outage hours"): its first plural noun (a
 * known count or a duration) written to out; 1, else 0. any_case 1: a
 * capitalised word counts too; 2: only the first word may be
 * capitalised (a row label: "Towers", not "Yearbook of Statistics"). */
int tables_unit_noun(const unsigned char *p, size_t s, size_t e, int any_case, char *out, size_t cap);

/* A Chinese unit cell p[s, e) ("万个", "万公里", "亿户", "%"): its scale,
 * currency, share and counted noun, the row's label p[ls, le) naming the
 * noun a bare classifier counts ("移动电话基站": base stations). 1 and *u
 * when it states a unit, else 0. */
int tables_unit_zh_cell(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u);

/* The counted noun a caption p[s, e) names as its subject, before its
 * bracket: "Table 3. Individuals aged 5 years and above who own a
 * mobile phone" (people), "Mobile subscriptions by operator"; what a
 * column stating a scale alone ("Number ('000)") counts. 1 and out
 * written, else 0. */
int tables_unit_subject(const unsigned char *p, size_t s, size_t e, char *out, size_t cap);

/* A row label p[s, e) that names a rate of a counted noun per another
 * ("Chargeable transactions per customer"): "transactions per customer"
 * written to out, 1; else 0. */
int tables_unit_rate(const unsigned char *p, size_t s, size_t e, char *out, size_t cap);

/* A cell that is a currency code or word and nothing else ("USD",
 * "KES"): its ISO code, or NULL. */
const char *tables_unit_currency_cell(const unsigned char *p, size_t s, size_t e);

/* The scale a header cell p[hs, he) names for figures whose currency
 * another cell gives: a field name's suffix ("amount_m", "value_bn") or
 * a scale word ("Amount (million)"); 1 when none. */
double tables_unit_header_scale(const unsigned char *p, size_t hs, size_t he);

/* The year a header cell p[s, e) names: its only year standing alone
 * ("2023", "Change 2023 (%)", "Q2 2024", "2023年", "2023年末"), a
 * fiscal year ("FY2024"), a month and a short year ("Mar-24", "Jun
 * 2024"), a year and month ("2023.12"), a year an analyst marks actual,
 * estimated or forecast ("2023A", "2024E", "2025F"); 0 when none or
 * several ("2023/24", "2000-2021"). */
int tables_unit_year(const unsigned char *p, size_t s, size_t e);

/* Does the header cell p[s, e) name a column of no quantity: a rank, a
 * code, an identifier ("Rank (of 38)", "No.", "HS code" not: "Code",
 * "排名")? */
int tables_unit_no_quantity(const unsigned char *p, size_t s, size_t e);

/* Does the header cell p[s, e) name a sample's size ("n", "N", "Sample
 * size", "Obs.")? */
int tables_unit_sample(const unsigned char *p, size_t s, size_t e);

/* The counted noun a caption p[s, e) says its shares are of ("(per cent
 * of respondents, 2023)", "% of firms"): 1 and out written, else 0. */
int tables_unit_share_of(const unsigned char *p, size_t s, size_t e, char *out, size_t cap);

/* A score's table: "Score" over the column p[hs, he), "GCI score"
 * labelling the row p[ls, le), or "overall score (0-100)" in the caption
 * p[cs, ce) over a column whose header names no noun of its own
 * (scores.h): u->noun "points" and 1, else 0. */
int tables_unit_score(const unsigned char *p, size_t hs, size_t he, size_t ls, size_t le, size_t cs, size_t ce,
                      TableUnit *u);

/* Money the caption p[cs, ce) states in a bracket ("Average claim size
 * by region, 2024 (US$ thousand)"), every column's over a header p[hs,
 * he) naming a kind of what is measured ("All claims"); not a bracket
 * naming its own column ("(value in US$ billion)") nor under a header
 * with a bracket of its own. 1 and *u, else 0. */
int tables_unit_caption_money(const unsigned char *p, size_t cs, size_t ce, size_t hs, size_t he, TableUnit *u);

/* The unit a data export's key p[ks, ke) states, its words joined by
 * underscores: a currency code in it ("amount_usd_equiv"), a unit
 * symbol closing it ("length_km", "it_capacity_mw"), a share ("_pct"),
 * a scale ("_m"), or the noun it counts ("households_connected",
 * "landing_stations", "population_covered": people; "landing_count":
 * landings). A key naming a
 * rate, a year, a code or an identifier states none. 1 and *u, else 0. */
int tables_unit_key(const unsigned char *p, size_t ks, size_t ke, TableUnit *u);

/* Does a caption p[cs, ce) say its table is of shares, its subject
 * opening "Percentage of", "Share of", "Proportion of" ("Table 1:
 * Percentage of households with access to ICT by selected state")? A
 * statistics office's table in percent that puts no "(%)" anywhere. */
int tables_unit_caption_share(const unsigned char *p, size_t cs, size_t ce);

/* Does the header cell or row label p[s, e) say in a bracket that its
 * figures are approximate ("Fault location (approx.)", "Enterprises
 * (number, approx.)")? */
int tables_unit_approx(const unsigned char *p, size_t s, size_t e);

/* Does the header cell p[s, e) name a flow ("流量", "FDI inflows",
 * "Flows")? Money in its column is a year's flow (USD/year). */
int tables_unit_flow(const unsigned char *p, size_t s, size_t e);

#endif

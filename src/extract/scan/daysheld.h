/* daysheld.h — working capital measured in days: "Inventory days
 * improved to 198 from 214", "Receivable days rose from 148 in FY2020 to
 * 311". The bare figures after such a subject are durations (unit days:
 * FORMAT.md, Conventions), not counts of nothing.
 *
 * Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_DAYSHELD_H
#define CB_DAYSHELD_H

#include <stddef.h>

/* Does "inventory days", "receivable days", "payable days", "debtor
 * days" or "creditor days" stand before the bare number at p[start), in
 * its clause, joined by a verb of change or a copula, "to", "from" and
 * other figures of the same change ("in FY2020")? 1, else 0. */
int daysheld_subject(const char *p, size_t start);

#endif

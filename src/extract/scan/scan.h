/* scan.h — the scanner: document bytes in, candidate quantities out.
 *
 * Stage 1 of the pipeline. scan_next walks the bytes once with a
 * byte-class table (only digits, letters at word starts and a few
 * non-ASCII lead bytes stop it), reads each numeral liberally, then
 * decides from the words around it whether it is a numeric claim and
 * what it means: value, bounds, unit and qualifier (quantity.h holds the
 * words). Years and dates, ordinals, names with digits ("5G"),
 * identifiers, references, times and page furniture are not claims.
 *
 * Offsets are bytes of the document as given (a BOM, CRLF and invalid
 * UTF-8 are left in place). The Scanner borrows the text: it must stay
 * alive and unchanged while scanning. Nothing is allocated; memory use is
 * constant whatever the document's size.
 */
#ifndef CB_SCAN_H
#define CB_SCAN_H

#include <stddef.h>

#include "claim.h"

typedef struct ScanQuantity {
    size_t start, end;     /* span [start,end): number with sign, scale, % */
    double value;          /* in unit; a range's midpoint */
    double low, high;      /* NAN when open */
    Qualifier qual;
    char unit[64];         /* USD, USD/year, %, pp, CNY, x, or a counted noun */
    /* A table cell: the header cell over its column, the table's caption
     * line, its row's label (a field's key); [x, x) when none; and the
     * year its column's header names (0: none). The classifier reads them
     * for a metric, a year and a place the row does not state. */
    size_t head_s, head_e, cap_s, cap_e, label_s, label_e;
    int year;
    /* A number that names no noun ("Djibouti for 11", "up from 58"): a
     * claim only when its sentence says what it counts (lists.h). Given
     * only after scan_want_weak. */
    int weak;
} ScanQuantity;

typedef struct Scanner {
    /* private */
    const unsigned char *p;
    size_t n, pos;
    size_t line;           /* start of the current line */
    int line_kind;         /* -1 unknown, 0 text, 1 reference entry */
    size_t last_end;       /* end of the last counted quantity */
    size_t emitted_end;    /* end of the last quantity returned */
    char last_unit[64];    /* its counted noun, for "47 million users ... about 10 million" */
    size_t last_start;     /* and where it starts ("from sixteen days to ten") */
    int weak;              /* give weak quantities too */
    char last_cl[16];      /* the classifier of the last Chinese count (家, 个), */
    size_t last_cl_end;    /* and where that count ended (scan_zh.c) */
    unsigned long id;      /* this scan of this text, for tables_frame_hold */
    char cur_letter;       /* the letter this text writes a currency with
                            * ("K1.3 billion": K), once read (localcur.h) */
    ScanQuantity held;     /* the figure read after the last one returned, */
    int has_held;          /* to be joined to it or returned next (join.h) */
    int held_shared;       /* it took the hedge of the one before (hedgelist.h) */
    double said_value;     /* the last figure returned with a unit, its value, */
    size_t said_end;       /* its end */
    char said_unit[24];    /* and its unit: said again at once, it is the same sum */
} Scanner;

void scan_init(Scanner *s, const char *text, size_t len);

/* Give also the numbers that name no noun, flagged weak (ScanQuantity). */
void scan_want_weak(Scanner *s);

/* Find the next quantity: 1 and *q filled, or 0 at the end of the text.
 * Quantities come in offset order and never overlap. */
int scan_next(Scanner *s, ScanQuantity *q);

#endif

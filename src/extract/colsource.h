/* colsource.h — a table's source note that credits its columns apart:
 * "Sources: ITU (users, penetration, broadband); eMarketer (e-commerce
 * share).", "Source: Commission services (GG columns); AidData and CSIS
 * Reconnecting Asia estimates (DSR financing)." Each item is a body, then
 * in brackets the topics of the columns it gives; a cell takes the body
 * whose topic its column's header names ("Fixed broadband subscriptions
 * per 100 people": ITU; "E-commerce share of retail (%)": eMarketer).
 */
#ifndef CB_COLSOURCE_H
#define CB_COLSOURCE_H

#include <stddef.h>

/* The body of the note p[ns, ne) (past its "Source:" label; a line
 * wrapped under it included) whose bracketed topics the header p[hs,
 * he) names: the body as the note writes it (up to its closing word
 * "estimates", "data" or "calculations"), written to out and 1; 0 when
 * the note credits no columns apart or none matches. */
int colsource_body(const char *p, size_t ns, size_t ne, size_t hs, size_t he, char *out, size_t cap);

#endif

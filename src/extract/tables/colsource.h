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

/* A note naming who gave the actual figures and who forecast the rest,
 * "Source: Company data, Harbourview Securities estimates", "资料来源：
 * Wind，国鑫证券研究所预测": a cell whose column header is a forecast's
 * year ("FY24E", "2025E", "2025F", "2025年预测") is the forecaster's.
 * The forecaster as the note writes it, less its "estimates",
 * "forecasts", "预测", written to out and 1; else 0. */
int colsource_forecaster(const char *p, size_t ns, size_t ne, size_t hs, size_t he, char *out, size_t cap);

#endif

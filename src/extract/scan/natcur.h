/* natcur.h — a currency named by its nation: "6,500 Kenyan shillings",
 * "21.9 billion Philippine pesos", "millions of Canadian dollars".
 *
 * The nation's adjective (or its name: "Hong Kong dollars", "Lao kip")
 * and the currency's word, singular or plural, together name one
 * currency, where the word alone names a guess ("shillings" the Kenyan,
 * "dollars" the US dollar).
 *
 * Nothing here allocates.
 */
#ifndef CB_NATCUR_H
#define CB_NATCUR_H

#include <stddef.h>

/* The ISO code of the currency the words at p[j, n) name, a nation's
 * adjective or name, blanks, and its currency's word ("Kenyan
 * shillings"); *end gets the end of the currency's word. NULL when
 * p[j] starts none. */
const char *natcur_at(const unsigned char *p, size_t n, size_t j, size_t *end);

/* The ISO code of the dollar of the nation whose name or adjective ends
 * at p[e) ("Canadian" before " dollars"), *ns its start; NULL when none
 * (the United States' included). */
const char *natcur_dollar_before(const unsigned char *p, size_t e, size_t *ns);

#endif

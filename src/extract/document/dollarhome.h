/* dollarhome.h — the dollar a document declares its amounts in.
 *
 * A budget office, a statistics agency or a company of a dollar country
 * writes "$" for its own dollar, and says so once: "All amounts in this
 * note are in millions of Canadian dollars unless otherwise stated",
 * "Figures are expressed in Australian dollars". After such a statement
 * a "$" figure (or a cell under a "$ millions" header) is in that dollar;
 * a figure written "US$", "USD" or "U.S. dollars" keeps the US dollar.
 *
 * Nothing here allocates.
 */
#ifndef CB_DOLLARHOME_H
#define CB_DOLLARHOME_H

#include <stddef.h>

#include "claim.h"

/* The ISO code of the dollar doc[0, n) declares its amounts in ("CAD",
 * "AUD"...), or NULL when it declares none (or the US dollar). A
 * declaration is "in" (and "millions of", "thousands of", "current",
 * "constant", "nominal" or a year) before "<nation> dollars", in a
 * sentence that speaks of amounts, figures or values, or says "unless
 * otherwise" or "expressed" or "denominated". */
const char *dollarhome_read(const char *doc, size_t n);

/* Give claim c, read as US dollars ("USD", "USD/year") from a "$" or a
 * cell, the declared dollar code (from dollarhome_read), unless its span
 * names the US dollar ("US$", "USD", "U.S. dollars"). Returns 1 when the
 * unit changed. */
int dollarhome_apply(Claim *c, const char *code);

#endif

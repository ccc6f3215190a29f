/* fxrate.h — an exchange rate quoted after its figure: "the offshore yuan
 * traded at 6.9472 per dollar", "The South Korean won fell to 1,195.7 per
 * dollar", "trading at PKR 280 to the US dollar".
 *
 * The figure is a price of one currency in another: its unit is the
 * quoted currency over the base, "CNY/USD" (the gold's "PKR/USD"). The
 * quoted currency is the figure's own sign or code, else the currency its
 * clause names before it ("the yuan", "the Nigerian naira"); with none,
 * the figure is left to the other rules. Not a base followed by what it
 * buys or earns ("per dollar invested", "per dollar of revenue").
 *
 * Offsets are bytes of the document p[0, n); nothing here allocates.
 */
#ifndef CB_FXRATE_H
#define CB_FXRATE_H

#include <stddef.h>

/* The unit of the figure p[s, e) when a base currency is quoted after it
 * (" per dollar", " per US dollar", " to the dollar", " per euro"), own
 * its currency (a sign or code of its own) or NULL: "CNY/USD" written to
 * unit[0, cap) and 1, else 0 and unit untouched. */
int fxrate_quote(const unsigned char *p, size_t n, size_t s, size_t e, const char *own, char *unit, size_t cap);

#endif

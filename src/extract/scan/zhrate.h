/* zhrate.h — the time a Chinese sum of money is paid per: 每年 or /年
 * after it, or a rate word before it in its clause (每年, 每月, 每天:
 * "每架每月6500元" is CNY a month, "每天有50美元的补贴" USD a day), or a
 * sum named by the year it runs for (年收入, 年度净利润); and where the
 * unit a price is quoted per stands before it (每千瓦时0.45林吉特).
 *
 * scan_zh.c reads the sum and its currency; this says what follows the
 * code ("/year", "/month", "/day"). Offsets are bytes of the document.
 */
#ifndef CB_ZHRATE_H
#define CB_ZHRATE_H

#include <stddef.h>

/* The rate of the sum at p[start, end) (end past its currency), or NULL
 * when it is paid once or the text does not say. */
const char *zhr_rate_of(const unsigned char *p, size_t n, size_t start, size_t end);

/* Where the unit a price is quoted per starts when it stands right
 * before the price at p[start) ("约为每千瓦时0.45林吉特": at 每), else
 * start: a hedge before it bounds the price. */
size_t zhr_base_start(const unsigned char *p, size_t start);

/* Does a price follow in the clause after p[j) (a currency within it:
 * "一公里大概要三万到五万美元")? Then the one unit before it is the base
 * the price is paid per, no claim of its own. */
int zhr_price_follows(const unsigned char *p, size_t n, size_t j);

#endif

/* zhbandwidth.h — a rate written as a lone letter after a number.
 *
 * Chinese network writing gives a link's rate or a cable's capacity in
 * the letter alone: "出口带宽达到630G", "单端口速率100G", "新增国际带宽
 * 2.4T", "扩容至1—2T". The same letter after a small number
 * names a generation (5G, 4G), and a lone G after a traffic figure is
 * gigabytes (scan_zh.c reads that), so the letter is a rate only where
 * the clause speaks of bandwidth: a rate word before the figure in its
 * clause (带宽, 速率, 端口, 传输, 专线, 光模块, 扩容...) or right after
 * the letter ("100G光模块", "400G端口"), and no word of storage or
 * traffic (存储, 硬盘, 内存, 流量) in the clause. G is then Gbps, T Tbps;
 * a single digit 2 to 6 before G stays a generation's name, and an M
 * stays out ("1000M速率及以上的宽带用户" names a tier of service).
 *
 * scan_zh.c asks this for a one-letter suffix its unit list does not
 * know. Offsets are bytes of the document; nothing here allocates.
 */
#ifndef CB_ZHBANDWIDTH_H
#define CB_ZHBANDWIDTH_H

#include <stddef.h>

/* The rate unit ("Gbps", "Tbps") of the letter p[j] written
 * after the number that starts at p[start) and reads value (before any
 * scale; scaled: a 万 or 亿 was written), or NULL when it is no rate. */
const char *zbw_letter(const unsigned char *p, size_t n, size_t start, size_t j, double value, int scaled);

/* The rate of a spoken 兆 at p[j] after the number starting at
 * p[start): "测速一般二三十兆，好的地方能到五六十兆" is Mbps where the
 * sentence before speaks of a connection's speed (网速, 测速, 带宽,
 * 下载...) and 兆 stands alone (not 兆瓦, 兆元, 兆字节). NULL else. */
const char *zbw_mega(const unsigned char *p, size_t n, size_t start, size_t j);

#endif

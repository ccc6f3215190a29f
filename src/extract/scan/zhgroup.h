/* zhgroup.h — countries counted by the region they are in: 东南亚三国 (three
 * countries of South-East Asia: a count), 东盟十国 and 中亚五国 (all the
 * members of a group, by its name: no count).
 *
 * A Chinese numeral and 国 right after a region's name count that many of
 * its countries, unless the number is the region's own membership, which
 * makes the words the group's name. scan_zh.c asks this of a small count
 * in words ending in 国, which it otherwise takes for a set named before
 * (两国, 五国首位), and of one that sums up the names listed before it
 * (印尼、越南、泰国、菲律宾四国). Offsets are bytes of the document; nothing here
 * allocates.
 */
#ifndef CB_ZHGROUP_H
#define CB_ZHGROUP_H

#include <stddef.h>

/* The region named right before p[start) (the numeral of N国): 1 when one
 * is and the N (v) countries are some of its own (东南亚三国, 非洲四国), -1
 * when v is its membership (东盟十国, 中亚五国: a group's name), 0 when no
 * region stands there. */
int zhg_region_count(const unsigned char *p, size_t start, double v);

/* Does the count in words at p[start) (v) sum up the list of names before
 * it, 、 between them ("印尼、越南、泰国、菲律宾四国": the four just named)?
 * Then it restates the list; it counts nothing new. */
int zhg_list_summary(const unsigned char *p, size_t start, double v);

#endif

/* zhitemhead.h — a news item's headline credited as its item is.
 *
 * A broadcast's transcript or a news digest heads each item with a line
 * in brackets ("【我国5G基站总数达460万个】"), then the item: "工业和信息化
 * 部今天发布数据显示，…达到460万个。". The headline's figure is the
 * item's: it belongs to the body the item's lead sentence credits, not to
 * the outlet that publishes the page; the next headline ends the item.
 *
 * Nothing here allocates.
 */
#ifndef CB_ZHITEMHEAD_H
#define CB_ZHITEMHEAD_H

#include <stddef.h>

#include "metrics.h"

/* When the line of doc[0, n) holding offset at is a headline in
 * brackets, the body the first sentences of its item (the lines under
 * it, up to the next such headline, 600 bytes at most) credit by name,
 * into out (capacity cap): 1; else 0. */
int zhitemhead_credit(const Metrics *m, const char *doc, size_t n, size_t at, char *out, size_t cap);

#endif

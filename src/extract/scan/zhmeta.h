/* zhmeta.h — a page's meta line: the line under a post's, a video's or a
 * livestream's title that gives its author, its date and time and its
 * counters, its fields set apart by " · ", "｜" or "丨" ("海浪说科技 ·
 * 23.6万播放 · 1842弹幕 · 2026-09-14 19:00:03", "直播时间：2025年3月18日
 * 20:00 ｜ 观看 3.2万 ｜ 点赞 1.1万"). Its figures count the page's
 * audience, whatever word they carry: no claims.
 *
 * scan_zh.c asks this of a figure it has read. Offsets are bytes of the
 * document; nothing here allocates.
 */
#ifndef CB_ZHMETA_H
#define CB_ZHMETA_H

#include <stddef.h>

/* Does the figure p[start, end) stand alone in a short field of a meta
 * line: two separators at least on its line, a time of day ("19:00") or
 * a dashed date ("2026-09-14") in another field? */
int zhmeta_counter(const unsigned char *p, size_t n, size_t start, size_t end);

#endif

/* hanfold.h — a text in traditional Chinese characters read as simplified.
 *
 * Before the scanner (stage 1): the Chinese reader (scan_zh, quantity_zh,
 * credit_zh, the cues of data/metrics.csv) is written in simplified
 * characters. A Hong Kong, Taiwan or Macao text ("政府統計處", "45,311億港元",
 * "約3,026萬戶") is folded, character by character, to the simplified
 * characters the reader knows ("政府统计处", "45,311亿港元", "约3,026万户"),
 * and read as it is.
 *
 * The fold is OpenCC's character table (TSCharacters, with the Hong Kong
 * forms of HKVariantsRev; hanfold_table.inc, written by
 * scripts/hanfold-table), restricted to pairs of 3-byte characters: a
 * folded text has the original's length and every byte offset of it is
 * the original's, so a claim's span, sentence and page are read in the
 * original text at the offsets the folded one gave. The fold reads no
 * phrase: a character with two simplified forms takes OpenCC's first
 * (乾 -> 干, 於 -> 于), which is what a figure's words need. Words that
 * Taiwan and Hong Kong write differently (網路, 資料中心, 數位, 新台幣)
 * fold to simplified characters, not to the mainland's words: the
 * lexicons list those as words of their own.
 *
 * Only a text that is written in traditional characters is folded
 * (hanfold_is_traditional): a simplified text that quotes a Taiwanese
 * body's name, or writes 乾 or 於 in a name, is read as it is.
 *
 * Nothing here prints; hanfold_text allocates the one buffer it returns.
 * The table is indexed once, safely from several threads.
 */
#ifndef CB_HANFOLD_H
#define CB_HANFOLD_H

#include <stddef.h>
#include <stdint.h>

/* The simplified form of the code point cp, or cp itself. */
int32_t hanfold_char(int32_t cp);

/* 1 when p[0, n) is written in traditional characters: at least one Han
 * character in eight is a traditional form (one that a simplified text
 * never writes: 國, 億, 網, not 乾 or 於), and there is one. A
 * traditional text has about one in three; a simplified one, a name or
 * two in a thousand. */
int hanfold_is_traditional(const char *p, size_t n);

/* Fold p[0, n) into out[0, n) (out may be p): each traditional character
 * replaced by its simplified form, every other byte copied (invalid
 * UTF-8 too). Returns the number of characters replaced. */
size_t hanfold_copy(const char *p, size_t n, char *out);

/* p[0, n) folded into a new buffer of n bytes (plus a NUL) when it is
 * written in traditional characters; NULL when it is not (read p as it
 * is). The caller frees the buffer. */
char *hanfold_text(const char *p, size_t n);

/* s (a NUL-terminated string cut from folded[0, n), the fold of orig[0,
 * n)) rewritten as orig writes it: the first place s stands in folded
 * gives its original bytes. 1 when s was found (and rewritten), else 0
 * (s untouched). */
int hanfold_restore(const char *folded, const char *orig, size_t n, char *s);

#endif

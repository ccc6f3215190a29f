/* ascii.h — ASCII lower and upper case and the ASCII character classes, whatever
 * the locale.
 *
 * The extractor compares its words, cues and phrases byte for byte, with
 * 'A'..'Z' as 'a'..'z' and every other byte as itself (a UTF-8 byte is
 * never changed). One table for all of them: the cue matcher and the
 * lexicon lower every byte of every word they key, and a load costs less
 * than a compare and a move.
 */
#ifndef CB_ASCII_H
#define CB_ASCII_H

extern const unsigned char ascii_lower_of[256];

static inline unsigned char ascii_lower(unsigned char c)
{
    return ascii_lower_of[c];
}

/* 'a'..'z' as 'A'..'Z', every other byte as itself. */
static inline unsigned char ascii_upper(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

/* The ASCII classes, as <ctype.h> has them in the C locale, for any int
 * (a signed char, a byte, a code point): nothing outside 0..127 is in any
 * of them except where a name says so. */
static inline int ascii_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int ascii_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ascii_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ascii_isalpha(int c) { return ascii_isupper(c) || ascii_islower(c); }
static inline int ascii_isalnum(int c) { return ascii_isalpha(c) || ascii_isdigit(c); }

/* An ASCII letter or any byte >= 0x80: a byte walker's letter, which takes
 * every byte of a UTF-8 character as part of a word. Pass the byte as an
 * unsigned char (a negative char is not >= 0x80). */
static inline int ascii_isalpha_or_utf8(int c) { return ascii_isalpha(c) || c >= 0x80; }

/* The blanks, four ways:
 *   ascii_isblank     space and tab (a blank inside a line, as isblank);
 *   ascii_isblank_cr  space, tab and CR (a blank inside a line that may
 *                     end in CRLF);
 *   ascii_isgap       space, tab, LF and CR (what parts words, across
 *                     lines);
 *   ascii_isspace     those and FF and VT (isspace). */
static inline int ascii_isblank(int c) { return c == ' ' || c == '\t'; }
static inline int ascii_isblank_cr(int c) { return ascii_isblank(c) || c == '\r'; }
static inline int ascii_isgap(int c) { return ascii_isblank(c) || c == '\n' || c == '\r'; }
static inline int ascii_isspace(int c) { return ascii_isgap(c) || c == '\f' || c == '\v'; }

#endif

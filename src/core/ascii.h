/* ascii.h — ASCII lower case, whatever the locale.
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

#endif

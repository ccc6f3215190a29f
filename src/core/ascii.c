/* ascii.c — the ASCII lower-case table (see ascii.h). */
#include "ascii.h"

/* 'A'..'Z' to 'a'..'z', every other byte to itself. */
#define L4(c) (c), (c) + 1, (c) + 2, (c) + 3
#define L16(c) L4(c), L4((c) + 4), L4((c) + 8), L4((c) + 12)
const unsigned char ascii_lower_of[256] = {
    L16(0x00), L16(0x10), L16(0x20), L16(0x30),
    '@', L4('a'), L4('e'), L4('i'), L4('m'), L4('q'), L4('u'), 'y', 'z', '[', '\\', ']', '^', '_',
    L16(0x60), L16(0x70), L16(0x80), L16(0x90), L16(0xA0), L16(0xB0), L16(0xC0), L16(0xD0), L16(0xE0), L16(0xF0),
};

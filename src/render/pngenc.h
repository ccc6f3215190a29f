/* pngenc.h — PNG files from Cairo's ARGB32 pixels, fast on charts.
 *
 * A chart is mostly flat colour: rows repeat the row above (margins, the
 * plot's background between gridlines) and runs of one colour fill a row.
 * pngenc_chart encodes exactly that and nothing else: each run of pixels
 * becomes one deflate copy of the pixel to its left or of the row above,
 * a pixel that starts no run a copy of the last place its pair of pixels
 * was seen (text repeats its letters along a line), every other pixel
 * literals (one token for the pixel's three or four), and the tokens are
 * Huffman-coded in blocks with their own codes. It never searches
 * further, so a 1920x1080 slide takes about 1.4 ms (libdeflate, which
 * hashes every byte: 7 ms at level 2, 13 at level 1), and the files are
 * about 1.1 times the size libdeflate's level 2 makes of them. The image
 * is lossless: every pixel is stored as painted.
 *
 * Both encoders write RGB (8 bits, colour type 2) when alpha is 0, else
 * straight (un-premultiplied) RGBA (colour type 6); no PNG filter.
 *
 * Ownership: bytes are appended to out (the caller's). Both return 0, or
 * -1 when out cannot grow or libdeflate fails. Thread-safe.
 */
#ifndef CB_PNGENC_H
#define CB_PNGENC_H

#include "buf.h"

/* Cairo ARGB32 pixels: premultiplied, native-endian 32-bit words, rows
 * stride bytes apart, w x h (each 1..20000). Rows wider than deflate's
 * window reaches back (over 10,922 pixels RGB, 8,191 RGBA) go through
 * pngenc_deflate at level 2. */
int pngenc_chart(const unsigned char *argb, int w, int h, int stride, int alpha, Buf *out);

/* The same image through libdeflate at level (1-12) with one PNG filter
 * for every row (0 none, 1 sub, 2 up, 4 paeth): the general encoder, kept
 * for wide images and for bench_chart's comparison. */
int pngenc_deflate(const unsigned char *argb, int w, int h, int stride, int alpha, int level,
                   int filter, Buf *out);

#endif

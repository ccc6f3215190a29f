/* test_textfind.c — where a string stands in a text (textfind.h): the
 * place memmem finds, at every lane of the bytes read at once. */
#define _GNU_SOURCE   /* memmem */
#include "textfind.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The first place of w in h, one place after another. */
static const char *naive(const char *h, size_t n, const char *w, size_t wl)
{
    for (size_t i = 0; i + wl <= n; i++)
        if (!memcmp(h + i, w, wl))
            return h + i;
    return NULL;
}

START_TEST(a_word_should_be_found_where_it_first_stands)
{
    const char *t = "in millions of Canadian dollars, dollars";
    ck_assert_ptr_eq(tf_find(t, strlen(t), "dollars", 7), t + 24);
    ck_assert_ptr_eq(tf_find(t, strlen(t), "dollar,", 7), NULL);
    ck_assert_ptr_eq(tf_find(t, strlen(t), "", 0), t);
    ck_assert_ptr_eq(tf_find(t, 3, "in millions", 11), NULL);
    ck_assert_ptr_eq(tf_find(t, strlen(t), "s", 1), t + 10);
    const char *zh = "东南亚与南亚合计占近五成";
    ck_assert_ptr_eq(tf_find(zh, strlen(zh), "合计", 6), zh + 18);
}
END_TEST

START_TEST(every_place_and_length_should_match_a_plain_search)
{
    /* words of 1 to 9 bytes at each place of 50-byte texts whose bytes
     * repeat the word's first and last (false candidates in every lane) */
    char h[50], w[10];
    for (size_t wl = 1; wl < sizeof w; wl++) {
        for (size_t k = 0; k < wl; k++)
            w[k] = (char)('a' + (k * 7) % 5);
        for (size_t at = 0; at <= sizeof h; at++) {
            for (size_t i = 0; i < sizeof h; i++)
                h[i] = (char)('a' + (i * 3) % 5);
            if (at + wl <= sizeof h)
                memcpy(h + at, w, wl);
            for (size_t n = 0; n <= sizeof h; n += 7)
                ck_assert_ptr_eq(tf_find(h, n, w, wl), naive(h, n, w, wl));
            ck_assert_ptr_eq(tf_find(h, sizeof h, w, wl), naive(h, sizeof h, w, wl));
        }
    }
}
END_TEST

/* Texts and words in buffers of their own exact size (the sanitizers see
 * any byte read past either), of bytes from 0x80 as much as ASCII, every
 * length from 0 to 70 (none a multiple of sixteen needed): memmem's
 * answer each time, the word at the very end too. */
START_TEST(texts_of_every_length_and_byte_should_give_memmems_answer)
{
    static const unsigned char alphabet[] = {'a', 'b', 0x80, 0xE3, 0xFF, 0x00};
    unsigned seed = 12345;
    for (size_t n = 0; n <= 70; n++) {
        for (size_t wl = 0; wl <= n + 2; wl++) {
            for (int round = 0; round < 6; round++) {
                unsigned char *h = malloc(n ? n : 1), *w = malloc(wl ? wl : 1);
                for (size_t i = 0; i < n; i++)
                    h[i] = alphabet[(seed = seed * 1103515245u + 12345u) >> 16 & 3 ? 0 : 1 + ((seed >> 8) % 5)];
                for (size_t i = 0; i < wl; i++)
                    w[i] = alphabet[(seed = seed * 1103515245u + 12345u) >> 16 & 3 ? 0 : 1 + ((seed >> 8) % 5)];
                /* (half the rounds: the word placed at the text's end) */
                if (round % 2 && wl && wl <= n)
                    memcpy(h + n - wl, w, wl);
                ck_assert_ptr_eq(tf_find(h, n, w, wl), memmem(h, n, w, wl));
                free(h);
                free(w);
            }
        }
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("textfind");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_word_should_be_found_where_it_first_stands);
    tcase_add_test(tc, every_place_and_length_should_match_a_plain_search);
    tcase_add_test(tc, texts_of_every_length_and_byte_should_give_memmems_answer);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

/* test_prose.c — the stretches the scanner passes over unread (prose.h):
 * prose_end stops where a walk of every byte stops. */
#include "prose.h"
#include "testutil.h"
#include "textwalk.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static ProseWords words;

static void sieve_add(ProseSieve sieve, const char *w)
{
    size_t n = strlen(w);
    sieve[n][w[0] & 31] |= 1u << (w[n - 1] & 31);
}

/* Words stopping "one", "ten" and "twenty", and "a" before "third" or
 * "million". */
static void sieve_init(void)
{
    memset(&words, 0, sizeof words);
    sieve_add(words.stop, "one");
    sieve_add(words.stop, "ten");
    sieve_add(words.stop, "twenty");
    sieve_add(words.lead, "a");
    sieve_add(words.follow, "third");
    sieve_add(words.follow, "million");
    prose_words_join(&words);
}

static int letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int in(const ProseSieve sieve, const unsigned char *p, size_t i, size_t e)
{
    size_t len = e - i;
    return len > 0 && len < PROSE_SIEVE_LEN && (sieve[len][p[i] & 31] >> (p[e - 1] & 31) & 1);
}

/* The walk prose_end stands for, byte by byte: past bytes of no class and
 * words that stop it not (no digit after them, not in stop, not in lead
 * before a word in follow), noting line starts in *line. */
static size_t walk_end(const unsigned char *p, size_t n, size_t i, size_t *line)
{
    while (i < n) {
        unsigned char c = p[i];
        if (digit(c) || c >= 0xE4)
            return i;
        if (c == '\n')
            *line = i + 1;
        if (!letter(c)) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < n && letter(p[e]))
            e++;
        if ((e < n && digit(p[e])) || in(words.stop, p, i, e))
            return i;
        if (in(words.lead, p, i, e) && e + 1 < n && (p[e] == ' ' || p[e] == '\n')) {
            size_t k = e + 1;
            while (k < n && letter(p[k]))
                k++;
            if (in(words.follow, p, e + 1, k))
                return i;
        }
        i = e;
    }
    return n;
}

/* From every offset of s, prose_end stops no later than the walk, and
 * where the walk from there stops too (it may stop early only near the
 * end, in the bytes it leaves to the loop); the line starts it notes are
 * the walk's. What share of the walk's bytes it skipped (1 when the walk
 * skips none): a prose_end that never moves would pass the rest. */
static double same_stops(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), skipped = 0, walked = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t line = 0, wline = 0;
        size_t got = prose_end(p, n, i, &words, &line), want = walk_end(p, n, i, &wline);
        size_t again = walk_end(p, n, got, &line);
        ck_assert_msg(got >= i && got <= want && again == want,
                      "from %zu of \"%s\": %zu, the walk %zu", i, s, got, want);
        ck_assert_msg(line == wline, "from %zu of \"%s\": line %zu, the walk's %zu", i, s, line, wline);
        skipped += got - i;
        walked += want - i;
    }
    return walked ? (double)skipped / (double)walked : 1;
}

START_TEST(prose_end_should_stop_where_the_walk_stops)
{
    sieve_init();
    double share = same_stops("The network grew by one third over the last decade, and the report says so plainly.");
    ck_assert_msg(share > 0.5, "prose_end skipped %.0f%% of plain prose", 100 * share);
    same_stops("Its operators counted twenty\nnew towers; a USD5bn plan, G20 talks and covid19 waves.");
    same_stops("Lines\nbreak\nhere and a third of a\nmillion are a million, a thirdly and a\nfew in a line.\n");
    same_stops("Extraordinarilylongwordsgoonpastsixteenbytes then ten more in \xE4\xB8\xAD\xE6\x96\x87 text.");
    same_stops("Punctuation!!! --- ... ,,, ;;; and tabs\tand\rreturns, caf\xC3\xA9 and \xE2\x80\x9Cquotes\xE2\x80\x9D.");
    same_stops("short");
    same_stops("");
}
END_TEST

START_TEST(prose_end_should_stop_where_the_walk_stops_in_random_text)
{
    sieve_init();
    static const char *const parts[] = {"the ", "one ", "ten", "a ", "twenty", "network", "grew", ", ", ". ",
                                        "\n", "42", "G", "x", " ", "third", "million", "a\n", "\xE4\xB8\xAD", "\xC3\xA9", "\xEF\xBC\x91",
                                        "longerwordthanthesieve", "-", NULL};
    size_t np = 0;
    while (parts[np])
        np++;
    srand(12);
    char buf[400];
    for (int round = 0; round < 300; round++) {
        size_t l = 0;
        while (l < 300) {
            const char *w = parts[(size_t)rand() % np];
            memcpy(buf + l, w, strlen(w));
            l += strlen(w);
        }
        buf[l] = '\0';
        same_stops(buf);
    }
}
END_TEST

/* tw_find2 (textwalk.h) finds what a walk of every byte finds: the
 * first of two bytes, from any start to any end, in any lane. */
START_TEST(tw_find2_should_find_what_a_byte_walk_finds)
{
    static const unsigned char pool[] = {'a', ' ', '"', 0xE2, 0x80, 0x9C, '\n', 0x22 ^ 0x80, 0xE2 ^ 0x01};
    unsigned char buf[64];
    srand(12);
    for (int round = 0; round < 4000; round++) {
        size_t n = (size_t)(rand() % 64);
        for (size_t k = 0; k < n; k++)
            buf[k] = rand() % 3 ? 'x' : pool[rand() % (int)sizeof pool];
        size_t i = n ? (size_t)(rand() % (int)(n + 1)) : 0;
        size_t want = i;
        while (want < n && buf[want] != '"' && buf[want] != 0xE2)
            want++;
        ck_assert_uint_eq(tw_find2(buf, i, n, '"', 0xE2), want);
    }
    ck_assert_uint_eq(tw_find2((const unsigned char *)"abcdefghijklmnop\"", 0, 17, '"', 0xE2), 16);
    ck_assert_uint_eq(tw_find2((const unsigned char *)"abcdefghijklmnop", 3, 16, '"', 0xE2), 16);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("prose");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, prose_end_should_stop_where_the_walk_stops);
    tcase_add_test(tc, prose_end_should_stop_where_the_walk_stops_in_random_text);
    tcase_add_test(tc, tw_find2_should_find_what_a_byte_walk_finds);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

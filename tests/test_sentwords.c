/* test_sentwords.c — a sentence's words read once against every list
 * (sentwords.h): the same answers as walking the list (phrases_in). */
#include "sentwords.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

/* Every list asked over every range of the text inside the sentence
 * [ss, se): sw_phrases_in's answer is phrases_in's. */
static size_t same_everywhere(const char *t, size_t ss, size_t se)
{
    size_t found = 0;
    sw_begin(t, ss, se);
    for (int l = 0; l < SW_LISTS; l++)
        for (size_t s = ss; s < se; s++)
            for (size_t e = s + 1; e <= se; e++) {
                const Phrase *a = phrases_in(sw_list((SwList)l), t, s, e, 1);
                const Phrase *b = sw_phrases_in((SwList)l, t, s, e);
                ck_assert_msg(a == b, "list %d at [%zu, %zu) of \"%s\"", l, s, e, t);
                found += a != NULL;
                /* (sure of none: none there) */
                if (sw_none((SwList)l, t, s, e))
                    ck_assert_ptr_null(a);
            }
    int high = 0;
    for (size_t i = ss; i < se; i++)
        high |= (unsigned char)t[i] >= 0x80;
    ck_assert_int_eq(sw_ascii(t, ss, se), !high);
    sw_end();
    return found;
}

START_TEST(a_listed_phrase_should_be_found_as_the_list_walk_finds_it)
{
    static const char *const texts[] = {
        "Revenue is now about 30%, and at present it must grow; by then, of these, 12 were abroad.",
        "AT PRESENT the firm SHALL report; Of Whom 3 Are Outside China Today.",
        /* words that only start or end like a listed one */
        "Nowadays the mustard knows; snowfall; presentation at presents; ofthese.",
        /* a phrase wrapped onto the next line, and over non-ASCII letters */
        "at\npresent, café now—today’s figures, that\nyear, the same year",
        "now",
        "",
    };
    size_t found = 0;
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++)
        found += same_everywhere(texts[k], 0, strlen(texts[k]));
    ck_assert_uint_gt(found, 1000);
}
END_TEST

START_TEST(a_sentence_inside_a_text_should_be_read_from_its_bounds)
{
    /* the sentence starts and ends inside words: "xnow" and "todayx" */
    const char *t = "Thexnow currently grew, todayx more.";
    size_t ss = 4, se = 29;
    same_everywhere(t, ss, se);
    sw_begin(t, ss, se);
    ck_assert_ptr_nonnull(sw_phrases_in(SW_RIGHT_NOW, t, ss, ss + 3));   /* "now" from the bound */
    ck_assert_ptr_null(sw_phrases_in(SW_RIGHT_NOW, t, ss + 1, ss + 3));  /* "ow" */
    /* beyond the sentence, or another text: the list is walked */
    ck_assert_ptr_eq(sw_phrases_in(SW_RIGHT_NOW, t, 0, strlen(t)), phrases_in(sw_list(SW_RIGHT_NOW), t, 0, strlen(t), 1));
    const char *u = "It is now.";
    ck_assert_ptr_nonnull(sw_phrases_in(SW_RIGHT_NOW, u, 0, strlen(u)));
    sw_end();
    ck_assert_ptr_null(sw_phrases_in(SW_TERMS, t, ss, se));
    /* (no sentence: nothing is sure) */
    ck_assert_int_eq(sw_none(SW_TERMS, t, ss, se), 0);
    ck_assert_int_eq(sw_ascii(t, ss, se), 0);
}

START_TEST(a_sentence_without_a_list_s_words_should_be_sure_of_none)
{
    const char *t = "Revenue grew 30% in the year.";
    size_t n = strlen(t);
    sw_begin(t, 0, n);
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, t, 0, n), 1);
    ck_assert_int_eq(sw_ascii(t, 0, n), 1);
    sw_end();
    const char *u = "We found 30% of staff left, 据统计.";
    n = strlen(u);
    sw_begin(u, 0, n);
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, u, 0, n), 0);
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, u, 2, n), 0);    /* "staff" */
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, u, 2, 16), 1);   /* " found 30% of " */
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, u, 2, 20), 0);   /* "staf": cut, read otherwise */
    ck_assert_int_eq(sw_none(SW_FIRST_PERSON, u, 1, 20), 0);   /* "e" of "We": read from s */
    ck_assert_int_eq(sw_ascii(u, 0, n), 0);
    sw_end();
}
END_TEST
END_TEST

START_TEST(a_long_sentence_should_answer_as_a_short_one)
{
    /* more listed words than the sentence keeps */
    static char t[8192];
    size_t n = 0;
    while (n + 40 < sizeof t)
        n += (size_t)snprintf(t + n, sizeof t - n, "now and then, of these %zu; ", n);
    n += (size_t)snprintf(t + n, sizeof t - n, "it shall be.");
    sw_begin(t, 0, n);
    ck_assert_ptr_eq(sw_phrases_in(SW_TERMS, t, 0, n), phrases_in(sw_list(SW_TERMS), t, 0, n, 1));
    ck_assert_ptr_nonnull(sw_phrases_in(SW_TERMS, t, 0, n));
    ck_assert_ptr_eq(sw_phrases_in(SW_SAME_TIME, t, 10, n), phrases_in(sw_list(SW_SAME_TIME), t, 10, n, 1));
    sw_end();
}
END_TEST

/* The word starts of p[s, e) whose word (cut at e) is a first word of a
 * list of mask, by walking the bytes: what sw_next gives. */
static size_t walk_starts(const char *t, size_t s, size_t e, uint32_t mask, size_t *out)
{
    size_t n = 0;
    for (size_t i = s; i < e; i++) {
        if (!((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') || (i > s && ((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z')))
            continue;
        for (int l = 0; l < SW_LISTS; l++)
            if (mask & SW_BIT(l) && phrases_at(sw_list((SwList)l), t, i, e, 1)) {
                out[n++] = i;
                break;
            }
    }
    return n;
}

START_TEST(the_words_of_a_range_should_be_those_a_walk_finds)
{
    const char *t = "In March, Today's figures (this year, last month) came on Monday; MAY was sept-ember, "
                    "today-ish: so far this year.";
    size_t n = strlen(t);
    uint32_t mask = SW_BIT(SW_TIME_REL) | SW_BIT(SW_CALENDAR);
    sw_begin(t, 0, n);
    size_t cut = 0;
    for (size_t s = 0; s < n; s++)
        for (size_t e = s; e <= n; e++) {
            if (!sw_reads(t, s, e)) {
                cut++;
                continue;
            }
            size_t want[64], got[64], nw = walk_starts(t, s, e, mask, want), ng = 0, k = 0, at;
            while (sw_next(mask, s, e, &k, &at))
                got[ng++] = at;
            /* (a word sw_next gives only opens a phrase: the walk's are among them) */
            size_t j = 0;
            for (size_t g = 0; g < ng && j < nw; g++)
                j += got[g] == want[j];
            ck_assert_msg(j == nw, "[%zu, %zu): %zu of %zu", s, e, j, nw);
        }
    ck_assert_uint_gt(cut, 0);
    sw_end();
    ck_assert_int_eq(sw_reads(t, 0, n), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sentwords");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_listed_phrase_should_be_found_as_the_list_walk_finds_it);
    tcase_add_test(tc, a_sentence_inside_a_text_should_be_read_from_its_bounds);
    tcase_add_test(tc, a_long_sentence_should_answer_as_a_short_one);
    tcase_add_test(tc, a_sentence_without_a_list_s_words_should_be_sure_of_none);
    tcase_add_test(tc, the_words_of_a_range_should_be_those_a_walk_finds);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

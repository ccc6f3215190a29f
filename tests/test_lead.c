/* test_lead.c — the places of a document's opening (lead.h), and the
 * readers that walk them (period.h, voice.h) finding what they found
 * walking every byte. */
#include "lead.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"
#include "voice.h"

/* The places of s as "offset,offset,...". */
static const char *places_of(const char *s, char *out, size_t cap)
{
    Lead *ld = malloc(sizeof *ld);
    lead_init(ld, s, strlen(s));
    size_t np, l = 0;
    const uint16_t *at = lead_places(ld, &np);
    out[0] = '\0';
    for (size_t k = 0; k < np && l + 8 < cap; k++)
        l += (size_t)snprintf(out + l, cap - l, "%s%u", k ? "," : "", (unsigned)at[k]);
    free(ld);
    return out;
}

START_TEST(the_places_should_be_word_starts_and_quotation_marks)
{
    char got[256];
    /* words after blanks, marks and digits (the "x" of "G2x" is a word
     * of its own) */
    ck_assert_str_eq(places_of("We found 12 sites, G2x ok", got, sizeof got), "0,3,12,19,21,23");
    /* a straight quote, the first byte of a curly one (“ ”), and a word
     * right after each */
    ck_assert_str_eq(places_of("\"our\" \xE2\x80\x9Cwe\xE2\x80\x9D", got, sizeof got), "0,1,4,6,9,11");
    /* bytes past ASCII that open no quotation mark are no place */
    ck_assert_str_eq(places_of("caf\xC3\xA9 x", got, sizeof got), "0,6");
    ck_assert_str_eq(places_of("", got, sizeof got), "");
}
END_TEST

START_TEST(a_word_running_past_the_opening_should_leave_no_place_in_it)
{
    /* the word opening at 0 runs past the opening: no other place */
    size_t len = LEAD_BYTES + 40;
    char *s = malloc(len + 1);
    memset(s, 'x', len);
    s[len] = '\0';
    s[LEAD_BYTES + 5] = ' ';
    Lead *ld = malloc(sizeof *ld);
    lead_init(ld, s, len);
    size_t np;
    const uint16_t *at = lead_places(ld, &np);
    ck_assert_uint_eq(np, 1);
    ck_assert_uint_eq(at[0], 0);
    /* asked again, the same list, not cut again */
    ck_assert_ptr_eq(lead_places(ld, &np), at);
    ck_assert_uint_eq(np, 1);
    free(ld);
    free(s);
}
END_TEST

static int reports_own(const char *s)
{
    Lead *ld = malloc(sizeof *ld);
    lead_init(ld, s, strlen(s));
    int r = voice_reports_own(ld);
    free(ld);
    return r;
}

START_TEST(the_readers_should_find_at_the_places_what_they_found_at_the_bytes)
{
    /* two findings in the first person; not inside a quotation; not in
     * a word that only ends with the person ("tower tracked") */
    ck_assert_int_eq(reports_own("We tracked 53 groups. Our survey found 12 more."), 1);
    ck_assert_int_eq(reports_own("\"We tracked 53 groups. Our survey found 12 more.\""), 0);
    ck_assert_int_eq(reports_own("\xE2\x80\x9CWe tracked 53 groups.\xE2\x80\x9D Our survey found 12 more."), 0);
    ck_assert_int_eq(reports_own("The tower tracked 53. Flour survey found 12."), 0);
    /* a cue of coverage at a word's start, not after a digit */
    Lead *ld = malloc(sizeof *ld);
    const char *s = "Summary\n\nThe data covers 2015 to 2022.";
    lead_init(ld, s, strlen(s));
    ck_assert_int_eq(period_end_year(ld), 2022);
    s = "Summary\n\nThe data 3covers 2015 to 2022.";
    lead_init(ld, s, strlen(s));
    ck_assert_int_eq(period_end_year(ld), 0);
    free(ld);
}
END_TEST

/* The places are where a walk of every byte finds them: a word's first
 * letter (the byte before no ASCII letter), '"', 0xE2; in random texts
 * of every length, across the sixteen and eight bytes read at once. */
START_TEST(the_places_should_be_where_a_byte_walk_finds_them)
{
    static const unsigned char pool[] = {'a', 'Z', 'q', ' ', '"', 0xE2, 0x80, 0x9C, '1', '-', '@', '[', '`', '{',
                                         0xC1, 0xE1, '\n'};
    char *s = malloc(LEAD_BYTES + 64);
    srand(5);
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(rand() % 80);
        if (round % 100 == 0)
            n = LEAD_BYTES + 30;
        for (size_t k = 0; k < n; k++)
            s[k] = (char)(rand() % 2 ? 'x' : pool[rand() % (int)sizeof pool]);
        s[n] = '\0';
        Lead *ld = malloc(sizeof *ld);
        lead_init(ld, s, n);
        size_t np;
        const uint16_t *at = lead_places(ld, &np);
        size_t top = n < LEAD_BYTES ? n : LEAD_BYTES, w = 0;
        int prev = 0;
        for (size_t i = 0; i < top; i++) {
            unsigned char c = (unsigned char)s[i];
            int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
            if (c == '"' || c == 0xE2 || (letter && !prev)) {
                ck_assert_uint_lt(w, np);
                ck_assert_uint_eq(at[w], i);
                w++;
            }
            prev = letter;
        }
        ck_assert_uint_eq(w, np);
        free(ld);
    }
    free(s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lead");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, the_places_should_be_word_starts_and_quotation_marks);
    tcase_add_test(tc, the_places_should_be_where_a_byte_walk_finds_them);
    tcase_add_test(tc, a_word_running_past_the_opening_should_leave_no_place_in_it);
    tcase_add_test(tc, the_readers_should_find_at_the_places_what_they_found_at_the_bytes);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

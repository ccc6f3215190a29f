/* test_sentence.c — a sentence's text as the claims table gives it:
 * blanks collapsed, invalid UTF-8 replaced, cut before the cap with an
 * ellipsis, the same bytes whatever the text. */
#include "sentence.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static int is_blank(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* sentence_clean as its contract says it, a character at a time. */
static char *clean_walk(const char *doc, size_t s, size_t e, int collapse, size_t cap)
{
    const unsigned char *p = (const unsigned char *)doc;
    char *out = malloc((e - s) * 3 + 8);
    size_t len = 0;
    int sp = 0;
    for (size_t i = s; i < e;) {
        if (collapse && is_blank(p[i])) {
            sp = len > 0 ? sp | (p[i] == '\n' ? 2 : 1) : 0;
            i++;
            continue;
        }
        /* (a line break between CJK characters is no blank) */
        if ((sp & 2) && p[i] >= 0xE3 && len >= 3 && (unsigned char)out[len - 3] >= 0xE3)
            sp = 0;
        if (sp) {
            out[len++] = ' ';
            sp = 0;
        }
        size_t k = utf8_valid((const char *)p + i, e - i);
        if (cap && len + (k ? k : 3) + 3 > cap) {
            if (len + 3 > cap && len && out[len - 1] == ' ')
                len--;
            memcpy(out + len, "\xe2\x80\xa6", 3);
            len += 3;
            break;
        }
        if (k) {
            memcpy(out + len, p + i, k);
            len += k;
            i += k;
        } else {
            memcpy(out + len, "\xef\xbf\xbd", 3);
            len += 3;
            i++;
        }
    }
    out[len] = '\0';
    return out;
}

START_TEST(blanks_should_collapse_and_a_long_text_end_in_an_ellipsis)
{
    char *t = sentence_clean("  Kenya\n has \t 40.8%  ", 0, 22, 1, 0);
    ck_assert_str_eq(t, "Kenya has 40.8%");
    free(t);
    t = sentence_clean("abcdefghij", 0, 10, 1, 8);
    ck_assert_str_eq(t, "abcde\xe2\x80\xa6");
    free(t);
    t = sentence_clean("ab\xff" "cd", 0, 5, 0, 0);
    ck_assert_str_eq(t, "ab\xef\xbf\xbd" "cd");
    free(t);
}
END_TEST

START_TEST(any_text_should_give_what_the_character_walk_gives)
{
    static const char *const pieces[] = {"a", "Z", "7", " ", "  ", "\t", "\n", ".", "\xe4\xb8\xad", "\xc3\xa9",
                                         "\xff", "\xe4\xb8", "\xe2\x80\xa6", "\x01"};
    srand(5);
    char doc[400];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        while (n < 300) {
            const char *s = pieces[rand() % (int)(sizeof pieces / sizeof *pieces)];
            memcpy(doc + n, s, strlen(s));
            n += strlen(s);
        }
        size_t s = (size_t)rand() % 20, e = s + (size_t)rand() % (n - s);
        int collapse = rand() % 2;
        size_t cap = rand() % 3 ? (size_t)rand() % 120 : 0;
        char *a = sentence_clean(doc, s, e, collapse, cap), *b = clean_walk(doc, s, e, collapse, cap);
        ck_assert_str_eq(a, b);
        free(a);
        free(b);
    }
}
END_TEST

/* The sentence around the first fig of doc, as text. */
static char *sentence_of(const char *doc, const char *fig)
{
    const char *at = strstr(doc, fig);
    ck_assert_ptr_nonnull(at);
    size_t ss, se, s = (size_t)(at - doc);
    sentence_bounds(doc, strlen(doc), s, s + strlen(fig), &ss, &se);
    return sentence_text(doc, ss, se);
}

START_TEST(a_chinese_line_broken_at_a_pdf_page_edge_should_go_on)
{
    /* lines as wide as each other, broken inside words and a name */
    const char *pdf = "（一）网络：区域连接水平持续提升\n"
                      "2023年，越南、泰国、马来西亚等国家的移动网络覆盖水平较快提\n"
                      "升。越南互联网普及率达到79%，据某某移动通信行业协会（G\n"
                      "SMA）统计，较上年提升约3个百分点，泰国移动网络用户规\n"
                      "模约为6100万人。\n";
    char *t = sentence_of(pdf, "79%");
    ck_assert_str_eq(t, "越南互联网普及率达到79%，据某某移动通信行业协会（G SMA）统计，较上年提升约3个百分点，泰国移动网络用户规"
                      "模约为6100万人。");
    free(t);
    /* a heading, narrower than the line after it, stands alone */
    t = sentence_of(pdf, "2023");
    ck_assert_str_eq(t, "2023年，越南、泰国、马来西亚等国家的移动网络覆盖水平较快提升。");
    free(t);
    /* a Chinese paragraph on one line ends at its line break */
    const char *txt = "全年软件业务收入123258亿元，同比增长13.4%\n信息安全产品和服务收入2232亿元，同比增长12.4%\n";
    t = sentence_of(txt, "2232");
    ck_assert_str_eq(t, "信息安全产品和服务收入2232亿元，同比增长12.4%");
    free(t);
}
END_TEST

START_TEST(a_line_a_bullet_opens_should_start_a_sentence)
{
    /* long items with no full stop: each a sentence of its own */
    const char *list = "HIGHLIGHTS\n\n"
                       "\xE2\x80\xA2  Registered members reached 2.1 million, up 12% year on year over the year\n"
                       "\xE2\x80\xA2  Active members of 1.3 million (Q1 2023: 1.1 million) across all regions\n";
    char *t = sentence_of(list, "1.3 million");
    ck_assert_str_eq(t, "\xE2\x80\xA2 Active members of 1.3 million (Q1 2023: 1.1 million) across all regions");
    free(t);
    /* (a long line wrapped before a dash or a quote still goes on) */
    const char *wrapped = "The operator said its network now covers about 92 per cent of the population of the\n"
                          "\xE2\x80\x9Cunserved\xE2\x80\x9D districts.\n";
    t = sentence_of(wrapped, "92 per cent");
    ck_assert_ptr_nonnull(strstr(t, "districts."));
    free(t);
}
END_TEST

START_TEST(a_line_a_list_letter_opens_should_start_a_sentence)
{
    /* a table's rows marked a), b): each its own, not the header's */
    const char *annex = "   Target                                                 Baseline (2022)    2026     2030\n"
                        "   a) Individuals using the internet (% of population)          37%            50%      65%\n"
                        "   b) Price of 1 GB mobile data (% of monthly GNI p.c.)        4.3%            2.5%     2%\n"
                        "   (c) Schools connected to broadband                          11,500         40,000   80,000\n"
                        "   iv) Member States with a CERT                                 8              12       15\n";
    char *t = sentence_of(annex, "37%");
    ck_assert_str_eq(t, "a) Individuals using the internet (% of population) 37% 50% 65%");
    free(t);
    /* (the label's abbreviation closing its bracket does not end it) */
    t = sentence_of(annex, "4.3%");
    ck_assert_str_eq(t, "b) Price of 1 GB mobile data (% of monthly GNI p.c.) 4.3% 2.5% 2%");
    free(t);
    t = sentence_of(annex, "11,500");
    ck_assert_str_eq(t, "(c) Schools connected to broadband 11,500 40,000 80,000");
    free(t);
    t = sentence_of(annex, "12 ");
    ck_assert_str_eq(t, "iv) Member States with a CERT 8 12 15");
    free(t);
    /* (a word in brackets is no item's letter: the line goes on) */
    const char *prose = "The ministry said the programme had connected some 120 schools in the northern and the\n"
                        "(rural) districts by the end of the year.\n";
    t = sentence_of(prose, "120");
    ck_assert_ptr_nonnull(strstr(t, "districts"));
    free(t);
}
END_TEST

/* A run-on of many figures, now and then a full stop or a line break:
 * the cursor, which reads only the bytes past what it saw before, gives
 * for every span what sentence_bounds gives reading its whole window. */
START_TEST(the_cursor_in_a_run_on_should_give_what_the_bounds_give)
{
    enum { N = 40000 };
    char *doc = malloc(N + 1);
    unsigned seed = 7;
    size_t n = 0;
    while (n + 16 < N) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = (seed >> 16) % 1000;
        const char *w = r < 3 ? ". The " : r < 5 ? "\n\n" : r < 500 ? "5% " : "and ";
        memcpy(doc + n, w, strlen(w));
        n += strlen(w);
    }
    doc[n] = '\0';
    SentenceCursor cur = {0};
    size_t spans = 0;
    for (const char *p = doc; (p = strstr(p, "5%")); p += 2, spans++) {
        size_t at = (size_t)(p - doc), ss, se, ws, we;
        sentence_next(&cur, doc, n, at, at + 2, &ss, &se);
        sentence_bounds(doc, n, at, at + 2, &ws, &we);
        ck_assert_msg(ss == ws && se == we, "span at %zu: [%zu, %zu), want [%zu, %zu)", at, ss, se, ws, we);
    }
    ck_assert_uint_gt(spans, 5000);
    free(doc);
}
END_TEST

/* A run-on's rules read a reach either side of the claim, where the
 * window cut the sentence; an end at a boundary or the text's end stays. */
START_TEST(a_run_on_should_be_narrowed_only_where_the_window_cut_it)
{
    size_t n = 10000, ss = 5000 - 2048, se = 5002 + 2048;
    sentence_narrow(n, 5000, 5002, 256, &ss, &se);
    ck_assert_uint_eq(ss, 5000 - 256);
    ck_assert_uint_eq(se, 5002 + 256);
    /* a full stop 100 bytes before: that end stays */
    ss = 4900, se = 5002 + 2048;
    sentence_narrow(n, 5000, 5002, 256, &ss, &se);
    ck_assert_uint_eq(ss, 4900);
    ck_assert_uint_eq(se, 5002 + 256);
    /* the text's start and end are no cut */
    ss = 0, se = n;
    sentence_narrow(n, 1000, 1002, 256, &ss, &se);
    ck_assert_uint_eq(ss, 0);
    ck_assert_uint_eq(se, n);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sentence");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, blanks_should_collapse_and_a_long_text_end_in_an_ellipsis);
    tcase_add_test(tc, any_text_should_give_what_the_character_walk_gives);
    tcase_add_test(tc, a_chinese_line_broken_at_a_pdf_page_edge_should_go_on);
    tcase_add_test(tc, a_line_a_bullet_opens_should_start_a_sentence);
    tcase_add_test(tc, a_line_a_list_letter_opens_should_start_a_sentence);
    tcase_add_test(tc, the_cursor_in_a_run_on_should_give_what_the_bounds_give);
    tcase_add_test(tc, a_run_on_should_be_narrowed_only_where_the_window_cut_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

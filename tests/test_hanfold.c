/* test_hanfold.c — a text in traditional characters is read in simplified
 * ones: the fold keeps every byte offset, folds only what OpenCC folds,
 * and leaves a simplified text, and anything that is not Han, alone. */
#include "hanfold.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

START_TEST(traditional_characters_should_fold_to_the_simplified_ones_the_reader_knows)
{
    static const struct {
        const char *trad, *simp;
    } cases[] = {
        {"政府統計處", "政府统计处"},
        {"45,311億港元", "45,311亿港元"},
        {"約3,026萬戶", "约3,026万户"},
        {"超過30個國家", "超过30个国家"},
        {"逾500家資安業者，以上", "逾500家资安业者，以上"},
        {"臺灣、台灣、香港特別行政區、澳門", "台湾、台湾、香港特别行政区、澳门"},
        {"新台幣857億元、港幣、澳門元", "新台币857亿元、港币、澳门元"},
        {"國家通訊傳播委員會", "国家通讯传播委员会"},
        /* Hong Kong's forms of a traditional character (HKVariantsRev) */
        {"衞生署", "卫生署"},
        /* a character with two simplified forms takes OpenCC's first */
        {"乾燥", "干燥"},
        {"位於", "位于"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t n = strlen(cases[k].trad);
        ck_assert_uint_eq(n, strlen(cases[k].simp));
        char out[128];
        hanfold_copy(cases[k].trad, n, out);
        ck_assert_msg(!memcmp(out, cases[k].simp, n), "%s folded to %.*s, want %s", cases[k].trad, (int)n, out,
                      cases[k].simp);
    }
}
END_TEST

START_TEST(a_fold_should_keep_every_byte_offset_of_the_text)
{
    /* full-width digits, ideographic space, an emoji (4 bytes), invalid
     * bytes and a cut character around traditional ones */
    const char t[] = "據統計，２０２３年　網民約10.92億人😀\xff\xfe網\xe7\xb6";
    size_t n = sizeof t - 1;
    char out[sizeof t];
    size_t changed = hanfold_copy(t, n, out);
    ck_assert_uint_eq(changed, 7);   /* 據 統 計 網 約 億 網 */
    /* the same characters start at the same offsets, and what is not a
     * traditional character is the same bytes */
    for (size_t i = 0; i < n;) {
        size_t l;
        int32_t cp = utf8_decode(t + i, n - i, &l);
        size_t lo;
        int32_t co = utf8_decode(out + i, n - i, &lo);
        ck_assert_uint_eq(l, lo);
        ck_assert_int_eq(co, l == 3 ? hanfold_char(cp) : cp);
        i += l;
    }
    ck_assert(!memcmp(out + n - 2, "\xe7\xb6", 2));
    /* in place gives the same */
    char again[sizeof t];
    memcpy(again, t, sizeof t);
    ck_assert_uint_eq(hanfold_copy(again, n, again), 7);
    ck_assert(!memcmp(again, out, n));
}
END_TEST

START_TEST(a_simplified_or_english_text_should_be_left_as_it_is)
{
    /* a simplified text that names a Taiwanese body and writes 乾 and 於 */
    static const char quoting[] = "据台湾“国家通讯传播委员会”（國家通訊傳播委員會）统计，乾隆年间的於姓人家。"
                                  "截至2023年12月，我国网民规模达10.92亿人，互联网普及率达77.5%，较2022年12月提升"
                                  "1.9个百分点。";
    static const char *const texts[] = {
        "截至2023年12月，我国网民规模达10.92亿人，互联网普及率达77.5%。",
        quoting,
        "Chinese firms built 12 data centres in 2023.",
        "",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        ck_assert_msg(!hanfold_is_traditional(texts[k], strlen(texts[k])), "%s", texts[k]);
        ck_assert_ptr_null(hanfold_text(texts[k], strlen(texts[k])));
    }
    /* characters a simplified text writes fold to themselves */
    const char *same = "国网万亿个约超过以上台兆";
    char out[64];
    ck_assert_uint_eq(hanfold_copy(same, strlen(same), out), 0);
    ck_assert(!memcmp(out, same, strlen(same)));
}
END_TEST

START_TEST(a_traditional_text_should_be_read_folded_even_among_english)
{
    const char *t = "Hong Kong's census office said: 二〇二三年全年香港整體出口貨值為45,311億港元。";
    size_t n = strlen(t);
    ck_assert(hanfold_is_traditional(t, n));
    char *f = hanfold_text(t, n);
    ck_assert_ptr_nonnull(f);
    ck_assert_str_eq(f, "Hong Kong's census office said: 二〇二三年全年香港整体出口货值为45,311亿港元。");
    free(f);
    /* a bibliography's short name */
    ck_assert(hanfold_is_traditional("澳門", strlen("澳門")));
}
END_TEST

START_TEST(a_name_cut_from_the_folded_text_should_be_given_back_as_written)
{
    const char *orig = "根據國家通訊傳播委員會統計，用戶約3,026萬戶。";
    size_t n = strlen(orig);
    char *f = hanfold_text(orig, n);
    ck_assert_ptr_nonnull(f);
    char name[64] = "国家通讯传播委员会";
    ck_assert_int_eq(hanfold_restore(f, orig, n, name), 1);
    ck_assert_str_eq(name, "國家通訊傳播委員會");
    char other[64] = "经济部";
    ck_assert_int_eq(hanfold_restore(f, orig, n, other), 0);
    ck_assert_str_eq(other, "经济部");
    free(f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("hanfold");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, traditional_characters_should_fold_to_the_simplified_ones_the_reader_knows);
    tcase_add_test(tc, a_fold_should_keep_every_byte_offset_of_the_text);
    tcase_add_test(tc, a_simplified_or_english_text_should_be_left_as_it_is);
    tcase_add_test(tc, a_traditional_text_should_be_read_folded_even_among_english);
    tcase_add_test(tc, a_name_cut_from_the_folded_text_should_be_given_back_as_written);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

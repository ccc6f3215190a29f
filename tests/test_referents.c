/* test_referents.c — whom "Zhou said", "he told reporters" and "the
 * company said" mean (referents.h). */
#include "referents.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* The credit for the figure written fig in doc, and its REF_* in *ref. */
static const char *credit(const char *doc, const char *fig, int *ref)
{
    static char out[96], said[64];
    const char *f = strstr(doc, fig);
    ck_assert_ptr_nonnull(f);
    size_t at = (size_t)(f - doc), ss = at, se = at;
    while (ss > 0 && !(doc[ss - 1] == '\n' || (ss >= 2 && (doc[ss - 2] == '.' || doc[ss - 2] == '"') && doc[ss - 1] == ' ')))
        ss--;
    while (doc[se] && !(doc[se] == '.' && (doc[se + 1] == ' ' || doc[se + 1] == '\n' || !doc[se + 1] || doc[se + 1] == '"')))
        se++;
    *ref = referents_credit(doc, strlen(doc), ss, se, at, out, sizeof out, said, sizeof said);
    return *ref ? out : "";
}

START_TEST(a_surname_should_give_the_body_the_person_was_introduced_with)
{
    int ref;
    const char *d = "Acme Cloud's vice-president for sales, Zhou Lixin, said the firm chose Batam.\n\n"
                    "\"We see 280 million people,\" Zhou said.\n";
    ck_assert_str_eq(credit(d, "280", &ref), "Acme Cloud");
    ck_assert_int_eq(ref, REF_SURNAME);
    d = "\"The link is our insurance,\" said Raman Lamichhane, chairman of the NTA.\n\n"
        "Lamichhane said prices have fallen by half.\n";
    ck_assert_str_eq(credit(d, "half", &ref), "NTA");
    d = "Ms. Alison Grey (TeleGeography) presented the outlook.\n\nMs. Grey added that 150 faults are recorded.\n";
    ck_assert_str_eq(credit(d, "150", &ref), "TeleGeography");
    /* (introduced with no body: none) */
    d = "Ana Ruiz has spent years on cables.\n\nRuiz said 40 ships are old.\n";
    ck_assert_str_eq(credit(d, "40", &ref), "");
}
END_TEST

START_TEST(a_pronoun_should_give_the_last_speaker_and_a_new_speaker_should_stop_it)
{
    int ref;
    const char *d = "Riau Islands Governor Ansar Hidayat, who cut the ribbon alongside the consul, said the "
                    "project works.\n\n\"Three years ago we had two centres. Today we have nine,\" he told "
                    "reporters.\n";
    ck_assert_str_eq(credit(d, "two", &ref), "Riau Islands Governor");
    ck_assert_int_eq(ref, REF_PRONOUN);
    ck_assert_str_eq(credit(d, "nine", &ref), "Riau Islands Governor");
    d = "In the keynote, a senior official of the Cyberspace Administration of China said users grew. China "
        "had also built 2.94 million base stations, he said.\n";
    ck_assert_str_eq(credit(d, "2.94", &ref), "Cyberspace Administration of China");
    d = "Huawei's Southern Africa president said firms built fibre. The company employs 8,700 people, he said.\n";
    ck_assert_str_eq(credit(d, "8,700", &ref), "Huawei");
    /* a new speaker whose body the text does not give stops the walk */
    d = "Riau Islands Governor Ansar Hidayat said the project works. Then Budi Santoso said it would not. The "
        "island has 12 centres, he said.\n";
    ck_assert_str_eq(credit(d, "12", &ref), "");
    /* a paragraph that does not open with a quotation is not the last one's */
    d = "Riau Islands Governor Ansar Hidayat said the project works.\n\nLater he said 12 centres run.\n";
    ck_assert_str_eq(credit(d, "12", &ref), "");
}
END_TEST

START_TEST(a_kind_noun_should_give_the_body_introduced_with_it_or_the_one_named_most)
{
    int ref;
    const char *d = "A data centre built by cloud firm Qianhai Yunji and local developer PT Sinar opened.\n\n"
                    "The facility cost Rp 4.8 trillion, the company said.\n\n"
                    "Local environmental group Kepri Hijau warned. A centre can use 1.5 million litres, the group "
                    "said.\n\nQianhai Yunji chose Batam. PT PLN, the state electricity company, said it added 350 "
                    "MW.\n\nThe company said the centre had a PUE of 1.35.\n";
    ck_assert_str_eq(credit(d, "4.8", &ref), "Qianhai Yunji");
    ck_assert_int_eq(ref, REF_KIND);
    ck_assert_str_eq(credit(d, "1.5", &ref), "Kepri Hijau");
    ck_assert_str_eq(credit(d, "1.35", &ref), "Qianhai Yunji");
    d = "Chinese police took custody of 53,000 workers, the Ministry of Public Security said.\n\n"
        "Thailand handed over 1,041, the ministry said in a statement.\n";
    ck_assert_str_eq(credit(d, "1,041", &ref), "Ministry of Public Security");
    /* a name across a wrapped line, as one */
    d = "China had 3.6 million stations, the Ministry of Industry and Information\nTechnology said. Users "
        "reached 874 million, the ministry said.\n";
    ck_assert_str_eq(credit(d, "874", &ref), "Ministry of Industry and Information Technology");
    /* two companies joined by "and" are two, the one named most is meant; the
     * place it is based in is no part of its name */
    d = "Shenzhen-based ZTE Corp said profit rose. Huawei Technologies and ZTE Corp signed deals.\n\n"
        "Revenue abroad was a third of the total, the company said.\n";
    ck_assert_str_eq(credit(d, "a third", &ref), "ZTE Corp");
    /* the sentence's own body of the kind, named before the clause */
    d = "Talks went on.\n\nIn Ethiopia, state-owned Ethio Telecom gave ZTE contracts worth $420 million, the "
        "operator said.\n";
    ck_assert_str_eq(credit(d, "$420", &ref), "Ethio Telecom");
    /* no body of that kind introduced: none */
    d = "Talks went on.\n\nThe price is 141 billion birr, the company said.\n";
    ck_assert_str_eq(credit(d, "141", &ref), "");
}
END_TEST

/* Whether a figure stands in a quotation is read from its paragraph's
 * start, whatever was asked before: the same answers asked in order (the
 * walk goes on from where it stopped), and each asked alone, after
 * another text. A blank line holding spaces ends a paragraph. */
START_TEST(a_quotation_should_be_read_the_same_asked_in_order_or_alone)
{
    const char *d = "Chen Wei, head of Acme Cloud, opened the site.\n  \n"
                    "\"We run 12 sites. Next year 30,\" Chen said. Prices fell 5 percent. "
                    "\xE2\x80\x9CWe plan 40 more,\xE2\x80\x9D he said. Rivals run 7 sites, Chen said.\n";
    const char *figs[] = {"12", "30", "5 percent", "40", "7 sites"};
    char in_order[5][96];
    int ref_in_order[5];
    for (int k = 0; k < 5; k++) {
        int ref;
        strcpy(in_order[k], credit(d, figs[k], &ref));
        ref_in_order[k] = ref;
    }
    ck_assert_str_eq(in_order[0], "Acme Cloud");
    ck_assert_str_eq(in_order[3], "Acme Cloud");
    for (int k = 4; k >= 0; k--) {
        int ref;
        credit("Other text.\n", "text", &ref);
        ck_assert_str_eq(credit(d, figs[k], &ref), in_order[k]);
        ck_assert_int_eq(ref, ref_in_order[k]);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("referents");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, a_surname_should_give_the_body_the_person_was_introduced_with);
    tcase_add_test(tc, a_pronoun_should_give_the_last_speaker_and_a_new_speaker_should_stop_it);
    tcase_add_test(tc, a_kind_noun_should_give_the_body_introduced_with_it_or_the_one_named_most);
    tcase_add_test(tc, a_quotation_should_be_read_the_same_asked_in_order_or_alone);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

/* test_pdflayout.c — character boxes to text, on pages laid out here by
 * hand: columns, running heads, broken words, note markers, tables,
 * footnotes, and boxes no page has. */
#include "corpus.h"
#include "pdflayout.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chars {
    PdfChar *v;
    size_t n, cap;
} Chars;

static void put_char(Chars *c, uint32_t cp, float x, float base, float size, int bold)
{
    if (c->n == c->cap)
        c->v = realloc(c->v, (c->cap = c->cap ? 2 * c->cap : 256) * sizeof *c->v);
    c->v[c->n++] = (PdfChar){cp, x, base - 0.8f * size, x + 0.5f * size, base + 0.2f * size, size,
                             (unsigned char)bold};
}

/* Words of text from x on baseline base, each character half an em
 * wide, a blank between words as poppler gives it, a line break after.
 * Returns the x after the text. */
static float put_text(Chars *c, const char *text, float x, float base, float size, int bold)
{
    for (const char *p = text; *p; p++) {
        put_char(c, (unsigned char)*p, x, base, size, bold);
        x += 0.5f * size;
    }
    put_char(c, '\n', x, base, size, bold);
    return x;
}

/* A run of text with no break after it (the same word goes on). */
static float put_glued(Chars *c, const char *text, float x, float base, float size)
{
    for (const char *p = text; *p; p++) {
        put_char(c, (unsigned char)*p, x, base, size, 0);
        x += 0.5f * size;
    }
    return x;
}

static void page_done(PdfLayout *l, Chars *c)
{
    ck_assert_int_eq(pdflayout_add_page(l, 600, 800, c->v, c->n), 0);
    c->n = 0;
}

static Document finish(PdfLayout *l)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    ck_assert_int_eq(pdflayout_finish(l, &doc), 0);
    pdflayout_free(l);
    return doc;
}

static const char *after(const char *hay, const char *a, const char *b)
{
    const char *pa = strstr(hay, a), *pb = strstr(hay, b);
    ck_assert_msg(pa && pb, "'%s' or '%s' missing in:\n%s", a, b, hay);
    return pb > pa ? pb : NULL;
}

START_TEST(pdflayout_should_read_a_title_then_the_left_column_then_the_right)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    put_text(&c, "Wiring the Belt: Digital Silk Road Finance and Partners", 80, 60, 14, 1);
    const char *left[] = {"The left column opens the article and its", "lines run all the way down the page with",
                          "more words than a table cell would hold ok."};
    const char *right[] = {"Then the right column takes the story on", "with lines of its own, side by side with",
                           "the left one and read after it is done ok."};
    for (int i = 0; i < 3; i++) {
        put_text(&c, left[i], 50, 120 + 12 * i, 10, 0);
        put_text(&c, right[i], 320, 120 + 12 * i, 10, 0);
    }
    page_done(l, &c);
    Document doc = finish(l);
    ck_assert_ptr_nonnull(after(doc.text.data, "Partners", "The left column"));
    ck_assert_ptr_nonnull(after(doc.text.data, "table cell", "Then the right"));
    ck_assert_ptr_nonnull(strstr(doc.text.data, "opens the article and its lines run all the way down"));
    ck_assert_int_eq(document_page_at(&doc, 0), 1);
    free(c.v);
    document_free(&doc);
}
END_TEST

/* The title a first page sets apart: its largest lines, top to bottom,
 * not the subtitle, the byline or the body; none when nothing is larger
 * than the body; cut between words when it does not fit. */
START_TEST(pdflayout_should_find_the_title_the_first_page_sets_apart)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    put_text(&c, "Policy Brief No. 7", 50, 40, 9, 0);
    put_text(&c, "Cables, Clouds and Credit:", 50, 100, 20, 1);
    put_text(&c, "The Digital Silk Road in Africa", 50, 124, 20, 1);
    put_text(&c, "An assessment of 46 projects", 50, 150, 13, 0);
    for (int i = 0; i < 12; i++)
        put_text(&c, "Body text of the brief runs on for many lines here, 40 countries.", 50, 200 + 12 * i, 10, 0);
    put_text(&c, "A Much Larger Pull Quote Near The Foot", 50, 700, 24, 1);
    page_done(l, &c);
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    ck_assert_int_eq(pdflayout_finish(l, &doc), 0);
    char t[128], small[24];
    ck_assert_uint_eq(pdflayout_title(l, t, sizeof t), strlen("Cables, Clouds and Credit: The Digital Silk Road in Africa"));
    ck_assert_str_eq(t, "Cables, Clouds and Credit: The Digital Silk Road in Africa");
    ck_assert_uint_gt(pdflayout_title(l, small, sizeof small), 0);
    ck_assert_str_eq(small, "Cables, Clouds and");
    pdflayout_free(l);
    document_free(&doc);

    /* a page set in one size has no title apart from its text */
    l = pdflayout_new();
    for (int i = 0; i < 12; i++)
        put_text(&c, "Only body text on this page, line after line of it, 12 items.", 50, 100 + 12 * i, 10, 0);
    page_done(l, &c);
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    ck_assert_int_eq(pdflayout_finish(l, &doc), 0);
    ck_assert_uint_eq(pdflayout_title(l, t, sizeof t), 0);
    ck_assert_str_eq(t, "");
    pdflayout_free(l);
    document_free(&doc);
    free(c.v);
}
END_TEST

START_TEST(pdflayout_should_drop_running_heads_with_digits_and_page_numbers)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    char num[16], body[64];
    for (int p = 1; p <= 5; p++) {
        put_text(&c, "Journal of Things", 50, 40, 9, 0);
        put_text(&c, "Vol. 12 No. 3 (2024)", 430, 40, 9, 0);
        snprintf(body, sizeof body, "Body text of page %d says 40 countries signed.", p);
        put_text(&c, body, 50, 200, 10, 0);
        snprintf(num, sizeof num, "- %d -", p);
        put_text(&c, num, 290, 770, 9, 0);
        page_done(l, &c);
    }
    Document doc = finish(l);
    ck_assert_ptr_null(strstr(doc.text.data, "Vol. 12"));
    ck_assert_ptr_null(strstr(doc.text.data, "Journal of Things"));
    ck_assert_ptr_null(strstr(doc.text.data, "- 3 -"));
    for (int p = 1; p <= 5; p++) {
        snprintf(body, sizeof body, "page %d says", p);
        const char *at = strstr(doc.text.data, body);
        ck_assert_ptr_nonnull(at);
        ck_assert_int_eq(document_page_at(&doc, (size_t)(at - doc.text.data)), p);
    }
    free(c.v);
    document_free(&doc);
}
END_TEST

START_TEST(pdflayout_should_join_words_broken_at_line_ends)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    /* poppler joins "Devel-" / "opment" and drops the hyphen: one word of
     * characters on two lines */
    float x = put_glued(&c, "The National Devel", 50, 100, 10);
    (void)x;
    put_glued(&c, "opment", 50, 112, 10);
    put_char(&c, ' ', 80, 112, 10, 0);
    put_text(&c, "Commission spoke of the fifty", 84, 112, 10, 0);
    put_text(&c, "two state-owned firms and the very last", 50, 124, 10, 0);
    put_glued(&c, "items of a long list of things that are state", 50, 136, 10);
    put_glued(&c, "owned", 50, 148, 10);
    put_char(&c, ' ', 75, 148, 10, 0);
    put_text(&c, "and more words end here.", 80, 148, 10, 0);
    page_done(l, &c);
    Document doc = finish(l);
    ck_assert_msg(strstr(doc.text.data, "National Development Commission"), "%s", doc.text.data);
    ck_assert_msg(strstr(doc.text.data, "are state-owned and"), "%s", doc.text.data);
    free(c.v);
    document_free(&doc);
}
END_TEST

START_TEST(pdflayout_should_set_a_note_marker_apart_from_the_figure_before_it)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    float x = put_glued(&c, "Penetration reached 37% by 2019.", 50, 100, 10);
    /* the marker: smaller and raised, glued to the full stop */
    put_char(&c, '1', x, 96, 6, 0);
    put_char(&c, '4', x + 3, 96, 6, 0);
    put_char(&c, ' ', x + 6, 100, 10, 0);
    put_text(&c, "Programmes grew.", x + 10, 100, 10, 0);
    page_done(l, &c);
    Document doc = finish(l);
    ck_assert_msg(strstr(doc.text.data, "by 2019.\xc2\xb9\xe2\x81\xb4 Programmes"), "%s", doc.text.data);
    free(c.v);
    document_free(&doc);
}
END_TEST

START_TEST(pdflayout_should_rebuild_a_table_row_by_row)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    put_text(&c, "Internet use by country.", 50, 80, 10, 0);
    const char *rows[][3] = {{"Country", "Users (%)", "Year"}, {"Kenya", "40.8", "2022"},
                             {"Ethiopia", "19.4", "2022"}, {"Lao PDR", "64.6", "2023"}};
    for (int r = 0; r < 4; r++) {
        put_text(&c, rows[r][0], 50, 110 + 14 * r, 10, r == 0);
        put_text(&c, rows[r][1], 200, 110 + 14 * r, 10, r == 0);
        put_text(&c, rows[r][2], 320, 110 + 14 * r, 10, r == 0);
    }
    page_done(l, &c);
    Document doc = finish(l);
    const char *t = doc.text.data;
    ck_assert_msg(strstr(t, "Country    Users (%)   Year\nKenya      40.8        2022\n"), "%s", t);
    ck_assert_ptr_nonnull(strstr(t, "Lao PDR    64.6        2023"));
    free(c.v);
    document_free(&doc);
}
END_TEST

START_TEST(pdflayout_should_hold_a_footnote_until_its_paragraph_ends)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    put_text(&c, "A paragraph that starts on the first page and", 50, 600, 10, 0);
    put_text(&c, "goes on over the break of the page with the", 50, 612, 10, 0);
    put_text(&c, "1 A note at the foot of the first page.", 50, 700, 7, 0);
    page_done(l, &c);
    put_text(&c, "rest of its words on the second page today.", 50, 100, 10, 0);
    page_done(l, &c);
    Document doc = finish(l);
    const char *t = doc.text.data;
    ck_assert_msg(strstr(t, "with the rest of its words on the second page today.\n\n1 A note"), "%s", t);
    const char *note = strstr(t, "1 A note"), *rest = strstr(t, "rest of its");
    ck_assert_int_eq(document_page_at(&doc, (size_t)(rest - t)), 2);
    ck_assert_int_eq(document_page_at(&doc, (size_t)(note - t)), 1);
    free(c.v);
    document_free(&doc);
}
END_TEST

START_TEST(pdflayout_should_read_no_text_from_an_empty_page_and_ignore_wild_boxes)
{
    PdfLayout *l = pdflayout_new();
    Chars c = {0};
    page_done(l, &c);
    put_char(&c, 'x', NAN, 100, 10, 0);
    put_char(&c, 'y', 1e9f, 100, 10, 0);
    put_char(&c, 'z', 50, 100, -3, 0);
    put_char(&c, 0xFFFF, 60, 100, 10, 0);
    page_done(l, &c);
    ck_assert_uint_eq(pdflayout_page_chars(l, 0), 0);
    ck_assert_uint_eq(pdflayout_page_chars(l, 1), 1);
    Document doc = finish(l);
    ck_assert_str_eq(doc.text.data, "z\n");
    free(c.v);
    document_free(&doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pdflayout");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, pdflayout_should_read_a_title_then_the_left_column_then_the_right);
    tcase_add_test(tc, pdflayout_should_find_the_title_the_first_page_sets_apart);
    tcase_add_test(tc, pdflayout_should_drop_running_heads_with_digits_and_page_numbers);
    tcase_add_test(tc, pdflayout_should_join_words_broken_at_line_ends);
    tcase_add_test(tc, pdflayout_should_set_a_note_marker_apart_from_the_figure_before_it);
    tcase_add_test(tc, pdflayout_should_rebuild_a_table_row_by_row);
    tcase_add_test(tc, pdflayout_should_hold_a_footnote_until_its_paragraph_ends);
    tcase_add_test(tc, pdflayout_should_read_no_text_from_an_empty_page_and_ignore_wild_boxes);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

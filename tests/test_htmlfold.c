/* test_htmlfold.c — long text runs handed to gumbo folded: the tree put
 * back is gumbo's tree of the page itself, node for node (kinds, tags,
 * text, original text, offsets, attributes), on the fixture pages and on
 * markup that reads the bytes around a run differently (references, raw
 * text, comments, CDATA, attributes holding '>', tables, foreign
 * content); a run lost in a frameset is caught; a page that holds the
 * runs' own characters is not folded. */
#include "htmlfold.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *piece(void *arena, size_t n)
{
    return arena_alloc(arena, n);
}

static void unpiece(void *arena, void *p)
{
    (void)arena;
    (void)p;
}

static GumboOutput *parse(Arena *a, const char *p, size_t n)
{
    GumboOptions go = kGumboDefaultOptions;
    go.allocator = piece;
    go.deallocator = unpiece;
    go.userdata = a;
    return gumbo_parse_with_options(&go, p, n);
}

/* Two pieces of original text alike: both none, or the same bytes of
 * the page (the same address: both trees point into it). */
static void same_piece(const GumboStringPiece *x, const GumboStringPiece *y, const char *what)
{
    ck_assert_msg(x->data == y->data && x->length == y->length, "%s: %p+%zu vs %p+%zu", what, (const void *)x->data,
                  x->length, (const void *)y->data, y->length);
}

static void same_element(const GumboElement *x, const GumboElement *y)
{
    ck_assert_int_eq(x->tag, y->tag);
    ck_assert_int_eq(x->tag_namespace, y->tag_namespace);
    ck_assert_uint_eq(x->start_pos.offset, y->start_pos.offset);
    ck_assert_uint_eq(x->end_pos.offset, y->end_pos.offset);
    same_piece(&x->original_tag, &y->original_tag, "tag");
    same_piece(&x->original_end_tag, &y->original_end_tag, "end tag");
    ck_assert_uint_eq(x->attributes.length, y->attributes.length);
    for (unsigned i = 0; i < x->attributes.length; i++) {
        const GumboAttribute *a = x->attributes.data[i], *b = y->attributes.data[i];
        ck_assert_str_eq(a->name, b->name);
        ck_assert_str_eq(a->value, b->value);
        same_piece(&a->original_name, &b->original_name, "attribute name");
        same_piece(&a->original_value, &b->original_value, "attribute value");
        ck_assert_uint_eq(a->name_start.offset, b->name_start.offset);
        ck_assert_uint_eq(a->name_end.offset, b->name_end.offset);
        if (a->original_value.data != a->original_name.data)   /* else unset */
            ck_assert_uint_eq(a->value_end.offset, b->value_end.offset);
    }
    ck_assert_uint_eq(x->children.length, y->children.length);
}

/* The trees under x and y alike, node for node (walked in pre-order). */
static void same_tree(const GumboNode *x, const GumboNode *y)
{
    const GumboNode *sx[4096], *sy[4096];
    size_t n = 0;
    sx[n] = x, sy[n++] = y;
    while (n) {
        x = sx[--n], y = sy[n];
        ck_assert_int_eq(x->type, y->type);
        if (x->type != GUMBO_NODE_ELEMENT && x->type != GUMBO_NODE_TEMPLATE) {
            ck_assert_str_eq(x->v.text.text, y->v.text.text);
            same_piece(&x->v.text.original_text, &y->v.text.original_text, x->v.text.text);
            ck_assert_uint_eq(x->v.text.start_pos.offset, y->v.text.start_pos.offset);
            continue;
        }
        same_element(&x->v.element, &y->v.element);
        for (unsigned i = 0; i < x->v.element.children.length; i++) {
            ck_assert_uint_lt(n, 4096);
            sx[n] = x->v.element.children.data[i], sy[n++] = y->v.element.children.data[i];
        }
    }
}

/* Fold p, parse, restore: 0 restored (and the tree is gumbo's tree of p
 * itself), -1 refused, 1 nothing folded. */
static int fold_and_compare(const char *p, size_t n)
{
    Arena a, b;
    arena_init(&a);
    arena_init(&b);
    Fold f;
    int rc = 1;
    if (htmlfold_make(&f, p, n)) {
        ck_assert_uint_lt(f.n, n);
        GumboOutput *folded = parse(&a, f.in, f.n);
        rc = htmlfold_restore(&f, folded->root, &a);
        if (rc == 0)
            same_tree(folded->root, parse(&b, p, n)->root);
    }
    htmlfold_free(&f);
    arena_free(&a);
    arena_free(&b);
    return rc;
}

START_TEST(htmlfold_should_give_back_gumbos_own_tree_of_each_fixture_page)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/formats", CB_SOURCE_DIR);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int pages = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".html"))
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n;
        char *p = tu_read(path, &n);
        ck_assert_msg(fold_and_compare(p, n) == 0, "%s was not folded and restored", e->d_name);
        free(p);
        pages++;
    }
    closedir(d);
    ck_assert_int_ge(pages, 20);
}
END_TEST

/* Markup that reads the bytes next to a run: each page folds, restores,
 * and gives gumbo's tree of the page itself (but where a frameset drops
 * a run's characters: refused, below). */
static const char *const tricky[] = {
    "<p>Plain paragraph text, long enough to fold, and more.</p>",
    "<p>Fish &amp; chips were sold on the pier for many years</p>",
    "<p>&notit; reads as a prefix reference before more long text</p>",
    "<p>AT&T sold &ampersands and &#x41;&#66 letters for a long while</p>",
    "<title>A long title that is raw text, not to be folded</title><p>Then a paragraph long enough</p>",
    "<textarea>  long textarea text with <b>tags</b> inside it</textarea><p>After the textarea, long text</p>",
    "<p>a < b and a <3 and more text that goes on for a while</p>",
    "<div title=\"x>y long attribute text\" data-a='</div> more'>Text after the tag, long enough</div>",
    "<div class=story =odd a=b\"c b\"c=d/>Text after odd attributes, long enough</div>",
    "<!-- a comment --> text after a comment, long enough <!--> after an empty comment, long "
    "<!---> after another empty one, long enough <!-- x --!> after a bang comment, long enough",
    "<svg><![CDATA[ cdata text inside svg, long enough ]]></svg> text after the svg, long enough",
    "<math><mi>x</mi><![CDATA[ long cdata text inside math ]]> trailing text in math, long enough</math>",
    "<p><![CDATA[ bogus comment outside foreign content ]]> text after it, long enough</p>",
    "<table> stray text in a table, long enough<tr><td>Cell text long enough to fold</td> text in a row, "
    "long enough</tr></table>",
    "<table><caption>caption text long enough</caption><colgroup> text in a colgroup, long enough</table>",
    "<pre>\nFirst line of preformatted text, long enough\n</pre><listing>\nA listing line, long enough</listing>",
    "<html><head> leading blanks, then text in the head, long enough</head><body>",
    "<select><option>An option text long enough to fold</option> text in a select, long enough</select>",
    "<p>Text with \r\n CR LF and \f a form feed, long enough to fold</p>",
    "<p>Noncharacter \xef\xb7\x90 and C1 \xc2\x85 inside long text here</p>",
    "<p>Invalid \xff\xc3 bytes inside a run of text, long enough</p>",
    "<p>a]]>b long text with a bracket close in it, long enough</p>",
    "<script>var s = '--> long script text here';</script><p>After the script, long text</p>",
    "<xmp><p>raw text in xmp, long enough</p></xmp><p>After the xmp, long enough</p>",
    "<p>\xe4\xb8\xad\xe5\x9b\xbd\xe7\x9a\x84\xe7\xbd\x91\xe7\xbb\x9c\xe5\xa4\x96\xe4\xba\xa4 and long enough text</p>",
    "</>text after an empty end tag, long enough</ 3>text after a bogus comment, long enough<?pi x>after a pi, long",
    "<p>unterminated attribute, long text first <a title=\"long text that is never closed",
    "<noscript><p>noscript content long enough</p></noscript><p>After the noscript, long enough</p>",
    "<template><p>template content long enough to fold</p></template><p>After the template, long</p>",
    "<b><i>Formatting text, long enough</b> reopened by the next text, long enough</i>",
    "<p>Before a table <table><tr><td>cell</td></tr></table> after the table, long enough",
    "<a href=\"/x\">A link with text long enough<div>a block inside the link, long enough</div></a>",
    "<p>A run before the plaintext, long enough</p><plaintext> everything after is text <p> long enough </plaintext>",
    "<body>Text, long enough</body></html> text after the end of html, long enough",
    "<frameset></frameset> text after a frameset, long enough",
};

START_TEST(htmlfold_should_give_back_gumbos_own_tree_of_tricky_markup)
{
    for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
        int rc = fold_and_compare(tricky[i], strlen(tricky[i]));
        ck_assert_msg(rc == 0 || (rc == -1 && strstr(tricky[i], "frameset")), "page %zu: %d: %s", i, rc, tricky[i]);
    }
}
END_TEST

/* In a frameset gumbo keeps a run's blanks and drops its other
 * characters: the run does not come back, and the fold is refused. */
START_TEST(htmlfold_should_refuse_a_tree_that_lost_a_run)
{
    const char p[] = "<html><head></head><frameset> text in a frameset, long enough <frame></frameset>";
    ck_assert_int_eq(fold_and_compare(p, strlen(p)), -1);
}
END_TEST

/* A script's data reads '-' and '<' (its escaped states): a run taken
 * into a script is refused. Here gumbo's script goes on past the first
 * "</script>" (a double-escaped one), where this tokenizer ends it. */
START_TEST(htmlfold_should_refuse_a_run_read_into_a_script)
{
    const char p[] = "<script><!-- <script> x </script> long text still in the script </script><p>After it</p>";
    ck_assert_int_eq(fold_and_compare(p, strlen(p)), -1);
}
END_TEST

/* A run in an attribute (the tokenizers disagree where a tag ends) is
 * no run in a text node: refused. */
START_TEST(htmlfold_should_refuse_a_run_read_into_an_attribute)
{
    Fold f;
    const char p[] = "<p>Some long text before it all</p><p>And a second run of long text</p>";
    ck_assert_int_eq(htmlfold_make(&f, p, strlen(p)), 1);
    ck_assert_uint_eq(f.nruns, 2);
    /* the second run's character moved into a quoted value */
    char *in = malloc(f.n + 32);
    size_t at = f.at[1];
    memcpy(in, f.in, at);
    memcpy(in + at, "<a title=\"", 10);
    memcpy(in + at + 10, f.in + at, 4);
    memcpy(in + at + 14, "\">", 2);
    memcpy(in + at + 16, f.in + at + 4, f.n - at - 4);
    free(f.in);
    f.in = in;
    f.n += 12;
    Arena a;
    arena_init(&a);
    ck_assert_int_eq(htmlfold_restore(&f, parse(&a, f.in, f.n)->root, &a), -1);
    arena_free(&a);
    htmlfold_free(&f);
}
END_TEST

START_TEST(htmlfold_should_not_fold_a_page_holding_the_runs_characters)
{
    static const char *const pages[] = {
        "<p>A character of plane 15 \xf3\xb0\x80\x80 in a long text</p>",
        "<p>One of plane 16 as a reference &#x100000; in a long text</p>",
        "<p>One of plane 15 in decimal &#983041; in a long text</p>",
    };
    for (size_t i = 0; i < 3; i++) {
        Fold f;
        ck_assert_int_eq(htmlfold_make(&f, pages[i], strlen(pages[i])), 0);
        ck_assert_ptr_null(f.in);
        htmlfold_free(&f);
    }
    /* a reference past Unicode is U+FFFD: the page folds */
    Fold f;
    const char p[] = "<p>A reference past Unicode &#x7FFFFFFF; in a long text</p>";
    ck_assert_int_eq(htmlfold_make(&f, p, strlen(p)), 1);
    htmlfold_free(&f);
}
END_TEST

/* Only runs of at least 16 bytes, without their blanks at either end,
 * and none inside raw text. */
START_TEST(htmlfold_should_fold_only_long_runs_outside_raw_text)
{
    Fold f;
    const char p[] = "<title>A title long enough to fold</title><p>  short  </p><p>\n  A run long enough here \n</p>";
    ck_assert_int_eq(htmlfold_make(&f, p, strlen(p)), 1);
    ck_assert_uint_eq(f.nruns, 1);
    ck_assert_int_eq(strncmp(p + f.from[0], "A run long enough here", f.to[0] - f.from[0]), 0);
    ck_assert_uint_eq(f.to[0] - f.from[0], strlen("A run long enough here"));
    htmlfold_free(&f);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("htmlfold");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, htmlfold_should_give_back_gumbos_own_tree_of_each_fixture_page);
    tcase_add_test(tc, htmlfold_should_give_back_gumbos_own_tree_of_tricky_markup);
    tcase_add_test(tc, htmlfold_should_refuse_a_tree_that_lost_a_run);
    tcase_add_test(tc, htmlfold_should_refuse_a_run_read_into_a_script);
    tcase_add_test(tc, htmlfold_should_refuse_a_run_read_into_an_attribute);
    tcase_add_test(tc, htmlfold_should_not_fold_a_page_holding_the_runs_characters);
    tcase_add_test(tc, htmlfold_should_fold_only_long_runs_outside_raw_text);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

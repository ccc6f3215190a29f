/* test_doc_html.c — saved web pages: the article kept and the chrome
 * dropped, entities decoded, tables as rows, headings alone, each byte
 * of text mapped to its place in the source, other charsets, broken
 * markup, metadata, and pages that are no HTML or nest past the bound;
 * and the same reading on several threads at once, each with its batch
 * of reader processes, as in process; and the same whether the page's
 * long text runs reach gumbo folded or not. */
#include "corpus.h"
#include "doc_html.h"
#include "docwire.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static Document page(const char *html, size_t n)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    doc.name = strdup("page.html");
    doc.path = strdup("page.html");
    doc.type = DOC_HTML;
    Diag d = {0};
    ck_assert_msg(dochtml_read("page.html", html, n, &doc, &d) == 0, "%s", d.msg);
    return doc;
}

static Document fixture(const char *name, char **src, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/formats/%s", CB_SOURCE_DIR, name);
    *src = tu_read(path, n);
    ck_assert_ptr_nonnull(*src);
    return page(*src, *n);
}

START_TEST(dochtml_should_keep_the_article_and_drop_the_chrome)
{
    char *src;
    size_t n;
    Document doc = fixture("201_news_dsr.html", &src, &n);
    const char *t = doc.text.data;
    ck_assert_msg(strstr(t, "signed Digital Silk Road cooperation agreements with 24 countries"), "%s", t);
    static const char *const chrome[] = {"cookies", "847 partners", "Top 10", "COP29", "Most read", "50,000 readers",
                                         "1.2K shares", "48 comments", "techwatcher88", "Founded in 1998",
                                         "Singapore 018980", "Skip to main content", "dataLayer", "Read more",
                                         "Subscribe", "Advertisement"};
    for (size_t i = 0; i < sizeof chrome / sizeof *chrome; i++)
        ck_assert_msg(!strstr(t, chrome[i]), "'%s' was kept:\n%s", chrome[i], t);
    /* the headline is the first paragraph, on a line of its own */
    ck_assert(!strncmp(t, "Digital Silk Road reaches new markets as Beijing courts the Global South\n\n", 73));
    document_free(&doc);
    free(src);
}
END_TEST

START_TEST(dochtml_should_offer_the_pages_title_date_authors_and_address)
{
    char *src;
    size_t n;
    Document doc = fixture("202_report_connect.html", &src, &n);
    ck_assert_str_eq(doc.title, "3. Connectivity gaps and China's offer");
    ck_assert_str_eq(doc.date, "2024-11-02");
    ck_assert_str_eq(doc.authors, "Chen, Li; Okafor, Tom");
    ck_assert_str_eq(doc.publisher, "Centre for Digital Policy");
    ck_assert_str_eq(doc.url, "https://www.cdp.example/publications/2024/dsr-17");
    document_free(&doc);
    free(src);
}
END_TEST

/* Every piece of text copied from the page stands there byte for byte;
 * an entity maps to where it is written. */
START_TEST(dochtml_should_map_each_piece_of_text_to_its_source)
{
    const char html[] = "<html><body><article><h1>Digital &amp; more</h1>\n"
                        "<p>Investment rose to &euro;5&nbsp;billion in\n   2023, up 12%.</p></article></body></html>";
    Document doc = page(html, sizeof html - 1);
    ck_assert_str_eq(doc.text.data, "Digital & more\n\nInvestment rose to \xe2\x82\xac" "5\xc2\xa0" "billion in 2023, up 12%.\n");
    ck_assert_uint_gt(doc.nspans, 0);
    for (size_t i = 0; i < doc.nspans; i++) {
        const DocSpan *s = &doc.spans[i];
        int entity = html[s->src] == '&';
        if (!entity)
            ck_assert_msg(!memcmp(doc.text.data + s->text, html + s->src, s->len), "span %zu", i);
    }
    const char *t = doc.text.data;
    size_t a, b;
    const char *twelve = strstr(t, "12%");
    document_source_span(&doc, (size_t)(twelve - t), (size_t)(twelve - t) + 3, &a, &b);
    ck_assert_int_eq((int)(b - a), 3);
    ck_assert(!memcmp(html + a, "12%", 3));
    const char *euro = strstr(t, "\xe2\x82\xac");
    document_source_span(&doc, (size_t)(euro - t), (size_t)(euro - t) + 3, &a, &b);
    ck_assert(!memcmp(html + a, "&euro;", 6));
    document_free(&doc);
}
END_TEST

START_TEST(dochtml_should_write_tables_as_aligned_rows_and_headings_alone)
{
    const char html[] = "<main><h2>Connectivity</h2><p>Internet use rose across the region last year, the survey said.</p>"
                        "<table><caption>Table 1: Internet users</caption>"
                        "<tr><th>Country</th><th>Users (%)</th><th>Year</th></tr>"
                        "<tr><td>Kenya</td><td>40.8</td><td>2022</td></tr>"
                        "<tr><td>Lao PDR</td><td>64.6</td><td>2023</td></tr></table>"
                        "<ul><li>First item, 3 countries</li><li>Second item</li></ul></main>";
    Document doc = page(html, sizeof html - 1);
    ck_assert_str_eq(doc.text.data, "Connectivity\n\n"
                                    "Internet use rose across the region last year, the survey said.\n\n"
                                    "Table 1: Internet users\n"
                                    "Country   Users (%)   Year\n"
                                    "Kenya     40.8        2022\n"
                                    "Lao PDR   64.6        2023\n\n"
                                    "- First item, 3 countries\n- Second item\n");
    document_free(&doc);
}
END_TEST

START_TEST(dochtml_should_read_a_page_in_windows_1252)
{
    char *src;
    size_t n;
    Document doc = fixture("203_brief_cyber.html", &src, &n);
    const char *t = doc.text.data;
    ck_assert_ptr_nonnull(strstr(t, "Beijing\xe2\x80\x99s pitch on cyber security"));
    /* the quote mark came from one byte, 0x92, where the map says */
    const char *q = strstr(t, "\xe2\x80\x99");
    size_t a, b;
    document_source_span(&doc, (size_t)(q - t), (size_t)(q - t) + 3, &a, &b);
    ck_assert_uint_eq((unsigned char)src[a], 0x92);
    ck_assert_ptr_null(strstr(t, "Visitors"));
    ck_assert_ptr_null(strstr(t, "Helpline"));
    document_free(&doc);
    free(src);
}
END_TEST

START_TEST(dochtml_should_read_broken_markup)
{
    const char html[] = "<div class=article><p>Unclosed paragraph with 40 countries<p>Another, with <b>bold <i>and italic</b>"
                        " 12% text</div></span></td><p>Last &amp words &#x41;&#66; &bogus; here.";
    Document doc = page(html, sizeof html - 1);
    ck_assert_ptr_nonnull(strstr(doc.text.data, "Unclosed paragraph with 40 countries\n\nAnother, with bold and italic 12% text"));
    ck_assert_ptr_nonnull(strstr(doc.text.data, "Last & words AB &bogus; here."));
    document_free(&doc);
}
END_TEST

START_TEST(dochtml_should_refuse_binary_bytes_in_one_line)
{
    const char bytes[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03 gzip data";
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    ck_assert_int_eq(dochtml_read("saved.html", bytes, sizeof bytes - 1, &doc, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "saved.html");
    ck_assert_str_eq(d.msg, "not an HTML document (binary data)");
    document_free(&doc);
}
END_TEST

/* gumbo is quadratic in nesting depth: the time bound stops it, and the
 * error names the file. (The bound is lowered for the test.) */
START_TEST(dochtml_should_stop_a_page_nested_past_the_time_bound)
{
    size_t depth = 120000, n = depth * 5 + 1;
    char *html = malloc(n + 1);
    for (size_t i = 0; i < depth; i++)
        memcpy(html + 5 * i, "<div>", 5);
    html[n - 1] = 'x';
    html[n] = '\0';
    setenv("CLAIMBRIEF_READ_SECONDS", "1", 1);
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    ck_assert_int_eq(dochtml_read("deep.html", html, n, &doc, &d), CB_EINPUT);
    unsetenv("CLAIMBRIEF_READ_SECONDS");
    ck_assert_str_eq(d.file, "deep.html");
    ck_assert_str_eq(d.msg, "reading took longer than 1 s");
    document_free(&doc);
    free(html);
}
END_TEST

START_TEST(dochtml_should_warn_of_a_page_with_nothing_to_read)
{
    const char html[] = "<html><head><title>x</title><script>var a = 5;</script></head><body><nav>Home</nav></body></html>";
    Document doc = page(html, sizeof html - 1);
    ck_assert_uint_eq(doc.text.len, 0);
    ck_assert_uint_eq(doc.nwarnings, 1);
    ck_assert_str_eq(doc.warnings[0].msg, "no readable text in this page");
    document_free(&doc);
}
END_TEST

/* Scripts, styles and comments are skipped before parsing: the text
 * after them still maps to its own bytes. */
START_TEST(dochtml_should_map_text_after_skipped_scripts_and_comments)
{
    const char html[] = "<html><head><style>p{color:red}</style><script>var s = \"</p><p>99 fake\"; if (a < b) {}</script>"
                        "</head><body><!-- 12 hidden <p>comment</p> --><main><p>We counted 40 countries.</p>"
                        "<script type=\"application/json\">{\"views\": 1234}</script><p>And 7 more.</p></main></body></html>";
    Document doc = page(html, sizeof html - 1);
    ck_assert_str_eq(doc.text.data, "We counted 40 countries.\n\nAnd 7 more.\n");
    const char *t = doc.text.data;
    size_t a, b;
    const char *forty = strstr(t, "40"), *seven = strstr(t, "7 more");
    document_source_span(&doc, (size_t)(forty - t), (size_t)(forty - t) + 2, &a, &b);
    ck_assert(!memcmp(html + a, "40 countries", 12));
    document_source_span(&doc, (size_t)(seven - t), (size_t)(seven - t) + 6, &a, &b);
    ck_assert(!memcmp(html + a, "7 more", 6) && b - a == 6);
    document_free(&doc);
}
END_TEST

/* A CDATA section is skipped like a comment, in process: gumbo 0.10.1
 * asserts (and aborts) on one in a table's formula followed by text. */
START_TEST(dochtml_should_skip_cdata_sections_before_gumbo_reads_them)
{
    const char html[] = "<body><table><math><mi><![CDATA[ ]]>e</mi></math></table><svg><desc><![CDATA[x > y]]>z</desc></svg>"
                        "<p>We counted 40 countries <![CDATA[ and 99 more ]]>in all.</p></body>";
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    ck_assert_msg(dochtml_parse("page.html", html, sizeof html - 1, &doc, &d) == 0, "%s", d.msg);
    const char *t = doc.text.data, *forty = strstr(t, "40");
    ck_assert_ptr_nonnull(forty);
    ck_assert_ptr_null(strstr(t, "99"));
    size_t a, b;
    document_source_span(&doc, (size_t)(forty - t), (size_t)(forty - t) + 2, &a, &b);
    ck_assert(!memcmp(html + a, "40", 2));
    document_free(&doc);
}
END_TEST

/* A page in GB2312 (declared), in ISO-2022-JP (a shift state) or in
 * UTF-16 (a BOM) reads as UTF-8, each character mapped to its bytes. */
START_TEST(dochtml_should_read_pages_in_other_charsets)
{
    static const char gb[] = "<meta charset=\"gb2312\"><p>\xd6\xd0\xb9\xfa 17 countries signed, officials said.</p>";
    Document doc = page(gb, sizeof gb - 1);
    ck_assert_str_eq(doc.text.data, "\xe4\xb8\xad\xe5\x9b\xbd 17 countries signed, officials said.\n");
    size_t a, b;
    document_source_span(&doc, 7, 9, &a, &b);   /* "17" */
    ck_assert(!memcmp(gb + a, "17", 2));
    document_free(&doc);
    static const char jis[] = "<meta charset=\"iso-2022-jp\"><p>\x1b$BF|K\\\x1b(B 17 countries signed, officials said.</p>";
    doc = page(jis, sizeof jis - 1);
    ck_assert_str_eq(doc.text.data, "\xe6\x97\xa5\xe6\x9c\xac 17 countries signed, officials said.\n");
    document_free(&doc);
    const char *u = "<p>17 countries signed, officials said.</p>";
    size_t un = strlen(u);
    char *u16 = malloc(2 * un + 2);
    u16[0] = (char)0xFF, u16[1] = (char)0xFE;
    for (size_t i = 0; i < un; i++)
        u16[2 + 2 * i] = u[i], u16[3 + 2 * i] = 0;
    doc = page(u16, 2 * un + 2);
    ck_assert_str_eq(doc.text.data, "17 countries signed, officials said.\n");
    document_source_span(&doc, 0, 2, &a, &b);
    ck_assert_uint_eq(a, 2 + 2 * 3);   /* after the BOM and "<p>" */
    document_free(&doc);
    free(u16);
}
END_TEST

/* Each fixture page, then a windows-1252 one (iconv in the reader), read
 * in a batch and in process: the same Document, byte for byte. Returns
 * how many differ. */
static void *read_all(void *arg)
{
    long *pages = arg;
    long differ = 0;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/formats", CB_SOURCE_DIR);
    corpus_batch_begin();
    for (int round = 0; round < 2; round++) {
        DIR *dp = opendir(dir);
        for (struct dirent *e; dp && (e = readdir(dp));) {
            size_t l = strlen(e->d_name);
            if (l < 6 || strcmp(e->d_name + l - 5, ".html"))
                continue;
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            size_t n;
            char *src = tu_read(path, &n);
            static const char w1252[] = "<meta charset=\"windows-1252\"><p>Caf\xe9 prices rose 12% in 2023, officials said.</p>";
            const char *bytes[2] = {src, w1252};
            size_t lens[2] = {n, sizeof w1252 - 1};
            for (int k = 0; k < 2; k++) {
                Document a, b;
                memset(&a, 0, sizeof a);
                memset(&b, 0, sizeof b);
                buf_init(&a.text, 0);
                buf_init(&b.text, 0);
                Diag d = {0};
                Buf ea, eb;
                buf_init(&ea, 0);
                buf_init(&eb, 0);
                if (dochtml_read(e->d_name, bytes[k], lens[k], &a, &d) == 0 &&
                    dochtml_parse(e->d_name, bytes[k], lens[k], &b, &d) == 0) {
                    docwire_encode(&a, &ea);
                    docwire_encode(&b, &eb);
                }
                int bad = !ea.len || ea.len != eb.len || memcmp(ea.data, eb.data, ea.len);
                if (bad)   /* say which, and why, for a run that fails once in many */
                    fprintf(stderr, "%s (%s): %s\n", e->d_name, k ? "windows-1252 page" : "as is",
                            d.code ? d.msg : "read in a batch and in process differ");
                differ += bad;
                buf_free(&ea);
                buf_free(&eb);
                document_free(&a);
                document_free(&b);
            }
            free(src);
            ++*pages;
        }
        if (dp)
            closedir(dp);
    }
    corpus_batch_end();
    return (void *)differ;
}

START_TEST(dochtml_should_read_the_same_on_several_threads_each_with_its_batch)
{
    pthread_t t[3];
    long pages[3] = {0, 0, 0};
    for (int k = 0; k < 3; k++)
        ck_assert_int_eq(pthread_create(&t[k], NULL, read_all, &pages[k]), 0);
    for (int k = 0; k < 3; k++) {
        void *differ;
        pthread_join(t[k], &differ);
        ck_assert_int_eq((long)differ, 0);
        /* (a thread that found no page compared nothing: tests/formats
         * holds 21 pages, read twice) */
        ck_assert_int_ge(pages[k], 40);
    }
    ck_assert(waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD);
}
END_TEST

/* The Document as bytes (its wire form), or the error. */
static void read_as_bytes(int folded, const char *name, const char *p, size_t n, Buf *as)
{
    Document doc;
    memset(&doc, 0, sizeof doc);
    buf_init(&doc.text, 0);
    Diag d = {0};
    if ((folded ? dochtml_parse : dochtml_parse_unfolded)(name, p, n, &doc, &d) == 0)
        docwire_encode(&doc, as);
    else
        buf_puts(as, d.msg);
    document_free(&doc);
}

/* Long text runs reach gumbo folded (htmlfold.h): the reading is the
 * same, byte for byte, as of the page handed to gumbo as it is. Each
 * fixture page, as saved and with its article repeated (the text-heavy
 * pages of bench_docs), and the fuzz target's seed pages. */
START_TEST(dochtml_should_read_the_same_with_long_text_runs_folded_or_not)
{
    static const char *const dirs[] = {"tests/formats", "tests/fuzz/corpus/html"};
    int pages = 0;
    for (int k = 0; k < 2; k++) {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s/%s", CB_SOURCE_DIR, dirs[k]);
        DIR *dp = opendir(dir);
        ck_assert_ptr_nonnull(dp);
        for (struct dirent *e; (e = readdir(dp));) {
            if (e->d_name[0] == '.' || (!k && !strstr(e->d_name, ".html")))
                continue;
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            size_t n;
            char *src = tu_read(path, &n);
            ck_assert_ptr_nonnull(src);
            Buf page;
            buf_init(&page, 0);
            buf_append(&page, src, n);
            const char *a = strstr(src, "<p>"), *b = a ? strstr(a, "</p>") : NULL;
            for (int round = 0; round < 2; round++) {
                Buf x, y;
                buf_init(&x, 0);
                buf_init(&y, 0);
                read_as_bytes(1, e->d_name, page.data, page.len, &x);
                read_as_bytes(0, e->d_name, page.data, page.len, &y);
                ck_assert_msg(x.len == y.len && !memcmp(x.data, y.data, x.len), "%s (round %d) reads differently",
                              e->d_name, round);
                buf_free(&x);
                buf_free(&y);
                pages++;
                if (!a || !b)
                    break;
                /* the first paragraph's text and the rest again, 50 times */
                buf_reset(&page);
                buf_append(&page, src, (size_t)(b - src));
                for (int r = 0; r < 50; r++)
                    buf_append(&page, a, (size_t)(src + n - a));
            }
            buf_free(&page);
            free(src);
        }
        closedir(dp);
    }
    ck_assert_int_ge(pages, 40);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("doc_html");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, dochtml_should_keep_the_article_and_drop_the_chrome);
    tcase_add_test(tc, dochtml_should_offer_the_pages_title_date_authors_and_address);
    tcase_add_test(tc, dochtml_should_map_each_piece_of_text_to_its_source);
    tcase_add_test(tc, dochtml_should_skip_cdata_sections_before_gumbo_reads_them);
    tcase_add_test(tc, dochtml_should_map_text_after_skipped_scripts_and_comments);
    tcase_add_test(tc, dochtml_should_write_tables_as_aligned_rows_and_headings_alone);
    tcase_add_test(tc, dochtml_should_read_a_page_in_windows_1252);
    tcase_add_test(tc, dochtml_should_read_pages_in_other_charsets);
    tcase_add_test(tc, dochtml_should_read_broken_markup);
    tcase_add_test(tc, dochtml_should_refuse_binary_bytes_in_one_line);
    tcase_add_test(tc, dochtml_should_stop_a_page_nested_past_the_time_bound);
    tcase_add_test(tc, dochtml_should_warn_of_a_page_with_nothing_to_read);
    tcase_add_test(tc, dochtml_should_read_the_same_on_several_threads_each_with_its_batch);
    tcase_add_test(tc, dochtml_should_read_the_same_with_long_text_runs_folded_or_not);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

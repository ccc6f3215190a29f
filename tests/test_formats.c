/* test_formats.c — the same documents as text, PDF and web page give the
 * same claims.
 *
 * tests/formats/ holds PDF (groff -ms: two columns, hyphenation, running
 * heads with digits, footnotes, tables, several pages) and HTML (three
 * site templates with menus, cookie banners, share counts, comment
 * threads and footers, all with numbers in them) renditions of text
 * documents of tests/cls and tests/blind (tests/formats/MANIFEST,
 * tests/formats/mkfixtures.py). For each, extract runs on the text and
 * on each rendition, and the claims are matched by value, bounds, unit
 * and qualifier:
 *   - at least 95% of the text's claims are found in each rendition;
 *   - every PDF claim's text stands on the page it is cited on (as
 *     pdftotext, another reader, shows that page);
 *   - no claim of a web page comes from its chrome: a claim the text
 *     lacks must stand in a sentence made of the text's words.
 */
#include "claim.h"
#include "corpus.h"
#include "extract.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MANIFEST CB_SOURCE_DIR "/tests/formats/MANIFEST"

static Metrics *metrics;

static int sink(const Claim *c, void *ctx)
{
    Claim copy;
    claim_copy(&copy, c);
    claimlist_push(ctx, &copy);
    return 0;
}

/* The claims of the files (paths, '+'-separated) without curation. */
static ClaimList extract_all(const char *paths)
{
    ClaimList l = {0};
    char *dup = strdup(paths), *save = NULL;
    for (char *p = strtok_r(dup, "+", &save); p; p = strtok_r(NULL, "+", &save)) {
        char full[1024];
        snprintf(full, sizeof full, "%s/%s", CB_SOURCE_DIR, p);
        char *one[1] = {full};
        ExtractOptions o = {.metrics = metrics};
        Diag d = {0};
        ck_assert_msg(extract_paths(&o, one, 1, sink, &l, &d) == 0, "%s: %s", full, d.msg);
    }
    free(dup);
    return l;
}

static int same_num(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

static int same_claim(const Claim *a, const Claim *b)
{
    return same_num(a->value, b->value) && same_num(a->low, b->low) && same_num(a->high, b->high) &&
           a->qual == b->qual && !strcmp(a->unit, b->unit);
}

/* Match the text's claims against a rendition's: *found of the text's
 * claims have a partner; used[i] marks the rendition's partnered ones. */
static size_t match(const ClaimList *txt, const ClaimList *got, char *used)
{
    size_t found = 0;
    for (size_t i = 0; i < txt->n; i++)
        for (size_t k = 0; k < got->n; k++)
            if (!used[k] && same_claim(&txt->v[i], &got->v[k])) {
                used[k] = 1;
                found++;
                break;
            }
    return found;
}

/* Text made comparable: letters and digits lower-cased, every other run
 * one blank (pdftotext and claimbrief differ in spaces, quotes, dashes). */
static char *fold(const char *s)
{
    size_t n = strlen(s), k = 0;
    char *o = malloc(n + 2);
    o[k++] = ' ';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c >= 0x80)
            o[k++] = (char)tolower(c);
        else if (o[k - 1] != ' ')
            o[k++] = ' ';
    }
    o[k] = '\0';
    return o;
}

/* Letters and digits alone, lower-cased: how a claim's text is found in
 * a page's (pdftotext joins a word broken at a line end, "two-" "thirds",
 * into "twothirds"; claimbrief keeps a spelled number's hyphen). */
static char *squeeze(const char *s)
{
    size_t n = strlen(s), k = 0;
    char *o = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)
            o[k++] = (char)tolower((unsigned char)s[i]);
    o[k] = '\0';
    return o;
}

/* The text of page p of pdf as pdftotext reads it, squeezed; the last
 * page read is kept (claims come in page order, nearly). */
static const char *page_text(const char *pdf, int p)
{
    static char *last_pdf, *last_text;
    static int last_page;
    if (last_pdf && !strcmp(last_pdf, pdf) && last_page == p)
        return last_text;
    char *dir = tu_tmpdir("formats_page");
    char out[1200];
    snprintf(out, sizeof out, "%s/p.txt", dir);
    ck_assert_int_eq(tu_sh("pdftotext -q -f %d -l %d '%s' '%s'", p, p, pdf, out), 0);
    char *raw = tu_read(out, NULL);
    free(last_pdf);
    free(last_text);
    last_pdf = strdup(pdf);
    last_page = p;
    last_text = squeeze(raw ? raw : "");
    free(raw);
    free(dir);
    return last_text;
}

/* Does the sentence consist (70% at least) of the text's words? */
static int words_of(const char *sentence, const char *folded_txt)
{
    char *s = fold(sentence);
    int words = 0, known = 0;
    for (char *w = strtok(s, " "); w; w = strtok(NULL, " ")) {
        if (strlen(w) < 3 || isdigit((unsigned char)w[0]))
            continue;
        char key[256];
        snprintf(key, sizeof key, " %s ", w);
        words++;
        known += strstr(folded_txt, key) != NULL;
    }
    free(s);
    return words == 0 || known * 10 >= words * 7;
}

static char *read_sources(const char *paths)
{
    Buf all;
    buf_init(&all, 0);
    char *dup = strdup(paths), *save = NULL;
    for (char *p = strtok_r(dup, "+", &save); p; p = strtok_r(NULL, "+", &save)) {
        char full[1024];
        snprintf(full, sizeof full, "%s/%s", CB_SOURCE_DIR, p);
        char *t = tu_read(full, NULL);
        buf_puts(&all, t ? t : "");
        buf_puts(&all, "\n");
        free(t);
    }
    free(dup);
    char *f = fold(all.data);
    buf_free(&all);
    return f;
}

START_TEST(renditions_should_give_the_claims_of_the_text)
{
    Diag d = {0};
    ck_assert_int_eq(metrics_load(CB_SOURCE_DIR "/data/metrics.csv", &metrics, &d), 0);
    char *man = tu_read(MANIFEST, NULL);
    ck_assert_ptr_nonnull(man);
    size_t total = 0, found[2] = {0, 0}, pages_ok = 0, pages_checked = 0, chrome = 0, docs = 0;
    int max_page = 0;
    char *save = NULL;
    for (char *line = strtok_r(man, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char name[128], src[1024];
        if (line[0] == '#' || sscanf(line, "%127s %1023s", name, src) != 2)
            continue;
        docs++;
        ClaimList txt = extract_all(src);
        char *folded_txt = read_sources(src);
        total += txt.n;
        static const char *const ext[2] = {"pdf", "html"};
        for (int f = 0; f < 2; f++) {
            char rel[256];
            snprintf(rel, sizeof rel, "tests/formats/%s.%s", name, ext[f]);
            ClaimList got = extract_all(rel);
            char *used = calloc(got.n + 1, 1);
            size_t k = match(&txt, &got, used);
            found[f] += k;
            /* a document well below the floor is a regression on its own */
            ck_assert_msg(k * 10 >= txt.n * 8, "%s: %zu of %zu claims", rel, k, txt.n);
            for (size_t i = 0; i < got.n; i++) {
                const Claim *c = &got.v[i];
                if (f == 0) {
                    /* cited on the page that shows it */
                    ck_assert_msg(c->page >= 1, "%s: claim '%s' has no page", rel, c->text);
                    if (c->page > max_page)
                        max_page = c->page;
                    char pdf[1100];
                    snprintf(pdf, sizeof pdf, "%s/%s", CB_SOURCE_DIR, rel);
                    const char *pt = page_text(pdf, c->page);
                    char *ct = squeeze(c->text);
                    pages_checked++;
                    /* a claim running over a column or page break ("US$ 65 /
                     * million") has its first figure on its page, where
                     * pdftotext may read the rest elsewhere */
                    size_t h = strcspn(ct, "0123456789");
                    h += strspn(ct + h, "0123456789");
                    char *head = strndup(ct, h);
                    const char *at = h && strlen(ct) > h ? strstr(pt, head) : NULL;
                    if (strstr(pt, ct) || at)
                        pages_ok++;
                    else
                        fprintf(stderr, "%s: '%s' not on page %d\n", rel, c->text, c->page);
                    free(head);
                    free(ct);
                } else {
                    ck_assert_int_eq(c->page, 0);
                    if (!used[i] && !words_of(c->sentence, folded_txt)) {
                        chrome++;
                        fprintf(stderr, "%s: claim '%s' from the page's chrome: %s\n", rel, c->text,
                                c->sentence);
                    }
                }
            }
            free(used);
            claimlist_free(&got);
        }
        free(folded_txt);
        claimlist_free(&txt);
    }
    printf("formats: %zu documents, %zu claims in the text; PDF %zu (%.1f%%), HTML %zu (%.1f%%); "
           "PDF pages right %zu/%zu (up to page %d); claims from chrome %zu\n",
           docs, total, found[0], 100.0 * (double)found[0] / (double)total, found[1],
           100.0 * (double)found[1] / (double)total, pages_ok, pages_checked, max_page, chrome);
    ck_assert_uint_ge(docs, 20);
    ck_assert_uint_ge(found[0] * 100, total * 95);
    ck_assert_uint_ge(found[1] * 100, total * 95);
    ck_assert_uint_eq(pages_ok, pages_checked);
    ck_assert_int_ge(max_page, 8);
    ck_assert_uint_eq(chrome, 0);
    free(man);
    metrics_free(metrics);
}
END_TEST

static Document read_doc(const char *rel)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/formats/%s", CB_SOURCE_DIR, rel);
    Document doc;
    Diag d = {0};
    ck_assert_msg(corpus_read(path, &doc, &d) == 0, "%s: %s", path, d.msg);
    return doc;
}

/* The journal's head ("Digital Silk Road Review ... Vol. 12 No. 3
 * (2024)") and footer ("- 4 -"), the report's ("Connectivity Report 2025
 * ... Chapter 3", "ITU Publications ... Page 7") stand on every page but
 * the first: none is read. */
START_TEST(running_heads_and_page_numbers_should_not_be_read)
{
    static const char *const docs[] = {"journal_issue.pdf", "annual_report.pdf"};
    static const char *const furniture[] = {"Vol. 12 No. 3", "Digital Silk Road Review", "Connectivity Report 2025",
                                            "ITU Publications", "Page 7", "- 4 -", "\xe2\x80\x93 4 \xe2\x80\x93"};
    for (size_t i = 0; i < 2; i++) {
        Document doc = read_doc(docs[i]);
        ck_assert_int_ge(doc.page_count, 8);
        for (size_t k = 0; k < sizeof furniture / sizeof *furniture; k++)
            ck_assert_msg(!strstr(doc.text.data, furniture[k]), "%s: '%s' was read", docs[i], furniture[k]);
        document_free(&doc);
    }
}
END_TEST

/* Footnote markers are superscripts, apart from the figures they follow
 * ("by 2023.¹⁴", not 2023.14); words broken at line ends are whole; a
 * spelled number keeps its hyphen. */
START_TEST(markers_and_broken_words_should_read_as_written)
{
    Document doc = read_doc("journal_issue.pdf");
    ck_assert_ptr_nonnull(strstr(doc.text.data, "penetration reached about 37% by 2023."));
    ck_assert_ptr_null(strstr(doc.text.data, "2023.14"));
    ck_assert_ptr_nonnull(strstr(doc.text.data, "understanding (number)"));
    document_free(&doc);
    doc = read_doc("315_speech_transcript.pdf");
    ck_assert_ptr_nonnull(strstr(doc.text.data, "fifty-two"));
    document_free(&doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("formats");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, renditions_should_give_the_claims_of_the_text);
    tcase_add_test(tc, running_heads_and_page_numbers_should_not_be_read);
    tcase_add_test(tc, markers_and_broken_words_should_read_as_written);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

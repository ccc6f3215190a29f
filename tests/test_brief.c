/* test_brief.c — the PDF brief, checked with the tools a reader's PDF
 * software agrees with (qpdf, poppler), and its failure modes. */
#include "brief.h"
#include "bsect.h"
#include "compare.h"
#include "reference.h"
#include "fixtures.h"
#include "testutil.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EPOCH "SOURCE_DATE_EPOCH=1764000000"

/* A project copy with the fixture claims (the seed gold's core claims)
 * and the findings `claimbrief compare` makes of them. */
static char *project(const char *tag)
{
    char *dir = tu_tmpdir(tag);
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("cp '%s/tests/fixtures/brief/claims.csv' '%s/data/claims.csv'",
                           CB_SOURCE_DIR, dir), 0);
    const char *argv[] = { "compare", NULL };
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "compare failed: %s", r.err);
    tu_run_free(&r);
    return dir;
}

static void make_brief(const char *dir)
{
    const char *env[] = { EPOCH, NULL };
    const char *argv[] = { "brief", NULL };
    Run r = tu_run(dir, NULL, env, argv);
    ck_assert_msg(r.status == 0, "brief failed: %s", r.err);
    ck_assert_str_eq(r.err, "");
    tu_run_free(&r);
}

/* Output of a shell command (stderr dropped); caller frees. */
static char *sh_out(const char *fmt, const char *dir)
{
    char cmd[2048], out[1100];
    snprintf(out, sizeof out, "%s/cmd.out", dir);
    snprintf(cmd, sizeof cmd, fmt, dir);
    tu_sh("%s > '%s' 2>/dev/null", cmd, out);
    char *s = tu_read(out, NULL);
    ck_assert_ptr_nonnull(s);
    return s;
}

/* Collapse runs of white space to one space (pdftotext breaks lines). */
static void squash(char *s)
{
    char *o = s;
    int sp = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\f' || *s == '\r') {
            sp = 1;
            continue;
        }
        if (sp && o != s)
            *o++ = ' ';
        sp = 0;
        *o++ = *s;
    }
    *o = 0;
}

/* Every word pdftotext finds lies inside the page's margins (56 pt left
 * and right, under the footer): nothing overflows its box or the page. */
static void check_margins(const char *dir, const char *pdf, double pw, double ph)
{
    char fmt[1200];
    snprintf(fmt, sizeof fmt, "pdftotext -bbox '%%s/%s' -", pdf);
    char *x = sh_out(fmt, dir);
    int words = 0;
    for (char *p = x; (p = strstr(p, "<word xMin=\"")); p++) {
        double x0, y0, x1, y1;
        ck_assert_int_eq(sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"",
                                &x0, &y0, &x1, &y1), 4);
        char *end = strchr(p, '<' ) ? strstr(p, "</word>") : NULL;
        ck_assert_msg(x0 >= 55.5 && x1 <= pw - 55.5 && y0 >= 20 && y1 <= ph - 20,
                      "word outside the margins at (%.1f,%.1f)-(%.1f,%.1f): %.40s", x0, y0, x1, y1,
                      end ? strchr(p, '>') + 1 : p);
        words++;
    }
    ck_assert_int_gt(words, 500);
    free(x);
}

/* Replace the project's claims with n copies of the fixture's, the
 * sentences made long, Chinese, or one unbroken 300-byte token. */
static void stress_claims(const char *dir, size_t n)
{
    ClaimList l;
    Diag d = { 0 };
    ck_assert_int_eq(claims_load("tests/fixtures/brief/claims.csv", &l, &d), 0);
    Buf b;
    buf_init(&b, 0);
    claims_write_header(&b);
    for (size_t i = 0; i < n; i++) {
        Claim c;
        claim_copy(&c, &l.v[i % l.n]);
        snprintf(c.id, sizeof c.id, "%016zx", i + 1);
        c.start += i * 1000;
        c.end += i * 1000;
        free(c.sentence);
        Buf s;
        buf_init(&s, 0);
        if (i % 7 == 3)
            for (int k = 0; k < 12; k++)
                buf_puts(&s, "“话语权” — the right to speak, and the power of discourse: "
                             "中国网一点号 reports that 数字丝绸之路 spans 17 countries. ");
        else if (i % 7 == 5)
            for (int k = 0; k < 300; k++)
                buf_putc(&s, (char)('a' + k % 26));
        else
            buf_puts(&s, l.v[i % l.n].sentence);
        c.sentence = buf_take(&s, NULL);
        if (i % 11 == 4) {
            c.origin = ORIGIN_CORRECTED;
            snprintf(c.note, sizeof c.note, "checked against the report");
        }
        if (i % 5 == 2)
            snprintf(c.source, sizeof c.source, "International Telecommunication Union and the "
                     "United Nations Office on Drugs and Crime");
        claims_write_row(&b, &c);
        claim_fini(&c);
    }
    char path[1100];
    snprintf(path, sizeof path, "%s/data/claims.csv", dir);
    tu_write(path, b.data, b.len);
    buf_free(&b);
    claimlist_free(&l);
}

START_TEST(a_long_table_should_stay_inside_the_margins_on_a4_and_letter)
{
    char *dir = project("brief_stress");
    stress_claims(dir, 240);
    const char *env[] = { EPOCH, NULL };
    const char *a4[] = { "brief", NULL };
    Run r = tu_run(dir, NULL, env, a4);
    ck_assert_msg(r.status == 0, "brief failed: %s", r.err);
    tu_run_free(&r);
    check_margins(dir, "reports/brief.pdf", 595.276, 841.89);
    const char *letter[] = { "brief", "--paper", "letter", "-o", "reports/letter.pdf", NULL };
    r = tu_run(dir, NULL, env, letter);
    ck_assert_msg(r.status == 0, "brief failed: %s", r.err);
    tu_run_free(&r);
    check_margins(dir, "reports/letter.pdf", 612, 792);
    /* The table's header is repeated on every page it runs over. */
    char *txt = sh_out("pdftotext '%s/reports/brief.pdf' -", dir);
    int heads = 0;
    for (char *p = txt; (p = strstr(p, "Place and year")); p++)
        heads++;
    ck_assert_int_ge(heads, 8);
    ck_assert_ptr_nonnull(strstr(txt, "240"));
    ck_assert_ptr_nonnull(strstr(txt, "Corrected by the analyst (data/curation.csv): checked"));
    free(txt);
    ck_assert_int_eq(tu_sh("cd '%s' && qpdf --check reports/brief.pdf >/dev/null 2>&1", dir), 0);
    free(dir);
}
END_TEST

START_TEST(brief_should_pass_qpdf_and_embed_and_subset_every_font)
{
    char *dir = project("brief_fonts");
    make_brief(dir);
    ck_assert_int_eq(tu_sh("cd '%s' && qpdf --check reports/brief.pdf >/dev/null 2>&1", dir), 0);
    char *fonts = sh_out("pdffonts '%s/reports/brief.pdf'", dir);
    int n = 0;
    for (char *line = strtok(fonts, "\n"); line; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "name", 4) || !strncmp(line, "----", 4))
            continue;
        n++;
        ck_assert_msg(strstr(line, " yes yes "), "font not embedded and subset: %s", line);
    }
    ck_assert_int_eq(n, 4);   /* Noto Sans regular, bold, italic; LXGW WenKai */
    free(fonts);
    char *imgs = sh_out("pdfimages -list '%s/reports/brief.pdf' | tail -n +3 | wc -l", dir);
    ck_assert_int_eq(atoi(imgs), 0);
    free(imgs);
    free(dir);
}
END_TEST

START_TEST(brief_should_show_key_numbers_findings_sources_and_chinese)
{
    char *dir = project("brief_text");
    make_brief(dir);
    check_margins(dir, "reports/brief.pdf", 595.276, 841.89);
    char *txt = sh_out("pdftotext -enc UTF-8 '%s/reports/brief.pdf' -", dir);
    squash(txt);
    static const char *const want[] = {
        "more than $6 trillion a year", "$79 billion", "$79 million", "5.4 billion people",
        "more than 900 million people", "Corpus: 5 documents, 15 claims, ",
        "中国网一点号", "CONSISTENT", "page 1 of", "Method and caveats",
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_assert_msg(strstr(txt, want[i]), "brief lacks \"%s\"", want[i]);
    /* Every finding's statement, every source's title. */
    FindingList fl;
    Diag d = { 0 };
    char path[1100];
    snprintf(path, sizeof path, "%s/reports/findings.csv", dir);
    ck_assert_int_eq(findings_load(path, &fl, &d), 0);
    ck_assert_uint_ge(fl.n, 4);
    char line[64];
    size_t shown = 0;   /* the notes of what was left out are no findings */
    for (size_t i = 0; i < fl.n; i++)
        shown += fl.v[i].kind != FK_EXCLUDED;
    snprintf(line, sizeof line, "15 claims, %zu findings", shown);
    ck_assert_msg(strstr(txt, line), "brief lacks \"%s\"", line);
    int africa = 0;
    for (size_t i = 0; i < fl.n; i++) {
        char *s = strdup(fl.v[i].statement);
        squash(s);
        ck_assert_msg(strstr(txt, s), "brief lacks finding \"%s\"", s);
        africa += fl.v[i].verdict == V_INCONSISTENT && strstr(s, "Africa") != NULL;
        free(s);
    }
    /* one sentence's 6 million households and 900 million people are no
     * contradiction of each other (sidebyside.h) */
    ck_assert_msg(africa == 0, "the Africa broadband pair of one sentence is marked inconsistent");
    findinglist_free(&fl);
    SourceList sl;
    ck_assert_int_eq(sources_load("data/corpus/sources.csv", &sl, &d), 0);
    for (size_t i = 0; i < sl.n; i++) {
        char *s = strdup(sl.v[i].title);
        squash(s);
        /* Titles wrap: look for the first 40 bytes, cut at a space. */
        size_t k = strlen(s) > 40 ? 40 : strlen(s);
        while (k < strlen(s) && s[k] != ' ')
            k--;
        s[k] = 0;
        ck_assert_msg(strstr(txt, s), "brief lacks source \"%s\"", s);
        ck_assert_msg(strstr(txt, sl.v[i].file), "brief lacks file %s", sl.v[i].file);
        free(s);
    }
    sources_free(&sl);
    free(txt);
    free(dir);
}
END_TEST

START_TEST(brief_should_have_its_pages_and_one_bookmark_per_section)
{
    char *dir = project("brief_outline");
    make_brief(dir);
    char *np = sh_out("qpdf --show-npages '%s/reports/brief.pdf'", dir);
    int pages = atoi(np);
    ck_assert_int_ge(pages, 8);
    ck_assert_int_le(pages, 24);
    char *txt = sh_out("pdftotext '%s/reports/brief.pdf' -", dir);
    char last[64];
    snprintf(last, sizeof last, "page %d of %d", pages, pages);
    ck_assert_msg(strstr(txt, last), "no \"%s\" footer", last);
    squash(txt);
    char *ol = sh_out("qpdf --json --json-key=outlines '%s/reports/brief.pdf' | grep '\"title\"'", dir);
    /* numbered sections, and the cover's references name real ones */
    static const char *const sections[] = { "1 Executive summary", "2 Findings", "3 Charts",
                                            "4 The figures, metric by metric", "Appendix A Claims",
                                            "Appendix B Sources", "Appendix C Method and caveats" };
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) {
        ck_assert_msg(strstr(ol, sections[i]), "no bookmark \"%s\"", sections[i]);
        ck_assert_msg(strstr(txt, sections[i]), "no heading \"%s\"", sections[i]);
    }
    ck_assert_msg(strstr(ol, "4.1 "), "no bookmark for a metric's section");
    ck_assert_ptr_nonnull(strstr(txt, "(Appendix A; the whole"));
    ck_assert_ptr_null(strstr(txt, "section 5"));
    /* the claims table travels inside the PDF */
    char *att = sh_out("pdfdetach -list '%s/reports/brief.pdf'", dir);
    ck_assert_msg(strstr(att, "claims.csv"), "no attachment: %s", att);
    free(att);
    ck_assert_int_eq(tu_sh("cd '%s' && pdfdetach -save 1 -o att.csv reports/brief.pdf && "
                           "cmp -s att.csv data/claims.csv", dir), 0);
    /* poppler reads every ToUnicode map without a word (libharu's own
     * map made it warn "Invalid 'begincidrange' operator") */
    ck_assert_int_eq(tu_sh("cd '%s' && pdftotext reports/brief.pdf /dev/null 2>&1 | grep -q .", dir), 1);
    char *info = sh_out("pdfinfo '%s/reports/brief.pdf'", dir);
    ck_assert_ptr_nonnull(strstr(info, "Title:           Numbers in the documents"));
    ck_assert_ptr_nonnull(strstr(info, "Keywords:"));
    ck_assert_ptr_nonnull(strstr(info, "CreationDate:"));
    free(info);
    free(np);
    free(txt);
    free(ol);
    free(dir);
}
END_TEST

START_TEST(brief_should_be_byte_identical_across_runs)
{
    char *dir = project("brief_repro");
    make_brief(dir);
    ck_assert_int_eq(tu_sh("cp '%s/reports/brief.pdf' '%s/first.pdf'", dir, dir), 0);
    make_brief(dir);
    ck_assert_int_eq(tu_sh("cmp -s '%s/reports/brief.pdf' '%s/first.pdf'", dir, dir), 0);
    /* Without SOURCE_DATE_EPOCH there is no CreationDate at all. */
    const char *argv[] = { "brief", "-o", "reports/undated.pdf", NULL };
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    tu_run_free(&r);
    char *info = sh_out("pdfinfo '%s/reports/undated.pdf'", dir);
    ck_assert_ptr_null(strstr(info, "CreationDate"));
    free(info);
    free(dir);
}
END_TEST

/* Run brief in dir with env; expect status and an error line starting
 * with prefix, and the earlier brief unchanged. */
static void expect_failure(const char *dir, const char *env1, const char *const *argv, int status,
                           const char *prefix)
{
    ck_assert_int_eq(tu_sh("cp '%s/reports/brief.pdf' '%s/before.pdf'", dir, dir), 0);
    const char *env[] = { EPOCH, env1, NULL };
    Run r = tu_run(dir, NULL, env, argv);
    ck_assert_msg(r.status == status, "status %d, stderr %s", r.status, r.err);
    ck_assert_msg(!strncmp(r.err, prefix, strlen(prefix)), "stderr: %s", r.err);
    char *nl = strchr(r.err, '\n');
    ck_assert_msg(nl && nl[1] == 0, "not one line: %s", r.err);
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cmp -s '%s/reports/brief.pdf' '%s/before.pdf'", dir, dir), 0);
    ck_assert_int_eq(tu_sh("ls '%s/reports' | grep -q tmp", dir), 1);
}

START_TEST(failed_runs_should_leave_the_earlier_brief_untouched)
{
    char *dir = project("brief_fail");
    make_brief(dir);
    const char *brief[] = { "brief", NULL };
    /* A full disk. */
    expect_failure(dir, "CLAIMBRIEF_FAULT=flush", brief, 3, "claimbrief: ");
    /* An output folder that does not exist. */
    const char *bad_out[] = { "brief", "-o", "no/such/dir/brief.pdf", NULL };
    expect_failure(dir, NULL, bad_out, 3, "claimbrief: ");
    /* Bad data. */
    ck_assert_int_eq(tu_sh("cd '%s' && cp data/claims.csv claims.bak && "
                           "printf 'id,doc\\n1,2,3\\n' > data/claims.csv", dir), 0);
    expect_failure(dir, NULL, brief, 1, "claimbrief: data/claims.csv");
    ck_assert_int_eq(tu_sh("cd '%s' && mv claims.bak data/claims.csv", dir), 0);
    /* A corrupt font (in a copy: fonts/ is a link to the source tree). */
    ck_assert_int_eq(tu_sh("cd '%s' && rm fonts && cp -r '%s/fonts' fonts && "
                           "head -c 5000 /dev/urandom > fonts/NotoSans-Bold.ttf", dir, CB_SOURCE_DIR), 0);
    expect_failure(dir, NULL, brief, 1, "claimbrief: fonts/NotoSans-Bold.ttf: not a usable font");
    /* A missing font. */
    ck_assert_int_eq(tu_sh("cd '%s' && rm fonts/NotoSans-Bold.ttf", dir), 0);
    expect_failure(dir, NULL, brief, 1, "claimbrief: fonts/NotoSans-Bold.ttf: ");
    free(dir);
}
END_TEST

START_TEST(brief_should_reject_bad_options)
{
    char *dir = project("brief_usage");
    const char *a1[] = { "brief", "--paper", "a3", NULL };
    Run r = tu_run(dir, NULL, NULL, a1);
    ck_assert_int_eq(r.status, 2);
    ck_assert_ptr_nonnull(strstr(r.err, "unknown paper 'a3'"));
    tu_run_free(&r);
    const char *a2[] = { "brief", "--paper", "letter", "-o", "reports/letter.pdf", NULL };
    r = tu_run(dir, NULL, NULL, a2);
    ck_assert_int_eq(r.status, 0);
    tu_run_free(&r);
    char *info = sh_out("pdfinfo '%s/reports/letter.pdf'", dir);
    ck_assert_ptr_nonnull(strstr(info, "612 x 792"));
    free(info);
    free(dir);
}
END_TEST


/* One claim whose sentence holds n distinct CJK characters (U+4E00 on,
 * every stride-th), alone or between Latin words; the brief rendered in
 * process. The count of distinct glyphs in the CJK font's subset is what
 * made libharu fail on save (error 0x1033) for one count in ~1,000. */
static int brief_with_cjk(const Fonts *fonts, int n, int stride, int latin, Diag *d)
{
    ClaimList cl = { 0 };
    Claim c;
    claim_init(&c);
    snprintf(c.id, sizeof c.id, "%016x", n);
    snprintf(c.doc, sizeof c.doc, "zh.txt");
    snprintf(c.unit, sizeof c.unit, "people");
    c.value = 1090000000;
    c.text = xstrdup("10.9亿");
    Buf s;
    buf_init(&s, 0);
    for (int i = 0; i < n; i++) {
        unsigned cp = 0x4E00 + (unsigned)(i * stride);
        char u[4] = { (char)(0xE0 | cp >> 12), (char)(0x80 | (cp >> 6 & 0x3F)),
                      (char)(0x80 | (cp & 0x3F)), 0 };
        buf_puts(&s, u);
        if (latin && i % 5 == 4)
            buf_puts(&s, " Latin words, 2024: ");
    }
    c.sentence = buf_take(&s, NULL);
    claimlist_push(&cl, &c);
    FindingList fl = { 0 };
    SourceList sl = { 0 };
    BriefInputs in = { .claims = &cl, .findings = &fl, .sources = &sl, .fonts = fonts,
                       .ndocs = 1, .date = 1764000000, .date_is_fixed = 1 };
    Buf pdf;
    int rc = brief_render(&in, &pdf, d);
    if (rc == 0 && (pdf.len < 1000 || memcmp(pdf.data, "%PDF", 4) != 0))
        rc = diag_set(d, CB_EWRITE, NULL, 0, "not a PDF");
    buf_free(&pdf);
    claimlist_free(&cl);
    return rc;
}

START_TEST(brief_should_save_with_any_count_of_distinct_chinese_characters)
{
    Fonts *fonts = tu_chart.fonts;
    Diag d = { 0 };
    /* Alone, consecutive characters (failed at 254 without the fix with
     * the hand-written subsetter, at 796 with HarfBuzz's); between Latin
     * words, every 7th character (failed at 60 with the hand-written). */
    for (int latin = 0; latin < 2; latin++)
        for (int n = 1; n <= (latin ? 600 : 800); n++) {
            int stride = latin ? 7 : 1;
            int rc = brief_with_cjk(fonts, n, stride, latin, &d);
            ck_assert_msg(rc == 0, "%d distinct characters (stride %d%s): %s", n, stride,
                          latin ? ", with Latin" : "", d.msg);
        }
}
END_TEST

/* The text of the brief of claims cl (no findings, no bibliography) from
 * ndocs documents, as pdftotext reads it, white space squashed. Caller
 * frees. */
static char *brief_text_with(ClaimList *cl, const FindingList *findings, const ReferenceList *refs,
                             size_t ndocs, const char *name)
{
    Fonts *fonts = tu_chart.fonts;
    Diag d = { 0 };
    FindingList none = { 0 };
    const FindingList *fl = findings ? findings : &none;
    SourceList sl = { 0 };
    ChartInputs ci = { cl, fl, NULL, fonts, NULL, NULL, NULL, NULL };
    ChartPlan *plan = chart_plan_make(&ci);
    BriefInputs in = { .claims = cl, .findings = fl, .sources = &sl, .fonts = fonts, .references = refs,
                       .plan = plan, .ndocs = ndocs, .date = 1764000000, .date_is_fixed = 1 };
    Buf pdf;
    ck_assert_int_eq(brief_render(&in, &pdf, &d), 0);
    char *dir = tu_tmpdir(name);
    char path[1100];
    snprintf(path, sizeof path, "%s/b.pdf", dir);
    tu_write(path, pdf.data, pdf.len);
    buf_free(&pdf);
    char *txt = sh_out("pdftotext -enc UTF-8 '%s/b.pdf' -", dir);
    squash(txt);
    chart_plan_free(plan);
    free(dir);
    return txt;
}

static char *brief_text_of(ClaimList *cl, size_t ndocs, const char *name)
{
    return brief_text_with(cl, NULL, NULL, ndocs, name);
}

/* The last part of a long chart is as tall as its rows: its notes and
 * sources follow its last row closely, never under a part's height of
 * empty plot. */
START_TEST(a_charts_last_part_should_be_as_tall_as_its_rows)
{
    Fonts *fonts = tu_chart.fonts;
    Diag d = { 0 };
    ClaimList cl = { 0 };
    size_t n = 30;
    for (size_t i = 0; i < n; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016zx", i + 1);
        snprintf(c.doc, sizeof c.doc, "d%02zu.txt", i);
        snprintf(c.metric, sizeof c.metric, "data_center_cost");
        snprintf(c.scope, sizeof c.scope, "zplace%02zu", i);
        snprintf(c.unit, sizeof c.unit, "USD");
        c.value = 5e7 + 1e6 * (double)i, c.low = NAN, c.high = NAN, c.qual = Q_EXACT, c.year = 2023;
        c.text = xstrdup("$50 million");
        c.sentence = xstrdup("The figure.");
        claimlist_push(&cl, &c);
    }
    FindingList fl = { 0 };
    SourceList sl = { 0 };
    ChartInputs ci = { &cl, &fl, NULL, fonts, NULL, NULL, NULL, NULL };
    ChartPlan *plan = chart_plan_make(&ci);
    BriefInputs in = { .claims = &cl, .findings = &fl, .sources = &sl, .fonts = fonts,
                       .plan = plan, .ndocs = n, .date = 1764000000, .date_is_fixed = 1 };
    Buf pdf;
    ck_assert_int_eq(brief_render(&in, &pdf, &d), 0);
    char *dir = tu_tmpdir("brief_part_height");
    char path[1100];
    snprintf(path, sizeof path, "%s/b.pdf", dir);
    tu_write(path, pdf.data, pdf.len);
    buf_free(&pdf);
    char *x = sh_out("pdftotext -bbox '%s/b.pdf' -", dir);
    /* the last row's label (Zplace29, on the chart's last part), then the
     * next line under it at the label column: the chart's notes */
    char *page = NULL, *lab = NULL;
    for (char *p = x; !page && (p = strstr(p, "<page ")); p++) {
        char *next = strstr(p + 1, "<page "), *at = strstr(p, ">Zplace29,"), *cap = strstr(p, ">here)");
        if (at && cap && (!next || (at < next && cap < next)))
            page = p;   /* the page of the chart's last part, with its caption */
    }
    ck_assert_ptr_nonnull(page);
    lab = strstr(page, ">Zplace29,");
    char *w = lab;
    while (w > page && strncmp(w, "<word", 5))
        w--;
    double lx0, ly0, lx1, ly1;
    ck_assert_int_eq(sscanf(w, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &lx0, &ly0, &lx1, &ly1), 4);
    char *end = strstr(page + 1, "<page ");
    double below = 1e9;
    for (char *p = page; (p = strstr(p, "<word xMin=\"")) && (!end || p < end); p++) {
        double x0, y0, x1, y1;
        ck_assert_int_eq(sscanf(p, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &x0, &y0, &x1, &y1), 4);
        if (y0 > ly1 + 1 && x0 < lx0 + 8 && y0 < below)
            below = y0;
    }
    ck_assert_msg(below - ly1 < 40, "%.0f pt of empty plot under the last part's last row", below - ly1);
    free(x);
    chart_plan_free(plan);
    claimlist_free(&cl);
    free(dir);
}
END_TEST

/* Hedges stay words where the brief states a figure: "roughly a third"
 * is "about a third", not "33.33%"; a range is "10–15%", not "12.5%";
 * and a key figure says its place and year. */
START_TEST(figures_should_keep_their_hedges_in_words_and_their_place)
{
    ClaimList cl = { 0 };
    static const struct { const char *text, *metric, *scope, *unit; double v, lo, hi; Qualifier q; int year; } rows[] = {
        { "a third", "offline_share", "global", "%", 33.333333, 31.67, 35, Q_APPROX, 2023 },
        { "10-15%", "value_chain_improvement", "asean", "%", 12.5, 10, 15, Q_RANGE, 2022 },
        { "1.09 billion", "internet_users", "china", "people", 1.09e9, NAN, NAN, Q_EXACT, 2023 },
    };
    for (size_t i = 0; i < 3; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016zx", i + 1);
        snprintf(c.doc, sizeof c.doc, "a.txt");
        snprintf(c.metric, sizeof c.metric, "%s", rows[i].metric);
        snprintf(c.scope, sizeof c.scope, "%s", rows[i].scope);
        snprintf(c.unit, sizeof c.unit, "%s", rows[i].unit);
        c.value = rows[i].v, c.low = rows[i].lo, c.high = rows[i].hi, c.qual = rows[i].q;
        c.year = rows[i].year;
        c.text = xstrdup(rows[i].text);
        char sent[200];
        snprintf(sent, sizeof sent, "The report says %s%s.", i == 0 ? "roughly " : "",
                 rows[i].text);
        c.sentence = xstrdup(sent);
        claimlist_push(&cl, &c);
    }
    char *txt = brief_text_of(&cl, 1, "brief_hedges");
    ck_assert_msg(strstr(txt, "roughly a third") || strstr(txt, "about a third"),
                  "no \"roughly a third\"");
    ck_assert_msg(strstr(txt, "10\xE2\x80\x93" "15%"), "no \"10-15%%\"");
    ck_assert_msg(!strstr(txt, "33.33"), "a third as digits");
    ck_assert_msg(!strstr(txt, "12.5%"), "a range as its midpoint");
    ck_assert_msg(strstr(txt, "China, 2023"), "the key figure has no place");
    free(txt);
    claimlist_free(&cl);
}
END_TEST

/* China's internet users in 2023 as documents d0.txt, d1.txt, ... give
 * them: one exact claim of v[i] people each. */
static void push_china_users(ClaimList *cl, const double *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016zx", i + 1);
        snprintf(c.doc, sizeof c.doc, "d%zu.txt", i);
        snprintf(c.metric, sizeof c.metric, "internet_users");
        snprintf(c.scope, sizeof c.scope, "china");
        snprintf(c.unit, sizeof c.unit, "people");
        c.value = v[i], c.low = NAN, c.high = NAN, c.qual = Q_EXACT, c.year = 2023;
        char text[64];
        snprintf(text, sizeof text, "%g", v[i]);
        c.text = xstrdup(text);
        c.sentence = xstrdup("The figure.");
        claimlist_push(cl, &c);
    }
}

/* A place and year may hold several quantities (all users, new users,
 * one region's): the key figure is the one most documents agree on, not
 * the median of all, and the others are counted. */
START_TEST(a_key_figure_should_be_the_figure_documents_agree_on)
{
    ClaimList cl = { 0 };
    static const double v[] = { 5e6, 20e6, 21e6, 300e6, 1.08e9, 1.09e9, 1.092e9 };
    push_china_users(&cl, v, sizeof v / sizeof v[0]);
    char *txt = brief_text_of(&cl, 7, "brief_keys");
    char *key = strstr(txt, "Key figures");
    ck_assert_ptr_nonnull(key);
    char *end = strstr(key, "2 Findings");   /* the key figures, not the claims table after */
    ck_assert_ptr_nonnull(end);
    *end = '\0';
    ck_assert_msg(strstr(key, "1.09 billion people"), "the agreed figure is not the key figure");
    ck_assert_msg(strstr(key, "3 documents give this place and year: 1.08 billion people to 1.092 billion people"),
                  "the agreeing documents are not counted");
    ck_assert_msg(strstr(key, "4 other figures for this place and year differ"), "the others are not counted");
    ck_assert_msg(!strstr(key, "300 million people"), "the median of all figures is shown");
    free(txt);
    claimlist_free(&cl);
}
END_TEST

/* A claim of sum v (text, unit) of metric for place and year, in doc. */
static void push_sum(ClaimList *cl, const char *id, const char *doc, const char *metric, const char *scope,
                     int year, double v, const char *unit, const char *text)
{
    Claim *c = tu_push_claim(cl, id, doc, metric, scope, year, v, unit, text);
    free(c->sentence);
    c->sentence = xstrdup("The figure.");
}

/* The key figures' part of a brief's text (cut in place). */
static char *key_part(char *txt)
{
    char *key = strstr(txt, "Key figures");
    ck_assert_ptr_nonnull(key);
    char *end = strstr(key, "2 Findings");
    ck_assert_ptr_nonnull(end);
    *end = '\0';
    return key;
}

/* A figure the findings leave out of its quantity's agreement (its
 * document gives several disagreeing figures for the place and year) is
 * no key figure either: the key figure is another document's, and the
 * left-out figures are counted among those that differ. */
START_TEST(a_key_figure_should_be_one_the_findings_compare)
{
    ClaimList cl = { 0 };
    push_sum(&cl, "00000000000000a9", "a.txt", "dsr_investment", "global", 2018, 17e9, "USD", "$17 billion");
    push_sum(&cl, "00000000000000a2", "a.txt", "dsr_investment", "global", 2018, 50e9, "USD", "$50 billion");
    push_sum(&cl, "00000000000000a3", "b.txt", "dsr_investment", "global", 2018, 17e9, "USD", "$17 billion");
    CompareInputs cin = { .claims = &cl };
    FindingList fl = { 0 };
    Diag d = { 0 };
    ck_assert_int_eq(compare_run(&cin, &fl, &d), 0);
    int left_out = 0;
    for (size_t i = 0; i < fl.n; i++)
        left_out |= fl.v[i].excluded && strstr(fl.v[i].excluded, "several disagreeing figures: 00000000000000a9") != NULL;
    ck_assert_msg(left_out, "the findings no longer leave a.txt's figures out");
    char *txt = brief_text_with(&cl, &fl, NULL, 2, "brief_key_elig");
    char *key = key_part(txt);
    ck_assert_msg(strstr(key, "claim 3") && !strstr(key, "claim 1 "),
                  "the key figure is a.txt's, which the findings leave out: %s", key);
    ck_assert_msg(strstr(key, "2 other figures for this place and year differ"), "%s", key);
    free(txt);
    findinglist_free(&fl);
    claimlist_free(&cl);
}
END_TEST

/* A tension of one finding (f's fields, statement st). */
static void push_tension(FindingList *fl, const char *id, double v, double other, const char *st)
{
    Finding f;
    finding_init(&f);
    snprintf(f.id, sizeof f.id, "%s", id);
    f.kind = FK_AGREEMENT;
    f.verdict = V_TENSION;
    f.value = v, f.other_value = other;
    snprintf(f.unit, sizeof f.unit, "USD");
    f.statement = xstrdup(st);
    findinglist_push(fl, &f);
}

/* The summary names tensions between figures of one order before those
 * between figures many times apart, which more likely measure two
 * things: one document's ransom takings against the world's cost of
 * cybercrime is no headline. */
START_TEST(the_summary_should_name_far_apart_tensions_last)
{
    ClaimList cl = { 0 };
    FindingList fl = { 0 };
    push_tension(&fl, "agreement:far", 8e12, 1.25e9, "Farapart figures disagree.");
    push_tension(&fl, "agreement:near", 20, 18, "Nearby figures disagree.");
    char *txt = brief_text_with(&cl, &fl, NULL, 2, "brief_far_apart");
    char *sum = strstr(txt, "Tensions");
    ck_assert_ptr_nonnull(sum);
    char *near = strstr(sum, "Nearby figures"), *far = strstr(sum, "Farapart figures");
    ck_assert_msg(near && far && near < far, "the near tension does not come first: %.300s", sum);
    free(txt);
    findinglist_free(&fl);
    claimlist_free(&cl);
}
END_TEST

/* A key figure in another currency says its US dollars beside it, at
 * its year's rate, as the findings do. */
START_TEST(a_key_figure_in_another_currency_should_say_its_dollars)
{
    static const char refs_csv[] = "id,value,low,high,unit,scope,year,citation,cite,note\n"
                                   "kes_per_usd,101.3,,,KES per USD,kenya,2018,World Bank WDI,WDI,\n";
    ReferenceList refs;
    Diag d = { 0 };
    ck_assert_int_eq(reference_load_mem("reference.csv", refs_csv, strlen(refs_csv), &refs, &d), 0);
    ClaimList cl = { 0 };
    push_sum(&cl, "00000000000000b1", "a.txt", "data_center_cost", "kenya", 2018, 17.5e9, "KES", "Sh17.5 billion");
    push_sum(&cl, "00000000000000b2", "b.txt", "data_center_cost", "kenya", 2018, 17.5e9, "KES", "Sh17.5 billion");
    char *txt = brief_text_with(&cl, NULL, &refs, 2, "brief_key_usd");
    char *key = key_part(txt);
    ck_assert_msg(strstr(key, "17.5 billion KES") && strstr(key, "about $173 million at 2018\xE2\x80\x99s rate"),
                  "%s", key);
    free(txt);
    claimlist_free(&cl);
    referencelist_free(&refs);
}
END_TEST

/* A figure of a part of the population (urban areas) is another
 * group's, an aim no measure: never of the key figure's agreeing run,
 * however near, and counted among the others. */
START_TEST(a_key_figure_should_leave_out_parts_and_aims)
{
    ClaimList cl = { 0 };
    static const double v[] = { 1.0e9, 1.03e9, 1.05e9, 1.092e9 };
    push_china_users(&cl, v, sizeof v / sizeof v[0]);
    snprintf(cl.v[0].context, sizeof cl.v[0].context, "part: urban areas");
    snprintf(cl.v[1].context, sizeof cl.v[1].context, "an aim");
    char *txt = brief_text_of(&cl, 4, "brief_keys_parts");
    char *key = strstr(txt, "Key figures");
    ck_assert_ptr_nonnull(key);
    char *end = strstr(key, "2 Findings");
    ck_assert_ptr_nonnull(end);
    *end = '\0';
    ck_assert_msg(strstr(key, "2 documents give this place and year: 1.05 billion people to 1.092 billion people"),
                  "a part or an aim in the run: %s", key);
    ck_assert_msg(!strstr(key, "other figures for this place and year differ"), "the others: %s", key);
    ck_assert_msg(strstr(key, "2 other figures for this place and year are of a part of the population or an aim"),
                  "the parts and aims: %s", key);
    free(txt);
    claimlist_free(&cl);
}
END_TEST

/* Documents that all give one figure are counted with it once ("3
 * documents give this place and year: 1.092 billion people", not "...
 * to 1.092 billion people"), and one other figure differs (not
 * "differ"). */
START_TEST(a_key_figure_all_documents_give_should_be_said_once)
{
    ClaimList cl = { 0 };
    static const double v[] = { 1.092e9, 1.092e9, 1.092e9, 5e6 };
    push_china_users(&cl, v, sizeof v / sizeof v[0]);
    char *txt = brief_text_of(&cl, 4, "brief_keys_once");
    char *key = strstr(txt, "Key figures");
    ck_assert_ptr_nonnull(key);
    char *end = strstr(key, "2 Findings");
    ck_assert_ptr_nonnull(end);
    *end = '\0';
    ck_assert_msg(strstr(key, "3 documents give this place and year: 1.092 billion people"), "not counted: %s", key);
    ck_assert_msg(!strstr(key, "1.092 billion people to"), "one figure said as a range: %s", key);
    ck_assert_msg(strstr(key, "1 other figure for this place and year differs"), "verb: %s", key);
    free(txt);
    claimlist_free(&cl);
}
END_TEST

/* A corpus of 1,500 documents and 15,000 claims: the brief stays a brief
 * (at most 60 pages), says the rest is attached, and keeps every part. */
START_TEST(the_brief_of_a_big_corpus_should_stay_under_sixty_pages)
{
    Fonts *fonts = tu_chart.fonts;
    Diag d = { 0 };
    ClaimList cl = { 0 };
    SourceList sl = { 0 };
    static const char *const metrics[] = { "internet_users", "internet_penetration",
                                           "dsr_investment", "data_center_cost", "" };
    static const char *const places[] = { "global", "africa", "kenya", "china", "" };
    for (size_t i = 0; i < 15000; i++) {
        Claim c;
        claim_init(&c);
        snprintf(c.id, sizeof c.id, "%016zx", i + 1);
        snprintf(c.doc, sizeof c.doc, "%04zu.txt", i / 10);
        const char *m = metrics[i % 5];
        snprintf(c.metric, sizeof c.metric, "%s", m);
        snprintf(c.unit, sizeof c.unit, "%s", i % 5 == 1 ? "%" : i % 5 >= 2 && i % 5 <= 3 ? "USD"
                                             : i % 5 == 0 ? "people" : (i % 7 ? "km" : "officials"));
        c.value = i % 5 == 1 ? 20 + (double)(i % 60) : 1e6 * (double)(1 + i % 97);
        c.qual = (Qualifier)(i % 3 == 0 ? Q_APPROX : Q_EXACT);
        snprintf(c.scope, sizeof c.scope, "%s", places[(i / 5) % 5]);
        c.year = i % 4 ? 2015 + (int)(i % 10) : 0;
        c.text = xstrdup("1 million");
        c.sentence = xstrdup("A sentence of a document with 1 million of something in it, "
                             "long enough to wrap over a line of the claims table or two.");
        claimlist_push(&cl, &c);
    }
    sl.v = xcalloc(1500, sizeof *sl.v);
    for (size_t i = 0; i < 1500; i++) {
        Source *s = &sl.v[sl.n++];
        char f[32], t[64], u[64];
        snprintf(f, sizeof f, "%04zu.txt", i);
        snprintf(t, sizeof t, "Report number %zu on the Digital Silk Road", i);
        snprintf(u, sizeof u, "https://example.org/report/%zu", i);
        /* one block per row, at file, as sources_load makes it (sources.h) */
        const char *parts[] = { f, t, "A. Author", "A Publisher", "2024-01-01", u };
        size_t len[6], total = 0;
        for (size_t k = 0; k < 6; k++)
            total += (len[k] = strlen(parts[k])) + 1;
        char *block = xmalloc(total), *at = block;
        char **field[] = { &s->file, &s->title, &s->authors, &s->publisher, &s->date, &s->url };
        for (size_t k = 0; k < 6; k++) {
            memcpy(at, parts[k], len[k] + 1);
            *field[k] = at;
            at += len[k] + 1;
        }
    }
    sl.byname = xmalloc(1500 * sizeof *sl.byname);
    for (size_t i = 0; i < 1500; i++)
        sl.byname[i] = i;   /* the names are in order already */
    FindingList fl = { 0 };
    ChartInputs ci = { &cl, &fl, &sl, fonts, NULL, NULL, NULL, NULL };
    ChartPlan *plan = chart_plan_make(&ci);
    BriefInputs in = { .claims = &cl, .findings = &fl, .sources = &sl, .fonts = fonts,
                       .plan = plan, .ndocs = 1500, .date = 1764000000, .date_is_fixed = 1 };
    Buf pdf;
    ck_assert_int_eq(brief_render(&in, &pdf, &d), 0);
    char *dir = tu_tmpdir("brief_big");
    char path[1100];
    snprintf(path, sizeof path, "%s/big.pdf", dir);
    tu_write(path, pdf.data, pdf.len);
    buf_free(&pdf);
    char *np = sh_out("qpdf --show-npages '%s/big.pdf'", dir);
    ck_assert_int_le(atoi(np), BRIEF_MAX_PAGES);
    ck_assert_int_ge(atoi(np), 20);
    free(np);
    char *txt = sh_out("pdftotext '%s/big.pdf' -", dir);
    squash(txt);
    ck_assert_ptr_nonnull(strstr(txt, "of the 15000 claims of the corpus"));
    ck_assert_ptr_nonnull(strstr(txt, "4.1 "));
    ck_assert_ptr_nonnull(strstr(txt, "The documents this brief cites")
                          ? strstr(txt, "documents this brief cites") : strstr(txt, "cites"));
    free(txt);
    /* the sources are clickable */
    ck_assert_int_eq(tu_sh("cd '%s' && qpdf --qdf --object-streams=disable big.pdf q.pdf && "
                           "grep -q '/URI (https://example.org/report/' q.pdf", dir), 0);
    chart_plan_free(plan);
    claimlist_free(&cl);
    sources_free(&sl);
    free(dir);
}
END_TEST

/* A claim's place in the brief: a province with its country. */
START_TEST(a_place_within_a_country_should_be_named_with_its_country)
{
    Claim c;
    claim_init(&c);
    char out[96];
    snprintf(c.scope, sizeof c.scope, "china");
    c.year = 2023;
    brief_place_year(&c, out, sizeof out);
    ck_assert_str_eq(out, "China, 2023");
    snprintf(c.area, sizeof c.area, "guangxi");
    brief_place_year(&c, out, sizeof out);
    ck_assert_str_eq(out, "Guangxi, China, 2023");
    c.year = 0;
    snprintf(c.area, sizeof c.area, "inner mongolia");
    brief_place_year(&c, out, sizeof out);
    ck_assert_str_eq(out, "Inner Mongolia, China, year not stated");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("brief");
    TCase *tc = tcase_create("brief");
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, a_place_within_a_country_should_be_named_with_its_country);
    tcase_add_test(tc, brief_should_pass_qpdf_and_embed_and_subset_every_font);
    tcase_add_test(tc, brief_should_show_key_numbers_findings_sources_and_chinese);
    tcase_add_test(tc, brief_should_have_its_pages_and_one_bookmark_per_section);
    tcase_add_test(tc, brief_should_be_byte_identical_across_runs);
    tcase_add_test(tc, failed_runs_should_leave_the_earlier_brief_untouched);
    tcase_add_test(tc, brief_should_reject_bad_options);
    tcase_add_test(tc, a_long_table_should_stay_inside_the_margins_on_a4_and_letter);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("big");
    tcase_add_unchecked_fixture(big, tu_fonts_load, tu_fonts_unload);
    tcase_set_timeout(big, 120);
    tcase_add_test(big, the_brief_of_a_big_corpus_should_stay_under_sixty_pages);
    tcase_add_test(big, figures_should_keep_their_hedges_in_words_and_their_place);
    tcase_add_test(big, a_charts_last_part_should_be_as_tall_as_its_rows);
    tcase_add_test(big, a_key_figure_should_be_the_figure_documents_agree_on);
    tcase_add_test(big, a_key_figure_all_documents_give_should_be_said_once);
    tcase_add_test(big, a_key_figure_should_leave_out_parts_and_aims);
    tcase_add_test(big, a_key_figure_should_be_one_the_findings_compare);
    tcase_add_test(big, a_key_figure_in_another_currency_should_say_its_dollars);
    tcase_add_test(big, the_summary_should_name_far_apart_tensions_last);
    suite_add_tcase(s, big);
    TCase *cjk = tcase_create("cjk");
    tcase_add_unchecked_fixture(cjk, tu_fonts_load, tu_fonts_unload);
    tcase_set_timeout(cjk, 240);
    tcase_add_test(cjk, brief_should_save_with_any_count_of_distinct_chinese_characters);
    suite_add_tcase(s, cjk);
    return tu_run_suite(s);
}

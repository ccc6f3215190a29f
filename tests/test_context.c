/* test_context.c — what a document says beyond a claim's sentence, driven
 * by data: tests/context/NAME.test holds documents with their
 * bibliography and the fields each claim must get (the format is at the
 * top of documents.test). Also the pieces the context is made of: a
 * title's year, a note's mark and body, a date's relative years. */
#include "context.h"
#include "docinfo.h"
#include "homeplace.h"
#include "extract.h"
#include "metrics.h"
#include "notes.h"
#include "sources.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

#define M tu_metrics   /* the default metrics table (testutil.h) */

typedef struct Rows {
    Claim v[64];
    size_t n;
} Rows;

static int keep(const Claim *c, void *ctx)
{
    Rows *r = ctx;
    if (r->n < 64)
        claim_copy(&r->v[r->n++], c);
    return 0;
}

/* One case: its bibliography, document and expected rows (raw lines). */
typedef struct Case {
    char name[200];
    char title[300], date[40], publisher[200], authors[200], url[200];
    Buf doc;
    char rows[32][400];
    int nrows, line;
} Case;

/* Run a case; append what is wrong to errs. */
static void check_case(const char *file, Case *k, Buf *errs)
{
    Source src = {.file = "case.txt", .title = k->title, .authors = k->authors, .publisher = k->publisher,
                  .date = k->date, .url = k->url};
    SourceList bib = {.v = &src, .n = 1, .cap = 1};
    int has_bib = k->title[0] || k->date[0] || k->publisher[0] || k->authors[0] || k->url[0];
    ExtractOptions o = {.metrics = M, .sources = has_bib ? &bib : NULL, .no_sources = !has_bib};
    Rows r = {.n = 0};
    Diag d = {0};
    const char *text = k->doc.len ? k->doc.data : "";
    ck_assert_int_eq(extract_document(&o, "case.txt", text, k->doc.len, keep, &r, NULL, &d), 0);
    size_t from = 0;
    for (int i = 0; i < k->nrows; i++) {
        char *f[7] = {0};
        char line[400];
        snprintf(line, sizeof line, "%s", k->rows[i]);
        int nf = 0;
        for (char *s = line; nf < 7; nf++) {
            f[nf] = s;
            char *bar = strchr(s, '|');
            if (!bar) {
                nf++;
                break;
            }
            *bar = 0;
            s = bar + 1;
        }
        int has_metric = f[6] != NULL;   /* a seventh cell: the metric */
        for (int j = 0; j < 7; j++)
            if (f[j])
                tu_trim(f[j]);
            else
                f[j] = "";
        /* the claim whose span is f[0], at or after the last one found */
        const Claim *c = NULL;
        for (size_t j = from; j < r.n && !c; j++)
            if (!strcmp(r.v[j].text, f[0]))
                c = &r.v[j], from = j + 1;
        if (!c) {
            buf_printf(errs, "%s:%d: %s: no claim '%s'\n", file, k->line, k->name, f[0]);
            continue;
        }
        /* "2023" the year alone; "2023-06" the year and its month,
         * "2023-" the year and no month */
        char year[16] = "";
        if (c->year && c->month && strchr(f[3], '-'))
            snprintf(year, sizeof year, "%d-%02d", c->year, c->month);
        else if (c->year && strchr(f[3], '-'))
            snprintf(year, sizeof year, "%d-", c->year);
        else if (c->year)
            snprintf(year, sizeof year, "%d", c->year);
        /* the place as the case writes it: "kenya", or a country's area
         * "china/guangxi" */
        char place[140];
        snprintf(place, sizeof place, "%s%s%s", c->scope, c->area[0] ? "/" : "", c->area);
        int ok = !strcmp(c->unit, f[1]) && !strcmp(place, f[2]) && !strcmp(year, f[3]) &&
                 !strcmp(c->source, f[4]) &&
                 (!strcmp(f[5], "*") || (f[5][0] == '!' ? !strstr(c->context, f[5] + 1)
                                                         : strstr(c->context, f[5]) != NULL) ||
                  (!f[5][0] && !c->context[0])) &&
                 (!has_metric || !strcmp(c->metric, f[6]));
        if (!ok)
            buf_printf(errs, "%s:%d: %s: '%s' got %s | %s | %s | %s | %s | %s; want %s | %s | %s | %s | %s | %s\n",
                       file, k->line, k->name, f[0], c->unit, place, year, c->source, c->context, c->metric,
                       f[1], f[2], f[3], f[4], f[5], has_metric ? f[6] : "(any)");
    }
    /* and no claim the case does not list */
    size_t listed = 0;
    for (int i = 0; i < k->nrows; i++)
        listed++;
    if (r.n != listed)
        buf_printf(errs, "%s:%d: %s: %zu claims, %zu listed\n", file, k->line, k->name, r.n, listed);
    for (size_t j = 0; j < r.n; j++)
        claim_fini(&r.v[j]);
}

static int run_file(const char *path, Buf *errs)
{
    FILE *fp = fopen(path, "r");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    char line[4096];
    Case k;
    int state = 0, cases = 0, lineno = 0;   /* 0 none, 1 header, 2 document, 3 rows */
    memset(&k, 0, sizeof k);
    for (;;) {
        char *got = fgets(line, sizeof line, fp);
        lineno += got != NULL;
        if (!got || !strncmp(line, "=== ", 4)) {
            if (state) {
                check_case(path, &k, errs);
                buf_free(&k.doc);
                cases++;
            }
            if (!got)
                break;
            memset(&k, 0, sizeof k);
            buf_init(&k.doc, 0);
            snprintf(k.name, sizeof k.name, "%.190s", line + 4);
            tu_trim(k.name);
            k.line = lineno;
            state = 1;
            continue;
        }
        if (state == 0 || (line[0] == '#' && state != 2))
            continue;
        if (!strncmp(line, "---", 3) && (line[3] == '\n' || !line[3])) {
            state = state == 1 ? 2 : 3;
            continue;
        }
        if (state == 1) {
            char *colon = strchr(line, ':');
            if (!colon)
                continue;
            *colon = 0;
            char *v = colon + 1;
            tu_trim(v);
            if (!strcmp(line, "title"))
                snprintf(k.title, sizeof k.title, "%.290s", v);
            else if (!strcmp(line, "date"))
                snprintf(k.date, sizeof k.date, "%.30s", v);
            else if (!strcmp(line, "publisher"))
                snprintf(k.publisher, sizeof k.publisher, "%.190s", v);
            else if (!strcmp(line, "authors"))
                snprintf(k.authors, sizeof k.authors, "%.190s", v);
            else if (!strcmp(line, "url"))
                snprintf(k.url, sizeof k.url, "%.190s", v);
        } else if (state == 2) {
            buf_puts(&k.doc, line);
        } else if (line[0] != '\n' && k.nrows < 32) {
            snprintf(k.rows[k.nrows++], sizeof k.rows[0], "%.390s", line);
        }
    }
    fclose(fp);
    return cases;
}

START_TEST(each_claim_should_get_the_context_its_document_gives)
{
    DIR *dp = opendir("tests/context");
    ck_assert_ptr_nonnull(dp);
    Buf errs;
    buf_init(&errs, 0);
    struct dirent *e;
    int cases = 0;
    while ((e = readdir(dp))) {
        size_t l = strlen(e->d_name);
        if (l < 6 || strcmp(e->d_name + l - 5, ".test"))
            continue;
        char path[600];
        snprintf(path, sizeof path, "tests/context/%s", e->d_name);
        cases += run_file(path, &errs);
    }
    closedir(dp);
    ck_assert_msg(cases >= 8, "only %d cases", cases);
    ck_assert_msg(errs.len == 0, "%s", errs.len ? errs.data : "");
    buf_free(&errs);
}
END_TEST

START_TEST(a_title_should_give_its_month_or_its_period_end_year)
{
    const char *t1 = "Second Quarter Report for the Financial Year 2023/2024 (October - December 2023)";
    ck_assert_int_eq(docinfo_title_year(t1, strlen(t1)), 2023);
    const char *t2 = "Building the Digital Silk Road: Finance, Cables and Data Centres, 2013-2023";
    ck_assert_int_eq(docinfo_title_year(t2, strlen(t2)), 2023);
    const char *t3 = "Annual Report 2023 (extract)";
    ck_assert_int_eq(docinfo_title_year(t3, strlen(t3)), 2023);
    /* a fiscal year is dated by its end (fiscal.h), as a period is */
    const char *t4 = "FY2023/24 results, Record ID 58362";
    ck_assert_int_eq(docinfo_title_year(t4, strlen(t4)), 2024);
    const char *t4b = "Annual Report 2023/24, Chapter 7: Payment Systems";
    ck_assert_int_eq(docinfo_title_year(t4b, strlen(t4b)), 2024);
    const char *t4c = "Report of the Secretary-General (A/79/64-E/2024/13)";
    ck_assert_int_eq(docinfo_title_year(t4c, strlen(t4c)), 0);
    /* a Chinese report's year in brackets is its edition's, not its figures' */
    const char *t5 = "2023年通信业统计公报";
    ck_assert_int_eq(docinfo_title_year(t5, strlen(t5)), 2023);
    const char *t6 = "中国数字经济发展研究报告（2023年）";
    ck_assert_int_eq(docinfo_title_year(t6, strlen(t6)), 0);
    const char *t7 = "Table 1. Commitments by region, 2013-22";
    ck_assert_int_eq(docinfo_title_year(t7, strlen(t7)), 2022);
    const char *t8 = "Loans, 2000\xE2\x80\x93" "19 (US$ million)";
    ck_assert_int_eq(docinfo_title_year(t8, strlen(t8)), 2019);
    /* a document's code glued to its letters is no year of its figures */
    const char *t9 = "Staff Working Document: connectivity stocktaking 2021-2023, SWD(2024) 187 final";
    ck_assert_int_eq(docinfo_title_year(t9, strlen(t9)), 2023);
    const char *t10 = "Report of the Commission (2024)";
    ck_assert_int_eq(docinfo_title_year(t10, strlen(t10)), 2024);
}
END_TEST

/* docinfo_times_year at every offset of s: what docinfo_relative_year
 * says there. How many offsets it dates (two readings that date nothing
 * agree whatever either does: the caller says how many it wants). */
static size_t same_times(const DocInfo *di, const char *s)
{
    static DocTimes t;
    size_t n = strlen(s), dated = 0;
    docinfo_times(di, s, 0, n, &t);
    for (size_t at = 0; at <= n; at++) {
        const char *w1 = NULL, *w2 = NULL;
        int a = docinfo_relative_year(di, s, 0, n, at, &w1), b = docinfo_times_year(&t, at, &w2);
        ck_assert_msg(a == b && w1 == w2, "at %zu of '%.40s': %d, read once %d", at, s, a, b);
        dated += a != 0;
    }
    return dated;
}

START_TEST(a_sentence_read_once_should_date_each_claim_as_read_again)
{
    DocInfo di = {.date_y = 2024, .date_m = 3, .date_d = 15};
    /* time words at every distance, ties between two years included */
    ck_assert_uint_gt(same_times(&di, "Last year 5, this year 7, next year 9; in February 2, in the second quarter 4."), 0);
    ck_assert_uint_gt(same_times(&di, "去年增长8%，今年上半年增长10.5%，目前为12%。"), 0);
    ck_assert_uint_eq(same_times(&di, "No time word here, 12 and 14."), 0);
    /* more time words than are kept: read again for each claim */
    Buf b;
    buf_init(&b, 0);
    for (int i = 0; i < DOCINFO_TIMES + 8; i++)
        buf_puts(&b, i % 3 ? "this year 4, " : "last year 3, ");
    ck_assert_uint_gt(same_times(&di, b.data), 0);
    buf_free(&b);
    DocInfo undated = {0};
    ck_assert_uint_eq(same_times(&undated, "Revenue rose last year."), 0);
}
END_TEST

START_TEST(a_date_should_date_this_year_last_year_and_a_month)
{
    DocInfo di = {.date_y = 2024, .date_m = 3, .date_d = 15};
    const char *why = NULL;
    const char *s1 = "Revenue rose last year.";
    ck_assert_int_eq(docinfo_relative_year(&di, s1, 0, strlen(s1), 0, &why), 2023);
    const char *s2 = "Repairs end at the end of December.";
    ck_assert_int_eq(docinfo_relative_year(&di, s2, 0, strlen(s2), 0, &why), 2023);
    const char *s3 = "Traffic fell on Thursday.";
    ck_assert_int_eq(docinfo_relative_year(&di, s3, 0, strlen(s3), 0, &why), 2024);
    const char *s4 = "It fell in December 2022.";
    ck_assert_int_eq(docinfo_relative_year(&di, s4, 0, strlen(s4), 0, &why), 0);
    const char *s5 = "今年上半年，跨境电商进出口增长10.5%。";
    ck_assert_int_eq(docinfo_relative_year(&di, s5, 0, strlen(s5), 0, &why), 2024);
    const char *s6 = "去年同期增长8%。";
    ck_assert_int_eq(docinfo_relative_year(&di, s6, 0, strlen(s6), 0, &why), 2023);
    const char *s7 = "2023年上半年增长8%。";
    ck_assert_int_eq(docinfo_relative_year(&di, s7, 0, strlen(s7), 0, &why), 0);
    /* a quarter or half without a year: the last one ended by the date */
    const char *s8 = "Its share was 4% in the second quarter.";
    ck_assert_int_eq(docinfo_relative_year(&di, s8, 0, strlen(s8), 0, &why), 2023);
    const char *s9 = "Sales rose in the first quarter.";
    ck_assert_int_eq(docinfo_relative_year(&di, s9, 0, strlen(s9), 0, &why), 2024);
    DocInfo undated = {0};
    ck_assert_int_eq(docinfo_relative_year(&undated, s1, 0, strlen(s1), 0, &why), 0);
}
END_TEST

START_TEST(a_note_should_be_found_by_its_mark_and_credit_its_body)
{
    const char *doc = "in 80 countries.1 Our database, US$79 billion,2 and in 2022.4 The end [7].\n"
                      "__________\n"
                      "1 RWR Advisory Group (2021), Tracker, p. 4.\n"
                      "2 Value where disclosed; see Annex B.\n"
                      "3 Ibid., 5.\n"
                      "4 TeleGeography (2023), Submarine Cable Map.\n"
                      "7 \"A quoted title\". Reuters. 2020.\n"
                      "8 \"A quoted title alone\".\n"
                      "9 Brock, Joe (24 March 2023). \"U.S. used subsidies\". Reuters.\n"
                      "10 Source: Atlantic Pacific Institute (API); data as of end-2023.\n";
    size_t n = strlen(doc);
    Notes *nt = notes_new(M, doc, n);
    ck_assert_uint_eq(notes_mark(doc, n, 0, 20), 1);
    ck_assert_uint_eq(notes_mark(doc, n, 20, 50), 2);
    ck_assert_uint_eq(notes_mark(doc, n, 50, 66), 4);
    ck_assert_uint_eq(notes_mark(doc, n, 66, 80), 7);
    ck_assert_str_eq(notes_body(nt, 1), "RWR Advisory Group");
    ck_assert_ptr_null(notes_body(nt, 2));
    ck_assert_str_eq(notes_body(nt, 4), "TeleGeography");
    /* (a quoted title, then the work that printed it: the work) */
    ck_assert_str_eq(notes_body(nt, 7), "Reuters");
    ck_assert_ptr_null(notes_body(nt, 8));
    /* (its author and date before the title: the work) */
    ck_assert_str_eq(notes_body(nt, 9), "Reuters");
    /* (a label naming what the note gives is no body) */
    ck_assert_str_eq(notes_body(nt, 10), "Atlantic Pacific Institute");
    notes_free(nt);
}
END_TEST

/* "countries.(1)" with "(1) Atlantic Pacific Institute, ..." under a
 * rule, as a testimony marks its endnotes; not an item's number
 * ("examines (1) the extent") nor a clause's ("section 5(1)"); a long
 * name, and one opening with a dotted initialism, whole. */
START_TEST(an_endnote_in_round_brackets_should_credit_its_body)
{
    const char *doc = "in at least 79 countries.(1) It examines (1) the extent, under section 5(1) of the Act, "
                      "and $25 million in 2020.(14) It cost $53 million.(7)\n"
                      "______________________________\n"
                      "(1) Atlantic Pacific Institute, Digital Silk Road Tracker, dataset version 3.1\n"
                      "(May 2021). The tracker records 311 individual projects.\n"
                      "(7) Papua New Guinea Department of Information and Communications Technology,\n"
                      "audit summary, 2020.\n"
                      "(14) U.S. Agency for International Development, Congressional Budget\n";
    size_t n = strlen(doc);
    Notes *nt = notes_new(M, doc, n);
    const char *it = strstr(doc, "It examines"), *usd = strstr(doc, "$25"), *png = strstr(doc, "It cost");
    ck_assert_uint_eq(notes_mark(doc, n, 0, (size_t)(it - doc)), 1);
    ck_assert_uint_eq(notes_mark(doc, n, (size_t)(it - doc), (size_t)(usd - doc)), 0);
    ck_assert_uint_eq(notes_mark(doc, n, (size_t)(usd - doc), (size_t)(png - doc)), 14);
    ck_assert_uint_eq(notes_mark(doc, n, (size_t)(png - doc), n), 7);
    ck_assert_str_eq(notes_body(nt, 1), "Atlantic Pacific Institute");
    ck_assert_str_eq(notes_body(nt, 7), "Papua New Guinea Department of Information and Communications Technology");
    ck_assert_str_eq(notes_body(nt, 14), "U.S. Agency for International Development");
    notes_free(nt);
}
END_TEST

/* A text may end on its last figure, with no byte after it (a document
 * as the fuzzer or a caller holds it): every pass reads within the text.
 * Each text is copied to the heap at its exact length, so ASan sees any
 * read past it (the elided noun of a sentence's last figure was looked
 * for 40 bytes on). */
START_TEST(a_text_ending_on_its_last_figure_should_be_read_within_its_bytes)
{
    static const char *const texts[] = {
        "The assessments identified 63 high-severity findings, of which 41",
        "Of about 38,000 sites, Huawei supplied 13,400",
        "The programme trained 1,800 engineers against a target of 2,000",
        "Table 1\n资料来源：国际电信联盟\n\n",
        "网民规模达10.92亿",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        size_t n = strlen(texts[t]);
        char *p = malloc(n);
        memcpy(p, texts[t], n);
        ExtractOptions o = {.metrics = M, .no_sources = 1};
        Rows r = {.n = 0};
        Diag d = {0};
        ck_assert_int_eq(extract_document(&o, "end.txt", p, n, keep, &r, NULL, &d), 0);
        ck_assert_msg(r.n > 0 || t == 3, "%s: no claim", texts[t]);
        for (size_t i = 0; i < r.n; i++)
            claim_fini(&r.v[i]);
        free(p);
    }
}
END_TEST

/* A document's place is its own step (docinfo_read_place): docinfo_read
 * leaves it empty, context_doc reads it at its first call, the same as
 * read at once. */
START_TEST(a_documents_place_should_be_read_when_first_asked)
{
    static const struct {
        const char *title, *authors, *publisher, *text, *scope;
    } cases[] = {
        {"Telecommunications in Ethiopia", "", "Example Institute", "Mobile subscriptions reached 66 million.\n",
         "ethiopia"},
        {"", "", "Communications Authority of Kenya", "KENYA\n\nSubscriptions reached 66 million.\n", "kenya"},
        {"Quarterly notes", "", "Example Institute", "Subscriptions reached 66 million.\n", ""},
        /* (a publisher its own "we" makes the body, telling its own
         * findings: the bibliography gave it none, so its name's place is
         * not the document's, read before the voice or after it) */
        {"Ransomware in Q2 2024: victims up 20%", "Kofi Novak", "Asia Digital Observer",
         "Example Labs Blog\n\nRansomware in Q2 2024\n\nAccording to our telemetry, actors named 1,529 victims. "
         "We tracked 53 active groups in our survey.\n",
         ""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        Source src = {.file = "p.txt", .title = (char *)cases[k].title, .authors = (char *)cases[k].authors,
                      .publisher = (char *)cases[k].publisher, .date = "2024-03-01", .url = ""};
        const char *t = cases[k].text;
        DocInfo di;
        docinfo_read(M, &src, t, strlen(t), &di);
        ck_assert_str_eq(di.scope, "");
        if (k == 3)
            ck_assert_str_eq(di.body, "Asia Digital Observer");
        ck_assert_ptr_null(di.scope_from);
        docinfo_read_place(M, &src, t, strlen(t), &di);
        ck_assert_str_eq(di.scope, cases[k].scope);
        Context *cx = context_new(M, &src, t, strlen(t));
        const DocInfo *got = context_doc(cx);
        ck_assert_str_eq(got->scope, cases[k].scope);
        ck_assert(got->scope_from == di.scope_from || !strcmp(got->scope_from, di.scope_from));
        ck_assert_ptr_eq(context_doc(cx), got);
        context_free(cx);
    }
}
END_TEST

/* Without a home word (全市, 全省...) a sentence names no home place,
 * whatever the text's place: homeplace_says_own is asked first. */
START_TEST(a_sentence_without_a_home_word_should_name_no_home_place)
{
    static const char *const sents[] = {"全市数字经济增加值达到100亿元。", "全省网民规模达到3000万。",
                                        "全市场交易额增长10%。", "全国网民规模达到10亿。",
                                        "Subscriptions reached 66 million."};
    static const char *const places[] = {"guiyang", "guizhou", "china", "kenya", ""};
    for (size_t k = 0; k < sizeof sents / sizeof *sents; k++) {
        const char *t = sents[k];
        int says = homeplace_says_own(t, 0, strlen(t));
        ck_assert_int_eq(says, k < 3);
        for (size_t p = 0; p < sizeof places / sizeof *places && !says; p++)
            ck_assert_ptr_null(homeplace_word(M, t, 0, strlen(t), places[p]));
    }
}
END_TEST

/* A transcript's every claim asks whether its speaker wrote the
 * document: in time of the speaker's name, not of the bibliography's
 * authors (512 KB of them, 20,000 claims: the test case's timeout is the
 * check; each claim read them all, 40 s; a sources.csv cell holds 64 KB,
 * 15 s for 50,000 claims). */
typedef struct Told {
    size_t n, by_body;
} Told;

static int count_told(const Claim *c, void *ctx)
{
    Told *t = ctx;
    t->n++;
    t->by_body += !strcmp(c->source, "Example Institute");
    return 0;
}

START_TEST(a_long_authors_cell_should_not_be_read_again_for_each_claim)
{
    Buf authors, doc;
    buf_init(&authors, 0);
    buf_init(&doc, 0);
    for (int i = 0; authors.len < 512 * 1024; i++)
        buf_printf(&authors, "Writer%d, Given%d; ", i, i);
    buf_printf(&authors, "Smith, Alice");
    buf_printf(&doc, "Transcript of a webinar\n\n");
    for (int i = 0; i < 4000; i++)
        buf_printf(&doc, "%s: In our survey, 12%% of firms grew, 14%% cut staff, 9%% closed and 30%% of 2,000 "
                         "shops moved online.\n",
                   i % 2 ? "BOB JONES" : "ALICE SMITH");
    Source src = {.file = "talk.txt", .title = "A webinar", .authors = authors.data,
                  .publisher = "Example Institute", .date = "2024-01-02", .url = ""};
    SourceList bib = {.v = &src, .n = 1, .cap = 1};
    ExtractOptions o = {.metrics = M, .sources = &bib};
    Told t = {0, 0};
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "talk.txt", doc.data, doc.len, count_told, &t, NULL, &d), 0);
    ck_assert_uint_eq(t.n, 20000);
    /* Alice Smith wrote it: her turns are the institute's */
    ck_assert_uint_eq(t.by_body, 10000);
    buf_free(&authors);
    buf_free(&doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("context");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_test(tc, each_claim_should_get_the_context_its_document_gives);
    tcase_add_test(tc, a_title_should_give_its_month_or_its_period_end_year);
    tcase_add_test(tc, a_date_should_date_this_year_last_year_and_a_month);
    tcase_add_test(tc, a_sentence_read_once_should_date_each_claim_as_read_again);
    tcase_add_test(tc, a_note_should_be_found_by_its_mark_and_credit_its_body);
    tcase_add_test(tc, an_endnote_in_round_brackets_should_credit_its_body);
    tcase_add_test(tc, a_text_ending_on_its_last_figure_should_be_read_within_its_bytes);
    tcase_add_test(tc, a_documents_place_should_be_read_when_first_asked);
    tcase_add_test(tc, a_sentence_without_a_home_word_should_name_no_home_place);
    suite_add_tcase(s, tc);
    TCase *big = tcase_create("scale");
    tcase_add_checked_fixture(big, tu_metrics_load, tu_metrics_unload);
    tcase_set_timeout(big, 20);
    tcase_add_test(big, a_long_authors_cell_should_not_be_read_again_for_each_claim);
    suite_add_tcase(s, big);
    return tu_run_suite(s);
}

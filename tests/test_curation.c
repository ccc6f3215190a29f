/* test_curation.c — the analyst's rejects, corrections and additions. */
#include "corpus.h"
#include "curation.h"
#include "metrics.h"
#include "testutil.h"

#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HDR "id,action,note,doc,start,end,text,value,low,high,unit,qualifier,metric,scope,year,source\n"
#define DOC "002_12c1d0372e55340a.txt"

static Curation *load(const char *text)
{
    Curation *cu = NULL;
    Diag d = {0};
    int rc = curation_load_mem("data/curation.csv", text, strlen(text), &cu, &d);
    ck_assert_msg(rc == 0, "load failed: %ld: %s", d.line, d.msg);
    return cu;
}

static void scanned(Claim *c, const char *id, size_t start)
{
    claim_init(c);
    snprintf(c->id, sizeof c->id, "%s", id);
    snprintf(c->doc, sizeof c->doc, DOC);
    c->start = start;
    c->end = start + 11;
    c->text = xstrdup("5.4 billion");
    c->value = 5.4e9;
    snprintf(c->unit, sizeof c->unit, "people");
    snprintf(c->metric, sizeof c->metric, "internet_users");
    snprintf(c->scope, sizeof c->scope, "global");
    c->year = 2023;
    snprintf(c->source, sizeof c->source, "ITU");
    c->sentence = xstrdup("s");
}

START_TEST(missing_or_empty_file_should_be_an_empty_curation)
{
    Curation *cu;
    Diag d = {0};
    ck_assert_int_eq(curation_load("/nonexistent/dir/curation.csv", &cu, &d), 0);
    ck_assert_uint_eq(curation_rows(cu), 0);
    Claim c;
    scanned(&c, "00000000000000aa", 10);
    ck_assert_int_eq(curation_apply(cu, &c, NULL), 1);
    ck_assert_int_eq(c.origin, ORIGIN_SCAN);
    claim_fini(&c);
    curation_free(cu);
    ck_assert_int_eq(curation_load("data/curation.csv", &cu, &d), 0);
    ck_assert_uint_eq(curation_rows(cu), 0);
    curation_free(cu);
    cu = load("");
    curation_free(cu);
}
END_TEST

START_TEST(reject_should_drop_and_correct_should_override_given_fields_only)
{
    Curation *cu = load(HDR "00000000000000aa,reject,a page counter," DOC ",,,,,,,,,,,,\n"
                            "00000000000000bb,correct,\"per ITU, p. 3\"," DOC ",,,,5300000000,5200000000,,,approx,,-,,-\n");
    Claim a, b, c;
    scanned(&a, "00000000000000aa", 10);
    scanned(&b, "00000000000000bb", 100);
    scanned(&c, "00000000000000cc", 200);
    ck_assert_int_eq(curation_apply(cu, &a, NULL), 0);
    ck_assert_int_eq(curation_apply(cu, &b, NULL), 1);
    ck_assert(b.value == 5.3e9);
    ck_assert(b.low == 5.2e9);
    ck_assert(isnan(b.high));
    ck_assert_int_eq(b.qual, Q_APPROX);
    ck_assert_str_eq(b.scope, "");        /* "-" empties */
    ck_assert_str_eq(b.source, "");
    ck_assert_str_eq(b.metric, "internet_users");  /* not given: kept */
    ck_assert_int_eq(b.year, 2023);
    ck_assert_uint_eq(b.start, 100);
    ck_assert_int_eq(b.origin, ORIGIN_CORRECTED);
    ck_assert_str_eq(b.note, "per ITU, p. 3");
    ck_assert_int_eq(curation_apply(cu, &c, NULL), 1);
    ck_assert_int_eq(c.origin, ORIGIN_SCAN);
    ck_assert_str_eq(c.note, "");
    claim_fini(&a);
    claim_fini(&b);
    claim_fini(&c);
    curation_free(cu);
}
END_TEST

/* The area is corrected like any field; a row that gives the scope and
 * no area gives the whole place (the country's own figure, or a province
 * written as the scope, which extract splits again: area.h). */
START_TEST(an_area_should_be_corrected_and_a_scope_alone_should_give_the_whole_place)
{
    Curation *cu = load("id,action,doc,scope,area\n"
                        "00000000000000aa,correct," DOC ",,qinzhou\n"
                        "00000000000000bb,correct," DOC ",kenya,\n"
                        "00000000000000cc,correct," DOC ",,-\n"
                        "00000000000000dd,correct," DOC ",china,yunnan\n");
    Claim c[4];
    const char *ids[4] = {"00000000000000aa", "00000000000000bb", "00000000000000cc", "00000000000000dd"};
    for (int i = 0; i < 4; i++) {
        scanned(&c[i], ids[i], 10 + 20 * (size_t)i);
        snprintf(c[i].scope, sizeof c[i].scope, "china");
        snprintf(c[i].area, sizeof c[i].area, "guangxi");
        ck_assert_int_eq(curation_apply(cu, &c[i], NULL), 1);
        ck_assert_int_eq(c[i].origin, ORIGIN_CORRECTED);
    }
    ck_assert_str_eq(c[0].scope, "china");
    ck_assert_str_eq(c[0].area, "qinzhou");
    ck_assert_str_eq(c[1].scope, "kenya");
    ck_assert_str_eq(c[1].area, "");
    ck_assert_str_eq(c[2].scope, "china");
    ck_assert_str_eq(c[2].area, "");
    ck_assert_str_eq(c[3].scope, "china");
    ck_assert_str_eq(c[3].area, "yunnan");
    for (int i = 0; i < 4; i++)
        claim_fini(&c[i]);
    curation_free(cu);
}
END_TEST

START_TEST(added_claims_should_come_per_document_in_offset_order)
{
    Curation *cu = load(HDR ",add,missed by the scanner," DOC ",900,905,a dozen,12,,,countries,approx,dsr_mou_countries,,2022,\n"
                            "00000000000000dd,add,," DOC ",50,53,80%,80,,,%,exact,,,,\n"
                            ",add,,other.txt,1,2,3,3,,,people,exact,,,,\n");
    const Claim *v;
    ck_assert_uint_eq(curation_added(cu, DOC, &v), 2);
    ck_assert_uint_eq(v[0].start, 50);
    ck_assert_str_eq(v[0].id, "00000000000000dd");
    ck_assert_uint_eq(v[1].start, 900);
    ck_assert_int_eq(v[1].origin, ORIGIN_ADDED);
    ck_assert_int_eq(v[1].qual, Q_APPROX);
    ck_assert_str_eq(v[1].text, "a dozen");
    ck_assert_str_eq(v[1].note, "missed by the scanner");
    ck_assert_int_eq(v[1].year, 2022);
    ck_assert_uint_eq(strlen(v[1].id), 16);
    /* the computed id is a pure function of the row */
    char id[17];
    memcpy(id, v[1].id, 17);
    curation_free(cu);
    cu = load(HDR ",add,another note," DOC ",900,905,a dozen,12,,,countries,approx,,,,\n");
    ck_assert_uint_eq(curation_added(cu, DOC, &v), 1);
    ck_assert_str_eq(v[0].id, id);
    ck_assert_uint_eq(curation_added(cu, "none.txt", &v), 0);
    ck_assert_ptr_null(v);
    curation_free(cu);
}
END_TEST

static void expect_error(const char *text, long line, const char *msg)
{
    Curation *cu = (Curation *)1;
    Diag d = {0};
    ck_assert_int_eq(curation_load_mem("data/curation.csv", text, strlen(text), &cu, &d), CB_EINPUT);
    ck_assert_ptr_null(cu);
    ck_assert_str_eq(d.file, "data/curation.csv");
    ck_assert_int_eq(d.line, line);
    ck_assert_msg(strcmp(d.msg, msg) == 0, "got '%s', want '%s'", d.msg, msg);
}

/* The month is corrected like the year; a new year drops a month of the
 * old one; a month needs a year. */
START_TEST(a_month_should_be_corrected_like_the_year)
{
    const char *h = "id,action,doc,note,year,month\n";
    char text[600];
    /* an add row with a month and no year */
    snprintf(text, sizeof text, "id,action,doc,text,value,unit,qualifier,year,month\n,add,%s,a dozen,12,countries,exact,,9\n",
             DOC);
    Curation *cu = (Curation *)1;
    Diag d = {0};
    ck_assert_int_eq(curation_load_mem("data/curation.csv", text, strlen(text), &cu, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "add row with a month but no year");
    ck_assert_int_eq(d.line, 2);
    snprintf(text, sizeof text,
             "%s00000000000000aa,correct,%s,,,6\n00000000000000bb,correct,%s,,2022,\n"
             "00000000000000cc,correct,%s,,,-\n00000000000000dd,correct,%s,,-,\n",
             h, DOC, DOC, DOC, DOC);
    cu = load(text);
    Claim a, b, c, e;
    scanned(&a, "00000000000000aa", 10);
    scanned(&b, "00000000000000bb", 20);
    scanned(&c, "00000000000000cc", 30);
    scanned(&e, "00000000000000dd", 40);
    b.month = c.month = e.month = 12;
    ck_assert_int_eq(curation_apply(cu, &a, NULL), 1);
    ck_assert_int_eq(a.year, 2023);
    ck_assert_int_eq(a.month, 6);
    ck_assert_int_eq(curation_apply(cu, &b, NULL), 1);
    ck_assert_int_eq(b.year, 2022);
    ck_assert_int_eq(b.month, 0);   /* December of 2023 is no month of 2022 */
    ck_assert_int_eq(curation_apply(cu, &c, NULL), 1);
    ck_assert_int_eq(c.year, 2023);
    ck_assert_int_eq(c.month, 0);
    ck_assert_int_eq(curation_apply(cu, &e, NULL), 1);
    ck_assert_int_eq(e.year, 0);
    ck_assert_int_eq(e.month, 0);
    claim_fini(&a);
    claim_fini(&b);
    claim_fini(&c);
    claim_fini(&e);
    curation_free(cu);
    /* a month without the claim's year, and a bad month */
    snprintf(text, sizeof text, "%s00000000000000aa,correct,%s,,,13\n", h, DOC);
    expect_error(text, 2, "bad month '13' (want 1 to 12: 6 for June)");
    snprintf(text, sizeof text, "%s00000000000000aa,correct,%s,,-,6\n", h, DOC);
    cu = load(text);
    scanned(&a, "00000000000000aa", 10);
    ck_assert_int_eq(curation_apply(cu, &a, &d), CB_EINPUT);
    ck_assert_msg(strstr(d.msg, "leaves a month without a year"), "%s", d.msg);
    claim_fini(&a);
    curation_free(cu);
}
END_TEST

START_TEST(malformed_rows_should_give_file_line_and_fault)
{
    expect_error("id,action,note\n", 1, "missing column 'doc' in the header");
    expect_error(HDR "00000000000000aa,reject,,d.txt,,,,,,,,,,,,\n00000000000000bb,delete,,d.txt,,,,,,,,,,,,\n", 3,
                 "unknown action 'delete' (want reject, correct or add)");
    expect_error(HDR "xyz,reject,,d.txt,,,,,,,,,,,,\n", 2, "bad id 'xyz' (want 16 lowercase hex digits)");
    expect_error(HDR ",reject,,d.txt,,,,,,,,,,,,\n", 2, "bad id '' (want 16 lowercase hex digits)");
    expect_error(HDR "00000000000000aa,reject,,,,,,,,,,,,,,\n", 2, "bad doc '' (want a document's file name)");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,5..3,,,,,,,,\n", 2, "bad number '5..3' in column value (want a number such as 79000000000 or 4.5)");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,,,,,,,,,\n", 2,
                 "correct row changes nothing (give the columns to override)");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,-,,,,,,,,\n", 2, "'-' cannot empty column value");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,,,,,roughly,,,,\n", 2,
                 "unknown qualifier 'roughly' (want exact, approx, min, max or range)");
    expect_error(HDR "00000000000000aa,correct,,d.txt,9,4,,,,,,,,,,\n", 2, "start 9 is not before end 4");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,,5,2,,,,,,\n", 2, "low 5 is above high 2");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,,,,,,,,20x3,\n", 2, "bad year '20x3' (want a year such as 2024)");
    expect_error(HDR "00000000000000aa,correct,,d.txt,,,,,,,,,Internet Users,,,\n", 2,
                 "bad metric id 'Internet Users' (want lower case letters, digits, _)");
    expect_error(HDR ",add,,d.txt,1,4,,5,,,%,exact,,,,\n", 2,
                 "add row without text (the figure as the document writes it: it finds the claim "
                 "again when the document changes)");
    expect_error(HDR ",add,,d.txt,1,4,abc,5,,,,exact,,,,\n", 2, "add row without unit");
    expect_error(HDR ",add,,d.txt,1,,abc,5,,,%,exact,,,,\n", 2,
                 "add row with start but no end (give both, or neither)");
    expect_error("id,action,doc,sentence,value\n00000000000000aa,correct,d.txt,Some sentence.,5\n", 2,
                 "column sentence anchors an add row; a correct row names its claim by id");
    expect_error(HDR "00000000000000aa,reject,,d.txt,,,,,,,,,,,,\n"
                     "00000000000000cc,reject,,d.txt,,,,,,,,,,,,\n"
                     "00000000000000aa,correct,,d.txt,,,,,,,,,x,,,\n", 4,
                 "claim 00000000000000aa is already curated on line 2");
    /* a comma in a note: one cell too many, said so, not "bad offset" */
    expect_error(HDR "00000000000000aa,correct,not, a share,d.txt,,,,5,,,,,,,,\n", 2,
                 "17 cells, but the header has 16 columns: a comma inside a cell splits it in two; "
                 "put a cell that holds a comma in double quotes (\"like, this\")");
    expect_error(HDR ",add,not, a share,d.txt,1,3,12,12\n", 2,
                 "bad offset 'd.txt' in column start (want a byte offset: a whole number from 0); this "
                 "row has fewer cells than the header: if a cell before holds a comma, put it in "
                 "double quotes");
    expect_error(HDR "00000000000000aa,reject,\"open,d.txt\n", 2,
                 "column 3 (note), character 25: a quoted cell is never closed (a closing quote \" is missing "
                 "before the end of the file)");
}
END_TEST

/* Run curation_report_unused with stderr captured into buf. */
static size_t report_captured(const Curation *cu, char *buf, size_t cap)
{
    char path[] = "/tmp/cbtest-cur-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    size_t n = curation_report_unused(cu, NULL, NULL);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    lseek(fd, 0, SEEK_SET);
    ssize_t k = read(fd, buf, cap - 1);
    buf[k > 0 ? k : 0] = '\0';
    close(fd);
    unlink(path);
    return n;
}

START_TEST(rows_whose_claim_is_gone_should_be_reported_for_processed_documents_only)
{
    Curation *cu = load(HDR "00000000000000aa,reject,,a.txt,,,,,,,,,,,,\n"
                            "00000000000000bb,correct,,a.txt,,,,7,,,,,,,,\n"
                            "00000000000000cc,reject,,b.txt,,,,,,,,,,,,\n"
                            ",add,,a.txt,1,2,x,1,,,people,exact,,,,\n");
    Claim c;
    scanned(&c, "00000000000000aa", 10);
    snprintf(c.doc, sizeof c.doc, "a.txt");
    ck_assert_int_eq(curation_apply(cu, &c, NULL), 0);
    claim_fini(&c);
    curation_mark_seen_doc(cu, "a.txt");
    char out[1024];
    ck_assert_uint_eq(report_captured(cu, out, sizeof out), 1);
    ck_assert_str_eq(out, "claimbrief: data/curation.csv:3: warning: claim 00000000000000bb no "
                          "longer exists (correct in a.txt)\n");
    curation_mark_seen_doc(cu, "b.txt");
    ck_assert_uint_eq(report_captured(cu, out, sizeof out), 2);
    curation_free(cu);
}
END_TEST

/* The id of the claim whose text is span in a claims CSV, into id[17]. */
static void id_of(const char *csv, const char *span, char id[17])
{
    char needle[128];
    snprintf(needle, sizeof needle, ",%s,", span);
    const char *at = strstr(csv, needle);
    ck_assert_msg(at != NULL, "no claim '%s'", span);
    const char *line = at;
    while (line > csv && line[-1] != '\n')
        line--;
    memcpy(id, line, 16);
    id[16] = '\0';
}

START_TEST(extract_should_apply_curation_every_time_and_report_gone_claims)
{
    char *dir = tu_tmpdir("curation-cli");
    tu_copy_project(dir);
    const char *argv[] = {"extract", "data/corpus/002_12c1d0372e55340a.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    char users[17], share[17];
    id_of(r.out, "5.4 billion", users);
    id_of(r.out, "67%", share);
    ck_assert_ptr_nonnull(strstr(r.out, ",6 million,"));
    tu_run_free(&r);

    char path[4096], text[2048];
    snprintf(path, sizeof path, "%s/data/curation.csv", dir);
    snprintf(text, sizeof text,
             HDR "%s,reject,restates the 5.4 billion," DOC ",,,,,,,,,,,,\n"
                 "%s,correct,ITU Facts and Figures 2023 gives 67.4," DOC ",,,,67.4,,,,exact,,,,\n"
                 ",add,a count the scanner cannot see," DOC ",2215,2235,hundreds of millions,"
                 "300000000,200000000,,people,min,,africa,,\n"
                 "0123456789abcdef,reject,a claim that was edited away," DOC ",,,,,,,,,,,,\n"
                 "fedcba9876543210,reject,another document," "999_not_extracted.txt,,,,,,,,,,,,\n",
             users, share);
    tu_write(path, text, strlen(text));
    /* Twice: the decisions hold on every extract. */
    for (int round = 0; round < 2; round++) {
        r = tu_run(dir, NULL, NULL, argv);
        ck_assert_int_eq(r.status, 0);
        ck_assert_ptr_null(strstr(r.out, users));
        const char *row = strstr(r.out, share);
        ck_assert_ptr_nonnull(row);
        ck_assert_ptr_nonnull(strstr(row, ",67%,67.4,,,%,exact,internet_penetration,global,,2023,,ITU,"));
        ck_assert_ptr_nonnull(strstr(row, ",corrected,ITU Facts and Figures 2023 gives 67.4\n"));
        ck_assert_ptr_nonnull(strstr(r.out, ",2215,2235,,hundreds of millions,300000000,200000000,,"
                                            "people,min,,africa,,,,,,,added,a count the scanner cannot see\n"));
        ck_assert_str_eq(r.err, "claimbrief: data/curation.csv:5: warning: claim 0123456789abcdef no "
                                "longer exists (reject in " DOC ")\n");
        tu_run_free(&r);
    }
    /* --no-curation shows the scanner's own view. */
    const char *raw[] = {"extract", "--no-curation", "data/corpus/002_12c1d0372e55340a.txt", NULL};
    r = tu_run(dir, NULL, NULL, raw);
    ck_assert_int_eq(r.status, 0);
    ck_assert_ptr_nonnull(strstr(r.out, users));
    ck_assert_str_eq(r.err, "");
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* extract splits a curated place as it splits the scanner's: an old row
 * that writes a province as the scope, an add row's, a row's area. */
START_TEST(extract_should_split_the_places_curation_gives)
{
    char *dir = tu_tmpdir("curation-area");
    tu_copy_project(dir);
    const char *text = "2023年，全区数字经济规模达到9100亿元，网民人数达到3500万人。\n";
    char path[4096];
    snprintf(path, sizeof path, "%s/data/corpus/gx.txt", dir);
    tu_write(path, text, strlen(text));
    const char *argv[] = {"extract", "--no-sources", "data/corpus/gx.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    char a[17], b[17];
    id_of(r.out, "9100亿元", a);
    id_of(r.out, "3500万", b);
    tu_run_free(&r);
    char rows[1024];
    snprintf(rows, sizeof rows,
             "id,action,doc,start,end,text,value,unit,qualifier,scope,area\n"
             "%s,correct,gx.txt,,,,,,,guangxi,\n"
             "%s,correct,gx.txt,,,,,,,,qinzhou\n"
             ",add,gx.txt,16,19,2023,2023,people,exact,yunnan,\n",
             a, b);
    snprintf(path, sizeof path, "%s/data/curation.csv", dir);
    tu_write(path, rows, strlen(rows));
    r = tu_run(dir, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_msg(strstr(r.out, ",9100亿元,910000000000,,,CNY,exact,,china,guangxi,2023,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",3500万,35000000,,,people,exact,internet_users,china,qinzhou,2023,"), "%s",
                  r.out);
    ck_assert_msg(strstr(r.out, ",2023,2023,,,people,exact,,china,yunnan,,"), "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(extract_should_refuse_a_malformed_curation_row)
{
    char *dir = tu_tmpdir("curation-bad");
    tu_copy_project(dir);
    char path[4096];
    snprintf(path, sizeof path, "%s/data/curation.csv", dir);
    const char *text = HDR "0123456789abcdef,reject,,a.txt,,,,,,,,,,,,\n"
                           "0123456789abcdef,fix,,a.txt,,,,,,,,,,,,\n";
    tu_write(path, text, strlen(text));
    const char *argv[] = {"extract", "-o", "out.csv", "data/corpus", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/curation.csv:3: unknown action 'fix' (want reject, "
                            "correct or add)\n");
    snprintf(path, sizeof path, "%s/out.csv", dir);
    ck_assert_ptr_null(tu_read(path, NULL));
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* D11: a correction may only be judged against the scanner's claim: one
 * that leaves low above high is refused naming the curation row, before a
 * claims table the reader would reject is written. */
START_TEST(a_correction_leaving_low_above_high_should_name_its_row)
{
    char *dir = tu_tmpdir("curation");
    tu_copy_project(dir);
    ck_assert_int_eq(
        tu_sh("cd '%s' && id=$('%s' extract --no-curation data/corpus | grep ',2.6 billion,' | cut -d, -f1) "
              "&& test -n \"$id\" && printf 'id,action,doc,high\\n%%s,correct,002_12c1d0372e55340a.txt,5\\n' "
              "\"$id\" > data/curation.csv && echo \"$id\" > id.txt",
              dir, CB_PROGRAM),
        0);
    char path[1200];
    snprintf(path, sizeof path, "%s/id.txt", dir);
    char *id = tu_read(path, NULL);
    ck_assert_ptr_nonnull(id);
    id[strcspn(id, "\n")] = '\0';
    Run r = tu_run(dir, NULL, NULL,
                   (const char *[]){"extract", "-o", "data/claims.csv", "data/corpus", NULL});
    ck_assert_int_eq(r.status, 1);
    char want[256];
    snprintf(want, sizeof want,
             "claimbrief: data/curation.csv:2: correcting claim %s leaves its low bound above its "
             "high bound\n",
             id);
    ck_assert_str_eq(r.err, want);
    tu_run_free(&r);
    free(id);
    free(dir);
}
END_TEST


/* ---- anchors: an add row found again after its document changes ---- */

#define AHDR "id,action,doc,start,end,text,sentence,value,unit,qualifier\n"
#define ADOC "d.txt"
static const char TEXT1[] = "The ring links 16 cables. It serves 2016 users and 16 ports.";

/* Place the add rows of cu in text; their offsets as "S-E S-E...". */
static int place(Curation *cu, const char *text, char *out, size_t cap, Diag *d)
{
    const Claim *v;
    size_t n;
    int rc = curation_begin_doc(cu, ADOC, text, strlen(text), &v, &n, d);
    out[0] = '\0';
    for (size_t i = 0; rc == 0 && i < n; i++)
        snprintf(out + strlen(out), cap - strlen(out), "%s%zu-%zu", i ? " " : "", v[i].start, v[i].end);
    return rc;
}

START_TEST(an_added_claim_should_be_found_again_after_edits_above_it)
{
    /* "16" of "16 cables" is at 15-17; the row gives its sentence */
    Curation *cu = load(AHDR ",add," ADOC ",15,17,16,The ring links 16 cables.,16,cables,exact\n");
    char at[64];
    Diag d = {0};
    ck_assert_int_eq(place(cu, TEXT1, at, sizeof at, &d), 0);
    ck_assert_str_eq(at, "15-17");
    /* 25 bytes written above it: the claim moves with its text */
    char edited[256];
    snprintf(edited, sizeof edited, "A paragraph added above. %s", TEXT1);
    ck_assert_int_eq(place(cu, edited, at, sizeof at, &d), 0);
    ck_assert_str_eq(at, "40-42");
    curation_mark_seen_doc(cu, ADOC);
    char out[1024];
    ck_assert_uint_eq(report_captured(cu, out, sizeof out), 0);
    curation_free(cu);
    /* Without a sentence, the text is found again when it stands once in
     * the document ("16" also stands in "16 ports": not found). */
    cu = load(AHDR ",add," ADOC ",15,17,16 cables,,16,cables,exact\n");
    ck_assert_int_eq(place(cu, edited, at, sizeof at, &d), 0);
    ck_assert_str_eq(at, "40-49");
    curation_free(cu);
    /* no offsets at all: text and sentence say where */
    cu = load(AHDR ",add," ADOC ",,,16,It serves 2016 users and 16 ports.,16,ports,exact\n");
    ck_assert_int_eq(place(cu, edited, at, sizeof at, &d), 0);
    ck_assert_str_eq(at, "76-78");
    curation_free(cu);
}
END_TEST

START_TEST(an_added_claim_not_found_should_be_reported_every_time_and_left_out)
{
    Curation *cu = load(AHDR ",add," ADOC ",15,17,16,,16,cables,exact\n");
    char edited[256], at[64], out[1024];
    Diag d = {0};
    snprintf(edited, sizeof edited, "Some text. %s", TEXT1);
    /* "16" stands twice and the row gives no sentence: not found */
    for (int run = 0; run < 2; run++) {
        ck_assert_int_eq(place(cu, edited, at, sizeof at, &d), 0);
        ck_assert_str_eq(at, "");
        curation_mark_seen_doc(cu, ADOC);
        ck_assert_uint_eq(report_captured(cu, out, sizeof out), 1);
        ck_assert_str_eq(out, "claimbrief: data/curation.csv:2: warning: added claim '16' is no longer "
                              "in d.txt (bytes 15-17 hold 'ri' now): correct start, end or text, or "
                              "give the sentence it is in\n");
    }
    curation_free(cu);
    /* past the end of the document, and not in it: an error naming the row */
    cu = load(AHDR "00000000000000aa,add," ADOC ",900,902,42,,42,cables,exact\n");
    ck_assert_int_eq(place(cu, TEXT1, at, sizeof at, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "data/curation.csv");
    ck_assert_int_eq(d.line, 2);
    ck_assert_str_eq(d.msg, "add row: bytes 900-902 are past the end of d.txt (60 bytes), and '42' is "
                            "not in it: correct start, end or text");
    curation_free(cu);
}
END_TEST

START_TEST(a_correction_past_the_end_of_its_document_should_name_its_row)
{
    Curation *cu = load(HDR "00000000000000aa,correct,," ADOC ",70,72,,,,,,,,,,\n");
    const Claim *v;
    size_t n;
    Diag d = {0};
    ck_assert_int_eq(curation_begin_doc(cu, ADOC, TEXT1, strlen(TEXT1), &v, &n, &d), 0);
    Claim c;
    scanned(&c, "00000000000000aa", 15);
    ck_assert_int_eq(curation_apply(cu, &c, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, 2);
    ck_assert_str_eq(d.msg, "correct row: bytes 70-72 are past the end of " DOC " (60 bytes)");
    claim_fini(&c);
    curation_free(cu);
}
END_TEST

START_TEST(rows_naming_unknown_documents_metrics_or_scopes_should_be_errors)
{
    Metrics *m = NULL;
    Diag d = {0};
    ck_assert_int_eq(metrics_load("data/metrics.csv", &m, &d), 0);
    Corpus docs;
    ck_assert_int_eq(corpus_list("data/corpus", &docs, &d), 0);
    Curation *cu = load(HDR "00000000000000aa,correct,," DOC ",,,,,,,,,data_centre_cost,,,\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, 2);
    ck_assert_str_eq(d.msg, "unknown metric 'data_centre_cost' (not a metric of data/metrics.csv; did "
                            "you mean 'data_center_cost'?)");
    curation_free(cu);
    cu = load(HDR "00000000000000aa,correct,," DOC ",,,,,,,,,,kenyaa,,\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "unknown scope 'kenyaa' (not a scope of data/metrics.csv: a place in lower "
                            "case, such as global, africa or kenya)");
    curation_free(cu);
    cu = load(HDR "00000000000000aa,reject,,gone.txt,,,,,,,,,,,,\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "document 'gone.txt' is not in data/corpus: remove the row, or put the "
                            "document back");
    /* without the corpus (a shard's extract), documents are not checked */
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", NULL, &d), 0);
    curation_free(cu);
    /* an area is a place within a country (its scope row has a within) */
    cu = load("id,action,doc,area\n00000000000000aa,correct," DOC ",kenya\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "unknown area 'kenya' (not a place within a country in data/metrics.csv: a "
                            "province or a city whose scope row has a within, such as guangxi or qinzhou)");
    curation_free(cu);
    cu = load("id,action,doc,area\n00000000000000aa,correct," DOC ",guangxi\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), 0);
    curation_free(cu);
    /* "-" empties a field: nothing to look up */
    cu = load(HDR "00000000000000aa,correct,," DOC ",,,,,,,,,-,-,,\n");
    ck_assert_int_eq(curation_check(cu, m, "data/metrics.csv", &docs, &d), 0);
    curation_free(cu);
    corpus_free(&docs);
    metrics_free(m);
}
END_TEST

/* The build says what is wrong with curation on every run, also when
 * nothing is remade; a mistyped metric stops extract and build alike. */
START_TEST(build_should_repeat_curation_warnings_and_refuse_unknown_names)
{
    char *dir = tu_tmpdir("curation_build");
    tu_copy_project(dir);
    char path[1200];
    snprintf(path, sizeof path, "%s/data/curation.csv", dir);
    const char *rows = HDR "0123456789abcdef,reject,gone," DOC ",,,,,,,,,,,,\n";
    tu_write(path, rows, strlen(rows));
    const char *env[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};
    const char *want = "claimbrief: data/curation.csv:2: warning: claim 0123456789abcdef no longer exists "
                       "(reject in " DOC ")\n";
    /* run 1 finds nothing to do, its files settled: it leaves the stamp
     * of a no-op, which run 2 finds, and says the warning all the same */
    char stamp[1200];
    snprintf(stamp, sizeof stamp, "%s/reports/.build/stamp", dir);
    for (int run = 0; run < 3; run++) {
        if (run == 1)
            usleep(30000);
        if (run == 2)
            ck_assert_int_eq(access(stamp, F_OK), 0);
        Run r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
        ck_assert_msg(r.status == 0, "%s", r.err);
        ck_assert_msg(strstr(r.err, want), "run %d: %s", run, r.err);
        tu_run_free(&r);
    }
    /* a row above it moves it to line 3: the warning follows */
    const char *rows2 = HDR "00000000000000ab,reject,gone too,001_c60cab4447628d57.txt,,,,,,,,,,,,\n"
                            "0123456789abcdef,reject,gone," DOC ",,,,,,,,,,,,\n";
    tu_write(path, rows2, strlen(rows2));
    Run r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_ptr_nonnull(strstr(r.err, "data/curation.csv:3: warning: claim 0123456789abcdef"));
    tu_run_free(&r);
    /* unknown metric: extract and build both stop, naming the row */
    const char *rows3 = HDR "0123456789abcdef,correct,," DOC ",,,,,,,,,data_centre_cost,,,\n";
    tu_write(path, rows3, strlen(rows3));
    const char *err = "claimbrief: data/curation.csv:2: unknown metric 'data_centre_cost' (not a "
                      "metric of data/metrics.csv; did you mean 'data_center_cost'?)\n";
    r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, err);
    tu_run_free(&r);
    r = tu_run(dir, NULL, env, (const char *[]){"extract", "data/corpus", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, err);
    tu_run_free(&r);
    /* a document that is not in the corpus: build stops */
    const char *rows4 = HDR "0123456789abcdef,reject,,removed.txt,,,,,,,,,,,,\n";
    tu_write(path, rows4, strlen(rows4));
    r = tu_run(dir, NULL, env, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/curation.csv:2: document 'removed.txt' is not in "
                            "data/corpus: remove the row, or put the document back\n");
    tu_run_free(&r);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("curation");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, missing_or_empty_file_should_be_an_empty_curation);
    tcase_add_test(tc, reject_should_drop_and_correct_should_override_given_fields_only);
    tcase_add_test(tc, an_area_should_be_corrected_and_a_scope_alone_should_give_the_whole_place);
    tcase_add_test(tc, added_claims_should_come_per_document_in_offset_order);
    tcase_add_test(tc, extract_should_split_the_places_curation_gives);
    tcase_add_test(tc, a_month_should_be_corrected_like_the_year);
    tcase_add_test(tc, malformed_rows_should_give_file_line_and_fault);
    tcase_add_test(tc, rows_whose_claim_is_gone_should_be_reported_for_processed_documents_only);
    tcase_add_test(tc, extract_should_apply_curation_every_time_and_report_gone_claims);
    tcase_add_test(tc, extract_should_refuse_a_malformed_curation_row);
    tcase_add_test(tc, a_correction_leaving_low_above_high_should_name_its_row);
    tcase_add_test(tc, an_added_claim_should_be_found_again_after_edits_above_it);
    tcase_add_test(tc, an_added_claim_not_found_should_be_reported_every_time_and_left_out);
    tcase_add_test(tc, a_correction_past_the_end_of_its_document_should_name_its_row);
    tcase_add_test(tc, rows_naming_unknown_documents_metrics_or_scopes_should_be_errors);
    tcase_add_test(tc, build_should_repeat_curation_warnings_and_refuse_unknown_names);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

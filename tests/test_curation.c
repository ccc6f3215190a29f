/* test_curation.c — the analyst's rejects, corrections and additions. */
#include "curation.h"
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
    expect_error(HDR ",add,,d.txt,1,4,,5,,,,exact,,,,\n", 2, "add row without unit");
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
    size_t n = curation_report_unused(cu);
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
                            ",add,,a.txt,1,2,,1,,,people,exact,,,,\n");
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
        ck_assert_ptr_nonnull(strstr(row, ",67%,67.4,,,%,exact,internet_penetration,global,2023,ITU,"));
        ck_assert_ptr_nonnull(strstr(row, ",corrected,ITU Facts and Figures 2023 gives 67.4\n"));
        ck_assert_ptr_nonnull(strstr(r.out, ",2215,2235,,hundreds of millions,300000000,200000000,,"
                                            "people,min,,africa,,,,,added,a count the scanner cannot see\n"));
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

int main(void)
{
    Suite *s = suite_create("curation");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, missing_or_empty_file_should_be_an_empty_curation);
    tcase_add_test(tc, reject_should_drop_and_correct_should_override_given_fields_only);
    tcase_add_test(tc, added_claims_should_come_per_document_in_offset_order);
    tcase_add_test(tc, malformed_rows_should_give_file_line_and_fault);
    tcase_add_test(tc, rows_whose_claim_is_gone_should_be_reported_for_processed_documents_only);
    tcase_add_test(tc, extract_should_apply_curation_every_time_and_report_gone_claims);
    tcase_add_test(tc, extract_should_refuse_a_malformed_curation_row);
    tcase_add_test(tc, a_correction_leaving_low_above_high_should_name_its_row);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

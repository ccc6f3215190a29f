/* test_extract.c — `claimbrief extract` as a user meets it: row order,
 * atomic -o, exit codes and the exact one-line errors, the stdin filter,
 * and bad input (binary, invalid UTF-8, a 100 MB line, huge numbers,
 * empty, missing, a folder without documents). */
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* CPU seconds the 100 MB line may take: sanitizers slow everything down. */
#if defined(__SANITIZE_ADDRESS__)
#define SLOW_LIMIT 90
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SLOW_LIMIT 90
#endif
#endif
#ifndef SLOW_LIMIT
#define SLOW_LIMIT 10
#endif

static char *project(void)
{
    char *dir = tu_tmpdir("extract");
    tu_copy_project(dir);
    return dir;
}

static void put(const char *dir, const char *name, const char *text)
{
    char path[1400];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    tu_write(path, text, strlen(text));
}

/* Runs claimbrief in dir with argv; *secs is the CPU time it used (not
 * the wall clock: a loaded machine must not fail a test of complexity). */
static Run timed_run(const char *dir, const char **argv, double *secs)
{
    double t0 = tu_children_cpu_seconds();
    Run r = tu_run(dir, NULL, NULL, argv);
    *secs = tu_children_cpu_seconds() - t0;
    return r;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

START_TEST(extract_should_write_rows_by_document_then_offset)
{
    char *dir = project();
    const char *argv[] = {"extract", "data/corpus", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    ck_assert_str_eq(r.err, "");
    ck_assert(strncmp(r.out, "id,doc,start,end,page,text,value,low,high,unit,qualifier,", 57) == 0);
    /* (16 claims: "two of the leading newspapers", a part of a whole,
     * is one: tests/gold/seeds.gold.tsv has it as opt) */
    ck_assert_int_eq(count_lines(r.out), 1 + 16);
    /* document names never go back, offsets grow within one */
    char prev_doc[256] = "";
    long prev_start = -1;
    for (char *line = strchr(r.out, '\n') + 1; *line; line = strchr(line, '\n') + 1) {
        char doc[256];
        long start;
        ck_assert_int_eq(sscanf(line, "%*16[0-9a-f],%255[^,],%ld,", doc, &start), 2);
        int c = strcmp(doc, prev_doc);
        ck_assert_int_ge(c, 0);
        if (c == 0)
            ck_assert_int_gt(start, prev_start);
        strcpy(prev_doc, doc);
        prev_start = start;
    }
    ck_assert(strstr(r.out, ",004_d7a02fca77c0caa4.txt,5277,5288,,$79-million,79000000,,,USD,exact,"));
    /* the same run twice gives the same bytes */
    Run r2 = tu_run(dir, NULL, NULL, argv);
    ck_assert_str_eq(r.out, r2.out);
    tu_run_free(&r);
    tu_run_free(&r2);
    free(dir);
}
END_TEST

START_TEST(output_file_should_be_replaced_whole_or_not_at_all)
{
    char *dir = project();
    const char *argv[] = {"extract", "-o", "claims.csv", "data/corpus", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "");
    tu_run_free(&r);
    char path[1400];
    snprintf(path, sizeof path, "%s/claims.csv", dir);
    char *first = tu_read(path, NULL);
    ck_assert(first && count_lines(first) == 17);
    /* a full disk at commit: exit 3, the old file survives, no temporaries */
    const char *env[] = {"CLAIMBRIEF_FAULT=flush", NULL};
    const char *argv2[] = {"extract", "-o", "claims.csv", "data/corpus/004_d7a02fca77c0caa4.txt", NULL};
    r = tu_run(dir, NULL, env, argv2);
    ck_assert_int_eq(r.status, 3);
    ck_assert_int_eq(count_lines(r.err), 1);
    char *after = tu_read(path, NULL);
    ck_assert_str_eq(after, first);
    ck_assert_int_eq(tu_sh("ls '%s' | grep -q '\\.tmp\\.'", dir), 1);
    tu_run_free(&r);
    /* a folder that does not exist: exit 3 */
    const char *argv3[] = {"extract", "-o", "no/such/dir/claims.csv", "data/corpus", NULL};
    r = tu_run(dir, NULL, NULL, argv3);
    ck_assert_int_eq(r.status, 3);
    ck_assert_int_eq(count_lines(r.err), 1);
    tu_run_free(&r);
    free(first);
    free(after);
    free(dir);
}
END_TEST

START_TEST(bad_paths_should_get_one_line_each_and_exit_1)
{
    char *dir = project();
    tu_sh("mkdir -p '%s/empty' && touch '%s/empty/notes.md'", dir, dir);
    const char *argv[] = {"extract", "nope.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: nope.txt: cannot read: No such file or directory\n");
    ck_assert_int_eq(count_lines(r.out), 1);
    tu_run_free(&r);
    const char *argv2[] = {"extract", "empty", NULL};
    r = tu_run(dir, NULL, NULL, argv2);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: empty: no documents in this folder (documents are .txt, .pdf, .html and .htm files)\n");
    tu_run_free(&r);
    /* a bad document among good ones: reported, the others still written */
    const char bin[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0";
    char path[1400];
    snprintf(path, sizeof path, "%s/prog.txt", dir);
    tu_write(path, bin, sizeof bin - 1);
    const char *argv3[] = {"extract", "prog.txt", "data/corpus/003_4fc1147996c51467.txt", NULL};
    r = tu_run(dir, NULL, NULL, argv3);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: prog.txt: not a text document\n");
    ck_assert_int_eq(count_lines(r.out), 1 + 2);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(usage_errors_should_exit_2_and_missing_metrics_1)
{
    char *dir = project();
    const char *argv[] = {"extract", "--bogus", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 2);
    ck_assert_int_eq(count_lines(r.err), 1);
    tu_run_free(&r);
    const char *argv2[] = {"extract", "-o", NULL};
    r = tu_run(dir, NULL, NULL, argv2);
    ck_assert_int_eq(r.status, 2);
    tu_run_free(&r);
    /* without the project's own metrics.csv, the installed default serves */
    tu_sh("rm '%s/data/metrics.csv'", dir);
    const char *argv3[] = {"extract", "data/corpus", NULL};
    r = tu_run(dir, NULL, NULL, argv3);
    ck_assert_msg(r.status == 0, "%s", r.err);
    tu_run_free(&r);
    /* and without a default either, the error names the project's file,
     * after where the default was looked for */
    const char *nodefaults[] = {"CLAIMBRIEF_DATADIR=/nonexistent", NULL};
    r = tu_run(dir, NULL, nodefaults, argv3);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/metrics.csv: warning: not in this project, and not among the "
                            "defaults in /nonexistent\n"
                            "claimbrief: data/metrics.csv: cannot read: No such file or directory\n");
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(stdin_should_be_one_document_so_extract_is_a_filter)
{
    char *dir = project();
    put(dir, "in.txt", "Cybercrime costs more than $6 trillion annually. In 2015 nothing.\n");
    char in[1400];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    const char *argv[] = {"extract", "--name", "wire.txt", NULL};
    Run r = tu_run(dir, in, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_int_eq(count_lines(r.out), 2);
    ck_assert(strstr(r.out, ",wire.txt,27,38,,$6 trillion,6000000000000,6000000000000,,USD/year,min,"));
    tu_run_free(&r);
    const char *argv2[] = {"extract", "-", NULL};
    r = tu_run(dir, in, NULL, argv2);
    ck_assert_int_eq(r.status, 0);
    ck_assert(strstr(r.out, ",stdin,27,38,"));
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* "Estimates of X vary": a sentence on a metric's measure, with no figure,
 * gives the metric to the figures after it in its paragraph, and to no
 * other paragraph's. */
START_TEST(a_sentence_on_a_metrics_estimates_should_give_the_metric_to_its_paragraph)
{
    char *dir = project();
    put(dir, "in.txt",
        "Estimates of Chinese investment in the Digital Silk Road vary enormously. The Council on Foreign "
        "Relations counted about $17 billion through 2018. IISS put the figure at $79 billion.\n\n"
        "Chinese investment grew. Kenya's budget was $20 billion.\n");
    char in[1400];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    const char *argv[] = {"extract", "--name", "dsr.txt", NULL};
    Run r = tu_run(dir, in, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_int_eq(count_lines(r.out), 4);
    ck_assert_msg(strstr(r.out, ",$17 billion,17000000000,,,USD,approx,dsr_investment,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",$79 billion,79000000000,,,USD,exact,dsr_investment,global,,2018,,IISS,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",$20 billion,20000000000,,,USD,exact,,kenya,"), "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* "30 had signed e-commerce MoUs and 18 countries and regions had signed
 * MoUs on investment in the digital economy": a coordinator right before
 * a figure opens its own clause; the predicate of the figure before is
 * not its metric (its places still are); a figure whose own clause names
 * none keeps it ("and 33 more"). */
START_TEST(a_figure_opening_a_coordinated_clause_should_not_take_the_metric_of_the_predicate_before)
{
    char *dir = project();
    put(dir, "in.txt",
        "By the end of 2022, 17 countries had signed memoranda of understanding on building the DSR, 30 had "
        "signed bilateral e-commerce cooperation MoUs and 18 countries and regions had signed MoUs on "
        "investment in the digital economy.\n\n"
        "By the end of 2023, 33 countries had signed bilateral e-commerce cooperation MoUs and 5 more.\n");
    char in[1400];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    const char *argv[] = {"extract", "--name", "mou.txt", NULL};
    Run r = tu_run(dir, in, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_msg(strstr(r.out, ",17,17,,,countries,exact,dsr_mou_countries,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",30,30,,,countries,exact,ecommerce_mou_countries,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",18,18,,,countries,exact,digital_investment_mou_countries,"), "%s", r.out);
    ck_assert_msg(strstr(r.out, ",5,5,,,countries,exact,ecommerce_mou_countries,"), "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(a_web_page_should_give_its_own_title_and_date_where_no_bibliography_does)
{
    char *dir = project();
    /* no sources.csv row: the page's <title> names the place, its date
     * dates "this year" */
    put(dir, "page.html",
        "<html><head><title>Kenya's digital economy in numbers</title>"
        "<meta name=\"date\" content=\"2021-06-01\"></head><body><article>"
        "<p>Internet users reached 21 million this year, according to the "
        "Communications Authority, as mobile data prices fell and more "
        "households bought their first smartphone.</p></article></body></html>\n");
    const char *argv[] = {"extract", "--no-curation", "page.html", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_msg(strstr(r.out, ",21 million,21000000,,,people,exact,internet_users,kenya,,2021,"), "%s", r.out);
    tu_run_free(&r);
    /* --no-sources: nothing from outside the sentence */
    const char *argv2[] = {"extract", "--no-curation", "--no-sources", "page.html", NULL};
    r = tu_run(dir, NULL, NULL, argv2);
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_msg(!strstr(r.out, "kenya,,2021"), "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(invalid_utf8_should_be_reported_and_the_rest_read)
{
    char *dir = project();
    put(dir, "bad.txt", "Intro \xff\xfe here.\nThe fund reached 30 countries and \xc3 more than 5% of users.\n");
    const char *argv[] = {"extract", "bad.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "claimbrief: bad.txt: invalid UTF-8 at byte 6 (3 invalid sequences; the rest was read)\n");
    ck_assert_int_eq(count_lines(r.out), 3);
    ck_assert(strstr(r.out, ",30,30,,,countries,exact,"));
    /* the sentence column stays valid UTF-8: the bad byte becomes U+FFFD */
    ck_assert(strstr(r.out, "countries and \xef\xbf\xbd more than"));
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(odd_documents_should_give_clean_results)
{
    char *dir = project();
    put(dir, "empty.txt", "");
    char *digits = malloc(10000 + 64);
    memset(digits, '9', 10000);
    strcpy(digits + 10000, " people, and 1e999 trillion dollars.\n");
    put(dir, "digits.txt", digits);
    free(digits);
    const char *argv[] = {"extract", "empty.txt", "digits.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.err, "");
    ck_assert_int_eq(count_lines(r.out), 1);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(a_100_mb_line_should_take_seconds_not_minutes)
{
    char *dir = project();
    char path[1400];
    snprintf(path, sizeof path, "%s/long.txt", dir);
    FILE *fp = fopen(path, "wb");
    ck_assert(fp != NULL);
    /* ordinary prose, one claim in a few hundred bytes, never a line break */
#define PROSE                                                                                   \
    "The cable carried data across the sea while the ministers met again and talked about "      \
    "cooperation, standards, sovereignty and growth. The partners named no figures that day. "    \
    "Officials from the region said the work would continue next year, and the talks ended "     \
    "without a statement. "
    static const char chunk[] = PROSE PROSE PROSE PROSE "China has signed agreements with 12 countries. ";
    size_t total = 0, want = 100u * 1024 * 1024;
    while (total < want) {
        ck_assert(fwrite(chunk, 1, sizeof chunk - 1, fp) == sizeof chunk - 1);
        total += sizeof chunk - 1;
    }
    fclose(fp);
    const char *argv[] = {"extract", "-o", "long.csv", "long.txt", NULL};
    double secs;
    Run r = timed_run(dir, argv, &secs);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    ck_assert_str_eq(r.err, "");
    ck_assert_msg(secs < SLOW_LIMIT, "took %.1f s of CPU", secs);
    fprintf(stderr, "100 MB line: %.2f s of CPU, status %d %s", secs, r.status, r.err);
    tu_run_free(&r);
    snprintf(path, sizeof path, "rm -f '%s/long.txt' '%s/long.csv'", dir, dir);
    tu_sh("%s", path);
    free(dir);
}
END_TEST

/* A paragraph of lines each ending with a colon, no full stop among them:
 * each line is a lead-in whose sentence was looked for back to the
 * paragraph's start (60,000 lines took 17 s). */
START_TEST(many_lead_in_lines_should_take_seconds_not_minutes)
{
    char *dir = project();
    size_t lines = 300000, len = strlen("Terms agreed:\n");
    char *doc = malloc(lines * len + 64);
    for (size_t i = 0; i < lines; i++)
        memcpy(doc + i * len, "Terms agreed:\n", len);
    strcpy(doc + lines * len, "- China signed 12 agreements.\n");
    put(dir, "colons.txt", doc);
    free(doc);
    const char *argv[] = {"extract", "colons.txt", NULL};
    double secs;
    Run r = timed_run(dir, argv, &secs);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    ck_assert_int_eq(count_lines(r.out), 2);
    ck_assert_msg(secs < SLOW_LIMIT, "took %.1f s of CPU", secs);
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* A long text before an interview's first "A:" turn, full of possessives
 * before names ("Acme's Ann Qabcd met."): each was looked for again over
 * the whole of it (120,000 of them took 78 s). */
START_TEST(a_long_opening_before_an_interview_should_take_seconds_not_minutes)
{
    char *dir = project();
    size_t lines = 120000, len = strlen("Acme's Ann Qaaaa met.\n");
    char *doc = malloc(lines * len + 128);
    for (size_t i = 0; i < lines; i++) {
        memcpy(doc + i * len, "Acme's Ann Qaaaa met.\n", len);
        for (size_t k = 0, v = i; k < 4; k++, v /= 26)
            doc[i * len + 12 + k] = (char)('a' + v % 26);
    }
    strcpy(doc + lines * len, "Q: How big is it?\nA: About 5 million users.\nQ: And next?\nA: Maybe 7 million users.\n");
    put(dir, "interview.txt", doc);
    free(doc);
    const char *argv[] = {"extract", "interview.txt", NULL};
    double secs;
    Run r = timed_run(dir, argv, &secs);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    ck_assert_int_eq(count_lines(r.out), 3);
    ck_assert_msg(secs < SLOW_LIMIT, "took %.1f s of CPU", secs);
    tu_run_free(&r);
    free(dir);
}
END_TEST

START_TEST(curation_should_reject_correct_and_add_by_id)
{
    char *dir = project();
    const char *argv[] = {"extract", "--no-curation", "data/corpus/004_d7a02fca77c0caa4.txt",
                          "data/corpus/003_4fc1147996c51467.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    /* ids of the $79-million and the $79 billion claims */
    char *m = strstr(r.out, ",004_d7a02fca77c0caa4.txt,5277,");
    char *b = strstr(r.out, ",003_4fc1147996c51467.txt,6036,");
    ck_assert(m && b);
    char idm[17], idb[17];
    memcpy(idm, m - 16, 16), idm[16] = 0;
    memcpy(idb, b - 16, 16), idb[16] = 0;
    char cur[1024];
    snprintf(cur, sizeof cur,
             "id,action,note,doc,start,end,text,value,unit,qualifier\n"
             "%s,reject,not a claim,004_d7a02fca77c0caa4.txt,,,,,,\n"
             "%s,correct,checked,003_4fc1147996c51467.txt,,,,80000000000,,\n"
             ",add,missed,003_4fc1147996c51467.txt,6006,6008,80,80,countries,approx\n"
             "0123456789abcdef,reject,gone,003_4fc1147996c51467.txt,,,,,,\n",
             idm, idb);
    put(dir, "data/curation.csv", cur);
    const char *argv2[] = {"extract", "data/corpus/004_d7a02fca77c0caa4.txt", "data/corpus/003_4fc1147996c51467.txt",
                           NULL};
    Run r2 = tu_run(dir, NULL, NULL, argv2);
    ck_assert_msg(r2.status == 0, "%s", r2.err);
    ck_assert(strstr(r2.out, ",5277,5288,") == NULL);
    ck_assert(strstr(r2.out, ",6036,6047,,$79 billion,80000000000,"));
    ck_assert(strstr(r2.out, ",corrected,checked"));
    /* the added claim sits in offset order, after the scanned rows before it */
    char *add = strstr(r2.out, ",003_4fc1147996c51467.txt,6006,6008,");
    ck_assert(add && strstr(add, ",added,missed"));
    ck_assert(strstr(r2.out, ",003_4fc1147996c51467.txt,6036,") > add);
    /* the row whose claim does not exist is reported */
    ck_assert(strstr(r2.err, "0123456789abcdef"));
    tu_run_free(&r);
    tu_run_free(&r2);
    free(dir);
}
END_TEST

/* issue 15: `extract --name` took an empty name, and cut a long one in
 * the middle of a UTF-8 character; a name with '/' gave a table its own
 * reader refuses. Each is a usage error now, and nothing is read. */
START_TEST(name_should_be_a_file_name_the_table_can_hold)
{
    char *dir = project();
    put(dir, "in.txt", "About 5.4 billion people were online in 2023.\n");
    char in[1400], longname[400];
    snprintf(in, sizeof in, "%s/in.txt", dir);
    /* 86 three-byte characters: 258 bytes, the 256th inside one */
    longname[0] = '\0';
    for (int i = 0; i < 86; i++)
        strcat(longname, "\xe8\xaf\x9d");
    static const struct {
        const char *name, *err;
    } bad[] = {
        {"", "claimbrief: extract: --name is empty (see 'claimbrief extract --help')\n"},
        {"a/b.txt", "claimbrief: extract: --name holds a '/' (a document name is a file name, not a "
                    "path) (see 'claimbrief extract --help')\n"},
        {NULL, "claimbrief: extract: --name is 258 bytes, over the limit of 255 (see 'claimbrief "
               "extract --help')\n"},
    };
    for (size_t i = 0; i < 3; i++) {
        const char *argv[] = {"extract", "--name", bad[i].name ? bad[i].name : longname, NULL};
        Run r = tu_run(dir, in, NULL, argv);
        ck_assert_int_eq(r.status, 2);
        ck_assert_str_eq(r.err, bad[i].err);
        ck_assert_str_eq(r.out, "");
        tu_run_free(&r);
    }
    /* 85 characters (255 bytes) is a name it takes whole */
    longname[255] = '\0';
    const char *argv[] = {"extract", "--name", longname, NULL};
    Run r = tu_run(dir, in, NULL, argv);
    ck_assert_int_eq(r.status, 0);
    char want[408];
    snprintf(want, sizeof want, ",%s,", longname);
    ck_assert_msg(strstr(r.out, want) != NULL, "%s", r.out);
    tu_run_free(&r);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("extract");
    TCase *tc = tcase_create("extract");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, extract_should_write_rows_by_document_then_offset);
    tcase_add_test(tc, output_file_should_be_replaced_whole_or_not_at_all);
    tcase_add_test(tc, bad_paths_should_get_one_line_each_and_exit_1);
    tcase_add_test(tc, usage_errors_should_exit_2_and_missing_metrics_1);
    tcase_add_test(tc, stdin_should_be_one_document_so_extract_is_a_filter);
    tcase_add_test(tc, a_sentence_on_a_metrics_estimates_should_give_the_metric_to_its_paragraph);
    tcase_add_test(tc, a_figure_opening_a_coordinated_clause_should_not_take_the_metric_of_the_predicate_before);
    tcase_add_test(tc, invalid_utf8_should_be_reported_and_the_rest_read);
    tcase_add_test(tc, odd_documents_should_give_clean_results);
    tcase_add_test(tc, a_100_mb_line_should_take_seconds_not_minutes);
    tcase_add_test(tc, many_lead_in_lines_should_take_seconds_not_minutes);
    tcase_add_test(tc, a_long_opening_before_an_interview_should_take_seconds_not_minutes);
    tcase_add_test(tc, curation_should_reject_correct_and_add_by_id);
    tcase_add_test(tc, name_should_be_a_file_name_the_table_can_hold);
    tcase_add_test(tc, a_web_page_should_give_its_own_title_and_date_where_no_bibliography_does);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

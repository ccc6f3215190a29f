/* test_limits.c — every limit in src/core/limits.h is documented in the
 * README's "Limits" section with its value, and the ones enforced below
 * the command layer (CSV and file readers, fonts) accept input exactly at
 * the limit and refuse one past it with an error naming the file and line.
 * (Limits seen through the commands — document size, sentence length,
 * claims per document, digits — are cases in tests/bad/MANIFEST.) */
#include "csvio.h"
#include "font.h"
#include "fsio.h"
#include "limits.h"
#include "testutil.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int count_rows(const CsvRow *row, void *ctx, Diag *d)
{
    (void)row;
    (void)d;
    (*(int *)ctx)++;
    return 0;
}

/* The README's "## Limits" section, up to the next "## " heading. */
static char *limits_section(void)
{
    char *readme = tu_read(CB_SOURCE_DIR "/README.md", NULL);
    ck_assert_ptr_nonnull(readme);
    char *p = strstr(readme, "\n## Limits\n");
    ck_assert_msg(p != NULL, "README has no '## Limits' section");
    char *end = strstr(p + 1, "\n## ");
    size_t n = end ? (size_t)(end - p) : strlen(p);
    char *s = strndup(p, n);
    free(readme);
    return s;
}

START_TEST(readme_should_document_every_limit_with_its_value)
{
    char *sec = limits_section();
    char *hdr = tu_read(CB_SOURCE_DIR "/src/core/limits.h", NULL);
    ck_assert_ptr_nonnull(hdr);
    static const struct {
        const char *name;
        unsigned long long value;
    } lim[] = {
        {"CB_MAX_DOC_BYTES", CB_MAX_DOC_BYTES},
        {"CB_MAX_SENTENCE_BYTES", CB_MAX_SENTENCE_BYTES},
        {"CB_MAX_RUNON_REACH", CB_MAX_RUNON_REACH},
        {"CB_MAX_CLAIMS_PER_DOC", CB_MAX_CLAIMS_PER_DOC},
        {"CB_MAX_NUMBER_DIGITS", CB_MAX_NUMBER_DIGITS},
        {"CB_MAX_CSV_BYTES", CB_MAX_CSV_BYTES},
        {"CB_MAX_CSV_FIELD", CB_MAX_CSV_FIELD},
        {"CB_MAX_CSV_FIELDS", CB_MAX_CSV_FIELDS},
        {"CB_MAX_CSV_LINE", CB_MAX_CSV_LINE},
        {"CB_MAX_FONT_BYTES", CB_MAX_FONT_BYTES},
        {"CB_MAX_FINDING_IDS", CB_MAX_FINDING_IDS},
        {"CB_MAX_READ_SECONDS", CB_MAX_READ_SECONDS},
        {"CB_MAX_READ_MEMORY", CB_MAX_READ_MEMORY},
        {"CB_MAX_PDF_PAGES", CB_MAX_PDF_PAGES},
        {"CB_MAX_READER_DOCS", CB_MAX_READER_DOCS},
        {"CB_MAX_SETTINGS_BYTES", CB_MAX_SETTINGS_BYTES},
        {"CB_MAX_SETTINGS_LINE", CB_MAX_SETTINGS_LINE},
        {"CB_MAX_SETTINGS_VALUE", CB_MAX_SETTINGS_VALUE},
    };
    for (size_t i = 0; i < sizeof lim / sizeof *lim; i++) {
        char row[256];
        const char *p = strstr(sec, lim[i].name);
        ck_assert_msg(p != NULL, "README Limits lacks %s", lim[i].name);
        const char *eol = strchr(p, '\n');
        snprintf(row, sizeof row, "%.*s", (int)(eol ? eol - p : (long)strlen(p)), p);
        char want[32];
        snprintf(want, sizeof want, "%llu", lim[i].value);
        ck_assert_msg(strstr(row, want) != NULL, "README Limits row for %s lacks its value %s: %s",
                      lim[i].name, want, row);
    }
    /* and no limit in the header is missing from the list above */
    for (const char *p = hdr; (p = strstr(p, "#define CB_MAX_")); p++) {
        char name[64];
        sscanf(p + 8, "%63s", name);
        int known = 0;
        for (size_t i = 0; i < sizeof lim / sizeof *lim; i++)
            known |= !strcmp(lim[i].name, name);
        ck_assert_msg(known, "%s is new in limits.h: add it to the README and to this test", name);
    }
    free(hdr);
    free(sec);
}
END_TEST

START_TEST(csv_field_at_limit_should_pass_and_one_more_byte_fail)
{
    size_t n = CB_MAX_CSV_FIELD;
    char *s = malloc(n + 16);
    memcpy(s, "h\n", 2);
    memset(s + 2, 'x', n);
    s[2 + n] = '\n';
    int rows = 0;
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("f.csv", s, n + 3, count_rows, &rows, &d), 0);
    ck_assert_int_eq(rows, 2);
    memset(s + 2, 'x', n + 1);
    s[3 + n] = '\n';
    ck_assert_int_eq(csvio_read_mem("f.csv", s, n + 4, count_rows, &rows, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "f.csv");
    ck_assert_int_eq(d.line, 2);
    ck_assert_ptr_nonnull(strstr(d.msg, "over the limit"));
    free(s);
}
END_TEST

START_TEST(csv_fields_at_limit_should_pass_and_one_more_fail)
{
    char s[4 * CB_MAX_CSV_FIELDS + 8];
    size_t n = 0;
    for (int i = 0; i < CB_MAX_CSV_FIELDS; i++)
        n += (size_t)sprintf(s + n, i ? ",x" : "x");
    s[n++] = '\n';
    int rows = 0;
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("f.csv", s, n, count_rows, &rows, &d), 0);
    n--;
    n += (size_t)sprintf(s + n, ",x\n");
    ck_assert_int_eq(csvio_read_mem("f.csv", s, n, count_rows, &rows, &d), CB_EINPUT);
    ck_assert_int_eq(d.line, 1);
    ck_assert_ptr_nonnull(strstr(d.msg, "fields in one row"));
}
END_TEST

START_TEST(csv_line_at_limit_should_pass_and_one_more_byte_fail)
{
    /* one line of exactly CB_MAX_CSV_LINE bytes (newline included), made
     * of fields under the field limit; then the same plus one byte */
    size_t n = CB_MAX_CSV_LINE;
    char *s = malloc(n + 2);
    size_t per = CB_MAX_CSV_FIELD / 2;
    for (size_t i = 0; i < n - 1; i++)
        s[i] = (i + 1) % (per + 1) == 0 ? ',' : 'y';
    s[n - 1] = '\n';
    int rows = 0;
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("l.csv", s, n, count_rows, &rows, &d), 0);
    s[n - 1] = 'y';
    s[n] = '\n';
    ck_assert_int_eq(csvio_read_mem("l.csv", s, n + 1, count_rows, &rows, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, "l.csv");
    ck_assert_int_eq(d.line, 1);
    ck_assert_ptr_nonnull(strstr(d.msg, "line longer than"));
    free(s);
}
END_TEST

/* A sparse file one byte past a limit: refused from its size, unread. */
static char *sparse(const char *dir, const char *name, unsigned long long bytes)
{
    char *p = malloc(1200);
    snprintf(p, 1200, "%s/%s", dir, name);
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(ftruncate(fd, (off_t)bytes), 0);
    close(fd);
    return p;
}

START_TEST(csv_file_past_limit_should_be_refused_by_size)
{
    char *dir = tu_tmpdir("limits");
    char *p = sparse(dir, "big.csv", CB_MAX_CSV_BYTES + 1ull);
    int rows = 0;
    Diag d = {0};
    ck_assert_int_eq(csvio_read_file(p, count_rows, &rows, &d), CB_EINPUT);
    ck_assert_str_eq(d.file, p);
    ck_assert_ptr_nonnull(strstr(d.msg, "over the limit"));
    ck_assert_int_eq(rows, 0);
    unlink(p);
    free(p);
    free(dir);
}
END_TEST

START_TEST(font_file_past_limit_should_be_refused_by_size)
{
    char *dir = tu_tmpdir("limits");
    ck_assert_int_eq(tu_sh("for f in '%s'/fonts/*.ttf; do ln -s \"$f\" '%s/'; done", CB_SOURCE_DIR, dir), 0);
    char link[1200];
    snprintf(link, sizeof link, "%s/NotoSans-Bold.ttf", dir);
    unlink(link);
    char *p = sparse(dir, "NotoSans-Bold.ttf", CB_MAX_FONT_BYTES + 1ull);
    Fonts *f = NULL;
    Diag d = {0};
    ck_assert_int_eq(fonts_load(dir, &f, &d), CB_EINPUT);
    ck_assert_ptr_null(f);
    ck_assert_str_eq(d.file, p);
    ck_assert_ptr_nonnull(strstr(d.msg, "limit"));
    unlink(p);
    free(p);
    free(dir);
}
END_TEST

/* issue 15: three 256 KiB documents of "5% 5% ..." made a 554 MB claims
 * table, over CB_MAX_CSV_BYTES: from then on no command could read it.
 * The writer holds to its reader's limit: exit 1, the old table kept. */
START_TEST(a_claims_table_past_its_readers_limit_should_never_be_written)
{
    char *dir = tu_tmpdir("limits");
    tu_copy_project(dir);
    char p[1400];
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s/big%d.txt", dir, i);
        FILE *fp = fopen(p, "wb");
        ck_assert_ptr_nonnull(fp);
        for (int k = 0; k < 262144 / 3; k++)
            fputs("5% ", fp);
        ck_assert_int_eq(fclose(fp), 0);
    }
    snprintf(p, sizeof p, "%s/out.csv", dir);
    tu_write(p, "old\n", 4);
    const char *argv[] = {"extract", "-o", "out.csv", "big0.txt", "big1.txt", "big2.txt", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: out.csv: the claims table would pass 536870912 bytes, the "
                            "limit its reader takes; the old table is kept\n");
    tu_run_free(&r);
    char *got = tu_read(p, NULL);
    ck_assert_str_eq(got, "old\n");
    free(got);
    ck_assert_int_eq(tu_sh("cd '%s' && test -z \"$(find . -name '*.tmp.*')\"", dir), 0);
    tu_sh("rm -rf '%s'", dir);
    free(dir);
}
END_TEST

/* The same limit held by build, whose table is spliced from the rows it
 * kept and the documents it reads again: checked as each document's rows
 * join it, so the table is never written and the old one stays. */
START_TEST(a_built_claims_table_past_its_readers_limit_should_never_be_written)
{
    char *dir = tu_tmpdir("limits-build");
    tu_copy_project(dir);
    char p[1400];
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s/data/corpus/big%d.txt", dir, i);
        FILE *fp = fopen(p, "wb");
        ck_assert_ptr_nonnull(fp);
        for (int k = 0; k < 262144 / 3; k++)
            fputs("5% ", fp);
        ck_assert_int_eq(fclose(fp), 0);
    }
    snprintf(p, sizeof p, "%s/data/claims.csv", dir);
    tu_write(p, "old\n", 4);
    const char *argv[] = {"build", "--quiet", NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    /* (after the bibliography's warnings about the new documents) */
    static const char want[] = "\nclaimbrief: data/claims.csv: the claims table would pass 536870912 "
                               "bytes, the limit its reader takes; the old table is kept\n";
    size_t n = strlen(r.err);
    ck_assert_msg(n >= sizeof want - 1 && !strcmp(r.err + n - (sizeof want - 1), want), "said: %s",
                  r.err);
    tu_run_free(&r);
    char *got = tu_read(p, NULL);
    ck_assert_str_eq(got, "old\n");
    free(got);
    ck_assert_int_eq(tu_sh("cd '%s' && test -z \"$(find . -name '*.tmp.*')\"", dir), 0);
    tu_sh("rm -rf '%s'", dir);
    free(dir);
}
END_TEST

/* A run-on past the sentence window (CB_MAX_SENTENCE_BYTES either side):
 * a claim's rules read only a reach of a few hundred bytes either side
 * where the window cut it, so a 256 KB run-on of figures costs each claim
 * that reach, not the window's 4 KB. A source named 150 bytes before the
 * figure is still credited; one 700 bytes before is not. */
START_TEST(a_run_on_claim_should_read_only_its_reach)
{
    char *dir = tu_tmpdir("limits-runon");
    tu_copy_project(dir);
    static const char fill[] = "and then the rollout went on ";
    const int gap[2] = {4, 25};   /* fillers between the source and the figure */
    for (int k = 0; k < 2; k++) {
        char p[1400];
        snprintf(p, sizeof p, "%s/runon%d.txt", dir, k);
        FILE *fp = fopen(p, "wb");
        ck_assert_ptr_nonnull(fp);
        for (int i = 0; i < 90; i++)
            fputs(fill, fp);
        fputs("in 2019 according to the ITU ", fp);
        for (int i = 0; i < gap[k]; i++)
            fputs(fill, fp);
        fputs("some 5 million people were online ", fp);
        for (int i = 0; i < 150; i++)
            fputs(fill, fp);
        fputs("\n", fp);
        ck_assert_int_eq(fclose(fp), 0);
        char name[32];
        snprintf(name, sizeof name, "runon%d.txt", k);
        const char *argv[] = {"extract", name, NULL};
        Run r = tu_run(dir, NULL, NULL, argv);
        ck_assert_int_eq(r.status, 0);
        ck_assert_msg(strstr(r.out, ",5 million,") != NULL, "no claim: %s", r.out);
        if (k == 0)
            ck_assert_msg(strstr(r.out, ",2019,,ITU,") != NULL, "the source near the figure is lost: %s", r.out);
        else
            ck_assert_msg(strstr(r.out, ",ITU,") == NULL, "a source 700 bytes away in a run-on: %s", r.out);
        tu_run_free(&r);
    }
    tu_sh("rm -rf '%s'", dir);
    free(dir);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("limits");
    TCase *tc = tcase_create("limits");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, readme_should_document_every_limit_with_its_value);
    tcase_add_test(tc, csv_field_at_limit_should_pass_and_one_more_byte_fail);
    tcase_add_test(tc, csv_fields_at_limit_should_pass_and_one_more_fail);
    tcase_add_test(tc, csv_line_at_limit_should_pass_and_one_more_byte_fail);
    tcase_add_test(tc, csv_file_past_limit_should_be_refused_by_size);
    tcase_add_test(tc, font_file_past_limit_should_be_refused_by_size);
    tcase_add_test(tc, a_run_on_claim_should_read_only_its_reach);
    suite_add_tcase(s, tc);
    /* half a gigabyte of rows: seconds here, minutes under the sanitizers */
    TCase *big = tcase_create("big");
    tcase_set_timeout(big, 900);
    tcase_add_test(big, a_claims_table_past_its_readers_limit_should_never_be_written);
    tcase_add_test(big, a_built_claims_table_past_its_readers_limit_should_never_be_written);
    suite_add_tcase(s, big);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}

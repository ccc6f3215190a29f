/* test_regress.c — regressions: defects that fuzzing and the bad-input
 * suite found in other modules, each pinned by the smallest input that
 * showed it (the fuzz corpus keeps the raw inputs too). */
#include "csvio.h"
#include "extract.h"
#include "sentence.h"
#include "limits.h"
#include "font.h"
#include "fsio.h"
#include "testutil.h"

#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int last_line(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    *(long *)ctx = row->line;
    return 0;
}

/* fuzz_csv, input "\0" and "\na": a last line of one byte without a
 * newline was taken for a blank line, so its record reported the line of
 * the record before (or 0). */
START_TEST(csv_one_byte_last_line_should_report_its_own_line)
{
    long line = -1;
    Diag d = {0};
    ck_assert_int_eq(csvio_read_mem("t.csv", "a,b\nx", 5, last_line, &line, &d), 0);
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(csvio_read_mem("t.csv", "\na", 2, last_line, &line, &d), 0);
    ck_assert_int_eq(line, 2);
    ck_assert_int_eq(csvio_read_mem("t.csv", "a\r\n\r\nb", 7, last_line, &line, &d), 0);
    ck_assert_int_eq(line, 3);
}
END_TEST

/* bad-input suite, @fifo as a document or data/claims.csv: opening a FIFO
 * with no writer blocked forever. A project file that is a FIFO is
 * refused; one the user names is read as a stream once its writer
 * comes (as cat reads it; test_fsio has one that writes): here one that
 * goes without a word, so it is empty, and nothing hangs. */
START_TEST(reading_a_fifo_without_writer_should_not_hang)
{
    char *dir = tu_tmpdir("regress");
    char path[1200];
    snprintf(path, sizeof path, "%s/doc.txt", dir);
    ck_assert_int_eq(mkfifo(path, 0644), 0);
    alarm(10);   /* a hang fails the test instead of stalling the suite */
    Buf b;
    Diag d = {0};
    ck_assert_int_eq(fsio_read(path, 1000, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "cannot read: not a regular file (a FIFO)");
    pid_t w = fork();
    ck_assert_int_ge(w, 0);
    if (w == 0) {
        usleep(100000);
        int fd = open(path, O_WRONLY);
        _exit(fd < 0);
    }
    ck_assert_int_eq(fsio_read_input(path, 1000, FSIO_STREAM, &b, &d), 0);
    ck_assert_uint_eq(b.len, 0);
    buf_free(&b);
    waitpid(w, NULL, 0);
    alarm(0);
    free(dir);
}
END_TEST

/* bad-input suite, @fifo as fonts/X.ttf: fonts_load blocked in fopen. */
START_TEST(a_fifo_in_place_of_a_font_should_be_refused_not_hang)
{
    char *dir = tu_tmpdir("regress");
    ck_assert_int_eq(tu_sh("for f in '%s'/fonts/*.ttf; do ln -s \"$f\" '%s/'; done", CB_SOURCE_DIR, dir), 0);
    char path[1200];
    snprintf(path, sizeof path, "%s/NotoSans-Bold.ttf", dir);
    ck_assert_int_eq(unlink(path), 0);
    ck_assert_int_eq(mkfifo(path, 0644), 0);
    alarm(20);
    Fonts *f = NULL;
    Diag d = {0};
    ck_assert_int_eq(fonts_load(dir, &f, &d), CB_EINPUT);
    alarm(0);
    ck_assert_str_eq(d.file, path);
    ck_assert_str_eq(d.msg, "cannot read: not a regular file (a FIFO)");
    free(dir);
}
END_TEST

/* fuzz_extract: "About 5 million xxx " * 200 gave sentences of 2049
 * bytes: the collapsed space before the cut was not counted. */
START_TEST(sentence_text_should_never_pass_the_limit)
{
    for (int pad = 1; pad <= 8; pad++) {
        char unit[64], doc[16384];
        snprintf(unit, sizeof unit, "About 5 million %.*s ", pad, "xxxxxxxx");
        size_t n = 0, u = strlen(unit);
        while (n + u < sizeof doc) {
            memcpy(doc + n, unit, u);
            n += u;
        }
        doc[n] = '\0';
        for (size_t start = 0; start + 100 < n; start += 7) {
            char *t = sentence_text(doc, start, n);
            ck_assert_msg(strlen(t) <= CB_MAX_SENTENCE_BYTES, "pad %d start %zu: %zu bytes", pad,
                          start, strlen(t));
            free(t);
        }
    }
}
END_TEST

/* fuzz_csv, input "x\n\"\t\"": a cell with a tab at an edge was written
 * unquoted, and libcsv trims edge tabs when reading it back. */
static int first_cell(const CsvRow *row, void *ctx, Diag *d)
{
    (void)d;
    snprintf(ctx, 32, "%s", row->f[0]);
    return 0;
}

START_TEST(csv_cells_with_edge_tabs_should_read_back_the_same)
{
    static const char *const cells[] = {"\t", "\tx", "x\t", " x ", "\t x \t"};
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++) {
        Buf b;
        buf_init(&b, 0);
        csvio_str(&b, cells[i]);
        buf_puts(&b, ",y\n");
        char got[32] = "?";
        Diag d = {0};
        ck_assert_int_eq(csvio_read_mem("t.csv", b.data, b.len, first_cell, got, &d), 0);
        ck_assert_str_eq(got, cells[i]);
        buf_free(&b);
    }
}
END_TEST

/* D12: a consistency finding held against 1e-300 made the log axis span
 * ~300 decades and overflow an int conversion (UBSan). */
START_TEST(a_log_axis_over_hundreds_of_decades_should_stay_finite)
{
    char *dir = tu_tmpdir("regress");
    tu_copy_project(dir);
    char path[1200];
    snprintf(path, sizeof path, "%s/reports/findings.csv", dir);
    const char *csv = "id,kind,statement,value,low,high,other_value,other_low,other_high,unit,"
                      "verdict,claims,references\n"
                      "consistency:x,consistency,A check.,8e9,7e9,9e9,1e-300,,,people,"
                      "inconsistent,,\n";
    tu_write(path, csv, strlen(csv));
    ck_assert_int_eq(tu_sh("cd '%s' && '%s' extract -o data/claims.csv data/corpus 2>/dev/null", dir,
                           CB_PROGRAM),
                     0);
    Run r = tu_run(dir, NULL, NULL,
                   (const char *[]){"chart", "consistency", "--format", "svg", NULL});
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    tu_run_free(&r);
    free(dir);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("regress");
    TCase *tc = tcase_create("regress");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, csv_one_byte_last_line_should_report_its_own_line);
    tcase_add_test(tc, reading_a_fifo_without_writer_should_not_hang);
    tcase_add_test(tc, a_fifo_in_place_of_a_font_should_be_refused_not_hang);
    tcase_add_test(tc, sentence_text_should_never_pass_the_limit);
    tcase_add_test(tc, csv_cells_with_edge_tabs_should_read_back_the_same);
    tcase_add_test(tc, a_log_axis_over_hundreds_of_decades_should_stay_finite);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}

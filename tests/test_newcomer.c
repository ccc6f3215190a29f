/* test_newcomer.c — a newcomer's first hour, exactly as the README says:
 * clone; the README's first command; then the lines of its "Your own
 * project" block, one per step: `init ~/brief`, documents dropped in,
 * the settings edited, `build`. The result must be their own brief, with
 * warnings that say what to fix, and no warning once it is fixed.
 *
 * The steps run in order on one home folder (testtmp/newcomer/home); each
 * is a test of its own. The clone is of the checkout's HEAD (committed
 * work), as a newcomer would get it. */
#include "settings.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define NEW CB_BINARY_DIR "/testtmp/newcomer"
#define HOME NEW "/home"
#define CLONE HOME "/claimbrief"
#define BRIEF HOME "/brief"

/* The indented lines of the README's code block after marker, one per
 * element of out (at most n); returns the count. */
static size_t readme_block(const char *marker, char out[][256], size_t n)
{
    char *readme = tu_read(CB_SOURCE_DIR "/README.md", NULL);
    ck_assert_ptr_nonnull(readme);
    const char *p = strstr(readme, marker);
    ck_assert_msg(p != NULL, "README lacks \"%s\"", marker);
    p += strlen(marker);
    while (*p == '\n')
        p++;
    size_t k = 0;
    while (k < n && !strncmp(p, "    ", 4)) {
        const char *nl = strchr(p, '\n');
        snprintf(out[k++], 256, "%.*s", (int)(nl - p - 4), p + 4);
        p = nl + 1;
    }
    free(readme);
    return k;
}

/* Line i of the README's "Your own project" block. */
static void own_project_line(size_t i, char *line, size_t cap)
{
    char lines[8][256];
    size_t n = readme_block("documents in it, say whose brief it is, build:\n", lines, 8);
    ck_assert_msg(n == 4, "the README's own-project block has %zu lines, this test walks 4", n);
    snprintf(line, cap, "%s", lines[i]);
}

/* Run a README line in the checkout, as the newcomer: their HOME, their
 * editor (a script standing for them), stdout and stderr into NEW. */
static int run_line(const char *line)
{
    return tu_sh("cd '" CLONE "' && env HOME='" HOME "' EDITOR='" NEW "/editor' "
                 "SOURCE_DATE_EPOCH=1700000000 sh -c '%s' > '" NEW "/out.txt' 2> '" NEW "/err.txt'",
                 line);
}

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

START_TEST(step1_clone)
{
    if (tu_sh("git -C '%s' rev-parse --git-dir >/dev/null 2>&1", CB_SOURCE_DIR) != 0) {
        fprintf(stderr, "test_newcomer: SKIP (the source is not a git checkout)\n");
        return;
    }
    tu_sh("rm -rf '" NEW "' && mkdir -p '" HOME "'");
    ck_assert_int_eq(tu_sh("git clone --quiet '%s' '" CLONE "'", CB_SOURCE_DIR), 0);
    ck_assert(exists(CLONE "/scripts/bootstrap"));
    ck_assert(exists(CLONE "/fonts/NotoSans-Regular.ttf"));
    ck_assert(exists(CLONE "/data/metrics.csv"));
}
END_TEST

START_TEST(step2_the_readmes_first_command)
{
    if (!exists(CLONE))
        return;   /* skipped with step 1 */
    char lines[2][256];
    ck_assert_uint_eq(readme_block("Set up, build, and produce the brief from the bundled documents:\n",
                                   lines, 1),
                      1);
    ck_assert_int_eq(run_line(lines[0]), 0);
    ck_assert(exists(CLONE "/build/claimbrief"));
    ck_assert(exists(CLONE "/reports/brief.pdf"));
    ck_assert_int_eq(tu_sh("pdftotext '" CLONE "/reports/brief.pdf' - 2>/dev/null | "
                           "grep -q 'Numbers in the documents'"),
                     0);
}
END_TEST

START_TEST(step3_init_a_project_in_the_home_folder)
{
    if (!exists(CLONE))
        return;
    char line[256];
    own_project_line(0, line, sizeof line);
    ck_assert_msg(strstr(line, "init ~/brief"), "line 1 is '%s'", line);
    ck_assert_int_eq(run_line(line), 0);
    ck_assert(exists(BRIEF "/claimbrief.ini"));
    ck_assert(exists(BRIEF "/data/corpus/sources.csv"));
    ck_assert(exists(BRIEF "/data/metrics.csv"));
    ck_assert(!exists(BRIEF "/fonts"));
    /* it says what to do next */
    ck_assert_int_eq(tu_sh("grep -q 'put the documents' '" NEW "/out.txt'"), 0);
}
END_TEST

START_TEST(step4_drop_in_documents)
{
    if (!exists(CLONE))
        return;
    /* the newcomer's reading: three documents of the example project */
    tu_sh("mkdir -p '" HOME "/reading' && cp '" CLONE "/examples/dsr/data/corpus/'40[123]_*.txt '" HOME
          "/reading/'");
    char line[256];
    own_project_line(1, line, sizeof line);
    ck_assert_int_eq(run_line(line), 0);
    /* the documents are the project's, found from inside it */
    ck_assert_int_eq(tu_sh("cd '" BRIEF "/data/corpus' && '" CLONE "/build/claimbrief' extract . 2>/dev/null | "
                           "cut -d, -f2 | sort -u | grep -c '^40[123]_' | grep -qx 3"),
                     0);
}
END_TEST

START_TEST(step5_edit_the_settings)
{
    if (!exists(CLONE))
        return;
    /* the editor: the newcomer sets the title, who they are, the marking,
     * letter paper and the date */
    tu_write(NEW "/editor",
             "#!/bin/sh\n"
             "sed -i -e 's/^title = .*/title = Connectivity in our reading/' "
             "-e 's/^author =.*/author = Ana Analyst/' -e 's/^organisation =.*/organisation = Policy Unit/' "
             "-e 's/^marking =.*/marking = INTERNAL/' -e 's/^paper = .*/paper = letter/' "
             "-e 's/^date =.*/date = 2025-03-31/' \"$1\"\n",
             strlen("#!/bin/sh\n"
                    "sed -i -e 's/^title = .*/title = Connectivity in our reading/' "
                    "-e 's/^author =.*/author = Ana Analyst/' -e 's/^organisation =.*/organisation = Policy Unit/' "
                    "-e 's/^marking =.*/marking = INTERNAL/' -e 's/^paper = .*/paper = letter/' "
                    "-e 's/^date =.*/date = 2025-03-31/' \"$1\"\n"));
    tu_sh("chmod +x '" NEW "/editor'");
    char line[256];
    own_project_line(2, line, sizeof line);
    ck_assert_int_eq(run_line(line), 0);
    Settings s;
    Diag d = {0};
    ck_assert_int_eq(settings_load(BRIEF "/claimbrief.ini", &s, &d), 0);
    ck_assert_str_eq(s.title, "Connectivity in our reading");
    ck_assert_str_eq(s.author, "Ana Analyst");
    ck_assert_str_eq(s.marking, "INTERNAL");
    ck_assert_int_eq(s.paper, PAPER_LETTER);
    settings_free(&s);
}
END_TEST

START_TEST(step6_build_gives_their_own_brief_and_says_what_to_fix)
{
    if (!exists(CLONE))
        return;
    char line[256];
    own_project_line(3, line, sizeof line);
    ck_assert_int_eq(run_line(line), 0);
    ck_assert(exists(BRIEF "/reports/brief.pdf"));
    /* their brief: title, author, organisation, date on the cover; the
     * marking at the top and the foot of every page; letter paper */
    ck_assert_int_eq(tu_sh("cd '" BRIEF "' && pdftotext reports/brief.pdf b.txt 2>/dev/null && "
                           "grep -q 'Connectivity in our reading' b.txt && grep -q 'Ana Analyst' b.txt && "
                           "grep -q 'Policy Unit' b.txt && grep -q '31 March 2025' b.txt"),
                     0);
    ck_assert_int_eq(tu_sh("cd '" BRIEF "' && pages=$(pdfinfo reports/brief.pdf | awk '/^Pages:/{print $2}') && "
                           "test \"$pages\" -gt 2 && for p in $(seq 1 $pages); do "
                           "test $(pdftotext -f $p -l $p reports/brief.pdf - 2>/dev/null | grep -o INTERNAL | "
                           "wc -l) -eq 2 || exit 1; done && "
                           "pdfinfo reports/brief.pdf | grep -q 'Page size: *612 x 792'"),
                     0);
    /* the warnings say what to fix: a row in sources.csv per document */
    char *err = tu_read(NEW "/err.txt", NULL);
    ck_assert_ptr_nonnull(err);
    for (int i = 1; i <= 3; i++) {
        char want[64];
        snprintf(want, sizeof want, "no row for document '40%d_", i);
        ck_assert_msg(strstr(err, want), "no warning for document 40%d: %s", i, err);
    }
    ck_assert_ptr_nonnull(strstr(err, "add one (file,title,authors,publisher,date,url)"));
    free(err);
    /* done as they say, the build is quiet and the brief cites the titles */
    ck_assert_int_eq(tu_sh("cd '" BRIEF "' && grep -h '^40[123]_' '" CLONE "/examples/dsr/data/corpus/sources.csv' "
                           ">> data/corpus/sources.csv"),
                     0);
    ck_assert_int_eq(run_line(line), 0);
    char *err2 = tu_read(NEW "/err.txt", NULL);
    ck_assert_str_eq(err2, "");
    free(err2);
    ck_assert_int_eq(tu_sh("cd '" BRIEF "' && pdftotext reports/brief.pdf - 2>/dev/null | grep -q 'File: 401_'"),
                     0);
    /* the whole walk passed: its clone and build go (CB_KEEP_TESTTMP keeps
     * them, as for the other suites' folders) */
    if (!getenv("CB_KEEP_TESTTMP"))
        tu_sh("rm -rf '" NEW "'");
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("newcomer");
    TCase *tc = tcase_create("newcomer");
    /* step 2 builds the clone from scratch */
    tcase_set_timeout(tc, 280);
    tcase_add_test(tc, step1_clone);
    tcase_add_test(tc, step2_the_readmes_first_command);
    tcase_add_test(tc, step3_init_a_project_in_the_home_folder);
    tcase_add_test(tc, step4_drop_in_documents);
    tcase_add_test(tc, step5_edit_the_settings);
    tcase_add_test(tc, step6_build_gives_their_own_brief_and_says_what_to_fix);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}

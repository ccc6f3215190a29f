/* test_ownpath.c — what the program writes and removes on its own
 * account stays in the project: a folder of it that is a link (a cloned
 * repository's reports/ leading to the user's home) is refused, never
 * written into or cleared. */
#include "ownpath.h"
#include "testutil.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const ENV[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};

START_TEST(a_project_path_should_be_relative_with_no_dot_steps)
{
    static const char *const good[] = {"reports/brief.pdf", "data/claims.csv", "a", "reports/.build/x.tmp.cb-1"};
    static const char *const bad[] = {"",   "/etc/passwd", "../x",  "reports/../../x", "./reports/x",
                                      "reports//x", "reports/", "..", "reports/."};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        ck_assert_msg(ownpath_valid(good[i]), "%s", good[i]);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        ck_assert_msg(!ownpath_valid(bad[i]), "'%s'", bad[i]);
}
END_TEST

/* ownpath_unlink and ownpath_mkdirs step through real folders only. */
START_TEST(a_linked_folder_should_stop_a_removal_and_a_mkdir)
{
    char *dir = tu_tmpdir("ownpath");
    ck_assert_int_eq(tu_sh("cd '%s' && mkdir -p outside project/reports && echo mine > outside/x && "
                           "echo ours > project/reports/x && ln -s ../outside project/linked && "
                           "ln -s ../../outside project/reports/charts",
                           dir),
                     0);
    char p[1400];
    snprintf(p, sizeof p, "%s/project", dir);
    ck_assert_int_eq(chdir(p), 0);
    ck_assert_int_eq(ownpath_unlink("linked/x"), -1);
    ck_assert_int_eq(ownpath_unlink("reports/charts/x"), -1);
    ck_assert_int_eq(access("../outside/x", F_OK), 0);
    ck_assert_int_eq(ownpath_unlink("reports/x"), 0);
    ck_assert_int_eq(access("reports/x", F_OK), -1);
    /* a link as the file itself is removed as a link */
    ck_assert_int_eq(symlink("../../outside/x", "reports/y"), 0);
    ck_assert_int_eq(ownpath_unlink("reports/y"), 0);
    ck_assert_int_eq(access("../outside/x", F_OK), 0);
    Diag d = {0};
    ck_assert_int_eq(ownpath_mkdirs("reports/charts", &d), CB_EWRITE);
    ck_assert_str_eq(d.file, "reports/charts");
    ck_assert_ptr_nonnull(strstr(d.msg, "is a symbolic link"));
    ck_assert_int_eq(ownpath_mkdirs("linked/new", &d), CB_EWRITE);
    ck_assert_str_eq(d.file, "linked");
    ck_assert_int_eq(access("../outside/new", F_OK), -1);
    ck_assert_int_eq(ownpath_mkdirs("reports/.build/text", &d), 0);
    ck_assert_int_eq(access("reports/.build/text", F_OK), 0);
    ck_assert_int_eq(ownpath_mkdirs("reports/x/../y", &d), CB_EWRITE);
    free(dir);
}
END_TEST

/* A built project whose folder `what` moved outside it, a link to it
 * in its place, and a document changed: `argv` must fail with status 3
 * naming the link, and write nothing there (a file replaced has another
 * inode). */
static void refused(const char *tag, const char *what, const char *const *argv)
{
    char *dir = tu_tmpdir(tag);
    tu_copy_project(dir);
    Run r = tu_run(dir, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 0);
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && mkdir outside && mv '%s' outside/it && ln -s \"$(pwd)/outside/it\" '%s' && "
                           "echo 'Kenya had 9 million users in 2020.' >> data/corpus/000_2955b90d192068f7.txt && "
                           "find outside -printf '%%p %%i %%s\\n' | sort > before",
                           dir, what, what),
                     0);
    r = tu_run(dir, NULL, ENV, argv);
    char want[300];
    snprintf(want, sizeof want, "claimbrief: %s: cannot write: is a symbolic link", what);
    ck_assert_msg(r.status == 3 && strstr(r.err, want), "%s with %s a link: status %d, %s", argv[0], what,
                  r.status, r.err);
    tu_run_free(&r);
    ck_assert_msg(tu_sh("cd '%s' && find outside -printf '%%p %%i %%s\\n' | sort | diff before -", dir) == 0,
                  "%s wrote through %s", argv[0], what);
    free(dir);
}

START_TEST(a_command_should_not_write_through_a_linked_output_folder)
{
    refused("ownpath-build-reports", "reports", (const char *[]){"build", "--quiet", NULL});
    refused("ownpath-build-charts", "reports/charts", (const char *[]){"build", "--quiet", NULL});
    refused("ownpath-build-data", "data", (const char *[]){"build", "--quiet", NULL});
    refused("ownpath-brief", "reports", (const char *[]){"brief", NULL});
    refused("ownpath-compare", "reports", (const char *[]){"compare", "--quiet", NULL});
    refused("ownpath-chart", "reports/charts", (const char *[]){"chart", NULL});
}
END_TEST

/* A cloned project's reports/.build/docs (where builds before the row
 * index kept one cache per document) leading to a folder of the user's:
 * the build cleared every .csv there. */
START_TEST(a_build_should_not_clear_a_folder_its_cache_links_to)
{
    char *dir = tu_tmpdir("ownpath-docs");
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("cd '%s' && rm -rf reports && mkdir -p reports/.build outside && "
                           "echo 'my,budget' > outside/budget.csv && "
                           "ln -s ../../outside reports/.build/docs",
                           dir),
                     0);
    Run r = tu_run(dir, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    tu_run_free(&r);
    char p[1400];
    snprintf(p, sizeof p, "%s/outside/budget.csv", dir);
    char *kept = tu_read(p, NULL);
    ck_assert_msg(kept && !strcmp(kept, "my,budget\n"), "the build removed outside/budget.csv");
    free(kept);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("ownpath");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, a_project_path_should_be_relative_with_no_dot_steps);
    tcase_add_test(tc, a_linked_folder_should_stop_a_removal_and_a_mkdir);
    tcase_add_test(tc, a_command_should_not_write_through_a_linked_output_folder);
    tcase_add_test(tc, a_build_should_not_clear_a_folder_its_cache_links_to);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

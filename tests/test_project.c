/* test_project.c — the project folder: its root found from any folder in
 * it, typed paths read from where they were typed, the defaults a project
 * falls back on (checkout, install, CLAIMBRIEF_DATADIR), `init`, and
 * `cmake --install`. */
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const ENV[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};

static char *path_in(const char *dir, const char *rel)
{
    char *p = malloc(strlen(dir) + strlen(rel) + 2);
    sprintf(p, "%s/%s", dir, rel);
    return p;
}

static int exists(const char *dir, const char *rel)
{
    char *p = path_in(dir, rel);
    struct stat st;
    int ok = stat(p, &st) == 0;
    free(p);
    return ok;
}

START_TEST(build_should_find_the_root_from_a_folder_inside_the_project)
{
    char *dir = tu_tmpdir("root_walk");
    tu_copy_project(dir);
    char *sub = path_in(dir, "data/corpus");
    Run r = tu_run(sub, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert(exists(dir, "reports/brief.pdf"));
    ck_assert(exists(dir, "data/claims.csv"));
    ck_assert(!exists(dir, "data/corpus/reports"));
    tu_run_free(&r);
    free(sub);
    free(dir);
}
END_TEST

START_TEST(typed_paths_should_be_read_from_where_they_were_typed)
{
    char *dir = tu_tmpdir("root_paths");
    tu_copy_project(dir);
    char *sub = path_in(dir, "data/corpus");
    Run r = tu_run(sub, NULL, ENV,
                   (const char *[]){"extract", "-o", "../../reports/one.csv",
                                    "002_12c1d0372e55340a.txt", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    char *out = path_in(dir, "reports/one.csv");
    char *csv = tu_read(out, NULL);
    ck_assert_ptr_nonnull(csv);
    ck_assert_ptr_nonnull(strstr(csv, "002_12c1d0372e55340a.txt"));
    tu_run_free(&r);
    /* a file that is not there is named as typed, from the root */
    r = tu_run(sub, NULL, ENV, (const char *[]){"extract", "nope.txt", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/corpus/nope.txt: cannot read: No such file or directory\n");
    tu_run_free(&r);
    free(csv);
    free(out);
    free(sub);
    free(dir);
}
END_TEST

START_TEST(a_folder_outside_any_project_should_be_refused_with_what_to_do)
{
    char *dir = tu_tmpdir("root_none");
    Run r = tu_run(dir, NULL, ENV, (const char *[]){"build", NULL});
    ck_assert_int_eq(r.status, 1);
    char want[2048];
    snprintf(want, sizeof want,
             "claimbrief: %s is not in a claimbrief project: no claimbrief.ini or data/corpus/ "
             "there or in a folder above it (start one with 'claimbrief init DIR', or name one "
             "with -C DIR)\n",
             dir);
    ck_assert_str_eq(r.err, want);
    ck_assert(!exists(dir, "reports"));
    tu_run_free(&r);
    /* -C names the folder itself: no search upwards */
    char *inner = path_in(dir, "x");
    mkdir(inner, 0777);
    tu_copy_project(dir);
    r = tu_run(NULL, NULL, ENV, (const char *[]){"-C", inner, "brief", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_ptr_nonnull(strstr(r.err, "is not in a claimbrief project"));
    tu_run_free(&r);
    /* extract works anywhere, as a filter, with the default metrics */
    char *doc = path_in(inner, "d.txt");
    tu_write(doc, "Exports rose by 12 billion dollars in 2023.\n", 44);
    tu_sh("rm -rf '%s/data'", dir);
    r = tu_run(inner, NULL, ENV, (const char *[]){"extract", "d.txt", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_ptr_nonnull(strstr(r.out, "12 billion"));
    tu_run_free(&r);
    free(doc);
    free(inner);
    free(dir);
}
END_TEST

START_TEST(a_settings_file_alone_should_mark_a_project)
{
    char *dir = tu_tmpdir("root_ini");
    char *ini = path_in(dir, "claimbrief.ini");
    tu_write(ini, "[brief]\n", 8);
    char *sub = path_in(dir, "notes");
    mkdir(sub, 0777);
    Run r = tu_run(sub, NULL, ENV, (const char *[]){"compare", NULL});
    /* the project is found: what is missing is its claims table */
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/claims.csv: cannot read: No such file or directory\n");
    tu_run_free(&r);
    free(sub);
    free(ini);
    free(dir);
}
END_TEST

/* A project with documents only takes metrics, relations, references and
 * fonts from the defaults (here: the checkout, as for build/claimbrief),
 * and gives what a project with its own copies gives. */
START_TEST(a_project_without_data_files_or_fonts_should_use_the_defaults)
{
    char *own = tu_tmpdir("defaults_own");
    tu_copy_project(own);
    Run r = tu_run(own, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    tu_run_free(&r);
    char *bare = tu_tmpdir("defaults_bare");
    tu_sh("mkdir -p '%s/data/corpus' && cp '%s/data/corpus/'* '%s/data/corpus/' && cp '%s/claimbrief.ini' '%s/'",
          bare, CB_SOURCE_DIR, bare, CB_SOURCE_DIR, bare);
    r = tu_run(bare, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    tu_run_free(&r);
    ck_assert(!exists(bare, "fonts"));
    ck_assert_int_eq(tu_sh("cmp -s '%s/data/claims.csv' '%s/data/claims.csv'", own, bare), 0);
    ck_assert_int_eq(tu_sh("cmp -s '%s/reports/findings.csv' '%s/reports/findings.csv'", own, bare), 0);
    ck_assert_int_eq(tu_sh("cmp -s '%s/reports/brief.pdf' '%s/reports/brief.pdf'", own, bare), 0);
    /* the project's own metrics.csv wins over the default */
    tu_sh("mkdir -p '%s/data' && sed 's/,Internet users,/,People online,/' '%s/data/metrics.csv' > "
          "'%s/data/metrics.csv'",
          bare, CB_SOURCE_DIR, bare);
    r = tu_run(bare, NULL, ENV, (const char *[]){"build", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_int_eq(tu_sh("grep -q 'People online' '%s/reports/charts/coverage.txt'", bare), 0);
    tu_run_free(&r);
    /* CLAIMBRIEF_DATADIR names the defaults: a folder without them means none */
    const char *nodefaults[] = {"SOURCE_DATE_EPOCH=1700000000", "CLAIMBRIEF_DATADIR=/nonexistent",
                                NULL};
    tu_sh("rm -rf '%s/reports'", bare);
    r = tu_run(bare, NULL, nodefaults, (const char *[]){"build", "--quiet", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_ptr_nonnull(strstr(r.err, "claimbrief: data/reference.csv: cannot read"));
    /* said before: where it was looked for */
    ck_assert_msg(strstr(r.err, "claimbrief: data/reference.csv: warning: not in this project, and not among "
                                "the defaults in /nonexistent\n"),
                  "%s", r.err);
    tu_run_free(&r);
    free(own);
    free(bare);
}
END_TEST

START_TEST(init_should_write_a_ready_project_and_never_overwrite)
{
    char *base = tu_tmpdir("init");
    char *dir = path_in(base, "a/b/brief");
    Run r = tu_run(base, NULL, ENV, (const char *[]){"init", "a/b/brief", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_str_eq(r.err, "");
    static const char *const files[] = {"claimbrief.ini", "README.md", "data/corpus/sources.csv",
                                        "data/curation.csv", "data/metrics.csv",
                                        "data/relations.csv", "data/reference.csv", NULL};
    for (int i = 0; files[i]; i++) {
        ck_assert_msg(exists(dir, files[i]), "init did not write %s", files[i]);
        char line[600];
        snprintf(line, sizeof line, "a/b/brief/%s\n", files[i]);
        ck_assert_msg(strstr(r.out, line), "init did not list %s", files[i]);
    }
    ck_assert(!exists(dir, "fonts"));
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cmp -s '%s/data/metrics.csv' '%s/data/metrics.csv'", CB_SOURCE_DIR, dir),
                     0);
    char *ini = path_in(dir, "claimbrief.ini");
    char *src = path_in(dir, "data/corpus/sources.csv");
    char *s = tu_read(src, NULL);
    ck_assert_str_eq(s, "file,title,authors,publisher,date,url\n");
    free(s);
    /* a second init keeps the analyst's edits */
    tu_write(ini, "[brief]\ntitle = Mine\n", 21);
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "a/b/brief", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "a/b/brief is a claimbrief project already: nothing written\n");
    s = tu_read(ini, NULL);
    ck_assert_str_eq(s, "[brief]\ntitle = Mine\n");
    free(s);
    tu_run_free(&r);
    /* an unwritable place: exit 3, naming it */
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "/proc/brief", NULL});
    ck_assert_int_eq(r.status, 3);
    ck_assert_ptr_nonnull(strstr(r.err, "claimbrief: /proc/brief"));
    tu_run_free(&r);
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "x", "y", NULL});
    ck_assert_int_eq(r.status, 2);
    tu_run_free(&r);
    free(ini);
    free(src);
    free(dir);
    free(base);
}
END_TEST

/* `cmake --install`: the program, the fonts and defaults, the man page;
 * the installed program uses the installed defaults (a project without
 * fonts builds; an installed font removed is missed by name). */
START_TEST(the_installed_program_should_use_the_installed_defaults)
{
    char *base = tu_tmpdir("install");
    ck_assert_int_eq(tu_sh("cmake --install '%s' --prefix '%s/prefix' > '%s/install.log' 2>&1",
                           CB_BINARY_DIR, base, base),
                     0);
    static const char *const files[] = {
        "prefix/bin/claimbrief",        "prefix/share/claimbrief/fonts/NotoSans-Regular.ttf",
        "prefix/share/claimbrief/fonts/LXGWWenKai-Regular.ttf",
        "prefix/share/claimbrief/data/metrics.csv", "prefix/share/claimbrief/data/relations.csv",
        "prefix/share/claimbrief/data/reference.csv", "prefix/share/man/man1/claimbrief.1", NULL};
    for (int i = 0; files[i]; i++)
        ck_assert_msg(exists(base, files[i]), "not installed: %s", files[i]);
    ck_assert_int_eq(tu_sh("cd '%s' && SOURCE_DATE_EPOCH=1700000000 prefix/bin/claimbrief init p "
                           ">/dev/null && cp '%s/data/corpus/'*.txt p/data/corpus/ && "
                           "cd p && ../prefix/bin/claimbrief build --quiet 2>/dev/null",
                           base, CB_SOURCE_DIR),
                     0);
    ck_assert(exists(base, "p/reports/brief.pdf"));
    ck_assert(!exists(base, "p/fonts"));
    ck_assert_int_eq(tu_sh("cd '%s' && rm prefix/share/claimbrief/fonts/NotoSans-Bold.ttf && "
                           "rm -rf p/reports && cd p && ../prefix/bin/claimbrief build --quiet "
                           "2> ../err.txt; test $? -eq 1 && grep -q "
                           "'share/claimbrief/fonts/NotoSans-Bold.ttf' ../err.txt",
                           base),
                     0);
    free(base);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("project");
    TCase *tc = tcase_create("project");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, build_should_find_the_root_from_a_folder_inside_the_project);
    tcase_add_test(tc, typed_paths_should_be_read_from_where_they_were_typed);
    tcase_add_test(tc, a_folder_outside_any_project_should_be_refused_with_what_to_do);
    tcase_add_test(tc, a_settings_file_alone_should_mark_a_project);
    tcase_add_test(tc, a_project_without_data_files_or_fonts_should_use_the_defaults);
    tcase_add_test(tc, init_should_write_a_ready_project_and_never_overwrite);
    tcase_add_test(tc, the_installed_program_should_use_the_installed_defaults);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}

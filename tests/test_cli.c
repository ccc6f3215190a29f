/* test_cli.c — the program's face: help, version, usage errors, exit
 * codes, and the README kept in sync with the command table. */
#include "cmd.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(version_should_print_name_and_version)
{
    Run r = tu_run(NULL, NULL, NULL, (const char *[]){"--version", NULL});
    ck_assert_int_eq(r.status, 0);
    ck_assert_str_eq(r.out, "claimbrief " CB_VERSION "\n");
    tu_run_free(&r);
}
END_TEST

/* What is printed and cannot be written is an error, exit 3, for the
 * program's own options too (--version and --help to /dev/full ended 0). */
START_TEST(output_that_cannot_be_written_should_exit_3)
{
    static const char *const args[] = {"--version", "--help", "extract --help", "help", "help build"};
    for (size_t i = 0; i < sizeof args / sizeof *args; i++)
        ck_assert_msg(tu_sh("'%s' %s > /dev/full 2>/dev/null", CB_PROGRAM, args[i]) == 3, "%s to /dev/full",
                      args[i]);
    /* and said once, on one line naming the output: extract and compare
     * said it twice (once in words of their own, "stdout: cannot
     * write"), merge named no file; a --text file that could not be
     * written was also said to be the table's failure */
    char *dir = tu_tmpdir("cli_full");
    tu_copy_project(dir);
    static const struct {
        const char *args, *err;
    } once[] = {
        {"extract data/corpus > /dev/full", "claimbrief: standard output: cannot write: No space left on device\n"},
        {"extract -o /dev/full data/corpus", "claimbrief: /dev/full: cannot write: No space left on device\n"},
        {"compare > /dev/full", "claimbrief: standard output: cannot write: No space left on device\n"},
        {"merge data/claims.csv > /dev/full",
         "claimbrief: standard output: cannot write the merged table: No space left on device\n"},
        {"extract --text claimbrief.ini " CB_SOURCE_DIR "/tests/formats/annual_report.pdf > /dev/null",
         "claimbrief: claimbrief.ini: not a folder\n"},
    };
    char errp[4200];
    snprintf(errp, sizeof errp, "%s/err.txt", dir);
    for (size_t i = 0; i < sizeof once / sizeof *once; i++) {
        ck_assert_int_eq(tu_sh("cd '%s' && '%s' extract -o data/claims.csv data/corpus 2>/dev/null", dir, CB_PROGRAM),
                         0);
        int st = tu_sh("cd '%s' && '%s' %s 2> err.txt", dir, CB_PROGRAM, once[i].args);
        char *err = tu_read(errp, NULL);
        ck_assert_msg(st == 3 && err && !strcmp(err, once[i].err), "%s: status %d, said: %s", once[i].args, st,
                      err);
        free(err);
    }
    free(dir);
}
END_TEST

START_TEST(help_should_list_every_command)
{
    Run r = tu_run(NULL, NULL, NULL, (const char *[]){"help", NULL});
    ck_assert_int_eq(r.status, 0);
    for (int i = 0; cb_commands[i]; i++)
        ck_assert_msg(strstr(r.out, cb_commands[i]->name), "help lacks %s", cb_commands[i]->name);
    tu_run_free(&r);
}
END_TEST

START_TEST(command_help_should_match_usage_text)
{
    for (int i = 0; cb_commands[i]; i++) {
        Run r = tu_run(NULL, NULL, NULL, (const char *[]){cb_commands[i]->name, "--help", NULL});
        ck_assert_int_eq(r.status, 0);
        ck_assert_str_eq(r.out, cb_commands[i]->usage);
        tu_run_free(&r);
        r = tu_run(NULL, NULL, NULL, (const char *[]){"help", cb_commands[i]->name, NULL});
        ck_assert_str_eq(r.out, cb_commands[i]->usage);
        tu_run_free(&r);
    }
}
END_TEST

START_TEST(unknown_command_should_suggest_and_exit_2)
{
    Run r = tu_run(NULL, NULL, NULL, (const char *[]){"hlep", NULL});
    ck_assert_int_eq(r.status, 2);
    ck_assert_str_eq(r.err, "claimbrief: no command 'hlep'; did you mean 'help'?\n");
    tu_run_free(&r);
    r = tu_run(NULL, NULL, NULL, (const char *[]){"--bogus", NULL});
    ck_assert_int_eq(r.status, 2);
    ck_assert_str_eq(r.err, "claimbrief: unknown option '--bogus' (see 'claimbrief --help')\n");
    tu_run_free(&r);
}
END_TEST

START_TEST(missing_project_folder_should_exit_1)
{
    Run r = tu_run(NULL, NULL, NULL, (const char *[]){"-C", "/nonexistent/x", "help", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err,
                     "claimbrief: /nonexistent/x: cannot enter project folder: No such file or directory\n");
    tu_run_free(&r);
    /* an empty name: a usage error, not a message that names no folder */
    r = tu_run(NULL, NULL, NULL, (const char *[]){"-C", "", "build", NULL});
    ck_assert_int_eq(r.status, 2);
    ck_assert_str_eq(r.err, "claimbrief: -C needs a folder, not an empty name (see 'claimbrief --help')\n");
    tu_run_free(&r);
}
END_TEST

START_TEST(readme_should_document_every_command)
{
    char *readme = tu_read(CB_SOURCE_DIR "/README.md", NULL);
    ck_assert_ptr_nonnull(readme);
    for (int i = 0; cb_commands[i]; i++) {
        char want[64];
        snprintf(want, sizeof want, "claimbrief %s", cb_commands[i]->name);
        ck_assert_msg(strstr(readme, want), "README does not document '%s'", want);
        /* and each usage line of each command appears there verbatim */
        const char *u = cb_commands[i]->usage + strlen("usage: ");
        for (;;) {
            const char *nl = strchr(u, '\n');
            char line[512];
            snprintf(line, sizeof line, "%.*s", (int)(nl - u), u);
            ck_assert_msg(strstr(readme, line), "README lacks usage '%s'", line);
            u = nl + 1;
            while (*u == ' ')
                u++;
            if (strncmp(u, "claimbrief ", strlen("claimbrief ")) != 0 || u == nl + 1)
                break;
        }
    }
    free(readme);
}
END_TEST

/* The man page: every command's usage line in its synopsis, and groff
 * finds nothing wrong with it. */
START_TEST(man_page_should_show_every_command_and_render_cleanly)
{
    ck_assert_int_eq(tu_sh("groff -man -Tascii -ww -z '%s/doc/claimbrief.1' 2>'%s/man.err'",
                           CB_SOURCE_DIR, CB_BINARY_DIR),
                     0);
    char *err = tu_read(CB_BINARY_DIR "/man.err", NULL);
    ck_assert_str_eq(err, "");
    free(err);
    tu_sh("groff -man -Tascii -rLL=300n -rHY=0 '%s/doc/claimbrief.1' | col -b | tr -s ' \t' '  ' "
          "> '%s/man.txt'",
          CB_SOURCE_DIR, CB_BINARY_DIR);
    char *man = tu_read(CB_BINARY_DIR "/man.txt", NULL);
    ck_assert_ptr_nonnull(man);
    for (int i = 0; cb_commands[i]; i++) {
        /* every usage line: "usage: claimbrief X" and the "       claimbrief
         * X --other" lines under it */
        const char *u = cb_commands[i]->usage + strlen("usage: ");
        for (;;) {
            const char *nl = strchr(u, '\n');
            char line[512];
            snprintf(line, sizeof line, "%.*s", (int)(nl - u), u);
            ck_assert_msg(strstr(man, line), "man page lacks '%s'", line);
            u = nl + 1;
            while (*u == ' ')
                u++;
            if (strncmp(u, "claimbrief ", strlen("claimbrief ")) != 0 || u == nl + 1)
                break;
        }
    }
    free(man);
}
END_TEST

/* The README's test command is what CI runs: keep the two in step. */
START_TEST(ci_should_run_the_readme_test_command)
{
    char *readme = tu_read(CB_SOURCE_DIR "/README.md", NULL);
    char *ci = tu_read(CB_SOURCE_DIR "/.ci/run", NULL);
    ck_assert_ptr_nonnull(readme);
    ck_assert_ptr_nonnull(ci);
    const char *marker = "Set up, build, and run the tests:\n\n    ";
    const char *p = strstr(readme, marker);
    ck_assert_msg(p != NULL, "README lacks the test command paragraph");
    p += strlen(marker);
    const char *nl = strchr(p, '\n');
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%.*s", (int)(nl - p), p);
    ck_assert_msg(strstr(ci, cmd), ".ci/run does not run the README's test command '%s'", cmd);
    free(readme);
    free(ci);
}
END_TEST

/* Run claimbrief in dir with argv; expect the exit status and, when err is
 * not NULL, exactly that stderr. Returns stdout (caller frees). */
static char *expect(const char *dir, const char *in, const char *const *argv, int status, const char *err)
{
    Run r = tu_run(dir, in, NULL, argv);
    ck_assert_msg(r.status == status, "%s: status %d, not %d: %s", argv[0], r.status, status, r.err);
    if (err)
        ck_assert_str_eq(r.err, err);
    char *out = r.out;
    r.out = NULL;
    tu_run_free(&r);
    return out;
}

/* getopt_long's forms: "--opt=value" is "--opt value", "-ovalue" is
 * "-o value"; options and operands mix. */
START_TEST(an_option_value_should_come_after_an_equals_sign_or_apart)
{
    char *dir = tu_tmpdir("cli_forms");
    tu_copy_project(dir);
    char doc[4096];
    snprintf(doc, sizeof doc, "%s/in.txt", dir);
    const char text[] = "Kenya's mobile money users grew by 12 percent in 2021.\n";
    tu_write(doc, text, sizeof text - 1);
    char *apart = expect(dir, doc, (const char *[]){"extract", "--name", "kenya.txt", NULL}, 0, "");
    char *joined = expect(dir, doc, (const char *[]){"extract", "--name=kenya.txt", NULL}, 0, "");
    ck_assert_ptr_nonnull(strstr(apart, "kenya.txt"));
    ck_assert_str_eq(joined, apart);
    free(joined);
    free(apart);
    /* -o FILE, -oFILE and an option after the operand */
    free(expect(dir, NULL, (const char *[]){"extract", "in.txt", "-oa.csv", NULL}, 0, ""));
    free(expect(dir, NULL, (const char *[]){"extract", "-o", "b.csv", "in.txt", NULL}, 0, ""));
    char *a, *b;
    char pa[4096], pb[4096];
    snprintf(pa, sizeof pa, "%s/a.csv", dir);
    snprintf(pb, sizeof pb, "%s/b.csv", dir);
    a = tu_read(pa, NULL);
    b = tu_read(pb, NULL);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_nonnull(strstr(a, "12"));
    ck_assert_str_eq(a, b);
    free(a);
    free(b);
    free(dir);
}
END_TEST

START_TEST(an_option_missing_its_value_should_be_one_usage_line)
{
    char *dir = tu_tmpdir("cli_missing");
    tu_copy_project(dir);
    free(expect(dir, NULL, (const char *[]){"extract", "--name", NULL}, 2,
                "claimbrief: extract: --name needs a value (see 'claimbrief extract --help')\n"));
    free(expect(dir, NULL, (const char *[]){"extract", "in.txt", "-o", NULL}, 2,
                "claimbrief: extract: -o needs a value (see 'claimbrief extract --help')\n"));
    free(expect(dir, NULL, (const char *[]){"build", "-j", NULL}, 2,
                "claimbrief: build: -j needs a number (see 'claimbrief build --help')\n"));
    free(expect(dir, NULL, (const char *[]){"compare", "--claims", NULL}, 2,
                "claimbrief: compare: --claims needs a file name (see 'claimbrief compare --help')\n"));
    free(expect(NULL, NULL, (const char *[]){"-C", NULL}, 2,
                "claimbrief: -C needs a folder (see 'claimbrief --help')\n"));
    /* a value given to an option that takes none; an abbreviation is no option */
    free(expect(dir, NULL, (const char *[]){"build", "--strict=yes", NULL}, 2,
                "claimbrief: build: option '--strict' takes no value (see 'claimbrief build --help')\n"));
    free(expect(dir, NULL, (const char *[]){"extract", "--no-cur", NULL}, 2,
                "claimbrief: extract: unknown option '--no-cur' (see 'claimbrief extract --help')\n"));
    free(expect(dir, NULL, (const char *[]){"merge", "-x", "a.csv", NULL}, 2,
                "claimbrief: merge: unknown option '-x' (see 'claimbrief merge --help')\n"));
    free(dir);
}
END_TEST

START_TEST(a_double_dash_should_end_the_options)
{
    char *dir = tu_tmpdir("cli_dashdash");
    tu_copy_project(dir);
    char doc[4096];
    snprintf(doc, sizeof doc, "%s/-o.txt", dir);
    const char text[] = "Kenya's mobile money users grew by 12 percent in 2021.\n";
    tu_write(doc, text, sizeof text - 1);
    /* after "--", "-o.txt" is a document, not -o with the value ".txt" */
    char *out = expect(dir, NULL, (const char *[]){"extract", "--", "-o.txt", NULL}, 0, "");
    ck_assert_ptr_nonnull(strstr(out, "-o.txt"));
    free(out);
    snprintf(doc, sizeof doc, "%s/.txt", dir);
    ck_assert_ptr_null(tu_read(doc, NULL));
    /* the program's own options end there too: "--" then the command */
    out = expect(dir, NULL, (const char *[]){"--", "extract", "--", "-o.txt", NULL}, 0, "");
    ck_assert_ptr_nonnull(strstr(out, "-o.txt"));
    free(out);
    free(expect(dir, NULL, (const char *[]){"init", "--", "-x", "y", NULL}, 2,
                "claimbrief: init: unexpected argument 'y' (one folder) (see 'claimbrief init --help')\n"));
    free(dir);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("cli");
    tcase_add_test(tc, version_should_print_name_and_version);
    tcase_add_test(tc, help_should_list_every_command);
    tcase_add_test(tc, output_that_cannot_be_written_should_exit_3);
    tcase_add_test(tc, command_help_should_match_usage_text);
    tcase_add_test(tc, unknown_command_should_suggest_and_exit_2);
    tcase_add_test(tc, missing_project_folder_should_exit_1);
    tcase_add_test(tc, an_option_value_should_come_after_an_equals_sign_or_apart);
    tcase_add_test(tc, an_option_missing_its_value_should_be_one_usage_line);
    tcase_add_test(tc, a_double_dash_should_end_the_options);
    tcase_add_test(tc, readme_should_document_every_command);
    tcase_add_test(tc, man_page_should_show_every_command_and_render_cleanly);
    tcase_add_test(tc, ci_should_run_the_readme_test_command);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return tu_run_suite(suite());
}

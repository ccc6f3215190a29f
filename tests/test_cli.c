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
        /* and the usage line of each command appears there verbatim */
        const char *u = cb_commands[i]->usage;
        const char *nl = strchr(u, '\n');
        char first[512];
        snprintf(first, sizeof first, "%.*s", (int)(nl - u), u);
        ck_assert_msg(strstr(readme, first + strlen("usage: ")), "README lacks usage '%s'", first);
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
        const char *u = cb_commands[i]->usage + strlen("usage: ");
        const char *nl = strchr(u, '\n');
        char first[512];
        snprintf(first, sizeof first, "%.*s", (int)(nl - u), u);
        ck_assert_msg(strstr(man, first), "man page lacks '%s'", first);
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

static Suite *suite(void)
{
    Suite *s = suite_create("cli");
    TCase *tc = tcase_create("cli");
    tcase_add_test(tc, version_should_print_name_and_version);
    tcase_add_test(tc, help_should_list_every_command);
    tcase_add_test(tc, command_help_should_match_usage_text);
    tcase_add_test(tc, unknown_command_should_suggest_and_exit_2);
    tcase_add_test(tc, missing_project_folder_should_exit_1);
    tcase_add_test(tc, readme_should_document_every_command);
    tcase_add_test(tc, man_page_should_show_every_command_and_render_cleanly);
    tcase_add_test(tc, ci_should_run_the_readme_test_command);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

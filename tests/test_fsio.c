/* test_fsio.c — whole-file reads, and atomic writes that never leave a
 * half-written output, including under injected faults. */
#include "buf.h"
#include "fsio.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Number of entries in dir whose name contains ".tmp." */
static int temps_in(const char *dir)
{
    int n = 0;
    DIR *dp = opendir(dir);
    struct dirent *e;
    while (dp && (e = readdir(dp)))
        n += strstr(e->d_name, ".tmp.") != NULL;
    if (dp)
        closedir(dp);
    return n;
}

START_TEST(read_should_refuse_folders_and_oversized_files)
{
    char *dir = tu_tmpdir("fsio");
    char path[1200];
    snprintf(path, sizeof path, "%s/f.txt", dir);
    tu_write(path, "hello", 5);
    Buf b;
    Diag d = {0};
    ck_assert_int_eq(fsio_read(path, 100, &b, &d), 0);
    ck_assert_str_eq(b.data, "hello");
    buf_free(&b);
    ck_assert_int_eq(fsio_read(path, 4, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "file is 5 bytes, over the limit of 4 bytes");
    ck_assert_int_eq(fsio_read(dir, 100, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "is a folder, not a file");
    free(dir);
}
END_TEST

START_TEST(atomic_write_should_replace_whole_file)
{
    char *dir = tu_tmpdir("fsio");
    char path[1200];
    snprintf(path, sizeof path, "%s/out.txt", dir);
    Diag d = {0};
    ck_assert_int_eq(fsio_write_atomic(path, "first", 5, &d), 0);
    ck_assert_int_eq(fsio_write_atomic(path, "second", 6, &d), 0);
    char *got = tu_read(path, NULL);
    ck_assert_str_eq(got, "second");
    ck_assert_int_eq(temps_in(dir), 0);
    free(got);
    free(dir);
}
END_TEST

START_TEST(failed_write_should_keep_old_output)
{
    static const char *const faults[] = {"write", "flush", "fsync", "rename", "open"};
    for (size_t i = 0; i < sizeof faults / sizeof *faults; i++) {
        char *dir = tu_tmpdir("fsio");
        char path[1200];
        snprintf(path, sizeof path, "%s/out.txt", dir);
        Diag d = {0};
        ck_assert_int_eq(fsio_write_atomic(path, "old", 3, &d), 0);
        setenv("CLAIMBRIEF_FAULT", faults[i], 1);
        fsio_fault_reset();
        ck_assert_int_eq(fsio_write_atomic(path, "new!", 4, &d), CB_EWRITE);
        ck_assert_str_eq(d.file, path);
        ck_assert_msg(strncmp(d.msg, "cannot write: ", 14) == 0, "%s: %s", faults[i], d.msg);
        unsetenv("CLAIMBRIEF_FAULT");
        fsio_fault_reset();
        char *got = tu_read(path, NULL);
        ck_assert_str_eq(got, "old");
        ck_assert_int_eq(temps_in(dir), 0);
        free(got);
        free(dir);
    }
}
END_TEST

START_TEST(write_into_missing_folder_should_fail_cleanly)
{
    Diag d = {0};
    ck_assert_int_eq(fsio_write_atomic("/nonexistent/dir/out.txt", "x", 1, &d), CB_EWRITE);
    ck_assert_str_eq(d.msg, "cannot write: No such file or directory");
}
END_TEST

START_TEST(mkdirs_should_create_nested_folders)
{
    char *dir = tu_tmpdir("fsio");
    char path[1200];
    snprintf(path, sizeof path, "%s/a/b/c", dir);
    Diag d = {0};
    ck_assert_int_eq(fsio_mkdirs(path, &d), 0);
    ck_assert_int_eq(fsio_mkdirs(path, &d), 0);
    snprintf(path, sizeof path, "%s/a/b/c/f.txt", dir);
    ck_assert_int_eq(fsio_write_atomic(path, "x", 1, &d), 0);
    ck_assert_int_eq(fsio_mkdirs(path, &d), CB_EWRITE);
    free(dir);
}
END_TEST

START_TEST(a_device_or_pipe_should_be_written_in_place_not_replaced)
{
    /* "-o /dev/null" once renamed a file over /dev/null itself (as root).
     * A FIFO stands in for the device: it must stay a FIFO, and its
     * reader must get the bytes. */
    char *dir = tu_tmpdir("fsio");
    char fifo[1200], got[1200];
    snprintf(fifo, sizeof fifo, "%s/out", dir);
    snprintf(got, sizeof got, "%s/got", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    pid_t pid = fork();
    ck_assert_int_ne(pid, -1);
    if (pid == 0) {
        FILE *in = fopen(fifo, "rb"), *out = fopen(got, "wb");
        int c;
        while (in && out && (c = fgetc(in)) != EOF)
            fputc(c, out);
        _exit(in && out && fclose(out) == 0 ? 0 : 1);
    }
    Diag d = {0};
    ck_assert_int_eq(fsio_write_atomic(fifo, "hello\n", 6, &d), 0);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    struct stat st;
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert_msg(S_ISFIFO(st.st_mode), "the pipe was replaced by a file");
    Buf b;
    ck_assert_int_eq(fsio_read(got, 1024, &b, &d), 0);
    ck_assert_str_eq(b.data, "hello\n");
    buf_free(&b);
    ck_assert_int_eq(temps_in(dir), 0);
    free(dir);
}
END_TEST

START_TEST(sweep_should_remove_only_temporaries_of_dead_writers)
{
    char *dir = tu_tmpdir("fsio");
    char dead[1200], live[1200], other[1200];
    /* a pid that cannot run: above the kernel's pid_max (at most 2^22) */
    snprintf(dead, sizeof dead, "%s/brief.pdf.tmp.99999999.0", dir);
    snprintf(live, sizeof live, "%s/brief.pdf.tmp.%ld.1", dir, (long)getpid());
    snprintf(other, sizeof other, "%s/notes.tmp.txt", dir);
    tu_write(dead, "x", 1);
    tu_write(live, "x", 1);
    tu_write(other, "x", 1);
    ck_assert_int_eq(fsio_sweep_temps(dir), 1);
    ck_assert_ptr_null(tu_read(dead, NULL));
    char *p = tu_read(live, NULL);
    ck_assert_ptr_nonnull(p);
    free(p);
    p = tu_read(other, NULL);
    ck_assert_ptr_nonnull(p);
    free(p);
    ck_assert_int_eq(fsio_sweep_temps("/nonexistent"), 0);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fsio");
    TCase *tc = tcase_create("fsio");
    tcase_add_test(tc, read_should_refuse_folders_and_oversized_files);
    tcase_add_test(tc, atomic_write_should_replace_whole_file);
    tcase_add_test(tc, failed_write_should_keep_old_output);
    tcase_add_test(tc, write_into_missing_folder_should_fail_cleanly);
    tcase_add_test(tc, mkdirs_should_create_nested_folders);
    tcase_add_test(tc, sweep_should_remove_only_temporaries_of_dead_writers);
    tcase_add_test(tc, a_device_or_pipe_should_be_written_in_place_not_replaced);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

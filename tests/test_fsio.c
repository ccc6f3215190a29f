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

/* Three outputs, two folders: old versions first. */
static void batch_files(const char *dir, char path[3][1200])
{
    snprintf(path[0], 1200, "%s/a.png", dir);
    snprintf(path[1], 1200, "%s/sub/b.svg", dir);
    snprintf(path[2], 1200, "%s/c.pdf", dir);
    Diag d = {0};
    ck_assert_int_eq(fsio_mkdirs(path[1], &d), 0);
    ck_assert_int_eq(rmdir(path[1]), 0);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(fsio_write_atomic(path[i], "old", 3, &d), 0);
}

static void expect_file(const char *path, const char *want)
{
    char *got = tu_read(path, NULL);
    ck_assert_msg(got && strcmp(got, want) == 0, "%s: %s, want %s", path, got ? got : "(none)",
                  want);
    free(got);
}

START_TEST(batch_should_replace_every_output_at_commit_and_none_before)
{
    char *dir = tu_tmpdir("fsio"), path[3][1200], sub[1300];
    batch_files(dir, path);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    FsioBatch *b = fsio_batch_new();
    Diag d = {0};
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(fsio_batch_write(b, path[i], "new!", 4, &d), 0);
    for (int i = 0; i < 3; i++)
        expect_file(path[i], "old");
    ck_assert_int_eq(temps_in(dir) + temps_in(sub), 3);
    ck_assert_int_eq(fsio_batch_commit(b, &d), 0);
    for (int i = 0; i < 3; i++)
        expect_file(path[i], "new!");
    ck_assert_int_eq(temps_in(dir) + temps_in(sub), 0);
    fsio_batch_free(b);
    free(dir);
}
END_TEST

START_TEST(batch_should_sync_once_not_once_per_file)
{
    /* the second fsync of the process is never met: one sync for all */
    char *dir = tu_tmpdir("fsio"), path[3][1200];
    batch_files(dir, path);
    setenv("CLAIMBRIEF_FAULT", "fsync:2", 1);
    fsio_fault_reset();
    FsioBatch *b = fsio_batch_new();
    Diag d = {0};
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(fsio_batch_write(b, path[i], "new!", 4, &d), 0);
    ck_assert_int_eq(fsio_batch_commit(b, &d), 0);
    unsetenv("CLAIMBRIEF_FAULT");
    fsio_fault_reset();
    for (int i = 0; i < 3; i++)
        expect_file(path[i], "new!");
    fsio_batch_free(b);
    free(dir);
}
END_TEST

START_TEST(failed_batch_should_keep_old_outputs_and_leave_no_temporary)
{
    /* a fault while writing (the caller then frees the batch) or syncing
     * replaces nothing; the second rename leaves the first output new */
    static const struct {
        const char *fault;
        int at_write;   /* met by the n-th write, else by the commit */
        const char *want[3];
    } cases[] = {
        {"write:2", 2, {"old", "old", "old"}}, {"flush:3", 3, {"old", "old", "old"}},
        {"open:1", 1, {"old", "old", "old"}},  {"fsync", 0, {"old", "old", "old"}},
        {"rename:2", 0, {"new!", "old", "old"}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        char *dir = tu_tmpdir("fsio"), path[3][1200], sub[1300];
        batch_files(dir, path);
        snprintf(sub, sizeof sub, "%s/sub", dir);
        setenv("CLAIMBRIEF_FAULT", cases[c].fault, 1);
        fsio_fault_reset();
        FsioBatch *b = fsio_batch_new();
        Diag d = {0};
        int failed = 0;
        for (int i = 0; i < 3 && !failed; i++) {
            int rc = fsio_batch_write(b, path[i], "new!", 4, &d);
            ck_assert_int_eq(rc, i + 1 == cases[c].at_write ? CB_EWRITE : 0);
            failed = rc != 0;
        }
        if (!failed)
            ck_assert_int_eq(fsio_batch_commit(b, &d), CB_EWRITE);
        ck_assert_msg(strncmp(d.msg, "cannot write: ", 14) == 0, "%s: %s", cases[c].fault, d.msg);
        fsio_batch_free(b);
        unsetenv("CLAIMBRIEF_FAULT");
        fsio_fault_reset();
        for (int i = 0; i < 3; i++)
            expect_file(path[i], cases[c].want[i]);
        ck_assert_msg(temps_in(dir) + temps_in(sub) == 0, "%s: temporaries left", cases[c].fault);
        free(dir);
    }
}
END_TEST

START_TEST(batch_freed_without_commit_should_remove_its_temporaries)
{
    char *dir = tu_tmpdir("fsio"), path[3][1200];
    batch_files(dir, path);
    FsioBatch *b = fsio_batch_new();
    Diag d = {0};
    ck_assert_int_eq(fsio_batch_write(b, path[0], "new!", 4, &d), 0);
    ck_assert_int_eq(temps_in(dir), 1);
    fsio_batch_free(b);
    ck_assert_int_eq(temps_in(dir), 0);
    expect_file(path[0], "old");
    free(dir);
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

START_TEST(a_device_or_pipe_the_user_names_should_be_written_in_place_not_replaced)
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
    AtomicFile af;
    /* the reader may not have opened its end yet: no reader is an error,
     * not a wait, so try until it has */
    int rc = CB_EWRITE;
    for (int i = 0; i < 500 && rc != 0; i++) {
        rc = fsio_atomic_open_user(&af, fifo, &d);
        if (rc != 0) {
            ck_assert_str_eq(d.msg, "cannot write: a pipe that nobody reads");
            usleep(10000);
        }
    }
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(fsio_fwrite("hello\n", 6, af.fp), 0);
    ck_assert_int_eq(fsio_atomic_commit(&af, &d), 0);
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

/* issue 15: reports/brief.pdf as a link to a block device or a FIFO made
 * brief write onto the device, or block forever. A project output is
 * never followed through a link, and what is not a regular file is
 * refused; the thing linked to stays untouched. */
START_TEST(a_project_output_should_never_be_written_through_a_link_or_into_a_pipe)
{
    char *dir = tu_tmpdir("fsio");
    char victim[1200], link[1200], fifo[1200];
    snprintf(victim, sizeof victim, "%s/victim", dir);
    snprintf(link, sizeof link, "%s/brief.pdf", dir);
    snprintf(fifo, sizeof fifo, "%s/chart.png", dir);
    tu_write(victim, "precious", 8);
    ck_assert_int_eq(symlink(victim, link), 0);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    Diag d = {0};
    alarm(20);   /* the FIFO once blocked here forever */
    ck_assert_int_eq(fsio_write_atomic(link, "PDF", 3, &d), CB_EWRITE);
    ck_assert_str_eq(d.file, link);
    ck_assert_msg(strstr(d.msg, "is a symbolic link") != NULL, "%s", d.msg);
    ck_assert_int_eq(fsio_write_atomic(fifo, "PNG", 3, &d), CB_EWRITE);
    ck_assert_str_eq(d.msg, "cannot write: is a FIFO, not a regular file");
    ck_assert_int_eq(fsio_write_atomic("/dev/null", "x", 1, &d), CB_EWRITE);
    ck_assert_str_eq(d.msg, "cannot write: is a character device, not a regular file");
    alarm(0);
    char *got = tu_read(victim, NULL);
    ck_assert_str_eq(got, "precious");
    free(got);
    struct stat st;
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_int_eq(temps_in(dir), 0);
    /* the user may name a device: written in place */
    ck_assert_int_eq(fsio_write_atomic("/dev/null", "x", 1, &d), CB_EWRITE);
    AtomicFile af;
    ck_assert_int_eq(fsio_atomic_open_user(&af, "/dev/null", &d), 0);
    ck_assert_int_eq(fsio_atomic_commit(&af, &d), 0);
    free(dir);
}
END_TEST

/* issue 15: a FIFO as data/metrics.csv hung build, /dev/zero as
 * data/reference.csv read forever. An input that is not a regular file is
 * refused at once, unless the user named it (a stream, read to the limit). */
START_TEST(an_input_that_is_not_a_regular_file_should_be_refused_without_blocking)
{
    char *dir = tu_tmpdir("fsio");
    char fifo[1200];
    snprintf(fifo, sizeof fifo, "%s/metrics.csv", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    Buf b;
    Diag d = {0};
    alarm(20);
    ck_assert_int_eq(fsio_read(fifo, 100, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "cannot read: not a regular file (a FIFO)");
    ck_assert_int_eq(fsio_read("/dev/zero", 100, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "cannot read: not a regular file (a character device)");
    /* named by the user: a stream, cut off at the limit */
    ck_assert_int_eq(fsio_read_input("/dev/zero", 100, FSIO_STREAM, &b, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "file is over the limit of 100 bytes");
    /* a FIFO it names is waited on until its writer comes (as cat does):
     * one that came late was read as empty, its document lost; one that
     * comes and goes without a word is empty */
    for (int words = 1; words >= 0; words--) {
        pid_t w = fork();
        ck_assert_int_ge(w, 0);
        if (w == 0) {
            usleep(300000);
            FILE *fp = fopen(fifo, "w");
            _exit(!fp || (words && fputs("late bytes", fp) < 0) || fclose(fp) != 0);
        }
        ck_assert_int_eq(fsio_read_input(fifo, 100, FSIO_STREAM, &b, &d), 0);
        ck_assert_str_eq(b.data, words ? "late bytes" : "");
        buf_free(&b);
        int ws;
        ck_assert_int_eq(waitpid(w, &ws, 0), w);
    }
    alarm(0);
    free(dir);
}
END_TEST

START_TEST(inside_should_follow_links_to_where_they_lead)
{
    char *dir = tu_tmpdir("fsio");
    char corpus[1200], in[1200], out[1200], doc[1200];
    snprintf(corpus, sizeof corpus, "%s/corpus", dir);
    snprintf(doc, sizeof doc, "%s/corpus/a.txt", dir);
    snprintf(in, sizeof in, "%s/corpus/b.txt", dir);
    snprintf(out, sizeof out, "%s/corpus/c.txt", dir);
    ck_assert_int_eq(mkdir(corpus, 0755), 0);
    tu_write(doc, "x", 1);
    ck_assert_int_eq(symlink("a.txt", in), 0);
    ck_assert_int_eq(symlink("/etc/passwd", out), 0);
    ck_assert_int_eq(fsio_inside(doc, corpus), 1);
    ck_assert_int_eq(fsio_inside(in, corpus), 1);
    ck_assert_int_eq(fsio_inside(out, corpus), 0);
    ck_assert_int_eq(fsio_inside(corpus, corpus), 0);
    free(dir);
}
END_TEST

static int only_brief(const char *name, void *ctx)
{
    (void)ctx;
    return !strcmp(name, "brief.pdf") || !strcmp(name, "claims.csv");
}

/* issue 15: the sweep deleted a user's data/curation.tmp.20240101.csv and
 * reports/notes.tmp.99999.md, and a build in another PID namespace a
 * running build's temporaries. Only this program's temporaries of the
 * outputs named are swept, and only when their writer is provably dead. */
START_TEST(sweep_should_remove_only_own_temporaries_of_dead_writers)
{
    char *dir = tu_tmpdir("fsio");
    /* learn this process's tag from a temporary of its own */
    char probe[1200], target[256];
    snprintf(probe, sizeof probe, "%s/claims.csv", dir);
    AtomicFile af;
    Diag d = {0};
    ck_assert_int_eq(fsio_atomic_open(&af, probe, &d), 0);
    const char *base = strrchr(af.tmp, '/') + 1;
    ck_assert_int_eq(fsio_temp_target(base, target, sizeof target), 1);
    ck_assert_str_eq(target, "claims.csv");
    char tag[128];
    const char *t = strstr(base, ".tmp.cb-");
    /* ".tmp.cb-HOST-NS-" */
    size_t tl = (size_t)(strchr(strchr(t + 8, '-') + 1, '-') + 1 - t);
    snprintf(tag, sizeof tag, "%.*s", (int)tl, t);
    char name[1400];
    /* a pid that cannot run: above the kernel's pid_max (at most 2^22) */
    snprintf(name, sizeof name, "%s/brief.pdf%s99999999-0", dir, tag);
    tu_write(name, "x", 1);
    static const char *const keep[] = {
        "notes.tmp.99999.md", "curation.tmp.20240101.csv", "brief.pdf.tmp.99999999.0",
        "brief.pdf.tmp.cb-0000000g-1-99999999-0",       /* not hex */
        "brief.pdf.tmp.cb-00000000-1-99999999-0",       /* another host */
        "notes.md.tmp.cb-00000000-1-99999999-0x",       /* trailing junk */
    };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        char p[1400];
        snprintf(p, sizeof p, "%s/%s", dir, keep[i]);
        tu_write(p, "x", 1);
    }
    char other_ns[1400], live[1400], notout[1400];
    /* the same host in another PID namespace: its writer may be alive */
    snprintf(other_ns, sizeof other_ns, "%s/brief.pdf%.*s-1-99999999-0", dir,
             (int)(strchr(tag + 8, '-') - tag), tag);
    snprintf(live, sizeof live, "%s/brief.pdf%s%ld-7", dir, tag, (long)getppid());
    snprintf(notout, sizeof notout, "%s/notes.md%s99999999-0", dir, tag);
    tu_write(other_ns, "x", 1);
    tu_write(live, "x", 1);
    tu_write(notout, "x", 1);
    ck_assert_int_eq(fsio_sweep_temps(dir, only_brief, NULL), 1);
    ck_assert_ptr_null(tu_read(name, NULL));
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        char p[1400];
        snprintf(p, sizeof p, "%s/%s", dir, keep[i]);
        char *k = tu_read(p, NULL);
        ck_assert_msg(k != NULL, "swept %s", keep[i]);
        free(k);
    }
    const char *const kept[] = {other_ns, live, notout, af.tmp};
    for (size_t i = 0; i < 4; i++) {
        char *k = tu_read(kept[i], NULL);
        ck_assert_msg(k != NULL, "swept %s", kept[i]);
        free(k);
    }
    fsio_atomic_abort(&af);
    ck_assert_int_eq(fsio_sweep_temps("/nonexistent", only_brief, NULL), 0);
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
    tcase_add_test(tc, batch_should_replace_every_output_at_commit_and_none_before);
    tcase_add_test(tc, batch_should_sync_once_not_once_per_file);
    tcase_add_test(tc, failed_batch_should_keep_old_outputs_and_leave_no_temporary);
    tcase_add_test(tc, batch_freed_without_commit_should_remove_its_temporaries);
    tcase_add_test(tc, mkdirs_should_create_nested_folders);
    tcase_add_test(tc, sweep_should_remove_only_own_temporaries_of_dead_writers);
    tcase_add_test(tc, a_device_or_pipe_the_user_names_should_be_written_in_place_not_replaced);
    tcase_add_test(tc, a_project_output_should_never_be_written_through_a_link_or_into_a_pipe);
    tcase_add_test(tc, an_input_that_is_not_a_regular_file_should_be_refused_without_blocking);
    tcase_add_test(tc, inside_should_follow_links_to_where_they_lead);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

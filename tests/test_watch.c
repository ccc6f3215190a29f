/* test_watch.c — `build --watch` watches the folders the build reads and
 * nothing more: a link in data/ that leads to a big tree (the whole file
 * system here) neither stalls it nor hides a save. (test_build has the
 * watch's rebuild on save and its clean stop.) */
#include "testutil.h"

#include <check.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* Read fd into acc until it holds want or ms pass: 1 seen, 0 not. */
static int wait_for(int fd, char *acc, size_t cap, size_t *len, const char *want, long ms)
{
    long end = now_ms() + ms;
    while (!strstr(acc, want)) {
        long left = end - now_ms();
        struct pollfd p = {fd, POLLIN, 0};
        if (left <= 0 || poll(&p, 1, (int)left) <= 0)
            return 0;
        ssize_t n = read(fd, acc + *len, cap - *len - 1);
        if (n <= 0)
            return 0;
        *len += (size_t)n;
        acc[*len] = '\0';
    }
    return 1;
}

/* Start `build --watch --jobs JOBS` in dir, its stdout to *out and its
 * stderr to *err (the read ends; err NULL: stderr to /dev/null). */
static pid_t start_watch(const char *dir, const char *jobs, int *out, int *err)
{
    int pfd[2], efd[2] = {-1, -1};
    ck_assert_int_eq(pipe(pfd), 0);
    if (err)
        ck_assert_int_eq(pipe(efd), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        dup2(pfd[1], 1);
        dup2(err ? efd[1] : open("/dev/null", O_WRONLY), 2);
        close(pfd[0]);
        if (err)
            close(efd[0]);
        putenv("SOURCE_DATE_EPOCH=1700000000");
        execl(CB_PROGRAM, CB_PROGRAM, "build", "--watch", "--jobs", jobs, (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    *out = pfd[0];
    if (err) {
        close(efd[1]);
        *err = efd[0];
    }
    return pid;
}

START_TEST(a_link_in_data_to_a_big_tree_should_not_stall_the_watch)
{
    char *dir = tu_tmpdir("watch-link");
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("cd '%s' && ln -s / data/corpus/root && ln -s / data/everything", dir), 0);
    int out;
    pid_t pid = start_watch(dir, "2", &out, NULL);
    static char acc[1 << 17];
    size_t len = 0;
    /* the first build, then the watch (it walked / first: minutes) */
    int watching = wait_for(out, acc, sizeof acc, &len, "watching", 60000);
    int rebuilt = 0;
    if (watching) {
        tu_sh("cd '%s' && printf '\\nKenya had 9 million internet users in 2021.\\n' >> "
              "data/corpus/000_2955b90d192068f7.txt",
              dir);
        rebuilt = wait_for(out, acc, sizeof acc, &len, "brief: data/claims.csv changed", 60000);
    }
    kill(pid, watching ? SIGINT : SIGKILL);
    int st = 0;
    waitpid(pid, &st, 0);
    close(out);
    ck_assert_msg(watching, "the watch did not start within a minute");
    ck_assert_msg(rebuilt, "no rebuild after a save; got: %s", acc);
    ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "status %d", st);
    free(dir);
}
END_TEST

/* A first Ctrl-C during a watch build lets the build finish (its atomic
 * writes whole); a second one stops the process at once, by the signal,
 * with no temporary left behind. The project is made slow to build (the
 * bundled documents many times over) so the build is still running. */
START_TEST(a_second_ctrl_c_during_a_watch_build_should_stop_at_once)
{
    char *dir = tu_tmpdir("watch-twice");
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("cd '%s/data/corpus' && for i in $(seq 1 300); do for f in 0*.txt; do "
                           "cp \"$f\" \"c${i}_$f\"; done; done",
                           dir),
                     0);
    int out, errfd;
    pid_t pid = start_watch(dir, "1", &out, &errfd);
    static char acc[1 << 17], err[1 << 19];
    size_t len = 0, elen = 0;
    /* the first build has begun when it warns of the copies missing
     * from sources.csv (extracting 1,500 documents takes a while) */
    int began = wait_for(errfd, err, sizeof err, &elen, "no row for document", 60000);
    kill(pid, SIGINT);
    int told = wait_for(errfd, err, sizeof err, &elen, "press Ctrl-C again", 5000);
    int still = waitpid(pid, NULL, WNOHANG) == 0;
    long t0 = now_ms();
    kill(pid, SIGINT);
    int st = 0;
    waitpid(pid, &st, 0);
    long took = now_ms() - t0;
    (void)wait_for(out, acc, sizeof acc, &len, "watching", 1);
    close(out);
    close(errfd);
    ck_assert_msg(began, "the build did not start");
    ck_assert_msg(told, "no word on the first Ctrl-C; stderr ends: %s", elen > 300 ? err + elen - 300 : err);
    ck_assert_msg(still, "the first Ctrl-C did not wait for the build");
    ck_assert_msg(!strstr(acc, "watching"), "the build had ended before the second Ctrl-C: make the project slower");
    ck_assert_msg(WIFSIGNALED(st) && WTERMSIG(st) == SIGINT, "status %d", st);
    ck_assert_msg(took < 3000, "the second Ctrl-C took %ld ms", took);
    ck_assert_int_eq(tu_sh("cd '%s' && ! find . -name '*.tmp.cb-*' | grep -q .", dir), 0);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("watch");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, a_link_in_data_to_a_big_tree_should_not_stall_the_watch);
    tcase_add_test(tc, a_second_ctrl_c_during_a_watch_build_should_stop_at_once);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

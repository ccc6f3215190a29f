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

START_TEST(a_link_in_data_to_a_big_tree_should_not_stall_the_watch)
{
    char *dir = tu_tmpdir("watch-link");
    tu_copy_project(dir);
    ck_assert_int_eq(tu_sh("cd '%s' && ln -s / data/corpus/root && ln -s / data/everything", dir), 0);
    int pfd[2];
    ck_assert_int_eq(pipe(pfd), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        dup2(pfd[1], 1);
        close(pfd[0]);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 2);
        putenv("SOURCE_DATE_EPOCH=1700000000");
        execl(CB_PROGRAM, CB_PROGRAM, "build", "--watch", "--jobs", "2", (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    static char acc[1 << 17];
    size_t len = 0;
    /* the first build, then the watch (it walked / first: minutes) */
    int watching = wait_for(pfd[0], acc, sizeof acc, &len, "watching", 60000);
    int rebuilt = 0;
    if (watching) {
        tu_sh("cd '%s' && printf '\\nKenya had 9 million internet users in 2021.\\n' >> "
              "data/corpus/000_2955b90d192068f7.txt",
              dir);
        rebuilt = wait_for(pfd[0], acc, sizeof acc, &len, "brief: data/claims.csv changed", 60000);
    }
    kill(pid, watching ? SIGINT : SIGKILL);
    int st = 0;
    waitpid(pid, &st, 0);
    close(pfd[0]);
    ck_assert_msg(watching, "the watch did not start within a minute");
    ck_assert_msg(rebuilt, "no rebuild after a save; got: %s", acc);
    ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "status %d", st);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("watch");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, a_link_in_data_to_a_big_tree_should_not_stall_the_watch);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

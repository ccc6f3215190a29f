/* test_sandbox.c — a parser on untrusted bytes runs in a bounded child:
 * its output comes back, and a loop, a crash, a memory blow-up or a
 * flood of output is stopped and said in words, the parent unharmed. */
#include "sandbox.h"

#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int say_hello(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    *progress = 3;
    buf_puts(out, "hello");
    return 0;
}

static int fail_with_words(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    (void)progress;
    buf_puts(out, "encrypted PDF: needs a password");
    return 1;
}

static int spin(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    (void)out;
    *progress = 7;
    for (volatile unsigned long i = 0;; i++)
        ;
    return 0;
}

static int crash(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    (void)out;
    *progress = 2;
    raise(SIGSEGV);
    return 0;
}

static int hog(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    (void)progress;
    /* more than the bound, touched so it is really used */
    size_t n = (size_t)512 << 20;
    char *p = malloc(n);
    if (!p)
        return buf_puts(out, "out of memory"), 1;
    memset(p, 1, n);
    buf_puts(out, p[n - 1] ? "got it" : "?");
    free(p);
    return 0;
}

static int flood(void *arg, Buf *out, volatile unsigned *progress)
{
    (void)arg;
    (void)progress;
    for (int i = 0; i < 100000; i++)
        buf_puts(out, "0123456789");
    return 0;
}

START_TEST(sandbox_should_bring_back_the_childs_output_and_progress)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(say_hello, NULL, &lim, &out, &sig, &page), SANDBOX_OK);
    ck_assert_str_eq(out.data, "hello");
    ck_assert_uint_eq(page, 3);
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_bring_back_the_words_of_a_refusal)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(fail_with_words, NULL, &lim, &out, &sig, &page), SANDBOX_FAILED);
    ck_assert_str_eq(out.data, "encrypted PDF: needs a password");
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_stop_a_child_past_its_time_and_say_where)
{
    SandboxLimits lim = {1, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    time_t t0 = time(NULL);
    ck_assert_int_eq(sandbox_run(spin, NULL, &lim, &out, &sig, &page), SANDBOX_TIMEOUT);
    ck_assert_int_le(time(NULL) - t0, 4);
    ck_assert_uint_eq(page, 7);
    char why[256];
    sandbox_status_text(SANDBOX_TIMEOUT, sig, &lim, why, sizeof why);
    ck_assert_str_eq(why, "reading took longer than 1 s");
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_contain_a_crash)
{
    SandboxLimits lim = {5, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(crash, NULL, &lim, &out, &sig, &page), SANDBOX_CRASHED);
    /* a sanitizer catches the signal and exits (its own status) */
    if (!sandbox_memory_unbounded())
        ck_assert_int_eq(sig, SIGSEGV);
    ck_assert_uint_eq(page, 2);
    char why[256];
    sandbox_status_text(SANDBOX_CRASHED, SIGSEGV, &lim, why, sizeof why);
    ck_assert_ptr_nonnull(strstr(why, "signal 11"));
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_bound_the_memory_a_child_takes)
{
    if (sandbox_memory_unbounded())
        return;   /* ASan and valgrind reserve address space of their own */
    SandboxLimits lim = {10, 64u << 20, 1024};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    SandboxStatus st = sandbox_run(hog, NULL, &lim, &out, &sig, &page);
    /* malloc fails (the child says so) or the child dies: never "got it" */
    ck_assert(st == SANDBOX_FAILED || st == SANDBOX_CRASHED);
    ck_assert(!out.data || strcmp(out.data, "got it") != 0);
    buf_free(&out);
}
END_TEST

START_TEST(sandbox_should_refuse_output_past_its_cap)
{
    SandboxLimits lim = {5, 64u << 20, 4096};
    Buf out;
    buf_init(&out, 0);
    int sig;
    unsigned page;
    ck_assert_int_eq(sandbox_run(flood, NULL, &lim, &out, &sig, &page), SANDBOX_TOO_BIG);
    ck_assert_uint_le(out.len, 4096);
    buf_free(&out);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sandbox");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, sandbox_should_bring_back_the_childs_output_and_progress);
    tcase_add_test(tc, sandbox_should_bring_back_the_words_of_a_refusal);
    tcase_add_test(tc, sandbox_should_stop_a_child_past_its_time_and_say_where);
    tcase_add_test(tc, sandbox_should_contain_a_crash);
    tcase_add_test(tc, sandbox_should_bound_the_memory_a_child_takes);
    tcase_add_test(tc, sandbox_should_refuse_output_past_its_cap);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

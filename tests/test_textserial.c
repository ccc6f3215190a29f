/* test_textserial.c — a document read into the buffer the last one was
 * read from gets its own claims, not the answers the memos kept for the
 * last one's sentences at the same address and offsets (textserial.h). */
#include "claim.h"
#include "extract.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static int to_csv(const Claim *c, void *ctx)
{
    claims_write_row(ctx, c);
    return 0;
}

/* The claims of the text held in buf[0, n), as CSV rows (caller frees). */
static char *claims_of(const char *buf, size_t n)
{
    ExtractOptions o = {.metrics = tu_metrics};
    Buf b;
    buf_init(&b, 0);
    Diag d = {0};
    ck_assert_int_eq(extract_document(&o, "doc.txt", buf, n, to_csv, &b, NULL, &d), 0);
    buf_putc(&b, '\0');
    return buf_take(&b, NULL);
}

/* Pairs of documents of one length and the same sentences' places, whose
 * words differ where a memo of a sentence looks. */
static const char *const pairs[][2] = {
    /* a short fiscal period in the sentence (fiscal.c) */
    {"Sales rose 12% to $4.1 billion in XY23.", "Sales rose 12% to $4.1 billion in FY23."},
    /* the month around the claim's year (asof.c) */
    {"In March 2023, Kenya had 4.1 million users.", "In 2023 Kenya had 4.1 million users at all."},
    /* countries counted: the whole world (classify.c) */
    {"The firm works in 45 countries with 4,100 staff.", "The firm works in 45 villages, with 4,100 staff."},
    /* a comma-separated export's header over its row (csvrows.c) */
    {"id,name_x,value_usd_m\nDSR-1,Safe City,124.0\n", "id,name x,value_usd_m\nDSR-1,Safe City,124.0\n"},
};

START_TEST(a_document_read_into_a_used_buffer_should_get_its_own_claims)
{
    const char *a = pairs[_i][0], *b = pairs[_i][1];
    size_t n = strlen(b);
    ck_assert_uint_eq(strlen(a), n);
    /* b read fresh, from a buffer of its own */
    char *own = malloc(n + 1);
    memcpy(own, b, n + 1);
    char *want = claims_of(own, n);
    /* a, then b read into the same buffer */
    char *used = malloc(n + 1);
    memcpy(used, a, n + 1);
    char *first = claims_of(used, n);
    memcpy(used, b, n + 1);
    char *got = claims_of(used, n);
    ck_assert_str_ne(first, want);   /* (the pair tells the memos apart) */
    ck_assert_str_eq(got, want);
    free(first);
    free(got);
    free(want);
    free(used);
    free(own);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("textserial");
    TCase *tc = tcase_create("core");
    tcase_add_unchecked_fixture(tc, tu_metrics_load, tu_metrics_unload);
    tcase_add_loop_test(tc, a_document_read_into_a_used_buffer_should_get_its_own_claims, 0,
                        (int)(sizeof pairs / sizeof pairs[0]));
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

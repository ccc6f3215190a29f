/* test_csvrows.c — the rows of a comma-separated export (csvrows.h). */
#include "csvrows.h"
#include "textserial.h"
#include "testutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The block of the line opening at ls in p: 1 and its header's start. */
static int block_of(const char *p, size_t ls, size_t *hs)
{
    const char *nl = strchr(p + ls, '\n');
    size_t le = nl ? (size_t)(nl - p) : strlen(p), he;
    return csvrows_block((const unsigned char *)p, ls, le, hs, &he);
}

START_TEST(a_row_should_be_of_the_block_under_its_header)
{
    textserial_next();
    const char *p = "Projects.\nid,project,value_usd_m\nDSR-1,Safe City,124.0\nDSR-2,Cable,88.5\n";
    size_t hs, row = (size_t)(strstr(p, "DSR-1") - p);
    ck_assert_int_eq(block_of(p, row, &hs), 1);
    ck_assert_uint_eq(hs, (size_t)(strstr(p, "id,") - p));
    ck_assert_int_eq(block_of(p, (size_t)(strstr(p, "DSR-2") - p), &hs), 1);
    /* (a header of capitals, or one with a blank, is no export's) */
    textserial_next();
    const char *q = "Projects.\nid,pro ject,value_usd_m\nDSR-1,Safe City,124.0\n";
    ck_assert_int_eq(block_of(q, (size_t)(strstr(q, "DSR-1") - q), &hs), 0);
}
END_TEST

/* The next document read into the buffer this one was read into is
 * another text: a row at the offset where the last one's row stood is
 * not of the last one's block (it was, from the memo). */
START_TEST(a_document_read_into_a_used_buffer_should_get_its_own_blocks)
{
    const char *a = "id,name_x,value_usd_m\nDSR-1,Safe City,124.0\n";
    const char *b = "id,name x,value_usd_m\nDSR-1,Safe City,124.0\n";
    ck_assert_uint_eq(strlen(a), strlen(b));
    char *buf = malloc(strlen(a) + 1);
    size_t hs, row = (size_t)(strstr(a, "DSR-1") - a);
    textserial_next();
    memcpy(buf, a, strlen(a) + 1);
    ck_assert_int_eq(block_of(buf, row, &hs), 1);
    textserial_next();
    memcpy(buf, b, strlen(b) + 1);
    ck_assert_int_eq(block_of(buf, row, &hs), 0);
    free(buf);
}
END_TEST

/* Rows of as many commas with no header above them: every figure of
 * every row asks, and must not walk the 400 lines above its row again
 * each time (it did: seconds for a page of such rows, minutes for a
 * long one). A header under them is still found. */
START_TEST(rows_of_no_block_should_be_read_in_linear_time)
{
    static const char cell[] = "x 12.5,";
    size_t cells = 60, rows = 1500, rl = cells * (sizeof cell - 1);
    size_t n = rows * rl + 64;
    char *p = malloc(n + 1);
    ck_assert_ptr_nonnull(p);
    size_t o = 0;
    for (size_t r = 0; r < rows; r++) {
        for (size_t c = 0; c < cells; c++)
            memcpy(p + o, cell, sizeof cell - 1), o += sizeof cell - 1;
        p[o - 1] = '\n';
    }
    p[o] = '\0';
    textserial_next();
    double t0 = tu_cpu_seconds(); /* CPU, not wall: the machine's load is no defect */
    size_t hs;
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cells; c++)
            ck_assert_int_eq(block_of(p, r * rl, &hs), 0);
    double secs = tu_cpu_seconds() - t0;
    ck_assert_msg(secs < 3.0, "%.2f s for %zu rows of %zu figures", secs, rows, cells);
    /* a header line under them (as many commas), and a row under it */
    static const char tail[] = "aa,bb,cc,dd,ee,ff,gg,hh,ii,jj,kk,ll,mm,nn,oo,pp,qq,rr,ss,tt,uu,vv,ww,xx,yy,zz,a1,"
                               "b1,c1,d1,e1,f1,g1,h1,i1,j1,k1,l1,m1,n1,o1,p1,q1,r1,s1,t1,u1,v1,w1,x1,y1,z1,a2,"
                               "b2,c2,d2,e2,f2,g2,h2\n";
    size_t tl = sizeof tail - 1;
    p = realloc(p, o + tl + rl + 1);
    ck_assert_ptr_nonnull(p);
    memcpy(p + o, tail, tl);
    memcpy(p + o + tl, p, rl);
    p[o + tl + rl] = '\0';
    textserial_next();
    ck_assert_int_eq(block_of(p, (rows - 1) * rl, &hs), 0);
    ck_assert_int_eq(block_of(p, o, &hs), 1);
    ck_assert_uint_eq(hs, o);
    ck_assert_int_eq(block_of(p, o + tl, &hs), 1);
    ck_assert_uint_eq(hs, o);
    free(p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("csvrows");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, a_row_should_be_of_the_block_under_its_header);
    tcase_add_test(tc, a_document_read_into_a_used_buffer_should_get_its_own_blocks);
    tcase_add_test(tc, rows_of_no_block_should_be_read_in_linear_time);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

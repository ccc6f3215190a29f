/* test_arena.c — pieces of any size come aligned and apart, and an
 * arena reset keeps its blocks (up to the bound) for the pieces after. */
#include "arena.h"
#include "testutil.h"

#include <check.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

START_TEST(arena_should_hand_out_aligned_pieces_that_do_not_overlap)
{
    /* and one piece bigger than any block (5 MiB) */
    static const size_t sizes[] = {0, 1, 7, 16, 17, 100, 4096, 70000, 300000, 3, 33};
    enum { N = sizeof sizes / sizeof *sizes };
    Arena a;
    arena_init(&a);
    for (int round = 0; round < 3; round++) {
        unsigned char *p[N * 4];
        size_t n[N * 4];
        for (size_t i = 0; i < N * 4; i++) {
            n[i] = i == 30 ? (size_t)5 << 20 : sizes[i % N] + i % 5;
            p[i] = arena_alloc(&a, n[i]);
            ck_assert_uint_eq((uintptr_t)p[i] % alignof(max_align_t), 0);
            memset(p[i], (int)(i & 0xFF), n[i]);
        }
        for (size_t i = 0; i < N * 4; i++)
            for (size_t k = 0; k < n[i]; k += 997)
                ck_assert_uint_eq(p[i][k], i & 0xFF);
        arena_reset(&a, round == 1 ? 0 : (size_t)8 << 20);
    }
    arena_free(&a);
}
END_TEST

START_TEST(arena_should_carve_its_kept_blocks_again_after_a_reset)
{
    Arena a;
    arena_init(&a);
    void *first = arena_alloc(&a, 100);
    for (int i = 0; i < 1000; i++)
        arena_alloc(&a, 1000);
    arena_reset(&a, (size_t)32 << 20);
    ck_assert_ptr_eq(arena_alloc(&a, 100), first);   /* the same memory, no new block */
    arena_free(&a);
    arena_alloc(&a, 10);   /* a freed arena is empty, ready again */
    arena_free(&a);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, arena_should_hand_out_aligned_pieces_that_do_not_overlap);
    tcase_add_test(tc, arena_should_carve_its_kept_blocks_again_after_a_reset);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

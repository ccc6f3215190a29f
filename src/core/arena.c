/* arena.c — blocks of growing size, carved in order (see arena.h). */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"

/* The first block's room; each next one twice the last, up to the
 * largest. A piece bigger than a block would be gets a block its size. */
#define FIRST_BLOCK ((size_t)64 << 10)
#define LARGEST_BLOCK ((size_t)4 << 20)

#define ALIGN alignof(max_align_t)

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;          /* bytes of room */
    alignas(max_align_t) char room[];
};

void arena_init(Arena *a)
{
    a->first = a->cur = NULL;
    a->used = 0;
}

void *arena_alloc(Arena *a, size_t n)
{
    if (n > SIZE_MAX - ALIGN - sizeof(ArenaBlock))
        diag_oom();
    n = n ? (n + ALIGN - 1) & ~(ALIGN - 1) : ALIGN;
    /* the block in use, else the next kept one that has the room (a kept
     * block too small for this piece is passed over until a reset) */
    while (a->cur && a->cur->size - a->used < n && a->cur->next) {
        a->cur = a->cur->next;
        a->used = 0;
    }
    if (!a->cur || a->cur->size - a->used < n) {
        size_t size = !a->cur ? FIRST_BLOCK : a->cur->size < LARGEST_BLOCK ? 2 * a->cur->size : LARGEST_BLOCK;
        if (size < n)
            size = n;
        ArenaBlock *b = xmalloc(sizeof *b + size);
        b->next = NULL;
        b->size = size;
        if (a->cur)
            a->cur->next = b;
        else
            a->first = b;
        a->cur = b;
        a->used = 0;
    }
    void *p = a->cur->room + a->used;
    a->used += n;
    return p;
}

void arena_reset(Arena *a, size_t keep)
{
    ArenaBlock **link = &a->first;
    size_t kept = 0;
    while (*link && kept + (*link)->size <= keep) {
        kept += (*link)->size;
        link = &(*link)->next;
    }
    for (ArenaBlock *b = *link, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    *link = NULL;
    a->cur = a->first;
    a->used = 0;
}

void arena_free(Arena *a)
{
    arena_reset(a, 0);
}

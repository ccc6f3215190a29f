/* arena.h — memory handed out in pieces and taken back all at once.
 *
 * For a library that makes a great many small pieces and lets them all
 * go together (gumbo's parse tree: a node, a string, a vector each): a
 * piece costs a pointer bump, and the whole goes at once instead of one
 * free() a piece. A piece is never given back alone; what the library
 * frees early stays until the arena is reset.
 *
 * An arena used again and again (a page after page) keeps its blocks
 * when reset, up to a bound: fresh memory from the system costs a page
 * fault for every 4 KiB, more than carving it.
 *
 * Pieces are aligned for any type (max_align_t). Running out of memory
 * aborts, as xmalloc does.
 *
 * Ownership: the arena owns every piece it handed out; arena_reset and
 * arena_free take them all back (arena_free also its blocks).
 */
#ifndef CB_ARENA_H
#define CB_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *first;    /* blocks in the order they were made */
    ArenaBlock *cur;      /* the block pieces come from */
    size_t used;          /* bytes of cur handed out */
} Arena;

void arena_init(Arena *a);
/* n bytes (0 is one), uninitialised. */
void *arena_alloc(Arena *a, size_t n);
/* Take back every piece; keep the first blocks while they add up to at
 * most keep bytes, for the pieces to come, and free the others. */
void arena_reset(Arena *a, size_t keep);
/* Take back every piece and free every block. */
void arena_free(Arena *a);

#endif

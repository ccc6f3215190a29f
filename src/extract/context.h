/* context.h — what a document says beyond the sentence of a claim.
 *
 * A claim's sentence does not always name its place, year or teller: a
 * heading above it does ("PAKISTAN", "2.2 Pakistan."), or a note under
 * its block ("Source: PTA; DataReportal"). A Context is the model of one
 * document's layout, made for that document and walked once as its
 * claims come in offset order; the classifier (classify.h) asks it what
 * holds at a claim's offset.
 *
 * Ownership: context_new returns a Context the caller frees with
 * context_free. It borrows the Metrics and the document text, which must
 * outlive it. Strings in an Around belong to the Context and stay valid
 * until its next call.
 */
#ifndef CB_CONTEXT_H
#define CB_CONTEXT_H

#include <stddef.h>

typedef struct Metrics Metrics;
typedef struct Context Context;

/* A model of doc[0, n) (m may be NULL: no places, no bodies). */
Context *context_new(const Metrics *m, const char *doc, size_t n);
void context_free(Context *cx);

/* What holds at an offset, beyond its sentence. */
typedef struct Around {
    const char *heading_scope;   /* the place the last heading or numbered
                                  * section names, or "" */
    size_t head_s, head_e;       /* the last heading line ([x, x): none) */
    const char *note_source;     /* the body the "Source:" note of the block
                                  * holding the offset credits, when the
                                  * offset stands before that note; or "" */
    size_t block_end;            /* the end of that block (run of non-blank
                                  * lines) */
} Around;

/* What holds at offset at. Offsets must not go back between calls. */
void context_around(Context *cx, size_t at, Around *a);

#endif

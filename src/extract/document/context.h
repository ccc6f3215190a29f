/* context.h — what a document says beyond the sentence of a claim.
 *
 * A claim's sentence does not always name its place, year or teller: a
 * heading above it does ("PAKISTAN", "2.2 Pakistan."), or a note under
 * its block ("Source: PTA; DataReportal"). A Context is the model of one
 * document's layout, made for that document and walked once as its
 * claims come in offset order; the classifier (classify.h) asks it what
 * holds at a claim's offset.
 *
 * Beyond the layout it keeps the document's own facts (docinfo.h), its
 * notes (notes.h), its notes on whose data each topic is (datasrc.h), the
 * turns of a transcript (speakers.h) and the running topic of the
 * paragraph being read.
 *
 * Ownership: context_new returns a Context the caller frees with
 * context_free. It borrows the Metrics and the document text, which must
 * outlive it. Strings in an Around belong to the Context and stay valid
 * until its next call.
 */
#ifndef CB_CONTEXT_H
#define CB_CONTEXT_H

#include <stddef.h>

#include "claim.h"
#include "docinfo.h"

typedef struct Metrics Metrics;
typedef struct Source Source;
typedef struct Context Context;
typedef struct DataSrc DataSrc;

/* A model of doc[0, n) with its bibliography row src (NULL: none; m may
 * be NULL: no places, no bodies). */
Context *context_new(const Metrics *m, const Source *src, const char *doc, size_t n);
void context_free(Context *cx);

/* What holds at an offset, beyond its sentence. */
typedef struct Around {
    const char *heading_scope;   /* the place the last heading or numbered
                                  * section names, or "" */
    size_t head_s, head_e;       /* the last heading line ([x, x): none) */
    int head_year;               /* the year that heading names ("2023
                                  * results", "Table 2. ..., end-2023"), or 0 */
    const char *note_source;     /* the body the "Source:" note of the block
                                  * holding the offset credits, when the
                                  * offset stands before that note; or "" */
    size_t note_line;            /* where that note's line starts, when
                                  * note_source holds a body; else SIZE_MAX */
    int block_rows;              /* that block is label and figure lines, no
                                  * sentences ("5G base stations   3.4 million") */
    size_t block_end;            /* the end of that block (run of non-blank
                                  * lines) */
    /* the fields of the record holding the offset (a block of "Key: value"
     * or "Key ..... value" lines), else of the document's opening record */
    const char *rec_scope;       /* its place field ("Recipient: Kenya"), or "" */
    int rec_year;                /* its year field ("Commitment Year: 2018"), or 0 */
    int doc_rec_year;            /* the year field of the document's opening
                                  * record ("Date of issue: 14 March 2024")
                                  * when the offset's block has no record of
                                  * its own, or 0 (rec_year is then 0) */
    const char *rec_source;      /* the first body the source field of the
                                  * record holding it lists ("Sources ... CPEC
                                  * Authority; SCO"), or "" */
    const char *end_source;      /* the body the "Source:" note closing the
                                  * document credits when the offset is
                                  * above it ("Source: UN DESA, ..."), or ""
                                  * (endnote.h) */
    const char *answerer;        /* the department a record of written
                                  * answers says answers the question whose
                                  * part holds the offset ("Question for
                                  * Ministry of Defence"), or "" (writtenq.h) */
    const char *lead_source;     /* the body the lead-in line above the list
                                  * holding the offset credits ("By region,
                                  * the #KeepItOn data show:"), or "" */
    int lead_year;               /* the year the lead-in line above the list
                                  * holding the offset gives its items
                                  * ("on Synergy's Q4 2024 ranking:", "I
                                  * checked them all this week:", or its
                                  * paragraph's year so far), or 0 */
    /* the running topic of the paragraph (earlier claims of it): its
     * place and year ("" and 0 after a sentence opening with a contrast),
     * the body it credited, the noun it counted */
    const char *para_scope, *para_source, *para_noun;
    /* the place the paragraph's last sentence without a figure that opens
     * with one sets, after its last figure with a place of its own
     * (topicplace.h), or "": a fallback after the sentence's own
     * countries counted, before the document's. Those sentences are read
     * when a claim asks: para_scope and para_frame hold only after
     * context_topic_read. */
    const char *para_frame;
    size_t para_s;               /* where the paragraph (or section) starts */
    int para_year;
    int prev_year;               /* the year the last figure of an earlier
                                  * paragraph stated of its own, or 0: what
                                  * "in the same period" opening no year of
                                  * its paragraph looks back to */
    int para_open;               /* para_year is the year the paragraph
                                  * opened with ("In 2017 the Government
                                  * ...": openyear.h) */
    int para_month;              /* the month of para_year its sentence gave
                                  * ("截至2023年12月，"), or 0 (asof.h) */
    /* the note the sentence points to after the claim ("countries.1"):
     * its number and the body it credits (NULL: none) */
    unsigned note_num;
    const char *note_body;
    const DocInfo *doc;          /* the document's year, date, body: not its
                                  * place, which context_doc reads */
    const DataSrc *datasrc;      /* its notes on whose data each topic is,
                                  * or NULL (datasrc.h) */
    const char *speaker;         /* the body or person speaking in the turn of
                                  * a transcript holding the offset, or ""
                                  * (speakers.h) */
    int speaker_all;             /* all the speaker says is theirs (an
                                  * official at a Chinese press conference,
                                  * "毛宁：...") */
    int asked;                   /* the offset stands in a question's turn
                                  * ("法新社记者：..."): no one's */
} Around;

/* What holds at offset at, in the sentence [ss, se). Offsets must not go
 * back between calls. */
void context_around(Context *cx, size_t at, size_t ss, size_t se, Around *a);

/* Read the sentences without a figure since the paragraph's last claim
 * for the place they set (Around's para_scope and para_frame), before a
 * claim reads those two; until then they hold what was known before. */
void context_topic_read(Context *cx);

/* Claim c of the sentence ending at se is final: the paragraph's topic
 * learns its noun, and its place, year and body when its own sentence
 * stated them (own_*). own_scope < 0 forgets the topic's place (a list
 * spreading its items over several places holds none of them). */
void context_learn(Context *cx, const Claim *c, int own_scope, int own_year, int own_source, size_t se);

/* The noun the paragraph holding offset at counted last ("" when none):
 * context_around's para_noun. */
const char *context_noun(Context *cx, size_t at, size_t ss, size_t se);

/* The body of the first note marked in doc[from, to) (a table's
 * caption), and its number in *num; NULL when none. */
const char *context_note_in(Context *cx, size_t from, size_t to, unsigned *num);

/* Where the "Source:" line under the table whose block ends at
 * block_end starts (tables_note_line), n when none; the cells of one
 * table ask once. */
size_t context_table_note(Context *cx, size_t block_end);

/* The document's facts (docinfo.h), its place too: read at the first
 * call (docinfo_read_place), which most documents' claims, placed
 * nearer, never make. An Around's doc holds all but its place (scope,
 * scope_from): a reader of those asks here. */
const DocInfo *context_doc(Context *cx);

/* The company whose filing a Chinese story reports (filer.h), read at
 * the first call; "" when none. */
const char *context_filer(Context *cx);

/* The place the document's text keeps naming (bodyplace.h), when its
 * facts give it no place: read at the first call only (most documents'
 * claims never ask). NULL when none; owned by the Metrics. */
const char *context_text_scope(Context *cx);

#endif

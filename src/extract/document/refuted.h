/* refuted.h — a figure the document quotes only to refute it.
 *
 * A fact-check, a debunk or a correction quotes the figure it refutes and
 * passes a verdict on it: "A viral post claims China has invested USD 250
 * billion in the Digital Silk Road. This is false: the ministry's records
 * show USD 40 billion." The USD 250 billion is the post's, not the
 * document's: the document gives USD 40 billion. The quoted figure stays
 * a claim of the table, for the record, its context saying so with the
 * verdict that refutes it (claim.h's clause `refuted: "is false" (its
 * paragraph)`); compare and the charts leave it out (comparable.h's
 * EX_REFUTED).
 *
 * A figure is refuted when both hold:
 *   - it is quoted: a word of what is claimed stands before it in its
 *     sentence ("claims", "claimed", "viral", "circulating", "post",
 *     "message", "rumour", "alleged", "purported"; 网传, 传言, 谣传,
 *     声称, 宣称, 号称, 帖子, 消息称, 谣言), with no word of a correction
 *     between them ("but", "actually", "in fact", "the real", "official",
 *     "only", "since", "according to"; 但, 实际, 事实上, 其实, 据, 仅,
 *     而是, 经核实), or a word of what is claimed follows it in its
 *     clause ("the 250 billion the post claims"); not a count of how far
 *     the claim spread ("shared 12,000 times", "1.2 million views",
 *     转发10万次): that is the document's own;
 *   - a verdict reaches it:
 *       its sentence or its paragraph (to a blank line or a line break
 *       that ends a line, at most PARA_REACH bytes either side) passes
 *       one: a copula before a word of falsehood ("is false", "are
 *       misleading", "was entirely fabricated", "is not true", "rated
 *       false"), an adverb of one ("falsely claims", "wrongly",
 *       "erroneously"), "no evidence", "debunked"; 谣言, 不实, 失实,
 *       不属实, 与事实不符, 误导, 虚假 (not 虚假信息, a topic), 没有依据,
 *       毫无根据, 捏造, 编造, 子虚乌有, 辟谣; or
 *       a rating line: a short line "Verdict: FALSE", "Rating:
 *       Misleading", "Our ruling: Pants on fire", "结论：谣言", "核查结果：
 *       不实", or a line that is a verdict alone ("FALSE"). A rating line
 *       rates the quoted figures above it up to the rating line before;
 *       the figures below the last one are rated by it. A rating that
 *       is no refutation ("Verdict: True", "结论：属实") refutes nothing.
 * A figure the document gives as right has no word of what is claimed
 * before it, or a correction's word between: it is the document's own.
 *
 * Nothing here allocates past the document's rating lines (read once,
 * at its first quoted figure: documents that quote nothing never pay).
 */
#ifndef CB_REFUTED_H
#define CB_REFUTED_H

#include <stddef.h>

#include "claim.h"

/* What a document's rating lines say: read at its first quoted figure.
 * Zero it for each document; refuted_fini frees it. */
typedef struct RefutedDoc {
    int read;          /* the rating lines were read */
    size_t *at;        /* each rating line's start, in order */
    size_t *end;       /* and end */
    unsigned char *refutes;   /* 1: a refutation ("FALSE"); 0: not ("True") */
    size_t n;
    size_t gate_ss, gate_se;  /* the last sentence looked at ... */
    int gate_set, gate;       /* ... and whether it holds a word of what is claimed */
    size_t sv[4], pv[4];      /* the last sentence's and paragraph's verdict:
                               * start, end, verdict's start, end (end 0: none) */
    int sv_found, pv_found;
} RefutedDoc;

void refuted_fini(RefutedDoc *rd);

/* Mark claim c (its sentence doc[ss, se); doc[0, n) the text as read,
 * orig the same bytes as written, for the verdict's words) refuted when
 * it is quoted and a verdict reaches it: its context gets the clause
 * `refuted: "WORDS" (its sentence|its paragraph|the rating line)`.
 * Returns 1 when marked. */
int refuted_mark(RefutedDoc *rd, Claim *c, const char *doc, const char *orig, size_t n, size_t ss, size_t se);

#endif

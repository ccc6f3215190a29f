/* credit.h — the body a sentence credits for a figure when metrics.csv
 * does not know it: "according to the Nigerian Communications
 * Commission", "the Central Bank of Kenya said", "..., said the
 * Communications Authority of Kenya", "the company said" (the sentence's
 * own company), "Serbia's government said", "224.7 million (NCC)"; the
 * subject of a reporting verb ("Feldstein [5] finds", "AidData, a
 * research lab ..., counts", "Ofcom's Connected Nations report shows"),
 * the owner of a publication named by its title ("ITU's latest Facts and
 * Figures say"); a
 * company's own results ("Huawei earned ..."); a citation after the
 * figure ("[ITU 2024]", "(Source: ...)", "... - MIIT").
 *
 * The sentence classifier (metrics.c) hands over the window's words and
 * its attribution cues; nothing here allocates or keeps state.
 */
#ifndef CB_CREDIT_H
#define CB_CREDIT_H

#include <stddef.h>
#include <stdint.h>

/* A word or punctuation mark of the window. */
typedef struct CreditTok {
    size_t s, e;
    int punct;
    int place;       /* inside a place's cue ("Kenya" in "Kenya's Safaricom") */
} CreditTok;

/* An attribution cue ("said", "according to") over words [ti, tj), and
 * its rank for the claim (lower is nearer; UINT64_MAX: out of reach). */
typedef struct CreditCue {
    size_t ti, tj;
    uint64_t rank;
} CreditCue;

/* The body named next to the nearest cue that names one, for the claim
 * at t[claim_s, claim_e): written to out and 1, or 0. from_start: the
 * window opens where the sentence does (a single word there may be a
 * common noun: "Officials said"). */
int credit_name(const char *t, const CreditTok *toks, size_t nt, const CreditCue *cues, size_t nc, size_t claim_s,
                size_t claim_e, int from_start, char *out, size_t cap);

/* The sides of an attribution cue doc[0, n) its teller may stand on:
 * "according to" credits what follows it, never what stands before
 * ("supplied by Huawei, according to CSIS"); "told", "tells" and
 * "informed" what stands before
 * ("the ministry told AFP"); the rest either. */
enum { CREDIT_BEFORE = 1, CREDIT_AFTER = 2 };
int credit_cue_sides(const char *cue, size_t n);

/* Does "according to" (and "the") stand right before the cue at t[cue_s)
 * (not before lo)? Such a cue ("according to estimates by CSIS") is the
 * phrase's object: it credits no name before it ("supplied by Huawei,
 * according to estimates by CSIS" is CSIS's). */
int credit_after_according(const char *t, size_t lo, size_t cue_s);

/* Where the bracket right after a figure ending at doc[end) opens (after
 * blanks and at most one word, its unit: "18.6 Mbps (Ookla, Q1 2024)"),
 * or n when none. */
size_t credit_bracket_after(const char *doc, size_t n, size_t end);

/* "224.7 million (NCC)", "190.2 million (BTRC, March 2024)": a body in
 * brackets right after the figure, named in capitals, is its source. Not
 * a label ("(Figure 3)"), a statistic ("(SD = 3.9)") or a currency
 * ("(NGN)"). 1 and out, or 0. */
int credit_bracket(const char *doc, size_t n, size_t end, char *out, size_t cap);

/* A citation after the figure ending at doc[end), before the
 * sentence's end se: a body in square brackets ("[ITU, Facts and Figures
 * 2024]", "[TeleGeography 2024]", not "[7]" nor "[Figure 3]"), a
 * "(Source: GSMA Intelligence)", a body in brackets closing the sentence
 * ("... in 2023 (DOSM).", not "Blueprint (MyBLUE)" nor "(first phase)"),
 * or the name that ends the figure's line
 * after a spaced dash ("5G BASE STATIONS TOP 3.6 MILLION - MIIT",
 * "... — World Bank"). 1 and the name in out, or 0. */
int credit_cite(const char *doc, size_t n, size_t end, size_t se, char *out, size_t cap);

/* Does the cue ending at doc[cue_e) credit the known name at doc[s, e)
 * it stands near? Not a name after it that is what a figure between them
 * counts ("identified 73 Huawei safe city agreements"), nor the subject
 * of the clause it reports ("has said Huawei built", "found Huawei had
 * 59%"; but "said Huawei in a statement"): the word after such a name is
 * lower case and no preposition, time or teller's record. Nor a name
 * before it in an apposition to its subject ("HMN Technologies, the
 * former Huawei Marine, said": the subject tells). */
int credit_cue_reaches(const char *doc, size_t n, size_t cue_e, size_t s, size_t e);

/* The author a scholarly sentence cites before offset at, from its start
 * ss: "Gagliardone [4] cautions", "Okafor and Liu (2022) estimate", "Wu et
 * al. (2023) find" (a name, a reference number or a year in brackets, a
 * lower-case word). 1 and the name in out, or 0. */
int credit_cited_author(const char *doc, size_t ss, size_t at, char *out, size_t cap);

/* The body a sentence doc[ss, se) credits for the figure at doc[start,
 * end) with no attribution cue: in brackets right after it
 * (credit_bracket), a citation after it (credit_cite), the scholar it
 * cites (credit_cited_author), "per" and a name after it ("..., per
 * PTA", "per ITU's 2023 Facts and Figures"), in that order. 1 and out,
 * or 0. */
int credit_unnamed_cue(const char *doc, size_t n, size_t ss, size_t se, size_t start, size_t end, char *out,
                       size_t cap);

/* "Canalys has mainland China's cloud market at $11.1 billion in Q4
 * 2024, with Alibaba at 36%", "Chainalysis had ransomware payments at
 * about 1.1 billion dollars": a sentence opening with a name of
 * capitalised words, then "has" or "had", what it values and "at" before
 * its first figure, in one clause, tells its figures from that one on.
 * 1 and the name's span in [*ns, *ne) (the caller checks it is no
 * place: "Kenya had inflation at 6%"), or 0. */
int credit_has_at(const char *doc, size_t ss, size_t se, size_t at, size_t *ns, size_t *ne);

/* "The Bank expects", "the Ministry will": a body's own document names
 * it by its kind alone. A source that is the article and a kind of body
 * ("The Bank") whose kind is a word of the document's own body's name
 * ("Bank of Ghana") is that body: source rewritten to body, and 1; else
 * 0 and source untouched (a report naming another "Commission"). */
int credit_own_kind(char *source, size_t cap, const char *body);

/* "The Zambia Computer Incident Response Team (ZM-CIRT) recorded ...":
 * a source the sentence doc[ss, se) names with the acronym it defines
 * right after it is written with it, "Zambia Computer Incident Response
 * Team (ZM-CIRT)"; source is left as it is otherwise. */
void credit_acronym(const char *doc, size_t ss, size_t se, char *source, size_t cap);

#endif

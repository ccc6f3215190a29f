/* notes.h — footnotes and endnotes: the body a note credits, and the note
 * a sentence points to.
 *
 * Reports and papers credit a figure in a note: "...in an estimated 80
 * countries.1" with "1 RWR Advisory Group (2021), Digital Silk Road
 * Tracker" at the foot of the page, or "offline.1" with "1. ITU, Measuring
 * Digital Development" under "Notes". A note's body is the name it opens
 * with (a known source by its canonical name); "Ibid." repeats the note
 * before it; an encyclopedia's reference, a quoted title then the work
 * that printed it ("^ \"ICT indicators\". ITU DataHub. 2024."), credits
 * that work; a quoted title alone, a remark ("Value where
 * disclosed...") or a dated report's name credits nobody.
 *
 * Notes are the numbered lines after a rule ("_____") or under a heading
 * "Notes", "Endnotes", "Footnotes", "References" or "Sources", a run of
 * references by its form alone ("[1] ..." on one line, "[2] ..." on the
 * next: a post's, with no heading; not a judgment's paragraphs numbered
 * in brackets, a blank line between), and any
 * line opening with a superscript number ("¹ China Internet Network
 * Information Center (CNNIC), ..."). An encyclopedia's references under
 * "References[edit]" that open with a caret alone ("^ a b \"...\".
 * Dawn. 2016.") are numbered in the order they stand, as its marks
 * ("[7]") count them; a Chinese one's, under "参考资料[编辑]" ("1.  ^ 标题.
 * 某某日报. 2016-05-12."), credit the outlet after the title, and a
 * body's own report by its year ("某某有限公司2023年年报 (PDF)") the body.
 *
 * Ownership: notes_new returns a Notes the caller frees with notes_free;
 * it copies what it keeps.
 */
#ifndef CB_NOTES_H
#define CB_NOTES_H

#include <stddef.h>

typedef struct Metrics Metrics;
typedef struct Notes Notes;

/* The notes of doc[0, n) (m may be NULL: bodies as written). */
Notes *notes_new(const Metrics *m, const char *doc, size_t n);
void notes_free(Notes *nt);

/* How many notes the document defines. */
size_t notes_count(const Notes *nt);

/* The body note k credits, or NULL. */
const char *notes_body(const Notes *nt, unsigned k);

/* The first note mark in doc[from, to): a number glued after a word's
 * punctuation ("countries.1", "billion,2", "economy.3"), after a year's
 * full stop ("in 2022.4"), in brackets ("[14]"), in round brackets
 * glued to the sentence's end ("countries.(1)", as a testimony marks
 * its endnotes "(1) Atlantic Pacific Institute, ..." under a rule) or in
 * superscript ("billion,¹", "GDP.²"). Its number, or 0. */
unsigned notes_mark(const char *doc, size_t n, size_t from, size_t to);

#endif

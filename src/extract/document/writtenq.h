/* writtenq.h — a parliament's written questions and their answers.
 *
 * "Written questions and answers: Telecommunications: China": a record of
 * a parliament's written questions ("To ask the Secretary of State for
 * ..., what proportion of Huawei equipment has been removed from UK 5G
 * networks") and the government's answers ("Answered on 12 March 2025").
 * Its title and headings name what the questions were on, a subject and
 * a place of the index ("Cyber Security: China"); the figures are the
 * answering government's of its own country, the country of the
 * parliament publishing the record (docinfo.h's home), wherever the
 * sentence names no place of its own.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_WRITTENQ_H
#define CB_WRITTENQ_H

#include <stddef.h>

/* Does doc[0, n) record written questions and answers: a line that opens
 * a question put to a government ("To ask the", "Question No.",
 * "UNSTARRED QUESTION NO.", "Question on notice", "Written question") and
 * one that opens its answer ("Answered on ...", "ANSWER", "Reply:")? */
int writtenq_record(const char *doc, size_t n);

/* The departments its headers name: the one a question was put to
 * ("Question for Ministry of Defence"), a ministry's name heading the
 * record ("MINISTRY OF DIGITAL AFFAIRS", in title case; the department
 * on the line under it is the ministry's), the bracket closing an
 * answer's line ("Answered on ... by NAME, Minister (Department for
 * Transport)"; not an acronym): its answers' figures that no one else is
 * credited for are the answering department's, as a speaker's turn is
 * the speaker's, from that header to the next.
 * writtenq_new returns NULL for a document that is no such record
 * (nothing allocated); the caller frees the rest with writtenq_free. */
typedef struct WrittenQ WrittenQ;
WrittenQ *writtenq_new(const char *doc, size_t n);
void writtenq_free(WrittenQ *w);

/* The department answering the question whose part holds offset at, or
 * "" (w may be NULL). */
const char *writtenq_answerer(const WrittenQ *w, size_t at);

#endif

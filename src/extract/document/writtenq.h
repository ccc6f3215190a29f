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
 * "To ask the" (a question put to a minister) and a line that opens
 * "Answered" (its answer)? */
int writtenq_record(const char *doc, size_t n);

#endif

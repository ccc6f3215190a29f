/* issueline.h — the line that says where and when a document was issued.
 *
 * Under the title of a report, a notice or a release, a line of a place
 * and a date alone: "Djibouti, March 2024", "Lusaka, 31 October 2024",
 * "Dar es Salaam, 4 November 2022", "Islamabad, August 18, 2023". The
 * body that issues it from there reports on that place (its country), as
 * a title naming the place would say: the place of the document when its
 * title and its publisher name none. (Not a news story's dateline, "LAGOS,
 * March 15 (Reuters) -", which opens its text: a reporter writes from
 * anywhere.)
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_ISSUELINE_H
#define CB_ISSUELINE_H

#include <stddef.h>

/* Is the line p[s, e) a place and a date alone? 1 and the place's span in
 * [*ps, *pe) (the words before the comma), else 0. */
int issueline_place(const char *p, size_t s, size_t e, size_t *ps, size_t *pe);

#endif

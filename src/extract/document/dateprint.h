/* dateprint.h — a document that prints its own date at its top.
 *
 * A news story's byline ("By Grace Kaupa / August 21, 2025"), "Published
 * 6 March 2024", "Last updated: 3 December 2024", a broadcast's "Tuesday
 * 7 May 2024", a letter's or a submission's "15 September 2026", an
 * e-mail's "Date: Fri, Mar 29, 2024", a meeting's "Bangkok, 16-17
 * January 2025", a fact sheet's "2025/06/12" on a line of its own: a
 * short line among the first that gives a full date (a day, a month by
 * its name, a year; or year, month and day in figures alone) in the year
 * the document is dated. A month and a year alone ("September 2024")
 * are no full date.
 * Such a document tells what was so when it was written: a figure it
 * leaves undated is of its date's year (classify.h says which figures).
 * A date of another year ("For the year ended 31 December 2023" in a
 * report of 2024, "Founded 12 March 1993") is no such line.
 *
 * Reads the first 1,500 bytes; nothing allocates.
 */
#ifndef CB_DATEPRINT_H
#define CB_DATEPRINT_H

#include <stddef.h>

/* 1 when a line of at most 110 bytes among the first 25 lines of p[0, n)
 * gives a full date of year date_y ("14 March 2024", "March 14, 2024",
 * "14-15 May 2025", "Mar 29, 2024"), or is one in figures ("2024/03/14",
 * "2024-03-14"); else 0 (and 0 when date_y is 0). */
int dateprint_top(const char *p, size_t n, int date_y);

/* 1 when the line p[s, e) is a date alone, or a place's, after a comma
 * ("February 2023", "Dhaka, February 2023", "Geneva, 3 May 2024", "Lima,
 * May 3, 2024"): where and when the document was written, no section's
 * title; 0 for any other line ("Results for February 2023"). */
int dateprint_place_date(const char *p, size_t s, size_t e);

#endif

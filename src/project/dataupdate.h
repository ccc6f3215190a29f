/* dataupdate.h — `claimbrief init --update`: bring a project's copies of
 * the default data files (data/metrics.csv, relations.csv, reference.csv)
 * up to the defaults installed now, keeping the analyst's edits.
 *
 * `init` keeps, beside each copy it makes, the default it copied:
 * data/.defaults/NAME.csv (PROJECT_BASES), the base of a three-way merge
 * (rowmerge.h) with the new default. A project without a base (made
 * before bases were kept) is merged without one: rows equal to the new
 * default are unchanged, every other row is kept as the analyst's. A
 * file the project does not have (it uses the default) is left alone.
 *
 * Everything is read and merged before anything is written, so a
 * malformed table writes nothing. Then the merged copies are replaced
 * (atomically, one batch), then the bases: a crash between the two leaves
 * merged copies and old bases, which the next update merges to the same
 * result. A copy or base that is a symbolic link or not a regular file is
 * refused (CB_EWRITE), never written through. Running it again changes
 * nothing.
 *
 * Ownership: the caller's Buf receives the report; nothing else is kept.
 */
#ifndef CB_DATAUPDATE_H
#define CB_DATAUPDATE_H

#include "buf.h"
#include "diag.h"

/* Update the project in dir. report gets one line per changed row
 * ("data/metrics.csv:12: updated metric internet_users (forbids)"; a
 * conflict adds the two rows on lines of their own), then a summary line
 * per file; dry_run: the same report, nothing written. Returns 0;
 * CB_EINPUT for no defaults, dir not a project or a malformed table
 * ("FILE:LINE: ..."); CB_EWRITE for a link or a failed write. */
int dataupdate_run(const char *dir, int dry_run, Buf *report, Diag *d);

#endif

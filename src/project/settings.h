/* settings.h — the project's settings (claimbrief.ini), read with libinih.
 *
 * One section, [brief]; every key shows in the brief:
 *     title, subtitle      the cover (and the PDF's title and subject);
 *                          the title is also the running head
 *     author, organisation the cover, the running head, the PDF's author
 *                          ("organization" is the same key)
 *     marking              printed at the top and foot of every page
 *                          ("INTERNAL", "OFFICIAL-SENSITIVE")
 *     summary              a paragraph on the cover
 *     paper                a4 or letter (brief --paper overrides it)
 *     date                 the cover's date, YYYY-MM-DD (else the build's
 *                          day, or SOURCE_DATE_EPOCH's)
 * An empty value is the same as no key. A value continues on the
 * following lines when they are indented (joined with a space). Lines
 * starting with ';' or '#' are comments, as is the rest of a line from
 * " ;". Errors name the file and line: an unknown section or key (with the
 * known ones), a line that is not "key = value", a value that is not
 * UTF-8 text or too long, a bad paper or date, a line longer than
 * CB_MAX_SETTINGS_LINE bytes (libinih would cut it silently).
 *
 * Ownership: a Settings owns its strings; settings_free releases them.
 */
#ifndef CB_SETTINGS_H
#define CB_SETTINGS_H

#include <stddef.h>

#include "diag.h"

/* The limits (line, value, file size) are in limits.h. */

typedef enum SettingsPaper { PAPER_UNSET, PAPER_A4, PAPER_LETTER } SettingsPaper;

typedef struct Settings {
    /* NULL when not set. */
    char *title, *subtitle, *author, *organisation, *marking, *summary;
    SettingsPaper paper;
    int year, month, day;   /* the cover date; year 0 when not set */
} Settings;

/* Load path into s (initialised here; free with settings_free, also on
 * error). A missing file is no settings (0). Errors: CB_EINPUT
 * "PATH:LINE: ...". */
int settings_load(const char *path, Settings *s, Diag *d);
/* The same from memory; name is used in messages. */
int settings_load_mem(const char *name, const char *data, size_t n, Settings *s, Diag *d);
void settings_free(Settings *s);

#endif

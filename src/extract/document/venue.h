/* venue.h — the event a speech was given at, named in its title.
 *
 * "Speech by the Cabinet Secretary ... at the Official Opening of the
 * Africa Digital Economy and Connectivity Summit": the title of a speech
 * (a speech, remarks, an address, a keynote, a statement) names where it
 * was given, and the place in the event's name is the event's, not what
 * the speaker's figures are about: a minister of Kenya speaks of Kenya,
 * the country of the body publishing the speech (docinfo.h). An event's
 * name is a run of capitalised words (with "of", "the", "and", "on",
 * "for", "&", a year) ending in a word of an event: Summit, Forum,
 * Conference, Congress, Expo, Week, Dialogue, Symposium, Meeting,
 * Roundtable, Festival, Fair, Exhibition, Assembly.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_VENUE_H
#define CB_VENUE_H

#include <stddef.h>

/* Is t (a title) the title of a speech? */
int venue_speech_title(const char *t);

/* Is t (a title) the title of an event's own paper: a speech's (above),
 * or one naming a meeting, its communiqué or its declaration ("Final
 * Communiqué: Meeting of Ministers ...", "Chairman's Statement of the
 * 27th ASEAN-China Summit")? */
int venue_event_title(const char *t);

/* Where the trailing venue of an event's title starts: its last
 * comma-separated parts when they are short names and dates after the
 * event, "..., Abuja, 14-15 November 2023", "..., Vientiane, Lao PDR"
 * (a place in them is where the event was held, not what its figures are
 * about); strlen(t) when the title is no event's or ends otherwise. */
size_t venue_title_tail(const char *t);

/* Does the span t[s, e) lie inside the name of an event in t? */
int venue_in_event(const char *t, size_t s, size_t e);

/* The line under a speech's heading that gives its speaker's office,
 * opening with the office ("Minister of Posts and Telecommunications of
 * the Kingdom of Cambodia", under "by H.E. Mr. Chea Sovannarith"), among
 * the first lines before the speech begins: 1 and its span [*s, *e). The
 * country it names is the speaker's: what the speech's figures are about,
 * where the heading's dateline ("Wuzhen, Zhejiang Province, 20 November
 * 2024") names only where it was given. */
int venue_speaker_line(const char *doc, size_t n, size_t *s, size_t *e);

/* Does the line doc[s, e) end on a date after a comma, as a speech's
 * line of where and when it was given does ("Wuzhen, Zhejiang Province,
 * 20 November 2024")? */
int venue_dated_line(const char *doc, size_t s, size_t e);

#endif

/* ranked.h — a name that is ranked, not a teller: "the National Capital
 * Region (NCR) recorded the highest proportion of internet users at 88.1
 * percent", "Bangsamoro posted the lowest at 41.3 percent". The verb
 * ("recorded", "posted", "registered", "reported", "had", "showed") says
 * where the subject stands among others, which the text's own source
 * ranked: the subject is no source of the figure. Nothing here
 * allocates.
 */
#ifndef CB_RANKED_H
#define CB_RANKED_H

#include <stddef.h>

/* Does the English sentence doc[ss, se) name source as the subject of
 * such a verb, "the" and a superlative after it? */
int ranked_subject(const char *doc, size_t ss, size_t se, const char *source);

#endif

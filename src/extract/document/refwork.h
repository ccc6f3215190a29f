/* refwork.h — is a document an entry of a reference work, an
 * encyclopedia its readers keep editing (Wikipedia, 百度百科)?
 *
 * Its bibliography date is the day its text was read or last edited, not
 * the day its statements were made: "the system spans 4,600 km" in an
 * entry read in November 2024 says nothing of 2024. So its present tense
 * is dated by no year (classify.h); a year its text writes still dates.
 * Known by the publisher ("Wikipedia", "Wikipedia, The Free
 * Encyclopedia", "Encyclopaedia Britannica", "百度百科") or the authors
 * ("Wikipedia contributors"). Nothing here allocates. */
#ifndef CB_REFWORK_H
#define CB_REFWORK_H

/* 1 when publisher or authors (either NULL) name an encyclopedia. */
int refwork_entry(const char *publisher, const char *authors);

#endif

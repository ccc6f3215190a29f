/* selfpub.h — a publisher that speaks for itself.
 *
 * A government's organ (a ministry, an embassy, an authority, a city, a
 * statistics office, a central or development bank) and a company (a
 * name with a legal suffix, a rating agency, a broker) issue their own
 * documents: whoever signs one (a spokesperson, a minister, an analyst,
 * a media contact), its figures that credit no one else are the
 * publisher's. So is any body's release a press-release service carries
 * ("Kingsway University via EurekAlert!"): the study it announces is the
 * university's.
 *
 * Not a publisher that prints others' work or hosts their words: a news
 * outlet or agency, a journal or a publishing house, an encyclopedia, a
 * platform, a legislature or its committees (a witness's testimony), a
 * court (a judge's judgment), a forum or conference (a guest's keynote),
 * a think tank or a university (its scholars' papers, a thesis), nor a
 * collection its name describes in a bracket ("... (course materials)",
 * "... (PP-22 policy statements)"): a signed piece there is its author's.
 *
 * Nothing here allocates.
 */
#ifndef CB_SELFPUB_H
#define CB_SELFPUB_H

#include <stddef.h>

/* Does the publisher pub speak for itself in whatever it publishes (0
 * for NULL or "")? */
int selfpub_speaks(const char *pub);

/* The length of the publisher's own name: pub up to " via " and the
 * service carrying its release ("Kingsway University via EurekAlert!"
 * -> "Kingsway University"), or up to " to the " and the body a mission
 * is accredited to ("Permanent Mission of Kenya to the United Nations"
 * -> "Permanent Mission of Kenya"); else strlen(pub). */
size_t selfpub_name_len(const char *pub);

#endif

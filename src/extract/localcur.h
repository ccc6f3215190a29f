/* localcur.h — a currency sign several countries write, read as the
 * currency of the place its figure is in.
 *
 * "Rs" is the rupee of India, Pakistan, Sri Lanka, Nepal and Mauritius;
 * "Sh" the shilling of Kenya, Tanzania, Uganda and Somalia; "K" the kina
 * of Papua New Guinea and the kwacha of Zambia and Malawi; "P" the peso of
 * the Philippines and the pula of Botswana. The scanner reads each sign as
 * one currency (scan.h: Rs as INR, Sh as KES, K as ZMW, P as PHP); a figure whose place (its
 * own scope, else its document's) is one of the other countries is in
 * that country's currency: "Rs 30 billion" in a report on Pakistan is
 * PKR.
 *
 * Nothing here allocates.
 */
#ifndef CB_LOCALCUR_H
#define CB_LOCALCUR_H

#include "claim.h"

/* Give claim c, whose span c->text is written with a shared sign, the
 * currency of its place: its scope's, else the document's place doc_scope
 * ("" when none). The unit keeps its rate ("KES/year" → "TZS/year").
 * Returns 1 when the unit changed. */
int localcur_resolve(Claim *c, const char *doc_scope);

#endif

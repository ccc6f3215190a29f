/* localcur.h — a currency sign several countries write, read as the
 * currency of the place its figure is in.
 *
 * "Rs" is the rupee of India, Pakistan, Sri Lanka, Nepal and Mauritius;
 * "Sh" the shilling of Kenya, Tanzania, Uganda and Somalia; "K" the kina
 * of Papua New Guinea and the kwacha of Zambia and Malawi; "P" the peso of
 * the Philippines and the pula of Botswana; "CFA" the West African franc
 * (XOF) and the Central African (XAF) of Cameroon, Gabon, Chad and the
 * Congo. The scanner reads each sign as
 * one currency (scan.h: Rs as INR, Sh as KES, K as ZMW, P as PHP, CFA as XOF); a figure whose place (its
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

/* 元 is the yuan in mainland Chinese, and the dollar of Hong Kong and
 * Taiwan and the pataca of Macao in their own texts: give claim c, whose
 * span c->text ends with a bare 元 (no 人民币 in it, nor right after or
 * right before it in doc, n bytes: "人民幣30億元"), the currency of its
 * place (its scope, else doc_scope):
 * "預留30億元" in a Hong Kong release is HKD ("CNY/year" → "HKD/year").
 * Returns 1 when the unit changed. */
int localcur_yuan(Claim *c, const char *doc, size_t n, const char *doc_scope);

/* "N2.5 billion" (naira), "R1.2bn" (rand), "K1.3 billion" (kwacha; the
 * kina where the place is Papua New Guinea), "P2.9-billion" (the
 * Philippine peso; the pula in Botswana): a single capital before a
 * scaled sum, glued to it as Nigerian, South African and Philippine
 * papers write it, or set apart by a blank as Zambian audit reports do
 * ("K 159.2 million", after a lower-case word or a bracket), or before
 * an exchange rate ("K26.0 per US dollar"). Alone the letter names
 * nothing ("N2", "R5", "K9", "Grade R 1.2 million"): the scale word or
 * the rate must follow, unless the text has written a sum with that
 * letter before (known: the letter, or 0): after "K8.93 billion", "fell
 * to K38 from K52" are kwacha too, glued to their letter. p[i, num_end) is the number: the currency the
 * scanner reads the letter as (NGN, ZAR, ZMW, PHP), with *sign_start at
 * the letter; NULL when none. */
const char *localcur_letter(const char *p, size_t n, size_t i, size_t num_end, char known, size_t *sign_start);

#endif

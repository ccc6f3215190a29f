/* titled.h — a speaker named with the body they speak for.
 *
 * "DataCo acting chief executive Peter Wambi said", "Omdia analyst Ari
 * Lopes estimates", "Harbour Bank's chief economist Jane Doe told
 * reporters": a person's title in lower case stands between the name of
 * their body and their own; what they tell is the body's. Not a
 * portfolio's minister or secretary ("IT minister Umar Saif", "Commerce
 * Secretary Gina Raimondo": a portfolio is no body the text names), nor
 * a people's or a place's ("Kenyan analyst", "Nairobi-based lawyer").
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TITLED_H
#define CB_TITLED_H

#include <stddef.h>

#include "credit.h"

/* The person whose name is toks[a, b) (two capitalised words at least):
 * is it led by a title in lower case and, before it, a body's name (or
 * its possessive)? 1 and the body's tokens in [*ba, *bb), or 0. */
int titled_body(const char *t, const CreditTok *toks, size_t nt, size_t a, size_t b, size_t *ba, size_t *bb);

/* The same body before a title that ends right before the cue at token
 * ti, no person named: "a Lakeland Telecom spokesperson told Reuters",
 * "Omdia analysts said". 1 and its tokens in [*ba, *bb), or 0. */
int titled_role(const char *t, const CreditTok *toks, size_t nt, size_t ti, size_t *ba, size_t *bb);

/* An apposition toks[s, e) to a speaker's name that gives their body
 * with their title: "a principal analyst at Omdia", "Harbour Bank's
 * chief economist", "director of the Lakeland Data Office" (a name after
 * "at", "of" or "with", or before a possessive, that is no place; a
 * title's word in lower case in it). 1 and the body's tokens in [*ba,
 * *bb), or 0. */
int titled_apposition(const char *t, const CreditTok *toks, size_t nt, size_t s, size_t e, size_t *ba, size_t *bb);

#endif

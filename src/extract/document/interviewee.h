/* interviewee.h — whom an interview's answers are, when its turns are
 * only "Q:" and "A:".
 *
 * A magazine's interview names its guest in the headline and the lead,
 * then writes the turns as "Q:" and "A:". The answers are the guest's,
 * speaking for the organisation the headline gives them by its
 * possessive ("Meridian Digital Parks' Tan Wei Keong on Johor", "Acme's
 * Jane Doe: ..."): a name of capitalised words, an apostrophe (with or
 * without s), then the person's name of two to four capitalised words
 * that the opening text names again ("spoke to chief executive Tan Wei
 * Keong"). Without such a possessive, the answers are no one's named.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_INTERVIEWEE_H
#define CB_INTERVIEWEE_H

#include <stddef.h>

/* The organisation the opening text doc[0, until) (its first 8 KB at
 * most) names the guest of, by its possessive before the guest's name:
 * 1 and the organisation in out, or 0. */
int interviewee_org(const char *doc, size_t until, char *out, size_t cap);

/* Is the label word[0, wl) the initials of the name ("NA" of "Nkechi
 * Adeyemi"): as many capitals as the name has words, each a word's
 * first letter? */
int interviewee_initials(const char *word, size_t wl, const char *name);

#endif

/* introduced.h — the organisation a text gives a person when it first
 * introduces them.
 *
 * A transcript names its speakers before their turns, with whom they
 * speak for: after the name, in an apposition ("Dr Rebecca Thorne,
 * Senior Fellow, Centre for Maritime Security;", "Dr. Ana Ruiz, who
 * leads the programme at the Lisbon Institute for Global Affairs."), or
 * before it, the body and a title ("Foreign Ministry Spokesperson Mao
 * Ning"). What a speaker tells in the first person is that body's.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_INTRODUCED_H
#define CB_INTRODUCED_H

#include <stddef.h>

/* The organisation the text doc[0, lim) (its first 16 KB at most) gives
 * the person whose last name is name[0, nl), where it first names them
 * with one: 1 and the organisation in out, or 0. */
int introduced_org(const char *doc, size_t lim, const char *name, size_t nl, char *out, size_t cap);

/* introduced_org, but a body named before the person's title keeps the
 * title: the office the person holds ("ICT Cabinet Secretary" of "ICT
 * Cabinet Secretary Peter Kiprono", "Riau Islands Governor"), which a
 * news story credits. */
int introduced_office(const char *doc, size_t lim, const char *name, size_t nl, char *out, size_t cap);

#endif

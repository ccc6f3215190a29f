/* authorset.h — a bibliography row's authors as words to look a
 * transcript's speaker up in: did the speaker write the document?
 *
 * The authors are "; "-separated as the bibliography writes them
 * ("Hughes, Clara; Patel, Dev"). A speaker wrote the document when each
 * word of their name, past a title ("Mr", "Dr"), is a word of one author,
 * case aside: "Dev Patel" and "Mr Hollis" did, "Dev Hughes" (two
 * authors' words) and "Pat" (a part of "Patel") did not.
 *
 * The authors' words are sorted once, so a document's every claim asks
 * in time of its name's words, not of the whole authors cell (up to 64 KB
 * of a sources.csv field, asked for each of 100,000 claims).
 *
 * Ownership: authorset_new copies what it needs; free with
 * authorset_free.
 */
#ifndef CB_AUTHORSET_H
#define CB_AUTHORSET_H

typedef struct AuthorSet AuthorSet;

/* The words of authors (NULL or "": none). */
AuthorSet *authorset_new(const char *authors);
void authorset_free(AuthorSet *s);

/* Is each word of name (letters and hyphens), past a title, a word of
 * one of s's authors? 0 when the name has no word past its titles. */
int authorset_wrote(const AuthorSet *s, const char *name);

#endif

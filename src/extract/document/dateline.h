/* dateline.h — is a document a news story by its first lines? Its
 * dateline: an agency's tag in brackets before a dash ("LAGOS, March 15
 * (Reuters) -", "BEIJING, Jan. 3 (Xinhua) --", "(Bloomberg) --"; a tag
 * with a hyphen, "(AFP-JIJI) -", only opening its line or after a date),
 * or a local paper's place in capitals and a dash ("ILOILO CITY - The
 * city ..."); or a press release's line ("PRESS RELEASE", "For immediate
 * release"). And the one city a dateline files the story from.
 *
 * Each reads the first 1,200 or 1,500 bytes of p[0, n); nothing
 * allocates. */
#ifndef CB_DATELINE_H
#define CB_DATELINE_H

#include <stddef.h>

/* A dateline in the first lines: 1, else 0. */
int has_dateline(const char *p, size_t n);

/* A line among the first that says the document is a press release. */
int release_line(const char *p, size_t n);

/* The place of a dateline opening a paragraph among the first lines: a
 * city in capitals, then a full stop or a dash and a sentence ("LIMA.
 * Two months after ...", "NAIROBI - Kenya's ..."), one city only (not
 * "LAGOS/NAIROBI"): [*s, *e), 1; else 0. */
int dateline_place(const char *p, size_t n, size_t *s, size_t *e);

#endif

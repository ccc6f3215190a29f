/* speakers.h — who speaks where in a transcript.
 *
 * An interview, a podcast or a hearing is written as turns, each opening
 * with its speaker's name in capitals ("MAYA LINDQVIST: Thanks for
 * having me.", "[00:00:19] TOM: Something like ninety-nine percent");
 * its first lines often name the participants ("Guest: Dr Maya
 * Lindqvist, head of threat research, Straits Threat Lab (Singapore)").
 * What a speaker found in the first person ("the intrusion sets we
 * tracked", "in our survey of 3,200 adults") is the speaker's: the
 * organisation the participants' line gives them, else their full name,
 * else the name of the turn's label.
 *
 * A label is a speaker's when it names a participant or opens two turns
 * at least ("KEYWORDS:" or "DOI:" once is none); a label that names a
 * place ("KENYA: ...") is a heading. A document is a transcript once two
 * turns have opened.
 *
 * Ownership: speakers_new returns a Speakers the caller frees with
 * speakers_free. It borrows the document text and the Metrics, which
 * must outlive it; strings it returns are its own, valid until its next
 * call.
 */
#ifndef CB_SPEAKERS_H
#define CB_SPEAKERS_H

#include <stddef.h>

typedef struct Metrics Metrics;
typedef struct Speakers Speakers;

/* The speakers of doc[0, n), with its participants' lines read (m may be
 * NULL: no label is taken for a place). */
Speakers *speakers_new(const Metrics *m, const char *doc, size_t n);
void speakers_free(Speakers *sp);

/* The body or person speaking in the turn holding offset at, or "" (no
 * transcript, or before its first turn). Offsets must not go back
 * between calls. */
const char *speakers_at(Speakers *sp, size_t at);

#endif

/* speakers.h — who speaks where in a transcript, and whom a Chinese text
 * names short.
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
 * A Chinese text names a person in full once, with the body and title
 * ("老挝技术与通信部部长波万孔·沃拉吉", "外交部发言人毛宁", "请工业和信息化部
 * 副部长 张明介绍"), then short: by name and title ("波万孔部长在致辞中表
 * 示"), or, in the transcript of a press conference, by name alone at the
 * start of each turn ("毛宁：中方已同17个国家..."); a turn may carry the
 * designation whole ("国家发展改革委副主任 李明："), and "答：" is the
 * answering official the opening lines name ("商务部新闻发言人就...答记者
 * 问"). The person is credited as first named: the body metrics.csv knows
 * by its id (the spokesman speaks for the ministry), else the whole
 * designation as written, which holds the body, the title and the name.
 * An official at a press conference speaks for the body in all they say;
 * a reporter's question ("法新社记者：", "问：") and the host's turn are
 * no one's.
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
 * NULL: no label is taken for a place, bodies are named as written).
 * chinese: the document holds Chinese text, whose turns are read too. */
Speakers *speakers_new(const Metrics *m, const char *doc, size_t n, int chinese);
void speakers_free(Speakers *sp);

/* How the speaker of a turn speaks (speakers_at's *how). */
enum {
    SPEAKERS_ALL = 1,    /* an official at a press conference: all they say is their body's */
    SPEAKERS_ASKED = 2   /* a reporter's question, the host's turn: no one's */
};

/* The body or person speaking in the turn holding offset at, or "" (no
 * transcript, or before its first turn); *how gets the SPEAKERS_* of a
 * Chinese turn, else 0 (what the speaker found in the first person is
 * theirs). Offsets must not go back between calls. */
const char *speakers_at(Speakers *sp, size_t at, unsigned *how);

/* Where the Chinese turn speakers_at last found opened (a turn starts a
 * paragraph), or 0. */
size_t speakers_turn_start(const Speakers *sp);

/* Where the text of a turn opening at doc[s) starts, past its label
 * ("KWAME ASANTE: And in Ghana ...", "[00:07:40] Dr Osei: In Kenya ...",
 * in capitals or in title case), and the label's name in [*ls, *le); s
 * when no label opens there. (A label read alone, as any turn's: whether
 * the document is a transcript is not asked.) */
size_t speakers_label_end(const char *doc, size_t s, size_t e, size_t *ls, size_t *le);

/* Is doc[s, e) a person's short name: a name of two characters or more
 * and a title after it ("波万孔部长", "欧瓦洛部长"; not "周大使", whose
 * surname alone names nobody for sure)? 1 and where the title starts in
 * *title, or 0. */
int speakers_short_name(const char *doc, size_t s, size_t e, size_t *title);

/* The person named doc[s, e) (a name alone), as the text introduced them
 * before offset s: 1 and the credit in out, or 0 when it did not. */
int speakers_resolve(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap);

/* A person named short at doc[s, e), by name and title ("波万孔部长") or by
 * the name alone ("欧瓦洛", "刘伟光": a name the text gave before after a
 * title, "…数字经济部部长欧瓦洛", "…资深副总裁刘伟光"), as the text
 * introduced them: 1 and the credit in out, or 0. */
int speakers_named(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap);

/* Did the speaker named name write the document: is each word of the
 * name, past a title ("Mr", "Dr"), a word of one of the authors
 * ("; "-separated as the bibliography writes them: "Patel, Dev" for "Dev
 * Patel", "Daniel R. Hollis" for "Mr Hollis")? (One question: a
 * document's many ask an AuthorSet, authorset.h.) */
int speakers_wrote(const char *name, const char *authors);

#endif

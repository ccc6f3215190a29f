/* topicplace.h — the place a sentence without a figure sets its paragraph
 * in.
 *
 * "Globally the Chinese players remain small. Amazon Web Services held
 * 32% of the cloud infrastructure market": the first sentence states no
 * figure, yet it says where the next ones stand. So does "China's telecom
 * fraud losses have fallen for three straight years, police data show.
 * Victims lost 24.6 billion yuan ..." and "In Kenya, the picture is
 * different." A sentence that opens with a place, as its frame ("In
 * Kenya,", "Across Southeast Asia,", "Globally,", "Worldwide") or as its
 * subject ("China's ...", "Ethiopia is ...", "The UK's ..."), is about
 * that place (past a transcript turn's speaker label, "KWAME ASANTE: And
 * in Ghana it's better", speakers.h); the figures after it in its
 * paragraph that name none of
 * their own take it (context.h's paragraph topic). A Chinese sentence
 * does so by opening with the place, after 在 or nothing ("肯尼亚国家数据
 * 中心项目位于内罗毕。"), unless the place is China, the actor of most
 * sentences here.
 *
 * A subject that is one of several ("Thailand and Laos handed over ...")
 * or a people's word ("Chinese firms built ...": a firm's origin) sets no
 * place, and a sentence opening otherwise sets none.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_TOPICPLACE_H
#define CB_TOPICPLACE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* The scope id (owned by m) of the place the sentence doc[s, e) opens
 * with, as its frame or subject, or NULL. */
const char *topicplace_opening(const Metrics *m, const char *doc, size_t s, size_t e);

/* The place the last sentence of doc[from, to) (of a document of n
 * bytes) that opens with one sets, or NULL: the sentences are those
 * sentence.h finds, read in order. */
const char *topicplace_last(const Metrics *m, const char *doc, size_t n, size_t from, size_t to);

#endif

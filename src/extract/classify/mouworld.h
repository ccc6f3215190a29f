/* mouworld.h — a count of China's MoU partners is the world's.
 *
 * "Kenya signed an e-commerce MoU with China in 2023, becoming one of 33
 * countries to have done so"; "China had signed Digital Silk Road MoUs
 * with 17 countries, five of which are Arab states"; "Seventeen." in a
 * podcast's American section: the count is of all the countries China
 * signed with, across the world, not of the partner its sentence names,
 * nor of the place its paragraph, heading or document is about. A count
 * of ten or more whose metric is one of the MoU counts
 * (dsr_mou_countries, ecommerce_mou_countries,
 * digital_investment_mou_countries) is the world's, unless its own noun
 * is placed: "6 African countries", "12 countries in Africa" are
 * Africa's. English text only.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_MOUWORLD_H
#define CB_MOUWORLD_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* Is the metric id one of the counts of China's MoU partners? */
int mouworld_metric(const char *metric);

/* Is the count ending at doc[ce) of the sentence doc[ss, se) placed by
 * its own noun phrase: a place between it and the clause's next comma,
 * semicolon, bracket or stop, no further than MOUWORLD_NOUN bytes on ("6
 * African countries", "12 countries in Africa"; not "33 countries, five
 * of which are Arab states"), or does its sentence place a count of
 * countries so, the one it is compared with ("23 African countries have
 * now signed, up from 14")? China, the signer, places nothing ("with
 * China"). */
#define MOUWORLD_NOUN 40
int mouworld_placed(const Metrics *m, const char *doc, size_t ss, size_t se, size_t ce);

#endif

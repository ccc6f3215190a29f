/* coverage.h — a count spread over many countries, and a document that
 * opens by stating such a coverage.
 *
 * "deployed in 48 countries", "in more than 100 countries", "abroad",
 * "outside China": what is counted lies in many places, none of which
 * holds it alone; its place is the world's (not what comes "from 29
 * countries": there the countries are where the counted come from). A
 * document whose title, publisher and first lines name no place and
 * whose opening states its coverage so, "the dataset holds 1,146
 * project records in 87 countries" in a sentence naming no place, is
 * about the world: its figures placed nowhere nearer are the world's.
 *
 * Nothing here allocates or keeps state.
 */
#ifndef CB_COVERAGE_H
#define CB_COVERAGE_H

#include <stddef.h>

typedef struct Metrics Metrics;

/* How far past its heading lines a document's opening is read. */
#define COVERAGE_LEAD 1000

/* Does the sentence p[ss, se) count ten countries or more as where
 * something is ("in 87 countries", wrapped onto two lines too), or say
 * it lies abroad? */
int coverage_spread(const char *p, size_t ss, size_t se);

/* Is the sentence p[ss, se) spread only by its saying it lies "abroad",
 * in a text about home, a place other than China and the world ("only
 * 19 of the 64 ministries had migrated, while at least 30 continued to
 * rely on private hosting abroad" in an audit of Malawi's data centre),
 * naming no China? Abroad is then away from that home, not the world's
 * many countries: the figure is home's. */
int coverage_abroad_elsewhere(const char *p, size_t ss, size_t se, const char *home);

/* More countries than any continent holds (Africa's 54, with a margin):
 * a count past it is of the world's countries, whatever place its
 * sentence, paragraph or document names. */
#define COVERAGE_CONTINENT 55

/* Is the claim ending at p[ce) of a sentence ending at p[se), of value and unit,
 * a count of more countries than a continent holds ("more than 170
 * countries", "the 193 U.N. member states", "111 States", "participants
 * from 182 countries"), or a part of one ("Half of the 87 countries")?
 * Not a set a study chose ("the 71 countries in the dataset"). Such a
 * figure is the world's. */
int coverage_world_count(const char *p, size_t se, size_t ce, const char *unit, double value);

/* More people than any country holds (India's and China's 1.4 billion,
 * with a margin). */
#define COVERAGE_NATION 1.5e9

/* Is a count of people (unit "people", "users", "individuals") of value
 * more than any country holds ("2.6 billion people still offline", "5.4
 * billion people were online")? It is no country's: placed in none but a
 * region, it is the world's. */
int coverage_world_people(const char *unit, double value);

/* Does the sentence p[ss, se) hold a set of countries the text chose,
 * its subject or a study's sample ("The 71 countries in the dataset had
 * a combined population of about 3.1 billion in 2022, of whom some 1.9
 * billion were internet users")? Its figures are the set's: neither the
 * world's nor the place its paragraph or document is about. */
int coverage_chosen(const char *p, size_t ss, size_t se);

/* Does the opening of doc[0, n), COVERAGE_LEAD bytes from the end of its
 * heading lines at from, hold a sentence that counts ten countries or
 * more as where what it counts lies ("in 87 countries", "across more
 * than 40 countries") and names no place, by a cue or by its name? */
int coverage_lead_world(const Metrics *m, const char *doc, size_t n, size_t from);

#endif

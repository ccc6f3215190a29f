/* measure.h — is a figure the quantity a metric measures, or only a figure
 * its sentence's cues speak of?
 *
 * A metric's cues say what a sentence is about; a careful reader then asks
 * what the figure itself counts. These are that reader's rules, each read
 * in the figure's own words, not the whole sentence's:
 *  - a change, or what was added, is not a level or a stock: "grew by 1.6
 *    million", "up 24.8 million", "2023年新增5个伙伴国", "244 million more
 *    men than women" (measure_moved);
 *  - a part of a set just named is not the set: "63 countries, 36 of
 *    which", "9 of the 15", "of whom 163 million", "Of these, 31",
 *    "其中亚洲国家13个" (measure_part);
 *  - a cue word set before a noun names that noun, not the figure: "online
 *    scam operations", "Internet banking", "internet data" are no internet
 *    users (measure_cue_modifies);
 *  - a cue word after a verb of an activity says how that is done, not
 *    who is online: "shopped online", "bank online", "paid online"
 *    count shoppers, bankers, payers (measure_cue_activity);
 *  - a cue in a clause on the members of a set ("24 countries, most of
 *    which participate in the Belt and Road Initiative"; "63 countries,
 *    36 of which had signed on") speaks of a part of the set, not of
 *    the set its figure counts (measure_cue_in_part);
 *  - a share of a population is "of" people: "37% of Africans", "67 per
 *    cent of the world's population"; "26 percent of users", "61 percent
 *    of the detected threats", "38.1 percent of households" are shares of
 *    another whole (measure_share_whole); a share that names no whole
 *    of its own, compared with one that does, has that one's: "26 percent
 *    of users, up from 21.8 percent";
 *  - the size of a population is no count of its users: "a population of
 *    some 129 million" (measure_population_size); nor are the people an
 *    event reached: "affecting some 305 million internet users"
 *    (measure_reached);
 *  - a cue naming many items ("data centres", "data-centre projects")
 *    prices no one of them (measure_cue_names_many);
 *  - a clause opening "compared with", "up from", "reversing ..." says
 *    more of the quantity of the clause before it (measure_clause_goes_on).
 * metrics.csv says which metrics these rules hold for (its nature column:
 * "stock", "people share", "share", "item").
 *
 * Offsets are bytes of the document p[0, n). Nothing here allocates or
 * keeps state.
 */
#ifndef CB_MEASURE_H
#define CB_MEASURE_H

#include <stddef.h>

/* 1 when the figure p[start, end) of the sentence opening at ss is
 * stated as a change or as an addition: change.h's words, a plus sign
 * written on it ("+38% compared with 2024"), and "added", "new",
 * "additional", 新增 (in its own clause and sentence: a heading
 * "一、新增情况" above it says nothing of it). */
int measure_moved(const char *p, size_t n, size_t ss, size_t start, size_t end);

/* 1 when the figure p[start, end) of the sentence opening at ss counts a
 * part of a set named before it: "of which/whom/them/these/those" before
 * or after it, "N of the M", a clause opening "Of these" or "Of this
 * amount", a Chinese clause after 其中. */
int measure_part(const char *p, size_t n, size_t ss, size_t start, size_t end);

/* 1 when the figure ending at p[end] is a part named by a pronoun of its
 * set right after it: "Twelve of them", "36 of which" (not "6 of the 47
 * countries with ...", whose words name the whole). */
int measure_part_pronoun(const char *p, size_t n, size_t end);

/* 1 when the one-word cue p[cs, ce) stands before a noun it modifies
 * ("online scams"): the next word, on the same line, is a lower-case
 * word that is no function word, adverb or past participle, and not one
 * of the metric's own nouns (nouns[0..nn), its units: "internet users"). */
int measure_cue_modifies(const char *p, size_t n, size_t cs, size_t ce, char *const *nouns, size_t nn);

/* 1 when the cue p[cs, ce) opens a hyphenated compound of a thing
 * ("-facing", "-exposed", "-enabled", "-based", "-only"...) that modifies
 * a noun after it as measure_cue_modifies reads it ("internet-facing
 * devices", "online-only banks"; not "internet-using population"): for a
 * metric of people, such a cue names something else. */
int measure_cue_opens_compound(const char *p, size_t n, size_t cs, size_t ce, char *const *nouns, size_t nn);

/* 1 when the one-word cue p[cs, ce) follows a verb of an activity done
 * online ("shopped online", "people who bank online", "paying online"):
 * the figure counts those who do it, not those online. */
int measure_cue_activity(const char *p, size_t n, size_t cs, size_t ce);

/* 1 when the cue at p[cs) stands after the figure p[.., end) in a
 * clause on some of the set the figure counts: "of which", "of whom" or
 * "of them" between them, in the same part of the sentence (no ';', ':'
 * nor blank line between): "in 24 countries, most of which participate
 * in the BRI"; or "including", "includes" opening the cue's clause after it, a part of what
 * the figure is of: "(US$14.0 million) includes construction of a Tier
 * III government data centre". */
int measure_cue_in_part(const char *p, size_t end, size_t cs);

/* What a share p[start, end) of the sentence opening at ss is "of": MEASURE_NO_WHOLE when no "of"
 * follows it, MEASURE_PEOPLE for people ("of the population", "of
 * Kenyans", "of women"), MEASURE_OTHER for another whole ("of users",
 * "of households", "of the total", "of the offline population"; a
 * Chinese clause on 网民 or 非网民 naming no 人口 nor 普及率:
 * "占网民整体的29.8%", "非网民占比为22.1%"). A share naming none takes
 * the whole of an earlier share of its sentence it is compared with ("up
 * from", "compared with", "followed by ... (80.4 percent)"; in Chinese a
 * later clause naming no 人口 nor 普及率). */
enum { MEASURE_NO_WHOLE, MEASURE_PEOPLE, MEASURE_OTHER };
int measure_share_whole(const char *p, size_t n, size_t ss, size_t start, size_t end);

/* 1 when p[from, to) names people as a whole: "population", "people",
 * "individuals", "residents"... ("Internet users (% of population)"). */
int measure_names_people(const char *p, size_t from, size_t to);

/* Where the phrase of the whole a share p[start, end) names after "of"
 * ends ("80% of global trade by volume"); end when it names none. */
size_t measure_share_whole_end(const char *p, size_t n, size_t ss, size_t start, size_t end);

/* 1 when the figure at p[start) of the sentence opening at ss is the size
 * of a population: "population" before it, past "of", "was" and hedges
 * ("a population of some 129 million"; "a country of 77 million people"),
 * not a population a metric counts
 * ("the offline population of 2.6 billion"). */
int measure_population_size(const char *p, size_t ss, size_t start);

/* 1 when the figure at p[start) of the sentence opening at ss counts the
 * people an event reached, the object of "affecting", "affected",
 * "disrupting", "impacting" (past hedges: "shutdowns ... affecting some 305
 * million internet users"): not the users a place has. */
int measure_reached(const char *p, size_t ss, size_t start);

/* 1 when the cue p[cs, ce) names many items, not one: its noun is plural
 * ("data centres") or it modifies a plural noun of things ("data-centre
 * and e-government projects"). */
int measure_cue_names_many(const char *p, size_t n, size_t cs, size_t ce);

/* 1 when the item's cue p[cs, ce), in the singular, stands before a noun
 * of another thing, which it names: "data centre solutions", "a data
 * centre platform", "data-centre equipment" (not "the data centre
 * project", "campus", "contract", nor a verb: "the data centre cost"). */
int measure_item_cue_names_other(const char *p, size_t n, size_t cs, size_t ce);

/* 1 when the figure ending at p[end) (of p[0, n)) is the price of each
 * of many items: "each", "apiece", "a piece", "per facility" right after
 * it ("loans of USD 20-150 million each"): a cue naming many items then
 * prices each one. */
int measure_each(const char *p, size_t n, size_t end);

/* 1 when one of the five words before the figure at p[start) (not before
 * from) is "average" or "mean": "47 data-centre projects ..., with an
 * average ticket of about US$310m" prices one of them, as "each" does. */
int measure_average(const char *p, size_t from, size_t start);

/* 1 when the clause whose text opens at p[cs] goes on with the quantity
 * of the clause before it: it opens (past "and", "while") with a word that
 * compares ("compared with", "up from", "against") or moves ("reversing",
 * "rising"). */
int measure_clause_goes_on(const char *p, size_t n, size_t cs);

/* 1 when the clause whose text opens at p[cs] is the predicate of a
 * subject said in the clauses before it: it opens (past "therefore",
 * "now", "still") with a verb a figure follows ("stands at", "stood
 * at", "is", "reached", "remained", "totalled"): "the usage gap, people
 * covered by a network but not using it, stands at 60 per cent". */
int measure_clause_predicate(const char *p, size_t n, size_t cs);

/* 1 when the figure ending at p[end) carries significance stars, a
 * regression's coefficient ("3.42***", "0.11**", or "0.09*" on a line
 * that marks others with two): an estimate of an effect, not a level any
 * metric measures. One star alone is a footnote's mark ("$79 billion*"). */
int measure_starred(const char *p, size_t n, size_t end);

#endif

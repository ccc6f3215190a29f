/* sentlists.c — the phrase lists a sentence is asked for through
 * sentwords.h, each under its SwList and with the rule that asks it. */
#include "sentwords.h"

/* classify.c, year_near: words that say a figure holds at the time of
 * writing. */
static const Phrase right_now[] = {
    PHRASE("now"), PHRASE("currently"), PHRASE("today"), PHRASE("at present"), PHRASE("presently"),
    {NULL, 0},
};

/* classify.c, year_near: words that speak of the time the paragraph
 * named before ("that year", "at the time"), or of the things it counted
 * ("Of these, 12 ..."): the paragraph's year holds. */
static const Phrase same_time[] = {
    PHRASE("that year"), PHRASE("the same year"), PHRASE("same period"), PHRASE("at the time"),
    PHRASE("at that time"), PHRASE("by then"), PHRASE("of these"), PHRASE("of them"), PHRASE("of which"),
    PHRASE("of whom"), {NULL, 0},
};

/* classify.c, year_near: of those, the ones that speak of a time named
 * before ("in the same period" opening a paragraph). */
static const Phrase same_period[] = {
    PHRASE("that year"), PHRASE("the same year"), PHRASE("same period"), {NULL, 0},
};

/* classify.c, sets_terms: words that set terms (a rule's, a licence's, a
 * contract's). */
static const Phrase terms[] = {PHRASE("shall"), PHRASE("must"), {NULL, 0}};

/* coverage.c, coverage_spread: a figure spread beyond the home country. */
static const Phrase abroad[] = {PHRASE("outside china"), PHRASE("abroad"), {NULL, 0}};

/* voice.c, voice_first_person: the words it tries at a word's start (its
 * "we" and "our", and "staff" before a finding). */
static const Phrase first_person[] = {PHRASE("we"), PHRASE("our"), PHRASE("staff"), {NULL, 0}};

/* docinfo.c, read_times: time words the text's date dates. ORDER: its
 * delta, a year or a part of one for each. */
static const Phrase time_rel[] = {
    PHRASE("this year"), PHRASE("last year"), PHRASE("next year"), PHRASE("so far this year"),
    PHRASE("the past year"), PHRASE("first quarter"), PHRASE("second quarter"), PHRASE("third quarter"),
    PHRASE("fourth quarter"), PHRASE("first half"), PHRASE("second half"), PHRASE("currently"),
    PHRASE("to date"), PHRASE("so far"), PHRASE("at present"), PHRASE("as of today"), PHRASE("today"),
    PHRASE("yesterday"), PHRASE("this week"), PHRASE("last week"), PHRASE("this month"), PHRASE("last month"),
    PHRASE("this fiscal year"), PHRASE("current fiscal year"), PHRASE("last fiscal year"),
    PHRASE("this financial year"), PHRASE("current financial year"), PHRASE("last financial year"),
    {NULL, 0},
};

/* docinfo.c, read_times: the words it asks whether they name a day of
 * the week or a month (its weekdays; quantity.c's months, qty_is_month):
 * the words, whatever their case; the readers ask the case. */
static const Phrase calendar[] = {
    PHRASE("monday"), PHRASE("tuesday"), PHRASE("wednesday"), PHRASE("thursday"), PHRASE("friday"),
    PHRASE("saturday"), PHRASE("sunday"), PHRASE("january"), PHRASE("february"), PHRASE("march"),
    PHRASE("april"), PHRASE("may"), PHRASE("june"), PHRASE("july"), PHRASE("august"), PHRASE("september"),
    PHRASE("october"), PHRASE("november"), PHRASE("december"), PHRASE("jan"), PHRASE("feb"), PHRASE("mar"),
    PHRASE("apr"), PHRASE("jun"), PHRASE("jul"), PHRASE("aug"), PHRASE("sep"), PHRASE("sept"), PHRASE("oct"),
    PHRASE("nov"), PHRASE("dec"), {NULL, 0},
};

static const Phrase *const lists[SW_LISTS] = {
    [SW_RIGHT_NOW] = right_now, [SW_SAME_TIME] = same_time, [SW_SAME_PERIOD] = same_period,
    [SW_TERMS] = terms,         [SW_ABROAD] = abroad,
    [SW_FIRST_PERSON] = first_person, [SW_TIME_REL] = time_rel, [SW_CALENDAR] = calendar,
};

const Phrase *sw_list(SwList l)
{
    return lists[l];
}

/* sample.h — countries a study chose, not countries a metric counts.
 *
 * A count of countries is a metric's (the countries with Digital Silk
 * Road projects, those that signed an MoU) when the countries are
 * counted for what they did or host. The countries a study, survey or
 * index looked at are its sample, whatever the study is about: "the NGO
 * studied surveillance laws in 14 countries", "a survey of 9 countries",
 * "a 12-country study", "the 20 countries in our sample", "each of the
 * 16 countries covered by the report", "the index scores 46 countries".
 * What a study found is no sample: "our analysis found 414 projects in
 * 91 countries" counts the countries with projects.
 *
 * Nothing here allocates.
 */
#ifndef CB_SAMPLE_H
#define CB_SAMPLE_H

#include "figtoks.h"

/* Does the figure of ft count countries (a noun of countries after it,
 * or "-country" joined to it) that a study chose: a verb of studying
 * before it in its clause with no verb of finding between, a noun of
 * study with "of", "across" or "covering" right before it, or after the
 * noun "studied", "in our sample", "covered by the report"? */
int sample_studied(const FigToks *ft);

#endif

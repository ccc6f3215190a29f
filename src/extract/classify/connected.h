/* connected.h — were the people or households a programme's count
 * connected, or only near a network?
 *
 * The metrics of people and households connected to broadband count
 * those a programme connected (or aims to). A reader does not count:
 *  - those a network only covers, who do not use it: "1.2 billion people
 *    live within range of a mobile broadband signal but do not use it",
 *    the "usage gap";
 *  - those the clause says have no access: "29 million Kenyans have no
 *    access to broadband", "remain unconnected";
 *  - a population by where it lives: "About 24 million people live in the
 *    remote regions, where broadband lags", or a place's population
 *    however connected: "Africa's broadband-connected population reached
 *    420 million" is no programme's count.
 *
 * Nothing here allocates.
 */
#ifndef CB_CONNECTED_H
#define CB_CONNECTED_H

#include "figtoks.h"

/* Is the count of ft one of people or households not connected (covered
 * only, without access, a population where it lives)? */
int connected_not(const FigToks *ft);

/* Does what the sentence says after the figure of ft, to a ';' or the
 * next figure, make it
 * those a network covers who do not use it ("60% of the population live
 * in areas covered by mobile broadband but do not yet use it": the usage
 * gap, no share of people online)? */
int connected_covered_after(const FigToks *ft);

/* Is the sentence of ft about the usage gap or the coverage gap, named
 * in its first eight words ("However, the usage gap, which refers to
 * people who live within the footprint ..., stood at 60% of the
 * population, equivalent to around 700 million people")? Its figures
 * measure the gap: neither users nor people connected (perhaps people
 * offline). */
int connected_gap_subject(const FigToks *ft);

#endif

/* dealtell.h — a list of tellers dealt out over the figures they tell.
 *
 * "Brazil ended 2023 with 15.2 million 5G connections, compared with 3.4
 * million in Chile and 3.1 million in Peru, according to regulators
 * Anatel, Subtel and Osiptel": as many tellers as figures, named in the
 * same order; each figure is its own teller's, not the first teller's.
 * "..., according to the ITU and the World Bank, respectively" likewise.
 * "Huawei and Tencent operate 11 and 6 availability zones in the region,
 * respectively, the companies said": the companies are the names the
 * sentence opens with, dealt out by "respectively".
 *
 * A list of tellers that does not match the sentence's figures one to one
 * ("45% and 30%, according to the FBI and CISA" with a third figure) is
 * read as the sentence's credit reads it (credit.h): the figures keep it.
 * A list holds six tellers at most; a longer one is no list.
 * Nothing here allocates or keeps state.
 */
#ifndef CB_DEALTELL_H
#define CB_DEALTELL_H

#include <stddef.h>

#include "lists.h"

/* Deal the tellers of the sentence p[ss, se) out over its claims v[0,
 * nv) (those kept): their sources rewritten, each said. */
void dealtell_sources(const char *p, size_t ss, size_t se, ListClaim *v, size_t nv);

#endif

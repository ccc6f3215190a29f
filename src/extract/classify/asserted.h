/* asserted.h — does the sentence state the figure as a measure at all?
 *
 * Some figures are written but not claimed of anything:
 *  - a supposition: "Suppose a government borrows US$100 million for a
 *    data centre", "Imagine a country where 90% are online";
 *  - a denial: "Kenya did not borrow Sh1 trillion from China", "less than
 *    Sh40 billion, not Sh1 trillion" (but "not more than", "not less
 *    than" bound a figure, they deny nothing);
 *  - a conversion's rate: "($1 = 7.3315 Chinese yuan)".
 * Such a figure takes no metric (it may still be a claim of its own).
 *
 * Nothing here allocates.
 */
#ifndef CB_ASSERTED_H
#define CB_ASSERTED_H

#include "figtoks.h"

/* Is the figure of ft supposed, denied or a conversion's rate? */
int asserted_not(const FigToks *ft);

#endif

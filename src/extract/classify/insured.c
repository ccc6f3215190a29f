/* insured.c — an insurance sum (see insured.h). */
#include "insured.h"

#include <stdint.h>

static const char *const insurance[] = {"insur*", "reinsur*", "underwrit*", "premium", "premiums",
                                        "policy limit*", "cover limit*", "limit of cover", "risk cover",
                                        "sum insured", "claims paid", NULL};

int insured_sum(const FigToks *ft)
{
    return ft->ce > ft->cs && figtoks_find(ft, ft->cs, ft->ce, insurance) != SIZE_MAX;
}

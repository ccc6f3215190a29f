/* titleabroad.c — a title that sets China's doings abroad (see
 * titleabroad.h). */
#include "titleabroad.h"

#include <string.h>

#include "lexicon.h"

int titleabroad_world(const char *t)
{
    static const Phrase abroad[] = {PHRASE("abroad"),          PHRASE("overseas"),         PHRASE("outside china"),
                                    PHRASE("global south"),    PHRASE("worldwide"),        PHRASE("around the world"),
                                    PHRASE("across the world"), PHRASE("across the globe"), {NULL, 0}};
    return t && *t && phrases_in(abroad, t, 0, strlen(t), 1) != NULL;
}

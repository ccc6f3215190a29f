/* signers.c — authors who sign for their publisher (see signers.h). */
#include "signers.h"

#include <string.h>
#include <strings.h>

int signers_for_publisher(const char *au, const char *pub, int pub_prints_others)
{
    if (!au || !pub || !*au || !*pub || strchr(au, ';'))
        return 0;
    /* a count of those who sign: no body's name opens with a figure */
    if (*au >= '0' && *au <= '9')
        return 1;
    static const char tail[] = " department";
    size_t n = strlen(au), l = sizeof tail - 1;
    return !pub_prints_others && n > l && !strcasecmp(au + n - l, tail);
}

/* unit.c — unit kinds (see unit.h). */
#include "unit.h"

#include "ascii.h"

#include <stdio.h>
#include <string.h>

int unit_is_money(const char *unit)
{
    /* The scanner writes money as an ISO code (quantity.c's whitelist);
     * a curated unit follows the same form. "USD per country" is still
     * dollars, counted per country. */
    return ascii_isupper(unit[0]) && ascii_isupper(unit[1]) && ascii_isupper(unit[2]) &&
           (unit[3] == '\0' || unit[3] == '/' || unit[3] == ' ');
}

int unit_currency(const char *unit, char code[4])
{
    if (!unit_is_money(unit)) {
        code[0] = '\0';
        return 0;
    }
    memcpy(code, unit, 3);
    code[3] = '\0';
    return 1;
}

int unit_is_usd(const char *unit)
{
    return unit_is_money(unit) && !strncmp(unit, "USD", 3);
}

UnitKind unit_kind(const char *unit)
{
    if (!*unit)
        return UNIT_NONE;
    if (unit_is_money(unit))
        return UNIT_MONEY;
    if (!strcmp(unit, "%"))
        return UNIT_SHARE;
    if (!strcmp(unit, "pp") || !strcmp(unit, "bps"))
        return UNIT_POINTS;
    if (!strcmp(unit, "x") || !strcmp(unit, "times"))
        return UNIT_MULTIPLE;
    return UNIT_COUNT;
}

/* ORDER UnitKind */
static const char *const kind_names[UNIT_NKINDS] = {"none",     "money",    "share",
                                                    "points",   "multiple", "count"};

const char *unit_kind_name(UnitKind k)
{
    return k < UNIT_NKINDS ? kind_names[k] : "?";
}

const char *unit_period(const char *unit, size_t *len)
{
    static const char *const periods[] = {"day", "week", "month", "quarter", "year"};
    const char *slash = strrchr(unit, '/');
    if (!slash)
        return NULL;
    for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++)
        if (!strcmp(slash + 1, periods[i])) {
            if (len)
                *len = strlen(periods[i]);
            return slash + 1;
        }
    return NULL;
}

void unit_base(const char *unit, char *out, size_t cap)
{
    const char *p = unit_period(unit, NULL);
    size_t n = p ? (size_t)(p - 1 - unit) : strlen(unit);
    snprintf(out, cap, "%.*s", (int)n, unit);
}

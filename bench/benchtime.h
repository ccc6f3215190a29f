/* benchtime.h — the clock and the sort every benchmark uses: wall time
 * in milliseconds, and a qsort comparison of doubles (for best and median). */
#ifndef CB_BENCHTIME_H
#define CB_BENCHTIME_H

#include <time.h>

static inline double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static inline int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

#endif

/* fuzz_sources.c — the bibliography reader (sources_load) on arbitrary
 * bytes: every kept row has a plain, unique, non-empty file name and
 * non-NULL cells; errors are one line naming the file. */
#include "fuzz.h"

#include "sources.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_file("sources.csv", data, size);
    SourceList l;
    Diag d = {0};
    int rc = sources_load(path, &l, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0 && strcmp(d.file, path) != 0)
        abort();
    for (size_t i = 0; i < l.n; i++) {
        const Source *s = &l.v[i];
        if (!s->file[0] || strchr(s->file, '/') || !s->title || !s->authors || !s->publisher ||
            !s->date || !s->url || s->line < 1 || sources_find(&l, s->file) != s)
            abort();
    }
    sources_free(&l);
    return 0;
}

/* cmd_brief.c — `claimbrief brief`: reports/brief.pdf from the claims,
 * findings, bibliography and fonts of the project folder. */
#include "brief.h"
#include "cmd.h"
#include "fsio.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(int argc, char **argv);

const Command cmd_brief_def = {
    "brief", "write the PDF brief (reports/brief.pdf)",
    "usage: claimbrief brief [-o FILE] [--paper a4|letter]\n"
    "\n"
    "Write the brief: cover, key figures, findings, charts, every claim with\n"
    "its sentence, sources, method. Reads data/claims.csv, reports/findings.csv,\n"
    "data/corpus/sources.csv and the fonts in fonts/.\n"
    "\n"
    "  -o FILE         write here instead of reports/brief.pdf\n"
    "  --paper SIZE    a4 (default) or letter\n"
    "\n"
    "The date on the cover is today's, or SOURCE_DATE_EPOCH's (then it is also\n"
    "the PDF's creation date, and the file is the same byte for byte on every run).\n",
    run,
};

/* Documents in the corpus: the .txt files of data/corpus. */
static size_t count_docs(void)
{
    DIR *dir = opendir("data/corpus");
    size_t n = 0;
    if (!dir)
        return 0;
    for (struct dirent *e; (e = readdir(dir));) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".txt"))
            n++;
    }
    closedir(dir);
    return n;
}

/* The cover date: SOURCE_DATE_EPOCH when set (reproducible), else now. */
static int brief_date(time_t *t, int *fixed, Diag *d)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    *fixed = 0;
    if (!s || !*s) {
        *t = time(NULL);
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (*end || errno || v < 0 || v > 253402300799LL)
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", s);
    *t = (time_t)v;
    *fixed = 1;
    return 0;
}

static int run(int argc, char **argv)
{
    const Command *self = &cmd_brief_def;
    if (cmd_wants_help(self, argc, argv))
        return 0;
    const char *out = "reports/brief.pdf";
    int letter = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--paper")) {
            if (i + 1 >= argc)
                return cmd_usage_error(self, "%s needs a value", argv[i]);
            const char *v = argv[++i];
            if (argv[i - 1][1] == 'o') {
                out = v;
            } else if (!strcmp(v, "a4")) {
                letter = 0;
            } else if (!strcmp(v, "letter")) {
                letter = 1;
            } else {
                return cmd_usage_error(self, "unknown paper '%s' (a4 or letter)", v);
            }
        } else {
            return cmd_usage_error(self, "unexpected argument '%s'", argv[i]);
        }
    }
    Diag d = { 0 };
    ClaimList claims = { 0 };
    FindingList findings = { 0 };
    SourceList sources = { 0 };
    Fonts *fonts = NULL;
    BriefInputs in = { 0 };
    int rc = brief_date(&in.date, &in.date_is_fixed, &d);
    /* FreeType checks every font before libharu, which crashes on bad ones, sees it. */
    if (!rc)
        rc = fonts_load("fonts", &fonts, &d);
    if (!rc)
        rc = claims_load("data/claims.csv", &claims, &d);
    if (!rc)
        rc = findings_load("reports/findings.csv", &findings, &d);
    if (!rc)
        rc = sources_load("data/corpus/sources.csv", &sources, &d);
    if (!rc && !strcmp(out, "reports/brief.pdf"))
        rc = fsio_mkdirs("reports", &d);
    if (!rc) {
        in.claims = &claims;
        in.findings = &findings;
        in.sources = &sources;
        in.fonts = fonts;
        in.ndocs = count_docs();
        in.letter = letter;
        rc = brief_write(&in, out, &d);
    }
    if (rc)
        diag_print(&d);
    claimlist_free(&claims);
    findinglist_free(&findings);
    sources_free(&sources);
    if (fonts)
        fonts_free(fonts);
    return diag_exit_status(rc);
}

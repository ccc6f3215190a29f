/* settings.c — claimbrief.ini through libinih (see settings.h).
 *
 * libinih reads lines through our reader, so every handler call knows
 * its line (the library's own line number is not passed to handlers in
 * Debian's build), over-long lines are refused instead of cut, and a
 * value's continuation lines are told apart from a repeated key. */
#include "settings.h"

#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "buf.h"
#include "fsio.h"
#include "limits.h"
#include "utf8.h"

/* ORDER Key: keys[] */
enum Key { K_TITLE, K_SUBTITLE, K_AUTHOR, K_ORGANISATION, K_MARKING, K_SUMMARY, K_PAPER, K_DATE,
           K_N };
static const char *const keys[K_N] = {"title",   "subtitle", "author", "organisation",
                                      "marking", "summary",  "paper",  "date"};

typedef struct Reader {
    const char *name;
    const char *p, *end;   /* what is left to read */
    long line;             /* the line last handed to libinih */
    int cont;              /* it starts with a blank: a continuation */
    Diag *d;
    int rc;                /* our first error, sticky */
    Buf val[K_N];          /* values, continuation lines joined */
    long set_on[K_N];      /* line where each key was set, 0 if not */
    int last;              /* key of the last key line, -1 if none */
} Reader;

/* fgets over memory; refuses a line libinih would cut. */
static char *next_line(char *str, int num, void *stream)
{
    Reader *r = stream;
    if (r->rc || r->p >= r->end)
        return NULL;
    const char *nl = memchr(r->p, '\n', (size_t)(r->end - r->p));
    size_t len = nl ? (size_t)(nl - r->p) + 1 : (size_t)(r->end - r->p);
    r->line++;
    size_t body = len - (nl != NULL) - (len > (size_t)(nl != NULL) && r->p[len - 1 - (nl != NULL)] == '\r');
    if (body > CB_MAX_SETTINGS_LINE || len + 1 > (size_t)num) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                         "line of %zu bytes, over the limit of %d: continue a long value on the "
                         "next lines, indented", body, CB_MAX_SETTINGS_LINE);
        return NULL;
    }
    memcpy(str, r->p, len);
    str[len] = '\0';
    r->cont = len > 0 && (r->p[0] == ' ' || r->p[0] == '\t');
    r->p += len;
    return str;
}

/* A value must be text: UTF-8, no control characters, no noncharacters
 * (libunibreak, which lays out the brief, asserts on U+FFFF). */
static int check_text(Reader *r, const char *key, const char *v)
{
    size_t n = strlen(v);
    for (size_t i = 0, k; i < n; i += k) {
        if (!utf8_valid(v + i, n - i))
            return r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                                    "%s: invalid UTF-8 at byte %zu of the value", key, i);
        int32_t cp = utf8_decode(v + i, n - i, &k);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || (cp & 0xFFFE) == 0xFFFE ||
            (cp >= 0xFDD0 && cp <= 0xFDEF))
            return r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                                    "%s: character U+%04X is not text", key, (unsigned)cp);
    }
    return 0;
}

static int on_value(void *user, const char *section, const char *name, const char *value)
{
    Reader *r = user;
    if (r->rc)
        return 0;
    if (section[0] && strcasecmp(section, "brief") != 0) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                         "unknown section [%.60s] (the settings are in [brief])", section);
        return 0;
    }
    int k = -1;
    for (int i = 0; i < K_N; i++)
        if (!strcasecmp(name, keys[i]))
            k = i;
    if (!strcasecmp(name, "organization"))
        k = K_ORGANISATION;
    if (k < 0) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line,
                         "unknown setting '%.60s' (known: title, subtitle, author, organisation, "
                         "marking, summary, paper, date)", name);
        return 0;
    }
    if (check_text(r, keys[k], value))
        return 0;
    Buf *b = &r->val[k];
    if (r->cont && k == r->last) {
        /* an indented line goes on with the value above */
        if (b->len && *value)
            buf_putc(b, ' ');
    } else if (r->set_on[k]) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line, "%s is set twice (first on line %ld)",
                         keys[k], r->set_on[k]);
        return 0;
    } else {
        r->set_on[k] = r->line;
        r->last = k;
    }
    buf_puts(b, value);
    if (b->len > CB_MAX_SETTINGS_VALUE) {
        r->rc = diag_set(r->d, CB_EINPUT, r->name, r->line, "%s is %zu bytes, over the limit of %d",
                         keys[k], b->len, CB_MAX_SETTINGS_VALUE);
        return 0;
    }
    return 1;
}

static int days_in(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return days[m - 1] + (m == 2 && leap);
}

/* Turn the collected values into s. */
static int finish(Reader *r, Settings *s)
{
    char **str[K_N] = {&s->title,   &s->subtitle, &s->author, &s->organisation,
                       &s->marking, &s->summary,  NULL,       NULL};
    for (int k = 0; k < K_N; k++) {
        if (!r->val[k].len)
            continue;
        const char *v = r->val[k].data;
        long line = r->set_on[k];
        if (str[k]) {
            *str[k] = xstrdup(v);
        } else if (k == K_PAPER) {
            if (!strcasecmp(v, "a4"))
                s->paper = PAPER_A4;
            else if (!strcasecmp(v, "letter"))
                s->paper = PAPER_LETTER;
            else
                return diag_set(r->d, CB_EINPUT, r->name, line,
                                "paper '%.40s' (want a4 or letter)", v);
        } else {
            int y, m, dd, used = 0;
            if (sscanf(v, "%4d-%2d-%2d%n", &y, &m, &dd, &used) != 3 || used != 10 ||
                strlen(v) != 10 || y < 1 || m < 1 || m > 12 || dd < 1 || dd > days_in(y, m))
                return diag_set(r->d, CB_EINPUT, r->name, line,
                                "date '%.40s' (want a day as YYYY-MM-DD, such as 2025-03-31)", v);
            s->year = y, s->month = m, s->day = dd;
        }
    }
    return 0;
}

int settings_load_mem(const char *name, const char *data, size_t n, Settings *s, Diag *d)
{
    memset(s, 0, sizeof *s);
    if (memchr(data, '\0', n))
        return diag_set(d, CB_EINPUT, name, 0, "binary data (NUL byte), not a settings file");
    Reader r = {.name = name, .p = data, .end = data + n, .d = d, .last = -1};
    for (int k = 0; k < K_N; k++)
        buf_init(&r.val[k], 0);
    int bad = ini_parse_stream(next_line, &r, on_value, &r);
    int rc = r.rc;
    if (!rc && bad > 0)
        rc = diag_set(d, CB_EINPUT, name, bad,
                      "not a setting: want 'key = value', a [section], or a comment (; or #)");
    else if (!rc && bad < 0)
        rc = diag_set(d, CB_EINPUT, name, 0, "cannot read the settings");
    if (!rc)
        rc = finish(&r, s);
    for (int k = 0; k < K_N; k++)
        buf_free(&r.val[k]);
    if (rc)
        settings_free(s);
    return rc;
}

int settings_load(const char *path, Settings *s, Diag *d)
{
    memset(s, 0, sizeof *s);
    /* No settings file: every setting at its default. A link to nowhere
     * is a settings file that cannot be read. */
    struct stat st;
    if (lstat(path, &st) != 0 && errno == ENOENT)
        return 0;
    Buf b;
    int rc0 = fsio_read(path, CB_MAX_SETTINGS_BYTES, &b, d);
    if (rc0 < 0)
        return rc0;
    int rc = settings_load_mem(path, b.data, b.len, s, d);
    buf_free(&b);
    return rc;
}

void settings_free(Settings *s)
{
    free(s->title);
    free(s->subtitle);
    free(s->author);
    free(s->organisation);
    free(s->marking);
    free(s->summary);
    memset(s, 0, sizeof *s);
}

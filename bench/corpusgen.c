/* corpusgen.c — realistic big projects from the bundled and testers'
 * documents (see corpusgen.h). */
#define _GNU_SOURCE   /* memmem */
#include "corpusgen.h"

#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#include "buf.h"
#include "csvio.h"
#include "fsio.h"
#include "sources.h"

/* ---- a small deterministic generator (splitmix64) ---- */

typedef struct Rng {
    uint64_t s;
} Rng;

static uint64_t rnd(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double unif(Rng *r)
{
    return (double)(rnd(r) >> 11) / 9007199254740992.0;
}

/* ---- templates ---- */

typedef struct Template {
    char *path, *base;        /* file, and its name without .txt */
    char *title, *authors, *publisher, *date, *url;
} Template;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t list_txt(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    size_t n = 0, cap = 16;
    char **v = xcalloc(cap, sizeof *v);
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0)
            continue;
        if (n == cap)
            v = xrealloc(v, (cap *= 2) * sizeof *v);
        size_t pl = strlen(dir) + l + 2;
        v[n] = xmalloc(pl);
        snprintf(v[n++], pl, "%s/%s", dir, e->d_name);
    }
    if (d)
        closedir(d);
    qsort(v, n, sizeof *v, cmp_str);
    *out = v;
    return n;
}

/* A headline from the text: the first line of 25 to 160 bytes that is
 * not page furniture. */
static char *headline(const char *text)
{
    for (const char *p = text; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n >= 25 && n <= 160 && !memmem(p, n, "ookie", 5) && !memmem(p, n, "Skip", 4) &&
            !memmem(p, n, "|", 1) && !memmem(p, n, "http", 4)) {
            char *t = xstrndup(p, n);
            for (char *q = t; *q; q++)
                if (*q == '\r' || *q == '\t')
                    *q = ' ';
            return t;
        }
        p += n + (e ? 1 : 0);
        if (!e)
            break;
    }
    return xstrdup("Report on the Digital Silk Road");
}

static const char *const outlets[] = {
    "Global Policy Review", "Eastern Economic Monitor", "The Continental Times",
    "Pacific Strategy Institute", "Daily Nation Online", "Asia Digital Observer",
    "Centre for Technology Governance", "The Meridian Post", "Cyber Affairs Quarterly",
    "Development Finance Weekly", "Horizon Research Group", "The Tribune of Commerce",
    "Institute for Infrastructure Studies", "Silk Road Business Daily", "Open Networks Foundation",
    "The Policy Brief", "Regional Connectivity Forum", "Emerging Markets Ledger",
};
static const char *const first_names[] = {"Amina", "Wei", "Daniel", "Priya", "Kofi", "Mei",
                                          "Lucas", "Fatima", "Omar", "Grace", "Chen", "Sara"};
static const char *const last_names[] = {"Odhiambo", "Zhang", "Okafor", "Rahman", "Mensah",
                                         "Liu", "Silva", "Haddad", "Kimani", "Novak", "Tan",
                                         "Ibrahim"};

/* Mostly Chinese: more than half the bytes beyond ASCII. */
static int mostly_chinese(const Buf *text)
{
    size_t high = 0;
    for (size_t i = 0; i < text->len; i++)
        high += (unsigned char)text->data[i] >= 0x80;
    return high * 2 > text->len;
}

/* One template from path: its text, and its bibliography (its folder's
 * sources.csv row, else a headline from the text and the i-th outlet). */
static int load_template(Template *x, const char *path, const SourceList *sl, Buf *text, size_t i)
{
    x->path = xstrdup(path);
    const char *slash = strrchr(path, '/');
    x->base = xstrdup(slash ? slash + 1 : path);
    x->base[strlen(x->base) - 4] = '\0';
    const Source *s = sources_find(sl, slash ? slash + 1 : path);
    if (s && *s->title) {
        x->title = xstrdup(s->title);
        x->authors = xstrdup(s->authors);
        x->publisher = xstrdup(s->publisher);
        x->date = xstrdup(s->date);
        x->url = xstrdup(s->url);
    } else {
        x->title = headline(text->data ? text->data : "");
        x->authors = xstrdup("");
        x->publisher = xstrdup(outlets[i % (sizeof outlets / sizeof *outlets)]);
        x->date = xstrdup("2024-06-01");
        x->url = xstrdup("");
    }
    return 0;
}

/* The templates of spec's folders, in turn, each folder's in name order;
 * a text met before (the same bytes in another folder) is not taken
 * again. texts[i] is template i's text. */
static int load_templates(const CorpusSpec *spec, Template **out, Buf **texts_out, size_t *nout)
{
    size_t n = 0, cap = 64;
    Template *t = xcalloc(cap, sizeof *t);
    Buf *texts = xcalloc(cap, sizeof *texts);
    uint64_t *seen = xcalloc(cap, sizeof *seen);
    Diag d = {0};
    int rc = 0;
    for (const char *const *dir = spec->dirs; *dir && rc == 0; dir++) {
        char **files;
        size_t nf = list_txt(*dir, &files);
        SourceList sl = {0};
        char sp[1200];
        snprintf(sp, sizeof sp, "%s/sources.csv", *dir);
        if (access(sp, F_OK) == 0 && sources_load(sp, &sl, &d) != 0) {
            diag_print(&d);
            rc = -1;
        }
        for (size_t f = 0; f < nf; f++) {
            Buf text;
            if (rc == 0 && fsio_read(files[f], 1 << 24, &text, &d) != 0) {
                diag_print(&d);
                rc = -1;
            }
            if (rc != 0) {
                free(files[f]);
                continue;
            }
            uint64_t h = XXH64(text.data, text.len, 0);
            int dup = 0;
            for (size_t k = 0; k < n && !dup; k++)
                dup = seen[k] == h && texts[k].len == text.len && !memcmp(texts[k].data, text.data, text.len);
            if (dup || (spec->lang != CORPUS_ALL && mostly_chinese(&text) != (spec->lang == CORPUS_CHINESE))) {
                buf_free(&text);
                free(files[f]);
                continue;
            }
            if (n == cap) {
                cap *= 2;
                t = xrealloc(t, cap * sizeof *t);
                texts = xrealloc(texts, cap * sizeof *texts);
                seen = xrealloc(seen, cap * sizeof *seen);
            }
            memset(&t[n], 0, sizeof *t);
            load_template(&t[n], files[f], &sl, &text, n);
            texts[n] = text;
            seen[n++] = h;
            free(files[f]);
        }
        free(files);
        sources_free(&sl);
    }
    free(seen);
    if (rc == 0 && n == 0) {
        fprintf(stderr, "corpusgen: no templates (run from the repository root)\n");
        rc = -1;
    }
    *out = t;
    *texts_out = texts;
    *nout = n;
    return rc;
}

/* ---- varying one document ---- */

/* Countries swapped together with their people and capital. Longer
 * forms first where one contains another. */
typedef struct Country {
    const char *name, *demonym, *capital;
} Country;
static const Country countries[] = {
    {"Kenya", "Kenyan", "Nairobi"},          {"Nigeria", "Nigerian", "Lagos"},
    {"Pakistan", "Pakistani", "Islamabad"},  {"Indonesia", "Indonesian", "Jakarta"},
    {"Bangladesh", "Bangladeshi", "Dhaka"},  {"Ethiopia", "Ethiopian", "Addis Ababa"},
    {"Senegal", "Senegalese", "Dakar"},      {"Ghana", "Ghanaian", "Accra"},
    {"Egypt", "Egyptian", "Cairo"},          {"Tanzania", "Tanzanian", "Dodoma"},
    {"Uganda", "Ugandan", "Kampala"},        {"Zambia", "Zambian", "Lusaka"},
    {"Cambodia", "Cambodian", "Phnom Penh"}, {"Malaysia", "Malaysian", "Kuala Lumpur"},
    {"Laos", "Lao", "Vientiane"},            {"Kazakhstan", "Kazakh", "Astana"},
    {"Serbia", "Serbian", "Belgrade"},       {"Rwanda", "Rwandan", "Kigali"},
};
enum { NCOUNTRY = sizeof countries / sizeof *countries };

typedef struct Vary {
    Rng r;
    double factor;     /* every figure times about this */
    int year_shift;    /* every year plus this */
    int perm[NCOUNTRY];
} Vary;

static int is_word(int c)
{
    return isalnum(c) || c == '_' || (c & 0x80);
}

/* Scale suffixes a figure may carry glued: "5.4bn", "$79m", "3k". */
static int scale_suffix(const char *p, size_t *len)
{
    static const char *const sfx[] = {"bn", "mn", "tn", "k", "m", "b", "K", "M", "B", "T"};
    for (size_t i = 0; i < sizeof sfx / sizeof *sfx; i++) {
        size_t l = strlen(sfx[i]);
        if (strncmp(p, sfx[i], l) == 0 && !is_word((unsigned char)p[l])) {
            *len = l;
            return 1;
        }
    }
    return 0;
}

static int month_near(const char *text, size_t a, size_t b)
{
    static const char *const months[] = {"January", "February", "March", "April", "May",
                                         "June", "July", "August", "September", "October",
                                         "November", "December", "Jan ", "Feb ", "Mar ",
                                         "Apr ", "Jun ", "Jul ", "Aug ", "Sep ", "Oct ",
                                         "Nov ", "Dec "};
    for (size_t i = 0; i < sizeof months / sizeof *months; i++) {
        size_t l = strlen(months[i]);
        if (text[b] == ' ' && strncmp(text + b + 1, months[i], l) == 0)
            return 1;
        if (a >= l + 1 && text[a - 1] == ' ' && strncmp(text + a - 1 - l, months[i], l) == 0)
            return 1;
    }
    return 0;
}

/* One figure text[a..b) rewritten into out, scaled by f with its style:
 * the same decimals, the same grouping, the same significant digits. */
static void put_scaled(Buf *out, const char *s, size_t n, double f, int percent)
{
    char digits[64];
    size_t nd = 0, dec = 0;
    int grouped = 0, seen_dot = 0;
    for (size_t i = 0; i < n && nd < 60; i++) {
        if (s[i] == ',') {
            grouped = 1;
        } else if (s[i] == '.') {
            seen_dot = 1;
            digits[nd++] = '.';
        } else {
            digits[nd++] = s[i];
            dec += seen_dot;
        }
    }
    digits[nd] = '\0';
    double v = atof(digits);
    /* significant digits of the original (trailing zeros of an integer
     * are not significant: "900" is one) */
    int sig = 0, lead = 1;
    for (size_t i = 0; i < nd; i++) {
        if (digits[i] == '.')
            continue;
        if (lead && digits[i] == '0')
            continue;
        lead = 0;
        sig++;
    }
    if (!dec)
        for (size_t i = nd; i > 0 && digits[i - 1] == '0' && sig > 1; i--)
            sig--;
    double w = v * f;
    if (sig > 0 && w > 0) {
        double e = pow(10, floor(log10(w)) - (sig - 1));
        w = round(w / e) * e;
    }
    if (percent && w >= 100)
        w = v < 100 ? 99 : v;
    char num[64];
    snprintf(num, sizeof num, "%.*f", (int)dec, w);
    if (!grouped) {
        buf_puts(out, num);
        return;
    }
    char *dot = strchr(num, '.');
    size_t il = dot ? (size_t)(dot - num) : strlen(num);
    for (size_t i = 0; i < il; i++) {
        if (i && (il - i) % 3 == 0)
            buf_putc(out, ',');
        buf_putc(out, num[i]);
    }
    if (dot)
        buf_puts(out, dot);
}

/* Whole word at p of length l? */
static int word_at(const char *text, size_t i, const char *w, size_t *len)
{
    size_t l = strlen(w);
    if (strncmp(text + i, w, l) != 0)
        return 0;
    if (i > 0 && is_word((unsigned char)text[i - 1]))
        return 0;
    size_t e = l;
    if (text[i + e] == 's' && !is_word((unsigned char)text[i + e + 1]))
        e++;   /* "Kenyans" */
    if (is_word((unsigned char)text[i + e]))
        return 0;
    *len = l;
    return 1;
}

static void vary_text(const char *text, size_t n, Vary *v, Buf *out)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)text[i];
        /* A country, its people or its capital: swapped. */
        if (isupper(c)) {
            size_t l;
            int hit = 0;
            for (int k = 0; k < NCOUNTRY && !hit; k++) {
                const Country *from = &countries[k], *to = &countries[v->perm[k]];
                if (word_at(text, i, from->demonym, &l))
                    buf_puts(out, to->demonym), hit = 1;
                else if (word_at(text, i, from->name, &l))
                    buf_puts(out, to->name), hit = 1;
                else if (word_at(text, i, from->capital, &l))
                    buf_puts(out, to->capital), hit = 1;
            }
            if (hit) {
                i += l;
                continue;
            }
        }
        if (!isdigit(c) || (i > 0 && (is_word((unsigned char)text[i - 1]) || text[i - 1] == '/' ||
                                      text[i - 1] == '.' || text[i - 1] == ':'))) {
            /* not the start of a figure: copy the whole word */
            size_t j = i + 1;
            if (is_word(c))
                while (j < n && is_word((unsigned char)text[j]))
                    j++;
            buf_append(out, text + i, j - i);
            i = j;
            continue;
        }
        size_t j = i;
        while (j < n && (isdigit((unsigned char)text[j]) ||
                         ((text[j] == ',' || text[j] == '.') && j + 1 < n &&
                          isdigit((unsigned char)text[j + 1]))))
            j++;
        size_t sl = 0;
        int glued = j < n && is_word((unsigned char)text[j]);
        if (glued && !scale_suffix(text + j, &sl)) {
            /* "5G", "20th", "OSC2025": not a figure */
            while (j < n && is_word((unsigned char)text[j]))
                j++;
            buf_append(out, text + i, j - i);
            i = j;
            continue;
        }
        /* "by 2022.10": a year, then a footnote number after the full stop */
        if (j - i > 5 && text[i + 4] == '.' && isdigit((unsigned char)text[i + 3]) &&
            atol(text + i) >= 1990 && atol(text + i) <= 2030 && !memchr(text + i, ',', 4))
            j = i + 4;
        size_t len = j - i;
        int year = len == 4 && !memchr(text + i, ',', 4) && !memchr(text + i, '.', 4);
        long y = year ? atol(text + i) : 0;
        if (year && y >= 1990 && y <= 2030) {
            long ny = y + v->year_shift;
            if (ny > 2026)
                ny = 2026;
            buf_printf(out, "%ld", ny);
        } else if (year || (j < n && text[j] == ':') || month_near(text, i, j) ||
                   (len > 1 && text[i] == '0')) {
            buf_append(out, text + i, len);   /* an id, a time, a date */
        } else {
            int pct = (j < n && text[j] == '%') || strncmp(text + j, " per cent", 9) == 0 ||
                      strncmp(text + j, " percent", 8) == 0;
            double f = v->factor * (0.97 + 0.06 * unif(&v->r));
            put_scaled(out, text + i, len, f, pct);
        }
        i = j;
    }
}

/* ---- the project ---- */

static int sh(const char *cmd)
{
    return system(cmd) == 0 ? 0 : -1;
}

static void slug(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 2 < cap; s++) {
        if (isalnum((unsigned char)*s))
            out[o++] = (char)tolower((unsigned char)*s);
        else if (o && out[o - 1] != '-')
            out[o++] = '-';
        if (o >= 48)
            break;
    }
    while (o && out[o - 1] == '-')
        o--;
    out[o] = '\0';
}

static void free_templates(Template *t, Buf *texts, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        buf_free(&texts[i]);
        free(t[i].path);
        free(t[i].base);
        free(t[i].title);
        free(t[i].authors);
        free(t[i].publisher);
        free(t[i].date);
        free(t[i].url);
    }
    free(texts);
    free(t);
}

int corpusgen_make(const char *dir, size_t ndocs)
{
    static const char *const dirs[] = {"data/corpus", "tests/blind", NULL};
    CorpusSpec spec = {.dirs = dirs};
    return corpusgen_make_from(dir, ndocs, &spec);
}

int corpusgen_make_from(const char *dir, size_t ndocs, const CorpusSpec *spec)
{
    Template *t;
    Buf *texts;
    size_t nt;
    if (load_templates(spec, &t, &texts, &nt) != 0) {
        free_templates(t, texts, nt);
        return -1;
    }
    char cmd[8192];
    if (spec->docs_only)
        snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
    else
        snprintf(cmd, sizeof cmd,
                 "rm -rf '%s' && mkdir -p '%s/data/corpus' && cp data/metrics.csv data/relations.csv "
                 "data/reference.csv data/curation.csv '%s/data/' && ln -s \"$PWD/fonts\" '%s/fonts'",
                 dir, dir, dir, dir);
    const char *docs = spec->docs_only ? "" : "/data/corpus";
    if (sh(cmd) != 0) {
        fprintf(stderr, "corpusgen: cannot make %s\n", dir);
        free_templates(t, texts, nt);
        return -1;
    }
    Buf src;
    buf_init(&src, 0);
    buf_puts(&src, "file,title,authors,publisher,date,url\n");
    Diag d = {0};
    int rc = 0;
    size_t total = 0;
    if (spec->bytes)
        ndocs = SIZE_MAX;
    for (size_t k = 0; k < ndocs && rc == 0 && (!spec->bytes || total < spec->bytes); k++) {
        size_t ti = k % nt, copy = k / nt;
        const Template *x = &t[ti];
        Vary v = {{0x5EED0000ULL + k * 7919ULL}, 1, 0, {0}};
        for (int c = 0; c < NCOUNTRY; c++)
            v.perm[c] = c;
        Buf out;
        buf_init(&out, 0);
        if (copy == 0) {
            buf_append(&out, texts[ti].data, texts[ti].len);
        } else {
            v.factor = 0.8 + 0.45 * unif(&v.r);
            static const int shifts[] = {-3, -2, -1, -1, 0, 0, 0, 1};
            v.year_shift = shifts[rnd(&v.r) % 8];
            if (unif(&v.r) < 0.65)
                for (int c = NCOUNTRY - 1; c > 0; c--) {   /* Fisher-Yates */
                    int j = (int)(rnd(&v.r) % (uint64_t)(c + 1)), tmp = v.perm[c];
                    v.perm[c] = v.perm[j];
                    v.perm[j] = tmp;
                }
            /* Another outlet's shorter take: the head of the document
             * and about one paragraph in three of the rest. */
            Buf part;
            buf_init(&part, 0);
            const char *p = texts[ti].data, *end = p + texts[ti].len;
            for (int para = 0; p < end; para++) {
                const char *e = strstr(p, "\n\n");
                e = e && e < end ? e + 2 : end;
                if (para < 3 || unif(&v.r) < 0.33 || spec->whole)
                    buf_append(&part, p, (size_t)(e - p));
                p = e;
            }
            vary_text(part.data ? part.data : "", part.len, &v, &out);
            buf_free(&part);
        }
        char name[600], path[1200];
        snprintf(name, sizeof name, "%0*zu_%s.txt", spec->bytes ? 6 : 4, k, x->base);
        total += out.len;
        snprintf(path, sizeof path, "%s%s/%s", dir, docs, name);
        if (fsio_write_atomic(path, out.data ? out.data : "", out.len, &d) != 0) {
            diag_print(&d);
            rc = -1;
        }
        buf_free(&out);
        /* Its bibliography row: the template's for copy 0, else another
         * outlet's take on the same story. */
        char title[600], authors[200], date[32], url[400], sl[64];
        const char *pub = x->publisher;
        snprintf(title, sizeof title, "%s", x->title);
        snprintf(authors, sizeof authors, "%s", x->authors);
        snprintf(date, sizeof date, "%s", x->date);
        snprintf(url, sizeof url, "%s", x->url);
        if (copy > 0) {
            Rng r = {k * 31ULL + 5};
            pub = outlets[rnd(&r) % (sizeof outlets / sizeof *outlets)];
            snprintf(authors, sizeof authors, "%s %s", first_names[rnd(&r) % 12],
                     last_names[rnd(&r) % 12]);
            int y = atoi(x->date) > 1990 ? atoi(x->date) + v.year_shift : 2024;
            if (y > 2026)
                y = 2026;
            snprintf(date, sizeof date, "%04d-%02d-%02d", y, (int)(rnd(&r) % 12) + 1,
                     (int)(rnd(&r) % 28) + 1);
            char ps[64];
            slug(pub, ps, sizeof ps);
            slug(x->title, sl, sizeof sl);
            snprintf(url, sizeof url, "https://%s.example.org/%zu/%s", ps, copy, sl);
        }
        csvio_str(&src, name);
        buf_putc(&src, ',');
        csvio_str(&src, title);
        buf_putc(&src, ',');
        csvio_str(&src, authors);
        buf_putc(&src, ',');
        csvio_str(&src, pub);
        buf_putc(&src, ',');
        csvio_str(&src, date);
        buf_putc(&src, ',');
        csvio_str(&src, url);
        buf_putc(&src, '\n');
    }
    char sp[1200];
    snprintf(sp, sizeof sp, "%s%s/sources.csv", dir, docs);
    if (rc == 0 && fsio_write_atomic(sp, src.data, src.len, &d) != 0) {
        diag_print(&d);
        rc = -1;
    }
    buf_free(&src);
    free_templates(t, texts, nt);
    return rc;
}

unsigned long long corpusgen_fingerprint(const CorpusSpec *spec)
{
    Template *t;
    Buf *texts;
    size_t nt;
    uint64_t h = 0;
    if (load_templates(spec, &t, &texts, &nt) == 0) {
        XXH64_state_t *st = XXH64_createState();
        XXH64_reset(st, 0);
        int flags[3] = {spec->whole, spec->lang, spec->docs_only};
        XXH64_update(st, flags, sizeof flags);
        for (size_t i = 0; i < nt; i++) {
            XXH64_update(st, t[i].path, strlen(t[i].path) + 1);
            XXH64_update(st, t[i].title, strlen(t[i].title) + 1);
            XXH64_update(st, t[i].date, strlen(t[i].date) + 1);
            XXH64_update(st, texts[i].data, texts[i].len);
        }
        h = XXH64_digest(st);
        XXH64_freeState(st);
    }
    free_templates(t, texts, nt);
    return h;
}

/* test_scan.c — the scanner, driven by data: tests/scan/ files (NAME.test) hold
 * sentences and the claims each must give (or none), and tests/docs holds
 * hand-annotated documents scored against tests/docs/docs.gold.tsv the
 * way ../shared/eval/score.py scores (strict: span overlap, value,
 * bounds, unit, qualifier).
 *
 * .test format: "# comment"; "> TEXT" starts a case; each following
 * "= SPAN | VALUE | LOW | HIGH | UNIT | QUALIFIER" is one expected claim,
 * in order; a case without "=" lines expects no claim at all. "\uXXXX"
 * in TEXT or SPAN stands for that code point (for invisible spaces). A
 * TEXT in traditional characters is scanned as extract reads it, folded
 * to simplified ones (hanfold.h). A file named weak_*.test is scanned as
 * extract scans (scan_want_weak), its weak figures left out: a figure
 * that names no noun may still join the next one (join.h). */
#include "extract.h"
#include "hanfold.h"
#include "sentence.h"
#include "scan.h"
#include "testutil.h"

#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"

/* Expand \uXXXX escapes into UTF-8 (in place is not possible: new string). */
static char *unescape(const char *s)
{
    Buf b;
    buf_init(&b, 0);
    for (; *s; s++) {
        unsigned cp;
        if (s[0] == '\\' && s[1] == 'u' && sscanf(s + 2, "%4x", &cp) == 1) {
            char u[4];
            int n;
            if (cp < 0x80)
                u[0] = (char)cp, n = 1;
            else if (cp < 0x800)
                u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
            else
                u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
                u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
            buf_append(&b, u, (size_t)n);
            s += 5;
        } else {
            buf_putc(&b, *s);
        }
    }
    return buf_take(&b, NULL);
}

static double parse_num(const char *s)
{
    return *s ? strtod(s, NULL) : NAN;
}

static int close_to(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return fabs(a - b) <= 1e-6 * fmax(fabs(b), 1.0);
}

typedef struct Expect {
    char span[256], unit[64], qual[16];
    double value, low, high;
} Expect;

/* Check one case; append what is wrong to errs. */
static void check_case(const char *file, int line, const char *text, Expect *ex, int nex, Buf *errs)
{
    Scanner s;
    ScanQuantity q;
    /* a text in traditional characters is scanned folded, as extract
     * reads it (hanfold.h); spans are cut from the text as written */
    char *folded = hanfold_text(text, strlen(text));
    scan_init(&s, folded ? folded : text, strlen(text));
    const char *base = strrchr(file, '/');
    int weak = !strncmp(base ? base + 1 : file, "weak_", 5);
    if (weak)
        scan_want_weak(&s);
    int k = 0;
    while (scan_next(&s, &q)) {
        if (weak && q.weak)
            continue;
        char span[512];
        snprintf(span, sizeof span, "%.*s", (int)(q.end - q.start), text + q.start);
        if (k >= nex) {
            buf_printf(errs, "%s:%d: unexpected claim '%s' (value %g, unit %s) in: %s\n", file, line, span,
                       q.value, q.unit, text);
            k++;
            continue;
        }
        Expect *e = &ex[k++];
        const char *qn = claim_qualifier_name(q.qual);
        if (strcmp(span, e->span) || !close_to(q.value, e->value) || !close_to(q.low, e->low) ||
            !close_to(q.high, e->high) || strcmp(q.unit, e->unit) || strcmp(qn, e->qual))
            buf_printf(errs, "%s:%d: got '%s' %.10g [%g,%g] %s %s; want '%s' %.10g [%g,%g] %s %s\n", file, line,
                       span, q.value, q.low, q.high, q.unit, qn, e->span, e->value, e->low, e->high, e->unit,
                       e->qual);
    }
    if (k < nex)
        buf_printf(errs, "%s:%d: missed '%s' (got %d of %d claims) in: %s\n", file, line, ex[k].span, k, nex, text);
    free(folded);
}

static int run_test_file(const char *path, Buf *errs)
{
    FILE *fp = fopen(path, "r");
    ck_assert_msg(fp != NULL, "cannot open %s", path);
    char line[4096];
    char *text = NULL;
    Expect ex[32];
    int nex = 0, lineno = 0, text_line = 0, cases = 0;
    for (;;) {
        char *got = fgets(line, sizeof line, fp);
        if (got)
            lineno++;
        if (!got || (line[0] == '>' && text)) {
            if (text) {
                check_case(path, text_line, text, ex, nex, errs);
                free(text);
                text = NULL;
                cases++;
            }
            if (!got)
                break;
        }
        if (line[0] == '>') {
            char *t = line + 1;
            if (*t == ' ')
                t++;
            size_t n = strlen(t);
            while (n && (t[n - 1] == '\n' || t[n - 1] == '\r'))
                t[--n] = 0;
            text = unescape(t);
            text_line = lineno;
            nex = 0;
        } else if (line[0] == '=' && text) {
            ck_assert_msg(nex < 32, "%s:%d: too many claims in one case", path, lineno);
            char *f[6] = {0};
            int nf = 0;
            char *p = line + 1;
            for (char *tok = strsep(&p, "|"); tok && nf < 6; tok = strsep(&p, "|"))
                f[nf++] = tok;
            ck_assert_msg(nf == 6, "%s:%d: want 6 fields", path, lineno);
            for (int i = 0; i < 6; i++)
                tu_trim(f[i]);
            Expect *e = &ex[nex++];
            char *span = unescape(f[0]);
            snprintf(e->span, sizeof e->span, "%s", span);
            free(span);
            e->value = parse_num(f[1]);
            e->low = parse_num(f[2]);
            e->high = parse_num(f[3]);
            snprintf(e->unit, sizeof e->unit, "%s", f[4]);
            snprintf(e->qual, sizeof e->qual, "%s", f[5]);
        }
    }
    fclose(fp);
    return cases;
}

START_TEST(scan_should_give_the_claims_each_test_file_expects)
{
    DIR *dp = opendir("tests/scan");
    ck_assert_msg(dp != NULL, "no tests/scan folder");
    struct dirent *de;
    Buf errs;
    buf_init(&errs, 0);
    int files = 0, cases = 0;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l < 6 || strcmp(de->d_name + l - 5, ".test"))
            continue;
        char path[600];
        snprintf(path, sizeof path, "tests/scan/%s", de->d_name);
        cases += run_test_file(path, &errs);
        files++;
    }
    closedir(dp);
    ck_assert_int_ge(files, 5);
    ck_assert_int_ge(cases, 100);
    ck_assert_msg(errs.len == 0, "%s", errs.data ? errs.data : "");
    buf_free(&errs);
}
END_TEST

/* ---- documents against their gold ---- */

typedef struct Row {
    char doc[256];
    size_t start, end;
    double value, low, high;
    char unit[64], qual[16];
    int core;
} Row;

typedef struct Rows {
    Row v[512];
    size_t n;
} Rows;

static int collect(const Claim *c, void *ctx)
{
    Rows *r = ctx;
    if (r->n >= 512)
        return CB_EINPUT;
    Row *w = &r->v[r->n++];
    snprintf(w->doc, sizeof w->doc, "%s", c->doc);
    w->start = c->start, w->end = c->end;
    w->value = c->value, w->low = c->low, w->high = c->high;
    snprintf(w->unit, sizeof w->unit, "%s", c->unit);
    snprintf(w->qual, sizeof w->qual, "%s", claim_qualifier_name(c->qual));
    return 0;
}

static void lower_s(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s += 32;
}

/* score.py's same_unit, for the units these documents use. */
static int same_unit(const char *pred, const char *gold)
{
    char p[64], g[64];
    snprintf(p, sizeof p, "%s", pred);
    snprintf(g, sizeof g, "%s", gold);
    lower_s(p), lower_s(g);
    if (!strcmp(p, g))
        return 1;
    static const char *const money[] = {"usd", "usd/year", "%", "cny", "eur", "gbp", "kes", "pgk", "inr", "pp", "x", NULL};
    for (int i = 0; money[i]; i++)
        if (!strcmp(p, money[i]) || !strcmp(g, money[i]))
            return 0;
    if (!*p || !*g)
        return 0;
    /* head words, singular */
    char *pw = strtok(p, " /");
    while (pw) {
        size_t pl = strlen(pw);
        if (pl > 1 && pw[pl - 1] == 's' && pw[pl - 2] != 's')
            pw[--pl] = 0;
        char gg[64];
        snprintf(gg, sizeof gg, "%s", g);
        char *save = NULL;
        for (char *gw = strtok_r(gg, " /", &save); gw; gw = strtok_r(NULL, " /", &save)) {
            size_t gl = strlen(gw);
            if (gl > 1 && gw[gl - 1] == 's' && gw[gl - 2] != 's')
                gw[--gl] = 0;
            if (!strcmp(pw, gw))
                return 1;
        }
        pw = strtok(NULL, " /");
    }
    return 0;
}

static int close_rel(double a, double b)
{
    if (isnan(b))
        return 1;   /* the gold states no bound */
    if (isnan(a))
        return 0;
    return fabs(a - b) <= 0.005 * fmax(fabs(b), 1e-12);
}

START_TEST(extract_should_score_well_on_the_hand_annotated_documents)
{
    FILE *fp = fopen("tests/docs/docs.gold.tsv", "r");
    ck_assert(fp != NULL);
    static Rows gold, pred;
    gold.n = pred.n = 0;
    char line[2048];
    ck_assert(fgets(line, sizeof line, fp) != NULL);   /* header */
    while (fgets(line, sizeof line, fp)) {
        char *f[15] = {0};
        int nf = 0;
        char *p = line;
        for (char *t = strsep(&p, "\t"); t && nf < 15; t = strsep(&p, "\t"))
            f[nf++] = t;
        ck_assert_int_ge(nf, 14);
        Row *r = &gold.v[gold.n++];
        snprintf(r->doc, sizeof r->doc, "%s", f[0]);
        r->start = strtoul(f[1], NULL, 10), r->end = strtoul(f[2], NULL, 10);
        r->value = parse_num(f[4]), r->low = parse_num(f[5]), r->high = parse_num(f[6]);
        snprintf(r->unit, sizeof r->unit, "%s", f[7]);
        snprintf(r->qual, sizeof r->qual, "%s", f[8]);
        r->core = !strcmp(f[13], "core");
    }
    fclose(fp);
    /* every document of the folder, as extract reads it */
    char *paths[] = {"tests/docs"};
    Diag d = {0};
    ck_assert_int_eq(extract_paths(NULL, paths, 1, collect, &pred, &d), 0);
    /* greedy one-to-one matching by largest overlap */
    static int gm[512], pm[512];
    for (size_t i = 0; i < 512; i++)
        gm[i] = pm[i] = -1;
    for (;;) {
        size_t best = 0;
        int bg = -1, bp = -1;
        for (size_t g = 0; g < gold.n; g++)
            for (size_t q = 0; q < pred.n; q++) {
                if (gm[g] >= 0 || pm[q] >= 0 || strcmp(gold.v[g].doc, pred.v[q].doc))
                    continue;
                size_t lo = gold.v[g].start > pred.v[q].start ? gold.v[g].start : pred.v[q].start;
                size_t hi = gold.v[g].end < pred.v[q].end ? gold.v[g].end : pred.v[q].end;
                if (hi > lo && hi - lo > best)
                    best = hi - lo, bg = (int)g, bp = (int)q;
            }
        if (bg < 0)
            break;
        gm[bg] = bp, pm[bp] = bg;
    }
    size_t core = 0, tp = 0, opt_hits = 0;
    Buf why;
    buf_init(&why, 0);
    for (size_t g = 0; g < gold.n; g++) {
        Row *G = &gold.v[g];
        if (!G->core) {
            opt_hits += gm[g] >= 0;
            continue;
        }
        core++;
        if (gm[g] < 0) {
            buf_printf(&why, "MISS %s:%zu\n", G->doc, G->start);
            continue;
        }
        Row *P = &pred.v[gm[g]];
        int ok = close_rel(P->value, G->value) && close_rel(P->low, G->low) && close_rel(P->high, G->high) &&
                 same_unit(P->unit, G->unit) && !strcmp(P->qual, G->qual);
        tp += ok;
        if (!ok)
            buf_printf(&why, "WRONG %s:%zu got %g %s %s\n", G->doc, G->start, P->value, P->unit, P->qual);
    }
    for (size_t q = 0; q < pred.n; q++)
        if (pm[q] < 0)
            buf_printf(&why, "FP %s:%zu\n", pred.v[q].doc, pred.v[q].start);
    double P = (double)tp / (double)(pred.n - opt_hits), R = (double)tp / (double)core;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
    fprintf(stderr, "tests/docs: strict P=%.3f R=%.3f F1=%.3f (tp=%zu, predicted %zu, core %zu)\n%s", P, R, F, tp,
            pred.n, core, why.data ? why.data : "");
    ck_assert_int_ge(core, 60);
    ck_assert_msg(F >= 0.93, "strict F1 %.3f below the floor 0.93", F);
    buf_free(&why);
}
END_TEST

START_TEST(scan_should_survive_hostile_input)
{
    /* a 10,000-digit number, 1e999 trillion, lone bytes, an unterminated
     * multibyte sequence at the very end */
    size_t n = 10000;
    char *big = malloc(n + 64);
    memset(big, '7', n);
    strcpy(big + n, " people and 1e999 trillion \xe2\x82");
    Scanner s;
    ScanQuantity q;
    scan_init(&s, big, strlen(big));
    int got = 0;
    while (scan_next(&s, &q))
        got++;
    ck_assert_int_eq(got, 0);
    free(big);
    const char *edge[] = {"5", "$", "-", "1,", "1.", "\xef\xbc", "\xef\xbc\x91", "a third", "half", "US$", "10-", "between 1 and", ""};
    for (size_t i = 0; i < sizeof edge / sizeof *edge; i++) {
        scan_init(&s, edge[i], strlen(edge[i]));
        while (scan_next(&s, &q))
            ck_assert_uint_le(q.end, strlen(edge[i]));
    }
}
END_TEST

START_TEST(claim_id_should_depend_only_on_its_sentence)
{
    const char *a = "Intro changed here. China invested $79 billion in 80 countries. End.";
    const char *b = "A wholly different intro! China invested $79 billion in 80 countries. Other end.";
    size_t sa, ea, sb, eb;
    const char *pa = strstr(a, "$79"), *pb = strstr(b, "$79");
    sentence_bounds(a, strlen(a), (size_t)(pa - a), (size_t)(pa - a) + 11, &sa, &ea);
    sentence_bounds(b, strlen(b), (size_t)(pb - b), (size_t)(pb - b) + 11, &sb, &eb);
    char *ta = sentence_text(a, sa, ea), *tb = sentence_text(b, sb, eb);
    ck_assert_str_eq(ta, "China invested $79 billion in 80 countries.");
    ck_assert_str_eq(ta, tb);
    char ia[17], ib[17], ic[17];
    extract_claim_id("d.txt", ta, "$79 billion", 0, ia);
    extract_claim_id("d.txt", tb, "$79 billion", 0, ib);
    extract_claim_id("d.txt", tb, "$79 billion", 1, ic);
    ck_assert_str_eq(ia, ib);
    ck_assert_str_ne(ia, ic);
    ck_assert_uint_eq(strlen(ia), 16);
    free(ta);
    free(tb);
    /* a hard-wrapped line goes on; a blank line ends the paragraph */
    const char *w = "Intro.\n\nAccording to ITU estimates, by 2023, 5.4 billion people, or about\n"
                    "67% of the global population, were connected to the internet.\n\nNext.";
    const char *pw = strstr(w, "67%");
    sentence_bounds(w, strlen(w), (size_t)(pw - w), (size_t)(pw - w) + 3, &sa, &ea);
    char *tw = sentence_text(w, sa, ea);
    ck_assert_str_eq(tw, "According to ITU estimates, by 2023, 5.4 billion people, or about 67% of the global "
                         "population, were connected to the internet.");
    free(tw);
    /* abbreviations do not end a sentence */
    const char *u = "The U.N. Office on Drugs and Crime reports that it costs more than $6 trillion. Next.";
    const char *pu = strstr(u, "$6");
    sentence_bounds(u, strlen(u), (size_t)(pu - u), (size_t)(pu - u) + 11, &sa, &ea);
    ck_assert_uint_eq(sa, 0);
}
END_TEST

/* Every span of doc in order, by sentence_next and by sentence_bounds:
 * the same sentences. */
static void same_sentences(const char *doc, size_t n, const size_t *spans, size_t nspans)
{
    SentenceCursor cur = {0};
    for (size_t i = 0; i < nspans; i++) {
        size_t a, b, c, d;
        sentence_bounds(doc, n, spans[2 * i], spans[2 * i + 1], &a, &b);
        sentence_next(&cur, doc, n, spans[2 * i], spans[2 * i + 1], &c, &d);
        ck_assert_uint_eq(a, c);
        ck_assert_uint_eq(b, d);
    }
}

START_TEST(the_sentence_cursor_should_find_what_sentence_bounds_finds)
{
    /* a span that holds a boundary ("12. Beta"): the next span's sentence
     * starts after it */
    const char *s = "Alpha 12. Beta 34 gamma 56.";
    size_t v[] = {6, 14, 15, 17, 24, 26};
    same_sentences(s, strlen(s), v, 3);
    /* a sentence longer than a scan reaches back: a later span's sentence
     * starts where its scan stopped */
    Buf b;
    buf_init(&b, 0);
    buf_puts(&b, "Start. ");
    while (b.len < 3100)
        buf_puts(&b, "more words ");
    buf_puts(&b, "end. Next 7.");
    size_t w[] = {1500, 1503, 2500, 2503, 3000, 3003};
    same_sentences(b.data, b.len, w, 3);
    buf_free(&b);
    /* every quantity of every bundled and testers' document */
    const char *dirs[] = {"data/corpus", "tests/blind", "tests/blind/G", "tests/blind/J", "tests/blind/K",
                          "tests/blind/M", "tests/docs", "tests/cls"};
    for (size_t d = 0; d < sizeof dirs / sizeof *dirs; d++) {
        DIR *dp = opendir(dirs[d]);
        ck_assert_ptr_nonnull(dp);
        for (struct dirent *de; (de = readdir(dp));) {
            if (!strstr(de->d_name, ".txt"))
                continue;
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", dirs[d], de->d_name);
            size_t n;
            char *doc = tu_read(path, &n);
            ck_assert_ptr_nonnull(doc);
            Scanner sc;
            ScanQuantity q;
            size_t cap = 64, nq = 0, *sp = malloc(cap * 2 * sizeof *sp);
            scan_init(&sc, doc, n);
            scan_want_weak(&sc);
            while (scan_next(&sc, &q)) {
                if (nq == cap)
                    sp = realloc(sp, (cap *= 2) * 2 * sizeof *sp);
                sp[2 * nq] = q.start;
                sp[2 * nq + 1] = q.end;
                nq++;
            }
            same_sentences(doc, n, sp, nq);
            free(sp);
            free(doc);
        }
        closedir(dp);
    }
}
END_TEST

/* The sentence of a claim, as a reader would cut it. */
static char *sentence_of(const char *doc, const char *span)
{
    const char *at = strstr(doc, span);
    ck_assert_ptr_nonnull(at);
    size_t ss, se;
    sentence_bounds(doc, strlen(doc), (size_t)(at - doc), (size_t)(at - doc) + strlen(span), &ss, &se);
    return sentence_text(doc, ss, se);
}

START_TEST(sentences_should_survive_leaders_note_marks_and_wrapped_names)
{
    /* dot leaders join a row's label to its figure */
    char *t = sentence_of("Kenya ............ 40.8% (2023)\nNigeria ..... 55.4%\n", "40.8%");
    ck_assert_str_eq(t, "Kenya ............ 40.8% (2023)");
    free(t);
    /* a note mark after the full stop ends the sentence */
    t = sentence_of("It built networks in around 80 countries.(2) China has signed MoUs with 17.", "80");
    ck_assert_str_eq(t, "It built networks in around 80 countries.(2)");
    free(t);
    t = sentence_of("Some 2.6 billion remained offline.[15] Critics, including Freedom House, disagree.", "2.6");
    ck_assert_str_eq(t, "Some 2.6 billion remained offline.[15]");
    free(t);
    t = sentence_of("It became a slogan.1 A decade later 45 countries joined.", "45");
    ck_assert_str_eq(t, "A decade later 45 countries joined.");
    free(t);
    /* a long line cut mid-sentence goes on, even with a capital */
    t = sentence_of("3.1 The Commission estimates that cybercrime cost the global economy\n"
                    "EUR 5.5 trillion in 2021.\n",
                    "EUR 5.5");
    ck_assert_str_eq(t, "3.1 The Commission estimates that cybercrime cost the global economy EUR 5.5 trillion "
                        "in 2021.");
    free(t);
    /* a row of comma-separated values is a record of its own, a row of
     * figures with thousands' commas none */
    t = sentence_of("DSR-0007,Safe City Phase II (Islamabad),Pakistan,2022,124.0,China Exim,completed\n"
                    "DSR-0019,National Data Centre Tier III,Kenya,2023,172.5,China Exim,completed\n",
                    "172.5");
    ck_assert_str_eq(t, "DSR-0019,National Data Centre Tier III,Kenya,2023,172.5,China Exim,completed");
    free(t);
    t = sentence_of("The Treasury has now released the allocations of 1,208,000, 1,050,000, 1,900,000 and\n"
                    "Kenya's 2,300,000 to the counties.", "2,300,000");
    ck_assert_str_eq(t, "The Treasury has now released the allocations of 1,208,000, 1,050,000, 1,900,000 and "
                        "Kenya's 2,300,000 to the counties.");
    free(t);
    /* but a short line (a heading, a list item) does not */
    t = sentence_of("KENYA\nPopulation 55.1 million\n", "55.1");
    ck_assert_str_eq(t, "Population 55.1 million");
    free(t);
}
END_TEST

/* "1 1 1 ..." with thin (or no-break) spaces once looked 256 bytes each
 * way around every digit for an identifier (a typographic space did not
 * end the chunk): 0.7 MB/s, seven times slower than the same text with
 * ASCII spaces. The look-ahead stops at any blank now; held as a ratio to
 * the ASCII text, so the machine's speed does not matter. */
START_TEST(digits_between_thin_spaces_should_scan_as_fast_as_between_spaces)
{
    const size_t reps = 200000;
    Buf thin, ascii;
    buf_init(&thin, 0);
    buf_init(&ascii, 0);
    for (size_t i = 0; i < reps; i++) {
        buf_puts(&thin, "1\xe2\x80\x89");   /* U+2009 THIN SPACE */
        buf_puts(&ascii, "1   ");
    }
    size_t nthin, nascii;
    double tthin = tu_scan_seconds(thin.data, thin.len, &nthin);
    double tascii = tu_scan_seconds(ascii.data, ascii.len, &nascii);
    ck_assert_msg(tthin < 2 * tascii + 0.01, "thin spaces: %.3f s, ASCII spaces: %.3f s", tthin,
                  tascii);
    buf_free(&thin);
    buf_free(&ascii);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("scan");
    TCase *tc = tcase_create("scan");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, scan_should_give_the_claims_each_test_file_expects);
    tcase_add_test(tc, extract_should_score_well_on_the_hand_annotated_documents);
    tcase_add_test(tc, scan_should_survive_hostile_input);
    tcase_add_test(tc, digits_between_thin_spaces_should_scan_as_fast_as_between_spaces);
    tcase_add_test(tc, claim_id_should_depend_only_on_its_sentence);
    tcase_add_test(tc, sentences_should_survive_leaders_note_marks_and_wrapped_names);
    tcase_add_test(tc, the_sentence_cursor_should_find_what_sentence_bounds_finds);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

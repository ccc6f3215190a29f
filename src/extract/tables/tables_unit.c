/* tables_unit.c — the unit and the year a table's own text states (see
 * tables_unit.h). */
#include "tables_unit.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "durations.h"
#include "fiscal.h"
#include "lines.h"
#include "quantity.h"
#include "scan_zh.h"
#include "scores.h"
#include "tables_frame.h"
#include "utf8.h"
#include "textwalk.h"

static void unit_clear(TableUnit *u)
{
    memset(u, 0, sizeof *u);
    u->scale = 1;
}

static int has_han(const unsigned char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (p[k] >= 0xE4 && p[k] <= 0xE9)
            return 1;
    return 0;
}

/* A unit symbol p[s, e) standing alone in a bracket: "(km)", "(MWh)",
 * "(Gbit/s)", "(TEU)". A known unit, or a token that looks like a symbol
 * (a slash, a capital inside it, or two letters at most): a word is no
 * symbol ("(Kenya)", "(any)", "(est)"). */
static int symbol_like(const unsigned char *p, size_t s, size_t e)
{
    if (e <= s || e - s > 8 || !ascii_isalpha(p[s]))
        return 0;
    int slash = 0, inner_cap = 0;
    for (size_t k = s; k < e; k++) {
        if (!ascii_isalnum(p[k]) && p[k] != '/')
            return 0;
        slash |= p[k] == '/';
        inner_cap |= k > s && ascii_isupper(p[k]);
    }
    if (qty_unit_word((const char *)p + s, e - s, 0))
        return 1;
    if (tw_weq(p + s, e - s, "est") || tw_weq(p + s, e - s, "e") || tw_weq(p + s, e - s, "no") || tw_weq(p + s, e - s, "p"))
        return 0;
    return slash || inner_cap || e - s <= 2;
}

static int subject_noun(const unsigned char *p, size_t s, size_t open, char *out, size_t cap);

/* Is the bracket p[b0, b1) after the words p[s, open) an acronym, three
 * capitals or more that are no unit ("MVA" is one), written after a name
 * of two words or more: "Online Services Index (OSI)", "Program
 * administration (ISED)"? A unit symbol of capitals alone is short
 * ("MW", "GB") or mixed ("MWh", "Gbit/s"). */
static int name_acronym(const unsigned char *p, size_t s, size_t open, size_t b0, size_t b1)
{
    if (b1 - b0 < 3 || b1 - b0 > 8 || qty_unit_word((const char *)p + b0, b1 - b0, 0))
        return 0;
    for (size_t k = b0; k < b1; k++)
        if (!ascii_isupper(p[k]))
            return 0;
    int words = 0;
    for (size_t k = s; k < open; k++)
        words += ascii_isalpha(p[k]) && (k == s || !ascii_isalpha(p[k - 1]));
    return words >= 2;
}

/* Does the name p[s, open) end with "Index" (or "Indices")? */
static int index_named(const unsigned char *p, size_t s, size_t open)
{
    size_t e = open;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > s && ascii_isalpha(p[b - 1]))
        b--;
    return tw_weq(p + b, e - b, "index") || tw_weq(p + b, e - b, "indices") || tw_weq(p + b, e - b, "indexes");
}

int tables_unit_subject(const unsigned char *p, size_t s, size_t e, char *out, size_t cap)
{
    for (size_t k = s; k < e; k++)
        if (p[k] == '(') {
            e = k;
            break;
        }
    return subject_noun(p, s, e, out, cap);
}

int tables_unit_rate(const unsigned char *p, size_t s, size_t e, char *out, size_t cap)
{
    for (size_t k = s + 1; k + 5 < e; k++) {
        if (p[k - 1] != ' ' || !tw_weq(p + k, 3, "per") || p[k + 3] != ' ')
            continue;
        size_t ws = k - 1, we = ws;
        while (ws > s && ascii_isalpha(p[ws - 1]))
            ws--;
        size_t as = k + 4, ae = as;
        while (ae < e && ascii_isalpha(p[ae]))
            ae++;
        if (we - ws < 3 || ae - as < 3 || qty_noun_kind((const char *)p + ws, we - ws) != NK_COUNT || p[we - 1] != 's')
            return 0;
        char noun[32];
        qty_unit_name((const char *)p + ws, we - ws, noun, sizeof noun);
        snprintf(out, cap, "%s per %.*s", noun, (int)(ae - as), (const char *)p + as);
        return 1;
    }
    return 0;
}

/* The counted noun of a caption or label p[s, e) that states a scale
 * alone: the noun right before its bracket ("Internet users (millions)"),
 * else the first counted noun of its subject, before "by", "in" or a
 * comma ("Mobile subscriptions by operator (millions)"). */
static int subject_noun(const unsigned char *p, size_t s, size_t open, char *out, size_t cap)
{
    size_t k = open;
    while (k > s && !ascii_isalpha(p[k - 1]))
        k--;
    size_t ws = k;
    while (ws > s && ascii_isalpha(p[ws - 1]))
        ws--;
    /* "Transaction volume (million)", "Orbital launch attempts": a
     * volume, a count or attempts of a noun count the noun itself */
    if (k > ws && (tw_weq(p + ws, k - ws, "volume") || tw_weq(p + ws, k - ws, "volumes") ||
                   tw_weq(p + ws, k - ws, "attempts") || tw_weq(p + ws, k - ws, "count"))) {
        size_t ne = ws;
        while (ne > s && p[ne - 1] == ' ')
            ne--;
        size_t ns = ne;
        while (ns > s && ascii_isalpha(p[ns - 1]))
            ns--;
        NounKind nk = ne - ns > 2 && ne < ws ? qty_noun_kind((const char *)p + ns, ne - ns) : NK_NONE;
        if (nk == NK_COUNT || nk == NK_OTHER) {
            char noun[40];
            qty_unit_name((const char *)p + ns, ne - ns, noun, sizeof noun);
            qty_plural(noun, strlen(noun), out, cap);
            return 1;
        }
    }
    if (k > ws && qty_noun_kind((const char *)p + ws, k - ws) == NK_COUNT) {
        qty_unit_name((const char *)p + ws, k - ws, out, cap);
        return 1;
    }
    /* past a caption's label: "Table 1:", "Figure 3." */
    size_t t = s;
    for (size_t i = s; i < open && i < s + 16; i++)
        if (p[i] == ':' || (p[i] == '.' && i + 1 < open && p[i + 1] == ' ')) {
            t = i + 1;
            break;
        }
    while (t < open) {
        size_t we = t;
        while (we < open && ascii_isalpha(p[we]))
            we++;
        if (we > t) {
            if (tw_weq(p + t, we - t, "by") || tw_weq(p + t, we - t, "in") || tw_weq(p + t, we - t, "of"))
                return 0;
            if (qty_noun_kind((const char *)p + t, we - t) == NK_COUNT && we - t > 2) {
                qty_unit_name((const char *)p + t, we - t, out, cap);
                return 1;
            }
        }
        if (we < open && p[we] == ',')
            return 0;
        t = we > t ? we : t + 1;
    }
    return 0;
}

/* The words of p[ss, e), the spec of a header (the inside of its last
 * bracket, or the whole text): shares, currencies, scales, periods, and
 * with bare (a Unit cell) or after a scale ("million transactions") a
 * counted noun. */
/* A currency's code glued to a short scale, as a label writes it:
 * "RMBm", "USDbn", "EURmn" (the code, *scale its factor); NULL else. */
static const char *glued_scale(const char *w, size_t n, double *scale)
{
    static const char *const tails[] = {"bn", "mn", "m", "k", NULL};
    for (int t = 0; tails[t]; t++) {
        size_t l = strlen(tails[t]);
        if (n < l + 3 || memcmp(w + n - l, tails[t], l) != 0)
            continue;
        for (size_t i = 0; i < n - l; i++)
            if (!ascii_isupper((unsigned char)w[i]))
                return NULL;   /* (a code in capitals, the scale in small letters) */
        const char *code = qty_currency_word(w, n - l);
        double sc = qty_scale(w + n - l, l, 1);
        if (code && sc > 1) {
            *scale = sc;
            return code;
        }
    }
    return NULL;
}

static void spec_words(const unsigned char *p, size_t ss, size_t e, int bare, TableUnit *u)
{
    int after_scale = 0;
    int per_thing = 0;   /* "(US$ per Mbps per month)": a unit's price, by the month */
    for (size_t k = ss; k < e;) {
        if (p[k] == '%') {
            u->pct = 1;
            k++;
            continue;
        }
        if (p[k] == '$' || p[k] >= 0x80) {
            /* a sign ("US$", "€"): the whole character, then its code */
            size_t l, cs;
            utf8_decode((const char *)p + k, e - k, &l);
            k += l;
            const char *code = qty_currency_sign_before((const char *)p, k, &cs);
            if (code && !u->cur)
                u->cur = code;
            continue;
        }
        if (!ascii_isalpha(p[k]) && p[k] != '\'') {
            if (p[k] != ' ')
                after_scale = 0;
            k++;
            continue;
        }
        size_t we = k;
        while (we < e && (ascii_isalpha(p[we]) || p[we] == '\'' || ascii_isdigit(p[we])))
            we++;
        const char *w = (const char *)p + k;
        double sc = qty_scale(w, we - k, 1);
        if (sc <= 0 && we - k > 1 && p[we - 1] == 's')
            sc = qty_scale(w, we - k - 1, 0);   /* "millions" */
        if (tw_weq(p + k, we - k, "'000") || tw_weq(p + k, we - k, "thousands"))
            sc = 1e3;
        const char *code = qty_currency_word(w, we - k);
        if (!code && u->scale == 1 && (code = glued_scale(w, we - k, &sc)) != NULL)
            u->scale = sc;   /* "Revenue (RMBm)", "(USDbn)" */
        if (!code && we - k == 1 && (*w == 'K' || *w == 'N' || *w == 'R') && we + 1 < e && p[we] == ' ') {
            /* "(K million)", "(R bn)": a currency's letter before a scale,
             * as the scanner reads "K1.3 billion" (scan.c) */
            size_t ne = we + 1;
            while (ne < e && ascii_isalpha(p[ne]))
                ne++;
            if (qty_scale((const char *)p + we + 1, ne - we - 1, 1) >= 1e3)
                code = *w == 'K' ? "ZMW" : *w == 'N' ? "NGN" : "ZAR";
        }
        int was_scale = after_scale;
        after_scale = 0;
        if (code && !u->cur)
            u->cur = code;
        else if (sc > 1 && u->scale == 1 && (!tw_weq(p + k, we - k, "m") || u->cur))
            u->scale = sc, after_scale = 1;
        else if (tw_weq(p + k, we - k, "percent") || tw_weq(p + k, we - k, "pct") ||
                 (tw_weq(p + k, we - k, "percentage") && !(we + 6 <= e && tw_weq(p + we + 1, 5, "point"))))
            u->pct = 1;   /* "(percentage)", not "(percentage points)" */
        else if (tw_weq(p + k, we - k, "per") && we + 5 <= e && p[we] == ' ' && tw_weq(p + we + 1, 4, "cent") &&
                 (we + 5 == e || !ascii_isalpha(p[we + 5])))
            u->pct = 1, we += 5;   /* "per cent of respondents" */
        else if (tw_weq(p + k, we - k, "month") || tw_weq(p + k, we - k, "monthly"))
            u->per = per_thing ? u->per : "/month";
        else if (tw_weq(p + k, we - k, "annual") || tw_weq(p + k, we - k, "year") || tw_weq(p + k, we - k, "annually"))
            u->per = per_thing ? u->per : "/year";
        else if (tw_weq(p + k, we - k, "per")) {
            /* (the word after "per": a thing, not a period) */
            size_t ns = we;
            while (ns < e && p[ns] == ' ')
                ns++;
            static const char *const periods[] = {"month", "year", "annum", "day", NULL};
            size_t ne = tw_letters_end(p, e, ns);
            if (ne > ns && !tw_win(p + ns, ne - ns, periods))
                per_thing = 1;
        }
        else if (qty_unit_word(w, we - k, 0) && !strcmp(qty_unit_word(w, we - k, 0), "km"))
            snprintf(u->noun, sizeof u->noun, "km");
        else if ((bare || was_scale) && !u->noun[0] && qty_noun_kind(w, we - k) == NK_COUNT)
            qty_unit_name(w, we - k, u->noun, sizeof u->noun);   /* "thousand persons", "million transactions" */
        k = we;
    }
}

/* Does a Chinese header p[s, e) price its money per kilowatt-hour, a
 * slash and the energy after the currency: "电价（美元/千瓦时）"? */
static int zh_per_energy(const unsigned char *p, size_t s, size_t e)
{
    static const char *const per[] = {"/千瓦时", "／千瓦时", "/kWh", "／kWh", NULL};
    for (size_t k = s; k < e; k++)
        for (int i = 0; per[i]; i++) {
            size_t l = strlen(per[i]);
            if (k + l <= e && !memcmp(p + k, per[i], l))
                return 1;
        }
    return 0;
}

/* The first counted noun of the line before the label starting at
 * p[s), when that line is the label's first part, wrapped: words only,
 * no figure, no colon at its end ("People provided with new or
 * improved" over "broadband access (Number)   0.00   1,200,000.00"). */
static void wrapped_label_noun(const unsigned char *p, size_t s, char *out, size_t cap)
{
    size_t ls = s;
    while (ls > 0 && (p[ls - 1] == ' ' || p[ls - 1] == '\t'))
        ls--;
    if (ls == 0 || p[ls - 1] != '\n')
        return;
    size_t pe = ls - 1, ps = pe;
    while (ps > 0 && p[ps - 1] != '\n')
        ps--;
    while (pe > ps && (p[pe - 1] == ' ' || p[pe - 1] == '\r'))
        pe--;
    if (pe == ps || p[pe - 1] == ':' || p[pe - 1] == '.')
        return;
    for (size_t k = ps; k < pe; k++)
        if (ascii_isdigit(p[k]) || p[k] == '\t' || (p[k] == ' ' && k + 1 < pe && p[k + 1] == ' ' && k > ps && p[k - 1] != ' '))
            return;
    for (size_t k = ps; k < pe;) {
        size_t we = k;
        while (we < pe && ascii_isalpha(p[we]))
            we++;
        if (we > k && qty_noun_kind((const char *)p + k, we - k) == NK_COUNT) {
            qty_unit_name((const char *)p + k, we - k, out, cap);
            return;
        }
        k = we > k ? we : k + 1;
    }
}

/* Is the bracket p[open, e) a note's mark: one of the first lower-case
 * letters or one or two digits, "(a)", "(1)", closing the text? (Not a
 * scale's letter: "(m)", "(k)", "(b)".) */
static int note_mark(const unsigned char *p, size_t open, size_t e)
{
    while (e > open && p[e - 1] == ' ')
        e--;
    if (e < open + 3 || p[e - 1] != ')')
        return 0;
    size_t b0 = open + 1, b1 = e - 1;
    if (b1 - b0 == 1 && p[b0] >= 'a' && p[b0] <= 'h' && p[b0] != 'b')
        return 1;
    return b1 > b0 && b1 - b0 <= 2 && ascii_isdigit(p[b0]) && ascii_isdigit(p[b1 - 1]);
}

static int unit_spec_in(const unsigned char *p, size_t s, size_t e, int bare, TableUnit *u)
{
    unit_clear(u);
    /* a Chinese header: "用户规模（万）", "收入（亿元）" (scan_zh.h) */
    if (has_han(p, s, e)) {
        if (scan_zh_unit_spec((const char *)p, s, e, &u->scale, &u->cur, &u->pct, u->noun, sizeof u->noun)) {
            if (u->cur && zh_per_energy(p, s, e))
                u->per = "/kWh";
            return u->pct || u->cur || u->noun[0];
        }
        unit_clear(u);
        /* a unit symbol in the label's last full-width bracket:
         * "国际出口带宽（Mbps）", "装机容量（MW）" */
        size_t b1 = e;
        while (b1 > s && p[b1 - 1] == ' ')
            b1--;
        if (b1 >= s + 6 && !memcmp(p + b1 - 3, "）", 3)) {
            size_t b0 = b1 - 3;
            while (b0 > s && p[b0 - 1] < 0x80 && p[b0 - 1] != '(' && p[b0 - 1] != ')')
                b0--;
            if (b0 >= s + 3 && b0 < b1 - 3 && !memcmp(p + b0 - 3, "（", 3) && symbol_like(p, b0, b1 - 3)) {
                const char *known = qty_unit_word((const char *)p + b0, b1 - 3 - b0, 0);
                snprintf(u->noun, sizeof u->noun, "%.*s", known && !strcmp(known, "km") ? 2 : (int)(b1 - 3 - b0),
                         known && !strcmp(known, "km") ? "km" : (const char *)p + b0);
                return 1;
            }
        }
    }
    size_t open = e;   /* the last bracket of the text: the spec is inside */
    for (size_t k = s; k < e; k++)
        if (p[k] == '(')
            open = k;
    /* (a note's mark after the spec is no spec: "financing (%)(a)",
     * "Users (million) (1)") */
    if (open < e && open > s && note_mark(p, open, e)) {
        e = open;
        while (e > s && p[e - 1] == ' ')
            e--;
        open = e;
        for (size_t k = s; k < e; k++)
            if (p[k] == '(')
                open = k;
    }
    spec_words(p, open < e ? open + 1 : s, e, bare, u);
    if (!u->pct && !u->cur && u->scale == 1 && !u->noun[0] && open < e) {
        size_t b0 = open + 1, b1 = e;
        while (b1 > b0 && (p[b1 - 1] == ')' || p[b1 - 1] == ' '))
            b1--;
        if (tw_weq(p + b0, b1 - b0, "number") || tw_weq(p + b0, b1 - b0, "count") || tw_weq(p + b0, b1 - b0, "no.")) {
            /* "Countries with DSR MoUs (number)": the first counted noun */
            for (size_t k = s; k < open && !u->noun[0];) {
                size_t we = k;
                while (we < open && ascii_isalpha(p[we]))
                    we++;
                if (we > k && qty_noun_kind((const char *)p + k, we - k) == NK_COUNT)
                    qty_unit_name((const char *)p + k, we - k, u->noun, sizeof u->noun);
                k = we > k ? we : k + 1;
            }
            /* (a label wrapped over two lines: "People provided with new
             * or improved" over "broadband access (Number)") */
            if (!u->noun[0])
                wrapped_label_noun(p, s, u->noun, sizeof u->noun);
        } else if (b1 > b0 && b1 - b0 <= 3 && qty_scale((const char *)p + b0, b1 - b0, 1) > 1 &&
                   subject_noun(p, s, open, u->noun, sizeof u->noun)) {
            /* "M-PESA active customers (m)": a scale, short as in a label,
             * after what it counts ("Depth (m)" is in metres) */
            u->scale = qty_scale((const char *)p + b0, b1 - b0, 1);
        } else if (durations_unit((const char *)p + b0, b1 - b0)) {
            /* "Median dwell time by region (days)": a duration measured */
            snprintf(u->noun, sizeof u->noun, "%s", durations_unit((const char *)p + b0, b1 - b0));
        } else if (name_acronym(p, s, open, b0, b1)) {
            /* "Online Services Index (OSI)", "Program administration
             * (ISED)": a name's letters, no unit; an index's score is one */
            if (index_named(p, s, open))
                snprintf(u->noun, sizeof u->noun, "index");
        } else if (symbol_like(p, b0, b1)) {
            /* a unit symbol alone in the bracket: "(Gbit/s)", "(km)", "(MW)" */
            const char *known = qty_unit_word((const char *)p + b0, b1 - b0, 0);
            snprintf(u->noun, sizeof u->noun, "%s", known && !strcmp(known, "km") ? known : "");
            if (!u->noun[0])
                snprintf(u->noun, sizeof u->noun, "%.*s", (int)(b1 - b0), (const char *)p + b0);
        }
    }
    if (!u->pct && !u->cur && u->scale == 1 && !u->noun[0]) {
        /* "Mobile broadband subscriptions per 100 inhabitants", also in
         * a bracket: "Fixed broadband subscriptions (per 100 people)" */
        for (size_t k = s; k + 8 < e; k++)
            if ((k == s || p[k - 1] == ' ' || p[k - 1] == '(') && tw_weq(p + k, 3, "per") && p[k + 3] == ' ' &&
                ascii_isdigit(p[k + 4])) {
                size_t ws = k;
                while (ws > s && (p[ws - 1] == ' ' || (ws == k && p[ws - 1] == '(')))
                    ws--;
                size_t we = ws;
                while (ws > s && ascii_isalpha(p[ws - 1]))
                    ws--;
                size_t te = k + 4;
                while (te < e && (ascii_isalnum(p[te]) || p[te] == ',' || p[te] == ' '))
                    te++;
                while (te > k && p[te - 1] == ' ')
                    te--;
                char head[48];
                if (we > ws && qty_noun_kind((const char *)p + ws, we - ws) == NK_COUNT) {
                    qty_unit_name((const char *)p + ws, we - ws, head, sizeof head);
                    size_t hl = strlen(head), tl = te - k;
                    if (hl + 1 + tl < sizeof u->noun) {
                        memcpy(u->noun, head, hl);
                        u->noun[hl] = ' ';
                        memcpy(u->noun + hl + 1, p + k, tl);
                        u->noun[hl + 1 + tl] = '\0';
                    }
                }
                break;
            }
    }
    /* "Costing of digital pledges, KSh billion (five-year total,
     * 2027/28-2031/32)": a caption's last bracket that is a note, its
     * unit the part before the bracket after the title's comma */
    if (!u->pct && !u->cur && u->scale == 1 && !u->noun[0] && open < e) {
        size_t c = open;
        while (c > s && p[c - 1] != ',' && p[c - 1] != ';' && p[c - 1] != ':' && p[c - 1] != '(' && p[c - 1] != ')')
            c--;
        if (c > s && p[c - 1] == ',') {
            unit_clear(u);   /* (not the note's "five-year") */
            spec_words(p, c, open, bare, u);
            if (!u->cur && !u->pct)
                unit_clear(u);
        }
    }
    /* "Internet users (millions)": the counted noun before the bracket */
    if (!u->pct && !u->cur && u->scale > 1 && !u->noun[0] && open < e)
        subject_noun(p, s, open, u->noun, sizeof u->noun);
    return u->pct || u->cur || u->noun[0];
}

/* A table asks the unit of the same header cell and caption for each of
 * its cells: the last answers are kept, keyed by the text itself (the
 * bytes of the cell and the few before it that a currency's sign looks
 * back at, "US$"), so any buffer may ask. */
enum { SPEC_KEPT = 8, SPEC_BACK = 8, SPEC_TEXT = 160 };
typedef struct {
    unsigned short len, back;   /* len 0: empty slot */
    int r;
    TableUnit u;
    unsigned char text[SPEC_TEXT];
} SpecKept;
static _Thread_local SpecKept spec_kept[SPEC_KEPT];
static _Thread_local unsigned spec_next;

int tables_unit_spec(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    size_t back = s < SPEC_BACK ? s : SPEC_BACK;
    size_t len = e > s ? e - s + back : 0;
    if (len == 0 || len > SPEC_TEXT)
        return unit_spec_in(p, s, e, 0, u);
    const unsigned char *t = p + s - back;
    for (unsigned i = 0; i < SPEC_KEPT; i++) {
        const SpecKept *k = &spec_kept[i];
        if (k->len == len && k->back == back && k->text[len - 1] == t[len - 1] && !memcmp(k->text, t, len)) {
            *u = k->u;
            return k->r;
        }
    }
    int r = unit_spec_in(p, s, e, 0, u);
    SpecKept *k = &spec_kept[spec_next++ % SPEC_KEPT];
    k->len = (unsigned short)len, k->back = (unsigned short)back, k->r = r, k->u = *u;
    memcpy(k->text, t, len);
    return r;
}

int tables_unit_bare(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u)
{
    while (s < e && p[s] == ' ')
        s++;
    int words = 0;
    for (size_t k = s; k < e; k++) {
        if (ascii_isdigit(p[k]) || p[k] == '(' || p[k] == ':')
            return 0;
        words += p[k] != ' ' && (k == s || p[k - 1] == ' ');
    }
    /* (a serial number opening the row is no part of its label: "4
     * Union Councils connected") */
    size_t a = ls;
    while (a < le && ascii_isdigit(p[a]))
        a++;
    if (a == ls || a >= le || p[a] != ' ')
        a = ls;
    /* "number", "count": the row counts what its label names */
    if (words == 1 && (tw_weq(p + s, e - s, "number") || tw_weq(p + s, e - s, "count"))) {
        unit_clear(u);
        return le > a && tables_unit_noun(p, a, le, 1, u->noun, sizeof u->noun);
    }
    if (e <= s || words > 3 || !unit_spec_in(p, s, e, 1, u)) {
        if (e <= s || words > 3 || u->scale <= 1 || u->cur || u->pct)
            return 0;
        return le > a && tables_unit_noun(p, a, le, 1, u->noun, sizeof u->noun);
    }
    return 1;
}

int tables_unit_cell(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u)
{
    while (s < e && p[s] == ' ')
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r'))
        e--;
    int symbol = e > s && ascii_isalpha(p[s]);
    for (size_t k = s; k < e && symbol; k++)
        symbol = ascii_isalnum(p[k]) || p[k] == '/';
    /* "tCO2e", "L/kWh", "MWh": a symbol, written as the table writes it */
    if (symbol && symbol_like(p, s, e)) {
        unit_spec_in(p, s, e, 1, u);
        if (!u->pct && !u->cur && u->scale == 1) {
            snprintf(u->noun, sizeof u->noun, "%.*s", (int)(e - s), (const char *)p + s);
            return 1;
        }
    }
    /* "–" (no unit): an indicator named by its acronym ("Average PUE")
     * is its own unit */
    int dash = e - s == 1 && p[s] == '-';
    dash |= e - s == 3 && p[s] == 0xE2 && p[s + 1] == 0x80 && (p[s + 2] == 0x93 || p[s + 2] == 0x94);
    if (dash) {
        unit_clear(u);
        size_t we = le;
        while (we > ls && p[we - 1] == ' ')
            we--;
        size_t ws = we;
        while (ws > ls && ascii_isupper(p[ws - 1]))
            ws--;
        if (we - ws < 2 || we - ws > 6 || (ws > ls && ascii_isalpha(p[ws - 1])))
            return 0;
        snprintf(u->noun, sizeof u->noun, "%.*s", (int)(we - ws), (const char *)p + ws);
        return 1;
    }
    return tables_unit_bare(p, s, e, ls, le, u);
}

int tables_unit_zh_cell(const unsigned char *p, size_t s, size_t e, size_t ls, size_t le, TableUnit *u)
{
    unit_clear(u);
    /* "%" (or "％") alone under 单位: the row is in percent */
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
        e--;
    if ((e - s == 1 && p[s] == '%') || (e - s == 3 && !memcmp(p + s, "％", 3)))
        return u->pct = 1;
    if (e <= s || e - s > 40 || !has_han(p, s, e) ||
        !scan_zh_unit_words((const char *)p, s, e, &u->scale, &u->cur, &u->pct, u->noun, sizeof u->noun))
        return 0;
    if (!u->pct && !u->cur && (!u->noun[0] || scan_zh_unit_weak((const char *)p, s, e)) && le > ls) {
        /* (the label's noun only: its scale or share is not the row's;
         * "快递业务量  万件": parcels, over the items 件 counts) */
        double scale;
        const char *cur;
        int pct;
        char noun[sizeof u->noun];
        scan_zh_unit_spec((const char *)p, ls, le, &scale, &cur, &pct, noun, sizeof noun);
        if (noun[0])
            memcpy(u->noun, noun, sizeof noun);
    }
    return u->pct || u->cur || u->noun[0];
}

/* The first list separator in p[s, e) ("；", ";", "，", ",", "、"), else e. */
static size_t list_sep(const unsigned char *p, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (p[k] == ';' || p[k] == ',' ||
            (k + 3 <= e && (!memcmp(p + k, "；", 3) || !memcmp(p + k, "，", 3) || !memcmp(p + k, "、", 3))))
            return k;
    return e;
}

int tables_unit_rate_head(const unsigned char *p, size_t s, size_t e)
{
    static const char *const words[] = {"同比", "增长", "增速", "增幅", "比重", "占比", "下降", "比上年", NULL};
    char h[96];
    size_t l = 0;
    for (size_t k = s; k < e && l + 4 < sizeof h; k++) {
        if (k + 3 <= e && !memcmp(p + k, "　", 3)) {
            k += 2;
            continue;
        }
        if (p[k] != ' ' && p[k] != '\t')
            h[l++] = (char)p[k];
    }
    h[l] = '\0';
    for (int i = 0; words[i]; i++)
        if (strstr(h, words[i]))
            return 1;
    return 0;
}

size_t tables_unit_zh_label(const unsigned char *p, size_t s, size_t e)
{
    static const char unit_label[] = "单位";
    size_t ul = sizeof unit_label - 1, k = s;
    while (k + ul <= e && memcmp(p + k, unit_label, ul))
        k++;
    if (k + ul > e)
        return 0;
    k += ul;
    /* the colon, full-width or not */
    if (k + 3 <= e && !memcmp(p + k, "：", 3))
        return k + 3;
    return k < e && p[k] == ':' ? k + 1 : 0;
}

/* "单位：亿元", "单位：元  币种：人民币": a Chinese table's unit line. */
static int zh_unit_line(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    static const char currency_label[] = "币种";
    size_t k = tables_unit_zh_label(p, s, e);
    if (!k)
        return 0;
    size_t ve = k;
    while (ve < e && p[ve] != ' ' && p[ve] != '\t' && !(ve + 3 <= e && !memcmp(p + ve, "　", 3)))
        ve++;
    /* "单位：亿元人民币；%": the units of the columns in turn, the amounts'
     * first; a % after them is the unit of the columns of changes and
     * shares (tables_unit_rate_head) */
    size_t sep = list_sep(p, k, ve);
    if (sep < ve) {
        size_t a = sep + (p[sep] == ';' || p[sep] == ',' ? 1 : 3), b = a;
        while (b < ve && p[b] != ')' && !(b + 3 <= ve && !memcmp(p + b, "）", 3)))
            b++;
        u->pct_col = (b == a + 1 && p[a] == '%') || (b == a + 3 && !memcmp(p + a, "％", 3));
        if (u->pct_col)
            ve = sep;
    }
    if (!scan_zh_unit_words((const char *)p, k, ve, &u->scale, &u->cur, &u->pct, u->noun, sizeof u->noun))
        return 0;
    /* "币种：人民币": the currency of a unit that names none ("单位：元") */
    for (size_t c = ve; c + sizeof currency_label - 1 <= e; c++)
        if (!memcmp(p + c, currency_label, sizeof currency_label - 1)) {
            size_t v = c + sizeof currency_label - 1;
            v += v + 3 <= e && !memcmp(p + v, "：", 3) ? 3 : v < e && p[v] == ':';
            double sc;
            const char *cur = NULL;
            int pct;
            char noun[8];
            if (scan_zh_unit_words((const char *)p, v, e, &sc, &cur, &pct, noun, sizeof noun) && cur)
                u->cur = cur;
            break;
        }
    return 1;
}

/* A unit line's exception clause: "(RMB million, except percentages and
 * ratios)", "(US$ m unless otherwise stated)", "(in millions, except per
 * share data)". The rows it excepts state their own unit ("Gross margin
 * (%)"); the line's unit is the words before it. The end of those words
 * in p[a, b), else b. */
static size_t exception_cut(const unsigned char *p, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 6 < b; k++) {
        if (p[k - 1] != ' ' && p[k - 1] != ',')
            continue;
        size_t we = k;
        while (we < b && ascii_isalpha(p[we]))
            we++;
        if (!tw_weq(p + k, we - k, "except") && !tw_weq(p + k, we - k, "unless") &&
            !tw_weq(p + k, we - k, "excluding"))
            continue;
        size_t c = k;
        while (c > a && (p[c - 1] == ' ' || p[c - 1] == ','))
            c--;
        return c > a ? c : b;
    }
    return b;
}

int tables_unit_line(const unsigned char *p, size_t s, size_t e, TableUnit *u)
{
    unit_clear(u);
    while (s < e && (p[s] == ' ' || p[s] == '\t'))
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '\t'))
        e--;
    if (e <= s || e - s > 80)
        return 0;
    if (has_han(p, s, e))
        return zh_unit_line(p, s, e, u);
    /* "By Fiscal Year, Millions of Dollars": a budget table's line names
     * its columns' years before its unit, after a comma */
    if (e - s > 8 && tw_weq(p + s, 2, "by") && p[s + 2] == ' ') {
        const unsigned char *c = memchr(p + s, ',', e - s);
        if (c && c - p >= (long)s + 7 && tw_weq(c - 4, 4, "year"))
            return tables_unit_line(p, (size_t)(c - p) + 1, e, u);
    }
    /* "Million; % of population (penetration rate)": the unit of the
     * figures, then the share that the bracketed ones carry with their own
     * sign (as "单位：亿元；%") */
    const unsigned char *semi = memchr(p + s, ';', e - s);
    if (semi && semi - p > (long)s) {
        size_t k = (size_t)(semi - p) + 1;
        while (k < e && p[k] == ' ')
            k++;
        if (k < e && (p[k] == '%' || (e - k >= 7 && tw_weq(p + k, 7, "percent"))))
            return tables_unit_line(p, s, (size_t)(semi - p), u);
    }
    /* "(percent)", "(in billions of U.S. dollars)", "In millions of US
     * dollars": a bracket, or a line opening with "in", holding only the
     * words of a unit */
    int bracket = p[s] == '(' && p[e - 1] == ')';
    size_t a = bracket ? s + 1 : s, b = bracket ? e - 1 : e;
    if (bracket)
        b = exception_cut(p, a, b);
    int lead = 0;
    for (size_t k = a; k < b; k++) {
        if (ascii_isdigit(p[k]) || p[k] == '(' || p[k] == ':')
            return 0;
    }
    if (b - a > 3 && tw_weq(p + a, 2, "in") && p[a + 2] == ' ')
        lead = 1;
    /* (not a sentence's tail wrapped onto a line of its own: "per US
     * dollar." closes prose, it heads no table) */
    if (!bracket && !lead && (p[b - 1] == '.' || (b - a > 4 && !memcmp(p + a, "per ", 4))))
        return 0;
    if (!bracket && !lead) {
        if (tables_unit_bare(p, a, b, 0, 0, u))
            return u->pct || u->cur || u->scale > 1;
        /* a scale alone on its line, "Million", "Thousands": the table's
         * figures count what their columns name */
        return !memchr(p + a, ' ', b - a) && u->scale > 1 && !u->cur && !u->pct;
    }
    /* every word a unit's: a scale, a currency, "percent", "of", "the" */
    for (size_t k = a + (lead ? 3 : 0); k < b;) {
        while (k < b && !ascii_isalpha(p[k]))
            k++;
        size_t we = k;
        while (we < b && (ascii_isalpha(p[we]) || p[we] == '.'))
            we++;
        if (we == k)
            break;
        size_t wl = we - k;
        while (wl > 1 && p[k + wl - 1] == '.')
            wl--;
        const char *w = (const char *)p + k;
        int ok = tw_weq(p + k, wl, "of") || tw_weq(p + k, wl, "the") || tw_weq(p + k, wl, "percent") ||
                 tw_weq(p + k, wl, "per") || tw_weq(p + k, wl, "cent") || qty_currency_word(w, wl) ||
                 qty_scale(w, wl, 1) > 0 || (wl > 1 && p[k + wl - 1] == 's' && qty_scale(w, wl - 1, 0) > 0) ||
                 tw_weq(p + k, wl, "thousands") || tw_weq(p + k, wl, "u.s") || tw_weq(p + k, wl, "us") ||
                 tw_weq(p + k, wl, "current") || tw_weq(p + k, wl, "constant");
        if (!ok)
            return 0;
        k = we;
    }
    unit_spec_in(p, a, b, 0, u);
    if (!u->cur) {
        /* "U.S. dollars": the currency word after the country's initials */
        for (size_t k = a; k + 7 <= b; k++)
            if (tw_weq(p + k, 7, "dollars") || tw_weq(p + k, 6, "dollar"))
                u->cur = "USD";
    }
    return u->pct || u->cur || u->scale > 1;
}

int tables_unit_noun(const unsigned char *p, size_t s, size_t e, int any_case, char *out, size_t cap)
{
    while (s < e && p[s] == ' ')
        s++;
    for (size_t t = s; t < e;) {
        size_t we = t;
        while (we < e && ascii_isalpha(p[we]))
            we++;
        /* (a capitalised word counts as a plural: "Projects", not
         * "Central"; a label's only at its start: "Towers", not "ITU
         * Yearbook of Statistics") */
        /* ("Sectoral CSIRTs operational": an acronym's plural counts
         * anywhere) */
        int acronyms = we - t >= 3 && p[we - 1] == 's' && ascii_isupper(p[t]) && ascii_isupper(p[we - 2]);
        if (we > t && (any_case == 1 || (any_case == 2 && t == s) || !ascii_isupper(p[t]) || acronyms) &&
            (!ascii_isupper(p[t]) || p[we - 1] == 's' || qty_is_known_count((const char *)p + t, we - t))) {
            NounKind k = qty_noun_kind((const char *)p + t, we - t);
            /* ("Landing points": a discourse noun after a modifier counts) */
            if ((k == NK_COUNT || (k == NK_DURATION && p[we - 1] == 's') || (k == NK_ABSTRACT && t > s)) &&
                we - t > 2) {
                /* a duration by its canonical name: "term_yrs" counts years */
                const char *d = k == NK_DURATION ? durations_unit((const char *)p + t, we - t) : NULL;
                if (d)
                    snprintf(out, cap, "%s", d);
                else
                    qty_unit_name((const char *)p + t, we - t, out, cap);
                return 1;
            }
        }
        if (we < e && p[we] == '(')
            break;   /* a remark in brackets names no noun */
        t = we > t ? we : t + 1;
    }
    return 0;
}

const char *tables_unit_currency_cell(const unsigned char *p, size_t s, size_t e)
{
    if (e - s < 2 || e - s > 8)
        return NULL;
    for (size_t i = s; i < e; i++)
        if (!ascii_isalpha(p[i]))
            return NULL;
    return qty_currency_word((const char *)p + s, e - s);
}

double tables_unit_header_scale(const unsigned char *p, size_t hs, size_t he)
{
    const unsigned char *us = memchr(p + hs, '_', he - hs);
    while (us) {
        size_t a = (size_t)(us - p) + 1, b = a;
        while (b < he && ascii_isalpha(p[b]))
            b++;
        if (b == he || p[b] == '_') {
            if (tw_weq(p + a, b - a, "m") || tw_weq(p + a, b - a, "mn") || tw_weq(p + a, b - a, "mln") ||
                tw_weq(p + a, b - a, "million") || tw_weq(p + a, b - a, "millions"))
                return 1e6;
            if (tw_weq(p + a, b - a, "bn") || tw_weq(p + a, b - a, "b") || tw_weq(p + a, b - a, "billion"))
                return 1e9;
            if (tw_weq(p + a, b - a, "k") || tw_weq(p + a, b - a, "thousand") || tw_weq(p + a, b - a, "thousands"))
                return 1e3;
        }
        us = b < he ? memchr(p + b, '_', he - b) : NULL;
    }
    TableUnit u;
    unit_spec_in(p, hs, he, 0, &u);
    return u.scale;
}

/* "Mar-24", "Jun 24": a month and a two-digit year ending at p[i + 2). */
static int month_short_year(const unsigned char *p, size_t s, size_t e, size_t i)
{
    if (i < s + 4 || (p[i - 1] != '-' && p[i - 1] != ' ' && p[i - 1] != '\'') || (i + 2 < e && ascii_isalnum(p[i + 2])))
        return 0;
    if (i + 2 < e && p[i + 2] == ',')
        return 0;   /* "Dec 31, 2023": a day, the year after it */
    size_t we = i - 1, ws = we;
    while (ws > s && ascii_isalpha(p[ws - 1]))
        ws--;
    if (we - ws < 3 || !qty_is_month((const char *)p + ws, we - ws))
        return 0;
    return 2000 + (p[i] - '0') * 10 + (p[i + 1] - '0');
}

/* "Change vs 2023 (pp)", "Change since 2022", "Growth over 2022": the
 * year a change column is measured from is not the column's (its
 * figures are of the table's year: the caption's, the title's). */
static int change_base(const unsigned char *p, size_t s, size_t i)
{
    static const char *const words[] = {"vs", "vs.", "versus", "from", "since", "over", "on", "than", NULL};
    size_t b = i;
    while (b > s && p[b - 1] == ' ')
        b--;
    size_t ws = b;
    while (ws > s && (ascii_isalpha(p[ws - 1]) || p[ws - 1] == '.'))
        ws--;
    for (int k = 0; words[k] && b > ws; k++)
        if (tw_weq(p + ws, b - ws, words[k]))
            return 1;
    return 0;
}

/* "Amount (USD 2021)", "constant 2015 US$": a year next to a currency is
 * the price base of the figures, not their date. */
static int price_base(const unsigned char *p, size_t s, size_t e, size_t i, size_t d)
{
    size_t b = i;
    while (b > s && p[b - 1] == ' ')
        b--;
    size_t ws = b;
    while (ws > s && (ascii_isalpha(p[ws - 1]) || p[ws - 1] == '$'))
        ws--;
    if (b > ws && (qty_currency_word((const char *)p + ws, b - ws) || tw_weq(p + ws, b - ws, "constant") ||
                   tw_weq(p + ws, b - ws, "us$")))
        return 1;
    size_t a = d;
    while (a < e && p[a] == ' ')
        a++;
    size_t we = a;
    while (we < e && ascii_isalpha(p[we]))
        we++;
    return we > a && (qty_currency_word((const char *)p + a, we - a) || tw_weq(p + a, we - a, "prices"));
}

int tables_unit_year(const unsigned char *p, size_t s, size_t e)
{
    int year = 0, found = 0;
    for (size_t i = s; i + 2 <= e; i++) {
        /* a fiscal or split year, dated by its end (fiscal.h): "FY2020/21",
         * an analyst's "FY23A" and "FY26E", "2022/23" */
        size_t fe;
        int fz = ((i + 2 < e && (p[i] | 0x20) == 'f' && (p[i + 1] | 0x20) == 'y') ||
                  (i + 5 < e && ascii_isdigit(p[i]) && ascii_isdigit(p[i + 3]) && (p[i + 4] == '/' || p[i + 4] == '-' ||
                                                                         (unsigned char)p[i + 4] == 0xE2)))
                     ? fiscal_year((const char *)p, i, e, &fe)
                     : 0;
        if (fz && (fe == e || !ascii_isalnum(p[fe]) || (strchr("AEFPaefp", p[fe]) && (fe + 1 == e || !ascii_isalnum(p[fe + 1]))))) {
            year = fz, found++, i = fe - 1;
            continue;
        }
        if (!ascii_isdigit(p[i]) || (i > s && ascii_isdigit(p[i - 1])))
            continue;
        size_t d = i;
        while (d < e && ascii_isdigit(p[d]))
            d++;
        int y = 0;
        if (d - i == 2)
            y = month_short_year(p, s, e, i);
        else if (d - i == 4) {
            /* a year alone, or after "FY"; not inside a word or a code */
            int fy = i >= s + 2 && tw_weq(p + i - 2, 2, "fy") && (i == s + 2 || !ascii_isalpha(p[i - 3]));
            /* an analyst's column: 2023A actual, 2024E estimated, 2025F forecast, 2026P projected */
            int mark = d < e && strchr("AEFPaefp", p[d]) && (d + 1 == e || !ascii_isalnum(p[d + 1]));
            if ((i > s && (ascii_isalnum(p[i - 1]) || p[i - 1] == '/' || p[i - 1] == '-') && !fy) ||
                (d < e && (ascii_isalpha(p[d]) || p[d] == '/') && !mark))
                continue;
            y = lines_year_at((const char *)p, i);
            if (y && (price_base(p, s, e, i, d) || change_base(p, s, i)))
                continue;
            /* a period, "2021-2023", "2013–2023": its last year */
            size_t k = d < e && p[d] == '-' ? d + 1 : d + 3 <= e && !memcmp(p + d, "\xE2\x80\x93", 3) ? d + 3 : 0;
            int z = y && k && k + 4 <= e && (k + 4 == e || !ascii_isalnum(p[k + 4])) ? lines_year_at((const char *)p, k) : 0;
            if (z > y && z - y < 100)
                y = z, i = k + 3;
        }
        if (y)
            year = y, found++;
    }
    return found == 1 ? year : 0;
}

int tables_unit_no_quantity(const unsigned char *p, size_t s, size_t e)
{
    static const char *const words[] = {"rank", "ranking", "code", "id", "no", "no.", "position", "order",
                                        "serial", "sn", "s/n", "#", NULL};
    static const char *const zh[] = {"排名", "排序", "位次", "代码", "序号", "编号", NULL};
    while (s < e && (p[s] == ' ' || p[s] == '('))
        s++;
    size_t we = s;
    while (we < e && p[we] != ' ' && p[we] != '(' && p[we] != '\t')
        we++;
    for (int i = 0; words[i]; i++)
        if (tw_weq(p + s, we - s, words[i]))
            return 1;
    for (int i = 0; zh[i]; i++) {
        size_t l = strlen(zh[i]);
        if (we - s >= l && !memcmp(p + s, zh[i], l))
            return 1;
    }
    return 0;
}

int tables_unit_sample(const unsigned char *p, size_t s, size_t e)
{
    while (s < e && p[s] == ' ')
        s++;
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '='))
        e--;
    return tw_weq(p + s, e - s, "n") || tw_weq(p + s, e - s, "sample") || tw_weq(p + s, e - s, "sample size") ||
           tw_weq(p + s, e - s, "obs.") || tw_weq(p + s, e - s, "obs") || tw_weq(p + s, e - s, "observations");
}

int tables_unit_share_of(const unsigned char *p, size_t s, size_t e, char *out, size_t cap)
{
    for (size_t k = s; k + 3 < e; k++) {
        /* "per cent of", "percent of", "% of" */
        int share = (p[k] == '%' && k + 4 < e && p[k + 1] == ' ') ||
                    (k + 8 < e && (tw_weq(p + k, 7, "percent") || tw_weq(p + k, 8, "per cent")));
        if (!share)
            continue;
        size_t w = k + (p[k] == '%' ? 1 : tw_weq(p + k, 7, "percent") ? 7 : 8);
        while (w < e && p[w] == ' ')
            w++;
        if (w + 3 > e || !tw_weq(p + w, 2, "of") || p[w + 2] != ' ')
            continue;
        size_t ws = w + 3, we = ws;
        while (we < e && ascii_isalpha(p[we]))
            we++;
        if (we > ws && qty_noun_kind((const char *)p + ws, we - ws) == NK_COUNT) {
            qty_unit_name((const char *)p + ws, we - ws, out, cap);
            return 1;
        }
    }
    return 0;
}

int tables_unit_flow(const unsigned char *p, size_t s, size_t e)
{
    static const char flow_zh[] = "流量";
    for (size_t k = s; k + sizeof flow_zh - 1 <= e; k++)
        if (!memcmp(p + k, flow_zh, sizeof flow_zh - 1))
            return 1;
    for (size_t k = s; k < e;) {
        size_t we = k;
        while (we < e && ascii_isalpha(p[we]))
            we++;
        if (we > k && (tw_weq(p + k, we - k, "flow") || tw_weq(p + k, we - k, "flows") || tw_weq(p + k, we - k, "inflows") ||
                       tw_weq(p + k, we - k, "outflows")))
            return 1;
        k = we > k ? we : k + 1;
    }
    return 0;
}

int tables_unit_approx(const unsigned char *p, size_t s, size_t e)
{
    int in = 0;
    for (size_t k = s; k < e; k++) {
        if (p[k] == '(')
            in = 1;
        else if (p[k] == ')')
            in = 0;
        else if (in && ascii_isalpha(p[k]) && (k == s || !ascii_isalpha(p[k - 1]))) {
            size_t we = k;
            while (we < e && ascii_isalpha(p[we]))
                we++;
            if (tw_weq(p + k, we - k, "approx") || tw_weq(p + k, we - k, "approximate") ||
                tw_weq(p + k, we - k, "approximately"))
                return 1;
        }
    }
    return 0;
}

int tables_unit_score(const unsigned char *p, size_t hs, size_t he, size_t ls, size_t le, size_t cs, size_t ce,
                      TableUnit *u)
{
    char hn[48];
    if (!((he > hs && scores_named((const char *)p, hs, he)) || (le > ls && scores_named((const char *)p, ls, le)) ||
          (ce > cs && scores_named((const char *)p, cs, ce) && !(he > hs && tables_unit_noun(p, hs, he, 1, hn, sizeof hn)))))
        return 0;
    unit_clear(u);
    snprintf(u->noun, sizeof u->noun, "points");
    return 1;
}

/* The inside of the last bracket of p[s, e): [*o, e), 1; else 0. */
static int last_bracket(const unsigned char *p, size_t s, size_t e, size_t *o)
{
    size_t k = e;
    while (k > s && p[k - 1] != '(')
        k--;
    *o = k;
    return k > s;
}

int tables_unit_caption_money(const unsigned char *p, size_t cs, size_t ce, size_t hs, size_t he, TableUnit *u)
{
    size_t o, ho;
    if (ce <= cs || !last_bracket(p, cs, ce, &o) || (he > hs && last_bracket(p, hs, he, &ho)))
        return 0;
    /* "(value in US$ billion)": the Value column's */
    for (size_t k = o + 1; k + 4 <= ce; k++)
        if (ascii_isalpha(p[k - 1]) && !memcmp(p + k, " in ", 4))
            return 0;
    TableUnit t;
    if (!tables_unit_spec(p, cs, ce, &t) || !t.cur)
        return 0;
    *u = t;
    return 1;
}

int tables_unit_caption_share(const unsigned char *p, size_t cs, size_t ce)
{
    size_t k = cs;
    while (k < ce && (p[k] == ' ' || p[k] == '\t'))
        k++;
    /* past the caption's label, "Table 1:", "Table A.2 -" */
    if (tables_frame_caption_line(p, k, ce)) {
        while (k < ce && p[k] != ' ')
            k++;
        while (k < ce && p[k] == ' ')
            k++;
        while (k < ce && p[k] != ' ' && p[k] != ':')
            k++;
        while (k < ce && (p[k] == ' ' || p[k] == ':' || p[k] == '-' || p[k] == '.'))
            k++;
    }
    size_t a = k;
    while (k < ce && ascii_isalpha(p[k]))
        k++;
    size_t b = k;
    if (k >= ce || p[k] != ' ')
        return 0;
    k++;
    if (!(k + 3 <= ce && tw_weq(p + k, 2, "of") && p[k + 2] == ' '))
        return 0;
    return tw_weq(p + a, b - a, "percentage") || tw_weq(p + a, b - a, "percent") ||
           tw_weq(p + a, b - a, "proportion") || tw_weq(p + a, b - a, "share");
}

/* A unit symbol written in a key's lower case ("km", "mw", "tbps"): as
 * written, in capitals, or capitalised. */
static const char *key_symbol(const unsigned char *p, size_t a, size_t b)
{
    char w[3][12];
    if (b - a < 1 || b - a > 8)
        return NULL;
    for (size_t k = 0; k < b - a; k++) {
        w[0][k] = (char)p[a + k];
        w[1][k] = (char)(p[a + k] - 'a' + 'A');
        w[2][k] = k ? (char)p[a + k] : w[1][k];
    }
    for (int v = 0; v < 3; v++) {
        const char *u;
        w[v][b - a] = '\0';
        if (qty_unit_symbol_at(w[v], b - a, &u) == b - a)
            return u;
    }
    return qty_unit_word((const char *)p + a, b - a, 0);
}

int tables_unit_key(const unsigned char *p, size_t ks, size_t ke, TableUnit *u)
{
    unit_clear(u);
    size_t last = ks;
    for (size_t a = ks; a < ke;) {
        size_t b = a;
        while (b < ke && p[b] != '_')
            b++;
        /* (a rate's or a pair's key is no amount: "usd_kes_rate") */
        if (tw_weq(p + a, b - a, "rate") || tw_weq(p + a, b - a, "per") || tw_weq(p + a, b - a, "to") ||
            tw_weq(p + a, b - a, "id") || tw_weq(p + a, b - a, "year") || tw_weq(p + a, b - a, "code"))
            return 0;
        if (b - a == 3 && !u->cur) {
            char up[4] = {(char)(p[a] - 'a' + 'A'), (char)(p[a + 1] - 'a' + 'A'), (char)(p[a + 2] - 'a' + 'A'), 0};
            u->cur = p[a] >= 'a' && p[a] <= 'z' ? qty_currency_word(up, 3) : NULL;
        }
        last = a;
        a = b < ke ? b + 1 : b;
    }
    u->scale = tables_unit_header_scale(p, ks, ke);   /* "amount_usd_m" */
    if (u->cur)
        return 1;
    if (tw_weq(p + last, ke - last, "pct") || tw_weq(p + last, ke - last, "percent") ||
        tw_weq(p + last, ke - last, "share")) {
        u->pct = 1;
        return 1;
    }
    const char *sym = key_symbol(p, last, ke);
    if (sym && last > ks) {   /* "length_km", "it_capacity_mw" */
        snprintf(u->noun, sizeof u->noun, "%s", sym);
        return 1;
    }
    /* "landing_count", "site_count": the things of the word before the
     * count, in the plural */
    if (last > ks + 1 && (tw_weq(p + last, ke - last, "count") || tw_weq(p + last, ke - last, "num"))) {
        size_t b = last - 1, a = b;
        while (a > ks && p[a - 1] != '_')
            a--;
        if (b - a >= 3 && b - a + 2 < sizeof u->noun) {
            snprintf(u->noun, sizeof u->noun, "%.*s%s", (int)(b - a), (const char *)p + a, p[b - 1] == 's' ? "" : "s");
            return 1;
        }
    }
    /* "population_covered" counts people */
    if (ke - ks >= 10 && tw_weq(p + ks, 10, "population") && (ke == ks + 10 || p[ks + 10] == '_')) {
        snprintf(u->noun, sizeof u->noun, "people");
        return 1;
    }
    /* "households_connected", "landing_stations", "cameras" */
    return tables_unit_noun(p, ks, ke, 0, u->noun, sizeof u->noun);
}

/* issued.c — a document its publisher issues in its own name (see
 * issued.h). */
#define _GNU_SOURCE   /* memmem */
#include "issued.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ascii.h"
#include "lines.h"
#include "namerun.h"
#include "textfind.h"
#include "textwalk.h"

/* Legal suffixes a company's name ends with. */
static const char *const legal_words[] = {"ltd", "limited", "plc", "inc", "llc", "llp", "jsc", "pjsc", "co",
                                          "corp", "gmbh", "ag", "sa", "bhd", "pty", NULL};

/* Does s[0, n) end with a legal suffix word (past a final '.')? Its
 * start, else n. */
static size_t legal_tail(const char *s, size_t n)
{
    size_t e = n;
    while (e > 0 && (s[e - 1] == '.' || s[e - 1] == ' ' || s[e - 1] == ','))
        e--;
    size_t b = e;
    while (b > 0 && (ascii_isalpha(s[b - 1]) || s[b - 1] == '.'))
        b--;
    if (b == 0 || s[b - 1] != ' ')
        return n;
    char w[8];
    size_t l = 0;
    for (size_t i = b; i < e; i++)
        if (s[i] != '.') {
            if (l == sizeof w - 1)
                return n;   /* (longer than any suffix: "Limitedness") */
            w[l++] = (char)(s[i] | 0x20);
        }
    w[l] = '\0';
    for (int k = 0; legal_words[k]; k++)
        if (!strcmp(w, legal_words[k]))
            return b;
    return n;
}

size_t issued_core(const char *pub, char *out, size_t cap, int *legal)
{
    if (legal)
        *legal = 0;
    while (*pub == ' ')
        pub++;
    if (!strncasecmp(pub, "the ", 4))
        pub += 4;
    size_t n = 0;
    while (pub[n] && pub[n] != '(' && pub[n] != ',' && pub[n] != '/' && pub[n] != '|' && pub[n] != ';')
        n++;
    while (n > 0 && pub[n - 1] == ' ')
        n--;
    /* "Co., Ltd.": a suffix after a suffix */
    for (size_t t; (t = legal_tail(pub, n)) < n;) {
        n = t;
        while (n > 0 && (pub[n - 1] == ' ' || pub[n - 1] == ','))
            n--;
        if (legal)
            *legal = 1;
    }
    if (n >= cap)
        n = 0;   /* (no name that long is a letterhead's) */
    memcpy(out, pub, n);
    out[n] = '\0';
    return n;
}

int issued_unit_of(const char *au, const char *pub)
{
    char core[160];
    size_t l = issued_core(pub, core, sizeof core, NULL);
    /* (a name of one word, "Kcell", opens too many others' names) */
    if (l < 4 || !strchr(core, ' '))
        return 0;
    while (*au == ' ')
        au++;
    if (!strncasecmp(au, "the ", 4))
        au += 4;
    return !strncasecmp(au, core, l) && au[l] == ' ' && ascii_isalpha(au[l + 1]) && legal_tail(au, strlen(au)) == strlen(au);
}

/* Kinds of body, whose word with a capital after "the" is the body
 * speaking of itself ("the Authority"). */
static const char *const kinds[] = {
    "authority", "council", "commission", "ministry", "bank", "board", "agency", "office", "bureau",
    "department", "directorate", "secretariat", "corporation", "company", "fund", "tribunal", "committee",
    "assembly", "institute", "centre", "center", "association", "union", "federation", "foundation",
    "society", "trust", "service", "regulator", "municipality", "county", NULL,
};

/* The last word (of ASCII letters) of t[0, tn) that the list of lower
 * case words holds, in any case: its length, *ws its start; 0 when none. */
static size_t listed_word(const char *t, size_t tn, const char *const *words, size_t *ws)
{
    size_t found = 0;
    for (size_t i = 0; i < tn;) {
        while (i < tn && !ascii_isalpha(t[i]))
            i++;
        size_t s = i;
        while (i < tn && ascii_isalpha(t[i]))
            i++;
        if (i > s && tw_win((const unsigned char *)t + s, i - s, words))
            *ws = s, found = i - s;
    }
    return found;
}

/* The acronym a name gives in brackets ("... Authority (TCRA)"): two to
 * eight capitals, written to out; 0 when none. */
static size_t acronym(const char *s, size_t n, char *out, size_t cap)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '(')
            continue;
        size_t k = i + 1;
        while (k < n && s[k] >= 'A' && s[k] <= 'Z')
            k++;
        if (k < n && s[k] == ')' && k - i - 1 >= 2 && k - i - 1 <= 8 && k - i - 1 < cap) {
            memcpy(out, s + i + 1, k - i - 1);
            out[k - i - 1] = '\0';
            return k - i - 1;
        }
    }
    return 0;
}

/* The letterhead: the first heading lines (at most 8 lines with text,
 * before a line of prose, in the first 1500 bytes) hold one that opens
 * with the core name, in any case. The end of that line, else 0. */
#define HEAD_LINES 8
#define PROSE_LINE 150

static size_t letterhead(const char *doc, size_t n, const char *core, size_t cl, size_t *ls_out)
{
    size_t lim = n < 1500 ? n : 1500;
    int lines = 0;
    for (size_t i = 0; i < lim && lines < HEAD_LINES;) {
        size_t le = lines_end(doc, n, i), ts = i, te = le;
        lines_trim(doc, &ts, &te);
        if (te > ts) {
            if (te - ts >= PROSE_LINE)
                return 0;
            lines++;
            size_t s = ts;
            if (te - s > 4 && !strncasecmp(doc + s, "the ", 4))
                s += 4;
            if (te - s >= cl && !strncasecmp(doc + s, core, cl) && (s + cl == te || !ascii_isalnum(doc[s + cl]))) {
                *ls_out = ts;
                return le;
            }
        }
        i = le + 1;
    }
    return 0;
}

/* Does word w (case as written) stand alone at p[i], in p[from, e)? */
static int word_at(const char *p, size_t i, size_t e, const char *w, size_t wl, size_t from)
{
    return i + wl <= e && !memcmp(p + i, w, wl) && (i == from || !ascii_isalnum(p[i - 1])) &&
           (i + wl == e || !ascii_isalnum(p[i + wl]));
}

/* What the body calls itself by its kind, into out (cap bytes): "the
 * Authority", the last kind word of its core name with a capital; "the
 * Company" for a company's name (legal: a legal suffix was cut). Its
 * length, or 0. */
static size_t self_kind(const char *core, size_t cl, int legal, char *out, size_t cap)
{
    size_t ks = 0, kl = listed_word(core, cl, kinds, &ks);
    if (kl && kl + 5 < cap) {
        memcpy(out, "the ", 4);
        out[4] = (char)ascii_upper((unsigned char)core[ks]);
        for (size_t k = 1; k < kl; k++)
            out[4 + k] = (char)ascii_lower((unsigned char)core[ks + k]);
        out[4 + kl] = '\0';
        return 4 + kl;
    }
    static const char company[] = "the Company";
    if (legal && sizeof company <= cap) {
        memcpy(out, company, sizeof company);
        return sizeof company - 1;
    }
    return 0;
}

/* How far after the letterhead the body's mentions of itself are read. */
#define SELF_SPAN 20000

int issued_own_statement(const char *doc, size_t n, const char *pub)
{
    if (!pub || !*pub)
        return 0;
    char core[160], acro[12], kind[40];
    int legal;
    size_t cl = issued_core(pub, core, sizeof core, &legal);
    if (cl < 3)
        return 0;
    /* the letterhead */
    size_t head_s = 0, from = letterhead(doc, n, core, cl, &head_s);
    if (!from)
        return 0;
    /* the names it calls itself by: its core name, the acronym its name
     * or its letterhead gives, its kind ("the Authority") */
    size_t al = acronym(pub, strlen(pub), acro, sizeof acro);
    if (!al)
        al = acronym(doc + head_s, from - head_s, acro, sizeof acro);
    size_t kn = self_kind(core, cl, legal, kind, sizeof kind);
    /* twice after the letterhead ("the" of its kind in any case) */
    size_t e = n - from > SELF_SPAN ? from + SELF_SPAN : n;
    int said = 0;
    for (size_t i = from; i < e && said < 2; i++) {
        char c = doc[i];
        if (c == core[0] && word_at(doc, i, e, core, cl, from))
            said++, i += cl;
        else if (al && c == acro[0] && word_at(doc, i, e, acro, al, from))
            said++, i += al;
        else if (kn && (c | 0x20) == 't' && (i == from || !ascii_isalnum(doc[i - 1])) && i + kn <= e &&
                 !strncasecmp(doc + i, kind, 4) && word_at(doc, i + 4, e, kind + 4, kn - 4, from))
            said++, i += kn;
    }
    return said >= 2;
}

int issued_own_label_zh(const char *doc, size_t n, const char *pub)
{
    static const char *const labels[] = {"来源：", "来源:", "來源：", "來源:", NULL};
    static const char *const own[] = {"本站", "本网", "本網", NULL};
    size_t pl = pub ? strlen(pub) : 0, lim = n < 800 ? n : 800;
    if (pl < 6)
        return 0;
    for (int k = 0; labels[k]; k++) {
        size_t ll = strlen(labels[k]);
        for (const char *hit = tf_find(doc, lim, labels[k], ll); hit;
             hit = tf_find(hit + ll, lim - (size_t)(hit + ll - doc), labels[k], ll)) {
            size_t i = (size_t)(hit - doc) + ll;
            while (i < n && (doc[i] == ' ' || (i + 3 <= n && !memcmp(doc + i, "\xE3\x80\x80", 3))))
                i += doc[i] == ' ' ? 1 : 3;
            if (i + pl <= n && !memcmp(doc + i, pub, pl))
                return 1;
            for (int o = 0; own[o]; o++)
                if (i + strlen(own[o]) <= n && !memcmp(doc + i, own[o], strlen(own[o])))
                    return 1;
        }
    }
    return 0;
}

int issued_present(const char *t, size_t tn)
{
    static const char *const present[] = {"notice", "results", "notification", "minutes", "rule", "decision",
                                          "determination", "tariff", "tariffs", "statement", "announcement", NULL};
    static const char *const proposal[] = {"application", "applications", "proposed", "proposal", "consultation",
                                           "draft", "plan", "appraisal", "forecast", "forecasts", "outlook",
                                           "prospectus", "offering", NULL};
    size_t ws;
    return listed_word(t, tn, present, &ws) && !listed_word(t, tn, proposal, &ws);
}

/* An issuer's name: capitalised words (letters, hyphens, dots), joined
 * by "of", "and", "for", "on", parted by one space. */
static const NameStyle issuer_style = {
    .word = NAME_W_HYPHEN | NAME_W_DOT,
    .joins = NAME_J_OF | NAME_J_ON,
    .flags = NAME_F_JOIN_OPENS,
    .max_words = 10,
};

int issued_rule_issuer(const char *doc, size_t n, char *out, size_t cap)
{
    static const char *const rule_kinds[] = {"rule", "notice", "report", "order", "decision", "determination", NULL};
    if (n > 6144)
        n = 6144;
    for (size_t i = 0; i + 12 < n; i++) {
        /* (to the next capital I by memchr: a byte at a time, this walk
         * was a sixth of what the document's context costs) */
        const char *at = memchr(doc + i, 'I', n - 12 - i);
        if (!at)
            break;
        i = (size_t)(at - doc);
        if (strncmp(doc + i, "In this ", 8) || (i > 0 && ascii_isalpha(doc[i - 1])))
            continue;
        size_t k = i + 8, kind = 0;
        /* up to two words before the document's kind ("final", "interim") */
        for (int w = 0; w < 3 && k < n && !kind; w++) {
            size_t e = k;
            while (e < n && ascii_islower(doc[e]))
                e++;
            for (int t = 0; rule_kinds[t] && !kind; t++)
                if (strlen(rule_kinds[t]) == e - k && !strncmp(doc + k, rule_kinds[t], e - k))
                    kind = e;
            if (e == k || e >= n || (doc[e] != ' ' && !kind))
                break;
            k = e + 1;
        }
        if (!kind || kind + 2 >= n || doc[kind] != ',' || doc[kind + 1] != ' ')
            continue;
        size_t s = kind + 2;
        if (s + 4 <= n && !strncmp(doc + s, "the ", 4))
            s += 4;
        /* the body's capitalised words, connectors inside */
        size_t e = name_run(&issuer_style, doc, s, n);
        if (e == s)
            continue;
        size_t v = e, ae = e;
        /* its acronym's bracket */
        if (v + 2 < n && doc[v] == ' ' && doc[v + 1] == '(') {
            size_t c = v + 2;
            while (c < n && c - v < 14 && (ascii_isupper(doc[c]) || doc[c] == '-'))
                c++;
            if (c < n && doc[c] == ')' && c > v + 3) {
                ae = c + 1;
                v = c + 1;
            }
        }
        /* then the verb telling what it does */
        if (v + 2 >= n || doc[v] != ' ' || !ascii_islower(doc[v + 1]) || ae - s >= cap)
            continue;
        snprintf(out, cap, "%.*s", (int)(ae - s), doc + s);
        return 1;
    }
    return 0;
}

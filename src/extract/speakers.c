/* speakers.c — who speaks where in a transcript (see speakers.h).
 *
 * Two parts: the participants named among the first lines (read once),
 * and the turns, walked forward line by line as the claims come. */
#include "speakers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "lines.h"
#include "names.h"
#include "textwalk.h"

#define MAX_PARTICIPANTS 8
#define MAX_LABELS 16      /* the distinct labels a transcript's turns are counted for */
#define PARTICIPANT_LINES 40   /* the participants are named above this line */

typedef struct Participant {
    char name[64];   /* "Maya Lindqvist" (titles dropped) */
    char org[96];    /* "Straits Threat Lab", or "" */
} Participant;

struct Speakers {
    const Metrics *m;
    const char *p;
    size_t n;
    Participant who[MAX_PARTICIPANTS];
    int nwho;
    char labels[MAX_LABELS][48];   /* the labels of the document's turns */
    int uses[MAX_LABELS];          /* and how many turns each opens */
    int nlabels;
    int any;           /* the document may hold turns at all */
    size_t scanned;    /* lines before this offset were read */
    int turns;         /* turns opened so far */
    char label[64];    /* the current turn's label, title-cased ("Maya Lindqvist") */
    char speaker[96];  /* what speakers_at gives for it */
};

static int is_upper(int c) { return c >= 'A' && c <= 'Z'; }

static void trim(const char *p, size_t *s, size_t *e)
{
    while (*s < *e && (p[*s] == ' ' || p[*s] == '\t'))
        (*s)++;
    while (*e > *s && (p[*e - 1] == ' ' || p[*e - 1] == '\t' || p[*e - 1] == '\r'))
        (*e)--;
}

static void copy(char *out, size_t cap, const char *p, size_t s, size_t e)
{
    size_t l = e - s < cap - 1 ? e - s : cap - 1;
    memcpy(out, p + s, l);
    out[l] = '\0';
}

/* ---- the participants ----
 * "Guest: Dr Maya Lindqvist, head of threat research, Straits Threat Lab
 * (Singapore)", "Host: Rachel Okafor | Guest: Tom Lindqvist, senior
 * analyst, Subsea Strategies": a name, a role, an organisation. */

/* Does p[s, e) open with a participants' key ("Guest:", "Hosts:")?
 * Where its value starts, or 0. */
static size_t participant_key(const char *p, size_t s, size_t e)
{
    static const char *const keys[] = {"guest", "guests", "host", "hosts", "interviewer", "interviewee",
                                       "speaker", "speakers", "panelist", "panelists", "panellist",
                                       "panellists", "moderator", "presenter", NULL};
    size_t k = s;
    while (k < e && tw_is_alpha((unsigned char)p[k]))
        k++;
    if (k >= e || p[k] != ':')
        return 0;
    for (int i = 0; keys[i]; i++)
        if (tw_weq((const unsigned char *)p + s, k - s, keys[i]))
            return k + 1;
    return 0;
}

/* One participant, p[s, e): "Dr Maya Lindqvist, head of threat research,
 * Straits Threat Lab (Singapore)". */
static void participant(Speakers *sp, const char *p, size_t s, size_t e)
{
    static const char *const titles[] = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", NULL};
    trim(p, &s, &e);
    if (e <= s || sp->nwho == MAX_PARTICIPANTS)
        return;
    /* its parts between commas */
    size_t cut[8], nc = 0;
    for (size_t k = s; k <= e && nc < 8; k++)
        if (k == e || p[k] == ',')
            cut[nc++] = k;
    size_t ns = s, ne = cut[0];
    for (int i = 0; titles[i]; i++) {
        size_t l = strlen(titles[i]);
        if (ne - ns > l && !strncasecmp(p + ns, titles[i], l) && p[ns + l] == ' ') {
            ns += l + 1;
            break;
        }
    }
    trim(p, &ns, &ne);
    if (ne <= ns || !is_upper((unsigned char)p[ns]))
        return;
    Participant *w = &sp->who[sp->nwho++];
    copy(w->name, sizeof w->name, p, ns, ne);
    w->org[0] = '\0';
    /* the organisation: the last of three parts or more (a role between),
     * without its place in brackets */
    if (nc >= 3) {
        size_t os = cut[nc - 2] + 1, oe = cut[nc - 1];
        for (size_t k = os; k < oe; k++)
            if (p[k] == '(') {
                oe = k;
                break;
            }
        trim(p, &os, &oe);
        if (oe > os && is_upper((unsigned char)p[os]))
            copy(w->org, sizeof w->org, p, os, oe);
    }
}

static void read_participants(Speakers *sp)
{
    const char *p = sp->p;
    size_t n = sp->n;
    for (size_t i = 0, lines = 0; i < n && lines < PARTICIPANT_LINES; lines++) {
        size_t le = lines_end(p, n, i);
        /* fields between pipes: "Host: Rachel Okafor | Guest: Tom ..." */
        for (size_t s = i; s < le;) {
            size_t e = s;
            while (e < le && p[e] != '|')
                e++;
            size_t ts = s, te = e;
            trim(p, &ts, &te);
            size_t v = participant_key(p, ts, te);
            if (v) {
                /* several, between semicolons */
                for (size_t a = v; a < te;) {
                    size_t b = a;
                    while (b < te && p[b] != ';')
                        b++;
                    participant(sp, p, a, b);
                    a = b + 1;
                }
            }
            s = e + 1;
        }
        i = le + 1;
    }
}

static int turn_label(const char *p, size_t ls, size_t le, size_t *s, size_t *e);

/* The index of the label p[s, e) among those counted, or -1. */
static int label_index(const Speakers *sp, const char *p, size_t s, size_t e)
{
    for (int i = 0; i < sp->nlabels; i++)
        if (strlen(sp->labels[i]) == e - s && !memcmp(sp->labels[i], p + s, e - s))
            return i;
    return -1;
}

/* How many turns each label opens over the whole document: a speaker
 * speaks more than once, a "KEYWORDS:" or "DOI:" line once. A label ends
 * at a colon and a blank near its line's start: the colons are found
 * first (prose holds few), not every line walked. */
static void count_labels(Speakers *sp)
{
    const char *p = sp->p;
    size_t n = sp->n;
    for (size_t from = 0; from < n;) {
        const char *c = memchr(p + from, ':', n - from);
        if (!c)
            break;
        size_t k = (size_t)(c - p), ls = k, s, e;
        from = k + 1;
        if (k + 1 >= n || p[k + 1] != ' ' || k == 0 || !is_upper((unsigned char)p[k - 1]))
            continue;   /* (a label ends in a capital letter) */
        while (ls > 0 && p[ls - 1] != '\n' && k - ls < 60)
            ls--;
        if ((ls > 0 && p[ls - 1] != '\n') || !turn_label(p, ls, k + 2, &s, &e) || e != k || e - s >= 48)
            continue;
        int i = label_index(sp, p, s, e);
        if (i < 0 && sp->nlabels < MAX_LABELS) {
            i = sp->nlabels++;
            copy(sp->labels[i], sizeof sp->labels[i], p, s, e);
        }
        if (i >= 0)
            sp->uses[i]++;
    }
    /* a transcript needs a speaker: a participant, or a label used twice */
    sp->any = sp->nwho > 0 && sp->nlabels > 0;
    for (int i = 0; i < sp->nlabels; i++)
        sp->any |= sp->uses[i] >= 2;
}

Speakers *speakers_new(const Metrics *m, const char *doc, size_t n)
{
    Speakers *sp = xcalloc(1, sizeof *sp);
    sp->m = m;
    sp->p = doc;
    sp->n = n;
    read_participants(sp);
    count_labels(sp);
    return sp;
}

void speakers_free(Speakers *sp)
{
    free(sp);
}

/* ---- the turns ---- */

/* A turn's label at the line p[ls, le): "MAYA LINDQVIST: ...", "[00:00:19]
 * TOM: ...": a timestamp in brackets may stand first; then one to four
 * words in capitals, a colon and the turn's text. Where the label's name
 * lies, and 1; else 0. */
static int turn_label(const char *p, size_t ls, size_t le, size_t *s, size_t *e)
{
    static const char *const not_names[] = {"NOTE", "NOTES", "SOURCE", "SOURCES", "UPDATE", "BREAKING", "EDITOR",
                                            "WARNING", "TLP", "RE", "FW", "CC", "PS", "TEL", "FAX", "URL", NULL};
    size_t k = ls;
    while (k < le && (p[k] == ' ' || p[k] == '\t'))
        k++;
    if (k < le && p[k] == '[') {
        size_t b = k + 1;
        while (b < le && b - k < 16 && p[b] != ']')
            b++;
        if (b >= le || p[b] != ']')
            return 0;
        k = b + 1;
        while (k < le && p[k] == ' ')
            k++;
    }
    size_t a = k;
    int words = 1, letters = 0;
    for (; k < le && k - a <= 40; k++) {
        char c = p[k];
        if (is_upper((unsigned char)c))
            letters++;
        else if (c == ' ')
            words++;
        else if (c != '.' && c != '\'' && c != '-')
            break;
    }
    if (k >= le || p[k] != ':' || k + 1 >= le || p[k + 1] != ' ' || letters < 2 || words > 4 || p[k - 1] == ' ')
        return 0;
    for (int i = 0; not_names[i]; i++)
        if (k - a == strlen(not_names[i]) && !strncmp(p + a, not_names[i], k - a))
            return 0;
    *s = a;
    *e = k;
    return 1;
}

/* The words of the label p[s, e) in title case: "MAYA LINDQVIST" ->
 * "Maya Lindqvist". */
static void title_case(char *out, size_t cap, const char *p, size_t s, size_t e)
{
    size_t o = 0;
    for (size_t k = s; k < e && o + 1 < cap; k++) {
        char c = p[k];
        int first = k == s || p[k - 1] == ' ' || p[k - 1] == '-' || p[k - 1] == '\'';
        out[o++] = !first && is_upper((unsigned char)c) ? (char)(c + 32) : c;
    }
    out[o] = '\0';
}

/* Does every word of the label name appear in the participant's name
 * ("Tom" in "Tom Lindqvist")? */
static int names_match(const char *label, const char *name)
{
    for (const char *w = label; *w;) {
        while (*w == ' ')
            w++;
        size_t l = strcspn(w, " ");
        if (!l)
            break;
        int found = 0;
        for (const char *v = name; *v && !found;) {
            while (*v == ' ')
                v++;
            size_t vl = strcspn(v, " ");
            found = vl == l && !strncasecmp(v, w, l);
            v += vl;
        }
        if (!found)
            return 0;
        w += l;
    }
    return 1;
}

/* The turn opening at the line p[ls, le), if it opens one: its speaker,
 * a participant or a label that opens two turns at least. */
static void turn_line(Speakers *sp, size_t ls, size_t le)
{
    size_t s, e;
    if (!turn_label(sp->p, ls, le, &s, &e))
        return;
    /* a place in capitals heads a section: "KENYA: KSh 3.2 billion ..." */
    char place[64];
    if (sp->m && names_heading_scope(sp->m, sp->p, s, e, place, sizeof place))
        return;
    char label[64];
    title_case(label, sizeof label, sp->p, s, e);
    int who = -1;
    for (int i = 0; i < sp->nwho && who < 0; i++)
        if (names_match(label, sp->who[i].name))
            who = i;
    int k = label_index(sp, sp->p, s, e);
    if (who < 0 && (k < 0 || sp->uses[k] < 2))
        return;
    sp->turns++;
    snprintf(sp->label, sizeof sp->label, "%s", label);
    if (who >= 0)
        snprintf(sp->speaker, sizeof sp->speaker, "%s", sp->who[who].org[0] ? sp->who[who].org : sp->who[who].name);
    else
        snprintf(sp->speaker, sizeof sp->speaker, "%s", label);
}

const char *speakers_at(Speakers *sp, size_t at)
{
    if (!sp->any)
        return "";
    /* each line once, up to the line holding at (its label stands before
     * the figure) */
    while (sp->scanned <= at && sp->scanned < sp->n) {
        size_t le = lines_end(sp->p, sp->n, sp->scanned);
        turn_line(sp, sp->scanned, le);
        sp->scanned = le + 1;
    }
    return sp->turns >= 2 ? sp->speaker : "";
}

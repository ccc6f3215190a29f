/* context.c — the model of a document's layout beyond the sentence
 * (see context.h). */
#include "context.h"
#include "ascii.h"
#include "closecredit.h"
#include "endnote.h"
#include "writtenq.h"
#include "tables.h"
#include "tables_frame.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "asof.h"
#include "bodyplace.h"
#include "buf.h"
#include "credit_zh.h"
#include "zhpronoun.h"
#include "zhreport.h"
#include "datasrc.h"
#include "dateprint.h"
#include "diag.h"
#include "docinfo.h"
#include "filer.h"
#include "lexicon.h"
#include "lines.h"
#include "metrics.h"
#include "partref.h"
#include "names.h"
#include "namerun.h"
#include "notes.h"
#include "openyear.h"
#include "sentence.h"
#include "sources.h"
#include "speakers.h"
#include "authorset.h"
#include "teller.h"
#include "topicplace.h"

/* ---- the block around a claim ----
 * Fact sheets and data pages give a figure's place in a heading above a
 * list ("PAKISTAN", then "Population: 241.5 million") and its source in a
 * note below it ("Source: PTA; DataReportal"). Claims come in document
 * order, so both are found by walking the lines once. */

/* What the fields of a record give its figures: the first field whose
 * value is nothing but a place ("Recipient: Kenya", "Country ...
 * Pakistan") its place, the first whose key names a year and whose value
 * is one ("Commitment Year: 2018") its year, the first whose key names
 * its sources the first body they list. */
typedef struct Record {
    char scope[64];
    int several;          /* its "Country:" field names several places: none is its scope */
    int year;
    char source[128];
} Record;

typedef struct Block {
    size_t scanned;       /* lines before this offset were looked at for headings */
    size_t clear;         /* no line break in [scanned, clear) */
    size_t titled;        /* 1 + the start of the last line checked for a numbered title */
    int prev_text;        /* the line before scanned has text */
    int prev_end;         /* and ends with a finished sentence */
    size_t runin;         /* 1 + the start of the last line checked for a run-in title */
    char scope[64];       /* the place the last heading names, or "" */
    int item;             /* that place is an item's label's, which holds
                           * up to the item's end (a blank line) */
    int prose;            /* a line of prose came before (a heading among the
                           * first lines is the document's label: docinfo.h) */
    size_t head_s, head_e; /* the last heading line (head_s == head_e: none) */
    int head_year;        /* the year it names ("Global context (2024)"), or 0 */
    size_t end;           /* the current block: non-blank lines up to here */
    int rows;             /* none of its lines ends a sentence */
    size_t note_at;       /* its "Source:" note starts here (n when none) */
    unsigned close_mark;  /* the note mark that closes it after a Chinese
                           * sentence's end ("...不足50%。 [2]"), or 0 */
    char source[128];     /* and credits this body */
    size_t para;          /* the current paragraph starts here: after the
                           * last blank line or heading */
    char lead[128];       /* the body the last lead-in line credits
                           * ("By region, the #KeepItOn data show:"),
                           * for the list under it; or "" */
    int lead_year;        /* the year the last lead-in line gives the list
                           * under it, or 0 (leadin_year) */
    Record doc_rec;       /* the fields among the document's first lines */
    Record rec;           /* the fields of the current block, when it is a
                           * record of its own (one of several in an export) */
} Block;

/* Are the digits of a heading p[ls, le) years ("Global context (2024)",
 * "2023 results", "..., end-2023", "2013-22") or its label's number
 * ("Table 2.", "Figure 3.1:"), not a figure? */
static int heading_digits(const char *p, size_t ls, size_t le)
{
    static const char *const labels[] = {"table ", "figure ", "chart ", "box ", "exhibit ", NULL};
    size_t i = ls;
    for (int k = 0; labels[k] && ls < le; k++) {
        /* (each opens with a lower-case letter: compared where it is) */
        if ((p[ls] | 0x20) != labels[k][0])
            continue;
        size_t l = strlen(labels[k]);
        if (le - ls > l && !strncasecmp(p + ls, labels[k], l) && ascii_isdigit(p[ls + l])) {
            i = ls + l;
            while (i < le && (ascii_isdigit(p[i]) || p[i] == '.' || ascii_isupper(p[i])))
                i++;
            break;
        }
    }
    while (i < le) {
        if (!ascii_isdigit(p[i])) {
            i++;
            continue;
        }
        size_t d = i;
        while (i < le && ascii_isdigit(p[i]))
            i++;
        if (i - d == 4 && lines_year_at(p, d))
            continue;
        /* the end of a period, "2013-22" */
        if (i - d == 2 && d >= ls + 5 && p[d - 1] == '-' && lines_year_at(p, d - 5))
            continue;
        /* a name that holds digits, no figure: a network's generation
         * ("Peru's 5G, still in its infancy"), a group or a quarter glued
         * to its capital ("G20", "Q4") */
        if ((i - d == 1 && i < le && p[i] == 'G' && (i + 1 == le || !ascii_isalpha(p[i + 1]))) ||
            (d > ls && ascii_isupper(p[d - 1]) && (d == ls + 1 || !ascii_isalpha(p[d - 2]))))
            continue;
        /* a note's mark after a caption, as an encyclopedia sets it:
         * "Mobile subscribers by operator (2023)[10]" */
        if (d > ls && p[d - 1] == '[' && i < le && p[i] == ']' && i - d <= 3)
            continue;
        return 0;
    }
    return 1;
}

/* Does p[s, e) hold a Han or kana character (a Chinese page's running
 * head, "全球数字经济白皮书（2024年）", is no section of a place)? */
static int cjk(const char *p, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if ((unsigned char)p[i] >= 0xE3)
            return 1;
    return 0;
}

/* A heading: a short line with no figure and no sentence end, after a
 * blank line, a rule or the top of the document. */
static int heading_line(const char *p, int prev_has_text, size_t ls, size_t le)
{
    lines_trim(p, &ls, &le);
    if (prev_has_text || le - ls < 2 || le - ls > 100 || p[le - 1] == '.' || p[le - 1] == ',' || p[le - 1] == ';')
        return 0;
    /* (a table's header row has columns: "Item<TAB>2023<TAB>2022") */
    for (size_t i = ls; i + 1 < le; i++)
        if (p[i] == '\t' || p[i] == '|' || (p[i] == ' ' && p[i + 1] == ' '))
            return 0;
    return heading_digits(p, ls, le) && lines_has_text(p, ls, le);
}

/* A record's title: a heading line of a tracker's or a database's export
 * that names its place, then a bar and what the record is ("GREECE | Port
 * of Piraeus", "Kenya | Konza data centre"), after a blank line or a rule.
 * One bar only (a table's header has several columns), no figure in it.
 * Where the place's part ends (before the bar), or 0 for any other line. */
static size_t record_title(const char *p, int prev_has_text, size_t ls, size_t le)
{
    lines_trim(p, &ls, &le);
    if (prev_has_text || le - ls < 5 || le - ls > 100 || !heading_digits(p, ls, le))
        return 0;
    const char *bar = memchr(p + ls, '|', le - ls);
    if (!bar || memchr(bar + 1, '|', (size_t)(p + le - bar - 1)) || memchr(p + ls, '\t', le - ls))
        return 0;
    size_t b = (size_t)(bar - p);
    if (b < ls + 3 || p[b - 1] != ' ' || b + 2 >= le || p[b + 1] != ' ')
        return 0;
    return b - 1;
}

/* The one year a heading names ("Global context (2024)", "..., 2013-22"),
 * or 0 (none, or several: "2022 and 2023 compared"). */
static int heading_year(const char *p, size_t hs, size_t he)
{
    /* (a date line under the title, "Dhaka, February 2023", says when the
     * document was written, not what year its section is of) */
    if (dateprint_place_date(p, hs, he))
        return 0;
    int years = 0;
    for (size_t i = hs; i + 4 <= he; i++)
        if ((i == hs || !ascii_isdigit(p[i - 1])) && lines_year_at(p, i) &&
            (i + 4 == he || !ascii_isdigit(p[i + 4])))
            years++;
    return years == 1 ? docinfo_title_year(p + hs, he - hs) : 0;
}

/* Is the heading p[hs, he) a figure's or a table's number alone,
 * "Figure 4", "Table 2:"? */
static int bare_label(const char *p, size_t hs, size_t he)
{
    if (!tables_frame_caption_line((const unsigned char *)p, hs, he))
        return 0;
    size_t k = he;
    while (k > hs && (ascii_isdigit(p[k - 1]) || p[k - 1] == '.' || p[k - 1] == ':' || p[k - 1] == ' '))
        k--;
    /* (back to the word: "Figure", "Table", "Chart", "Exhibit") */
    return k > hs && ascii_isalpha(p[k - 1]) && k < he && memchr(p + hs, ' ', k - hs) == NULL;
}

/* Does the line p[ls, le) end a sentence ('.', '!', '?', 。！？, maybe in
 * quotes, brackets or after a note mark "[4]")? */
static int line_ends_sentence(const char *p, size_t ls, size_t le)
{
    for (;;) {
        while (le > ls && (p[le - 1] == ' ' || p[le - 1] == '\r' || p[le - 1] == '"' || p[le - 1] == ')'))
            le--;
        if (le == ls || p[le - 1] != ']')
            break;
        /* a note mark "[4]" */
        size_t k = le - 1;
        while (k > ls && p[k - 1] >= '0' && p[k - 1] <= '9')
            k--;
        if (k == ls || p[k - 1] != '[' || k == le - 1)
            break;
        le = k - 1;
    }
    /* (a Chinese sentence's 。！？, a closing quote ” after it) */
    /* (the last bytes of ” 。 ！ ？) */
    unsigned char last = le > ls ? (unsigned char)p[le - 1] : 0;
    if (le >= ls + 3 && (last == 0x9D || last == 0x82 || last == 0x81 || last == 0x9F)) {
        if (!memcmp(p + le - 3, "”", 3))
            le -= 3;
        if (le >= ls + 3 &&
            (!memcmp(p + le - 3, "。", 3) || !memcmp(p + le - 3, "！", 3) || !memcmp(p + le - 3, "？", 3)))
            return 1;
    }
    return le > ls && (p[le - 1] == '.' || p[le - 1] == '!' || p[le - 1] == '?');
}

/* A numbered section or paragraph ("2.2 Pakistan. The system...",
 * "3. Methodology"): where its title starts after the number, and where
 * that title ends (the first full stop or colon, or the line's end). 0
 * when the line is not numbered so. */
static int numbered_title(const char *p, size_t ls, size_t le, size_t *ts, size_t *te)
{
    size_t i = ls, dots = 0, digits = 0;
    while (i < le && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.')) {
        dots += p[i] == '.';
        digits += p[i] != '.';
        i++;
    }
    if (!digits || !dots || digits > 4 || i >= le || p[i] != ' ' || i + 1 >= le || !ascii_isupper(p[i + 1]))
        return 0;
    *ts = i + 1;
    size_t e = *ts;
    while (e < le && p[e] != '.' && p[e] != ':')
        e++;
    *te = e;
    return 1;
}

/* "2.2 Pakistan. The system...": a numbered section gives its place, or
 * none, to what follows. Each line is looked at once (b->titled). */
static void numbered_line(Block *b, const Metrics *m, const char *p, size_t ls, size_t le)
{
    size_t ts, te;
    if (b->titled == ls + 1)
        return;
    b->titled = ls + 1;
    if (!numbered_title(p, ls, le, &ts, &te))
        return;
    if (te - ts > 48 || !names_heading_scope(m, p, ts, te, b->scope, sizeof b->scope))
        b->scope[0] = '\0';
    b->item = 0;
}

/* A run-in title: a paragraph (or a line after a finished sentence)
 * opening with a few words and a full stop, then a sentence ("Uganda. In
 * 2019 the government...", "Smart cities. Huawei says...", "Submarine
 * cables. Huawei Marine..."), or a heading line opening with a place and a
 * colon ("KENYA: KSh 3.2 billion data centre"). A few words and a dash may
 * lead a longer title, a project's place and name ("Bangladesh - Rural
 * Broadband Connectivity. A USD120 million loan ..."). Where the title
 * ends (after its mark), where its lead ends (at the dash, else the
 * title's end), and whether it is a colon title; 0 when the line opens
 * with none. Abbreviated titles of persons ("Mr. JAMES.", "Dr. Osei") are
 * no run-in titles. */
static int runin_title(const char *p, size_t ls, size_t le, size_t *te, size_t *lead_e, int *colon)
{
    static const char *const abbrev[] = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "fig", "vol", "hon", "gen",
                                         "sen", "rep", "gov", "jr", "sr", "co", "inc", "ltd", NULL};
    if (ls >= le || !ascii_isupper(p[ls]))
        return 0;
    size_t words = 1, i = ls, dash = 0, cap = 40;
    for (; i < le && i - ls <= cap; i++) {
        unsigned char c = (unsigned char)p[i];
        /* (" - ", " – ", " — " after three words at most) */
        size_t dl = c == '-' ? 1 : c == 0xE2 && i + 2 < le && (unsigned char)p[i + 1] == 0x80 &&
                                           ((unsigned char)p[i + 2] == 0x93 || (unsigned char)p[i + 2] == 0x94)
                                       ? 3
                                       : 0;
        if (dl && !dash && i > ls && p[i - 1] == ' ' && i + dl < le && p[i + dl] == ' ' && words <= 4) {
            dash = i - 1, cap = 80, words = 1;
            i += dl;
        } else if (c == ' ')
            words++;
        else if (c >= '0' && c <= '9')
            return 0;
        else if (c == '.' || c == ':')
            break;
        else if (c == ',' || c == ';' || c == '(' || c == '"')
            return 0;
    }
    if (i >= le || i - ls > cap || words > (dash ? 8u : 3u) || i + 2 >= le || p[i + 1] != ' ')
        return 0;
    *colon = p[i] == ':';
    /* a sentence follows: a capital letter; after a colon a digit, or a
     * headline's small letter too ("Kenya: fibre to 25,000 public
     * sites": a colon title counts only when it names a place) */
    unsigned char nx = (unsigned char)p[i + 2];
    if (!(ascii_isupper(nx) || nx == '"' || (*colon && ((nx >= '0' && nx <= '9') || (nx >= 'a' && nx <= 'z'))) ||
          nx >= 0x80))
        return 0;
    for (int k = 0; abbrev[k]; k++)
        if (i - ls == strlen(abbrev[k]) && !strncasecmp(p + ls, abbrev[k], i - ls))
            return 0;
    *te = i;
    *lead_e = dash ? dash : i;
    return 1;
}

/* A place's label leading an item, a few capitalised words (not all in
 * capitals, as a dateline's are) and a dash between blanks before a
 * capital ("China - The country had", "Saudi Arabia - Huawei Cloud
 * opened"): where the label ends, else 0. */
static size_t item_label(const char *p, size_t ls, size_t le)
{
    size_t i = ls;
    if (i >= le || !ascii_isupper(p[i]))
        return 0;
    while (i < le && i - ls <= 40 && (ascii_isalpha(p[i]) || p[i] == ' ' || p[i] == '\'' || p[i] == '.')) {
        if (p[i] == ' ' && i + 2 < le && p[i + 1] == '-' && p[i + 2] == ' ')
            break;
        if (p[i] == ' ' && i + 4 < le && !memcmp(p + i + 1, "\xE2\x80", 2) &&
            ((unsigned char)p[i + 3] == 0x93 || (unsigned char)p[i + 3] == 0x94) && p[i + 4] == ' ')
            break;
        i++;
    }
    if (i >= le || p[i] != ' ' || i == ls)
        return 0;
    /* (a dateline's place is in capitals: "SINGAPORE - Worldwide ...") */
    int lower = 0;
    for (size_t k = ls; k < i; k++)
        lower |= p[k] >= 'a' && p[k] <= 'z';
    if (!lower)
        return 0;
    size_t d = p[i + 1] == '-' ? i + 3 : i + 5;
    return d < le && ascii_isupper(p[d]) ? i : 0;
}

/* A run-in title starts a paragraph; one that is a place (or leads with
 * one: "Oman - Submarine Cable Landing Station.") gives the place to what
 * follows it, up to the next heading or run-in title; any other ends the
 * place of the last one. A colon title counts only when it names a place
 * ("Note: ..." is no section). */
static void runin_line(Block *b, const Metrics *m, const char *p, size_t ls, size_t le, int prev_text, int prev_end)
{
    size_t te, lead_e;
    int colon;
    /* (an item of a list may open with one: "- Kenya. EUR430 million ...",
     * a newsletter's ">> China - The country had ...") */
    size_t item = ls;
    if (ls + 2 < le && (p[ls] == '-' || p[ls] == '*') && p[ls + 1] == ' ')
        ls += 2;
    else if (ls + 4 < le && !memcmp(p + ls, "\xE2\x80\xA2 ", 4))
        ls += 4;
    else if (ls + 3 < le && p[ls] == '>' && p[ls + 1] == '>' && p[ls + 2] == ' ')
        ls += 3;
    if (prev_text && !prev_end)
        return;
    /* an item led by its place and a dash, then a sentence ("China - The
     * country had 1.079 billion internet users ...", "Global - Cybercrime
     * will cost ..."): the place is the item's, figures or not */
    size_t de = item_label(p, ls, le);
    if (de) {
        char place[64];
        if (names_heading_scope(m, p, ls, de, place, sizeof place)) {
            strcut(b->scope, sizeof b->scope, place);
            b->para = item;
            b->item = 1;
            return;
        }
    }
    if (!runin_title(p, ls, le, &te, &lead_e, &colon))
        return;
    char place[64];
    int named = names_heading_scope(m, p, ls, lead_e, place, sizeof place);
    if (colon && (!named || prev_text))
        return;
    strcut(b->scope, sizeof b->scope, named ? place : "");
    b->para = item;
    b->item = 0;
}

/* A data export's field, "year_agreed: 2018", "country: Pakistan": a
 * key of lower-case letters, digits and underscores, a colon and a blank,
 * then its value; or the key set apart from its value by blanks, as a
 * dump aligns its records ("commit_year    2017", "country        Kenya"). */
static int export_field(const char *p, size_t ls, size_t le, size_t *sep, size_t *vs, size_t *ve)
{
    size_t k = ls + lines_snake_key(p, ls, le);
    int aligned = k + 2 < le && p[k] == ' ' && p[k + 1] == ' ';
    if (k == ls || k + 1 >= le || !((p[k] == ':' && p[k + 1] == ' ') || aligned))
        return 0;
    *sep = k;
    *vs = k + 1;
    *ve = le;
    lines_trim(p, vs, ve);
    return *ve > *vs;
}

/* A field of a record, "Key: value", "Key | value", "Key<TAB>value" or
 * "Key ....... value" (a project database's export, an infobox): where
 * its key ends (*sep) and its value lies ([*vs, *ve)); 0 for any other
 * line. A key opens with a capital and is short; a value holds no more
 * columns. */
static int field_parts(const char *p, size_t ls, size_t le, size_t *sep, size_t *vs, size_t *ve)
{
    /* the bytes that may end a key: a tab, a bar, a colon, a space (before
     * a dot leader); the others cost one look */
    static const unsigned char key_end[256] = {['\t'] = 1, ['|'] = 1, [':'] = 1, [' '] = 1};
    size_t k = ls, at = 0, after = 0;
    if (le - ls > 320)   /* a paragraph, not a field */
        return 0;
    if (ls < le && p[ls] >= 'a' && p[ls] <= 'z')
        return export_field(p, ls, le, sep, vs, ve);
    if (ls >= le || !ascii_isupper(p[ls]))
        return 0;   /* (a key opens with a capital: asked before the walk) */
    for (size_t lim = le - ls < 48 ? le : ls + 48; k < lim && !at; k++) {
        if (!key_end[(unsigned char)p[k]])
            continue;
        if (p[k] == '\t' || p[k] == '|' || (p[k] == ':' && k + 1 < le && p[k + 1] == ' '))
            at = k, after = k + 1;
        /* a dot leader: "Country ........... Pakistan" */
        else if (p[k] == ' ' && k + 3 < le && p[k + 1] == '.' && p[k + 2] == '.') {
            size_t d = k + 1;
            while (d < le && p[d] == '.')
                d++;
            if (d < le && p[d] == ' ')
                at = k, after = d;
        }
    }
    if (!at || at == ls || memchr(p + after, '\t', le - after) || memchr(p + after, '|', le - after))
        return 0;
    *sep = at;
    *vs = after;
    *ve = le;
    lines_trim(p, vs, ve);
    return *ve > *vs;
}

/* Does the key p[ls, sep) name a year ("Commitment year"), or a source
 * ("Sources", "Data source")? */
static int key_has(const char *p, size_t ls, size_t sep, const char *word)
{
    size_t l = strlen(word);
    for (size_t i = ls; i + l <= sep; i++)
        if (!strncasecmp(p + i, word, l))
            return 1;
    return 0;
}

/* The one year a date p[vs, ve) writes ("29 April 2019", "2019-04-29",
 * "April 2019"), or 0 (none, or two: a period). */
static int date_year(const char *p, size_t vs, size_t ve)
{
    int y = 0;
    for (size_t i = vs; i + 4 <= ve; i++) {
        if ((i > vs && p[i - 1] >= '0' && p[i - 1] <= '9') || (i + 4 < ve && p[i + 4] >= '0' && p[i + 4] <= '9'))
            continue;
        int z = lines_year_at(p, i);
        if (z && y && z != y)
            return 0;
        if (z)
            y = z;
    }
    return y;
}

/* Is the key p[ks, ke) where the record's thing stands ("Location",
 * "Country", "Site"), or what it is called ("name: Maldives Domestic
 * Submarine Cable System", "Project: Kenya National Data Centre")? Its
 * value may list the place from the smallest to the country ("Tanjung
 * Sauh, Batam, Riau Islands, Indonesia"): the one place its names give is
 * the record's. */
static int location_key(const char *p, size_t ks, size_t ke)
{
    static const char *const keys[] = {"location", "country", "site", "place", "name", "project", "project name",
                                       "project_name", NULL};
    for (int k = 0; keys[k]; k++)
        if (strlen(keys[k]) == ke - ks && !strncasecmp(p + ks, keys[k], ke - ks))
            return 1;
    return 0;
}

static void field_line(Record *r, const Metrics *m, const char *p, size_t ls, size_t le)
{
    size_t sep, vs, ve;
    if (!field_parts(p, ls, le, &sep, &vs, &ve))
        return;
    if (!r->source[0] && m && key_has(p, ls, sep, "source") && ve - vs < METRICS_LINE_MAX) {
        if (!names_list_source(m, p, vs, ve, r->source, sizeof r->source))
            r->source[0] = '\0';
        return;
    }
    if (ve - vs > 48)
        return;
    if (!r->year && ve - vs == 4 && lines_year_at(p, vs)) {
        if (key_has(p, ls, sep, "year"))
            r->year = lines_year_at(p, vs);
        return;
    }
    /* a date field: "Date of award: 29 April 2019", "Signed: 2019-04-29";
     * not a bare "Date:", the date a message or page was sent */
    size_t ks = ls, ke = sep;
    lines_trim(p, &ks, &ke);
    if (!r->year && ((key_has(p, ls, sep, "date") && ke - ks > 4) || key_has(p, ls, sep, "signed") ||
                     key_has(p, ls, sep, "awarded"))) {
        int y = date_year(p, vs, ve);
        if (y) {
            r->year = y;
            return;
        }
    }
    /* ("country: Multi-country (Pakistan; Djibouti; Kenya; ...)": no one
     * country's record) */
    if (m && !r->several && key_has(p, ls, sep, "countr") && tables_row_places(m, p, ve, vs) >= 2) {
        r->several = 1;
        r->scope[0] = '\0';
    }
    if (!r->scope[0] && !r->several && m && !names_heading_scope(m, p, vs, ve, r->scope, sizeof r->scope) &&
        !(location_key(p, ks, ke) && names_line_scope(m, p, vs, ve, 1, r->scope, sizeof r->scope) == 1))
        r->scope[0] = '\0';
}

/* A list's item, "• Africa: ...", "- ...", "* ...", "3. ...", "(a) ...", or
 * an item's wrapped line (indented): does the line p[ls, le) go on the
 * list above it? */
static int list_line(const char *p, size_t ls, size_t le)
{
    if (ls < le && (p[ls] == ' ' || p[ls] == '\t'))
        return lines_has_text(p, ls, le);
    if (ls + 2 <= le && (p[ls] == '-' || p[ls] == '*') && p[ls + 1] == ' ')
        return 1;
    if (ls + 3 <= le && (!memcmp(p + ls, "\xE2\x80\xA2", 3) || !memcmp(p + ls, "\xE2\x80\x93", 3)))
        return 1;
    size_t i = ls;
    while (i < le && i - ls < 3 && ascii_isdigit(p[i]))
        i++;
    if (i > ls && i + 1 < le && (p[i] == '.' || p[i] == ')') && p[i + 1] == ' ')
        return 1;
    return ls + 3 < le && p[ls] == '(' && p[ls + 1] >= 'a' && p[ls + 1] <= 'z' && p[ls + 2] == ')';
}

#define LEADIN_REACH 600   /* (a lead-in's sentence, and the one before it: bytes) */

/* Where the sentence ending at p[e) starts: after the last '.', '!' or
 * '?' and a blank or a line break in p[para, e), looked for at most back
 * bytes before e (a paragraph may be a 100 MB line, or thousands of lines
 * ending with a colon); SIZE_MAX when the bound stops the walk first. */
static size_t sentence_back(const char *p, size_t para, size_t e, size_t back)
{
    size_t lim = para >= e ? e : e - para > back ? e - back : para, s = e;
    while (s > lim && !(s >= 2 && (p[s - 2] == '.' || p[s - 2] == '!' || p[s - 2] == '?') &&
                        (p[s - 1] == ' ' || p[s - 1] == '\n')))
        s--;
    return s == lim && lim > para ? SIZE_MAX : s;
}

/* A lead-in: a line ending with a colon whose sentence, no figure in it,
 * credits a body ("By region, the #KeepItOn data show:", "According to
 * the regulator's figures:"). Its sentence starts after the last full stop
 * of its paragraph (from para). The body in out, or "". */
static void leadin_credit(const Metrics *m, const char *p, size_t n, size_t para, size_t ls, size_t le, char *out,
                          size_t cap)
{
    out[0] = '\0';
    while (le > ls && (p[le - 1] == ' ' || p[le - 1] == '\r'))
        le--;
    if (le <= ls || p[le - 1] != ':' || le - ls > 300)
        return;
    /* (back from the colon: the lead-in may end a line of sentences) */
    if (para > ls)
        para = ls;
    size_t ss = sentence_back(p, para, le, LEADIN_REACH);
    if (ss == SIZE_MAX)
        return;
    for (size_t i = ss; i < le; i++)
        if (ascii_isdigit(p[i]))
            return;   /* (a figure's own sentence: its claim credits) */
    Claim c;
    memset(&c, 0, sizeof c);
    c.start = le - 1;
    c.end = le;
    metrics_classify(m, &c, p, n, ss, le);
    /* (a lead-in crediting no one goes on with its paragraph: "Synergy
     * Research puts cloud spending at $330 billion, up 22%. The US big
     * three still take the lion's share:" lists Synergy's shares; the
     * sentence before it credits them) */
    size_t ps = ss > para + 2 ? ss - 2 : para;
    size_t s2;
    if (!c.source[0] && ps > para && p[ps] == '.' && (s2 = sentence_back(p, para, ps, LEADIN_REACH)) != SIZE_MAX) {
        memset(&c, 0, sizeof c);
        c.start = ps;
        c.end = ps + 1;
        metrics_classify(m, &c, p, n, s2, ps + 1);
    }
    strcut(out, cap, c.source);
}

/* Walk the whole lines before offset at: the last heading's place. Each
 * byte is searched once, however long the line (a 100 MB line holds
 * many claims). */
static int leadin_year(const Context *cx, size_t para, size_t ls, size_t le);

static void block_headings(Context *cx, Block *b, const Metrics *m, const char *p, size_t n, size_t at)
{
    while (b->scanned < at) {
        size_t from = b->clear > b->scanned ? b->clear : b->scanned;
        const char *nl = from < at ? memchr(p + from, '\n', at - from) : NULL;
        if (!nl) {
            b->clear = at;
            break;
        }
        size_t ls = b->scanned, le = (size_t)(nl - p);
        /* a blank line, a rule or a page or slide marker ("--- Slide 3
         * ---") ends a paragraph, and a heading may follow it */
        int text = lines_has_text(p, ls, le) && !lines_marker(p, ls, le);
        if (!text)
            b->para = le + 1;
        if (!text && b->item) {
            b->scope[0] = '\0';   /* (an item's label holds for the item) */
            b->item = 0;
        }
        /* (a line indented with an ideographic space, "　　网络生态治理方面，
         * ...", opens a Chinese paragraph, blank line or not, and so does
         * a news item's headline in brackets, "【全国5G基站…】": the item
         * under it is a paragraph of its own) */
        else if (le >= ls + 3 && (!memcmp(p + ls, "\xE3\x80\x80", 3) || !memcmp(p + ls, "【", 3)))
            b->para = ls;
        size_t lpara = b->para;   /* (a lead-in's paragraph, though it be taken for a heading) */
        /* (a paragraph's first line, wrapped into the next, is no heading) */
        if (heading_line(p, b->prev_text, ls, le) && !sentence_wraps(p, n, le)) {
            size_t hs = ls, he = le;
            lines_trim(p, &hs, &he);
            /* (a place heading is a few words: longer ones are not matched;
             * a heading of a few words that names one place by its cues,
             * after some prose, is that place's section too: "Kenya
             * revenue mix", "SOUTHEAST ASIA FIRST"; not a Chinese one) */
            if (he - hs > 48 || (!names_heading_scope(m, p, hs, he, b->scope, sizeof b->scope) &&
                                 !(b->prose && strncmp(p + hs, "By ", 3) && !cjk(p, hs, he) &&
                                   names_line_scope(m, p, hs, he, 0, b->scope, sizeof b->scope) == 1)))
                b->scope[0] = '\0';   /* a section on something else */
            b->head_s = hs;
            b->head_e = he;
            b->head_year = heading_year(p, hs, he);
            b->para = le + 1;
            b->item = 0;
        } else if (text && b->head_e > b->head_s && b->head_s < ls && lines_end(p, n, b->head_s) + 1 == ls && !b->head_year &&
                   bare_label(p, b->head_s, b->head_e)) {
            /* the caption under a figure's bare number ("Figure 4" over
             * "Mobile's contribution to GDP, Example Region, 2022") is
             * its heading's title: its one year dates the figure's lines */
            size_t hs = ls, he = le;
            lines_trim(p, &hs, &he);
            b->head_year = heading_year(p, hs, he);
            b->head_e = he;
            b->para = le + 1;
        } else if (record_title(p, b->prev_text, ls, le)) {
            /* (a record's title gives its place, or none, to the record
             * below it: the next record's title ends it) */
            size_t hs = ls, he = record_title(p, b->prev_text, ls, le);
            lines_trim(p, &hs, &he);
            if (!names_heading_scope(m, p, hs, he, b->scope, sizeof b->scope))
                b->scope[0] = '\0';
            b->head_s = hs;
            b->head_e = he;
            b->head_year = 0;
            b->para = le + 1;
            b->item = 0;
        }
        /* a lead-in credits the list under it, up to the first line
         * of text that is no item (blank lines may part the items) */
        if (b->lead[0] && text && !list_line(p, ls, le))
            b->lead[0] = '\0';
        if (b->lead_year && text && !list_line(p, ls, le))
            b->lead_year = 0;
        if (text && le > ls && p[le - 1 - (p[le - 1] == '\r')] == ':') {
            leadin_credit(m, p, n, b->para, ls, le, b->lead, sizeof b->lead);
            b->lead_year = leadin_year(cx, lpara, ls, le);
        }
        numbered_line(b, m, p, ls, le);
        if (b->runin != ls + 1)
            runin_line(b, m, p, ls, le, b->prev_text, b->prev_end);
        b->prev_text = text;
        b->prev_end = line_ends_sentence(p, ls, le);
        b->prose |= text && b->prev_end && le >= b->para + 60;   /* (a paragraph of sentences) */
        b->scanned = le + 1;
    }
    /* the line holding the claim may open with its own section title,
     * numbered or run in, or with a Chinese paragraph's indent */
    size_t ls = b->scanned, lim = at - ls < 120 ? at : ls + 120;
    if (ls + 3 <= at && (!memcmp(p + ls, "\xE3\x80\x80", 3) || !memcmp(p + ls, "【", 3)) && b->para < ls)
        b->para = ls;
    if (lim > ls)
        numbered_line(b, m, p, ls, lim);
    if (lim > ls && b->runin != ls + 1) {
        /* (its title may end after the claim: "KENYA: KSh 3.2 billion ...") */
        size_t le = lines_end(p, n, ls);
        b->runin = ls + 1;
        runin_line(b, m, p, ls, le - ls < 120 ? le : ls + 120, b->prev_text, b->prev_end);
    }
}

/* The note mark that closes the block p[bs, be) after a Chinese
 * sentence's end, an encyclopedia's reference for all its paragraph says
 * ("...部分国家普及率不足50%。 [2]"), or 0. */
static unsigned closing_mark(const char *p, size_t bs, size_t be)
{
    while (be > bs && (p[be - 1] == ' ' || p[be - 1] == '\n' || p[be - 1] == '\r' || p[be - 1] == '\t'))
        be--;
    if (be < bs + 6 || p[be - 1] != ']')
        return 0;
    size_t k = be - 1;
    unsigned v = 0, scale = 1;
    while (k > bs && p[k - 1] >= '0' && p[k - 1] <= '9' && be - k < 5) {
        v += (unsigned)(p[k - 1] - '0') * scale;
        scale *= 10;
        k--;
    }
    if (!v || k == bs || p[k - 1] != '[')
        return 0;
    k--;
    while (k > bs && p[k - 1] == ' ')
        k--;
    return k >= bs + 3 && !memcmp(p + k - 3, "。", 3) ? v : 0;
}

/* The first bracketed note mark, "[7]", in p[from, to), or 0. */
static unsigned bracket_mark(const char *p, size_t from, size_t to)
{
    for (size_t i = from; i + 2 < to; i++) {
        const char *o = memchr(p + i, '[', to - 2 - i);
        if (!o)
            return 0;
        i = (size_t)(o - p);
        size_t k = i + 1;
        unsigned v = 0;
        while (k < to && p[k] >= '0' && p[k] <= '9' && k - i <= 3)
            v = v * 10 + (unsigned)(p[k++] - '0');
        if (k > i + 1 && k < to && p[k] == ']' && v)
            return v;
    }
    return 0;
}

/* The block (run of non-blank lines) holding offset at, and its note. */
static void block_note(Block *b, const Metrics *m, const char *p, size_t n, size_t at)
{
    if (at < b->end)
        return;
    b->note_at = n;
    b->source[0] = '\0';
    size_t i = lines_start(p, at, at);
    /* (a record's lines above the claim count too) */
    size_t bs = i;
    while (bs > 0 && at - bs < 4096) {
        size_t ps = lines_start(p, bs - 1, bs - 1);
        if (!lines_has_text(p, ps, bs - 1))
            break;
        bs = ps;
    }
    b->rows = 1;
    memset(&b->rec, 0, sizeof b->rec);
    size_t lines = 0, fields = 0;
    /* (counting stops once the lines that are no fields outnumber the
     * fields by more than a few: prose, not a record) */
    for (size_t k = bs; k < i && lines < 64 && lines - fields <= fields + 3;) {
        size_t le = lines_end(p, n, k), sep, vs, ve;
        lines++;
        fields += field_parts(p, k, le, &sep, &vs, &ve);
        k = le + 1;
    }
    while (i < n) {
        size_t le = lines_end(p, n, i), ts = i, te = le, sep, vs, ve;
        lines_trim(p, &ts, &te);
        /* (a note in Chinese, "资料来源：国际电信联盟", is a line of the block) */
        if (!lines_has_text(p, ts, te) && !lines_source_note(p, ts, te))
            break;
        if (line_ends_sentence(p, ts, te))
            b->rows = 0;
        /* (a note's mark may open it, "1. Source: Dell'Oro Group, ...",
         * when one of the block's first two lines, its caption, bears the
         * mark: a note an item's mark calls credits that item only) */
        size_t ms = closecredit_mark(p, ts, te), l1 = lines_end(p, n, bs), l2 = l1 < n ? lines_end(p, n, l1 + 1) : n;
        if (ms > ts && lines_source_note(p, ms, te) && closecredit_marked(p, bs, l2 < i ? l2 : l1, p + ts, ms - ts))
            ts = ms;
        /* (a note naming the publisher's own data first credits the
         * publisher: no body, and no later note of the block) */
        if (b->note_at == n && lines_source_note(p, ts, te) &&
            (names_note_own_first(p, ts, le) || names_note_source(m, p, ts, le, b->source, sizeof b->source)))
            b->note_at = i;
        if (lines < 64 && lines - fields <= fields + 3) {
            lines++;
            fields += field_parts(p, i, le, &sep, &vs, &ve);
        }
        i = le < n ? le + 1 : n;
    }
    b->end = i > at ? i : at + 1;
    b->close_mark = closing_mark(p, bs, i);
    /* a digest's item closed by its source after its last stop, "...
     * alone. (Bangkok Post)", "-> Source: CAC, via Reuters"
     * (closecredit.h) */
    size_t cs, ce, cat = b->note_at == n && m ? closecredit_find(p, bs, i, &cs, &ce) : i;
    if (cat < i && (names_known_source(m, p, cs, ce, b->source, sizeof b->source) ||
                    name_copy(p, cs, ce, b->source, sizeof b->source)))
        b->note_at = cat;
    /* a block of fields is a record of its own ("Record ID ... DSR-PK-0007",
     * "Country ... Pakistan", "Amount ... USD 44 million"): three fields
     * or more, most of its lines */
    if (fields >= 3 && 2 * fields >= lines)
        for (size_t k = bs; k < b->end && k < n;) {
            size_t le = lines_end(p, n, k);
            field_line(&b->rec, m, p, k, le);
            k = le + 1;
        }
}

/* ---- the paragraph's running topic ----
 * What the claims of a paragraph said so far: the last counted noun, the
 * place and year a sentence stated for its own figure, the body it
 * credited. A later figure of the paragraph that leaves one unsaid takes
 * it ("Nigeria and Ghana had 103 million ... Of these, ..."). A new
 * paragraph or heading starts afresh; a sentence opening with a contrast
 * ("However", "By contrast", "Elsewhere") does not inherit place or year;
 * a new credited body replaces the old. */
/* (stretches of a paragraph between its claims not read yet for the place
 * they set, at most: more are read at once) */
#define TOPIC_PENDING 8

typedef struct Topic {
    size_t para;          /* the paragraph this topic belongs to */
    char noun[64];
    size_t noun_se;       /* the end of the sentence that set noun */
    char scope[64];
    int year;
    char source[128];
    size_t source_at;     /* where the sentence crediting source ends */
    size_t yscan;         /* the paragraph's text before here was read for an opening year */
    size_t cscan;         /* and for the credits of Chinese sentences */
    int open_year;        /* the year a Chinese sentence of it opened with ("2023年，"), or 0 */
    int month, open_month; /* the month of year, of open_year (asof.h), or 0 */
    int year_open;        /* year is an English opening sentence's, no figure's
                           * (openyear.h): a sentence naming a year of its own
                           * does not take it */
    size_t pscan;         /* the text before here was taken for sentences
                           * without a figure that open with a place */
    char frame[64];       /* the place the last of them set (topicplace.h),
                           * when no figure placed since */
    size_t pend_s[TOPIC_PENDING], pend_e[TOPIC_PENDING];
    int npend;            /* the stretches taken and not read yet: read
                           * when a claim asks (context_topic_read) */
} Topic;

struct Context {
    const Metrics *m;
    const char *p;
    size_t n;
    Block blk;
    Topic topic;
    int last_year;        /* the year a figure's own sentence stated last */
    int prev_year;        /* last_year when the paragraph being read began */
    const Source *src;    /* the bibliography row (borrowed) */
    DocInfo doc;
    int placed;           /* doc's place was read (context_doc) */
    Notes *notes;
    Speakers *speakers;
    AuthorSet *authors;   /* src's authors, read at the first speaker (authorset.h) */
    DataSrc *datasrc;
    int chinese;          /* the document has Chinese commas (，) */
    size_t mark_se;       /* the sentence end the next "[N]" was last sought after */
    const char *mark_doc;
    unsigned mark_next;   /* and what was found */
    size_t note_block;    /* the block end a table's "Source:" line was last sought after (+1; 0: none) */
    size_t note_line;     /* and where it starts (n: none) */
    size_t cap_from;      /* the caption whose note mark was last sought (+1; 0: none) */
    unsigned cap_mark;    /* and its mark, or 0 */
    int text_known;       /* text_scope was read */
    const char *text_scope;
    int filer_known;      /* filer was read (a Chinese text's) */
    char filer[128];
    size_t end_at;        /* where the "Source:" note closing the document starts (n: none) */
    char end_body[128];   /* and the body it credits (endnote.h) */
    WrittenQ *answers;    /* a record of written answers' departments, or NULL (writtenq.h) */
};

/* Does doc[0, n) hold the three-byte mark (sought by its first byte:
 * none is in an English text)? */
static int has_mark(const char *doc, size_t n, const char *mark)
{
    for (const char *q = memchr(doc, mark[0], n); q; q = memchr(q + 1, mark[0], n - (size_t)(q + 1 - doc)))
        if (n - (size_t)(q - doc) >= 3 && !memcmp(q, mark, 3))
            return 1;
    return 0;
}

Context *context_new(const Metrics *m, const Source *src, const char *doc, size_t n)
{
    Context *cx = xcalloc(1, sizeof *cx);
    cx->m = m;
    cx->p = doc;
    cx->n = n;
    cx->blk.note_at = n;
    cx->src = src;
    docinfo_read(m, src, doc, n, &cx->doc);
    cx->notes = notes_new(m, doc, n);
    /* (what only Chinese text holds is looked for only in a document
     * with a Chinese comma: an English one pays one scan) */
    cx->chinese = has_mark(doc, n, "，");
    cx->speakers = speakers_new(m, doc, n, cx->chinese);
    cx->datasrc = cx->chinese ? datasrc_new(m, doc, n) : NULL;
    cx->end_at = endnote_find(m, doc, n, cx->end_body, sizeof cx->end_body);
    cx->answers = cx->chinese ? NULL : writtenq_new(doc, n);
    /* a record's fields hold for all of it, the lines above them too (a
     * project export opens with its title, then "Recipient: Kenya") */
    for (size_t i = 0, lines = 0; i < n && i < 8192 && lines < 80;) {
        /* a block (a run of non-blank lines) is a record when most of its
         * lines, three at least, are fields: a lone "Telecommunications:
         * China" is a heading, not the document's place */
        size_t bs = i, nl = 0, fields = 0, sep, vs, ve;
        while (i < n && lines < 80) {
            size_t le = lines_end(doc, n, i);
            lines++;
            if (!lines_has_text(doc, i, le)) {
                i = le + 1;
                break;
            }
            nl++;
            /* (an export's first record is one of many, not the document's) */
            fields += field_parts(doc, i, le, &sep, &vs, &ve) && !(doc[i] >= 'a' && doc[i] <= 'z');
            i = le + 1;
        }
        if (fields < 3 || 2 * fields < nl)
            continue;
        for (size_t k = bs; k < i && k < n;) {
            size_t le = lines_end(doc, n, k);
            if (lines_has_text(doc, k, le))
                field_line(&cx->blk.doc_rec, m, doc, k, le);
            k = le + 1;
        }
        /* (the first record only: the records after it are each their
         * own, "country: Pakistan" after a database's summary) */
        break;
    }
    return cx;
}

void context_free(Context *cx)
{
    if (!cx)
        return;
    notes_free(cx->notes);
    speakers_free(cx->speakers);
    authorset_free(cx->authors);
    datasrc_free(cx->datasrc);
    writtenq_free(cx->answers);
    free(cx);
}

/* The year a Chinese sentence of p[from, to) opens with, as its topic
 * even when it states no figure ("2023年，各类互联网应用用户规模持续增长。",
 * "截至2023年12月，..."): the last such, or 0; -1 when the last is a
 * look back to now ("四年来，", openyear.h); *month the month its
 * phrase gives (12 there), or 0. */
static int zh_opening_year(const char *p, size_t from, size_t to, int *month)
{
    int year = 0;
    *month = 0;
    for (size_t i = from; i + 7 <= to; i++) {
        /* a sentence start: the paragraph's, or after 。！？； */
        int start = i == from || (i >= 3 && (unsigned char)p[i - 1] >= 0x80 &&
                                  (!memcmp(p + i - 3, "。", 3) || !memcmp(p + i - 3, "！", 3) ||
                                   !memcmp(p + i - 3, "？", 3) || !memcmp(p + i - 3, "；", 3)));
        if (!start)
            continue;
        size_t k = i;
        /* (the ideographic spaces that indent a Chinese paragraph) */
        while (k < to && (p[k] == ' ' || p[k] == '\n' || (to - k >= 3 && !memcmp(p + k, "\xe3\x80\x80", 3))))
            k += p[k] == ' ' || p[k] == '\n' ? 1 : 3;
        /* (a sentence looking back over the years to now ends the
         * opening year's hold: "四年来，…", openyear.h) */
        if (openyear_zh_since(p, k, to)) {
            year = -1, *month = 0;
            continue;
        }
        if (to - k >= 6 && (!memcmp(p + k, "截至", 6) || !memcmp(p + k, "截止", 6)))
            k += 6;
        int y = k + 7 <= to ? lines_year_at(p, k) : 0;
        if (!y || memcmp(p + k + 4, "年", 3))
            continue;
        /* the phrase ends at the first comma, before any figure of its own */
        size_t c = k + 7;
        while (c + 3 <= to && memcmp(p + c, "，", 3) && memcmp(p + c, "。", 3) && c - k < 40)
            c++;
        if (c + 3 <= to && !memcmp(p + c, "，", 3)) {
            year = y;
            *month = asof_label(p, k, c, y);
        }
    }
    return year;
}

/* The credits of the Chinese sentences of p[from, to), each ending at
 * 。！？ or ；, into the topic: the last one credited (none after a teller
 * not named). A sentence with no figure credits the figures after it ("商务部电子商务和信息化司负责人表示，
 * “丝路电商”朋友圈不断扩大。2022年，...增长超过两成"). */
static void zh_credits(Context *cx, Topic *t, size_t from, size_t to)
{
    const char *p = cx->p;
    for (size_t s = from, i = from; i + 3 <= to; i++) {
        if ((unsigned char)p[i] != 0xE3 && (unsigned char)p[i] != 0xEF)
            continue;
        if (memcmp(p + i, "。", 3) && memcmp(p + i, "！", 3) && memcmp(p + i, "？", 3) && memcmp(p + i, "；", 3))
            continue;
        char body[sizeof t->source];
        ZhCredits zh;
        credit_zh_read(cx->m, p, s, i, &zh);
        int kind = credit_zh_before(&zh, i, body, sizeof body);
        /* (a filing's words with no name: the filer's, when the story
         * reports one) */
        if (kind == 4)
            kind = strlen(context_filer(cx)) ? (strcut(body, sizeof body, context_filer(cx)), 1) : 0;
        /* (a pronoun: the person the paragraph introduced, zhpronoun.h) */
        if (kind == 5)
            kind = zhpronoun_person(cx->m, p, t->para < s ? t->para : from, s, body, sizeof body);
        /* (a report named before: its maker, zhreport.h) */
        if (kind == 6)
            kind = zhreport_credit_near(cx->m, p, cx->n, s, i, body, sizeof body);
        if (kind) {
            /* (a teller not named ends the last one's account) */
            strcut(t->source, sizeof t->source, body);
            t->source_at = i + 3;
        }
        s = i + 3;
    }
}

/* Does the sentence p[ss, se) open with a contrast? */
static int opens_contrast(const char *p, size_t ss, size_t se)
{
    /* (none is the start of another) */
    static const Phrase words[] = {
        PHRASE("however"), PHRASE("but"), PHRASE("by contrast"), PHRASE("in contrast"), PHRASE("elsewhere"),
        PHRASE("meanwhile"), PHRASE("on the other hand"), PHRASE("conversely"), PHRASE("unlike"),
        PHRASE("whereas"), PHRASE("separately"), {NULL, 0},
    };
    while (ss < se && (p[ss] == ' ' || p[ss] == '"' || p[ss] == '(' || p[ss] == '\n'))
        ss++;
    const Phrase *w = ss < se ? phrases_at(words, p, ss, se, 0) : NULL;
    /* a word of its own, with more of the sentence after it */
    return w && se - ss > w->n && !((p[ss + w->n] | 0x20) >= 'a' && (p[ss + w->n] | 0x20) <= 'z');
}

/* The year a lead-in line p[ls, le) ending with a colon gives the list
 * under it: the one year its sentence names ("The Chinese players look
 * like this on Synergy's Q4 2024 global ranking:"), else the time word
 * it dates by the document's date ("Per the region pages (I checked them
 * all this week):"), else its paragraph's year so far ("... $330 billion
 * for 2024. The big three take the lion's share:"); or 0. */
static int leadin_year(const Context *cx, size_t para, size_t ls, size_t le)
{
    const char *p = cx->p;
    while (le > ls && (p[le - 1] == ' ' || p[le - 1] == '\r'))
        le--;
    if (le <= ls || p[le - 1] != ':')
        return 0;
    /* (its sentence: after the last full stop of its paragraph, a few
     * lines at most) */
    size_t ss = sentence_back(p, para, le, 300);
    if (ss == SIZE_MAX)
        return 0;
    int y = 0, years = 0;
    for (size_t i = ss; i + 4 <= le; i++)
        if ((i == ss || !ascii_isdigit(p[i - 1])) && lines_year_at(p, i) &&
            (i + 4 == le || !ascii_isdigit(p[i + 4])))
            y = lines_year_at(p, i), years++;
    if (years)
        return years == 1 ? y : 0;
    const char *why = NULL;
    y = docinfo_relative_year(&cx->doc, p, ss, le, le, &why);
    if (y)
        return y;
    return cx->topic.para == para ? cx->topic.year : 0;
}

/* Does the paragraph at para open a list its paragraph before (from
 * prev) led in to with a colon ("The US big three still take the lion's
 * share:", then "- AWS: 30%")? The items go on with that paragraph's
 * topic: its place, year and body. */
static int led_list(const char *p, size_t n, size_t prev, size_t para)
{
    if (para >= n || para <= prev)
        return 0;
    size_t e = para;
    while (e > prev && (p[e - 1] == ' ' || p[e - 1] == '\n' || p[e - 1] == '\r' || p[e - 1] == '\t'))
        e--;
    if (!(e > prev && p[e - 1] == ':'))
        return 0;
    /* (the lead-in is of that paragraph: no blank line between them; a
     * lead-in of its own, after the items of a list before, gives its
     * own topic, leadin_year) */
    for (size_t k = lines_start(p, e - 1, 4096); k > prev + 1; k--)
        if (p[k - 1] == '\n' && !lines_has_text(p, lines_start(p, k - 1, 4096), k - 1))
            return 0;
    /* (a bulleted or numbered item, not an indented line: a table's rows
     * under "... are set out below:" are no items of the sentence) */
    return p[para] != ' ' && p[para] != '\t' && list_line(p, para, lines_end(p, n, para));
}

/* The stretches taken: the last that holds a sentence setting a place
 * sets the topic there (as each read in turn when taken would: a later
 * one's place over an earlier one's). Read only when a claim asks for
 * the paragraph's place, most claims placing themselves; a claim that
 * places the paragraph (context_learn) makes them moot. */
static void topic_read(Context *cx, Topic *t)
{
    for (int k = t->npend - 1; k >= 0; k--) {
        const char *pl = topicplace_last(cx->m, cx->p, cx->n, t->pend_s[k], t->pend_e[k]);
        if (pl) {
            strcut(t->frame, sizeof t->frame, pl);
            t->scope[0] = '\0';
            break;
        }
    }
    t->npend = 0;
}

void context_topic_read(Context *cx)
{
    if (cx->topic.npend)
        topic_read(cx, &cx->topic);
}

void context_around(Context *cx, size_t at, size_t ss, size_t se, Around *a)
{
    Block *b = &cx->blk;
    if (cx->m) {
        block_headings(cx, b, cx->m, cx->p, cx->n, at);
        block_note(b, cx->m, cx->p, cx->n, at);
    }
    memset(a, 0, sizeof *a);
    a->heading_scope = b->scope;
    a->head_s = b->head_s;
    a->head_e = b->head_e;
    a->head_year = b->head_year;
    a->note_source = at < b->note_at ? b->source : "";
    a->note_line = at < b->note_at && b->note_at < cx->n && b->source[0] ? b->note_at : SIZE_MAX;
    a->block_end = b->end;
    a->block_rows = b->rows && b->note_at == cx->n;
    a->rec_scope = b->rec.scope[0] ? b->rec.scope : b->doc_rec.scope;
    a->rec_year = b->rec.year;
    a->doc_rec_year = b->rec.year ? 0 : b->doc_rec.year;
    /* (a source line among the document's first lines, "Source: author's
     * database", speaks of its tables, not of every figure) */
    a->rec_source = b->rec.source;
    a->end_source = at < cx->end_at ? cx->end_body : "";
    a->answerer = writtenq_answerer(cx->answers, at);
    /* (the line holding the offset is one of the lead-in's items) */
    size_t ls = b->lead[0] ? lines_start(cx->p, at, 4096) : at;
    a->lead_source = b->lead[0] && list_line(cx->p, ls, lines_end(cx->p, cx->n, ls)) ? b->lead : "";
    if (b->lead_year) {
        size_t ys = lines_start(cx->p, at, 4096);
        a->lead_year = list_line(cx->p, ys, lines_end(cx->p, cx->n, ys)) ? b->lead_year : 0;
    }
    a->doc = &cx->doc;
    a->datasrc = cx->datasrc;
    /* the transcript's turn (a Chinese turn starts a paragraph) */
    unsigned how;
    a->speaker = speakers_at(cx->speakers, at, &how);
    a->speaker_all = (how & SPEAKERS_ALL) != 0;
    /* a speaker who wrote the document (its bibliography's authors: a
     * webinar's analysts, a briefing's spokesman) speaks for the body
     * that publishes it, not as a person */
    const char *own = cx->doc.we[0] ? cx->doc.we : cx->doc.body;
    if (a->speaker[0] && own[0] && cx->src && !cx->chinese) {
        if (!cx->authors)
            cx->authors = authorset_new(cx->src->authors);
        if (authorset_wrote(cx->authors, a->speaker))
            a->speaker = own;
    }
    a->asked = (how & SPEAKERS_ASKED) != 0;
    size_t turn = speakers_turn_start(cx->speakers), para = turn > b->para ? turn : b->para;
    /* the paragraph's topic, unless a new paragraph began */
    Topic *t = &cx->topic;
    if (t->para != para) {
        if (!led_list(cx->p, cx->n, t->para, para))
            memset(t, 0, sizeof *t);
        t->para = para;
        cx->prev_year = cx->last_year;
    }
    /* a sentence before this one that opened with its year */
    if (ss > t->yscan) {
        size_t from = t->yscan > t->para ? t->yscan : t->para;
        int mo = 0, y = from >= ss ? 0 : cx->chinese ? zh_opening_year(cx->p, from, ss, &mo) : 0;
        /* (an English sentence too: "In 2017 the Government contracted
         * Huawei ..." dates "The contract price was US$ 115.3 million") */
        if (!y && !cx->chinese && from == t->para && from < ss)
            y = openyear_en(cx->p, from, ss);
        if (y < 0)   /* (the paragraph's years are over: now) */
            t->open_year = t->open_month = 0, t->year = t->month = 0;
        else if (y)
            t->open_year = y, t->open_month = mo;
        t->yscan = ss;
    }
    if (!t->year && t->open_year)
        t->year = t->open_year, t->month = t->open_month, t->year_open = !cx->chinese;
    /* the sentences since the last claim's, which state no figure: the
     * last that opens with a place sets the paragraph there ("China's
     * telecom fraud losses have fallen for three straight years. Victims
     * lost 24.6 billion yuan ...": topicplace.h) */
    if (ss > t->pscan) {
        size_t from = t->pscan > t->para ? t->pscan : t->para;
        if (cx->m && from < ss) {
            if (t->npend == TOPIC_PENDING)
                topic_read(cx, t);
            t->pend_s[t->npend] = from, t->pend_e[t->npend] = ss, t->npend++;
        }
        t->pscan = se;
    }
    if (ss > t->cscan) {
        if (cx->m && cx->chinese)
            zh_credits(cx, t, t->cscan > t->para ? t->cscan : t->para, ss);
        /* "Ms. Alison Grey (TeleGeography) presented the market
         * outlook.": the paragraph tells her body's figures (teller.h) */
        else if (!cx->chinese && teller_last(cx->p, t->cscan > t->para ? t->cscan : t->para, ss, t->source,
                                             sizeof t->source))
            t->source_at = ss;
        t->cscan = ss;
    }
    int contrast = opens_contrast(cx->p, ss, se);
    a->para_scope = contrast ? "" : t->scope;
    a->para_frame = contrast ? "" : t->frame;
    a->para_year = contrast || (t->year_open && openyear_writes_year(cx->p, ss, se)) ? 0 : t->year;
    /* (a Chinese sentence opening "近年来，" speaks of now, not of the
     * paragraph's year) */
    if (a->para_year && cx->chinese && openyear_zh_since(cx->p, ss, se))
        a->para_year = 0;
    a->para_open = a->para_year && t->year_open;
    a->prev_year = cx->prev_year;
    a->para_month = contrast ? 0 : t->month;
    a->para_source = t->source;
    /* (an official's turn at a Chinese press conference runs over lines
     * that are paragraphs of their own: a body credited on an earlier line,
     * "三是…据中国互联网络信息中心统计", is not the next line's teller; the
     * official is) */
    if (a->speaker_all && cx->chinese && t->source[0] && t->source_at < ss &&
        memchr(cx->p + t->source_at, '\n', ss - t->source_at))
        a->para_source = "";
    a->para_noun = t->noun;
    a->para_s = para;
    unsigned k = notes_count(cx->notes) ? notes_mark(cx->p, cx->n, at, se + 4 < cx->n ? se + 4 : cx->n) : 0;
    if (!k && notes_count(cx->notes) && at < b->end)
        k = b->close_mark;
    /* (or the line's, in a Chinese text whose lines are its paragraphs:
     * "…於2022年落成。[4]" above a line with no mark) */
    if (!k && notes_count(cx->notes) && cx->chinese)
        k = closing_mark(cx->p, lines_start(cx->p, at, at), lines_end(cx->p, cx->n, at));
    /* an encyclopedia cites at the end of the passage a reference
     * supports: a sentence with no mark of its own takes the next "[N]"
     * of its paragraph (not a Chinese text's: its marks close what they
     * mark) */
    if (!k && notes_count(cx->notes) && at < b->end && !cx->chinese) {
        /* (the claims of one sentence share the answer) */
        if (cx->mark_se != se || cx->mark_doc != cx->p) {
            cx->mark_se = se, cx->mark_doc = cx->p;
            cx->mark_next = bracket_mark(cx->p, se, b->end);
        }
        k = cx->mark_next;
    }
    a->note_body = k ? notes_body(cx->notes, k) : NULL;
    a->note_num = k;
}

void context_learn(Context *cx, const Claim *c, int own_scope, int own_year, int own_source, size_t se)
{
    Topic *t = &cx->topic;
    /* (not the places a sentence's counted things are in, after them:
     * "134 projects in 48 countries" keeps projects, partref.h) */
    if (c->unit[0] >= 'a' && c->unit[0] <= 'z' && strcmp(c->unit, "pp") && strcmp(c->unit, "x") &&
        strcmp(c->unit, "bps") &&
        !(t->noun[0] && t->noun_se == se &&
          partref_places_frame(cx->p, c->start > 64 ? c->start - 64 : 0, c->start, c->unit))) {
        strcut(t->noun, sizeof t->noun, c->unit);
        t->noun_se = se;
    }
    if (own_scope < 0)
        t->scope[0] = '\0';
    else if (own_scope && c->scope[0]) {
        strcut(t->scope, sizeof t->scope, c->scope);
        t->frame[0] = '\0';
        t->npend = 0;   /* (what they would set is set over) */
    }
    if (own_year && c->year)
        t->year = c->year, t->month = c->month, t->year_open = 0, cx->last_year = c->year;
    if (own_source && c->source[0]) {
        strcut(t->source, sizeof t->source, c->source);
        t->source_at = se;
    }
}

const char *context_noun(Context *cx, size_t at, size_t ss, size_t se)
{
    Around a;
    context_around(cx, at, ss, se, &a);
    return a.para_noun;
}

const char *context_note_in(Context *cx, size_t from, size_t to, unsigned *num)
{
    *num = 0;
    if (!notes_count(cx->notes))
        return NULL;
    /* (the cells under one caption ask once) */
    if (cx->cap_from != from + 1) {
        cx->cap_from = from + 1;
        cx->cap_mark = notes_mark(cx->p, cx->n, from, to + 4 < cx->n ? to + 4 : cx->n);
    }
    *num = cx->cap_mark;
    return *num ? notes_body(cx->notes, *num) : NULL;
}

size_t context_table_note(Context *cx, size_t block_end)
{
    if (cx->note_block != block_end + 1) {
        cx->note_block = block_end + 1;
        cx->note_line = tables_note_line(cx->p, cx->n, block_end);
    }
    return cx->note_line;
}

const char *context_filer(Context *cx)
{
    if (!cx->filer_known) {
        cx->filer_known = 1;
        cx->filer[0] = '\0';
        if (cx->chinese && cx->m)
            filer_find(cx->m, cx->p, cx->n, cx->filer, sizeof cx->filer);
    }
    return cx->filer;
}

const DocInfo *context_doc(Context *cx)
{
    if (!cx->placed) {
        cx->placed = 1;
        docinfo_read_place(cx->m, cx->src, cx->p, cx->n, &cx->doc);
    }
    return &cx->doc;
}

const char *context_text_scope(Context *cx)
{
    if (!cx->text_known) {
        cx->text_known = 1;
        cx->text_scope = context_doc(cx)->scope[0] || !cx->m ? NULL : bodyplace_of(cx->m, cx->p, cx->n);
    }
    return cx->text_scope;
}

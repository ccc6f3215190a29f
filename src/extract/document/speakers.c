/* speakers.c — who speaks where in a transcript (see speakers.h).
 *
 * Two parts: the participants named among the first lines (read once),
 * and the turns, walked forward line by line as the claims come; in
 * Chinese the persons are found where the text introduced them, when it
 * names them short or opens a turn with their name. */
#define _GNU_SOURCE   /* memmem */
#include "speakers.h"
#include "ascii.h"
#include "authorset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "interviewee.h"
#include "introduced.h"
#include "irrecord.h"
#include "lines.h"
#include "metrics.h"
#include "names.h"
#include "textfind.h"
#include "textwalk.h"
#include "utf8.h"

#define MAX_PARTICIPANTS 8
#define MAX_LABELS 32      /* the distinct labels a transcript's turns are counted for */
#define PARTICIPANT_LINES 40   /* the participants are named above this line */

typedef struct Participant {
    char name[64];   /* "Maya Lindqvist" (titles dropped) */
    char org[96];    /* "Straits Threat Lab", or "" */
    int asks;        /* the host, the moderator: their turns ask */
} Participant;

struct Speakers {
    const Metrics *m;
    const char *p;
    size_t n;
    Participant who[MAX_PARTICIPANTS];
    int nwho;
    char labels[MAX_LABELS][48];   /* the labels of the document's turns */
    char full[MAX_LABELS][48];     /* the name an initials' label was first written in full ("NA": "Nkechi Adeyemi") */
    int uses[MAX_LABELS];          /* and how many turns each opens */
    char org[MAX_LABELS][96];      /* the body the text introduced a label's speaker with ("": none) */
    int org_read[MAX_LABELS];      /* org was looked for */
    int role[MAX_LABELS];          /* full names the speaker of a role's label ("GUEST (Dr. Tendai Moyo):") */
    int nlabels;
    int any;           /* the document may hold turns at all */
    size_t scanned;    /* lines before this offset were read */
    int turns;         /* turns opened so far */
    char label[64];    /* the current turn's label, title-cased ("Maya Lindqvist") */
    char speaker[128]; /* what speakers_at gives for it */
    int chinese;       /* the document holds Chinese text: its turns may be Chinese */
    int zh_turns;      /* Chinese turns opened so far */
    unsigned how;      /* SPEAKERS_* of the current turn */
    size_t turn_at;    /* where the current Chinese turn opened (0: none) */
    char answerer[96]; /* whom an interview's "A:" turns are ("": no one named) */
    int company_turn;  /* the current turn is a company's answer in its Q&A record (irrecord.h) */
    int press_qa;      /* 1 + does the document open as a press conference's answers (答记者问); 0 unread */
};

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
 * Where its value starts, or 0; *asks: the key names who asks (a host,
 * a moderator). */
static size_t participant_key(const char *p, size_t s, size_t e, int *asks)
{
    static const char *const askers[] = {"host", "hosts", "interviewer", "moderator", "presenter", NULL};
    static const char *const keys[] = {"guest", "guests", "host", "hosts", "interviewer", "interviewee",
                                       "speaker", "speakers", "panelist", "panelists", "panellist",
                                       "panellists", "moderator", "presenter", NULL};
    size_t k = s;
    while (k < e && ascii_isalpha(p[k]))
        k++;
    if (k >= e || p[k] != ':')
        return 0;
    *asks = 0;
    for (int i = 0; askers[i]; i++)
        *asks |= tw_weq((const unsigned char *)p + s, k - s, askers[i]);
    for (int i = 0; keys[i]; i++)
        if (tw_weq((const unsigned char *)p + s, k - s, keys[i]))
            return k + 1;
    return 0;
}

/* One participant, p[s, e): "Dr Maya Lindqvist, head of threat research,
 * Straits Threat Lab (Singapore)". */
static void participant(Speakers *sp, const char *p, size_t s, size_t e, int asks)
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
    if (ne <= ns || !ascii_isupper(p[ns]))
        return;
    Participant *w = &sp->who[sp->nwho++];
    copy(w->name, sizeof w->name, p, ns, ne);
    w->org[0] = '\0';
    w->asks = asks;
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
        if (oe > os && ascii_isupper(p[os]))
            copy(w->org, sizeof w->org, p, os, oe);
    }
}

static void read_participants(Speakers *sp)
{
    const char *p = sp->p;
    size_t n = sp->n;
    int listed = -1;   /* a key alone on its line lists its participants on the indented lines below */
    for (size_t i = 0, lines = 0; i < n && lines < PARTICIPANT_LINES; lines++) {
        size_t le = lines_end(p, n, i);
        if (listed >= 0 && le > i && (p[i] == ' ' || p[i] == '\t')) {
            participant(sp, p, i, le, listed);
            i = le + 1;
            continue;
        }
        listed = -1;
        /* fields between pipes: "Host: Rachel Okafor | Guest: Tom ..." */
        for (size_t s = i; s < le;) {
            const char *bar = memchr(p + s, '|', le - s);
            size_t e = bar ? (size_t)(bar - p) : le;
            size_t ts = s, te = e;
            trim(p, &ts, &te);
            int asks;
            size_t v = participant_key(p, ts, te, &asks);
            size_t vs = v, ve = te;
            if (v)
                trim(p, &vs, &ve);
            if (v && vs == ve && s == i && e == le)
                listed = asks;
            if (v) {
                /* several, between semicolons */
                for (size_t a = v; a < te;) {
                    size_t b = a;
                    while (b < te && p[b] != ';')
                        b++;
                    participant(sp, p, a, b, asks);
                    a = b + 1;
                }
            }
            s = e + 1;
        }
        i = le + 1;
    }
}

static int turn_label(const char *p, size_t ls, size_t le, size_t *s, size_t *e);
static int name_label(const char *p, size_t ls, size_t le, size_t *s, size_t *e);

/* The index of the label p[s, e) among those counted, or -1. */
static int label_index(const Speakers *sp, const char *p, size_t s, size_t e)
{
    for (int i = 0; i < sp->nlabels; i++)
        if (strlen(sp->labels[i]) == e - s && !memcmp(sp->labels[i], p + s, e - s))
            return i;
    return -1;
}

/* The capitalised words p[ls, ...) opening a line up to a colon ("Nkechi
 * Adeyemi:"): the colon's offset, or 0. */
static size_t full_label(const char *p, size_t ls, size_t le)
{
    size_t k = ls;
    for (int words = 0; words < 4; words++) {
        if (k >= le || !ascii_isupper(p[k]))
            return 0;
        while (k < le && ascii_isalpha(p[k]))
            k++;
        if (k < le && p[k] == ':')
            return words >= 1 ? k : 0;
        if (k >= le || p[k] != ' ')
            return 0;
        k++;
    }
    return 0;
}

/* The name the initials' label i was first written in full, before its
 * first turn. */
static void full_name(Speakers *sp, int i)
{
    const char *p = sp->p, *lab = sp->labels[i];
    size_t l = strlen(lab);
    for (size_t ls = 0; ls < sp->n;) {
        size_t le = lines_end(p, sp->n, ls), c;
        if (le - ls > l && !memcmp(p + ls, lab, l) && p[ls + l] == ':')
            return;   /* (its first turn: no full name before it) */
        if ((c = full_label(p, ls, le)) && c - ls < sizeof sp->full[i]) {
            char name[48];
            copy(name, sizeof name, p, ls, c);
            if (interviewee_initials(lab, l, name)) {
                snprintf(sp->full[i], sizeof sp->full[i], "%s", name);
                return;
            }
        }
        ls = le + 1;
    }
}

/* A label's speaker named in brackets on the line of one of its turns,
 * "GUEST (Dr. Tendai Moyo): Thank you, Clare.": the name, its title
 * dropped, as the label's full name. Not the host's or a moderator's
 * (their turns ask), nor a reporter's (who speaks for the outlet). */
static void bracket_name(Speakers *sp, int i)
{
    static const char *const askers[] = {"host", "hosts", "interviewer", "moderator", "presenter", "anchor",
                                         "reporter", "correspondent", "narrator", NULL};
    static const char *const titles[] = {"Dr. ", "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Prof. ",
                                         "Prof ", NULL};
    const char *p = sp->p, *lab = sp->labels[i];
    size_t l = strlen(lab);
    for (int k = 0; askers[k]; k++)
        if (tw_weq((const unsigned char *)lab, l, askers[k]))
            return;
    for (size_t ls = 0, lines = 0; ls < sp->n && lines < PARTICIPANT_LINES * 4; lines++) {
        size_t le = lines_end(p, sp->n, ls);
        if (le - ls > l + 4 && !memcmp(p + ls, lab, l) && p[ls + l] == ' ' && p[ls + l + 1] == '(') {
            size_t s = ls + l + 2, e = s;
            while (e < le && e - s < 48 && p[e] != ')')
                e++;
            if (e + 1 < le && p[e] == ')' && p[e + 1] == ':') {
                for (int k = 0; titles[k]; k++)
                    if (e - s > strlen(titles[k]) && !memcmp(p + s, titles[k], strlen(titles[k]))) {
                        s += strlen(titles[k]);
                        break;
                    }
                /* (a name: capitalised words, two at least) */
                if (e > s && ascii_isupper(p[s]) && memchr(p + s, ' ', e - s) && e - s < sizeof sp->full[i]) {
                    copy(sp->full[i], sizeof sp->full[i], p, s, e);
                    sp->role[i] = 1;
                }
                return;
            }
        }
        ls = le + 1;
    }
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
        if (k + 1 >= n || p[k + 1] != ' ' || k == 0 ||
            !(ascii_isalpha(p[k - 1]) || (unsigned char)p[k - 1] >= 0x80))
            continue;   /* (a label ends in a letter) */
        while (ls > 0 && p[ls - 1] != '\n' && k - ls < 60)
            ls--;
        if ((ls > 0 && p[ls - 1] != '\n') ||
            !(turn_label(p, ls, k + 2, &s, &e) || name_label(p, ls, k + 2, &s, &e)) || e != k || e - s >= 48)
            continue;
        int i = label_index(sp, p, s, e);
        if (i < 0 && sp->nlabels < MAX_LABELS) {
            i = sp->nlabels++;
            copy(sp->labels[i], sizeof sp->labels[i], p, s, e);
        }
        if (i >= 0)
            sp->uses[i]++;
    }
    /* a label of initials used twice ("NA:") was first written in full
     * ("Nkechi Adeyemi: By our count ..."): a line opening with the
     * capitalised words whose initials it spells, and a colon */
    for (int i = 0; i < sp->nlabels; i++) {
        size_t l = strlen(sp->labels[i]);
        if (sp->uses[i] >= 2 && l >= 2 && l <= 4 && !strchr(sp->labels[i], ' '))
            full_name(sp, i);
        if (sp->uses[i] >= 2 && !sp->full[i][0])
            bracket_name(sp, i);
    }
    /* a transcript needs a speaker: a participant, or a label used twice */
    sp->any = sp->nwho > 0 && sp->nlabels > 0;
    for (int i = 0; i < sp->nlabels; i++)
        sp->any |= sp->uses[i] >= 2;
}

Speakers *speakers_new(const Metrics *m, const char *doc, size_t n, int chinese)
{
    Speakers *sp = xcalloc(1, sizeof *sp);
    sp->m = m;
    sp->p = doc;
    sp->n = n;
    sp->chinese = chinese;
    read_participants(sp);
    count_labels(sp);
    /* an interview written "Q:" and "A:": the answers are the guest's,
     * named in the opening text above the first turn */
    int a = label_index(sp, "A", 0, 1);
    if (a >= 0 && sp->uses[a] >= 2) {
        const char *first = tf_find(doc, n, "\nA: ", 4);
        if (first)
            interviewee_org(doc, (size_t)(first - doc), sp->answerer, sizeof sp->answerer);
    }
    return sp;
}

void speakers_free(Speakers *sp)
{
    free(sp);
}

/* ---- Chinese: persons named in full, then short ----
 * "老挝技术与通信部部长波万孔·沃拉吉" first, "波万孔部长" after; "外交部发言人
 * 毛宁" in a press conference's opening, "毛宁：" at each of her turns. The
 * person is credited as first named: the body metrics.csv knows by its id
 * (a spokesman speaks for the ministry), else the whole designation as
 * written, which holds the body, the title and the name. */

/* The titles a person is introduced with, longer before the titles they
 * end with ("副部长" before "部长"). */
static const char *const titles[] = {
    "新闻发言人", "首席执行官", "首席秘书", "总工程师", "总经济师", "总统计师", "主任委员", "发言人", "副部长",
    "部长", "副局长", "局长", "副主任", "主任", "副司长", "司长", "副总裁", "总裁", "董事长", "总经理",
    "秘书长", "副主席", "主席", "大使", "参赞", "副总统", "总统", "副总理", "总理", "省长", "市长", "厅长",
    "副院长", "院长", "所长", "会长", "副行长", "行长", "副署长", "署长", "书记", "副代表", "代表", NULL,
};

static int mark_at(const char *p, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return i + l <= e && !memcmp(p + i, w, l);
}

/* The length of the title p[s, e) ends with, or 0. */
static size_t title_end(const char *p, size_t s, size_t e)
{
    for (int k = 0; titles[k]; k++) {
        size_t l = strlen(titles[k]);
        if (e >= s + l && !memcmp(p + e - l, titles[k], l))
            return l;
    }
    return 0;
}

/* A middle dot of a foreign name ("波万孔·沃拉吉"): its length, or 0. */
static size_t dot_at(const char *p, size_t i, size_t e)
{
    return mark_at(p, i, e, "\xC2\xB7") ? 2 : mark_at(p, i, e, "\xE3\x83\xBB") ? 3 : 0;
}

/* Is p[s, e) a person's name: Han characters (a foreign name's dots
 * between), none a body's word (部, 局, 中心...)? Its characters, or 0. */
static size_t person_name(const char *p, size_t s, size_t e)
{
    static const char *const bodies[] = {"部", "局", "署", "厅", "委", "办", "院", "司", "会", "社", "处", "馆",
                                         "中心", "公司", "集团", "政府", "国", "省", "市", NULL};
    size_t chars = 0;
    for (size_t i = s; i < e;) {
        size_t d = dot_at(p, i, e);
        if (d) {
            i += d;
            continue;
        }
        if (!utf8_han_at(p, i, e))
            return 0;
        for (int k = 0; bodies[k]; k++)
            if (mark_at(p, i, e, bodies[k]))
                return 0;
        chars++;
        i += 3;
    }
    return chars;
}

int speakers_short_name(const char *doc, size_t s, size_t e, size_t *title)
{
    size_t t = title_end(doc, s, e);
    if (!t)
        return 0;
    size_t chars = person_name(doc, s, e - t);
    if (chars < 2 || chars > 8)
        return 0;
    *title = e - t;
    return 1;
}

/* A known body named in p[ds, be), the body part of a designation: one
 * opening it, else the last it names with nothing after it but the unit
 * it heads ("今天我们邀请到工业和信息化部" is MIIT; not "世界银行与肯尼亚
 * 信息通信部", whose last body is not the one after 与). */
static int known_body(const Metrics *m, const char *p, size_t ds, size_t be, char *out, size_t cap)
{
    static const char *const joins[] = {"与", "和", "及", "同", "跟", "对", "向", NULL};
    if (!m || be <= ds)
        return 0;
    if (names_source_opening(m, p, ds, be, out, cap))
        return 1;
    size_t head, tail;
    if (!names_source_last(m, p, ds, be, out, cap, &head, &tail) || tail > be - ds)
        return 0;
    /* (another country's body whose name holds a known one's, "肯尼亚信息
     * 通信和数字经济部", is named as written: its country opens it) */
    MetricsPlace pl[1];
    if (head && metrics_places(m, p, ds, ds + head, pl, 1) && pl[0].s == ds && strcmp(pl[0].id, "china") &&
        !metrics_scope_within(m, pl[0].id))
        return 0;
    for (size_t i = be - tail; i + 3 <= be; i += 3)
        for (int k = 0; joins[k]; k++)
            if (mark_at(p, i, be, joins[k]))
                return 0;
    return 1;
}

/* Is p[s, e) a unit of a body, a department or bureau that is its
 * ministry's ("信息通信发展司", "运行监测协调局"), naming no place and no
 * level of government? */
static int department(const Metrics *m, const char *p, size_t s, size_t e)
{
    static const char *const units[] = {"司", "局", "厅", "处", "室", "中心", NULL};
    int unit = 0;
    for (int k = 0; units[k] && !unit; k++)
        unit = e >= s + strlen(units[k]) + 6 && !memcmp(p + e - strlen(units[k]), units[k], strlen(units[k]));
    if (!unit || mark_at(p, e - 6, e, "总局"))
        return 0;
    /* (a body of its own: a province's or a city's, "某某省大数据局"; a
     * national one, "国家数据局") */
    static const char *const own[] = {"省", "市", "县", "自治区", "国家", "中国", "全国", NULL};
    for (size_t i = s; i < e; i += 3)
        for (int k = 0; own[k]; k++)
            if (mark_at(p, i, e, own[k]))
                return 0;
    char place[64];
    return !m || names_line_scope(m, p, s, e, 0, place, sizeof place) == 0;
}

/* A roster names its guests one after another ("邀请到工业和信息化部副部长
 * 单忠德先生，…，信息通信发展司司长谢存先生"): a department named alone, right
 * after a list's mark, is of the body the list named last before it, in
 * the same sentence. */
static int roster_body(const Metrics *m, const char *p, size_t ds, size_t be, char *out, size_t cap)
{
    if (!m || ds < 3 || !(mark_at(p, ds - 3, ds, "，") || mark_at(p, ds - 3, ds, "、")) || !department(m, p, ds, be))
        return 0;
    size_t s = ds;
    while (s > 0 && ds - s < 600 && p[s - 1] != '\n' && !(s >= 3 && (mark_at(p, s - 3, s, "。") ||
                                                                   mark_at(p, s - 3, s, "！") ||
                                                                   mark_at(p, s - 3, s, "？"))))
        s--;
    /* (the last METRICS_LINE_MAX bytes at most, from a character's start) */
    if (ds - s > METRICS_LINE_MAX)
        s = ds - METRICS_LINE_MAX;
    s = utf8_skip_cont(p, s, ds);
    size_t head, tail;
    return s < ds && names_source_last(m, p, s, ds, out, cap, &head, &tail);
}

/* The credit for the designation p[ds, de) whose body ends at p[be)
 * (the title starts there): the known body by its id (named in it, or
 * the roster's), else as written. */
static int credit_of(const Metrics *m, const char *p, size_t ds, size_t be, size_t de, char *out, size_t cap)
{
    if (known_body(m, p, ds, be, out, cap) || roster_body(m, p, ds, be, out, cap))
        return 1;
    if (de - ds >= cap)
        return 0;
    memcpy(out, p + ds, de - ds);
    out[de - ds] = '\0';
    return 1;
}

/* Where the body before a title at p[t] starts: back over Han characters
 * to the clause's start, less the words that lead up to it ("请工业和
 * 信息化部副部长" is the ministry's). */
static size_t body_start(const char *p, size_t t)
{
    static const char *const glue[] = {"邀请", "请", "由", "和", "与", "及", "经", "据", "有", "是", "为", "在", "对",
                                       "向", "其中", "包括", "以及", NULL};
    size_t s = t;
    while (s >= 3 && t - s < 3 * 30 && utf8_han_at(p, s - 3, t))
        s -= 3;
    /* (a 、 inside a ministry's name, "数字发展、创新和航空航天工业部": not
     * one between bodies, "外交部、商务部", whose first ends with a body's
     * word) */
    static const char *const body_ends[] = {"部", "局", "署", "厅", "委", "办", "院", "司", "会", "社", "处", "馆",
                                            "中心", "公司", "集团", "政府", "组织", "银行", NULL};
    while (s >= 6 && t - s < 3 * 36 && mark_at(p, s - 3, t, "、") && utf8_han_at(p, s - 6, t)) {
        int ends_body = 0;
        for (int k = 0; body_ends[k] && !ends_body; k++) {
            size_t l = strlen(body_ends[k]);
            ends_body = s - 3 >= l && !memcmp(p + s - 3 - l, body_ends[k], l);
        }
        if (ends_body)
            break;
        /* (the piece before it four characters at least, opening a
         * clause: not a person's name after a title, "副部长 张明、…局长") */
        size_t k = s - 3;
        while (k >= 3 && s - k < 3 * 36 && utf8_han_at(p, k - 3, t))
            k -= 3;
        if (s - 3 - k < 3 * 4 || (k > 0 && p[k - 1] == ' '))
            break;
        s = k;
    }
    /* (a date's last character before it: "3月5日外交部发言人") */
    if (s > 0 && p[s - 1] >= '0' && p[s - 1] <= '9' &&
        (mark_at(p, s, t, "日") || mark_at(p, s, t, "月") || mark_at(p, s, t, "年") || mark_at(p, s, t, "号")))
        s += 3;
    for (int again = 1; again && s < t;) {
        again = 0;
        for (int k = 0; glue[k]; k++)
            if (mark_at(p, s, t, glue[k]) && s + strlen(glue[k]) < t) {
                s += strlen(glue[k]);
                again = 1;
                break;
            }
    }
    return s;
}

int speakers_resolve(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    size_t nl = e - s;
    /* (a foreign name's parts may be written whole: "阿卜杜拉·托希罗夫") */
    int dotted = tf_find(doc + s, nl, "\xC2\xB7", 2) || tf_find(doc + s, nl, "\xE3\x83\xBB", 3);
    if (nl < 6 || nl > 3 * 8 + (dotted ? 3 * 8 : 0))
        return 0;
    /* the first mention of the name after a title, before s */
    for (const char *hit = tf_find(doc, s, doc + s, nl); hit; hit = tf_find(hit + 1, s - (size_t)(hit + 1 - doc),
                                                                           doc + s, nl)) {
        size_t f = (size_t)(hit - doc), from = f > 3 * 30 ? f - 3 * 30 : 0;
        /* (blanks may stand between the title and the name: "副部长 张明") */
        size_t g = f;
        while (g > from && (doc[g - 1] == ' ' || (g >= from + 3 && mark_at(doc, g - 3, f, "\xE3\x80\x80"))))
            g -= doc[g - 1] == ' ' ? 1 : 3;
        size_t t = title_end(doc, from, g);
        /* (a surname after the given name and its dot, "副部长阿卜杜拉·托希罗夫"
         * named short as "托希罗夫": the title before the given name) */
        size_t dl;
        if (!t && g >= from + 2 && ((dl = 2, mark_at(doc, g - 2, g, "\xC2\xB7")) ||
                                     (dl = 3, g >= from + 3 && mark_at(doc, g - 3, g, "\xE3\x83\xBB")))) {
            size_t k = g - dl;
            for (int c = 0; c < 6 && k >= from + 3 && utf8_han_at(doc, k - 3, g) && !t; c++) {
                k -= 3;
                if ((t = title_end(doc, from, k)))
                    g = k;
            }
        }
        if (!t)
            continue;
        /* the full name: "波万孔" is "波万孔·沃拉吉" */
        size_t de = f + nl, d;
        while ((d = dot_at(doc, de, s)) && utf8_han_at(doc, de + d, s)) {
            de += d;
            while (utf8_han_at(doc, de, s) && !mark_at(doc, de, s, "、"))
                de += 3;
        }
        size_t ds = body_start(doc, g - t);
        return credit_of(m, doc, ds, g - t, de, out, cap);
    }
    return 0;
}

int speakers_named(const Metrics *m, const char *doc, size_t s, size_t e, char *out, size_t cap)
{
    size_t title;
    if (speakers_short_name(doc, s, e, &title))
        return speakers_resolve(m, doc, s, title, out, cap);
    /* (a name alone: Han characters, a dot between a name's parts) */
    return person_name(doc, s, e) >= 2 && speakers_resolve(m, doc, s, e, out, cap);
}

/* Does the line doc[ls, le) open a Chinese turn, "NAME：" and what the
 * speaker says (a name, a designation "国家发展改革委副主任 李明", or 答)?
 * 1 and the name's span in [*ns, *ne), or 0. A question's turn ("记者：",
 * "问：", "法新社记者：") and the host's ("主持人：") credit nobody: 1 and an
 * empty span. The name may carry its designation in brackets ("寿小丽（国务院
 * 新闻办公室新闻局副局长、新闻发言人）："), given in [*ds, *de) (else empty),
 * and stand alone on its line, the turn's words on the next (*bare). */
/* Are the words after a label's colon, doc[s, e), a record's value, not
 * speech: no clause mark and no figure, a name or a term alone
 * ("保荐人（主承销商）：中信建投证券股份有限公司", "审计机构：天健会计师事务所")? */
static int field_value(const char *doc, size_t s, size_t e)
{
    static const char *const marks[] = {"。", "，", "；", "！", "？", "、", NULL};
    for (size_t i = s; i < e; i++) {
        if (doc[i] >= '0' && doc[i] <= '9')
            return 0;
        for (int k = 0; marks[k]; k++)
            if (mark_at(doc, i, e, marks[k]))
                return 0;
    }
    return 1;
}

/* Is the label doc[s, e) a designation in full: a body and its title,
 * then the person's name after a space ("国家数据局局长 王振华",
 * "主持人 国务院新闻办公室新闻局副局长 刘思远")? Such a label stands alone
 * on its line above the words of a press conference's turn. */
static int designated(const char *doc, size_t s, size_t e)
{
    size_t sp = e;
    while (sp > s && doc[sp - 1] != ' ')
        sp--;
    if (sp <= s + 1)
        return 0;
    size_t chars = person_name(doc, sp, e);
    /* (a foreign name in full runs longer: "舍尔佐德·沙希托夫") */
    int dotted = tf_find(doc + sp, e - sp, "\xC2\xB7", 2) || tf_find(doc + sp, e - sp, "\xE3\x83\xBB", 3);
    return chars >= 2 && chars <= (dotted ? 12u : 4u) && title_end(doc, s, sp - 1) > 0;
}

static int zh_turn(const char *doc, size_t ls, size_t le, size_t *ns, size_t *ne, size_t *ds, size_t *de,
                   int *bare)
{
    static const char *const askers[] = {"记者", "问", "主持人", "主持", "提问", NULL};
    size_t i = ls;
    while (i < le && (doc[i] == ' ' || mark_at(doc, i, le, "\xE3\x80\x80")))
        i += doc[i] == ' ' ? 1 : 3;
    size_t s = i, chars = 0;
    int listed = 0;   /* a 、 in a body's name: "数字发展、创新和航空航天工业部部长 X：" */
    while (i < le && chars <= 30) {
        size_t d = dot_at(doc, i, le);
        if (d)
            i += d;
        else if (chars && mark_at(doc, i, le, "、") && utf8_han_at(doc, i + 3, le))
            i += 3, listed = 1;
        else if (utf8_han_at(doc, i, le) && !mark_at(doc, i, le, "："))
            i += 3, chars++;
        else if (doc[i] == ' ' && chars)
            i++;   /* "主持人 寿小丽：" */
        else
            break;
    }
    size_t c = i;
    *ds = *de = 0;
    /* (a designation in brackets after the name, on its line) */
    if (chars && chars <= 6 && mark_at(doc, c, le, "（")) {
        size_t b = c + 3;
        int digits = 0;
        while (b < le && b - c < 3 * 40 && !mark_at(doc, b, le, "）") && !mark_at(doc, b, le, "。"))
            digits |= doc[b] >= '0' && doc[b] <= '9', b++;
        /* (a date or a measure in brackets is a record's label, no
         * designation: "当前股价（4月17日）：38.62元", "总股本（亿股）") */
        if (digits)
            return 0;
        if (mark_at(doc, b, le, "）")) {
            *ds = c + 3;
            *de = b;
            i = b + 3;
        }
    }
    if (!chars || chars > 30 || (chars > 24 && !listed) || !(mark_at(doc, i, le, "：") || (i < le && doc[i] == ':')))
        return 0;
    /* (a label holding a 、 is a designation, title and name, or none) */
    if (listed && !designated(doc, s, c))
        return 0;
    size_t after = i + (doc[i] == ':' ? 1 : 3);
    /* a label alone on its line names a speaker whose words follow, not
     * a "注：" with nothing said after it */
    *bare = 0;
    while (after < le && (doc[after] == ' ' || doc[after] == '\r'))
        after++;
    if (after == le && (chars <= 8 || designated(doc, s, c)))
        *bare = 1;
    else if (le - after < 6 || field_value(doc, after, le))
        return 0;
    /* a page's labels: "来源：", "发布时间：", "责任编辑：" */
    static const char *const labels[] = {"来源", "作者", "时间", "日期", "编辑", "单位", "注", "关键词", "摘要",
                                         "地址", "电话", "传真", "邮编", "网址", "字号", "附件", "位置", "机构",
                                         "分类号", "标识码", "编号", "项目", "简介", "字体", "分享", NULL};
    for (int k = 0; labels[k]; k++) {
        size_t l = strlen(labels[k]);
        if (c - s >= l && !memcmp(doc + c - l, labels[k], l))
            return 0;
    }
    *ns = s;
    *ne = c;
    /* (a question, or the host: the label opens or ends with its word,
     * "记者问", "主持人 寿小丽", "新华社记者"; not a clause that holds one
     * before its colon, "最近后台收到最多的一个问题就是：") */
    int adviser = c >= s + 6 && !memcmp(doc + c - 6, "顾问", 6);
    /* (a clause telling who asked, "最近后台好多朋友问：", "有弹幕问：", is
     * a post's own sentence, no one's turn: a question's label ending
     * in 问 is 问 alone, one asker of two characters at most before it,
     * "网友问", or a reporter, "新华社记者问") */
    if (chars > 3 && c >= s + 3 && !memcmp(doc + c - 3, "问", 3) && !(c >= s + 9 && !memcmp(doc + c - 9, "记者问", 9)) &&
        !(c >= s + 6 && !memcmp(doc + c - 6, "提问", 6)) && memcmp(doc + s, "记者", 6) && memcmp(doc + s, "主持", 6))
        return 0;
    for (int k = 0; askers[k] && !adviser; k++) {
        size_t l = strlen(askers[k]);
        if ((s + l <= c && !memcmp(doc + s, askers[k], l)) || (c >= s + l && !memcmp(doc + c - l, askers[k], l))) {
            *ne = *ns;
            return 1;
        }
    }
    /* (a designation names the host or a reporter; "顾问" asks nothing) */
    static const char *const hosts[] = {"记者", "主持", NULL};
    for (int k = 0; hosts[k]; k++)
        for (size_t j = *ds, l = strlen(hosts[k]); j + l <= *de; j++)
            if (!memcmp(doc + j, hosts[k], l)) {
                *ne = *ns;
                return 1;
            }
    if (chars < 2 && !(chars == 1 && mark_at(doc, s, c, "答")))
        return 0;
    return 1;
}

/* "答：": the official the opening lines say answers, "商务部新闻发言人就
 * 2024年外贸形势答记者问" (the ministry), "国家统计局新闻发言人答记者问"; in a
 * listed company's Q&A record, the company (irrecord.h). */
static int answerer(const Metrics *m, const char *doc, size_t n, char *out, size_t cap)
{
    size_t lim = n < 1500 ? n : 1500;
    const char *q = tf_find(doc, lim, "答记者问", 12);
    /* (a listed company's record of its answers to investors: the
     * company, whoever publishes it, irrecord.h) */
    if (!q)
        return irrecord_answerer(doc, n, out, cap);
    size_t e = (size_t)(q - doc), s = e;
    while (s > 0 && doc[s - 1] != '\n')
        s--;
    const char *jiu = tf_find(doc + s, e - s, "就", 3);
    if (jiu)
        e = (size_t)(jiu - doc);
    size_t t = title_end(doc, s, e);
    if (!t && e - s >= 9 && mark_at(doc, e - 9, e, "负责人"))
        t = 9;
    if (m && e - t > s && names_source_opening(m, doc, s, e - t, out, cap))
        return 1;
    if (e - s < 9 || e - s >= cap)
        return 0;
    memcpy(out, doc + s, e - s);
    out[e - s] = '\0';
    return 1;
}

/* The credit for the turn named doc[ns, ne) of the document doc[0, n):
 * a designation as it stands (before the name, or in brackets after it,
 * doc[ds, de)), the person introduced before, or for 答 the official the
 * opening lines say answers. 1 and out, or 0. */
static int zh_credit(const Metrics *m, const char *doc, size_t n, size_t ns, size_t ne, size_t ds, size_t de,
                     char *out, size_t cap)
{
    if (ne <= ns)
        return 0;
    if (ne - ns == 3 && mark_at(doc, ns, ne, "答"))
        return answerer(m, doc, n, out, cap);
    /* "寿小丽（国务院新闻办公室新闻局副局长、新闻发言人）": the body the
     * brackets name */
    if (de > ds) {
        for (size_t i = ds + 3; i <= de; i += 3) {
            size_t t = title_end(doc, ds, i);
            if (t && i - t > ds && known_body(m, doc, ds, i - t, out, cap))
                return 1;
        }
        return speakers_resolve(m, doc, ns, ne, out, cap) || credit_of(m, doc, ds, ds, de, out, cap);
    }
    /* a turn named in full, "国家发展改革委副主任 李明：": body and title */
    for (size_t i = ns + 3; i < ne; i++) {
        size_t t = title_end(doc, ns, i);
        if (t && i - t > ns && (i == ne || doc[i] == ' ' || utf8_han_at(doc, i, ne)))
            return credit_of(m, doc, ns, i - t, ne, out, cap);
    }
    return speakers_resolve(m, doc, ns, ne, out, cap);
}

/* ---- the turns ---- */

/* Past the timestamp in brackets that may open a turn's line at p[*k]
 * ("[00:00:19]") and the spaces after it: 1, with *k moved (or left where
 * no bracket opens); 0 when the bracket does not close within 16 bytes,
 * before the line's end le. */
static int past_stamp(const char *p, size_t le, size_t *k)
{
    size_t a = *k, b = a + 1;
    if (a >= le || p[a] != '[')
        return 1;
    while (b < le && b - a < 16 && p[b] != ']')
        b++;
    if (b >= le || p[b] != ']')
        return 0;
    for (a = b + 1; a < le && p[a] == ' ';)
        a++;
    *k = a;
    return 1;
}

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
    if (!past_stamp(p, le, &k))
        return 0;
    size_t a = k;
    int words = 1, letters = 0;
    for (; k < le && k - a <= 40; k++) {
        char c = p[k];
        if (ascii_isupper(c))
            letters++;
        else if (c == ' ')
            words++;
        else if ((unsigned char)c >= 0x80 && k > a && (ascii_isupper(p[k - 1]) || (unsigned char)p[k - 1] >= 0x80))
            continue;   /* "TOMÁS": a capital outside ASCII */
        else if (c != '.' && c != '\'' && c != '-')
            break;
    }
    /* (an interview's "Q:" and "A:" are labels of one letter) */
    int qa = k == a + 1 && (p[a] == 'Q' || p[a] == 'A');
    if (k >= le || p[k] != ':' || k + 1 >= le || p[k + 1] != ' ' || (letters < 2 && !qa) || words > 4 ||
        p[k - 1] == ' ')
        return 0;
    for (int i = 0; not_names[i]; i++)
        if (k - a == strlen(not_names[i]) && !strncmp(p + a, not_names[i], k - a))
            return 0;
    *s = a;
    *e = k;
    return 1;
}

/* A turn's label written as a name in title case at the line p[ls, le):
 * "Martin Ekwueme: ...", "Dr Thorne: ...", "Mao Ning: ...": two to four
 * words, each a capital then letters, a colon and the turn's text (a
 * timestamp in brackets may stand first). Where the name lies, and 1;
 * else 0 (labels in capitals are turn_label's). */
static int name_label(const char *p, size_t ls, size_t le, size_t *s, size_t *e)
{
    size_t k = ls;
    if (!past_stamp(p, le, &k))
        return 0;
    size_t a = k;
    int words = 0, lower = 0;
    while (k < le && words < 4) {
        if (!ascii_isupper(p[k]))
            return 0;
        k++;
        while (k < le && (ascii_isalpha(p[k]) || (unsigned char)p[k] >= 0x80 || p[k] == '.' ||
                          p[k] == '\'' || p[k] == '-')) {
            lower |= p[k] >= 'a' && p[k] <= 'z';
            k++;
        }
        words++;
        if (k < le && p[k] == ':')
            break;
        if (k >= le || p[k] != ' ')
            return 0;
        k++;
    }
    if (words < 2 || !lower || k + 1 >= le || p[k] != ':' || p[k + 1] != ' ')
        return 0;
    *s = a;
    *e = k;
    return 1;
}

size_t speakers_label_end(const char *doc, size_t s, size_t e, size_t *ls, size_t *le)
{
    size_t le_line = s;
    while (le_line < e && doc[le_line] != '\n')
        le_line++;
    if (!turn_label(doc, s, le_line, ls, le) && !name_label(doc, s, le_line, ls, le))
        return s;
    size_t k = *le + 1;
    while (k < e && doc[k] == ' ')
        k++;
    return k;
}

/* The words of the label p[s, e) in title case: "MAYA LINDQVIST" ->
 * "Maya Lindqvist". */
static void title_case(char *out, size_t cap, const char *p, size_t s, size_t e)
{
    size_t o = 0;
    for (size_t k = s; k < e && o + 1 < cap; k++) {
        char c = p[k];
        int first = k == s || p[k - 1] == ' ' || p[k - 1] == '-' || p[k - 1] == '\'';
        out[o++] = !first && ascii_isupper(c) ? (char)(c + 32) : c;
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

/* Does the turn's line p[s, e) end with a question mark (past blanks
 * and closing quotes)? */
static int asks_line(const char *p, size_t s, size_t e)
{
    while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\r' || p[e - 1] == '"' || p[e - 1] == '\''))
        e--;
    return e > s && p[e - 1] == '?';
}

/* The label opening the turn's line p[ls, le), the first that fits:
 *   "MAYA LINDQVIST: ...", "Q: ..."  words in capitals (turn_label), not
 *                                    a place heading a section ("KENYA:")
 *   "Martin Ekwueme: ..."            a name in title case (name_label) that
 *                                    opens two turns: *titled
 *   "Nkechi Adeyemi: ..."            a speaker's first turn in full
 *                                    (full_label), before their initials
 * Its span in [*s, *e), its text in label (the speaker's full name when
 * known), its index among the labels in *k (-1: none); 0 when the line
 * opens no turn. */
static int turn_line_label(Speakers *sp, size_t ls, size_t le, size_t *s, size_t *e, char *label, size_t cap,
                           int *k, int *titled)
{
    *k = -1, *titled = 0;
    if (turn_label(sp->p, ls, le, s, e)) {
        char place[64];
        if (sp->m && names_heading_scope(sp->m, sp->p, *s, *e, place, sizeof place))
            return 0;
        title_case(label, cap, sp->p, *s, *e);
        *k = label_index(sp, sp->p, *s, *e);
    } else if (name_label(sp->p, ls, le, s, e) && (*k = label_index(sp, sp->p, *s, *e)) >= 0 && sp->uses[*k] >= 2) {
        copy(label, cap, sp->p, *s, *e);
        *titled = 1;
    } else {
        *k = -1;
        size_t c = full_label(sp->p, ls, le);
        for (int i = 0; c && i < sp->nlabels && *k < 0; i++)
            if (sp->full[i][0] && strlen(sp->full[i]) == c - ls && !memcmp(sp->full[i], sp->p + ls, c - ls))
                *k = i;
        if (*k < 0)
            return 0;
        *s = ls, *e = c;
        snprintf(label, cap, "%s", sp->full[*k]);
    }
    if (*k >= 0 && sp->full[*k][0])
        snprintf(label, cap, "%s", sp->full[*k]);
    return 1;
}

/* The body the speaker of label k speaks for: the participants' line's
 * (who), else the one the text introduced them with before their first
 * turn at ls ("Dr Rebecca Thorne, Senior Fellow, Centre for Maritime
 * Security": introduced.h), read once a label; NULL when none. */
static const char *turn_org(Speakers *sp, int who, int k, const char *label, size_t ls)
{
    if (who >= 0 && sp->who[who].org[0])
        return sp->who[who].org;
    if (k < 0)
        return NULL;
    if (!sp->org_read[k]) {
        const char *last = strrchr(label, ' ');
        last = last ? last + 1 : label;
        if (!introduced_org(sp->p, ls, last, strlen(last), sp->org[k], sizeof sp->org[k]))
            sp->org[k][0] = '\0';
        sp->org_read[k] = 1;
    }
    return sp->org[k][0] ? sp->org[k] : NULL;
}

/* The turn opening at the line p[ls, le), if it opens one: its speaker,
 * a participant or a label that opens two turns at least. An English
 * turn's speaker speaks for themselves in all they say (SPEAKERS_ALL),
 * unless they ask: the host's, the moderator's, "Q:", a question. */
static void turn_line(Speakers *sp, size_t ls, size_t le)
{
    size_t s, e;
    int k, titled;
    char label[64];
    if (!turn_line_label(sp, ls, le, &s, &e, label, sizeof label, &k, &titled))
        return;
    /* who speaks: a participant named, else a label used twice or known in full */
    int who = -1;
    for (int i = 0; i < sp->nwho && who < 0; i++)
        if (names_match(label, sp->who[i].name))
            who = i;
    if (who < 0 && (k < 0 || (sp->uses[k] < 2 && !sp->full[k][0])))
        return;
    /* (a name in title case is a speaker's only with a body) */
    const char *org = turn_org(sp, who, k, label, ls);
    if (titled && !org)
        return;
    /* the turn's credit from here on */
    sp->turns++;
    sp->how = SPEAKERS_ALL;
    snprintf(sp->label, sizeof sp->label, "%s", label);
    if (org)
        snprintf(sp->speaker, sizeof sp->speaker, "%s", org);
    else if (who >= 0)
        snprintf(sp->speaker, sizeof sp->speaker, "%s", sp->who[who].name);
    else if (e - s == 1)   /* "Q:" asks; "A:" is the guest's */
        snprintf(sp->speaker, sizeof sp->speaker, "%s", sp->p[s] == 'A' ? sp->answerer : "");
    else
        snprintf(sp->speaker, sizeof sp->speaker, "%s", label);
    /* (a label of one word no participant nor full name explains is a
     * role, maybe a script's "OST:" or "VISUAL:": only its own findings
     * are its own) */
    int named = who >= 0 || (k >= 0 && sp->full[k][0] && !sp->role[k]) || e - s == 1 || memchr(sp->p + s, ' ', e - s);
    if (!sp->speaker[0] || !named || (who >= 0 && sp->who[who].asks) || asks_line(sp->p, e, le))
        sp->how = 0;
}

/* Does the document open as a press conference's answers (答记者问: its
 * answers are a spokesman's, not a company's)? Read once, when first
 * asked. */
static int press_qa(Speakers *sp)
{
    if (!sp->press_qa)
        sp->press_qa = 1 + (tf_find(sp->p, sp->n < 1500 ? sp->n : 1500, "答记者问", 12) != NULL);
    return sp->press_qa - 1;
}

/* A Chinese turn opening at the line p[ls, le) ("毛宁：...", "答：...",
 * "记者：..."): its credit (a question's, none) from here on. A label no
 * one was introduced by ("来源：", "一是：") changes nothing. */
/* A television script's label line ("【同期声】泰国数字经济促进局官员 颂猜",
 * "【解说】", "【记者】"): 1 and the speaker's words' turn set when it opens
 * one, or ends the one before; 0 when the line is no such label. A sound
 * bite's label names who speaks on the lines under it (their body and
 * title, as a turn's label would, else as written); a label alone on its
 * line, the narrator's, the reporter's, the host's, ends the speaker's
 * turn. A head in brackets with text after it ("【外汇储备】据…") is no
 * label. */
static int script_label(Speakers *sp, size_t ls, size_t le)
{
    const char *p = sp->p;
    static const char *const bites[] = {"【同期声】", "【同期】", NULL};
    size_t i = ls;
    while (i < le && (p[i] == ' ' || mark_at(p, i, le, "\xE3\x80\x80")))
        i += p[i] == ' ' ? 1 : 3;
    if (!mark_at(p, i, le, "【"))
        return 0;
    size_t e = le;
    while (e > i && (p[e - 1] == ' ' || p[e - 1] == '\r'))
        e--;
    for (int k = 0; bites[k]; k++) {
        size_t l = strlen(bites[k]);
        if (!mark_at(p, i, le, bites[k]))
            continue;
        size_t ns = i + l;
        while (ns < e && p[ns] == ' ')
            ns++;
        if (e <= ns || e - ns >= sizeof sp->speaker)
            return 0;
        char who[sizeof sp->speaker] = "";
        if (!zh_credit(sp->m, p, sp->n, ns, e, 0, 0, who, sizeof who)) {
            memcpy(who, p + ns, e - ns);
            who[e - ns] = '\0';
        }
        snprintf(sp->speaker, sizeof sp->speaker, "%s", who);
        sp->how = SPEAKERS_ALL;
        sp->zh_turns++;
        sp->turn_at = ls;
        return 1;
    }
    /* (another label alone on its line ends the sound bite) */
    if (sp->zh_turns && e >= i + 9 && mark_at(p, e - 3, e, "】") && e - i <= 3 * 8) {
        sp->speaker[0] = '\0';
        sp->how = 0;
        sp->turn_at = ls;
        return 1;
    }
    return 0;
}

static void zh_turn_line(Speakers *sp, size_t ls, size_t le)
{
    const char *p = sp->p;
    size_t ns, ne, ds, de;
    int bare;
    if (script_label(sp, ls, le))
        return;
    if (!((unsigned char)p[ls] >= 0xE3 || p[ls] == ' ') || !zh_turn(p, ls, le, &ns, &ne, &ds, &de, &bare))
        return;
    /* (an outlet's dateline, "央视网消息（新闻联播）：", "本报讯：", opens its
     * story, no one's turn: the items it reads credit whom they name) */
    if (ne >= ns + 6 && (mark_at(p, ne - 6, ne, "消息") || mark_at(p, ne - 3, ne, "讯")))
        return;
    char who[sizeof sp->speaker] = "";
    int answer = ne - ns == 3 && mark_at(p, ns, ne, "答");
    if (ne > ns && !zh_credit(sp->m, p, sp->n, ns, ne, ds, de, who, sizeof who)) {
        /* (a company's answers in the record a broker publishes end at the
         * broker's own heading, "投资建议：我们预计…": not the company's) */
        if (sp->company_turn && !answer && ne - ns >= 6) {
            sp->speaker[0] = '\0';
            sp->how = 0;
            sp->company_turn = 0;
            sp->turn_at = ls;
        }
        /* (an answer whose answerer the text does not name, "答：" after
         * "记者问：", is no question's: the publisher's word) */
        if (answer && !bare) {
            sp->speaker[0] = '\0';
            sp->how = 0;
            sp->turn_at = ls;
        }
        return;
    }
    /* (a label alone on its line opens a turn when it was introduced, or
     * is a question's; then its words follow) */
    if (bare && (ne > ns ? !who[0] : le + 1 >= sp->n))
        return;
    snprintf(sp->speaker, sizeof sp->speaker, "%s", who);
    sp->how = who[0] ? SPEAKERS_ALL : SPEAKERS_ASKED;
    sp->company_turn = answer && who[0] && !press_qa(sp);
    sp->zh_turns++;
    sp->turn_at = ls;
}

const char *speakers_at(Speakers *sp, size_t at, unsigned *how)
{
    *how = 0;
    if (!sp->any && !sp->chinese)
        return "";
    /* each line once, up to the line holding at (its label stands before
     * the figure) */
    while (sp->scanned <= at && sp->scanned < sp->n) {
        size_t le = lines_end(sp->p, sp->n, sp->scanned);
        if (sp->any)
            turn_line(sp, sp->scanned, le);
        if (sp->chinese)
            zh_turn_line(sp, sp->scanned, le);
        sp->scanned = le + 1;
    }
    /* (a Chinese turn is its speaker's from the first: the speaker was
     * introduced; an English label needs two turns) */
    if (sp->zh_turns && sp->how) {
        *how = sp->how;
        return sp->speaker;
    }
    if (sp->turns < 2)
        return "";
    *how = sp->how;
    return sp->speaker;
}

size_t speakers_turn_start(const Speakers *sp)
{
    return sp->zh_turns ? sp->turn_at : 0;
}

int speakers_wrote(const char *name, const char *authors)
{
    AuthorSet *a = authorset_new(authors);
    int r = authorset_wrote(a, name);
    authorset_free(a);
    return r;
}

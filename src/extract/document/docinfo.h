/* docinfo.h — what a whole document says of its figures: the place it is
 * about, its reference year, its date, and the body that publishes it.
 *
 * Read once per document from its bibliography row (sources.csv: title,
 * date, publisher, authors) and, when it has none, from its first
 * heading lines:
 *  - place: the one place the title names ("Telecommunications in
 *    Ethiopia"; none when it names several); else the one place the
 *    publisher's name holds when it publishes its own figures
 *    ("Communications Authority of Kenya", "Tembo Telecom Tanzania PLC";
 *    not a research institute's or a newspaper's seat); else the one place
 *    the first heading lines name.
 *    With none of these, the place its text keeps naming stands for it,
 *    last of all (context_text_scope).
 *  - year: the title's year ("Annual Report 2023"; a month's year first,
 *    "(October-December 2023)"; a period's last year, "2013-2023").
 *  - date: the bibliography date (YYYY-MM-DD), which dates "this year",
 *    "last year", a month without a year and, in a news story (a dateline:
 *    "LAGOS, March 15 (Reuters) -", "ILOILO CITY - The city ..."; or a
 *    Chinese newspaper's, news site's or agency's story, 人民日报, 新华网)
 *    or a press release ("PRESS RELEASE"), figures the story leaves
 *    undated.
 *  - period: the end of the period a report says near its top that it
 *    covers (period.h), which dates the figures it leaves undated before
 *    its date does.
 *  - data's year: a Chinese report (no news story) counts its figures "as
 *    of" a date ("截至2023年12月"); the latest it names, when its year
 *    ended before the report came out (a report of March 2024 on 2023),
 *    dates the figures it states undated.
 *  - home: the place of the body that publishes it (below).
 *  - own body: the body that publishes its own figures (a regulator, a
 *    ministry, a company, a research team): a known source in the
 *    publisher or authors, else the authors when they are an organisation,
 *    else the publisher; none when the authors are people (a reporter, a
 *    scholar) or an encyclopedia's contributors. Authors that are a body's
 *    press office ("ITU Media Relations") are the body, not people, and so
 *    are authors named with an acronym ("GSMA Intelligence"), and so
 *    are authors named after the publisher ("Meridian Re Broking
 *    Specialty Analytics" of Meridian Re Broking Ltd.). A joint
 *    publisher ("A / B") is the first body it names. Whoever signs it,
 *    a document of a publisher that speaks for itself (selfpub.h: a
 *    government's organ, a company, a rating agency, a body's release a
 *    service carries) is the publisher's, and so is one any other body
 *    issues in its own name (issued.h: on its letterhead, speaking of
 *    itself).
 *  - issued: the document is such a statement of its publisher's; when
 *    its title (else its first heading lines) names a statement of the
 *    present (results, a notice, minutes; no proposal), what it leaves
 *    undated, outside plans, holds at its date.
 *
 * Nothing here allocates; a DocInfo holds copies.
 */
#ifndef CB_DOCINFO_H
#define CB_DOCINFO_H

#include <stddef.h>

typedef struct Metrics Metrics;
typedef struct Source Source;

/* Is the document a news story, whose date dates what it leaves undated? */
typedef enum DocNews {
    NEWS_NONE,
    NEWS_STORY,       /* a dateline or a press release's line */
    NEWS_OUTLET_ZH,   /* a Chinese outlet's story, no dateline: plans stay undated */
} DocNews;

typedef struct DocInfo {
    char scope[64];          /* the document's place, or "" (docinfo_read_place) */
    const char *scope_from;  /* "title", "publisher", "first heading" (static), or NULL */
    int year;                /* the title's (or first heading's) year, or a
                              * report edition's year of data ("（2023年）"), or 0 */
    int date_y, date_m, date_d;  /* the date, 0 when unknown */
    DocNews news;            /* a dated news story (dateline near its top),
                              * press release ("PRESS RELEASE" line) or
                              * story of a Chinese news outlet (人民日报,
                              * 新华网) with no dateline, whose plans and
                              * forecasts stay undated */
    int data_y;              /* the year a Chinese report's data run to: the
                              * latest "截至2023年12月" it names, when that
                              * year ended before its date; else 0 */
    int period_y;            /* the year the period it reports on ends in
                              * ("Reporting period: 1 March 2021 - 31
                              * December 2024"; period.h), for a news
                              * story only a survey's fieldwork, none
                              * when year is known; or 0 */
    int issued;              /* the publisher's own statement (issued.h): a
                              * body that prints no others' work, on its
                              * letterhead, speaking of itself */
    int issued_now;          /* such a statement of its present (its title
                              * names results, a notice, minutes... and no
                              * proposal): its date dates what it leaves
                              * undated */
    int refwork;             /* an encyclopedia's entry (refwork.h): its
                              * date dates no present tense */
    int dated_top;           /* it prints its date, of date_y's year, among
                              * its first lines (dateprint.h): it tells
                              * what was so when it was written */
    char body[128];          /* the own body, or "" */
    int body_signed;         /* the body is a publisher that speaks for
                              * itself whose people sign (selfpub.h): its
                              * figures' body, not the document's place */
    int body_read;           /* the body was known before its voice (the
                              * publisher's "we", read_we) gave it: what the
                              * place (docinfo_read_place) goes by */
    char we[128];            /* the body "we" and "our" stand for: the own
                              * body, else a known body that publishes the
                              * document (a research institute's paper by
                              * its fellows), else the publisher by its
                              * name (a vendor's blog by its researcher),
                              * unless it prints others' work (a journal,
                              * a publishing house, a newspaper), or "" */
    char reviewed[128];      /* the author or body of the work its title
                              * says it is about (reviewed.h), or "" */
    char home[64];           /* the place of the body that publishes it: the
                              * place data/metrics.csv gives a known body
                              * (Taiwan's MODA), else the one its publisher's
                              * name names (南宁市人民政府, 香港特别行政区
                              * 政府新闻公报), else China for a body of China
                              * writing in Chinese; or "". Its 全市, 本港 or,
                              * in Taiwan, 我國 (homeplace.h) */
    char own[32];            /* the country its 我国 names when not China:
                              * a Malaysian or Taiwanese paper's (ownland.h);
                              * or "" */
} DocInfo;

/* Fill *di for doc[0, n) with bibliography row src (NULL: none), all but
 * its place (scope, scope_from: "" and NULL until docinfo_read_place). */
void docinfo_read(const Metrics *m, const Source *src, const char *doc, size_t n, DocInfo *di);

/* Fill the place of *di, which docinfo_read filled from the same
 * arguments. Its own step: a reader of the title's, the publisher's and
 * the first lines' places, read only for a document one of whose claims
 * asks for it (context_doc). */
void docinfo_read_place(const Metrics *m, const Source *src, const char *doc, size_t n, DocInfo *di);

/* The year the time word of the sentence p[ss, se) nearest offset at
 * means by the document's
 * date: "this year" (the date's year), "last year", "next year", "this"
 * or "the last fiscal year" (the one running or last ended), a month
 * without a year ("in February"; a later month than the date's is last
 * year's, "at the end of December" in a March story), a weekday ("on
 * Thursday"), "currently", "so far", "to date"; a month or weekday of
 * a document whose title names its year is of that year. 0 when the
 * document has no date or the sentence no such word; *why (static) says
 * which. */
int docinfo_relative_year(const DocInfo *di, const char *p, size_t ss, size_t se, size_t at, const char **why);

/* The same for every claim of a sentence, the sentence read once: its
 * time words and the years they give (docinfo_times), then the year of
 * the one nearest each claim (docinfo_times_year: what
 * docinfo_relative_year gives). A DocTimes borrows di and p. */
#define DOCINFO_TIMES 32
typedef struct DocTimes {
    const DocInfo *di;
    const char *p;
    size_t ss, se;
    size_t n;                    /* time words found (more than DOCINFO_TIMES:
                                  * each claim reads the sentence again) */
    size_t at[DOCINFO_TIMES];    /* where each stands, in reading order */
    int year[DOCINFO_TIMES];     /* and the year it gives */
} DocTimes;

void docinfo_times(const DocInfo *di, const char *p, size_t ss, size_t se, DocTimes *t);
int docinfo_times_year(const DocTimes *t, size_t at, const char **why);

/* The reference year a title or heading text[0, n) states, or 0 (see
 * above: a month's year, else a period's last year, else its last year). */
int docinfo_title_year(const char *text, size_t n);

/* The same for a table's caption, whose year in brackets is its data's
 * ("表1 部分共建国家数字基础设施指标（2022年）"), not an edition's. */
int docinfo_caption_year(const char *text, size_t n);

#endif

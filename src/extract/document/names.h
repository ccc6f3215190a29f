/* names.h — what a short line of a document names: the place a heading,
 * a title or a table's row label is about, the body a "Source:" note
 * credits, the metric a heading or column header names.
 *
 * A line is read whole (metrics_line_cues), not as a sentence: "PAKISTAN"
 * over a fact sheet, "China" as a row label, "Source: PTA; DataReportal"
 * under a table. Lines longer than METRICS_LINE_MAX bytes name nothing.
 * Nothing here allocates; results are copied into the caller's buffers.
 */
#ifndef CB_NAMES_H
#define CB_NAMES_H

#include <stddef.h>

#include "claim.h"

typedef struct Metrics Metrics;

/* The place a line doc[from, to) names when it is nothing but a place
 * ("PAKISTAN", "Sub-Saharan Africa:", "China", "INDIA (REFERENCE
 * MARKET)"): its scope id in out, and 1; 0 for any other line. A scope's
 * own id counts as its name here ("China" is china). */
int names_heading_scope(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The one place a line doc[from, to) mentions anywhere (a document's
 * title: "Telecommunications in Ethiopia"): 1 and its id in out; 0 when
 * it names none, -1 when several. With ids, a scope's own id counts as a
 * name ("...of the People's Republic of China"). */
int names_line_scope(const Metrics *m, const char *doc, size_t from, size_t to, int ids, char *out, size_t cap);

/* The body a note line doc[from, to) ("Source: PTA; DataReportal, 2024")
 * credits: a known source's name, else the first name after the colon;
 * in a Chinese note, the compiler it names first ("资料来源：AidData、国防
 * 安全研究院整理": names_compiler_zh). 1 when one was written to out. */
int names_note_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* Does the note line doc[from, to) name the publisher's own data first
 * ("Source: company data, IDC", "Source: company data; Sustainability
 * Report 2024", "Sources: management estimates, Structure Research")?
 * Its figures are then the publisher's, whatever it names after. */
int names_note_own_first(const char *doc, size_t from, size_t to);

/* The compiler doc[from, to) names before 整理 (汇总, 编制): the name back
 * to a mark or from, less how it worked ("第一财经记者根据公开资料整理" is
 * 第一财经): a known body by its id, else as written. 1 and out, or 0
 * (none named: "经整理", "作者整理", "根据…整理", nor a kind of material,
 * "公开资料整理", "企业公告整理"). */
int names_compiler_zh(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The body a list of names doc[from, to) gives first ("CPEC Authority;
 * Special Communications Organization (SCO)"): a known source's name,
 * else its first organisation's name, else its first name. 1 and out, or
 * 0. names_note_source reads such a list after a note's colon. */
int names_list_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The known body (a source row of metrics.csv) doc[from, to) names, by
 * its canonical name: 1 and out, or 0. */
int names_known_source(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The known body whose name opens doc[from, to), after 中国 or 我国 at
 * most ("商务部电子商务和信息化司" is MOFCOM, "华为中东和中亚地区部" Huawei;
 * not "沙特海关", a body of another country): its canonical name in out
 * and 1, or 0. */
int names_source_opening(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap);

/* The last known body doc[from, to) names, anywhere in it ("今天我们邀请到
 * 工业和信息化部" names MIIT): its canonical name in out, and in *head and
 * *tail the bytes of doc[from, to) before and after its name; 1, or 0
 * when it names none. */
int names_source_last(const Metrics *m, const char *doc, size_t from, size_t to, char *out, size_t cap,
                      size_t *head, size_t *tail);

/* The metric a heading line doc[from, to) names for claim c, a figure
 * below it ("Individuals using the Internet (% of population)", a column
 * header "Internet users (millions)"): sets c->metric (and the metric's
 * unit, as metrics_classify does) and returns 1; 0 when none fits c's
 * unit. The first metric in file order whose cues, requires and forbids
 * the line meets wins. */
int names_heading_metric(const Metrics *m, Claim *c, const char *doc, size_t from, size_t to);

/* 1 when a table's caption doc[cap_s, cap_e) says its figures are not
 * what metric id measures: the caption holds a forbid of it ("Average
 * claim size by region", "Households with access to ICT, by area
 * (percent)", "Data/internet subscriptions by technology") and no cue of
 * it but one set before another noun ("internet subscriptions"). For a
 * share of people, not when the caption, the cell's column header
 * doc[head_s, head_e) or its row's label doc[label_s, label_e) names
 * people ("Internet users (% of population)"). */
int names_caption_forbids(const Metrics *m, const char *doc, size_t cap_s, size_t cap_e, size_t head_s,
                          size_t head_e, size_t label_s, size_t label_e, const char *id);

/* Does a column's header cell doc[from, to) (of doc[0, n)) name its own
 * quantity of the counted noun unit: a word right before the noun that
 * says which ("Partner countries", "Landing" over "countries" on the
 * header's next line), not only the noun ("Countries", "Number of
 * projects", "Countries covered") or a date ("Dec 2023")? Then a figure under it counts that, not what
 * the table's caption measures ("Selected submarine cables landing in
 * Southeast Asia": the caption's metric is not the landing countries'). */
int names_own_quantity(const char *doc, size_t n, size_t from, size_t to, const char *unit);

#endif

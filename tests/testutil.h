/* testutil.h — helpers shared by the Check suites.
 *
 * tu_run runs the built claimbrief program with arguments and captures
 * its exit status, stdout and stderr (both owned by the Run; tu_run_free).
 * tu_tmpdir makes a fresh folder under the build tree (caller frees the
 * string; the folder is left for inspection).
 */
#ifndef CB_TESTUTIL_H
#define CB_TESTUTIL_H

#include <stddef.h>

#include "claim.h"

struct Metrics;

typedef struct Run {
    int status;      /* exit status, or 128+signal */
    char *out;       /* stdout, NUL-terminated */
    size_t out_len;
    char *err;       /* stderr, NUL-terminated */
    size_t err_len;
} Run;

/* Run CB_PROGRAM with argv (NULL-terminated, without argv[0]) in folder
 * cwd (NULL: the current one), stdin from in_path (NULL: /dev/null), with
 * extra environment assignments env (NULL-terminated "K=V", may be NULL). */
Run tu_run(const char *cwd, const char *in_path, const char *const *env, const char *const *argv);
void tu_run_free(Run *r);

/* A fresh empty folder under CB_BINARY_DIR/testtmp/; caller frees. */
char *tu_tmpdir(const char *tag);
/* Read a whole file; NULL when it cannot. len may be NULL. Caller frees. */
char *tu_read(const char *path, size_t *len);
/* Write a file (aborts the test on failure). */
void tu_write(const char *path, const void *data, size_t n);
/* Copy the project skeleton (data/, claimbrief.ini, fonts/) from the source tree into
 * dir, so tests can change data without touching the repository. */
void tu_copy_project(const char *dir);
/* Descriptors open in this process (the listing's own excepted). */
int tu_open_fds(void);
/* Run a shell command; its exit status. */
int tu_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Run suite s with Check's normal output; EXIT_SUCCESS when every test
 * passed, else EXIT_FAILURE (a test program's main returns it). */
struct Suite;
int tu_run_suite(struct Suite *s);

/* The default metrics table (data/metrics.csv) for suites of the rules
 * that read it: tu_metrics_load and tu_metrics_unload are their checked
 * fixture (checked, or unchecked to load it once per suite). */
extern struct Metrics *tu_metrics;
void tu_metrics_load(void);
void tu_metrics_unload(void);

/* The metric and context extract gives the claim whose text is fig in the
 * document doc (named t.txt, read with tu_metrics); the test fails when
 * no claim has that text. The strings stay until the next call. */
const char *tu_metric_of(const char *doc, const char *fig);
const char *tu_context_of(const char *doc, const char *fig);

/* Where fig first stands in s (the test fails when it is not there). */
size_t tu_at(const char *s, const char *fig);
/* A claim of the first occurrence of fig in s: claim_init'ed, its start
 * and end set (the test fails when fig is not in s). */
struct Claim tu_claim_at(const char *s, const char *fig);
/* s without the blanks, line feeds and returns that end it, nor the
 * spaces that open it (in place). */
void tu_trim(char *s);

/* The credit a reader of tu_metrics gives the first occurrence of span in
 * the sentence s ("" when none): fn is metrics_record_owner,
 * metrics_body_act or the like, whose answer (1: a body credited) must
 * agree with the source it sets; NULL reads the whole classification
 * (metrics_classify). The test fails when span is not in s. The string
 * stays until the next call. */
struct Claim;
typedef int (*TuCreditFn)(const struct Metrics *m, struct Claim *c, const char *doc, size_t doc_len,
                          size_t sent_start, size_t sent_end);
const char *tu_credit_of(TuCreditFn fn, const char *s, const char *span);

/* A claim pushed to l (which owns it): id, doc, metric, scope, unit,
 * year and value as given, exact, no bounds, its words text and an empty
 * sentence. The claim in l, to change further (valid until the next push). */
struct ClaimList;
struct Claim *tu_push_claim(struct ClaimList *l, const char *id, const char *doc, const char *metric,
                            const char *scope, int year, double v, const char *unit, const char *text);

/* CPU seconds to scan text[0..n) for every quantity (scan_next), the best
 * of three runs; *found: how many it gave. For tests that hold one text's
 * time as a ratio to another's, whatever the machine's speed. */
double tu_scan_seconds(const char *text, size_t n, size_t *found);

/* CPU seconds (user and system) this process has used, and those of its
 * children it has waited for (tu_run's program among them). A test that
 * bounds the time of some work subtracts two readings: unlike the wall
 * clock, the figure does not grow when the machine is loaded, so a limit
 * catches a quadratic walk and not a busy neighbour. */
double tu_cpu_seconds(void);
double tu_children_cpu_seconds(void);

#endif

/* test_build.c — `claimbrief build`: incremental, honest about why,
 * identical for any number of threads, and `--watch`.
 *
 * Every test works in a fresh copy of the project (tu_copy_project), with
 * SOURCE_DATE_EPOCH fixed so outputs are comparable byte for byte.
 */
#include "bstate.h"
#include "buf.h"
#include "findings.h"
#include "fsio.h"
#include "testutil.h"

#include <check.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

static const char *const ENV[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};

/* A fresh copy of the project, without outputs. */
static char *project(const char *tag)
{
    char *dir = tu_tmpdir(tag);
    tu_copy_project(dir);
    tu_sh("rm -rf '%s/reports' && mkdir -p '%s/reports' && rm -f '%s/data/claims.csv'", dir, dir,
          dir);
    return dir;
}

/* Run a build in dir; its stdout. Fails the test on a non-zero status. */
static char *build(const char *dir, const char *jobs)
{
    const char *argv[] = {"build", "--jobs", jobs, NULL};
    Run r = tu_run(dir, NULL, ENV, argv);
    ck_assert_msg(r.status == 0, "build failed (%d): %s", r.status, r.err);
    char *out = r.out;
    r.out = NULL;
    tu_run_free(&r);
    return out;
}

/* Every file of the project's outputs with size and mtime, one a line. */
static char *snapshot(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s.snap", dir);
    tu_sh("cd '%s' && find reports data -type f -printf '%%p %%s %%T@\\n' | sort > '%s'", dir,
          path);
    return tu_read(path, NULL);
}

static int has_line(const char *out, const char *prefix)
{
    size_t n = strlen(prefix);
    for (const char *l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
        if (strncmp(l, prefix, n) == 0)
            return 1;
    return 0;
}

static size_t count_lines(const char *out)
{
    size_t n = 0;
    for (const char *p = out; *p; p++)
        n += *p == '\n';
    return n;
}

START_TEST(a_no_op_build_should_rebuild_nothing_and_write_nothing)
{
    char *dir = project("build-noop");
    char *first = build(dir, "2");
    ck_assert_msg(has_line(first, "brief: not built before"), "first build said: %s", first);
    ck_assert_msg(has_line(first, "chart money.png: not built before"), "%s", first);
    ck_assert_msg(has_line(first, "chart metric-internet_users.png: not built before"), "%s", first);
    free(first);
    /* Give every output time to leave the racy window, then settle. */
    usleep(60000);
    free(build(dir, "2"));
    char *before = snapshot(dir);
    char *out = build(dir, "2");
    ck_assert_str_eq(out, "");
    char *after = snapshot(dir);
    ck_assert_str_eq(before, after);
    free(out);
    free(before);
    free(after);
    free(dir);
}
END_TEST

/* One claim's value changes: the analyst corrects the "17 countries"
 * MoU claim to 18 with a row of data/curation.csv. */
static void edit_one_claim(const char *dir)
{
    ck_assert_int_eq(tu_sh("cd '%s' && row=$(grep ',17,17,,,countries,' data/claims.csv | head -1 | "
                           "cut -d, -f1,2) && test -n \"$row\" && "
                           "echo 'id,action,doc,value,note' > data/curation.csv && "
                           "echo \"${row%%%%,*},correct,${row#*,},18,checked against the report\" "
                           ">> data/curation.csv",
                           dir),
                     0);
}

START_TEST(editing_one_claim_should_rebuild_only_what_shows_it)
{
    char *dir = project("build-edit");
    free(build(dir, "2"));
    usleep(60000);
    free(build(dir, "2"));
    tu_sh("cd '%s' && cp -r reports reports.before", dir);
    char *before = snapshot(dir);
    edit_one_claim(dir);
    char *out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: data/curation.csv"), "said: %s", out);
    ck_assert_int_eq(tu_sh("grep -q ',17,18,,,countries,' '%s/data/claims.csv'", dir), 0);
    /* The table from cached documents is the one extract writes. */
    ck_assert_int_eq(tu_sh("cd '%s' && '%s' extract data/corpus > extract.csv && "
                           "cmp extract.csv data/claims.csv",
                           dir, CB_PROGRAM),
                     0);
    ck_assert_msg(has_line(out, "brief: data/claims.csv changed"), "said: %s", out);
    /* Findings: remade exactly when their bytes changed. */
    int findings_changed =
        tu_sh("cd '%s' && cmp -s reports/findings.csv reports.before/findings.csv", dir) != 0;
    ck_assert_int_eq(has_line(out, "findings: "), findings_changed);
    /* Charts: each part remade exactly when what it shows did (the parts
     * are listed in reports/.build/charts). */
    char lp[1100];
    snprintf(lp, sizeof lp, "%s/reports/.build/charts", dir);
    char *list = tu_read(lp, NULL);
    ck_assert_ptr_nonnull(list);
    int remade = 0, nparts = 0;
    for (char *c = strtok(list, "\n"); c; c = strtok(NULL, "\n")) {
        char line[300];
        snprintf(line, sizeof line, "chart %s.png: ", c);
        int changed = tu_sh("cd '%s' && cmp -s reports/charts/%s.csv reports.before/charts/%s.csv "
                            "&& cmp -s reports/charts/%s.txt reports.before/charts/%s.txt && "
                            "cmp -s reports/charts/%s.svg reports.before/charts/%s.svg",
                            dir, c, c, c, c, c, c) != 0;
        ck_assert_msg(has_line(out, line) == changed, "%s: changed %d, said: %s", c, changed, out);
        remade += changed;
        nparts++;
    }
    free(list);
    ck_assert_msg(remade >= 1 && remade < nparts, "charts remade: %d of %d; said: %s", remade,
                  nparts, out);
    /* Nothing else was written: every file not named stays as it was. */
    char *after = snapshot(dir);
    size_t differ = 0;
    for (const char *a = after; *a;) {
        const char *ea = strchr(a, '\n');
        if (!ea)
            break;
        char line[4096];
        snprintf(line, sizeof line, "%.*s\n", (int)(ea - a + 0), a);
        int same = strncmp(before, line, strlen(line)) == 0;
        char needle[4100];
        snprintf(needle, sizeof needle, "\n%s", line);
        same |= strstr(before, needle) != NULL;
        differ += !same;
        a = ea + 1;
    }
    /* claims.csv, the record, the brief, the curation file and the one
     * document's cached claims, the findings if changed, 5 per chart. */
    size_t expect_max = 5 + (size_t)findings_changed + (size_t)remade * 5;
    ck_assert_msg(differ <= expect_max, "%zu files changed, at most %zu expected; said: %s", differ,
                  expect_max, out);
    /* And the build after that does nothing. */
    free(out);
    usleep(60000);
    free(build(dir, "2"));
    out = build(dir, "2");
    ck_assert_str_eq(out, "");
    free(out);
    free(before);
    free(after);
    free(dir);
}
END_TEST

START_TEST(correcting_a_claim_a_finding_uses_should_remake_the_findings_and_their_chart)
{
    char *dir = project("build-finding");
    free(build(dir, "2"));
    usleep(60000);
    free(build(dir, "2"));
    /* 5.4 billion internet users becomes 5.6 billion: the implied world
     * population moves, so findings.csv and the consistency chart change;
     * the counts chart (MoU and project countries) does not. */
    ck_assert_int_eq(tu_sh("cd '%s' && row=$(grep ',5.4 billion,5400000000,' data/claims.csv | "
                           "head -1 | cut -d, -f1,2) && test -n \"$row\" && "
                           "echo 'id,action,doc,value,note' > data/curation.csv && "
                           "echo \"${row%%%%,*},correct,${row#*,},5600000000,test\" >> "
                           "data/curation.csv",
                           dir),
                     0);
    char *out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: data/curation.csv"), "said: %s", out);
    ck_assert_msg(has_line(out, "findings: data/claims.csv changed"), "said: %s", out);
    ck_assert_msg(has_line(out, "chart consistency.png: "), "said: %s", out);
    ck_assert_msg(has_line(out, "chart metric-internet_users.png: "), "said: %s", out);
    ck_assert_msg(!has_line(out, "chart metric-dsr_mou_countries.png: "), "said: %s", out);
    ck_assert_msg(has_line(out, "brief: "), "said: %s", out);
    free(out);
    free(dir);
}
END_TEST

START_TEST(a_removed_output_should_be_rebuilt_alone)
{
    char *dir = project("build-rm");
    free(build(dir, "2"));
    usleep(60000);
    free(build(dir, "2"));
    tu_sh("cd '%s' && cp reports/charts/money.svg money.svg.before && rm reports/charts/money.svg",
          dir);
    char *out = build(dir, "2");
    ck_assert_str_eq(out, "chart money.svg: reports/charts/money.svg missing\n");
    ck_assert_int_eq(tu_sh("cd '%s' && cmp reports/charts/money.svg money.svg.before", dir), 0);
    free(out);
    tu_sh("cd '%s' && rm reports/brief.pdf reports/findings.csv", dir);
    out = build(dir, "2");
    ck_assert_msg(has_line(out, "findings: reports/findings.csv missing"), "said: %s", out);
    ck_assert_msg(has_line(out, "brief: reports/brief.pdf missing"), "said: %s", out);
    ck_assert_uint_eq(count_lines(out), 2);
    free(out);
    free(dir);
}
END_TEST

START_TEST(a_corrupt_record_should_mean_a_full_rebuild_with_the_same_outputs)
{
    char *dir = project("build-corrupt");
    free(build(dir, "2"));
    tu_sh("cd '%s' && cp -r reports reports.before", dir);
    /* Flip one byte in the middle of the record; then cut it short. */
    ck_assert_int_eq(tu_sh("cd '%s' && f=reports/.build/state && n=$(($(stat -c %%s $f) / 2)) && "
                           "printf 'Z' | dd of=$f bs=1 seek=$n conv=notrunc 2>/dev/null",
                           dir),
                     0);
    char *out = build(dir, "2");
    ck_assert_msg(has_line(out, "everything: record of hashes is corrupt"), "said: %s", out);
    ck_assert_msg(has_line(out, "brief: not built before"), "said: %s", out);
    ck_assert_msg(has_line(out, "chart coverage.pdf: not built before"), "said: %s", out);
    free(out);
    ck_assert_int_eq(tu_sh("cd '%s' && diff -r -x .build reports reports.before", dir), 0);
    ck_assert_int_eq(tu_sh("cd '%s' && f=reports/.build/state && "
                           "head -c $(($(stat -c %%s $f) - 9)) $f > s && mv s $f",
                           dir),
                     0);
    out = build(dir, "2");
    ck_assert_msg(has_line(out, "everything: record of hashes is truncated"), "said: %s", out);
    ck_assert_msg(has_line(out, "brief: not built before"), "said: %s", out);
    free(out);
    ck_assert_int_eq(tu_sh("cd '%s' && diff -r -x .build reports reports.before", dir), 0);
    /* Another program of the same version (here: the same one with a byte
     * appended, as a relink with other rules would differ): nothing the
     * old one made is trusted, not even the stamp a no-op build of the
     * old one leaves. Its next build is a no-op. (The pause lets the
     * no-op build trust its files' stamps, so that it leaves a stamp.) */
    tu_sh("sleep 0.1");
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh("test -f '%s/reports/.build/stamp'", dir), 0);
    ck_assert_int_eq(tu_sh("cp '%s' '%s/claimbrief-relinked' && printf x >> '%s/claimbrief-relinked'",
                           CB_PROGRAM, CB_BINARY_DIR, CB_BINARY_DIR),
                     0);
    for (int run = 0; run < 2; run++) {
        ck_assert_int_eq(tu_sh("cd '%s' && SOURCE_DATE_EPOCH=1700000000 '%s/claimbrief-relinked' build "
                               "--jobs 2 > relinked.out",
                               dir, CB_BINARY_DIR),
                         0);
        char path[4200];
        snprintf(path, sizeof path, "%s/relinked.out", dir);
        out = tu_read(path, NULL);
        int everything = has_line(out, "everything: record of hashes was made by another claimbrief program");
        ck_assert_msg(run == 0 ? everything && has_line(out, "brief: not built before") : !everything,
                      "run %d said: %s", run, out);
        free(out);
    }
    ck_assert_int_eq(tu_sh("cd '%s' && diff -r -x .build reports reports.before", dir), 0);
    free(dir);
}
END_TEST

/* The analyst's report: after an upgrade, a build by another claimbrief
 * program threw the record away, so it never removed the parts of charts
 * no longer made (money-2.* stayed in reports/charts). The record of what
 * was made survives another program: the second build, of fewer
 * documents by "another version", leaves exactly the charts a fresh
 * build of those documents makes, and every file it did not make (a
 * file of the user's, a link, a chart edited since it was made). */
/* The list of chart parts (reports/.build/charts) comes with the project
 * folder, and so does the record that vouches for it: a list whose line
 * holds a NUL is no list, and the build plans the charts again (it read
 * past the list's end and crashed). */
START_TEST(a_forged_list_of_charts_should_be_planned_again)
{
    char *dir = project("build-chartlist");
    free(build(dir, "1"));
    char path[4200];
    snprintf(path, sizeof path, "%s/reports/.build/charts", dir);
    size_t before_len, after_len, len;
    char *before = tu_read(path, &before_len);
    ck_assert_ptr_nonnull(before);
    static const char forged[] = "money\n\0x\n\n\n";
    tu_write(path, forged, sizeof forged - 1);
    /* the record vouches for it: its hash where the old one stood (the
     * file's and the node's output), its size, no stat (so it is hashed
     * again), the checksum made again; no stamp of a no-op build */
    snprintf(path, sizeof path, "%s/reports/.build/state", dir);
    char *text = tu_read(path, &len);
    ck_assert_ptr_nonnull(text);
    char *line = strstr(text, " reports/.build/charts\n");
    ck_assert_ptr_nonnull(line);
    while (line > text && line[-1] != '\n')
        line--;
    char was[17], now[17];
    snprintf(was, sizeof was, "%.16s", line + 2);
    snprintf(now, sizeof now, "%016llx", (unsigned long long)bstate_hash(forged, sizeof forged - 1));
    for (char *h = text; (h = strstr(h, was)); h += 16)
        memcpy(h, now, 16);
    char *eol = strchr(line, '\n'), *end = strstr(eol, "\nend ");
    ck_assert_ptr_nonnull(end);
    Buf b;
    buf_init(&b, 0);
    buf_append(&b, text, (size_t)(line - text));
    buf_printf(&b, "f %s %zu 0 0 0 reports/.build/charts", now, sizeof forged - 1);
    buf_append(&b, eol, (size_t)(end + 1 - eol));
    buf_printf(&b, "end %016llx\n", (unsigned long long)XXH64(b.data, b.len, 0));
    tu_write(path, b.data, b.len);
    tu_sh("rm -f '%s/reports/.build/stamp'", dir);
    free(build(dir, "1"));
    snprintf(path, sizeof path, "%s/reports/.build/charts", dir);
    char *after = tu_read(path, &after_len);
    ck_assert_msg(after && after_len == before_len && !memcmp(after, before, before_len),
                  "the list was not planned again: %s", after ? after : "(none)");
    buf_free(&b);
    free(text);
    free(before);
    free(after);
    free(dir);
}
END_TEST

START_TEST(another_program_should_remove_the_charts_no_longer_made)
{
    char *dir = project("build-upgrade");
    char *clean = project("build-upgrade-clean");
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh("cd '%s/reports/charts' && test -f money.png && echo mine > mine.png && "
                           "ln -s ../brief.pdf link.png && ln -s money.png money-link.png && "
                           "echo edited >> metric-internet_users.txt && "
                           "cp '%s' '%s/claimbrief-upgraded' && printf y >> '%s/claimbrief-upgraded'",
                           dir, CB_PROGRAM, CB_BINARY_DIR, CB_BINARY_DIR),
                     0);
    /* fewer documents: one of five */
    const char *keep = "cd '%s/data/corpus' && for f in 0*.txt; do case $f in 000_*) ;; *) rm \"$f\";; "
                       "esac; done";
    ck_assert_int_eq(tu_sh(keep, dir), 0);
    ck_assert_int_eq(tu_sh(keep, clean), 0);
    ck_assert_int_eq(tu_sh("cd '%s' && SOURCE_DATE_EPOCH=1700000000 '%s/claimbrief-upgraded' build "
                           "--jobs 2 > upgraded.out 2>/dev/null",
                           dir, CB_BINARY_DIR),
                     0);
    char path[4200];
    snprintf(path, sizeof path, "%s/upgraded.out", dir);
    char *out = tu_read(path, NULL);
    ck_assert_msg(has_line(out, "everything: record of hashes was made by another claimbrief program"),
                  "said: %s", out);
    ck_assert_msg(has_line(out, "chart money: removed: the corpus no longer calls for it"), "said: %s",
                  out);
    ck_assert_msg(has_line(out, "chart metric-internet_users: left in place"), "said: %s", out);
    free(out);
    free(build(clean, "2"));
    /* what the build made: the clean build's charts; what it did not: all there */
    ck_assert_int_eq(tu_sh("cd '%s/reports/charts' && test -f mine.png && test -L link.png && "
                           "test -L money-link.png && test -f ../brief.pdf && "
                           "test -f metric-internet_users.txt && ! test -e money.png && "
                           "ls | grep -v -x -e mine.png -e link.png -e money-link.png "
                           "-e metric-internet_users.txt > ../../have && "
                           "ls '%s/reports/charts' > ../../want && diff ../../want ../../have",
                           dir, clean),
                     0);
    free(clean);
    free(dir);
}
END_TEST

START_TEST(build_outputs_should_equal_what_the_stage_commands_write)
{
    char *dir = project("build-same");
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh("cd '%s' && export SOURCE_DATE_EPOCH=1700000000 && mkdir -p cmp && "
                           "'%s' extract data/corpus > cmp/claims.csv && "
                           "cmp cmp/claims.csv data/claims.csv && "
                           "'%s' compare -o cmp/findings.csv --quiet && "
                           "cmp cmp/findings.csv reports/findings.csv && "
                           "'%s' chart -o cmp/charts && diff -r cmp/charts reports/charts && "
                           "'%s' brief -o cmp/brief.pdf && cmp cmp/brief.pdf reports/brief.pdf",
                           dir, CB_PROGRAM, CB_PROGRAM, CB_PROGRAM, CB_PROGRAM),
                     0);
    free(dir);
}
END_TEST

START_TEST(outputs_should_be_identical_for_any_number_of_threads)
{
    char *a = project("build-j1");
    char *b = project("build-j8");
    free(build(a, "1"));
    free(build(b, "8"));
    ck_assert_int_eq(tu_sh("diff -r -x .build '%s/reports' '%s/reports'", a, b), 0);
    ck_assert_int_eq(tu_sh("cmp '%s/data/claims.csv' '%s/data/claims.csv'", a, b), 0);
    free(a);
    free(b);
}
END_TEST

START_TEST(adding_or_deleting_a_document_should_rebuild_what_depends_on_it)
{
    char *dir = project("build-doc");
    free(build(dir, "2"));
    usleep(60000);
    free(build(dir, "2"));
    char path[4200];
    snprintf(path, sizeof path, "%s/data/corpus/900_new.txt", dir);
    const char *text = "In 2024, about 5.5 billion people used the internet, according to the ITU.\n";
    tu_write(path, text, strlen(text));
    char *out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: new input data/corpus/900_new.txt"), "said: %s", out);
    ck_assert_msg(has_line(out, "brief: data/claims.csv changed"), "said: %s", out);
    ck_assert_int_eq(tu_sh("grep -q 900_new.txt '%s/data/claims.csv'", dir), 0);
    free(out);
    unlink(path);
    out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: input data/corpus/900_new.txt removed"), "said: %s", out);
    ck_assert_int_eq(tu_sh("grep -q 900_new.txt '%s/data/claims.csv'", dir), 1);
    free(out);
    free(dir);
}
END_TEST

/* A PDF and a web page in the corpus: their claims come cited (a PDF's
 * by page), the text read from each is kept with its map and metadata,
 * the brief cites the page and lists each source's type and the page's
 * own title; nothing is redone on the next build; a deleted document's
 * text goes with it. */
START_TEST(pdfs_and_web_pages_should_be_built_read_kept_and_cited)
{
    char *dir = project("build-formats");
    tu_sh("cp '%s/tests/formats/322_thinktank_footnotes.pdf' '%s/tests/formats/202_report_connect.html' "
          "'%s/data/corpus/'", CB_SOURCE_DIR, CB_SOURCE_DIR, dir);
    free(build(dir, "2"));
    char path[4200];
    snprintf(path, sizeof path, "%s/reports/.build/text/322_thinktank_footnotes.pdf.txt", dir);
    char *text = tu_read(path, NULL);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(strstr(text, "little more than a slogan."));
    free(text);
    snprintf(path, sizeof path, "%s/reports/.build/text/202_report_connect.html.meta", dir);
    text = tu_read(path, NULL);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(strstr(text, "title\t3. Connectivity gaps and China's offer\n"));
    free(text);
    ck_assert_int_eq(tu_sh("grep -q '^[0-9a-f]*,322_thinktank_footnotes.pdf,[0-9]*,[0-9]*,2,' '%s/data/claims.csv'", dir), 0);
    ck_assert_int_eq(tu_sh("grep -q '^[0-9a-f]*,202_report_connect.html,[0-9]*,[0-9]*,,' '%s/data/claims.csv'", dir), 0);
    /* (the brief cites a PDF figure by its page: which page depends on
     * the figures its findings use; claims.csv holds page 2's above) */
    ck_assert_int_eq(tu_sh("cd '%s' && pdftotext -q reports/brief.pdf reports/brief.txt && "
                           "grep -q '322_thinktank_footnotes.pdf (PDF)' reports/brief.txt && "
                           "grep -q '202_report_connect.html (HTML)' reports/brief.txt && "
                           "grep -q \"3. Connectivity gaps and China's offer\" reports/brief.txt && "
                           "tr '\\n' ' ' < reports/brief.txt | grep -q '\\[[0-9]*\\], p\\. [0-9][0-9]* '", dir), 0);
    char *out = build(dir, "2");
    ck_assert_str_eq(out, "");
    free(out);
    snprintf(path, sizeof path, "%s/data/corpus/322_thinktank_footnotes.pdf", dir);
    unlink(path);
    free(build(dir, "2"));
    snprintf(path, sizeof path, "%s/reports/.build/text/322_thinktank_footnotes.pdf.txt", dir);
    ck_assert_int_ne(access(path, F_OK), 0);
    /* a deleted kept text is made again */
    snprintf(path, sizeof path, "%s/reports/.build/text/202_report_connect.html.txt", dir);
    unlink(path);
    out = build(dir, "2");
    ck_assert_int_eq(access(path, F_OK), 0);
    free(out);
    free(dir);
}
END_TEST

/* The claims table is the cache of each document's rows: an edit to one
 * document re-reads it alone and splices its rows between the others'; a
 * table edited by hand, or an index that does not fit it, has every
 * document read again; the table always equals extract's. */
START_TEST(the_claims_table_should_splice_a_changed_document_and_distrust_an_edited_one)
{
    char *dir = project("build-splice");
    free(build(dir, "2"));
    usleep(60000);
    /* the third document, its first "billion" now a "million" */
    ck_assert_int_eq(tu_sh("cd '%s' && f=$(ls data/corpus/*.txt | sed -n 3p) && "
                           "sed -i '0,/billion/s//million/' \"$f\"",
                           dir),
                     0);
    char *out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: data/corpus/"), "said: %s", out);
    free(out);
    const char *same = "cd '%s' && '%s' extract data/corpus > x.csv && cmp x.csv data/claims.csv";
    ck_assert_int_eq(tu_sh(same, dir, CB_PROGRAM), 0);
    /* the table edited by hand: every document read again, the table
     * back as extract writes it */
    usleep(60000);
    ck_assert_int_eq(tu_sh("cd '%s' && sed -i '2d' data/claims.csv", dir), 0);
    out = build(dir, "2");
    ck_assert_msg(has_line(out, "claims: data/claims.csv modified"), "said: %s", out);
    free(out);
    ck_assert_int_eq(tu_sh(same, dir, CB_PROGRAM), 0);
    /* an index pointing past the table, and one deleted */
    usleep(60000);
    ck_assert_int_eq(tu_sh("cd '%s' && printf '0 99999999 x.txt\\n' > reports/.build/claims.idx",
                           dir),
                     0);
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh(same, dir, CB_PROGRAM), 0);
    usleep(60000);
    out = build(dir, "2");   /* the index was made again: nothing to do */
    ck_assert_msg(count_lines(out) == 0, "said: %s", out);
    free(out);
    ck_assert_int_eq(tu_sh("cd '%s' && rm reports/.build/claims.idx", dir), 0);
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh(same, dir, CB_PROGRAM), 0);
    ck_assert_int_eq(tu_sh("test -s '%s/reports/.build/claims.idx'", dir), 0);
    free(dir);
}
END_TEST

/* Read what the child writes until needle shows up or ms pass. */
/* A malformed curation row fails the build even when no document's rows
 * changed (D10); and after any failed build, fixing the input remakes
 * nothing that was already up to date. */
/* Whole-word occurrences of w in s (CONSISTENT is not in INCONSISTENT). */
static size_t words_in(const char *s, const char *w)
{
    size_t n = 0, k = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + k, w))
        n += (p == s || (p[-1] < 'A' || p[-1] > 'Z')) && (p[k] < 'A' || p[k] > 'Z');
    return n;
}

START_TEST(the_verdicts_should_be_the_same_in_the_findings_the_chart_and_the_brief)
{
    char *dir = project("build-verdicts");
    /* a second document on world internet users in 2023: a contradiction
     * between documents, besides the bundled corpus's checks */
    tu_sh("printf 'Internet users worldwide numbered 4.1 billion in 2023, the survey found.\n' > "
          "'%s/data/corpus/005_survey.txt'", dir);
    free(build(dir, "2"));
    char p[4200];
    snprintf(p, sizeof p, "%s/reports/findings.csv", dir);
    FindingList fl;
    Diag d = {0};
    ck_assert_msg(findings_load(p, &fl, &d) == 0, "%s", d.msg);
    size_t want[V_COUNT] = {0}, checks = 0;
    int agreement = 0;
    for (size_t i = 0; i < fl.n; i++) {
        if (fl.v[i].kind != FK_EXCLUDED)
            want[fl.v[i].verdict]++;
        checks += fl.v[i].kind == FK_CONSISTENCY || fl.v[i].kind == FK_AGREEMENT;
        agreement += fl.v[i].kind == FK_AGREEMENT && fl.v[i].verdict == V_INCONSISTENT;
    }
    ck_assert_int_eq(agreement, 1);
    ck_assert_int_eq(fl.v[0].kind, FK_AGREEMENT);   /* documents against each other first */
    /* the chart: one row per check, with the finding's verdict, over its parts */
    Buf all;
    buf_init(&all, 0);
    for (int part = 1; part < 50; part++) {
        if (part == 1)
            snprintf(p, sizeof p, "%s/reports/charts/consistency.csv", dir);
        else
            snprintf(p, sizeof p, "%s/reports/charts/consistency-%d.csv", dir, part);
        char *one = tu_read(p, NULL);
        if (!one)
            break;
        buf_puts(&all, part == 1 ? one : strchr(one, '\n') + 1);
        free(one);
    }
    char *csv = buf_take(&all, NULL);
    ck_assert_ptr_nonnull(csv);
    size_t rows = 0;
    for (char *l = strchr(csv, '\n'); l && l[1]; l = strchr(l + 1, '\n')) {
        char id[64] = "", verdict[32] = "";
        ck_assert_int_eq(sscanf(l + 1, "%63[^,],%31[^,]", id, verdict), 2);
        int found = 0;
        for (size_t i = 0; i < fl.n; i++)
            if (!strcmp(fl.v[i].id, id)) {
                ck_assert_msg(!strcmp(finding_verdict_name(fl.v[i].verdict), verdict),
                              "%s: %s in the chart, %s in findings.csv", id, verdict,
                              finding_verdict_name(fl.v[i].verdict));
                found = 1;
            }
        ck_assert_msg(found, "chart row %s is no finding", id);
        rows++;
    }
    ck_assert_uint_eq(rows, checks);
    free(csv);
    /* the brief: one verdict tag per finding shown */
    tu_sh("pdftotext '%s/reports/brief.pdf' '%s/brief.txt' 2>/dev/null", dir, dir);
    snprintf(p, sizeof p, "%s/brief.txt", dir);
    char *txt = tu_read(p, NULL);
    ck_assert_ptr_nonnull(txt);
    ck_assert_uint_eq(words_in(txt, "INCONSISTENT"), want[V_INCONSISTENT]);
    ck_assert_uint_eq(words_in(txt, "TENSION"), want[V_TENSION]);
    ck_assert_uint_eq(words_in(txt, "CONSISTENT"), want[V_CONSISTENT]);
    ck_assert_uint_eq(words_in(txt, "INFORMATION"), want[V_INFO]);
    free(txt);
    findinglist_free(&fl);
    free(dir);
}
END_TEST

/* Does any of the project's chart tables (the .csv files of reports/charts) hold s? */
static int charts_hold(const char *dir, const char *s)
{
    return tu_sh("grep -q -F -- '%s' '%s'/reports/charts/*.csv", s, dir) == 0;
}

START_TEST(a_figure_a_fact_check_refutes_should_be_charted_and_compared_nowhere)
{
    /* an invented project of two documents: a fact-check quoting a viral
     * USD 250 billion to refute it, with the ministry's USD 40 billion,
     * and a report of USD 41 billion */
    char *dir = project("build-refuted");
    tu_sh("cd '%s/data/corpus' && rm -f ./* && "
          "printf 'file,title,authors,publisher,date,url\n"
          "001_check.txt,Fact check: Digital Silk Road investment,Desk Writer,Example Fact Check,2024-03-01,\n"
          "002_report.txt,Digital Silk Road investment in 2023,An Analyst,Example Institute,2024-02-01,\n' "
          "> sources.csv && "
          "printf 'A viral post claims that China invested USD 250 billion in Digital Silk Road projects "
          "worldwide in 2023. This is false. Ministry records show that China invested about USD 40 billion "
          "in Digital Silk Road projects worldwide in 2023.\n' > 001_check.txt && "
          "printf 'China invested USD 41 billion in Digital Silk Road projects worldwide in 2023, the "
          "ministry said.\n' > 002_report.txt && "
          "printf 'A viral post claims the data centre in Nairobi cost USD 900 million. This is false: the "
          "contract was worth USD 120 million. The Lusaka data centre cost USD 75 million.\n' > 003_dc.txt",
          dir);
    free(build(dir, "2"));
    /* the claims table keeps the refuted figure, its context saying so */
    char p[4200];
    snprintf(p, sizeof p, "%s/data/claims.csv", dir);
    char *claims = tu_read(p, NULL);
    ck_assert_ptr_nonnull(claims);
    char *row = strstr(claims, ",USD 250 billion,");
    ck_assert_ptr_nonnull(row);
    while (row > claims && row[-1] != '\n')
        row--;
    char id[17];
    memcpy(id, row, 16);
    id[16] = '\0';
    ck_assert_ptr_nonnull(strstr(row, "refuted: \"\"is false\"\" (its paragraph)"));
    /* (and the data centre's USD 900 million, of a list of items) */
    char *row2 = strstr(claims, ",USD 900 million,");
    ck_assert_ptr_nonnull(row2);
    while (row2 > claims && row2[-1] != '\n')
        row2--;
    char id2[17];
    memcpy(id2, row2, 16);
    id2[16] = '\0';
    free(claims);
    /* the findings: an agreement of the figures given as right, the
     * refuted one left out and said so */
    snprintf(p, sizeof p, "%s/reports/findings.csv", dir);
    FindingList fl;
    Diag d = {0};
    ck_assert_msg(findings_load(p, &fl, &d) == 0, "%s", d.msg);
    int agreement = 0, said = 0;
    for (size_t i = 0; i < fl.n; i++) {
        const Finding *f = &fl.v[i];
        ck_assert_msg(!f->claims || (!strstr(f->claims, id) && !strstr(f->claims, id2)),
                      "%s uses a refuted figure", f->id);
        if (f->kind == FK_ITEMS && !strcmp(f->id, "items:data_center_cost"))
            ck_assert_ptr_nonnull(strstr(f->statement, "$120 million"));
        if (f->kind == FK_AGREEMENT && !strcmp(f->id, "agreement:dsr_investment@global:2023")) {
            agreement = 1;
            ck_assert_int_eq(f->verdict, V_CONSISTENT);
            ck_assert_ptr_nonnull(strstr(f->statement, "about $40 billion"));
            ck_assert_ptr_null(strstr(f->statement, "250"));
        }
        said += f->excluded && strstr(f->excluded, "refuted by its document") && strstr(f->excluded, id);
    }
    ck_assert_msg(agreement, "no agreement of the figures given as right");
    ck_assert_int_gt(said, 0);
    findinglist_free(&fl);
    /* the charts: the corrected figure, never the refuted one */
    ck_assert(charts_hold(dir, "40000000000"));
    ck_assert(!charts_hold(dir, "250000000000"));
    /* the brief: no finding or key figure of $250 billion; the appendix
     * of claims lists it for the record, said refuted */
    tu_sh("pdftotext '%s/reports/brief.pdf' '%s/brief.txt' 2>/dev/null", dir, dir);
    snprintf(p, sizeof p, "%s/brief.txt", dir);
    char *txt = tu_read(p, NULL);
    ck_assert_ptr_nonnull(txt);
    char *appendix = strstr(txt, "Every numeric claim found in the corpus");
    ck_assert_ptr_nonnull(appendix);
    *appendix = '\0';
    ck_assert_ptr_null(strstr(txt, "$250 billion"));
    ck_assert_ptr_nonnull(strstr(txt, "about $40 billion"));
    ck_assert_ptr_nonnull(strstr(appendix + 1, "refuted"));
    free(txt);
    free(dir);
}
END_TEST

START_TEST(a_failed_build_should_leave_a_record_that_needs_no_remake)
{
    char *dir = project("build-fail");
    free(build(dir, "2"));
    ck_assert_int_eq(tu_sh("cd '%s' && cp data/curation.csv cur.bak && "
                           "printf 'id,action,doc\nzzzz,explode,x.txt\n' > data/curation.csv", dir),
                     0);
    Run r = tu_run(dir, NULL, ENV, (const char *[]){"build", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: data/curation.csv:2: unknown action 'explode' (want "
                            "reject, correct or add)\n");
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && cp cur.bak data/curation.csv && cp data/metrics.csv m.bak && "
                           "echo 'broken\"' >> data/metrics.csv", dir),
                     0);
    r = tu_run(dir, NULL, ENV, (const char *[]){"build", NULL});
    ck_assert_int_eq(r.status, 1);
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && cp m.bak data/metrics.csv", dir), 0);
    char *out = build(dir, "2");
    ck_assert_msg(out[0] == '\0', "rebuilt after the fix: %s", out);
    free(out);
    free(dir);
}
END_TEST

static int wait_for(int fd, char *acc, size_t cap, size_t *len, const char *needle, int ms)
{
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (;;) {
        acc[*len] = '\0';
        if (strstr(acc, needle))
            return 1;
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        long el = (t.tv_sec - t0.tv_sec) * 1000 + (t.tv_nsec - t0.tv_nsec) / 1000000;
        if (el >= ms)
            return 0;
        struct pollfd pf = {fd, POLLIN, 0};
        if (poll(&pf, 1, (int)(ms - el)) <= 0)
            continue;
        ssize_t n = read(fd, acc + *len, cap - *len - 1);
        if (n <= 0)
            return 0;
        *len += (size_t)n;
    }
}

START_TEST(watch_should_rebuild_on_save_and_stop_cleanly_on_sigint)
{
    char *dir = project("build-watch");
    free(build(dir, "2"));
    int pfd[2];
    ck_assert_int_eq(pipe(pfd), 0);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        dup2(pfd[1], 1);
        close(pfd[0]);
        int efd = open("watch.err", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (efd >= 0)
            dup2(efd, 2);
        putenv((char *)ENV[0]);
        execl(CB_PROGRAM, CB_PROGRAM, "build", "--watch", "--jobs", "2", (char *)NULL);
        _exit(127);
    }
    close(pfd[1]);
    static char acc[1 << 16];
    size_t len = 0;
    ck_assert_msg(wait_for(pfd[0], acc, sizeof acc, &len, "watching", 5000), "got: %s", acc);
    /* Save the way editors do: write a temporary, rename it over. The
     * analyst corrects one claim. */
    ck_assert_int_eq(tu_sh("cd '%s/data' && row=$(grep ',17,17,,,countries,' claims.csv | head -1 | "
                           "cut -d, -f1,2) && test -n \"$row\" && "
                           "{ echo 'id,action,doc,value,note'; "
                           "echo \"${row%%%%,*},correct,${row#*,},18,checked\"; } > .curation.csv.swp && "
                           "mv .curation.csv.swp curation.csv",
                           dir),
                     0);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int seen = wait_for(pfd[0], acc, sizeof acc, &len, "claims: data/curation.csv changed", 1000);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ck_assert_msg(seen, "no rebuild within a second; got: %s", acc);
    fprintf(stderr, "test_build: watch rebuilt the claims %ld ms after the save\n",
            (long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000));
    ck_assert_msg(wait_for(pfd[0], acc, sizeof acc, &len, "brief: data/claims.csv changed", 10000),
                  "the build did not finish; got: %s", acc);
    /* A broken input: the error is printed, the last good brief stays. */
    tu_sh("cd '%s' && cp reports/brief.pdf brief.good && printf 'file,title\\n\"open\\n' > "
          "data/corpus/sources.csv",
          dir);
    usleep(600000);
    ck_assert_int_eq(tu_sh("cd '%s' && cmp reports/brief.pdf brief.good", dir), 0);
    ck_assert_int_eq(tu_sh("grep -q '^claimbrief: data/corpus/sources.csv:2: ' '%s/watch.err'", dir),
                     0);
    kill(pid, SIGINT);
    int st = 0;
    waitpid(pid, &st, 0);
    ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0, "status %d", st);
    close(pfd[0]);
    ck_assert_int_eq(tu_sh("cd '%s' && test -z \"$(find . -name '*.tmp.*')\"", dir), 0);
    free(dir);
}
END_TEST

/* issue 15: a truncated chart PNG or junk in an SVG was never repaired:
 * the staleness check re-hashed the damaged file and then compared it
 * with that new hash, not with the one recorded when it was made. */
START_TEST(a_damaged_output_should_be_repaired_by_the_next_build)
{
    char *dir = project("build-damage");
    free(build(dir, "2"));
    tu_sh("cd '%s' && cp -p reports/charts/money.png money.png.good && "
          "cp -p reports/charts/coverage.svg coverage.svg.good", dir);
    char stamp[1300];
    snprintf(stamp, sizeof stamp, "%s/reports/.build/stamp", dir);
    /* Each damage after a build with nothing to do, which leaves the
     * no-op stamp: the damage must defeat it too. First the SVG
     * overwritten in place with junk of its own size and given back its
     * time (only its ctime and bytes differ), then the PNG cut short. */
    static const char *const damage[] = {
        "tr -c x x < coverage.svg.good | dd of=reports/charts/coverage.svg conv=notrunc "
        "status=none && touch -r coverage.svg.good reports/charts/coverage.svg",
        "head -c 1000 money.png.good > reports/charts/money.png",
    };
    static const char *const said[] = {"chart coverage.svg: reports/charts/coverage.svg modified",
                                       "chart money.png: reports/charts/money.png modified"};
    for (int k = 0; k < 2; k++) {
        usleep(60000);
        char *out = build(dir, "2");
        ck_assert_str_eq(out, "");
        free(out);
        ck_assert_int_eq(access(stamp, F_OK), 0);
        usleep(60000);
        ck_assert_int_eq(tu_sh("cd '%s' && %s", dir, damage[k]), 0);
        ck_assert_int_ne(tu_sh("cd '%s' && cmp -s money.png.good reports/charts/money.png && "
                               "cmp -s coverage.svg.good reports/charts/coverage.svg", dir), 0);
        out = build(dir, "2");
        ck_assert_msg(has_line(out, said[k]), "said: %s", out);
        free(out);
        ck_assert_int_eq(tu_sh("cd '%s' && cmp reports/charts/money.png money.png.good && "
                               "cmp reports/charts/coverage.svg coverage.svg.good", dir), 0);
    }
    usleep(60000);
    char *out = build(dir, "2");
    ck_assert_str_eq(out, "");
    free(out);
    free(dir);
}
END_TEST

/* issue 15: the sweep of leftover temporaries deleted the user's
 * data/curation.tmp.20240101.csv and reports/notes.tmp.99999.md. Only
 * this program's own temporaries of its own outputs go. */
START_TEST(a_build_should_never_sweep_files_it_did_not_write)
{
    char *dir = project("build-sweep");
    static const char *const keep[] = {"data/curation.tmp.20240101.csv", "reports/notes.tmp.99999.md",
                                       "reports/brief.pdf.tmp.99999999.0",
                                       "reports/charts/notes.md.tmp.cb-00000000-0-99999999-0"};
    tu_sh("mkdir -p '%s/reports/charts'", dir);
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        char p[1400];
        snprintf(p, sizeof p, "%s/%s", dir, keep[i]);
        tu_write(p, "mine\n", 5);
    }
    free(build(dir, "2"));
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) {
        char p[1400];
        snprintf(p, sizeof p, "%s/%s", dir, keep[i]);
        char *k = tu_read(p, NULL);
        ck_assert_msg(k && !strcmp(k, "mine\n"), "the build removed %s", keep[i]);
        free(k);
    }
    free(dir);
}
END_TEST

/* The other side of the exact sweep: every output of the build, those
 * of the no-op stamp and the row index among them, has the temporaries a
 * killed writer left removed by the next build (fails when the sweep does
 * not know one of them). */
START_TEST(a_build_should_sweep_dead_temporaries_of_each_of_its_outputs)
{
    char *dir = project("build-sweep-own");
    free(build(dir, "2"));
    /* this host's and PID namespace's tag, from a temporary of our own */
    char probe[1400];
    snprintf(probe, sizeof probe, "%s/probe", dir);
    AtomicFile af;
    Diag d = {0};
    ck_assert_int_eq(fsio_atomic_open(&af, probe, &d), 0);
    const char *t = strstr(af.tmp, ".tmp.cb-");
    ck_assert_ptr_nonnull(t);
    char tag[128];
    snprintf(tag, sizeof tag, "%.*s", (int)(strchr(strchr(t + 8, '-') + 1, '-') + 1 - t), t);
    fsio_atomic_abort(&af);
    static const char *const outs[] = {
        "data/claims.csv",           "reports/findings.csv",       "reports/brief.pdf",
        "reports/.build/state",      "reports/.build/stamp",       "reports/.build/claims.idx",
        "reports/.build/charts",     "reports/charts/money.png",   "reports/charts/coverage.svg",
    };
    size_t n = sizeof outs / sizeof *outs;
    char path[sizeof outs / sizeof *outs][1400];
    for (size_t i = 0; i < n; i++) {
        /* a pid above the kernel's pid_max: its writer is surely dead */
        snprintf(path[i], sizeof path[i], "%s/%s%s99999999-0", dir, outs[i], tag);
        tu_sh("mkdir -p \"$(dirname '%s')\"", path[i]);
        tu_write(path[i], "x", 1);
    }
    free(build(dir, "2"));
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(access(path[i], F_OK) != 0, "left %s", outs[i]);
    free(dir);
}
END_TEST

/* issue 15: build skipped interview.tmp.4.txt, which extract reads, so
 * data/claims.csv was not what extract writes. One rule names documents. */
START_TEST(build_and_extract_should_take_the_same_documents)
{
    char *dir = project("build-names");
    tu_sh("cd '%s/data/corpus' && printf 'In 2023 about 5.4 billion people used the internet.\\n' > "
          "interview.tmp.4.txt && printf 'Some 2.6 billion people were offline in 2023.\\n' > "
          "'=notes.txt'", dir);
    free(build(dir, "2"));
    const char *argv[] = {"extract", "data/corpus", NULL};
    Run r = tu_run(dir, NULL, ENV, argv);
    ck_assert_int_eq(r.status, 0);
    char p[1400];
    snprintf(p, sizeof p, "%s/data/claims.csv", dir);
    char *built = tu_read(p, NULL);
    ck_assert_str_eq(built, r.out);
    ck_assert_msg(strstr(built, ",interview.tmp.4.txt,") != NULL, "no claim of interview.tmp.4.txt");
    /* and a name that a spreadsheet would run is written as text */
    ck_assert_msg(strstr(built, ",'=notes.txt,") != NULL, "=notes.txt not neutralised");
    free(built);
    tu_run_free(&r);
    free(dir);
}
END_TEST

/* issue 15: two builds on one folder raced (claims.csv left stale, exit
 * 0). A build holds reports/.build/lock; a second one waits for it. */
START_TEST(a_second_build_should_wait_for_the_first)
{
    char *dir = project("build-lock");
    free(build(dir, "2"));
    char lock[1400];
    snprintf(lock, sizeof lock, "%s/reports/.build/lock", dir);
    int fd = open(lock, O_RDWR);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(flock(fd, LOCK_EX), 0);   /* as a running build holds it */
    tu_sh("cd '%s' && printf 'id,action,doc,note\\n' > data/curation.csv", dir);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(dir) != 0)
            _exit(126);
        int out = open("build.out", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(out, 1);
        putenv((char *)ENV[0]);
        execl(CB_PROGRAM, CB_PROGRAM, "build", (char *)NULL);
        _exit(127);
    }
    usleep(500000);
    int st = 0;
    ck_assert_msg(waitpid(pid, &st, WNOHANG) == 0, "the build did not wait for the lock");
    flock(fd, LOCK_UN);
    close(fd);
    ck_assert_int_eq(waitpid(pid, &st, 0), pid);
    ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    snprintf(lock, sizeof lock, "%s/build.out", dir);
    char *out = tu_read(lock, NULL);
    ck_assert_msg(has_line(out, "build: waiting for another build of this folder to finish"), "said: %s",
                  out);
    free(out);
    free(dir);
}
END_TEST

/* issue 15: under `ulimit -f` the program was killed by SIGXFSZ, printed
 * nothing and left temporaries. Now: "File too large", exit 3, the old
 * brief kept. */
START_TEST(a_file_size_limit_should_be_a_clear_error)
{
    char *dir = project("build-fsize");
    free(build(dir, "2"));
    tu_sh("cd '%s' && cp reports/brief.pdf brief.good", dir);
    int st = tu_sh("cd '%s' && (ulimit -f 16; SOURCE_DATE_EPOCH=1 exec '%s' brief) 2> err; echo $? > status",
                   dir, CB_PROGRAM);
    /* and a table: the write of data/claims.csv itself */
    ck_assert_int_eq(tu_sh("cd '%s' && (ulimit -f 1; exec '%s' extract -o out.csv data/corpus) 2> err2; "
                           "test $? = 3 && grep -q '^claimbrief: out.csv: cannot write: File too large$' err2",
                           dir, CB_PROGRAM), 0);
    ck_assert_int_eq(st, 0);
    char p[1400];
    snprintf(p, sizeof p, "%s/status", dir);
    char *status = tu_read(p, NULL);
    snprintf(p, sizeof p, "%s/err", dir);
    char *err = tu_read(p, NULL);
    ck_assert_msg(!strcmp(status, "3\n"), "status %s, stderr: %s", status, err);
    /* the font subsets libharu reads, or the brief itself: whichever
     * passes the limit first */
    ck_assert_msg(!strncmp(err, "claimbrief: ", 12) && strstr(err, ": File too large\n") &&
                      strchr(err, '\n') == err + strlen(err) - 1,
                  "stderr: %s", err);
    free(status);
    free(err);
    ck_assert_int_eq(tu_sh("cd '%s' && cmp reports/brief.pdf brief.good && "
                           "test -z \"$(find . -name '*.tmp.*')\"", dir), 0);
    free(dir);
}
END_TEST


/* ---- the dependency graph, exactly (the README's table) ----
 *
 * Each input is changed in turn on one built project; `build --explain`
 * then names every output it re-made (written, or found the same and
 * kept), which must be exactly the outputs the README's table says depend
 * on that input (through the outputs that changed: one made again to the
 * same bytes stops there); no other output file may change; and every
 * output must equal what a build from scratch of the same inputs makes. */

#define DOC_EDITED "002_12c1d0372e55340a.txt"

/* Outputs, as `build --explain` names them. */
enum { O_DOC_EDITED = 1, O_DOC_ALL = 2, O_DOC_NEW = 4, O_CLAIMS = 8, O_FINDINGS = 16,
       O_CHARTS = 32, O_BRIEF = 64, O_CHART_PDFS = 128 };

typedef struct DepCase {
    const char *input;     /* what is changed */
    const char *edit;      /* shell, run in the project; %1$s is the project */
    const char *env;       /* extra environment (or NULL) */
    unsigned outputs;      /* what depends on it */
} DepCase;

/* ORDER: the README's table, input by input. */
static const DepCase dep_cases[] = {
    {"a document", "printf '\\nThe network added 31 new cables in 2024.\\n' >> data/corpus/" DOC_EDITED,
     NULL, O_DOC_EDITED | O_CLAIMS | O_FINDINGS | O_CHARTS | O_BRIEF},
    /* every document is read again; a label is not in the claims, so they
     * come out the same and data/claims.csv is not remade (early cutoff) */
    {"data/metrics.csv (a label)", "sed -i 's/,Internet users,/,People online,/' data/metrics.csv",
     NULL, O_DOC_ALL | O_FINDINGS | O_CHARTS | O_BRIEF},
    {"data/curation.csv (a row for one document)",
     "id=$(grep '," DOC_EDITED ",' data/claims.csv | head -1 | cut -d, -f1) && "
     "printf 'id,action,doc,note\\n%s,reject," DOC_EDITED ",not a claim\\n' \"$id\" > data/curation.csv",
     NULL, O_DOC_EDITED | O_CLAIMS | O_FINDINGS | O_CHARTS | O_BRIEF},
    {"data/relations.csv", "sed -i '2s/imply a world population of/give a world population of/' "
     "data/relations.csv", NULL, O_FINDINGS | O_CHARTS | O_BRIEF},
    {"data/reference.csv", "sed -i 's/^world_population,8092000000,/world_population,8091000000,/' "
     "data/reference.csv && grep -q '^world_population,8091000000,' data/reference.csv",
     NULL, O_FINDINGS | O_CHARTS | O_BRIEF},
    /* a document's address: extraction does not read it, the brief does */
    {"data/corpus/sources.csv (an address)",
     "sed -i '2s|978-2-38476-505-8_22$|978-2-38476-505-8_22?v=2|' data/corpus/sources.csv", NULL,
     O_FINDINGS | O_CHARTS | O_BRIEF},
    /* a document's title: its claims are read again (a title can place them) */
    {"data/corpus/sources.csv (a title)",
     "sed -i 's/^" DOC_EDITED ",China leads call/" DOC_EDITED ",China leads a call/' "
     "data/corpus/sources.csv", NULL, O_DOC_EDITED | O_FINDINGS | O_CHARTS | O_BRIEF},
    {"the list of documents (a new one)",
     "printf 'Some 12 data centres opened in Kenya in 2023.\\n' > data/corpus/900_new.txt",
     NULL, O_DOC_NEW | O_CLAIMS | O_FINDINGS | O_CHARTS | O_BRIEF},
    {"a font", "cp fonts/NotoSans-Regular.ttf fonts/NotoSans-Italic.ttf", NULL, O_CHARTS | O_BRIEF},
    {"claimbrief.ini", "sed -i 's/^title = .*/title = The DSR in numbers/' claimbrief.ini", NULL,
     O_BRIEF},
    /* SOURCE_DATE_EPOCH: the cover's date and the PDFs' (the chart PDFs too) */
    {"the cover date", "true", "SOURCE_DATE_EPOCH=1710000000", O_BRIEF | O_CHART_PDFS},
    /* the installed default is an input like the project's own file */
    {"data/metrics.csv, back to the default's bytes", "cp '" CB_SOURCE_DIR "/data/metrics.csv' data/",
     NULL, O_DOC_ALL | O_FINDINGS | O_CHARTS | O_BRIEF},
    {"data/metrics.csv, removed for the default of the same bytes", "rm data/metrics.csv", NULL, 0},
    /* a project's own file that appears where the default was used */
    {"data/metrics.csv, of its own again (a label)",
     "sed 's/,Internet users,/,People online,/' '" CB_SOURCE_DIR "/data/metrics.csv' > data/metrics.csv",
     NULL, O_DOC_ALL | O_FINDINGS | O_CHARTS | O_BRIEF},
};

/* The outputs `build --explain` named in out, as O_* bits; unknown
 * lines fail the test. */
static unsigned named_outputs(const char *out, const char *what, const char *dir)
{
    unsigned got = 0;
    size_t charts = 0, pdfs = 0;
    for (const char *l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        if (!strncmp(l, "claims of " DOC_EDITED ":", strlen("claims of " DOC_EDITED ":")))
            got |= O_DOC_EDITED;
        else if (!strncmp(l, "claims of 900_new.txt:", 22))
            got |= O_DOC_NEW;
        else if (!strncmp(l, "claims of ", 10))
            got |= O_DOC_ALL;
        else if (!strncmp(l, "claims: ", 8))
            got |= O_CLAIMS;
        else if (!strncmp(l, "findings: ", 10))
            got |= O_FINDINGS;
        else if (!strncmp(l, "chart ", 6) && strstr(l, ": removed: ") &&
                 strstr(l, ": removed: ") < strchr(l, '\n'))
            got |= O_CHARTS;   /* a part the corpus no longer calls for */
        else if (!strncmp(l, "chart ", 6))
            charts++, pdfs += strstr(l, ".pdf: ") != NULL;
        else if (!strncmp(l, "brief: ", 7))
            got |= O_BRIEF;
        else
            ck_abort_msg("%s: unexpected line: %.80s", what, l);
    }
    /* the charts come all together (each part's data, png, svg, pdf), or
     * their PDFs alone, or not at all */
    char list[1200];
    snprintf(list, sizeof list, "%s/reports/.build/charts", dir);
    char *parts = tu_read(list, NULL);
    ck_assert_ptr_nonnull(parts);
    size_t np = 0;
    for (const char *q = parts; *q; q++)
        np += *q == '\n';
    free(parts);
    ck_assert_msg(charts == 0 || charts == 4 * np || (charts == np && pdfs == np),
                  "%zu chart lines for %zu parts:\n%.3000s", charts, np, out);
    if (charts)
        got |= charts == 4 * np ? O_CHARTS : O_CHART_PDFS;
    /* every document re-read: DOC_ALL means all of them, the edited one included */
    if (got & O_DOC_ALL)
        got &= ~(unsigned)(O_DOC_EDITED | O_DOC_NEW);
    return got;
}

/* The output files of an O_* set, as shell globs under the project (a
 * document's rows are in data/claims.csv: O_CLAIMS when they changed;
 * the stamp goes whenever a build has something to do). */
static void output_files(unsigned o, char *out, size_t cap)
{
    snprintf(out, cap, "%s%s%s%s%s%s reports/.build/stamp",
             (o & (O_DOC_EDITED | O_DOC_ALL | O_DOC_NEW)) ? " reports/.build/text" : "",
             (o & O_CLAIMS) ? " data/claims.csv reports/.build/claims.idx" : "",
             (o & O_FINDINGS) ? " reports/findings.csv" : "",
             (o & O_CHARTS) ? " reports/charts reports/.build/charts"
                            : (o & O_CHART_PDFS) ? " reports/charts/*.pdf" : "", (o & O_BRIEF) ? " reports/brief.pdf" : "",
             " reports/.build/state");
}

START_TEST(each_input_should_remake_exactly_what_the_readme_says_depends_on_it)
{
    char *dir = project("build-deps");
    /* fonts of its own, to change one */
    tu_sh("cd '%s' && rm fonts && cp -r '%s/fonts' fonts", dir, CB_SOURCE_DIR);
    char *first = build(dir, "2");
    free(first);
    const char *env = "SOURCE_DATE_EPOCH=1700000000";
    for (size_t k = 0; k < sizeof dep_cases / sizeof *dep_cases; k++) {
        const DepCase *dc = &dep_cases[k];
        usleep(30000);   /* out of the racy window: unchanged files keep their stamps */
        /* a build with nothing to do, settled: it leaves the stamp of a
         * no-op, which the edit below must defeat */
        const char *envs[] = {env, NULL};
        Run r0 = tu_run(dir, NULL, envs, (const char *[]){"build", "--explain", NULL});
        ck_assert_msg(r0.status == 0 && !r0.out[0], "%s: the build before: %s%s", dc->input, r0.out,
                      r0.err);
        tu_run_free(&r0);
        char stamp[1200];
        snprintf(stamp, sizeof stamp, "%s/reports/.build/stamp", dir);
        ck_assert_msg(access(stamp, F_OK) == 0, "%s: no stamp before the edit", dc->input);
        if (dc->env)
            env = dc->env;
        ck_assert_int_eq(tu_sh("cd '%s' && find data reports -type f | sort | xargs md5sum > '%s.before'",
                               dir, dir), 0);
        ck_assert_msg(tu_sh("cd '%s' && %s", dir, dc->edit) == 0, "%s: the edit failed", dc->input);
        const char *envv[] = {env, NULL};
        Run r = tu_run(dir, NULL, envv, (const char *[]){"build", "--explain", "--jobs", "2", NULL});
        ck_assert_msg(r.status == 0, "%s: %s", dc->input, r.err);
        unsigned got = named_outputs(r.out, dc->input, dir);
        ck_assert_msg(got == dc->outputs, "%s: remade %#x, the README says %#x:\n%.3000s", dc->input, got,
                      dc->outputs, r.out);
        /* no other output file changed */
        char files[400];
        output_files(dc->outputs, files, sizeof files);
        ck_assert_msg(tu_sh("cd '%s' && find data reports -type f | sort | xargs md5sum > '%s.after' && "
                            "diff '%s.before' '%s.after' | grep '^[<>]' | awk '{print $3}' | sort -u | "
                            "grep -v -E '^data/corpus/|^data/(metrics|curation|relations|reference)\\.csv$' > '%s.changed'; "
                            "for f in $(cat '%s.changed'); do ok=0; for g in %s; do "
                            "case $f in $g|$g/*) ok=1;; esac; done; "
                            "[ $ok = 1 ] || { echo \"$f\"; exit 1; }; done",
                            dir, dir, dir, dir, dir, dir, files) == 0,
                      "%s: an output outside the table changed (see %s.changed)", dc->input, dir);
        tu_run_free(&r);
        /* the same outputs as a build from scratch */
        char *clean = tu_tmpdir("build-deps-clean");
        tu_sh("cd '%s' && cp -r data claimbrief.ini '%s/' && cp -rl fonts '%s/' && "
              "rm -f '%s/data/claims.csv'", dir, clean, clean, clean);
        r = tu_run(clean, NULL, envv, (const char *[]){"build", "--quiet", NULL});
        ck_assert_msg(r.status == 0, "%s (clean): %s", dc->input, r.err);
        tu_run_free(&r);
        ck_assert_msg(tu_sh("cd '%s' && for f in data/claims.csv reports/findings.csv reports/brief.pdf "
                            "reports/charts/*; do cmp -s \"$f\" '%s'/\"$f\" || { echo \"$f\"; exit 1; }; done",
                            dir, clean) == 0,
                      "%s: an output differs from a build from scratch", dc->input);
        free(clean);
    }
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("build");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, a_no_op_build_should_rebuild_nothing_and_write_nothing);
    tcase_add_test(tc, editing_one_claim_should_rebuild_only_what_shows_it);
    tcase_add_test(tc, correcting_a_claim_a_finding_uses_should_remake_the_findings_and_their_chart);
    tcase_add_test(tc, a_removed_output_should_be_rebuilt_alone);
    tcase_add_test(tc, a_corrupt_record_should_mean_a_full_rebuild_with_the_same_outputs);
    tcase_add_test(tc, a_forged_list_of_charts_should_be_planned_again);
    tcase_add_test(tc, build_outputs_should_equal_what_the_stage_commands_write);
    tcase_add_test(tc, another_program_should_remove_the_charts_no_longer_made);
    tcase_add_test(tc, outputs_should_be_identical_for_any_number_of_threads);
    tcase_add_test(tc, adding_or_deleting_a_document_should_rebuild_what_depends_on_it);
    tcase_add_test(tc, the_claims_table_should_splice_a_changed_document_and_distrust_an_edited_one);
    tcase_add_test(tc, pdfs_and_web_pages_should_be_built_read_kept_and_cited);
    tcase_add_test(tc, watch_should_rebuild_on_save_and_stop_cleanly_on_sigint);
    tcase_add_test(tc, a_failed_build_should_leave_a_record_that_needs_no_remake);
    tcase_add_test(tc, the_verdicts_should_be_the_same_in_the_findings_the_chart_and_the_brief);
    tcase_add_test(tc, a_figure_a_fact_check_refutes_should_be_charted_and_compared_nowhere);
    tcase_add_test(tc, a_damaged_output_should_be_repaired_by_the_next_build);
    tcase_add_test(tc, a_build_should_never_sweep_files_it_did_not_write);
    tcase_add_test(tc, a_build_should_sweep_dead_temporaries_of_each_of_its_outputs);
    tcase_add_test(tc, build_and_extract_should_take_the_same_documents);
    tcase_add_test(tc, a_second_build_should_wait_for_the_first);
    tcase_add_test(tc, a_file_size_limit_should_be_a_clear_error);
    tcase_add_test(tc, each_input_should_remake_exactly_what_the_readme_says_depends_on_it);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

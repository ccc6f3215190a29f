/* test_merge.c — `claimbrief merge`: shards in, the single run's table out.
 *
 * The end-to-end test generates a corpus of 40 documents from the seed
 * sentences, splits it into shards, runs `claimbrief extract` on the
 * shards in parallel with xargs -P, merges, and compares byte for byte
 * with one extract run over the whole corpus.
 */
#include "claim.h"
#include "merge.h"
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const HDR = CLAIM_COLUMNS "\n";

/* A claims row for doc at start with an id derived from both. */
static void row(char *out, size_t cap, const char *doc, unsigned start, const char *sentence)
{
    snprintf(out, cap,
             "%016x,%s,%u,%u,,5.4 billion,5400000000,,,people,exact,internet_users,global,,2023,6,ITU,,"
             "\"%s\",scan,\n",
             start * 7919u + (unsigned)strlen(doc), doc, start, start + 11, sentence);
}

static char *write_shard(const char *dir, const char *name, const char *body)
{
    char *path = malloc(4096);
    snprintf(path, 4096, "%s/%s", dir, name);
    size_t n = strlen(HDR) + strlen(body) + 1;
    char *text = malloc(n);
    snprintf(text, n, "%s%s", HDR, body);
    tu_write(path, text, strlen(text));
    free(text);
    return path;
}

START_TEST(merge_should_interleave_shards_by_document_and_keep_row_bytes)
{
    char *dir = tu_tmpdir("merge");
    char a[4][512];
    row(a[0], sizeof a[0], "a.txt", 10, "In 2023, 5.4 billion people used it.");
    row(a[1], sizeof a[1], "a.txt", 50, "A quoted \"\"word\"\", a comma,\nand a newline.");
    row(a[2], sizeof a[2], "c.txt", 5, "c");
    row(a[3], sizeof a[3], "e.txt", 1, "e");
    char b[2][512];
    row(b[0], sizeof b[0], "b.txt", 3, "b");
    row(b[1], sizeof b[1], "d.txt", 9, "d");
    char s1[2048], s2[1024];
    snprintf(s1, sizeof s1, "%s%s%s%s", a[0], a[1], a[2], a[3]);
    snprintf(s2, sizeof s2, "%s%s", b[0], b[1]);
    char *p1 = write_shard(dir, "s1.csv", s1);
    char *p2 = write_shard(dir, "s2.csv", s2);
    char *p3 = write_shard(dir, "empty.csv", "");
    char zero[4096];
    snprintf(zero, sizeof zero, "%s/zero-bytes.csv", dir);
    tu_write(zero, "", 0);
    const char *argv[] = {"merge", p2, p3, zero, p1, NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_msg(r.status == 0, "status %d: %s", r.status, r.err);
    char want[4096];
    snprintf(want, sizeof want, "%s%s%s%s%s%s%s", HDR, a[0], a[1], b[0], a[2], b[1], a[3]);
    ck_assert_str_eq(r.out, want);
    ck_assert_str_eq(r.err, "");
    tu_run_free(&r);

    /* -o writes the same bytes to a file. */
    char outp[4096];
    snprintf(outp, sizeof outp, "%s/merged.csv", dir);
    const char *argv2[] = {"merge", "-o", outp, p1, p2, NULL};
    r = tu_run(dir, NULL, NULL, argv2);
    ck_assert_int_eq(r.status, 0);
    char *got = tu_read(outp, NULL);
    ck_assert_str_eq(got, want);
    free(got);
    tu_run_free(&r);
    free(p1);
    free(p2);
    free(p3);
    free(dir);
}
END_TEST

START_TEST(merge_should_refuse_a_document_in_two_shards)
{
    char *dir = tu_tmpdir("merge");
    char x[512], y[512];
    row(x, sizeof x, "a.txt", 10, "x");
    row(y, sizeof y, "a.txt", 90, "y");
    char *p1 = write_shard(dir, "s1.csv", x);
    char *p2 = write_shard(dir, "s2.csv", y);
    const char *argv[] = {"merge", p1, p2, NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_ptr_nonnull(strstr(r.err, "document 'a.txt' is also in shard"));
    ck_assert_ptr_nonnull(strstr(r.err, "s1.csv"));
    ck_assert_ptr_nonnull(strstr(r.err, "s2.csv"));
    tu_run_free(&r);
    free(p1);
    free(p2);
    free(dir);
}
END_TEST

START_TEST(merge_should_name_file_and_line_of_a_malformed_or_unsorted_shard)
{
    char *dir = tu_tmpdir("merge");
    char ok[512], later[512];
    row(ok, sizeof ok, "b.txt", 10, "ok");
    row(later, sizeof later, "a.txt", 10, "a before b");
    char body[2048];
    snprintf(body, sizeof body, "%s0123456789abcdef,c.txt,notanumber,5,x,1,,,people,exact,,,,,,,s,scan,\n",
             ok);
    char *p1 = write_shard(dir, "bad.csv", body);
    const char *argv[] = {"merge", p1, NULL};
    Run r = tu_run(dir, NULL, NULL, argv);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strncmp(r.err, "claimbrief: ", 12) == 0 && strstr(r.err, "bad.csv:3: "),
                  "got: %s", r.err);
    ck_assert_str_eq(r.out, "");
    tu_run_free(&r);

    /* Offsets going back within a document. */
    char back[512];
    row(back, sizeof back, "b.txt", 5, "back");
    snprintf(body, sizeof body, "%s%s", ok, back);
    char *p2 = write_shard(dir, "unsorted.csv", body);
    const char *argv2[] = {"merge", p2, NULL};
    r = tu_run(dir, NULL, NULL, argv2);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "unsorted.csv:3: rows out of order: offset 5 after 10") != NULL,
                  "got: %s", r.err);
    tu_run_free(&r);

    /* Documents in any order are fine, but one document's rows together. */
    char again[512];
    row(again, sizeof again, "b.txt", 90, "again");
    snprintf(body, sizeof body, "%s%s%s", ok, later, again);
    char *p4 = write_shard(dir, "split.csv", body);
    const char *argv6[] = {"merge", p4, NULL};
    r = tu_run(dir, NULL, NULL, argv6);
    ck_assert_int_eq(r.status, 1);
    ck_assert_msg(strstr(r.err, "split.csv:4: rows of document 'b.txt' are not together") != NULL,
                  "got: %s", r.err);
    tu_run_free(&r);
    snprintf(body, sizeof body, "%s%s", ok, later);
    tu_write(p4, HDR, strlen(HDR));
    char *p5 = write_shard(dir, "any-order.csv", body);
    const char *argv7[] = {"merge", p5, NULL};
    r = tu_run(dir, NULL, NULL, argv7);
    ck_assert_int_eq(r.status, 0);
    char want[2048];
    snprintf(want, sizeof want, "%s%s%s", HDR, later, ok);
    ck_assert_str_eq(r.out, want);
    tu_run_free(&r);
    free(p4);
    free(p5);

    char *p3 = write_shard(dir, "other.csv", "");
    tu_write(p3, "id,doc\n", 7);
    const char *argv3[] = {"merge", p3, NULL};
    r = tu_run(dir, NULL, NULL, argv3);
    ck_assert_int_eq(r.status, 1);
    tu_run_free(&r);

    const char *argv4[] = {"merge", NULL};
    r = tu_run(dir, NULL, NULL, argv4);
    ck_assert_int_eq(r.status, 2);
    tu_run_free(&r);

    /* A failed merge with -o leaves the earlier output alone. */
    char outp[4096];
    snprintf(outp, sizeof outp, "%s/merged.csv", dir);
    tu_write(outp, "old\n", 4);
    const char *argv5[] = {"merge", "-o", outp, p1, NULL};
    r = tu_run(dir, NULL, NULL, argv5);
    ck_assert_int_eq(r.status, 1);
    char *got = tu_read(outp, NULL);
    ck_assert_str_eq(got, "old\n");
    free(got);
    ck_assert_int_eq(tu_sh("ls '%s' | grep -q tmp", dir), 1);
    tu_run_free(&r);
    free(p1);
    free(p2);
    free(p3);
    free(dir);
}
END_TEST

/* 1 when `claimbrief extract` is in the program (the extract stage may
 * land after merge). */
static int have_extract(void)
{
    const char *argv[] = {"extract", "--help", NULL};
    Run r = tu_run(NULL, NULL, NULL, argv);
    int ok = r.status == 0;
    tu_run_free(&r);
    return ok;
}

START_TEST(shards_extracted_in_parallel_and_merged_should_equal_one_run)
{
    if (!have_extract()) {
        fprintf(stderr, "test_merge: SKIP end-to-end (no extract command yet)\n");
        return;
    }
    /* A project of its own: the bundled metrics, 40 generated documents
     * (seed sentences shuffled and varied with a fixed seed, names that
     * do not sort like their creation order), and a curation file. */
    char *dir = tu_tmpdir("merge-corpus");
    ck_assert_int_eq(
        tu_sh("cd '%s' && mkdir -p data/corpus shards && cp '%s/data/metrics.csv' data/ && "
              "cat '%s'/data/corpus/*.txt | tr -s '\\n' | awk 'length($0) > 40' > pool.txt && "
              "awk 'BEGIN{srand(42)} {l[NR]=$0} END{for(d=0; d<40; d++){ "
              "f=sprintf(\"data/corpus/%%02d_%%x.txt\", (d*17)%%40, d*2654435761%%65536); "
              "n=20+int(rand()*40); for(i=0;i<n;i++){ s=l[1+int(rand()*NR)]; "
              "if (rand()<0.3) s=\"About \" int(rand()*90+10) \"%% of households, more than \" "
              "int(rand()*900+1) \" million people, said the ITU. \" s; print s > f } close(f) } }' "
              "pool.txt",
              dir, CB_SOURCE_DIR, CB_SOURCE_DIR),
        0);
    ck_assert_int_eq(tu_sh("ls '%s'/data/corpus/*.txt | wc -l | grep -qx 40", dir), 0);
    /* The analyst rejects one claim, corrects another and adds a third,
     * in three different documents. */
    ck_assert_int_eq(
        tu_sh("cd '%s' && '%s' extract --no-curation data/corpus > raw.csv && "
              "r=$(sed -n 5p raw.csv | cut -d, -f1,2) && c=$(sed -n 200p raw.csv | cut -d, -f1,2) && "
              "a=$(sed -n '400,$p' raw.csv | cut -d, -f2 | while read d; do "
              "head -c1 data/corpus/$d | grep -q '[A-Za-z]' && { echo $d; break; }; done) && "
              /* the added claim is anchored by its text: the document's first
               * word (a document opening on a word, not a list's "-") */
              "w=$(head -n1 data/corpus/$a | awk '{print $1}') && e=$(printf %%s \"$w\" | wc -c) && "
              "q=$(printf %%s \"$w\" | sed 's/\"/\"\"/g') && "
              "{ echo 'id,action,doc,start,end,text,value,unit,qualifier,note'; "
              "echo \"${r%%%%,*},reject,${r#*,},,,,,,,not a claim\"; "
              "echo \"${c%%%%,*},correct,${c#*,},,,,12345,,,checked\"; "
              "echo \",add,$a,0,$e,\\\"$q\\\",7,people,exact,missed\"; } > data/curation.csv && "
              "test $(wc -l < data/curation.csv) -eq 4",
              dir, CB_PROGRAM),
        0);
    /* One run over everything. */
    ck_assert_int_eq(tu_sh("cd '%s' && '%s' extract -o single.csv data/corpus 2>single.err", dir,
                           CB_PROGRAM),
                     0);
    ck_assert_int_eq(tu_sh("cd '%s' && cmp -s single.csv raw.csv", dir), 1);
    ck_assert_int_eq(tu_sh("cd '%s' && grep -q ',12345,' single.csv && grep -q ',added,' single.csv",
                           dir),
                     0);
    /* Shards of 6 documents in a shuffled order, extracted 4 at a time by
     * xargs -P, each with the same project (metrics, curation); one more
     * document through stdin, the filter form a map step uses. */
    ck_assert_int_eq(
        tu_sh("cd '%s' && last=$(ls data/corpus/*.txt | tail -1) && "
              "'%s' extract --name \"$(basename $last)\" < $last > shards/stdin.csv && "
              "ls data/corpus/*.txt | grep -v \"$last\" | sort -r | split -l 6 - shards/list. && "
              "ls shards/list.* | xargs -P 4 -I{} sh -c 'xargs \"%s\" extract < {} > {}.csv' "
              "2>shards.err",
              dir, CB_PROGRAM, CB_PROGRAM),
        0);
    ck_assert_int_eq(tu_sh("cd '%s' && '%s' merge -o merged.csv shards/*.csv", dir, CB_PROGRAM),
                     0);
    ck_assert_int_eq(tu_sh("cd '%s' && cmp single.csv merged.csv", dir), 0);
    ck_assert_int_eq(tu_sh("test $(wc -l < '%s/single.csv') -gt 100", dir), 0);
    free(dir);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("merge");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, merge_should_interleave_shards_by_document_and_keep_row_bytes);
    tcase_add_test(tc, merge_should_refuse_a_document_in_two_shards);
    tcase_add_test(tc, merge_should_name_file_and_line_of_a_malformed_or_unsorted_shard);
    tcase_add_test(tc, shards_extracted_in_parallel_and_merged_should_equal_one_run);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

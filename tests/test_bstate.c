/* test_bstate.c — the build's record of hashes and its staleness test. */
#include "bstate.h"
#include "testutil.h"

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

static char dir[1024];
static char inp[1100], outp[1100], rec[1100];

static void setup(void)
{
    char *t = tu_tmpdir("bstate");
    snprintf(dir, sizeof dir, "%s", t);
    free(t);
    snprintf(inp, sizeof inp, "%s/in put.txt", dir);
    /* outputs, as a build's, are inside the project: the folder the
     * program runs in */
    ck_assert_int_eq(chdir(dir), 0);
    snprintf(outp, sizeof outp, "out.txt");
    snprintf(rec, sizeof rec, "%s/state", dir);
    tu_write(inp, "hello\n", 6);
    tu_write(outp, "made from hello\n", 16);
    /* a minute old: outside the racy window, so a build right after
     * records their stat data and the next check is clean (a file written
     * within the window is hashed again, and the record made dirty, which
     * made these tests fail now and then on a busy machine) */
    struct timespec old[2] = {{time(NULL) - 60, 0}, {time(NULL) - 60, 0}};
    utimensat(AT_FDCWD, inp, old, 0);
    utimensat(AT_FDCWD, outp, old, 0);
}

/* A node "thing" made from inp and a version string, writing outp. */
static void node(BNode *n, BState *s, const char *version)
{
    Diag d;
    bnode_init(n, "thing");
    ck_assert_int_eq(bnode_dep_file(n, s, inp, 1u << 20, &d), 0);
    bnode_dep(n, "version", bstate_hash(version, strlen(version)));
    bnode_out(n, outp);
}

static int stale(BState *s, const char *version, char *why)
{
    BNode n;
    node(&n, s, version);
    int r = bstate_check(s, &n, why, 256);
    bnode_fini(&n);
    return r;
}

static void build_and_save(void)
{
    char why[256];
    BState *s = bstate_load(rec, why, sizeof why);
    BNode n;
    node(&n, s, "1");
    Diag d;
    ck_assert_int_eq(bstate_commit(s, &n, &d), 0);
    bnode_fini(&n);
    ck_assert_int_eq(bstate_save(s, rec, &d), 0);
    bstate_free(s);
}

START_TEST(a_committed_node_should_be_fresh_until_an_input_changes)
{
    char why[256];
    BState *s = bstate_load(rec, why, sizeof why);
    ck_assert_str_eq(why, "no record of an earlier build");
    ck_assert_int_eq(stale(s, "1", why), 1);
    ck_assert_str_eq(why, "not built before");
    bstate_free(s);
    build_and_save();

    s = bstate_load(rec, why, sizeof why);
    ck_assert_str_eq(why, "");
    ck_assert_int_eq(stale(s, "1", why), 0);
    ck_assert_int_eq(bstate_dirty(s), 0);
    ck_assert_int_eq(stale(s, "2", why), 1);
    ck_assert_str_eq(why, "version changed");
    bstate_free(s);

    tu_write(inp, "hellO\n", 6);   /* same size */
    s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 1);
    ck_assert_msg(strstr(why, "in put.txt changed") != NULL, "why: %s", why);
    bstate_free(s);

    unlink(inp);
    s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 1);
    ck_assert_msg(strstr(why, "in put.txt removed") != NULL, "why: %s", why);
    bstate_free(s);
}
END_TEST

START_TEST(a_missing_or_modified_output_should_make_its_node_stale)
{
    char why[256];
    build_and_save();
    unlink(outp);
    BState *s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 1);
    ck_assert_msg(strstr(why, "out.txt missing") != NULL, "why: %s", why);
    bstate_free(s);

    tu_write(outp, "made from hello\n", 16);
    s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 0);   /* same bytes again: fine */
    bstate_free(s);
    tu_write(outp, "edited by hand!\n", 16);
    s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 1);
    ck_assert_msg(strstr(why, "out.txt modified") != NULL, "why: %s", why);
    bstate_free(s);
}
END_TEST

START_TEST(a_corrupt_or_truncated_record_should_be_ignored_whole)
{
    char why[256];
    build_and_save();
    size_t len;
    char *text = tu_read(rec, &len);
    ck_assert_ptr_nonnull(strstr(text, "in%20put.txt"));

    /* One flipped byte anywhere: the checksum catches it. */
    for (size_t at = 0; at + 30 < len; at += 7) {
        char *bad = malloc(len);
        memcpy(bad, text, len);
        bad[at] ^= 0x04;
        tu_write(rec, bad, len);
        free(bad);
        BState *s = bstate_load(rec, why, sizeof why);
        ck_assert_msg(strstr(why, "record of hashes") != NULL, "byte %zu: why '%s'", at, why);
        ck_assert_int_eq(stale(s, "1", why), 1);
        ck_assert_str_eq(why, "not built before");
        bstate_free(s);
    }
    /* Cut short anywhere. */
    for (size_t cut = 0; cut < len; cut += 5) {
        tu_write(rec, text, cut);
        BState *s = bstate_load(rec, why, sizeof why);
        ck_assert_int_eq(stale(s, "1", why), 1);
        bstate_free(s);
    }
    /* A record made by another program: even with every file unchanged,
     * nothing of it is trusted. (The same record under this program's key
     * is trusted: the test fails if the key is not what decides.) */
    build_and_save();
    free(text);
    text = tu_read(rec, &len);
    char key[32];
    snprintf(key, sizeof key, "program %016llx\n", (unsigned long long)bstate_program_key());
    char *at = strstr(text, key);
    ck_assert_ptr_nonnull(at);
    BState *s0 = bstate_load(rec, why, sizeof why);
    ck_assert_str_eq(why, "");
    ck_assert_int_eq(stale(s0, "1", why), 0);
    bstate_free(s0);
    at[8] = at[8] == '0' ? '1' : '0';   /* another key, checksum made again */
    char *end = strstr(text, "\nend ") + 1;
    char sum[32];
    snprintf(sum, sizeof sum, "end %016llx\n", (unsigned long long)XXH64(text, (size_t)(end - text), 0));
    memcpy(end, sum, strlen(sum));
    tu_write(rec, text, len);
    s0 = bstate_load(rec, why, sizeof why);
    ck_assert_str_eq(why, "record of hashes was made by another claimbrief program");
    ck_assert_int_eq(stale(s0, "1", why), 1);
    ck_assert_str_eq(why, "not built before");
    bstate_free(s0);
    /* A record of another version. */
    tu_write(rec, "claimbrief-build-state 0\nend 0000000000000000\n", 46);
    BState *s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 1);
    bstate_free(s);
    free(text);
}
END_TEST

/* What a record says was made survives a record it cannot trust (of
 * another version here): the node is stale, and its output, still as
 * made, can be removed; one edited since, or a link, never is. A commit
 * that no longer names an output removes it the same way. */
START_TEST(outputs_no_longer_made_should_go_only_when_still_as_made)
{
    char why[256];
    Diag d;
    uint64_t h = bstate_hash("made from hello\n", 16);
    char text[2400];
    int n = snprintf(text, sizeof text, "claimbrief-build-state 3\nx whatever\nn thing 0\no %016llx %s\n",
                     (unsigned long long)h, outp);
    n += snprintf(text + n, sizeof text - (size_t)n, "end %016llx\n",
                  (unsigned long long)XXH64(text, (size_t)n, 0));
    for (int round = 0; round < 3; round++) {
        tu_write(outp, "made from hello\n", 16);
        if (round == 1)
            tu_write(outp, "made from hello!\n", 17);   /* edited since */
        if (round == 2) {   /* a link to a file with the same bytes */
            char other[1200];
            snprintf(other, sizeof other, "%s/other", dir);
            tu_write(other, "made from hello\n", 16);
            unlink(outp);
            ck_assert_int_eq(symlink(other, outp), 0);
        }
        tu_write(rec, text, (size_t)n);
        BState *s = bstate_load(rec, why, sizeof why);
        ck_assert_str_eq(why, "record of hashes is of another version");
        size_t k, kept;
        const char **gone = bstate_unseen(s, "", &k);
        ck_assert_uint_eq(k, 1);
        free(gone);
        ck_assert_int_eq(bstate_remove_outputs(s, "thing", &kept), round == 0);
        ck_assert_int_eq(access(outp, F_OK) == 0, round != 0);
        ck_assert_uint_eq(kept, round != 0);
        ck_assert_int_eq(stale(s, "1", why), 1);
        bstate_free(s);
        unlink(outp);
    }
    /* a commit that names it no more */
    tu_write(outp, "made from hello\n", 16);
    unlink(rec);
    build_and_save();
    BState *s = bstate_load(rec, why, sizeof why);
    BNode nd;
    bnode_init(&nd, "thing");
    bnode_dep(&nd, "version", 2);
    ck_assert_int_eq(bstate_commit(s, &nd, &d), 0);
    bnode_fini(&nd);
    ck_assert_int_eq(access(outp, F_OK), -1);
    bstate_free(s);
}
END_TEST

/* A record comes with the project folder, which may be someone else's
 * (a cloned repository): one that says a build made files outside the
 * project, with their very bytes, must not get them removed. Named
 * outright (an absolute path, a ".." step) the record is not a build's
 * and is ignored whole; reached through a folder that is a link (a
 * cloned reports/ leading to the user's home), the file stays. */
START_TEST(a_record_should_never_remove_a_file_outside_the_project)
{
    char why[256], victim[1200], text[4400];
    Diag d;
    /* the project is dir/project; dir/victim and dir/outside/victim are
     * the user's, project/linked leads to dir/outside */
    snprintf(victim, sizeof victim, "%s/victim", dir);
    ck_assert_int_eq(tu_sh("mkdir -p '%s/outside' '%s/project' && ln -s ../outside '%s/project/linked'", dir,
                           dir, dir),
                     0);
    ck_assert_int_eq(chdir("project"), 0);
    const char *const paths[] = {victim, "../victim", "linked/victim", "./linked/victim", "linked/../../victim"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        tu_write(victim, "precious\n", 9);
        tu_write("../outside/victim", "precious\n", 9);
        int n = snprintf(text, sizeof text, "claimbrief-build-state %d\nn thing 0\no %016llx %s\n",
                         i % 2 ? 3 : 4, (unsigned long long)bstate_hash("precious\n", 9), paths[i]);
        if (i % 2 == 0)   /* this version and program: a record the build trusts */
            n = snprintf(text, sizeof text, "claimbrief-build-state 4\nprogram %016llx\nn thing 0\no %016llx %s\n",
                         (unsigned long long)bstate_program_key(),
                         (unsigned long long)bstate_hash("precious\n", 9), paths[i]);
        n += snprintf(text + n, sizeof text - (size_t)n, "end %016llx\n",
                      (unsigned long long)XXH64(text, (size_t)n, 0));
        tu_write(rec, text, (size_t)n);
        BState *s = bstate_load(rec, why, sizeof why);
        if (strcmp(paths[i], "linked/victim") != 0)
            ck_assert_msg(strstr(why, "record of hashes is") != NULL, "%s: why '%s'", paths[i], why);
        bstate_remove_outputs(s, "thing", NULL);
        BNode nd;   /* a commit that names it no more */
        bnode_init(&nd, "thing");
        ck_assert_int_eq(bstate_commit(s, &nd, &d), 0);
        bnode_fini(&nd);
        bstate_free(s);
        ck_assert_msg(access(victim, F_OK) == 0, "%s: removed %s", paths[i], victim);
        ck_assert_msg(access("../outside/victim", F_OK) == 0, "%s: removed outside/victim", paths[i]);
    }
}
END_TEST

/* A build stopped between the renames of its batch and the save of the
 * record: the files it announced are on record, so the next run removes
 * those it no longer makes, and keeps those it makes again. */
START_TEST(files_of_a_stopped_build_should_be_on_record)
{
    char why[256], newp[1200];
    Diag d;
    snprintf(newp, sizeof newp, "new.txt");
    for (int again = 0; again < 2; again++) {
        unlink(rec);
        BState *s = bstate_load(rec, why, sizeof why);
        bstate_writing(s, newp, bstate_hash("new\n", 4));
        ck_assert_int_eq(bstate_save_writing(s, rec, &d), 0);
        tu_write(newp, "new\n", 4);   /* renamed into place; then killed */
        bstate_free(s);

        s = bstate_load(rec, why, sizeof why);
        ck_assert_str_eq(why, "");
        if (again) {   /* made again, by a node of its own */
            BNode n;
            bnode_init(&n, "maker");
            bnode_out(&n, newp);
            ck_assert_int_eq(bstate_commit(s, &n, &d), 0);
            bnode_fini(&n);
        }
        size_t k;
        const char **gone = bstate_unseen(s, "", &k);
        ck_assert_uint_eq(k, 1);
        ck_assert_str_eq(gone[0], BSTATE_WRITING);
        free(gone);
        ck_assert_int_eq(bstate_remove_outputs(s, BSTATE_WRITING, NULL), !again);
        ck_assert_int_eq(access(newp, F_OK) == 0, again);
        bstate_writing(s, outp, 1);
        bstate_written(s);
        ck_assert_int_eq(bstate_save(s, rec, &d), 0);
        bstate_free(s);
        char *text = tu_read(rec, NULL);
        ck_assert_ptr_null(strstr(text, "being"));
        free(text);
    }
}
END_TEST

START_TEST(nodes_not_seen_in_a_run_should_be_listed_and_dropped_on_save)
{
    char why[256];
    Diag d;
    BState *s = bstate_load(rec, why, sizeof why);
    const char *names[] = {"doc:a.txt", "doc:b.txt", "claims"};
    for (int i = 0; i < 3; i++) {
        BNode n;
        bnode_init(&n, names[i]);
        bnode_dep(&n, "x", 42);
        ck_assert_int_eq(bstate_commit(s, &n, &d), 0);
        bnode_fini(&n);
    }
    ck_assert_int_eq(bstate_save(s, rec, &d), 0);
    bstate_free(s);

    s = bstate_load(rec, why, sizeof why);
    BNode n;
    bnode_init(&n, "doc:a.txt");
    bnode_dep(&n, "x", 42);
    ck_assert_int_eq(bstate_check(s, &n, why, sizeof why), 0);
    bnode_fini(&n);
    bstate_keep(s, "claims");
    size_t k;
    const char **gone = bstate_unseen(s, "doc:", &k);
    ck_assert_uint_eq(k, 1);
    ck_assert_str_eq(gone[0], "doc:b.txt");
    free(gone);
    ck_assert_int_eq(bstate_dirty(s), 1);
    ck_assert_int_eq(bstate_save(s, rec, &d), 0);
    bstate_free(s);
    char *text = tu_read(rec, NULL);
    ck_assert_ptr_null(strstr(text, "doc:b.txt"));
    ck_assert_ptr_nonnull(strstr(text, "doc:a.txt"));
    free(text);
}
END_TEST

START_TEST(a_finer_key_should_decide_when_given)
{
    char why[256];
    Diag d;
    BState *s = bstate_load(rec, why, sizeof why);
    BNode n;
    bnode_init(&n, "chart:money.png");
    n.key = 7;
    ck_assert_int_eq(bstate_commit(s, &n, &d), 0);
    ck_assert_uint_eq(bstate_key(s, "chart:money.png"), 7);
    ck_assert_int_eq(bstate_check(s, &n, why, sizeof why), 0);
    n.key = 8;
    ck_assert_int_eq(bstate_check(s, &n, why, sizeof why), 1);
    ck_assert_str_eq(why, "its data changed");
    bnode_fini(&n);
    bstate_free(s);
}
END_TEST

/* issue 15: a damaged output (a truncated PNG) passed as good: checked
 * once it was re-hashed into the file cache, and a second check in the
 * same run compared it with that refreshed hash. Outputs are held to the
 * hash recorded when they were made, however often they are looked at,
 * and in the next run too. */
START_TEST(a_damaged_output_should_stay_stale_however_often_it_is_checked)
{
    char why[256];
    build_and_save();
    tu_write(outp, "made from hel", 13);   /* cut short */
    for (int run = 0; run < 2; run++) {
        BState *s = bstate_load(rec, why, sizeof why);
        for (int i = 0; i < 3; i++) {
            ck_assert_int_eq(stale(s, "1", why), 1);
            ck_assert_msg(strstr(why, "out.txt modified") != NULL, "why: %s", why);
            BNode n;
            node(&n, s, "1");
            ck_assert_int_eq(bstate_check_outputs(s, &n, why, sizeof why), 1);
            bnode_fini(&n);
        }
        Diag d;
        ck_assert_int_eq(bstate_save(s, rec, &d), 0);   /* nothing remade: saved as it was */
        bstate_free(s);
    }
    tu_write(outp, "made from hello\n", 16);   /* remade */
    BState *s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", why), 0);
    bstate_free(s);
}
END_TEST

/* issue 15: a 20 GiB sparse document was hashed in full (69 s) before
 * being refused, a FIFO hung the hash. The limit and the kind of file are
 * checked before a byte is read. */
START_TEST(hashing_should_refuse_a_file_over_its_limit_or_a_fifo_without_reading)
{
    char why[256], big[1100], fifo[1100];
    snprintf(big, sizeof big, "%s/huge.txt", dir);
    snprintf(fifo, sizeof fifo, "%s/fifo.csv", dir);
    int fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(ftruncate(fd, (off_t)(20ull << 30)), 0);
    close(fd);
    ck_assert_int_eq(mkfifo(fifo, 0644), 0);
    BState *s = bstate_load(rec, why, sizeof why);
    uint64_t h;
    Diag d = {0};
    alarm(5);
    ck_assert_int_eq(bstate_hash_file(s, big, 1u << 28, &h, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "file is 21474836480 bytes, over the limit of 268435456 bytes");
    ck_assert_int_eq(bstate_hash_file(s, fifo, 1u << 28, &h, &d), CB_EINPUT);
    ck_assert_str_eq(d.msg, "cannot read: not a regular file (a FIFO)");
    alarm(0);
    bstate_free(s);
    unlink(big);
}
END_TEST

/* The stamp of a settled build: written only when every file looked at
 * is older than the racy window; holds until any of them (or an absent
 * one, a listed folder, the record, the key) changes. */
START_TEST(a_stamp_should_hold_until_anything_it_names_changes)
{
    char stamp[1200], absent[1200], why[256];
    snprintf(stamp, sizeof stamp, "%s/stamp", dir);
    snprintf(absent, sizeof absent, "%s/charts.csv", dir);
    build_and_save();
    char folder[1200];
    snprintf(folder, sizeof folder, "%s/folder", dir);
    ck_assert_int_eq(tu_sh("mkdir -p '%s'", folder), 0);
    const char *also[] = {folder, NULL};
    Diag d;
    /* just written: too young to trust */
    BState *s = bstate_load(rec, why, sizeof why);
    char w[256];
    ck_assert_int_eq(stale(s, "1", w), 0);
    uint64_t h;
    ck_assert_int_eq(bstate_hash_file(s, absent, 1u << 20, &h, &d), 1);
    /* the folder changed this instant: however slow the machine was since
     * the build, what the stamp would name is too young to trust */
    ck_assert_int_eq(utimensat(AT_FDCWD, folder, NULL, 0), 0);
    ck_assert_int_eq(bstate_stamp_write(s, stamp, "k1", rec, also, NULL, 0, &d), 0);
    ck_assert_int_eq(access(stamp, F_OK), -1);
    bstate_free(s);
    usleep(60000);
    s = bstate_load(rec, why, sizeof why);
    ck_assert_int_eq(stale(s, "1", w), 0);
    ck_assert_int_eq(bstate_hash_file(s, absent, 1u << 20, &h, &d), 1);
    /* with what the build warned about, given back in order */
    const char *warned[] = {"2\tdata/curation.csv\tclaim gone", "0\t\tno rows, 100% sure"};
    ck_assert_int_eq(bstate_stamp_write(s, stamp, "k1", rec, also, warned, 2, &d), 1);
    bstate_free(s);
    char **notes;
    size_t nn;
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", &notes, &nn), 1);
    ck_assert_uint_eq(nn, 2);
    ck_assert_str_eq(notes[0], warned[0]);
    ck_assert_str_eq(notes[1], warned[1]);
    free(notes[0]);
    free(notes[1]);
    free(notes);
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", NULL, NULL), 1);
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k2", NULL, NULL), 0);
    /* an input rewritten with the same size */
    tu_write(inp, "HELLO\n", 6);
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", NULL, NULL), 0);
    tu_write(inp, "hello\n", 6);
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", NULL, NULL), 0);   /* its stat data differ still */
    /* a file that was absent appears; a listed folder changes; the
     * record changes: each alone breaks a fresh stamp */
    static const char *const what[] = {"absent", "folder", "record", "output"};
    for (int k = 0; k < 4; k++) {
        usleep(60000);
        s = bstate_load(rec, why, sizeof why);
        ck_assert_int_eq(stale(s, "1", w), 0);
        ck_assert_int_eq(bstate_hash_file(s, absent, 1u << 20, &h, &d), 1);
        ck_assert_int_eq(bstate_stamp_write(s, stamp, "k1", rec, also, NULL, 0, &d), 1);
        bstate_free(s);
        ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", NULL, NULL), 1);
        char p[1300];
        if (k == 0) {
            tu_write(absent, "x", 1);
            ck_assert_msg(!bstate_stamp_holds(stamp, "k1", NULL, NULL), "%s", what[k]);
            unlink(absent);
        } else if (k == 1) {
            snprintf(p, sizeof p, "%s/new.txt", folder);
            tu_write(p, "x", 1);
            ck_assert_msg(!bstate_stamp_holds(stamp, "k1", NULL, NULL), "%s", what[k]);
            unlink(p);
        } else if (k == 2) {
            char *r = tu_read(rec, NULL);
            r[strlen(r) - 2] ^= 1;   /* one bit of its checksum line */
            tu_write(rec, r, strlen(r));
            ck_assert_msg(!bstate_stamp_holds(stamp, "k1", NULL, NULL), "%s", what[k]);
            r[strlen(r) - 2] ^= 1;
            tu_write(rec, r, strlen(r));
            free(r);
        } else {
            unlink(outp);
            ck_assert_msg(!bstate_stamp_holds(stamp, "k1", NULL, NULL), "%s", what[k]);
            tu_write(outp, "made from hello\n", 16);
            build_and_save();
        }
    }
    /* a damaged stamp is no stamp */
    char *t = tu_read(stamp, NULL);
    t[strlen(t) / 2] ^= 1;
    tu_write(stamp, t, strlen(t));
    free(t);
    ck_assert_int_eq(bstate_stamp_holds(stamp, "k1", NULL, NULL), 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("bstate");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, a_committed_node_should_be_fresh_until_an_input_changes);
    tcase_add_test(tc, a_missing_or_modified_output_should_make_its_node_stale);
    tcase_add_test(tc, a_corrupt_or_truncated_record_should_be_ignored_whole);
    tcase_add_test(tc, nodes_not_seen_in_a_run_should_be_listed_and_dropped_on_save);
    tcase_add_test(tc, outputs_no_longer_made_should_go_only_when_still_as_made);
    tcase_add_test(tc, a_record_should_never_remove_a_file_outside_the_project);
    tcase_add_test(tc, files_of_a_stopped_build_should_be_on_record);
    tcase_add_test(tc, a_finer_key_should_decide_when_given);
    tcase_add_test(tc, a_damaged_output_should_stay_stale_however_often_it_is_checked);
    tcase_add_test(tc, hashing_should_refuse_a_file_over_its_limit_or_a_fifo_without_reading);
    tcase_add_test(tc, a_stamp_should_hold_until_anything_it_names_changes);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

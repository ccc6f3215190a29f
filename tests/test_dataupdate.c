/* test_dataupdate.c — `claimbrief init --update`: a project made with
 * older defaults takes the new ones where the analyst left a row alone,
 * keeps the analyst's rows (saying where both changed), writes nothing on
 * --dry-run, on a malformed table or through a link, and changes nothing
 * when run again. The older defaults are today's with a few rows as they
 * were before a fix. */
#include "testutil.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const ENV[] = {"SOURCE_DATE_EPOCH=1700000000", NULL};

static char *path_in(const char *dir, const char *rel)
{
    char *p = malloc(strlen(dir) + strlen(rel) + 2);
    sprintf(p, "%s/%s", dir, rel);
    return p;
}

/* Older defaults in base/old: internet_users without the "coming online"
 * forbids, asia without "Asian", no mediterranean scope, a relation since
 * dropped (dsr_vs_old), no 2025 shilling rate. */
static char *old_defaults(const char *base)
{
    char *old = path_in(base, "old");
    ck_assert_int_eq(
        tu_sh("mkdir -p '%s/data' && ln -s '%s/fonts' '%s/fonts' && cd '%s/data' && "
              "sed -e 's/|coming online|came online|come online|comes online//' "
              "-e 's/^scope,asia,,,Asia|Asian|/scope,asia,,,Asia|/' -e '/^scope,mediterranean,/d' "
              "'%s/data/metrics.csv' > metrics.csv && "
              "{ cat '%s/data/relations.csv'; grep '^dsr_vs_cybercrime,' '%s/data/relations.csv' | "
              "sed -e 's/^dsr_vs_cybercrime,/dsr_vs_old,/' -e 's/m.dsr_investment/m.bri_investment/'; } > relations.csv && "
              "grep -v '^kes_per_usd,129.3,' '%s/data/reference.csv' > reference.csv",
              old, CB_SOURCE_DIR, old, old, CB_SOURCE_DIR, CB_SOURCE_DIR, CB_SOURCE_DIR,
              CB_SOURCE_DIR),
        0);
    return old;
}

/* A project in base/p made by init with the defaults in old. */
static char *init_with(const char *base, const char *old)
{
    char datadir[4200];
    snprintf(datadir, sizeof datadir, "CLAIMBRIEF_DATADIR=%s", old);
    const char *env[] = {"SOURCE_DATE_EPOCH=1700000000", datadir, NULL};
    Run r = tu_run(base, NULL, env, (const char *[]){"init", "p", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/.defaults/metrics.csv\n"));
    tu_run_free(&r);
    return path_in(base, "p");
}

/* A project in base/p made by init with the older defaults, then edited:
 * internet_users relabelled (the default changed it too: a conflict),
 * an own scope appended, the dropped relation relabelled. */
static char *old_project(const char *base, const char *old)
{
    char *p = init_with(base, old);
    ck_assert_int_eq(tu_sh("cmp -s '%s/data/metrics.csv' '%s/data/.defaults/metrics.csv'", old, p), 0);
    ck_assert_int_eq(tu_sh("cd '%s/data' && sed -i 's/,Internet users,/,Internet users (mine),/' "
                           "metrics.csv && echo 'scope,atlantis,,,Atlantis,,,my place' >> metrics.csv "
                           "&& sed -i 's/^dsr_vs_old,ratio,\\([^,]*\\),,global,,%%,,/&Mine: /' "
                           "relations.csv && grep -q 'Mine: ' relations.csv",
                           p),
                     0);
    return p;
}

/* What the analyst's metrics.csv must become: today's default, with the
 * analyst's internet_users row (old forbids, their label) and their scope. */
static void assert_merged_metrics(const char *p)
{
    ck_assert_int_eq(
        tu_sh("cd '%s' && sed -e 's/|coming online|came online|come online|comes online//' "
              "-e 's/,Internet users,/,Internet users (mine),/' '%s/data/metrics.csv' > want.csv && "
              "echo 'scope,atlantis,,,Atlantis,,,my place' >> want.csv && "
              "cmp want.csv data/metrics.csv && rm want.csv",
              p, CB_SOURCE_DIR),
        0);
}

START_TEST(update_should_take_new_defaults_and_keep_the_analysts_rows)
{
    char *base = tu_tmpdir("update");
    char *old = old_defaults(base);
    char *p = old_project(base, old);
    Run r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_str_eq(r.err, "");
    static const char *const want[] = {
        ": conflict metric internet_users (forbids: you and the default both changed it); yours kept\n"
        "    yours:   metric,internet_users,",
        "    default: metric,internet_users,",
        ": updated scope asia (cues)\n",
        ": added scope mediterranean (new in the defaults)\n",
        "data/metrics.csv: 1 updated, 1 added, 0 removed, 0 kept yours, 1 conflict\n",
        "data/.defaults/metrics.csv: is now the base of the next update\n",
        "data/relations.csv:9: kept yours dsr_vs_old (the default removed it; you had changed it)\n",
        "data/relations.csv: 0 updated, 0 added, 0 removed, 1 kept yours, 0 conflicts (file unchanged)\n",
        ": added kes_per_usd 2025 (new in the defaults)\n",
        "data/reference.csv: 0 updated, 1 added, 0 removed, 0 kept yours, 0 conflicts\n",
        NULL};
    for (int i = 0; want[i]; i++)
        ck_assert_msg(strstr(r.out, want[i]), "no '%s' in:\n%s", want[i], r.out);
    tu_run_free(&r);
    assert_merged_metrics(p);
    ck_assert_int_eq(tu_sh("cmp -s '%s/data/reference.csv' '%s/data/reference.csv'", CB_SOURCE_DIR, p), 0);
    for (int i = 0; i < 3; i++) {
        static const char *const f[] = {"metrics", "relations", "reference"};
        ck_assert_int_eq(tu_sh("cmp -s '%s/data/%s.csv' '%s/data/.defaults/%s.csv'", CB_SOURCE_DIR,
                               f[i], p, f[i]),
                         0);
    }
    /* the merged project builds */
    r = tu_run(p, NULL, ENV, (const char *[]){"build", "--quiet", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    tu_run_free(&r);

    /* again: nothing to do, nothing written */
    ck_assert_int_eq(tu_sh("cd '%s' && touch -d 2001-01-01 data/*.csv data/.defaults/*.csv", p), 0);
    r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", ".", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_str_eq(r.out, "data/metrics.csv: up to date\n"
                            "data/relations.csv: up to date\n"
                            "data/reference.csv: up to date\n");
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && test -z \"$(find data/*.csv data/.defaults -newermt 2002-01-01 -name '*.csv')\"", p), 0);
    free(p);
    free(old);
    free(base);
}
END_TEST

START_TEST(a_dry_run_should_report_and_write_nothing)
{
    char *base = tu_tmpdir("update_dry");
    char *old = old_defaults(base);
    char *p = old_project(base, old);
    ck_assert_int_eq(tu_sh("cd '%s' && tar cf ../before.tar data", p), 0);
    Run r = tu_run(base, NULL, ENV, (const char *[]){"init", "--update", "--dry-run", "p", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/metrics.csv: 1 updated, 1 added, 0 removed, 0 kept yours, "
                                        "1 conflict (would be written)\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/.defaults/metrics.csv: would become the base"));
    ck_assert_ptr_nonnull(strstr(r.out, "(dry run: nothing written)\n"));
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && mkdir ../after && tar cf ../after.tar data && "
                           "cmp ../before.tar ../after.tar",
                           p),
                     0);
    /* --dry-run alone is a usage error */
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "--dry-run", "p", NULL});
    ck_assert_int_eq(r.status, 2);
    ck_assert_str_eq(r.err, "claimbrief: init: --dry-run goes with --update (see 'claimbrief init --help')\n");
    tu_run_free(&r);
    free(p);
    free(old);
    free(base);
}
END_TEST

START_TEST(a_malformed_table_or_a_link_should_write_nothing)
{
    char *base = tu_tmpdir("update_bad");
    char *old = old_defaults(base);
    char *p = old_project(base, old);
    /* relations.csv broken on line 3; metrics.csv (stale) must stay too */
    ck_assert_int_eq(tu_sh("cd '%s/data' && sed -i '3s/^users_plus/users_\"plus/' relations.csv && "
                           "cd .. && tar cf ../before.tar data",
                           p),
                     0);
    Run r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_ptr_nonnull(strstr(r.err, "claimbrief: data/relations.csv:3: "));
    ck_assert_ptr_null(strchr(strchr(r.err, '\n') + 1, '\n'));
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && tar cf ../after.tar data && cmp ../before.tar ../after.tar", p),
                     0);
    /* a link is not written through, even to a good table */
    ck_assert_int_eq(tu_sh("cd '%s/data' && sed -i '3s/^users_\"plus/users_plus/' relations.csv && "
                           "mv reference.csv ../ref-elsewhere.csv && ln -s ../ref-elsewhere.csv "
                           "reference.csv && cd .. && tar cf ../before.tar data ref-elsewhere.csv",
                           p),
                     0);
    r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_int_eq(r.status, 3);
    ck_assert_str_eq(r.err, "claimbrief: data/reference.csv: is a symbolic link: not updated (replace "
                            "it with a copy of the file, or update the file it points to)\n");
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && tar cf ../after.tar data ref-elsewhere.csv && "
                           "cmp ../before.tar ../after.tar && test -L data/reference.csv",
                           p),
                     0);
    /* nor through a link in place of the bases' folder */
    ck_assert_int_eq(tu_sh("cd '%s' && rm data/reference.csv && mv ref-elsewhere.csv data/reference.csv "
                           "&& mv data/.defaults bases-elsewhere && ln -s ../bases-elsewhere "
                           "data/.defaults && tar cf ../before.tar data bases-elsewhere",
                           p),
                     0);
    r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_int_eq(r.status, 3);
    ck_assert_str_eq(r.err, "claimbrief: data/.defaults: is a symbolic link: not updated\n");
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && tar cf ../after.tar data bases-elsewhere && "
                           "cmp ../before.tar ../after.tar",
                           p),
                     0);
    /* a folder that is no project */
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "--update", "old", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.err, "claimbrief: old: not a claimbrief project (no claimbrief.ini nor "
                            "data/corpus/): start one with 'claimbrief init'\n");
    tu_run_free(&r);
    free(p);
    free(old);
    free(base);
}
END_TEST

/* An update that would leave the project unloadable writes nothing: the
 * new defaults add a relation citing the household size the analyst
 * removed from reference.csv. The loaders' own error says where. */
START_TEST(an_update_the_loaders_would_refuse_should_write_nothing)
{
    char *base = tu_tmpdir("update_unloadable");
    char *old = path_in(base, "old");
    ck_assert_int_eq(tu_sh("mkdir -p '%s/data' && ln -s '%s/fonts' '%s/fonts' && cd '%s/data' && "
                           "cp '%s/data/metrics.csv' '%s/data/reference.csv' . && "
                           "grep -v '^africa_people_per_household,' '%s/data/relations.csv' > relations.csv",
                           old, CB_SOURCE_DIR, old, old, CB_SOURCE_DIR, CB_SOURCE_DIR, CB_SOURCE_DIR),
                     0);
    char *p = init_with(base, old);
    ck_assert_int_eq(tu_sh("cd '%s' && sed -i '/^household_size_ssa,/d' data/reference.csv && "
                           "tar cf ../before.tar data",
                           p),
                     0);
    Run r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_int_eq(r.status, 1);
    ck_assert_str_eq(r.out, "");
    ck_assert_msg(!strncmp(r.err, "claimbrief: data/relations.csv:", 31) && strstr(r.err, ": after the update, ") &&
                      strstr(r.err, "household_size_ssa") && strstr(r.err, ": nothing updated\n"),
                  "%s", r.err);
    ck_assert_ptr_eq(strchr(r.err, '\n'), r.err + strlen(r.err) - 1);
    tu_run_free(&r);
    ck_assert_int_eq(tu_sh("cd '%s' && tar cf ../after.tar data && cmp ../before.tar ../after.tar", p), 0);
    free(p);
    free(old);
    free(base);
}
END_TEST

START_TEST(a_project_without_a_base_should_keep_every_differing_row)
{
    char *base = tu_tmpdir("update_nobase");
    char *old = old_defaults(base);
    char *p = old_project(base, old);
    ck_assert_int_eq(tu_sh("rm -r '%s/data/.defaults'", p), 0);
    Run r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    static const char *const want[] = {
        "data/metrics.csv: no base (data/.defaults/metrics.csv is missing: the project predates it): "
        "rows that differ from the default are kept as yours\n",
        ": kept yours metric internet_users (label, forbids: differs from the default)\n",
        ": kept yours scope asia (cues: differs from the default)\n",
        ": kept yours scope atlantis (not in the defaults)\n",
        ": added scope mediterranean (new in the defaults)\n",
        "data/metrics.csv: 0 updated, 1 added, 0 removed, 3 kept yours, 0 conflicts\n",
        NULL};
    for (int i = 0; want[i]; i++)
        ck_assert_msg(strstr(r.out, want[i]), "no '%s' in:\n%s", want[i], r.out);
    tu_run_free(&r);
    /* from now on the base is there, and a second run is quiet */
    r = tu_run(p, NULL, ENV, (const char *[]){"init", "--update", NULL});
    ck_assert_str_eq(r.out, "data/metrics.csv: up to date\n"
                            "data/relations.csv: up to date\n"
                            "data/reference.csv: up to date\n");
    tu_run_free(&r);
    free(p);
    free(old);
    free(base);
}
END_TEST

START_TEST(init_should_keep_a_base_only_beside_a_copy_it_makes)
{
    char *base = tu_tmpdir("init_base");
    ck_assert_int_eq(tu_sh("mkdir -p '%s/p/data' && echo 'kind,id,cues' > '%s/p/data/metrics.csv'",
                           base, base),
                     0);
    Run r = tu_run(base, NULL, ENV, (const char *[]){"init", "p", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_ptr_null(strstr(r.out, "p/data/.defaults/metrics.csv"));
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/relations.csv\np/data/.defaults/relations.csv\n"));
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/reference.csv\np/data/.defaults/reference.csv\n"));
    tu_run_free(&r);
    /* the copy it did not make has no base: its rows are the analyst's */
    r = tu_run(base, NULL, ENV, (const char *[]){"init", "--update", "--dry-run", "p", NULL});
    ck_assert_msg(r.status == 0, "%s", r.err);
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/metrics.csv: no base"));
    ck_assert_ptr_nonnull(strstr(r.out, "p/data/relations.csv: up to date\n"));
    tu_run_free(&r);
    free(base);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("dataupdate");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, update_should_take_new_defaults_and_keep_the_analysts_rows);
    tcase_add_test(tc, a_dry_run_should_report_and_write_nothing);
    tcase_add_test(tc, a_malformed_table_or_a_link_should_write_nothing);
    tcase_add_test(tc, an_update_the_loaders_would_refuse_should_write_nothing);
    tcase_add_test(tc, a_project_without_a_base_should_keep_every_differing_row);
    tcase_add_test(tc, init_should_keep_a_base_only_beside_a_copy_it_makes);
    suite_add_tcase(s, tc);
    return tu_run_suite(s);
}

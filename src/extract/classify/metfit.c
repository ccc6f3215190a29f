/* metfit.c — is the figure the thing its metric means (see metfit.h). */
#include "metfit.h"

#include <stdint.h>
#include <string.h>

#include "asserted.h"
#include "connected.h"
#include "countnoun.h"
#include "crimetake.h"
#include "figtoks.h"
#include "insured.h"
#include "investor.h"
#include "itemsum.h"
#include "metrics.h"
#include "popshare.h"
#include "sample.h"
#include "setwhole.h"
#include "sharebase.h"
#include "threshold.h"

/* Does the window hold a Chinese character (a Chinese sentence, whose
 * words these English readers do not read)? */
static int chinese(const FigToks *ft)
{
    for (size_t i = 0; i < ft->n; i++)
        if ((unsigned char)ft->doc[ft->t[i].s] >= 0xE3)
            return 1;
    return 0;
}

/* A count of people or households whose own words count another thing. */
static int other_noun(const FigToks *ft, const char *unit)
{
    int own = countnoun_after(ft);
    if (!strcmp(unit, "households")) {
        if (own)
            return own != COUNTNOUN_HOUSEHOLDS;
        /* (no noun of its own: its sentence, or the row of a table,
         * names people or subscriptions, no households: "SIM connections
         * 2022: 1.02bn") */
        return !countnoun_in(ft, 0, ft->n, COUNTNOUN_HOUSEHOLDS) &&
               (countnoun_in(ft, 0, ft->n, COUNTNOUN_PEOPLE) || countnoun_in(ft, 0, ft->n, COUNTNOUN_SUBSCRIPTIONS));
    }
    if (!strcmp(unit, "people"))
        return own == COUNTNOUN_HOUSEHOLDS || own == COUNTNOUN_SUBSCRIPTIONS;
    return 0;
}

/* The whole of a part whose own noun phrase names no cue of c's metric
 * (setwhole.h). */
static int whole_uncued(const Metrics *m, const Claim *c, const FigToks *ft)
{
    size_t s, e;
    if (!setwhole_of_part(ft, &s, &e))
        return 0;
    static _Thread_local LineCues lc;
    if (!metrics_line_cues(m, ft->doc, s, e, 0, &lc))
        return 1;
    for (size_t i = 0; i < lc.nc; i++)
        if (lc.cues[i].kind == MC_METRIC && lc.cues[i].role == MC_CUE && !strcmp(lc.cues[i].id, c->metric))
            return 0;
    return 1;
}

/* Does a forbid of c's metric stand in the figure's clause? Whatever
 * gave the metric (a heading over a short line, a table's column or
 * caption, the paragraph's topic, the figure before), the figure's own
 * words that rule it out hold: "Some 4 million Kenyans used the internet
 * for the first time" under a heading on internet use counts new users,
 * no stock of them. (In a table's row a place is the row's label, no
 * word on the figure: "Europe and Central Asia 79 5.4" names no
 * European lender.) */
static int forbidden(const Metrics *m, const Claim *c, const FigToks *ft, int cell)
{
    if (ft->ce <= ft->cs)
        return 0;
    static _Thread_local LineCues lc;
    if (!metrics_line_cues(m, ft->doc, ft->t[ft->cs].s, ft->t[ft->ce - 1].e, 0, &lc))
        return 0;
    for (size_t i = 0; i < lc.nc; i++) {
        const LineCue *k = &lc.cues[i];
        if (k->kind != MC_METRIC || k->role != MC_FORBID || strcmp(k->id, c->metric))
            continue;
        int place = 0;
        for (size_t j = 0; j < lc.nc && cell && !place; j++)
            place = lc.cues[j].kind == MC_SCOPE && lc.cues[j].wi < k->wj && k->wi < lc.cues[j].wj;
        if (!place)
            return 1;
    }
    return 0;
}

/* Is the figure of ft, of metric id in unit, not the thing the metric
 * means? Each reader for the metrics it speaks of. */
static int misfits(const Metrics *m, const Claim *c, const FigToks *ft, const char *unit, int how)
{
    const char *id = c->metric;
    /* (a margin of error, "±2.3", measures no level of anything) */
    if (!strncmp(c->text, "\xC2\xB1", 2) || !strncmp(c->text, "+/-", 3))
        return 1;
    /* (nor a bound a rule sets: "every contract above KSh 500 million",
     * nor a figure supposed, denied or a rate) */
    if (threshold_bound(ft) || asserted_not(ft) || (!(how & METFIT_OWN) && forbidden(m, c, ft, how & METFIT_CELL)))
        return 1;
    if (metrics_is_people_share(m, id) &&
        (sharebase_other(ft, c) || connected_covered_after(ft) || popshare_held(ft)))
        return 1;
    /* (what criminals were paid or took in is not what cybercrime cost;
     * an insurer's sums are no investment nor a project's cost) */
    if (!strcmp(id, "cybercrime_cost") && crimetake_paid(ft))
        return 1;
    if ((!strcmp(id, "dsr_investment") || !strcmp(id, "bri_investment") || !strcmp(id, "data_center_cost")) &&
        insured_sum(ft))
        return 1;
    if (!strcmp(unit, "countries") && sample_studied(ft))
        return 1;
    if ((!strcmp(unit, "countries") || !strcmp(unit, "people")) && whole_uncued(m, c, ft))
        return 1;
    /* (China's money for the Digital Silk Road and the countries of its
     * projects: the metrics of whose work; classify.c names them too) */
    if (!strcmp(id, "dsr_investment") &&
        (investor_bri_whole(ft) || investor_digital_aside(ft) || investor_one_cost(ft)))
        return 1;
    if ((!strcmp(id, "dsr_investment") || !strcmp(id, "dsr_project_countries")) && investor_other_power(ft))
        return 1;
    if (metrics_is_item(m, id) && itemsum_several(ft))
        return 1;
    if ((!strcmp(unit, "people") || !strcmp(unit, "households")) && other_noun(ft, unit))
        return 1;
    if (metrics_is_programme(m, id) && connected_not(ft))
        return 1;
    /* (a figure of the usage gap counts no users: of the metrics of
     * people, those of people online or connected) */
    return (!strcmp(id, "internet_users") || !strcmp(id, "internet_penetration") || metrics_is_programme(m, id)) &&
           connected_gap_subject(ft);
}

/* A sum the metric made a year's flow ("USD" to "USD/year": metrics.c's
 * canon_unit) is a plain sum again when the metric goes and its clause
 * says no period ("ransom payments of $1.1 billion in 2023"). */
static void unyear(Claim *c, const char *unit, const FigToks *ft)
{
    static const char *const yearly[] = {"annual*", "yearly", "a year", "per year", "each year", "every year",
                                         "per annum", "a-year", NULL};
    size_t l = strlen(c->unit), lu = strlen(unit);
    if (l != 8 || lu < 5 || strcmp(unit + lu - 5, "/year") || strcmp(c->unit + 3, "/year"))
        return;
    if (ft->ce > ft->cs && figtoks_find(ft, ft->cs, ft->ce, yearly) != SIZE_MAX)
        return;
    c->unit[3] = '\0';
}

int metfit_check(const Metrics *m, Claim *c, const char *doc, size_t n, size_t ss, size_t se, int how)
{
    (void)n;
    if (!m || !c->metric[0])
        return 0;
    static _Thread_local FigToks ft;
    const char *unit = metrics_unit(m, c->metric);
    if (!unit || !figtoks_read(&ft, doc, ss, se, c) || chinese(&ft) || !misfits(m, c, &ft, unit, how))
        return 0;
    c->metric[0] = '\0';
    unyear(c, unit, &ft);
    return 1;
}

/* Are a and b units of one kind: the same, or both sums of money (a
 * currency's code, "USD/year")? */
static int same_kind(const char *a, const char *b)
{
    if (!strcmp(a, b))
        return 1;
    size_t la = strlen(a), lb = strlen(b);
    int ma = la >= 3 && a[0] >= 'A' && a[0] <= 'Z' && a[1] >= 'A' && a[1] <= 'Z' && a[2] >= 'A' && a[2] <= 'Z';
    int mb = lb >= 3 && b[0] >= 'A' && b[0] <= 'Z' && b[1] >= 'A' && b[1] <= 'Z' && b[2] >= 'A' && b[2] <= 'Z';
    return ma && mb && !strcmp(a + 3, b + 3);
}

int metfit_compared(const Metrics *m, Claim *c, const Claim *base)
{
    if (!m || !strcmp(c->metric, base->metric) || !same_kind(c->unit, base->unit))
        return 0;
    if (!base->metric[0]) {
        c->metric[0] = '\0';
        return 1;
    }
    strcut(c->metric, sizeof c->metric, base->metric);
    return 1;
}

/* chart.c — the chart table, sizes, and rendering one (chart, format)
 * (see chart.h). The charts themselves live in chart_claims.c and
 * chart_consistency.c; the shared look in chart_theme.c. */
#include "chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart_theme.h"
#include "paint_cairo.h"

/* ORDER: chart_name */
static const ChartDef *const defs[] = {
    &chart_money_def, &chart_counts_def, &chart_connectivity_def, &chart_consistency_def,
    &chart_coverage_def,
};
enum { NDEFS = sizeof defs / sizeof defs[0] };

size_t chart_count(void)
{
    return NDEFS;
}

const char *chart_name(size_t i)
{
    return i < NDEFS ? defs[i]->name : NULL;
}

int chart_find(const char *name)
{
    for (size_t i = 0; i < NDEFS; i++)
        if (strcmp(defs[i]->name, name) == 0)
            return (int)i;
    return -1;
}

static const ChartDef *find(const char *name, Diag *d)
{
    int i = chart_find(name);
    if (i < 0) {
        diag_set(d, CB_EUSAGE, NULL, 0,
                 "no chart '%s' (charts: money, counts, connectivity, consistency, coverage)", name);
        return NULL;
    }
    return defs[i];
}

int chart_build(const char *name, const ChartInputs *in, double width_pt, double height_pt,
                int transparent, Scene *out, Diag *d)
{
    scene_init(out, width_pt, height_pt);
    const ChartDef *def = find(name, d);
    if (!def)
        return CB_EUSAGE;
    if (!(width_pt >= 200 && height_pt >= 120 && width_pt <= 20000 && height_pt <= 20000))
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "chart size %gx%g pt is outside 200x120 to 20000x20000 pt", width_pt,
                        height_pt);
    if (transparent)
        out->background.a = 0;
    Th t;
    th_init(&t, out, in);
    def->build(&t);
    /* Title and alt text travel with the scene (SVG <title>/<desc>, PDF). */
    Buf alt;
    buf_init(&alt, 0);
    def->alt(in, &alt);
    while (alt.len && alt.data[alt.len - 1] == '\n')
        alt.data[--alt.len] = '\0';
    const char *title = "";
    for (size_t i = 0; i < out->n; i++)
        if (out->el[i].kind == EL_TEXT && out->el[i].role && strcmp(out->el[i].role, "title") == 0) {
            title = out->el[i].text;
            break;
        }
    /* A title split into runs (CJK): join them. */
    Buf tb;
    buf_init(&tb, 0);
    for (size_t i = 0; i < out->n; i++)
        if (out->el[i].kind == EL_TEXT && out->el[i].role && strcmp(out->el[i].role, "title") == 0)
            buf_puts(&tb, out->el[i].text);
    scene_set_meta(out, tb.data ? tb.data : title, alt.data ? alt.data : "");
    buf_free(&tb);
    buf_free(&alt);
    return CB_OK;
}

int chart_data_csv(const char *name, const ChartInputs *in, Buf *out, Diag *d)
{
    const ChartDef *def = find(name, d);
    if (!def)
        return CB_EUSAGE;
    def->csv(in, out);
    return CB_OK;
}

int chart_alt_text(const char *name, const ChartInputs *in, Buf *out, Diag *d)
{
    const ChartDef *def = find(name, d);
    if (!def)
        return CB_EUSAGE;
    def->alt(in, out);
    return CB_OK;
}

const char *chart_format_ext(ChartFormat f)
{
    static const char *const ext[] = {"png", "svg", "pdf"};
    return f < CHART_NFORMATS ? ext[f] : "";
}

int chart_size_parse(const char *spec, double dpi, ChartSize *out, Diag *d)
{
    if (!(dpi >= 18 && dpi <= 1200))
        return diag_set(d, CB_EUSAGE, NULL, 0, "--dpi %g is outside 18..1200", dpi);
    out->px_per_pt = dpi / 72.0;
    if (strcmp(spec, "slide") == 0) {
        out->width_pt = 960, out->height_pt = 540;
    } else if (strcmp(spec, "slide43") == 0) {
        out->width_pt = 720, out->height_pt = 540;
    } else if (strcmp(spec, "column") == 0) {
        out->width_pt = CHART_COLUMN_W, out->height_pt = CHART_COLUMN_H;
    } else {
        char *e;
        long w = strtol(spec, &e, 10);
        if (e == spec || (*e != 'x' && *e != 'X'))
            return diag_set(d, CB_EUSAGE, NULL, 0,
                            "--size '%s': expected slide, slide43, column or WxH (pixels)", spec);
        const char *h0 = e + 1;
        long h = strtol(h0, &e, 10);
        if (e == h0 || *e)
            return diag_set(d, CB_EUSAGE, NULL, 0,
                            "--size '%s': expected slide, slide43, column or WxH (pixels)", spec);
        if (w < 1 || h < 1 || w > 20000 || h > 20000)
            return diag_set(d, CB_EUSAGE, NULL, 0, "--size '%s': pixels must be 1..20000", spec);
        out->width_pt = (double)w / out->px_per_pt;
        out->height_pt = (double)h / out->px_per_pt;
    }
    if (out->width_pt < 200 || out->height_pt < 120)
        return diag_set(d, CB_EUSAGE, NULL, 0,
                        "--size '%s' is too small to lay a chart out (at least 200x120 pt, "
                        "%.0fx%.0f px at this dpi)",
                        spec, ceil(200 * out->px_per_pt), ceil(120 * out->px_per_pt));
    return CB_OK;
}

int chart_render(const char *name, ChartFormat fmt, const ChartInputs *in, const ChartSize *size,
                 int transparent, Buf *out, Diag *d)
{
    buf_init(out, 0);
    Scene s;
    int rc = chart_build(name, in, size->width_pt, size->height_pt, transparent, &s, d);
    if (rc == CB_OK) {
        PaintFormat pf = fmt == CHART_PNG ? PAINT_PNG : fmt == CHART_SVG ? PAINT_SVG : PAINT_PDF;
        rc = paint_cairo(&s, in->fonts, pf, size->px_per_pt, out, d);
    }
    scene_free(&s);
    return rc;
}

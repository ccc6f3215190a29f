/* scene.c — the backend-neutral drawing list (see scene.h).
 *
 * A Scene is an array of Elements appended in painting order. Every
 * string and point array is copied in, so builders may pass temporaries.
 */
#include "scene.h"
#include "textlayout.h"

#include <stdlib.h>
#include <string.h>

void scene_init(Scene *s, double width, double height)
{
    memset(s, 0, sizeof *s);
    s->width = width;
    s->height = height;
    s->background = (Rgba){1, 1, 1, 1};
}

void scene_free(Scene *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->el[i].pts);
        free(s->el[i].text);
    }
    free(s->el);
    free(s->title);
    free(s->desc);
    memset(s, 0, sizeof *s);
}

void scene_set_meta(Scene *s, const char *title, const char *desc)
{
    free(s->title);
    free(s->desc);
    /* cleaned: the painters hand these to libharu, cairo and XML */
    s->title = textlayout_clean(title ? title : "", title ? strlen(title) : 0, NULL);
    s->desc = textlayout_clean(desc ? desc : "", desc ? strlen(desc) : 0, NULL);
}

static Element *push(Scene *s, ElKind kind)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->el = xrealloc(s->el, sizeof *s->el * s->cap);
    }
    Element *e = &s->el[s->n++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    return e;
}

void scene_rect(Scene *s, double x, double y, double w, double h, const Style *st)
{
    Element *e = push(s, EL_RECT);
    e->x = x, e->y = y, e->w = w, e->h = h;
    e->style = *st;
}

void scene_path(Scene *s, const Pt *pts, size_t n, int closed, const Style *st)
{
    if (n == 0)
        return;
    Element *e = push(s, EL_PATH);
    e->pts = xmalloc(sizeof *pts * n);
    memcpy(e->pts, pts, sizeof *pts * n);
    e->npts = n;
    e->closed = closed;
    e->style = *st;
}

void scene_circle(Scene *s, double cx, double cy, double r, const Style *st)
{
    Element *e = push(s, EL_CIRCLE);
    e->x = cx, e->y = cy, e->w = r;
    e->style = *st;
}

void scene_text(Scene *s, double x, double y, FontId font, double size, Rgba color,
                const char *text, size_t n, double width, double ascent, double descent,
                double angle, const char *role)
{
    Element *e = push(s, EL_TEXT);
    e->x = x, e->y = y;
    e->text = textlayout_clean(text ? text : "", text ? n : 0, NULL);
    e->font = font;
    e->size = size;
    e->width = width;
    e->ascent = ascent;
    e->descent = descent;
    e->angle = angle;
    e->color = color;
    e->role = role;
}

void scene_clip(Scene *s, double x, double y, double w, double h)
{
    Element *e = push(s, EL_CLIP);
    e->x = x, e->y = y, e->w = w, e->h = h;
}

void scene_unclip(Scene *s)
{
    push(s, EL_UNCLIP);
}

void scene_text_box(const Element *e, double box[4])
{
    if (e->angle != 0) {
        /* Rotated -90: the baseline runs up from (x, y); ascent points left. */
        box[0] = e->x - e->ascent;
        box[1] = e->y - e->width;
        box[2] = e->x + e->descent;
        box[3] = e->y;
    } else {
        box[0] = e->x;
        box[1] = e->y - e->ascent;
        box[2] = e->x + e->width;
        box[3] = e->y + e->descent;
    }
}

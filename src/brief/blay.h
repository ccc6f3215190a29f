/* blay.h — the brief's page model and layout primitives (internal to
 * brief/): pages of Elements and placed chart scenes, a cursor moving
 * down the content box, numbered headings that become the outline,
 * anchors and links (to a claim's row, a source's entry, a section, a
 * URL), and page numbers filled in once the page count is known. The
 * sections (bfront.c, bbody.c, bback.c) lay the brief out with these;
 * bdraw.c draws the result with libharu.
 *
 * Every piece of text goes through textlayout (measured widths, UAX #14
 * breaks, per-run font fallback), so nothing is wider than its box and
 * nothing runs past the footer: a block that does not fit moves to the
 * next page; headings keep with what follows them.
 *
 * Ownership: a Lay owns its pages, their elements and strings, and the
 * scenes placed on them (blay_place_scene takes the scene); blay_free
 * releases all of it. BriefInputs is borrowed.
 */
#ifndef CB_BLAY_H
#define CB_BLAY_H

#include <stddef.h>

#include "brief.h"
#include "scene.h"
#include "textlayout.h"

typedef struct Placed {
    Scene *s;                /* owned */
    double x, y, scale;
} Placed;

/* A link's target. ORDER: none of them is 0 but LINK_NONE. */
typedef enum LinkKind { LINK_NONE, LINK_CLAIM, LINK_SOURCE, LINK_MARK, LINK_SECTION, LINK_URI } LinkKind;

typedef struct Link {
    double x, y, w, h;       /* box, y down */
    LinkKind kind;
    size_t target;           /* claim index, source index, mark index */
    char *uri;               /* LINK_URI (owned) */
} Link;

/* The page number of a section (its SecId, bsect.h), drawn right-aligned
 * at (x, y) once pages are known. */
typedef struct PageRef {
    double x, y, size;
    size_t section;
} PageRef;

typedef struct BPage {
    Element *el;
    size_t n, cap;
    Placed *sc;
    size_t nsc, capsc;
    Link *ln;
    size_t nln, capln;
    PageRef *pr;
    size_t npr, cappr;
    const char *section;     /* the running head's section */
} BPage;

/* A heading: an outline entry and a link target. */
typedef struct Mark {
    char *title;             /* "4.2 Internet users" (owned) */
    int level;               /* 0 section, 1 subsection */
    size_t page;
    double y;
} Mark;

typedef struct Lay {
    const BriefInputs *in;
    const Fonts *f;
    double pw, ph;           /* page size */
    double left, cw;         /* content box: left edge, width */
    double top, bottom;      /* content box: top y, bottom y */
    BPage *pages;
    size_t np, capp;
    double y;                /* cursor */
    const char *section;
    Mark *marks;
    size_t nmarks, capmarks;
    /* anchors: where each claim's appendix row and each source's entry
     * landed (page SIZE_MAX: not in the brief) */
    size_t *claim_page;
    double *claim_y;
    size_t *src_page;
    double *src_y;
    unsigned char *cited;    /* per source (sources.csv row): cited in the text */
    unsigned char *claim_cited;  /* per claim: the brief names it */
    size_t sec_mark[16];     /* per section (SecId): its heading's mark, or SIZE_MAX */
    size_t *byid;            /* claim indexes sorted by id */
} Lay;

extern const Rgba BL_INK, BL_GREY, BL_RULE, BL_BAND, BL_ACCENT, BL_WHITE;

void blay_init(Lay *L, const BriefInputs *in);
void blay_free(Lay *L);
BPage *blay_page(Lay *L);                 /* the current page */
void blay_new_page(Lay *L);
/* Move to a new page unless h more points fit above the footer. */
void blay_ensure(Lay *L, double h);
double blay_lead(double size);

void blay_text(Lay *L, double x, double base, FontId font, double size, Rgba color,
               const char *s, size_t n);
/* The same on page page (not only the current one): page furniture. */
void blay_text_on(Lay *L, size_t page, double x, double base, FontId font, double size,
                  Rgba color, const char *s, size_t n);
void blay_rect(Lay *L, double x, double y, double w, double h, Rgba fill);
void blay_hline(Lay *L, double x, double y, double w, Rgba c, double lw);
void blay_link(Lay *L, double x, double y, double w, double h, LinkKind kind, size_t target,
               const char *uri);
void blay_pageref(Lay *L, double x, double y, double size, size_t section);
/* Put the scene at (x, y) scaled; the page takes it. */
void blay_place_scene(Lay *L, Scene *s, double x, double y, double scale);

/* Line i of b with its top at y; "[n]" citations in it become links to
 * source n's entry (and mark source n cited) when cite is set. */
void blay_line(Lay *L, const TextBlock *b, size_t i, double x, double y, Rgba color, int cite);
/* A block of lines that stay together at (x, y); returns its height. */
double blay_block(Lay *L, const TextBlock *b, double x, double y, Rgba color, int cite);
double blay_block_h(const TextBlock *b);
/* A paragraph in [x, x+w), flowing across pages line by line. */
void blay_para(Lay *L, const char *s, FontId font, double size, Rgba color, double x, double w,
               double after, int cite);

/* A numbered heading ("2 Findings", "4.1 Internet users"): level 0
 * starts a page when fresh_page; keeps keep points of what follows;
 * opens an outline entry. Returns the mark's index. */
/* The index of claim id (sorted index), or SIZE_MAX. */
size_t blay_claim(const Lay *L, const char *id, size_t n);
size_t blay_heading(Lay *L, int level, const char *num, const char *title, double keep,
                    int fresh_page);

/* Draw the laid-out brief into out (bdraw.c). */
int blay_draw(Lay *L, Buf *out, Diag *d);

#endif

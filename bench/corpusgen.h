/* corpusgen.h — big realistic projects for the benchmarks and for looking
 * at charts and briefs at scale.
 *
 * A project of n documents is made from templates: the bundled corpus
 * (the .txt files of data/corpus, with its sources.csv rows) and the testers'
 * documents (the .txt files of tests/blind), taken in turn. Copy k of a template is
 * the same document as another outlet might have written it: every figure
 * scaled by a factor near 1 (its digits, decimals and grouping kept),
 * years moved by the same few years, and the countries it names swapped
 * for others (name, demonym and capital together), consistently within
 * the document. Copy 0 of each template is the template itself. So the
 * big corpus has what a real one has: the same quantities stated by many
 * sources that disagree a little, several years, many places, many units.
 *
 * The project gets data/corpus/NNNN_TEMPLATE.txt, a sources.csv row for
 * each (title, authors, outlet, date, url), the repository's
 * CSV files of data/ (metrics, relations, reference, curation), and fonts/ as a
 * link to the repository's fonts. Deterministic: the same n gives the
 * same bytes.
 *
 * Run from the repository root (templates are read relative to it).
 */
#ifndef CB_CORPUSGEN_H
#define CB_CORPUSGEN_H

#include <stddef.h>

/* Make the project in dir (created; an existing dir is emptied first).
 * Returns 0, or -1 with a message on stderr. */
int corpusgen_make(const char *dir, size_t ndocs);

enum { CORPUS_ALL, CORPUS_LATIN, CORPUS_CHINESE };

/* What corpusgen_make_from makes: which templates, how they are copied,
 * how much. */
typedef struct CorpusSpec {
    const char *const *dirs;   /* template folders in turn, NULL-ended; each
                                * one's sources.csv gives its rows */
    int whole;                 /* copies keep every paragraph (corpusgen_make
                                * keeps the head and about a third) */
    int lang;                  /* which templates: CORPUS_ALL, CORPUS_LATIN
                                * (leave out the documents mostly in Chinese:
                                * more than half their bytes beyond ASCII) or
                                * CORPUS_CHINESE (only those) */
    size_t bytes;              /* make documents until the corpus holds this
                                * many bytes (0: ndocs of them) */
    int docs_only;             /* dir gets the documents and their
                                * sources.csv, no project around them */
} CorpusSpec;

/* Make the project in dir from spec's templates: as corpusgen_make (which
 * is this with data/corpus and tests/blind, copies cut, ndocs documents),
 * a document copied once per folder it stands in is a template once.
 * Returns 0, or -1 with a message on stderr. */
int corpusgen_make_from(const char *dir, size_t ndocs, const CorpusSpec *spec);

/* A hash of what corpusgen_make_from(spec) would make from (its templates'
 * texts and the spec), to name a corpus kept for later runs; 0 when there
 * are no templates. */
unsigned long long corpusgen_fingerprint(const CorpusSpec *spec);

#endif

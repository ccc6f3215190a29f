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

#endif

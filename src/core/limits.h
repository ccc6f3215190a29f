/* limits.h — every tunable and input limit of claimbrief, in one place.
 *
 * Inputs are untrusted: each limit below is enforced with a clear error
 * naming the file (and line), never by a crash or a silent truncation.
 * The README's "Limits" section documents the same numbers; a test keeps
 * them in sync.
 */
#ifndef CB_LIMITS_H
#define CB_LIMITS_H

/* Largest document extract reads (bytes). Larger files are refused. */
#define CB_MAX_DOC_BYTES (256u * 1024u * 1024u)
/* Longest sentence kept as a claim's context (bytes); longer ones are cut
 * at a character boundary and end with "…" (the span itself is never cut). */
#define CB_MAX_SENTENCE_BYTES 2048
/* A run-on (no sentence end within CB_MAX_SENTENCE_BYTES of a claim): the
 * rules that read a claim's sentence read this many bytes either side of
 * it where the window cut it, so the work per claim stays small. */
#define CB_MAX_RUNON_REACH 256
/* Most claims reported for one document; more is an error for that file. */
#define CB_MAX_CLAIMS_PER_DOC 100000
/* Most digits in one number; a longer digit run is not a quantity. */
#define CB_MAX_NUMBER_DIGITS 30
/* Largest CSV file read (bytes), longest CSV field, most fields a row. */
#define CB_MAX_CSV_BYTES (512u * 1024u * 1024u)
#define CB_MAX_CSV_FIELD 65536
#define CB_MAX_CSV_FIELDS 64
/* Longest line of a CSV file (bytes). */
#define CB_MAX_CSV_LINE (1024u * 1024u)
/* Largest font file accepted (bytes). */
#define CB_MAX_FONT_BYTES (64u * 1024u * 1024u)
/* Most claim (or reference) ids one findings.csv cell lists; past it, the
 * first ones and "+N" for the others (3,856 ids once made a 65,551-byte
 * cell that findings.csv's own reader refused). */
#define CB_MAX_FINDING_IDS 32
/* PDFs and HTML pages are read in a child process (sandbox.h) bounded by
 * these: wall-clock seconds and CPU seconds per document, memory (bytes
 * of address space) it may add, and pages of one PDF. Past any of them
 * the document is refused, with the page being read. */
#define CB_MAX_READ_SECONDS 30
#define CB_MAX_READ_MEMORY (1024u * 1024u * 1024u)
#define CB_MAX_PDF_PAGES 20000
/* Most documents one reader process reads before a fresh one takes over
 * (docwire.h: a batch), so what poppler or gumbo leaks cannot pile up. */
#define CB_MAX_READER_DOCS 100
/* The settings file (claimbrief.ini): its size, the longest line (libinih
 * reads 200 bytes a line, newline included, and would cut a longer one
 * silently), and the longest value with its continuation lines. */
#define CB_MAX_SETTINGS_BYTES 65536
#define CB_MAX_SETTINGS_LINE 198
#define CB_MAX_SETTINGS_VALUE 4000

#endif

/* diag.h — errors as values, and the one place that prints them.
 *
 * Modules never print: they fill a Diag and return its (negative) code.
 * The command layer prints it as exactly one line on stderr:
 *     claimbrief: FILE:LINE: message
 * (":LINE" only when a line is known, "FILE: " only when a file is).
 * Exit status is -code: 1 bad input, 2 bad usage, 3 cannot write output.
 *
 * One line means one line: file names and messages come from documents,
 * tables and command lines, so every control character is escaped when
 * printed (a newline as \n, ESC as \x1b, a C1 control as \u009b,
 * invalid UTF-8 byte by byte as \xNN): a name can neither forge a second
 * error line nor send escape sequences to the terminal.
 */
#ifndef CB_DIAG_H
#define CB_DIAG_H

#include <stdarg.h>

enum {
    CB_OK = 0,
    CB_EINPUT = -1,  /* bad or unreadable input: exit 1 */
    CB_EUSAGE = -2,  /* bad command line: exit 2 */
    CB_EWRITE = -3,  /* cannot write output: exit 3 */
};

typedef struct Diag {
    int code;          /* CB_E*, or CB_OK when nothing was recorded */
    char file[1024];   /* file the error is about, or "" */
    long line;         /* 1-based line, or 0 when none */
    char msg[1024];    /* what is wrong, no trailing newline */
} Diag;

/* Record an error in d (if d is not NULL) and return code. file may be
 * NULL, line 0 when unknown. Line breaks and tabs in the message become
 * spaces; other control characters are kept (escaped when printed). */
int diag_set(Diag *d, int code, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
int diag_vset(Diag *d, int code, const char *file, long line, const char *fmt, va_list ap);

/* Clear d to CB_OK. */
void diag_clear(Diag *d);

/* Print d as one line on stderr ("claimbrief: FILE:LINE: msg"). */
void diag_print(const Diag *d);

/* Print one warning line, same format, prefixed "warning: ". */
void diag_warn(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Print one error line without a Diag ("claimbrief: FILE: msg"; file may
 * be NULL), for the command layer's own messages. */
void diag_error(const char *file, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Copy s into out (cap > 0) with control characters and invalid UTF-8
 * escaped as above, cut at a character boundary to fit. Returns out. For
 * text from the data printed to a terminal: stdout lines that name files. */
char *diag_escape(char *out, unsigned long cap, const char *s);
/* Every warning printed from now on is also handed to fn (NULL: to
 * none), as a Diag with code 0: the build keeps what it warned about to
 * say it again (build.c's stamp). One observer per process; fn may be
 * called from any thread. */
typedef void (*DiagWarnFn)(const Diag *w, void *ctx);
void diag_on_warn(DiagWarnFn fn, void *ctx);

/* Exit status for a code: 0, 1, 2 or 3. */
int diag_exit_status(int code);

/* Out of memory is a bug (memory is bounded by design): print and abort. */
_Noreturn void diag_oom(void);

/* Checked allocation: never returns NULL. */
void *xmalloc(unsigned long n);
void *xcalloc(unsigned long n, unsigned long size);
void *xrealloc(void *p, unsigned long n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, unsigned long n);
/* Copy s into dst[cap] (cap > 0), cut to fit, never inside a UTF-8
 * character (a cut sequence would be invalid UTF-8 in every table written
 * from it), for fixed-size claim fields. */
void strcut(char *dst, unsigned long cap, const char *s);
/* Copy s into dst[cap] (cap > 0) as snprintf(dst, cap, "%s", s) does, in
 * a few instructions: cut at cap - 1 bytes, wherever that falls (for
 * fields a same-sized one fills, where nothing is cut). */
void strcopy(char *dst, unsigned long cap, const char *s);

#endif

/* cmd_build.c — `claimbrief build [--watch] [--jobs N] [--quiet]`: the
 * whole pipeline, incrementally (build.h), once or on every save.
 *
 * Watch mode: inotify on data/ (every folder below it, data/corpus/
 * included) and fonts/; events are debounced (BUILD_DEBOUNCE_MS of quiet)
 * and each burst gives one build. Editors that save by writing a
 * temporary and renaming it show up as IN_MOVED_TO. SIGINT, SIGTERM and
 * SIGHUP are deferred (fsio_signals_defer: the signal thread writes them
 * to a pipe this loop polls), so a build in progress finishes its atomic
 * writes and the loop exits with status 0, leaving no temporary file
 * behind; a second one during that build ends the process at once, as a
 * plain `build` ends (its temporaries removed, no output half-written).
 */
#include "build.h"
#include "cmd.h"
#include "corpus.h"
#include "diag.h"
#include "fsio.h"
#include "project.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Quiet time after the last change before a watch build starts (ms). */
#define BUILD_DEBOUNCE_MS 100

static int run(int argc, char **argv);

const Command cmd_build_def = {
    "build", "make everything that is out of date: claims, findings, charts, brief",
    "usage: claimbrief build [--watch] [--jobs N] [--quiet] [--strict] [--explain]\n"
    "                        [--follow-links]\n"
    "\n"
    "Run extract, curation, compare, chart and brief on the project folder,\n"
    "remaking only the outputs whose inputs changed (by content hash: the\n"
    "documents, data/curation.csv, the data files, claimbrief.ini, the fonts,\n"
    "this program's version). Prints one line per output it remade, with the reason; a build\n"
    "with nothing to do prints nothing and writes nothing. A deleted output is\n"
    "made again. The record of hashes is reports/.build/state; if it is\n"
    "damaged, everything is remade.\n"
    "\n"
    "  --watch    build, then build again on every change to data/, fonts/ or\n"
    "             claimbrief.ini; a failed build keeps the last good outputs;\n"
    "             Ctrl-C stops\n"
    "  --jobs N   render charts on N threads (default: the number of cores)\n"
    "  --quiet    print nothing but errors and warnings\n"
    "  --strict   a document without a row in data/corpus/sources.csv, or a row\n"
    "             without a document, is an error (else a warning)\n"
    "  --explain  also name each document re-read, and each output whose inputs\n"
    "             changed but that came out the same (so was not rewritten)\n"
    "  --follow-links  read documents that are links leading outside\n"
    "             data/corpus (refused by default)\n",
    run,
    CMD_PROJECT,
};

typedef struct Out {
    int quiet;
    int tty;
    int progress_shown;
    long long last_ms;   /* when the progress line was last drawn */
} Out;

static void on_say(const char *line, void *ctx)
{
    Out *o = ctx;
    if (o->quiet)
        return;
    if (o->progress_shown) {
        fputs("\r\033[K", stdout);
        o->progress_shown = 0;
    }
    /* lines name documents: their control characters go out escaped */
    char esc[4 * 2500 + 1];
    printf("%s\n", diag_escape(esc, sizeof esc, line));
}

static void on_progress(const char *what, size_t done, size_t total, void *ctx)
{
    Out *o = ctx;
    if (o->quiet || !o->tty)
        return;
    if (total == 0) {
        if (o->progress_shown)
            fputs("\r\033[K", stdout);
        o->progress_shown = 0;
        fflush(stdout);
        return;
    }
    /* At most ten updates a second: a terminal is slower than extraction. */
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    long long now = (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
    if (o->progress_shown && now - o->last_ms < 100 && done < total)
        return;
    o->last_ms = now;
    printf("\r\033[K%s: %zu of %zu documents", what, done, total);
    o->progress_shown = 1;
    fflush(stdout);
}

static int build_once(const BuildOptions *bo)
{
    Diag d = {0};
    BuildStats st;
    fsio_signals_busy(1);
    int rc = build_run(bo, &st, &d);
    fsio_signals_busy(0);
    if (rc < 0)
        diag_print(&d);
    fflush(stdout);
    return rc;
}

/* Watch the folders whose files the build reads: data/ (the tables),
 * data/corpus/ (the documents: its subfolders hold none) and fonts/; a
 * link at one of these names is followed, as the build reads through it.
 * Nothing below them: a walk of every folder under data/ followed a link
 * there (data/corpus/root -> /) through the whole file system, and the
 * watch never started. Missing folders are skipped (called again after
 * each change, so one made later is watched). */
static void watch_inputs(int fd)
{
    const uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE |
                          IN_DELETE_SELF | IN_ATTRIB;
    static const char *const dirs[] = {"data", CORPUS_DIR, "fonts"};
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++)
        (void)inotify_add_watch(fd, dirs[i], mask);
}

/* Read pending events; 1 when one of them is a change worth a build
 * (not our own temporaries, not editor swap files). */
static int drain(int fd, int root_wd)
{
    char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    int relevant = 0;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *p = buf; p < buf + n;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            const char *name = ev->len ? ev->name : "";
            size_t l = strlen(name);
            int noise = strstr(name, ".tmp.") || name[0] == '.' || (l && name[l - 1] == '~') ||
                        (l > 4 && !strcmp(name + l - 4, ".swp")) ||
                        /* in the root, only the settings are an input */
                        (ev->wd == root_wd && strcmp(name, PROJECT_SETTINGS) != 0);
            if (!noise)
                relevant = 1;
            if (ev->mask & IN_Q_OVERFLOW)
                relevant = 1;
            p += sizeof *ev + ev->len;
        }
    }
    return relevant;
}

static int watch(const BuildOptions *bo)
{
    int sfd = fsio_signals_defer();
    int ifd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (sfd < 0 || ifd < 0) {
        diag_error(NULL, "build: cannot watch for changes: %s", strerror(errno));
        return 1;
    }
    watch_inputs(ifd);
    int root_wd = inotify_add_watch(ifd, ".", IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE);
    /* Each line as it happens, even into a pipe or a log. */
    setvbuf(stdout, NULL, _IOLBF, 0);
    build_once(bo);
    Out *o = bo->ctx;
    if (!o->quiet) {
        puts("watching data/, fonts/ and " PROJECT_SETTINGS " for changes (Ctrl-C stops)");
        fflush(stdout);
    }
    int pending = 0;
    for (;;) {
        struct pollfd pf[2] = {{sfd, POLLIN, 0}, {ifd, POLLIN, 0}};
        int r = poll(pf, 2, pending ? BUILD_DEBOUNCE_MS : -1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            break;
        if (pf[0].revents & POLLIN)
            break;   /* SIGINT / SIGTERM / SIGHUP: a clean exit */
        if (pf[1].revents & POLLIN) {
            if (drain(ifd, root_wd)) {
                pending = 1;
                /* a folder made since (data/corpus/) gets watched too */
                watch_inputs(ifd);
            }
            continue;
        }
        if (r == 0 && pending) {   /* quiet for the debounce time */
            pending = 0;
            build_once(bo);
        }
    }
    close(ifd);
    close(sfd);
    fflush(stdout);
    return 0;
}

enum { O_WATCH = 256, O_STRICT, O_EXPLAIN, O_FOLLOW_LINKS };

static const CmdOpt options[] = {
    {"watch", O_WATCH, NULL},
    {"quiet", 'q', NULL},
    {"strict", O_STRICT, NULL},
    {"explain", O_EXPLAIN, NULL},
    {"follow-links", O_FOLLOW_LINKS, NULL},
    {"jobs", 'j', "a number"},
    {0},
};

static int run(int argc, char **argv)
{
    const Command *self = &cmd_build_def;
    int watch_mode = 0, strict = 0, explain = 0, follow = 0, key;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    Out out = {0};
    CmdArgs a;
    cmd_args_begin(&a, self, options, argc, argv, 0);
    while ((key = cmd_args_next(&a)) != CMD_ARGS_END) {
        switch (key) {
        case O_WATCH: watch_mode = 1; break;
        case 'q': out.quiet = 1; break;
        case O_STRICT: strict = 1; break;
        case O_FOLLOW_LINKS: follow = 1; break;
        case O_EXPLAIN: explain = 1; break;
        case 'j':
            jobs = cmd_parse_count(a.value, 1024);
            if (jobs < 1)
                return cmd_usage_error(self, "--jobs wants a number from 1 to 1024, not '%s'", a.value);
            break;
        default: return 2;
        }
    }
    if (a.rest < argc)
        return cmd_usage_error(self, "unexpected argument '%s'", argv[a.rest]);
    if (jobs < 1)
        jobs = 1;
    out.tty = isatty(1);
    BuildOptions bo = {.jobs = (int)jobs, .say = on_say, .progress = on_progress, .ctx = &out,
                       .strict = strict, .explain = explain, .follow_links = follow};
    if (watch_mode)
        return watch(&bo);
    return diag_exit_status(build_once(&bo));
}

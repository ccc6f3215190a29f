/* fuzz_settings.c — claimbrief.ini (settings_load_mem, libinih underneath)
 * on arbitrary bytes: an error names the file and a line; a setting read
 * is text the brief can lay out (UTF-8, no control character, no
 * noncharacter, within the value limit), the paper one of two, the date
 * a real day. */
#include "fuzz.h"

#include "limits.h"
#include "settings.h"

static void check_text(const char *s)
{
    if (!s)
        return;
    size_t n = strlen(s);
    if (!n || n > CB_MAX_SETTINGS_VALUE)
        abort();
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            abort();
    /* U+FFFE, U+FFFF (EF BF BE/BF) never get through */
    if (strstr(s, "\xEF\xBF\xBE") || strstr(s, "\xEF\xBF\xBF"))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Settings s;
    Diag d = {0};
    int rc = settings_load_mem("claimbrief.ini", (const char *)data, size, &s, &d);
    fuzz_check_diag(&d, rc);
    if (rc < 0) {
        if (strcmp(d.file, "claimbrief.ini") != 0 || s.title || s.summary)
            abort();
        return 0;
    }
    check_text(s.title);
    check_text(s.subtitle);
    check_text(s.author);
    check_text(s.organisation);
    check_text(s.marking);
    check_text(s.summary);
    if (s.paper != PAPER_UNSET && s.paper != PAPER_A4 && s.paper != PAPER_LETTER)
        abort();
    if (s.year && (s.month < 1 || s.month > 12 || s.day < 1 || s.day > 31))
        abort();
    settings_free(&s);
    return 0;
}

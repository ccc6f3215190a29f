/* fuzz_scan.c — the scanner (scan_next) on arbitrary bytes.
 *
 * Properties: quantities come in offset order, never overlap, lie inside
 * the text and are not empty; every number is finite or NAN, a stated
 * low is never above a stated high, the qualifier is known and the unit
 * is a NUL-terminated string; the scan ends (one quantity per byte at
 * most). utf8_check and textkind_read agree with the bytes and each other.
 */
#include "fuzz.h"

#include "scan.h"
#include "textkind.h"
#include "utf8.h"

#include <math.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    Scanner s;
    ScanQuantity q;
    scan_init(&s, text, size);
    size_t last_end = 0, count = 0;
    while (scan_next(&s, &q)) {
        if (q.start >= q.end || q.end > size || q.start < last_end || ++count > size)
            abort();
        if (isinf(q.value) || isinf(q.low) || isinf(q.high) ||
            (!isnan(q.low) && !isnan(q.high) && q.low > q.high) || q.qual >= Q_COUNT ||
            !memchr(q.unit, '\0', sizeof q.unit))
            abort();
        last_end = q.end;
    }
    size_t first = 0;
    size_t bad = utf8_check(text, size, &first);
    if ((bad == 0) != (first == size) || first > size)
        abort();
    TextKind tk;
    textkind_read(text, size, &tk);
    if ((memchr(text, '\0', size) && !tk.binary) || tk.bad != bad || tk.first_bad != first)
        abort();
    return 0;
}

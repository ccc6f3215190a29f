/* examples.h — a bracket that lists examples of what it follows, not
 * whose figures they are: "Chinese vendors and lenders (Huawei, ZTE,
 * China Exim Bank)", "cloud firms (Alibaba, Tencent)". It opens right
 * after a plural noun in lower case and holds two names or more parted
 * by commas, with no figure (no year: "(UN, mid-2024)" is a citation) and
 * no label ("(Source: ...)"). Nothing here allocates.
 */
#ifndef CB_EXAMPLES_H
#define CB_EXAMPLES_H

#include <stddef.h>

/* Is the bracket opening at doc[open] ('(') of doc[0, n) such a list? */
int examples_bracket(const char *doc, size_t n, size_t open);

#endif

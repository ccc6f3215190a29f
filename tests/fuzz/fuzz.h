/* fuzz.h — what every libFuzzer target in tests/fuzz/ shares.
 *
 * A target defines LLVMFuzzerTestOneInput: it gets arbitrary bytes, runs
 * one stage of claimbrief on them and frees everything it made. It may
 * reject an input only the way the program does (an error code in a
 * Diag); any crash, leak, hang or sanitizer report is a defect.
 */
#ifndef CB_FUZZ_H
#define CB_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#endif

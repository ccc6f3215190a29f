/* merge.h — the reduce step: shard claims tables in, one claims table out.
 *
 * Each shard is the output of one `claimbrief extract` run over a subset
 * of the documents (one header line), or an empty file (a map task that
 * had no documents). Within a shard each document's rows
 * are together, in offset order; the documents may come in any order.
 * merge_shards writes the table a single extract run over all the documents writes: the same
 * header, the same rows in the same order (by document name in byte
 * order, then the shard's own row order), ids unchanged, row bytes
 * unchanged.
 *
 * Streaming: pass 1 reads each shard with the strict claims reader
 * (claims_read: every cell checked, errors as FILE:LINE); pass 2 notes
 * where each document's rows start; pass 3 copies them, seeking from run
 * to run in document order. Memory grows with the number of documents
 * and shards, never with the number of claims (claims_read holds one
 * shard at a time). Shards must be files (seekable), not pipes.
 *
 * Errors (nothing useful is written; the caller discards its output):
 *   CB_EINPUT  a shard unreadable or malformed (FILE:LINE), a header other
 *              than CLAIM_COLUMNS, offsets out of order within a document
 *              (FILE:LINE), the same document in two shards (names both),
 *              or in two separate runs of one shard.
 *   CB_EWRITE  writing to out failed.
 */
#ifndef CB_MERGE_H
#define CB_MERGE_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* Merge the n shards at paths into out (a stream the caller owns). */
int merge_shards(const char *const *paths, size_t n, FILE *out, Diag *d);

#endif

/* merge.h — the reduce step: shard claims tables in, one claims table out.
 *
 * Each shard is the output of `claimbrief extract` over a subset of the
 * documents (rows ordered by document, then offset). merge_shards writes
 * the table a single extract run over all the documents writes: the same
 * header, the same rows in the same order (by document name in byte
 * order, then the shard's own row order), ids unchanged, row bytes
 * unchanged.
 *
 * Streaming: pass 1 reads each shard once with the strict claims reader
 * (claims_read: every cell checked, errors as FILE:LINE) and notes its
 * documents; pass 2 is a k-way merge of the shards by document, copying
 * each record's bytes. Memory grows with the number of documents and
 * shards, never with the number of claims.
 *
 * Errors (nothing useful is written; the caller discards its output):
 *   CB_EINPUT  a shard unreadable or malformed (FILE:LINE), a header other
 *              than CLAIM_COLUMNS, rows out of order (FILE:LINE), the same
 *              document in two shards (names both), or in two separate
 *              runs of one shard.
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

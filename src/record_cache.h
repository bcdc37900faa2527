/*
 * record_cache: what pass one learnt of each good record, kept between
 * builds in FEEDDIR/.feedwright-cache, so that choosing the newest
 * entries of a large archive stats each record instead of reading it.
 *
 * An entry says: the record of this name, with this identity (size,
 * modification and change times to the nanosecond, inode, device), was
 * read in full and found good, and these are its dates, its Id and Link
 * fields and their lines. A record whose identity differs, or that the
 * cache does not hold, is read in full as without a cache. The cache is
 * never required: any build may delete it and write it again, one
 * written for other settings (time zone, trailers) or another version is
 * not used, and a damaged one is ignored (a note under -v) and rewritten.
 * It is replaced atomically (a temporary file renamed over it).
 */
#ifndef FEEDWRIGHT_RECORD_CACHE_H
#define FEEDWRIGHT_RECORD_CACHE_H

#include <stdbool.h>
#include <sys/stat.h>

#include "record.h"

#define RECORD_CACHE_FILE ".feedwright-cache"

struct record_cache;

/*
 * Opens the cache of FEEDDIR, for records read with O (a cache written
 * for other options is not used). WRITE: a new cache is written as well,
 * for record_cache_close. VERBOSE: notes about the cache on stderr.
 * Never fails: without a usable cache, every lookup misses.
 */
struct record_cache *record_cache_open(const char *feeddir,
	    const struct record_opts *o, bool write, bool verbose);
/*
 * Looks up NAME (asked in increasing strcmp order, as articles_each
 * gives them) with identity ST. On a hit, fills R's dates, Id and Link
 * fields and their lines (the rest zero; the spans hold until the next
 * call) and returns true.
 */
bool	record_cache_get(struct record_cache *c, const char *name,
	    const struct stat *st, struct record *r);
/* Says that NAME, with identity ST (taken before it was read), was read and is good. */
void	record_cache_put(struct record_cache *c, const char *name,
	    const struct stat *st, const struct record *r);
/*
 * Ends the run. COMPLETE (every record was offered): the new cache
 * replaces the old one; else it is thrown away. Frees C (NULL: nothing).
 */
void	record_cache_close(struct record_cache *c, bool complete);

#endif

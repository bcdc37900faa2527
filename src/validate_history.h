/*
 * validate_history: the validator's view of a feed's history, beyond one
 * document: two versions of a feed compared (--against,
 * validate_against.c), and an RFC 5005 archive chain followed among local
 * files (--chain, validate_chain.c).
 */
#ifndef FEEDWRIGHT_VALIDATE_HISTORY_H
#define FEEDWRIGHT_VALIDATE_HISTORY_H

#include "validate.h"
#include "validate_report.h"

/*
 * Compares NEWPATH with OLDPATH, the same feed before, into REP (named
 * after NEWPATH, whose lines it blames). Returns 0, or -1 when either file
 * could not be read as a feed (said on stderr).
 */
int	 against_check(const char *oldpath, const char *newpath,
	    struct report *rep);

struct feed_keys;
struct chain_ids;

/*
 * The entry ids of the archive documents K's prev-archive links lead to,
 * K read from PATH, the files found as --chain finds them (nothing
 * validated or fetched); as many as could be read, the walk stopping
 * quietly where the chain breaks. NULL when K has no prev-archive or
 * gives no base to map URLs (no absolute self link, or PATH is "-").
 */
struct chain_ids *chain_archived_ids(const char *path,
	    const struct feed_keys *k);
/* ID is in one of those archives (C may be NULL: none). */
bool	 chain_ids_has(struct chain_ids *c, const char *id);
void	 chain_ids_free(struct chain_ids *c);

/* Called with each document's report once it is complete. */
typedef void (*chain_emit_fn)(struct report *rep, void *arg);

/* The most documents --chain follows: "1,000" in feedwright(1). */
#define CHAIN_MAX_DOCS	1000

/*
 * Validates PATH and the archive documents its prev-archive links lead
 * to, newest first, each into a report given to EMIT. Returns 0 when
 * every report is clean of errors, 1 when one is not, -1 when PATH could
 * not be read or gives no base to map URLs (said in its report or on
 * stderr).
 */
int	 chain_check(struct validator *v, const char *path,
	    chain_emit_fn emit, void *arg);

#endif

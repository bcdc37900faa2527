/*
 * build: one feed folder in, published feeds out. Reading the records,
 * choosing the entries, writing every format, checking what was written
 * and publishing it all happen here, in that order, under the feed's lock.
 */
#ifndef FEEDWRIGHT_BUILD_H
#define FEEDWRIGHT_BUILD_H

#include <stdbool.h>
#include <stddef.h>

/* Exit statuses, documented in --help, feedwright(1) and the README. */
enum {
	EXIT_OK = 0,
	EXIT_BAD_INPUT = 1,	/* bad settings or records, or output invalid */
	EXIT_USAGE = 2,
	EXIT_WRITE = 3,		/* could not write or publish */
	EXIT_LOCKED = 4,	/* another build of the feed held the lock */
	EXIT_SKIPPED = 5,	/* published, but bad records were left out */
	EXIT_HUB = 6		/* published, but a WebSub hub was not told */
};

/* In the feed folder: one build of a feed at a time, whatever its output. */
#define BUILD_LOCK_FILE		".feedwright.lock"
#define BUILD_DEFAULT_WAIT	60	/* seconds */

enum build_verbosity {
	BUILD_QUIET = -1,	/* errors only */
	BUILD_NORMAL = 0,	/* errors and warnings */
	BUILD_VERBOSE = 1	/* and one summary line per feed */
};

/* What the builds of one command did, for --exit-unchanged. */
struct build_tally {
	unsigned long	 changed;	/* files published (--dry-run: would be) */
};

struct build_opts {
	const char	*output;	/* -o: overrides the settings' folder */
	const char	*stdout_format;	/* --stdout: this format, to stdout */
	long		 wait_ms;	/* for the lock; 0: --no-wait or -w 0 */
	bool		 no_wait;	/* --no-wait, not -w 0: said so */
	bool		 skip_bad;	/* --skip-bad-records */
	bool		 dry_run;	/* --dry-run: publish nothing */
	bool		 accept_id_changes;	/* --accept-id-changes */
	int		 verbosity;	/* enum build_verbosity */
	struct build_tally *tally;	/* counted into; NULL: not counted */
};

struct hub_owed;

/*
 * What the WebSub hubs of the feeds built by one command are owed, told
 * once every feed is published, so that a slow hub delays no feed.
 */
struct build_owed {
	struct hub_owed	*owed;
	int		 status;	/* the feed's build's */
};

struct build_hubs {
	struct build_owed *v;
	size_t		 n;
};

/*
 * Builds and publishes the feed in FEEDDIR; returns an exit status. What
 * its hubs are owed is added to LATER, for build_tell_hubs().
 */
int	build_feed(const char *feeddir, const struct build_opts *o,
	    struct build_hubs *later);

/*
 * Tells each feed's hubs what LATER says they are owed, in the order the
 * feeds were built, and empties LATER. Returns EXIT_HUB when a hub of a
 * feed whose build exited 0 was not told (the others keep their status),
 * EXIT_OK otherwise.
 */
int	build_tell_hubs(struct build_hubs *later);

/* The name of format i ("atom", as --stdout takes it), or NULL past the last. */
const char *build_format_name(size_t i);

#endif

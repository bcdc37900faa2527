/*
 * continuity: what keeps a feed the same feed from build to build. The
 * ledger (ledger.h) decides each published entry's id (minted once, by
 * the first build that publishes the record, then taken from the ledger
 * whatever the templates say) and its `updated` (moved on when what the
 * entry shows changes), and before anything is published the ledger is
 * checked against the feed readers already have.
 */
#ifndef FEEDWRIGHT_CONTINUITY_H
#define FEEDWRIGHT_CONTINUITY_H

#include <stdbool.h>
#include <sys/stat.h>
#include <time.h>

#include "feed.h"
#include "ledger.h"

struct settings;
struct tz;

struct continuity {
	struct ledger		 ledger;
	char			*path;		/* FEEDDIR/ledger.tsv */
	char			*feeddir;
	const char		*articles_dir;
	const struct settings	*st;
	bool			 accept;	/* --accept-id-changes */
	struct when		 now;		/* the build's time */
	unsigned long		 nchurn;	/* published ids that would change */
	struct entry_scratch	 scratch;	/* for content hashes */
	struct timespec		 start;		/* before any record is read */
	int64_t			 since;		/* see continuity_may_have_changed */
	bool			 any;		/* no ledger: every record may have */
	bool			 ahead;		/* the ledger was dated ahead */
	unsigned long		 nstale;	/* rows whose changes are unsaved */
	unsigned long		 nunchecked;	/* bad records that may have changed */
	/* The ledger's rows by published date, made when a rename is sought. */
	struct ledger_row	**by_date;
	size_t			 nby_date;
	bool			 dated;
	int64_t			 last_t;	/* the last date sought in it, */
	size_t			 last_i;	/* and where it was found */
	/* The rows by id (a hash table), made when a new record's id is sought. */
	struct ledger_row	**by_id;
	size_t			 nby_id;
};

/*
 * The slug "SLUG/N" (the first N no row of L has) of a row that keeps an
 * id SLUG's record no longer has, which no record file can be named.
 * Caller frees.
 */
char	*continuity_retired_slug(struct ledger *l, const char *slug);

/*
 * Reads FEEDDIR's ledger and checks it against the feed published in
 * OUTPUT_DIR: a published feed without a ledger, a damaged ledger, or a
 * published id the ledger does not know stops the build. Returns an exit
 * status, the problem reported.
 */
int	continuity_open(struct continuity *c, const char *feeddir,
	    const char *articles_dir, const char *output_dir,
	    const struct settings *st, const struct tz *tz, bool accept);
/*
 * After a publish, whose set left the files at PATHS[0..n) as LEFT[i]
 * says (publish_left; NULL: not known): if the published feed the next
 * build checks the ledger against is one of them, it and the ledger
 * (LEDGER as the set left it, or NULL when the set left the ledger read
 * alone) are recorded as a pair that needs no check (verified.h).
 */
void	continuity_verified(const struct continuity *c, const char *output_dir,
	    const struct stat *ledger, const char *const *paths,
	    const struct stat *const *left, size_t n);
void	continuity_free(struct continuity *c);

/*
 * Record file NAME of slug SLUG, in pass one and two: replaces *id (the id the record and
 * the templates give) by the one published, following a renamed record
 * by its content; *updated by the one published, unless the record has
 * its own (UPDATED may be NULL). Returns 1 when the id is the published
 * one, 0 for a record never published. A changed Id field is churn:
 * reported (unless accepted) and counted; returns -1 then. An accepted
 * Id field that is another published record's id is reported, and
 * returns -2: the record is bad.
 */
int	continuity_id(struct continuity *c, const char *name, const char *slug,
	    const struct record *r, struct span *id, struct when *updated);
/*
 * For a record new to the ledger (continuity_id returned 0) whose id is
 * ID: the slug of the row that already holds ID, published for another
 * record, with *GONE saying whether that record is deleted and *RETIRED,
 * when the record gave ID up (--accept-id-changes), the length of its
 * slug in the row's, else 0; NULL when ID was never published. An id once
 * published stays with its record.
 */
const char *continuity_id_holder(struct continuity *c, struct span id,
	    bool *gone, size_t *retired);
/*
 * Pass two: sets the id and `updated` of entry E of record R named SLUG
 * and records it in the ledger. Returns true when *updated (what pass
 * one chose) was not the entry's `updated`, which is then stored there.
 */
bool	continuity_entry(struct continuity *c, const char *slug,
	    const struct record *r, struct entry *e, struct when *updated);
/*
 * Whether a record file with status SB may have changed since a build
 * last hashed it. A build sets the ledger's modification time to the
 * time it started (continuity_ledger_time): every record whose status
 * (ctime and mtime) is older than that, less CLOCK_SLACK for coarse file
 * system clocks, was hashed as it is now by that build or one before.
 * A ledger written otherwise (checked out, copied: its mtime is not
 * older than its ctime) gets the old rule, an hour before its mtime; no
 * ledger, every record.
 */
bool	continuity_may_have_changed(const struct continuity *c,
	    const struct stat *sb);
/*
 * Pass one: whether SLUG's row has no hash ("-": recover made it), which
 * continuity_changed fills in from the record read whole, whatever its
 * file's times.
 */
bool	continuity_unhashed(struct continuity *c, const char *slug);
/*
 * Pass one: whether the record of SLUG, R read from the record cache (its
 * dates and id only), must be read whole: it is new to the ledger, and a
 * row of a deleted record has its published date, so whether it is that
 * record renamed is known by its content.
 */
bool	continuity_needs_whole(struct continuity *c, const char *slug,
	    const struct record *r);
/*
 * Whether the entry of record R (status SB, as pass one took it; NULL:
 * not known) may show something else than the ledger hashed, by what is
 * known without making it: a hashed row, no Updated field of its own,
 * and a file that may have changed since the last build.
 */
bool	continuity_may_be_edited(struct continuity *c, const char *slug,
	    const struct record *r, const struct stat *sb);
/*
 * Whether R's entry (R read whole) shows something else than the ledger
 * hashed: *updated is then the date continuity_entry will give it. The
 * ledger is not changed.
 */
bool	continuity_edited(struct continuity *c, const char *slug,
	    const struct record *r, struct when *updated);
/*
 * Pass one, for a record (status SB, as pass one took it before reading
 * the file; NULL: not known) the ledger has in an archive document, whose entry
 * pass two may not write: whether what its entry shows changed since it
 * was written; *updated is then the build's time, as continuity_entry
 * will make it. A row without a hash gets the record's (R read whole)
 * and its link, and is not changed: what was published is not known.
 */
bool	continuity_changed(struct continuity *c, const char *slug,
	    const struct record *r, const struct stat *sb,
	    struct when *updated);
/*
 * Pass one: the record of SLUG (status SB; NULL: not known) is bad, and
 * so not compared with its row, if it has one.
 */
void	continuity_unchecked(struct continuity *c, const char *slug,
	    const struct stat *sb);
/*
 * The modification time the new ledger gets: the build's start, or,
 * when a change pass one found is not in it (its entry was not written)
 * or a bad record that may have changed was not compared, a time that
 * makes the next build look at that record again.
 */
struct timespec continuity_ledger_time(const struct continuity *c);
/*
 * Once the set is published: a ledger dated ahead of the clock, and left
 * as it was, is dated continuity_ledger_time, so that the next build
 * does not look at every record again.
 */
void	continuity_redate(const struct continuity *c);
/*
 * The same for a ledger that keeps rows of the old one, of status OLD
 * (feedwright recover): the next build looks as far back as it would
 * have with the old one.
 */
struct timespec continuity_kept_time(const struct stat *old);

#endif

/*
 * feed_keys: what the validator's history checks (--against, --chain)
 * need of a feed, and what the ledger's checks and `recover` need of a
 * published one (published_feed.c), read as a stream: the feed's id and its head links,
 * RFC 5005's marks, RFC 6721's tombstones, and a few keys per entry. Never the whole document,
 * so memory follows the number of entries, not their size.
 */
#ifndef FEEDWRIGHT_FEED_KEYS_H
#define FEEDWRIGHT_FEED_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct entry_keys {
	char		*id;		/* atom:id or guid; NULL: none */
	char		*link;		/* alternate link; NULL: none */
	char		*title;		/* white space collapsed; NULL: none */
	char		*updated;	/* atom:updated as written */
	char		*when;		/* published, else updated (shared); pubDate */
	int64_t		 updated_t, when_t;	/* seconds, if parsed */
	bool		 has_updated, has_when;
	int		 permalink;	/* guid: -1 none, 0 false, 1 true */
	unsigned long	 line, id_line, updated_line;
};

/* An RFC 6721 at:deleted-entry of an Atom feed's head. */
struct tombstone_keys {
	char		*ref;		/* the id it deletes; NULL: none */
	char		*when;		/* as written; NULL: none */
	int64_t		 when_t;	/* seconds, if has_when */
	bool		 has_when;
	unsigned long	 line;
};

struct feed_keys {
	bool		 atom;		/* else RSS */
	char		*id;		/* atom:id of the feed */
	char		*self, *prev_archive, *next_archive, *current;
	unsigned long	 root_line, id_line, self_line;
	unsigned long	 prev_line, next_line, current_line;
	bool		 archive, complete;	/* fh:archive, fh:complete */
	struct entry_keys *e;
	size_t		 n, cap;
	bool		 json;		/* not read: JSON, { or [ first */
	int		 open_errno;	/* the file could not be opened */
	unsigned long	 err_line, err_col;
	char		 err[256];	/* why it could not be read */
	bool		 too_large;	/* err: past validate's limits */
	bool		 ids_only;	/* entries: id, lines, permalink */
	struct tombstone_keys *tomb;	/* Atom only, in document order */
	size_t		 ntomb, captomb;
};

/*
 * Reads PATH ("-": standard input) into K. Returns 0, or -1 with K->err
 * saying why (K->open_errno set when the file could not be opened).
 * Nothing is fetched and no external entity is loaded.
 */
int	 feed_keys_read(const char *path, struct feed_keys *k);
/*
 * The same for a stranger's file (--against, --chain): read within
 * validate's limits, its attribute count per start tag and memory
 * (VALIDATE_MEMORY_LIMIT); past them, -1 with K->too_large and K->err
 * worded as validate's too-large.
 */
int	 feed_keys_read_bounded(const char *path, struct feed_keys *k);
/*
 * The same from an open FD, NAME naming it in messages; FD stays open.
 * With IDS_ONLY, of each entry only its id (and lines, and an RSS guid's
 * isPermaLink) is kept: build checks a published feed of 100,000 entries
 * against the ledger by its ids alone, and their titles, links and dates
 * would take 18 MB more.
 */
int	 feed_keys_read_fd(int fd, const char *name, bool ids_only,
	    struct feed_keys *k);
void	 feed_keys_collapse(char *s);	/* white space runs one space, trimmed */
void	 feed_keys_free(struct feed_keys *k);

#endif

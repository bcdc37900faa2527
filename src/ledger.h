/*
 * ledger: FEEDDIR/ledger.tsv, the feed's memory of what it published. One
 * line per record ever published, sorted by slug, tab-separated under a
 * header line that names the columns (see feedwright(5)): the record's
 * slug, the entry's id, its published and updated dates as readers were
 * given them, its link, and the SHA-256 of what else the entry shows;
 * with archive-size, also the archive document it is in and when its
 * record was first seen deleted (optional columns: see archives.h). It
 * is the source of truth for ids and is written in the same all-or-nothing
 * publish as the feeds; it holds nothing that only saves time.
 */
#ifndef FEEDWRIGHT_LEDGER_H
#define FEEDWRIGHT_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "sha256.h"
#include "date.h"
#include "util.h"

#define LEDGER_FILE	"ledger.tsv"	/* in the feed folder */

struct ledger_row {
	char		*slug;
	char		*id;
	struct when	 published;	/* as first published */
	struct when	 updated;	/* as last published */
	char		*link;
	/* Of what the entry shows: the digest, in hex only in the file. */
	unsigned char	 hash[SHA256_SIZE];
	bool		 hashed;	/* false: not known ("-": recovered) */
	bool		 claimed;	/* taken over by a renamed record */
	unsigned long	 archive;	/* its archive document; 0: none */
	struct when	 gone;		/* first build that saw it deleted */
	bool		 has_gone;
	bool		 seen;		/* its record file is there (archives) */
	bool		 good;		/* and it is good */
	bool		 stale;		/* pass one found it changed; hash is old */
};

struct ledger {
	struct ledger_row **v;
	size_t		    n, cap;
	size_t		   *slot;	/* slug hash table: index + 1; 0 empty */
	size_t		    nslot;
	bool		    archives;	/* has the archive and gone columns */
	char		   *text;	/* the file read: most fields point in */
	size_t		    textlen;
	struct ledger_row **chunk;	/* the rows, ROWS_PER_CHUNK each */
	size_t		    nchunks;
	size_t		    next;	/* after the row ledger_find found last */
	bool		    unsorted;	/* v not in strcmp order of the slugs */
	/*
	 * The file read had a byte-order mark or CR LF line ends: the hash
	 * of its text without them, for ledger_write to find it unchanged.
	 */
	bool		    unplain;
	unsigned char	    plain_hash[SHA256_SIZE];
	/*
	 * The file read, by the descriptor it was read from (unchanged
	 * while read), for verified.h; HAS_READ_ID false if not known.
	 */
	struct stat	    read_id;
	bool		    has_read_id;
};

void	ledger_init(struct ledger *l);
void	ledger_free(struct ledger *l);
/*
 * Reads the ledger at PATH. Returns 0; 1 when there is none (ENOENT); or
 * -1 with *err (line 0: cannot read, errno in the message).
 */
int	ledger_read(const char *path, struct ledger *l, struct parse_error *err);
/*
 * The same for a damaged ledger (feedwright recover): each line that
 * cannot be read (malformed, a slug already read, the last one cut off,
 * a NUL byte) is left out, and DROP(ARG, why) told of it; the rows need
 * not be sorted. -1 only when nothing can be read (the file, or its
 * header line).
 */
int	ledger_salvage(const char *path, struct ledger *l,
	    struct parse_error *err,
	    void (*drop)(void *arg, const struct parse_error *why), void *arg);
/* The row of SLUG, or NULL. */
struct ledger_row *ledger_find(struct ledger *l, const char *slug);
/* Adds a row for SLUG (not in the ledger yet), its other fields empty. */
struct ledger_row *ledger_add(struct ledger *l, const char *slug);
/* The ledger follows a record renamed to SLUG. */
void	ledger_rename(struct ledger *l, struct ledger_row *r, const char *slug);
/* Whether R's hash is DIGEST (SHA256_SIZE bytes): never when not known. */
bool	ledger_hash_is(const struct ledger_row *r, const unsigned char *digest);
void	ledger_hash_set(struct ledger_row *r, const unsigned char *digest);
/* Replaces *field, of a row of L, by a copy of p[0..n). */
void	ledger_set(struct ledger *l, char **field, const char *p, size_t n);
/* Sorts the rows by slug, as the file holds them (ledger_line). */
void	ledger_sort(struct ledger *l);
/*
 * Line I of the file, appended to OUT: the header (I = 0), or row I - 1
 * (sorted: ledger_sort). The file has l->n + 1 lines.
 */
void	ledger_line(const struct ledger *l, size_t i, struct buf *out);
/* The whole file, header and rows sorted by slug, appended to OUT. */
void	ledger_format(struct ledger *l, struct buf *out);

#endif

/*
 * idkeys: the ids a checker has seen in one document (Atom: an entry's id
 * with its updated; RSS: a guid; JSON Feed: an item's id), to find one
 * used twice. An id is kept as the first 16 bytes of its SHA-256, not as
 * its bytes, so that each costs the same whatever its length: a feed of
 * many long ids needs no more memory than one of short ones. Two
 * different ids would share those bytes with odds of about n * n / 2^128
 * (below 10^-27 for 500,000 ids), and no one can make two that do on
 * purpose, as they could with a fast hash (t1230). A hash seeded for the
 * run only places a digest in the table. At most IDKEYS_MAX ids.
 */
#ifndef FEEDWRIGHT_IDKEYS_H
#define FEEDWRIGHT_IDKEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define IDKEYS_MAX	500000	/* "500,000" in the checkers' warning */
#define IDKEY_SIZE	16

struct idkey {
	unsigned char	d[IDKEY_SIZE];	/* all zero: an empty slot */
};

struct idkeys {
	struct idkey	*slot;
	size_t		 n, cap;
	uint64_t	 seed;		/* set with the first id */
	bool		 full;		/* refused an id: IDKEYS_MAX reached */
	/*
	 * Where the table's memory comes from, if not malloc: a caller
	 * that counts its memory (validate's XML check, in libxml2's
	 * limit).
	 */
	void		*(*alloc)(size_t);
	void		 (*release)(void *);
};

/*
 * The bytes the table grows by when the next id is added (0: it does
 * not grow), for a caller that counts its memory (JSON Feed's budget).
 */
size_t	idkeys_growth(const struct idkeys *t);
/*
 * Makes room for N ids (at most IDKEYS_MAX) in an empty set, so that a
 * set whose size is known is not grown by doubling: each doubling leaves
 * the old table behind, free but still the process's.
 */
void	idkeys_reserve(struct idkeys *t, size_t n);
/* Adds ID (N bytes); true if an id of the same bytes was there. */
bool	idkeys_add(struct idkeys *t, const void *id, size_t n);
/* The table's bytes (what idkeys_growth counted up). */
size_t	idkeys_bytes(const struct idkeys *t);
void	idkeys_free(struct idkeys *t);

#endif

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
	 * Set by the caller before the first id, and kept by idkeys_free.
	 * EXPECT: the ids expected, for which the table is made at once
	 * with the first (build knows how many entries it writes), instead
	 * of doubling, which leaves each old table behind, free but still
	 * the process's. ALLOC and RELEASE: where the table's memory comes
	 * from, if not malloc (validate's XML check: libxml2's, counted in
	 * its limit). CHARGE: asked (with ARG) for the bytes each growth of
	 * the table takes; false refuses the id, not added (JSON Feed's
	 * budget).
	 */
	size_t		 expect;
	void		*(*alloc)(size_t);
	void		 (*release)(void *);
	bool		 (*charge)(void *arg, size_t bytes);
	void		*charge_arg;
};

/*
 * Adds ID (N bytes); true if an id of the same bytes was there. An id
 * refused (the set full, t->full; or a growth CHARGE refused) is not
 * added.
 */
bool	idkeys_add(struct idkeys *t, const void *id, size_t n);
/* The table's bytes (what CHARGE was asked for in all). */
size_t	idkeys_bytes(const struct idkeys *t);
/* Forgets every id; what the caller set (EXPECT and the hooks) stays. */
void	idkeys_free(struct idkeys *t);

#endif

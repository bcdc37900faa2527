/*
 * idset: the entry ids of the records read so far in a build, with the
 * record each came from, so that a second record with an id already taken
 * is found while it is read, not by the check of the finished feed.
 */
#ifndef FEEDWRIGHT_IDSET_H
#define FEEDWRIGHT_IDSET_H

#include <stddef.h>
#include <stdint.h>

struct idset_item;
struct idset_block;

struct idset_slot {
	uint64_t	    hash;
	struct idset_item  *it;		/* NULL: empty */
};

struct idset {
	struct idset_slot  *slot;
	size_t		    n, cap;
	struct idset_block *blocks;	/* where the items are kept */
};

void	idset_init(struct idset *s);
void	idset_free(struct idset *s);

/*
 * Adds ID (id[0..n)) for the record NAME, and returns NULL; or, if a
 * record already has this id, adds nothing and returns that record's
 * name. NAME is kept, not copied: it must outlive the set (build's
 * names do: the set lives for the one listing of the folder).
 */
const char *idset_add(struct idset *s, const char *id, size_t n,
	    const char *name);

#endif

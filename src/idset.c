/*
 * idset: an open-addressing hash table of (id, record name). The ids are
 * kept whole and compared byte for byte, so a hash collision is never
 * taken for a duplicate.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "idset.h"
#include "util.h"

struct idset_item {
	size_t		 n;
	const char	*name;		/* the caller's */
	char		 id[];		/* n bytes */
};

/*
 * The items are cut from blocks freed together, not allocated one by
 * one: a build adds every record's id.
 */
struct idset_block {
	struct idset_block	*next;
	size_t			 used, cap;
};

#define BLOCK_SIZE	65536
/* Where a block's items begin, and their alignment. */
#define ALIGN_UP(n)	(((n) + 15) & ~(size_t)15)
#define BLOCK_DATA(b)	((char *)(b) + ALIGN_UP(sizeof(struct idset_block)))

void
idset_init(struct idset *s)
{
	memset(s, 0, sizeof(*s));
}

void
idset_free(struct idset *s)
{
	struct idset_block	*b, *next;

	for (b = s->blocks; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(s->slot);
	memset(s, 0, sizeof(*s));
}

static void *
item_alloc(struct idset *s, size_t size)
{
	struct idset_block	*b = s->blocks;
	void			*p;

	size = ALIGN_UP(size);
	if (b == NULL || b->cap - b->used < size) {
		b = xmalloc(ALIGN_UP(sizeof(*b)) + (size > BLOCK_SIZE ? size :
		    BLOCK_SIZE));
		b->cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
		b->used = 0;
		b->next = s->blocks;
		s->blocks = b;
	}
	p = BLOCK_DATA(b) + b->used;
	b->used += size;
	return p;
}

static void
put(struct idset *s, uint64_t hash, struct idset_item *it)
{
	size_t	 i = (size_t)(hash & (s->cap - 1));

	while (s->slot[i].it != NULL)
		i = (i + 1) & (s->cap - 1);
	s->slot[i].hash = hash;
	s->slot[i].it = it;
}

const char *
idset_add(struct idset *s, const char *id, size_t n, const char *name)
{
	struct idset_item *it;
	struct idset_slot *old;
	uint64_t	 h = hash_bytes(id, n, 0);
	size_t		 i, oldcap;

	/* The hash is in the slot: an item is looked at only when it matches. */
	if (s->cap != 0) {
		for (i = (size_t)(h & (s->cap - 1)); s->slot[i].it != NULL;
		    i = (i + 1) & (s->cap - 1)) {
			it = s->slot[i].it;
			if (s->slot[i].hash == h && it->n == n &&
			    memcmp(it->id, id, n) == 0)
				return it->name;
		}
	}
	if ((s->n + 1) * 2 > s->cap) {
		old = s->slot;
		oldcap = s->cap;
		s->cap = oldcap != 0 ? oldcap * 2 : 64;
		s->slot = xcalloc(s->cap, sizeof(*s->slot));
		for (i = 0; i < oldcap; i++)
			if (old[i].it != NULL)
				put(s, old[i].hash, old[i].it);
		free(old);
	}
	it = item_alloc(s, sizeof(*it) + n);
	it->n = n;
	memcpy(it->id, id, n);
	it->name = name;
	put(s, h, it);
	s->n++;
	return NULL;
}

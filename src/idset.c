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
	uint64_t	 hash;
	size_t		 n;
	char		*name;
	char		 id[];		/* n bytes */
};

void
idset_init(struct idset *s)
{
	memset(s, 0, sizeof(*s));
}

void
idset_free(struct idset *s)
{
	size_t	 i;

	for (i = 0; i < s->cap; i++) {
		if (s->slot[i] != NULL) {
			free(s->slot[i]->name);
			free(s->slot[i]);
		}
	}
	free(s->slot);
	memset(s, 0, sizeof(*s));
}

static void
put(struct idset *s, struct idset_item *it)
{
	size_t	 i = (size_t)(it->hash & (s->cap - 1));

	while (s->slot[i] != NULL)
		i = (i + 1) & (s->cap - 1);
	s->slot[i] = it;
}

const char *
idset_add(struct idset *s, const char *id, size_t n, const char *name)
{
	struct idset_item *it, **old;
	uint64_t	 h = hash_bytes(id, n, 0);
	size_t		 i, oldcap;

	if (s->cap != 0) {
		for (i = (size_t)(h & (s->cap - 1)); s->slot[i] != NULL;
		    i = (i + 1) & (s->cap - 1)) {
			it = s->slot[i];
			if (it->hash == h && it->n == n &&
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
			if (old[i] != NULL)
				put(s, old[i]);
		free(old);
	}
	it = xmalloc(sizeof(*it) + n);
	it->hash = h;
	it->n = n;
	it->name = xstrdup(name);
	memcpy(it->id, id, n);
	put(s, it);
	s->n++;
	return NULL;
}

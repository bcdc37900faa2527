#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "idkeys.h"
#include "sha256.h"
#include "util.h"

#define IDKEYS_FIRST	64	/* slots of a new table */

static struct idkey *
table(const struct idkeys *t, size_t cap)
{
	struct idkey	*p;

	if (t->alloc == NULL)
		return xcalloc(cap, sizeof(*p));
	if ((p = t->alloc(cap * sizeof(*p))) == NULL)
		out_of_memory();
	memset(p, 0, cap * sizeof(*p));
	return p;
}

static void
untable(const struct idkeys *t, struct idkey *p)
{
	if (t->release != NULL)
		t->release(p);
	else
		free(p);
}

static size_t
slot_of(const struct idkeys *t, const struct idkey *k)
{
	return (size_t)hash_bytes((const char *)k->d, IDKEY_SIZE, t->seed) &
	    (t->cap - 1);
}

static void
put(struct idkeys *t, const struct idkey *k)
{
	size_t	 i = slot_of(t, k);
	static const struct idkey empty;

	while (memcmp(t->slot[i].d, empty.d, IDKEY_SIZE) != 0)
		i = (i + 1) & (t->cap - 1);
	t->slot[i] = *k;
	t->n++;
}

size_t
idkeys_growth(const struct idkeys *t)
{
	if (t->n >= IDKEYS_MAX || (t->n + 1) * 2 <= t->cap)
		return 0;
	return (t->cap != 0 ? t->cap : IDKEYS_FIRST) * sizeof(*t->slot);
}

size_t
idkeys_bytes(const struct idkeys *t)
{
	return t->cap * sizeof(*t->slot);
}

void
idkeys_reserve(struct idkeys *t, size_t n)
{
	size_t	 cap = IDKEYS_FIRST;

	if (t->cap != 0)
		return;
	if (n > IDKEYS_MAX)
		n = IDKEYS_MAX;
	while ((n + 1) * 2 > cap)
		cap *= 2;
	t->seed = hash_seed();
	t->cap = cap;
	t->slot = table(t, cap);
}

bool
idkeys_add(struct idkeys *t, const void *id, size_t n)
{
	static const struct idkey empty;
	unsigned char	 digest[SHA256_SIZE];
	struct idkey	 k, *old;
	struct sha256	 s;
	size_t		 i, oldcap;

	sha256_init(&s);
	sha256_add(&s, id, n);
	sha256_final(&s, digest);
	memcpy(k.d, digest, IDKEY_SIZE);
	/* All zero marks an empty slot: no digest may be that. */
	k.d[0] |= 0x80;
	if (t->cap == 0)
		t->seed = hash_seed();
	else
		for (i = slot_of(t, &k); memcmp(t->slot[i].d, empty.d,
		    IDKEY_SIZE) != 0; i = (i + 1) & (t->cap - 1))
			if (memcmp(t->slot[i].d, k.d, IDKEY_SIZE) == 0)
				return true;
	if (t->n >= IDKEYS_MAX) {
		t->full = true;
		return false;
	}
	if ((t->n + 1) * 2 > t->cap) {
		old = t->slot;
		oldcap = t->cap;
		t->cap = oldcap != 0 ? oldcap * 2 : IDKEYS_FIRST;
		t->slot = table(t, t->cap);
		t->n = 0;
		for (i = 0; i < oldcap; i++)
			if (memcmp(old[i].d, empty.d, IDKEY_SIZE) != 0)
				put(t, &old[i]);
		if (old != NULL)
			untable(t, old);
	}
	put(t, &k);
	return false;
}

/* Empties T; it keeps where its memory comes from. */
void
idkeys_free(struct idkeys *t)
{
	void	*(*alloc)(size_t) = t->alloc;
	void	 (*release)(void *) = t->release;

	if (t->slot != NULL)
		untable(t, t->slot);
	memset(t, 0, sizeof(*t));
	t->alloc = alloc;
	t->release = release;
}

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "idkeys.h"
#include "sha256.h"
#include "util.h"

#define IDKEYS_FIRST	64	/* slots of a new table */

static const struct idkey empty;

static bool
is_empty(const struct idkey *k)
{
	return memcmp(k->d, empty.d, IDKEY_SIZE) == 0;
}

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

	while (!is_empty(&t->slot[i]))
		i = (i + 1) & (t->cap - 1);
	t->slot[i] = *k;
	t->n++;
}

static size_t
expected(const struct idkeys *t)
{
	return t->expect < IDKEYS_MAX ? t->expect : IDKEYS_MAX;
}

/*
 * The table for one more id: the first made for EXPECT ids (at most
 * IDKEYS_MAX), then doubled whenever it would be more than half full.
 * False if CHARGE refuses the bytes.
 */
static bool
grow(struct idkeys *t)
{
	struct idkey	*old = t->slot;
	size_t		 i, oldcap = t->cap, cap;

	if ((t->n + 1) * 2 <= t->cap)
		return true;
	cap = oldcap != 0 ? oldcap * 2 : IDKEYS_FIRST;
	if (oldcap == 0)
		while ((expected(t) + 1) * 2 > cap)
			cap *= 2;
	if (t->charge != NULL && !t->charge(t->charge_arg, (cap - oldcap) *
	    sizeof(*t->slot)))
		return false;
	if (oldcap == 0)
		t->seed = hash_seed();
	t->cap = cap;
	t->slot = table(t, cap);
	t->n = 0;
	for (i = 0; i < oldcap; i++)
		if (!is_empty(&old[i]))
			put(t, &old[i]);
	if (old != NULL)
		untable(t, old);
	return true;
}

bool
idkeys_add(struct idkeys *t, const void *id, size_t n)
{
	unsigned char	 digest[SHA256_SIZE];
	struct idkey	 k;
	struct sha256	 s;
	size_t		 i;

	sha256_init(&s);
	sha256_add(&s, id, n);
	sha256_final(&s, digest);
	memcpy(k.d, digest, IDKEY_SIZE);
	/* All zero marks an empty slot: no digest may be that. */
	k.d[0] |= 0x80;
	if (t->cap != 0)
		for (i = slot_of(t, &k); !is_empty(&t->slot[i]);
		    i = (i + 1) & (t->cap - 1))
			if (memcmp(t->slot[i].d, k.d, IDKEY_SIZE) == 0)
				return true;
	if (t->n >= IDKEYS_MAX) {
		t->full = true;
		return false;
	}
	if (grow(t))
		put(t, &k);
	return false;
}

size_t
idkeys_bytes(const struct idkeys *t)
{
	return t->cap * sizeof(*t->slot);
}

void
idkeys_free(struct idkeys *t)
{
	struct idkeys	 keep = *t;

	if (t->slot != NULL)
		untable(t, t->slot);
	memset(t, 0, sizeof(*t));
	t->expect = keep.expect;
	t->alloc = keep.alloc;
	t->release = keep.release;
	t->charge = keep.charge;
	t->charge_arg = keep.charge_arg;
}

/*
 * validate_vocab_index: a table's rows chained by the hash of their local
 * names. A row is looked up once per element of every file, so the names
 * are hashed rather than compared with each row in turn; what is found
 * is the same row, since a bucket keeps the table's order.
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "util.h"
#include "validate_vocab.h"

_Static_assert(VOCAB_MAX <= VINDEX_ROWS, "every counted row is indexed");
_Static_assert(VINDEX_ROWS < 256, "a row index plus one fits a byte");

static pthread_mutex_t	 index_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t
bucket(const char *name)
{
	return (size_t)(hash_bytes(name, strlen(name), 0) % VINDEX_BUCKETS);
}

static void
build(const struct vtable *t, struct vindex *x)
{
	unsigned char	 tail[VINDEX_BUCKETS];
	size_t		 j, b, n = t->n < VOCAB_MAX ? t->n : VOCAB_MAX;

	memset(x->head, 0, sizeof(x->head));
	memset(x->next, 0, sizeof(x->next));
	memset(tail, 0, sizeof(tail));
	for (j = 0; j < n; j++) {
		b = bucket(t->rows[j].name);
		if (tail[b] == 0)
			x->head[b] = (unsigned char)(j + 1);
		else
			x->next[tail[b] - 1] = (unsigned char)(j + 1);
		tail[b] = (unsigned char)(j + 1);
	}
}

/* T's index, built by the first thread that needs it. */
static const struct vindex *
index_of(const struct vtable *t)
{
	struct vindex	*x = t->index;

	if (atomic_load_explicit(&x->ready, memory_order_acquire))
		return x;
	pthread_mutex_lock(&index_lock);
	if (!atomic_load_explicit(&x->ready, memory_order_relaxed)) {
		build(t, x);
		atomic_store_explicit(&x->ready, true, memory_order_release);
	}
	pthread_mutex_unlock(&index_lock);
	return x;
}

const struct vrow *
vocab_named(const struct vtable *t, const char *name, size_t *j)
{
	const struct vindex *x = index_of(t);
	size_t		 k;

	k = *j == SIZE_MAX ? x->head[bucket(name)] : x->next[*j];
	for (; k != 0; k = x->next[k - 1])
		if (strcmp(t->rows[k - 1].name, name) == 0) {
			*j = k - 1;
			return &t->rows[k - 1];
		}
	return NULL;
}

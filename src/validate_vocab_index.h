/*
 * validate_vocab_index: the rows of a vocabulary table by local name, so
 * that the row of an element is found without comparing its name with
 * every row. Each table has its own index, built the first time it is
 * used (under a lock: build checks files in several threads) and never
 * changed after.
 */
#ifndef FEEDWRIGHT_VALIDATE_VOCAB_INDEX_H
#define FEEDWRIGHT_VALIDATE_VOCAB_INDEX_H

#include <stdatomic.h>
#include <stddef.h>

/* Rows are chained by bucket, so an index holds at most this many. */
#define VINDEX_ROWS	160
#define VINDEX_BUCKETS	64

/*
 * HEAD[b] and NEXT[row] are a row's index plus one (0: none); each
 * bucket's chain goes in table order, so the first row of a name found
 * in it is the first in the table.
 */
struct vindex {
	atomic_bool	 ready;
	unsigned char	 head[VINDEX_BUCKETS];
	unsigned char	 next[VINDEX_ROWS];
};

struct vtable;

/*
 * The rows of T named NAME, in table order: start with *J == SIZE_MAX;
 * each call returns the next such row and sets *J to its index, and
 * returns NULL after the last.
 */
const struct vrow *vocab_named(const struct vtable *t, const char *name,
	    size_t *j);

#endif

/*
 * articles: the folder of article records. Lists the records (files named
 * *.txt; hidden files are ignored) and keeps the newest N of them in a
 * bounded heap, so choosing the entries of a 100,000-record archive needs
 * memory for N records, not for the archive.
 */
#ifndef FEEDWRIGHT_ARTICLES_H
#define FEEDWRIGHT_ARTICLES_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"

#define RECORD_SUFFIX ".txt"

/* What choosing needs to know of a record. */
struct pick {
	char		*name;		/* file name in the folder */
	int64_t		 published;
	struct when	 updated;
};

/* The newest `max` records seen so far. */
struct picks {
	struct pick	*v;
	size_t		 n;
	size_t		 cap;
	size_t		 max;
};

void	picks_init(struct picks *p, size_t max);
/* Offers a record; NAME is copied if the record is kept. */
void	picks_offer(struct picks *p, const char *name, int64_t published,
	    const struct when *updated);
/* Sorts what is kept newest first (ties: by name), for writing. */
void	picks_sort(struct picks *p);
/*
 * Drops pick i of a sorted set (a record gone since it was chosen),
 * keeping the others in order.
 */
void	picks_remove(struct picks *p, size_t i);
void	picks_free(struct picks *p);

/*
 * Calls fn for each record file in DIR, in name order so runs are
 * repeatable. fn returns 0 to go on. Returns 0 when every record was
 * offered, 1 when fn stopped early, or -1 with errno if DIR cannot be read.
 */
int	articles_each(const char *dir,
	    int (*fn)(void *ctx, const char *name), void *ctx);
/*
 * The same, giving fn the folder's descriptor as well (valid during the
 * call), so that fn may stat NAME without building its path.
 */
int	articles_each_at(const char *dir,
	    int (*fn)(void *ctx, int dirfd, const char *name), void *ctx);
/*
 * The same for the folder open as DIRFD (left open), so that its
 * records can be read again later through the descriptor of the very
 * folder that was listed.
 */
int	articles_each_in(int dirfd,
	    int (*fn)(void *ctx, int dirfd, const char *name), void *ctx);
/* Opens the records folder DIR for articles_each_in: a descriptor, or -1. */
int	articles_open(const char *dir);

/* True if a file of this name in the records folder is read as a record. */
bool	articles_is_record_name(const char *name);

/* The slug of a record file: its name without RECORD_SUFFIX. Caller frees. */
char	*articles_slug(const char *name);
/* The path of the record SLUG in the records folder DIR. Caller frees. */
char	*articles_record_path(const char *dir, const char *slug);

#endif

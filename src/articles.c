/*
 * articles: listing the record folder and choosing the newest records.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "articles.h"
#include "util.h"

void
picks_init(struct picks *p, size_t max)
{
	p->v = NULL;
	p->n = 0;
	p->cap = 0;
	p->max = max;
}

/* True if a comes before b in the feed: newer, or as new and first by name. */
static bool
newer(const struct pick *a, const struct pick *b)
{
	if (a->published != b->published)
		return a->published > b->published;
	return strcmp(a->name, b->name) < 0;
}

/* The heap's root is the pick that would go first: the oldest kept. */
static void
sift_down(struct picks *p, size_t i)
{
	size_t		 l, r, m;
	struct pick	 t;

	for (;;) {
		l = 2 * i + 1;
		r = l + 1;
		m = i;
		if (l < p->n && newer(&p->v[m], &p->v[l]))
			m = l;
		if (r < p->n && newer(&p->v[m], &p->v[r]))
			m = r;
		if (m == i)
			return;
		t = p->v[i];
		p->v[i] = p->v[m];
		p->v[m] = t;
		i = m;
	}
}

static void
sift_up(struct picks *p, size_t i)
{
	struct pick	 t;

	while (i > 0 && newer(&p->v[(i - 1) / 2], &p->v[i])) {
		t = p->v[i];
		p->v[i] = p->v[(i - 1) / 2];
		p->v[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

void
picks_offer(struct picks *p, const char *name, int64_t published,
    const struct when *updated)
{
	struct pick	 c;

	c.name = (char *)name;
	c.published = published;
	c.updated = *updated;
	if (p->n == p->max) {
		if (p->max == 0 || !newer(&c, &p->v[0]))
			return;
		free(p->v[0].name);
		c.name = xstrdup(name);
		p->v[0] = c;
		sift_down(p, 0);
		return;
	}
	if (p->n == p->cap) {
		p->cap = p->cap == 0 ? 64 : p->cap * 2;
		if (p->cap > p->max)
			p->cap = p->max;
		p->v = xreallocarray(p->v, p->cap, sizeof(*p->v));
	}
	c.name = xstrdup(name);
	p->v[p->n++] = c;
	sift_up(p, p->n - 1);
}

static int
cmp_newest_first(const void *a, const void *b)
{
	const struct pick *pa = a, *pb = b;

	if (newer(pa, pb))
		return -1;
	return newer(pb, pa) ? 1 : 0;
}

void
picks_sort(struct picks *p)
{
	if (p->n > 1)
		qsort(p->v, p->n, sizeof(*p->v), cmp_newest_first);
}

void
picks_remove(struct picks *p, size_t i)
{
	if (i >= p->n)
		return;
	free(p->v[i].name);
	memmove(&p->v[i], &p->v[i + 1], (p->n - i - 1) * sizeof(*p->v));
	p->n--;
}

void
picks_free(struct picks *p)
{
	size_t	 i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].name);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

static bool
is_record_name(const char *name)
{
	size_t	 n = strlen(name), k = strlen(RECORD_SUFFIX);

	return name[0] != '.' && n > k &&
	    strcmp(name + n - k, RECORD_SUFFIX) == 0;
}

bool
articles_is_record_name(const char *name)
{
	return is_record_name(name);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* articles_each's callback, called through articles_each_at. */
struct by_name {
	int	(*fn)(void *, const char *);
	void	*ctx;
};

static int
call_by_name(void *ctx, int dirfd, const char *name)
{
	struct by_name	*bn = ctx;

	(void)dirfd;
	return bn->fn(bn->ctx, name);
}

int
articles_each(const char *dir, int (*fn)(void *, const char *), void *ctx)
{
	struct by_name	 bn;

	bn.fn = fn;
	bn.ctx = ctx;
	return articles_each_at(dir, call_by_name, &bn);
}

/* A listed name: where it is in the block, and its first 8 bytes. */
struct listed {
	uint64_t	 key;	/* big-endian, NUL-padded: strcmp's order */
	size_t		 off;
};

static uint64_t
name_key(const char *s)
{
	uint64_t	 k = 0;
	int		 i;

	for (i = 0; i < 8 && s[i] != '\0'; i++)
		k |= (uint64_t)(unsigned char)s[i] << (56 - 8 * i);
	return k;
}

/*
 * Sorts V by key, a byte at a time from the last (a stable radix sort,
 * skipping the bytes all names share), through TMP; the result is in V.
 */
static void
sort_keys(struct listed *v, struct listed *tmp, size_t n)
{
	struct listed	*from = v, *to = tmp, *t;
	size_t		 count[256], i, sum, c;
	int		 shift;

	for (shift = 0; shift < 64; shift += 8) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[(from[i].key >> shift) & 255]++;
		if (count[(from[0].key >> shift) & 255] == n)
			continue;
		for (i = 0, sum = 0; i < 256; i++) {
			c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			to[count[(from[i].key >> shift) & 255]++] = from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof(*v));
}

/*
 * Puts NAMES (N of them, their keys in V) in strcmp order: by their
 * first 8 bytes, then names that share them by strcmp.
 */
static void
sort_names(char **names, struct listed *v, size_t n, const char *pool)
{
	struct listed	*tmp = xreallocarray(NULL, n, sizeof(*tmp));
	size_t		 i, j;

	sort_keys(v, tmp, n);
	free(tmp);
	for (i = 0; i < n; i++)
		names[i] = (char *)pool + v[i].off;
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && v[j].key == v[i].key; j++)
			continue;
		if (j - i > 1)
			qsort(names + i, j - i, sizeof(*names), cmp_names);
	}
}

/*
 * The names are kept in one block, not one allocation each, and sorted
 * mostly by a radix sort: a folder of 100,000 records is listed on every
 * build.
 */
int
articles_each_in(int dirfd, int (*fn)(void *, int, const char *), void *ctx)
{
	DIR		*d;
	struct dirent	*de;
	struct buf	 pool;
	struct listed	*v = NULL;
	size_t		 n = 0, cap = 0, i;
	char		**names = NULL;
	int		 rc = 0, fd, saved;

	/* The listing takes a descriptor of its own: dirfd stays the caller's. */
	if ((fd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0)) == -1)
		return -1;
	if ((d = fdopendir(fd)) == NULL) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	/* The copy shares dirfd's offset: a second listing starts over. */
	rewinddir(d);
	buf_init(&pool);
	while ((errno = 0, de = readdir(d)) != NULL) {
		if (!is_record_name(de->d_name))
			continue;
		if (n == cap) {
			cap = cap == 0 ? 1024 : cap * 2;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[n].key = name_key(de->d_name);
		v[n++].off = pool.len;
		buf_add(&pool, de->d_name, strlen(de->d_name) + 1);
	}
	if ((saved = errno) != 0)
		rc = -1;
	if (rc == 0 && n > 0) {
		names = xreallocarray(NULL, n, sizeof(*names));
		sort_names(names, v, n, pool.data);
		free(v);
		v = NULL;
		for (i = 0; i < n && rc == 0; i++)
			rc = fn(ctx, dirfd, names[i]);
		if (rc != 0)
			rc = 1;
	}
	closedir(d);
	free(names);
	free(v);
	buf_free(&pool);
	if (rc == -1)
		errno = saved;
	return rc;
}

int
articles_each_at(const char *dir, int (*fn)(void *, int, const char *),
    void *ctx)
{
	int	 dirfd, rc, saved;

	if ((dirfd = articles_open(dir)) == -1)
		return -1;
	rc = articles_each_in(dirfd, fn, ctx);
	saved = errno;
	close(dirfd);
	errno = saved;
	return rc;
}

int
articles_open(const char *dir)
{
	/* As opendir opens: a FIFO named like the folder is never waited on. */
	return open(dir, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
}

char *
articles_slug(const char *name)
{
	return xstrndup(name, strlen(name) - strlen(RECORD_SUFFIX));
}

char *
articles_record_path(const char *dir, const char *slug)
{
	char	*name, *path;

	name = xmalloc(strlen(slug) + sizeof(RECORD_SUFFIX));
	strcpy(name, slug);
	strcat(name, RECORD_SUFFIX);
	path = path_join(dir, name);
	free(name);
	return path;
}

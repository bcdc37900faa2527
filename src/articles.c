/*
 * articles: listing the record folder and choosing the newest records.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

int
articles_each(const char *dir, int (*fn)(void *, const char *), void *ctx)
{
	DIR		*d;
	struct dirent	*de;
	char		**names = NULL;
	size_t		 n = 0, i;
	int		 rc = 0;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((errno = 0, de = readdir(d)) != NULL) {
		if (!is_record_name(de->d_name))
			continue;
		names = xreallocarray(names, n + 1, sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	if (errno != 0)
		rc = -1;
	closedir(d);
	if (rc == 0) {
		if (n > 1)
			qsort(names, n, sizeof(*names), cmp_names);
		for (i = 0; i < n && rc == 0; i++)
			rc = fn(ctx, names[i]);
		if (rc != 0)
			rc = 1;
	}
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
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

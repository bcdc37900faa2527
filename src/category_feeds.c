/*
 * category_feeds: a feed per category, made in the main feed's passes
 * and published in its set (see category_feeds.h and feedwright(5)).
 * Categories are few (CATEGORY_FEEDS_MAX), so they are kept in an array
 * searched by hash; what grows with the archive (the picks) is bounded
 * by max-entries per category.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "category_feeds.h"
#include "lines.h"
#include "publish.h"

struct catfeed {
	char			*text;		/* the category, as records give it */
	size_t			 n;
	uint32_t		 hash;
	char			*slug;
	char			*title;		/* "Site: Category" */
	char			*id;
	struct picks		 picks;
	struct feed_head	 head;
};

struct catfeeds {
	const struct settings	*st;
	const char		*genver;
	struct doc_set		 ds;		/* document i: category i */
	struct catfeed		*v;
	size_t			 n;
	struct picks		 reading;
	struct feed_category_link *links;
};

static uint32_t
fnv1a(const char *s, size_t n)
{
	uint32_t	 h = 2166136261u;
	size_t		 i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

char *
category_slug(const char *s, size_t n)
{
	struct buf	 b;
	char		 hex[16];
	size_t		 i;
	bool		 lossy = false, dash = false;

	buf_init(&b);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80)
			lossy = true;
		if (ascii_isalnum(c)) {
			if (dash && b.len > 0)
				buf_addc(&b, '-');
			dash = false;
			buf_addc(&b, (char)ascii_tolower(c));
		} else
			dash = true;
	}
	if (b.len > CATEGORY_SLUG_MAX) {
		lossy = true;
		b.len = CATEGORY_SLUG_MAX;
		while (b.len > 0 && b.data[b.len - 1] == '-')
			b.len--;
		b.data[b.len] = '\0';
	}
	if (lossy || b.len == 0) {
		snprintf(hex, sizeof(hex), "%s%08x", b.len > 0 ? "-" : "",
		    (unsigned)fnv1a(s, n));
		buf_adds(&b, hex);
	}
	return buf_steal(&b);
}

struct catfeeds *
catfeeds_new(const struct settings *st, const char *generator_version)
{
	struct catfeeds	*c = xcalloc(1, sizeof(*c));

	c->st = st;
	c->genver = generator_version;
	doc_set_init(&c->ds, st, "the category feeds");
	c->ds.stale_why = "no record has its category";
	c->ds.drop_empty_top = true;
	picks_init(&c->reading, 0);
	return c;
}

static struct catfeed *
find(const struct catfeeds *c, const char *s, size_t n, uint32_t h)
{
	size_t	 i;

	for (i = 0; i < c->n; i++)
		if (c->v[i].hash == h && c->v[i].n == n &&
		    memcmp(c->v[i].text, s, n) == 0)
			return &c->v[i];
	return NULL;
}

/* Adds category S[0..n) unless known; -1 (reported) when it cannot have a feed. */
static int
add(struct catfeeds *c, const char *path, const char *text, const char *s,
    size_t n)
{
	struct catfeed	*cf;
	char		 q[QUOTE_MAX], q2[QUOTE_MAX], *slug;
	size_t		 i, col;
	uint32_t	 h = fnv1a(s, n);
	unsigned long	 line = lines_line_of(text, (size_t)(s - text), &col);

	if (find(c, s, n, h) != NULL)
		return 0;
	quote_into(q, s, n);
	if (c->n == CATEGORY_FEEDS_MAX) {
		msg_error(path, line, "category %s would be category feed "
		    "number %d; category-feeds publishes at most %d", q,
		    CATEGORY_FEEDS_MAX + 1, CATEGORY_FEEDS_MAX);
		return -1;
	}
	slug = category_slug(s, n);
	for (i = 0; i < c->n; i++) {
		if (strcmp(c->v[i].slug, slug) != 0)
			continue;
		quote_into(q2, c->v[i].text, c->v[i].n);
		msg_error(path, line, "category %s would have its feeds in "
		    CATEGORY_DIR "/%s/, where category %s has its own; "
		    "rename one of the two", q, slug, q2);
		free(slug);
		return -1;
	}
	c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
	cf = &c->v[c->n++];
	memset(cf, 0, sizeof(*cf));
	cf->text = xmalloc(n + 1);
	memcpy(cf->text, s, n);
	cf->text[n] = '\0';
	cf->n = n;
	cf->hash = h;
	cf->slug = slug;
	picks_init(&cf->picks, c->st->max_entries);
	return 0;
}

int
catfeeds_check(struct catfeeds *c, const char *path, const char *text,
    const struct record *r)
{
	size_t	 i;

	for (i = 0; i < r->ncategories; i++)
		if (add(c, path, text, r->categories[i].p,
		    r->categories[i].n) == -1)
			return -1;
	return 0;
}

void
catfeeds_offer(struct catfeeds *c, const struct record *r, const char *name,
    int64_t published, const struct when *updated)
{
	const struct span *cat;
	size_t		 i;

	for (i = 0; i < r->ncategories; i++) {
		cat = &r->categories[i];
		picks_offer(&find(c, cat->p, cat->n, fnv1a(cat->p,
		    cat->n))->picks, name, published, updated);
	}
}

static int
cmp_text(const void *a, const void *b)
{
	const struct catfeed *x = a, *y = b;

	return strcmp(x->text, y->text);
}

static void
catfeed_free(struct catfeed *cf)
{
	free(cf->text);
	free(cf->slug);
	free(cf->title);
	free(cf->id);
	picks_free(&cf->picks);
}

/*
 * The category feed's id: a urn:uuid id gets another UUID, made from the
 * feed's id and the slug (RFC 9562 version 8, two FNV-1a hashes); any
 * other id gets "#category/SLUG" (or "/category/SLUG" after a fragment
 * it already has).
 */
static char *
derive_id(const char *id, const char *slug)
{
	struct buf	 b;
	char		 u[64];
	uint32_t	 h[4];
	size_t		 k;

	buf_init(&b);
	if (strncasecmp(id, "urn:uuid:", 9) == 0) {
		for (k = 0; k < 4; k++) {
			buf_clear(&b);
			buf_addc(&b, (char)('0' + k));
			buf_adds(&b, id);
			buf_addc(&b, '\n');
			buf_adds(&b, slug);
			h[k] = fnv1a(b.data, b.len);
		}
		h[1] = (h[1] & 0xffff0fffu) | 0x00008000u;	/* version 8 */
		h[2] = (h[2] & 0x3fffffffu) | 0x80000000u;	/* variant */
		snprintf(u, sizeof(u), "urn:uuid:%08x-%04x-%04x-%04x-%04x%08x",
		    (unsigned)h[0], (unsigned)(h[1] >> 16),
		    (unsigned)(h[1] & 0xffff), (unsigned)(h[2] >> 16),
		    (unsigned)(h[2] & 0xffff), (unsigned)h[3]);
		buf_clear(&b);
		buf_adds(&b, u);
		return buf_steal(&b);
	}
	buf_adds(&b, id);
	buf_adds(&b, strchr(id, '#') != NULL ? "/" : "#");
	buf_adds(&b, CATEGORY_DIR "/");
	buf_adds(&b, slug);
	return buf_steal(&b);
}

static char *
self_url(const struct settings *st, const char *slug, const char *file)
{
	struct buf	 b;

	buf_init(&b);
	buf_adds(&b, st->feed_url);
	buf_adds(&b, CATEGORY_DIR "/");
	buf_adds(&b, slug);
	buf_addc(&b, '/');
	buf_adds(&b, file);
	return buf_steal(&b);
}

const struct picks *
catfeeds_reading(struct catfeeds *c, const struct picks *main)
{
	struct catfeed	*cf;
	size_t		 i, k, total = main->n;

	/* A category only a bad record used has no feed. */
	for (i = k = 0; i < c->n; i++) {
		if (c->v[i].picks.n == 0)
			catfeed_free(&c->v[i]);
		else
			c->v[k++] = c->v[i];
	}
	c->n = k;
	if (c->n > 1)
		qsort(c->v, c->n, sizeof(*c->v), cmp_text);
	c->links = xcalloc(c->n > 0 ? c->n : 1, sizeof(*c->links));
	for (i = 0; i < c->n; i++) {
		cf = &c->v[i];
		picks_sort(&cf->picks);
		total += cf->picks.n;
		cf->title = xmalloc(strlen(c->st->title) + 2 + cf->n + 1);
		sprintf(cf->title, "%s: %s", c->st->title, cf->text);
		cf->id = derive_id(c->st->id, cf->slug);
		c->links[i].title = cf->title;
		c->links[i].category = cf->text;
		for (k = 0; k < c->ds.nfmt; k++)
			c->links[i].self[c->ds.fid[k]] = self_url(c->st,
			    cf->slug, c->ds.fmt[k]->filename);
	}
	/* The union, in the main feed's order; one name is one record. */
	picks_init(&c->reading, total);
	for (i = 0; i < main->n; i++)
		picks_offer(&c->reading, main->v[i].name, main->v[i].published,
		    &main->v[i].updated);
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->v[i].picks.n; k++) {
			const struct pick *p = &c->v[i].picks.v[k];

			picks_offer(&c->reading, p->name, p->published,
			    &p->updated);
		}
	picks_sort(&c->reading);
	for (i = k = 0; i < c->reading.n; i++) {
		if (k > 0 && strcmp(c->reading.v[k - 1].name,
		    c->reading.v[i].name) == 0)
			free(c->reading.v[i].name);
		else
			c->reading.v[k++] = c->reading.v[i];
	}
	c->reading.n = k;
	return &c->reading;
}

void
catfeeds_remove(struct catfeeds *c, size_t i)
{
	const char	*name = c->reading.v[i].name;
	size_t		 j, k;

	for (j = 0; j < c->n; j++)
		for (k = 0; k < c->v[j].picks.n; k++)
			if (strcmp(c->v[j].picks.v[k].name, name) == 0) {
				picks_remove(&c->v[j].picks, k);
				break;
			}
	picks_remove(&c->reading, i);
}

/*
 * Record NAME's entry shows UPDATED, which pass one did not know (the
 * ledger saw its content change): every category feed holding it takes
 * the new date, so that its head's updated is its newest entry's.
 * Returns whether any pick changed.
 */
bool
catfeeds_set_updated(struct catfeeds *c, const char *name,
    const struct when *updated)
{
	struct pick	*p;
	size_t		 j, k;
	bool		 changed = false;

	for (j = 0; j < c->n; j++)
		for (k = 0; k < c->v[j].picks.n; k++) {
			p = &c->v[j].picks.v[k];
			if (strcmp(p->name, name) != 0)
				continue;
			if (p->updated.t != updated->t ||
			    p->updated.offset != updated->offset) {
				p->updated = *updated;
				changed = true;
			}
			break;
		}
	return changed;
}

void
catfeeds_link(const struct catfeeds *c, struct feed_head *h)
{
	h->category_links = c->links;
	h->ncategory_links = c->n;
}

/* "category/SLUG/NAME": how test hooks name a category file. */
static char *
rel_name(const char *slug, const char *name)
{
	struct buf	 b;

	buf_init(&b);
	buf_adds(&b, CATEGORY_DIR "/");
	buf_adds(&b, slug);
	buf_addc(&b, '/');
	buf_adds(&b, name);
	return buf_steal(&b);
}

static bool
is_current(const struct catfeeds *c, const char *slug)
{
	size_t	 i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].slug, slug) == 0)
			return true;
	return false;
}

/*
 * The published feed files in the folders of CATDIR that no category
 * uses now: they go in this publish. Only the feeds' own file names are
 * touched; anything else in those folders stays.
 */
static void
find_stale(struct catfeeds *c, bool locked)
{
	static const char *const files[] = { "atom.xml", "rss.xml",
	    "feed.json" };
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	char		*dir, *path, *rel;
	size_t		 k;

	if ((d = opendir(c->ds.top)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || is_current(c, de->d_name))
			continue;
		dir = path_join(c->ds.top, de->d_name);
		if (lstat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
			free(dir);
			continue;
		}
		/* What a killed build left there would keep the folder forever. */
		if (locked)
			(void)publish_cleanup(dir, files, 3, c->ds.removed,
			    c->ds.removed_ctx);
		for (k = 0; k < sizeof(files) / sizeof(files[0]); k++) {
			path = path_join(dir, files[k]);
			if (lstat(path, &st) == 0 && (S_ISREG(st.st_mode) ||
			    S_ISLNK(st.st_mode))) {
				rel = rel_name(de->d_name, files[k]);
				doc_set_stale(&c->ds, path, rel);
				free(rel);
			} else
				free(path);
		}
		doc_set_stale_dir(&c->ds, dir);
	}
	closedir(d);
}

int
catfeeds_begin(struct catfeeds *c, const char *outdir, const char *tmpdir,
    mode_t mode)
{
	char		*rel;
	size_t		 i;
	int		 rc;

	if (doc_set_begin(&c->ds, outdir, CATEGORY_DIR, c->n, tmpdir) == -1)
		return -1;
	find_stale(c, tmpdir == NULL);
	for (i = 0; i < c->n; i++) {
		rel = rel_name(c->v[i].slug, "");
		rc = doc_set_begin_doc(&c->ds, i, path_join(c->ds.top,
		    c->v[i].slug), rel, tmpdir, mode);
		free(rel);
		if (rc == -1)
			return -1;
	}
	return 0;
}

void
catfeeds_open(struct catfeeds *c, const struct when *main_updated)
{
	struct catfeed	*cf;
	struct when	 updated;
	size_t		 i, k;

	for (i = 0; i < c->n; i++) {
		cf = &c->v[i];
		/* Its only records deleted since pass one: an empty feed until the next build. */
		updated = cf->picks.n > 0 ? cf->picks.v[0].updated :
		    *main_updated;
		for (k = 1; k < cf->picks.n; k++)
			if (cf->picks.v[k].updated.t > updated.t)
				updated = cf->picks.v[k].updated;
		feed_head_init(&cf->head, c->st, &updated, c->genver);
		cf->head.title = cf->title;
		cf->head.id = cf->id;
		for (k = 0; k < FEED_NFORMATS; k++) {
			free(cf->head.self[k]);
			cf->head.self[k] = NULL;
		}
		for (k = 0; k < c->ds.nfmt; k++)
			cf->head.self[c->ds.fid[k]] = xstrdup(
			    c->links[i].self[c->ds.fid[k]]);
		doc_set_open(&c->ds, i, &cf->head);
	}
}

void
catfeeds_entry(struct catfeeds *c, const struct entry *e)
{
	struct catfeed	*cf;
	size_t		 i, d;

	for (i = 0; i < e->ncategories; i++) {
		cf = find(c, e->categories[i].p, e->categories[i].n,
		    fnv1a(e->categories[i].p, e->categories[i].n));
		if (cf == NULL)
			continue;
		d = (size_t)(cf - c->v);
		/* Its newest max-entries come first in the reading order. */
		if (c->ds.v[d].written >= cf->picks.n)
			continue;
		doc_set_entry(&c->ds, d, e);
	}
}

int
catfeeds_close(struct catfeeds *c, bool preview)
{
	size_t		 i;
	int		 rc = 0;

	for (i = 0; i < c->n; i++) {
		rc = doc_set_close(&c->ds, i, preview, rc);
		feed_head_free(&c->v[i].head);
	}
	return rc;
}

size_t
catfeeds_count(const struct catfeeds *c)
{
	return c->n;
}

struct doc_set *
catfeeds_docs(struct catfeeds *c)
{
	return &c->ds;
}

void
catfeeds_free(struct catfeeds *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	doc_set_free(&c->ds);
	for (i = 0; i < c->n; i++) {
		size_t	 k;

		catfeed_free(&c->v[i]);
		if (c->links != NULL)
			for (k = 0; k < FEED_NFORMATS; k++)
				free(c->links[i].self[k]);
	}
	free(c->v);
	free(c->links);
	picks_free(&c->reading);
	free(c);
}

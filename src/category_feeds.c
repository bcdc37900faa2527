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
#include "check_output.h"
#include "lines.h"
#include "outbuf.h"
#include "publish.h"
#include "test_hook.h"

#define NCATFMT		3		/* atom, rss, json */
#define CAT_OUTBUF	(16 * 1024)	/* many files are open at once */

struct catfeed {
	char			*text;		/* the category, as records give it */
	size_t			 n;
	uint32_t		 hash;
	char			*slug;
	char			*title;		/* "Site: Category" */
	char			*id;
	char			*dir;		/* OUTDIR/category/SLUG */
	bool			 made_dir;	/* by this build */
	struct picks		 picks;
	size_t			 written;	/* entries in this pass */
	struct pending		 pend[NCATFMT];
	struct outbuf		 out[NCATFMT];
	void			*w[NCATFMT];
	struct feed_head	 head;
};

/* A published file of a category no record uses any more. */
struct stale {
	char			*final;
	char			*rel;		/* category/SLUG/NAME, for test hooks */
	char			*old;		/* where it was moved; NULL: not yet */
};

struct catfeeds {
	const struct settings	*st;
	const char		*genver;
	const struct feed_format *fmt[NCATFMT];
	enum feed_format_id	 fid[NCATFMT];
	size_t			 nfmt;
	struct catfeed		*v;
	size_t			 n;
	struct picks		 reading;
	struct feed_category_link *links;
	char			*catdir;
	bool			 made_catdir;
	bool			 begun;
	struct stale		*stale;
	size_t			 nstale;
	char			**stale_dirs;
	size_t			 nstale_dirs;
	size_t			 nfiles;	/* written and checked */
	long long		 bytes;
	struct catfeed_change	*changes;	/* what the publish changed */
	size_t			 nchanges;
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
			buf_addc(&b, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
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
	c->fid[c->nfmt] = FEED_ATOM;
	c->fmt[c->nfmt++] = &format_atom;
	c->fid[c->nfmt] = FEED_RSS;
	c->fmt[c->nfmt++] = &format_rss;
	if (st->json) {
		c->fid[c->nfmt] = FEED_JSON;
		c->fmt[c->nfmt++] = &format_json;
	}
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
	for (i = 0; i < NCATFMT; i++)
		cf->pend[i].fd = -1;
	picks_init(&cf->picks, c->st->max_entries);
	return 0;
}

int
catfeeds_offer(struct catfeeds *c, const char *path, const char *text,
    const struct record *r, const char *name, int64_t published,
    const struct when *updated)
{
	const struct span *cat;
	size_t		 i;

	/* Every category first: a bad record is in no category's picks. */
	for (i = 0; i < r->ncategories; i++)
		if (add(c, path, text, r->categories[i].p,
		    r->categories[i].n) == -1)
			return -1;
	for (i = 0; i < r->ncategories; i++) {
		cat = &r->categories[i];
		picks_offer(&find(c, cat->p, cat->n, fnv1a(cat->p,
		    cat->n))->picks, name, published, updated);
	}
	return 0;
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
	size_t	 k;

	for (k = 0; k < NCATFMT; k++)
		publish_abort(&cf->pend[k]);
	free(cf->text);
	free(cf->slug);
	free(cf->title);
	free(cf->id);
	free(cf->dir);
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
		for (k = 0; k < c->nfmt; k++)
			c->links[i].self[c->fid[k]] = self_url(c->st,
			    cf->slug, c->fmt[k]->filename);
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

/* Stats DIR, which must be a folder if it exists; returns 1 missing, 0, or -1 reported. */
static int
folder_there(const char *dir)
{
	struct stat	 st;

	if (lstat(dir, &st) == -1) {
		if (errno == ENOENT)
			return 1;
		msg_error(dir, 0, "cannot publish: %s; nothing was published",
		    strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		msg_error(dir, 0, "cannot publish the category feeds here: "
		    "not a folder; nothing was published");
		return -1;
	}
	return 0;
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

static void
no_report(void *ctx, const char *path)
{
	(void)ctx;
	(void)path;
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
	char		*dir, *path;
	size_t		 k;

	if ((d = opendir(c->catdir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || is_current(c, de->d_name))
			continue;
		dir = path_join(c->catdir, de->d_name);
		if (lstat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
			free(dir);
			continue;
		}
		/* What a killed build left there would keep the folder forever. */
		if (locked)
			(void)publish_cleanup(dir, files, 3, no_report, NULL);
		for (k = 0; k < sizeof(files) / sizeof(files[0]); k++) {
			path = path_join(dir, files[k]);
			if (lstat(path, &st) == 0 && (S_ISREG(st.st_mode) ||
			    S_ISLNK(st.st_mode))) {
				c->stale = xreallocarray(c->stale,
				    c->nstale + 1, sizeof(*c->stale));
				c->stale[c->nstale].final = path;
				c->stale[c->nstale].rel = rel_name(de->d_name,
				    files[k]);
				c->stale[c->nstale++].old = NULL;
			} else
				free(path);
		}
		c->stale_dirs = xreallocarray(c->stale_dirs,
		    c->nstale_dirs + 1, sizeof(*c->stale_dirs));
		c->stale_dirs[c->nstale_dirs++] = dir;
	}
	closedir(d);
}

int
catfeeds_begin(struct catfeeds *c, const char *outdir, const char *tmpdir,
    mode_t mode)
{
	static const char *const files[] = { "atom.xml", "rss.xml",
	    "feed.json" };
	struct catfeed	*cf;
	struct stat	 st;
	size_t		 i, k;
	int		 got;

	c->catdir = path_join(outdir, CATEGORY_DIR);
	c->begun = true;
	if ((got = folder_there(c->catdir)) == -1)
		return -1;
	if (got == 1 && tmpdir == NULL && c->n > 0) {
		if (make_dirs(c->catdir) == -1) {
			msg_error(c->catdir, 0, "cannot create folder: %s",
			    strerror(errno));
			return -1;
		}
		c->made_catdir = true;
	}
	find_stale(c, tmpdir == NULL);
	for (i = 0; i < c->n; i++) {
		cf = &c->v[i];
		cf->dir = path_join(c->catdir, cf->slug);
		if ((got = folder_there(cf->dir)) == -1)
			return -1;
		if (got == 1 && tmpdir == NULL) {
			if (make_dirs(cf->dir) == -1) {
				msg_error(cf->dir, 0, "cannot create folder: "
				    "%s", strerror(errno));
				return -1;
			}
			cf->made_dir = true;
		}
		/* Under the lock, as for the main files: see publish_cleanup. */
		if (tmpdir == NULL)
			(void)publish_cleanup(cf->dir, files, 3, no_report,
			    NULL);
		for (k = 0; k < c->nfmt; k++) {
			char *path = path_join(cf->dir, c->fmt[k]->filename);

			got = lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
			    !S_ISLNK(st.st_mode);
			if (got)
				msg_error(path, 0, "cannot publish: %s; nothing "
				    "was published", S_ISDIR(st.st_mode) ?
				    strerror(EISDIR) : "not a regular file");
			free(path);
			if (got)
				return -1;
			if (publish_begin(&cf->pend[k], cf->dir,
			    c->fmt[k]->filename, tmpdir, mode) == -1) {
				msg_error(tmpdir != NULL ? tmpdir : cf->dir, 0,
				    "cannot create a temporary file: %s",
				    strerror(errno));
				return -1;
			}
		}
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
		cf->written = 0;
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
		for (k = 0; k < c->nfmt; k++) {
			cf->head.self[c->fid[k]] = xstrdup(
			    c->links[i].self[c->fid[k]]);
			outbuf_init_fd_size(&cf->out[k], cf->pend[k].fd,
			    CAT_OUTBUF);
			cf->w[k] = c->fmt[k]->open(&cf->out[k], &cf->head);
		}
	}
}

void
catfeeds_entry(struct catfeeds *c, const struct entry *e)
{
	struct catfeed	*cf;
	size_t		 i, k;

	for (i = 0; i < e->ncategories; i++) {
		cf = find(c, e->categories[i].p, e->categories[i].n,
		    fnv1a(e->categories[i].p, e->categories[i].n));
		/* Its newest max-entries come first in the reading order. */
		if (cf == NULL || cf->written >= cf->picks.n)
			continue;
		for (k = 0; k < c->nfmt; k++)
			c->fmt[k]->entry(cf->w[k], e);
		cf->written++;
	}
}

int
catfeeds_close(struct catfeeds *c, bool preview)
{
	struct catfeed	*cf;
	size_t		 i, k;
	int		 rc = 0;

	for (i = 0; i < c->n; i++) {
		cf = &c->v[i];
		for (k = 0; k < c->nfmt; k++) {
			c->fmt[k]->close(cf->w[k]);
			cf->w[k] = NULL;
			if (outbuf_finish(&cf->out[k]) == -1 && rc == 0) {
				msg_error(preview ? cf->pend[k].tmp :
				    cf->pend[k].final, 0, "cannot write: %s; "
				    "nothing was published", strerror(errno));
				rc = -1;
			}
		}
		feed_head_free(&cf->head);
	}
	return rc;
}

int
catfeeds_rewind(struct catfeeds *c)
{
	struct pending	*p;
	size_t		 i, k;

	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->nfmt; k++) {
			p = &c->v[i].pend[k];
			if (lseek(p->fd, 0, SEEK_SET) == -1 ||
			    ftruncate(p->fd, 0) == -1) {
				msg_error(p->tmp, 0, "cannot write: %s; "
				    "nothing was published", strerror(errno));
				return -1;
			}
		}
	return 0;
}

int
catfeeds_check(struct catfeeds *c, bool warn)
{
	struct pending	*p;
	char		*rel;
	size_t		 i, k;
	int		 rc = 0;

	c->nfiles = 0;
	c->bytes = 0;
	for (i = 0; i < c->n && rc == 0; i++)
		for (k = 0; k < c->nfmt && rc == 0; k++) {
			p = &c->v[i].pend[k];
			c->nfiles++;
			c->bytes += (long long)publish_size(p);
			if (c->fmt[k]->unchecked)
				continue;
			rel = rel_name(c->v[i].slug, c->fmt[k]->filename);
			/* For tests: a category feed that fails its check. */
			if (test_hook("before-check", rel) == -1) {
				msg_error(p->final, 0, "cannot check: %s; "
				    "nothing was published", strerror(errno));
				rc = -1;
			} else if (check_output(p->tmp, p->final,
			    c->fmt[k]->name, warn &&
			    publish_change(p) != PUBLISH_SAME) == -1)
				rc = -1;
			free(rel);
		}
	return rc;
}

int
catfeeds_sync(struct catfeeds *c)
{
	size_t	 i, k;

	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->nfmt; k++)
			if (publish_sync(&c->v[i].pend[k]) == -1) {
				msg_error(c->v[i].pend[k].final, 0, "cannot "
				    "write: %s; nothing was published",
				    strerror(errno));
				return -1;
			}
	return 0;
}

int
catfeeds_keep_old(struct catfeeds *c)
{
	size_t	 i, k;

	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->nfmt; k++)
			if (publish_keep_old(&c->v[i].pend[k]) == -1) {
				msg_error(c->v[i].pend[k].final, 0, "cannot "
				    "publish: %s; nothing was published",
				    strerror(errno));
				return -1;
			}
	return 0;
}

/*
 * Moves stale file S out of the way, to ".NAME.old.XXXXXX" beside it
 * (what publish_cleanup removes if the build is killed), so that a
 * failed set can put it back.
 */
static int
move_away(struct stale *s)
{
	char	*slash = strrchr(s->final, '/');
	struct buf b;
	int	 fd;

	buf_init(&b);
	buf_add(&b, s->final, (size_t)(slash - s->final) + 1);
	buf_addc(&b, '.');
	buf_adds(&b, slash + 1);
	buf_adds(&b, ".old.XXXXXX");
	s->old = buf_steal(&b);
	if (test_hook("before-remove", s->rel) == -1 ||
	    (fd = mkstemp(s->old)) == -1) {
		free(s->old);
		s->old = NULL;
		return -1;
	}
	close(fd);
	if (rename(s->final, s->old) == -1) {
		int saved = errno;

		unlink(s->old);
		free(s->old);
		s->old = NULL;
		errno = saved;
		return -1;
	}
	return 0;
}

int
catfeeds_switch(struct catfeeds *c, const char **failed)
{
	size_t	 i, k;

	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->nfmt; k++)
			if (publish_rename(&c->v[i].pend[k]) == -1) {
				*failed = c->v[i].pend[k].final;
				return -1;
			}
	for (i = 0; i < c->nstale; i++)
		if (move_away(&c->stale[i]) == -1) {
			*failed = c->stale[i].final;
			return -1;
		}
	for (i = 0; i < c->n; i++)
		if (publish_sync_dir(c->v[i].dir) == -1) {
			*failed = c->v[i].dir;
			return -1;
		}
	for (i = 0; i < c->nstale_dirs; i++)
		if (publish_sync_dir(c->stale_dirs[i]) == -1) {
			*failed = c->stale_dirs[i];
			return -1;
		}
	if ((c->made_catdir || c->n > 0) && publish_sync_dir(c->catdir) == -1) {
		*failed = c->catdir;
		return -1;
	}
	return 0;
}

static void
add_change(struct catfeeds *c, const char *path, const char *what)
{
	c->changes = xreallocarray(c->changes, c->nchanges + 1,
	    sizeof(*c->changes));
	c->changes[c->nchanges].path = xstrdup(path);
	c->changes[c->nchanges].what = what;
	c->nchanges++;
}

const struct catfeed_change *
catfeeds_changes(const struct catfeeds *c, size_t *n)
{
	*n = c->nchanges;
	return c->changes;
}

int
catfeeds_undo(struct catfeeds *c)
{
	size_t	 i, k;
	int	 rc = 0;

	for (i = c->nstale; i-- > 0; ) {
		struct stale *s = &c->stale[i];

		if (s->old == NULL)
			continue;
		if (rename(s->old, s->final) == -1) {
			msg_error(s->final, 0, "cannot restore the old file: "
			    "%s; it is gone until the next build",
			    strerror(errno));
			rc = -1;
		} else {
			free(s->old);
			s->old = NULL;
		}
	}
	for (i = c->n; i-- > 0; )
		for (k = c->nfmt; k-- > 0; )
			if (publish_undo(&c->v[i].pend[k]) == -1) {
				msg_error(c->v[i].pend[k].final, 0, "cannot "
				    "restore the old file: %s; the new one "
				    "stays until the next build",
				    strerror(errno));
				rc = -1;
			}
	return rc;
}

void
catfeeds_end(struct catfeeds *c, bool published)
{
	size_t	 i, k;

	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->nfmt; k++) {
			if (published && c->v[i].pend[k].renamed)
				add_change(c, c->v[i].pend[k].final,
				    c->v[i].pend[k].change == PUBLISH_NEW ?
				    "created" : "replaced");
			if (published)
				publish_finish(&c->v[i].pend[k]);
			else
				publish_abort(&c->v[i].pend[k]);
		}
	for (i = 0; i < c->nstale; i++) {
		if (published && c->stale[i].old != NULL)
			add_change(c, c->stale[i].final, "removed");
		if (c->stale[i].old != NULL)
			unlink(c->stale[i].old);
		free(c->stale[i].old);
		c->stale[i].old = NULL;
	}
	/* Empty folders go: a removed category's, or one made for nothing. */
	for (i = 0; i < c->nstale_dirs && published; i++)
		(void)rmdir(c->stale_dirs[i]);
	for (i = 0; i < c->n && !published; i++)
		if (c->v[i].made_dir)
			(void)rmdir(c->v[i].dir);
	if (!published && c->made_catdir)
		(void)rmdir(c->catdir);
	if (published && c->n == 0 && c->catdir != NULL)
		(void)rmdir(c->catdir);
	c->made_catdir = false;
	for (i = 0; i < c->n; i++)
		c->v[i].made_dir = false;
}

size_t
catfeeds_preview(struct catfeeds *c, FILE *f)
{
	static const char *const what[] = {
		[PUBLISH_NEW] = "would be created",
		[PUBLISH_CHANGED] = "would be replaced",
		[PUBLISH_SAME] = "unchanged",
	};
	struct catfeed	*cf;
	size_t		 i, k, would = c->nstale;

	for (i = 0; i < c->n; i++) {
		cf = &c->v[i];
		for (k = 0; k < c->nfmt; k++) {
			would += publish_change(&cf->pend[k]) != PUBLISH_SAME;
			fprintf(f, "%s: %s (%zu %s, %lld bytes)\n",
			    cf->pend[k].final,
			    what[publish_change(&cf->pend[k])], cf->written,
			    cf->written == 1 ? "entry" : "entries",
			    (long long)publish_size(&cf->pend[k]));
		}
	}
	for (i = 0; i < c->nstale; i++)
		fprintf(f, "%s: would be removed (no record has its "
		    "category)\n", c->stale[i].final);
	return would;
}

void
catfeeds_count(const struct catfeeds *c, size_t *files, long long *bytes)
{
	*files = c->nfiles;
	*bytes = c->bytes;
}

void
catfeeds_free(struct catfeeds *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	if (c->begun)
		catfeeds_end(c, false);
	for (i = 0; i < c->n; i++) {
		size_t	 k;

		catfeed_free(&c->v[i]);
		if (c->links != NULL)
			for (k = 0; k < FEED_NFORMATS; k++)
				free(c->links[i].self[k]);
	}
	free(c->v);
	free(c->links);
	for (i = 0; i < c->nchanges; i++)
		free(c->changes[i].path);
	free(c->changes);
	picks_free(&c->reading);
	free(c->catdir);
	for (i = 0; i < c->nstale; i++) {
		free(c->stale[i].final);
		free(c->stale[i].rel);
		free(c->stale[i].old);
	}
	free(c->stale);
	for (i = 0; i < c->nstale_dirs; i++)
		free(c->stale_dirs[i]);
	free(c->stale_dirs);
	free(c);
}

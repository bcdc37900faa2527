/*
 * hub_pending: remembering the hubs not told (see hub_pending.h).
 *
 * The file is a first line naming it, then one "HUB<TAB>FEED" line per
 * feed a hub was not told of. Both are URLs from feed.conf and the
 * build's feed-url, which hold no tab or line break. It is replaced as
 * every published file is (publish.c: a temporary file, synced, renamed),
 * and removed when nothing is pending.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hub_pending.h"
#include "lock.h"
#include "publish.h"
#include "test_hook.h"
#include "util.h"
#include "websub.h"

#define HEADER		"# feedwright: WebSub hubs not yet told of a feed " \
			"(hub URL, tab, feed URL)\n"
/* Far beyond any real list (hubs times feeds); a larger file is damaged. */
#define PENDING_MAX	(4L << 20)

struct row {
	const char	*hub;
	const char	*topic;
};

/*
 * Rows in the order added, each once, with a hash index: a file of tens
 * of thousands of rows (under PENDING_MAX) is read, and looked up while
 * every hub's row is, in linear time. A set of feeds alone is rows whose
 * hub is "".
 */
struct rows {
	struct buf	 text;		/* the file read; rows point into it */
	struct row	*v;
	size_t		 n, cap;
	size_t		*slot;		/* 1 + the row's index; 0: empty */
	size_t		 nslot;		/* 0, or a power of two over 2 n */
};

static void
rows_init(struct rows *r)
{
	buf_init(&r->text);
	r->v = NULL;
	r->n = r->cap = 0;
	r->slot = NULL;
	r->nslot = 0;
}

static void
rows_free(struct rows *r)
{
	buf_free(&r->text);
	free(r->v);
	free(r->slot);
	rows_init(r);
}

/* The slot of the row (HUB, TOPIC), or the empty one where it would go. */
static size_t
rows_slot(const struct rows *r, const char *hub, const char *topic)
{
	const struct row *w;
	size_t		 j;

	j = (size_t)hash_bytes(topic, strlen(topic),
	    hash_bytes(hub, strlen(hub), 0)) & (r->nslot - 1);
	while (r->slot[j] != 0) {
		w = &r->v[r->slot[j] - 1];
		if (strcmp(w->topic, topic) == 0 && strcmp(w->hub, hub) == 0)
			break;
		j = (j + 1) & (r->nslot - 1);
	}
	return j;
}

static bool
rows_has(const struct rows *r, const char *hub, const char *topic)
{
	return r->nslot > 0 && r->slot[rows_slot(r, hub, topic)] != 0;
}

/* Adds the row (HUB, TOPIC), kept not copied, unless R has it already. */
static void
rows_add(struct rows *r, const char *hub, const char *topic)
{
	size_t	 i, j;

	if (2 * (r->n + 1) > r->nslot) {
		free(r->slot);
		r->nslot = r->nslot == 0 ? 32 : r->nslot * 2;
		r->slot = xcalloc(r->nslot, sizeof(*r->slot));
		for (i = 0; i < r->n; i++)
			r->slot[rows_slot(r, r->v[i].hub, r->v[i].topic)] =
			    i + 1;
	}
	if (r->slot[j = rows_slot(r, hub, topic)] != 0)
		return;
	if (r->n == r->cap) {
		r->cap = r->cap == 0 ? 16 : r->cap * 2;
		r->v = xreallocarray(r->v, r->cap, sizeof(*r->v));
	}
	r->v[r->n].hub = hub;
	r->v[r->n].topic = topic;
	r->slot[j] = ++r->n;
}

/* The set of the feeds V[0..n). */
static void
feeds_set(struct rows *r, const char *const *v, size_t n)
{
	size_t	 i;

	rows_init(r);
	for (i = 0; i < n; i++)
		rows_add(r, "", v[i]);
}

/*
 * Splits the file read into rows. Returns 0, or the line found damaged
 * (what is wrong in *why).
 */
static unsigned long
rows_parse(struct rows *r, const char **why)
{
	char		*p = r->text.data, *end = p + r->text.len, *nl, *tab;
	unsigned long	 line = 1;

	if (r->text.len < sizeof(HEADER) - 1 ||
	    memcmp(p, HEADER, sizeof(HEADER) - 1) != 0) {
		*why = "not a list of hubs not told";
		return 1;
	}
	for (p += sizeof(HEADER) - 1; p < end; p = nl + 1) {
		line++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL) {
			*why = "a line cut short";
			return line;
		}
		*nl = '\0';
		tab = strchr(p, '\t');
		if (tab == NULL || tab == p || tab[1] == '\0' ||
		    strchr(tab + 1, '\t') != NULL || strchr(p, '\r') != NULL ||
		    memchr(p, '\0', (size_t)(nl - p)) != NULL) {
			*why = "a line that is not a hub and a feed";
			return line;
		}
		*tab = '\0';
		rows_add(r, p, tab + 1);
	}
	return 0;
}

/*
 * Reads the file at PATH into R (no file: no rows). Returns 0; or -1,
 * R empty, when it is damaged or cannot be read (with WARN, said so).
 */
static int
rows_read(const char *path, struct rows *r, bool warn)
{
	const char	*why;
	unsigned long	 line;

	rows_init(r);
	if (read_file(path, PENDING_MAX, &r->text) == -1) {
		if (errno == ENOENT) {
			rows_free(r);
			return 0;
		}
		if (warn)
			msg_warn(path, 0, "cannot read: %s; every hub is told "
			    "of every feed", errno == EINVAL ?
			    "not a regular file" : errno == EFBIG ?
			    "too large" : strerror(errno));
		rows_free(r);
		return -1;
	}
	if ((line = rows_parse(r, &why)) != 0) {
		if (warn)
			msg_warn(path, line, "damaged (%s); every hub is told "
			    "of every feed", why);
		rows_free(r);
		return -1;
	}
	return 0;
}

/*
 * Which file PATH is: its identity, or none. publish.c replaces it by
 * renaming a new file over it, so another build's write changes this.
 */
struct file_id {
	bool		 exists;
	struct stat	 st;
};

static void
file_id_take(const char *path, struct file_id *id)
{
	memset(id, 0, sizeof(*id));
	id->exists = stat(path, &id->st) == 0;
}

static bool
file_id_same(const struct file_id *a, const struct file_id *b)
{
	if (!a->exists || !b->exists)
		return a->exists == b->exists;
	return file_same(&a->st, &b->st);
}

static bool
listed(const char *const *v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return true;
	return false;
}

/* Adds TOPIC to T[*k] unless IN, the set of those in T, has it. */
static void
take(struct rows *in, const char **t, size_t *k, const char *topic)
{
	size_t	 n = in->n;

	rows_add(in, "", topic);
	if (in->n > n)
		t[(*k)++] = topic;
}

/*
 * The feeds hub H is to be told of, into T (room for every published
 * feed): the changed ones (ALL: every published one), then those it was
 * not told of before that are still published, each once.
 */
static size_t
topics_of(const struct hub_notice *n, const char *h, const struct rows *old,
    bool all, const char **t)
{
	const char *const	*from = all ? n->published : n->changed;
	struct rows		 in;
	size_t			 i, k = 0, nfrom = all ? n->npublished :
				    n->nchanged;

	rows_init(&in);
	for (i = 0; i < nfrom; i++)
		take(&in, t, &k, from[i]);
	for (i = 0; i < n->npublished; i++)
		if (rows_has(old, h, n->published[i]))
			take(&in, t, &k, n->published[i]);
	rows_free(&in);
	return k;
}

/* With -v: what the file held that no hub is told of any more. */
static void
tell_forgotten(const struct hub_notice *n, const char *path,
    const struct rows *old, const struct rows *pub)
{
	size_t	 i;

	for (i = 0; i < old->n; i++) {
		if (!listed((const char *const *)n->hubs, n->nhubs,
		    old->v[i].hub))
			msg_error(path, 0, "hub %s is no longer in %s; it is "
			    "not told of %s", old->v[i].hub, n->conf_path,
			    old->v[i].topic);
		else if (!rows_has(pub, "", old->v[i].topic))
			msg_error(path, 0, "%s is no longer published; hub %s "
			    "is not told of it", old->v[i].topic,
			    old->v[i].hub);
	}
}

/*
 * What is pending after this build: for each hub of feed.conf, in order,
 * the feeds it was not told of now, and those the file holds NOW (another
 * build may have added some) that are published (in PUB) and were not
 * told now. REPLACED: another build wrote the file since this one read
 * it, and may have changed a feed since this build told a hub of it, then
 * failed to tell; its rows are kept even when told now (at worst a hub is
 * told twice).
 */
static void
pending_after(const struct hub_notice *n, const struct websub_hub *h,
    const struct rows *now, bool replaced, const struct rows *pub,
    struct rows *next)
{
	struct rows	 asked;
	size_t		 i, k;

	rows_init(&asked);
	for (i = 0; i < n->nhubs; i++)
		for (k = 0; k < h[i].ntopics; k++)
			rows_add(&asked, h[i].url, h[i].topics[k]);
	for (i = 0; i < n->nhubs; i++) {
		if (!h[i].told)
			for (k = 0; k < h[i].ntopics; k++)
				rows_add(next, h[i].url, h[i].topics[k]);
		for (k = 0; k < now->n; k++)
			if (strcmp(now->v[k].hub, h[i].url) == 0 &&
			    rows_has(pub, "", now->v[k].topic) &&
			    (replaced ||
			    !rows_has(&asked, h[i].url, now->v[k].topic)))
				rows_add(next, h[i].url, now->v[k].topic);
	}
	rows_free(&asked);
}

/* Replaces the file at PATH with ROWS, or removes it when there are none. */
static int
rows_write(const char *dir, const char *path, const struct rows *r)
{
	struct pending	 p;
	struct buf	 b;
	size_t		 i;
	bool		 changed;
	int		 saved;

	if (r->n == 0) {
		if (unlink(path) == -1)
			return errno == ENOENT ? 0 : -1;
		/* Made durable as a write is: after a crash, no hub told twice. */
		return publish_sync_dir(dir);
	}
	if (publish_begin(&p, dir, HUB_PENDING_FILE, NULL, 0644) == -1)
		return -1;
	/*
	 * Replaced even by the same bytes: another build asking hubs
	 * meanwhile knows by the file's identity that it was written.
	 */
	p.change = PUBLISH_CHANGED;
	buf_init(&b);
	buf_adds(&b, HEADER);
	for (i = 0; i < r->n; i++) {
		buf_adds(&b, r->v[i].hub);
		buf_addc(&b, '\t');
		buf_adds(&b, r->v[i].topic);
		buf_addc(&b, '\n');
	}
	if (write_full(p.fd, b.data, b.len) == -1) {
		saved = errno;
		buf_free(&b);
		publish_abort(&p);
		errno = saved;
		return -1;
	}
	buf_free(&b);
	return publish_commit(&p, &changed);
}

/* What a build owes its hubs, from its publishing to their answers. */
struct hub_owed {
	struct hub_notice	 n;		/* pointing into what follows */
	char			*feeddir, *conf_path, *lock_path;
	char			**hubs;
	unsigned long		*lines;
	char			**topics;	/* changed, then published */
	char			*path;		/* the pending file */
	struct websub_hub	*h;
	const char		**t;		/* the hubs' topics */
	struct rows		 pub;		/* the feeds published */
	struct file_id		 id;		/* the file as the build left it */
	bool			 written;	/* it holds every hub as untold */
	bool			 asked;		/* a hub is to be told */
	bool			 had_rows;	/* it held rows, or was damaged */
};

/* A copy of N, all of it owned by O: N's owner may be freed before O. */
static void
owed_copy(struct hub_owed *o, const struct hub_notice *n)
{
	size_t	 i, nt = n->nchanged + n->npublished;

	o->n = *n;
	o->n.feeddir = o->feeddir = xstrdup(n->feeddir);
	o->n.conf_path = o->conf_path = xstrdup(n->conf_path);
	o->n.lock_path = o->lock_path = xstrdup(n->lock_path);
	o->hubs = xcalloc(n->nhubs + 1, sizeof(*o->hubs));
	o->lines = xcalloc(n->nhubs + 1, sizeof(*o->lines));
	for (i = 0; i < n->nhubs; i++) {
		o->hubs[i] = xstrdup(n->hubs[i]);
		o->lines[i] = n->lines[i];
	}
	o->n.hubs = o->hubs;
	o->n.lines = o->lines;
	o->topics = xcalloc(nt + 1, sizeof(*o->topics));
	for (i = 0; i < nt; i++)
		o->topics[i] = xstrdup(i < n->nchanged ? n->changed[i] :
		    n->published[i - n->nchanged]);
	o->n.changed = (const char *const *)o->topics;
	o->n.published = (const char *const *)o->topics + n->nchanged;
}

static void
owed_free(struct hub_owed *o)
{
	size_t	 i;

	for (i = 0; i < o->n.nhubs; i++)
		free(o->hubs[i]);
	for (i = 0; i < o->n.nchanged + o->n.npublished; i++)
		free(o->topics[i]);
	free(o->hubs);
	free(o->lines);
	free(o->topics);
	free(o->feeddir);
	free(o->conf_path);
	free(o->lock_path);
	free(o->path);
	free(o->h);
	free(o->t);
	rows_free(&o->pub);
	free(o);
}

/*
 * Under the build's lock, taken again once the hubs were asked (FAILED of
 * them were not told): the file as this build leaves it. Should that
 * fail, the rows written ahead still name every hub asked (at worst one
 * is told twice); without them, the hubs not told are lost.
 */
static void
remember(const struct hub_owed *o, size_t failed)
{
	const struct hub_notice *n = &o->n;
	struct lock	 lk = { -1 };
	struct rows	 now, next;
	struct file_id	 id;
	const char	*why;
	int		 r;

	if ((r = lock_take(&lk, n->lock_path, n->wait_ms)) != 0) {
		why = r == 1 ? "another build of this feed holds the lock" :
		    strerror(errno);
		if (failed > 0 && !o->written)
			msg_error(o->path, 0, "cannot update: %s; the hubs not "
			    "told are not remembered", why);
		else if (n->warn)
			msg_warn(o->path, 0, "cannot update: %s; the next "
			    "build tells the hubs again", why);
		return;
	}
	/* Damaged now too: it was said, and is replaced. */
	file_id_take(o->path, &id);
	(void)rows_read(o->path, &now, false);
	rows_init(&next);
	pending_after(n, o->h, &now, !file_id_same(&o->id, &id), &o->pub,
	    &next);
	if (rows_write(n->feeddir, o->path, &next) == -1) {
		if (next.n > 0 && !o->written)
			msg_error(o->path, 0, "cannot write: %s; the hubs not "
			    "told are not remembered", strerror(errno));
		else if (n->warn)
			msg_warn(o->path, 0, "cannot %s: %s; the next build "
			    "tells the hubs again", next.n > 0 ? "write" :
			    "remove", strerror(errno));
	}
	rows_free(&next);
	rows_free(&now);
	lock_release(&lk);
}

/*
 * Under the lock, before the hubs are asked: the file holds each hub to
 * be told as not told, with what it held, so that a build stopped or
 * killed while it waits on a hub leaves them to the next build; at worst
 * a hub is told twice.
 */
static void
write_ahead(struct hub_owed *o, const struct rows *old)
{
	struct rows	 next;

	rows_init(&next);
	pending_after(&o->n, o->h, old, false, &o->pub, &next);
	if (rows_write(o->n.feeddir, o->path, &next) == 0)
		o->written = true;
	else if (o->n.warn)
		msg_warn(o->path, 0, "cannot write: %s; if this build is "
		    "stopped before the hubs answer, they are not told",
		    strerror(errno));
	rows_free(&next);
}

struct hub_owed *
hub_pending_owe(const struct hub_notice *n)
{
	struct hub_owed	*o;
	struct rows	 old;
	size_t		 i, asked = 0;
	bool		 all;

	o = xcalloc(1, sizeof(*o));
	owed_copy(o, n);
	n = &o->n;
	o->path = path_join(n->feeddir, HUB_PENDING_FILE);
	/* No hub to tell: a damaged file is only removed. */
	all = rows_read(o->path, &old, n->warn && n->nhubs > 0) == -1 ||
	    n->tell_all;
	o->had_rows = old.n > 0 || all;
	feeds_set(&o->pub, n->published, n->npublished);
	if (n->verbose)
		tell_forgotten(n, o->path, &old, &o->pub);
	o->h = xcalloc(n->nhubs + 1, sizeof(*o->h));
	o->t = xcalloc(n->nhubs * n->npublished + 1, sizeof(*o->t));
	for (i = 0; i < n->nhubs; i++) {
		o->h[i].url = n->hubs[i];
		o->h[i].line = n->lines[i];
		o->h[i].topics = o->t + i * n->npublished;
		o->h[i].ntopics = topics_of(n, n->hubs[i], &old, all,
		    o->t + i * n->npublished);
		if (o->h[i].ntopics > 0)
			asked++;
	}
	/* Only what there is to tell is written ahead. */
	if ((o->asked = asked > 0))
		write_ahead(o, &old);
	rows_free(&old);
	/* Nothing to tell, nothing to forget: the file is not looked at again. */
	if (asked == 0 && !o->had_rows) {
		owed_free(o);
		return NULL;
	}
	/* Under the lock still: a file replaced after this is another's. */
	file_id_take(o->path, &o->id);
	return o;
}

bool
hub_pending_ahead(const struct hub_owed *o)
{
	return !o->asked || o->written;
}

size_t
hub_pending_tell(struct hub_owed *o)
{
	size_t	 failed;

	failed = websub_notify(o->n.conf_path, o->h, o->n.nhubs,
	    o->n.verbose);
	/* Nothing was pending and nothing is: the file is not looked at again. */
	if (failed > 0 || o->written || o->had_rows) {
		(void)test_hook("hubs-told", NULL);
		remember(o, failed);
	}
	owed_free(o);
	return failed;
}

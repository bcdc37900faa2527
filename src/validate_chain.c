/*
 * validate_chain: "validate --chain FILE", an RFC 5005 archive chain
 * walked among local files. FILE is the subscription document (or any
 * document of the chain); its self link's URL, up to its last "/", is the
 * base, mapped to FILE's folder: a prev-archive URL that starts with the
 * base names the file at the rest of the URL in that folder. Nothing is
 * fetched; a URL elsewhere is refused. Each document is validated as
 * "validate" would, and then the links between them are checked. Only
 * two documents' keys are held at once, and a hash per entry id.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "feed_keys.h"
#include "uri.h"
#include "util.h"
#include "validate_history.h"
#include "validate_int.h"

/* One document of the chain, as long as it is needed. */
struct doc {
	char		*path;
	char		*url;		/* the URL it was reached by */
	struct report	 rep;
	struct feed_keys k;
	bool		 read;		/* k holds its keys */
	bool		 json;		/* not read: a JSON Feed */
};

/* Entry id hashes of the archives, each with the document it is in. */
struct idmap {
	uint64_t	*h;		/* 0: empty */
	size_t		*doc;
	size_t		 n, cap;
};

/* The newest entry of the first archive, kept for the end of the walk. */
struct newest {
	char		*id, *when;
	int64_t		 when_t;
	unsigned long	 line;
	bool		 set;
};

struct chain {
	struct validator *v;
	chain_emit_fn	 emit;
	void		*arg;
	char		*base, *dir;	/* URL prefix, and the folder it maps to */
	char		**paths;	/* of the documents met, in order */
	size_t		 ndocs;
	struct report	*reps;		/* theirs, given to emit at the end */
	size_t		 nreps;
	struct hashset	 visited;	/* real paths met */
	struct idmap	 archived;
	/* The subscription document: its keys, and which were archived. */
	struct feed_keys sub;
	bool		 has_sub;
	struct idmap	 sub_ids;	/* id hash -> index in sub */
	bool		*superseded;
	struct newest	 first;
	int		 status;
};

static uint64_t
hash_str(const char *s)
{
	uint64_t h = hash_bytes(s, strlen(s), 0);

	return h == 0 ? 1 : h;
}

/* The document that holds H already, or SIZE_MAX; else adds it as DOC. */
static size_t
idmap_add(struct idmap *m, uint64_t h, size_t doc)
{
	struct idmap	 b;
	size_t		 i;

	if ((m->n + 1) * 2 > m->cap) {
		b.cap = m->cap ? m->cap * 2 : 256;
		b.n = 0;
		b.h = xcalloc(b.cap, sizeof(*b.h));
		b.doc = xcalloc(b.cap, sizeof(*b.doc));
		for (i = 0; i < m->cap; i++)
			if (m->h[i] != 0)
				idmap_add(&b, m->h[i], m->doc[i]);
		free(m->h);
		free(m->doc);
		*m = b;
	}
	for (i = (size_t)(h & (m->cap - 1)); m->h[i] != 0;
	    i = (i + 1) & (m->cap - 1))
		if (m->h[i] == h)
			return m->doc[i];
	m->h[i] = h;
	m->doc[i] = doc;
	m->n++;
	return SIZE_MAX;
}

/* The base: the self link up to its last "/" (before any query). */
static char *
base_of(const char *self)
{
	const char	*p, *end, *slash = NULL;

	p = strstr(self, "://");
	if (p == NULL)
		return NULL;
	p = strchr(p + 3, '/');
	if (p == NULL)
		return NULL;
	end = p + strcspn(p, "?#");
	for (; p < end; p++)
		if (*p == '/')
			slash = p;
	return xstrndup(self, (size_t)(slash - self) + 1);
}

/*
 * The file that URL names under the base, or NULL: a URL outside it, with
 * a query or fragment, or whose rest climbs out (a ".." or empty segment).
 * Both are compared in their normal form (RFC 3986 6.2.2, 6.2.3): the
 * host in any case and the scheme's own port name the same place.
 */
static char *
file_of(struct chain *ch, const char *url)
{
	const char	*rest, *p;
	char		*file = NULL;
	size_t		 n = strlen(ch->base);
	struct buf	 u;

	buf_init_empty(&u);
	uri_normalize(&u, url);
	if (strncmp(u.data, ch->base, n) != 0)
		goto out;
	rest = u.data + n;
	/* "//" would make "/etc/passwd" of the rest: no empty segment. */
	if (*rest == '\0' || *rest == '/' || strstr(rest, "//") != NULL ||
	    strpbrk(rest, "?#") != NULL)
		goto out;
	for (p = rest; *p != '\0'; p += strcspn(p, "/"), p += *p == '/')
		if (strncmp(p, "..", 2) == 0 && (p[2] == '/' || p[2] == '\0'))
			goto out;
	file = strcmp(ch->dir, ".") == 0 ? xstrdup(rest) :
	    path_join(ch->dir, rest);
out:
	buf_free(&u);
	return file;
}

/*
 * HREF resolved against the URL of the document it is in (RFC 3986 5.2),
 * which feed_keys left it relative to: it resolved any xml:base already.
 */
static char *
resolve(const char *href, const char *base)
{
	struct buf	 u;

	buf_init_empty(&u);
	uri_resolve(&u, href, base);
	return buf_steal(&u);
}

/*
 * D is done with: its report is kept for the end (the first archive's
 * may still get a problem), its keys freed, but for the subscription
 * document's, which the walk keeps.
 */
static void
doc_done(struct chain *ch, struct doc *d)
{
	size_t	 i;

	ch->reps = xreallocarray(ch->reps, ch->nreps + 1, sizeof(*ch->reps));
	ch->reps[ch->nreps++] = d->rep;
	if (d->read && ch->nreps == 1 && !d->k.archive) {
		ch->sub = d->k;
		ch->has_sub = true;
		ch->superseded = xcalloc(ch->sub.n + 1, sizeof(bool));
		for (i = 0; i < ch->sub.n; i++)
			if (ch->sub.e[i].id != NULL)
				idmap_add(&ch->sub_ids,
				    hash_str(ch->sub.e[i].id), i);
	} else if (d->read)
		feed_keys_free(&d->k);
	free(d->path);
	free(d->url);
	memset(d, 0, sizeof(*d));
}

/*
 * Validates D's file and reads its keys: 1, or 0 if it is not a feed
 * (its report says why), -1 if it could not be read at all.
 */
static int
doc_read(struct chain *ch, struct doc *d)
{
	report_init(&d->rep, d->path);
	if (validator_check(ch->v, d->path, FORMAT_ANY, &d->rep) == -1)
		return -1;
	if (feed_keys_read_bounded(d->path, &d->k) == -1) {
		d->json = d->k.json;
		/* Past the limits, the check has said so: this read stops too. */
		if (d->k.too_large && report_ok(&d->rep, true))
			report_add(&d->rep, d->k.err_line, d->k.err_col,
			    RULE_TOO_LARGE, "%s", d->k.err);
		feed_keys_free(&d->k);
		/* A JSON Feed is a feed: the caller says what --chain lacks. */
		if (report_ok(&d->rep, true) && !d->json)
			report_add(&d->rep, 0, 0, RULE_UNKNOWN_FORMAT,
			    "not an Atom 1.0 or RSS 2.0 feed");
		return 0;
	}
	d->read = true;
	return 1;
}

/*
 * A's entry ids into the chain's map: an id already in an archive is an
 * error; one in the subscription document is the newer copy of an edited
 * entry, which supersedes it (RFC 5005 4.2).
 */
static void
check_ids(struct chain *ch, struct doc *a, size_t index)
{
	const struct entry_keys *e;
	size_t		 i, at;

	for (i = 0; i < a->k.n; i++) {
		e = &a->k.e[i];
		if (e->id == NULL)
			continue;
		at = idmap_add(&ch->archived, hash_str(e->id), index);
		if (at == SIZE_MAX)
			continue;
		if (at == index)
			report_add(&a->rep, e->id_line, 1,
			    RULE_CHAIN_DUPLICATE_ID, "entry id \"%s\" is "
			    "twice in this archive document", e->id);
		else
			report_add(&a->rep, e->id_line, 1,
			    RULE_CHAIN_DUPLICATE_ID, "entry id \"%s\" is also "
			    "in the archive document %s: an entry is archived "
			    "once", e->id, ch->paths[at]);
	}
}

/* The ids of K, for "in the other document" below. */
static void
ids_of(const struct feed_keys *k, struct hashset *s)
{
	size_t	 i;

	for (i = 0; i < k->n; i++)
		if (k->e[i].id != NULL)
			hashset_add(s, hash_str(k->e[i].id));
}

static bool
has_id(struct hashset *s, const char *id)
{
	uint64_t	 h;
	size_t		 i;

	if (id == NULL || s->cap == 0)
		return false;
	h = hash_str(id);
	for (i = (size_t)(h & (s->cap - 1)); s->slot[i] != 0;
	    i = (i + 1) & (s->cap - 1))
		if (s->slot[i] == h)
			return true;
	return false;
}

/* The newest entry of A that is not in the set SKIP; NULL if none. */
static const struct entry_keys *
newest_of(const struct feed_keys *a, struct hashset *skip)
{
	const struct entry_keys *newest = NULL, *e;
	size_t		 i;

	for (i = 0; i < a->n; i++) {
		e = &a->e[i];
		if (e->has_when && !has_id(skip, e->id) &&
		    (newest == NULL || e->when_t > newest->when_t))
			newest = e;
	}
	return newest;
}

static void
order_problem(struct report *rep, const struct entry_keys *newest,
    const char *newest_when, const struct entry_keys *oldest,
    const char *dpath)
{
	report_add(rep, newest->line, 1, RULE_CHAIN_DATE_ORDER, "entry \"%s\" "
	    "(%s) is newer than \"%s\" (%s) of %s, whose prev-archive leads "
	    "here: going back, entries get older",
	    newest->id != NULL ? newest->id : "", newest_when,
	    oldest->id != NULL ? oldest->id : "", oldest->when, dpath);
}

/*
 * Going back, entries get older: the newest of archive A is not newer
 * than the oldest of D, the document that links to it, leaving out the
 * entries both hold. Dates are published (else updated) in Atom, pubDate
 * in RSS. When D is the subscription document, an entry of it that any
 * archive holds is the newer copy of an edited entry and does not count:
 * that check waits for the end of the walk (chain_finish).
 */
static void
check_order(struct chain *ch, struct doc *d, struct doc *a)
{
	const struct entry_keys *newest, *oldest = NULL, *e;
	struct hashset	 in_d, in_a;
	size_t		 i;

	memset(&in_d, 0, sizeof(in_d));
	memset(&in_a, 0, sizeof(in_a));
	ids_of(&d->k, &in_d);
	ids_of(&a->k, &in_a);
	newest = newest_of(&a->k, &in_d);
	if (ch->nreps == 0 && !d->k.archive) {
		if (newest != NULL) {
			ch->first.id = xstrdup(newest->id != NULL ?
			    newest->id : "");
			ch->first.when = xstrdup(newest->when);
			ch->first.when_t = newest->when_t;
			ch->first.line = newest->line;
			ch->first.set = true;
		}
	} else if (newest != NULL) {
		for (i = 0; i < d->k.n; i++) {
			e = &d->k.e[i];
			if (e->has_when && !has_id(&in_a, e->id) &&
			    (oldest == NULL || e->when_t < oldest->when_t))
				oldest = e;
		}
		if (oldest != NULL && newest->when_t > oldest->when_t)
			order_problem(&a->rep, newest, newest->when, oldest,
			    d->path);
	}
	hashset_free(&in_d);
	hashset_free(&in_a);
}

/* A's entries that the subscription document holds a newer copy of. */
static void
mark_superseded(struct chain *ch, const struct doc *a)
{
	struct idmap	*m = &ch->sub_ids;
	uint64_t	 h;
	size_t		 i, j;

	if (!ch->has_sub || m->cap == 0)
		return;
	for (i = 0; i < a->k.n; i++) {
		if (a->k.e[i].id == NULL)
			continue;
		h = hash_str(a->k.e[i].id);
		for (j = (size_t)(h & (m->cap - 1)); m->h[j] != 0;
		    j = (j + 1) & (m->cap - 1))
			if (m->h[j] == h) {
				ch->superseded[m->doc[j]] = true;
				break;
			}
	}
}

/* The check check_order left for the end: subscription, first archive. */
static void
chain_finish(struct chain *ch)
{
	const struct entry_keys *oldest = NULL, *e;
	struct entry_keys newest;
	size_t		 i;

	if (!ch->has_sub || !ch->first.set || ch->nreps < 2)
		return;
	for (i = 0; i < ch->sub.n; i++) {
		e = &ch->sub.e[i];
		if (e->has_when && !ch->superseded[i] &&
		    (oldest == NULL || e->when_t < oldest->when_t))
			oldest = e;
	}
	if (oldest == NULL || ch->first.when_t <= oldest->when_t)
		return;
	memset(&newest, 0, sizeof(newest));
	newest.id = ch->first.id;
	newest.line = ch->first.line;
	order_problem(&ch->reps[1], &newest, ch->first.when, oldest,
	    ch->reps[0].name);
}

/* REAL, a resolved path, names a file inside the folder DIR. */
static bool
inside(const char *dir, const char *real)
{
	char	 rdir[PATH_MAX];
	size_t	 n;

	if (realpath(dir, rdir) == NULL)
		return false;
	n = strlen(rdir);
	if (n > 0 && rdir[n - 1] == '/')	/* the root folder */
		return strncmp(real, rdir, n) == 0;
	return strncmp(real, rdir, n) == 0 && real[n] == '/';
}

/*
 * Follows D's prev-archive to the next document, into A; false when the
 * chain ends there (at its end, or at a problem reported in D).
 */
static bool
follow(struct chain *ch, struct doc *d, struct doc *a)
{
	char		*url, *path, real[PATH_MAX];
	struct stat	 sb;

	if (d->k.prev_archive == NULL)
		return false;
	url = resolve(d->k.prev_archive, d->url);
	if ((path = file_of(ch, url)) == NULL) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_CHAIN_OUTSIDE,
		    "prev-archive \"%s\" is outside %s, the folder of the "
		    "self link, which is mapped to %s/: --chain reads files "
		    "there only and fetches nothing", url, ch->base, ch->dir);
		free(url);
		return false;
	}
	if (realpath(path, real) == NULL) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_CHAIN_BROKEN,
		    "prev-archive \"%s\" is the file %s, which cannot be "
		    "opened: %s", url, path, strerror(errno));
		free(url);
		free(path);
		return false;
	}
	/*
	 * A symbolic link planted in the folder (an unpacked archive's
	 * archive-1.xml -> /etc/passwd) would have --chain read a file the
	 * user never put there: the file must be in the folder, links or not.
	 */
	if (!inside(ch->dir, real)) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_CHAIN_BROKEN,
		    "prev-archive \"%s\" is the file %s, a symbolic link (or "
		    "in a linked folder) to %s, outside the folder %s: --chain "
		    "reads files there only", url, path, real, ch->dir);
		free(url);
		free(path);
		return false;
	}
	/* A FIFO there would be waited on for ever: files only. */
	if (stat(real, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_CHAIN_BROKEN,
		    "prev-archive \"%s\" is %s, which is not a regular file "
		    "(%s)", url, path, file_type_name(sb.st_mode));
		free(url);
		free(path);
		return false;
	}
	if (hashset_add(&ch->visited, hash_str(real))) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_CHAIN_LOOP,
		    "prev-archive \"%s\" leads back to %s, already in the "
		    "chain: the archives loop", url, path);
		free(url);
		free(path);
		return false;
	}
	/* ndocs counts FILE too: CHAIN_MAX_DOCS archives are followed. */
	if (ch->ndocs > CHAIN_MAX_DOCS) {
		report_add(&d->rep, d->k.prev_line, 1, RULE_TOO_LARGE,
		    "the chain goes on past %d archive documents, more than "
		    "validate follows", CHAIN_MAX_DOCS);
		free(url);
		free(path);
		return false;
	}
	a->path = path;
	a->url = url;
	return true;
}

/* Checks archive A, reached from D by its prev-archive link. */
static void
check_archive(struct chain *ch, struct doc *d, struct doc *a)
{
	char	*next;

	ch->paths = xreallocarray(ch->paths, ch->ndocs + 1,
	    sizeof(*ch->paths));
	ch->paths[ch->ndocs++] = xstrdup(a->path);
	if (!a->k.archive)
		report_add(&a->rep, a->k.root_line, 1, RULE_CHAIN_BROKEN,
		    "%s is the prev-archive of %s but has no fh:archive: it "
		    "is not an archive document", a->path, d->path);
	if (a->k.next_archive != NULL) {
		next = resolve(a->k.next_archive, a->url);
		if (!uri_same(next, d->url))
			report_add(&a->rep, a->k.next_line, 1,
			    RULE_CHAIN_ORDER, "next-archive \"%s\" is not "
			    "\"%s\", the document whose prev-archive leads "
			    "here", next, d->url);
		free(next);
	} else if (d->k.archive)
		/* Only the newest archive may leave it out (RFC 5005 4). */
		report_add(&a->rep, a->k.root_line, 1, RULE_CHAIN_NEXT_MISSING,
		    "%s has no next-archive, though %s, whose prev-archive "
		    "leads here, is the next newer archive: readers going "
		    "forward stop here", a->path, d->path);
	check_ids(ch, a, ch->ndocs - 1);
	mark_superseded(ch, a);
	check_order(ch, d, a);
}

/* The entry ids of an archive chain, for --against (chain_archived_ids). */
struct chain_ids {
	struct hashset	 ids;
};

/*
 * The folder of PATH and the base of K's self link, as chain_check maps
 * them; false if K has no absolute self link.
 */
static bool
chain_map(struct chain *ch, const char *path, const struct feed_keys *k)
{
	const char	*slash = strrchr(path, '/');
	struct buf	 self;

	if (k->self == NULL)
		return false;
	buf_init_empty(&self);
	uri_normalize(&self, k->self);
	ch->base = base_of(self.data);
	buf_free(&self);
	if (ch->base == NULL)
		return false;
	ch->dir = slash == NULL ? xstrdup(".") :
	    xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	return true;
}

/* D's keys, report and names, once the walk has left it. */
static void
id_doc_done(struct doc *d)
{
	report_free(&d->rep);
	if (d->read)
		feed_keys_free(&d->k);
	free(d->path);
	free(d->url);
	memset(d, 0, sizeof(*d));
}

struct chain_ids *
chain_archived_ids(const char *path, const struct feed_keys *k)
{
	struct chain_ids *out;
	struct chain	 ch;
	struct doc	 d, a;
	char		 real[PATH_MAX];
	size_t		 i;

	memset(&ch, 0, sizeof(ch));
	memset(&d, 0, sizeof(d));
	memset(&a, 0, sizeof(a));
	/* Standard input is in no folder: nothing to map URLs to. */
	if (k->prev_archive == NULL || strcmp(path, "-") == 0 ||
	    !chain_map(&ch, path, k))
		return NULL;
	out = xcalloc(1, sizeof(*out));
	if (realpath(path, real) != NULL)
		hashset_add(&ch.visited, hash_str(real));
	ch.ndocs = 1;
	/* follow() reads D's links and URL only: K is borrowed (not read). */
	d.k = *k;
	d.url = xstrdup(k->self);
	/* Where follow() says why it stops; no one prints it here. */
	report_init(&d.rep, path);
	while (follow(&ch, &d, &a)) {
		report_init(&a.rep, a.path);
		if (feed_keys_read_bounded(a.path, &a.k) == -1) {
			feed_keys_free(&a.k);
			id_doc_done(&a);
			break;
		}
		a.read = true;
		for (i = 0; i < a.k.n; i++)
			if (a.k.e[i].id != NULL)
				hashset_add(&out->ids, hash_str(a.k.e[i].id));
		id_doc_done(&d);
		d = a;
		memset(&a, 0, sizeof(a));
		ch.ndocs++;
	}
	id_doc_done(&d);
	free(ch.base);
	free(ch.dir);
	hashset_free(&ch.visited);
	return out;
}

bool
chain_ids_has(struct chain_ids *c, const char *id)
{
	return c != NULL && id != NULL && has_id(&c->ids, id);
}

void
chain_ids_free(struct chain_ids *c)
{
	if (c == NULL)
		return;
	hashset_free(&c->ids);
	free(c);
}

int
chain_check(struct validator *v, const char *path, chain_emit_fn emit,
    void *arg)
{
	struct chain	 ch;
	struct doc	 d, a;
	char		 real[PATH_MAX];
	size_t		 i;
	int		 rc;

	memset(&ch, 0, sizeof(ch));
	memset(&d, 0, sizeof(d));
	memset(&a, 0, sizeof(a));
	ch.v = v;
	ch.emit = emit;
	ch.arg = arg;
	d.path = xstrdup(path);
	if ((rc = doc_read(&ch, &d)) != 1) {
		ch.status = rc;
		/* Its archives are linked by next_url, which is not followed. */
		if (d.json) {
			msg_error(path, 0, "a JSON Feed: --chain follows the "
			    "prev-archive links of Atom and RSS feeds, not "
			    "JSON Feed's next_url");
			ch.status = -1;
		}
		doc_done(&ch, &d);
		goto out;
	}
	if (!chain_map(&ch, path, &d.k)) {
		msg_error(path, d.k.self_line, "--chain needs an absolute "
		    "self link (rel=\"self\") to map the feed's URLs to this "
		    "folder");
		ch.status = -1;
		doc_done(&ch, &d);
		goto out;
	}
	d.url = xstrdup(d.k.self);
	if (realpath(path, real) != NULL)
		hashset_add(&ch.visited, hash_str(real));
	ch.paths = xreallocarray(NULL, 1, sizeof(*ch.paths));
	ch.paths[ch.ndocs++] = xstrdup(path);
	/* The subscription document's ids are not archived: see check_ids. */
	if (d.k.archive)
		check_ids(&ch, &d, 0);
	while (follow(&ch, &d, &a)) {
		if (doc_read(&ch, &a) != 1) {
			report_add(&d.rep, d.k.prev_line, 1, RULE_CHAIN_BROKEN,
			    "prev-archive \"%s\" is the file %s, which is %s",
			    a.url, a.path, a.json ? "a JSON Feed, not an Atom "
			    "or RSS archive document" : "not a feed");
			doc_done(&ch, &d);
			doc_done(&ch, &a);
			break;
		}
		check_archive(&ch, &d, &a);
		doc_done(&ch, &d);
		d = a;
		memset(&a, 0, sizeof(a));
	}
	if (d.path != NULL)
		doc_done(&ch, &d);
out:
	chain_finish(&ch);
	for (i = 0; i < ch.nreps; i++) {
		if (!report_ok(&ch.reps[i], false) && ch.status == 0)
			ch.status = 1;
		ch.emit(&ch.reps[i], ch.arg);
		report_free(&ch.reps[i]);
	}
	free(ch.reps);
	if (ch.has_sub)
		feed_keys_free(&ch.sub);
	free(ch.superseded);
	free(ch.sub_ids.h);
	free(ch.sub_ids.doc);
	free(ch.first.id);
	free(ch.first.when);
	for (i = 0; i < ch.ndocs; i++)
		free(ch.paths[i]);
	free(ch.paths);
	free(ch.base);
	free(ch.dir);
	hashset_free(&ch.visited);
	free(ch.archived.h);
	free(ch.archived.doc);
	return ch.status;
}

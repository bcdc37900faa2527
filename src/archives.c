/*
 * archives: RFC 5005 archive documents, made in the build's passes and
 * published in its set (see archives.h and feedwright(5)). Only the
 * documents that change are written; the ledger says which records each
 * holds, so a full document's records are never read.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archives.h"
#include "published_feed.h"

struct arcdoc {
	unsigned long		 num;
	struct picks		 picks;		/* its records, newest first */
	struct feed_head	 head;
	char			*self[DOC_NFMT];
	char			*prev[DOC_NFMT];
	char			*next[DOC_NFMT];
};

/* A record in no document yet. */
struct cand {
	char		*name;
	int64_t		 published;
	struct when	 updated;
	unsigned long	 archive;	/* given by archives_plan; 0: in the feed */
};

struct archives {
	const struct settings	*st;
	struct ledger		*l;
	struct when		 now;
	const char		*genver;
	struct doc_set		 ds;		/* document i: v[i] */
	struct cand		*cand;
	size_t			 ncand, capcand;
	unsigned long		 newest;	/* 0: no archive yet */
	char			*newest_url[FEED_NFORMATS];
	char			*current[FEED_NFORMATS];
	struct arcdoc		*v;		/* the documents to write */
	size_t			 n;
	struct feed_tombstone	*tomb;
	size_t			 ntomb;
	struct when		 last_gone;	/* of every gone row; t 0: none */
	struct ledger_row	**recheck;	/* archived, their files changed */
	size_t			 nrecheck;
};

struct archives *
archives_new(const struct settings *st, struct ledger *l,
    const struct when *now, const char *generator_version)
{
	struct archives	*a = xcalloc(1, sizeof(*a));
	const char	*name;

	a->st = st;
	a->l = l;
	a->now = *now;
	a->genver = generator_version;
	doc_set_init(&a->ds, st, "the archive documents");
	for (size_t k = 0; k < a->ds.nfmt; k++)
		if ((name = feed_format_file(a->ds.fid[k], st)) != NULL)
			a->current[a->ds.fid[k]] = path_join(st->feed_url,
			    name);
	/* From now on the ledger keeps the archive and gone columns. */
	l->archives = true;
	return a;
}

void
archives_seen(struct archives *a, const char *slug, bool good)
{
	struct ledger_row	*row = ledger_find(a->l, slug);

	if (row != NULL) {
		row->seen = true;
		row->good = good;
	}
}

bool
archives_archived(const struct archives *a, const char *slug)
{
	const struct ledger_row	*row = ledger_find(a->l, slug);

	return row != NULL && row->archive > 0;
}

void
archives_offer(struct archives *a, const char *name, int64_t published,
    const struct when *updated)
{
	if (a->ncand == a->capcand) {
		a->capcand = a->capcand == 0 ? 64 : 2 * a->capcand;
		a->cand = xreallocarray(a->cand, a->capcand, sizeof(*a->cand));
	}
	a->cand[a->ncand].name = xstrdup(name);
	a->cand[a->ncand].published = published;
	a->cand[a->ncand].updated = *updated;
	a->cand[a->ncand++].archive = 0;
}

void
archives_recheck(struct archives *a, const char *slug)
{
	struct ledger_row	*row = ledger_find(a->l, slug);

	if (row == NULL || row->archive == 0)
		return;
	a->recheck = xreallocarray(a->recheck, a->nrecheck + 1,
	    sizeof(*a->recheck));
	a->recheck[a->nrecheck++] = row;
}

/* Oldest first (the reverse of the feed's order): the order documents fill in. */
static int
cmp_oldest_first(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->published != b->published)
		return a->published < b->published ? -1 : 1;
	return -strcmp(a->name, b->name);
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static int
cmp_ulong(const void *x, const void *y)
{
	unsigned long a = *(const unsigned long *)x;
	unsigned long b = *(const unsigned long *)y;

	return a < b ? -1 : a > b;
}

/* The set of documents to write, as a growing array, sorted at the end. */
struct marks {
	unsigned long	*v;
	size_t		 n, cap;
};

static void
mark(struct marks *m, unsigned long num)
{
	if (num == 0)
		return;
	if (m->n == m->cap) {
		m->cap = m->cap == 0 ? 16 : 2 * m->cap;
		m->v = xreallocarray(m->v, m->cap, sizeof(*m->v));
	}
	m->v[m->n++] = num;
}

static char *
doc_url(const struct settings *st, unsigned long num, const char *file)
{
	char	 tail[64];
	struct buf b;

	buf_init(&b);
	buf_adds(&b, st->feed_url);
	snprintf(tail, sizeof(tail), ARCHIVE_DIR "/%lu/", num);
	buf_adds(&b, tail);
	buf_adds(&b, file);
	return buf_steal(&b);
}

static char *
doc_dir(const char *outdir, unsigned long num)
{
	char	 tail[64];

	snprintf(tail, sizeof(tail), ARCHIVE_DIR "/%lu", num);
	return path_join(outdir, tail);
}

/*
 * Whether every file of document NUM is published in OUTDIR, with the
 * mode the settings give published files (a changed mode is applied).
 */
static bool
doc_there(const struct archives *a, const char *outdir, unsigned long num)
{
	struct stat	 sb;
	char		*dir = doc_dir(outdir, num), *path;
	size_t		 k;
	bool		 there = true;

	for (k = 0; k < a->ds.nfmt && there; k++) {
		path = path_join(dir, a->ds.fmt[k]->filename);
		there = lstat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    (sb.st_mode & 07777) == (a->st->file_mode & 07777);
		free(path);
	}
	free(dir);
	return there;
}

static int
cmp_by_archive(const void *x, const void *y)
{
	unsigned long a = (*(struct ledger_row *const *)x)->archive;
	unsigned long b = (*(struct ledger_row *const *)y)->archive;

	return a < b ? -1 : a > b;
}

/*
 * A good record a document should hold but does not, left out as a bad
 * record when the document was last written (--skip-bad-records), takes
 * its place again: the published Atom document of each record whose file
 * changed is read for its id, and one that lacks it is written again.
 */
static void
recheck_docs(struct archives *a, const char *outdir, struct marks *m)
{
	struct feed_keys	 f;
	struct ledger_row	*row;
	char			*dir, *path, msg[256];
	const char		*atom = feed_formats[FEED_ATOM]->filename;
	size_t			 i, j, k, e;
	bool			 missing;

	if (a->nrecheck > 1)
		qsort(a->recheck, a->nrecheck, sizeof(*a->recheck),
		    cmp_by_archive);
	for (i = 0; i < a->nrecheck; i = j) {
		for (j = i + 1; j < a->nrecheck &&
		    a->recheck[j]->archive == a->recheck[i]->archive; j++)
			;
		dir = doc_dir(outdir, a->recheck[i]->archive);
		path = path_join(dir, atom);
		free(dir);
		/* Not there, or no feed: written again too. */
		missing = true;
		if (published_feed_read(path, false, true, &f, msg,
		    sizeof(msg)) == 0) {
			missing = false;
			for (k = i; k < j && !missing; k++) {
				row = a->recheck[k];
				if (!row->good || row->has_gone)
					continue;
				for (e = 0; e < f.n && (f.e[e].id == NULL ||
				    strcmp(f.e[e].id, row->id) != 0); e++)
					;
				missing = e == f.n;
			}
			feed_keys_free(&f);
		}
		if (missing)
			mark(m, a->recheck[i]->archive);
		free(path);
	}
}

/*
 * Tombstones by gone date, then id: never by where their lines sit in the
 * ledger, which a build reads sorted by slug but appends to (a record's
 * id given up with --accept-id-changes), so that the next build, with
 * nothing changed, writes the same feed.
 */
static int
cmp_tomb(const void *x, const void *y)
{
	const struct feed_tombstone *a = x, *b = y;

	if (a->when.t != b->when.t)
		return a->when.t < b->when.t ? -1 : 1;
	return strcmp(a->ref, b->ref);
}

static bool
in_main(char *const *names, size_t n, const char *name)
{
	return n > 0 && bsearch(&name, names, n, sizeof(*names),
	    cmp_str) != NULL;
}

void
archives_plan(struct archives *a, const struct picks *main,
    const char *outdir, bool every)
{
	struct marks	 m = { NULL, 0, 0 };
	char		**names;
	size_t		 i, k, nnames = 0, count = 0;
	struct ledger_row *row;
	struct arcdoc	*d;
	const int64_t	 keep = (int64_t)TOMBSTONE_DAYS * 86400;

	/* Gone, or back: the document that holds it is written again. */
	for (i = 0; i < a->l->n; i++) {
		row = a->l->v[i];
		if (!row->seen && !row->has_gone) {
			row->has_gone = true;
			row->gone = a->now;
			mark(&m, row->archive);
		} else if (row->seen && row->has_gone) {
			row->has_gone = false;
			mark(&m, row->archive);
		}
		if (row->has_gone && row->gone.t > a->last_gone.t)
			a->last_gone = row->gone;
		if (row->has_gone && a->now.t - row->gone.t < keep) {
			a->tomb = xreallocarray(a->tomb, a->ntomb + 1,
			    sizeof(*a->tomb));
			a->tomb[a->ntomb].ref = row->id;
			a->tomb[a->ntomb++].when = row->gone;
		}
		if (row->archive > a->newest) {
			a->newest = row->archive;
			count = 0;
		}
		if (row->archive == a->newest && row->archive > 0)
			count++;
	}

	if (a->ntomb > 1)
		qsort(a->tomb, a->ntomb, sizeof(*a->tomb), cmp_tomb);
	recheck_docs(a, outdir, &m);

	/* What the subscription feed holds is in no document. */
	names = xreallocarray(NULL, main->n + 1, sizeof(*names));
	for (i = 0; i < main->n; i++)
		names[nnames++] = main->v[i].name;
	qsort(names, nnames, sizeof(*names), cmp_str);
	for (i = k = 0; i < a->ncand; i++) {
		if (in_main(names, nnames, a->cand[i].name))
			free(a->cand[i].name);
		else
			a->cand[k++] = a->cand[i];
	}
	a->ncand = k;
	free(names);

	/* The newest document is never full: a full one is closed for good. */
	if (a->newest == 0 && a->ncand > 0)
		a->newest = 1;
	else if (a->newest > 0 && count >= a->st->archive_size) {
		/*
		 * The next one was opened, empty, when this one filled; if it
		 * is not there, archive-size was lowered, and this document,
		 * no longer the newest, is written again to link it.
		 */
		if (!doc_there(a, outdir, a->newest + 1))
			mark(&m, a->newest);
		a->newest++;
		count = 0;
	}
	if (a->ncand > 1)
		qsort(a->cand, a->ncand, sizeof(*a->cand), cmp_oldest_first);
	for (i = 0; i < a->ncand; i++) {
		a->cand[i].archive = a->newest;
		mark(&m, a->newest);
		if (++count == a->st->archive_size) {
			a->newest++;
			count = 0;
		}
	}
	if (a->newest == 0) {
		free(m.v);
		return;
	}
	mark(&m, a->newest);
	for (i = 1; i < a->newest; i++)
		if (every || !doc_there(a, outdir, i))
			mark(&m, i);
	qsort(m.v, m.n, sizeof(*m.v), cmp_ulong);
	for (i = k = 0; i < m.n; i++)
		if (k == 0 || m.v[k - 1] != m.v[i])
			m.v[k++] = m.v[i];
	m.n = k;

	for (k = 0; k < a->ds.nfmt; k++)
		a->newest_url[a->ds.fid[k]] = doc_url(a->st, a->newest,
		    a->ds.fmt[k]->filename);
	a->v = xcalloc(m.n, sizeof(*a->v));
	a->n = m.n;
	for (i = 0; i < m.n; i++) {
		d = &a->v[i];
		d->num = m.v[i];
		picks_init(&d->picks, SIZE_MAX);
	}
	/* Each document's records: from the ledger, and the newly given. */
	for (i = 0; i < a->l->n; i++) {
		unsigned long	*at;
		char		*name;

		row = a->l->v[i];
		if (row->archive == 0 || !row->good || row->has_gone ||
		    (at = bsearch(&row->archive, m.v, m.n, sizeof(*m.v),
		    cmp_ulong)) == NULL)
			continue;
		name = xmalloc(strlen(row->slug) + sizeof(RECORD_SUFFIX));
		strcpy(name, row->slug);
		strcat(name, RECORD_SUFFIX);
		picks_offer(&a->v[at - m.v].picks, name, row->published.t,
		    &row->updated);
		free(name);
	}
	for (i = 0; i < a->ncand; i++) {
		unsigned long	*at = bsearch(&a->cand[i].archive, m.v, m.n,
		    sizeof(*m.v), cmp_ulong);

		picks_offer(&a->v[at - m.v].picks, a->cand[i].name,
		    a->cand[i].published, &a->cand[i].updated);
	}
	for (i = 0; i < a->n; i++)
		picks_sort(&a->v[i].picks);
	free(m.v);
}

void
archives_link(const struct archives *a, struct feed_head *h)
{
	size_t	 k;

	for (k = 0; k < a->ds.nfmt; k++)
		h->prev_archive[a->ds.fid[k]] =
		    a->newest_url[a->ds.fid[k]];
	h->tombstones = a->tomb;
	h->ntombstones = a->ntomb;
	/*
	 * A deletion changes the feed: its updated is not before it, nor
	 * goes back when the tombstone is dropped (the ledger keeps the date).
	 */
	if (a->last_gone.t > h->updated.t)
		h->updated = a->last_gone;
}

int
archives_begin(struct archives *a, const char *outdir, const char *tmpdir,
    mode_t mode)
{
	char		 rel[64];
	size_t		 i;

	if (doc_set_begin(&a->ds, outdir, ARCHIVE_DIR, a->n, tmpdir) == -1)
		return -1;
	for (i = 0; i < a->n; i++) {
		snprintf(rel, sizeof(rel), ARCHIVE_DIR "/%lu/", a->v[i].num);
		if (doc_set_begin_doc(&a->ds, i, doc_dir(outdir, a->v[i].num),
		    rel, tmpdir, mode) == -1)
			return -1;
	}
	return 0;
}

size_t
archives_ndocs(const struct archives *a)
{
	return a->n;
}

const struct picks *
archives_doc(const struct archives *a, size_t d)
{
	return &a->v[d].picks;
}

void
archives_open(struct archives *a, size_t di, const struct when *main_updated)
{
	struct arcdoc	*d = &a->v[di];
	struct when	 updated = *main_updated;
	size_t		 i, k;

	/*
	 * An empty newest document is as new as the subscription feed. An
	 * entry is written as the ledger has it now: an edit pass two
	 * published is in it, and the document is as new as its entries.
	 */
	if (d->picks.n > 0) {
		updated = d->picks.v[0].updated;
		for (i = 0; i < d->picks.n; i++) {
			const struct when *u = &d->picks.v[i].updated;
			char *slug = articles_slug(d->picks.v[i].name);
			const struct ledger_row *row = ledger_find(a->l, slug);

			free(slug);
			if (row != NULL && row->updated.t > u->t)
				u = &row->updated;
			if (u->t > updated.t)
				updated = *u;
		}
	}
	feed_head_init(&d->head, a->st, &updated, a->genver);
	d->head.is_archive = true;
	d->head.nhubs = 0;	/* an archive document does not change */
	for (k = 0; k < FEED_NFORMATS; k++) {
		free(d->head.self[k]);
		d->head.self[k] = NULL;
		d->head.current[k] = a->current[k];
	}
	for (k = 0; k < a->ds.nfmt; k++) {
		const char *file = a->ds.fmt[k]->filename;
		enum feed_format_id fid = a->ds.fid[k];

		d->self[k] = doc_url(a->st, d->num, file);
		d->head.self[fid] = xstrdup(d->self[k]);
		if (d->num > 1)
			d->head.prev_archive[fid] = d->prev[k] =
			    doc_url(a->st, d->num - 1, file);
		if (d->num < a->newest)
			d->head.next_archive[fid] = d->next[k] =
			    doc_url(a->st, d->num + 1, file);
	}
	doc_set_open(&a->ds, di, &d->head);
}

void
archives_entry(struct archives *a, size_t di, const char *slug,
    const struct entry *e)
{
	struct arcdoc		*d = &a->v[di];
	struct ledger_row	*row;

	doc_set_entry(&a->ds, di, e);
	/* The ledger has its row now (continuity_entry made it). */
	if ((row = ledger_find(a->l, slug)) != NULL)
		row->archive = d->num;
}

int
archives_close(struct archives *a, size_t di, bool preview)
{
	struct arcdoc	*d = &a->v[di];
	int		 rc;

	rc = doc_set_close(&a->ds, di, preview, 0);
	feed_head_free(&d->head);
	memset(&d->head, 0, sizeof(d->head));
	return rc;
}

struct doc_set *
archives_docs(struct archives *a)
{
	return &a->ds;
}

void
archives_free(struct archives *a)
{
	size_t	 i, k;

	if (a == NULL)
		return;
	doc_set_free(&a->ds);
	for (i = 0; i < a->n; i++) {
		struct arcdoc *d = &a->v[i];

		for (k = 0; k < DOC_NFMT; k++) {
			free(d->self[k]);
			free(d->prev[k]);
			free(d->next[k]);
		}
		picks_free(&d->picks);
	}
	free(a->v);
	for (i = 0; i < a->ncand; i++)
		free(a->cand[i].name);
	free(a->cand);
	for (k = 0; k < FEED_NFORMATS; k++) {
		free(a->newest_url[k]);
		free(a->current[k]);
	}
	free(a->tomb);
	free(a->recheck);
	free(a);
}

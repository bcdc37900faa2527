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
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "archives.h"
#include "check_output.h"
#include "outbuf.h"
#include "publish.h"
#include "test_hook.h"

#define NARCFMT		3		/* atom, rss, json */
#define ARC_OUTBUF	(16 * 1024)

struct arcdoc {
	unsigned long		 num;
	char			*dir;		/* OUTDIR/archive/NUM */
	bool			 made_dir;
	struct picks		 picks;		/* its records, newest first */
	size_t			 written;
	struct pending		 pend[NARCFMT];
	struct outbuf		 out[NARCFMT];
	void			*w[NARCFMT];
	struct feed_head	 head;
	char			*self[NARCFMT];
	char			*prev[NARCFMT];
	char			*next[NARCFMT];
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
	const struct feed_format *fmt[NARCFMT];
	enum feed_format_id	 fid[NARCFMT];
	size_t			 nfmt;
	struct cand		*cand;
	size_t			 ncand, capcand;
	unsigned long		 newest;	/* 0: no archive yet */
	char			*newest_url[FEED_NFORMATS];
	char			*current[FEED_NFORMATS];
	struct arcdoc		*v;		/* the documents to write */
	size_t			 n;
	struct feed_tombstone	*tomb;
	size_t			 ntomb;
	char			*arcdir;
	bool			 made_arcdir;
	bool			 begun;
	size_t			 nfiles;
	long long		 bytes;
	struct archive_change	*changes;
	size_t			 nchanges;
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
	a->fid[a->nfmt] = FEED_ATOM;
	a->fmt[a->nfmt++] = &format_atom;
	a->fid[a->nfmt] = FEED_RSS;
	a->fmt[a->nfmt++] = &format_rss;
	if (st->json) {
		a->fid[a->nfmt] = FEED_JSON;
		a->fmt[a->nfmt++] = &format_json;
	}
	for (size_t k = 0; k < a->nfmt; k++)
		if ((name = feed_format_file(a->fid[k], st)) != NULL)
			a->current[a->fid[k]] = path_join(st->feed_url, name);
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

/* Whether every file of document NUM is published in OUTDIR. */
static bool
doc_there(const struct archives *a, const char *outdir, unsigned long num)
{
	struct stat	 sb;
	char		*dir = doc_dir(outdir, num), *path;
	size_t		 k;
	bool		 there = true;

	for (k = 0; k < a->nfmt && there; k++) {
		path = path_join(dir, a->fmt[k]->filename);
		there = lstat(path, &sb) == 0 && S_ISREG(sb.st_mode);
		free(path);
	}
	free(dir);
	return there;
}

static bool
in_main(char *const *names, size_t n, const char *name)
{
	return n > 0 && bsearch(&name, names, n, sizeof(*names),
	    cmp_str) != NULL;
}

void
archives_plan(struct archives *a, const struct picks *main,
    const char *outdir)
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
		if (!doc_there(a, outdir, i))
			mark(&m, i);
	qsort(m.v, m.n, sizeof(*m.v), cmp_ulong);
	for (i = k = 0; i < m.n; i++)
		if (k == 0 || m.v[k - 1] != m.v[i])
			m.v[k++] = m.v[i];
	m.n = k;

	for (k = 0; k < a->nfmt; k++)
		a->newest_url[a->fid[k]] = doc_url(a->st, a->newest,
		    a->fmt[k]->filename);
	a->v = xcalloc(m.n, sizeof(*a->v));
	a->n = m.n;
	for (i = 0; i < m.n; i++) {
		d = &a->v[i];
		d->num = m.v[i];
		picks_init(&d->picks, SIZE_MAX);
		for (k = 0; k < NARCFMT; k++)
			d->pend[k].fd = -1;
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

	for (k = 0; k < a->nfmt; k++)
		h->prev_archive[a->fid[k]] = a->newest_url[a->fid[k]];
	h->tombstones = a->tomb;
	h->ntombstones = a->ntomb;
}

/* Stats DIR, which must be a folder if it exists; 1 missing, 0, or -1 reported. */
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
		msg_error(dir, 0, "cannot publish the archive documents here: "
		    "not a folder; nothing was published");
		return -1;
	}
	return 0;
}

static void
no_report(void *ctx, const char *path)
{
	(void)ctx;
	(void)path;
}

/* A first build writes every document at once: one descriptor per file. */
static void
more_files(size_t need)
{
	struct rlimit	 rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    rl.rlim_cur < (rlim_t)need + 64) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ||
		    rl.rlim_max > (rlim_t)need + 64 ? (rlim_t)need + 64 :
		    rl.rlim_max;
		(void)setrlimit(RLIMIT_NOFILE, &rl);
	}
}

int
archives_begin(struct archives *a, const char *outdir, const char *tmpdir,
    mode_t mode)
{
	static const char *const files[] = { "atom.xml", "rss.xml",
	    "feed.json" };
	struct arcdoc	*d;
	struct stat	 st;
	size_t		 i, k;
	int		 got;

	a->arcdir = path_join(outdir, ARCHIVE_DIR);
	a->begun = true;
	more_files(a->n * a->nfmt);
	if ((got = folder_there(a->arcdir)) == -1)
		return -1;
	if (got == 1 && tmpdir == NULL && a->n > 0) {
		if (make_dirs(a->arcdir) == -1) {
			msg_error(a->arcdir, 0, "cannot create folder: %s",
			    strerror(errno));
			return -1;
		}
		a->made_arcdir = true;
	}
	for (i = 0; i < a->n; i++) {
		d = &a->v[i];
		d->dir = doc_dir(outdir, d->num);
		if ((got = folder_there(d->dir)) == -1)
			return -1;
		if (got == 1 && tmpdir == NULL) {
			if (make_dirs(d->dir) == -1) {
				msg_error(d->dir, 0, "cannot create folder: "
				    "%s", strerror(errno));
				return -1;
			}
			d->made_dir = true;
		}
		if (tmpdir == NULL)
			(void)publish_cleanup(d->dir, files, 3, no_report,
			    NULL);
		for (k = 0; k < a->nfmt; k++) {
			char *path = path_join(d->dir, a->fmt[k]->filename);

			got = lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
			    !S_ISLNK(st.st_mode);
			if (got)
				msg_error(path, 0, "cannot publish: %s; nothing "
				    "was published", S_ISDIR(st.st_mode) ?
				    strerror(EISDIR) : "not a regular file");
			free(path);
			if (got)
				return -1;
			if (publish_begin(&d->pend[k], d->dir,
			    a->fmt[k]->filename, tmpdir, mode) == -1) {
				msg_error(tmpdir != NULL ? tmpdir : d->dir, 0,
				    "cannot create a temporary file: %s",
				    strerror(errno));
				return -1;
			}
		}
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

	d->written = 0;
	/* An empty newest document is as new as the subscription feed. */
	if (d->picks.n > 0) {
		updated = d->picks.v[0].updated;
		for (i = 1; i < d->picks.n; i++)
			if (d->picks.v[i].updated.t > updated.t)
				updated = d->picks.v[i].updated;
	}
	feed_head_init(&d->head, a->st, &updated, a->genver);
	d->head.is_archive = true;
	d->head.nhubs = 0;	/* an archive document does not change */
	for (k = 0; k < FEED_NFORMATS; k++) {
		free(d->head.self[k]);
		d->head.self[k] = NULL;
		d->head.current[k] = a->current[k];
	}
	for (k = 0; k < a->nfmt; k++) {
		const char *file = a->fmt[k]->filename;

		d->self[k] = doc_url(a->st, d->num, file);
		d->head.self[a->fid[k]] = xstrdup(d->self[k]);
		if (d->num > 1)
			d->head.prev_archive[a->fid[k]] = d->prev[k] =
			    doc_url(a->st, d->num - 1, file);
		if (d->num < a->newest)
			d->head.next_archive[a->fid[k]] = d->next[k] =
			    doc_url(a->st, d->num + 1, file);
		outbuf_init_fd_size(&d->out[k], d->pend[k].fd, ARC_OUTBUF);
		d->w[k] = a->fmt[k]->open(&d->out[k], &d->head);
	}
}

void
archives_entry(struct archives *a, size_t di, const char *slug,
    const struct entry *e)
{
	struct arcdoc		*d = &a->v[di];
	struct ledger_row	*row;
	size_t			 k;

	for (k = 0; k < a->nfmt; k++)
		a->fmt[k]->entry(d->w[k], e);
	d->written++;
	/* The ledger has its row now (continuity_entry made it). */
	if ((row = ledger_find(a->l, slug)) != NULL)
		row->archive = d->num;
}

int
archives_close(struct archives *a, size_t di, bool preview)
{
	struct arcdoc	*d = &a->v[di];
	size_t		 k;
	int		 rc = 0;

	for (k = 0; k < a->nfmt; k++) {
		a->fmt[k]->close(d->w[k]);
		d->w[k] = NULL;
		if (outbuf_finish(&d->out[k]) == -1 && rc == 0) {
			msg_error(preview ? d->pend[k].tmp : d->pend[k].final,
			    0, "cannot write: %s; nothing was published",
			    strerror(errno));
			rc = -1;
		}
	}
	feed_head_free(&d->head);
	memset(&d->head, 0, sizeof(d->head));
	return rc;
}

/* "archive/NUM/NAME": how test hooks name an archive file. */
static char *
rel_name(unsigned long num, const char *name)
{
	char	 tail[64];
	struct buf b;

	buf_init(&b);
	snprintf(tail, sizeof(tail), ARCHIVE_DIR "/%lu/", num);
	buf_adds(&b, tail);
	buf_adds(&b, name);
	return buf_steal(&b);
}

int
archives_check(struct archives *a, bool warn)
{
	struct pending	*p;
	char		*rel;
	size_t		 i, k;
	int		 rc = 0;

	a->nfiles = 0;
	a->bytes = 0;
	for (i = 0; i < a->n && rc == 0; i++)
		for (k = 0; k < a->nfmt && rc == 0; k++) {
			p = &a->v[i].pend[k];
			a->nfiles++;
			a->bytes += (long long)publish_size(p);
			if (a->fmt[k]->unchecked)
				continue;
			rel = rel_name(a->v[i].num, a->fmt[k]->filename);
			/* For tests: an archive document that fails its check. */
			if (test_hook("before-check", rel) == -1) {
				msg_error(p->final, 0, "cannot check: %s; "
				    "nothing was published", strerror(errno));
				rc = -1;
			} else if (check_output(p->tmp, p->final,
			    a->fmt[k]->name, warn &&
			    publish_change(p) != PUBLISH_SAME) == -1)
				rc = -1;
			free(rel);
		}
	return rc;
}

int
archives_sync(struct archives *a)
{
	size_t	 i, k;

	for (i = 0; i < a->n; i++)
		for (k = 0; k < a->nfmt; k++)
			if (publish_sync(&a->v[i].pend[k]) == -1) {
				msg_error(a->v[i].pend[k].final, 0, "cannot "
				    "write: %s; nothing was published",
				    strerror(errno));
				return -1;
			}
	return 0;
}

int
archives_keep_old(struct archives *a)
{
	size_t	 i, k;

	for (i = 0; i < a->n; i++)
		for (k = 0; k < a->nfmt; k++)
			if (publish_keep_old(&a->v[i].pend[k]) == -1) {
				msg_error(a->v[i].pend[k].final, 0, "cannot "
				    "publish: %s; nothing was published",
				    strerror(errno));
				return -1;
			}
	return 0;
}

int
archives_switch(struct archives *a, const char **failed)
{
	size_t	 i, k;

	for (i = 0; i < a->n; i++)
		for (k = 0; k < a->nfmt; k++)
			if (publish_rename(&a->v[i].pend[k]) == -1) {
				*failed = a->v[i].pend[k].final;
				return -1;
			}
	for (i = 0; i < a->n; i++)
		if (publish_sync_dir(a->v[i].dir) == -1) {
			*failed = a->v[i].dir;
			return -1;
		}
	if (a->n > 0 && publish_sync_dir(a->arcdir) == -1) {
		*failed = a->arcdir;
		return -1;
	}
	return 0;
}

int
archives_undo(struct archives *a)
{
	size_t	 i, k;
	int	 rc = 0;

	for (i = a->n; i-- > 0; )
		for (k = a->nfmt; k-- > 0; )
			if (publish_undo(&a->v[i].pend[k]) == -1) {
				msg_error(a->v[i].pend[k].final, 0, "cannot "
				    "restore the old file: %s; the new one "
				    "stays until the next build",
				    strerror(errno));
				rc = -1;
			}
	return rc;
}

void
archives_end(struct archives *a, bool published)
{
	struct pending	*p;
	size_t		 i, k;

	for (i = 0; i < a->n; i++)
		for (k = 0; k < a->nfmt; k++) {
			p = &a->v[i].pend[k];
			if (published && p->renamed) {
				a->changes = xreallocarray(a->changes,
				    a->nchanges + 1, sizeof(*a->changes));
				a->changes[a->nchanges].path =
				    xstrdup(p->final);
				a->changes[a->nchanges++].what =
				    p->change == PUBLISH_NEW ? "created" :
				    "replaced";
			}
			if (published)
				publish_finish(p);
			else
				publish_abort(p);
		}
	for (i = a->n; i-- > 0 && !published; )
		if (a->v[i].made_dir)
			(void)rmdir(a->v[i].dir);
	if (!published && a->made_arcdir)
		(void)rmdir(a->arcdir);
	a->made_arcdir = false;
	for (i = 0; i < a->n; i++)
		a->v[i].made_dir = false;
}

size_t
archives_preview(struct archives *a, FILE *f)
{
	static const char *const what[] = {
		[PUBLISH_NEW] = "would be created",
		[PUBLISH_CHANGED] = "would be replaced",
		[PUBLISH_SAME] = "unchanged",
	};
	struct arcdoc	*d;
	size_t		 i, k, would = 0;

	for (i = 0; i < a->n; i++) {
		d = &a->v[i];
		for (k = 0; k < a->nfmt; k++) {
			would += publish_change(&d->pend[k]) != PUBLISH_SAME;
			fprintf(f, "%s: %s (%zu %s, %lld bytes)\n",
			    d->pend[k].final, what[publish_change(&d->pend[k])],
			    d->written, d->written == 1 ? "entry" : "entries",
			    (long long)publish_size(&d->pend[k]));
		}
	}
	return would;
}

void
archives_count(const struct archives *a, size_t *files, long long *bytes)
{
	*files = a->nfiles;
	*bytes = a->bytes;
}

const struct archive_change *
archives_changes(const struct archives *a, size_t *n)
{
	*n = a->nchanges;
	return a->changes;
}

void
archives_free(struct archives *a)
{
	size_t	 i, k;

	if (a == NULL)
		return;
	if (a->begun)
		archives_end(a, false);
	for (i = 0; i < a->n; i++) {
		struct arcdoc *d = &a->v[i];

		for (k = 0; k < NARCFMT; k++) {
			publish_abort(&d->pend[k]);
			free(d->self[k]);
			free(d->prev[k]);
			free(d->next[k]);
		}
		free(d->dir);
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
	free(a->arcdir);
	for (i = 0; i < a->nchanges; i++)
		free(a->changes[i].path);
	free(a->changes);
	free(a);
}

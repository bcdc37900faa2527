/*
 * doc_set: the publishing of the extra output documents, one file per
 * format in a folder per document, in the main feed's set (see
 * doc_set.h).
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_output.h"
#include "doc_set.h"
#include "test_hook.h"

#define DOC_OUTBUF	(16 * 1024)	/* many files are open at once */

static const char *const doc_files[] = { "atom.xml", "rss.xml",
    "feed.json" };

void
doc_set_init(struct doc_set *s, const struct settings *st, const char *what)
{
	memset(s, 0, sizeof(*s));
	s->what = what;
	s->fid[s->nfmt] = FEED_ATOM;
	s->fmt[s->nfmt++] = &format_atom;
	s->fid[s->nfmt] = FEED_RSS;
	s->fmt[s->nfmt++] = &format_rss;
	if (st->json) {
		s->fid[s->nfmt] = FEED_JSON;
		s->fmt[s->nfmt++] = &format_json;
	}
}

/* Stats DIR, which must be a folder if it exists; returns 1 missing, 0, or -1 reported. */
static int
folder_there(const struct doc_set *s, const char *dir)
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
		msg_error(dir, 0, "cannot publish %s here: not a folder; "
		    "nothing was published", s->what);
		return -1;
	}
	return 0;
}

int
doc_set_begin(struct doc_set *s, const char *outdir, const char *top,
    size_t n, const char *tmpdir)
{
	size_t	 i, k;
	int	 got;

	s->top = path_join(outdir, top);
	s->begun = true;
	s->v = xcalloc(n > 0 ? n : 1, sizeof(*s->v));
	s->n = n;
	/* Not begun yet: nothing to close if the set is ended early. */
	for (i = 0; i < n; i++)
		for (k = 0; k < DOC_NFMT; k++) {
			s->v[i].pend[k].fd = -1;
			s->v[i].pend[k].cmp_fd = -1;
			s->v[i].pend[k].change = -1;
		}
	if ((got = folder_there(s, s->top)) == -1)
		return -1;
	if (got == 1 && tmpdir == NULL && n > 0) {
		if (make_dirs(s->top) == -1) {
			msg_error(s->top, 0, "cannot create folder: %s",
			    strerror(errno));
			return -1;
		}
		s->made_top = true;
	}
	return 0;
}

int
doc_set_begin_doc(struct doc_set *s, size_t i, char *dir, const char *rel,
    const char *tmpdir, mode_t mode)
{
	struct doc	*d = &s->v[i];
	struct stat	 st;
	char		 why[256];
	size_t		 k;
	int		 got;

	d->dir = dir;
	d->rel = xstrdup(rel);
	if ((got = folder_there(s, d->dir)) == -1)
		return -1;
	if (got == 1 && tmpdir == NULL) {
		if (make_dirs(d->dir) == -1) {
			msg_error(d->dir, 0, "cannot create folder: %s",
			    strerror(errno));
			return -1;
		}
		d->made_dir = true;
	}
	/* Under the lock, as for the main files: see publish_cleanup. */
	if (tmpdir == NULL)
		(void)publish_cleanup(d->dir, doc_files, 3, s->removed,
		    s->removed_ctx);
	for (k = 0; k < s->nfmt; k++) {
		char *path = path_join(d->dir, s->fmt[k]->filename);

		got = lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
		    !S_ISLNK(st.st_mode);
		if (got)
			msg_error(path, 0, "cannot publish: %s; nothing was "
			    "published", S_ISDIR(st.st_mode) ?
			    strerror(EISDIR) : "not a regular file");
		free(path);
		if (got)
			return -1;
		if (publish_begin(&d->pend[k], d->dir, s->fmt[k]->filename,
		    tmpdir, mode) == -1) {
			msg_error(tmpdir != NULL ? tmpdir : d->dir, 0,
			    "cannot create a temporary file: %s",
			    publish_strerror(errno, why, sizeof(why)));
			return -1;
		}
	}
	return 0;
}

void
doc_set_stale(struct doc_set *s, char *final, const char *rel)
{
	s->stale = xreallocarray(s->stale, s->nstale + 1, sizeof(*s->stale));
	s->stale[s->nstale].final = final;
	s->stale[s->nstale].rel = xstrdup(rel);
	s->stale[s->nstale++].old = NULL;
}

void
doc_set_stale_dir(struct doc_set *s, char *dir)
{
	s->stale_dirs = xreallocarray(s->stale_dirs, s->nstale_dirs + 1,
	    sizeof(*s->stale_dirs));
	s->stale_dirs[s->nstale_dirs++] = dir;
}

void
doc_set_open(struct doc_set *s, size_t i, const struct feed_head *h)
{
	struct doc	*d = &s->v[i];
	size_t		 k;

	d->written = 0;
	for (k = 0; k < s->nfmt; k++) {
		outbuf_init_fd_size(&d->out[k], d->pend[k].fd, DOC_OUTBUF);
		d->w[k] = s->fmt[k]->open(&d->out[k], h);
	}
}

void
doc_set_entry(struct doc_set *s, size_t i, const struct entry *e)
{
	struct doc	*d = &s->v[i];
	size_t		 k;

	for (k = 0; k < s->nfmt; k++)
		s->fmt[k]->entry(d->w[k], e);
	d->written++;
}

int
doc_set_close(struct doc_set *s, size_t i, bool preview, int rc)
{
	struct doc	*d = &s->v[i];
	size_t		 k;

	for (k = 0; k < s->nfmt; k++) {
		s->fmt[k]->close(d->w[k]);
		d->w[k] = NULL;
		if (outbuf_finish(&d->out[k]) == -1 && rc == 0) {
			msg_error(preview ? d->pend[k].tmp : d->pend[k].final,
			    0, "cannot write: %s; nothing was published",
			    strerror(errno));
			rc = -1;
		}
	}
	return rc;
}

int
doc_set_rewind(struct doc_set *s)
{
	struct pending	*p;
	size_t		 i, k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->nfmt; k++) {
			p = &s->v[i].pend[k];
			if (lseek(p->fd, 0, SEEK_SET) == -1 ||
			    ftruncate(p->fd, 0) == -1) {
				msg_error(p->tmp, 0, "cannot write: %s; "
				    "nothing was published", strerror(errno));
				return -1;
			}
		}
	return 0;
}

/* The bytes of a set below which its files are checked one at a time. */
#define PAIR_MIN	(1024 * 1024)

int
doc_set_check(struct doc_set *s, struct validator *v, bool warn, bool two)
{
	struct check_file *files;
	struct pending	*p, *hooked = NULL;
	struct buf	 rel;
	size_t		 i, k, n = 0;
	int		 rc = 0, hook_errno = 0;

	s->nfiles = 0;
	s->bytes = 0;
	files = xcalloc(s->n * s->nfmt + 1, sizeof(*files));
	for (i = 0; i < s->n && hooked == NULL; i++)
		for (k = 0; k < s->nfmt && hooked == NULL; k++) {
			p = &s->v[i].pend[k];
			s->nfiles++;
			s->bytes += (long long)publish_size(p);
			if (s->fmt[k]->unchecked)
				continue;
			buf_init(&rel);
			buf_adds(&rel, s->v[i].rel);
			buf_adds(&rel, s->fmt[k]->filename);
			/* For tests: a document that fails its check. */
			if (test_hook("before-check", rel.data) == -1) {
				hooked = p;
				hook_errno = errno;
			} else {
				files[n].path = p->tmp;
				files[n].name = p->final;
				files[n].format = s->fmt[k]->name;
				files[n].warn = warn &&
				    publish_change(p) != PUBLISH_SAME;
				n++;
			}
			buf_free(&rel);
		}
	/* A second validator compiles its schemas again: worth it for MBs. */
	if (check_output_files(v, files, n, two && s->bytes >= PAIR_MIN) == -1)
		rc = -1;
	else if (hooked != NULL) {
		msg_error(hooked->final, 0, "cannot check: %s; nothing was "
		    "published", strerror(hook_errno));
		rc = -1;
	}
	free(files);
	return rc;
}

/* FN on every pending file; a failure is reported as "cannot VERB". */
static int
each_pending(struct doc_set *s, int (*fn)(struct pending *),
    const char *verb)
{
	size_t	 i, k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->nfmt; k++)
			if (fn(&s->v[i].pend[k]) == -1) {
				msg_error(s->v[i].pend[k].final, 0, "cannot "
				    "%s: %s; nothing was published", verb,
				    strerror(errno));
				return -1;
			}
	return 0;
}

int
doc_set_sync(struct doc_set *s)
{
	return each_pending(s, publish_sync, "write");
}

int
doc_set_keep_old(struct doc_set *s)
{
	return each_pending(s, publish_keep_old, "publish");
}

/*
 * Moves stale file T out of the way, to ".NAME.old.XXXXXX" beside it
 * (what publish_cleanup removes if the build is killed), so that a
 * failed set can put it back.
 */
static int
move_away(struct doc_stale *t)
{
	char	*slash = strrchr(t->final, '/');
	struct buf b;
	int	 fd;

	buf_init(&b);
	buf_add(&b, t->final, (size_t)(slash - t->final) + 1);
	buf_addc(&b, '.');
	buf_adds(&b, slash + 1);
	buf_adds(&b, ".old.XXXXXX");
	t->old = buf_steal(&b);
	if (test_hook("before-remove", t->rel) == -1 ||
	    (fd = mkstemp(t->old)) == -1) {
		free(t->old);
		t->old = NULL;
		return -1;
	}
	close(fd);
	if (rename(t->final, t->old) == -1) {
		int saved = errno;

		unlink(t->old);
		free(t->old);
		t->old = NULL;
		errno = saved;
		return -1;
	}
	return 0;
}

int
doc_set_switch(struct doc_set *s, const char **failed)
{
	size_t	 i, k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->nfmt; k++)
			if (publish_rename(&s->v[i].pend[k]) == -1) {
				*failed = s->v[i].pend[k].final;
				return -1;
			}
	for (i = 0; i < s->nstale; i++)
		if (move_away(&s->stale[i]) == -1) {
			*failed = s->stale[i].final;
			return -1;
		}
	for (i = 0; i < s->n; i++)
		if (publish_sync_dir(s->v[i].dir) == -1) {
			*failed = s->v[i].dir;
			return -1;
		}
	for (i = 0; i < s->nstale_dirs; i++)
		if (publish_sync_dir(s->stale_dirs[i]) == -1) {
			*failed = s->stale_dirs[i];
			return -1;
		}
	if ((s->made_top || s->n > 0) && publish_sync_dir(s->top) == -1) {
		*failed = s->top;
		return -1;
	}
	return 0;
}

int
doc_set_undo(struct doc_set *s)
{
	struct doc_stale *t;
	size_t	 i, k;
	int	 rc = 0;

	for (i = s->nstale; i-- > 0; ) {
		t = &s->stale[i];
		if (t->old == NULL)
			continue;
		if (rename(t->old, t->final) == -1) {
			msg_error(t->final, 0, "cannot restore the old file: "
			    "%s; it is gone until the next build",
			    strerror(errno));
			rc = -1;
		} else {
			free(t->old);
			t->old = NULL;
		}
	}
	for (i = s->n; i-- > 0; )
		for (k = s->nfmt; k-- > 0; )
			if (publish_undo(&s->v[i].pend[k]) == -1) {
				msg_error(s->v[i].pend[k].final, 0, "cannot "
				    "restore the old file: %s; the new one "
				    "stays until the next build",
				    strerror(errno));
				rc = -1;
			}
	return rc;
}

static void
add_change(struct doc_set *s, const char *path, const char *what)
{
	s->changes = xreallocarray(s->changes, s->nchanges + 1,
	    sizeof(*s->changes));
	s->changes[s->nchanges].path = xstrdup(path);
	s->changes[s->nchanges++].what = what;
}

void
doc_set_end(struct doc_set *s, bool published)
{
	struct pending	*p;
	size_t		 i, k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->nfmt; k++) {
			p = &s->v[i].pend[k];
			if (published && p->renamed)
				add_change(s, p->final, p->change ==
				    PUBLISH_NEW ? "created" : "replaced");
			if (published)
				publish_finish(p);
			else
				publish_abort(p);
		}
	for (i = 0; i < s->nstale; i++) {
		if (published && s->stale[i].old != NULL)
			add_change(s, s->stale[i].final, "removed");
		if (s->stale[i].old != NULL)
			unlink(s->stale[i].old);
		free(s->stale[i].old);
		s->stale[i].old = NULL;
	}
	/* Empty folders go: a stale one, or one made for nothing. */
	for (i = 0; i < s->nstale_dirs && published; i++)
		(void)rmdir(s->stale_dirs[i]);
	for (i = 0; i < s->n && !published; i++)
		if (s->v[i].made_dir)
			(void)rmdir(s->v[i].dir);
	if (!published && s->made_top)
		(void)rmdir(s->top);
	if (published && s->drop_empty_top && s->n == 0 && s->top != NULL)
		(void)rmdir(s->top);
	s->made_top = false;
	for (i = 0; i < s->n; i++)
		s->v[i].made_dir = false;
}

size_t
doc_set_preview(struct doc_set *s, FILE *f)
{
	static const char *const what[] = {
		[PUBLISH_NEW] = "would be created",
		[PUBLISH_CHANGED] = "would be replaced",
		[PUBLISH_SAME] = "unchanged",
	};
	struct doc	*d;
	size_t		 i, k, would = s->nstale;

	for (i = 0; i < s->n; i++) {
		d = &s->v[i];
		for (k = 0; k < s->nfmt; k++) {
			would += publish_change(&d->pend[k]) != PUBLISH_SAME;
			fprintf(f, "%s: %s (%zu %s, %lld bytes)\n",
			    d->pend[k].final, what[publish_change(&d->pend[k])],
			    d->written, d->written == 1 ? "entry" : "entries",
			    (long long)publish_size(&d->pend[k]));
		}
	}
	for (i = 0; i < s->nstale; i++)
		fprintf(f, "%s: would be removed (%s)\n", s->stale[i].final,
		    s->stale_why);
	return would;
}

bool
doc_set_renames_any(struct doc_set *s)
{
	size_t	 i, k;

	for (i = 0; i < s->n; i++)
		for (k = 0; k < s->nfmt; k++)
			if (publish_change(&s->v[i].pend[k]) != PUBLISH_SAME)
				return true;
	return false;
}

void
doc_set_count(const struct doc_set *s, size_t *files, long long *bytes)
{
	*files = s->nfiles;
	*bytes = s->bytes;
}

const struct doc_change *
doc_set_changes(const struct doc_set *s, size_t *n)
{
	*n = s->nchanges;
	return s->changes;
}

void
doc_set_free(struct doc_set *s)
{
	size_t	 i;

	if (s->begun)
		doc_set_end(s, false);
	for (i = 0; i < s->n; i++) {
		free(s->v[i].dir);
		free(s->v[i].rel);
	}
	free(s->v);
	free(s->top);
	for (i = 0; i < s->nstale; i++) {
		free(s->stale[i].final);
		free(s->stale[i].rel);
		free(s->stale[i].old);
	}
	free(s->stale);
	for (i = 0; i < s->nstale_dirs; i++)
		free(s->stale_dirs[i]);
	free(s->stale_dirs);
	for (i = 0; i < s->nchanges; i++)
		free(s->changes[i].path);
	free(s->changes);
}

/*
 * doc_set: extra output documents (the category feeds, the archive
 * documents) published in the same all-or-nothing set as the main feed.
 * Every document is a folder with a file per format (Atom, RSS, and JSON
 * when "json = yes"); the set makes their folders and temporary files,
 * writes them through the formats' writers, checks them as the main
 * files, keeps the old ones, renames them into place (and moves away
 * the stale files it was given), undoes that, and ends the publish. What
 * documents there are and what each holds is its owner's business.
 */
#ifndef FEEDWRIGHT_DOC_SET_H
#define FEEDWRIGHT_DOC_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "feed.h"
#include "outbuf.h"
#include "publish.h"
#include "settings.h"

struct validator;

#define DOC_NFMT	3		/* atom, rss, json */

/* One document: a folder with a file per format. */
struct doc {
	char			*dir;
	char			*rel;		/* "TOP/NAME/": test hooks' name */
	bool			 made_dir;	/* by this build */
	size_t			 written;	/* entries in this pass */
	struct pending		 pend[DOC_NFMT];
	struct outbuf		 out[DOC_NFMT];
	void			*w[DOC_NFMT];
};

/* A published file the set removes, and where it was moved. */
struct doc_stale {
	char			*final;
	char			*rel;		/* for test hooks */
	char			*old;		/* NULL: not moved (yet) */
};

/* A file the publish created, replaced or removed. */
struct doc_change {
	char			*path;
	const char		*what;		/* "created", "replaced", "removed" */
};

struct doc_set {
	const char		*what;		/* "the category feeds", for messages */
	const char		*stale_why;	/* why stale files go, for --dry-run */
	bool			 drop_empty_top; /* no document left: TOP goes too */
	const struct feed_format *fmt[DOC_NFMT];
	enum feed_format_id	 fid[DOC_NFMT];
	size_t			 nfmt;
	char			*top;		/* OUTDIR/TOP, the documents' folder */
	bool			 made_top;
	bool			 begun;
	struct doc		*v;
	size_t			 n;
	struct doc_stale	*stale;
	size_t			 nstale;
	char			**stale_dirs;
	size_t			 nstale_dirs;
	size_t			 nfiles;	/* written and checked */
	long long		 bytes;
	struct doc_change	*changes;
	size_t			 nchanges;
	/* Told of each file a killed build left and begin removes; NULL: none. */
	void			(*removed)(void *ctx, const char *path);
	void			*removed_ctx;
};

/* The formats of settings ST; WHAT names the documents in messages. */
void	 doc_set_init(struct doc_set *s, const struct settings *st,
	    const char *what);
void	 doc_set_free(struct doc_set *s);

/*
 * The folder TOP of N documents in OUTDIR (made unless TMPDIR, a
 * preview's, is given, and only if N > 0). Returns 0, or -1 reported.
 */
int	 doc_set_begin(struct doc_set *s, const char *outdir, const char *top,
	    size_t n, const char *tmpdir);
/*
 * Document I: its folder DIR (the set owns it now), named REL for test
 * hooks, and its temporary files. Returns 0, or -1 reported.
 */
int	 doc_set_begin_doc(struct doc_set *s, size_t i, char *dir,
	    const char *rel, const char *tmpdir, mode_t mode);
/* Published file FINAL (the set owns it now), named REL, goes in the set. */
void	 doc_set_stale(struct doc_set *s, char *final, const char *rel);
/* Folder DIR (the set owns it now) of stale files: synced, removed if empty. */
void	 doc_set_stale_dir(struct doc_set *s, char *dir);

/* Document I: opens every writer with head H (which must outlive close). */
void	 doc_set_open(struct doc_set *s, size_t i, const struct feed_head *h);
/* Gives entry E to every writer of document I. */
void	 doc_set_entry(struct doc_set *s, size_t i, const struct entry *e);
/*
 * Closes document I's writers; reports a write error unless RC is
 * already -1 (PREVIEW: blamed on the temporary file). Returns RC or -1.
 */
int	 doc_set_close(struct doc_set *s, size_t i, bool preview, int rc);
/* Empties the temporary files for another pass. 0, or -1 reported. */
int	 doc_set_rewind(struct doc_set *s);

/*
 * As the main files: check (with V, from check_output_validator; WARN;
 * TWO: on both cores, see check_output_files), sync, keep_old. 0, or -1
 * reported.
 */
int	 doc_set_check(struct doc_set *s, struct validator *v, bool warn,
	    bool two);
int	 doc_set_sync(struct doc_set *s);
int	 doc_set_keep_old(struct doc_set *s);
/*
 * Renames every file into place and moves the stale ones away. Returns
 * 0, or -1 with *failed (a path) and errno.
 */
int	 doc_set_switch(struct doc_set *s, const char **failed);
/* Undoes doc_set_switch; 0, or -1 when something stays (reported). */
int	 doc_set_undo(struct doc_set *s);
/*
 * Once the set is published (PUBLISHED) or not: drops the backups, the
 * temporary files and the folders made for nothing.
 */
void	 doc_set_end(struct doc_set *s, bool published);
/* Whether doc_set_switch renames a file into place (stale ones aside). */
bool	 doc_set_renames_any(struct doc_set *s);
/* --dry-run's line for every file; returns how many would change. */
size_t	 doc_set_preview(struct doc_set *s, FILE *f);
/* For the summary of -v: the files checked and their bytes. */
void	 doc_set_count(const struct doc_set *s, size_t *files,
	    long long *bytes);
/* After doc_set_end(s, true): the files that changed, for -v. */
const struct doc_change *doc_set_changes(const struct doc_set *s,
	    size_t *n);

#endif

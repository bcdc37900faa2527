/*
 * publish: putting a new file in place so that nobody ever reads half of
 * it. The new content goes to a temporary file created exclusively in the
 * destination folder; it is synced and then renamed over the old file,
 * and the folder is synced. When the content is what is already there,
 * the old file is left untouched (same inode and mtime, so web servers
 * keep answering 304 Not Modified).
 *
 * Temporary files are named ".NAME.XXXXXX" and are flock(2)ed by their
 * writer until renamed or removed, so a temporary file nobody holds a lock
 * on was left by a killed run and can be removed (publish_cleanup).
 */
#ifndef FEEDWRIGHT_PUBLISH_H
#define FEEDWRIGHT_PUBLISH_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>


struct pending {
	char	*dir;
	char	*final;		/* DIR/NAME */
	char	*tmp;		/* TMPDIR/.NAME.XXXXXX, NULL once gone */
	int	 fd;
	bool	 synced;	/* publish_sync done */
	int	 change;	/* publish_compare's answer; -1 not asked yet */
};

/* What publishing a pending file would do to the final one. */
enum publish_change {
	PUBLISH_NEW,		/* no file there yet */
	PUBLISH_CHANGED,	/* replaced */
	PUBLISH_SAME		/* same bytes: left alone */
};

/*
 * Creates the temporary file for DIR/NAME, in TMPDIR (NULL: in DIR, which
 * publish_commit needs: rename does not cross file systems), with MODE
 * whatever the umask. Returns 0, or -1 with errno.
 */
int	publish_begin(struct pending *p, const char *dir, const char *name,
	    const char *tmpdir, mode_t mode);
/* Compares the temporary file with the final one. */
enum publish_change publish_compare(const struct pending *p);
/* The same, for a file that is complete: asked once, the answer is kept. */
enum publish_change publish_change(struct pending *p);
/* The size of what was written so far, or -1. */
off_t	publish_size(const struct pending *p);
/*
 * Syncs the temporary file to disk, unless the final file holds the same
 * bytes. Called for every file before any is renamed, so that a full disk
 * (which may only show at fsync) stops them all. Returns 0, or -1 with
 * errno.
 */
int	publish_sync(struct pending *p);
/*
 * Syncs the temporary file (unless publish_sync did) and renames it over
 * the final name, unless the final file already holds the same bytes
 * (*changed false; the temporary file is removed). Returns 0, or -1 with
 * errno, the temporary file removed.
 */
int	publish_commit(struct pending *p, bool *changed);
/*
 * Copies the temporary file to descriptor OUT and removes it. Returns 0,
 * or -1 with errno (the temporary file removed all the same).
 */
int	publish_copy(struct pending *p, int out);
/* Removes the temporary file; the published one is untouched. */
void	publish_abort(struct pending *p);

/*
 * Removes the temporary files of NAMES[0..n) in DIR that no running
 * process holds (left by a killed run), calling removed(ctx, path) for
 * each. Returns 0, or -1 with errno if DIR cannot be read.
 */
int	publish_cleanup(const char *dir, const char *const *names, size_t n,
	    void (*removed)(void *ctx, const char *path), void *ctx);

/*
 * On SIGHUP, SIGINT and SIGTERM (unless ignored), removes the temporary
 * files being written, then dies of the signal as it would have. SIGKILL
 * cannot be caught: publish_cleanup is for what it leaves.
 */
void	publish_catch_signals(void);

/* Creates DIR (and its parents) if missing, mode 0755 whatever the umask. */
int	make_dirs(const char *dir);

#endif

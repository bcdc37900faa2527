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
 *
 * A set of files (a feed's atom.xml, rss.xml, ...) is published all or
 * nothing: publish_keep_old gives each published file that will change a
 * second name, ".NAME.old.XXXXXX" (a hard link: cheap, and it fails at
 * once on a file that cannot be replaced, such as an immutable one), then
 * publish_rename replaces each, and when one fails publish_undo puts back
 * what was already replaced. publish_finish drops the backups.
 */
#ifndef FEEDWRIGHT_PUBLISH_H
#define FEEDWRIGHT_PUBLISH_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>


struct pending {
	char	*dir;
	char	*final;		/* DIR/NAME */
	char	*tmp;		/* TMPDIR/.NAME.XXXXXX, NULL once gone */
	char	*old;		/* DIR/.NAME.old.XXXXXX, the published file kept */
	int	 fd;
	bool	 synced;	/* publish_sync done */
	bool	 renamed;	/* publish_rename done, not undone */
	int	 change;	/* publish_compare's answer; -1 not asked yet */
	bool	 comparing;	/* between publish_stream_begin and _end */
	bool	 differs;	/* the stream already differs from cmp_fd */
	int	 cmp_fd;	/* the published file, when comparing */
	/*
	 * The file published at FINAL as it was when this pending left it
	 * there (publish_left): renamed in, or compared and found the same.
	 */
	struct stat left;
	bool	 has_left;
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
/*
 * mkstemp(TEMPLATE) for a file that is renamed into place by its own
 * module, not published (the record cache): like publish_begin's
 * temporary files, it is on the list of files that a caught signal and
 * out_of_memory remove from before it exists, by TEMPLATE's address, so
 * that TEMPLATE must last until publish_forget. NAME is for test_hook's
 * tmp-created. Returns the descriptor, or -1 with errno (nothing listed).
 */
int	publish_mkstemp(char *template, const char *name);
/* Takes PATH (publish_mkstemp's TEMPLATE) off that list, once renamed or removed. */
void	publish_forget(const char *path);
/* Compares the temporary file with the final one. */
enum publish_change publish_compare(const struct pending *p);
/* The same, for a file that is complete: asked once, the answer is kept. */
enum publish_change publish_change(struct pending *p);
/*
 * Compares what is written with the published file while it is written,
 * so that the new file is never read back: publish_stream_begin before
 * the first byte, publish_stream_feed with every piece written, and
 * publish_stream_end after the last, which keeps the answer for
 * publish_change. Beginning again starts over (the file was rewritten).
 */
void	publish_stream_begin(struct pending *p);
void	publish_stream_feed(struct pending *p, const void *data, size_t n);
void	publish_stream_end(struct pending *p);
/*
 * The identity (fstat) of the file P left at its final name, taken by
 * its descriptor when it was renamed there, or, found the same, before
 * it was compared and unchanged once compared: never by the name later,
 * when another may have put a file there or changed it. False if not
 * known (P not published, or the file changed while it was compared).
 * It outlives publish_finish.
 */
bool	publish_left(const struct pending *p, struct stat *sb);
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
 * errno, the temporary file removed. For a single file; a set of files
 * goes through publish_keep_old, publish_rename and publish_finish.
 */
int	publish_commit(struct pending *p, bool *changed);
/*
 * When the final file exists and will be replaced, links it to a new
 * name .NAME.old.XXXXXX in DIR, for publish_undo. Returns 0, or -1 with
 * errno (nothing made).
 */
int	publish_keep_old(struct pending *p);
/*
 * Renames the synced temporary file over the final name, unless the final
 * file holds the same bytes (then nothing is done). Returns 0, or -1 with
 * errno; p->renamed says whether the published file was replaced.
 */
int	publish_rename(struct pending *p);
/*
 * Undoes publish_rename: puts the old file back (publish_keep_old's
 * backup), or removes the final file if there was none. Returns 0, or -1
 * with errno (the new file stays).
 */
int	publish_undo(struct pending *p);
/* Removes the backup once the set is published, and forgets P. */
void	publish_finish(struct pending *p);
/* Syncs folder DIR, so that renames in it last. Returns 0, or -1 with errno. */
int	publish_sync_dir(const char *dir);
/*
 * Copies the temporary file to descriptor OUT and removes it. Returns 0,
 * or -1 with errno (the temporary file removed all the same).
 */
int	publish_copy(struct pending *p, int out);
/* Removes the temporary file and the backup; the published file stays. */
void	publish_abort(struct pending *p);

/*
 * Removes the temporary files of NAMES[0..n) in DIR that no running
 * process holds (left by a killed run), and their backups
 * (.NAME.old.XXXXXX: a build makes and removes them under the feed's
 * lock, so call this under that lock; --dry-run's last only an instant,
 * and losing one harms nothing), calling removed(ctx, path) for
 * each unless REMOVED is NULL. Returns 0, or -1 with errno if DIR cannot be read.
 */
int	publish_cleanup(const char *dir, const char *const *names, size_t n,
	    void (*removed)(void *ctx, const char *path), void *ctx);

/*
 * On SIGHUP, SIGINT and SIGTERM (unless ignored), removes the temporary
 * files being written, then dies of the signal as it would have. SIGKILL
 * cannot be caught: publish_cleanup is for what it leaves.
 */
void	publish_catch_signals(void);
/* Those signals, for a thread that must not take them. */
void	publish_signal_set(sigset_t *set);
/*
 * HOLD true: those signals wait (the renames of a set and their undoing
 * are not cut in the middle); false: the signal mask is as it was before,
 * and what waited is delivered. Not nested.
 */
void	publish_hold_signals(bool hold);

/*
 * The set about to be written holds up to NEED files open at once (its
 * temporary files, the published files they are compared with, and a
 * margin): raises the soft limit on open files to NEED, as far as the
 * hard one allows, and keeps NEED for publish_strerror.
 */
void	publish_want_files(unsigned long need);
/*
 * strerror(ERR), for a file of the set that could not be made or opened;
 * for EMFILE, with the hard limit on open files and what the set needs
 * (written into BUF, of SIZE bytes, which is returned).
 */
const char *publish_strerror(int err, char *buf, size_t size);

/* Creates DIR (and its parents) if missing, mode 0755 whatever the umask. */
int	make_dirs(const char *dir);

#endif

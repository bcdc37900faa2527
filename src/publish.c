/*
 * publish: atomic replacement of published files (write, fsync, rename,
 * fsync the folder), and the removal of temporary files left by killed
 * runs.
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "publish.h"
#include "util.h"

#define TMP_SUFFIX	"XXXXXX"
#define TMP_TRIES	10
#define MAX_LIVE	16

/*
 * The temporary files being written, for the signal handler: the one
 * piece of global state, since a handler gets no context. Beyond
 * MAX_LIVE files, the next run's publish_cleanup removes what is left.
 */
static char *volatile live[MAX_LIVE];

static void
live_add(char *path)
{
	size_t	 i;

	for (i = 0; i < MAX_LIVE; i++) {
		if (live[i] == NULL) {
			live[i] = path;
			return;
		}
	}
}

static void
live_remove(const char *path)
{
	size_t	 i;

	for (i = 0; path != NULL && i < MAX_LIVE; i++)
		if (live[i] == path)
			live[i] = NULL;
}

static void
on_signal(int sig)
{
	size_t	 i;
	int	 saved = errno;

	for (i = 0; i < MAX_LIVE; i++)
		if (live[i] != NULL)
			unlink(live[i]);
	/* Blocked until the handler returns, then fatal. */
	signal(sig, SIG_DFL);
	raise(sig);
	errno = saved;
}

void
publish_catch_signals(void)
{
	static const int	 sigs[] = { SIGHUP, SIGINT, SIGTERM };
	struct sigaction	 sa, old;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

static void
pending_clear(struct pending *p)
{
	live_remove(p->tmp);
	free(p->dir);
	free(p->final);
	free(p->tmp);
	p->dir = p->final = p->tmp = NULL;
	p->fd = -1;
	p->synced = false;
	p->change = -1;
}

static char *
tmp_template(const char *dir, const char *name)
{
	struct buf	 b;

	buf_init(&b);
	buf_adds(&b, dir);
	buf_adds(&b, "/.");
	buf_adds(&b, name);
	buf_adds(&b, "." TMP_SUFFIX);
	return buf_steal(&b);
}

/*
 * Creates and locks a new temporary file. Between mkstemp and flock a
 * concurrent publish_cleanup may take the lock and remove the file; then
 * the lock fails, or the file has no link left, and another name is tried.
 */
static int
tmp_create(struct pending *p, const char *dir, const char *name)
{
	struct stat	 st;
	int		 i, fd;

	for (i = 0; i < TMP_TRIES; i++) {
		p->tmp = tmp_template(dir, name);
		/* mkstemp: O_EXCL and an unpredictable name, so no planted file or link is followed. */
		if ((fd = mkstemp(p->tmp)) == -1) {
			free(p->tmp);	/* not ours: never to be unlinked */
			p->tmp = NULL;
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) == -1 && errno == EWOULDBLOCK) {
			close(fd);
		} else if (fstat(fd, &st) == 0 && st.st_nlink == 0) {
			close(fd);
		} else {
			p->fd = fd;
			live_add(p->tmp);
			return 0;
		}
		free(p->tmp);
		p->tmp = NULL;
	}
	errno = EAGAIN;
	return -1;
}

int
publish_begin(struct pending *p, const char *dir, const char *name,
    const char *tmpdir, mode_t mode)
{
	int	 saved;

	p->dir = xstrdup(dir);
	p->final = path_join(dir, name);
	p->tmp = NULL;
	p->fd = -1;
	p->synced = false;
	p->change = -1;
	if (tmp_create(p, tmpdir != NULL ? tmpdir : dir, name) == -1 ||
	    fchmod(p->fd, mode) == -1) {
		saved = errno;
		publish_abort(p);
		errno = saved;
		return -1;
	}
	return 0;
}

/*
 * True if the files open on fds a and b hold the same bytes with the same
 * permissions (so a new "mode" setting is published too).
 */
static bool
same_content(int a, int b)
{
	struct stat	 sa, sb;
	char		 ba[65536], bb[65536];
	ssize_t		 na, nb;

	if (fstat(a, &sa) == -1 || fstat(b, &sb) == -1 ||
	    sa.st_size != sb.st_size || !S_ISREG(sb.st_mode) ||
	    (sa.st_mode & 07777) != (sb.st_mode & 07777))
		return false;
	if (lseek(a, 0, SEEK_SET) == -1)
		return false;
	for (;;) {
		na = read(a, ba, sizeof(ba));
		if (na <= 0)
			return na == 0 && read(b, bb, 1) == 0;
		for (nb = 0; nb < na; ) {
			ssize_t r = read(b, bb + nb, (size_t)(na - nb));

			if (r <= 0)
				return false;
			nb += r;
		}
		if (memcmp(ba, bb, (size_t)na) != 0)
			return false;
	}
}

enum publish_change
publish_compare(const struct pending *p)
{
	int	 old;
	bool	 same;

	if ((old = open(p->final, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		return errno == ENOENT ? PUBLISH_NEW : PUBLISH_CHANGED;
	same = same_content(p->fd, old);
	close(old);
	return same ? PUBLISH_SAME : PUBLISH_CHANGED;
}

/* Reading the old file is not free: a finished file is compared once. */
enum publish_change
publish_change(struct pending *p)
{
	if (p->change == -1)
		p->change = (int)publish_compare(p);
	return (enum publish_change)p->change;
}

off_t
publish_size(const struct pending *p)
{
	struct stat	 st;

	return fstat(p->fd, &st) == -1 ? -1 : st.st_size;
}

static int
sync_dir(const char *dir)
{
	int	 fd, rc;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int
publish_sync(struct pending *p)
{
	if (publish_change(p) != PUBLISH_SAME && fsync(p->fd) == -1)
		return -1;
	p->synced = true;
	return 0;
}

int
publish_commit(struct pending *p, bool *changed)
{
	int	 saved;

	*changed = false;
	if (!p->synced && publish_sync(p) == -1)
		goto fail;
	if (publish_change(p) == PUBLISH_SAME) {
		publish_abort(p);
		return 0;
	}
	if (rename(p->tmp, p->final) == -1)
		goto fail;
	live_remove(p->tmp);
	free(p->tmp);
	p->tmp = NULL;
	*changed = true;
	/* Closed only now: the lock on the temporary file lasts until it has its final name. */
	close(p->fd);
	p->fd = -1;
	if (sync_dir(p->dir) == -1)
		goto fail;
	pending_clear(p);
	return 0;
fail:
	saved = errno;
	publish_abort(p);
	errno = saved;
	return -1;
}

int
publish_copy(struct pending *p, int out)
{
	char	 b[65536];
	ssize_t	 n, w, off;
	int	 rc = 0, saved = 0;

	if (lseek(p->fd, 0, SEEK_SET) == -1)
		rc = -1;
	while (rc == 0 && (n = read(p->fd, b, sizeof(b))) != 0) {
		if (n < 0) {
			if (errno != EINTR)
				rc = -1;
			continue;
		}
		for (off = 0; off < n && rc == 0; ) {
			w = write(out, b + off, (size_t)(n - off));
			if (w >= 0)
				off += w;
			else if (errno != EINTR)
				rc = -1;
		}
	}
	if (rc == -1)
		saved = errno;
	publish_abort(p);
	errno = saved;
	return rc;
}

void
publish_abort(struct pending *p)
{
	if (p->tmp != NULL)
		unlink(p->tmp);		/* before close: we still hold its lock */
	if (p->fd != -1)
		close(p->fd);
	pending_clear(p);
}

/* True for ".NAME.XXXXXX", NAME one of names[], the X's what mkstemp makes. */
static bool
is_tmp_name(const char *s, const char *const *names, size_t n)
{
	const char	*x;
	size_t		 k, len, i;

	if (s[0] != '.')
		return false;
	for (k = 0; k < n; k++) {
		len = strlen(names[k]);
		if (strncmp(s + 1, names[k], len) != 0 || s[1 + len] != '.')
			continue;
		x = s + len + 2;
		for (i = 0; i < sizeof(TMP_SUFFIX) - 1; i++)
			if (!isalnum((unsigned char)x[i]))
				break;
		if (i == sizeof(TMP_SUFFIX) - 1 && x[i] == '\0')
			return true;
	}
	return false;
}

int
publish_cleanup(const char *dir, const char *const *names, size_t n,
    void (*removed)(void *ctx, const char *path), void *ctx)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 a, b;
	char		*path;
	int		 dfd, fd;

	if ((d = opendir(dir)) == NULL)
		return -1;
	dfd = dirfd(d);
	while ((de = readdir(d)) != NULL) {
		if (!is_tmp_name(de->d_name, names, n))
			continue;
		fd = openat(dfd, de->d_name, O_RDONLY | O_NOFOLLOW |
		    O_NONBLOCK | O_CLOEXEC);
		if (fd == -1)
			continue;
		/*
		 * Unlocked: its writer is gone. The name must still be this
		 * file: a writer renames before it unlocks.
		 */
		if (fstat(fd, &a) == 0 && S_ISREG(a.st_mode) &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0 &&
		    fstatat(dfd, de->d_name, &b, AT_SYMLINK_NOFOLLOW) == 0 &&
		    a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
		    unlinkat(dfd, de->d_name, 0) == 0) {
			path = path_join(dir, de->d_name);
			removed(ctx, path);
			free(path);
		}
		close(fd);
	}
	closedir(d);
	return 0;
}

int
make_dirs(const char *dir)
{
	char	*d = xstrdup(dir), *s;
	int	 rc = 0;

	for (s = d + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;

		*s = '\0';
		/* 0755 whatever the umask: a web server must read what is published. */
		if (mkdir(d, 0755) == 0)
			rc = chmod(d, 0755);
		else if (errno != EEXIST)
			rc = -1;
		*s = c;
		if (c == '\0')
			break;
	}
	free(d);
	return rc;
}

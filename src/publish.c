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
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "publish.h"
#include "test_hook.h"
#include "util.h"

#define TMP_SUFFIX	"XXXXXX"
#define OLD_INFIX	".old"
#define TMP_TRIES	10

/*
 * The temporary files being written, for the signal handler: the one
 * piece of global state, since a handler gets no context. Only the main
 * thread takes the caught signals (the checking threads block them), and
 * it blocks them while it changes the list, so the handler never sees it
 * half changed. out_of_memory removes them too, from whichever thread ran
 * out, so the list is also locked while it changes. A file left when the
 * list cannot grow is the next run's publish_cleanup's.
 */
static char	**live;
static size_t	  nlive, caplive;
static pthread_mutex_t live_lock = PTHREAD_MUTEX_INITIALIZER;

static const int caught[] = { SIGHUP, SIGINT, SIGTERM };

/* publish_want_files's NEED, for publish_strerror; 0: not said. */
static unsigned long files_wanted;

void
publish_signal_set(sigset_t *set)
{
	size_t	 i;

	sigemptyset(set);
	for (i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		sigaddset(set, caught[i]);
}

/* Adds PATH to the list; the caller holds the signals and the lock. */
static void
live_add(char *path)
{
	size_t		 cap = caplive ? 2 * caplive : 16;
	char		**v;

	if (nlive == caplive && cap < SIZE_MAX / sizeof(*v) &&
	    (v = malloc(cap * sizeof(*v))) != NULL) {
		if (nlive > 0)
			memcpy(v, live, nlive * sizeof(*v));
		free(live);
		live = v;
		caplive = cap;
	}
	if (nlive < caplive)
		live[nlive++] = path;
}

static void
live_remove(const char *path)
{
	sigset_t	 set, old;
	size_t		 i;

	if (path == NULL)
		return;
	publish_signal_set(&set);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	pthread_mutex_lock(&live_lock);
	for (i = 0; i < nlive; i++)
		if (live[i] == path) {
			live[i] = live[--nlive];
			break;
		}
	pthread_mutex_unlock(&live_lock);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/*
 * For out_of_memory: removes the files on the list, and keeps the list
 * locked, so that no other thread makes one while the process exits.
 * Nothing that holds the lock allocates through xmalloc.
 */
static void
live_remove_files(void)
{
	size_t	 i;

	pthread_mutex_lock(&live_lock);
	for (i = 0; i < nlive; i++)
		unlink(live[i]);
}

static void
on_signal(int sig)
{
	size_t	 i;
	int	 saved = errno;

	for (i = 0; i < nlive; i++)
		unlink(live[i]);
	/* Blocked until the handler returns, then fatal. */
	signal(sig, SIG_DFL);
	raise(sig);
	errno = saved;
}

void
publish_catch_signals(void)
{
	static const int	*sigs = caught;
	struct sigaction	 sa, old;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(caught) / sizeof(caught[0]); i++)
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

void
publish_hold_signals(bool hold)
{
	static sigset_t	 before;	/* as it was: they may have been blocked */
	sigset_t	 set;

	if (!hold) {
		pthread_sigmask(SIG_SETMASK, &before, NULL);
		return;
	}
	publish_signal_set(&set);
	pthread_sigmask(SIG_BLOCK, &set, &before);
}

static void
stream_close(struct pending *p)
{
	if (p->comparing && p->cmp_fd != -1)
		close(p->cmp_fd);
	p->comparing = false;
	p->cmp_fd = -1;
}

static void
pending_clear(struct pending *p)
{
	stream_close(p);
	live_remove(p->tmp);
	free(p->dir);
	free(p->final);
	free(p->tmp);
	free(p->old);
	p->dir = p->final = p->tmp = p->old = NULL;
	p->fd = -1;
	p->synced = false;
	p->renamed = false;
	p->change = -1;
	p->has_left = false;
}

/* NAME of DIR/NAME. */
static const char *
final_name(const struct pending *p)
{
	return strrchr(p->final, '/') + 1;
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
 * out_of_memory exits: the files on the list are removed first. Set once,
 * by the first file, in the main thread, before any checking thread that
 * may run out starts.
 */
static void
remove_on_out_of_memory(void)
{
	static bool	 oom_set;

	if (!oom_set) {
		on_out_of_memory(live_remove_files);
		oom_set = true;
	}
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
	sigset_t	 set, old;
	int		 i, fd, saved;

	remove_on_out_of_memory();
	publish_signal_set(&set);
	for (i = 0; i < TMP_TRIES; i++) {
		p->tmp = tmp_template(dir, name);
		/*
		 * Held from before the file exists until it is on the list:
		 * a SIGTERM while open(2) creates it would otherwise find it
		 * missing there, and leave it in the served folder. Locked,
		 * for out_of_memory in a checking thread alike.
		 */
		pthread_sigmask(SIG_BLOCK, &set, &old);
		pthread_mutex_lock(&live_lock);
		/* mkstemp: O_EXCL and an unpredictable name, so no planted file or link is followed. */
		if ((fd = mkstemp(p->tmp)) == -1) {
			saved = errno;
			pthread_mutex_unlock(&live_lock);
			pthread_sigmask(SIG_SETMASK, &old, NULL);
			free(p->tmp);	/* not ours: never to be unlinked */
			p->tmp = NULL;
			errno = saved;
			return -1;
		}
		test_hook("tmp-created", name);
		if (flock(fd, LOCK_EX | LOCK_NB) == -1 && errno == EWOULDBLOCK) {
			close(fd);
		} else if (fstat(fd, &st) == 0 && st.st_nlink == 0) {
			close(fd);
		} else {
			p->fd = fd;
			live_add(p->tmp);
			pthread_mutex_unlock(&live_lock);
			pthread_sigmask(SIG_SETMASK, &old, NULL);
			return 0;
		}
		pthread_mutex_unlock(&live_lock);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		free(p->tmp);
		p->tmp = NULL;
	}
	errno = EAGAIN;
	return -1;
}

int
publish_mkstemp(char *template, const char *name)
{
	sigset_t	 set, old;
	int		 fd, saved;

	remove_on_out_of_memory();
	publish_signal_set(&set);
	/* As in tmp_create: listed before a caught signal can be taken. */
	pthread_sigmask(SIG_BLOCK, &set, &old);
	pthread_mutex_lock(&live_lock);
	if ((fd = mkstemp(template)) != -1) {
		test_hook("tmp-created", name);
		live_add(template);
	}
	saved = errno;
	pthread_mutex_unlock(&live_lock);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = saved;
	return fd;
}

void
publish_forget(const char *path)
{
	live_remove(path);
}

int
publish_begin(struct pending *p, const char *dir, const char *name,
    const char *tmpdir, mode_t mode)
{
	int	 saved;

	p->dir = xstrdup(dir);
	p->final = path_join(dir, name);
	p->tmp = NULL;
	p->old = NULL;
	p->fd = -1;
	p->synced = false;
	p->renamed = false;
	p->change = -1;
	p->comparing = false;
	p->cmp_fd = -1;
	p->has_left = false;
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

/*
 * publish_compare; with LEFT, *HAS_LEFT says whether the published file,
 * found the same, was unchanged while compared (*LEFT: its fstat before).
 */
static enum publish_change
compare_final(const struct pending *p, struct stat *left, bool *has_left)
{
	struct stat	 after;
	int		 old;
	bool		 same;

	if (left != NULL)
		*has_left = false;
	if ((old = open(p->final, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		return errno == ENOENT ? PUBLISH_NEW : PUBLISH_CHANGED;
	same = (left == NULL || fstat(old, left) == 0) &&
	    same_content(p->fd, old) &&
	    (left == NULL || fstat(old, &after) == 0);
	if (same && left != NULL)
		*has_left = file_same(left, &after);
	close(old);
	return same ? PUBLISH_SAME : PUBLISH_CHANGED;
}

enum publish_change
publish_compare(const struct pending *p)
{
	return compare_final(p, NULL, NULL);
}

void
publish_stream_begin(struct pending *p)
{
	stream_close(p);
	p->change = -1;
	p->comparing = true;
	p->differs = false;
	if ((p->cmp_fd = open(p->final, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		p->change = errno == ENOENT ? PUBLISH_NEW : PUBLISH_CHANGED;
	p->has_left = p->cmp_fd != -1 && fstat(p->cmp_fd, &p->left) == 0;
}

void
publish_stream_feed(struct pending *p, const void *data, size_t n)
{
	const char	*d = data;
	char		 b[65536];
	size_t		 want;
	ssize_t		 got;

	if (!p->comparing || p->cmp_fd == -1 || p->differs)
		return;
	while (n > 0) {
		want = n < sizeof(b) ? n : sizeof(b);
		if ((got = read(p->cmp_fd, b, want)) == -1 && errno == EINTR)
			continue;
		if (got <= 0 || memcmp(b, d, (size_t)got) != 0) {
			p->differs = true;
			return;
		}
		d += got;
		n -= (size_t)got;
	}
}

void
publish_stream_end(struct pending *p)
{
	struct stat	 sa, sb;
	char		 c;

	if (!p->comparing)
		return;
	if (p->cmp_fd != -1) {
		/* Same bytes, nothing after them, same permissions: see same_content. */
		p->change = !p->differs && read(p->cmp_fd, &c, 1) == 0 &&
		    fstat(p->fd, &sa) == 0 && fstat(p->cmp_fd, &sb) == 0 &&
		    S_ISREG(sb.st_mode) && (sa.st_mode & 07777) ==
		    (sb.st_mode & 07777) ? PUBLISH_SAME : PUBLISH_CHANGED;
		/* Left as compared only if nothing changed it meanwhile. */
		p->has_left = p->has_left && p->change == PUBLISH_SAME &&
		    file_same(&p->left, &sb);
	} else
		p->has_left = false;
	stream_close(p);
}

/* Reading the old file is not free: a finished file is compared once. */
enum publish_change
publish_change(struct pending *p)
{
	/* As publish_stream_end: left as compared, if unchanged meanwhile. */
	if (p->change == -1)
		p->change = (int)compare_final(p, &p->left, &p->has_left);
	return (enum publish_change)p->change;
}

off_t
publish_size(const struct pending *p)
{
	struct stat	 st;

	return fstat(p->fd, &st) == -1 ? -1 : st.st_size;
}

int
publish_sync_dir(const char *dir)
{
	int	 fd, rc;

	if (test_hook("before-sync-folder", NULL) == -1)
		return -1;
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
	if ((!p->synced && publish_sync(p) == -1) || publish_rename(p) == -1)
		goto fail;
	*changed = p->renamed;
	if (p->renamed && publish_sync_dir(p->dir) == -1)
		goto fail;
	publish_finish(p);	/* removes the temporary file of an unchanged one */
	return 0;
fail:
	saved = errno;
	publish_abort(p);
	errno = saved;
	return -1;
}

/*
 * A new name for the backup of the published file. Unlike a temporary
 * file's, it need not be unpredictable: link(2) never follows or replaces
 * what is at the new name, so a planted file only costs another try.
 */
static char *
old_template(const struct pending *p, unsigned try)
{
	static const char	 digits[] = "0123456789"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	struct timespec		 ts;
	struct buf		 b;
	unsigned long		 v;
	size_t			 i;

	clock_gettime(CLOCK_REALTIME, &ts);
	v = (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 12) ^
	    (try * 7919UL);
	buf_init(&b);
	buf_adds(&b, p->dir);
	buf_adds(&b, "/.");
	buf_adds(&b, final_name(p));
	buf_adds(&b, OLD_INFIX ".");
	for (i = 0; i < sizeof(TMP_SUFFIX) - 1; i++, v /= 62)
		buf_addc(&b, digits[v % 62]);
	return buf_steal(&b);
}

/*
 * Keeps the published file under the name P->old as a copy, with its mode
 * and mtime (a restore then gives web servers the same Last-Modified).
 * For when link(2) is refused: with fs.protected_hardlinks, a build run by
 * another user than the one who published last may not link the file.
 * That costs a read and a write of the file, where a link costs nothing.
 * Returns 0, or -1 with errno (EEXIST: the name is taken, try another).
 */
static int
copy_old(struct pending *p)
{
	struct timespec	 times[2];
	struct stat	 st;
	char		 b[65536];
	ssize_t		 n;
	int		 in, out = -1, rc = -1, saved;

	if ((in = open(p->final, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		return -1;
	if (fstat(in, &st) == -1)
		goto out;
	/*
	 * Only a file of another user's, and not for root, which that rule
	 * spares: an EPERM then means immutable, which a copy cannot mend.
	 */
	if (geteuid() == 0 || st.st_uid == geteuid()) {
		errno = EPERM;
		goto out;
	}
	if ((out = open(p->old, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
	    O_NOFOLLOW, st.st_mode & 07777)) == -1)
		goto out;
	while ((n = read(in, b, sizeof(b))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			goto out;
		}
		if (write_full(out, b, (size_t)n) == -1)
			goto out;
	}
	times[0] = st.st_atim;
	times[1] = st.st_mtim;
	if (fchmod(out, st.st_mode & 07777) == 0 && futimens(out, times) == 0)
		rc = 0;
out:
	saved = errno;
	close(in);
	if (out != -1) {
		if (close(out) == -1 && rc == 0) {
			saved = errno;
			rc = -1;
		}
		if (rc == -1)
			unlink(p->old);
	}
	errno = saved;
	return rc;
}

int
publish_keep_old(struct pending *p)
{
	unsigned	 i;

	if (publish_change(p) != PUBLISH_CHANGED)
		return 0;
	if (test_hook("before-link", final_name(p)) == -1)
		return -1;
	for (i = 0; i < TMP_TRIES; i++) {
		p->old = old_template(p, i);
		if (link(p->final, p->old) == 0 ||
		    (errno == EPERM && copy_old(p) == 0))
			return 0;
		free(p->old);
		p->old = NULL;
		/* Gone since it was compared: there is nothing to keep. */
		if (errno == ENOENT) {
			p->change = PUBLISH_NEW;
			return 0;
		}
		if (errno != EEXIST)
			return -1;
	}
	errno = EEXIST;
	return -1;
}

int
publish_rename(struct pending *p)
{
	if (publish_change(p) == PUBLISH_SAME)
		return 0;
	if (test_hook("before-rename", final_name(p)) == -1 ||
	    rename(p->tmp, p->final) == -1)
		return -1;
	p->renamed = true;
	/* By the descriptor: the name may be another file's in a moment. */
	p->has_left = fstat(p->fd, &p->left) == 0;
	live_remove(p->tmp);
	free(p->tmp);
	p->tmp = NULL;
	/* Closed only now: the lock on the temporary file lasts until it has its final name. */
	close(p->fd);
	p->fd = -1;
	return test_hook("after-rename", final_name(p));
}

int
publish_undo(struct pending *p)
{
	if (!p->renamed)
		return 0;
	if (test_hook("before-restore", final_name(p)) == -1 ||
	    (p->old != NULL ? rename(p->old, p->final) :
	    unlink(p->final)) == -1)
		return -1;
	free(p->old);
	p->old = NULL;
	p->renamed = false;
	p->has_left = false;
	return 0;
}

void
publish_finish(struct pending *p)
{
	struct stat	 left = p->left;
	bool		 has_left = p->has_left;

	if (p->old != NULL)
		unlink(p->old);
	publish_abort(p);
	p->left = left;
	p->has_left = has_left;
}

bool
publish_left(const struct pending *p, struct stat *sb)
{
	if (p->has_left)
		*sb = p->left;
	return p->has_left;
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
	if (p->old != NULL)
		unlink(p->old);
	if (p->tmp != NULL)
		unlink(p->tmp);		/* before close: we still hold its lock */
	if (p->fd != -1)
		close(p->fd);
	pending_clear(p);
}

/*
 * True for ".NAME.XXXXXX" and ".NAME.old.XXXXXX", NAME one of names[],
 * the X's what mkstemp (or old_template) makes.
 */
static bool
is_tmp_name(const char *s, const char *const *names, size_t n)
{
	const char	*x;
	size_t		 k, len, i;

	if (s[0] != '.')
		return false;
	for (k = 0; k < n; k++) {
		len = strlen(names[k]);
		if (strncmp(s + 1, names[k], len) != 0)
			continue;
		x = s + 1 + len;
		if (strncmp(x, OLD_INFIX ".", sizeof(OLD_INFIX)) == 0)
			x += sizeof(OLD_INFIX) - 1;
		if (*x++ != '.')
			continue;
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
		    unlinkat(dfd, de->d_name, 0) == 0 && removed != NULL) {
			path = path_join(dir, de->d_name);
			removed(ctx, path);
			free(path);
		}
		close(fd);
	}
	closedir(d);
	return 0;
}

void
publish_want_files(unsigned long need)
{
	struct rlimit	 rl;

	files_wanted = need;
	if (getrlimit(RLIMIT_NOFILE, &rl) == -1 ||
	    rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= need)
		return;
	rl.rlim_cur = rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need ?
	    rl.rlim_max : need;
	(void)setrlimit(RLIMIT_NOFILE, &rl);
}

const char *
publish_strerror(int err, char *buf, size_t size)
{
	struct rlimit	 rl;
	char		 hard[32];

	if (err != EMFILE || getrlimit(RLIMIT_NOFILE, &rl) == -1)
		return strerror(err);
	if (rl.rlim_max == RLIM_INFINITY)
		snprintf(hard, sizeof(hard), "unlimited");
	else
		snprintf(hard, sizeof(hard), "%llu",
		    (unsigned long long)rl.rlim_max);
	if (files_wanted == 0)
		snprintf(buf, size, "%s (the hard limit on open files, "
		    "RLIMIT_NOFILE, is %s)", strerror(err), hard);
	else if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < files_wanted)
		snprintf(buf, size, "%s (the set needs %lu open at once, and "
		    "the hard limit on open files, RLIMIT_NOFILE, is %s: "
		    "raise it to %lu, with ulimit -Hn or systemd's "
		    "LimitNOFILE=)", strerror(err), files_wanted, hard,
		    files_wanted);
	else
		snprintf(buf, size, "%s (the set needs %lu open at once; the "
		    "hard limit on open files, RLIMIT_NOFILE, is %s)",
		    strerror(err), files_wanted, hard);
	return buf;
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

/*
 * lock: flock(2) with a bounded wait. flock has no timeout, so the wait
 * polls with LOCK_NB, sleeping a little longer each time (up to 200 ms),
 * against the monotonic clock so that a clock change cannot stretch it.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lock.h"
#include "test_hook.h"
#include "util.h"

static long
now_ms(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
sleep_ms(long ms)
{
	struct timespec	 ts;

	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (ms % 1000) * 1000000;
	nanosleep(&ts, NULL);
}

/* Opens the folder PATH is in. */
static int
open_folder(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir;
	int		 fd;

	if (slash == NULL)
		return open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	dir = xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	return fd;
}

/*
 * Opens the lock file for writing, creating it if need be. A new one gets
 * mode 0644 whatever the umask: builds of the feed run as other users
 * must be able to open it too (they only need to read it). A lock file
 * that is already there keeps the mode its owner gave it. O_NONBLOCK: a
 * FIFO planted there must not hold the build.
 */
static int
open_lock_file(const char *path)
{
	const int	 flags = O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK |
			    O_NOCTTY;
	int		 fd, tries, saved;

	for (tries = 0; tries < 3; tries++) {
		if ((fd = open(path, flags | O_CREAT | O_EXCL, 0644)) != -1) {
			if (fchmod(fd, 0644) == -1) {
				saved = errno;
				close(fd);
				errno = saved;
				return -1;
			}
			return fd;
		}
		if (errno != EEXIST)
			return -1;
		/* Made by another build, or there already: keep its mode. */
		if ((fd = open(path, flags)) != -1 || errno != ENOENT)
			return fd;
		/* Removed in between: try again. */
	}
	return -1;
}

int
lock_take(struct lock *l, const char *path, long wait_ms)
{
	long	 deadline = now_ms() + wait_ms, left, pause = 10;
	int	 saved;

	l->fd = open_lock_file(path);
	/* flock needs no write access: a lock file the owner made read-only still serves. */
	if (l->fd == -1 && (errno == EACCES || errno == EROFS ||
	    errno == EPERM)) {
		saved = errno;
		l->fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
		    O_NONBLOCK | O_NOCTTY);
		/* No lock file, and none can be made: lock its folder itself. */
		if (l->fd == -1 && errno == ENOENT)
			l->fd = open_folder(path);
		if (l->fd == -1)
			errno = saved;	/* why it could not be created */
	}
	if (l->fd == -1)
		return -1;
	for (;;) {
		if (flock(l->fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno != EWOULDBLOCK && errno != EINTR) {
			saved = errno;
			lock_release(l);
			errno = saved;
			return -1;
		}
		(void)test_hook("lock-busy", NULL);
		left = deadline - now_ms();
		if (left <= 0) {
			lock_release(l);
			return 1;
		}
		sleep_ms(pause < left ? pause : left);
		if (pause < 200)
			pause *= 2;
	}
}

void
lock_release(struct lock *l)
{
	if (l->fd != -1)
		close(l->fd);	/* closing the only descriptor drops the flock */
	l->fd = -1;
}

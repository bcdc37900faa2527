/*
 * lock: one build of a feed at a time. An exclusive flock(2) on a lock
 * file; the kernel drops the lock when the process ends, however it ends,
 * so a killed build never leaves a stale lock behind. The lock file itself
 * stays (removing it would race with a build that has just opened it).
 */
#ifndef FEEDWRIGHT_LOCK_H
#define FEEDWRIGHT_LOCK_H

struct lock {
	int	 fd;		/* -1 when not held */
};

/*
 * Opens PATH (creating it, mode 0644, if missing; read-only if it exists
 * but is not writable; when it is missing and cannot be created, the
 * folder it would be in) and takes an exclusive lock, trying for up to
 * WAIT_MS milliseconds (0: one try). Returns 0 when the lock is held, 1
 * when another process held it all that time, -1 with errno on failure.
 */
int	lock_take(struct lock *l, const char *path, long wait_ms);
/* Drops the lock (a no-op when not held). */
void	lock_release(struct lock *l);

#endif

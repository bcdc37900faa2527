/*
 * stat_ahead: the status of each of a batch of names in a folder, taken
 * by a second thread while the caller works through the batch before it.
 * When the record cache knows every record of a 100,000-record folder,
 * choosing the entries is mostly fstatat calls (about 2.5 us each here):
 * a second core takes them off the one that chooses.
 */
#ifndef FEEDWRIGHT_STAT_AHEAD_H
#define FEEDWRIGHT_STAT_AHEAD_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

/* What fstatat said of one name, without following a link. */
struct name_status {
	struct stat	 st;
	bool		 ok;		/* st is valid */
};

/* One batch: the names, where their status goes, and who takes it. */
struct stat_batch {
	int			 dirfd;
	char *const		*names;
	size_t			 n;
	struct name_status	*out;
	pthread_t		 thread;
	bool			 running;	/* thread is taking it */
};

/*
 * Starts taking the status of NAMES[i], i < N, relative to the folder
 * open as DIRFD, into OUT[i]: in a thread of its own if IN_THREAD and one
 * can be started, else at once in this one. OUT is read only after
 * stat_batch_wait.
 */
void	stat_batch_start(struct stat_batch *sb, int dirfd,
	    char *const *names, size_t n, struct name_status *out,
	    bool in_thread);
void	stat_batch_wait(struct stat_batch *sb);

#endif

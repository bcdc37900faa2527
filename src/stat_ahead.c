/*
 * stat_ahead: fstatat over a batch of names, in a thread of its own if
 * wanted. Every name gets the same call either way; only who makes it
 * and when differ.
 */
#include "config.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>

#include "stat_ahead.h"

static void *
stat_all(void *arg)
{
	struct stat_batch	*sb = arg;
	size_t			 i;

	for (i = 0; i < sb->n; i++)
		sb->out[i].ok = fstatat(sb->dirfd, sb->names[i],
		    &sb->out[i].st, AT_SYMLINK_NOFOLLOW) == 0;
	return NULL;
}

void
stat_batch_start(struct stat_batch *sb, int dirfd, char *const *names,
    size_t n, struct name_status *out, bool in_thread)
{
	sb->dirfd = dirfd;
	sb->names = names;
	sb->n = n;
	sb->out = out;
	sb->running = in_thread &&
	    pthread_create(&sb->thread, NULL, stat_all, sb) == 0;
	if (!sb->running)
		(void)stat_all(sb);
}

void
stat_batch_wait(struct stat_batch *sb)
{
	if (sb->running)
		pthread_join(sb->thread, NULL);
	sb->running = false;
}

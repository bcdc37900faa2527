/*
 * hub_pending: the WebSub hubs that were not told of a feed, remembered
 * in FEEDDIR/.feedwright-hubs-pending until a later build tells them.
 * A build tells each hub of the feeds that changed and of the feeds it
 * was not told of before, in one request. The file is written ahead,
 * before the hubs are asked, with each of them as not told, so that a
 * build stopped while it waits on a hub leaves it to the next; once
 * they answered, it holds what is still untold. It names a hub by its URL and a feed by its URL (the
 * topic), one pair a line; no file, nothing pending. Only hubs still in
 * feed.conf and feeds still published are told: the rest is forgotten.
 * A damaged or unreadable file is not trusted: a warning, and every hub
 * is told of every feed, which costs a hub one needless fetch at most.
 */
#ifndef FEEDWRIGHT_HUB_PENDING_H
#define FEEDWRIGHT_HUB_PENDING_H

#include <stdbool.h>
#include <stddef.h>

#define HUB_PENDING_FILE	".feedwright-hubs-pending"

/* What a published build tells its hubs. */
struct hub_notice {
	const char		*feeddir;
	const char		*conf_path;	/* feed.conf, for the hubs' lines */
	const char		*lock_path;	/* the build's lock */
	long			 wait_ms;	/* for the lock, as the build */
	char *const		*hubs;		/* feed.conf's, in its order */
	const unsigned long	*lines;
	size_t			 nhubs;
	const char *const	*changed;	/* feeds changed by this build */
	size_t			 nchanged;
	const char *const	*published;	/* every feed naming the hubs */
	size_t			 npublished;
	bool			 tell_all;	/* every hub of every feed: the
						   last build may have published
						   a change it told nobody of */
	bool			 warn;		/* not -q */
	bool			 verbose;	/* -v */
};

/* What a build owes its hubs (hub_pending.c). */
struct hub_owed;

/*
 * Under the build's lock, once its feeds are published: reads what is
 * pending, chooses what each hub is to be told (the changed feeds, and
 * the published feeds it was not told of before), and writes the file
 * ahead with every such hub as not told, so that a build stopped while it
 * asks the hubs leaves them to the next. Everything needed is copied:
 * N's owner may be freed. Returns NULL when nothing is to be told and
 * nothing was pending; else free the result with hub_pending_tell().
 */
struct hub_owed *hub_pending_owe(const struct hub_notice *n);

/* Whether what O owes is on disk: written ahead, or nothing to tell. */
bool	hub_pending_ahead(const struct hub_owed *o);

/*
 * Without the lock: tells each hub what O owes it; then, under the
 * build's lock again, remembers which hub was not told of which feed.
 * Frees O. Returns the number of hubs not told.
 */
size_t	hub_pending_tell(struct hub_owed *o);

#endif

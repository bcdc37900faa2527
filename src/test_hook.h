/*
 * test_hook: named points in the build where a test can stop it, kill it
 * or make an operation fail, deterministically. The installed program
 * links test_hook_off.c, whose test_hook does nothing; make check also
 * builds tests/feedwright-hooked, whose test_hook (tests/test_hook.c)
 * obeys the FEEDWRIGHT_TEST_HOOK environment variable. The points:
 *
 *	lock-busy		another build holds the feed's lock (each try)
 *	after-lock		the feed's lock is held
 *	check-published		the published feed is about to be read, to
 *				check the ledger against it (fail: it cannot)
 *	tmp-created:NAME	the temporary file for NAME is created, not
 *				yet locked (the caught signals held); NAME
 *				.feedwright-cache: the record cache's
 *	before-read:NAME	before a record (articles/NAME) is read
 *	check-read:NAME		the check of the new NAME reads its first bytes
 *				(in a thread of its own, unless one thread)
 *	after-write		every temporary file is written and checked
 *	before-link:NAME	before the published NAME is kept as a backup
 *	before-rename:NAME	before the new NAME replaces the published one
 *	after-rename:NAME	after it did
 *	before-sync-folder	before a folder's fsync: after every rename,
 *				or, with archives or WebSub hubs, first the
 *				feed folder's for its .feedwright-publishing,
 *				before any
 *	before-restore:NAME	before a failed set puts the old NAME back
 *	before-check:category/SLUG/NAME	before a category feed is checked
 *	before-remove:category/SLUG/NAME	before the feed of a category
 *				no record uses any more is removed
 *	hubs-told		the WebSub hubs were asked, the lock not yet
 *				taken again to remember who was not told
 *	xml-alloc		libxml2 allocates memory (fail: it cannot,
 *				which is out_of_memory's), in any thread
 *	validate-file:PATH	validate starts the check of the file PATH
 *				(as given, or as --chain found it)
 *	json-item:ID		a JSON Feed item of id ID is written (fail:
 *				without its content, an invalid item, which
 *				the check of every feed.json must stop)
 */
#ifndef FEEDWRIGHT_TEST_HOOK_H
#define FEEDWRIGHT_TEST_HOOK_H

/*
 * At POINT (followed by ":NAME" when NAME is not NULL): returns 0 to go
 * on, or -1 with errno set, and the caller then fails the operation at
 * that point as if the system had returned that error.
 */
int	test_hook(const char *point, const char *name);

#endif

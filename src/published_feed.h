/*
 * published_feed: the entries of a feed already published (atom.xml, or
 * rss.xml), as readers have them: what the ledger is checked against
 * before a build publishes, and what `recover` rebuilds it from. Never
 * fetches anything and keeps libxml2's limits: the file may not be ours.
 */
#ifndef FEEDWRIGHT_PUBLISHED_FEED_H
#define FEEDWRIGHT_PUBLISHED_FEED_H

#include <stdbool.h>
#include <stddef.h>

struct published_entry {
	char	*id;		/* Atom id, RSS guid; NULL: none */
	char	*link;		/* the alternate link */
	char	*title;
	char	*published;	/* as written: RFC 3339, or RSS's RFC 822 */
	char	*updated;	/* NULL in RSS */
};

struct published_feed {
	struct published_entry	*v;
	size_t			 n;
	bool			 rss;
};

/*
 * Reads the feed at PATH (RSS when RSS). Returns 0, or -1 with a reason
 * in msg[0..size).
 */
int	published_feed_read(const char *path, bool rss,
	    struct published_feed *f, char *msg, size_t size);
void	published_feed_free(struct published_feed *f);

#endif

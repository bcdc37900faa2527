/*
 * published_feed: a feed already published (atom.xml, or rss.xml), as
 * readers have it: what the ledger is checked against before a build
 * publishes, and what `recover` rebuilds it from. It is read by feed_keys
 * (no network, no DTD, libxml2's limits on: the file may not be ours),
 * but only from a regular file, never through a link or from a FIFO.
 */
#ifndef FEEDWRIGHT_PUBLISHED_FEED_H
#define FEEDWRIGHT_PUBLISHED_FEED_H

#include <stdbool.h>
#include <stddef.h>

#include "feed_keys.h"

/*
 * Reads the feed at PATH (RSS when RSS) into K; with IDS_ONLY, of its
 * entries their ids only (feed_keys_read_fd). Returns 0, or -1 with a
 * reason in msg[0..size) and K empty. Free K with feed_keys_free.
 */
int	published_feed_read(const char *path, bool rss, bool ids_only,
	    struct feed_keys *k, char *msg, size_t size);

#endif

/*
 * websub: telling WebSub hubs that feeds changed (the publisher side of
 * the W3C Recommendation, with the PubSubHubbub 0.4 publish request every
 * public hub takes): one HTTP POST per hub, its form body naming each
 * changed feed in a hub.url field. Hubs are reached over http or https
 * through libcurl, with every exchange bounded in time, so that a dead
 * hub never holds up a cron job for long.
 */
#ifndef FEEDWRIGHT_WEBSUB_H
#define FEEDWRIGHT_WEBSUB_H

#include <stddef.h>

/*
 * The bound on one exchange with a hub, connecting included, up to its
 * status and headers (the body of its answer is not read).
 */
#define WEBSUB_TIMEOUT_MS	10000L

/*
 * For the test suite only: a shorter bound, in milliseconds (1 to
 * WEBSUB_TIMEOUT_MS; anything else is ignored), so that a test of a hub
 * that never answers does not take the full time.
 */
#define WEBSUB_TIMEOUT_ENV	"FEEDWRIGHT_TEST_HUB_TIMEOUT_MS"

/* A hub, the feeds it is to be told of, and whether it was told. */
struct websub_hub {
	const char		*url;
	unsigned long		 line;		/* of the hub in feed.conf */
	const char *const	*topics;
	size_t			 ntopics;	/* 0: not asked */
	int			 told;		/* set by websub_notify */
};

/*
 * Tells each of HUBS[0..nhubs) that has topics that the feeds at its
 * TOPICS changed, one request per hub. A hub answering 2xx was told
 * (told 1); any other answer, or none, is reported on stderr, blamed on
 * the hub's line of CONF_PATH (told 0). With VERBOSE, each hub told is
 * said too. Returns the number of hubs that were not told.
 */
size_t	websub_notify(const char *conf_path, struct websub_hub *hubs,
	    size_t nhubs, int verbose);

#endif

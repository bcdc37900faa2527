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

/* The bound on one exchange with a hub, connecting included. */
#define WEBSUB_TIMEOUT_MS	10000L

/*
 * For the test suite only: a shorter bound, in milliseconds (1 to
 * WEBSUB_TIMEOUT_MS; anything else is ignored), so that a test of a hub
 * that never answers does not take the full time.
 */
#define WEBSUB_TIMEOUT_ENV	"FEEDWRIGHT_TEST_HUB_TIMEOUT_MS"

/*
 * Tells each of HUBS[0..nhubs) that the feeds at TOPICS[0..ntopics)
 * changed. A hub answering 2xx was told; any other answer, or none, is
 * reported on stderr, blamed on the hub's line (LINES[i]) of CONF_PATH.
 * With VERBOSE, each hub told is said too. Returns the number of hubs
 * that were not told.
 */
size_t	websub_notify(const char *conf_path, char *const *hubs,
	    const unsigned long *lines, size_t nhubs,
	    char *const *topics, size_t ntopics, int verbose);

#endif

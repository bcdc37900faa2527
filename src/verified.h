/*
 * verified: FEEDDIR/.feedwright-verified, the pair a build left: the
 * ledger and the published feed the next build checks it against
 * (continuity.c), each named by the identity of its file (device, inode,
 * size, and its modification and change times to the nanosecond), taken
 * once both were published. Build wrote that feed from that ledger, so
 * every id in it is one the ledger holds: while both files are still
 * those, the next build need not read the feed back to know it. A
 * ledger restored or edited, a feed copied back or changed in place, a
 * build killed before recording: any of them gives another identity, and
 * the feed is read and checked as before.
 *
 * Like .feedwright-cache, it only saves time: any build may delete it,
 * and one that finds it unreadable or different checks the feed.
 */
#ifndef FEEDWRIGHT_VERIFIED_H
#define FEEDWRIGHT_VERIFIED_H

#include <stdbool.h>

#define VERIFIED_FILE	".feedwright-verified"	/* in the feed folder */

/*
 * Whether FEEDDIR's record names the files at LEDGER and FEED, as they
 * are now, as the pair a build left. Stat the ledger after reading it:
 * a ledger replaced before the read then has another identity.
 */
bool	verified_pair(const char *feeddir, const char *ledger,
	    const char *feed);
/*
 * Records the files at LEDGER and FEED, as they are now, as the pair
 * just published (nothing is written if the record already says so).
 * Quiet: a record not written only costs the next build a read.
 */
void	verified_record(const char *feeddir, const char *ledger,
	    const char *feed);
#endif

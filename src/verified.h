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

struct stat;

/*
 * Whether FEEDDIR's record names LEDGER (the ledger's identity, taken
 * just after it was read: a ledger replaced before the read is another
 * file) and the file at FEED, as it is now, as the pair a build left.
 */
bool	verified_pair(const char *feeddir, const struct stat *ledger,
	    const char *feed);
/*
 * Records LEDGER and FEED, the identities of the two files as the build
 * that published them left them (publish_left: never the names looked
 * at again, which another may have changed since), as a pair. Nothing is
 * written if the record already says so. Quiet: a record not written
 * only costs the next build a read.
 */
void	verified_record(const char *feeddir, const struct stat *ledger,
	    const struct stat *feed);

#endif

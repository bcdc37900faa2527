/*
 * ledger_write: the ledger a build publishes, written to its temporary
 * file line by line while it is compared with the file already there,
 * so that neither text is ever held whole (the ledger of a feed of
 * 100,000 records is 25 MB). The temporary file is made only at the
 * first byte that differs, the bytes before it copied from the old file:
 * an unchanged ledger is left alone, so the feed folder may then be
 * read-only.
 */
#ifndef FEEDWRIGHT_LEDGER_WRITE_H
#define FEEDWRIGHT_LEDGER_WRITE_H

#include <time.h>

#include "ledger.h"
#include "publish.h"

#define LEDGER_WRITE_SAME	1	/* the file holds it already */
#define LEDGER_WRITE_CREATE	(-1)	/* no temporary file (errno) */
#define LEDGER_WRITE_FAILED	(-2)	/* could not write it (errno) */

/*
 * Writes L (sorted here) as DIR/LEDGER_FILE into the temporary file of
 * *P, made in TMPDIR (NULL: DIR), its modification time MTIME. Returns 0
 * (the new ledger is in *P, to be published), LEDGER_WRITE_SAME (nothing
 * made), or an error above, with *P to be aborted.
 */
int	ledger_write(struct ledger *l, const char *dir, const char *tmpdir,
	    const struct timespec *mtime, struct pending *p);

#endif

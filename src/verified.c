#include "config.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "publish.h"
#include "util.h"
#include "verified.h"

#define RECORD_MAX	1024	/* a record is two short lines */

/*
 * The identity of the regular file at PATH (never through a link), as a
 * line "NAME dev ino size mtime ctime" appended to OUT; false if there is
 * no such file.
 */
static bool
identity(struct buf *out, const char *name, const char *path)
{
	struct stat	 sb;
	char		 line[256];

	if (lstat(path, &sb) == -1 || !S_ISREG(sb.st_mode))
		return false;
	snprintf(line, sizeof(line), "%s %ju %ju %jd %jd.%09ld %jd.%09ld\n",
	    name, (uintmax_t)sb.st_dev, (uintmax_t)sb.st_ino,
	    (intmax_t)sb.st_size, (intmax_t)sb.st_mtim.tv_sec,
	    (long)sb.st_mtim.tv_nsec, (intmax_t)sb.st_ctim.tv_sec,
	    (long)sb.st_ctim.tv_nsec);
	buf_adds(out, line);
	return true;
}

/* What the record of the pair LEDGER and FEED holds, now; false: none. */
static bool
record_of(struct buf *out, const char *ledger, const char *feed)
{
	buf_adds(out, "feedwright-verified 1\n");
	return identity(out, "ledger", ledger) && identity(out, "feed", feed);
}

bool
verified_pair(const char *feeddir, const char *ledger, const char *feed)
{
	struct buf	 want, have;
	char		*path = path_join(feeddir, VERIFIED_FILE);
	bool		 same;

	buf_init(&want);
	buf_init(&have);
	same = record_of(&want, ledger, feed) &&
	    read_file_nofollow(path, RECORD_MAX, &have) == 0 &&
	    have.len == want.len && memcmp(have.data, want.data, want.len) == 0;
	buf_free(&want);
	buf_free(&have);
	free(path);
	return same;
}

void
verified_record(const char *feeddir, const char *ledger, const char *feed)
{
	struct pending	 p;
	struct buf	 rec;
	bool		 changed;

	/* Most builds leave both files as they were: nothing to write. */
	if (verified_pair(feeddir, ledger, feed))
		return;
	buf_init(&rec);
	if (record_of(&rec, ledger, feed) &&
	    publish_begin(&p, feeddir, VERIFIED_FILE, NULL, 0644) == 0) {
		if (write_full(p.fd, rec.data, rec.len) == -1)
			publish_abort(&p);
		else
			(void)publish_commit(&p, &changed);
	}
	buf_free(&rec);
}

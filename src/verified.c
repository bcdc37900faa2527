#include "config.h"

#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "publish.h"
#include "util.h"
#include "verified.h"

#define RECORD_MAX	1024	/* a record is two short lines */

/* SB's identity as a line "NAME dev ino size mtime ctime", appended to OUT. */
static void
identity(struct buf *out, const char *name, const struct stat *sb)
{
	char	 line[256];

	snprintf(line, sizeof(line), "%s %ju %ju %jd %jd.%09ld %jd.%09ld\n",
	    name, (uintmax_t)sb->st_dev, (uintmax_t)sb->st_ino,
	    (intmax_t)sb->st_size, (intmax_t)sb->st_mtim.tv_sec,
	    (long)sb->st_mtim.tv_nsec, (intmax_t)sb->st_ctim.tv_sec,
	    (long)sb->st_ctim.tv_nsec);
	buf_adds(out, line);
}

/* The record of the pair LEDGER and FEED, appended to OUT. */
static void
record_of(struct buf *out, const struct stat *ledger, const struct stat *feed)
{
	buf_adds(out, "feedwright-verified 1\n");
	identity(out, "ledger", ledger);
	identity(out, "feed", feed);
}

/* Whether FEEDDIR's record holds REC. */
static bool
holds(const char *feeddir, const struct buf *rec)
{
	struct buf	 have;
	char		*path = path_join(feeddir, VERIFIED_FILE);
	bool		 same;

	buf_init(&have);
	same = read_file_nofollow(path, RECORD_MAX, &have) == 0 &&
	    have.len == rec->len && memcmp(have.data, rec->data, rec->len) == 0;
	buf_free(&have);
	free(path);
	return same;
}

bool
verified_pair(const char *feeddir, const struct stat *ledger, const char *feed)
{
	struct stat	 sb;
	struct buf	 want;
	bool		 same;

	/* Never through a link: only a regular file is one we published. */
	if (lstat(feed, &sb) == -1 || !S_ISREG(sb.st_mode))
		return false;
	buf_init(&want);
	record_of(&want, ledger, &sb);
	same = holds(feeddir, &want);
	buf_free(&want);
	return same;
}

void
verified_record(const char *feeddir, const struct stat *ledger,
    const struct stat *feed)
{
	struct pending	 p;
	struct buf	 rec;
	bool		 changed;

	buf_init(&rec);
	record_of(&rec, ledger, feed);
	/* Most builds leave both files as they were: nothing to write. */
	if (!holds(feeddir, &rec) &&
	    publish_begin(&p, feeddir, VERIFIED_FILE, NULL, 0644) == 0) {
		if (write_full(p.fd, rec.data, rec.len) == -1)
			publish_abort(&p);
		else
			(void)publish_commit(&p, &changed);
	}
	buf_free(&rec);
}

/* published_feed: see published_feed.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "published_feed.h"

int
published_feed_read(const char *path, bool rss, bool ids_only,
    struct feed_keys *k, char *msg, size_t size)
{
	struct stat	 sb;
	int		 fd, rc = -1;

	memset(k, 0, sizeof(*k));
	/* Never through a link, never blocking on a FIFO planted there. */
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC)) == -1 || fstat(fd, &sb) == -1) {
		snprintf(msg, size, "cannot read it: %s", strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	if (!S_ISREG(sb.st_mode))
		snprintf(msg, size, "not a regular file");
	else if (feed_keys_read_fd(fd, path, ids_only, k) == -1)
		snprintf(msg, size, "%s", k->err);
	else if (k->atom == rss)
		snprintf(msg, size, "not an %s feed", rss ? "RSS" : "Atom");
	else
		rc = 0;
	close(fd);
	if (rc == -1)
		feed_keys_free(k);
	return rc;
}

/*
 * read_ahead: see read_ahead.h. On a 377 MB feed one read(2) per 4 KB
 * request of the parser was a sixth of validate's time.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "read_ahead.h"
#include "util.h"

static ssize_t
read_once(int fd, void *buf, size_t len)
{
	ssize_t		 n;

	do
		n = read(fd, buf, len);
	while (n == -1 && errno == EINTR);
	return n;
}

void
read_ahead_init(struct read_ahead *ra, int fd)
{
	struct stat	 st;

	ra->fd = fd;
	ra->buf = NULL;
	ra->off = ra->len = 0;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		ra->buf = xmalloc(READ_AHEAD_SIZE);
}

ssize_t
read_ahead_read(struct read_ahead *ra, void *buf, size_t len)
{
	size_t		 got = 0, k;
	ssize_t		 n;

	if (ra->buf == NULL)
		return read_once(ra->fd, buf, len);
	while (got < len) {
		if (ra->off == ra->len) {
			n = read_once(ra->fd, ra->buf, READ_AHEAD_SIZE);
			if (n == -1 && got == 0)
				return -1;
			if (n <= 0)
				break;
			ra->off = 0;
			ra->len = (size_t)n;
		}
		k = ra->len - ra->off;
		if (k > len - got)
			k = len - got;
		memcpy((char *)buf + got, ra->buf + ra->off, k);
		ra->off += k;
		got += k;
	}
	return (ssize_t)got;
}

void
read_ahead_free(struct read_ahead *ra)
{
	free(ra->buf);
	ra->buf = NULL;
	ra->off = ra->len = 0;
}

/*
 * publish: atomic replacement of published files (write, fsync, rename,
 * fsync the folder).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "publish.h"
#include "util.h"

static void
pending_clear(struct pending *p)
{
	free(p->dir);
	free(p->final);
	free(p->tmp);
	p->dir = p->final = p->tmp = NULL;
	p->fd = -1;
}

int
publish_begin(struct pending *p, const char *dir, const char *name)
{
	struct buf	 b;
	int		 saved;

	p->dir = xstrdup(dir);
	p->final = path_join(dir, name);
	buf_init(&b);
	buf_adds(&b, dir);
	buf_adds(&b, "/.");
	buf_adds(&b, name);
	buf_adds(&b, ".XXXXXX");
	p->tmp = buf_steal(&b);
	/* mkstemp: O_EXCL and an unpredictable name, so no planted file or link is followed. */
	if ((p->fd = mkstemp(p->tmp)) == -1) {
		saved = errno;
		pending_clear(p);
		errno = saved;
		return -1;
	}
	if (fchmod(p->fd, PUBLISH_MODE) == -1) {
		saved = errno;
		publish_abort(p);
		errno = saved;
		return -1;
	}
	return 0;
}

/* True if the files open on fds a and b hold the same bytes. */
static bool
same_content(int a, int b)
{
	struct stat	 sa, sb;
	char		 ba[65536], bb[65536];
	ssize_t		 na, nb;

	if (fstat(a, &sa) == -1 || fstat(b, &sb) == -1 ||
	    sa.st_size != sb.st_size || !S_ISREG(sb.st_mode))
		return false;
	if (lseek(a, 0, SEEK_SET) == -1)
		return false;
	for (;;) {
		na = read(a, ba, sizeof(ba));
		if (na <= 0)
			return na == 0 && read(b, bb, 1) == 0;
		for (nb = 0; nb < na; ) {
			ssize_t r = read(b, bb + nb, (size_t)(na - nb));

			if (r <= 0)
				return false;
			nb += r;
		}
		if (memcmp(ba, bb, (size_t)na) != 0)
			return false;
	}
}

static bool
unchanged(const struct pending *p)
{
	int	 old;
	bool	 same;

	if ((old = open(p->final, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) == -1)
		return false;
	same = same_content(p->fd, old);
	close(old);
	return same;
}

static int
sync_dir(const char *dir)
{
	int	 fd, rc;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int
publish_commit(struct pending *p, bool *changed)
{
	int	 saved;

	*changed = false;
	if (unchanged(p)) {
		publish_abort(p);
		return 0;
	}
	if (fsync(p->fd) == -1)
		goto fail;
	if (close(p->fd) == -1) {
		p->fd = -1;
		goto fail;
	}
	p->fd = -1;
	if (rename(p->tmp, p->final) == -1)
		goto fail;
	free(p->tmp);
	p->tmp = NULL;
	*changed = true;
	if (sync_dir(p->dir) == -1)
		goto fail;
	pending_clear(p);
	return 0;
fail:
	saved = errno;
	publish_abort(p);
	errno = saved;
	return -1;
}

void
publish_abort(struct pending *p)
{
	if (p->fd != -1)
		close(p->fd);
	if (p->tmp != NULL)
		unlink(p->tmp);
	pending_clear(p);
}

int
make_dirs(const char *dir)
{
	char	*d = xstrdup(dir), *s;
	int	 rc = 0;

	for (s = d + 1; rc == 0; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;

		*s = '\0';
		if (mkdir(d, 0755) == -1 && errno != EEXIST)
			rc = -1;
		*s = c;
		if (c == '\0')
			break;
	}
	free(d);
	return rc;
}

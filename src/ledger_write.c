/* ledger_write: see ledger_write.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ledger_write.h"
#include "util.h"

/* Lines are gathered into pieces of about this size. */
#define PIECE	65536

struct writer {
	struct pending	*p;
	const char	*dir;
	const char	*tmpdir;	/* where the temporary file is made */
	int		 old;	/* the file there, while it matches; or -1 */
	off_t		 done;	/* bytes made so far */
};

/* Reads up to N bytes; fewer only at the end. Returns the count, or -1. */
static ssize_t
read_full(int fd, char *b, size_t n)
{
	size_t	 off = 0;
	ssize_t	 got;

	while (off < n) {
		if ((got = read(fd, b + off, n - off)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (got == 0)
			break;
		off += (size_t)got;
	}
	return (ssize_t)off;
}

/* Whether the old file's next N bytes are B's. */
static bool
matches(struct writer *w, const char *b, size_t n)
{
	char	 o[PIECE];
	size_t	 want;

	while (n > 0) {
		want = n < sizeof(o) ? n : sizeof(o);
		if (read_full(w->old, o, want) != (ssize_t)want ||
		    memcmp(o, b, want) != 0)
			return false;
		b += want;
		n -= want;
	}
	return true;
}

/* The first difference: the temporary file, with the bytes that matched. */
static int
start(struct writer *w)
{
	char	 b[PIECE];
	off_t	 off = 0;
	ssize_t	 got;
	size_t	 want;

	if (publish_begin(w->p, w->dir, LEDGER_FILE, w->tmpdir, 0644) == -1)
		return LEDGER_WRITE_CREATE;
	while (off < w->done) {
		want = w->done - off < (off_t)sizeof(b) ?
		    (size_t)(w->done - off) : sizeof(b);
		if ((got = pread(w->old, b, want, off)) == -1 && errno == EINTR)
			continue;
		if (got <= 0) {
			if (got == 0)
				errno = EIO;	/* the old file shrank */
			return LEDGER_WRITE_FAILED;
		}
		if (write_full(w->p->fd, b, (size_t)got) == -1)
			return LEDGER_WRITE_FAILED;
		off += got;
	}
	if (w->old != -1) {
		close(w->old);
		w->old = -1;
	}
	return 0;
}

/* The bytes of OUT, compared or written; OUT is emptied. */
static int
flush(struct writer *w, struct buf *out)
{
	int	 rc;

	if (w->p->fd == -1) {
		if (w->old != -1 && matches(w, out->data, out->len)) {
			w->done += (off_t)out->len;
			buf_clear(out);
			return 0;
		}
		if ((rc = start(w)) != 0)
			return rc;
	}
	if (write_full(w->p->fd, out->data, out->len) == -1)
		return LEDGER_WRITE_FAILED;
	w->done += (off_t)out->len;
	buf_clear(out);
	return 0;
}

static bool
same_as_plain(struct ledger *l, struct buf *out)
{
	struct sha256	 h;
	unsigned char	 d[SHA256_SIZE];
	size_t		 i;

	sha256_init(&h);
	for (i = 0; i <= l->n; i++) {
		ledger_line(l, i, out);
		sha256_add(&h, out->data, out->len);
		buf_clear(out);
	}
	sha256_final(&h, d);
	return memcmp(d, l->plain_hash, sizeof(d)) == 0;
}

int
ledger_write(struct ledger *l, const char *dir, const char *tmpdir,
    const struct timespec *mtime, struct pending *p)
{
	struct writer	 w;
	struct timespec	 times[2];
	struct buf	 out;
	char		*path = path_join(dir, LEDGER_FILE), c;
	size_t		 i;
	int		 rc = 0;

	w.p = p;
	w.dir = dir;
	w.tmpdir = tmpdir;
	w.done = 0;
	buf_init(&out);
	ledger_sort(l);
	/* Read with CR LF or a BOM: unchanged if its text is, without them. */
	if (l->unplain && same_as_plain(l, &out)) {
		buf_free(&out);
		free(path);
		return LEDGER_WRITE_SAME;
	}
	w.old = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	free(path);
	for (i = 0; i <= l->n && rc == 0; i++) {
		ledger_line(l, i, &out);
		if (out.len >= PIECE || i == l->n)
			rc = flush(&w, &out);
	}
	buf_free(&out);
	/* Every byte the same, and nothing after them. */
	if (rc == 0 && p->fd == -1) {
		if (w.old != -1 && read_full(w.old, &c, 1) == 0)
			rc = LEDGER_WRITE_SAME;
		else
			rc = start(&w);
	}
	if (w.old != -1)
		close(w.old);
	/* When this build began: see continuity_may_have_changed. */
	times[0].tv_sec = 0;
	times[0].tv_nsec = UTIME_OMIT;
	times[1] = *mtime;
	if (rc == 0 && futimens(p->fd, times) == -1)
		rc = LEDGER_WRITE_FAILED;
	return rc;
}

/*
 * util: allocation, buffers, file reading and the message formatter shared
 * by every part of feedwright.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "utf8.h"
#include "util.h"

static void	(*oom_cleanup)(void);

void
on_out_of_memory(void (*fn)(void))
{
	oom_cleanup = fn;
}

void
out_of_memory(void)
{
	if (oom_cleanup != NULL)
		oom_cleanup();
	fputs(PROGNAME ": out of memory\n", stderr);
	/* The machine's status (feedwright(1)): no record or setting to fix. */
	exit(3);
}

void *
xmalloc(size_t n)
{
	void	*p = malloc(n ? n : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		out_of_memory();
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

/* What an empty buffer's data points at until it holds memory (cap 0). */
static char	 buf_none[1];

void
buf_init_empty(struct buf *b)
{
	buf_init(b);
	b->data = buf_none;
}

void
buf_reserve(struct buf *b, size_t extra)
{
	size_t	 need;
	char	*old = b->cap > 0 ? b->data : NULL;

	if (extra > SIZE_MAX - b->len - 1)
		out_of_memory();
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	if (b->cap < 64)
		b->cap = 64;
	while (b->cap < need)
		b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
	b->data = xrealloc(old, b->cap);
}

/* buf_add when B has no room for N more bytes (or no data yet). */
void
buf_add_grow(struct buf *b, const char *s, size_t n)
{
	/* Nothing to add to a string: no memory taken for it either. */
	if (n == 0 && b->data != NULL)
		return;
	buf_reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->cap > 0)
		b->data[0] = '\0';
}

void
buf_free(struct buf *b)
{
	if (b->cap > 0)
		free(b->data);
	buf_init(b);
}

char *
buf_steal(struct buf *b)
{
	char	*p;

	if (b->cap == 0)
		return xstrdup("");
	p = b->data;
	buf_init(b);
	return p;
}

/*
 * Reads fd to its end into b. ST, when not NULL, is what fstat said of
 * fd: a regular file's size is refused or reserved before reading. The
 * limit is checked again as the bytes come, since a file may grow while
 * it is read.
 */
static int
read_rest(int fd, const struct stat *st, size_t max, struct buf *b)
{
	ssize_t		 n;

	buf_clear(b);
	if (st != NULL && S_ISREG(st->st_mode)) {
		if ((uintmax_t)st->st_size > max) {
			errno = EFBIG;
			return -1;
		}
		buf_reserve(b, (size_t)st->st_size);
	}
	for (;;) {
		buf_reserve(b, 65536);
		n = read(fd, b->data + b->len, b->cap - b->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0)
			break;
		b->len += (size_t)n;
		if (b->len > max) {
			errno = EFBIG;
			return -1;
		}
	}
	b->data[b->len] = '\0';
	return 0;
}

int
read_fd(int fd, size_t max, struct buf *b)
{
	struct stat	 st;

	return read_rest(fd, fstat(fd, &st) == 0 ? &st : NULL, max, b);
}

const char *
file_type_name(mode_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG:
		return "a regular file";
	case S_IFDIR:
		return "a folder";
	case S_IFIFO:
		return "a FIFO";
	case S_IFCHR:
		return "a character device";
	case S_IFBLK:
		return "a block device";
	case S_IFSOCK:
		return "a socket";
	case S_IFLNK:
		return "a symbolic link";
	}
	return "of an unknown type";
}

bool
file_same(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino &&
	    a->st_size == b->st_size &&
	    a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	    a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	    a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
	    a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/*
 * Looks before opening, since opening a FIFO can block and opening a
 * device can do things; checks again what was opened, in case the name
 * was replaced in between. O_NONBLOCK means the open itself never waits.
 * The one fstat of what was opened serves both that check and the size.
 * With AFTER, *HAS_AFTER says whether the file was the same once read
 * (AFTER its fstat then: see read_file_nofollow_id).
 */
static int
read_at(int dirfd, const char *name, bool follow, size_t max, struct buf *b,
    mode_t *type, struct stat *after, bool *has_after)
{
	struct stat	 st;
	int		 fd, rc, saved;

	*type = 0;
	if (fstatat(dirfd, name, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) == -1)
		return -1;
	if (!follow && S_ISLNK(st.st_mode)) {
		errno = ELOOP;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*type = st.st_mode & S_IFMT;
		return 1;
	}
	if ((fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOCTTY | (follow ? 0 : O_NOFOLLOW))) == -1)
		return -1;
	if (fstat(fd, &st) == -1)
		rc = -1;
	else if (!S_ISREG(st.st_mode)) {
		*type = st.st_mode & S_IFMT;
		rc = 1;
	} else
		rc = read_rest(fd, &st, max, b);
	saved = errno;
	if (after != NULL)
		*has_after = rc == 0 && fstat(fd, after) == 0 &&
		    file_same(&st, after);
	close(fd);
	errno = saved;
	return rc;
}

int
read_input_at(int dirfd, const char *name, bool follow, size_t max,
    struct buf *b, mode_t *type)
{
	return read_at(dirfd, name, follow, max, b, type, NULL, NULL);
}

int
read_input(const char *path, bool follow, size_t max, struct buf *b,
    mode_t *type)
{
	return read_input_at(AT_FDCWD, path, follow, max, b, type);
}

static int
read_path(const char *path, bool follow, size_t max, struct buf *b)
{
	mode_t	 type;
	int	 rc;

	if ((rc = read_input(path, follow, max, b, &type)) == 1) {
		errno = EINVAL;
		rc = -1;
	}
	return rc;
}

int
read_file(const char *path, size_t max, struct buf *b)
{
	return read_path(path, true, max, b);
}

int
read_file_nofollow(const char *path, size_t max, struct buf *b)
{
	return read_path(path, false, max, b);
}

int
read_file_nofollow_id(const char *path, size_t max, struct buf *b,
    struct stat *id, bool *has_id)
{
	mode_t	 type;
	int	 rc;

	*has_id = false;
	if ((rc = read_at(AT_FDCWD, path, false, max, b, &type, id,
	    has_id)) == 1) {
		errno = EINVAL;
		rc = -1;
	}
	return rc;
}

static void trim_partial_utf8(char *, size_t);

void
parse_error_set(struct parse_error *e, unsigned long line, const char *fmt, ...)
{
	va_list	 ap;

	e->line = line;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	trim_partial_utf8(e->msg, sizeof(e->msg));
}

static void
vmessage(const char *kind, const char *path, unsigned long line,
    const char *fmt, va_list ap)
{
	struct buf	 b, out;
	char		 tmp[32];
	va_list		 ap2;
	int		 n;

	/* One write per message, so messages of parallel runs do not interleave. */
	buf_init(&b);
	if (path != NULL) {
		buf_adds(&b, path);
		if (line > 0) {
			snprintf(tmp, sizeof(tmp), ":%lu", line);
			buf_adds(&b, tmp);
		}
		buf_adds(&b, ": ");
	}
	if (kind != NULL)
		buf_adds(&b, kind);
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n > 0) {
		buf_reserve(&b, (size_t)n);
		vsnprintf(b.data + b.len, (size_t)n + 1, fmt, ap);
		b.len += (size_t)n;
	}
	/*
	 * A file name may hold any byte but '/': a line break or an escape
	 * sequence in one must not make another line, or work the terminal.
	 */
	buf_init(&out);
	buf_adds(&out, PROGNAME ": ");
	utf8_safe_text(&out, b.data, b.len, false);
	buf_addc(&out, '\n');
	fwrite(out.data, 1, out.len, stderr);
	fflush(stderr);
	buf_free(&out);
	buf_free(&b);
}

void
msg_verror(const char *path, unsigned long line, const char *fmt, va_list ap)
{
	vmessage(NULL, path, line, fmt, ap);
}

void
msg_error(const char *path, unsigned long line, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmessage(NULL, path, line, fmt, ap);
	va_end(ap);
}

void
msg_warn(const char *path, unsigned long line, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmessage("warning: ", path, line, fmt, ap);
	va_end(ap);
}

/*
 * buf_add_quoted into out, which has room for 4 * max + 8 bytes; returns
 * the length written, not counting the NUL. No allocation: records and
 * settings quote a value for a message before they know they need one.
 */
size_t
quote_cut(const char *s, size_t n, size_t max)
{
	size_t	 cut = n;

	if (n > max) {
		cut = max;
		while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
			cut--;
	}
	return cut;
}

static size_t
quote_to(char *out, const char *s, size_t n, size_t max)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 i, k = 0, cut = quote_cut(s, n, max);
	unsigned char		 c;

	out[k++] = '"';
	for (i = 0; i < cut; i++) {
		c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			out[k++] = '\\';
			out[k++] = (char)c;
		} else if (c < 0x20 || c == 0x7f) {
			out[k++] = '\\';
			out[k++] = 'x';
			out[k++] = hex[c >> 4];
			out[k++] = hex[c & 15];
		} else
			out[k++] = (char)c;
	}
	if (cut < n) {
		memcpy(out + k, "...", 3);
		k += 3;
	}
	out[k++] = '"';
	out[k] = '\0';
	return k;
}

void
buf_add_quoted(struct buf *b, const char *s, size_t n, size_t max)
{
	size_t	 m = n < max ? n : max;

	if (m > (SIZE_MAX - 8) / 4)
		out_of_memory();
	buf_reserve(b, 4 * m + 8);
	b->len += quote_to(b->data + b->len, s, n, max);
}

void
quote_into(char *out, const char *s, size_t n)
{
	(void)quote_to(out, s, n, QUOTE_BYTES);
}

/* A message cut to fit its buffer must not end inside a UTF-8 character. */
static void
trim_partial_utf8(char *s, size_t size)
{
	size_t	 n = strlen(s), i, need;

	if (n + 1 < size)
		return;
	for (i = n; i > 0 && n - i < 4; i--) {
		unsigned char c = (unsigned char)s[i - 1];

		if ((c & 0xc0) == 0x80)
			continue;
		need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
		if (n - (i - 1) < need)
			s[i - 1] = '\0';
		return;
	}
}

char *
path_join(const char *dir, const char *name)
{
	struct buf	 b;
	size_t		 n = strlen(dir);

	buf_init(&b);
	buf_add(&b, dir, n);
	if (n > 0 && dir[n - 1] != '/')
		buf_addc(&b, '/');
	buf_adds(&b, name);
	return buf_steal(&b);
}

bool
str_has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Eight bytes a step (the length and a final mix make up for the short
 * tail), since every record's id and slug are hashed on every build. The
 * value is never stored: it only places keys in this run's tables.
 */
uint64_t
hash_bytes(const char *s, size_t n, uint64_t seed)
{
	uint64_t h = 1469598103934665603ULL ^ seed ^
	    ((uint64_t)n * 0x9e3779b97f4a7c15ULL);
	uint64_t w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	if (n > 0) {
		w = 0;
		memcpy(&w, s, n);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h == 0 ? 1 : h;
}

uint64_t
hash_seed(void)
{
	uint64_t	 s = 0;
	struct timespec	 ts;

#ifdef HAVE_GETENTROPY
	if (getentropy(&s, sizeof(s)) == 0)
		return s;
#endif
	/* No entropy: the clock and where the stack is (ASLR) still vary. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^
	    (uint64_t)(uintptr_t)&ts;
	return hash_bytes((const char *)&s, sizeof(s), 0x5eed);
}

int
write_full(int fd, const void *p, size_t n)
{
	const char	*b = p;
	ssize_t		 got;

	while (n > 0) {
		if ((got = write(fd, b, n)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		b += got;
		n -= (size_t)got;
	}
	return 0;
}

size_t
rfc822_comment_len(const char *s, size_t n)
{
	size_t	 i, depth = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth > 0 && --depth == 0)
			return i + 1;
	}
	return 0;
}

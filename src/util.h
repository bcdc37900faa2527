/*
 * util: allocation that cannot return NULL, growable byte buffers, file
 * reading with a size limit, and the one formatter for error messages.
 */
#ifndef FEEDWRIGHT_UTIL_H
#define FEEDWRIGHT_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#define PROGNAME "feedwright"

/*
 * Allocation failure is not recoverable for a command-line tool: report
 * and exit with status 3, the machine's, after calling the function
 * on_out_of_memory was last given (which may run in any thread, while
 * others go on), such as one that removes the temporary files.
 */
void	 out_of_memory(void);
void	 on_out_of_memory(void (*fn)(void));
void	*xmalloc(size_t n);
void	*xcalloc(size_t n, size_t size);
void	*xrealloc(void *p, size_t n);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);

/* A growable byte buffer; data is always NUL-terminated. Owner calls buf_free. */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_init(struct buf *b);
/*
 * buf_init, but data is an empty string at once, never NULL; memory is
 * taken only when something is added.
 */
void	 buf_init_empty(struct buf *b);
void	 buf_reserve(struct buf *b, size_t extra);
void	 buf_add_grow(struct buf *b, const char *s, size_t n);

/*
 * Appending is inline: the writers append a few bytes at a time, millions
 * of times in a large build, and room is almost always there already.
 */
static inline void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (n < b->cap - b->len) {	/* room for n bytes and the NUL */
		if (n > 0)	/* s may be NULL then */
			memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
	} else
		buf_add_grow(b, s, n);
}

static inline void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static inline void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void	 buf_clear(struct buf *b);
void	 buf_free(struct buf *b);
/* Gives the data to the caller (who frees it) and leaves b empty. */
char	*buf_steal(struct buf *b);

/*
 * Reads the whole of PATH, a regular file, into b (cleared first), without
 * ever blocking: a FIFO, a device, a socket or a folder is not opened for
 * reading but refused. Fails on files over max bytes, so a stray huge file
 * cannot exhaust memory. Unless FOLLOW, a symbolic link is refused (errno
 * ELOOP), so that a link planted among files other people may write, such
 * as article records, cannot make a build publish a file from elsewhere.
 * Returns 0; 1 when PATH is not a regular file (*type says what it is:
 * S_IFIFO, ...; see file_type_name); or -1 with errno set (EFBIG for too
 * large).
 */
int	 read_input(const char *path, bool follow, size_t max, struct buf *b,
	    mode_t *type);
/* read_input of NAME in the folder open as DIRFD (or AT_FDCWD). */
int	 read_input_at(int dirfd, const char *name, bool follow, size_t max,
	    struct buf *b, mode_t *type);
/* "a FIFO", "a folder", ...: what a file of this st_mode is, for messages. */
const char *file_type_name(mode_t mode);
/* read_input, following links; not a regular file: -1 with errno EINVAL. */
int	 read_file(const char *path, size_t max, struct buf *b);
/* Same for an already open descriptor (not closed). */
int	 read_fd(int fd, size_t max, struct buf *b);
/* read_input, refusing links; not a regular file: -1 with errno EINVAL. */
int	 read_file_nofollow(const char *path, size_t max, struct buf *b);
struct stat;
/*
 * Whether A and B (two fstat or stat of a file) are one file, unchanged
 * between them: device, inode, size, and both times to the nanosecond.
 */
bool	 file_same(const struct stat *a, const struct stat *b);
/*
 * read_file_nofollow, and in *ID the identity of the file read (fstat of
 * the descriptor read from), if it was the same before the read and
 * after it (*HAS_ID: false if the file changed while read).
 */
int	 read_file_nofollow_id(const char *path, size_t max, struct buf *b,
	    struct stat *id, bool *has_id);

/* A problem found by a parser: where it is and what is wrong. */
struct parse_error {
	unsigned long	line;		/* 1-based; 0 when not tied to a line */
	char		msg[512];
};

void	 parse_error_set(struct parse_error *e, unsigned long line,
	    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/*
 * Prints "feedwright: PATH:LINE: MESSAGE" (PATH and LINE left out when NULL
 * or 0) to stderr. Every error feedwright reports goes through here.
 */
void	 msg_error(const char *path, unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 msg_verror(const char *path, unsigned long line, const char *fmt,
	    va_list ap);
/* Same shape on stdout-free stderr for -v summaries and warnings. */
void	 msg_warn(const char *path, unsigned long line, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * Appends s to b in double quotes with C-like escapes for control bytes,
 * for quoting input in messages; cut after max bytes (never inside a
 * UTF-8 character) with "..." to show it.
 */
void	 buf_add_quoted(struct buf *b, const char *s, size_t n, size_t max);

/*
 * How many of the N bytes at S a quote of at most MAX bytes keeps: all,
 * or MAX or fewer, never cutting a UTF-8 character ("..." shows the cut).
 */
size_t	 quote_cut(const char *s, size_t n, size_t max);

/* How much of a value a message quotes, and the room its quoted form needs. */
#define QUOTE_BYTES	80
#define QUOTE_MAX	(4 * QUOTE_BYTES + 8)
/* buf_add_quoted(s, n, QUOTE_BYTES) into out[QUOTE_MAX]. */
void	 quote_into(char *out, const char *s, size_t n);

/* Joins DIR and NAME with one slash; caller frees. */
char	*path_join(const char *dir, const char *name);

bool	 str_has_prefix(const char *s, const char *prefix);

/*
 * The length of the RFC 822 comment (3.1.4) at s[0], a "(": through the
 * ")" that closes it, parentheses nesting and "\\" quoting; 0 if it is
 * not closed within s[0..n). Dates and mailboxes read comments alike.
 */
size_t	 rfc822_comment_len(const char *s, size_t n);

/* ASCII character classes: never the locale's, whatever LC_CTYPE says. */
static inline bool
ascii_isalpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
ascii_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
ascii_isalnum(int c)
{
	return ascii_isalpha(c) || ascii_isdigit(c);
}

static inline int
ascii_tolower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline bool
ascii_isxdigit(int c)
{
	return ascii_isdigit(c) || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/*
 * Writes all N bytes at P to FD, past short writes and EINTR. Returns 0,
 * or -1 with errno.
 */
int	write_full(int fd, const void *p, size_t n);

/* A 64-bit hash of N bytes, for this run's tables only; never 0. */
uint64_t hash_bytes(const char *s, size_t n, uint64_t seed);
/*
 * A seed for hash_bytes that the input cannot foresee, for a table
 * filled from a stranger's file: names made to collide under one seed
 * do not under another, so each lookup stays O(1) on average.
 */
uint64_t hash_seed(void);

#endif

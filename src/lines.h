/*
 * lines: walking a buffer line by line with line numbers, for the record
 * and settings parsers. Accepts LF, CR LF and lone CR (old Mac files) as
 * line endings.
 */
#ifndef FEEDWRIGHT_LINES_H
#define FEEDWRIGHT_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct lines {
	const char	*p;
	const char	*end;
	const char	*cr;		/* the first CR at or after p, or end */
	unsigned long	 lineno;	/* of the line last returned */
};

/* The first CR in p[0..end), or end: most texts have none, found once. */
static inline const char *
lines_next_cr(const char *p, const char *end)
{
	const char	*q;

	if (p >= end)
		return end;
	q = memchr(p, '\r', (size_t)(end - p));
	return q != NULL ? q : end;
}

static inline void
lines_init(struct lines *l, const char *buf, size_t len)
{
	l->p = buf;
	l->end = buf + len;
	l->cr = lines_next_cr(buf, l->end);
	l->lineno = 0;
}

/* Where the line ending at p (LF, CR LF or a lone CR) ends, or NULL if none. */
static inline const char *
lines_after_end(const char *p, const char *end)
{
	if (p >= end)
		return NULL;
	if (*p == '\n')
		return p + 1;
	if (*p == '\r')
		return p + 1 < end && p[1] == '\n' ? p + 2 : p + 1;
	return NULL;
}

/*
 * Sets *s, *n to the next line without its ending; false at the end. The
 * line ends at the first LF before the next CR, or at that CR: memchr
 * finds either much faster than a loop over the bytes.
 */
static inline bool
lines_next(struct lines *l, const char **s, size_t *n)
{
	const char	*q;

	if (l->p >= l->end)
		return false;
	if (l->cr < l->p)
		l->cr = lines_next_cr(l->p, l->end);
	if (l->cr == l->p ||
	    (q = memchr(l->p, '\n', (size_t)(l->cr - l->p))) == NULL)
		q = l->cr;
	*s = l->p;
	*n = (size_t)(q - l->p);
	l->p = q < l->end ? lines_after_end(q, l->end) : l->end;
	l->lineno++;
	return true;
}

/* Line and byte column (both from 1) of offset off in buf, as lines_next counts. */
static inline unsigned long
lines_line_of(const char *buf, size_t off, size_t *col)
{
	unsigned long	 line = 1;
	size_t		 i, start = 0;

	for (i = 0; i < off; i++) {
		if (buf[i] != '\n' && buf[i] != '\r')
			continue;
		/* The LF of a CR LF ends no second line. */
		if (buf[i] == '\r' || i == 0 || buf[i - 1] != '\r')
			line++;
		start = i + 1;
	}
	*col = off - start + 1;
	return line;
}

/* Trims spaces and tabs from both ends of s[0..*n), moving *s. */
static inline void
trim_blanks(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

static inline bool
is_blank_line(const char *s, size_t n)
{
	trim_blanks(&s, &n);
	return n == 0;
}

#endif

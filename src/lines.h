/*
 * lines: walking a buffer line by line with line numbers, for the record
 * and settings parsers. Accepts LF and CRLF endings.
 */
#ifndef FEEDWRIGHT_LINES_H
#define FEEDWRIGHT_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct lines {
	const char	*p;
	const char	*end;
	unsigned long	 lineno;	/* of the line last returned */
};

static inline void
lines_init(struct lines *l, const char *buf, size_t len)
{
	l->p = buf;
	l->end = buf + len;
	l->lineno = 0;
}

/* Sets *s, *n to the next line without its ending; false at the end. */
static inline bool
lines_next(struct lines *l, const char **s, size_t *n)
{
	const char	*nl;
	size_t		 len;

	if (l->p >= l->end)
		return false;
	nl = memchr(l->p, '\n', (size_t)(l->end - l->p));
	len = (size_t)((nl ? nl : l->end) - l->p);
	*s = l->p;
	l->p = nl ? nl + 1 : l->end;
	if (len > 0 && (*s)[len - 1] == '\r')
		len--;
	*n = len;
	l->lineno++;
	return true;
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

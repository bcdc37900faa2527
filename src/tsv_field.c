/*
 * tsv_field: see tsv_field.h. One table of escapes serves both ways,
 * so that what is written is exactly what is read back.
 */
#include "config.h"

#include <string.h>

#include "tsv_field.h"

/* The carriage return last: without TSV_CR the table ends before it. */
static const struct {
	char		 c;
	const char	*esc;
} escapes[] = {
	{ '\\', "\\\\" },
	{ '\t', "\\t" },
	{ '\n', "\\n" },
	{ '\r', "\\r" },
};

static size_t
nescapes(int flags)
{
	size_t	 n = sizeof(escapes) / sizeof(escapes[0]);

	return (flags & TSV_CR) ? n : n - 1;
}

const char *
tsv_escape_of(char c, int flags)
{
	size_t	 i, n = nescapes(flags);

	for (i = 0; i < n; i++)
		if (escapes[i].c == c)
			return escapes[i].esc;
	return NULL;
}

size_t
tsv_plain_span(const char *s, int flags)
{
	return strcspn(s, (flags & TSV_CR) ? "\\\t\n\r" : "\\\t\n");
}

bool
tsv_unescape(char *s, int flags)
{
	char	*w;
	size_t	 i, n = nescapes(flags);

	/* Most fields hold no escape: they stay as they are. */
	if ((s = strchr(s, '\\')) == NULL)
		return true;
	for (w = s; *s != '\0'; s++) {
		if (*s != '\\') {
			*w++ = *s;
			continue;
		}
		s++;
		for (i = 0; i < n && escapes[i].esc[1] != *s; i++)
			continue;
		if (i == n)
			return false;
		*w++ = escapes[i].c;
	}
	*w = '\0';
	return true;
}

char *
tsv_decimal_plain(char *s, long long *v, bool *ok)
{
	unsigned long long	 n = 0;
	bool			 neg = *s == '-';
	char			*d;

	if (neg)
		s++;
	/* Unsigned: too many digits wrap harmlessly and are refused below. */
	for (d = s; (unsigned char)(*s - '0') < 10; s++)
		n = n * 10 + (unsigned)(*s - '0');
	*ok = s > d && s - d <= 18 && (*s == '\t' || *s == '\0');
	*v = neg ? -(long long)n : (long long)n;
	return s;
}

size_t
tsv_split(char *line, char **f, size_t max)
{
	size_t	 n = 0;

	for (;;) {
		if (n < max)
			f[n] = line;
		n++;
		if ((line = strchr(line, '\t')) == NULL)
			return n;
		*line++ = '\0';
	}
}

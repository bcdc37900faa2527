/*
 * mimetype.c -- RFC 2045 section 5.1 Content-Type values:
 *
 *	content	:= type "/" subtype *(";" parameter)
 *	parameter := attribute "=" value
 *	value	:= token / quoted-string
 *
 * RFC 6838's restricted-name, which registrations use, is a subset of
 * token, so every registered type passes.  White space is allowed only
 * around ";" (RFC 7231 section 3.1.1.1's OWS); RFC 822 comments are not.
 */

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "mimetype.h"

/* RFC 2045: any CHAR except SPACE, CTLs and tspecials. */
static bool
is_token_char(unsigned char c)
{
	return c > 32 && c < 127 && strchr("()<>@,;:\\\"/[]?=", c) == NULL;
}

static size_t
token(const char *s, size_t n, size_t i)
{
	size_t	 k = i;

	while (k < n && is_token_char((unsigned char)s[k]))
		k++;
	return k - i;
}

static size_t
skip_space(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* The length of the quoted-string at s[i], or 0 if there is none. */
static size_t
quoted(const char *s, size_t n, size_t i)
{
	size_t	 k = i;

	if (k >= n || s[k] != '"')
		return 0;
	for (k++; k < n && s[k] != '"'; k++) {
		unsigned char c = (unsigned char)s[k];

		if (c == '\\' && ++k == n)
			return 0;
		else if ((c < 32 && c != '\t') || c == 127)
			return 0;
	}
	return k < n ? k + 1 - i : 0;
}

bool
mimetype_valid(const char *s, size_t n)
{
	size_t	 i, k;

	if ((k = token(s, n, 0)) == 0 || k >= n || s[k] != '/')
		return false;
	i = k + 1;
	if ((k = token(s, n, i)) == 0)
		return false;
	i += k;
	while (i < n) {
		/* Space only before a ";": "text/html " has none after it. */
		i = skip_space(s, n, i);
		if (i >= n || s[i] != ';')
			return false;
		i = skip_space(s, n, i + 1);
		if ((k = token(s, n, i)) == 0)
			return false;
		i += k;
		if (i >= n || s[i] != '=')
			return false;
		i++;
		if ((k = token(s, n, i)) == 0 && (k = quoted(s, n, i)) == 0)
			return false;
		i += k;
	}
	return true;
}

bool
mimetype_is_xml(const char *s, size_t n)
{
	size_t	 k;

	/* The end of the subtype: the first space or ";". */
	for (k = 0; k < n && s[k] != ' ' && s[k] != '\t' && s[k] != ';'; k++)
		;
	return k >= 4 && (strncasecmp(s + k - 4, "+xml", 4) == 0 ||
	    strncasecmp(s + k - 4, "/xml", 4) == 0);
}

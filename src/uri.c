/*
 * uri: IRI syntax (RFC 3987 section 2.2, over RFC 3986). The check is on
 * characters and structure, which is what feed readers trip over; it does
 * not resolve or normalise anything.
 */
#include "config.h"

#include <string.h>

#include "uri.h"
#include "utf8.h"

static bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_hex(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* RFC 3987 ucschar and iprivate: the non-ASCII an IRI may hold. */
static bool
is_ucschar(uint32_t cp)
{
	if ((cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xf900 && cp <= 0xfdcf) ||
	    (cp >= 0xfdf0 && cp <= 0xffef) || (cp >= 0xe000 && cp <= 0xf8ff))
		return true;
	if (cp >= 0x10000 && cp <= 0x10fffd)
		return (cp & 0xfffe) != 0xfffe;	/* not a noncharacter */
	return false;
}

/*
 * Checks every character after the scheme: unreserved, reserved (the
 * delimiters the generic syntax uses), '%' HEXDIG HEXDIG, and ucschar.
 * The '[' and ']' of an IP literal are allowed only in the authority.
 */
static bool
chars_ok(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, len, auth_end = n;
	uint32_t		 cp;

	if (n >= 2 && s[0] == '/' && s[1] == '/') {
		for (auth_end = 2; auth_end < n; auth_end++)
			if (s[auth_end] == '/' || s[auth_end] == '?' ||
			    s[auth_end] == '#')
				break;
	} else
		auth_end = 0;
	while (i < n) {
		if (u[i] >= 0x80) {
			if ((len = utf8_decode(u + i, n - i, &cp)) == 0 ||
			    !is_ucschar(cp))
				return false;
			i += len;
			continue;
		}
		if (u[i] == '%') {
			if (i + 2 >= n || !is_hex(u[i + 1]) || !is_hex(u[i + 2]))
				return false;
			i += 3;
			continue;
		}
		if (u[i] == '[' || u[i] == ']') {
			if (i >= auth_end)
				return false;
			i++;
			continue;
		}
		if (is_alpha(u[i]) || is_digit(u[i]) ||
		    strchr("-._~:/?#@!$&'()*+,;=", u[i]) != NULL) {
			i++;
			continue;
		}
		return false;
	}
	/* A fragment may hold no second '#'. */
	{
		const char *h = memchr(s, '#', n);

		if (h != NULL && memchr(h + 1, '#', n - (size_t)(h - s) - 1))
			return false;
	}
	return true;
}

static size_t
scheme_len(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || !is_alpha((unsigned char)s[0]))
		return 0;
	for (i = 1; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ':')
			return i;
		if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' &&
		    c != '.')
			return 0;
	}
	return 0;
}

bool
uri_is_absolute_iri(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n);

	if (k == 0)
		return false;
	return chars_ok(s + k + 1, n - k - 1);
}

bool
uri_is_iri_reference(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n);

	if (k > 0)
		return chars_ok(s + k + 1, n - k - 1);
	/* A relative reference's first segment may not hold a ':'. */
	{
		size_t	 i;

		for (i = 0; i < n && s[i] != '/' && s[i] != '?' && s[i] != '#'; i++)
			if (s[i] == ':')
				return false;
	}
	return chars_ok(s, n);
}

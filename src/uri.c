/*
 * uri: IRI syntax (RFC 3987 section 2.2, over RFC 3986). The check is on
 * characters and structure, which is what feed readers trip over; it does
 * not resolve or normalise anything.
 */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "uri.h"
#include "utf8.h"
#include "util.h"

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
			if (i + 2 >= n || !ascii_isxdigit(u[i + 1]) || !ascii_isxdigit(u[i + 2]))
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
		if (ascii_isalpha(u[i]) || ascii_isdigit(u[i]) ||
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

	if (n == 0 || !ascii_isalpha((unsigned char)s[0]))
		return 0;
	for (i = 1; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ':')
			return i;
		if (!ascii_isalpha(c) && !ascii_isdigit(c) && c != '+' && c != '-' &&
		    c != '.')
			return 0;
	}
	return 0;
}

/* The scheme s[0..k) is SCHEME, in any case (RFC 3986 3.1). */
static bool
scheme_is(const char *s, size_t k, const char *scheme)
{
	return k > 0 && k == strlen(scheme) && strncasecmp(s, scheme, k) == 0;
}

static bool
scheme_is_http(const char *s, size_t k)
{
	return scheme_is(s, k, "http") || scheme_is(s, k, "https");
}

bool
uri_has_scheme(const char *s, size_t n, const char *scheme)
{
	return scheme_is(s, scheme_len(s, n), scheme);
}

bool
uri_is_http(const char *s, size_t n)
{
	return scheme_is_http(s, scheme_len(s, n));
}

/*
 * An http or https URI has "//" and a host after its scheme (RFC 9110
 * 4.2.1, 4.2.2): "http:/x" and "http:x" fit the generic grammar only.
 * K is the scheme's length.
 */
static bool
http_without_host(const char *s, size_t n, size_t k)
{
	if (!scheme_is_http(s, k))
		return false;
	s += k + 1;
	n -= k + 1;
	return n < 3 || s[0] != '/' || s[1] != '/' || s[2] == '/' ||
	    s[2] == '?' || s[2] == '#' || s[2] == ':';
}

bool
uri_is_iri_syntax(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n);

	return k > 0 && chars_ok(s + k + 1, n - k - 1);
}

bool
uri_is_absolute_iri(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n);

	return k > 0 && chars_ok(s + k + 1, n - k - 1) &&
	    !http_without_host(s, n, k);
}

bool
uri_is_absolute_uri(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return uri_is_absolute_iri(s, n);
}

bool
uri_is_iri_reference(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n);

	if (k > 0)
		return !http_without_host(s, n, k) &&
		    chars_ok(s + k + 1, n - k - 1);
	/* A relative reference's first segment may not hold a ':'. */
	{
		size_t	 i;

		for (i = 0; i < n && s[i] != '/' && s[i] != '?' && s[i] != '#'; i++)
			if (s[i] == ':')
				return false;
	}
	return chars_ok(s, n);
}

/*
 * An http or https URL with a host: scheme (any case) "://" authority,
 * where the authority's host (after any userinfo, before any port) is not
 * empty and a port is digits only.
 */
bool
uri_is_web_link(const char *s, size_t n)
{
	size_t	 k = scheme_len(s, n), i, start, end, host;

	if (!uri_is_absolute_iri(s, n) || !scheme_is_http(s, k))
		return false;
	if (n < k + 3 || memcmp(s + k, "://", 3) != 0)
		return false;
	start = k + 3;
	for (end = start; end < n; end++)
		if (s[end] == '/' || s[end] == '?' || s[end] == '#')
			break;
	host = start;
	for (i = start; i < end; i++)
		if (s[i] == '@')
			host = i + 1;
	if (host < end && s[host] == '[') {
		for (i = host; i < end && s[i] != ']'; i++)
			;
		if (i == end || i == host + 1)
			return false;
		i++;
	} else {
		for (i = host; i < end && s[i] != ':'; i++)
			;
		if (i == host)
			return false;
	}
	if (i < end) {
		if (s[i] != ':')
			return false;
		for (i++; i < end; i++)
			if (!ascii_isdigit((unsigned char)s[i]))
				return false;
	}
	return true;
}

/* s[i], or NUL past the end: the grammars below read one byte ahead. */
static char
at(const char *s, size_t n, size_t i)
{
	return i < n ? s[i] : '\0';
}

/* RFC 4151 DNSname from s[i]; returns the length taken, 0 if none. */
static size_t
dns_name(const char *s, size_t n, size_t i)
{
	size_t	 start = i, comp;

	for (;;) {
		for (comp = 0; ascii_isalnum(at(s, n, i + comp)) ||
		    at(s, n, i + comp) == '-'; comp++)
			;
		if (comp == 0 || s[i] == '-' || s[i + comp - 1] == '-')
			return 0;
		i += comp;
		if (at(s, n, i) != '.' || !ascii_isalnum(at(s, n, i + 1)))
			return i - start;
		i++;
	}
}

bool
uri_is_tag(const char *s, size_t n)
{
	size_t	 i = 4, m, k;		/* after "tag:" */

	for (m = 0; ascii_isalnum(at(s, n, i + m)) ||
	    (at(s, n, i + m) != '\0' && strchr("-._", s[i + m]) != NULL); m++)
		;
	if (at(s, n, i + m) == '@') {	/* emailAddress */
		if (m == 0)
			return false;
		i += m + 1;
	}
	if ((m = dns_name(s, n, i)) == 0 || at(s, n, i + m) != ',')
		return false;
	i += m + 1;
	for (k = 0; k < 4; k++)
		if (!ascii_isdigit((unsigned char)at(s, n, i + k)))
			return false;
	i += 4;
	for (m = 0; m < 2 && at(s, n, i) == '-'; m++) {
		if (!ascii_isdigit((unsigned char)at(s, n, i + 1)) ||
		    !ascii_isdigit((unsigned char)at(s, n, i + 2)))
			return false;
		i += 3;
	}
	return at(s, n, i) == ':';
}

bool
uri_is_urn(const char *s, size_t n)
{
	size_t	 i = 4, m;		/* after "urn:" */

	for (m = 0; ascii_isalnum(at(s, n, i + m)) ||
	    (m > 0 && at(s, n, i + m) == '-'); m++)
		;
	if (m < 1 || m > 32 || at(s, n, i + m) != ':' ||
	    at(s, n, i + m + 1) == '\0')
		return false;
	if (m == 4 && strncasecmp(s + i, "uuid", 4) == 0)
		return uri_is_uuid(s + i + 5, n - i - 5);
	return true;
}

const char *
uri_id_problem(const char *s, size_t n)
{
	if (!uri_is_absolute_iri(s, n))
		return "is not an absolute URI";
	if (n >= 4 && strncasecmp(s, "tag:", 4) == 0 && !uri_is_tag(s, n))
		return "is not a tag URI (RFC 4151: tag:authority,date:specific)";
	if (n >= 4 && strncasecmp(s, "urn:", 4) == 0 && !uri_is_urn(s, n))
		return "is not a URN (RFC 2141; urn:uuid: takes a UUID, "
		    "RFC 4122)";
	return NULL;
}

bool
uri_is_uuid(const char *s, size_t n)
{
	size_t	 k;

	if (n != 36)
		return false;
	for (k = 0; k < 36; k++)
		if (k == 8 || k == 13 || k == 18 || k == 23) {
			if (s[k] != '-')
				return false;
		} else if (!ascii_isxdigit((unsigned char)s[k]))
			return false;
	return true;
}

/* RFC 3986 2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~". */
static bool
unreserved(unsigned char c)
{
	return ascii_isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

void
uri_percent_encode(struct buf *b, const char *s, size_t n, const char *keep)
{
	static const char	 hex[] = "0123456789ABCDEF";
	size_t			 i;
	unsigned char		 c;
	char			*o;

	/* Room for every octet encoded, so the loop writes without a check. */
	buf_reserve(b, n > SIZE_MAX / 3 ? SIZE_MAX : 3 * n);
	o = b->data + b->len;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (unreserved(c) || (c != '\0' && *keep != '\0' &&
		    strchr(keep, c) != NULL))
			*o++ = (char)c;
		else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	}
	b->len = (size_t)(o - b->data);
	*o = '\0';
}

static int
hex_value(unsigned char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

bool
uri_percent_decode(struct buf *b, const char *s, size_t n)
{
	size_t	 i;
	int	 hi, lo;
	bool	 ok = true;

	for (i = 0; i < n; i++) {
		if (s[i] == '%' && n - i >= 3 &&
		    (hi = hex_value((unsigned char)s[i + 1])) != -1 &&
		    (lo = hex_value((unsigned char)s[i + 2])) != -1) {
			if (hi == 0 && lo == 0)
				ok = false;
			buf_addc(b, (char)(hi << 4 | lo));
			i += 2;
		} else
			buf_addc(b, s[i]);
	}
	return ok;
}

void
uri_from_iri(struct buf *b, const char *s, size_t n)
{
	/* Every ASCII character an IRI may hold but the unreserved ones. */
	uri_percent_encode(b, s, n, ":/?#[]@!$&'()*+,;=%");
}

/* The URL V has a user name or password: "http://user:pw@host/". */
bool
uri_has_userinfo(const char *v)
{
	const char	*a = v + strcspn(v, ":");

	if (strncmp(a, "://", 3) != 0)
		return false;
	a += 3;
	return memchr(a, '@', strcspn(a, "/?#")) != NULL;
}

/* The path of the URL V has a "." or ".." segment (RFC 3986 5.2.4). */
bool
uri_has_dot_segment(const char *v)
{
	const char	*p = v + strcspn(v, ":");
	size_t		 end, i, seg;

	if (strncmp(p, "://", 3) != 0)
		return false;
	p += 3;
	p += strcspn(p, "/?#");
	end = strcspn(p, "?#");
	for (i = 0; i < end; i += seg + 1) {
		seg = strcspn(p + i + 1, "/?#");
		if (seg > end - i - 1)
			seg = end - i - 1;
		if ((seg == 1 && p[i + 1] == '.') || (seg == 2 &&
		    p[i + 1] == '.' && p[i + 2] == '.'))
			return true;
	}
	return false;
}

/*
 * uri: IRI syntax (RFC 3987 section 2.2, over RFC 3986). The check is on
 * characters and structure, which is what feed readers trip over. At the
 * end, the two things done with a URI rather than checked: resolving a
 * reference (RFC 3986 5.2) and one spelling to compare by (6.2.2).
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
 * RFC 3986 3.2.2: what is between an IP-literal's brackets, s[0..n):
 * IPvFuture ("v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )), or
 * an IPv6 address's characters, with an RFC 6874 zone ("%25" and its
 * name) at the end. The IPv6 address is checked loosely: hex digits,
 * dots and two colons at least.
 */
static bool
ip_literal_ok(const char *s, size_t n)
{
	size_t	 i, colons = 0;

	if (n > 0 && (s[0] == 'v' || s[0] == 'V')) {
		for (i = 1; i < n && ascii_isxdigit((unsigned char)s[i]); i++)
			;
		if (i == 1 || i + 1 >= n || s[i] != '.')
			return false;
		for (i++; i < n; i++)
			if (!ascii_isalnum((unsigned char)s[i]) &&
			    strchr("-._~!$&'()*+,;=:", s[i]) == NULL)
				return false;
		return true;
	}
	for (i = 0; i < n; i++) {
		if (s[i] == ':')
			colons++;
		else if (s[i] == '%') {
			/* ZoneID = 1*( unreserved / pct-encoded ) */
			if (n - i < 4 || s[i + 1] != '2' || s[i + 2] != '5')
				return false;
			for (i += 3; i < n; i++)
				if (!ascii_isalnum((unsigned char)s[i]) &&
				    strchr("-._~%", s[i]) == NULL)
					return false;
			break;
		} else if (!ascii_isxdigit((unsigned char)s[i]) && s[i] != '.')
			return false;
	}
	return colons >= 2;
}

/*
 * RFC 3986 3.2: authority = [ userinfo "@" ] host [ ":" port ], in
 * a[0..n). Userinfo holds no '@' (3.2.1), so there is one at most; the
 * host is an IP-literal in brackets that is all of it, or a reg-name,
 * which holds no brackets (3.2.2); the port is digits only (3.2.3). The
 * characters themselves are chars_ok's to check.
 */
static bool
authority_ok(const char *a, size_t n)
{
	const char	*end = a + n, *p;

	if ((p = memchr(a, '@', n)) != NULL) {
		if (memchr(p + 1, '@', (size_t)(end - p - 1)) != NULL ||
		    memchr(a, '[', (size_t)(p - a)) != NULL ||
		    memchr(a, ']', (size_t)(p - a)) != NULL)
			return false;
		a = p + 1;
	}
	if (a < end && *a == '[') {
		if ((p = memchr(a, ']', (size_t)(end - a))) == NULL ||
		    !ip_literal_ok(a + 1, (size_t)(p - a - 1)))
			return false;
		p++;
	} else {
		for (p = a; p < end && *p != ':'; p++)
			if (*p == '[' || *p == ']')
				return false;
	}
	if (p < end && *p++ != ':')
		return false;
	for (; p < end; p++)
		if (!ascii_isdigit((unsigned char)*p))
			return false;
	return true;
}

/*
 * Checks every character after the scheme: unreserved, reserved (the
 * delimiters the generic syntax uses), '%' HEXDIG HEXDIG, and ucschar.
 * The '[' and ']' of an IP literal are allowed only in the authority,
 * whose structure authority_ok checks.
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
		if (!authority_ok(s + 2, auth_end - 2))
			return false;
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
uri_http_without_host(const char *s, size_t n)
{
	return http_without_host(s, n, scheme_len(s, n));
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

/*
 * RFC 1035 2.3.4: labels of 63 octets or less, a name of 255 (253
 * characters written, less the root's dot, which RFC 1034 3.1 lets an
 * absolute name end with); RFC 1123 2.1: never #.#.#.#, an address.
 */
bool
uri_is_dns_name(const char *s, size_t n)
{
	size_t	 i, label = 0, labels = 0;
	bool	 digits = true;

	if (n > 0 && s[n - 1] == '.')
		n--;
	if (n == 0 || n > 253 || dns_name(s, n, 0) != n ||
	    memchr(s, '.', n) == NULL)
		return false;
	for (i = 0; i <= n; i++) {
		if (i == n || s[i] == '.') {
			if (label > 63)
				return false;
			label = 0;
			labels++;
			continue;
		}
		label++;
		digits = digits && ascii_isdigit((unsigned char)s[i]);
	}
	return !(digits && labels == 4);
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

/*
 * RFC 2141 2: <NID> ::= <let-num> [ 1,31<let-num-hyp> ], 2 to 32
 * characters, the first no hyphen (a last one is allowed, as RFC 2141
 * and the W3C service have it), then ":" and a namespace-specific string.
 */
bool
uri_is_urn(const char *s, size_t n)
{
	size_t	 i = 4, m;		/* after "urn:" */

	for (m = 0; ascii_isalnum(at(s, n, i + m)) ||
	    (m > 0 && at(s, n, i + m) == '-'); m++)
		;
	if (m < 2 || m > 32 || at(s, n, i + m) != ':' ||
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

/*
 * RFC 3986 2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~", looked
 * up: pass one encodes the slug of every record for its id.
 */
static const bool unreserved_map[256] = {
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
	['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
	['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1,
	['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['0'] = 1, ['1'] = 1,
	['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1, ['-'] = 1, ['.'] = 1, ['_'] = 1, ['~'] = 1,
};

static bool
unreserved(unsigned char c)
{
	return unreserved_map[c];
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
	return uri_has_userinfo_n(v, strlen(v));
}

bool
uri_has_userinfo_n(const char *s, size_t n)
{
	size_t	 i = scheme_len(s, n), end;

	if (i == 0 || n - i < 3 || memcmp(s + i, "://", 3) != 0)
		return false;
	for (end = i + 3; end < n && s[end] != '/' && s[end] != '?' &&
	    s[end] != '#'; end++)
		;
	return memchr(s + i + 3, '@', end - i - 3) != NULL;
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

/*
 * A URI reference split as RFC 3986 Appendix B splits it: each part a
 * span of the string, and whether it is there at all ("?" with nothing
 * after it is an empty query, not none: 5.2.2 tells them apart).
 */
struct uri_parts {
	const char	*scheme, *auth, *path, *query, *frag;
	size_t		 scheme_n, auth_n, path_n, query_n, frag_n;
	bool		 has_scheme, has_auth, has_query, has_frag;
};

static void
uri_split(const char *s, struct uri_parts *p)
{
	size_t	 n = strlen(s), k = scheme_len(s, n), i;

	memset(p, 0, sizeof(*p));
	if (k > 0) {
		p->scheme = s;
		p->scheme_n = k;
		p->has_scheme = true;
		s += k + 1;
	}
	if (s[0] == '/' && s[1] == '/') {
		p->auth = s + 2;
		p->auth_n = strcspn(p->auth, "/?#");
		p->has_auth = true;
		s = p->auth + p->auth_n;
	}
	p->path = s;
	p->path_n = i = strcspn(s, "?#");
	s += i;
	if (*s == '?') {
		p->query = s + 1;
		p->query_n = strcspn(p->query, "#");
		p->has_query = true;
		s = p->query + p->query_n;
	}
	if (*s == '#') {
		p->frag = s + 1;
		p->frag_n = strlen(p->frag);
		p->has_frag = true;
	}
}

/* RFC 3986 5.2.4: the path s[0..n) without its "." and ".." segments. */
static void
remove_dots(struct buf *out, const char *s, size_t n)
{
	size_t	 i = 0, j;

	while (i < n) {
		if (n - i >= 3 && memcmp(s + i, "../", 3) == 0)
			i += 3;						/* A */
		else if (n - i >= 2 && memcmp(s + i, "./", 2) == 0)
			i += 2;
		else if ((n - i >= 3 && memcmp(s + i, "/./", 3) == 0) ||
		    (n - i == 2 && memcmp(s + i, "/.", 2) == 0)) {
			/* B: the input goes on from "/" (at its end: is "/"). */
			if (n - i == 2) {
				buf_addc(out, '/');
				i = n;
			} else
				i += 2;
		} else if ((n - i >= 4 && memcmp(s + i, "/../", 4) == 0) ||
		    (n - i == 3 && memcmp(s + i, "/..", 3) == 0)) {
			/* C: as B, and the output loses its last segment. */
			while (out->len > 0 && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > 0)
				out->len--;
			if (out->cap > 0)
				out->data[out->len] = '\0';
			if (n - i == 3) {
				buf_addc(out, '/');
				i = n;
			} else
				i += 3;
		} else if ((n - i == 1 && s[i] == '.') ||
		    (n - i == 2 && memcmp(s + i, "..", 2) == 0))
			i = n;						/* D */
		else {
			/* E: the first segment, with its "/", moves over. */
			for (j = i + 1; j < n && s[j] != '/'; j++)
				;
			buf_add(out, s + i, j - i);
			i = j;
		}
	}
}

/*
 * The path of the result (5.2.2): its dot segments go once it is
 * absolute. Resolved against a relative base (nested xml:base with no
 * absolute one), they stay, for the resolution against the document's
 * address that comes later: "../" at the front still means something.
 */
static void
add_path(struct buf *out, const char *s, size_t n, bool absolute)
{
	struct buf	 path;

	if (!absolute) {
		buf_add(out, s, n);
		return;
	}
	/* Apart: step C takes segments off the path, never off OUT. */
	buf_init_empty(&path);
	remove_dots(&path, s, n);
	buf_add(out, path.data, path.len);
	buf_free(&path);
}

/* The position of the last "/" in s[0..n), or n if none. */
static size_t
last_slash(const char *s, size_t n)
{
	size_t	 i;

	for (i = n; i > 0; i--)
		if (s[i - 1] == '/')
			return i - 1;
	return n;
}

bool
uri_path_extension(const char *v, const char **ext, size_t *n)
{
	struct uri_parts p;
	size_t		 i, seg;

	uri_split(v, &p);
	seg = last_slash(p.path, p.path_n);
	seg = seg == p.path_n ? 0 : seg + 1;
	for (i = p.path_n; i > seg + 1; i--)
		if (p.path[i - 1] == '.') {
			*ext = p.path + i;
			*n = p.path_n - i;
			return *n > 0;
		}
	return false;
}

bool
uri_is_segment_name(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, len;
	uint32_t		 cp;

	if (n == 0)
		return false;
	while (i < n) {
		if (u[i] >= 0x80) {
			/* ucschar; iprivate is the query's only. */
			if ((len = utf8_decode(u + i, n - i, &cp)) == 0 ||
			    !is_ucschar(cp) || (cp >= 0xe000 && cp <= 0xf8ff) ||
			    cp >= 0xf0000)
				return false;
			i += len;
		} else if (u[i] == '%') {
			if (n - i < 3 || !ascii_isxdigit(u[i + 1]) ||
			    !ascii_isxdigit(u[i + 2]))
				return false;
			i += 3;
		} else if (ascii_isalpha(u[i]) || ascii_isdigit(u[i]) ||
		    (u[i] != '\0' && strchr("-._~!$&'()*+,;=@", u[i]) != NULL))
			i++;
		else
			return false;
	}
	return true;
}

#define IANA_REL	"http://www.iana.org/assignments/relation/"

const char *
uri_link_rel_name(const char *rel)
{
	const char	*name = rel + sizeof(IANA_REL) - 1;

	if (strncmp(rel, IANA_REL, sizeof(IANA_REL) - 1) == 0 &&
	    uri_is_segment_name(name, strlen(name)))
		return name;
	return rel;
}

bool
uri_query_extension(const char *v, const char **ext, size_t *n)
{
	struct uri_parts p;
	size_t		 i;

	uri_split(v, &p);
	for (i = p.query_n; i > 0 && ((p.query[i - 1] >= 'a' &&
	    p.query[i - 1] <= 'z') || (p.query[i - 1] >= 'A' &&
	    p.query[i - 1] <= 'Z') || (p.query[i - 1] >= '0' &&
	    p.query[i - 1] <= '9')); i--)
		;
	if (i == 0 || i == p.query_n || p.query[i - 1] != '.')
		return false;
	*ext = p.query + i;
	*n = p.query_n - i;
	/* "v=1.2" is a version: an extension has a letter ("mp3", "3gp"). */
	for (i = 0; i < *n; i++)
		if (((*ext)[i] | 0x20) >= 'a' && ((*ext)[i] | 0x20) <= 'z')
			return true;
	return false;
}

void
uri_resolve(struct buf *out, const char *ref, const char *base)
{
	struct uri_parts r, b;
	const struct uri_parts *q;	/* whose query the result takes */
	struct buf	 merged;
	size_t		 slash;
	bool		 absolute;

	uri_split(ref, &r);
	uri_split(base, &b);
	absolute = r.has_scheme || b.has_scheme;
	if (r.has_scheme || b.has_scheme) {
		buf_add(out, r.has_scheme ? r.scheme : b.scheme,
		    r.has_scheme ? r.scheme_n : b.scheme_n);
		buf_addc(out, ':');
	}
	q = &r;
	if (r.has_scheme || r.has_auth) {
		if (r.has_auth) {
			buf_adds(out, "//");
			buf_add(out, r.auth, r.auth_n);
		}
		add_path(out, r.path, r.path_n, absolute);
	} else {
		if (b.has_auth) {
			buf_adds(out, "//");
			buf_add(out, b.auth, b.auth_n);
		}
		if (r.path_n == 0) {
			buf_add(out, b.path, b.path_n);
			if (!r.has_query)
				q = &b;
		} else {
			/* 5.2.3: merged with the base's path to its last "/". */
			buf_init_empty(&merged);
			if (r.path[0] != '/') {
				slash = last_slash(b.path, b.path_n);
				if (b.has_auth && b.path_n == 0)
					buf_addc(&merged, '/');
				else if (slash < b.path_n)
					buf_add(&merged, b.path, slash + 1);
			}
			buf_add(&merged, r.path, r.path_n);
			add_path(out, merged.data, merged.len, absolute);
			buf_free(&merged);
		}
	}
	if (q->has_query) {
		buf_addc(out, '?');
		buf_add(out, q->query, q->query_n);
	}
	if (r.has_frag) {
		buf_addc(out, '#');
		buf_add(out, r.frag, r.frag_n);
	}
}

void
uri_resolve_bases(struct buf *out, const char *ref,
    const char *const *bases, size_t n)
{
	struct buf	 base, next;
	size_t		 i;

	buf_init_empty(&base);
	buf_init_empty(&next);
	/* From the outermost, each base resolved against the one around it. */
	for (i = n; i > 0; i--) {
		if (!uri_is_iri_reference(bases[i - 1], strlen(bases[i - 1])))
			continue;
		buf_clear(&next);
		if (base.len == 0)
			buf_adds(&next, bases[i - 1]);
		else
			uri_resolve(&next, bases[i - 1], base.data);
		buf_clear(&base);
		buf_add(&base, next.data, next.len);
	}
	if (base.len == 0)
		buf_adds(out, ref);
	else
		uri_resolve(out, ref, base.data);
	buf_free(&base);
	buf_free(&next);
}

bool
uri_is_absolute_ref(const char *s)
{
	return scheme_len(s, strlen(s)) > 0;
}

/*
 * s[0..n) with the escapes of unreserved characters decoded and the
 * others' hex digits in upper case (6.2.2.1, 6.2.2.2).
 */
static void
add_escapes_normal(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t		 i;
	int		 hi, lo, c;

	for (i = 0; i < n; i++) {
		if (s[i] != '%' || n - i < 3 ||
		    (hi = hex_value((unsigned char)s[i + 1])) == -1 ||
		    (lo = hex_value((unsigned char)s[i + 2])) == -1) {
			buf_addc(b, s[i]);
			continue;
		}
		c = hi << 4 | lo;
		i += 2;
		if (unreserved((unsigned char)c))
			buf_addc(b, (char)c);
		else {
			buf_addc(b, '%');
			buf_addc(b, hex[c >> 4]);
			buf_addc(b, hex[c & 15]);
		}
	}
}

static void
add_lower(struct buf *b, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		buf_addc(b, (char)ascii_tolower((unsigned char)s[i]));
}

/* As add_lower, but an escape's hex digits stay as they are (upper). */
static void
add_lower_host(struct buf *b, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] == '%' && n - i >= 3) {
			buf_add(b, s + i, 3);
			i += 2;
		} else
			buf_addc(b, (char)ascii_tolower((unsigned char)s[i]));
}

void
uri_normalize(struct buf *b, const char *v)
{
	struct uri_parts p;
	struct buf	 t;
	const char	*host, *port, *end;
	bool		 http, https;

	uri_split(v, &p);
	http = scheme_is(p.scheme, p.scheme_n, "http");
	https = scheme_is(p.scheme, p.scheme_n, "https");
	if (p.has_scheme) {
		add_lower(b, p.scheme, p.scheme_n);
		buf_addc(b, ':');
	}
	if (p.has_auth) {
		buf_adds(b, "//");
		end = p.auth + p.auth_n;
		host = p.auth;
		for (port = p.auth; port < end; port++)
			if (*port == '@')
				host = port + 1;
		/* The user name is case-sensitive; the host is not. */
		add_escapes_normal(b, p.auth, (size_t)(host - p.auth));
		/* The host ends at the port's ":"; an IPv6 literal's [] hold some. */
		for (port = host; port < end && *port != ':'; port++)
			if (*port == '[')
				while (port + 1 < end && *port != ']')
					port++;
		buf_init_empty(&t);
		add_escapes_normal(&t, host, (size_t)(port - host));
		add_lower_host(b, t.data, t.len);
		buf_free(&t);
		if (port < end) {
			/* 6.2.3: an empty port, or the scheme's own, is none. */
			for (port++; port + 1 < end && *port == '0'; port++)
				;
			if (port < end && !(http && end - port == 2 &&
			    memcmp(port, "80", 2) == 0) && !(https &&
			    end - port == 3 && memcmp(port, "443", 3) == 0)) {
				buf_addc(b, ':');
				buf_add(b, port, (size_t)(end - port));
			}
		}
	}
	/* 6.2.2.3: dot segments go after the escapes are decoded. */
	buf_init_empty(&t);
	add_escapes_normal(&t, p.path, p.path_n);
	if (t.len == 0 && p.has_auth && (http || https))
		buf_addc(b, '/');
	else
		add_path(b, t.data, t.len, p.has_scheme);
	buf_free(&t);
	if (p.has_query) {
		buf_addc(b, '?');
		add_escapes_normal(b, p.query, p.query_n);
	}
	if (p.has_frag) {
		buf_addc(b, '#');
		add_escapes_normal(b, p.frag, p.frag_n);
	}
}

bool
uri_plainly_normal(const char *v)
{
	const char	*p = v, *host;

	for (; *p >= 'a' && *p <= 'z'; p++)
		;
	if (p == v || strncmp(p, "://", 3) != 0)
		return false;
	for (host = p += 3; *p != '\0' && *p != '/' && *p != '?' &&
	    *p != '#'; p++)
		if ((*p >= 'A' && *p <= 'Z') || *p == ':' || *p == '@' ||
		    *p == '%' || *p == '[')
			return false;
	if (p == host || *p != '/')
		return false;
	for (; *p != '\0'; p++) {
		if (*p == '%')
			return false;
		/* A "." or ".." segment: "/." then "/", "?", "#", ".", or the end. */
		if (p[0] == '/' && p[1] == '.' && (p[2] == '\0' || p[2] == '/' ||
		    p[2] == '?' || p[2] == '#' || p[2] == '.'))
			return false;
		if (*p == '?' || *p == '#')
			break;
	}
	for (; *p != '\0'; p++)
		if (*p == '%')
			return false;
	return true;
}

bool
uri_same(const char *a, const char *b)
{
	struct buf	 x, y;
	bool		 same;

	buf_init_empty(&x);
	buf_init_empty(&y);
	uri_normalize(&x, a);
	uri_normalize(&y, b);
	same = strcmp(x.data, y.data) == 0;
	buf_free(&x);
	buf_free(&y);
	return same;
}

/*
 * validate_sniff: says in plain words what a file is when its first bytes
 * show that it is not an XML feed at all (empty, gzip-compressed, UTF-32,
 * an HTML page; JSON, which sniff_json knows, goes to validate_json.c
 * before this), or that its XML declaration contradicts its
 * encoding, before libxml2 says something less helpful ("Document is
 * empty" for a gzip file).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "validate_int.h"

/* The ASCII text of the first bytes of a UTF-16 file, for its declaration. */
static size_t
utf16_ascii(const unsigned char *b, size_t n, bool le, char *out,
    size_t size)
{
	size_t	 i, k = 0;

	for (i = 0; i + 1 < n && k + 1 < size; i += 2) {
		unsigned char lo = le ? b[i] : b[i + 1];
		unsigned char hi = le ? b[i + 1] : b[i];

		if (hi != 0 || lo == 0 || lo > 0x7e)
			break;
		out[k++] = (char)lo;
	}
	out[k] = '\0';
	return k;
}

/*
 * Whether B[0..N) is UTF-16, by its byte order mark or by "<?" (XML 1.0,
 * appendix F); if so, *LE says its byte order and TEXT holds the ASCII
 * text of its first bytes.
 */
static bool
utf16_head(const unsigned char *b, size_t n, bool *le, char *text,
    size_t size)
{
	size_t	 bom;

	if (n < 4 || !((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe &&
	    b[1] == 0xff) || (b[0] == '<' && b[1] == 0 && b[2] == '?' &&
	    b[3] == 0) || (b[0] == 0 && b[1] == '<' && b[2] == 0 &&
	    b[3] == '?')))
		return false;
	*le = b[0] == 0xff || b[0] == '<';
	bom = b[0] == 0xff || b[0] == 0xfe ? 2 : 0;
	utf16_ascii(b + bom, n - bom, *le, text, size);
	return true;
}

/* The value of NAME (version, encoding) in an XML declaration at S. */
static bool
declared(const char *s, const char *name, char *enc, size_t size)
{
	const char	*end, *p, *q;
	char		 quote;
	size_t		 n;

	if (strncmp(s, "<?xml", 5) != 0 || (end = strstr(s, "?>")) == NULL)
		return false;
	if ((p = strstr(s, name)) == NULL || p > end)
		return false;
	for (p += strlen(name); *p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'; p++)
		;
	if (*p++ != '=')
		return false;
	while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		p++;
	if ((quote = *p++) != '"' && quote != '\'')
		return false;
	if ((q = strchr(p, quote)) == NULL || q > end)
		return false;
	n = (size_t)(q - p);
	if (n >= size)
		n = size - 1;
	memcpy(enc, p, n);
	enc[n] = '\0';
	return true;
}

bool
sniff_declared_encoding(const char *head, char *enc, size_t size)
{
	return declared(head, "encoding", enc, size);
}

/*
 * RSS 2.0 and Atom (RFC 4287 2) are XML 1.0. libxml2 reads a document
 * declared 1.1 without a word, and refuses other versions itself.
 */
static void
check_version(const char *text, struct report *rep)
{
	char	 ver[16];

	if (declared(text, "version", ver, sizeof(ver)) &&
	    strncmp(ver, "1.", 2) == 0 && strcmp(ver, "1.0") != 0)
		report_add(rep, 1, 1, RULE_XML_VERSION, "the XML declaration "
		    "says version=\"%s\": feeds are XML 1.0", ver);
}

bool
sniff_utf8(const char *head)
{
	char	 enc[64];

	return !sniff_declared_encoding(head, enc, sizeof(enc)) ||
	    strcasecmp(enc, "UTF-8") == 0 || strcasecmp(enc, "UTF8") == 0;
}

/*
 * Apple Podcasts' "Use plain text UTF-8 encoding for your feed" asks
 * this of a feed with itunes: tags. US-ASCII, a subset of UTF-8, is UTF-8.
 */
bool
sniff_not_utf8(const unsigned char *b, size_t n, char *enc, size_t size)
{
	char	 text[256];
	size_t	 i;
	bool	 le;

	if (utf16_head(b, n, &le, text, sizeof(text))) {
		if (!sniff_declared_encoding(text, enc, size))
			snprintf(enc, size, "UTF-16");
		return true;
	}
	i = n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf ? 3 : 0;
	snprintf(text, sizeof(text), "%.*s", (int)(n - i < sizeof(text) - 1 ?
	    n - i : sizeof(text) - 1), (const char *)b + i);
	if (sniff_utf8(text) || !sniff_declared_encoding(text, enc, size) ||
	    strcasecmp(enc, "US-ASCII") == 0 || strcasecmp(enc, "ASCII") == 0) {
		enc[0] = '\0';
		return false;
	}
	return true;
}

static bool
starts_with_nocase(const unsigned char *b, size_t n, const char *word)
{
	size_t	 k = strlen(word);

	return n >= k && strncasecmp((const char *)b, word, k) == 0;
}

size_t
sniff_json_space(const unsigned char *b, size_t n)
{
	size_t	 i = 0;

	while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' ||
	    b[i] == '\n'))
		i++;
	return i;
}

/* The N bytes at B start with the literal WORD, then end or a delimiter. */
static bool
json_literal(const unsigned char *b, size_t n, const char *word)
{
	size_t	 k = strlen(word);

	return n >= k && memcmp(b, word, k) == 0 && (n == k ||
	    strchr(" \t\r\n,]}", b[k]) != NULL);
}

/*
 * A JSON value starts at B (N bytes read, the first not white space): an
 * object or array, or a scalar (RFC 8259 2: a string, number, true,
 * false or null), which is no JSON Feed but is to be named as JSON. An
 * XML document starts with "<" (XML 1.0 2.8, past white space), and
 * never with those; a scalar is taken only with no "<" in the bytes
 * read, so that junk before a feed's markup ("1<?xml", a quote) keeps
 * the XML parser's report, which points at the markup.
 */
bool
sniff_json_value(const unsigned char *b, size_t n)
{
	if (n == 0)
		return false;
	if (b[0] == '{' || b[0] == '[')
		return true;
	if (!(b[0] == '"' || b[0] == '-' || (b[0] >= '0' && b[0] <= '9') ||
	    json_literal(b, n, "true") || json_literal(b, n, "false") ||
	    json_literal(b, n, "null")))
		return false;
	return memchr(b, '<', n) == NULL;
}

bool
sniff_json(const unsigned char *b, size_t n)
{
	size_t	 i = n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf ?
	    3 : 0;

	i += sniff_json_space(b + i, n - i);
	return sniff_json_value(b + i, n - i);
}

bool
sniff_not_xml(const unsigned char *b, size_t n, bool whole, bool feed,
    struct report *rep)
{
	char		 text[256], enc[64], first;
	size_t		 i;
	bool		 le, html;

	if (n == 0) {
		report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED,
		    "the file is empty");
		return true;
	}
	if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
		report_add(rep, 1, 1, RULE_UNKNOWN_FORMAT, "this is a "
		    "gzip-compressed file, not XML: decompress it first "
		    "(gunzip)");
		return true;
	}
	if (n >= 4 && ((b[0] == 0 && b[1] == 0 && ((b[2] == 0xfe &&
	    b[3] == 0xff) || (b[2] == 0 && b[3] == '<'))) ||
	    (b[2] == 0 && b[3] == 0 && ((b[0] == 0xff && b[1] == 0xfe) ||
	    (b[0] == '<' && b[1] == 0))))) {
		report_add(rep, 1, 1, RULE_UNKNOWN_FORMAT, "this file "
		    "is in UTF-32, which validate does not read (XML requires "
		    "only UTF-8 and UTF-16): convert it to UTF-8");
		return true;
	}
	if (utf16_head(b, n, &le, text, sizeof(text))) {
		first = text[strspn(text, " \t\r\n")];
		if (first == '{' || first == '[') {
			report_add(rep, 1, 1, RULE_UNKNOWN_FORMAT, "this looks "
			    "like JSON in UTF-16, but JSON text is UTF-8 (RFC "
			    "8259, section 8.1): convert it to UTF-8");
			return true;
		}
		check_version(text, rep);
		if (sniff_declared_encoding(text, enc, sizeof(enc)) &&
		    strcasecmp(enc, "UTF-16") != 0 &&
		    strcasecmp(enc, le ? "UTF-16LE" : "UTF-16BE") != 0) {
			report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED,
			    "the file is in UTF-16, but its XML declaration "
			    "says encoding=\"%s\": the declaration must name "
			    "the encoding the file is in (XML 1.0, section "
			    "4.3.3)", enc);
			return true;
		}
		return false;
	}
	/* "<" or "{" and a NUL beside it: UTF-16 with nothing to say so. */
	if (n >= 4 && ((b[0] == 0 && (b[1] == '<' || b[1] == '{') &&
	    b[2] == 0 && b[3] != 0) || ((b[0] == '<' || b[0] == '{') &&
	    b[1] == 0 && b[2] != 0 && b[3] == 0))) {
		report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED, "this file "
		    "is in UTF-16 without a byte order mark, which UTF-16 "
		    "needs (XML 1.0, section 4.3.3; JSON is UTF-8 alone): "
		    "convert it to UTF-8");
		return true;
	}
	i = n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf ? 3 : 0;
	snprintf(text, sizeof(text), "%.*s", (int)(n - i < sizeof(text) - 1 ?
	    n - i : sizeof(text) - 1), (const char *)b + i);
	check_version(text, rep);
	if (i == 3) {
		if (sniff_declared_encoding(text, enc, sizeof(enc)) &&
		    strcasecmp(enc, "UTF-8") != 0 && strcasecmp(enc, "UTF8") != 0) {
			report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED,
			    "the file begins with UTF-8's byte order mark, but "
			    "its XML declaration says encoding=\"%s\": the "
			    "declaration must name the encoding the file is in "
			    "(XML 1.0, section 4.3.3)", enc);
			return true;
		}
	}
	while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' ||
	    b[i] == '\n'))
		i++;
	if (i == n && whole) {
		report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED,
		    "the file holds nothing but white space");
		return true;
	}
	if (!feed)
		return false;	/* any XML, an XHTML page included */
	if (starts_with_nocase(b + i, n - i, "<!DOCTYPE")) {
		for (i += 9; i < n && (b[i] == ' ' || b[i] == '\t' ||
		    b[i] == '\r' || b[i] == '\n'); i++)
			;
		html = starts_with_nocase(b + i, n - i, "html");
	} else
		html = starts_with_nocase(b + i, n - i, "<html") &&
		    (n - i == 5 || isspace(b[i + 5]) || b[i + 5] == '>');
	if (html) {
		report_add(rep, 1, 1, RULE_UNKNOWN_FORMAT, "this is an "
		    "HTML page, not a feed");
		return true;
	}
	return false;
}

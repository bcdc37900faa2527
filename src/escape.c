/*
 * escape: the tables. '>' is escaped in XML text too, so "]]>" never
 * appears; CR, and TAB and LF in attributes, become character references
 * so that XML end-of-line and attribute-value normalisation keep them.
 */
#include "config.h"

#include "escape.h"

const struct escape_table escape_xml_text = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\r'] = "&#13;",
} };

const struct escape_table escape_xml_attr = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
	['\r'] = "&#13;", ['\n'] = "&#10;", ['\t'] = "&#9;",
} };

/* Records may have CRLF line ends: one newline per line break is enough. */
const struct escape_table escape_html_text = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\r'] = "",
} };

const struct escape_table escape_xml_text_hex = { .rep = {
	['&'] = "&#x26;", ['<'] = "&#x3C;", ['>'] = "&#x3E;", ['\r'] = "&#xD;",
} };

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool
escape_looks_like_markup(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i + 1 < n; i++) {
		if (s[i] == '<' && (is_letter(s[i + 1]) ||
		    s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?'))
			return true;
		if (s[i] == '&' && (is_letter(s[i + 1]) || s[i + 1] == '#'))
			return true;
	}
	return false;
}

const char *
escape_find_end_tag(const char *s, size_t n, size_t *len)
{
	size_t	 i, k;

	for (i = 0; i + 3 < n; i++) {
		if (s[i] != '<' || s[i + 1] != '/' || !is_letter(s[i + 2]))
			continue;
		for (k = i + 3; k < n && (is_letter(s[k]) ||
		    (s[k] >= '0' && s[k] <= '9')); k++)
			;
		if (k < n && s[k] == '>') {
			*len = k + 1 - i;
			return s + i;
		}
	}
	return NULL;
}

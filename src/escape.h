/*
 * escape: which bytes markup must replace, and with what. One table per
 * context, shared by the XML writer (xmlout) and the HTML renderer
 * (render), so there is one definition of each escaping rule.
 */
#ifndef FEEDWRIGHT_ESCAPE_H
#define FEEDWRIGHT_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

/* rep[c] is what byte c becomes; NULL keeps it; "" drops it. */
struct escape_table {
	const char	*rep[256];
};

extern const struct escape_table escape_xml_text;	/* & < > CR */
extern const struct escape_table escape_xml_attr;	/* and " TAB LF */
extern const struct escape_table escape_html_text;	/* & < >; drops CR */
/*
 * RSS plain text: & < > and CR as hexadecimal character references, as
 * the RSS Advisory Board's best-practice profile advises, so that the
 * W3C feed validator does not take "&" or "<" written as text for markup.
 */
extern const struct escape_table escape_xml_text_hex;

/*
 * True if s[0..n) would read as markup if it were HTML: a '<' before a
 * letter, '/', '!' or '?' (a tag, a comment), or a '&' before a letter or
 * '#' (an entity). Such text goes into Atom as type="html", escaped once
 * more, so readers show it as written.
 */
bool	escape_looks_like_markup(const char *s, size_t n);

/*
 * The first end tag of s[0..n), "</" letters-and-digits ">", or NULL;
 * *len is set to its length. An RSS element with no type attribute
 * (title, category) holding one always draws "should not contain HTML"
 * from the W3C feed validator, however it is encoded.
 */
const char *escape_find_end_tag(const char *s, size_t n, size_t *len);

/* Length of the longest prefix of s[0..n) that needs no replacement. */
static inline size_t
escape_span(const struct escape_table *t, const char *s, size_t n)
{
	size_t	 i = 0;

	while (i < n && t->rep[(unsigned char)s[i]] == NULL)
		i++;
	return i;
}

#endif

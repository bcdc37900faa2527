/*
 * escape: which bytes markup must replace, and with what. One table per
 * context, shared by the XML writer (xmlout) and the HTML renderer
 * (render), so there is one definition of each escaping rule.
 */
#ifndef FEEDWRIGHT_ESCAPE_H
#define FEEDWRIGHT_ESCAPE_H

#include <stddef.h>

/* rep[c] is what byte c becomes; NULL keeps it; "" drops it. */
struct escape_table {
	const char	*rep[256];
};

extern const struct escape_table escape_xml_text;	/* & < > CR */
extern const struct escape_table escape_xml_attr;	/* and " TAB LF */
extern const struct escape_table escape_html_text;	/* & < >; drops CR */

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

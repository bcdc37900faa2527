/*
 * render: record text to HTML. The text is escaped, never interpreted:
 * a record is plain text, and "<b>" in it means those three characters.
 * Only text content is produced, so quotes need no escaping.
 */
#include "config.h"

#include "escape.h"
#include "render.h"

void
html_escape(struct buf *b, const char *s, size_t n)
{
	const struct escape_table	*t = &escape_html_text;
	size_t				 i = 0, k;

	buf_reserve(b, n);
	while (i < n) {
		k = escape_span(t, s + i, n - i);
		buf_add(b, s + i, k);
		i += k;
		if (i >= n)
			break;
		/* A lone CR (an old Mac file) ends a line; that of a CR LF is dropped. */
		if (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))
			buf_addc(b, '\n');
		else
			buf_adds(b, t->rep[(unsigned char)s[i]]);
		i++;
	}
}

void
render_paragraphs(struct buf *b, const struct span *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, '\n');
		buf_adds(b, "<p>");
		html_escape(b, p[i].p, p[i].n);
		buf_adds(b, "</p>");
	}
}

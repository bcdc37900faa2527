/*
 * render: record text to HTML. The text is escaped, never interpreted:
 * a record is plain text, and "<b>" in it means those three characters.
 * Only text content is produced, so quotes need no escaping.
 */
#include "config.h"

#include "render.h"

void
html_escape(struct buf *b, const char *s, size_t n)
{
	size_t		 i, run = 0;
	const char	*rep;

	buf_reserve(b, n);
	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '\r':
			/* CRLF records: keep one newline per line break. */
			buf_add(b, s + run, i - run);
			run = i + 1;
			continue;
		default:
			continue;
		}
		buf_add(b, s + run, i - run);
		buf_adds(b, rep);
		run = i + 1;
	}
	buf_add(b, s + run, n - run);
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

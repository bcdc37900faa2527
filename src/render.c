/*
 * render: record text to HTML. The text is escaped, never interpreted:
 * a record is plain text, and "<b>" in it means those three characters.
 * Only text content is produced, so quotes need no escaping.
 */
#include "config.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "escape.h"
#include "render.h"

/*
 * escape_span of escape_html_text: every paragraph of every entry goes
 * through here. With SSE2, sixteen bytes at a time are passed over when
 * none is one the table replaces (& < > CR: test_escape holds every byte
 * value to the table); the table judges from the first that may be.
 */
static size_t
html_span(const char *s, size_t n)
{
	size_t		 i = 0;
#ifdef __SSE2__
	__m128i		 v;
	unsigned	 m;

	for (; n - i >= 16; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))), _mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('>')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')))));
		if (m != 0) {
			i += (size_t)__builtin_ctz(m);
			break;
		}
	}
#endif
	return i + escape_span(&escape_html_text, s + i, n - i);
}

void
html_escape(struct buf *b, const char *s, size_t n)
{
	const struct escape_table	*t = &escape_html_text;
	size_t				 i = 0, k;

	buf_reserve(b, n);
	while (i < n) {
		k = html_span(s + i, n - i);
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

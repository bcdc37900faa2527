/*
 * escape: which bytes markup must replace, and with what. One table per
 * context, shared by the XML writer (xmlout) and the HTML renderer
 * (render), so there is one definition of each escaping rule.
 */
#ifndef FEEDWRIGHT_ESCAPE_H
#define FEEDWRIGHT_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/*
 * Every byte any table replaces is one of these; a test checks it. Text
 * is searched for them sixteen bytes at a time, where SSE2 is there.
 */
#define ESCAPE_CANDIDATES	"&<>\"\t\n\r"

#ifdef __SSE2__
/* The index of the lowest bit set in m, which is not 0. */
static inline unsigned int
lowest_bit(unsigned int m)
{
#if defined(__GNUC__) || defined(__clang__)
	return (unsigned int)__builtin_ctz(m);
#else
	unsigned int	 i = 0;

	while ((m & 1) == 0) {
		m >>= 1;
		i++;
	}
	return i;
#endif
}
#endif

/* Length of the longest prefix of s[0..n) that needs no replacement. */
static inline size_t
escape_span(const struct escape_table *t, const char *s, size_t n)
{
	size_t	 i = 0;
#ifdef __SSE2__
	const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'),
	    gt = _mm_set1_epi8('>'), quot = _mm_set1_epi8('"'),
	    tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'),
	    cr = _mm_set1_epi8('\r');
	__m128i	 v, hit;
	unsigned int	 m;

	while (n - i >= 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		hit = _mm_or_si128(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, gt),
		    _mm_cmpeq_epi8(v, quot))), _mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)),
		    _mm_cmpeq_epi8(v, cr)));
		/* Each candidate in turn: a '"' is one only in attributes. */
		for (m = (unsigned int)_mm_movemask_epi8(hit); m != 0;
		    m &= m - 1)
			if (t->rep[(unsigned char)s[i + lowest_bit(m)]] != NULL)
				return i + lowest_bit(m);
		i += 16;
	}
#endif
	while (i < n && t->rep[(unsigned char)s[i]] == NULL)
		i++;
	return i;
}

#endif

/*
 * utf8: UTF-8 decoding (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF), the XML 1.0 Char check, and the characters that show
 * nothing.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"
#include "util.h"

size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t	 c, min;
	size_t		 len, i;

	if (n == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

bool
xml_char_ok(uint32_t cp)
{
	return cp == 0x9 || cp == 0xa || cp == 0xd ||
	    (cp >= 0x20 && cp <= 0xd7ff) ||
	    (cp >= 0xe000 && cp <= 0xfffd) ||
	    (cp >= 0x10000 && cp <= 0x10ffff);
}

/* Set by the tests only, to run the portable path where SSE2 is there. */
static bool	 portable_only;

void
text_check_use_portable(bool on)
{
	portable_only = on;
}

/* Unicode's noncharacters: U+FDD0 to U+FDEF, and the last two of each plane. */
static inline bool
noncharacter(uint32_t cp)
{
	return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
}

/*
 * The length of the character at u[i] if it is UTF-8 for an XML Char,
 * else 0 with *p and *cp saying what is wrong. Two and three bytes are
 * taken inline: all of the BMP's letters.
 */
static inline size_t
check_char(const unsigned char *u, size_t i, size_t n, enum text_problem *p,
    uint32_t *cp)
{
	size_t	 len;

	if ((u[i] >= 0x20 && u[i] < 0x7f) || u[i] == '\n' || u[i] == '\t' ||
	    u[i] == '\r')
		return 1;
	if (u[i] >= 0xc2 && u[i] <= 0xdf && n - i >= 2 &&
	    (u[i + 1] & 0xc0) == 0x80 && (u[i] > 0xc2 || u[i + 1] >= 0xa0))
		return 2;		/* U+00A0 to U+07FF: all Chars */
	if (u[i] >= 0xe0 && u[i] <= 0xef && n - i >= 3 &&
	    (u[i + 1] & 0xc0) == 0x80 && (u[i + 2] & 0xc0) == 0x80) {
		*cp = (uint32_t)(u[i] & 0x0f) << 12 |
		    (uint32_t)(u[i + 1] & 0x3f) << 6 | (u[i + 2] & 0x3f);
		if ((*cp >= 0x800 && *cp <= 0xd7ff) ||
		    (*cp >= 0xe000 && *cp <= 0xfffd && !noncharacter(*cp)))
			return 3;
	}
	if ((len = utf8_decode(u + i, n - i, cp)) == 0) {
		*p = TEXT_BAD_UTF8;
		return 0;
	}
	if (!xml_char_ok(*cp)) {
		*p = TEXT_NOT_XML_CHAR;
		return 0;
	}
	if ((*cp >= 0x7f && *cp <= 0x9f) || noncharacter(*cp)) {
		*p = TEXT_DISCOURAGED;
		return 0;
	}
	return len;
}

/*
 * Where the first byte at or after i that is not printable ASCII (below
 * 0x20, DEL, or 0x80 and above) is, or n: most of any text is such bytes.
 * Eight at a time: the borrow of "w - 0x20.." reaches a byte's top bit
 * when that byte is below 0x20, and "w + 0x01.." when it is DEL. Borrows
 * and carries run on into the bytes above, so a word that is not all
 * printable is gone through byte by byte.
 */
static size_t
skip_printable(const unsigned char *u, size_t i, size_t n)
{
	uint64_t	 w;

	for (; n - i >= 8; i += 8) {
		memcpy(&w, u + i, 8);
		if (((w | (w - 0x2020202020202020ULL) |
		    (w + 0x0101010101010101ULL)) & 0x8080808080808080ULL) != 0)
			break;
	}
	while (i < n && u[i] >= 0x20 && u[i] < 0x7f)
		i++;
	return i;
}

static enum text_problem
check_portable(const unsigned char *u, size_t n, size_t *bad_at,
    uint32_t *bad_cp)
{
	enum text_problem	 p = TEXT_OK;
	size_t			 i = 0, len;

	while ((i = skip_printable(u, i, n)) < n) {
		/* The bytes that stopped the skip, up to printable ASCII again. */
		do {
			if ((len = check_char(u, i, n, &p, bad_cp)) == 0) {
				*bad_at = i;
				return p;
			}
			i += len;
		} while (i < n && (u[i] < 0x20 || u[i] >= 0x7f));
	}
	return TEXT_OK;
}

#ifdef __SSE2__
/* A byte value as _mm_set1_epi8 takes it; SSE2 compares bytes as signed. */
#define SBYTE(x)	((char)((x) >= 0x80 ? (x) - 0x100 : (x)))
#define MASK(v)		((unsigned)_mm_movemask_epi8(v))

/*
 * Sixteen bytes at a time from i, a character's first byte: returns
 * where the first block it cannot vouch for begins, again a character's
 * first byte. A block passes when it holds only printable ASCII, tabs,
 * line ends and two- and three-byte characters that are XML Chars: each
 * lead byte is followed by exactly its continuation bytes (none else),
 * no DEL, no C2 starts a C1 control (U+0080 to U+009F), no E0 an overlong
 * form, no ED a surrogate, no EF BF U+FFFE or U+FFFF and no EF B7 a
 * noncharacter from U+FDD0 to U+FDEF. A character cut by the
 * block's end is left to the next block, which begins with it. Four-byte
 * characters, lead bytes C0 and C1 and anything wrong are left to
 * check_char, which says what is wrong.
 */
static size_t
skip_valid_sse2(const unsigned char *u, size_t i, size_t n)
{
	__m128i		 v;
	unsigned	 high, ctl, cont, lead3, lead2, expect, cut, keep;
	unsigned	 ge_a0, wrong, ef;

	for (; n - i >= 16; i += (size_t)__builtin_ctz(keep + 1)) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
		high = MASK(v);
		/* As signed bytes, 0x80 and above are below 0x20 too. */
		ctl = MASK(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) & ~high;
		if (ctl != 0 && (ctl & ~MASK(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
		    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))))) != 0)
			return i;
		if (MASK(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f))) != 0)
			return i;
		keep = 0xffff;
		if (high == 0)
			continue;
		/* 80-BF continue; C0, C1 and F0-FF are check_char's. */
		cont = MASK(_mm_cmplt_epi8(v, _mm_set1_epi8(SBYTE(0xc0))));
		if ((high & ~cont & (MASK(_mm_cmplt_epi8(v,
		    _mm_set1_epi8(SBYTE(0xc2)))) | MASK(_mm_cmpgt_epi8(v,
		    _mm_set1_epi8(SBYTE(0xef)))))) != 0)
			return i;
		lead3 = MASK(_mm_cmpgt_epi8(v, _mm_set1_epi8(SBYTE(0xdf)))) &
		    high;
		lead2 = high & ~cont & ~lead3;
		/* The bytes before the first character cut by the end. */
		cut = (lead2 & 0x8000) | (lead3 & 0xc000);
		if (cut != 0)
			keep = (1u << __builtin_ctz(cut)) - 1;
		lead2 &= keep;
		lead3 &= keep;
		/* A character kept must end among the bytes kept, too. */
		expect = lead2 << 1 | lead3 << 1 | lead3 << 2;
		if (((cont & keep) ^ expect) != 0)
			return i;
		ge_a0 = MASK(_mm_cmpgt_epi8(v, _mm_set1_epi8(SBYTE(0x9f)))) &
		    cont;
		if ((MASK(_mm_cmpeq_epi8(v, _mm_set1_epi8(SBYTE(0xc2)))) << 1 &
		    ~ge_a0 & keep) != 0)
			return i;
		if (lead3 == 0)
			continue;
		wrong = MASK(_mm_cmpeq_epi8(v, _mm_set1_epi8(SBYTE(0xe0)))) <<
		    1 & ~ge_a0;
		wrong |= MASK(_mm_cmpeq_epi8(v, _mm_set1_epi8(SBYTE(0xed)))) <<
		    1 & ge_a0;
		ef = MASK(_mm_cmpeq_epi8(v, _mm_set1_epi8(SBYTE(0xef)))) << 2;
		wrong |= ef & MASK(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8(SBYTE(0xbf)))) << 1 & MASK(_mm_cmpgt_epi8(v,
		    _mm_set1_epi8(SBYTE(0xbd)))) & cont;
		/* EF B7 90 to EF B7 AF: U+FDD0 to U+FDEF. */
		wrong |= ef & MASK(_mm_cmpeq_epi8(v,
		    _mm_set1_epi8(SBYTE(0xb7)))) << 1 & MASK(_mm_cmpgt_epi8(v,
		    _mm_set1_epi8(SBYTE(0x8f)))) & MASK(_mm_cmplt_epi8(v,
		    _mm_set1_epi8(SBYTE(0xb0))));
		if ((wrong & keep) != 0)
			return i;
	}
	return i;
}

static enum text_problem
check_sse2(const unsigned char *u, size_t n, size_t *bad_at,
    uint32_t *bad_cp)
{
	enum text_problem	 p = TEXT_OK;
	size_t			 i = 0, len, stop;

	while ((i = skip_valid_sse2(u, i, n)) < n) {
		/* A block the vector test left (or the tail): one at a time. */
		stop = n - i > 16 ? i + 16 : n;
		do {
			if ((len = check_char(u, i, n, &p, bad_cp)) == 0) {
				*bad_at = i;
				return p;
			}
			i += len;
		} while (i < stop);
	}
	return TEXT_OK;
}
#endif

enum text_problem
text_check(const char *s, size_t n, size_t *bad_at, uint32_t *bad_cp)
{
	const unsigned char	*u = (const unsigned char *)s;

#ifdef __SSE2__
	if (!portable_only)
		return check_sse2(u, n, bad_at, bad_cp);
#endif
	return check_portable(u, n, bad_at, bad_cp);
}

size_t
utf8_find_bom(const char *s, size_t n)
{
	const char	*p = s, *end = s + n;

	while (end - p >= 3 && (p = memchr(p, '\xef', (size_t)(end - p - 2)))
	    != NULL) {
		if (p[1] == '\xbb' && p[2] == '\xbf')
			return (size_t)(p - s);
		p++;
	}
	return n;
}

const char *
utf8_discouraged_why(uint32_t cp)
{
	if (cp == 0x7f)
		return "DEL, a control character, which XML 1.0 asks authors "
		    "to avoid and HTML does not allow";
	if (cp >= 0x80 && cp <= 0x9f)
		return "a C1 control, which XML 1.0 asks authors to avoid and "
		    "readers show as another character (text in Windows-1252 "
		    "read as Latin-1?)";
	return "a Unicode noncharacter, which XML 1.0 asks authors to avoid "
	    "and HTML does not allow";
}

/*
 * White_Space (PropList.txt) and Default_Ignorable_Code_Point
 * (DerivedCoreProperties.txt) of Unicode 14.0, merged and sorted. Not the
 * general category Cf: some Cf characters show (U+0600 ARABIC NUMBER
 * SIGN, U+06DD END OF AYAH, U+110BD KAITHI NUMBER SIGN), and some
 * invisible ones are not Cf: U+034F COMBINING GRAPHEME JOINER (Mn), the
 * variation selectors (Mn), the Hangul fillers (Lo) pasted as "blank"
 * names. Default_Ignorable also holds code points reserved to be
 * invisible when assigned (U+2065, U+FFF0 to U+FFF8, the rest of U+E0000
 * to U+E0FFF).
 */
static const struct {
	uint32_t	 lo, hi;
} blank_ranges[] = {
	{ 0x0009, 0x000d }, { 0x0020, 0x0020 }, { 0x0085, 0x0085 },
	{ 0x00a0, 0x00a0 }, { 0x00ad, 0x00ad }, { 0x034f, 0x034f },
	{ 0x061c, 0x061c }, { 0x115f, 0x1160 }, { 0x1680, 0x1680 },
	{ 0x17b4, 0x17b5 }, { 0x180b, 0x180f }, { 0x2000, 0x200f },
	{ 0x2028, 0x202f }, { 0x205f, 0x206f }, { 0x3000, 0x3000 },
	{ 0x3164, 0x3164 }, { 0xfe00, 0xfe0f }, { 0xfeff, 0xfeff },
	{ 0xffa0, 0xffa0 }, { 0xfff0, 0xfff8 }, { 0x1bca0, 0x1bca3 },
	{ 0x1d173, 0x1d17a }, { 0xe0000, 0xe0fff },
};

bool
utf8_blank_char(uint32_t cp)
{
	size_t	 i;

	for (i = 0; i < sizeof(blank_ranges) / sizeof(blank_ranges[0]) &&
	    cp >= blank_ranges[i].lo; i++)
		if (cp <= blank_ranges[i].hi)
			return true;
	return false;
}

bool
utf8_all_blank(const char *s, size_t n, uint32_t *first)
{
	const unsigned char	*u = (const unsigned char *)s;
	uint32_t		 cp;
	size_t			 i, len;

	*first = 0;
	for (i = 0; i < n; i += len) {
		if ((len = utf8_decode(u + i, n - i, &cp)) == 0 ||
		    !utf8_blank_char(cp))
			return false;
		if (i == 0)
			*first = cp;
	}
	return true;
}

/*
 * Whether code point C is kept as it is in a message: not a control
 * character (C0, DEL, C1), not a line or paragraph separator (U+2028,
 * U+2029: lines to Unicode-aware readers), not a bidirectional control
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which
 * would turn the rest of the line around.
 */
static bool
shown_as_is(uint32_t c)
{
	return c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && c != 0x2028 &&
	    c != 0x2029 && c != 0x061c && c != 0x200e && c != 0x200f &&
	    !(c >= 0x202a && c <= 0x202e) && !(c >= 0x2066 && c <= 0x2069);
}

/*
 * S (N bytes) into OUT as valid UTF-8 of characters shown as they are: a
 * byte that is not UTF-8 as \xNN, another character not kept as \uNNNN
 * (a tab stays). With SPACES, line breaks become spaces (one problem, one
 * line).
 */
void
utf8_safe_text(struct buf *out, const char *s, size_t n, bool spaces)
{
	const unsigned char *u = (const unsigned char *)s;
	char		 esc[12];
	uint32_t	 c;
	size_t		 i, k;

	for (i = 0; i < n; i += k) {
		if ((k = utf8_decode(u + i, n - i, &c)) == 0) {
			snprintf(esc, sizeof(esc), "\\x%02x", u[i]);
			buf_adds(out, esc);
			k = 1;
		} else if (spaces && (c == '\n' || c == '\r'))
			buf_addc(out, ' ');
		else if (!shown_as_is(c) && c != '\t') {
			snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)c);
			buf_adds(out, esc);
		} else
			buf_add(out, s + i, k);
	}
	buf_addc(out, '\0');
	out->len--;
}

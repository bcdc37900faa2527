/*
 * utf8: UTF-8 decoding (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF) and the XML 1.0 Char check.
 */
#include "config.h"

#include <string.h>

#include "utf8.h"

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

enum text_problem
text_check(const char *s, size_t n, size_t *bad_at, uint32_t *bad_cp)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i = 0, len;
	uint32_t		 cp;

	while (i < n) {
		/*
		 * ASCII fast path: most of any feed is plain printable ASCII,
		 * taken eight bytes at a time where none is 0x80 or above and
		 * none below 0x20 (the borrow of "w - 0x20.." reaches a byte's
		 * top bit exactly when the byte is below 0x20).
		 */
		if (n - i >= 8) {
			uint64_t	 w;

			memcpy(&w, u + i, 8);
			if (((w | (w - 0x2020202020202020ULL)) &
			    0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (u[i] >= 0x20 && u[i] < 0x80) {
			i++;
			continue;
		}
		/* Two and three bytes inline: all of the BMP's letters. */
		if (u[i] >= 0xc2 && u[i] <= 0xdf && n - i >= 2 &&
		    (u[i + 1] & 0xc0) == 0x80) {
			i += 2;		/* U+0080 to U+07FF: all Chars */
			continue;
		}
		if (u[i] >= 0xe0 && u[i] <= 0xef && n - i >= 3 &&
		    (u[i + 1] & 0xc0) == 0x80 && (u[i + 2] & 0xc0) == 0x80) {
			cp = (uint32_t)(u[i] & 0x0f) << 12 |
			    (uint32_t)(u[i + 1] & 0x3f) << 6 | (u[i + 2] & 0x3f);
			if ((cp >= 0x800 && cp <= 0xd7ff) ||
			    (cp >= 0xe000 && cp <= 0xfffd)) {
				i += 3;
				continue;
			}
		}
		if ((len = utf8_decode(u + i, n - i, &cp)) == 0) {
			*bad_at = i;
			return TEXT_BAD_UTF8;
		}
		if (!xml_char_ok(cp)) {
			*bad_at = i;
			*bad_cp = cp;
			return TEXT_NOT_XML_CHAR;
		}
		i += len;
	}
	return TEXT_OK;
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

/*
 * test_utf8.c -- unit tests for utf8.c: RFC 3629 decoding (no overlong
 * forms, no surrogates, nothing above U+10FFFF) and the XML 1.0 Char check.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "utf8.h"

/* A byte sequence, how many of its bytes to offer, and what decoding gives. */
struct decode_case {
	const char	*bytes;
	size_t		 n;
	size_t		 want_len;	/* 0: rejected */
	uint32_t	 want_cp;
};

static void
run_decode_cases(const struct decode_case *c, size_t ncases)
{
	size_t		 i, len;
	uint32_t	 cp;

	for (i = 0; i < ncases; i++) {
		cp = 0xdeadbeef;
		len = utf8_decode((const unsigned char *)c[i].bytes, c[i].n,
		    &cp);
		if (len != c[i].want_len)
			fail_msg("case %zu: length %zu, expected %zu", i, len,
			    c[i].want_len);
		if (len != 0 && cp != c[i].want_cp)
			fail_msg("case %zu: U+%04X, expected U+%04X", i,
			    (unsigned)cp, (unsigned)c[i].want_cp);
	}
}

#define NCASES(a) (sizeof(a) / sizeof((a)[0]))

/*
 * text_check has an SSE2 path where the compiler targets SSE2, and the
 * portable one: the text_check tests run once on each (path 1 is the
 * portable one; without SSE2 both runs take it).
 */
#define NPATHS	2

static void
test_decode_one_byte(void **state)
{
	static const struct decode_case cases[] = {
		{ "A", 1, 1, 0x41 },
		{ "\0", 1, 1, 0x00 },
		{ "\x01", 1, 1, 0x01 },
		{ "\t", 1, 1, 0x09 },
		{ "\x7f", 1, 1, 0x7f },
		/* Only the first sequence is decoded. */
		{ "ab", 2, 1, 0x61 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_two_bytes(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xc2\x80", 2, 2, 0x80 },		/* smallest */
		{ "\xc3\xa9", 2, 2, 0xe9 },		/* é */
		{ "\xdf\xbf", 2, 2, 0x7ff },		/* largest */
		{ "\xc3\xa9z", 3, 2, 0xe9 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_three_bytes(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xe0\xa0\x80", 3, 3, 0x800 },	/* smallest */
		{ "\xed\x95\x9c", 3, 3, 0xd55c },	/* 한 */
		{ "\xea\xb5\xad", 3, 3, 0xad6d },	/* 국 */
		{ "\xed\x9f\xbf", 3, 3, 0xd7ff },	/* just below surrogates */
		{ "\xee\x80\x80", 3, 3, 0xe000 },	/* just above them */
		{ "\xef\xbf\xbd", 3, 3, 0xfffd },
		{ "\xef\xbf\xbe", 3, 3, 0xfffe },	/* decodes; XML rejects it */
		{ "\xef\xbf\xbf", 3, 3, 0xffff },	/* largest */
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_four_bytes(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xf0\x90\x80\x80", 4, 4, 0x10000 },	/* smallest */
		{ "\xf0\x9f\x98\x80", 4, 4, 0x1f600 },	/* an emoji */
		{ "\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff },	/* largest */
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_overlong(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xc0\x80", 2, 0, 0 },		/* U+0000 in two */
		{ "\xc0\xaf", 2, 0, 0 },		/* '/' in two */
		{ "\xc1\xbf", 2, 0, 0 },		/* U+007F in two */
		{ "\xe0\x80\x80", 3, 0, 0 },		/* U+0000 in three */
		{ "\xe0\x9f\xbf", 3, 0, 0 },		/* U+07FF in three */
		{ "\xf0\x80\x80\x80", 4, 0, 0 },	/* U+0000 in four */
		{ "\xf0\x8f\xbf\xbf", 4, 0, 0 },	/* U+FFFF in four */
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_surrogates(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xed\xa0\x80", 3, 0, 0 },		/* U+D800 */
		{ "\xed\xad\xbf", 3, 0, 0 },		/* U+DB7F */
		{ "\xed\xb0\x80", 3, 0, 0 },		/* U+DC00 */
		{ "\xed\xbf\xbf", 3, 0, 0 },		/* U+DFFF */
		/* A CESU-8 pair for U+10000. */
		{ "\xed\xa0\x80\xed\xb0\x80", 6, 0, 0 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_above_max(void **state)
{
	static const struct decode_case cases[] = {
		{ "\xf4\x90\x80\x80", 4, 0, 0 },	/* U+110000 */
		{ "\xf4\xbf\xbf\xbf", 4, 0, 0 },
		{ "\xf5\x80\x80\x80", 4, 0, 0 },
		{ "\xf7\xbf\xbf\xbf", 4, 0, 0 },
		{ "\xf8\x88\x80\x80\x80", 5, 0, 0 },	/* old 5-byte form */
		{ "\xfc\x84\x80\x80\x80\x80", 6, 0, 0 },	/* old 6-byte form */
		{ "\xfe", 1, 0, 0 },
		{ "\xff", 1, 0, 0 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_truncated(void **state)
{
	static const struct decode_case cases[] = {
		{ "", 0, 0, 0 },
		{ "A", 0, 0, 0 },			/* n is honoured */
		{ "\xc3", 1, 0, 0 },
		{ "\xc3\xa9", 1, 0, 0 },
		{ "\xe0\xa0", 2, 0, 0 },
		{ "\xed\x95\x9c", 2, 0, 0 },
		{ "\xed\x95\x9c", 1, 0, 0 },
		{ "\xf0\x90\x80", 3, 0, 0 },
		{ "\xf0\x9f\x98\x80", 3, 0, 0 },
		{ "\xf0\x9f\x98\x80", 2, 0, 0 },
		{ "\xf0\x9f\x98\x80", 1, 0, 0 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

static void
test_decode_bad_continuation(void **state)
{
	static const struct decode_case cases[] = {
		{ "\x80", 1, 0, 0 },			/* stray continuations */
		{ "\xbf", 1, 0, 0 },
		{ "\x80\x80", 2, 0, 0 },
		{ "\xc3\x41", 2, 0, 0 },		/* lead, then ASCII */
		{ "\xc3\xc3", 2, 0, 0 },		/* lead, then lead */
		{ "\xe0\xa0\x41", 3, 0, 0 },
		{ "\xed\x41\x9c", 3, 0, 0 },
		{ "\xf0\x90\x80\xc0", 4, 0, 0 },
		{ "\xf0\x90\x41\x80", 4, 0, 0 },
	};

	(void)state;
	run_decode_cases(cases, NCASES(cases));
}

/* Every code point that survives an encode/decode round trip. */
static void
test_decode_all_scalars(void **state)
{
	unsigned char	 b[4];
	uint32_t	 c, cp;
	size_t		 n;

	(void)state;
	for (c = 0; c <= 0x10ffff; c++) {
		if (c >= 0xd800 && c <= 0xdfff)
			continue;
		if (c < 0x80) {
			b[0] = (unsigned char)c;
			n = 1;
		} else if (c < 0x800) {
			b[0] = (unsigned char)(0xc0 | (c >> 6));
			b[1] = (unsigned char)(0x80 | (c & 0x3f));
			n = 2;
		} else if (c < 0x10000) {
			b[0] = (unsigned char)(0xe0 | (c >> 12));
			b[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
			b[2] = (unsigned char)(0x80 | (c & 0x3f));
			n = 3;
		} else {
			b[0] = (unsigned char)(0xf0 | (c >> 18));
			b[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
			b[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
			b[3] = (unsigned char)(0x80 | (c & 0x3f));
			n = 4;
		}
		cp = 0;
		if (utf8_decode(b, n, &cp) != n || cp != c)
			fail_msg("U+%04X does not round-trip", (unsigned)c);
	}
}

static void
test_xml_char_ok(void **state)
{
	static const struct {
		uint32_t	 cp;
		bool		 ok;
	} cases[] = {
		{ 0x0, false },
		{ 0x1, false },
		{ 0x8, false },
		{ 0x9, true },		/* TAB */
		{ 0xa, true },		/* LF */
		{ 0xb, false },
		{ 0xc, false },
		{ 0xd, true },		/* CR */
		{ 0xe, false },
		{ 0x1f, false },
		{ 0x20, true },
		{ 0x7f, true },
		{ 0x85, true },
		{ 0xd7ff, true },
		{ 0xd800, false },
		{ 0xdfff, false },
		{ 0xe000, true },
		{ 0xfffd, true },
		{ 0xfffe, false },
		{ 0xffff, false },
		{ 0x10000, true },
		{ 0x10ffff, true },
		{ 0x110000, false },
		{ 0xffffffff, false },
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < NCASES(cases); i++)
		if (xml_char_ok(cases[i].cp) != cases[i].ok)
			fail_msg("xml_char_ok(U+%04X) should be %s",
			    (unsigned)cases[i].cp,
			    cases[i].ok ? "true" : "false");
}

struct text_case {
	const char		*s;
	size_t			 n;
	enum text_problem	 want;
	size_t			 want_at;
	uint32_t		 want_cp;	/* for TEXT_NOT_XML_CHAR, C1 */
};

#define T(s) s, sizeof(s) - 1

static void
test_text_check(void **state)
{
	static const struct text_case cases[] = {
		{ T(""), TEXT_OK, 0, 0 },
		{ T("Plain ASCII, with punctuation: <&>\"'~"), TEXT_OK, 0, 0 },
		{ T("tab\there\r\nand LF\n"), TEXT_OK, 0, 0 },
		{ T("\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xea\xb8\xb0\xec\x82\xac"),
		    TEXT_OK, 0, 0 },		/* 한국어 기사 */
		{ T("caf\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbd"), TEXT_OK, 0, 0 },
		{ T("\xef\xbb\xbf" "bom"), TEXT_OK, 0, 0 },	/* U+FEFF is a Char */
		{ T("ab\x01" "cd"), TEXT_NOT_XML_CHAR, 2, 0x1 },
		{ T("\x01"), TEXT_NOT_XML_CHAR, 0, 0x1 },
		{ T("x\x0b"), TEXT_NOT_XML_CHAR, 1, 0xb },
		{ T("x\x0c"), TEXT_NOT_XML_CHAR, 1, 0xc },
		{ T("x\x1f"), TEXT_NOT_XML_CHAR, 1, 0x1f },
		{ T("a\0b"), TEXT_NOT_XML_CHAR, 1, 0x0 },
		{ T("ab\xef\xbf\xbe"), TEXT_NOT_XML_CHAR, 2, 0xfffe },
		{ T("\xef\xbf\xbf"), TEXT_NOT_XML_CHAR, 0, 0xffff },
		/* The offset counts bytes, not characters. */
		{ T("\xed\x95\x9c\x01"), TEXT_NOT_XML_CHAR, 3, 0x1 },
		{ T("\xed\x95\x9c\xef\xbf\xbe"), TEXT_NOT_XML_CHAR, 3, 0xfffe },
		{ T("x\xc3"), TEXT_BAD_UTF8, 1, 0 },
		{ T("abc\x80"), TEXT_BAD_UTF8, 3, 0 },
		{ T("\xc0\x80"), TEXT_BAD_UTF8, 0, 0 },
		{ T("ok \xe0\x80\x80"), TEXT_BAD_UTF8, 3, 0 },
		{ T("ok \xf0\x80\x80\x80"), TEXT_BAD_UTF8, 3, 0 },
		{ T("\xed\x95\x9c\xed\xa0\x80"), TEXT_BAD_UTF8, 3, 0 },
		{ T("ok \xf4\x90\x80\x80"), TEXT_BAD_UTF8, 3, 0 },
		{ T("\xed\x95\x9c\xed\x95"), TEXT_BAD_UTF8, 3, 0 },
		{ T("\xff"), TEXT_BAD_UTF8, 0, 0 },
		/* C1 controls: mojibake of Windows-1252, never a Char to keep. */
		{ T("\xc2\x80"), TEXT_DISCOURAGED, 0, 0x80 },
		{ T("x\xc2\x85"), TEXT_DISCOURAGED, 1, 0x85 },
		{ T("caf\xc3\xa9 \xc2\x93q\xc2\x94"), TEXT_DISCOURAGED, 6, 0x93 },
		{ T("\xc2\x9f"), TEXT_DISCOURAGED, 0, 0x9f },
		{ T("\xc2\xa0\xc2\xab\xc2\xbb \xc2\xbf"), TEXT_OK, 0, 0 },
		/* DEL and the noncharacters: XML Chars, but HTML refuses them. */
		{ T("ab\x7f"), TEXT_DISCOURAGED, 2, 0x7f },
		{ T("\x7f" "a"), TEXT_DISCOURAGED, 0, 0x7f },
		{ T("x\xef\xb7\x90"), TEXT_DISCOURAGED, 1, 0xfdd0 },
		{ T("\xef\xb7\xaf"), TEXT_DISCOURAGED, 0, 0xfdef },
		{ T("\xef\xb7\x8f\xef\xb7\xb0"), TEXT_OK, 0, 0 },
		{ T("a\xf0\x9f\xbf\xbe"), TEXT_DISCOURAGED, 1, 0x1fffe },
		{ T("\xf4\x8f\xbf\xbf"), TEXT_DISCOURAGED, 0, 0x10ffff },
		{ T("\xf4\x8f\xbf\xbd"), TEXT_OK, 0, 0 },
		/* The first problem is the one reported. */
		{ T("a\x01\x80"), TEXT_NOT_XML_CHAR, 1, 0x1 },
		{ T("a\x80\x01"), TEXT_BAD_UTF8, 1, 0 },
		/* n is honoured: the bad byte is outside the text. */
		{ "ab\x01", 2, TEXT_OK, 0, 0 },
		{ "\xed\x95\x9c", 2, TEXT_BAD_UTF8, 0, 0 },
	};
	size_t			 i, at;
	uint32_t		 cp;
	enum text_problem	 got;
	int			 path;

	(void)state;
	for (path = 0; path < NPATHS; path++)
	for (i = (text_check_use_portable(path == 1), 0); i < NCASES(cases);
	    i++) {
		at = 12345;
		cp = 0xdeadbeef;
		got = text_check(cases[i].s, cases[i].n, &at, &cp);
		if (got != cases[i].want)
			fail_msg("case %zu: result %d, expected %d", i,
			    (int)got, (int)cases[i].want);
		if (got != TEXT_OK && at != cases[i].want_at)
			fail_msg("case %zu: offset %zu, expected %zu", i, at,
			    cases[i].want_at);
		if ((got == TEXT_NOT_XML_CHAR || got == TEXT_DISCOURAGED) &&
		    cp != cases[i].want_cp)
			fail_msg("case %zu: U+%04X, expected U+%04X", i,
			    (unsigned)cp, (unsigned)cases[i].want_cp);
	}
	text_check_use_portable(false);
}

/* A long ASCII run with one bad byte at the end: the fast path must stop there. */
static void
test_text_check_long(void **state)
{
	char		 s[10000];
	size_t		 at = 0;
	uint32_t	 cp = 0;
	int		 path;

	(void)state;
	for (path = 0; path < NPATHS; path++) {
	text_check_use_portable(path == 1);
	memset(s, 'a', sizeof(s));
	assert_int_equal(text_check(s, sizeof(s), &at, &cp), TEXT_OK);
	s[sizeof(s) - 1] = '\x02';
	assert_int_equal(text_check(s, sizeof(s), &at, &cp),
	    TEXT_NOT_XML_CHAR);
	assert_int_equal(at, sizeof(s) - 1);
	assert_int_equal(cp, 0x2);
	s[sizeof(s) - 1] = '\xc3';
	assert_int_equal(text_check(s, sizeof(s), &at, &cp), TEXT_BAD_UTF8);
	assert_int_equal(at, sizeof(s) - 1);
	}
	text_check_use_portable(false);
}

/*
 * The fast paths take eight or sixteen bytes at a time: every byte of
 * each byte value at every place in a block and in the tail after the
 * last block is seen, and the edge values 0x1f, 0x20, 0x7f and 0x80 sit
 * on either side of what they let through.
 */
static void
test_text_check_every_place(void **state)
{
	char		 s[40];
	size_t		 at, pos;
	uint32_t	 cp;
	unsigned	 c;
	enum text_problem want;
	int		 path;

	(void)state;
	for (path = 0; path < NPATHS; path++)
	for (pos = (text_check_use_portable(path == 1), 0); pos < sizeof(s);
	    pos++)
		for (c = 1; c < 0x100; c++) {
			memset(s, ' ', sizeof(s));
			s[pos] = (char)c;
			if (c >= 0x80)
				want = TEXT_BAD_UTF8;	/* a lone byte */
			else if (c < 0x20 && c != '\t' && c != '\n' &&
			    c != '\r')
				want = TEXT_NOT_XML_CHAR;
			else if (c == 0x7f)
				want = TEXT_DISCOURAGED;
			else
				want = TEXT_OK;
			at = 99;
			if (text_check(s, sizeof(s), &at, &cp) != want)
				fail_msg("byte 0x%02x at %zu", c, pos);
			if (want != TEXT_OK && at != pos)
				fail_msg("byte 0x%02x at %zu found at %zu", c,
				    pos, at);
		}
	text_check_use_portable(false);
}

/*
 * Each character from LO to HI (below U+10000) at every place in a block
 * and in the tail, on either side of a block's end too: those from BADLO
 * to BADHI are found where they are, as TEXT_DISCOURAGED, the rest pass.
 */
static void
every_place(uint32_t lo, uint32_t hi, uint32_t badlo, uint32_t badhi)
{
	char		 s[40];
	size_t		 at, pos, len;
	uint32_t	 cp, c;
	enum text_problem want;
	int		 path;

	for (path = 0; path < NPATHS; path++)
	for (pos = (text_check_use_portable(path == 1), 0); pos < sizeof(s);
	    pos++)
		for (c = lo; c <= hi; c++) {
			if (pos + (c < 0x800 ? 1 : 2) >= sizeof(s))
				break;
			memset(s, ' ', sizeof(s));
			if (c < 0x800) {
				s[pos] = (char)(0xc0 | (c >> 6));
				len = 1;
			} else {
				s[pos] = (char)(0xe0 | (c >> 12));
				s[pos + 1] = (char)(0x80 | ((c >> 6) & 0x3f));
				len = 2;
			}
			s[pos + len] = (char)(0x80 | (c & 0x3f));
			want = c >= badlo && c <= badhi ? TEXT_DISCOURAGED :
			    TEXT_OK;
			at = 99;
			cp = 0;
			if (text_check(s, sizeof(s), &at, &cp) != want)
				fail_msg("U+%04X at %zu", (unsigned)c, pos);
			if (want != TEXT_OK && (at != pos || cp != c))
				fail_msg("U+%04X at %zu found at %zu as U+%04X",
				    (unsigned)c, pos, at, (unsigned)cp);
		}
	text_check_use_portable(false);
}

/* U+0080 to U+00FF: the C1 controls (C2 80 to C2 9F) are found. */
static void
test_text_check_c1_every_place(void **state)
{
	(void)state;
	every_place(0x80, 0xff, 0x80, 0x9f);
}

/* EF B7 80 to EF B7 BF: U+FDD0 to U+FDEF, noncharacters, are found. */
static void
test_text_check_noncharacter_every_place(void **state)
{
	(void)state;
	every_place(0xfdc0, 0xfdff, 0xfdd0, 0xfdef);
}

/*
 * text_check as one utf8_decode and xml_char_ok per character, DEL, C1
 * and the noncharacters refused.
 */
static enum text_problem
reference_at(const unsigned char *u, size_t n, size_t *at, uint32_t *bad_cp)
{
	size_t		 i = 0, len;
	uint32_t	 cp;

	while (i < n) {
		*at = i;
		if ((len = utf8_decode(u + i, n - i, &cp)) == 0)
			return TEXT_BAD_UTF8;
		*bad_cp = cp;
		if (!xml_char_ok(cp))
			return TEXT_NOT_XML_CHAR;
		if ((cp >= 0x7f && cp <= 0x9f) ||
		    (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe)
			return TEXT_DISCOURAGED;
		i += len;
	}
	return TEXT_OK;
}

static enum text_problem
reference(const unsigned char *u, size_t n)
{
	size_t		 at;
	uint32_t	 cp;

	return reference_at(u, n, &at, &cp);
}

/*
 * text_check gives what the reference gives: the verdict, the offset
 * and the code point. False, with a message, when it does not.
 */
static bool
same_as_reference(const unsigned char *u, size_t n)
{
	enum text_problem	 got, want;
	size_t			 at = 0, want_at = 0;
	uint32_t		 cp = 0, want_cp = 0;

	want = reference_at(u, n, &want_at, &want_cp);
	got = text_check((const char *)u, n, &at, &cp);
	if (got == want && (got == TEXT_OK || at == want_at) &&
	    ((got != TEXT_NOT_XML_CHAR && got != TEXT_DISCOURAGED) ||
	    cp == want_cp))
		return true;
	print_message("text_check gives %d at %zu (U+%04X), the reference "
	    "%d at %zu (U+%04X)\n", (int)got, at, (unsigned)cp, (int)want,
	    want_at, (unsigned)want_cp);
	return false;
}

/*
 * Two- and three-byte characters are taken inline: every lead byte
 * from 0xc0 with every second and third byte gets the verdict of the
 * character-by-character check (surrogates, U+FFFE and U+FFFF, overlong
 * forms and cut sequences included).
 */
static void
test_text_check_inline_sequences(void **state)
{
	unsigned char	 s[5];
	unsigned	 a, b, c;
	size_t		 at;
	uint32_t	 cp;
	int		 path;

	(void)state;
	for (path = 0; path < NPATHS; path++)
	for (a = (text_check_use_portable(path == 1), 0xc0); a < 0x100; a++)
		for (b = 0; b < 0x100; b++)
			for (c = 0; c < 0x100; c += a >= 0xe0 ? 1 : 0x100) {
				s[0] = ' ';
				s[1] = (unsigned char)a;
				s[2] = (unsigned char)b;
				s[3] = (unsigned char)c;
				s[4] = ' ';
				if (text_check((const char *)s, 5, &at, &cp) !=
				    reference(s, 5))
					fail_msg("%02x %02x %02x", a, b, c);
				/* Cut short: the last byte is the second. */
				if (text_check((const char *)s, 3, &at, &cp) !=
				    reference(s, 3))
					fail_msg("%02x %02x cut", a, b);
			}
	text_check_use_portable(false);
}

/*
 * The SSE2 path judges sixteen bytes at once, by masks of lead and
 * continuation bytes: every lead byte from 0x80 with every second and
 * third byte, placed in a block of valid text at every place from the
 * block's end to across it (where a character is cut and left to the
 * next block), after a two- and a three-byte character, gets the
 * reference's verdict, offset and code point, on both paths.
 */
static void
test_text_check_sequences_in_blocks(void **state)
{
	static const size_t	 places[] = { 0, 1, 12, 13, 14, 15, 16 };
	unsigned char		 s[40];
	unsigned		 a, b, c;
	size_t			 k;
	int			 path;

	(void)state;
	for (path = 0; path < NPATHS; path++)
	for (k = (text_check_use_portable(path == 1), 0); k < NCASES(places);
	    k++)
		for (a = 0x80; a < 0x100; a++)
			for (b = 0x00; b < 0x100; b += b < 0x70 ? 0x38 : 1)
				for (c = 0x00; c < 0x100;
				    c += a < 0xe0 || b < 0x80 || b >= 0xc0 ?
				    0x100 : c < 0x70 ? 0x38 : 1) {
					/* é, then 한, then the sequence. */
					memset(s, 'x', sizeof(s));
					memcpy(s + 20, "\xc3\xa9\xed\x95\x9c", 5);
					s[places[k]] = (unsigned char)a;
					s[places[k] + 1] = (unsigned char)b;
					s[places[k] + 2] = (unsigned char)c;
					if (!same_as_reference(s, sizeof(s)))
						fail_msg("%02x %02x %02x at %zu",
						    a, b, c, places[k]);
				}
	text_check_use_portable(false);
}

/* A small generator with a fixed seed: the same texts on every run. */
static uint32_t
next_random(uint32_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 17;
	*x ^= *x << 5;
	return *x;
}

/*
 * Texts made of pieces, mostly good (ASCII, line ends, characters of
 * two, three and four bytes, the last Chars before and after each gap)
 * and sometimes bad (controls, stray or missing continuation bytes,
 * overlong forms, surrogates, U+FFFE, above U+10FFFF), cut anywhere:
 * each gets the reference's verdict, offset and code point, on both
 * paths.
 */
static void
test_text_check_random_texts(void **state)
{
	static const char *const good[] = {
		"a", "The quick brown fox ", "<&>\"'", "\x7f", " ", "\n", "\r\n",
		"\t", "\xc2\x80", "\xc3\xa9", "\xdf\xbf", "\xe0\xa0\x80",
		"\xed\x95\x9c", "\xea\xb5\xad", "\xed\x9f\xbf", "\xee\x80\x80",
		"\xef\xbb\xbf", "\xef\xbf\xbd", "\xef\xbe\xbf", "\xe2\x80\x9c",
		"\xf0\x90\x80\x80", "\xf0\x9f\x98\x80", "\xf4\x8f\xbf\xbf",
	};
	static const char *const bad[] = {
		"\x01", "\x0b", "\x1f", "\x80", "\xbf", "\xc0\x80", "\xc1\xbf",
		"\xc3", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80",
		"\xed\xbf\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xea\xb5",
		"\xf0\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
		"\xf8", "\xfe", "\xff",
	};
	unsigned char	 s[200];
	uint32_t	 x = 2463534242u;
	size_t		 n, len, round;
	const char	*piece;
	int		 path;

	(void)state;
	for (round = 0; round < 20000; round++) {
		n = 0;
		while (n < sizeof(s) - 32 && next_random(&x) % 40 != 0) {
			if (next_random(&x) % 50 == 0)
				piece = bad[next_random(&x) % NCASES(bad)];
			else
				piece = good[next_random(&x) % NCASES(good)];
			len = strlen(piece);
			memcpy(s + n, piece, len);
			n += len;
		}
		if (next_random(&x) % 4 == 0 && n > 0)
			n = next_random(&x) % n;	/* cut anywhere */
		for (path = 0; path < NPATHS; path++) {
			text_check_use_portable(path == 1);
			if (!same_as_reference(s, n))
				fail_msg("round %zu (%zu bytes), path %d",
				    round, n, path);
		}
	}
	text_check_use_portable(false);
}

/*
 * The characters that show nothing: White_Space and Default_Ignorable
 * (Unicode 14.0), each range at both ends and just outside them, and
 * characters that do show, some of them Cf.
 */
static void
test_blank_char(void **state)
{
	static const uint32_t blank[] = {
		0x09, 0x0d, 0x20, 0x85, 0xa0, 0xad, 0x34f, 0x61c, 0x115f,
		0x1160, 0x1680, 0x17b4, 0x17b5, 0x180b, 0x180e, 0x180f,
		0x2000, 0x200a, 0x200b, 0x200f, 0x2028, 0x2029, 0x202a, 0x202e,
		0x202f, 0x205f, 0x2060, 0x2064, 0x2065, 0x2066, 0x206f, 0x3000,
		0x3164, 0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xfff0, 0xfff8,
		0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0000, 0xe0001, 0xe0020,
		0xe007f, 0xe0100, 0xe01ef, 0xe0fff,
	};
	static const uint32_t shows[] = {
		0x00, 0x08, 0x0e, 0x1f, 0x21, 'a', 0x84, 0x86, 0x9f, 0xa1,
		0xac, 0xae, 0x34e, 0x350, 0x61b, 0x61d, 0x115e, 0x1161, 0x167f,
		0x1681, 0x17b3, 0x17b6, 0x180a, 0x1810, 0x1fff, 0x2010, 0x2027,
		0x2030, 0x205e, 0x2070, 0x2fff, 0x3001, 0x3163, 0x3165, 0xfdff,
		0xfe10, 0xfefe, 0xff00, 0xff9f, 0xffa1, 0xffef, 0xfff9, 0xfffc,
		0xfffd, 0x1bc9f, 0x1bca4, 0x1d172, 0x1d17b, 0xdffff, 0xe1000,
		0x10ffff,
		/* Cf, but shown: number signs, end of ayah. */
		0x600, 0x605, 0x6dd, 0x70f, 0x8e2, 0x110bd, 0x110cd,
		/* Blank-looking, but neither: BRAILLE PATTERN BLANK is a cell. */
		0x2800,
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < NCASES(blank); i++)
		if (!utf8_blank_char(blank[i]))
			fail_msg("U+%04X should show nothing", (unsigned)blank[i]);
	for (i = 0; i < NCASES(shows); i++)
		if (utf8_blank_char(shows[i]))
			fail_msg("U+%04X should show", (unsigned)shows[i]);
}

/* A text of blank characters, with the first of them; anything else is not. */
static void
test_all_blank(void **state)
{
	static const struct {
		const char	*s;
		bool		 blank;
		uint32_t	 first;
	} cases[] = {
		{ "", true, 0 },
		{ " \t ", true, 0x20 },
		{ "\xc2\xa0\xc2\xa0", true, 0xa0 },
		{ "\xe3\x80\x80", true, 0x3000 },
		{ "\xe2\x80\x8b \xe2\x80\x8f", true, 0x200b },
		{ "\xcd\x8f", true, 0x34f },
		{ "\xf3\xa0\x80\x81\xf3\xa0\x81\xbf", true, 0xe0001 },
		{ "\xe2\x80\x8bx", false, 0 },
		{ "x\xe2\x80\x8b", false, 0 },
		{ "\xc2\xa0\xd8\x80", false, 0 },
		{ "\xe2\xa0\x80", false, 0 },
		/* Not UTF-8: not blank, whatever follows. */
		{ "\xc2", false, 0 },
		{ " \xff ", false, 0 },
	};
	uint32_t	 first;
	size_t		 i;

	(void)state;
	for (i = 0; i < NCASES(cases); i++) {
		first = 0xdeadbeef;
		if (utf8_all_blank(cases[i].s, strlen(cases[i].s), &first) !=
		    cases[i].blank)
			fail_msg("case %zu: blank should be %d", i,
			    cases[i].blank);
		if (cases[i].blank && first != cases[i].first)
			fail_msg("case %zu: first U+%04X, expected U+%04X", i,
			    (unsigned)first, (unsigned)cases[i].first);
	}
	/* Only n bytes are read. */
	assert_true(utf8_all_blank("\xc2\xa0x", 2, &first));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_one_byte),
		cmocka_unit_test(test_decode_two_bytes),
		cmocka_unit_test(test_decode_three_bytes),
		cmocka_unit_test(test_decode_four_bytes),
		cmocka_unit_test(test_decode_overlong),
		cmocka_unit_test(test_decode_surrogates),
		cmocka_unit_test(test_decode_above_max),
		cmocka_unit_test(test_decode_truncated),
		cmocka_unit_test(test_decode_bad_continuation),
		cmocka_unit_test(test_decode_all_scalars),
		cmocka_unit_test(test_xml_char_ok),
		cmocka_unit_test(test_text_check),
		cmocka_unit_test(test_text_check_long),
		cmocka_unit_test(test_text_check_every_place),
		cmocka_unit_test(test_text_check_c1_every_place),
		cmocka_unit_test(test_text_check_noncharacter_every_place),
		cmocka_unit_test(test_text_check_inline_sequences),
		cmocka_unit_test(test_text_check_sequences_in_blocks),
		cmocka_unit_test(test_text_check_random_texts),
		cmocka_unit_test(test_blank_char),
		cmocka_unit_test(test_all_blank),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_validate_scan.c -- unit tests for validate_scan.c: the count of a
 * start tag's attributes, made in the bytes before the parser sees them.
 * Text, quoted values, CDATA sections and comments are skipped in bulk;
 * these tests show that what is skipped is never counted, that markup
 * after it is, and that where the bytes are cut makes no difference.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

/* A growing string, for inputs of tens of thousands of bytes. */
struct text {
	char	*s;
	size_t	 len;
};

static void
add(struct text *t, const char *s)
{
	size_t	 n = strlen(s);

	t->s = realloc(t->s, t->len + n + 1);
	assert_non_null(t->s);
	memcpy(t->s + t->len, s, n + 1);
	t->len += n;
}

static void
add_times(struct text *t, const char *s, int times)
{
	while (times-- > 0)
		add(t, s);
}

/* A start tag with N attributes. */
static void
add_tag(struct text *t, int n)
{
	add(t, "<x");
	add_times(t, " a='=>'", n);
	add(t, ">");
}

/* Scans B whole, in pieces cut at CUT, or a byte at a time (CUT == 0). */
static bool
scan(const char *b, size_t n, size_t cut)
{
	struct markup_scan s;
	size_t		 i;

	scan_init(&s, 1, false);
	if (cut == 0) {
		for (i = 0; i < n; i++)
			if (!scan_bytes(&s, (const unsigned char *)b + i, 1))
				return false;
		return true;
	}
	if (cut > n)
		cut = n;
	return scan_bytes(&s, (const unsigned char *)b, cut) &&
	    scan_bytes(&s, (const unsigned char *)b + cut, n - cut);
}

/* The same verdict WANT whole, byte by byte and cut at 60 places. */
static void
expect(const struct text *t, bool want)
{
	size_t	 cut, step = t->len / 60 + 1;

	if (scan(t->s, t->len, t->len) != want)
		fail_msg("whole: expected %s", want ? "true" : "false");
	if (scan(t->s, t->len, 0) != want)
		fail_msg("byte by byte: expected %s", want ? "true" : "false");
	for (cut = 1; cut < t->len; cut += step)
		if (scan(t->s, t->len, cut) != want)
			fail_msg("cut at %zu: expected %s", cut,
			    want ? "true" : "false");
}

/*
 * What lies between OPEN and CLOSE, BODY many times over, is not counted
 * however many "=" it holds, and a tag after it is counted again.
 */
static void
expect_skipped(const char *open, const char *body, const char *close)
{
	struct text	 t = { NULL, 0 };

	add(&t, "<feed>");
	add(&t, open);
	add_times(&t, body, SCAN_MAX_ATTRS);
	add(&t, close);
	add_tag(&t, SCAN_MAX_ATTRS);
	expect(&t, true);
	add_tag(&t, SCAN_MAX_ATTRS + 1);
	expect(&t, false);
	free(t.s);
}

/* A tag with the limit's number of attributes passes; one more does not. */
static void
test_limit(void **state)
{
	(void)state;
	expect_skipped("text = > text", "", "");
}

/* A CDATA section ends only at "]]>": "]", "]]", "]>", "] ]>" end nothing. */
static void
test_cdata(void **state)
{
	(void)state;
	expect_skipped("<c><![CDATA[", "<x a='1' b=2 =]=]]=]>=] ]>=",
	    "]]]]></c>");
}

/* A comment ends only at "-->". */
static void
test_comment(void **state)
{
	(void)state;
	expect_skipped("<!--", "<x a='1' =-=->=- ->=", "--->");
}

/* A quoted value holds the other quote, "=" and ">" as text. */
static void
test_quotes(void **state)
{
	struct text	 t = { NULL, 0 };

	(void)state;
	add(&t, "<feed a=\"");
	add_times(&t, "'=>", SCAN_MAX_ATTRS * 2);
	add(&t, "\" b='\"=>'>");
	add_tag(&t, SCAN_MAX_ATTRS);
	expect(&t, true);
	free(t.s);
}

/* UTF-16 is counted by code units, both byte orders. */
static void
test_utf16(void **state)
{
	struct text	 t = { NULL, 0 };
	struct markup_scan s;
	unsigned char	*le, *be;
	size_t		 i;
	int		 round;

	(void)state;
	add(&t, "<feed><![CDATA[a=b]]><!-- c=d -->");
	add_tag(&t, SCAN_MAX_ATTRS + 1);
	le = malloc(t.len * 2);
	be = malloc(t.len * 2);
	assert_non_null(le);
	assert_non_null(be);
	for (i = 0; i < t.len; i++) {
		le[2 * i] = (unsigned char)t.s[i];
		le[2 * i + 1] = 0;
		be[2 * i] = 0;
		be[2 * i + 1] = (unsigned char)t.s[i];
	}
	for (round = 0; round < 2; round++) {
		scan_init(&s, 2, round == 0);
		/* An odd cut leaves half a code unit pending. */
		assert_true(scan_bytes(&s, round == 0 ? le : be, 31));
		assert_false(scan_bytes(&s, (round == 0 ? le : be) + 31,
		    t.len * 2 - 31));
	}
	free(le);
	free(be);
	free(t.s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_cdata),
		cmocka_unit_test(test_comment),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_utf16),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

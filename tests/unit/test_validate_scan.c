/*
 * test_validate_scan.c -- unit tests for validate_scan.c: the count of a
 * start tag's attributes, made in the bytes before the parser sees them.
 * Text, quoted values, CDATA sections and comments are skipped in bulk;
 * these tests show that what is skipped is never counted, that markup
 * after it is, and that where the bytes are cut makes no difference.
 * The same pass notes where each start tag begins (validate_where.c):
 * its line, its column in characters and its local name, in order.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
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

	scan_init(&s, 1, false, false, true, false);
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
		scan_init(&s, 2, round == 0, false, true, false);
		/* An odd cut leaves half a code unit pending. */
		assert_true(scan_bytes(&s, round == 0 ? le : be, 31));
		assert_false(scan_bytes(&s, (round == 0 ? le : be) + 31,
		    t.len * 2 - 31));
	}
	free(le);
	free(be);
	free(t.s);
}

/* The hash where_tag_named compares: of the local name. */
static uint32_t
hash(const char *name)
{
	uint32_t	 h = WHERE_HASH_INIT;

	for (; *name != '\0'; name++)
		h = WHERE_HASH(h, (unsigned char)*name);
	return h;
}

/*
 * Scans the N bytes B (UNIT 1 or 2, UTF-16LE) cut at CUT, and checks the
 * start tags noted against WANT: "name line col" each, NULL ending them.
 */
static void
expect_places(const char *b, size_t n, int unit, bool utf8, bool bom,
    size_t cut, const char *const *want)
{
	struct markup_scan s;
	struct tag_where *t;
	char		 name[32];
	unsigned long	 line, col;
	size_t		 k;

	scan_init(&s, unit, unit == 2, true, utf8, bom);
	assert_true(scan_bytes(&s, (const unsigned char *)b, cut));
	assert_true(scan_bytes(&s, (const unsigned char *)b + cut, n - cut));
	for (k = 0; want[k] != NULL; k++) {
		assert_int_equal(sscanf(want[k], "%31s %lu %lu", name, &line,
		    &col), 3);
		assert_true(k < s.where.n);
		t = &s.where.q[(s.where.head + k) % s.where.cap];
		assert_int_equal(t->line, line);
		assert_int_equal(t->col, col);
		assert_int_equal(t->name, hash(name));
	}
	assert_int_equal(s.where.n, k);
	scan_free(&s);
}

/* The same places at every cut. */
static void
expect_places_cut(const char *b, size_t n, int unit, bool utf8, bool bom,
    const char *const *want)
{
	size_t	 cut;

	for (cut = 0; cut <= n; cut++)
		expect_places(b, n, unit, utf8, bom, cut, want);
}

static void
test_places(void **state)
{
	static const char markup[] = "<a>\n  <p:c x='<y>' z=\"/>\">t</p:c>"
	    "<!-- <d> --><![CDATA[<e>]]><?pi <g>?>\r\n<f/><h\n>";
	static const char *const markup_want[] = { "a 1 1", "c 2 3",
	    "f 3 1", "h 3 5", NULL };
	static const char utf8[] = "<a>\xc3\xa9\xe6\xa0\xaa<b>";
	static const char *const utf8_want[] = { "a 1 1", "b 1 6", NULL };
	static const char bom[] = "\xef\xbb\xbf<a>";
	static const char *const bom_want[] = { "a 1 1", NULL };
	static const char latin1[] = "<a>\xe9\xe9<b>";
	static const char *const latin1_want[] = { "a 1 1", "b 1 6", NULL };
	/* UTF-16LE: "<a>\n" U+1F4C8 (two code units) "<b>" */
	static const char utf16[] = "<\0a\0>\0\n\0=\xd8\xc8\xdc<\0b\0>\0";
	static const char *const utf16_want[] = { "a 1 1", "b 2 2", NULL };

	(void)state;
	expect_places_cut(markup, sizeof(markup) - 1, 1, true, false,
	    markup_want);
	expect_places_cut(utf8, sizeof(utf8) - 1, 1, true, false, utf8_want);
	expect_places_cut(bom, sizeof(bom) - 1, 1, true, true, bom_want);
	expect_places_cut(latin1, sizeof(latin1) - 1, 1, false, false,
	    latin1_want);
	expect_places_cut(utf16, sizeof(utf16) - 1, 2, true, false,
	    utf16_want);
}

/* More tags than the ring holds at first: it grows, in order. */
static void
test_places_many(void **state)
{
	struct text	 t = { NULL, 0 };
	struct markup_scan s;
	struct tag_where *w;
	size_t		 k;

	(void)state;
	add_times(&t, "<x>\n", 1000);
	scan_init(&s, 1, false, true, true, false);
	assert_true(scan_bytes(&s, (const unsigned char *)t.s, t.len));
	assert_int_equal(s.where.n, 1000);
	for (k = 0; k < 1000; k++) {
		w = &s.where.q[(s.where.head + k) % s.where.cap];
		assert_int_equal(w->line, k + 1);
		assert_int_equal(w->col, 1);
	}
	scan_free(&s);
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
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_places_many),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_escape.c -- unit tests for the escaping choices of issue 14: what
 * looks like markup, where an end tag is, and RSS plain text written with
 * hexadecimal character references that libxml2 reads back unchanged;
 * and the span of text that needs no replacement, sixteen bytes at a time
 * where SSE2 is there, against a byte-by-byte reading of each table.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "escape.h"
#include "outbuf.h"
#include "render.h"
#include "util.h"
#include "xmlout.h"

static bool
markup(const char *s)
{
	return escape_looks_like_markup(s, strlen(s));
}

static void
test_looks_like_markup(void **state)
{
	(void)state;
	assert_true(markup("about <b> tags"));
	assert_true(markup("</p>"));
	assert_true(markup("<!-- x -->"));
	assert_true(markup("<?php"));
	assert_true(markup("AT&T"));
	assert_true(markup("&amp; as text"));
	assert_true(markup("&#39;"));
	assert_false(markup("5 < 6 > 4"));
	assert_false(markup("M & A"));
	assert_false(markup("trailing <"));
	assert_false(markup("trailing &"));
	assert_false(markup("한국어 & 😀"));
	assert_false(markup(""));
}

static void
test_find_end_tag(void **state)
{
	const char	*s, *t;
	size_t		 len = 0;

	(void)state;
	s = "How to use <b> tags in HTML </b> here";
	t = escape_find_end_tag(s, strlen(s), &len);
	assert_non_null(t);
	assert_int_equal(len, 4);
	assert_memory_equal(t, "</b>", 4);
	s = "a </h1> b";
	t = escape_find_end_tag(s, strlen(s), &len);
	assert_non_null(t);
	assert_int_equal(len, 5);
	assert_null(escape_find_end_tag("<b>open only", 12, &len));
	assert_null(escape_find_end_tag("</ b>", 5, &len));
	assert_null(escape_find_end_tag("</1>", 4, &len));
	assert_null(escape_find_end_tag("</b", 3, &len));
	assert_null(escape_find_end_tag("</b->", 5, &len));
	/* Only the first n bytes count. */
	assert_null(escape_find_end_tag("x </b>", 5, &len));
}

static void
test_hex_text_round_trip(void **state)
{
	static const char text[] = "AT&T <b> & &amp; \r 5 > 4 \xed\x95\x9c";
	struct buf	 mem;
	struct outbuf	 o;
	struct xmlout	 x;
	xmlDocPtr	 doc;
	xmlChar		*got;

	(void)state;
	buf_init(&mem);
	outbuf_init_mem(&o, &mem);
	xmlout_init(&x, &o);
	xmlout_set_text(&x, &escape_xml_text_hex);
	xmlout_element(&x, "t", text, strlen(text));
	xmlout_finish(&x);
	assert_int_equal(outbuf_finish(&o), 0);
	buf_addc(&mem, '\0');
	assert_string_equal(mem.data, "<t>AT&#x26;T &#x3C;b&#x3E; &#x26; "
	    "&#x26;amp; &#xD; 5 &#x3E; 4 \xed\x95\x9c</t>\n");
	doc = xmlReadMemory(mem.data, (int)strlen(mem.data), NULL, NULL,
	    XML_PARSE_NONET);
	assert_non_null(doc);
	got = xmlNodeGetContent(xmlDocGetRootElement(doc));
	assert_string_equal((const char *)got, text);
	xmlFree(got);
	xmlFreeDoc(doc);
	buf_free(&mem);
}

static const struct {
	const char			*name;
	const struct escape_table	*t;
} tables[] = {
	{ "xml_text", &escape_xml_text },
	{ "xml_attr", &escape_xml_attr },
	{ "html_text", &escape_html_text },
	{ "xml_text_hex", &escape_xml_text_hex },
};

/* The search by candidates finds every byte a table replaces. */
static void
test_candidates(void **state)
{
	size_t	 i;
	int	 c;

	(void)state;
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		if (tables[i].t->rep[0] != NULL)
			fail_msg("%s replaces NUL", tables[i].name);
		for (c = 1; c < 256; c++)
			if (tables[i].t->rep[c] != NULL &&
			    strchr(ESCAPE_CANDIDATES, c) == NULL)
				fail_msg("%s replaces 0x%02x, not a candidate",
				    tables[i].name, c);
	}
}

static size_t
span_by_bytes(const struct escape_table *t, const char *s, size_t n)
{
	size_t	 i = 0;

	while (i < n && t->rep[(unsigned char)s[i]] == NULL)
		i++;
	return i;
}

/* Spans of B from a few starts within a block, with every 7th length. */
static void
spans_agree(size_t i, const char *b, size_t n, int c, size_t at)
{
	static const size_t offs[] = { 0, 1, 7, 15, 16 };
	size_t	 o, len;

	for (o = 0; o < sizeof(offs) / sizeof(offs[0]); o++)
		for (len = 0; offs[o] + len <= n; len += 7)
			if (escape_span(tables[i].t, b + offs[o], len) !=
			    span_by_bytes(tables[i].t, b + offs[o], len))
				fail_msg("%s: 0x%02x at %zu, from %zu, %zu "
				    "bytes", tables[i].name, c, at, offs[o],
				    len);
}

/*
 * Every byte value at every place of a 70-byte text (four blocks and a
 * tail), over fillers of plain ASCII, UTF-8 and candidates a table may
 * keep.
 */
static void
test_span_every_place(void **state)
{
	static const char *fillers[] = {
		"abcdefghij", "\xc3\xa9\xe2\x82\xac\xf0\x9f\x93\x88", "\"\t\n",
	};
	char	 b[70];
	size_t	 i, f, at, k;
	int	 c;

	(void)state;
	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		for (f = 0; f < sizeof(fillers) / sizeof(fillers[0]); f++)
			for (c = 0; c < 256; c++)
				for (at = 0; at < sizeof(b); at++) {
					for (k = 0; k < sizeof(b); k++)
						b[k] = fillers[f][k %
						    strlen(fillers[f])];
					b[at] = (char)c;
					spans_agree(i, b, sizeof(b), c, at);
				}
}

static int
cleanup_libxml(void **state)
{
	(void)state;
	xmlCleanupParser();
	return 0;
}

/*
 * html_escape looks at sixteen bytes at a time for what to replace:
 * every byte value, alone and after a CR, at every place in texts of
 * 1 to 40 bytes (in blocks, across their ends and in the tail), comes
 * out as escape_html_text says, a lone CR as a line end.
 */
static void
test_html_escape_every_byte(void **state)
{
	char		 s[40];
	struct buf	 got, want;
	size_t		 n, pos, i;
	unsigned	 c;
	int		 after_cr;
	const char	*rep;

	(void)state;
	buf_init(&got);
	buf_init(&want);
	for (n = 1; n <= sizeof(s); n++)
		for (pos = 0; pos < n; pos++)
			for (c = 1; c < 0x100; c++)
				for (after_cr = 0; after_cr < 2 &&
				    (after_cr == 0 || pos > 0); after_cr++) {
					memset(s, 'a', n);
					s[pos] = (char)c;
					if (after_cr)
						s[pos - 1] = '\r';
					buf_clear(&want);
					for (i = 0; i < n; i++) {
						rep = escape_html_text.rep[
						    (unsigned char)s[i]];
						if (s[i] == '\r' && (i + 1 == n ||
						    s[i + 1] != '\n'))
							buf_addc(&want, '\n');
						else if (rep != NULL)
							buf_adds(&want, rep);
						else
							buf_addc(&want, s[i]);
					}
					buf_clear(&got);
					html_escape(&got, s, n);
					if (got.len != want.len ||
					    memcmp(got.data, want.data,
					    want.len) != 0)
						fail_msg("byte 0x%02x at %zu of "
						    "%zu%s", c, pos, n, after_cr ?
						    " after a CR" : "");
				}
	buf_free(&got);
	buf_free(&want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_looks_like_markup),
		cmocka_unit_test(test_find_end_tag),
		cmocka_unit_test(test_hex_text_round_trip),
		cmocka_unit_test(test_candidates),
		cmocka_unit_test(test_span_every_place),
		cmocka_unit_test(test_html_escape_every_byte),
	};

	LIBXML_TEST_VERSION
	return cmocka_run_group_tests(tests, NULL, cleanup_libxml);
}

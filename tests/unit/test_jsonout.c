/*
 * test_jsonout.c -- unit tests for jsonout.c: RFC 8259 string escaping
 * (quotes, backslash, every control character, U+2028 and U+2029), commas
 * and indentation of nested objects and arrays, exact bytes.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "jsonout.h"

/* Writes one string value as a whole document; returns the bytes. */
static void
check_string(const char *in, size_t n, const char *want)
{
	struct buf	 mem;
	struct outbuf	 o;
	struct jsonout	 j;

	buf_init(&mem);
	outbuf_init_mem(&o, &mem);
	jsonout_init(&j, &o);
	jsonout_string(&j, in, n);
	jsonout_finish(&j);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_string_equal(mem.data, want);
	buf_free(&mem);
}

static void
test_plain(void **state)
{
	(void)state;
	check_string("", 0, "\"\"\n");
	check_string("abc / é 한국", strlen("abc / é 한국"),
	    "\"abc / é 한국\"\n");
}

static void
test_escapes(void **state)
{
	(void)state;
	check_string("\"\\", 2, "\"\\\"\\\\\"\n");
	check_string("\b\f\n\r\t", 5, "\"\\b\\f\\n\\r\\t\"\n");
	check_string("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\"\n");
	check_string("a\0b", 3, "\"a\\u0000b\"\n");
}

static void
test_line_separators(void **state)
{
	(void)state;
	check_string("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c", 9,
	    "\"a\\u2028b\\u2029c\"\n");
	/* Other characters of the same lead byte stay as they are. */
	check_string("\xe2\x80\x94\xe2\x80\xaa", 6,
	    "\"\xe2\x80\x94\xe2\x80\xaa\"\n");
	/* A lone lead byte at the end is not read past. */
	check_string("\xe2\x80", 2, "\"\xe2\x80\"\n");
}

static void
test_nesting(void **state)
{
	struct buf	 mem;
	struct outbuf	 o;
	struct jsonout	 j;

	(void)state;
	buf_init(&mem);
	outbuf_init_mem(&o, &mem);
	jsonout_init(&j, &o);
	jsonout_object(&j);
	jsonout_member_str(&j, "a", "1");
	jsonout_key(&j, "list");
	jsonout_array(&j);
	jsonout_string_str(&j, "x");
	jsonout_object(&j);
	jsonout_member_str(&j, "k\"", "v");
	jsonout_end(&j);
	jsonout_end(&j);
	jsonout_key(&j, "empty");
	jsonout_array(&j);
	jsonout_end(&j);
	jsonout_key(&j, "obj");
	jsonout_object(&j);
	jsonout_finish(&j);
	assert_int_equal(outbuf_finish(&o), 0);
	assert_string_equal(mem.data,
	    "{\n"
	    "  \"a\": \"1\",\n"
	    "  \"list\": [\n"
	    "    \"x\",\n"
	    "    {\n"
	    "      \"k\\\"\": \"v\"\n"
	    "    }\n"
	    "  ],\n"
	    "  \"empty\": [],\n"
	    "  \"obj\": {}\n"
	    "}\n");
	buf_free(&mem);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_line_separators),
		cmocka_unit_test(test_nesting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

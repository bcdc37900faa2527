/*
 * test_mimetype.c -- unit tests for mimetype.c (RFC 2045 media types
 * with parameters), the one grammar records and validate share.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "mimetype.h"

static void
test_valid(void **state)
{
	static const char *const good[] = {
		"audio/mpeg", "application/rss+xml", "text/html; charset=utf-8",
		"text/plain;charset=\"us-ascii\"", "audio/ogg ; codecs=opus",
		"application/vnd.ms-excel", "x-foo/x~bar",
		"a/b;c=\"q\\\"uote\";d=e", "video/mp4; codecs=\"avc1.42E01E\"",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!mimetype_valid(good[i], strlen(good[i])))
			fail_msg("%s should be valid", good[i]);
}

static void
test_invalid(void **state)
{
	static const char *const bad[] = {
		"", "audio", "audio/", "/mpeg", "audio/mpeg/x", "au dio/mpeg",
		"audio/mp\"eg", "text/html;", "text/html; charset",
		"text/html; charset=", "text/html; charset=\"utf-8",
		"text/html; =utf-8", "text/html charset=utf-8", " text/html",
		"text/html ", "text/html; charset=utf-8 ",
		"audio/mpeg\x01", "t\xc3\xa9xt/html", "text/(c)html",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (mimetype_valid(bad[i], strlen(bad[i])))
			fail_msg("\"%s\" should not be valid", bad[i]);
}

static bool
xml(const char *s)
{
	return mimetype_is_xml(s, strlen(s));
}

static void
test_xml(void **state)
{
	(void)state;
	assert_true(xml("application/xml"));
	assert_true(xml("text/xml; charset=utf-8"));
	assert_true(xml("application/atom+XML"));
	assert_true(xml("image/svg+xml;a=b"));
	assert_false(xml("text/html"));
	assert_false(xml("application/xml-dtd"));
	assert_false(xml("text/plain; a=+xml"));
	assert_false(xml("xml"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_xml),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_langtag.c -- unit tests for langtag.c (RFC 5646 well-formed
 * language tags), the one grammar feed.conf and validate share.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "langtag.h"

static void
test_wellformed(void **state)
{
	static const char *const good[] = {
		"en", "ko-KR", "EN-us", "de-CH-1901", "sr-Latn-RS", "es-419",
		"zh-Hant-TW", "zh-yue-HK", "sl-rozaj-biske", "de-DE-u-co-phonebk",
		"en-a-bbb-x-a-ccc", "x-klingon", "X-whatever-1", "i-klingon",
		"I-DEFAULT", "en-GB-oed", "zh-min-nan", "sgn-BE-FR", "art-lojban",
		"hy-Latn-IT-arevela", "en-x-1",
		/* ISO 639-1's first and last, and codes it withdrew. */
		"aa", "ZU", "iw", "in-ID", "ji", "mo", "sh",
		"ar-aao-abc-def", "en-1994", "fr-Latn-FR-x-pig-latin",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!langtag_valid(good[i], strlen(good[i])))
			fail_msg("%s should be well-formed", good[i]);
}

static void
test_malformed(void **state)
{
	static const char *const bad[] = {
		"", "e", "abcdefghi", "en-", "-en", "en--US", "en_US", "en US",
		"1en", "en-a", "en-a-x-b", "en-US-US", "de-419-DE", "x", "x-",
		"x-abcdefghi", "i-foo", "en-abcd-abcd", "ar-aao-abc-def-ghi",
		"en-a-b-c", "en-u", "en-x", "\xc3\xa9n", "en-US-1a", "en-Latn-abc",
		"abcd", "English", "abcdefgh",
		/* Two letters that ISO 639-1 does not give a language. */
		"jp", "dk", "JP-ja", "qq", "xx", "zz-ZZ",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (langtag_valid(bad[i], strlen(bad[i])))
			fail_msg("\"%s\" should not be well-formed", bad[i]);
}

/* Only n bytes are read: no NUL is needed, none past n is looked at. */
static void
test_length(void **state)
{
	(void)state;
	assert_true(langtag_valid("ko-KRxyz", 5));
	assert_false(langtag_valid("ko-", 3));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wellformed),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_length),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

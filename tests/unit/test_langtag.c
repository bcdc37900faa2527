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

/*
 * Right to left by the script subtag when there is one, else by the
 * language; never by a region, a variant, an extension or private use.
 */
static void
test_rtl(void **state)
{
	static const char *const rtl[] = {
		"ar", "AR", "ar-EG", "ar-aao", "he", "he-IL", "iw", "fa-IR", "ur",
		"ps", "dv", "sd", "ug", "ckb", "syr", "yi", "ji", "nqo",
		"az-Arab", "ku-Arab-IQ", "pa-Arab", "uz-ARAB", "en-arab",
		"en-Hebr", "ff-Adlm", "rhg-Rohg", "man-Nkoo", "dv-Thaa",
		"ur-Aran", "aii-Syrc", "myz-Mand", "smp-Samr", "ar-x-latn",
	};
	static const char *const ltr[] = {
		"en", "en-GB", "ko-KR", "ku", "az", "ms", "ar-Latn", "sd-Deva",
		"he-Latn", "fa-Cyrl", "x-ar", "i-klingon", "en-u-ar-he",
		"en-x-ar", "zh-Hant-TW",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(rtl) / sizeof(rtl[0]); i++)
		if (!langtag_rtl(rtl[i], strlen(rtl[i])))
			fail_msg("%s should be right to left", rtl[i]);
	for (i = 0; i < sizeof(ltr) / sizeof(ltr[0]); i++)
		if (langtag_rtl(ltr[i], strlen(ltr[i])))
			fail_msg("%s should be left to right", ltr[i]);
	/* Only n bytes are read. */
	assert_true(langtag_rtl("ar-Latn", 2));
	assert_false(langtag_rtl("ar-Latn", 7));
}

static void
test_language_is(void **state)
{
	(void)state;
	assert_true(langtag_language_is("en", 2, "en"));
	assert_true(langtag_language_is("EN-gb", 5, "en"));
	assert_true(langtag_language_is("en-GB-oed", 9, "en"));
	assert_false(langtag_language_is("eng", 3, "en"));
	assert_false(langtag_language_is("e", 1, "en"));
	assert_false(langtag_language_is("ko-KR", 5, "en"));
	assert_false(langtag_language_is("x-en", 4, "en"));
	assert_true(langtag_language_is("en-x", 2, "en"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wellformed),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_length),
		cmocka_unit_test(test_rtl),
		cmocka_unit_test(test_language_is),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

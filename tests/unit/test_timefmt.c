/*
 * test_timefmt.c -- unit tests for the writers of date.c (timefmt_*: record
 * timestamps, RFC 3339 and RFC 822/2822 dates).
 */

#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "civil.h"
#include "date.h"

static enum timefmt_status
parse(const char *s, struct civil *out)
{
	return timefmt_parse_local(s, strlen(s), out);
}

static void
test_parse_ok(void **state)
{
	static const struct {
		const char	*s;
		struct civil	 c;
	} cases[] = {
		{ "2025-02-06 06:32:57", { 2025, 2, 6, 6, 32, 57 } },
		{ "2024-02-29 00:00:00", { 2024, 2, 29, 0, 0, 0 } },
		{ "2000-02-29 12:00:00", { 2000, 2, 29, 12, 0, 0 } },
		{ "0001-01-01 00:00:00", { 1, 1, 1, 0, 0, 0 } },
		{ "9999-12-31 23:59:59", { 9999, 12, 31, 23, 59, 59 } },
		{ "1970-01-01 00:00:00", { 1970, 1, 1, 0, 0, 0 } },
	};
	struct civil out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		memset(&out, 0xff, sizeof(out));
		assert_int_equal(parse(cases[i].s, &out), TIMEFMT_OK);
		assert_memory_equal(&out, &cases[i].c, sizeof(out));
	}
	/* Only len bytes are looked at; no NUL needed. */
	assert_int_equal(timefmt_parse_local("2025-02-06 06:32:57Z", 19, &out),
	    TIMEFMT_OK);
	assert_int_equal(out.sec, 57);
}

static void
test_parse_malformed(void **state)
{
	static const char *const bad[] = {
		"", "2025-02-06", "2025-2-06 06:32:57", "2025-02-6 06:32:57",
		"2025-02-06 6:32:57", "2025-02-06 06:32:57 ",
		" 2025-02-06 06:32:57", "2025-02-06T06:32:57",
		"2025-02-06  06:32:5", "2025-02-06 06:32:5",
		"2025-02-06 06:32:57Z", "2025-02-06 06:32:57+09:00",
		"2025/02/06 06:32:57", "2025-02-06 06.32.57",
		"2025-0a-06 06:32:57", "abcd-ef-gh ij:kl:mn",
		"+025-02-06 06:32:57", "-025-02-06 06:32:57",
		"2025-02-06 06:32:-7", "2025-02-06 06:3 :57",
		"20250-02-06 06:32:5", "\xef\xbc\x92" "025-02-06 06:32:57",
		"2025-02-06\t06:32:57",
	};
	struct civil out = { 1, 2, 3, 4, 5, 6 };
	struct civil orig = out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse(bad[i], &out) != TIMEFMT_MALFORMED)
			fail_msg("\"%s\" not malformed", bad[i]);
	assert_int_equal(timefmt_parse_local("2025-02-06\0" "06:32:57", 19,
	    &out), TIMEFMT_MALFORMED);
	assert_int_equal(timefmt_parse_local("2025-02-06 06:32:57", 18, &out),
	    TIMEFMT_MALFORMED);
	assert_int_equal(timefmt_parse_local("", 0, &out), TIMEFMT_MALFORMED);
	assert_memory_equal(&out, &orig, sizeof(out));
}

static void
test_parse_impossible(void **state)
{
	static const char *const bad[] = {
		"2025-02-30 06:32:57", "2023-02-29 00:00:00",
		"1900-02-29 00:00:00", "2025-04-31 00:00:00",
		"2025-01-00 00:00:00", "2025-00-01 00:00:00",
		"2025-13-01 00:00:00", "2025-01-32 00:00:00",
		"2025-01-01 24:00:00", "2025-01-01 12:60:00",
		"2025-01-01 12:00:60", "2016-12-31 23:59:60",
		"0000-01-01 00:00:00", "2025-99-99 99:99:99",
	};
	struct civil out = { 1, 2, 3, 4, 5, 6 };
	struct civil orig = out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (parse(bad[i], &out) != TIMEFMT_IMPOSSIBLE)
			fail_msg("\"%s\" not impossible", bad[i]);
	assert_memory_equal(&out, &orig, sizeof(out));
}

struct fmt_case {
	int64_t		 t;
	int32_t		 offset;
	const char	*rfc3339;
	const char	*rfc822;
};

static const struct fmt_case fmt_cases[] = {
	{ 0, 0, "1970-01-01T00:00:00Z", "Thu, 01 Jan 1970 00:00:00 +0000" },
	{ -1, 0, "1969-12-31T23:59:59Z", "Wed, 31 Dec 1969 23:59:59 +0000" },
	{ 1738791177, 32400, "2025-02-06T06:32:57+09:00",
	    "Thu, 06 Feb 2025 06:32:57 +0900" },
	{ 1738791177, 0, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, -12600, "2025-02-05T18:02:57-03:30",
	    "Wed, 05 Feb 2025 18:02:57 -0330" },
	{ 1738791177, 49500, "2025-02-06T11:17:57+13:45",
	    "Thu, 06 Feb 2025 11:17:57 +1345" },
	{ 1738791177, 45900, "2025-02-06T10:17:57+12:45",
	    "Thu, 06 Feb 2025 10:17:57 +1245" },
	{ 1738791177, 20700, "2025-02-06T03:17:57+05:45",
	    "Thu, 06 Feb 2025 03:17:57 +0545" },
	{ 1738791177, -60, "2025-02-05T21:31:57-00:01",
	    "Wed, 05 Feb 2025 21:31:57 -0001" },
	{ 1738791177, 86340, "2025-02-06T21:31:57+23:59",
	    "Thu, 06 Feb 2025 21:31:57 +2359" },
	{ 1738791177, -86340, "2025-02-04T21:33:57-23:59",
	    "Tue, 04 Feb 2025 21:33:57 -2359" },
	/* Not expressible exactly: written in UTC. */
	{ 1738791177, 30472, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, -17762, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, 1, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, 86400, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, -86400, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, INT32_MIN, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	{ 1738791177, INT32_MAX, "2025-02-05T21:32:57Z",
	    "Wed, 05 Feb 2025 21:32:57 +0000" },
	/* The ends of the range, and clamping beyond them. */
	{ INT64_C(-62135596800), 0, "0001-01-01T00:00:00Z",
	    "Mon, 01 Jan 0001 00:00:00 +0000" },
	{ INT64_C(253402300799), 0, "9999-12-31T23:59:59Z",
	    "Fri, 31 Dec 9999 23:59:59 +0000" },
	{ INT64_C(253402268399), 32400, "9999-12-31T23:59:59+09:00",
	    "Fri, 31 Dec 9999 23:59:59 +0900" },
	{ INT64_C(-62167219200), 0, "0000-01-01T00:00:00Z",
	    "Sat, 01 Jan 0000 00:00:00 +0000" },
	{ INT64_MAX, 0, "9999-12-31T23:59:59Z",
	    "Fri, 31 Dec 9999 23:59:59 +0000" },
	{ INT64_MAX, 32400, "9999-12-31T23:59:59+09:00",
	    "Fri, 31 Dec 9999 23:59:59 +0900" },
	{ INT64_MIN, 0, "0000-01-01T00:00:00Z",
	    "Sat, 01 Jan 0000 00:00:00 +0000" },
	{ INT64_MIN, -18000, "0000-01-01T00:00:00-05:00",
	    "Sat, 01 Jan 0000 00:00:00 -0500" },
};

static void
check_fmt(const struct fmt_case *fc)
{
	char b3339[TIMEFMT_RFC3339_MAX], b822[TIMEFMT_RFC822_MAX];

	memset(b3339, 'x', sizeof(b3339));
	memset(b822, 'x', sizeof(b822));
	assert_int_equal(timefmt_rfc3339(b3339, fc->t, fc->offset),
	    strlen(fc->rfc3339));
	assert_string_equal(b3339, fc->rfc3339);
	assert_int_equal(timefmt_rfc822(b822, fc->t, fc->offset),
	    strlen(fc->rfc822));
	assert_string_equal(b822, fc->rfc822);
}

static void
test_format(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(fmt_cases) / sizeof(fmt_cases[0]); i++)
		check_fmt(&fmt_cases[i]);
}

/* Every English day and month name, one date each. */
static void
test_names(void **state)
{
	static const struct {
		int		 month, day;
		const char	*want;
	} cases[] = {
		{ 1, 5, "Sun, 05 Jan 2025 12:00:00 +0000" },
		{ 2, 10, "Mon, 10 Feb 2025 12:00:00 +0000" },
		{ 3, 11, "Tue, 11 Mar 2025 12:00:00 +0000" },
		{ 4, 16, "Wed, 16 Apr 2025 12:00:00 +0000" },
		{ 5, 22, "Thu, 22 May 2025 12:00:00 +0000" },
		{ 6, 27, "Fri, 27 Jun 2025 12:00:00 +0000" },
		{ 7, 26, "Sat, 26 Jul 2025 12:00:00 +0000" },
		{ 8, 31, "Sun, 31 Aug 2025 12:00:00 +0000" },
		{ 9, 1, "Mon, 01 Sep 2025 12:00:00 +0000" },
		{ 10, 7, "Tue, 07 Oct 2025 12:00:00 +0000" },
		{ 11, 12, "Wed, 12 Nov 2025 12:00:00 +0000" },
		{ 12, 18, "Thu, 18 Dec 2025 12:00:00 +0000" },
	};
	char buf[TIMEFMT_RFC822_MAX];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct civil c = { 2025, cases[i].month, cases[i].day,
		    12, 0, 0 };

		timefmt_rfc822(buf, civil_to_seconds(&c), 0);
		assert_string_equal(buf, cases[i].want);
	}
}

/* Nothing depends on TZ or the locale. */
static void
test_environment_ignored(void **state)
{
	size_t i;

	(void)state;
	setenv("TZ", "America/New_York", 1);
	setenv("LC_ALL", "de_DE.UTF-8", 1);
	tzset();
	(void)setlocale(LC_ALL, "");
	for (i = 0; i < sizeof(fmt_cases) / sizeof(fmt_cases[0]); i++)
		check_fmt(&fmt_cases[i]);
	setenv("TZ", "Asia/Seoul", 1);
	tzset();
	for (i = 0; i < sizeof(fmt_cases) / sizeof(fmt_cases[0]); i++)
		check_fmt(&fmt_cases[i]);
	(void)setlocale(LC_ALL, "C");
}

/* Parsed record times written back as UTC round-trip. */
static void
test_parse_format_round_trip(void **state)
{
	static const char *const in[] = {
		"2025-02-06 06:32:57", "0001-01-01 00:00:00",
		"9999-12-31 23:59:59", "2024-02-29 13:14:15",
	};
	char buf[TIMEFMT_RFC3339_MAX];
	struct civil c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		assert_int_equal(parse(in[i], &c), TIMEFMT_OK);
		timefmt_rfc3339(buf, civil_to_seconds(&c), 0);
		buf[10] = ' ';
		buf[19] = '\0';
		assert_string_equal(buf, in[i]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_ok),
		cmocka_unit_test(test_parse_malformed),
		cmocka_unit_test(test_parse_impossible),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_environment_ignored),
		cmocka_unit_test(test_parse_format_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

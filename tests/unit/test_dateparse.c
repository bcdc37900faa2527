/*
 * test_dateparse.c -- unit tests for the readers of date.c (dateparse_*): RFC
 * 3339 (Atom), RFC 822 (RSS) and W3CDTF (RSS modules) date parsing.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "date.h"

static enum date_status
p3339(const char *s, struct date_value *d)
{
	return dateparse_rfc3339(s, strlen(s), d);
}

static enum date_status
p822(const char *s, struct date_value *d)
{
	return dateparse_rfc822(s, strlen(s), d);
}

static enum date_status
pw3c(const char *s, struct date_value *d)
{
	return dateparse_w3cdtf(s, strlen(s), d);
}

static void
test_rfc3339_valid(void **state)
{
	struct date_value d;

	(void)state;
	assert_int_equal(p3339("2003-12-13T18:30:02Z", &d), DATE_OK);
	assert_int_equal(d.c.year, 2003);
	assert_int_equal(d.c.month, 12);
	assert_int_equal(d.c.day, 13);
	assert_int_equal(d.c.hour, 18);
	assert_int_equal(d.c.min, 30);
	assert_int_equal(d.c.sec, 2);
	assert_int_equal(d.offset_min, 0);
	assert_int_equal(p3339("2003-12-13T18:30:02.25+01:00", &d), DATE_OK);
	assert_int_equal(d.offset_min, 60);
	assert_int_equal(p3339("2003-12-13T08:30:02-05:30", &d), DATE_OK);
	assert_int_equal(d.offset_min, -330);
	assert_int_equal(p3339("2004-02-29T00:00:00Z", &d), DATE_OK);
	assert_int_equal(p3339("1998-12-31T23:59:60Z", &d), DATE_OK);
}

/* RFC 3339 5.6 allows "t" and "z"; Atom (RFC 4287 3.3) does not. */
static void
test_rfc3339_any_case(void **state)
{
	static const char *const lower[] = {
		"2003-12-13t18:30:02z", "2003-12-13t18:30:02Z",
		"2003-12-13T18:30:02z", "2003-12-13t18:30:02.5+01:00",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(lower) / sizeof(lower[0]); i++) {
		assert_int_equal(dateparse_rfc3339_any_case(lower[i],
		    strlen(lower[i]), &d), DATE_OK);
		assert_int_equal(d.c.hour, 18);
		assert_int_equal(p3339(lower[i], &d), DATE_SYNTAX);
	}
	assert_int_equal(dateparse_rfc3339_any_case("2003-12-13x18:30:02z",
	    20, &d), DATE_SYNTAX);
	assert_int_equal(dateparse_rfc3339_any_case("2003-12-13t24:30:02z",
	    20, &d), DATE_RANGE);
}

static void
test_rfc3339_invalid(void **state)
{
	static const char *const syntax[] = {
		"", "2003-12-13", "2003-12-13T18:30Z", "2003-12-13t18:30:02Z",
		"2003-12-13T18:30:02z", "2003-12-13 18:30:02Z",
		"2003-12-13T18:30:02", "2003-12-13T18:30:02+0100",
		"20031213T183002Z", " 2003-12-13T18:30:02Z",
		"2003-12-13T18:30:02Z ", "03-12-13T18:30:02Z",
		"2003-12-13T18:30:02.Z", "2003-12-13T18:30:02+01",
		"Sat, 13 Dec 2003 18:30:02 GMT",
	};
	static const char *const range[] = {
		"2003-13-13T18:30:02Z", "2003-02-29T18:30:02Z",
		"2003-12-32T18:30:02Z", "2003-12-13T24:30:02Z",
		"2003-12-13T18:60:02Z", "2003-12-13T18:30:61Z",
		"2003-00-13T18:30:02Z", "2003-12-13T18:30:02+24:00",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(syntax) / sizeof(syntax[0]); i++)
		if (p3339(syntax[i], &d) != DATE_SYNTAX)
			fail_msg("\"%s\" should be a syntax error", syntax[i]);
	for (i = 0; i < sizeof(range) / sizeof(range[0]); i++)
		if (p3339(range[i], &d) != DATE_RANGE)
			fail_msg("\"%s\" should be out of range", range[i]);
}

static void
test_rfc822_valid(void **state)
{
	struct date_value d;

	(void)state;
	assert_int_equal(p822("Sat, 07 Sep 2002 00:00:01 GMT", &d), DATE_OK);
	assert_int_equal(d.c.year, 2002);
	assert_int_equal(d.c.month, 9);
	assert_int_equal(d.c.day, 7);
	assert_int_equal(d.c.sec, 1);
	assert_int_equal(d.warn, 0);
	assert_int_equal(p822("7 Sep 2002 00:00 +0200", &d), DATE_OK);
	assert_int_equal(d.offset_min, 120);
	assert_int_equal(p822("Wed, 01 Jan 2025 10:00:00 -0500", &d), DATE_OK);
	assert_int_equal(d.offset_min, -300);
	assert_int_equal(p822("Wed, 01 Jan 2025 10:00:00 EST", &d), DATE_OK);
	assert_int_equal(d.offset_min, -300);
	assert_int_equal(p822("Wed, 01 Jan 2025 10:00:00 PDT", &d), DATE_OK);
	assert_int_equal(d.offset_min, -420);
	assert_int_equal(p822("Wed, 01 Jan 2025 10:00:00 Z", &d), DATE_OK);
	assert_int_equal(p822("Wed, 01 Jan 2025 10:00:00 A", &d), DATE_OK);
	assert_int_equal(p822("Sat, 07 Sep 02 00:00:01 GMT", &d), DATE_OK);
	assert_int_equal(d.c.year, 2002);
	assert_int_equal(d.warn, DATE_WARN_TWO_DIGIT_YEAR);
	assert_int_equal(p822("sat, 07 sep 2002 00:00:01 gmt", &d), DATE_OK);
	assert_int_equal(p822("Tue, 07 Sep 99 00:00:01 GMT", &d), DATE_OK);
	assert_int_equal(d.c.year, 1999);
	/*
	 * A two-digit year is RFC 2822's century, but a day name right for
	 * the other one names that one: 7 Sep 1902 was a Sunday, 2002 a
	 * Saturday; a day right for neither still is a fault.
	 */
	assert_int_equal(p822("Sun, 07 Sep 02 00:00:01 GMT", &d), DATE_OK);
	assert_int_equal(d.c.year, 1902);
	assert_int_equal(d.warn, DATE_WARN_TWO_DIGIT_YEAR);
	assert_int_equal(p822("Mon, 07 Sep 02 00:00:01 GMT", &d),
	    DATE_WEEKDAY);
	/* 29 Feb 2000 was a Tuesday; 1900 had no 29 February. */
	assert_int_equal(p822("Tue, 29 Feb 00 00:00:01 GMT", &d), DATE_OK);
	assert_int_equal(d.c.year, 2000);
	assert_int_equal(p822("Thu, 29 Feb 00 00:00:01 GMT", &d),
	    DATE_WEEKDAY);
	assert_int_equal(p822("Sun, 07 Sep 2002 00:00:01 GMT", &d),
	    DATE_WEEKDAY);
	/* Comments go wherever white space may (RFC 822 3.1.4, 3.4.3). */
	assert_int_equal(p822("Mon, 15 Jan 2024 10:30:00 +0000 (UTC)", &d),
	    DATE_OK);
	assert_int_equal(d.offset_min, 0);
	assert_int_equal(p822("Mon, 15 Jan (x) 2024 10:30:00 GMT", &d),
	    DATE_OK);
	assert_int_equal(d.c.year, 2024);
	assert_int_equal(p822("Mon, 15 Jan 2024 10:30:00 GMT (a (b\\) c))",
	    &d), DATE_OK);
}

/*
 * RFC 822 3.3: linear-white-space = 1*([CRLF] LWSP-char), so a line may
 * be folded between tokens; XML gives the CRLF as LF, or CR LF or CR
 * from character references. A line end needs a space or tab after it.
 */
static void
test_rfc822_folded(void **state)
{
	static const char *const good[] = {
		"Sat, 07 Sep 2002\n 00:00:01 GMT",
		"Sat, 07 Sep 2002\r\n 00:00:01 GMT",
		"Sat, 07 Sep 2002\r\t00:00:01 GMT",
		"Sat,\n 07\n\tSep\n 2002 \n 00:00:01\n  GMT",
		"Sat, 07 Sep 2002 00:00:01\n (UTC)\r\n GMT",
		"Sat, 07 Sep 2002 00:00:01 GMT\n ",
	};
	static const char *const bad[] = {
		"Sat, 07 Sep 2002\n00:00:01 GMT",
		"Sat, 07 Sep 2002\r\n00:00:01 GMT",
		"Sat, 07 Sep 2002\r00:00:01 GMT",
		"Sat, 07 Sep 2002\n\n 00:00:01 GMT",
		"Sat, 07 Sep 2002\n\r\n 00:00:01 GMT",
		"Sat, 07 Sep 2002\r\r\n 00:00:01 GMT",
		"Sat, 07 Sep 2002 00:00:01 GMT\n",
		"Sat, 07 Sep 2002 00:00:01 GMT\r\n",
		"Sat, 07 Sep 2002\f00:00:01 GMT",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (p822(good[i], &d) != DATE_OK)
			fail_msg("good[%zu] should be valid", i);
		assert_int_equal(d.c.year, 2002);
		assert_int_equal(d.c.sec, 1);
		assert_int_equal(d.offset_min, 0);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (p822(bad[i], &d) != DATE_SYNTAX)
			fail_msg("bad[%zu] should be a syntax error", i);
}

/*
 * RFC 822 3.1.4, 3.4.3: white space and comments between any two tokens,
 * so before the day name, before its comma and around the time's colons
 * too (RFC 2822 4.3: obs-day-of-week = [CFWS] day-name [CFWS]).
 */
static void
test_rfc822_spaced(void **state)
{
	static const char *const good[] = {
		"Mon , 02 Jan 2006 15:04:05 GMT",
		"Mon\t, 02 Jan 2006 15:04:05 GMT",
		"Mon (Monday), 02 Jan 2006 15:04:05 GMT",
		"Mon(Monday),02 Jan 2006 15:04:05 GMT",
		"(posted) Mon, 02 Jan 2006 15:04:05 GMT",
		"(posted)Mon, 02 Jan 2006 15:04:05 GMT",
		" Mon, 02 Jan 2006 15:04:05 GMT",
		"\n Mon\n , 02 Jan 2006 15:04:05 GMT",
		"(posted) 02 Jan 2006 15:04:05 GMT",
		"Mon, 02 Jan 2006 15 : 04 : 05 GMT",
		"Mon, 02 Jan 2006 15(h):(m)04 (s) :05 GMT",
		"Mon, 02 Jan 2006 15:04:05(zone)GMT",
	};
	static const char *const bad[] = {
		"Mon 02 Jan 2006 15:04:05 GMT",
		"Mo n, 02 Jan 2006 15:04:05 GMT",
		"\nMon, 02 Jan 2006 15:04:05 GMT",
		"(posted Mon, 02 Jan 2006 15:04:05 GMT",
		"Mon ,, 02 Jan 2006 15:04:05 GMT",
		"Mon, 02 Jan 2006 15:04:05GMT",
		"Mon, 02 Jan 2006 15 04:05 GMT",
		"Mon, 02 Jan 2006 15:04: GMT",
		"Mon, 02 Jan 2006 1 5:04:05 GMT",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (p822(good[i], &d) != DATE_OK)
			fail_msg("good[%zu] should be valid", i);
		assert_int_equal(d.c.year, 2006);
		assert_int_equal(d.c.day, 2);
		assert_int_equal(d.c.hour, 15);
		assert_int_equal(d.c.min, 4);
		assert_int_equal(d.c.sec, 5);
		assert_int_equal(d.warn, 0);
	}
	assert_int_equal(p822("Mon , 02 Jan 2006 15 : 04 GMT", &d), DATE_OK);
	assert_int_equal(d.c.sec, 0);
	/* The weekday is still checked however it is spaced. */
	assert_int_equal(p822("Tue (x) , 02 Jan 2006 15:04:05 GMT", &d),
	    DATE_WEEKDAY);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (p822(bad[i], &d) != DATE_SYNTAX)
			fail_msg("bad[%zu] should be a syntax error", i);
}

static void
test_rfc822_invalid(void **state)
{
	static const struct {
		const char		*s;
		enum date_status	 want;
	} cases[] = {
		{ "", DATE_SYNTAX },
		{ "2002-09-07T00:00:01Z", DATE_SYNTAX },
		{ "Sat 07 Sep 2002 00:00:01 GMT", DATE_SYNTAX },
		{ "Saturday, 07 Sep 2002 00:00:01 GMT", DATE_SYNTAX },
		{ "Sat, 07 September 2002 00:00:01 GMT", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 00:00:01", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 0:00:01 GMT", DATE_SYNTAX },
		{ "Sat, 07 Sep 202 00:00:01 GMT", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 00:00:01 +02:00", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 00:00:01 GMT extra", DATE_SYNTAX },
		{ "Sun, 07 Sep 2002 00:00:01 GMT", DATE_WEEKDAY },
		{ "Sat, 07 Sep 2002 00:00:01 CET", DATE_ZONE },
		{ "Sat, 07 Sep 2002 00:00:01 J", DATE_ZONE },
		{ "Sat, 31 Sep 2002 00:00:01 GMT", DATE_RANGE },
		{ "Sat, 07 Sep 2002 25:00:01 GMT", DATE_RANGE },
		{ "Sat, 07 Sep 2002 00:00:01 +0260", DATE_RANGE },
		{ "Sat, 07 Sep 2002 00:00:01 GMT (open", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 00:00:01 GMT (a \\)", DATE_SYNTAX },
		{ "Sat, 07 Sep 2002 00:00:01 GMT ) x", DATE_SYNTAX },
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (p822(cases[i].s, &d) != cases[i].want)
			fail_msg("\"%s\": got %d, want %d", cases[i].s,
			    (int)p822(cases[i].s, &d), (int)cases[i].want);
}

static void
test_w3cdtf(void **state)
{
	static const char *const good[] = {
		"2003", "2003-12", "2003-12-13", "2003-12-13T18:30Z",
		"2003-12-13T18:30:02+01:00", "2003-12-13T18:30:02.5-05:00",
	};
	static const char *const bad[] = {
		"", "03", "2003-1", "2003-12-1", "2003/12/13", "2003-12-13T18",
		"2003-12-13T18:30:02 Z", "December 2003",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (pw3c(good[i], &d) != DATE_OK)
			fail_msg("\"%s\" should be valid", good[i]);
		assert_int_equal(d.warn, 0);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (pw3c(bad[i], &d) != DATE_SYNTAX)
			fail_msg("\"%s\" should be a syntax error", bad[i]);
	assert_int_equal(pw3c("2003-13", &d), DATE_RANGE);
	assert_int_equal(pw3c("2003-02-30", &d), DATE_RANGE);
	assert_int_equal(pw3c("2003-12-13T18:30:02", &d), DATE_OK);
	assert_int_equal(d.warn, DATE_WARN_NO_ZONE);
}

/*
 * ISO 8601 as the podcast namespace gives it: a date, or a date-time
 * whose zone may be "+hhmm" (live-item.md's "-0600") or "+hh"; in the
 * extended or the basic format (an RFC 5545 UNTIL's dtstart), never a
 * mix; a fraction after "." or ",".
 */
static void
test_iso8601(void **state)
{
	static const char *const good[] = {
		"2023-08-28", "2021-09-26T07:30:00.000-0600",
		"2023-08-28T00:00:00.000Z", "2021-09-26T07:30-06:00",
		"2021-09-26T07:30:00+05", "2021-09-26T07:30:00.5+05:30",
		"20230828", "20230828T000000Z", "20210926T0730-0600",
		"20210926T073000,5Z", "2021-09-26T07:30:00,5Z",
	};
	static const char *const bad[] = {
		"", "2023", "2023-08", "202308", "2023-08-28T07",
		"2023-08-28 07:30:00Z", "2023-08-28T07:30:00-060",
		"2023-08-28T07:30:00+06:0", "Mon, 28 Aug 2023 00:00:00 GMT",
		"2023-0828", "202308-28", "20230828T07:30:00Z",
		"2023-08-28T073000Z", "20230828T07", "20230828T073000,Z",
		"2021-09-26T07:30:00,Z",
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (dateparse_iso8601(good[i], strlen(good[i]), &d) != DATE_OK)
			fail_msg("\"%s\" should be valid", good[i]);
	assert_int_equal(dateparse_iso8601(good[1], strlen(good[1]), &d),
	    DATE_OK);
	assert_int_equal(d.offset_min, -360);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (dateparse_iso8601(bad[i], strlen(bad[i]), &d) != DATE_SYNTAX)
			fail_msg("\"%s\" should be a syntax error", bad[i]);
	assert_int_equal(dateparse_iso8601("2023-02-29", 10, &d), DATE_RANGE);
	assert_int_equal(dateparse_iso8601("2023-08-28T07:30", 16, &d),
	    DATE_OK);
	assert_int_equal(d.warn, DATE_WARN_NO_ZONE);
	assert_int_equal(dateparse_iso8601("20230229", 8, &d), DATE_RANGE);
	/* A date alone says so: a podcast:liveItem wants a time of day. */
	assert_int_equal(dateparse_iso8601("2023-08-28", 10, &d), DATE_OK);
	assert_false(d.time);
	assert_int_equal(dateparse_iso8601("20230828T0730Z", 14, &d), DATE_OK);
	assert_true(d.time);
	assert_int_equal(dateparse_iso8601("20230828T073000", 15, &d),
	    DATE_OK);
	assert_int_equal(d.warn, DATE_WARN_NO_ZONE);
	/* W3CDTF, ISO 8601's profile, has no basic format and no ",". */
	assert_int_equal(dateparse_w3cdtf("20230828", 8, &d), DATE_SYNTAX);
	assert_int_equal(dateparse_w3cdtf("2021-09-26T07:30:00,5Z", 22, &d),
	    DATE_SYNTAX);
}

/* RFC 5545 DATE and DATE-TIME, UTC or local: an RRULE's UNTIL. */
static void
test_rfc5545(void **state)
{
	struct date_value d;

	(void)state;
	assert_int_equal(dateparse_rfc5545("19971224", 8, &d), DATE_OK);
	assert_int_equal(dateparse_rfc5545("19971224T000000Z", 16, &d),
	    DATE_OK);
	assert_int_equal(d.warn, 0);
	assert_int_equal(dateparse_rfc5545("19971224T093000", 15, &d),
	    DATE_OK);
	assert_int_equal(d.warn, DATE_WARN_NO_ZONE);
	assert_int_equal(dateparse_rfc5545("1997-12-24", 10, &d), DATE_SYNTAX);
	assert_int_equal(dateparse_rfc5545("19971224T0930Z", 14, &d),
	    DATE_SYNTAX);
	assert_int_equal(dateparse_rfc5545("19971324", 8, &d), DATE_RANGE);
}

/*
 * RFC 3339 5.7: :60 only at 23:59:60 UTC, the offset applied first, on
 * the last day of a month; the same in RFC 822 and W3CDTF dates.
 */
static void
test_leap_second(void **state)
{
	static const char *const good3339[] = {
		"1998-12-31T23:59:60Z", "2016-06-30T23:59:60Z",
		"1990-12-31T15:59:60-08:00",	/* RFC 3339 5.8 */
		"2017-01-01T08:59:60+09:00", "2016-12-31T23:59:60.5Z",
		"2025-03-31T23:59:60Z",		/* TF.460: any month's end */
		"2024-02-29T23:59:60Z", "2016-12-31T18:29:60-05:30",
		"2016-06-30T23:59:60-00:00",
	};
	static const char *const bad3339[] = {
		"2025-02-06T12:00:60Z",		/* noon: no leap second */
		"2025-07-04T09:17:60+02:00",
		"2025-06-29T23:59:60Z",		/* not the last day */
		"2023-02-28T23:59:60+01:00",	/* 22:59:60 UTC */
		"2016-12-31T23:59:60+00:01", "2016-12-31T23:58:60Z",
		"2024-02-28T23:59:60Z",		/* 2024 has a 29th */
	};
	struct date_value d;
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good3339) / sizeof(good3339[0]); i++) {
		if (p3339(good3339[i], &d) != DATE_OK)
			fail_msg("\"%s\" should be valid", good3339[i]);
		assert_int_equal(d.c.sec, 60);
	}
	for (i = 0; i < sizeof(bad3339) / sizeof(bad3339[0]); i++)
		if (p3339(bad3339[i], &d) != DATE_RANGE)
			fail_msg("\"%s\" should be out of range", bad3339[i]);
	/* 00:59:60+01:00 is 23:59:60 UTC of the day before. */
	assert_int_equal(p3339("2017-01-01T00:59:60+01:00", &d), DATE_OK);
	assert_int_equal(dateparse_rfc3339_any_case("1998-12-31t23:59:60z",
	    20, &d), DATE_OK);
	assert_int_equal(dateparse_rfc3339_any_case("1998-12-30t23:59:60z",
	    20, &d), DATE_RANGE);
	assert_int_equal(p822("Wed, 31 Dec 2008 23:59:60 +0000", &d), DATE_OK);
	assert_int_equal(p822("Wed, 31 Dec 2008 18:59:60 EST", &d), DATE_OK);
	assert_int_equal(p822("Thu, 06 Feb 2025 12:00:60 GMT", &d), DATE_RANGE);
	assert_int_equal(p822("Wed, 31 Dec 2008 23:59:60 +0100", &d),
	    DATE_RANGE);
	/* A military letter's offset is not known: :60 cannot be placed. */
	assert_int_equal(p822("Thu, 06 Feb 2025 12:00:60 A", &d), DATE_OK);
	assert_int_equal(pw3c("2016-12-31T23:59:60Z", &d), DATE_OK);
	assert_int_equal(pw3c("2016-12-31T12:00:60+01:00", &d), DATE_RANGE);
	assert_int_equal(pw3c("2016-12-31T12:00:60", &d), DATE_OK);
	assert_int_equal(d.warn, DATE_WARN_NO_ZONE);
	assert_int_equal(p3339("2016-12-31T23:59:61Z", &d), DATE_RANGE);
}

static void
test_status_text(void **state)
{
	(void)state;
	assert_string_equal(date_status_text(DATE_WEEKDAY),
	    "names the wrong day of the week");
	assert_string_equal(date_status_text(DATE_ZONE),
	    "has an unknown time zone name");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3339_valid),
		cmocka_unit_test(test_rfc3339_invalid),
		cmocka_unit_test(test_rfc3339_any_case),
		cmocka_unit_test(test_rfc822_valid),
		cmocka_unit_test(test_rfc822_invalid),
		cmocka_unit_test(test_rfc822_folded),
		cmocka_unit_test(test_rfc822_spaced),
		cmocka_unit_test(test_w3cdtf),
		cmocka_unit_test(test_iso8601),
		cmocka_unit_test(test_rfc5545),
		cmocka_unit_test(test_leap_second),
		cmocka_unit_test(test_status_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_tz.c -- unit tests for tz.c (TZif, RFC 8536), against Debian's
 * /usr/share/zoneinfo and against TZif images built here.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil.h"
#include "date.h"
#include "tz.h"

#ifndef ZONEINFO_DIR
#define ZONEINFO_DIR	"/usr/share/zoneinfo"
#endif

static struct tz *
load(const char *name)
{
	struct tz *tz;
	char err[512];

	if (tz_load(ZONEINFO_DIR, name, &tz, err, sizeof(err)) != 0)
		fail_msg("%s", err);
	return tz;
}

static int64_t
utc(int y, int mo, int d, int h, int mi, int s)
{
	struct civil c = { y, mo, d, h, mi, s };

	return civil_to_seconds(&c);
}

/* A local time that exists, and how feedwright would write it. */
struct local_case {
	const char	*zone;
	struct civil	 local;
	int64_t		 t;
	int32_t		 offset;
	bool		 ambiguous;
	const char	*rfc3339;
	const char	*rfc822;
};

static const struct local_case local_cases[] = {
	{ "Asia/Seoul", { 2025, 2, 6, 6, 32, 57 }, 1738791177, 32400, false,
	    "2025-02-06T06:32:57+09:00", "Thu, 06 Feb 2025 06:32:57 +0900" },
	/* New York, spring forward 2025-03-09 02:00 EST. */
	{ "America/New_York", { 2025, 3, 9, 1, 59, 59 }, 1741503599, -18000,
	    false, "2025-03-09T01:59:59-05:00",
	    "Sun, 09 Mar 2025 01:59:59 -0500" },
	{ "America/New_York", { 2025, 3, 9, 3, 0, 0 }, 1741503600, -14400,
	    false, "2025-03-09T03:00:00-04:00",
	    "Sun, 09 Mar 2025 03:00:00 -0400" },
	/* Fall back 2025-11-02 02:00 EDT: 01:30 happens twice. */
	{ "America/New_York", { 2025, 11, 2, 1, 30, 0 }, 1762061400, -14400,
	    true, "2025-11-02T01:30:00-04:00",
	    "Sun, 02 Nov 2025 01:30:00 -0400" },
	{ "America/New_York", { 2025, 11, 2, 2, 0, 0 }, 1762066800, -18000,
	    false, "2025-11-02T02:00:00-05:00",
	    "Sun, 02 Nov 2025 02:00:00 -0500" },
	/* Beyond 2037: from the footer "EST5EDT,M3.2.0,M11.1.0". */
	{ "America/New_York", { 2040, 7, 1, 12, 0, 0 }, 2224771200, -14400,
	    false, "2040-07-01T12:00:00-04:00",
	    "Sun, 01 Jul 2040 12:00:00 -0400" },
	{ "America/New_York", { 2040, 1, 1, 12, 0, 0 }, 2209050000, -18000,
	    false, "2040-01-01T12:00:00-05:00",
	    "Sun, 01 Jan 2040 12:00:00 -0500" },
	{ "America/New_York", { 9999, 7, 1, 12, 0, 0 },
	    INT64_C(253386460800), -14400, false,
	    "9999-07-01T12:00:00-04:00", "Thu, 01 Jul 9999 12:00:00 -0400" },
	/* Before the first transition: LMT -4:56:02, written in UTC. */
	{ "America/New_York", { 1, 1, 1, 0, 0, 0 }, INT64_C(-62135579038),
	    -17762, false, "0001-01-01T04:56:02Z",
	    "Mon, 01 Jan 0001 04:56:02 +0000" },
	/* Southern hemisphere footer "AEST-10AEDT,M10.1.0,M4.1.0/3". */
	{ "Australia/Sydney", { 2045, 1, 15, 12, 0, 0 }, 2368054800, 39600,
	    false, "2045-01-15T12:00:00+11:00",
	    "Sun, 15 Jan 2045 12:00:00 +1100" },
	{ "Australia/Sydney", { 2045, 7, 1, 12, 0, 0 }, 2382487200, 36000,
	    false, "2045-07-01T12:00:00+10:00",
	    "Sat, 01 Jul 2045 12:00:00 +1000" },
	{ "Australia/Sydney", { 2045, 4, 2, 2, 30, 0 }, 2374673400, 39600,
	    true, "2045-04-02T02:30:00+11:00",
	    "Sun, 02 Apr 2045 02:30:00 +1100" },
	{ "Australia/Sydney", { 2045, 10, 1, 1, 59, 59 }, 2390399999, 36000,
	    false, "2045-10-01T01:59:59+10:00",
	    "Sun, 01 Oct 2045 01:59:59 +1000" },
	{ "Australia/Sydney", { 2045, 10, 1, 3, 0, 0 }, 2390400000, 39600,
	    false, "2045-10-01T03:00:00+11:00",
	    "Sun, 01 Oct 2045 03:00:00 +1100" },
	{ "Asia/Kolkata", { 2025, 2, 6, 6, 32, 57 }, 1738803777, 19800, false,
	    "2025-02-06T06:32:57+05:30", "Thu, 06 Feb 2025 06:32:57 +0530" },
	{ "Asia/Kolkata", { 1850, 1, 1, 0, 0, 0 }, INT64_C(-3786846808),
	    21208, false, "1849-12-31T18:06:32Z",
	    "Mon, 31 Dec 1849 18:06:32 +0000" },
	{ "Pacific/Chatham", { 2025, 7, 1, 12, 0, 0 }, 1751325300, 45900,
	    false, "2025-07-01T12:00:00+12:45",
	    "Tue, 01 Jul 2025 12:00:00 +1245" },
	{ "Pacific/Chatham", { 2025, 1, 15, 12, 0, 0 }, 1736892900, 49500,
	    false, "2025-01-15T12:00:00+13:45",
	    "Wed, 15 Jan 2025 12:00:00 +1345" },
	{ "UTC", { 2025, 2, 6, 6, 32, 57 }, 1738823577, 0, false,
	    "2025-02-06T06:32:57Z", "Thu, 06 Feb 2025 06:32:57 +0000" },
	{ "Asia/Kathmandu", { 2025, 2, 6, 6, 32, 57 }, 1738802877, 20700,
	    false, "2025-02-06T06:32:57+05:45",
	    "Thu, 06 Feb 2025 06:32:57 +0545" },
	{ "America/St_Johns", { 2025, 1, 15, 12, 0, 0 }, 1736955000, -12600,
	    false, "2025-01-15T12:00:00-03:30",
	    "Wed, 15 Jan 2025 12:00:00 -0330" },
	{ "America/St_Johns", { 2025, 7, 1, 12, 0, 0 }, 1751380200, -9000,
	    false, "2025-07-01T12:00:00-02:30",
	    "Tue, 01 Jul 2025 12:00:00 -0230" },
	/* Negative DST: IST is standard time, GMT the "daylight" one. */
	{ "Europe/Dublin", { 2045, 1, 15, 12, 0, 0 }, 2368094400, 0, false,
	    "2045-01-15T12:00:00Z", "Sun, 15 Jan 2045 12:00:00 +0000" },
	{ "Europe/Dublin", { 2045, 7, 1, 12, 0, 0 }, 2382519600, 3600, false,
	    "2045-07-01T12:00:00+01:00", "Sat, 01 Jul 2045 12:00:00 +0100" },
};

static void
test_zone_local_times(void **state)
{
	char b3339[TIMEFMT_RFC3339_MAX], b822[TIMEFMT_RFC822_MAX];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(local_cases) / sizeof(local_cases[0]); i++) {
		const struct local_case *lc = &local_cases[i];
		struct tz *tz = load(lc->zone);
		int64_t t = 0;
		int32_t off = 0;
		bool amb = !lc->ambiguous;

		assert_int_equal(tz_local_to_utc(tz, &lc->local, &t, &off,
		    &amb), TZ_LOCAL_OK);
		assert_int_equal(t, lc->t);
		assert_int_equal(off, lc->offset);
		assert_int_equal(amb, lc->ambiguous);
		assert_int_equal(tz_offset_at(tz, t), lc->offset);
		assert_int_equal(timefmt_rfc3339(b3339, t, off),
		    strlen(lc->rfc3339));
		assert_string_equal(b3339, lc->rfc3339);
		assert_int_equal(timefmt_rfc822(b822, t, off),
		    strlen(lc->rfc822));
		assert_string_equal(b822, lc->rfc822);
		tz_free(tz);
	}
}

static void
test_zone_gaps(void **state)
{
	static const struct {
		const char	*zone;
		struct civil	 local;
	} gaps[] = {
		{ "America/New_York", { 2025, 3, 9, 2, 30, 0 } },
		{ "America/New_York", { 2025, 3, 9, 2, 0, 0 } },
		{ "America/New_York", { 2025, 3, 9, 2, 59, 59 } },
		{ "America/New_York", { 2040, 3, 11, 2, 30, 0 } },
		{ "Australia/Sydney", { 2045, 10, 1, 2, 30, 0 } },
		{ "Pacific/Chatham", { 2025, 9, 28, 3, 0, 0 } },
		{ "America/St_Johns", { 2025, 3, 9, 2, 15, 0 } },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(gaps) / sizeof(gaps[0]); i++) {
		struct tz *tz = load(gaps[i].zone);
		int64_t t = 42;
		int32_t off = 42;
		bool amb = true;

		assert_int_equal(tz_local_to_utc(tz, &gaps[i].local, &t, &off,
		    &amb), TZ_LOCAL_GAP);
		assert_false(amb);
		assert_int_equal(t, 42);
		assert_int_equal(off, 42);
		tz_free(tz);
	}
}

static void
test_offset_at_edges(void **state)
{
	struct tz *ny = load("America/New_York");
	struct tz *syd = load("Australia/Sydney");

	(void)state;
	assert_int_equal(tz_offset_at(ny, 1741503599), -18000);
	assert_int_equal(tz_offset_at(ny, 1741503600), -14400);
	assert_int_equal(tz_offset_at(ny, 1762063199), -14400);
	assert_int_equal(tz_offset_at(ny, 1762063200), -18000);
	/* 2045 changes, from the footer: 07:00Z Mar 12 and 06:00Z Nov 5. */
	assert_int_equal(tz_offset_at(ny, utc(2045, 3, 12, 6, 59, 59)),
	    -18000);
	assert_int_equal(tz_offset_at(ny, utc(2045, 3, 12, 7, 0, 0)), -14400);
	assert_int_equal(tz_offset_at(ny, utc(2045, 11, 5, 5, 59, 59)),
	    -14400);
	assert_int_equal(tz_offset_at(ny, utc(2045, 11, 5, 6, 0, 0)), -18000);
	/* Sydney 2045: AEDT ends 2045-04-01 16:00Z, starts 09-30 16:00Z. */
	assert_int_equal(tz_offset_at(syd, utc(2045, 4, 1, 15, 59, 59)),
	    39600);
	assert_int_equal(tz_offset_at(syd, utc(2045, 4, 1, 16, 0, 0)), 36000);
	assert_int_equal(tz_offset_at(syd, utc(2045, 9, 30, 15, 59, 59)),
	    36000);
	assert_int_equal(tz_offset_at(syd, utc(2045, 9, 30, 16, 0, 0)), 39600);
	/* Extremes must not overflow. */
	assert_int_equal(tz_offset_at(ny, INT64_MIN), -17762);
	(void)tz_offset_at(ny, INT64_MAX);
	(void)tz_offset_at(syd, INT64_MAX);
	(void)tz_offset_at(syd, INT64_MIN);
	tz_free(ny);
	tz_free(syd);
}

/* Every local time of a day around each change round-trips. */
static void
test_local_round_trip(void **state)
{
	static const char *const zones[] = {
		"America/New_York", "Australia/Sydney", "Pacific/Chatham",
		"America/St_Johns", "Europe/Dublin", "Asia/Kathmandu",
	};
	size_t i;
	int64_t t;

	(void)state;
	for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++) {
		struct tz *tz = load(zones[i]);

		/* Both sides of the end of the files' explicit data. */
		for (t = utc(2037, 7, 1, 0, 0, 0); t < utc(2038, 7, 1, 0, 0, 0);
		    t += 1800) {
			struct civil c;
			int64_t u;
			int32_t off = tz_offset_at(tz, t), uoff;
			bool amb;

			civil_from_seconds(t + off, &c);
			assert_int_equal(tz_local_to_utc(tz, &c, &u, &uoff,
			    &amb), TZ_LOCAL_OK);
			assert_true(u <= t);
			if (u != t)
				assert_true(amb);
			assert_int_equal(tz_offset_at(tz, u), uoff);
		}
		tz_free(tz);
	}
}

static void
test_name_valid(void **state)
{
	static const char *const good[] = {
		"Asia/Seoul", "UTC", "America/Argentina/Buenos_Aires",
		"Etc/GMT+5", "Etc/GMT-14", "EST5EDT", "right/UTC", "a",
		"zone.tab", "America/Port-au-Prince",
	};
	static const char *const bad[] = {
		"", "/", "/etc/passwd", "../etc/passwd", "Asia/../../etc",
		"Asia//Seoul", "Asia/Seoul/", ".hidden", "-x", "Asia/.x",
		"Asia/-x", "a..b", "Asia/Seo ul", "Asia\\Seoul", "Asia/Seoul\n",
		"Mars/Ba$e", "Z\xc3\xbcrich",
	};
	char longname[300];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!tz_name_valid(good[i]))
			fail_msg("\"%s\" should be valid", good[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (tz_name_valid(bad[i]))
			fail_msg("\"%s\" should be invalid", bad[i]);
	memset(longname, 'a', 255);
	longname[255] = '\0';
	assert_true(tz_name_valid(longname));
	longname[255] = 'a';
	longname[256] = '\0';
	assert_false(tz_name_valid(longname));
}

static void
test_load_errors(void **state)
{
	struct tz *tz = (struct tz *)&tz;
	char err[256];

	(void)state;
	assert_int_equal(tz_load(ZONEINFO_DIR, "Mars/Base", &tz, err,
	    sizeof(err)), -1);
	assert_null(tz);
	assert_string_equal(err, "unknown time zone \"Mars/Base\"");
	assert_int_equal(tz_load(ZONEINFO_DIR, "America", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "unknown time zone \"America\"");
	assert_int_equal(tz_load(ZONEINFO_DIR, "Asia/Seoul/x", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "unknown time zone \"Asia/Seoul/x\"");
	assert_int_equal(tz_load("/nonexistent", "UTC", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "unknown time zone \"UTC\"");
	assert_int_equal(tz_load(ZONEINFO_DIR, "../../etc/passwd", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err,
	    "invalid time zone name \"../../etc/passwd\"");
	assert_int_equal(tz_load(ZONEINFO_DIR, "a\"b\n", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "invalid time zone name \"a?b?\"");
	assert_int_equal(tz_load(ZONEINFO_DIR, "zone.tab", &tz, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "time zone file \"" ZONEINFO_DIR
	    "/zone.tab\" is not a TZif file (bad magic)");
	/* A short or absent buffer truncates, never overflows. */
	assert_int_equal(tz_load(ZONEINFO_DIR, "Mars/Base", &tz, err, 8), -1);
	assert_string_equal(err, "unknown");
	assert_int_equal(tz_load(ZONEINFO_DIR, "Mars/Base", &tz, NULL, 0),
	    -1);
	assert_int_equal(tz_load(ZONEINFO_DIR, "UTC", &tz, NULL, 0), 0);
	assert_non_null(tz);
	tz_free(tz);
	tz_free(NULL);
}

/* Building TZif images by hand. */

struct image {
	unsigned char	b[4096];
	size_t		n;
};

static void
put8(struct image *im, unsigned v)
{
	assert_true(im->n < sizeof(im->b));
	im->b[im->n++] = (unsigned char)v;
}

static void
put32(struct image *im, uint32_t v)
{
	put8(im, v >> 24 & 0xff);
	put8(im, v >> 16 & 0xff);
	put8(im, v >> 8 & 0xff);
	put8(im, v & 0xff);
}

static void
put64(struct image *im, int64_t v)
{
	uint64_t u = (uint64_t)v;

	put32(im, (uint32_t)(u >> 32));
	put32(im, (uint32_t)(u & 0xffffffff));
}

static void
put_header(struct image *im, unsigned char version, uint32_t timecnt,
    uint32_t typecnt, uint32_t charcnt)
{
	int i;

	put8(im, 'T');
	put8(im, 'Z');
	put8(im, 'i');
	put8(im, 'f');
	put8(im, version);
	for (i = 0; i < 15; i++)
		put8(im, 0);
	put32(im, 0);		/* isutcnt */
	put32(im, 0);		/* isstdcnt */
	put32(im, 0);		/* leapcnt */
	put32(im, timecnt);
	put32(im, typecnt);
	put32(im, charcnt);
}

/* Where build_v2's second header starts: header, one type, "LMT". */
#define V2_HDR	(44 + 6 + 4)

struct ttype {
	int32_t		off;
	unsigned	isdst;
};

/*
 * A version 2 image: an empty version 1 block, then transitions and types
 * in the 64-bit block, then footer (NULL for none at all).
 */
static void
build_v2(struct image *im, const int64_t *times, const unsigned char *idx,
    uint32_t ntimes, const struct ttype *types, uint32_t ntypes,
    const char *footer)
{
	uint32_t i;

	im->n = 0;
	put_header(im, '2', 0, 1, 4);
	put32(im, 0);
	put8(im, 0);
	put8(im, 0);
	put8(im, 'L');
	put8(im, 'M');
	put8(im, 'T');
	put8(im, 0);
	put_header(im, '2', ntimes, ntypes, 4);
	for (i = 0; i < ntimes; i++)
		put64(im, times[i]);
	for (i = 0; i < ntimes; i++)
		put8(im, idx[i]);
	for (i = 0; i < ntypes; i++) {
		put32(im, (uint32_t)types[i].off);
		put8(im, types[i].isdst);
		put8(im, 0);
	}
	put8(im, 'X');
	put8(im, 'Y');
	put8(im, 'Z');
	put8(im, 0);
	if (footer == NULL)
		return;
	put8(im, '\n');
	while (*footer != '\0')
		put8(im, (unsigned char)*footer++);
	put8(im, '\n');
}

/* A zone with no transitions, all from its footer. */
static struct tz *
footer_zone(const char *footer, int32_t off0)
{
	struct ttype t0 = { off0, 0 };
	struct image im;
	const char *err = NULL;
	struct tz *tz;

	build_v2(&im, NULL, NULL, 0, &t0, 1, footer);
	tz = tz_parse(im.b, im.n, &err);
	if (tz == NULL)
		fail_msg("footer \"%s\": %s", footer, err);
	return tz;
}

static void
test_footer_fixed(void **state)
{
	struct tz *tz = footer_zone("<+0545>-5:45", 20700);
	struct civil c = { 2025, 2, 6, 6, 32, 57 };
	int64_t t;
	int32_t off;
	bool amb = true;

	(void)state;
	assert_int_equal(tz_offset_at(tz, 0), 20700);
	assert_int_equal(tz_offset_at(tz, INT64_MIN), 20700);
	assert_int_equal(tz_offset_at(tz, INT64_MAX), 20700);
	assert_int_equal(tz_local_to_utc(tz, &c, &t, &off, &amb), TZ_LOCAL_OK);
	assert_int_equal(t, 1738802877);
	assert_int_equal(off, 20700);
	assert_false(amb);
	tz_free(tz);

	/* The footer, not type 0, rules when there are no transitions. */
	tz = footer_zone("<-0330>3:30", 0);
	assert_int_equal(tz_offset_at(tz, 0), -12600);
	tz_free(tz);
	tz = footer_zone("UTC0", 0);
	assert_int_equal(tz_offset_at(tz, 1738791177), 0);
	tz_free(tz);
	tz = footer_zone("<+14>-14", 50400);
	assert_int_equal(tz_offset_at(tz, 1738791177), 50400);
	tz_free(tz);
	tz = footer_zone("ABC+1:02:03", 0);
	assert_int_equal(tz_offset_at(tz, 1738791177), -3723);
	tz_free(tz);
}

static void
test_footer_us_rule(void **state)
{
	struct tz *tz = footer_zone("EST5EDT,M3.2.0,M11.1.0", -18000);
	struct tz *dflt = footer_zone("EST5EDT", -18000);
	struct tz *ny = load("America/New_York");
	struct civil gap = { 2025, 3, 9, 2, 30, 0 };
	struct civil overlap = { 2025, 11, 2, 1, 30, 0 };
	int64_t t;
	int32_t off;
	bool amb;

	(void)state;
	assert_int_equal(tz_offset_at(tz, 1741503599), -18000);
	assert_int_equal(tz_offset_at(tz, 1741503600), -14400);
	assert_int_equal(tz_offset_at(tz, 1762063199), -14400);
	assert_int_equal(tz_offset_at(tz, 1762063200), -18000);
	assert_int_equal(tz_offset_at(tz, utc(1, 7, 1, 0, 0, 0)), -14400);
	assert_int_equal(tz_offset_at(tz, utc(9999, 12, 31, 0, 0, 0)),
	    -18000);
	assert_int_equal(tz_local_to_utc(tz, &gap, &t, &off, NULL),
	    TZ_LOCAL_GAP);
	assert_int_equal(tz_local_to_utc(tz, &overlap, &t, &off, &amb),
	    TZ_LOCAL_OK);
	assert_int_equal(t, 1762061400);
	assert_int_equal(off, -14400);
	assert_true(amb);
	/* Same as the file's own transitions, hour by hour. */
	for (t = utc(2026, 1, 1, 0, 0, 0); t < utc(2037, 12, 31, 0, 0, 0);
	    t += 3600) {
		assert_int_equal(tz_offset_at(tz, t), tz_offset_at(ny, t));
		assert_int_equal(tz_offset_at(dflt, t), tz_offset_at(ny, t));
	}
	tz_free(tz);
	tz_free(dflt);
	tz_free(ny);
}

/* Footers of real zones agree with the zones' explicit 2030-2037 data. */
static void
test_footer_vs_files(void **state)
{
	static const struct {
		const char	*zone;
		const char	*footer;
	} cases[] = {
		/* RFC 8536 3.3.1: negative transition time. */
		{ "America/Nuuk", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0" },
		{ "Australia/Sydney", "AEST-10AEDT,M10.1.0,M4.1.0/3" },
		{ "Pacific/Chatham",
		    "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45" },
		{ "Europe/Dublin", "IST-1GMT0,M10.5.0,M3.5.0/1" },
		{ "America/St_Johns", "NST3:30NDT,M3.2.0,M11.1.0" },
		{ "Europe/London", "GMT0BST,M3.5.0/1,M10.5.0" },
		{ "America/Santiago", "<-04>4<-03>,M9.1.6/24,M4.1.6/24" },
	};
	size_t i;
	int64_t t;
	int32_t prev;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct tz *real = load(cases[i].zone);
		struct tz *ft = footer_zone(cases[i].footer, 0);

		/*
		 * Changes fall on whole half hours UTC: sample those, and
		 * where the file's offset changed, the second before too.
		 */
		prev = tz_offset_at(real, utc(2030, 1, 1, 0, 0, 0));
		for (t = utc(2030, 1, 1, 0, 0, 0);
		    t < utc(2037, 12, 1, 0, 0, 0); t += 1800) {
			int32_t want = tz_offset_at(real, t);

			if (tz_offset_at(ft, t) != want)
				fail_msg("%s at %lld: %d, file says %d",
				    cases[i].zone, (long long)t,
				    tz_offset_at(ft, t), want);
			if (want != prev && tz_offset_at(ft, t - 1) != prev)
				fail_msg("%s at %lld: changed early",
				    cases[i].zone, (long long)t);
			prev = want;
		}
		tz_free(real);
		tz_free(ft);
	}
}

static void
test_footer_julian(void **state)
{
	struct tz *tz;

	(void)state;
	/* Jn never counts Feb 29: J60 is March 1 in any year. */
	tz = footer_zone("AAA0BBB,J60/0,J300/0", 0);
	assert_int_equal(tz_offset_at(tz, utc(2024, 2, 29, 23, 59, 59)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2024, 3, 1, 0, 0, 0)), 3600);
	assert_int_equal(tz_offset_at(tz, utc(2023, 2, 28, 23, 59, 59)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2023, 3, 1, 0, 0, 0)), 3600);
	/* J300 is Oct 27; 00:00 daylight time is 23:00Z the day before. */
	assert_int_equal(tz_offset_at(tz, utc(2024, 10, 26, 22, 59, 59)),
	    3600);
	assert_int_equal(tz_offset_at(tz, utc(2024, 10, 26, 23, 0, 0)), 0);
	tz_free(tz);

	/* Zero-based n counts Feb 29: day 59 is Feb 29 in leap years. */
	tz = footer_zone("AAA0BBB,59/0,365/0", 0);
	assert_int_equal(tz_offset_at(tz, utc(2024, 2, 28, 23, 59, 59)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2024, 2, 29, 0, 0, 0)), 3600);
	assert_int_equal(tz_offset_at(tz, utc(2023, 2, 28, 23, 59, 59)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2023, 3, 1, 0, 0, 0)), 3600);
	/* Day 365 is Dec 31 in a leap year, Jan 1 after a common one. */
	assert_int_equal(tz_offset_at(tz, utc(2024, 12, 30, 22, 59, 59)),
	    3600);
	assert_int_equal(tz_offset_at(tz, utc(2024, 12, 30, 23, 0, 0)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2023, 12, 31, 22, 59, 59)),
	    3600);
	assert_int_equal(tz_offset_at(tz, utc(2023, 12, 31, 23, 0, 0)), 0);
	tz_free(tz);
}

static void
test_footer_extended_times(void **state)
{
	struct tz *tz;
	int64_t t;

	(void)state;
	/* RFC 8536 3.3.1: DST all year. */
	tz = footer_zone("EST5EDT,0/0,J365/25", -18000);
	for (t = utc(2023, 12, 31, 0, 0, 0); t < utc(2025, 1, 2, 0, 0, 0);
	    t += 600)
		assert_int_equal(tz_offset_at(tz, t), -14400);
	assert_int_equal(tz_offset_at(tz, utc(1, 1, 1, 0, 0, 0)), -14400);
	assert_int_equal(tz_offset_at(tz, utc(9999, 12, 31, 23, 0, 0)),
	    -14400);
	tz_free(tz);

	/* Hours up to 167 either way: a week past/before the date. */
	tz = footer_zone("AAA0BBB,M3.1.0/167,M10.1.0/-167", 0);
	/* 2025: Mar 2 (first Sunday) + 167h = Mar 8 23:00Z. */
	assert_int_equal(tz_offset_at(tz, utc(2025, 3, 8, 22, 59, 59)), 0);
	assert_int_equal(tz_offset_at(tz, utc(2025, 3, 8, 23, 0, 0)), 3600);
	/* Oct 5 (first Sunday) - 167h = Sep 28 01:00 DST = 00:00Z. */
	assert_int_equal(tz_offset_at(tz, utc(2025, 9, 27, 23, 59, 59)),
	    3600);
	assert_int_equal(tz_offset_at(tz, utc(2025, 9, 28, 0, 0, 0)), 0);
	tz_free(tz);

	/* Explicit DST offset and week 5 = the last such weekday. */
	tz = footer_zone("<+03>-3<+0530>-5:30,M2.5.3/12:30:30,M11.5.6", 0);
	/* 2025: last Wednesday of February is the 26th; 12:30:30 +03. */
	assert_int_equal(tz_offset_at(tz, utc(2025, 2, 26, 9, 30, 29)), 10800);
	assert_int_equal(tz_offset_at(tz, utc(2025, 2, 26, 9, 30, 30)), 19800);
	/* Last Saturday of November 2025 is the 29th; 02:00 +0530. */
	assert_int_equal(tz_offset_at(tz, utc(2025, 11, 28, 20, 29, 59)),
	    19800);
	assert_int_equal(tz_offset_at(tz, utc(2025, 11, 28, 20, 30, 0)), 10800);
	tz_free(tz);
}

static void
test_transitions_and_footer(void **state)
{
	static const int64_t times[] = { 1000000, 2000000 };
	static const unsigned char idx[] = { 1, 2 };
	static const struct ttype types[] = {
		{ 3600, 0 }, { 7200, 1 }, { -3600, 0 },
	};
	struct image im;
	struct tz *tz;
	struct civil c;
	int64_t t;
	int32_t off;
	bool amb;

	(void)state;
	/* Empty footer: the last transition's type goes on for ever. */
	build_v2(&im, times, idx, 2, types, 3, "");
	assert_non_null(tz = tz_parse(im.b, im.n, NULL));
	assert_int_equal(tz_offset_at(tz, INT64_MIN), 3600);
	assert_int_equal(tz_offset_at(tz, 999999), 3600);
	assert_int_equal(tz_offset_at(tz, 1000000), 7200);
	assert_int_equal(tz_offset_at(tz, 1999999), 7200);
	assert_int_equal(tz_offset_at(tz, 2000000), -3600);
	assert_int_equal(tz_offset_at(tz, INT64_MAX), -3600);
	/* 1000000 + 3600 to + 7200 local time is skipped. */
	civil_from_seconds(1000000 + 3600 + 1800, &c);
	assert_int_equal(tz_local_to_utc(tz, &c, &t, &off, &amb),
	    TZ_LOCAL_GAP);
	/* 2000000 - 3600 to + 7200 local shows twice, then a third time. */
	civil_from_seconds(2000000 + 3600, &c);
	assert_int_equal(tz_local_to_utc(tz, &c, &t, &off, &amb), TZ_LOCAL_OK);
	assert_int_equal(t, 2000000 - 3600);
	assert_int_equal(off, 7200);
	assert_true(amb);
	tz_free(tz);

	/* With a footer, the footer rules from the last transition on. */
	build_v2(&im, times, idx, 2, types, 3, "<-05>5");
	assert_non_null(tz = tz_parse(im.b, im.n, NULL));
	assert_int_equal(tz_offset_at(tz, 1999999), 7200);
	assert_int_equal(tz_offset_at(tz, 2000000), -18000);
	tz_free(tz);
}

static void
test_version1_and_leaps(void **state)
{
	struct image im = { { 0 }, 0 };
	struct tz *tz;

	(void)state;
	/* Version 1: 32-bit times, no footer. */
	put_header(&im, 0, 1, 2, 4);
	put32(&im, (uint32_t)-1000);
	put8(&im, 1);
	put32(&im, 3600);
	put8(&im, 0);
	put8(&im, 0);
	put32(&im, (uint32_t)-7200);
	put8(&im, 0);
	put8(&im, 0);
	put32(&im, 0x41420000);	/* "AB\0\0" */
	assert_non_null(tz = tz_parse(im.b, im.n, NULL));
	assert_int_equal(tz_offset_at(tz, -1001), 3600);
	assert_int_equal(tz_offset_at(tz, -1000), -7200);
	assert_int_equal(tz_offset_at(tz, INT64_MAX), -7200);
	tz_free(tz);

	/* Leap-second zones: transitions come back to POSIX time. */
	im.n = 0;
	put_header(&im, 0, 1, 2, 4);
	im.b[31] = 2;		/* leapcnt */
	put32(&im, 2000);
	put8(&im, 1);
	put32(&im, 0);
	put8(&im, 0);
	put8(&im, 0);
	put32(&im, 3600);
	put8(&im, 1);
	put8(&im, 0);
	put32(&im, 0x41420000);
	put32(&im, 1000);
	put32(&im, 1);
	put32(&im, 1500);
	put32(&im, 2);
	assert_non_null(tz = tz_parse(im.b, im.n, NULL));
	assert_int_equal(tz_offset_at(tz, 1997), 0);
	assert_int_equal(tz_offset_at(tz, 1998), 3600);
	tz_free(tz);
	tz = load("right/America/New_York");
	assert_int_equal(tz_offset_at(tz, 1741503599), -18000);
	assert_int_equal(tz_offset_at(tz, 1741503600), -14400);
	tz_free(tz);
}

static void
expect_bad(const unsigned char *buf, size_t len, const char *why)
{
	const char *err = NULL;
	struct tz *tz = tz_parse(buf, len, &err);

	if (tz != NULL) {
		tz_free(tz);
		fail_msg("accepted: %s", why);
	}
	assert_non_null(err);
	assert_true(strlen(err) > 0);
}

/* Copy into an exact-size heap block so ASan sees any overread. */
static void
expect_bad_heap(const unsigned char *buf, size_t len, const char *why)
{
	unsigned char *copy = malloc(len ? len : 1);

	assert_non_null(copy);
	if (len > 0)
		memcpy(copy, buf, len);
	expect_bad(copy, len, why);
	free(copy);
}

static void
test_malformed(void **state)
{
	static const struct ttype t0 = { 0, 0 };
	static const int64_t times[] = { 5, 5 };
	static const unsigned char idx[] = { 0, 0 };
	static const unsigned char bad_idx[] = { 0, 1 };
	static const char *const bad_footers[] = {
		"EST", "EST5EDT,", "EST5EDT,M3.2.0", "ES5", "<AB>5", "<ABC5",
		"<A B>5", "EST25", "EST5EDT,M13.1.0,M11.1.0",
		"EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0",
		"EST5EDT,J0,J365", "EST5EDT,J1,J366", "EST5EDT,366,0",
		"EST5EDT,M3.2.0/168,M11.1.0", "EST5EDT,M3.2.0/2:60,M11.1.0",
		"EST5EDT,M3.2.0,M11.1.0x", "EST5:", "EST5 ", " EST5",
		"EST5EDT4x", "EST5EDT,M3.2.0/,M11.1.0",
	};
	struct image im;
	size_t i;

	(void)state;
	expect_bad(NULL, 0, "NULL");
	expect_bad((const unsigned char *)"", 0, "zero length");
	expect_bad_heap((const unsigned char *)"TZif2", 5, "truncated");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	expect_bad_heap(im.b, 43, "header one short");
	im.b[0] = 'X';
	expect_bad_heap(im.b, im.n, "bad magic");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	im.b[4] = '1';
	expect_bad_heap(im.b, im.n, "version 1 byte");
	im.b[4] = '5';
	expect_bad_heap(im.b, im.n, "version 5");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	im.b[V2_HDR + 39] = 0xff;	/* second header's typecnt */
	expect_bad_heap(im.b, im.n, "typecnt overruns");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	memset(im.b + V2_HDR + 32, 0xff, 4);	/* timecnt */
	expect_bad_heap(im.b, im.n, "timecnt 2^32-1");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	memset(im.b + 32, 0xff, 4);		/* first header's timecnt */
	expect_bad_heap(im.b, im.n, "v1 timecnt 2^32-1");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	memset(im.b + V2_HDR + 36, 0, 4);
	expect_bad_heap(im.b, im.n, "typecnt 0");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	im.b[V2_HDR + 23] = 2;			/* isutcnt 2, typecnt 1 */
	expect_bad_heap(im.b, im.n, "isutcnt mismatch");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	im.b[V2_HDR + 4] = '3';
	expect_bad_heap(im.b, im.n, "version mismatch");
	build_v2(&im, times, idx, 2, &t0, 1, "UTC0");
	expect_bad_heap(im.b, im.n, "equal transition times");
	build_v2(&im, times + 1, bad_idx + 1, 1, &t0, 1, "UTC0");
	expect_bad_heap(im.b, im.n, "type index out of range");
	{
		struct ttype big = { INT32_MIN, 0 };

		build_v2(&im, NULL, NULL, 0, &big, 1, "UTC0");
		expect_bad_heap(im.b, im.n, "offset -2^31");
		big.off = 93600;
		build_v2(&im, NULL, NULL, 0, &big, 1, "UTC0");
		expect_bad_heap(im.b, im.n, "offset 26h");
		big.off = 0;
		big.isdst = 2;
		build_v2(&im, NULL, NULL, 0, &big, 1, "UTC0");
		expect_bad_heap(im.b, im.n, "isdst 2");
	}
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	/* From the end: footer "\nUTC0\n", 4 chars, 6-byte ttinfo. */
	im.b[im.n - 6 - 4 - 6 + 5] = 4;		/* desigidx = charcnt */
	expect_bad_heap(im.b, im.n, "desigidx out of range");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	im.b[im.n - 6 - 1] = 'Q';		/* "XYZ\0" -> "XYZQ" */
	expect_bad_heap(im.b, im.n, "unterminated designation");
	build_v2(&im, NULL, NULL, 0, &t0, 1, NULL);
	expect_bad_heap(im.b, im.n, "no footer");
	build_v2(&im, NULL, NULL, 0, &t0, 1, "UTC0");
	expect_bad_heap(im.b, im.n - 1, "unterminated footer");
	im.b[im.n - 3] = '\0';
	expect_bad_heap(im.b, im.n, "NUL in footer");
	for (i = 0; i < sizeof(bad_footers) / sizeof(bad_footers[0]); i++) {
		build_v2(&im, NULL, NULL, 0, &t0, 1, bad_footers[i]);
		expect_bad_heap(im.b, im.n, bad_footers[i]);
	}
}

/* Every prefix of a real file is refused; byte flips never crash. */
static void
test_damaged_files(void **state)
{
	struct image im = { { 0 }, 0 };
	const char *err;
	FILE *fp;
	size_t len, i;
	unsigned bit;

	(void)state;
	fp = fopen(ZONEINFO_DIR "/America/New_York", "rb");
	assert_non_null(fp);
	len = fread(im.b, 1, sizeof(im.b), fp);
	fclose(fp);
	assert_true(len > 1000 && len < sizeof(im.b));
	for (i = 0; i < len; i++)
		expect_bad_heap(im.b, i, "prefix");
	for (i = 0; i < len; i++) {
		for (bit = 0; bit < 8; bit += 3) {
			unsigned char *copy = malloc(len);
			struct tz *tz;

			assert_non_null(copy);
			memcpy(copy, im.b, len);
			copy[i] ^= (unsigned char)(1u << bit);
			if ((tz = tz_parse(copy, len, &err)) != NULL) {
				(void)tz_offset_at(tz, 0);
				(void)tz_offset_at(tz, INT64_MAX);
				(void)tz_offset_at(tz, INT64_MIN);
				tz_free(tz);
			}
			free(copy);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zone_local_times),
		cmocka_unit_test(test_zone_gaps),
		cmocka_unit_test(test_offset_at_edges),
		cmocka_unit_test(test_local_round_trip),
		cmocka_unit_test(test_name_valid),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_footer_fixed),
		cmocka_unit_test(test_footer_us_rule),
		cmocka_unit_test(test_footer_vs_files),
		cmocka_unit_test(test_footer_julian),
		cmocka_unit_test(test_footer_extended_times),
		cmocka_unit_test(test_transitions_and_footer),
		cmocka_unit_test(test_version1_and_leaps),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_damaged_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

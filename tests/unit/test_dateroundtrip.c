/*
 * test_dateroundtrip.c -- every date format feedwright writes is read
 * back by the one parser for that format (date.c) as the same
 * instant: RFC 3339 (Atom, JSON Feed), RFC 822 (RSS), and W3CDTF, of
 * which RFC 3339 is a profile (dc:date). The record timestamp
 * timefmt_parse_local reads round-trips through civil.c too.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "civil.h"
#include "date.h"

/* A fixed-seed generator: the same cases on every run. */
static uint64_t	 seed = 0x9e3779b97f4a7c15ULL;

static uint64_t
next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

/* The instant a parsed date names. */
static int64_t
instant(const struct date_value *d)
{
	return civil_to_seconds(&d->c) - (int64_t)d->offset_min * 60;
}

static void
round_trip(int64_t t, int32_t offset)
{
	struct date_value	 d;
	char			 a[TIMEFMT_RFC3339_MAX], r[TIMEFMT_RFC822_MAX];
	size_t			 n;
	int32_t			 shown;

	if (!timefmt_writable(t, offset))
		return;
	shown = offset % 60 == 0 && offset > -86400 && offset < 86400 ?
	    offset : 0;
	n = timefmt_rfc3339(a, t, offset);
	if (dateparse_rfc3339(a, n, &d) != DATE_OK || instant(&d) != t ||
	    d.offset_min * 60 != shown)
		fail_msg("RFC 3339 %s (t=%lld offset=%ld) does not read back",
		    a, (long long)t, (long)offset);
	if (dateparse_w3cdtf(a, n, &d) != DATE_OK || d.warn != 0 ||
	    instant(&d) != t)
		fail_msg("W3CDTF %s (t=%lld offset=%ld) does not read back",
		    a, (long long)t, (long)offset);
	n = timefmt_rfc822(r, t, offset);
	if (dateparse_rfc822(r, n, &d) != DATE_OK || d.warn != 0 ||
	    instant(&d) != t || d.offset_min * 60 != shown)
		fail_msg("RFC 822 %s (t=%lld offset=%ld) does not read back",
		    r, (long long)t, (long)offset);
}

/* 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
#define FIRST	(-62135596800LL)
#define LAST	(253402300799LL)

static void
test_bounds(void **state)
{
	static const int32_t offsets[] = {
		0, 3600, -3600, 32400, -36000, 50400, -43200, 19800, 20700,
		-34200, 86340, -86340, 1, -59, 30601, 86400, -86400,
	};
	static const int64_t instants[] = {
		FIRST, FIRST + 1, FIRST + 86399, FIRST + 86400, LAST,
		LAST - 1, LAST - 86400, 0, -1, 1, 951782400, 951868800,
		4107456000LL, 1743296400, 1743300000, 1761440400,
		2147483647LL, 2147483648LL, -2147483648LL,
	};
	size_t	 i, k;

	(void)state;
	for (i = 0; i < sizeof(instants) / sizeof(instants[0]); i++)
		for (k = 0; k < sizeof(offsets) / sizeof(offsets[0]); k++)
			round_trip(instants[i], offsets[k]);
}

static void
test_random(void **state)
{
	int	 i;
	int64_t	 t;
	int32_t	 offset;

	(void)state;
	for (i = 0; i < 200000; i++) {
		t = FIRST + (int64_t)(next() % (uint64_t)(LAST - FIRST + 1));
		offset = (int32_t)(next() % 2879) * 60 - 86340;
		if (i % 16 == 0)
			offset += (int32_t)(next() % 60);
		round_trip(t, offset);
	}
}

static void
test_local(void **state)
{
	struct civil	 c, got;
	char		 s[64];
	int		 i, n;

	(void)state;
	for (i = 0; i < 100000; i++) {
		civil_from_seconds(FIRST + (int64_t)(next() %
		    (uint64_t)(LAST - FIRST + 1)), &c);
		n = snprintf(s, sizeof(s), "%04d-%02d-%02d %02d:%02d:%02d",
		    c.year, c.month, c.day, c.hour, c.min, c.sec);
		assert_int_equal(timefmt_parse_local(s, (size_t)n, &got),
		    TIMEFMT_OK);
		assert_memory_equal(&c, &got, sizeof(c));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_local),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

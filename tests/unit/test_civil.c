/*
 * test_civil.c -- unit tests for civil.c (proleptic Gregorian arithmetic).
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "civil.h"

static void
test_days_from_date(void **state)
{
	(void)state;
	assert_int_equal(civil_days_from_date(1970, 1, 1), 0);
	assert_int_equal(civil_days_from_date(1969, 12, 31), -1);
	assert_int_equal(civil_days_from_date(2000, 3, 1), 11017);
	assert_int_equal(civil_days_from_date(2025, 2, 6), 20125);
	assert_int_equal(civil_days_from_date(1, 1, 1), -719162);
	assert_int_equal(civil_days_from_date(0, 3, 1), -719468);
	assert_int_equal(civil_days_from_date(9999, 12, 31), 2932896);
	assert_int_equal(civil_days_from_date(-1, 12, 31), -719529);
}

static void
test_date_from_days(void **state)
{
	int y, m, d;

	(void)state;
	civil_date_from_days(0, &y, &m, &d);
	assert_int_equal(y, 1970);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	civil_date_from_days(-1, &y, &m, &d);
	assert_int_equal(y, 1969);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
	civil_date_from_days(11016, &y, &m, &d);
	assert_int_equal(y, 2000);
	assert_int_equal(m, 2);
	assert_int_equal(d, 29);
	civil_date_from_days(-719162, &y, &m, &d);
	assert_int_equal(y, 1);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	civil_date_from_days(2932896, &y, &m, &d);
	assert_int_equal(y, 9999);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
}

static void
next_date(int *y, int *m, int *d)
{
	if (*d < civil_days_in_month(*y, *m)) {
		(*d)++;
		return;
	}
	*d = 1;
	if (*m < 12) {
		(*m)++;
		return;
	}
	*m = 1;
	(*y)++;
}

/* Every day of years 1-9999 round-trips and follows the one before. */
static void
test_round_trip_all_days(void **state)
{
	int64_t days, last;
	int y, m, d, ey = 1, em = 1, ed = 1;

	(void)state;
	days = civil_days_from_date(1, 1, 1);
	last = civil_days_from_date(9999, 12, 31);
	for (; days <= last; days++) {
		civil_date_from_days(days, &y, &m, &d);
		if (y != ey || m != em || d != ed)
			fail_msg("day %lld is %d-%d-%d, expected %d-%d-%d",
			    (long long)days, y, m, d, ey, em, ed);
		if (civil_days_from_date(y, m, d) != days)
			fail_msg("day %lld does not round-trip",
			    (long long)days);
		next_date(&ey, &em, &ed);
	}
	assert_int_equal(ey, 10000);
}

static void
test_leap(void **state)
{
	(void)state;
	assert_true(civil_is_leap(2000));
	assert_true(civil_is_leap(2024));
	assert_true(civil_is_leap(1600));
	assert_true(civil_is_leap(0));
	assert_true(civil_is_leap(-4));
	assert_false(civil_is_leap(1900));
	assert_false(civil_is_leap(2023));
	assert_false(civil_is_leap(2100));
	assert_false(civil_is_leap(1));
	assert_false(civil_is_leap(-1));
}

static void
test_days_in_month(void **state)
{
	(void)state;
	assert_int_equal(civil_days_in_month(2025, 1), 31);
	assert_int_equal(civil_days_in_month(2025, 2), 28);
	assert_int_equal(civil_days_in_month(2024, 2), 29);
	assert_int_equal(civil_days_in_month(1900, 2), 28);
	assert_int_equal(civil_days_in_month(2000, 2), 29);
	assert_int_equal(civil_days_in_month(2025, 4), 30);
	assert_int_equal(civil_days_in_month(2025, 12), 31);
	assert_int_equal(civil_days_in_month(2025, 0), 0);
	assert_int_equal(civil_days_in_month(2025, 13), 0);
}

static void
test_weekday(void **state)
{
	(void)state;
	assert_int_equal(civil_weekday(0), 4);		/* 1970-01-01 Thu */
	assert_int_equal(civil_weekday(-1), 3);
	assert_int_equal(civil_weekday(-4), 0);
	assert_int_equal(civil_weekday(-5), 6);
	assert_int_equal(civil_weekday(civil_days_from_date(2025, 2, 6)), 4);
	assert_int_equal(civil_weekday(civil_days_from_date(1, 1, 1)), 1);
	assert_int_equal(civil_weekday(civil_days_from_date(2000, 1, 1)), 6);
	assert_int_equal(civil_weekday(civil_days_from_date(9999, 12, 31)),
	    5);
}

static void
test_valid(void **state)
{
	struct civil ok = { 2024, 2, 29, 23, 59, 59 };
	struct civil c;

	(void)state;
	assert_true(civil_valid(&ok));
	c = ok;
	c.year = 2023;
	assert_false(civil_valid(&c));
	c = ok;
	c.month = 0;
	assert_false(civil_valid(&c));
	c = ok;
	c.month = 13;
	assert_false(civil_valid(&c));
	c = ok;
	c.day = 0;
	assert_false(civil_valid(&c));
	c = ok;
	c.month = 4;
	c.day = 31;
	assert_false(civil_valid(&c));
	c = ok;
	c.hour = 24;
	assert_false(civil_valid(&c));
	c = ok;
	c.hour = -1;
	assert_false(civil_valid(&c));
	c = ok;
	c.min = 60;
	assert_false(civil_valid(&c));
	c = ok;
	c.sec = 60;
	assert_false(civil_valid(&c));
	c = ok;
	c.sec = -1;
	assert_false(civil_valid(&c));
}

static void
test_seconds(void **state)
{
	struct civil c = { 2025, 2, 5, 21, 32, 57 };
	struct civil out;

	(void)state;
	assert_int_equal(civil_to_seconds(&c), 1738791177);
	civil_from_seconds(1738791177, &out);
	assert_memory_equal(&c, &out, sizeof(c));

	civil_from_seconds(-1, &out);
	assert_int_equal(out.year, 1969);
	assert_int_equal(out.month, 12);
	assert_int_equal(out.day, 31);
	assert_int_equal(out.hour, 23);
	assert_int_equal(out.min, 59);
	assert_int_equal(out.sec, 59);

	civil_from_seconds(INT64_C(-62135596800), &out);
	assert_int_equal(out.year, 1);
	assert_int_equal(out.month, 1);
	assert_int_equal(out.day, 1);
	assert_int_equal(out.hour, 0);

	civil_from_seconds(INT64_C(253402300799), &out);
	assert_int_equal(out.year, 9999);
	assert_int_equal(out.month, 12);
	assert_int_equal(out.day, 31);
	assert_int_equal(out.hour, 23);
	assert_int_equal(out.min, 59);
	assert_int_equal(out.sec, 59);
	assert_int_equal(civil_to_seconds(&out), INT64_C(253402300799));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_from_date),
		cmocka_unit_test(test_date_from_days),
		cmocka_unit_test(test_round_trip_all_days),
		cmocka_unit_test(test_leap),
		cmocka_unit_test(test_days_in_month),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_seconds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

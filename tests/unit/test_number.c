/*
 * test_number.c -- unit tests for number.c, the one grammar of numbers
 * given as text (settings, feed values checked by validate).
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdbool.h>
#include <string.h>

#include "number.h"

static bool
valid(const char *s, unsigned flags)
{
	return number_valid(s, strlen(s), flags);
}

static void
test_integers(void **state)
{
	static const char *const good[] = { "0", "7", "007", "1234567890123" };
	static const char *const bad[] = { "", " 1", "1 ", "+1", "-1", "1.0",
	    "1e3", "0x10", "\xd9\xa1", "1,000", "inf", "nan", "." };
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (!valid(good[i], 0))
			fail_msg("\"%s\" should be digits", good[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (valid(bad[i], 0))
			fail_msg("\"%s\" should not be digits", bad[i]);
	/* Only n bytes are read. */
	assert_true(number_valid("12x", 2, 0));
	assert_false(number_valid("12", 0, 0));
}

static void
test_signed_and_decimal(void **state)
{
	(void)state;
	assert_true(valid("-5", NUMBER_SIGN));
	assert_true(valid("+5", NUMBER_SIGN));
	assert_false(valid("-", NUMBER_SIGN));
	assert_false(valid("--5", NUMBER_SIGN));
	assert_false(valid("5.5", NUMBER_SIGN));
	assert_true(valid("5.5", NUMBER_FRACTION));
	assert_true(valid(".5", NUMBER_FRACTION));
	assert_true(valid("5.", NUMBER_FRACTION));
	assert_false(valid(".", NUMBER_FRACTION));
	assert_false(valid("-5.5", NUMBER_FRACTION));
	assert_true(valid("-5.5", NUMBER_SIGN | NUMBER_FRACTION));
	assert_false(valid("5.5.5", NUMBER_SIGN | NUMBER_FRACTION));
	assert_false(valid("1e5", NUMBER_SIGN | NUMBER_FRACTION));
	assert_false(valid(" 1.5", NUMBER_SIGN | NUMBER_FRACTION));
	/* XML Schema's non-negative forms: "+", and "-" only before a zero. */
	assert_false(valid("+12", 0));
	assert_true(valid("+12", NUMBER_PLUS));
	assert_true(valid("+0", NUMBER_PLUS));
	assert_true(valid("-0", NUMBER_PLUS));
	assert_true(valid("-000", NUMBER_PLUS));
	assert_false(valid("-1", NUMBER_PLUS));
	assert_false(valid("-10", NUMBER_PLUS));
	assert_false(valid("+", NUMBER_PLUS));
	assert_false(valid("-", NUMBER_PLUS));
	assert_false(valid("++1", NUMBER_PLUS));
	assert_false(valid("+1.5", NUMBER_PLUS));
	assert_true(valid("+1.5", NUMBER_PLUS | NUMBER_FRACTION));
	assert_true(valid("-0.0", NUMBER_PLUS | NUMBER_FRACTION));
	assert_false(valid("-0.5", NUMBER_PLUS | NUMBER_FRACTION));
	assert_false(valid("-.", NUMBER_PLUS | NUMBER_FRACTION));
	/* Bounded by the length given, not by a NUL. */
	assert_true(number_valid("-01", 2, NUMBER_PLUS));
	/* XML Schema's whiteSpace collapse: around the value, not in it. */
	assert_true(valid(" 60 ", NUMBER_PLUS | NUMBER_SPACE));
	assert_true(valid("\t+30.5\r\n", NUMBER_PLUS | NUMBER_FRACTION |
	    NUMBER_SPACE));
	assert_true(valid(" -0 ", NUMBER_PLUS | NUMBER_SPACE));
	assert_false(valid(" -1 ", NUMBER_PLUS | NUMBER_SPACE));
	assert_false(valid("6 0", NUMBER_PLUS | NUMBER_SPACE));
	assert_false(valid("   ", NUMBER_PLUS | NUMBER_SPACE));
	assert_false(valid(" 60 ", NUMBER_PLUS));
}

static void
test_decimal_value(void **state)
{
	double	 x = 0;

	(void)state;
	assert_true(number_decimal("-33.25", &x));
	assert_true(x == -33.25);
	assert_true(number_decimal("+.5", &x));
	assert_true(x == 0.5);
	assert_false(number_decimal("0x1p3", &x));
	assert_false(number_decimal("infinity", &x));
	assert_false(number_decimal(" 1", &x));
	assert_false(number_decimal("", &x));
}

/* A value past the maximum is refused, however many digits: never wraps. */
static void
test_unsigned_max(void **state)
{
	unsigned long	 v = 0;

	(void)state;
	assert_true(number_unsigned("86400", 5, 86400, &v));
	assert_true(v == 86400);
	assert_false(number_unsigned("86401", 5, 86400, &v));
	assert_true(number_unsigned("0", 1, 0, &v));
	assert_true(v == 0);
	assert_false(number_unsigned("5", 1, 3, &v));
	assert_false(number_unsigned("+5", 2, 10, &v));
	assert_false(number_unsigned("99999999999999999999999", 23, ULONG_MAX,
	    &v));
	assert_true(number_unsigned("000000000000000000000001", 24, 1, &v));
	assert_true(v == 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_signed_and_decimal),
		cmocka_unit_test(test_decimal_value),
		cmocka_unit_test(test_unsigned_max),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_rrule.c -- unit tests for rrule.c: RFC 5545 3.3.10 recurrence
 * rules, as podcast:updateFrequency's rrule gives them.
 */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdbool.h>
#include <string.h>

#include "rrule.h"

static const char *
problem(const char *s, struct rrule_info *i)
{
	return rrule_problem(s, strlen(s), i);
}

/* update-frequency.md's examples, and RFC 5545 3.8.5.3's. */
static void
test_valid(void **state)
{
	static const char *const good[] = {
		"FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY",
		"FREQ=YEARLY", "FREQ=DAILY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR",
		"FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;BYDAY=FR;BYMONTHDAY=13",
		"FREQ=YEARLY;BYDAY=+4TH;BYMONTH=11",
		"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10",
		"FREQ=WEEKLY;UNTIL=2023-12-31T00:00:00.000Z;BYDAY=MO",
		"FREQ=DAILY;UNTIL=19971224T000000Z", "FREQ=MONTHLY;BYDAY=-1FR",
		"FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "FREQ=YEARLY;BYYEARDAY=-366",
		"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
		"FREQ=HOURLY;BYHOUR=9,23;BYMINUTE=0,59;BYSECOND=60;WKST=SU",
		"freq=weekly;byday=mo", "FREQ=DAILY;UNTIL=20231231",
	};
	struct rrule_info i;
	size_t	 k;
	const char *why;

	(void)state;
	for (k = 0; k < sizeof(good) / sizeof(good[0]); k++)
		if ((why = problem(good[k], &i)) != NULL)
			fail_msg("\"%s\" should be valid: it %s", good[k], why);
	assert_null(problem("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10", &i));
	assert_true(i.count);
	assert_false(i.until);
	assert_null(problem("FREQ=DAILY;UNTIL=20231231", &i));
	assert_true(i.until);
	assert_false(i.until_time);
	assert_null(problem("FREQ=DAILY;UNTIL=2023-12-31T00:00:00Z", &i));
	assert_true(i.until_time);
	assert_null(i.twice);
	/* RFC 5545 3.3.10: other parts "SHOULD NOT occur more than once". */
	assert_null(problem("FREQ=MONTHLY;BYDAY=MO;BYDAY=TU;BYDAY=WE", &i));
	assert_string_equal(i.twice, "BYDAY");
	assert_null(problem("FREQ=DAILY;UNTIL=20231231;UNTIL=20241231", &i));
	assert_string_equal(i.twice, "UNTIL");
}

static void
test_invalid(void **state)
{
	static const struct {
		const char	*s;
		const char	*why;
	} bad[] = {
		{ "", "is empty" },
		{ "WEEKLY", "has a part that is not NAME=VALUE" },
		{ "FREQ=WEEKLY;", "has a part that is not NAME=VALUE" },
		{ "INTERVAL=2", "has no FREQ part, which is required" },
		{ "FREQ=WEEKLY;FREQ=DAILY", "gives FREQ twice, which RFC 5545 "
		    "forbids" },
		{ "FREQ=FORTNIGHTLY", "has a FREQ that is not SECONDLY, "
		    "MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY" },
		{ "FREQ=WEEKLY;EVERY=2", "has a part RFC 5545 does not define" },
		{ "FREQ=WEEKLY;INTERVAL=0", "has an INTERVAL that is not a "
		    "positive integer" },
		{ "FREQ=WEEKLY;COUNT=ten", "has a COUNT that is not a number" },
		{ "FREQ=WEEKLY;UNTIL=2023-12-31;COUNT=3", "has both UNTIL and "
		    "COUNT, which exclude each other" },
		{ "FREQ=WEEKLY;UNTIL=next year", "has an UNTIL that is not an "
		    "RFC 5545 or ISO 8601 date or date-time" },
		{ "FREQ=WEEKLY;BYDAY=MONDAY", NULL },
		{ "FREQ=WEEKLY;BYDAY=54MO", NULL },
		{ "FREQ=WEEKLY;BYDAY=+MO", NULL },
		{ "FREQ=WEEKLY;BYDAY=MO,", NULL },
		{ "FREQ=YEARLY;BYMONTH=13", NULL },
		{ "FREQ=YEARLY;BYMONTH=-1", NULL },
		{ "FREQ=MONTHLY;BYMONTHDAY=0", NULL },
		{ "FREQ=MONTHLY;BYMONTHDAY=32", NULL },
		{ "FREQ=DAILY;BYHOUR=24", NULL },
		{ "FREQ=DAILY;BYYEARDAY=367", NULL },
		{ "FREQ=DAILY;WKST=XX", NULL },
	};
	struct rrule_info i;
	size_t	 k;
	const char *why;

	(void)state;
	for (k = 0; k < sizeof(bad) / sizeof(bad[0]); k++) {
		if ((why = problem(bad[k].s, &i)) == NULL)
			fail_msg("\"%s\" should be refused", bad[k].s);
		if (bad[k].why != NULL)
			assert_string_equal(why, bad[k].why);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_invalid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

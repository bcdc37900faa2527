/*
 * civil.c -- proleptic Gregorian calendar arithmetic.
 *
 * The day-count conversions are Howard Hinnant's era-based algorithms
 * ("chrono-Compatible Low-Level Date Algorithms"): they count in 400-year
 * eras of 146097 days, so they are exact for every year without loops or
 * tables and without relying on the C library's time zone machinery.
 */

#include <stdbool.h>
#include <stdint.h>

#include "civil.h"

#define SECS_PER_DAY	86400
#define DAYS_PER_ERA	146097		/* days in 400 Gregorian years */
#define EPOCH_SHIFT	719468		/* 0000-03-01 to 1970-01-01 */

/* Floor division, since C division truncates toward zero. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

bool
civil_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
civil_days_in_month(int year, int month)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && civil_is_leap(year))
		return 29;
	return days[month - 1];
}

int64_t
civil_days_from_date(int year, int month, int day)
{
	/* Count years from March so the leap day is the year's last day. */
	int64_t y = (int64_t)year - (month <= 2);
	int64_t m = month;
	int64_t era = floor_div(y, 400);
	int64_t yoe = y - era * 400;				/* [0, 399] */
	int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + day - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* [0, 146096] */

	return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

void
civil_date_from_days(int64_t days, int *year, int *month, int *day)
{
	int64_t z = days + EPOCH_SHIFT;
	int64_t era = floor_div(z, DAYS_PER_ERA);
	int64_t doe = z - era * DAYS_PER_ERA;		/* [0, 146096] */
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);	/* [0, 365] */
	int64_t mp = (5 * doy + 2) / 153;			/* [0, 11] */
	int64_t m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

int
civil_weekday(int64_t days)
{
	/* 1970-01-01 was a Thursday. */
	int64_t w = (days + 4) % 7;

	if (w < 0)
		w += 7;
	return (int)w;
}

bool
civil_valid(const struct civil *c)
{
	if (c->month < 1 || c->month > 12)
		return false;
	if (c->day < 1 || c->day > civil_days_in_month(c->year, c->month))
		return false;
	if (c->hour < 0 || c->hour > 23)
		return false;
	if (c->min < 0 || c->min > 59)
		return false;
	return c->sec >= 0 && c->sec <= 59;
}

int64_t
civil_to_seconds(const struct civil *c)
{
	int64_t days = civil_days_from_date(c->year, c->month, c->day);

	return days * SECS_PER_DAY + (int64_t)c->hour * 3600 +
	    (int64_t)c->min * 60 + c->sec;
}

void
civil_from_seconds(int64_t t, struct civil *out)
{
	int64_t days = floor_div(t, SECS_PER_DAY);
	int64_t rem = t - days * SECS_PER_DAY;			/* [0, 86399] */

	civil_date_from_days(days, &out->year, &out->month, &out->day);
	out->hour = (int)(rem / 3600);
	out->min = (int)(rem % 3600 / 60);
	out->sec = (int)(rem % 60);
}

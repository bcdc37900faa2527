/*
 * civil.h -- proleptic Gregorian calendar arithmetic.
 *
 * Pure integer arithmetic on dates and times of day, with no time zone
 * and no leap seconds (POSIX time, RFC 3339 section 5.6 / ISO 8601
 * proleptic Gregorian calendar).  Nothing here consults TZ or the locale.
 */

#ifndef CIVIL_H
#define CIVIL_H

#include <stdbool.h>
#include <stdint.h>

struct civil {
	int	year;
	int	month;		/* 1-12 */
	int	day;		/* 1-31 */
	int	hour;		/* 0-23 */
	int	min;		/* 0-59 */
	int	sec;		/* 0-59 */
};

/* Days since 1970-01-01 (negative before); any int year. */
int64_t	civil_days_from_date(int year, int month, int day);
/* Inverse; the resulting year must fit in an int. */
void	civil_date_from_days(int64_t days, int *year, int *month, int *day);
/* 28-31, or 0 if month is not 1-12. */
int	civil_days_in_month(int year, int month);
bool	civil_is_leap(int year);
/* 0 = Sunday ... 6 = Saturday. */
int	civil_weekday(int64_t days);
/* A real date, hour 0-23, min 0-59, sec 0-59 (no leap seconds). */
bool	civil_valid(const struct civil *c);
/* Seconds since the epoch, reading c as UTC. */
int64_t	civil_to_seconds(const struct civil *c);
/* Inverse; the resulting year must fit in an int. */
void	civil_from_seconds(int64_t t, struct civil *out);

#endif /* CIVIL_H */

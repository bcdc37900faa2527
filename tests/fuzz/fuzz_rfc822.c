/*
 * fuzz_rfc822: the validator's RFC 822 / RFC 2822 parser on arbitrary
 * bytes. Checks: a date that parses has fields in range and agrees with
 * its day name, and timefmt writes its instant back as a date that
 * parses to the same instant.
 */
#include "config.h"

#include <string.h>

#include "civil.h"
#include "date.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date_value	 v, w;
	enum date_status	 st;
	char			 s[TIMEFMT_RFC822_MAX];
	int64_t			 t;
	size_t			 n;

	st = dateparse_rfc822((const char *)data, size, &v);
	FUZZ_CHECK(date_status_text(st) != NULL);
	if (st != DATE_OK)
		return 0;
	FUZZ_CHECK(v.c.month >= 1 && v.c.month <= 12);
	FUZZ_CHECK(v.c.day >= 1 &&
	    v.c.day <= civil_days_in_month(v.c.year, v.c.month));
	FUZZ_CHECK(v.c.hour <= 23 && v.c.min <= 59 && v.c.sec <= 60);
	FUZZ_CHECK(v.offset_min > -100 * 60 && v.offset_min < 100 * 60);
	if (v.c.year < 1 || v.c.year > 9998)
		return 0;
	t = civil_to_seconds(&v.c) - (int64_t)v.offset_min * 60;
	n = timefmt_rfc822(s, t, v.offset_min * 60);
	FUZZ_CHECK(dateparse_rfc822(s, n, &w) == DATE_OK);
	FUZZ_CHECK(civil_to_seconds(&w.c) - (int64_t)w.offset_min * 60 == t);
	return 0;
}

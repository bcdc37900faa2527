/*
 * fuzz_rfc3339: the validator's RFC 3339 parser on arbitrary bytes.
 * Checks: a date that parses has fields in range and an offset under 24
 * hours, and timefmt writes its instant back as a date that parses to the
 * same instant.
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
	char			 s[TIMEFMT_RFC3339_MAX];
	int64_t			 t;
	size_t			 n;

	st = dateparse_rfc3339((const char *)data, size, &v);
	FUZZ_CHECK(date_status_text(st) != NULL);
	if (st != DATE_OK)
		return 0;
	FUZZ_CHECK(size >= 20);
	FUZZ_CHECK(v.c.year >= 0 && v.c.year <= 9999);
	FUZZ_CHECK(v.c.month >= 1 && v.c.month <= 12);
	FUZZ_CHECK(v.c.day >= 1 &&
	    v.c.day <= civil_days_in_month(v.c.year, v.c.month));
	FUZZ_CHECK(v.c.hour <= 23 && v.c.min <= 59 && v.c.sec <= 60);
	FUZZ_CHECK(v.offset_min > -24 * 60 && v.offset_min < 24 * 60);
	t = civil_to_seconds(&v.c) - (int64_t)v.offset_min * 60;
	n = timefmt_rfc3339(s, t, v.offset_min * 60);
	FUZZ_CHECK(dateparse_rfc3339(s, n, &w) == DATE_OK);
	/* Year 0000 and 9999 may be clamped when the offset moves them. */
	if (v.c.year > 0 && v.c.year < 9999)
		FUZZ_CHECK(civil_to_seconds(&w.c) -
		    (int64_t)w.offset_min * 60 == t);
	return 0;
}

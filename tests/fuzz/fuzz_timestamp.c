/*
 * fuzz_timestamp: timefmt_parse_local on arbitrary bytes, and the two
 * date writers on arbitrary instants. Checks: a timestamp that parses is
 * a real date and prints back to the same bytes; whatever instant and
 * offset the writers get, they write a date the validator's own RFC 3339
 * and RFC 822 parsers accept, naming the same instant when it is in range.
 */
#include "config.h"

#include <string.h>

#include "civil.h"
#include "date.h"
#include "fuzz.h"

/* 0000-01-01T00:00:00 and 9999-12-31T23:59:59, where timefmt clamps. */
#define T_MIN	INT64_C(-62167219200)
#define T_MAX	INT64_C(253402300799)

static int64_t
get64(const uint8_t *p)
{
	uint64_t	 v = 0;

	for (int i = 0; i < 8; i++)
		v = v << 8 | p[i];
	return (int64_t)v;
}

static void
check_writers(int64_t t, int32_t offset)
{
	char			 s[TIMEFMT_RFC822_MAX];
	struct date_value	 v;
	size_t			 n;
	bool			 exact;

	/* The local time must be in range too, or it is clamped. */
	exact = t >= T_MIN + 86400 && t <= T_MAX - 86400;
	n = timefmt_rfc3339(s, t, offset);
	FUZZ_CHECK(n > 0 && n < TIMEFMT_RFC3339_MAX);
	FUZZ_CHECK(dateparse_rfc3339(s, n, &v) == DATE_OK);
	if (exact)
		FUZZ_CHECK(civil_to_seconds(&v.c) -
		    (int64_t)v.offset_min * 60 == t);
	n = timefmt_rfc822(s, t, offset);
	FUZZ_CHECK(n > 0 && n < TIMEFMT_RFC822_MAX);
	FUZZ_CHECK(dateparse_rfc822(s, n, &v) == DATE_OK);
	FUZZ_CHECK(v.warn == 0);
	if (exact)
		FUZZ_CHECK(civil_to_seconds(&v.c) -
		    (int64_t)v.offset_min * 60 == t);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct civil	 c;
	char		 back[64];
	int64_t		 t;
	int32_t		 off;

	memset(&c, 0, sizeof(c));
	switch (timefmt_parse_local((const char *)data, size, &c)) {
	case TIMEFMT_OK:
		FUZZ_CHECK(civil_valid(&c));
		FUZZ_CHECK(snprintf(back, sizeof(back),
		    "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day,
		    c.hour, c.min, c.sec) == 19);
		FUZZ_CHECK(size == 19 && memcmp(back, data, 19) == 0);
		t = civil_to_seconds(&c);
		check_writers(t, 0);
		check_writers(t, 9 * 3600);
		check_writers(t, -(3 * 3600 + 30 * 60));
		break;
	case TIMEFMT_MALFORMED:
	case TIMEFMT_IMPOSSIBLE:
		break;
	default:
		FUZZ_CHECK(!"unknown status");
	}
	/* Twelve bytes or more: also an arbitrary instant and offset. */
	if (size >= 12) {
		t = get64(data);
		off = (int32_t)((uint32_t)data[8] << 24 | (uint32_t)data[9] << 16 |
		    (uint32_t)data[10] << 8 | data[11]);
		check_writers(t, off);
		check_writers(t, off % 93600);
	}
	return 0;
}

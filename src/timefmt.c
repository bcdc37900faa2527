/*
 * timefmt.c -- record timestamps in, RFC 3339 and RFC 822/2822 dates out.
 *
 * Digits are written by hand rather than with strftime() or printf() so
 * nothing depends on the C library's idea of time zone or locale.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "civil.h"
#include "timefmt.h"

/* 0000-01-01T00:00:00 and 9999-12-31T23:59:59 as seconds since the epoch. */
#define LOCAL_MIN	INT64_C(-62167219200)
#define LOCAL_MAX	INT64_C(253402300799)
#define OFFSET_LIMIT	(24 * 3600)

static const char *const wdays[7] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};

static const char *const months[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* Read n digits at s; -1 if any is not a digit. */
static int
digits(const char *s, int n)
{
	int v = 0;

	while (n-- > 0) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s++ - '0');
	}
	return v;
}

enum timefmt_status
timefmt_parse_local(const char *s, size_t len, struct civil *out)
{
	struct civil c;

	if (len != 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' ||
	    s[13] != ':' || s[16] != ':')
		return TIMEFMT_MALFORMED;
	c.year = digits(s, 4);
	c.month = digits(s + 5, 2);
	c.day = digits(s + 8, 2);
	c.hour = digits(s + 11, 2);
	c.min = digits(s + 14, 2);
	c.sec = digits(s + 17, 2);
	if (c.year < 0 || c.month < 0 || c.day < 0 || c.hour < 0 ||
	    c.min < 0 || c.sec < 0)
		return TIMEFMT_MALFORMED;
	if (c.year == 0 || !civil_valid(&c))
		return TIMEFMT_IMPOSSIBLE;
	*out = c;
	return TIMEFMT_OK;
}

/* Write v as exactly n digits (v >= 0 and small enough). */
static char *
put_num(char *p, int v, int n)
{
	int i;

	for (i = n - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + n;
}

static char *
put_str(char *p, const char *s)
{
	while (*s != '\0')
		*p++ = *s++;
	return p;
}

/*
 * The offset to show, or 0 (UTC) when it cannot be written exactly, and
 * the local time it gives, clamped to years 0000-9999.
 */
static int32_t
local_time(int64_t t, int32_t offset, struct civil *c)
{
	int64_t local;

	if (offset % 60 != 0 || offset <= -OFFSET_LIMIT ||
	    offset >= OFFSET_LIMIT)
		offset = 0;
	if (t > LOCAL_MAX - offset)
		local = LOCAL_MAX;
	else if (t < LOCAL_MIN - offset)
		local = LOCAL_MIN;
	else
		local = t + offset;
	civil_from_seconds(local, c);
	return offset;
}

/* 0001-01-01T00:00:00: year 0000 is no xsd:dateTime, which Atom's schema uses. */
#define WRITABLE_MIN	INT64_C(-62135596800)

bool
timefmt_writable(int64_t t, int32_t offset)
{
	if (offset % 60 != 0 || offset <= -OFFSET_LIMIT ||
	    offset >= OFFSET_LIMIT)
		offset = 0;
	return t >= WRITABLE_MIN - offset && t <= LOCAL_MAX - offset;
}

static char *
put_zone(char *p, int32_t offset, bool colon)
{
	int32_t a = offset < 0 ? -offset : offset;

	*p++ = offset < 0 ? '-' : '+';
	p = put_num(p, (int)(a / 3600), 2);
	if (colon)
		*p++ = ':';
	return put_num(p, (int)(a % 3600 / 60), 2);
}

static char *
put_clock(char *p, const struct civil *c)
{
	p = put_num(p, c->hour, 2);
	*p++ = ':';
	p = put_num(p, c->min, 2);
	*p++ = ':';
	return put_num(p, c->sec, 2);
}

size_t
timefmt_rfc3339(char *buf, int64_t t, int32_t offset)
{
	struct civil c;
	char *p = buf;

	offset = local_time(t, offset, &c);
	p = put_num(p, c.year, 4);
	*p++ = '-';
	p = put_num(p, c.month, 2);
	*p++ = '-';
	p = put_num(p, c.day, 2);
	*p++ = 'T';
	p = put_clock(p, &c);
	if (offset == 0)
		*p++ = 'Z';
	else
		p = put_zone(p, offset, true);
	*p = '\0';
	return (size_t)(p - buf);
}

size_t
timefmt_rfc822(char *buf, int64_t t, int32_t offset)
{
	struct civil c;
	char *p = buf;
	int64_t days;

	offset = local_time(t, offset, &c);
	days = civil_days_from_date(c.year, c.month, c.day);
	p = put_str(p, wdays[civil_weekday(days)]);
	p = put_str(p, ", ");
	p = put_num(p, c.day, 2);
	*p++ = ' ';
	p = put_str(p, months[c.month - 1]);
	*p++ = ' ';
	p = put_num(p, c.year, 4);
	*p++ = ' ';
	p = put_clock(p, &c);
	*p++ = ' ';
	p = put_zone(p, offset, false);
	*p = '\0';
	return (size_t)(p - buf);
}

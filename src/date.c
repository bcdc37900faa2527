/*
 * date: every date format feedwright reads or writes, in one place: RFC
 * 3339 (Atom), RFC 822/2822 (RSS 2.0), W3CDTF (Dublin Core and other RSS
 * modules; RFC 3339 is its profile), ISO 8601 and RFC 5545 dates (the
 * podcast namespace's) and the record timestamp.
 *
 * Reading is strict, for the validator. Each parser walks the
 * grammar of its RFC by hand, so the result says which rule failed, and
 * checks the calendar with civil.h. RFC 822 names (days, months, zones)
 * are ABNF literals, so case does not matter; RFC 3339 wants "T" and "Z"
 * upper case (RFC 4287 section 3.3). Leap seconds (:60) are accepted where
 * one can be (see check_leap), without checking the leap second table.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "util.h"

struct cursor {
	const char	*s;
	size_t		 n;
	size_t		 i;
};

static bool
at_end(const struct cursor *c)
{
	return c->i >= c->n;
}

static bool
peek_is(const struct cursor *c, char ch)
{
	return c->i < c->n && c->s[c->i] == ch;
}

static bool
take(struct cursor *c, char ch)
{
	if (!peek_is(c, ch))
		return false;
	c->i++;
	return true;
}

/* Exactly `digits` decimal digits. */
static bool
take_num(struct cursor *c, int digits, int *out)
{
	int	 v = 0, k;

	for (k = 0; k < digits; k++) {
		if (c->i >= c->n || c->s[c->i] < '0' || c->s[c->i] > '9')
			return false;
		v = v * 10 + (c->s[c->i] - '0');
		c->i++;
	}
	*out = v;
	return true;
}

static size_t
count_digits(const struct cursor *c)
{
	size_t	 k = c->i;

	while (k < c->n && c->s[k] >= '0' && c->s[k] <= '9')
		k++;
	return k - c->i;
}

static enum date_status
check_fields(struct date_value *out, bool leap_ok)
{
	struct civil	 t = out->c;

	if (t.month < 1 || t.month > 12 || t.day < 1 ||
	    t.day > civil_days_in_month(t.year, t.month) || t.hour > 23 ||
	    t.min > 59 || t.sec > (leap_ok ? 60 : 59))
		return DATE_RANGE;
	return DATE_OK;
}

/*
 * RFC 3339 5.7: a second of 60 only where a leap second can be, which is
 * 23:59:60 in UTC: the offset is applied first, as a leap second happens
 * at one instant everywhere ("1990-12-31T15:59:60-08:00" is one), and on
 * the last day of a month. RFC 3339 names June and December, the months
 * used "to date", and points to the leap second table for the rest; ITU-R
 * TF.460 allows the end of any month, and a table kept here would go out
 * of date, so the end of every month passes. The same holds for RFC 2822
 * and W3CDTF, which allow :60 for leap seconds too. Without a known
 * offset (W3CDTF without a zone, an RFC 822 military letter) where UTC
 * is cannot be said, and :60 passes.
 */
static enum date_status
check_leap(const struct date_value *v, bool offset_known)
{
	struct civil	 u = v->c;

	if (u.sec != 60 || !offset_known)
		return DATE_OK;
	u.sec = 59;
	civil_from_seconds(civil_to_seconds(&u) -
	    (int64_t)v->offset_min * 60, &u);
	return u.hour == 23 && u.min == 59 &&
	    u.day == civil_days_in_month(u.year, u.month) ? DATE_OK :
	    DATE_RANGE;
}

/* The fields in range, a :60 where a leap second can be (check_leap). */
static enum date_status
check_time(struct date_value *out, bool offset_known)
{
	enum date_status st;

	if ((st = check_fields(out, true)) != DATE_OK)
		return st;
	return check_leap(out, offset_known);
}

/*
 * time-numoffset or "Z" ("z" too if LOWER); sets the offset. BASIC also
 * takes ISO 8601's "+hhmm" and "+hh".
 */
static enum date_status
take_offset_form(struct cursor *c, struct date_value *out, bool lower,
    bool basic)
{
	int	 h, m = 0, sign;

	if (take(c, 'Z') || (lower && take(c, 'z'))) {
		out->offset_min = 0;
		return DATE_OK;
	}
	if (take(c, '+'))
		sign = 1;
	else if (take(c, '-'))
		sign = -1;
	else
		return DATE_SYNTAX;
	if (!take_num(c, 2, &h))
		return DATE_SYNTAX;
	if (take(c, ':') || (basic && count_digits(c) > 0)) {
		if (!take_num(c, 2, &m))
			return DATE_SYNTAX;
	} else if (!basic)
		return DATE_SYNTAX;
	if (h > 23 || m > 59)
		return DATE_RANGE;
	out->offset_min = sign * (h * 60 + m);
	return DATE_OK;
}

static enum date_status
take_offset(struct cursor *c, struct date_value *out, bool lower)
{
	return take_offset_form(c, out, lower, false);
}

static void
clear_value(struct date_value *out)
{
	memset(out, 0, sizeof(*out));
}

/*
 * A "." fraction of a second, or "," too where COMMA (ISO 8601 allows
 * either sign); a sign must have digits after it.
 */
static bool
take_fraction(struct cursor *c, bool comma)
{
	if ((take(c, '.') || (comma && take(c, ','))) && count_digits(c) == 0)
		return false;
	c->i += count_digits(c);
	return true;
}

/*
 * RFC 3339 5.6: "T" and "Z" "may alternatively be lower case" (LOWER);
 * specifications in XML may ask for upper case, as Atom does (RFC 4287
 * 3.3).
 */
static enum date_status
parse_rfc3339(const char *s, size_t n, struct date_value *out, bool lower)
{
	struct cursor	 c = { s, n, 0 };
	enum date_status st;

	clear_value(out);
	out->time = true;
	if (!take_num(&c, 4, &out->c.year) || !take(&c, '-') ||
	    !take_num(&c, 2, &out->c.month) || !take(&c, '-') ||
	    !take_num(&c, 2, &out->c.day) ||
	    !(take(&c, 'T') || (lower && take(&c, 't'))) ||
	    !take_num(&c, 2, &out->c.hour) || !take(&c, ':') ||
	    !take_num(&c, 2, &out->c.min) || !take(&c, ':') ||
	    !take_num(&c, 2, &out->c.sec))
		return DATE_SYNTAX;
	if (!take_fraction(&c, false))
		return DATE_SYNTAX;
	if ((st = take_offset(&c, out, lower)) != DATE_OK)
		return st;
	if (!at_end(&c))
		return DATE_SYNTAX;
	return check_time(out, true);
}

enum date_status
dateparse_rfc3339(const char *s, size_t n, struct date_value *out)
{
	return parse_rfc3339(s, n, out, false);
}

enum date_status
dateparse_rfc3339_any_case(const char *s, size_t n, struct date_value *out)
{
	return parse_rfc3339(s, n, out, true);
}

/* What parse_iso8601 takes beyond its common ground (W3CDTF's date-time). */
#define ISO_REDUCED	0x1	/* W3CDTF's YYYY and YYYY-MM */
#define ISO_FULL	0x2	/* ISO 8601's basic format, ",", +hhmm, +hh */

/*
 * ISO 8601 calendar dates and date-times, one walk for all of them:
 * W3CDTF is the profile of ISO 8601 that ISO_REDUCED without ISO_FULL
 * reads; ISO_FULL adds the basic format (20230828T073000Z), whose
 * separators are all left out, never some of them.
 */
static enum date_status
parse_iso8601(const char *s, size_t n, struct date_value *out,
    unsigned opts)
{
	struct cursor	 c = { s, n, 0 };
	enum date_status st;
	bool		 basic, full = (opts & ISO_FULL) != 0;

	clear_value(out);
	out->c.month = out->c.day = 1;
	if (!take_num(&c, 4, &out->c.year))
		return DATE_SYNTAX;
	basic = full && count_digits(&c) > 0;
	if (at_end(&c) && (opts & ISO_REDUCED))
		return DATE_OK;
	if ((!basic && !take(&c, '-')) || !take_num(&c, 2, &out->c.month))
		return DATE_SYNTAX;
	if (at_end(&c) && (opts & ISO_REDUCED) && !basic)
		return out->c.month >= 1 && out->c.month <= 12 ? DATE_OK :
		    DATE_RANGE;
	if ((!basic && !take(&c, '-')) || !take_num(&c, 2, &out->c.day))
		return DATE_SYNTAX;
	if (at_end(&c))
		return check_fields(out, false);
	out->time = true;
	if (!take(&c, 'T') || !take_num(&c, 2, &out->c.hour) ||
	    (!basic && !take(&c, ':')) || !take_num(&c, 2, &out->c.min))
		return DATE_SYNTAX;
	if (basic ? count_digits(&c) > 0 : take(&c, ':')) {
		if (!take_num(&c, 2, &out->c.sec) || !take_fraction(&c, full))
			return DATE_SYNTAX;
	}
	if (at_end(&c)) {
		out->warn |= DATE_WARN_NO_ZONE;	/* W3CDTF wants a TZD */
		return check_time(out, false);
	}
	if ((st = take_offset_form(&c, out, false, full)) != DATE_OK)
		return st;
	if (!at_end(&c))
		return DATE_SYNTAX;
	return check_time(out, true);
}

enum date_status
dateparse_w3cdtf(const char *s, size_t n, struct date_value *out)
{
	return parse_iso8601(s, n, out, ISO_REDUCED);
}

/*
 * ISO 8601 as feeds' extensions give it: a calendar date, or one with a
 * time (minutes, seconds and a fraction optional) and a zone if any;
 * the zone "Z", "+hh:mm", or the "+hhmm" and "+hh" that ISO 8601 also
 * has (the podcast namespace's own examples write "-0600"); the basic
 * format too, which update-frequency.md's dtstart takes beside an RFC
 * 5545 UNTIL ("formatted to the same date/datetime standard").
 */
enum date_status
dateparse_iso8601(const char *s, size_t n, struct date_value *out)
{
	return parse_iso8601(s, n, out, ISO_FULL);
}

/*
 * RFC 5545 3.3.4 DATE (YYYYMMDD) and 3.3.5 DATE-TIME (YYYYMMDD "T"
 * hhmmss, "Z" for UTC, or a local time): what iCalendar's UNTIL holds.
 */
enum date_status
dateparse_rfc5545(const char *s, size_t n, struct date_value *out)
{
	struct cursor	 c = { s, n, 0 };

	clear_value(out);
	if (!take_num(&c, 4, &out->c.year) || !take_num(&c, 2,
	    &out->c.month) || !take_num(&c, 2, &out->c.day))
		return DATE_SYNTAX;
	if (at_end(&c))
		return check_fields(out, false);
	out->time = true;
	if (!take(&c, 'T') || !take_num(&c, 2, &out->c.hour) ||
	    !take_num(&c, 2, &out->c.min) || !take_num(&c, 2, &out->c.sec))
		return DATE_SYNTAX;
	if (!take(&c, 'Z'))
		out->warn |= DATE_WARN_NO_ZONE;
	if (!at_end(&c))
		return DATE_SYNTAX;
	return check_time(out, (out->warn & DATE_WARN_NO_ZONE) == 0);
}

static const char *const day_names[7] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};
static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* RFC 822 zone names, with their offsets in minutes. */
static const struct {
	const char	*name;
	int		 offset;
} zone_names[] = {
	{ "UT", 0 }, { "GMT", 0 }, { "Z", 0 },
	{ "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },
	{ "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 },
};

static bool
is_space(char ch)
{
	return ch == ' ' || ch == '\t';
}

/*
 * One white space character, or a folded line: RFC 822 3.3 has
 * linear-white-space = 1*([CRLF] LWSP-char). XML hands the CRLF over as
 * LF (XML 1.0 2.11), or as CR LF or CR from character references; a line
 * end counts only with a space or tab after it, as a line end alone ends
 * the header. Returns the length, or 0.
 */
static size_t
lwsp_len(const struct cursor *c)
{
	size_t	 k = c->i;

	if (k < c->n && c->s[k] == '\r')
		k++;
	if (k < c->n && c->s[k] == '\n')
		k++;
	return k < c->n && is_space(c->s[k]) ? k + 1 - c->i : 0;
}

/* White space and comments, which RFC 822 allows between its tokens. */
static bool
skip_space(struct cursor *c)
{
	size_t	 start = c->i, len;

	for (;;) {
		while ((len = lwsp_len(c)) > 0)
			c->i += len;
		if (c->i >= c->n || c->s[c->i] != '(' ||
		    (len = rfc822_comment_len(c->s + c->i, c->n - c->i)) == 0)
			break;
		c->i += len;
	}
	return c->i > start;
}

/* Three letters from `names` (count of them); returns the index or -1. */
static int
take_name(struct cursor *c, const char *const *names, int count)
{
	int	 k;

	if (c->n - c->i < 3)
		return -1;
	for (k = 0; k < count; k++) {
		if (strncasecmp(c->s + c->i, names[k], 3) == 0) {
			c->i += 3;
			return k;
		}
	}
	return -1;
}

/* *KNOWN: the zone gives the offset (a military letter does not). */
static enum date_status
take_zone822(struct cursor *c, struct date_value *out, bool *known)
{
	size_t	 k, len;
	int	 hh, mm, sign;

	if (peek_is(c, '+') || peek_is(c, '-')) {
		sign = c->s[c->i] == '-' ? -1 : 1;
		c->i++;
		if (!take_num(c, 2, &hh) || !take_num(c, 2, &mm))
			return DATE_SYNTAX;
		if (mm > 59)
			return DATE_RANGE;
		out->offset_min = sign * (hh * 60 + mm);
		return DATE_OK;
	}
	len = 0;
	while (c->i + len < c->n && ((c->s[c->i + len] >= 'A' &&
	    c->s[c->i + len] <= 'Z') || (c->s[c->i + len] >= 'a' &&
	    c->s[c->i + len] <= 'z')))
		len++;
	if (len == 0)
		return DATE_SYNTAX;
	for (k = 0; k < sizeof(zone_names) / sizeof(zone_names[0]); k++) {
		if (strlen(zone_names[k].name) == len &&
		    strncasecmp(zone_names[k].name, c->s + c->i, len) == 0) {
			out->offset_min = zone_names[k].offset;
			c->i += len;
			return DATE_OK;
		}
	}
	/* RFC 822 military zones: a letter but J; their sign is unreliable. */
	if (len == 1 && c->s[c->i] != 'J' && c->s[c->i] != 'j') {
		c->i++;
		*known = false;
		return DATE_OK;
	}
	return DATE_ZONE;
}

enum date_status
dateparse_rfc822(const char *s, size_t n, struct date_value *out)
{
	struct cursor	 c = { s, n, 0 };
	enum date_status st;
	int		 wday = -1, mon, ydigits;
	bool		 known = true;
	size_t		 mark;

	clear_value(out);
	out->time = true;
	/*
	 * White space and comments may come between any two tokens (RFC
	 * 822 3.1.4, 3.4.3), so before the day name and its comma too, and
	 * around the time's colons (RFC 2822 4.3 obs-day-of-week, obs-hour).
	 */
	skip_space(&c);
	if (c.i < c.n && ((c.s[c.i] >= 'A' && c.s[c.i] <= 'Z') ||
	    (c.s[c.i] >= 'a' && c.s[c.i] <= 'z'))) {
		if ((wday = take_name(&c, day_names, 7)) < 0)
			return DATE_SYNTAX;
		skip_space(&c);
		if (!take(&c, ','))
			return DATE_SYNTAX;
		skip_space(&c);
	}
	if (count_digits(&c) == 1) {
		if (!take_num(&c, 1, &out->c.day))
			return DATE_SYNTAX;
	} else if (!take_num(&c, 2, &out->c.day))
		return DATE_SYNTAX;
	if (!skip_space(&c) || (mon = take_name(&c, month_names, 12)) < 0 ||
	    !skip_space(&c))
		return DATE_SYNTAX;
	out->c.month = mon + 1;
	ydigits = (int)count_digits(&c);
	if (ydigits != 2 && ydigits != 4)
		return DATE_SYNTAX;
	if (!take_num(&c, ydigits, &out->c.year))
		return DATE_SYNTAX;
	if (ydigits == 2) {
		out->c.year += out->c.year < 50 ? 2000 : 1900;
		out->warn |= DATE_WARN_TWO_DIGIT_YEAR;
	}
	if (!skip_space(&c) || !take_num(&c, 2, &out->c.hour))
		return DATE_SYNTAX;
	skip_space(&c);
	if (!take(&c, ':'))
		return DATE_SYNTAX;
	skip_space(&c);
	if (!take_num(&c, 2, &out->c.min))
		return DATE_SYNTAX;
	/* The seconds are optional: the space before the zone is no colon. */
	mark = c.i;
	skip_space(&c);
	if (take(&c, ':')) {
		skip_space(&c);
		if (!take_num(&c, 2, &out->c.sec))
			return DATE_SYNTAX;
	} else
		c.i = mark;
	if (!skip_space(&c))
		return DATE_SYNTAX;
	if ((st = take_zone822(&c, out, &known)) != DATE_OK)
		return st;
	skip_space(&c);
	if (!at_end(&c))
		return DATE_SYNTAX;
	if ((st = check_time(out, known)) != DATE_OK)
		return st;
	if (wday >= 0 && civil_weekday(civil_days_from_date(out->c.year,
	    out->c.month, out->c.day)) != wday) {
		/*
		 * RFC 2822 4.3 reads "02" as 2002, but RFC 822, which RSS
		 * names, gives no century: a day name right for the other
		 * one, on a day it has, names that one.
		 */
		int	 other = out->c.year >= 2000 ? out->c.year - 100 :
		    out->c.year + 100;

		if (ydigits != 2 || out->c.day > civil_days_in_month(other,
		    out->c.month) || civil_weekday(civil_days_from_date(other,
		    out->c.month, out->c.day)) != wday)
			return DATE_WEEKDAY;
		out->c.year = other;
	}
	return DATE_OK;
}

const char *
date_status_text(enum date_status st)
{
	switch (st) {
	case DATE_OK:
		return "valid";
	case DATE_SYNTAX:
		return "does not match the date format";
	case DATE_RANGE:
		return "has a field out of range (no such date or time)";
	case DATE_WEEKDAY:
		return "names the wrong day of the week";
	case DATE_ZONE:
		return "has an unknown time zone name";
	}
	return "?";
}

/*
 * Writing, and the record timestamp: digits are written by hand rather
 * than with strftime() or printf() so nothing depends on the C library's
 * idea of time zone or locale.
 */

/* 0000-01-01T00:00:00 and 9999-12-31T23:59:59 as seconds since the epoch. */
#define LOCAL_MIN	INT64_C(-62167219200)
#define LOCAL_MAX	INT64_C(253402300799)
#define OFFSET_LIMIT	(24 * 3600)

/* Read n digits at s; -1 if any is not a digit. */
static int
read_digits(const char *s, int n)
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
	c.year = read_digits(s, 4);
	c.month = read_digits(s + 5, 2);
	c.day = read_digits(s + 8, 2);
	c.hour = read_digits(s + 11, 2);
	c.min = read_digits(s + 14, 2);
	c.sec = read_digits(s + 17, 2);
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
	p = put_str(p, day_names[civil_weekday(days)]);
	p = put_str(p, ", ");
	p = put_num(p, c.day, 2);
	*p++ = ' ';
	p = put_str(p, month_names[c.month - 1]);
	*p++ = ' ';
	p = put_num(p, c.year, 4);
	*p++ = ' ';
	p = put_clock(p, &c);
	*p++ = ' ';
	p = put_zone(p, offset, false);
	*p = '\0';
	return (size_t)(p - buf);
}

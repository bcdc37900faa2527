/*
 * date: the date formats feeds carry, read and written by one module.
 * Strict parsers, for the validator: RFC 3339 section 5.6 date-time (Atom, RFC 4287 section 3.3,
 * with "T" and "Z" in upper case), RFC 822 section 5 / RFC 2822 section
 * 3.3 date-time (RSS 2.0), the W3C profile of ISO 8601 (W3CDTF) that
 * Dublin Core and other RSS modules use, and ISO 8601 and RFC 5545
 * (iCalendar) dates, which the podcast namespace names. Calendar checks use civil.h.
 */
#ifndef FEEDWRIGHT_DATE_H
#define FEEDWRIGHT_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "civil.h"

enum date_status {
	DATE_OK,
	DATE_SYNTAX,		/* does not match the grammar */
	DATE_RANGE,		/* a field out of range, or no such day */
	DATE_WEEKDAY,		/* RFC 822: the day name is wrong */
	DATE_ZONE		/* RFC 822: unknown zone name */
};

/* Flags for SHOULD-level findings in an otherwise valid date. */
#define DATE_WARN_TWO_DIGIT_YEAR	0x1	/* RFC 822: yy, not yyyy */
#define DATE_WARN_NO_ZONE		0x2	/* W3CDTF: time, no zone */

struct date_value {
	struct civil	c;
	int		offset_min;	/* east of UTC */
	unsigned	warn;		/* DATE_WARN_* */
	bool		time;		/* a time of day, not a date alone */
};

/*
 * s[0..n) must be exactly an RFC 3339 date-time, no spaces around, with
 * "T" and "Z" upper case, as Atom requires (RFC 4287 3.3); _any_case
 * takes "t" and "z" too, as RFC 3339 5.6 does (JSON Feed).
 */
enum date_status dateparse_rfc3339(const char *s, size_t n,
	    struct date_value *out);
enum date_status dateparse_rfc3339_any_case(const char *s, size_t n,
	    struct date_value *out);
/* s[0..n) must be exactly an RFC 822 / RFC 2822 date-time. */
enum date_status dateparse_rfc822(const char *s, size_t n,
	    struct date_value *out);
/*
 * W3CDTF: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with a zone; a
 * date-time without its zone parses, with DATE_WARN_NO_ZONE set.
 */
enum date_status dateparse_w3cdtf(const char *s, size_t n,
	    struct date_value *out);

/*
 * ISO 8601 (the podcast namespace's timestamps): YYYY-MM-DD, or a
 * date-time with minutes, optional seconds and fraction ("." or ","),
 * and a zone "Z", "+hh:mm", "+hhmm" or "+hh" (DATE_WARN_NO_ZONE set
 * without one); or the same in the basic format, YYYYMMDD and
 * YYYYMMDDThhmm[ss], as RFC 5545 writes an UNTIL.
 */
enum date_status dateparse_iso8601(const char *s, size_t n,
	    struct date_value *out);
/*
 * RFC 5545 DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDThhmmss, "Z" if UTC;
 * DATE_WARN_NO_ZONE set for a local time), as an RRULE's UNTIL.
 */
enum date_status dateparse_rfc5545(const char *s, size_t n,
	    struct date_value *out);

/* A short English reason for a status, for messages. */
const char	*date_status_text(enum date_status st);

/*
 * The dates feedwright writes (RFC 3339 for Atom, RFC 822/2822 for RSS
 * 2.0) and the record timestamp it reads, computed from integers: the
 * output is the same whatever TZ or LC_ALL the caller has.
 */
/* An instant and the zone offset to show it in. */
struct when {
	int64_t		 t;
	int32_t		 offset;
};

#define TIMEFMT_RFC3339_MAX	32
#define TIMEFMT_RFC822_MAX	40

enum timefmt_status {
	TIMEFMT_OK,
	TIMEFMT_MALFORMED,	/* not "YYYY-MM-DD HH:MM:SS" */
	TIMEFMT_IMPOSSIBLE	/* right shape, but no such time */
};

/* Parse s[0..len) as "YYYY-MM-DD HH:MM:SS"; *out is set only on TIMEFMT_OK. */
enum timefmt_status	timefmt_parse_local(const char *s, size_t len,
			    struct civil *out);

/*
 * "2025-02-06T06:32:57+09:00": instant t shown at UTC offset `offset'
 * seconds east.  Offset 0 is written "Z".  An offset that is not a whole
 * number of minutes, or not under 24 hours, cannot be written exactly, so
 * the time is then written in UTC instead.  Local times outside years
 * 0000-9999 are clamped to that range.  buf holds TIMEFMT_RFC3339_MAX
 * bytes; returns the string length.
 */
size_t			timefmt_rfc3339(char *buf, int64_t t, int32_t offset);

/*
 * "Thu, 06 Feb 2025 06:32:57 +0900" (RFC 2822 section 3.3 with a
 * four-digit year, as RSS 2.0 uses RFC 822); English names, numeric zone,
 * the same fallback to "+0000" and clamping as above.  buf holds
 * TIMEFMT_RFC822_MAX bytes; returns the string length.
 */
size_t			timefmt_rfc822(char *buf, int64_t t, int32_t offset);

/*
 * True if the two functions above write instant t at `offset' as it is,
 * in the years 0001-9999 every feed format allows: false for a time of
 * the year 1 that falls in the year 0 in UTC, where it is written when
 * the zone's offset then has seconds (local mean time).
 */
bool			timefmt_writable(int64_t t, int32_t offset);

#endif

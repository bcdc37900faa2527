/*
 * timefmt.h -- the date strings feedwright writes (RFC 3339 for Atom,
 * RFC 822/2822 for RSS 2.0) and the record timestamp it reads.
 *
 * Everything is computed from integers: the output is the same whatever
 * TZ or LC_ALL the caller has.
 */

#ifndef TIMEFMT_H
#define TIMEFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "civil.h"

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

#endif /* TIMEFMT_H */

/*
 * dateparse: strict parsers for the date formats feeds carry, for the
 * validator. RFC 3339 section 5.6 date-time (Atom, RFC 4287 section 3.3,
 * with "T" and "Z" in upper case), RFC 822 section 5 / RFC 2822 section
 * 3.3 date-time (RSS 2.0), and the W3C profile of ISO 8601 (W3CDTF) that
 * Dublin Core and other RSS modules use. Calendar checks use civil.h.
 */
#ifndef FEEDWRIGHT_DATEPARSE_H
#define FEEDWRIGHT_DATEPARSE_H

#include <stdbool.h>
#include <stddef.h>

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
};

/* s[0..n) must be exactly an RFC 3339 date-time, no spaces around. */
enum date_status dateparse_rfc3339(const char *s, size_t n,
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

/* A short English reason for a status, for messages. */
const char	*date_status_text(enum date_status st);

#endif

/*
 * rrule: the recurrence rule of iCalendar (RFC 5545 3.3.10, "recur"),
 * which podcast:updateFrequency's rrule holds.
 */
#ifndef FEEDWRIGHT_RRULE_H
#define FEEDWRIGHT_RRULE_H

#include <stdbool.h>
#include <stddef.h>

/* What a valid rule gives that its context may depend on. */
struct rrule_info {
	bool	count;		/* a COUNT part */
	bool	until;		/* an UNTIL part */
	bool	until_time;	/* UNTIL is a date-time, not a date */
	const char *twice;	/* the first part but FREQ given twice, or NULL */
};

/*
 * NULL if s[0..n) is a recur: ";"-separated NAME=VALUE parts, names and
 * their enumerated values in any case, FREQ once (another part twice is
 * a SHOULD NOT, given in OUT->twice), not both
 * UNTIL and COUNT, each value by its grammar and range. UNTIL is RFC
 * 5545's DATE or DATE-TIME, or the ISO 8601 date or date-time the podcast
 * namespace writes it in (update-frequency.md). Otherwise what is wrong,
 * as a phrase to follow "it" ("has no FREQ part"). *OUT is filled for a
 * valid rule.
 */
const char	*rrule_problem(const char *s, size_t n, struct rrule_info *out);

#endif

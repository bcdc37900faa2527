/*
 * rrule: RFC 5545 3.3.10, the value type RECUR:
 *
 *   recur = recur-rule-part *( ";" recur-rule-part )
 *
 * where FREQ "MUST" be given, and "MUST NOT occur more than once", UNTIL
 * and COUNT "MUST NOT occur in the same 'recur'", and the others "SHOULD
 * NOT occur more than once": a SHOULD NOT, so the caller is told of it
 * (rrule_info.twice) but the rule stands. Names and enumerated
 * values are case-insensitive (RFC 5545 2). The rules between parts
 * (BYWEEKNO only with YEARLY, and so on) are not checked: the podcast
 * namespace's own example "FREQ=WEEKLY;BYDAY=FR;BYMONTHDAY=13" breaks
 * one, and what a podcast app reads is the syntax.
 */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "date.h"
#include "number.h"
#include "rrule.h"

enum part_kind { PART_FREQ, PART_UNTIL, PART_COUNT, PART_INTERVAL,
	PART_NUMS, PART_DAYS, PART_WKST };

static const struct part {
	const char	*name;
	enum part_kind	 kind;
	int		 digits;	/* at most, of a number */
	int		 lo, hi;	/* its range, without a sign */
	bool		 sign;		/* "+" or "-" may precede it */
	const char	*bad;		/* what a bad value is not */
} parts[] = {
	{ "FREQ", PART_FREQ, 0, 0, 0, false, "has a FREQ that is not "
	    "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY" },
	{ "UNTIL", PART_UNTIL, 0, 0, 0, false, "has an UNTIL that is not "
	    "an RFC 5545 or ISO 8601 date or date-time" },
	{ "COUNT", PART_COUNT, 0, 0, 0, false, "has a COUNT that is not a "
	    "number" },
	{ "INTERVAL", PART_INTERVAL, 0, 0, 0, false, "has an INTERVAL that "
	    "is not a positive integer" },
	{ "BYSECOND", PART_NUMS, 2, 0, 60, false, "has a BYSECOND that is "
	    "not a list of seconds from 0 to 60" },
	{ "BYMINUTE", PART_NUMS, 2, 0, 59, false, "has a BYMINUTE that is "
	    "not a list of minutes from 0 to 59" },
	{ "BYHOUR", PART_NUMS, 2, 0, 23, false, "has a BYHOUR that is not a "
	    "list of hours from 0 to 23" },
	{ "BYDAY", PART_DAYS, 2, 1, 53, true, "has a BYDAY that is not a "
	    "list of weekdays (SU, MO, TU, WE, TH, FR, SA), each with an "
	    "ordinal from 1 to 53 if any" },
	{ "BYMONTHDAY", PART_NUMS, 2, 1, 31, true, "has a BYMONTHDAY that is "
	    "not a list of days from 1 to 31, signed if need be" },
	{ "BYYEARDAY", PART_NUMS, 3, 1, 366, true, "has a BYYEARDAY that is "
	    "not a list of days from 1 to 366, signed if need be" },
	{ "BYWEEKNO", PART_NUMS, 2, 1, 53, true, "has a BYWEEKNO that is not "
	    "a list of weeks from 1 to 53, signed if need be" },
	{ "BYMONTH", PART_NUMS, 2, 1, 12, false, "has a BYMONTH that is not "
	    "a list of months from 1 to 12" },
	{ "BYSETPOS", PART_NUMS, 3, 1, 366, true, "has a BYSETPOS that is not "
	    "a list of positions from 1 to 366, signed if need be" },
	{ "WKST", PART_WKST, 0, 0, 0, false, "has a WKST that is not a "
	    "weekday (SU, MO, TU, WE, TH, FR, SA)" },
};

#define NPARTS	(sizeof(parts) / sizeof(parts[0]))

/* Whether s[0..n) is one of the NULL-ended WORDS, in any case. */
static bool
is_word(const char *s, size_t n, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strlen(*words) == n && strncasecmp(s, *words, n) == 0)
			return true;
	return false;
}

static const char *const weekdays[] = { "SU", "MO", "TU", "WE", "TH", "FR",
	"SA", NULL };

/*
 * Whether s[0..n) is one of P's numbers: a sign if P allows one, then 1
 * to P->digits digits (number.c's grammar), in P's range.
 */
static bool
number_in(const char *s, size_t n, const struct part *p)
{
	unsigned long	 v;

	if (p->sign && n > 0 && (s[0] == '+' || s[0] == '-')) {
		s++;
		n--;
	}
	return n <= (size_t)p->digits && number_unsigned(s, n,
	    (unsigned long)p->hi, &v) && v >= (unsigned long)p->lo;
}

/* A ","-separated list of P's numbers (or weekdays, for BYDAY). */
static bool
list_ok(const char *s, size_t n, const struct part *p)
{
	size_t	 start = 0, end, ord;

	for (;;) {
		for (end = start; end < n && s[end] != ','; end++)
			;
		if (p->kind == PART_DAYS) {
			/* weekdaynum = [[plus / minus] ordwk] weekday */
			ord = end - start > 2 ? end - start - 2 : 0;
			if ((ord > 0 && !number_in(s + start, ord, p)) ||
			    !is_word(s + start + ord, end - start - ord,
			    weekdays))
				return false;
		} else if (!number_in(s + start, end - start, p))
			return false;
		if (end == n)
			return true;
		start = end + 1;
	}
}

/* Whether s[0..n) is 1*DIGIT (number.c's grammar), above zero if POSITIVE. */
static bool
digits_valid(const char *s, size_t n, bool positive)
{
	size_t	 i;

	if (!number_valid(s, n, 0))
		return false;
	for (i = 0; positive && i < n && s[i] == '0'; i++)
		;
	return i < n;
}

static bool
value_ok(const struct part *p, const char *v, size_t n,
    struct rrule_info *out)
{
	static const char *const freqs[] = { "SECONDLY", "MINUTELY",
	    "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", NULL };
	struct date_value d;

	switch (p->kind) {
	case PART_FREQ:
		return is_word(v, n, freqs);
	case PART_UNTIL:
		out->until = true;
		out->until_time = memchr(v, 'T', n) != NULL;
		return dateparse_rfc5545(v, n, &d) == DATE_OK ||
		    dateparse_iso8601(v, n, &d) == DATE_OK;
	case PART_COUNT:
		out->count = true;
		return digits_valid(v, n, false);
	case PART_INTERVAL:
		return digits_valid(v, n, true);
	case PART_WKST:
		return is_word(v, n, weekdays);
	case PART_NUMS:
	case PART_DAYS:
		return list_ok(v, n, p);
	}
	return false;
}

const char *
rrule_problem(const char *s, size_t n, struct rrule_info *out)
{
	bool		 seen[NPARTS] = { false };
	size_t		 start = 0, end, eq, k;

	memset(out, 0, sizeof(*out));
	if (n == 0)
		return "is empty";
	for (;;) {
		for (end = start; end < n && s[end] != ';'; end++)
			;
		for (eq = start; eq < end && s[eq] != '='; eq++)
			;
		if (eq == end || eq == start)
			return "has a part that is not NAME=VALUE";
		for (k = 0; k < NPARTS; k++)
			if (strlen(parts[k].name) == eq - start &&
			    strncasecmp(s + start, parts[k].name,
			    eq - start) == 0)
				break;
		if (k == NPARTS)
			return "has a part RFC 5545 does not define";
		if (seen[k] && k == 0)
			return "gives FREQ twice, which RFC 5545 forbids";
		if (seen[k] && out->twice == NULL)
			out->twice = parts[k].name;
		seen[k] = true;
		if (!value_ok(&parts[k], s + eq + 1, end - eq - 1, out))
			return parts[k].bad;
		if (end == n)
			break;
		start = end + 1;
	}
	if (!seen[0])
		return "has no FREQ part, which is required";
	if (out->until && out->count)
		return "has both UNTIL and COUNT, which exclude each other";
	return NULL;
}

/*
 * validate_defer: problems held until it is known how to say them (see
 * validate_defer.h). Each is made by report_vadd, so its message is the
 * one the report would have made, and moved here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "validate_defer.h"

void
defer_init(struct defer *d, enum rule maybe)
{
	memset(d, 0, sizeof(*d));
	report_init(&d->one, "");
	d->maybe = rule_info(maybe)->id;
}

void
defer_clear(struct defer *d)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].msg);
	d->n = 0;
	d->seen = d->seen_other = d->errors_kept = 0;
	d->errors[0] = d->errors[1] = d->warnings[0] = d->warnings[1] = 0;
}

void
defer_free(struct defer *d)
{
	defer_clear(d);
	free(d->v);
	report_free(&d->one);
	memset(d, 0, sizeof(*d));
}

void
defer_vadd(struct defer *d, unsigned long line, unsigned long col,
    enum rule rule, const char *fmt, va_list ap)
{
	const struct rule_info *ri = rule_info(rule);
	bool		 maybe = ri->id == d->maybe;

	/*
	 * Kept if the report could keep it, whether MAYBE's go or stay: an
	 * error may take a warning's place there (make_room).
	 */
	if (d->seen >= REPORT_MAX_KEPT &&
	    (maybe || d->seen_other >= REPORT_MAX_KEPT) &&
	    (ri->sev != SEV_ERROR || d->errors_kept >= REPORT_MAX_KEPT)) {
		if (ri->sev == SEV_ERROR)
			d->errors[maybe]++;
		else
			d->warnings[maybe]++;
	} else {
		report_vadd(&d->one, line, col, rule, fmt, ap);
		if (d->n == d->cap) {
			d->cap = d->cap ? d->cap * 2 : 16;
			d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
		}
		d->v[d->n++] = d->one.v[0];
		d->one.n = 0;
		d->one.kept_warnings = 0;
		d->errors_kept += ri->sev == SEV_ERROR;
	}
	d->seen++;
	if (!maybe)
		d->seen_other++;
}

void
defer_flush(struct defer *d, struct report *rep, bool drop)
{
	size_t	 i;

	for (i = 0; i < d->n; i++)
		if (drop && d->v[i].rule == d->maybe) {
			free(d->v[i].msg);
			d->v[i].msg = NULL;
		} else
			report_take(rep, &d->v[i]);
	d->n = 0;
	report_count(rep, d->errors[0] + (drop ? 0 : d->errors[1]),
	    d->warnings[0] + (drop ? 0 : d->warnings[1]));
	defer_clear(d);
}

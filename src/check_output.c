/*
 * check_output: the last gate before publishing. Every feed build writes
 * (Atom, RSS, JSON Feed) and its page go through the whole validator
 * (schema and rules, the same code as "feedwright validate"),
 * in-process: on the bytes as they are
 * written (check_stream.c), or on the temporary file. Errors block
 * publishing; warnings do not, and are printed only when asked, so that
 * an unchanged feed does not mail its owner from cron on every run.
 */
#include "config.h"

#include <string.h>

#include "check_output.h"
#include "util.h"
#include "validate.h"

int
check_output_expect(const char *format)
{
	return strcmp(format, "atom") == 0 ? FORMAT_ATOM :
	    strcmp(format, "rss") == 0 ? FORMAT_RSS :
	    strcmp(format, "json") == 0 ? FORMAT_JSON : FORMAT_XML;
}

int
check_output_report(const struct report *rep, const char *name,
    bool show_warnings)
{
	const struct problem *p;
	size_t		 i;

	for (i = 0; i < rep->n; i++) {
		p = &rep->v[i];
		if (p->sev == SEV_ERROR)
			msg_error(name, p->line, "%s [%s]", p->msg, p->rule);
		else if (show_warnings)
			msg_warn(name, p->line, "%s [%s]", p->msg, p->rule);
	}
	if (rep->errors + rep->warnings > rep->n && (rep->errors > 0 ||
	    show_warnings))
		msg_error(name, 0, "%lu more problems not shown",
		    rep->errors + rep->warnings - (unsigned long)rep->n);
	return report_ok(rep, false) ? 0 : -1;
}

struct validator *
check_output_validator(void)
{
	struct validator *v;

	if ((v = validator_new()) == NULL)
		return NULL;
	/* Our own output, just written: a long text is a long record, not an attack. */
	validator_trust_own_output(v);
	return v;
}

void
check_output_validator_free(struct validator *v)
{
	validator_free(v);
}

int
check_output_with(struct validator *v, const char *path, const char *name,
    const char *format, bool show_warnings)
{
	struct report	 rep;
	int		 rc = 0;

	report_init(&rep, name);
	if (validator_check(v, path, (enum feed_format)check_output_expect(
	    format), &rep) == -1)
		rc = -1;
	if (check_output_report(&rep, name, show_warnings) == -1)
		rc = -1;
	report_free(&rep);
	return rc;
}


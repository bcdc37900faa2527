/*
 * check_output: the last gate before publishing. Every XML feed build
 * writes goes through the whole validator (schema and rules, the same
 * code as "feedwright validate"), in-process, on the temporary file.
 * Errors block publishing; warnings do not, and are printed only when
 * asked, so that an unchanged feed does not mail its owner from cron on
 * every run.
 */
#include "config.h"

#include <string.h>

#include "check_output.h"
#include "util.h"
#include "validate.h"

int
check_output(const char *path, const char *name, const char *format,
    bool show_warnings)
{
	struct validator *v;
	struct report	 rep;
	const struct problem *p;
	size_t		 i;
	int		 rc = 0;

	if ((v = validator_new()) == NULL)
		return -1;
	/* Our own output, just written: a long text is a long record, not an attack. */
	validator_trust_own_output(v);
	report_init(&rep, name);
	if (validator_check(v, path, strcmp(format, "atom") == 0 ? FORMAT_ATOM :
	    strcmp(format, "rss") == 0 ? FORMAT_RSS : FORMAT_XML, &rep) == -1)
		rc = -1;
	for (i = 0; i < rep.n; i++) {
		p = &rep.v[i];
		if (p->sev == SEV_ERROR)
			msg_error(name, p->line, "%s [%s]", p->msg, p->rule);
		else if (show_warnings)
			msg_warn(name, p->line, "%s [%s]", p->msg, p->rule);
	}
	if (rep.errors + rep.warnings > rep.n && (rep.errors > 0 ||
	    show_warnings))
		msg_error(name, 0, "%lu more problems not shown",
		    rep.errors + rep.warnings - (unsigned long)rep.n);
	if (!report_ok(&rep, false))
		rc = -1;
	report_free(&rep);
	validator_free(v);
	return rc;
}

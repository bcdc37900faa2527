/*
 * validate_rules: the registry of the validator's rules, generated from
 * validate_rules.def, so that a report can only name a rule that exists
 * and every rule has one severity, one spec reference and one summary.
 */
#ifndef FEEDWRIGHT_VALIDATE_RULES_H
#define FEEDWRIGHT_VALIDATE_RULES_H

#include <stdio.h>

enum severity {
	SEV_WARNING,
	SEV_ERROR
};

enum rule {
#define RULE(sym, id, sev, spec, summary)	RULE_##sym,
#include "validate_rules.def"
#undef RULE
	RULE_COUNT
};

struct rule_info {
	const char	*id;		/* the stable name, "atom-date" */
	enum severity	 sev;
	const char	*spec;		/* "RFC 4287 3.3" */
	const char	*summary;	/* one line */
};

const struct rule_info *rule_info(enum rule r);
const char	*severity_name(enum severity s);	/* "error" */
/* "ID SEVERITY SUMMARY" per rule, sorted by id, for --list-rules. */
void	 rules_print(FILE *fp);

#endif

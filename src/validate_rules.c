/*
 * validate_rules: the table of validate_rules.def, and its listing.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_rules.h"

static const struct rule_info rules[RULE_COUNT] = {
#define RULE(sym, id, sev, spec, summary) \
	[RULE_##sym] = { id, SEV_##sev, spec, summary },
#include "validate_rules.def"
#undef RULE
};

const struct rule_info *
rule_info(enum rule r)
{
	if ((unsigned)r >= RULE_COUNT)
		abort();
	return &rules[r];
}

const char *
severity_name(enum severity s)
{
	return s == SEV_ERROR ? "error" : "warning";
}

static int
by_id(const void *a, const void *b)
{
	const struct rule_info *const *x = a, *const *y = b;

	return strcmp((*x)->id, (*y)->id);
}

void
rules_print(FILE *fp)
{
	const struct rule_info	*v[RULE_COUNT];
	size_t			 i;

	/* Sorted here, so the order of the .def file is not a promise. */
	for (i = 0; i < RULE_COUNT; i++)
		v[i] = &rules[i];
	qsort(v, RULE_COUNT, sizeof(v[0]), by_id);
	for (i = 0; i < RULE_COUNT; i++)
		fprintf(fp, "%s %s %s\n", v[i]->id, severity_name(v[i]->sev),
		    v[i]->summary);
}

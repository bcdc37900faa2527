/*
 * validate_report: the problems the validator found in one file, and
 * their two renderings: compiler-style text lines and a JSON document.
 */
#ifndef FEEDWRIGHT_VALIDATE_REPORT_H
#define FEEDWRIGHT_VALIDATE_REPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "validate_rules.h"

struct problem {
	unsigned long	 line;		/* 1-based; 0: whole file */
	unsigned long	 col;		/* 1-based; 0 when unknown */
	enum severity	 sev;		/* the rule's, from the registry */
	const char	*rule;		/* the rule's id, static */
	char		*msg;		/* owned */
};

/*
 * Problems are kept up to a cap, so a huge broken feed cannot exhaust
 * memory; the counts stay exact. Past the cap an error still takes the
 * place of the last warning kept: an error is never hidden behind
 * warnings.
 */
#define REPORT_MAX_KEPT	1000

struct report {
	char		*name;		/* owned: the name shown */
	const char	*format;	/* static, or format_own */
	char		 format_own[40];	/* "rss-" and a version */
	struct problem	*v;
	size_t		 n, cap;
	size_t		 kept_warnings;	/* of v[0..n) */
	unsigned long	 errors, warnings;
};

/* Starts an empty report for NAME (copied). Owner calls report_free. */
void	report_init(struct report *r, const char *name);
void	report_free(struct report *r);

/* A problem breaking RULE; its severity is the rule's. */
void	report_add(struct report *r, unsigned long line, unsigned long col,
	    enum rule rule, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
/*
 * The same with AP. A message is kept as valid UTF-8 on one line, and
 * shortened past 1000 bytes (its longest quoted value first).
 */
void	report_vadd(struct report *r, unsigned long line, unsigned long col,
	    enum rule rule, const char *fmt, va_list ap)
	    __attribute__((format(printf, 5, 0)));

/*
 * Adds problem P, made by report_add in another report, as if it were
 * added here: its message is taken (P->msg is NULL after). For problems
 * found before it is known whether, or where, they are said.
 */
void	report_take(struct report *r, struct problem *p);
/* Counts problems that are not kept, as report_add past its cap. */
void	report_count(struct report *r, unsigned long errors,
	    unsigned long warnings);

/* True when nothing blocks the file: no error, and no warning if strict. */
bool	report_ok(const struct report *r, bool strict);

/* One "FILE:LINE:COL: error: message [rule]" line per problem. */
void	report_print_text(const struct report *r, FILE *fp);
/* One JSON object; the caller wraps several in an array. */
void	report_print_json(const struct report *r, bool strict, FILE *fp);

#endif

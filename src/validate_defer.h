/*
 * validate_defer: problems found before it is known whether they are
 * said, and after which others. A JSON Feed's items are checked while the
 * document is read; their problems are said after the feed's own, and
 * only if the document turns out to be JSON to its end; and a 1.0 feed,
 * whose version may come after its items, drops one rule's.
 */
#ifndef FEEDWRIGHT_VALIDATE_DEFER_H
#define FEEDWRIGHT_VALIDATE_DEFER_H

#include <stdarg.h>
#include <stdbool.h>

#include "validate_report.h"

/*
 * Memory stays bounded however many problems: of the problems in order,
 * those a report could keep (its first REPORT_MAX_KEPT, with or without
 * the rule that may be dropped, and past them REPORT_MAX_KEPT errors,
 * which take warnings' places) are kept, the others only counted.
 */
struct defer {
	struct report	 one;		/* makes one problem */
	const char	*maybe;		/* the rule that may go (id) */
	struct problem	*v;
	size_t		 n, cap;
	unsigned long	 seen;		/* problems added */
	unsigned long	 seen_other;	/* of them, not MAYBE's */
	unsigned long	 errors_kept;	/* past the others, see above */
	unsigned long	 errors[2];	/* not kept; [1]: MAYBE's */
	unsigned long	 warnings[2];
};

/* An empty list whose problems of rule MAYBE defer_flush may drop. */
void	defer_init(struct defer *d, enum rule maybe);
void	defer_free(struct defer *d);
/* Forgets every problem held. */
void	defer_clear(struct defer *d);
/* As report_vadd, into D. */
void	defer_vadd(struct defer *d, unsigned long line, unsigned long col,
	    enum rule rule, const char *fmt, va_list ap)
	    __attribute__((format(printf, 5, 0)));
/*
 * Adds D's problems to REP in the order found, without MAYBE's if DROP,
 * as if they had been added to REP then; D is left empty.
 */
void	defer_flush(struct defer *d, struct report *rep, bool drop);

#endif

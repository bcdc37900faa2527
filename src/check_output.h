/*
 * check_output: the last gate before publishing. A feed feedwright wrote
 * is validated in full (schemas and rules, as "feedwright validate") and
 * must have no error; nothing that fails here is ever published.
 */
#ifndef FEEDWRIGHT_CHECK_OUTPUT_H
#define FEEDWRIGHT_CHECK_OUTPUT_H

#include <stdbool.h>

/*
 * Checks the file at PATH (a temporary file that will be published as
 * NAME) written in FORMAT (a feed_format name): "atom" and "rss" must be
 * valid Atom 1.0 and RSS 2.0 feeds; any other XML must be well-formed.
 * Errors are printed on stderr under NAME, and warnings too when
 * SHOW_WARNINGS; warnings do not fail. Returns 0 or -1.
 */
int	check_output(const char *path, const char *name, const char *format,
	    bool show_warnings);

#endif

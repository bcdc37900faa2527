/*
 * check_output: the last gate before publishing. A feed feedwright wrote
 * is validated in full (schemas and rules, as "feedwright validate") and
 * must have no error; nothing that fails here is ever published.
 */
#ifndef FEEDWRIGHT_CHECK_OUTPUT_H
#define FEEDWRIGHT_CHECK_OUTPUT_H

#include <stdbool.h>

struct report;
struct validator;

/*
 * A validator for build's own output, made once for a run (NULL:
 * reported): it compiles each format's schemas once, for every file.
 */
struct validator *check_output_validator(void);
void	check_output_validator_free(struct validator *v);
/* The next files V checks hold about N entries (validator_expect_entries). */
void	check_output_expect_entries(struct validator *v, size_t n);
/* One file of a list check_output_files checks. */
struct check_file {
	const char	*path;		/* the temporary file */
	const char	*name;		/* what it is published as */
	const char	*format;	/* a feed_format name */
	bool		 warn;		/* show its warnings */
};

/*
 * Checks with V each file of FILES[0..N) at PATH (a temporary file that
 * will be published as NAME), written in FORMAT: "atom", "rss" and "json"
 * must be valid Atom 1.0, RSS 2.0 and JSON Feed 1.1 feeds; any other (the
 * page, XHTML) must be well-formed XML. Errors are printed on stderr
 * under NAME, and warnings too when WARN; warnings do not fail. The files
 * are checked in order up to the first that fails; none after it is
 * reported. With TWO, on both cores: V and a second validator, in a
 * thread of its own, take the next file in turn, and what each found is
 * printed in the files' order, the same messages. Returns 0 or -1.
 */
int	check_output_files(struct validator *v, const struct check_file *files,
	    size_t n, bool two);
/* What FORMAT (a feed_format name) must be: validate.h's enum feed_format. */
int	check_output_expect(const char *format);
/* Prints what REP found under NAME, as check_output; returns 0, or -1 on an error. */
int	check_output_report(const struct report *rep, const char *name,
	    bool show_warnings);

#endif

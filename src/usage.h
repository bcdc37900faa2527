/*
 * usage: the messages of a command line that cannot be run, the same for
 * every subcommand: "feedwright: CMD: what is wrong", then a hint naming
 * CMD's --help, and exit status 2.
 */
#ifndef FEEDWRIGHT_USAGE_H
#define FEEDWRIGHT_USAGE_H

#include <getopt.h>

/* Prints the message and the hint; returns EXIT_USAGE. */
int	usage_error(const char *cmd, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

/*
 * For what getopt_long returned when it refused an option ('?' or ':',
 * called with opterr = 0 and an optstring starting with ':'): says which
 * option and why, in our words, and returns EXIT_USAGE.
 */
int	usage_bad_option(const char *cmd, int c, int argc, char **argv,
	    const struct option *longopts);

/*
 * The feed folders CMD was given (N of them): none, or an empty name,
 * is refused as usage_error says. Returns 0, or EXIT_USAGE.
 */
int	usage_feed_folders(const char *cmd, char *const *dirs, int n);

#endif

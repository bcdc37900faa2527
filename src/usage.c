/*
 * usage: one wording for every refused command line. getopt's own
 * messages ("invalid option -- 'x'") lack our prefix and name the program
 * by argv[0], so commands turn them off (opterr = 0) and report here.
 */
#include "config.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "usage.h"
#include "util.h"

int
usage_error(const char *cmd, const char *fmt, ...)
{
	va_list	 ap;
	char	 msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	msg_error(NULL, 0, "%s: %s", cmd, msg);
	fprintf(stderr, "Try 'feedwright %s --help'.\n", cmd);
	return EXIT_USAGE;
}

int
usage_feed_folders(const char *cmd, char *const *dirs, int n)
{
	int	 i;

	if (n == 0)
		return usage_error(cmd, "no feed folder given");
	/* "" is no folder; taken as one it would be the current folder. */
	for (i = 0; i < n; i++)
		if (dirs[i][0] == '\0')
			return usage_error(cmd, "an empty feed folder name "
			    "(use . for the current folder)");
	return 0;
}

/* The long option NAME (up to '=' or the end) is the prefix of how many? */
static int
matches(const struct option *longopts, const char *name, size_t len,
    const struct option **found)
{
	int	 n = 0;

	for (; longopts->name != NULL; longopts++) {
		if (strncmp(longopts->name, name, len) != 0)
			continue;
		*found = longopts;
		if (longopts->name[len] == '\0')
			return 1;	/* an exact match wins over prefixes */
		n++;
	}
	return n;
}

int
usage_bad_option(const char *cmd, int c, int argc, char **argv,
    const struct option *longopts)
{
	const struct option	*lo = NULL;
	const char		*arg = NULL, *name;
	size_t			 len;
	int			 n;

	/* getopt has stepped past a long option; a short one may be mid-cluster. */
	if (optind > 0 && optind <= argc)
		arg = argv[optind - 1];
	if (arg != NULL && strncmp(arg, "--", 2) == 0 && arg[2] != '\0') {
		name = arg + 2;
		len = strcspn(name, "=");
		n = matches(longopts, name, len, &lo);
		/* Beware "-xq" after "--wait=5": the long option must be the culprit. */
		if (c == ':' && n == 1 && lo->val == optopt)
			return usage_error(cmd, "option '--%s' needs an argument",
			    lo->name);
		if (c == '?' && optopt == 0 && n > 1)
			return usage_error(cmd, "ambiguous option '--%.*s'",
			    (int)len, name);
		if (c == '?' && optopt == 0)
			return usage_error(cmd, "unknown option '--%.*s'",
			    (int)len, name);
		if (c == '?' && n == 1 && lo->val == optopt &&
		    lo->has_arg == no_argument && name[len] == '=')
			return usage_error(cmd, "option '--%s' takes no argument",
			    lo->name);
	}
	if (c == ':')
		return usage_error(cmd, "option '-%c' needs an argument", optopt);
	if (optopt > ' ' && optopt < 127)
		return usage_error(cmd, "unknown option '-%c'", optopt);
	return usage_error(cmd, "unknown option");
}

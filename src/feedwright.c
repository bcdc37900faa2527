/*
 * feedwright: produces and checks web feeds. This file only dispatches to
 * the subcommands (cmd_*.c).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "build.h"
#include "commands.h"
#include "util.h"

static const char usage_text[] =
"Usage: feedwright COMMAND [OPTION]... [ARG]...\n"
"Produce web feeds from plain-text article records (Atom 1.0, RSS 2.0 and\n"
"JSON Feed 1.1, and a page for people), and check feeds, offline.\n"
"\n"
"Commands:\n"
"  build FEEDDIR...   build and publish the feeds of feed folders: Atom 1.0,\n"
"                     RSS 2.0, JSON Feed 1.1, a page, as their settings say\n"
"  validate FILE...   check Atom 1.0, RSS 2.0, RSS 1.0 and JSON Feed 1.1\n"
"                     feeds, offline\n"
"  recover FEEDDIR    rebuild a lost ledger from the published feed\n"
"\n"
"Options:\n"
"  -h, --help      show this help and exit\n"
"  -V, --version   show the version and exit\n"
"\n"
"'feedwright COMMAND --help' describes a command; man feedwright has it all.\n";

static const struct {
	const char	*name;
	int		(*run)(int, char **);
} commands[] = {
	{ "build",	cmd_build },
	{ "validate",	cmd_validate },
	{ "recover",	cmd_recover },
};

static void
silence_libxml2(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

void
print_version(void)
{
	printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
}

int
main(int argc, char **argv)
{
	size_t	 i;
	int	 rc;

	if (argc < 2) {
		msg_error(NULL, 0, "no command given");
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		fputs(usage_text, stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
		print_version();
		return EXIT_OK;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name) == 0) {
			LIBXML_TEST_VERSION
			/* Whatever libxml2 has to say reaches the user through our reports, never raw on stderr. */
			xmlSetGenericErrorFunc(NULL, silence_libxml2);
			rc = commands[i].run(argc - 1, argv + 1);
			xmlCleanupParser();
			if (fflush(stdout) == EOF || ferror(stdout)) {
				msg_error(NULL, 0, "cannot write output");
				return rc == EXIT_OK ? EXIT_WRITE : rc;
			}
			return rc;
		}
	}
	/* Options come after the command: "feedwright -v build" is not one. */
	if (argv[1][0] == '-' && argv[1][1] != '\0')
		msg_error(NULL, 0, "unknown option '%s'", argv[1]);
	else
		msg_error(NULL, 0, "unknown command \"%s\"", argv[1]);
	fputs("Try 'feedwright --help'.\n", stderr);
	return EXIT_USAGE;
}

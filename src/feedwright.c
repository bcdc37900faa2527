/*
 * feedwright: produces and checks web feeds. This file only dispatches to
 * the subcommands (cmd_*.c).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "build.h"
#include "commands.h"
#include "util.h"
#include "validate.h"

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

/*
 * A program started with descriptor 0, 1 or 2 closed (some supervisors
 * close them) would give that number to the first file it opens, and
 * what it says on standard error would land in a published feed or the
 * lock file. Each closed one gets /dev/null, open the other way round, so
 * that it still fails as a closed one would (--stdout and -n report that
 * they cannot write; a message is lost, as it was). Returns 0, or -1 with
 * errno.
 */
static int
open_std_fds(void)
{
	int	 fd, got;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		/* The lowest free number: the ones below are open. */
		if ((got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY)) ==
		    -1)
			return -1;
		if (got != fd) {
			close(got);
			errno = EBADF;
			return -1;
		}
	}
	return 0;
}

/*
 * Standard output reached its reader; else says so, with the write's
 * error, and returns false: help or a version lost to a full disk is
 * no success.
 */
static bool
stdout_flushed(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return true;
	msg_error(NULL, 0, "cannot write to standard output: %s",
	    strerror(errno));
	return false;
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
	bool	 options = true;

	if (open_std_fds() == -1) {
		/* Where stderr is open, which it may be. */
		msg_error(NULL, 0, "cannot open /dev/null in place of a closed "
		    "standard descriptor: %s", strerror(errno));
		return EXIT_WRITE;
	}
	/*
	 * "--" ends the options (POSIX guideline 10): what follows is the
	 * command, even one spelt like an option.
	 */
	if (argc >= 2 && strcmp(argv[1], "--") == 0) {
		argv[1] = argv[0];
		argc--;
		argv++;
		options = false;
	}
	if (argc < 2) {
		msg_error(NULL, 0, "no command given");
		fputs(usage_text, stderr);
		return EXIT_USAGE;
	}
	if (options && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		fputs(usage_text, stdout);
		return stdout_flushed() ? EXIT_OK : EXIT_WRITE;
	}
	if (options && (strcmp(argv[1], "-V") == 0 ||
	    strcmp(argv[1], "--version") == 0)) {
		print_version();
		return stdout_flushed() ? EXIT_OK : EXIT_WRITE;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(argv[1], commands[i].name) == 0) {
			vmem_setup();
			LIBXML_TEST_VERSION
			/* Whatever libxml2 has to say reaches the user through our reports, never raw on stderr. */
			xmlSetGenericErrorFunc(NULL, silence_libxml2);
			rc = commands[i].run(argc - 1, argv + 1);
			xmlCleanupParser();
			if (!stdout_flushed())
				return rc == EXIT_OK ? EXIT_WRITE : rc;
			return rc;
		}
	}
	/* Options come after the command: "feedwright -v build" is not one. */
	if (options && argv[1][0] == '-' && argv[1][1] != '\0')
		msg_error(NULL, 0, "unknown option '%s'", argv[1]);
	else
		msg_error(NULL, 0, "unknown command \"%s\"", argv[1]);
	fputs("Try 'feedwright --help'.\n", stderr);
	return EXIT_USAGE;
}

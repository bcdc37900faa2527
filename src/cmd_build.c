/*
 * cmd_build: "feedwright build", the command line of the build pipeline:
 * options, the feed folders to build (--all finds them), and one exit
 * status for them all.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "build.h"
#include "commands.h"
#include "publish.h"
#include "settings.h"
#include "util.h"

static const char usage_text[] =
"Usage: feedwright build [OPTION]... FEEDDIR...\n"
"       feedwright build --all [OPTION]... DIR...\n"
"Build the feeds of each feed folder (atom.xml, rss.xml, feed.json and the\n"
"page index.html, as its settings say) and publish them in its output\n"
"folder: written to a temporary file, checked, synced and renamed into\n"
"place; a file whose content has not changed is left alone. Nothing is\n"
"published for a feed with a bad record or setting.\n"
"One build of a feed runs at a time (a lock on FEEDDIR/.feedwright.lock).\n"
"Prints nothing when all is well.\n"
"\n"
"  -a, --all              build every feed folder (a folder holding a\n"
"                         feed.conf) found in each DIR\n"
"  -o, --output DIR       write into DIR instead of the feed's output\n"
"                         setting (only with one FEEDDIR)\n"
"      --skip-bad-records publish without the bad records, report each,\n"
"                         and exit with status 5\n"
"  -w, --wait SECONDS     wait at most this long for another build of the\n"
"                         same feed to end (default 60)\n"
"      --no-wait          do not wait: give up at once (status 4)\n"
"  -n, --dry-run          build and check, print what would change on\n"
"                         standard output, publish nothing\n"
"      --stdout FORMAT    build one feed and write FORMAT (atom, rss,\n"
"                         json, page, discovery) to standard output,\n"
"                         publish nothing\n"
"  -v, --verbose          one summary line per feed on standard error\n"
"  -q, --quiet            print errors only, no warnings\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n"
"Exit status: 0 all feeds built, 1 bad input (a bad setting or record, or\n"
"output that failed its check; nothing of that feed was published), 2 usage\n"
"error, 3 could not write or publish (disk full, permissions; the published\n"
"feed is unchanged), 4 another build of the feed held the lock (--wait),\n"
"5 published without the bad records (--skip-bad-records). With several\n"
"feeds every feed is built, and the status is the most serious of theirs,\n"
"in this order: 3, 1, 4, 5, 0.\n";

#define MAX_WAIT	86400	/* seconds: longer is no cron job */

enum {
	OPT_SKIP_BAD = 256,
	OPT_NO_WAIT,
	OPT_STDOUT
};

static void
usage_hint(void)
{
	fputs("Try 'feedwright build --help'.\n", stderr);
}

static void
print_usage(void)
{
	const char	*name;
	size_t		 i;

	fputs(usage_text, stdout);
	fputs("\nFormats for --stdout:", stdout);
	for (i = 0; (name = build_format_name(i)) != NULL; i++)
		printf(" %s", name);
	fputs("\n", stdout);
}

/* The order in which a failure matters: what most needs a person first. */
static int
rank(int status)
{
	switch (status) {
	case EXIT_WRITE:	return 5;
	case EXIT_BAD_INPUT:	return 4;
	case EXIT_LOCKED:	return 3;
	case EXIT_SKIPPED:	return 2;
	case EXIT_OK:		return 0;
	default:		return 1;
	}
}

static int
worse(int a, int b)
{
	return rank(b) > rank(a) ? b : a;
}

static bool
known_format(const char *name)
{
	const char	*f;
	size_t		 i;

	for (i = 0; (f = build_format_name(i)) != NULL; i++)
		if (strcmp(f, name) == 0)
			return true;
	return false;
}

static int
parse_seconds(const char *s, long *ms)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 0 ||
	    v > MAX_WAIT) {
		msg_error(NULL, 0, "build: --wait takes a number of seconds "
		    "from 0 to %d, not \"%s\"", MAX_WAIT, s);
		return -1;
	}
	*ms = v * 1000;
	return 0;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* --all: builds every folder of DIR holding a settings file, in name order. */
static int
build_all(const char *dir, const struct build_opts *o)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	char		**names = NULL, *conf;
	size_t		 n = 0, i;
	int		 status = EXIT_OK;

	if ((d = opendir(dir)) == NULL) {
		msg_error(dir, 0, "cannot read folder: %s", strerror(errno));
		return EXIT_BAD_INPUT;
	}
	while ((errno = 0, de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof(*names));
		names[n] = path_join(dir, de->d_name);
		conf = path_join(names[n], SETTINGS_FILE);
		if (stat(conf, &st) == 0 && S_ISREG(st.st_mode))
			n++;
		else
			free(names[n]);
		free(conf);
	}
	if (errno != 0) {
		msg_error(dir, 0, "cannot read folder: %s", strerror(errno));
		status = EXIT_BAD_INPUT;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_names);
	if (n == 0 && status == EXIT_OK) {
		msg_error(dir, 0, "no feed folders here (folders holding a %s)",
		    SETTINGS_FILE);
		status = EXIT_BAD_INPUT;
	}
	for (i = 0; i < n; i++) {
		status = worse(status, build_feed(names[i], o));
		free(names[i]);
	}
	free(names);
	return status;
}

int
cmd_build(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "all",		no_argument,	   NULL, 'a' },
		{ "output",		required_argument, NULL, 'o' },
		{ "skip-bad-records",	no_argument,	   NULL, OPT_SKIP_BAD },
		{ "wait",		required_argument, NULL, 'w' },
		{ "no-wait",		no_argument,	   NULL, OPT_NO_WAIT },
		{ "dry-run",		no_argument,	   NULL, 'n' },
		{ "stdout",		required_argument, NULL, OPT_STDOUT },
		{ "verbose",		no_argument,	   NULL, 'v' },
		{ "quiet",		no_argument,	   NULL, 'q' },
		{ "help",		no_argument,	   NULL, 'h' },
		{ "version",		no_argument,	   NULL, 'V' },
		{ NULL,			0,		   NULL, 0 }
	};
	struct build_opts	 o;
	bool			 all = false;
	int			 c, i, nfeeds, status = EXIT_OK;

	memset(&o, 0, sizeof(o));
	o.wait_ms = BUILD_DEFAULT_WAIT * 1000L;
	o.verbosity = BUILD_NORMAL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+ao:w:nvqhV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'a':
			all = true;
			break;
		case 'o':
			o.output = optarg;
			break;
		case OPT_SKIP_BAD:
			o.skip_bad = true;
			break;
		case 'w':
			if (parse_seconds(optarg, &o.wait_ms) == -1)
				return EXIT_USAGE;
			break;
		case OPT_NO_WAIT:
			o.wait_ms = 0;
			break;
		case 'n':
			o.dry_run = true;
			break;
		case OPT_STDOUT:
			o.stdout_format = optarg;
			break;
		case 'v':
			o.verbosity = BUILD_VERBOSE;
			break;
		case 'q':
			o.verbosity = BUILD_QUIET;
			break;
		case 'h':
			print_usage();
			return EXIT_OK;
		case 'V':
			print_version();
			return EXIT_OK;
		default:
			usage_hint();
			return EXIT_USAGE;
		}
	}
	nfeeds = argc - optind;
	if (nfeeds == 0) {
		msg_error(NULL, 0, "build: no feed folder given");
		usage_hint();
		return EXIT_USAGE;
	}
	if (o.output != NULL && (all || nfeeds > 1)) {
		msg_error(NULL, 0, "build: -o takes one feed folder");
		return EXIT_USAGE;
	}
	if (o.stdout_format != NULL && (all || nfeeds > 1 || o.dry_run ||
	    o.output != NULL)) {
		msg_error(NULL, 0, "build: --stdout takes one feed folder, and "
		    "neither -o nor --dry-run");
		return EXIT_USAGE;
	}
	if (o.stdout_format != NULL && !known_format(o.stdout_format)) {
		msg_error(NULL, 0, "build: unknown format \"%s\" (see --help)",
		    o.stdout_format);
		return EXIT_USAGE;
	}
	/* With a file size limit (ulimit -f), a write must fail with EFBIG, not kill us. */
	signal(SIGXFSZ, SIG_IGN);
	publish_catch_signals();
	for (i = optind; i < argc; i++)
		status = worse(status, all ? build_all(argv[i], &o) :
		    build_feed(argv[i], &o));
	return status;
}

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
#include "number.h"
#include "publish.h"
#include "settings.h"
#include "usage.h"
#include "util.h"

static const char usage_text[] =
"Usage: feedwright build [OPTION]... FEEDDIR...\n"
"       feedwright build --all [OPTION]... DIR...\n"
"Build the feeds of each feed folder and publish them in its output folder\n"
"(atom.xml, Atom 1.0; rss.xml, RSS 2.0; feed.json, JSON Feed 1.1; the page\n"
"index.html and discovery.html, as its settings say): written to a\n"
"temporary file, checked, synced and renamed into place; a file whose\n"
"content has not changed is left alone. Nothing is published for a feed\n"
"with a bad record or setting.\n"
"One build of a feed runs at a time (a lock on FEEDDIR/.feedwright.lock).\n"
"Prints nothing when all is well.\n"
"\n"
"Options may come before or after the folders; -- ends the options.\n"
"  -a, --all              build every feed folder (a folder holding a\n"
"                         feed.conf) found in each DIR, in name order\n"
"  -o, --output DIR       write into DIR, a folder, instead of the feed's\n"
"                         output setting (one FEEDDIR only, not --all);\n"
"                         no WebSub hub is told unless DIR is that folder\n"
"      --skip-bad-records publish without the bad records, name each on\n"
"                         standard error, and exit with status 5\n"
"      --accept-id-changes publish a record whose Id field changed under\n"
"                         its new id (readers will show it twice) and\n"
"                         record the new id in the ledger\n"
"  -w, --wait SECONDS     wait at most SECONDS (0 to 86400; default 60)\n"
"                         for another build of the same feed to end, then\n"
"                         give up (status 4)\n"
"      --no-wait          do not wait: give up at once when another build\n"
"                         of the feed is running (status 4)\n"
"  -n, --dry-run          build and check, print on standard output what\n"
"                         would change, publish nothing; the exit status\n"
"                         is the build's\n"
"      --stdout FORMAT    build one feed and write FORMAT (atom, rss, json,\n"
"                         page or discovery) to standard output, publish\n"
"                         nothing\n"
"      --exit-unchanged=N exit with status N (0 to 255, but not 1 to 6)\n"
"                         instead of 0 when no file changed: every feed\n"
"                         was already up to date and nothing was\n"
"                         published (with --dry-run: nothing would be)\n"
"  -v, --verbose          print one summary line per feed, and one line\n"
"                         per file published, on standard error\n"
"  -q, --quiet            print errors only, no warnings\n"
"  -h, --help             show this help and exit\n"
"  -V, --version          show the version and exit\n"
"\n";

/* A string of its own: ISO C compilers need take no literal over 4095. */
static const char status_text[] =
"Exit status:\n"
"  0  every feed built (and published where it changed)\n"
"  1  bad input: a bad setting or record, a missing feed folder, a\n"
"     written file that failed its check, a ledger (FEEDDIR/ledger.tsv)\n"
"     that is missing, damaged or disagrees with the published feed (see\n"
"     feedwright recover), or a published id that would change; nothing\n"
"     of that feed was published\n"
"  2  usage error: an unknown option, a bad option argument (a --stdout\n"
"     FORMAT the feed's settings turn off too), or a missing or empty feed\n"
"     folder name; nothing was built\n"
"  3  could not write or publish (disk full, file size limit, permissions,\n"
"     read-only folder, an output that is not a folder, a file that cannot\n"
"     be replaced), or out of memory; every file of the feed is as it was,\n"
"     unless a message says that an old file could not be restored\n"
"  4  another build of the feed held its lock for all of --wait (at once,\n"
"     with --no-wait); nothing of that feed was published\n"
"  5  published, but bad records were left out (--skip-bad-records)\n"
"  6  published, but a WebSub hub (the hub setting) was not told of the\n"
"     change, or of one an earlier build could not tell it of: it could\n"
"     not be reached, did not answer within 10 s, or answered with a\n"
"     status other than 2xx; the next build tells it again\n"
"  N  with --exit-unchanged=N (7 to 255, or 0), instead of 0, when no file\n"
"     changed\n"
"With several feed folders every one is built, past any that fails, and\n"
"the status is the most serious of theirs, in this order: 3, 1, 4, 5, 6, 0.\n";

#define MAX_WAIT	86400	/* seconds: longer is no cron job */

enum {
	OPT_SKIP_BAD = 256,
	OPT_NO_WAIT,
	OPT_STDOUT,
	OPT_EXIT_UNCHANGED,
	OPT_ACCEPT_IDS
};

static void
print_usage(void)
{
	fputs(usage_text, stdout);
	fputs(status_text, stdout);
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
	case EXIT_HUB:		return 1;
	case EXIT_OK:		return 0;
	default:		return 1;
	}
}

static int
worse(int a, int b)
{
	return rank(b) > rank(a) ? b : a;
}

static int
check_format(const char *name)
{
	const char	*f;
	struct buf	 list;
	size_t		 i;
	int		 rc;

	for (i = 0; (f = build_format_name(i)) != NULL; i++)
		if (strcmp(f, name) == 0)
			return EXIT_OK;
	buf_init(&list);
	for (i = 0; (f = build_format_name(i)) != NULL; i++) {
		if (i > 0)
			buf_adds(&list, ", ");
		buf_adds(&list, f);
	}
	rc = usage_error("build", "unknown format \"%s\" for --stdout (%s)",
	    name, list.data);
	buf_free(&list);
	return rc;
}

/* Digits only: strtol would quietly take " 5" and "+5". */
static int
parse_seconds(const char *s, long *ms)
{
	unsigned long	 v;

	if (!number_unsigned(s, strlen(s), MAX_WAIT, &v))
		return usage_error("build", "--wait takes a whole number of "
		    "seconds from 0 to %d, not \"%s\"", MAX_WAIT, s);
	*ms = (long)v * 1000;
	return EXIT_OK;
}

/*
 * --exit-unchanged: 0 to 255, digits only, and none of our own statuses,
 * which a cron job could not tell from "nothing changed".
 */
static int
parse_unchanged(const char *s, int *status)
{
	int	 v = 0;
	size_t	 i;

	for (i = 0; s[i] >= '0' && s[i] <= '9' && v <= 255; i++)
		v = v * 10 + (s[i] - '0');
	if (i == 0 || s[i] != '\0' || v > 255)
		return usage_error("build", "--exit-unchanged takes a whole "
		    "number from 0 to 255, not \"%s\"", s);
	if (v >= EXIT_BAD_INPUT && v <= EXIT_HUB)
		return usage_error("build", "--exit-unchanged=%d is one of "
		    "feedwright's own exit statuses (1 to 6); take 7 to 125",
		    v);
	*status = v;
	return EXIT_OK;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * --all: builds every folder of DIR holding a settings file, in name
 * order; what their hubs are owed goes to LATER.
 */
static int
build_all(const char *dir, const struct build_opts *o,
    struct build_hubs *later)
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
		/* Whatever its kind: build_feed says what is wrong with it. */
		if (lstat(conf, &st) == 0)
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
		status = worse(status, build_feed(names[i], o, later));
		free(names[i]);
	}
	free(names);
	return status;
}

/* Parses the command line, keeping the folders in feeds[], and builds. */
static int
run(int argc, char **argv, char **feeds)
{
	static const struct option longopts[] = {
		{ "all",		no_argument,	   NULL, 'a' },
		{ "output",		required_argument, NULL, 'o' },
		{ "skip-bad-records",	no_argument,	   NULL, OPT_SKIP_BAD },
		{ "accept-id-changes",	no_argument,	   NULL, OPT_ACCEPT_IDS },
		{ "wait",		required_argument, NULL, 'w' },
		{ "no-wait",		no_argument,	   NULL, OPT_NO_WAIT },
		{ "dry-run",		no_argument,	   NULL, 'n' },
		{ "stdout",		required_argument, NULL, OPT_STDOUT },
		{ "exit-unchanged",	required_argument, NULL,
		    OPT_EXIT_UNCHANGED },
		{ "verbose",		no_argument,	   NULL, 'v' },
		{ "quiet",		no_argument,	   NULL, 'q' },
		{ "help",		no_argument,	   NULL, 'h' },
		{ "version",		no_argument,	   NULL, 'V' },
		{ NULL,			0,		   NULL, 0 }
	};
	struct build_opts	 o;
	struct build_tally	 tally = { 0 };
	struct build_hubs	 later = { NULL, 0 };
	bool			 all = false;
	int			 c, i, nfeeds, status = EXIT_OK;
	int			 unchanged = -1;	/* --exit-unchanged */

	memset(&o, 0, sizeof(o));
	o.wait_ms = BUILD_DEFAULT_WAIT * 1000L;
	o.verbosity = BUILD_NORMAL;
	/*
	 * GNU order: options may follow the folders ("build FEED -v"), and
	 * "--" ends them ("build -- -v" builds a folder named -v). The '-'
	 * hands each folder over in turn (as 1) instead of permuting argv,
	 * which POSIXLY_CORRECT would turn off. The ':' and opterr = 0 let
	 * usage_bad_option() say what is wrong, in our words.
	 */
	nfeeds = 0;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "-:ao:w:nvqhV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 1:
			feeds[nfeeds++] = optarg;
			break;
		case 'a':
			all = true;
			break;
		case 'o':
			o.output = optarg;
			break;
		case OPT_SKIP_BAD:
			o.skip_bad = true;
			break;
		case OPT_ACCEPT_IDS:
			o.accept_id_changes = true;
			break;
		case 'w':
			if (parse_seconds(optarg, &o.wait_ms) != EXIT_OK)
				return EXIT_USAGE;
			o.no_wait = false;
			break;
		case OPT_NO_WAIT:
			o.wait_ms = 0;
			o.no_wait = true;
			break;
		case 'n':
			o.dry_run = true;
			break;
		case OPT_STDOUT:
			o.stdout_format = optarg;
			break;
		case OPT_EXIT_UNCHANGED:
			if (parse_unchanged(optarg, &unchanged) != EXIT_OK)
				return EXIT_USAGE;
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
			return usage_bad_option("build", c, argc, argv,
			    longopts);
		}
	}
	/* After "--", every argument is a folder. */
	for (i = optind; i < argc; i++)
		feeds[nfeeds++] = argv[i];
	if (usage_feed_folders("build", feeds, nfeeds) != 0)
		return EXIT_USAGE;
	if (o.output != NULL && o.output[0] == '\0')
		return usage_error("build", "an empty folder name for -o "
		    "(use . for the current folder)");
	/* --all names folders of feeds: -o and --stdout take one feed. */
	if (o.output != NULL && all)
		return usage_error("build", "-o does not go with --all");
	if (o.output != NULL && nfeeds > 1)
		return usage_error("build", "-o takes one feed folder");
	if (o.stdout_format != NULL && all)
		return usage_error("build", "--stdout does not go with --all");
	if (o.stdout_format != NULL && (nfeeds > 1 || o.dry_run ||
	    o.output != NULL))
		return usage_error("build", "--stdout takes one feed folder, "
		    "and neither -o nor --dry-run");
	if (o.stdout_format != NULL && unchanged != -1)
		return usage_error("build", "--exit-unchanged does not go with "
		    "--stdout, which publishes nothing");
	if (o.stdout_format != NULL &&
	    (status = check_format(o.stdout_format)) != EXIT_OK)
		return status;
	o.tally = &tally;
	/* With a file size limit (ulimit -f), a write must fail with EFBIG, not kill us. */
	signal(SIGXFSZ, SIG_IGN);
	publish_catch_signals();
	for (i = 0; i < nfeeds; i++)
		status = worse(status, all ? build_all(feeds[i], &o, &later) :
		    build_feed(feeds[i], &o, &later));
	/* Every feed is published: a dead hub has delayed none of them. */
	status = worse(status, build_tell_hubs(&later));
	if (status == EXIT_OK && unchanged != -1 && tally.changed == 0)
		return unchanged;
	return status;
}

int
cmd_build(int argc, char **argv)
{
	char	**feeds;
	int	  status;

	feeds = xreallocarray(NULL, argc, sizeof(*feeds));
	status = run(argc, argv, feeds);
	free(feeds);
	return status;
}

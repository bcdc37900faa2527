/*
 * cmd_validate: "feedwright validate", the command line of the validator:
 * options, one report per file, the exit status.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "commands.h"
#include "usage.h"
#include "util.h"
#include "validate.h"
#include "validate_history.h"
#include "validate_rules.h"

static const char usage_text[] =
"Usage: feedwright validate [--format=text|json] [--strict] FILE...\n"
"       feedwright validate [--format=text|json] [--strict] --against=OLD NEW\n"
"       feedwright validate [--format=text|json] [--strict] --chain FILE\n"
"       feedwright validate --list-rules\n"
"Check that each FILE (- for standard input) is a valid Atom 1.0, RSS 2.0,\n"
"RSS 1.0 or JSON Feed 1.1 feed: the schemas, and the rules of RFC 4287, of\n"
"the RSS 2.0 and RSS 1.0 specifications and of JSON Feed 1.1.\n"
"Problems are printed one per line on standard output, as\n"
"FILE:LINE:COL: error: MESSAGE [RULE] (or warning:). Nothing is fetched\n"
"from the network; external entities and DTDs are never loaded.\n"
"\n"
"Options may come before or after the files; -- ends the options.\n"
"  --format=text   one line per problem (the default)\n"
"  --format=json   a JSON object per file (an array of them for several,\n"
"                  and always with --chain)\n"
"  --strict        warnings make a file invalid too\n"
"  --against=OLD   compare NEW with OLD, the same feed before: ids,\n"
"                  updated, entries gone (but to NEW's archives, read as\n"
"                  --chain reads them), the feed's id and self link\n"
"                  (Atom and RSS; a JSON Feed is refused)\n"
"  --chain         validate FILE and the archives its prev-archive links\n"
"                  lead to, as files in FILE's folder (RFC 5005; Atom and\n"
"                  RSS: a JSON Feed's next_url is not followed); FILE is\n"
"                  a path, not - (standard input is in no folder)\n"
"  --list-rules    print every rule as ID SEVERITY SUMMARY, sorted by id,\n"
"                  and exit\n"
"  -h, --help      show this help and exit\n"
"  -V, --version   show the version and exit\n"
"\n"
"Exit status:\n"
"  0  every file valid\n"
"  1  a file invalid (with --strict: or with a warning), not a feed at all,\n"
"     or past a limit (too-large); with --against, a continuity problem;\n"
"     with --chain, also a broken chain\n"
"  2  a file could not be opened or read, the report could not be written,\n"
"     or usage error; with --against, OLD or NEW is not an Atom or RSS\n"
"     feed that can be read; with --chain, FILE cannot be read, is a JSON\n"
"     Feed, or has no absolute self link\n"
"  3  out of memory\n";

/* A report that did not reach its reader is a failure (exit 2), said once. */
static bool
report_written(FILE *fp)
{
	if (fflush(fp) == 0 && !ferror(fp))
		return true;
	msg_error(NULL, 0, "validate: cannot write the report: %s",
	    strerror(errno));
	/* Drops what is left, so that it is not tried and said again at exit. */
	if (freopen("/dev/null", "w", fp) == NULL)
		clearerr(fp);
	return false;
}

/*
 * A JSON array of reports is open on standard output. Running out of
 * memory exits at once (out_of_memory): the array is closed first, so
 * that the reports printed, each one whole, are still JSON to a script.
 */
static bool	 json_array_open;

static void
close_json_array(void)
{
	if (json_array_open)
		fputs("]\n", stdout);
	json_array_open = false;
}

static void
open_json_array(void)
{
	fputs("[", stdout);
	json_array_open = true;
	on_out_of_memory(close_json_array);
}

/* How --chain prints each document's report (see chain_check). */
struct chain_print {
	bool		 json, strict;
	unsigned	 reports;
	bool		 bad;		/* a report not ok (see report_ok) */
	bool		 failed;	/* a write failed */
};

static void
chain_print(struct report *rep, void *arg)
{
	struct chain_print *p = arg;

	if (!report_ok(rep, p->strict))
		p->bad = true;
	if (p->json) {
		if (p->reports++ > 0)
			fputs(",\n", stdout);
		report_print_json(rep, p->strict, stdout);
	} else
		report_print_text(rep, stdout);
	if (!p->failed && !report_written(stdout))
		p->failed = true;
}

/* --chain FILE: the reports of the chain, a JSON array of them. */
static int
validate_chain(struct validator *v, const char *path, bool json,
    bool strict)
{
	struct chain_print p = { json, strict, 0, false, false };
	int		 rc;

	if (json)
		open_json_array();
	rc = chain_check(v, path, chain_print, &p);
	close_json_array();
	if (p.failed || !report_written(stdout) || rc == -1)
		return EXIT_USAGE;
	return p.bad ? EXIT_BAD_INPUT : EXIT_OK;
}

/* --against=OLD NEW: one report, on NEW. */
static int
validate_against(const char *oldpath, const char *newpath, bool json,
    bool strict)
{
	struct report	 rep;
	int		 status;

	report_init(&rep, newpath);
	if (against_check(oldpath, newpath, &rep) == -1) {
		report_free(&rep);
		return EXIT_USAGE;
	}
	status = report_ok(&rep, strict) ? EXIT_OK : EXIT_BAD_INPUT;
	if (json) {
		report_print_json(&rep, strict, stdout);
		fputs("\n", stdout);
	} else
		report_print_text(&rep, stdout);
	report_free(&rep);
	return report_written(stdout) ? status : EXIT_USAGE;
}

/* Parses the command line, keeping the files in files[], and validates. */
static int
run(int argc, char **argv, char **files)
{
	static const struct option longopts[] = {
		{ "format",	required_argument, NULL, 'f' },
		{ "strict",	no_argument,	   NULL, 's' },
		{ "list-rules",	no_argument,	   NULL, 'l' },
		{ "against",	required_argument, NULL, 'a' },
		{ "chain",	no_argument,	   NULL, 'c' },
		{ "help",	no_argument,	   NULL, 'h' },
		{ "version",	no_argument,	   NULL, 'V' },
		{ NULL,		0,		   NULL, 0 }
	};
	struct validator *v;
	struct report	 rep;
	bool		 json = false, strict = false, list = false;
	bool		 chain = false, stdin_seen;
	const char	*against = NULL;
	int		 c, i, nfiles = 0, status = EXIT_OK;

	/*
	 * As build: options may follow the files ("validate feed.xml
	 * --strict"), "--" ends them, and "-" is standard input. The '-'
	 * hands each file over in turn (as 1), whatever POSIXLY_CORRECT
	 * says; the ':' and opterr = 0 let usage_bad_option() say what is
	 * wrong.
	 */
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "-:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 1:
			files[nfiles++] = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = true;
			else if (strcmp(optarg, "text") == 0)
				json = false;
			else
				return usage_error("validate", "unknown format "
				    "\"%s\" (text or json)", optarg);
			break;
		case 's':
			strict = true;
			break;
		case 'l':
			list = true;
			break;
		case 'a':
			against = optarg;
			break;
		case 'c':
			chain = true;
			break;
		/* Lost to a full disk, as a report would be: status 2. */
		case 'h':
			fputs(usage_text, stdout);
			return report_written(stdout) ? EXIT_OK : EXIT_USAGE;
		case 'V':
			print_version();
			return report_written(stdout) ? EXIT_OK : EXIT_USAGE;
		default:
			return usage_bad_option("validate", c, argc, argv,
			    longopts);
		}
	}
	/* After "--", every argument is a file. */
	for (i = optind; i < argc; i++)
		files[nfiles++] = argv[i];
	if (list) {
		if (nfiles > 0)
			return usage_error("validate", "--list-rules takes no "
			    "file");
		rules_print(stdout);
		return report_written(stdout) ? EXIT_OK : EXIT_USAGE;
	}
	if (against != NULL && chain)
		return usage_error("validate", "--against and --chain do not "
		    "go together");
	/* "" names no file: it would be reported as one without a name. */
	if (against != NULL && against[0] == '\0')
		return usage_error("validate", "--against= names no file");
	for (i = 0, stdin_seen = false; i < nfiles; i++) {
		if (files[i][0] == '\0')
			return usage_error("validate", "an empty file name (- is "
			    "standard input)");
		/* A second "-" would find it read, and empty. */
		if (strcmp(files[i], "-") == 0 && stdin_seen)
			return usage_error("validate", "- is given twice: "
			    "standard input is read once");
		if (strcmp(files[i], "-") == 0)
			stdin_seen = true;
	}
	if ((against != NULL || chain) && nfiles != 1)
		return usage_error("validate", "%s takes exactly one file",
		    against != NULL ? "--against=OLD" : "--chain");
	/*
	 * --chain maps the self link's folder to FILE's and reads the
	 * archives there: standard input is in no folder (and is read once,
	 * by the validator, before the links are).
	 */
	if (chain && strcmp(files[0], "-") == 0)
		return usage_error("validate", "--chain reads the archives in "
		    "FILE's folder: standard input (-) has none; give the "
		    "file's path");
	/* Standard input is read once: it cannot be OLD and NEW. */
	if (against != NULL && strcmp(against, "-") == 0 &&
	    strcmp(files[0], "-") == 0)
		return usage_error("validate", "--against=- and NEW - would "
		    "both read standard input: give one as a file");
	if (against != NULL)
		return validate_against(against, files[0], json, strict);
	if (nfiles == 0)
		return usage_error("validate", "no file given");
	if ((v = validator_new()) == NULL)
		return EXIT_USAGE;
	validator_limit_memory(v, VALIDATE_MEMORY_LIMIT);
	if (chain) {
		status = validate_chain(v, files[0], json, strict);
		validator_free(v);
		return status;
	}
	if (json && nfiles > 1)
		open_json_array();
	for (i = 0; i < nfiles; i++) {
		report_init(&rep, strcmp(files[i], "-") == 0 ? "-" : files[i]);
		if (validator_check(v, files[i], FORMAT_ANY, &rep) == -1)
			status = EXIT_USAGE;
		else if (!report_ok(&rep, strict) && status == EXIT_OK)
			status = EXIT_BAD_INPUT;
		if (json) {
			if (i > 0)
				fputs(",\n", stdout);
			report_print_json(&rep, strict, stdout);
		} else
			report_print_text(&rep, stdout);
		report_free(&rep);
		if (!report_written(stdout)) {
			validator_free(v);
			return EXIT_USAGE;
		}
	}
	if (json && nfiles > 1)
		close_json_array();
	else if (json)
		fputs("\n", stdout);
	validator_free(v);
	if (!report_written(stdout))
		return EXIT_USAGE;
	return status;
}

int
cmd_validate(int argc, char **argv)
{
	char	**files;
	int	  status;

	files = xreallocarray(NULL, argc, sizeof(*files));
	status = run(argc, argv, files);
	free(files);
	return status;
}

/*
 * cmd_build: "feedwright build", the command line of the build pipeline.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>

#include "build.h"
#include "commands.h"
#include "util.h"

static const char usage_text[] =
"Usage: feedwright build [-o DIR] FEEDDIR...\n"
"Build the Atom 1.0 and RSS 2.0 feeds of each feed folder and publish them\n"
"(atom.xml, rss.xml) in its output folder. Nothing is published for a feed\n"
"with a bad record or setting.\n"
"\n"
"  -o, --output DIR  write into DIR instead of the feed's output setting\n"
"                    (only with one FEEDDIR)\n"
"  -h, --help        show this help and exit\n"
"  -V, --version     show the version and exit\n"
"\n"
"Exit status: 0 all feeds built, 1 bad input (settings, records, or output\n"
"that failed its check), 2 usage error, 3 could not write or publish.\n"
"With several feeds, every feed is built and the status is the first\n"
"failure's.\n";

int
cmd_build(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output",	required_argument, NULL, 'o' },
		{ "help",	no_argument,	   NULL, 'h' },
		{ "version",	no_argument,	   NULL, 'V' },
		{ NULL,		0,		   NULL, 0 }
	};
	struct build_opts	 o = { NULL };
	int			 c, i, rc, status = EXIT_OK;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			o.output = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return EXIT_OK;
		case 'V':
			print_version();
			return EXIT_OK;
		default:
			fputs("Try 'feedwright build --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (optind == argc) {
		msg_error(NULL, 0, "build: no feed folder given");
		fputs("Try 'feedwright build --help'.\n", stderr);
		return EXIT_USAGE;
	}
	if (o.output != NULL && argc - optind > 1) {
		msg_error(NULL, 0, "build: -o takes one feed folder, not %d",
		    argc - optind);
		return EXIT_USAGE;
	}
	for (i = optind; i < argc; i++) {
		rc = build_feed(argv[i], &o);
		if (rc != EXIT_OK && status == EXIT_OK)
			status = rc;
	}
	return status;
}

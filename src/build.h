/*
 * build: one feed folder in, published feeds out. Reading the records,
 * choosing the entries, writing every format, checking what was written
 * and publishing it all happen here, in that order.
 */
#ifndef FEEDWRIGHT_BUILD_H
#define FEEDWRIGHT_BUILD_H

/* Exit statuses, documented in feedwright(1) and the README. */
enum {
	EXIT_OK = 0,
	EXIT_BAD_INPUT = 1,	/* bad settings or records, or output invalid */
	EXIT_USAGE = 2,
	EXIT_WRITE = 3		/* could not write or publish */
};

struct build_opts {
	const char	*output;	/* -o: overrides the settings' folder */
};

/* Builds and publishes the feed in FEEDDIR; returns an exit status. */
int	build_feed(const char *feeddir, const struct build_opts *o);

#endif

/*
 * outputs: where a build's outputs go, checked against the feed's inputs
 * before anything is written. An output folder or file name that is, or
 * could become, an input (the settings, a record, the records folder, the
 * lock, the feed's own state) is refused, so that publishing never
 * replaces what the next build reads.
 */
#ifndef FEEDWRIGHT_OUTPUTS_H
#define FEEDWRIGHT_OUTPUTS_H

#include <stdbool.h>
#include <stddef.h>

#include "settings.h"
#include "util.h"

/* The feed's own state in the feed folder: the lock, and a future ledger. */
#define STATE_PREFIX	".feedwright"
#define STATE_LEDGER	"ledger.tsv"

/* One file a build publishes in the output folder. */
struct output_name {
	const char	*name;
	const char	*key;		/* the setting that chose it, or NULL */
	unsigned long	 line;		/* its feed.conf line; 0: not set there */
};

/*
 * Checks the output folder (CMD_OUTPUT, from -o, or the settings' output),
 * each folder on the way to it, and the NAMES to be published in it
 * against the inputs of the feed in FEEDDIR. Returns 0, or -1 with *err
 * set: err->line is the feed.conf line to blame, or 0 when the folder
 * given by -o is the problem (the message then names it as "the output
 * folder (-o)"). Folders are compared by device and inode when both
 * exist, else by their paths with ".", "..", repeated slashes and the
 * symbolic links of the part that exists resolved.
 */
int	outputs_check(const char *feeddir, const struct settings *st,
	    const char *cmd_output, const struct output_name *names,
	    size_t nnames, struct parse_error *err);

/*
 * Checks that the folder SUB of the output folder (where build publishes
 * a tree of files, such as the category feeds) neither is nor holds the
 * records folder or the feed folder. Returns 0, or -1 with *err set at
 * LINE (the setting that makes the folder).
 */
int	outputs_check_tree(const char *feeddir, const struct settings *st,
	    const char *cmd_output, const char *sub, const char *key,
	    unsigned long line, struct parse_error *err);

#endif

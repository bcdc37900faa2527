/*
 * validate: checks that a file is a valid Atom 1.0 or RSS 2.0 feed (or a
 * JSON Feed 1.1: validate_json.c), with
 * our RELAX NG schemas (src/schemas/, compiled in) and the rules of RFC
 * 4287 and the RSS 2.0 specification that a schema cannot express. The
 * file is read as a stream, so memory stays flat however large it is.
 */
#ifndef FEEDWRIGHT_VALIDATE_H
#define FEEDWRIGHT_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "validate_report.h"

enum feed_format {
	FORMAT_ANY,		/* detect */
	FORMAT_ATOM,
	FORMAT_RSS,
	FORMAT_XML,		/* any XML: well-formedness only */
	FORMAT_JSON		/* JSON Feed */
};

struct validator;

/*
 * Makes an allocation of libxml2's that fails out_of_memory's; called
 * before anything else of libxml2's runs.
 */
void	 vmem_setup(void);

/* Compiles the schemas; returns NULL (reported) if they fail to. */
struct validator *validator_new(void);
void	 validator_free(struct validator *v);
/*
 * Stops any document whose checking would hold more than BYTES of memory
 * at once, with a "too-large" error; without this call, there is no limit.
 */
void	 validator_limit_memory(struct validator *v, size_t bytes);
/*
 * What libxml2 may hold of one document at once: with the copy checked
 * against the schema and the program itself, validate stays within 64 MiB.
 * Also the limit of --against's and --chain's reads of keys (feed_keys).
 */
#define VALIDATE_MEMORY_LIMIT	(40UL << 20)

/*
 * For build's check of the file it has just written, and nothing else:
 * lifts libxml2's 10 MB limit on one text node (XML_PARSE_HUGE), which a
 * record within its 16 MiB limit can pass once escaped twice ("&" is
 * "&amp;amp;" in RSS content:encoded). A stranger's file never gets this.
 */
void	 validator_trust_own_output(struct validator *v);
/*
 * The documents V checks next hold about N entries or items: their ids'
 * set is made that large at once (build knows how many it writes).
 */
void	 validator_expect_entries(struct validator *v, size_t n);

/*
 * Validates the file at PATH ("-" for standard input) and records every
 * problem in REP (initialised by the caller with the name to show). With
 * EXPECT other than FORMAT_ANY, another format is an error. Returns 0 when
 * the file was read (valid or not; see report_ok), -1 when it could not be
 * opened at all (reported in REP as well).
 */
int	 validator_check(struct validator *v, const char *path,
	    enum feed_format expect, struct report *rep);

/*
 * Reads up to LEN bytes into BUF, as read(2) on a regular file would:
 * LEN bytes unless the end comes first; 0 at the end, -1 with errno.
 */
typedef ssize_t (*validator_read_fn)(void *ctx, void *buf, size_t len);

/*
 * As validator_check, on bytes handed over by FN rather than read from a
 * file (build checks its output while writing it), shown as NAME. V is
 * used by one thread at a time; two threads need two validators.
 */
int	 validator_check_stream(struct validator *v, validator_read_fn fn,
	    void *ctx, const char *name, enum feed_format expect,
	    struct report *rep);

#endif

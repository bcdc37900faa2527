/*
 * validate_json: checks a JSON Feed 1.1 document, read as a stream, and
 * records its problems in a report, as validator_check does for XML.
 */
#ifndef FEEDWRIGHT_VALIDATE_JSON_H
#define FEEDWRIGHT_VALIDATE_JSON_H

#include <stddef.h>

#include "jsonparse.h"
#include "validate.h"
#include "validate_report.h"

/*
 * Reads a JSON Feed from FN (called with CTX) and checks it, an item at a
 * time. One item, or one other member of the feed, may be at most
 * VALUE_MAX bytes, and the feed's members, one item's tree and the ids of
 * the items read may take BUDGET bytes of memory together (0: no limit,
 * either). With EXPECT Atom or RSS, being JSON is an error too. Returns
 * 0 when the file was read (valid or not), -1 when a read failed (in REP
 * as well).
 */
int	 json_feed_validate(json_read_fn fn, void *ctx, size_t value_max,
	    size_t budget, enum feed_format expect, struct report *rep);

#endif

/*
 * validate_json: checks a JSON Feed 1.1 document, held in memory, and
 * records its problems in a report, as validator_check does for XML.
 */
#ifndef FEEDWRIGHT_VALIDATE_JSON_H
#define FEEDWRIGHT_VALIDATE_JSON_H

#include <stddef.h>

#include "validate.h"
#include "validate_report.h"

/*
 * S[0..N) is the whole file; the parse tree may take BUDGET bytes (0: no
 * limit). With EXPECT Atom or RSS, being JSON is an error too.
 */
void	 json_feed_validate(const char *s, size_t n, size_t budget,
	    enum feed_format expect, struct report *rep);

#endif

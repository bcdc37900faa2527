/*
 * tz.h -- IANA time zones read from TZif files (RFC 8536).
 *
 * A struct tz is an immutable value built from one TZif image; there is
 * no global state and nothing here looks at TZ, tzset() or localtime().
 */

#ifndef TZ_H
#define TZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "civil.h"

struct tz;

enum tz_local {
	TZ_LOCAL_OK,
	TZ_LOCAL_GAP
};

/*
 * Parse a TZif image (versions 1-4).  Returns NULL on malformed data
 * with *err (if err is not NULL) set to a static English phrase.
 */
struct tz	*tz_parse(const unsigned char *buf, size_t len,
		    const char **err);

/* Is name a plausible IANA zone name, safe to append to a directory? */
bool		 tz_name_valid(const char *name);

/*
 * Read and parse DIR/NAME.  Returns 0, or -1 with a message in errbuf.
 * The caller frees *out with tz_free().
 */
int		 tz_load(const char *dir, const char *name, struct tz **out,
		    char *errbuf, size_t errlen);

void		 tz_free(struct tz *tz);

/* UTC offset in seconds (east positive) in force at instant t. */
int32_t		 tz_offset_at(const struct tz *tz, int64_t t);

/*
 * Local civil time to instant.  A time in a spring-forward gap gives
 * TZ_LOCAL_GAP; one in a fall-back overlap gives the earlier instant
 * and sets *ambiguous (if not NULL).  local should satisfy civil_valid().
 */
enum tz_local	 tz_local_to_utc(const struct tz *tz, const struct civil *local,
		    int64_t *t, int32_t *offset, bool *ambiguous);

#endif /* TZ_H */

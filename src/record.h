/*
 * record: reads one article record, the plain-text file an article is kept
 * in (documented in feedwright(5) and the README):
 *
 *	[---, Key: value lines, ---]	optional fields
 *	title line
 *	author display name
 *	EMAIL | YYYY-MM-DD HH:MM:SS	in the feed's time zone
 *	body paragraphs, separated by blank lines
 *	[a trailer line and everything after it: dropped]
 *
 * Blank lines separate the parts. The parser is pure: it works on a buffer
 * and returns spans into it, or a located error.
 */
#ifndef FEEDWRIGHT_RECORD_H
#define FEEDWRIGHT_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct tz;

/* A piece of the caller's buffer; n == 0 means absent. */
struct span {
	const char	*p;
	size_t		 n;
};

/* A media file attached to a record (RSS enclosure, Atom link rel="enclosure"). */
struct enclosure {
	struct span	 url;		/* an http or https URL */
	struct span	 type;		/* a MIME type, "audio/mpeg" */
	unsigned long long length;	/* in bytes */
};

struct record_opts {
	const struct tz	 *tz;		/* zone the timestamps are read in */
	const char	 *tz_name;	/* for messages */
	char		**trailers;	/* lines that start page furniture */
	size_t		  ntrailers;
};

struct record {
	struct span	 title;
	struct span	 author;
	struct span	 email;
	int64_t		 published;	/* seconds since the epoch */
	int32_t		 published_offset; /* zone offset then, seconds east */
	unsigned long	 published_line; /* where the dates are, for warnings */
	bool		 has_updated;
	int64_t		 updated;
	int32_t		 updated_offset;
	unsigned long	 updated_line;
	struct span	 link;		/* optional fields */
	unsigned long	 link_line;	/* where they were set */
	struct span	 id;
	unsigned long	 id_line;
	struct span	 summary;
	struct span	 image;		/* an http or https URL */
	struct span	 image_alt;	/* its alternative text; may be absent */
	struct enclosure *enclosures;	/* owned array, in record order */
	size_t		 nenclosures;
	struct span	*categories;	/* owned array of spans */
	size_t		 ncategories;
	struct span	*paragraphs;	/* owned; a paragraph may span lines */
	size_t		 nparagraphs;
};

/*
 * Parses buf[0..len). On success fills *r (free with record_free; the spans
 * point into buf, which must outlive r) and returns 0. On failure returns -1
 * with *err set and nothing to free.
 */
int	record_parse(const char *buf, size_t len, const struct record_opts *opts,
	    struct record *r, struct parse_error *err);
void	record_free(struct record *r);

#endif

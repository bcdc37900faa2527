/*
 * formats: the one list of output formats, and which of them the settings
 * turn on. The order is the order of writing and publishing: the feeds,
 * then the pages that link to them.
 */
#include "config.h"

#include <stddef.h>

#include "feed.h"
#include "settings.h"

const struct feed_format *const feed_formats[FEED_NFORMATS] = {
	[FEED_ATOM] = &format_atom,
	[FEED_RSS] = &format_rss,
	[FEED_JSON] = &format_json,
	[FEED_PAGE] = &format_page,
	[FEED_DISCOVERY] = &format_discovery,
};

const char *
feed_format_file(enum feed_format_id i, const struct settings *st)
{
	switch (i) {
	case FEED_JSON:
		return st->json ? format_json.filename : NULL;
	case FEED_PAGE:
		return st->page;
	case FEED_DISCOVERY:
		return st->discovery;
	default:
		return feed_formats[i]->filename;
	}
}

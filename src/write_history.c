/*
 * write_history: RFC 5005 section 4 (and appendix B for RSS): where a
 * document is in the archive chain, in the same order in every format.
 */
#include "config.h"

#include <stddef.h>

#include "write_history.h"

void
history_links(struct xmlout *x, const struct feed_head *h,
    enum feed_format_id f, history_link_fn *link)
{
	static const char *const rel[] = { "current", "prev-archive",
	    "next-archive" };
	const char	*href[3];
	size_t		 i;

	href[0] = h->current[f];
	href[1] = h->prev_archive[f];
	href[2] = h->next_archive[f];
	if (h->is_archive) {
		xmlout_start(x, "fh:archive");
		xmlout_end(x);
	}
	for (i = 0; i < 3; i++)
		if (href[i] != NULL)
			link(x, rel[i], href[i]);
}

/*
 * write_history: the RFC 5005 elements of a feed document in the archive
 * chain, shared by the Atom and RSS writers, which differ only in how
 * they write one link.
 */
#ifndef FEEDWRIGHT_WRITE_HISTORY_H
#define FEEDWRIGHT_WRITE_HISTORY_H

#include "feed.h"
#include "xmlout.h"

/* Writes one archive link, REL to HREF, as the format writes links. */
typedef void	history_link_fn(struct xmlout *x, const char *rel,
		    const char *href);

/*
 * fh:archive on an archive document, then each of its current,
 * prev-archive and next-archive links in format F there is, by LINK.
 */
void	history_links(struct xmlout *x, const struct feed_head *h,
	    enum feed_format_id f, history_link_fn *link);

#endif

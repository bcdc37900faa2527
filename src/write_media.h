/*
 * write_media: Media RSS (https://www.rssboard.org/media-rss) for a
 * record's image and files, shared by the Atom and RSS writers. Readers
 * show media:thumbnail as the picture beside a headline. The namespace is
 * declared on the entry or item that uses it, so feeds without media stay
 * as they were.
 */
#ifndef FEEDWRIGHT_WRITE_MEDIA_H
#define FEEDWRIGHT_WRITE_MEDIA_H

#include "feed.h"
#include "xmlout.h"

/* Declares xmlns:media on the element just started. */
void	media_declare(struct xmlout *x);
/*
 * The entry's image: media:content medium="image", its alt text as
 * media:description, and media:thumbnail. TMP is scratch memory.
 */
void	media_image(struct xmlout *x, const struct entry *e, struct buf *tmp);
/*
 * A file as media:content, with its type and size. TMP is scratch memory.
 * Both write their URLs as URLs: an IRI's other characters percent-encoded.
 */
void	media_file(struct xmlout *x, const struct enclosure *f,
	    struct buf *tmp);
/* The decimal digits of N into d (24 bytes); returns their count. */
size_t	media_length(char *d, unsigned long long n);

#endif

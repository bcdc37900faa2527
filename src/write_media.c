/*
 * write_media: Media RSS elements, written the same way in Atom and RSS.
 */
#include "config.h"

#include <stdio.h>

#include "escape.h"
#include "render.h"
#include "uri.h"
#include "write_media.h"

void
media_declare(struct xmlout *x)
{
	xmlout_attr(x, "xmlns:media", FEED_MEDIA_NS);
}

size_t
media_length(char *d, unsigned long long n)
{
	return (size_t)snprintf(d, 24, "%llu", n);
}

/* Media RSS takes URLs where the model holds IRIs: RFC 3987 3.1. */
static void
url_attr(struct xmlout *x, const char *s, size_t n, struct buf *tmp)
{
	buf_clear(tmp);
	uri_from_iri(tmp, s, n);
	xmlout_attrn(x, "url", tmp->data, tmp->len);
}

void
media_image(struct xmlout *x, const struct entry *e, struct buf *tmp)
{
	xmlout_start(x, "media:content");
	url_attr(x, e->image.p, e->image.n, tmp);
	xmlout_attr(x, "medium", "image");
	if (e->image_alt.n > 0) {
		/* Encoded as an Atom text construct is (see write_atom.c). */
		const char	*alt = e->image_alt.p;
		size_t		 n = e->image_alt.n, len;

		xmlout_start(x, "media:description");
		if (escape_find_end_tag(alt, n, &len) != NULL) {
			buf_clear(tmp);
			html_escape(tmp, alt, n);
			xmlout_attr(x, "type", "html");
			xmlout_cdata(x, tmp->data, tmp->len);
		} else {
			xmlout_attr(x, "type", "plain");
			if (escape_looks_like_markup(alt, n))
				xmlout_text_with(x, alt, n, &escape_xml_text_hex);
			else
				xmlout_text(x, alt, n);
		}
		xmlout_end(x);
	}
	xmlout_end(x);
	xmlout_start(x, "media:thumbnail");
	url_attr(x, e->image.p, e->image.n, tmp);
	xmlout_end(x);
}

void
media_file(struct xmlout *x, const struct enclosure *f, struct buf *tmp)
{
	char	 d[24];

	xmlout_start(x, "media:content");
	url_attr(x, f->url.p, f->url.n, tmp);
	xmlout_attrn(x, "type", f->type.p, f->type.n);
	/* Media RSS's fileSize is a positive number: 0 (unknown) is left out. */
	if (f->length > 0)
		xmlout_attrn(x, "fileSize", d, media_length(d, f->length));
	xmlout_end(x);
}

/*
 * write_atom: Atom 1.0 (RFC 4287). Dates are RFC 3339 in the record's zone.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "escape.h"
#include "feed.h"
#include "render.h"
#include "uri.h"
#include "write_history.h"
#include "write_media.h"
#include "xmlout.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"

struct atom_writer {
	struct xmlout	 x;
	struct buf	 tmp;
};

/*
 * icon and logo are IRIs (RFC 4287 4.2.5, 4.2.8), but the W3C service
 * wants URLs there: the URL (RFC 3987 3.1) names the same image.
 */
static void
image_element(struct atom_writer *w, const char *name, const char *iri)
{
	buf_clear(&w->tmp);
	uri_from_iri(&w->tmp, iri, strlen(iri));
	xmlout_element(&w->x, name, w->tmp.data, w->tmp.len);
}

/*
 * An Atom text construct, written so that readers show the text as it is
 * and the W3C feed validator has nothing to say about it. Text holding an
 * end tag ("</b>", in an article about HTML) would read as HTML to the
 * validator however it is escaped: it goes out as type="html", escaped
 * as HTML in a CDATA section. Other text that looks like markup (a
 * "<b>", "&amp;" written as text) stays type="text" with hexadecimal
 * character references, which the validator takes as a sign that the
 * text is meant; sfeed, which shows an HTML title as it is written, then
 * shows it as written too.
 */
static void
text_element(struct atom_writer *w, const char *name, const char *s,
    size_t n)
{
	struct xmlout	*x = &w->x;
	size_t		 len;

	if (escape_find_end_tag(s, n, &len) != NULL) {
		buf_clear(&w->tmp);
		html_escape(&w->tmp, s, n);
		xmlout_start(x, name);
		xmlout_attr(x, "type", "html");
		xmlout_cdata(x, w->tmp.data, w->tmp.len);
		xmlout_end(x);
	} else if (escape_looks_like_markup(s, n)) {
		xmlout_start(x, name);
		xmlout_text_with(x, s, n, &escape_xml_text_hex);
		xmlout_end(x);
	} else
		xmlout_element(x, name, s, n);
}

static void
text_element_str(struct atom_writer *w, const char *name, const char *s)
{
	text_element(w, name, s, strlen(s));
}

static void
date_element(struct xmlout *x, const char *name, const struct when *w)
{
	char	 d[TIMEFMT_RFC3339_MAX];

	xmlout_element(x, name, d, timefmt_rfc3339(d, w->t, w->offset));
}

static void
link_element(struct xmlout *x, const char *rel, const char *type,
    const char *href, size_t hlen)
{
	xmlout_start(x, "link");
	xmlout_attr(x, "rel", rel);
	xmlout_attr(x, "type", type);
	xmlout_attrn(x, "href", href, hlen);
	xmlout_end(x);
}

/* RFC 5005 section 4: an archive link, as the other links are written. */
static void
archive_link(struct xmlout *x, const char *rel, const char *href)
{
	link_element(x, rel, format_atom.media_type, href, strlen(href));
}

static void *
atom_open(struct outbuf *o, const struct feed_head *h)
{
	struct atom_writer	*w = xcalloc(1, sizeof(*w));
	struct xmlout		*x = &w->x;
	size_t			 i;

	buf_init(&w->tmp);
	xmlout_init(x, o);
	xmlout_declaration(x);
	xmlout_start(x, "feed");
	xmlout_attr(x, "xmlns", ATOM_NS);
	if (h->is_archive || h->prev_archive[FEED_ATOM] != NULL)
		xmlout_attr(x, "xmlns:fh", FEED_HISTORY_NS);
	if (h->ntombstones > 0)
		xmlout_attr(x, "xmlns:at", FEED_TOMBSTONES_NS);
	if (h->language != NULL)
		xmlout_attr(x, "xml:lang", h->language);
	xmlout_element_str(x, "id", h->id);
	text_element_str(w, "title", h->title);
	if (h->subtitle != NULL)
		text_element_str(w, "subtitle", h->subtitle);
	date_element(x, "updated", &h->updated);
	link_element(x, "self", format_atom.media_type, h->self[FEED_ATOM],
	    strlen(h->self[FEED_ATOM]));
	history_links(x, h, FEED_ATOM, archive_link);
	for (i = 0; i < h->nhubs; i++) {
		xmlout_start(x, "link");
		xmlout_attr(x, "rel", "hub");
		xmlout_attr(x, "href", h->hubs[i]);
		xmlout_end(x);
	}
	link_element(x, "alternate", "text/html", h->link, strlen(h->link));
	if (h->author != NULL) {
		xmlout_start(x, "author");
		xmlout_element_str(x, "name", h->author);
		if (h->author_email != NULL)
			xmlout_element_str(x, "email", h->author_email);
		xmlout_end(x);
	}
	for (i = 0; i < h->ncategories; i++) {
		xmlout_start(x, "category");
		xmlout_attr(x, "term", h->categories[i]);
		xmlout_end(x);
	}
	xmlout_start(x, "generator");
	xmlout_attr(x, "version", h->generator_version);
	xmlout_text(x, PACKAGE_NAME, strlen(PACKAGE_NAME));
	xmlout_end(x);
	if (h->icon != NULL)
		image_element(w, "icon", h->icon);
	if (h->logo != NULL)
		image_element(w, "logo", h->logo);
	if (h->rights != NULL)
		text_element_str(w, "rights", h->rights);
	for (i = 0; i < h->ntombstones; i++) {
		char	 d[TIMEFMT_RFC3339_MAX];

		xmlout_start(x, "at:deleted-entry");
		xmlout_attr(x, "ref", h->tombstones[i].ref);
		xmlout_attrn(x, "when", d, timefmt_rfc3339(d,
		    h->tombstones[i].when.t, h->tombstones[i].when.offset));
		xmlout_end(x);
	}
	return w;
}

static void
atom_entry(void *v, const struct entry *e)
{
	struct atom_writer	*w = v;
	struct xmlout		*x = &w->x;
	size_t			 i;

	xmlout_start(x, "entry");
	if (e->image.n > 0)
		media_declare(x);
	xmlout_element(x, "id", e->id.p, e->id.n);
	text_element(w, "title", e->title.p, e->title.n);
	link_element(x, "alternate", "text/html", e->link.p, e->link.n);
	for (i = 0; i < e->nenclosures; i++) {
		const struct enclosure *f = &e->enclosures[i];
		char	 d[24];

		xmlout_start(x, "link");
		xmlout_attr(x, "rel", "enclosure");
		xmlout_attrn(x, "type", f->type.p, f->type.n);
		/* Optional (RFC 4287 4.2.7.6): 0, not known, would say empty. */
		if (f->length > 0)
			xmlout_attrn(x, "length", d, media_length(d,
			    f->length));
		xmlout_attrn(x, "href", f->url.p, f->url.n);
		xmlout_end(x);
	}
	date_element(x, "published", &e->published);
	date_element(x, "updated", &e->updated);
	xmlout_start(x, "author");
	xmlout_element(x, "name", e->author_name.p, e->author_name.n);
	xmlout_element(x, "email", e->author_email.p, e->author_email.n);
	xmlout_end(x);
	for (i = 0; i < e->ncategories; i++) {
		xmlout_start(x, "category");
		xmlout_attrn(x, "term", e->categories[i].p, e->categories[i].n);
		xmlout_end(x);
	}
	text_element(w, "summary", e->summary.p, e->summary.n);
	xmlout_start(x, "content");
	xmlout_attr(x, "type", "html");
	xmlout_cdata(x, e->content_html.p, e->content_html.n);
	xmlout_end(x);
	if (e->image.n > 0)
		media_image(x, e, &w->tmp);
	xmlout_end(x);
}

static void
atom_close(void *v)
{
	struct atom_writer	*w = v;

	xmlout_finish(&w->x);
	buf_free(&w->tmp);
	free(w);
}

const struct feed_format format_atom = {
	"atom", "atom.xml", "application/atom+xml", "Atom 1.0",
	atom_open, atom_entry, atom_close, false
};

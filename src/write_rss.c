/*
 * write_rss: RSS 2.0 (https://www.rssboard.org/rss-specification), with
 * atom:link rel="self" and content:encoded for the full text. Dates are
 * RFC 822 with a four-digit year and a numeric zone.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "email.h"
#include "escape.h"
#include "feed.h"
#include "render.h"
#include "uri.h"
#include "write_history.h"
#include "write_media.h"
#include "xmlout.h"

#define ATOM_NS		"http://www.w3.org/2005/Atom"
#define CONTENT_NS	"http://purl.org/rss/1.0/modules/content/"

struct rss_writer {
	struct xmlout	 x;
	struct buf	 tmp;	/* reused for derived strings */
};

/* The URL of the IRI s[0..n), in w->tmp: RSS takes URLs, the model IRIs. */
static const struct buf *
as_url(struct rss_writer *w, const char *s, size_t n)
{
	buf_clear(&w->tmp);
	uri_from_iri(&w->tmp, s, n);
	return &w->tmp;
}

static void
url_element(struct rss_writer *w, const char *name, const char *s, size_t n)
{
	const struct buf *u = as_url(w, s, n);

	xmlout_element(&w->x, name, u->data, u->len);
}

static void
date_element(struct xmlout *x, const char *name, const struct when *w)
{
	char	 d[TIMEFMT_RFC822_MAX];

	xmlout_element(x, name, d, timefmt_rfc822(d, w->t, w->offset));
}

/*
 * An element that holds HTML (description, content:encoded): a CDATA
 * section; plain text elsewhere uses character references.
 */
static void
html_element(struct xmlout *x, const char *name, const char *s, size_t n)
{
	xmlout_start(x, name);
	xmlout_cdata(x, s, n);
	xmlout_end(x);
}

/* RSS names a person as "EMAIL (Name)". */
static void
person_element(struct rss_writer *w, const char *name, const char *email,
    size_t elen, const char *who, size_t wlen)
{
	buf_clear(&w->tmp);
	email_person_append(&w->tmp, email, elen, who, wlen);
	xmlout_element(&w->x, name, w->tmp.data, w->tmp.len);
}

/* RFC 5005 appendix B: an archive link as atom:link in the channel. */
static void
archive_link(struct xmlout *x, const char *rel, const char *href)
{
	xmlout_start(x, "atom:link");
	xmlout_attr(x, "href", href);
	xmlout_attr(x, "rel", rel);
	xmlout_attr(x, "type", format_rss.media_type);
	xmlout_end(x);
}

static void *
rss_open(struct outbuf *o, const struct feed_head *h)
{
	struct rss_writer	*w = xcalloc(1, sizeof(*w));
	struct xmlout		*x = &w->x;
	size_t			 i;

	buf_init(&w->tmp);
	xmlout_init(x, o);
	xmlout_set_text(x, &escape_xml_text_hex);
	xmlout_declaration(x);
	xmlout_start(x, "rss");
	xmlout_attr(x, "version", "2.0");
	xmlout_attr(x, "xmlns:atom", ATOM_NS);
	xmlout_attr(x, "xmlns:content", CONTENT_NS);
	if (h->is_archive || h->prev_archive[FEED_RSS] != NULL)
		xmlout_attr(x, "xmlns:fh", FEED_HISTORY_NS);
	xmlout_start(x, "channel");
	xmlout_element_str(x, "title", h->title);
	url_element(w, "link", h->link, strlen(h->link));
	/* RSS requires a description; the title stands in when there is no subtitle. */
	xmlout_element_str(x, "description",
	    h->subtitle != NULL ? h->subtitle : h->title);
	if (h->language != NULL)
		xmlout_element_str(x, "language", h->language);
	if (h->rights != NULL)
		xmlout_element_str(x, "copyright", h->rights);
	if (h->managing_editor != NULL)
		xmlout_element_str(x, "managingEditor", h->managing_editor);
	if (h->web_master != NULL)
		xmlout_element_str(x, "webMaster", h->web_master);
	date_element(x, "lastBuildDate", &h->updated);
	for (i = 0; i < h->ncategories; i++)
		xmlout_element_str(x, "category", h->categories[i]);
	buf_clear(&w->tmp);
	buf_adds(&w->tmp, PACKAGE_NAME " ");
	buf_adds(&w->tmp, h->generator_version);
	xmlout_element(x, "generator", w->tmp.data, w->tmp.len);
	xmlout_start(x, "atom:link");
	xmlout_attr(x, "href", h->self[FEED_RSS]);
	xmlout_attr(x, "rel", "self");
	xmlout_attr(x, "type", format_rss.media_type);
	xmlout_end(x);
	history_links(x, h, FEED_RSS, archive_link);
	for (i = 0; i < h->nhubs; i++) {
		xmlout_start(x, "atom:link");
		xmlout_attr(x, "href", h->hubs[i]);
		xmlout_attr(x, "rel", "hub");
		xmlout_end(x);
	}
	if (h->ttl > 0) {
		char	 t[24];

		xmlout_element(x, "ttl", t, (size_t)snprintf(t, sizeof(t),
		    "%lu", h->ttl));
	}
	/* RSS has one image: the logo, or else the icon. */
	if (h->logo != NULL || h->icon != NULL) {
		const char *logo;

		xmlout_start(x, "image");
		logo = h->logo != NULL ? h->logo : h->icon;
		url_element(w, "url", logo, strlen(logo));
		xmlout_element_str(x, "title", h->title);
		url_element(w, "link", h->link, strlen(h->link));
		xmlout_end(x);
	}
	return w;
}

static void
rss_entry(void *v, const struct entry *e)
{
	struct rss_writer	*w = v;
	struct xmlout		*x = &w->x;
	size_t			 i;

	xmlout_start(x, "item");
	if (e->image.n > 0 || e->nenclosures > 1)
		media_declare(x);
	xmlout_element(x, "title", e->title.p, e->title.n);
	url_element(w, "link", e->link.p, e->link.n);
	/* description is HTML by convention, so the summary text is escaped as HTML. */
	buf_clear(&w->tmp);
	html_escape(&w->tmp, e->summary.p, e->summary.n);
	html_element(x, "description", w->tmp.data, w->tmp.len);
	html_element(x, "content:encoded", e->content_html.p,
	    e->content_html.n);
	person_element(w, "author", e->author_email.p, e->author_email.n,
	    e->author_name.p, e->author_name.n);
	for (i = 0; i < e->ncategories; i++)
		xmlout_element(x, "category", e->categories[i].p,
		    e->categories[i].n);
	xmlout_start(x, "guid");
	xmlout_attr(x, "isPermaLink", e->id_is_link ? "true" : "false");
	if (e->id_is_link) {
		const struct buf *u = as_url(w, e->id.p, e->id.n);

		xmlout_text(x, u->data, u->len);
	} else
		xmlout_text(x, e->id.p, e->id.n);
	xmlout_end(x);
	date_element(x, "pubDate", &e->published);
	/*
	 * RSS allows one enclosure: the first file. The others are Media RSS
	 * files, written before it: newsboat keeps the last file it reads.
	 */
	for (i = 1; i < e->nenclosures; i++)
		media_file(x, &e->enclosures[i], &w->tmp);
	if (e->image.n > 0)
		media_image(x, e, &w->tmp);
	if (e->nenclosures > 0) {
		const struct enclosure *f = &e->enclosures[0];
		const struct buf *u = as_url(w, f->url.p, f->url.n);
		char	 d[24];

		xmlout_start(x, "enclosure");
		xmlout_attrn(x, "url", u->data, u->len);
		xmlout_attrn(x, "length", d, media_length(d, f->length));
		xmlout_attrn(x, "type", f->type.p, f->type.n);
		xmlout_end(x);
	}
	xmlout_end(x);
}

static void
rss_close(void *v)
{
	struct rss_writer	*w = v;

	xmlout_finish(&w->x);
	buf_free(&w->tmp);
	free(w);
}

const struct feed_format format_rss = {
	"rss", "rss.xml", "application/rss+xml", "RSS 2.0",
	rss_open, rss_entry, rss_close, false
};

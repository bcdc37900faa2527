/*
 * write_json: JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written
 * through jsonout. JSON Feed has no email field, so an author's address
 * is its url, as a mailto: URI (RFC 6068). Dates are RFC 3339 in the
 * record's zone, as in Atom; ids are the same stable ids.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "feed.h"
#include "jsonout.h"
#include "test_hook.h"
#include "uri.h"

#define JSONFEED_VERSION "https://jsonfeed.org/version/1.1"

struct json_writer {
	struct jsonout	 j;
	struct buf	 tmp;
};

static void
date_member(struct jsonout *j, const char *name, const struct when *w)
{
	char	 d[TIMEFMT_RFC3339_MAX];

	jsonout_member(j, name, d, timefmt_rfc3339(d, w->t, w->offset));
}

/*
 * What may stand unencoded in an address of a mailto URI (RFC 6068 2):
 * its qchar but "," (which separates addresses), ";" (RFC 6068 2 says
 * it must be encoded) and "@" (only the one before the domain stays).
 */
#define MAILTO_KEEP	"!$'()*+:"

/*
 * "mailto:" and the address, percent-encoding what RFC 6068 does not let
 * stand in a mailto URI: "\"desk;news,intl\"@example.org" is
 * mailto:%22desk%3Bnews%2Cintl%22@example.org, as RFC 6068's own
 * mailto:%22not%40me%22@example.org. The last "@" is the one before the
 * domain (RFC 5322 addr-spec: a domain has none).
 */
static void
mailto(struct buf *b, const char *email, size_t n)
{
	const char	*at = NULL, *p;

	for (p = email; p < email + n; p++)
		if (*p == '@')
			at = p;
	buf_clear(b);
	buf_adds(b, "mailto:");
	if (at == NULL) {
		uri_percent_encode(b, email, n, MAILTO_KEEP);
		return;
	}
	uri_percent_encode(b, email, (size_t)(at - email), MAILTO_KEEP);
	buf_adds(b, "@");
	uri_percent_encode(b, at + 1, n - (size_t)(at - email) - 1,
	    MAILTO_KEEP);
}

/* "authors": [{"name": ..., "url": "mailto:..."}] */
static void
authors(struct json_writer *w, const char *name, size_t nlen,
    const char *email, size_t elen)
{
	struct jsonout	*j = &w->j;

	jsonout_key(j, "authors");
	jsonout_array(j);
	jsonout_object(j);
	jsonout_member(j, "name", name, nlen);
	if (email != NULL) {
		mailto(&w->tmp, email, elen);
		jsonout_member(j, "url", w->tmp.data, w->tmp.len);
	}
	jsonout_end(j);
	jsonout_end(j);
}

/* "hubs": [{"type": "WebSub", "url": ...}], as Atom's rel="hub" links. */
static void
hubs(struct jsonout *j, const struct feed_head *h)
{
	size_t	 i;

	jsonout_key(j, "hubs");
	jsonout_array(j);
	for (i = 0; i < h->nhubs; i++) {
		jsonout_object(j);
		jsonout_member_str(j, "type", "WebSub");
		jsonout_member_str(j, "url", h->hubs[i]);
		jsonout_end(j);
	}
	jsonout_end(j);
}

static void *
json_open(struct outbuf *o, const struct feed_head *h)
{
	struct json_writer	*w = xcalloc(1, sizeof(*w));
	struct jsonout		*j = &w->j;

	buf_init(&w->tmp);
	jsonout_init(j, o);
	jsonout_object(j);
	jsonout_member_str(j, "version", JSONFEED_VERSION);
	jsonout_member_str(j, "title", h->title);
	jsonout_member_str(j, "home_page_url", h->link);
	jsonout_member_str(j, "feed_url", h->self[FEED_JSON]);
	/* JSON Feed's only history word: next_url, the older items. */
	if (h->prev_archive[FEED_JSON] != NULL)
		jsonout_member_str(j, "next_url", h->prev_archive[FEED_JSON]);
	if (h->subtitle != NULL)
		jsonout_member_str(j, "description", h->subtitle);
	if (h->language != NULL)
		jsonout_member_str(j, "language", h->language);
	/*
	 * The icon setting is the site's small icon: JSON Feed's favicon.
	 * Its icon is a large square image (512 x 512), for which there is
	 * no setting (logo is wide): left out, not filled with a small one.
	 */
	if (h->icon != NULL)
		jsonout_member_str(j, "favicon", h->icon);
	if (h->author != NULL)
		authors(w, h->author, strlen(h->author), h->author_email,
		    h->author_email != NULL ? strlen(h->author_email) : 0);
	if (h->nhubs > 0)
		hubs(j, h);
	jsonout_key(j, "items");
	jsonout_array(j);
	return w;
}

static void
json_entry(void *v, const struct entry *e)
{
	struct json_writer	*w = v;
	struct jsonout		*j = &w->j;
	size_t			 i;
	bool			 broken;

	/* For tests: an item written wrong, as a bug would (test_hook.h). */
	buf_clear(&w->tmp);
	buf_add(&w->tmp, e->id.p, e->id.n);
	broken = test_hook("json-item", w->tmp.data) == -1;
	jsonout_object(j);
	jsonout_member(j, "id", e->id.p, e->id.n);
	jsonout_member(j, "url", e->link.p, e->link.n);
	jsonout_member(j, "title", e->title.p, e->title.n);
	if (!broken)
		jsonout_member(j, "content_html", e->content_html.p,
		    e->content_html.n);
	jsonout_member(j, "summary", e->summary.p, e->summary.n);
	date_member(j, "date_published", &e->published);
	date_member(j, "date_modified", &e->updated);
	authors(w, e->author_name.p, e->author_name.n, e->author_email.p,
	    e->author_email.n);
	if (e->ncategories > 0) {
		jsonout_key(j, "tags");
		jsonout_array(j);
		for (i = 0; i < e->ncategories; i++)
			jsonout_string(j, e->categories[i].p,
			    e->categories[i].n);
		jsonout_end(j);
	}
	if (e->image.n > 0)
		jsonout_member(j, "image", e->image.p, e->image.n);
	if (e->nenclosures > 0) {
		jsonout_key(j, "attachments");
		jsonout_array(j);
		for (i = 0; i < e->nenclosures; i++) {
			const struct enclosure *f = &e->enclosures[i];

			jsonout_object(j);
			jsonout_member(j, "url", f->url.p, f->url.n);
			jsonout_member(j, "mime_type", f->type.p, f->type.n);
			/* Optional in JSON Feed 1.1: 0, not known, is left out. */
			if (f->length > 0)
				jsonout_member_number(j, "size_in_bytes",
				    f->length);
			jsonout_end(j);
		}
		jsonout_end(j);
	}
	jsonout_end(j);
}

static void
json_close(void *v)
{
	struct json_writer	*w = v;

	jsonout_finish(&w->j);
	buf_free(&w->tmp);
	free(w);
}

const struct feed_format format_json = {
	"json", "feed.json", "application/feed+json", "JSON Feed 1.1",
	json_open, json_entry, json_close, false
};

/*
 * write_html: the HTML a person sees. Two formats over the same model:
 *
 * - the page (index.html unless the "page" setting renames it or turns it
 *   off): the feed's title and description, a subscribe section with each
 *   feed's URL, and the entries, for the person who clicks "feed" on a
 *   site and would otherwise get a wall of XML;
 * - the discovery fragment (only with the "discovery" setting): the
 *   autodiscovery <link rel="alternate"> tags alone, to paste into the
 *   <head> of the site's own pages.
 *
 * Both are written with xmlout, unchanged, as polyglot markup (HTML5 that
 * is also well-formed XML: the XHTML namespace, void elements closed with
 * "/>", every text escaped), so the page is parsed back like the feeds
 * before it is published and no second escaping routine exists. No
 * script; a little inline CSS that holds no character xmlout escapes.
 *
 * Direction and language: the page of a feed whose language is written
 * right to left is dir="rtl". Each text from the feed or its records
 * (titles, summaries, author names, categories, rights) is isolated with
 * dir="auto" on the block that holds only it, or <bdi> inside a line, so
 * that its direction is its own and a stray U+202E ends with it. The
 * page's own words are English: marked lang="en" unless the page is, on
 * the element that holds only them, and, like URLs, dir="ltr" where the
 * page is right to left.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "civil.h"
#include "date.h"
#include "escape.h"
#include "feed.h"
#include "langtag.h"
#include "xmlout.h"

#define XHTML_NS "http://www.w3.org/1999/xhtml"

/* Narrow-screen first; no '<', '>', '&' or '"' (see above). */
static const char page_css[] =
"body{font:1rem/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;"
"padding:0 1rem 2rem;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}"
"header{padding:1rem 0 .5rem;border-bottom:2px solid #c60}"
"h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}"
"h2{font-size:1.2rem;margin:1.5rem 0 .5rem}"
"h3{font-size:1.1rem;line-height:1.3;margin:0}"
"a{color:#0645ad}"
".feeds{list-style:none;padding:0;margin:0}"
".feeds li{margin:0 0 .75rem}"
"code{display:block;background:#f3f3f3;border:1px solid #ddd;"
"padding:.25rem .5rem;font-size:.85rem;user-select:all}"
"article{border-top:1px solid #e5e5e5;padding:.75rem 0}"
".meta{color:#555;font-size:.9rem;margin:.25rem 0}"
"footer{margin-top:2rem;color:#777;font-size:.8rem}";

struct html_writer {
	struct xmlout	 x;
	struct buf	 tmp;		/* a summary, its line ends made LF */
	const char	*rights;	/* for the footer; may be NULL */
	bool		 rtl;		/* the feed's language is right to left */
	bool		 not_en;	/* the page is not said to be English */
};

/* The attributes of an element holding only the page's English words. */
static void
english(struct html_writer *w)
{
	if (w->not_en) {
		xmlout_attr(&w->x, "lang", "en");
		xmlout_attr(&w->x, "xml:lang", "en");
	}
	if (w->rtl)
		xmlout_attr(&w->x, "dir", "ltr");
}

/* <NAME lang="en">TEXT</NAME>, for the page's own words. */
static void
english_element(struct html_writer *w, const char *name, const char *text)
{
	xmlout_start(&w->x, name);
	english(w);
	xmlout_text(&w->x, text, strlen(text));
	xmlout_end(&w->x);
}

/* A URL shown as text reads left to right, its final "/" too. */
static void
url_direction(struct html_writer *w)
{
	if (w->rtl)
		xmlout_attr(&w->x, "dir", "ltr");
}

/* <NAME dir="auto">TEXT</NAME>: a text of the feed's, in its own direction. */
static void
own_text_element(struct xmlout *x, const char *name, const char *s, size_t n)
{
	xmlout_start(x, name);
	xmlout_attr(x, "dir", "auto");
	xmlout_text(x, s, n);
	xmlout_end(x);
}

/*
 * The summary, a paragraph of a record that may end its lines with CR LF
 * or, from an old Mac, a lone CR: each line end is one LF, as HTML takes
 * no reference to CR (a parse error) and a CR dropped would join lines.
 */
static void
summary_element(struct html_writer *w, const char *s, size_t n)
{
	size_t	 i;

	if (memchr(s, '\r', n) != NULL) {
		buf_clear(&w->tmp);
		for (i = 0; i < n; i++)
			if (s[i] != '\r')
				buf_addc(&w->tmp, s[i]);
			else if (i + 1 == n || s[i + 1] != '\n')
				buf_addc(&w->tmp, '\n');
		s = w->tmp.data;
		n = w->tmp.len;
	}
	own_text_element(&w->x, "p", s, n);
}

/* The <link rel="alternate"> tag of each of a feed's formats, titled "TITLE (Atom 1.0)". */
static void
alternate_set(struct xmlout *x, struct buf *title, const char *feed_title,
    char *const *self, bool own_lines)
{
	size_t	 i;

	for (i = 0; i < FEED_NFORMATS; i++) {
		if (self[i] == NULL)
			continue;
		buf_clear(title);
		buf_adds(title, feed_title);
		buf_adds(title, " (");
		buf_adds(title, feed_formats[i]->label);
		buf_addc(title, ')');
		xmlout_start(x, "link");
		xmlout_attr(x, "rel", "alternate");
		xmlout_attr(x, "type", feed_formats[i]->media_type);
		xmlout_attrn(x, "title", title->data, title->len);
		xmlout_attr(x, "href", self[i]);
		xmlout_end(x);
		if (own_lines)
			outbuf_putc(x->out, '\n');
	}
}

/* Writes the <link rel="alternate"> tag of every feed that is published, the category feeds' last. */
static void
alternate_links(struct xmlout *x, const struct feed_head *h, bool own_lines)
{
	struct buf	 title;
	size_t		 i;

	buf_init(&title);
	alternate_set(x, &title, h->title, h->self, own_lines);
	for (i = 0; i < h->ncategory_links; i++)
		alternate_set(x, &title, h->category_links[i].title,
		    h->category_links[i].self, own_lines);
	buf_free(&title);
}

static void
meta(struct xmlout *x, const char *name, const char *content)
{
	xmlout_start(x, "meta");
	xmlout_attr(x, "name", name);
	xmlout_attr(x, "content", content);
	xmlout_end(x);
}

/*
 * "6 February 2025, 06:32 (UTC+09:00)": English whatever the locale, in
 * the zone the record was written in. Like timefmt, an offset that is not
 * whole minutes is shown in UTC. Returns the length written into buf.
 */
static size_t
human_date(char *buf, size_t size, const struct when *w)
{
	static const char *const months[] = { "January", "February",
	    "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" };
	struct civil	 c;
	int32_t		 off = w->offset;
	int		 n;

	if (off % 60 != 0 || off <= -86400 || off >= 86400)
		off = 0;
	civil_from_seconds(w->t + off, &c);
	if (off == 0)
		n = snprintf(buf, size, "%d %s %d, %02d:%02d (UTC)", c.day,
		    months[c.month - 1], c.year, c.hour, c.min);
	else
		n = snprintf(buf, size, "%d %s %d, %02d:%02d (UTC%c%02d:%02d)",
		    c.day, months[c.month - 1], c.year, c.hour, c.min,
		    off < 0 ? '-' : '+', abs(off) / 3600, abs(off) % 3600 / 60);
	return n < 0 ? 0 : (size_t)n >= size ? size - 1 : (size_t)n;
}

static void
page_head(struct xmlout *x, const struct feed_head *h)
{
	struct buf		 gen;

	xmlout_start(x, "head");
	xmlout_start(x, "meta");
	xmlout_attr(x, "charset", "utf-8");
	xmlout_end(x);
	meta(x, "viewport", "width=device-width, initial-scale=1");
	xmlout_element_str(x, "title", h->title);
	if (h->subtitle != NULL)
		meta(x, "description", h->subtitle);
	buf_init(&gen);
	buf_adds(&gen, PACKAGE_NAME " ");
	buf_adds(&gen, h->generator_version);
	meta(x, "generator", gen.data);
	buf_free(&gen);
	alternate_links(x, h, false);
	if (h->icon != NULL) {
		xmlout_start(x, "link");
		xmlout_attr(x, "rel", "icon");
		xmlout_attr(x, "href", h->icon);
		xmlout_end(x);
	}
	xmlout_element(x, "style", page_css, sizeof(page_css) - 1);
	xmlout_end(x);
}

/* With category-feeds: each category, and a link to each of its feeds. */
static void
category_list(struct html_writer *w, const struct feed_head *h)
{
	struct xmlout	*x = &w->x;
	const struct feed_category_link *c;
	size_t	 i, k;
	bool	 first;

	english_element(w, "h3", "By category");
	xmlout_start(x, "ul");
	xmlout_attr(x, "class", "feeds");
	xmlout_attr(x, "id", "categories");
	for (i = 0; i < h->ncategory_links; i++) {
		c = &h->category_links[i];
		xmlout_start(x, "li");
		xmlout_element_str(x, "bdi", c->category);
		xmlout_text(x, ": ", 2);
		first = true;
		for (k = 0; k < FEED_NFORMATS; k++) {
			if (c->self[k] == NULL)
				continue;
			if (!first)
				xmlout_text(x, " \xc2\xb7 ", 4);	/* U+00B7 */
			first = false;
			xmlout_start(x, "a");
			xmlout_attr(x, "href", c->self[k]);
			xmlout_attr(x, "type", feed_formats[k]->media_type);
			xmlout_text(x, feed_formats[k]->label,
			    strlen(feed_formats[k]->label));
			xmlout_end(x);
		}
		xmlout_end(x);
	}
	xmlout_end(x);
}

static void
subscribe_section(struct html_writer *w, const struct feed_head *h)
{
	struct xmlout	*x = &w->x;
	size_t		 i;

	xmlout_start(x, "section");
	xmlout_attr(x, "id", "subscribe");
	english_element(w, "h2", "Subscribe");
	english_element(w, "p", "This page is a feed. To follow it, copy "
	    "one of these addresses into your feed reader:");
	xmlout_start(x, "ul");
	xmlout_attr(x, "class", "feeds");
	for (i = 0; i < FEED_NFORMATS; i++) {
		if (h->self[i] == NULL)
			continue;
		xmlout_start(x, "li");
		xmlout_start(x, "a");
		xmlout_attr(x, "href", h->self[i]);
		xmlout_attr(x, "type", feed_formats[i]->media_type);
		xmlout_text(x, feed_formats[i]->label,
		    strlen(feed_formats[i]->label));
		xmlout_end(x);
		xmlout_start(x, "code");
		url_direction(w);
		xmlout_text(x, h->self[i], strlen(h->self[i]));
		xmlout_end(x);
		xmlout_end(x);
	}
	xmlout_end(x);
	if (h->ncategory_links > 0)
		category_list(w, h);
	xmlout_end(x);
}

static void *
page_open(struct outbuf *o, const struct feed_head *h)
{
	struct html_writer	*w = xcalloc(1, sizeof(*w));
	struct xmlout		*x = &w->x;

	buf_init(&w->tmp);
	w->rights = h->rights;
	w->rtl = h->language != NULL && langtag_rtl(h->language,
	    strlen(h->language));
	w->not_en = h->language == NULL || !langtag_language_is(h->language,
	    strlen(h->language), "en");
	xmlout_init(x, o);
	/* HTML takes no reference to CR (a parse error); see summary_element. */
	xmlout_set_text(x, &escape_html_text);
	outbuf_puts(o, "<!DOCTYPE html>\n");
	xmlout_start(x, "html");
	xmlout_attr(x, "xmlns", XHTML_NS);
	if (h->language != NULL) {
		xmlout_attr(x, "lang", h->language);
		xmlout_attr(x, "xml:lang", h->language);
	}
	/* HTML's root is left to right unless it says otherwise. */
	if (w->rtl)
		xmlout_attr(x, "dir", "rtl");
	page_head(x, h);
	xmlout_start(x, "body");
	xmlout_start(x, "header");
	if (h->logo != NULL) {
		xmlout_start(x, "img");
		xmlout_attr(x, "src", h->logo);
		xmlout_attr(x, "alt", h->title);
		xmlout_attr(x, "style", "max-height:4rem;max-width:100%");
		xmlout_end(x);
	}
	own_text_element(x, "h1", h->title, strlen(h->title));
	if (h->subtitle != NULL)
		own_text_element(x, "p", h->subtitle, strlen(h->subtitle));
	xmlout_start(x, "p");
	xmlout_start(x, "a");
	xmlout_attr(x, "href", h->link);
	url_direction(w);
	xmlout_text(x, h->link, strlen(h->link));
	xmlout_end(x);
	xmlout_end(x);
	xmlout_end(x);
	subscribe_section(w, h);
	xmlout_start(x, "section");
	xmlout_attr(x, "id", "entries");
	english_element(w, "h2", "Latest articles");
	return w;
}

static void
page_entry(void *v, const struct entry *e)
{
	struct html_writer	*w = v;
	struct xmlout		*x = &w->x;
	char			 iso[TIMEFMT_RFC3339_MAX], human[64];
	size_t			 isolen;

	isolen = timefmt_rfc3339(iso, e->published.t, e->published.offset);
	xmlout_start(x, "article");
	xmlout_start(x, "h3");
	xmlout_attr(x, "dir", "auto");
	xmlout_start(x, "a");
	xmlout_attrn(x, "href", e->link.p, e->link.n);
	xmlout_text(x, e->title.p, e->title.n);
	xmlout_end(x);
	xmlout_end(x);
	xmlout_start(x, "p");
	xmlout_attr(x, "class", "meta");
	xmlout_start(x, "time");
	xmlout_attrn(x, "datetime", iso, isolen);
	english(w);
	xmlout_text(x, human, human_date(human, sizeof(human), &e->published));
	xmlout_end(x);
	xmlout_text(x, " \xc2\xb7 ", 4);	/* U+00B7 MIDDLE DOT */
	xmlout_element(x, "bdi", e->author_name.p, e->author_name.n);
	xmlout_end(x);
	if (e->image.n > 0) {
		xmlout_start(x, "img");
		xmlout_attrn(x, "src", e->image.p, e->image.n);
		xmlout_attrn(x, "alt", e->image_alt.p, e->image_alt.n);
		xmlout_attr(x, "style", "max-width:100%;height:auto");
		xmlout_end(x);
	}
	summary_element(w, e->summary.p, e->summary.n);
	xmlout_start(x, "p");
	xmlout_start(x, "a");
	xmlout_attrn(x, "href", e->link.p, e->link.n);
	english(w);
	xmlout_text(x, "Read the article", strlen("Read the article"));
	xmlout_end(x);
	xmlout_end(x);
	xmlout_end(x);
}

static void
page_close(void *v)
{
	struct html_writer	*w = v;
	struct xmlout		*x = &w->x;

	xmlout_end(x);	/* section */
	xmlout_start(x, "footer");
	if (w->rights != NULL)
		own_text_element(x, "p", w->rights, strlen(w->rights));
	english_element(w, "p", "Made with " PACKAGE_NAME ".");
	xmlout_end(x);
	xmlout_finish(x);
	buf_free(&w->tmp);
	free(w);
}

const struct feed_format format_page = {
	"page", "index.html", "text/html", NULL,
	page_open, page_entry, page_close, false
};

static void *
discovery_open(struct outbuf *o, const struct feed_head *h)
{
	struct xmlout	*x = xcalloc(1, sizeof(*x));

	xmlout_init(x, o);
	outbuf_puts(o, "<!-- The feeds of this site, for its pages' <head>; "
	    "written by " PACKAGE_NAME ". -->\n");
	alternate_links(x, h, true);
	return x;
}

static void
discovery_entry(void *v, const struct entry *e)
{
	(void)v;
	(void)e;
}

static void
discovery_close(void *v)
{
	free(v);
}

/* Several top-level elements: HTML, but not an XML document. */
const struct feed_format format_discovery = {
	"discovery", "discovery.html", "text/html", NULL,
	discovery_open, discovery_entry, discovery_close, true
};

/*
 * validate_atom_link: atom:link (RFC 4287 4.2.7), checked by the same
 * rules wherever it stands: in an Atom feed, entry or source, or in an
 * RSS channel or item (RFC 5005 appendix B, WebSub 4). What depends on
 * where is small and named here: only RSS has no base against which a
 * relative href could be resolved, unless an xml:base gives one (a hub's
 * must be http or https in both), only an RSS item is told that the
 * feed's own relations belong in the channel, and only Atom counts the
 * alternate links of its feed or entry (4.1.1, 4.1.2).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "uri.h"
#include "validate_int.h"

/* IANA link relations (RFC 4287 section 7.1 and the IANA registry). */
static const char *const link_rels[] = {
	"alternate", "related", "self", "enclosure", "via", "first", "last",
	"next", "previous", "prev", "next-archive", "prev-archive", "current",
	"payment", "license", "replies", "edit", "edit-media", "service",
	"hub", "up", "search", "describedby", "icon", "author", "canonical",
	"shortlink", "preview", "profile", "archives", "bookmark", "help",
	"index", "start", "stylesheet", "tag", "copyright",
	"duplicate", "latest-version", "predecessor-version",
	"successor-version", "version-history", "working-copy",
	"working-copy-of", "lrdd", "monitor", "monitor-group", "memento",
	"original", "timegate", "timemap", "nofollow", "noreferrer",
	"pingback", "prefetch", "webmention", "item", "collection",
	"external",
};

/* The relations of RFC 5005 (feed paging and archiving) and WebSub's hub. */
static const char *const feed_rels[] = { "prev-archive", "next-archive",
    "current", "first", "last", "next", "previous", "hub", NULL };

bool
is_feed_rel(const char *rel)
{
	size_t	 i;

	for (i = 0; feed_rels[i] != NULL; i++)
		if (strcmp(rel, feed_rels[i]) == 0)
			return true;
	return false;
}

static bool
rel_registered(const char *rel)
{
	size_t	 i;

	for (i = 0; i < sizeof(link_rels) / sizeof(link_rels[0]); i++)
		if (strcmp(rel, link_rels[i]) == 0)
			return true;
	return false;
}

void
link_seen_free(struct link_seen *s)
{
	size_t	 i;

	for (i = 0; i < s->nalts; i++)
		buf_free(&s->alts[i]);
	free(s->alts);
	s->alts = NULL;
	s->nalts = 0;
}

/*
 * RFC 4287 2: xml:base gives the base against which the relative
 * references in its scope resolve (RFC 3986 5.1.1), an atom:link in RSS
 * included. True if N has an absolute base in scope: an absolute xml:base
 * on N or an ancestor, any relative ones nearer N resolving against it.
 * One that is no IRI reference gives no base.
 */
static bool
base_in_scope(xmlNodePtr n)
{
	struct buf	 b;
	bool		 found = false;

	vbuf_init(&b);
	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if (!attr_get(n, NS_XML, "base", &b))
			continue;
		if (has_space(b.data) || !uri_is_iri_reference(b.data, b.len))
			break;
		if (uri_is_absolute_iri(b.data, b.len)) {
			found = true;
			break;
		}
	}
	buf_free(&b);
	return found;
}

/* 4.1.1 and 4.1.2: one alternate link per type and hreflang. */
static void
alternate(struct vctx *c, xmlNodePtr n, struct link_seen *s,
    const char *what, struct buf *type, struct buf *lang)
{
	struct buf	 key;
	size_t		 i;

	vbuf_init(&key);
	for (i = 0; i < type->len; i++)
		if (type->data[i] >= 'A' && type->data[i] <= 'Z')
			type->data[i] += 'a' - 'A';
	buf_adds(&key, type->data);
	buf_addc(&key, '\1');
	for (i = 0; i < lang->len; i++)
		if (lang->data[i] >= 'A' && lang->data[i] <= 'Z')
			lang->data[i] += 'a' - 'A';
	buf_adds(&key, lang->data);
	for (i = 0; i < s->nalts; i++)
		if (strcmp(s->alts[i].data, key.data) == 0)
			break;
	if (i < s->nalts)
		vreport(c, n, RULE_ATOM_LINK_ALTERNATE, "atom:%s has more "
		    "than one alternate link with type \"%s\" and hreflang "
		    "\"%s\"", what, type->data, lang->data);
	else if (s->nalts < 64) {
		s->alts = xreallocarray(s->alts, s->nalts + 1,
		    sizeof(*s->alts));
		vbuf_init(&s->alts[s->nalts]);
		buf_adds(&s->alts[s->nalts++], key.data);
	}
	buf_free(&key);
}

void
atom_link_check(struct vctx *c, xmlNodePtr n, enum link_place where,
    const char *what, struct link_seen *seen)
{
	struct buf	 href, v, type, lang, rel;
	const char	*name;
	struct date_value when;
	bool		 has_rel, has_href, rss = where != LINK_ATOM;

	vbuf_init(&href);
	vbuf_init(&v);
	vbuf_init(&type);
	vbuf_init(&lang);
	vbuf_init(&rel);
	has_rel = attr_get(n, NULL, "rel", &rel);
	if (!has_rel)
		buf_adds(&rel, "alternate");
	name = uri_link_rel_name(rel.data);
	if (!(has_href = attr_get(n, NULL, "href", &href)))
		vreport(c, n, RULE_ATOM_LINK_HREF, "atom:link has no "
		    "href attribute");
	else if (has_space(href.data) ||
	    !uri_is_iri_reference(href.data, href.len))
		vreport(c, n, RULE_ATOM_IRI, "href \"%s\" of atom:link "
		    "is not an IRI reference", href.data);
	else if (rss && !uri_is_absolute_iri(href.data, href.len) &&
	    !base_in_scope(n))
		vreport(c, n, RULE_ATOM_LINK_RELATIVE, "href \"%s\" of "
		    "atom:link rel=\"%s\" is relative: RSS gives no base to "
		    "resolve it against", href.data, rel.data);
	else if (strcmp(name, "hub") == 0 &&
	    uri_is_absolute_iri(href.data, href.len) &&
	    !uri_is_http(href.data, href.len))
		vreport(c, n, RULE_ATOM_LINK_HUB, "href \"%s\" of atom:link "
		    "rel=\"hub\" is not an http or https URL", href.data);
	if (attr_get(n, NULL, "type", &type) && !is_mime_type(type.data))
		vreport(c, n, RULE_ATOM_LINK_TYPE, "type \"%s\" of "
		    "atom:link is not a MIME media type", type.data);
	if (attr_get(n, NULL, "hreflang", &lang) && !is_language_tag(lang.data))
		vreport(c, n, RULE_ATOM_LANGUAGE, "hreflang \"%s\" of "
		    "atom:link is not a language tag", lang.data);
	if (attr_get(n, NULL, "length", &v) && !is_nonneg_integer(v.data))
		vreport(c, n, RULE_ATOM_LINK_LENGTH, "length \"%s\" of "
		    "atom:link is not a non-negative integer", v.data);
	/* RFC 4685 4: the replies' count and when they last changed. */
	if (attr_get(n, NS_THR, "count", &v) && !is_nonneg_integer(v.data))
		vreport(c, n, RULE_EXT_VALUE, "thr:count \"%s\" of atom:link "
		    "is not a non-negative integer", v.data);
	if (attr_get(n, NS_THR, "updated", &v) &&
	    dateparse_rfc3339(v.data, v.len, &when) != DATE_OK)
		vreport(c, n, RULE_EXT_VALUE, "thr:updated \"%s\" of atom:link "
		    "is not an RFC 3339 date-time", v.data);
	if (has_rel && strchr(rel.data, ':') != NULL &&
	    !uri_is_absolute_iri(rel.data, rel.len))
		vreport(c, n, RULE_ATOM_LINK_REL, "rel \"%s\" of atom:link is "
		    "neither a name nor an absolute IRI", rel.data);
	else if (has_rel && strchr(rel.data, ':') == NULL &&
	    !uri_is_segment_name(rel.data, rel.len))
		vreport(c, n, RULE_ATOM_LINK_REL, "rel \"%s\" of atom:link is "
		    "neither a name (RFC 3987 isegment-nz-nc: not empty, no "
		    "space, \"/\", \"?\" or \"#\") nor an absolute IRI",
		    rel.data);
	/* A name IANA has not registered, written short or as its IRI. */
	else if (has_rel && (strchr(rel.data, ':') == NULL ||
	    name != rel.data) && !rel_registered(name))
		vreport(c, n, RULE_ATOM_LINK_REL_UNREGISTERED, "rel \"%s\" of "
		    "atom:link is not a registered link relation", rel.data);
	if (seen != NULL && strcmp(name, "self") == 0)
		seen->self = true;
	if (seen != NULL && strcmp(name, "hub") == 0 && !seen->hub) {
		seen->hub = true;
		seen->hub_line = node_place(n).line;
	}
	if (seen != NULL && strcmp(name, "alternate") == 0) {
		seen->alternate = true;
		if (!rss)
			alternate(c, n, seen, what, &type, &lang);
	}
	/* RFC 5005 and WebSub describe the feed: wrong in an entry or item. */
	if (where == LINK_RSS_ITEM && is_feed_rel(name))
		vreport(c, n, RULE_ATOM_LINK_FEED_REL, "atom:link rel=\"%s\" "
		    "describes the feed: it belongs in the channel, not an item",
		    rel.data);
	else if (where == LINK_ATOM && has_rel && strcmp(what, "entry") == 0 &&
	    is_feed_rel(name))
		vreport(c, n, RULE_ATOM_LINK_FEED_REL, "atom:link rel=\"%s\" "
		    "describes the feed: it belongs in the feed, not an entry",
		    rel.data);
	else if (where == LINK_RSS_CHANNEL ||
	    (where == LINK_ATOM && has_rel && strcmp(what, "feed") == 0))
		history_link(c, n, name);
	buf_free(&href);
	buf_free(&v);
	buf_free(&type);
	buf_free(&lang);
	buf_free(&rel);
}

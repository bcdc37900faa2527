/*
 * validate_ext: the extension modules RSS feeds commonly use, checked by
 * the definitions their own specifications give: Dublin Core and DCMI
 * terms (W3CDTF dates, RFC 3066 languages), Syndication (updatePeriod,
 * updateFrequency, updateBase), the W3C, GeoURL and ICBM position
 * vocabularies, Admin, blogChannel, Creative Commons, Trackback, Slash,
 * Event and the content module, plus atom:link in RSS (checked by
 * validate_atom_link.c, as in Atom), and Apple
 * Podcasts' itunes: tags (its RSS tag tables and category list); the
 * Podcasting 2.0 podcast: tags are rows here, checked by
 * validate_podcast.c (its tag pages and podcast.xsd). Elements
 * in any other namespace are accepted as extensions, as RSS 2.0 allows.
 * The modules' elements are rows of the shared table type, counted per
 * channel or item by the walker step the formats use (validate_vocab.c).
 */
#include "config.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "email.h"
#include "mimetype.h"
#include "number.h"
#include "uri.h"
#include "validate_ext.h"

#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_DCTERMS	"http://purl.org/dc/terms/"
#define NS_SY		"http://purl.org/rss/1.0/modules/syndication/"
#define NS_GEO		"http://www.w3.org/2003/01/geo/wgs84_pos#"
#define NS_GEOURL	"http://geourl.org/rss/module/"
#define NS_ICBM		"http://postneo.com/icbm"
#define NS_ADMIN	"http://webns.net/mvcb/"
#define NS_BLOGCHANNEL	"http://backend.userland.com/blogChannelModule"
#define NS_CC \
	"http://backend.userland.com/creativeCommonsRssModule"
#define NS_TRACKBACK \
	"http://madskills.com/public/xml/rss/module/trackback/"
#define NS_SLASH	"http://purl.org/rss/1.0/modules/slash/"
#define NS_EV		"http://purl.org/rss/1.0/modules/event/"
#define NS_CONTENT	"http://purl.org/rss/1.0/modules/content/"
#define NS_ITUNES	"http://www.itunes.com/dtds/podcast-1.0.dtd"
#define NS_MEDIA	"http://search.yahoo.com/mrss/"
/* Without its slash: another namespace, which readers ignore. */
#define NS_MEDIA_NOSLASH "http://search.yahoo.com/mrss"
#define NS_GEORSS	"http://www.georss.org/georss"
#define NS_WFW		"http://wellformedweb.org/CommentAPI/"
#define NS_GML		"http://www.opengis.net/gml"
#define NS_OPENSEARCH	"http://a9.com/-/spec/opensearch/1.1/"
/* OpenSearch 1.0's, which Blogger's feeds still name. */
#define NS_OPENSEARCH10	"http://a9.com/-/spec/opensearchrss/1.0/"

/* The parents the modules know: the rows' parent bits. */
#define P_CHANNEL	0x1u
#define P_ITEM		0x2u

/*
 * A row of the shared table type (validate_vocab.h): ONCE, where an
 * element may appear only once ('c' channel, 'i' item, 'b' both); WHERE,
 * the only parent it may appear in ('c', 'i'; 0 any).
 */
#define EXT_BITS(w)	((w) == 'c' ? P_CHANNEL : (w) == 'i' ? P_ITEM : \
			    (w) == 'b' ? P_CHANNEL | P_ITEM : 0u)
#define EXT(ns, name, kind, once, where) \
	{ (ns), (name), (where) == 0 ? P_CHANNEL | P_ITEM : EXT_BITS(where), \
	    EXT_BITS(once), 0u, (kind), NULL }

static const struct vrow exts[] = {
	/* DCMES 1.1: "Each element is optional and may be repeated." */
	EXT(NS_DC, "date", K_DATE, 0, 0),
	EXT(NS_DC, "language", K_LANG, 0, 0),
	EXT(NS_DC, "rights", K_TEXT, 0, 0),
	EXT(NS_DCTERMS, "created", K_DATE, 0, 0),
	EXT(NS_DCTERMS, "issued", K_DATE, 0, 0),
	EXT(NS_DCTERMS, "modified", K_DATE, 0, 0),
	EXT(NS_DCTERMS, "dateAccepted", K_DATE, 0, 0),
	EXT(NS_DCTERMS, "dateCopyrighted", K_DATE, 0, 0),
	EXT(NS_DCTERMS, "dateSubmitted", K_DATE, 0, 0),
	/* The rest of DCMES 1.1's fifteen: free text. */
	EXT(NS_DC, "contributor", K_TEXT, 0, 0),
	EXT(NS_DC, "coverage", K_TEXT, 0, 0),
	EXT(NS_DC, "creator", K_TEXT, 0, 0),
	EXT(NS_DC, "description", K_TEXT, 0, 0),
	EXT(NS_DC, "identifier", K_TEXT, 0, 0),
	EXT(NS_DC, "publisher", K_TEXT, 0, 0),
	EXT(NS_DC, "relation", K_TEXT, 0, 0),
	EXT(NS_DC, "source", K_TEXT, 0, 0),
	EXT(NS_DC, "subject", K_TEXT, 0, 0),
	EXT(NS_DC, "title", K_TEXT, 0, 0),
	/* DCMES 1.1 and DCMI terms: "Recommended practice" is a warning. */
	EXT(NS_DC, "format", K_DC_FORMAT, 0, 0),
	EXT(NS_DCTERMS, "format", K_DC_FORMAT, 0, 0),
	EXT(NS_DC, "type", K_DC_TYPE, 0, 0),
	EXT(NS_DCTERMS, "type", K_DC_TYPE, 0, 0),
	EXT(NS_DCTERMS, "language", K_LANG, 0, 0),
	EXT(NS_DCTERMS, "date", K_DATE, 0, 0),
	/* The syndication module describes the channel's updates. */
	EXT(NS_SY, "updatePeriod", K_PERIOD, 'c', 'c'),
	EXT(NS_SY, "updateFrequency", K_POSINT, 'c', 'c'),
	EXT(NS_SY, "updateBase", K_DATE, 'c', 'c'),
	EXT(NS_GEO, "lat", K_LAT, 0, 0),
	EXT(NS_GEO, "long", K_LONG, 0, 0),
	EXT(NS_GEOURL, "latitude", K_LAT, 0, 0),
	EXT(NS_GEOURL, "longitude", K_LONG, 0, 0),
	EXT(NS_ICBM, "latitude", K_LAT, 0, 0),
	EXT(NS_ICBM, "longitude", K_LONG, 0, 0),
	EXT(NS_ADMIN, "errorReportsTo", K_RESOURCE, 'c', 0),
	EXT(NS_ADMIN, "generatorAgent", K_RESOURCE, 'c', 0),
	EXT(NS_BLOGCHANNEL, "blogRoll", K_URL, 'c', 0),
	EXT(NS_BLOGCHANNEL, "mySubscriptions", K_URL, 'c', 0),
	EXT(NS_BLOGCHANNEL, "blink", K_URL, 'c', 0),
	EXT(NS_BLOGCHANNEL, "changes", K_URL, 'c', 0),
	EXT(NS_CC, "license", K_URL, 0, 0),
	EXT(NS_TRACKBACK, "ping", K_URL, 0, 0),
	EXT(NS_TRACKBACK, "about", K_URL, 0, 0),
	/* Slash's elements and content:encoded describe an item. */
	EXT(NS_SLASH, "comments", K_NONNEGINT, 0, 'i'),
	EXT(NS_SLASH, "hit_parade", K_INTLIST, 0, 'i'),
	EXT(NS_SLASH, "section", K_TEXT, 0, 'i'),
	EXT(NS_SLASH, "department", K_TEXT, 0, 'i'),
	EXT(NS_EV, "startdate", K_EVDATE, 0, 0),
	EXT(NS_EV, "enddate", K_EVDATE, 0, 0),
	EXT(NS_CONTENT, "encoded", K_TEXT, 'i', 'i'),
	/* The content module's others, for RSS 1.0. */
	EXT(NS_CONTENT, "items", K_TEXT, 0, 0),
	EXT(NS_CONTENT, "item", K_TEXT, 0, 0),
	EXT(NS_CONTENT, "format", K_TEXT, 0, 0),
	EXT(NS_CONTENT, "encoding", K_TEXT, 0, 0),
	/* Well-Formed Web's CommentAPI: the URLs of comments. */
	EXT(NS_WFW, "comment", K_URL, 0, 'i'),
	EXT(NS_WFW, "commentRss", K_URL, 0, 'i'),
	EXT(NS_WFW, "commentRSS", K_WFW_MISCASED, 0, 'i'),
	EXT(NS_ATOM, "link", K_ATOMLINK, 0, 0),
	/* Atom's elements in RSS keep RFC 4287's definitions (4.2). */
	EXT(NS_ATOM, "updated", K_ATOM_DATE, 'b', 0),
	EXT(NS_ATOM, "published", K_ATOM_DATE, 'b', 0),
	EXT(NS_ATOM, "id", K_ATOM_ID, 'b', 0),
	EXT(NS_ATOM, "author", K_ATOM_PERSON, 0, 0),
	EXT(NS_ATOM, "contributor", K_ATOM_PERSON, 0, 0),
	EXT(NS_ATOM, "category", K_ATOM_CATEGORY, 0, 0),
	EXT(NS_ATOM, "title", K_ATOM_TEXT, 'b', 0),
	EXT(NS_ATOM, "subtitle", K_ATOM_TEXT, 'b', 0),
	EXT(NS_ATOM, "summary", K_ATOM_TEXT, 'b', 0),
	EXT(NS_ATOM, "rights", K_ATOM_TEXT, 'b', 0),
	EXT(NS_ATOM, "content", K_ATOM_CONTENT, 'b', 0),
	/* RFC 4287's other elements, known and left alone in RSS. */
	EXT(NS_ATOM, "email", K_TEXT, 0, 0),
	EXT(NS_ATOM, "entry", K_TEXT, 0, 0),
	EXT(NS_ATOM, "feed", K_TEXT, 0, 0),
	EXT(NS_ATOM, "generator", K_TEXT, 0, 0),
	EXT(NS_ATOM, "icon", K_TEXT, 0, 0),
	EXT(NS_ATOM, "logo", K_TEXT, 0, 0),
	EXT(NS_ATOM, "name", K_TEXT, 0, 0),
	EXT(NS_ATOM, "source", K_TEXT, 0, 0),
	EXT(NS_ATOM, "uri", K_TEXT, 0, 0),
	/* Apple Podcasts: the "Parent tag" column of its RSS tag tables. */
	EXT(NS_ITUNES, "title", K_IT_TEXT, 'b', 0),
	EXT(NS_ITUNES, "author", K_IT_TEXT, 'b', 0),
	EXT(NS_ITUNES, "image", K_IT_IMAGE, 'b', 0),
	EXT(NS_ITUNES, "explicit", K_IT_EXPLICIT, 'b', 0),
	EXT(NS_ITUNES, "block", K_IT_YES, 'b', 0),
	EXT(NS_ITUNES, "category", K_IT_CATEGORY, 0, 'c'),
	EXT(NS_ITUNES, "type", K_IT_TYPE, 'c', 'c'),
	EXT(NS_ITUNES, "complete", K_IT_YES, 'c', 'c'),
	EXT(NS_ITUNES, "owner", K_IT_OWNER, 'c', 'c'),
	EXT(NS_ITUNES, "new-feed-url", K_URL, 'c', 'c'),
	EXT(NS_ITUNES, "duration", K_IT_DURATION, 'i', 'i'),
	EXT(NS_ITUNES, "episode", K_IT_NUMBER, 'i', 'i'),
	EXT(NS_ITUNES, "season", K_IT_NUMBER, 'i', 'i'),
	EXT(NS_ITUNES, "episodeType", K_IT_EPTYPE, 'i', 'i'),
	/*
	 * Tags the reference no longer lists but Apple still reads ("does
	 * not list all supported RSS tags"): its 255-character limit holds
	 * for them, and a summary, like the description it stands for, may
	 * have 4000 bytes.
	 */
	EXT(NS_ITUNES, "subtitle", K_IT_TEXT, 0, 0),
	EXT(NS_ITUNES, "keywords", K_IT_TEXT, 0, 0),
	EXT(NS_ITUNES, "summary", K_IT_SUMMARY, 0, 0),
	/* Podcasting 2.0: the "Parent" and "Count" of each tag's page. */
	EXT(NS_PODCAST, "guid", K_PC_GUID, 'c', 'c'),
	EXT(NS_PODCAST, "locked", K_PC_LOCKED, 'c', 'c'),
	EXT(NS_PODCAST, "funding", K_PC_FUNDING, 0, 0),
	EXT(NS_PODCAST, "transcript", K_PC_LINK, 0, 'i'),
	EXT(NS_PODCAST, "chapters", K_PC_LINK, 'i', 'i'),
	EXT(NS_PODCAST, "person", K_PC_PERSON, 0, 0),
	EXT(NS_PODCAST, "season", K_PC_SEASON, 'i', 'i'),
	EXT(NS_PODCAST, "episode", K_PC_EPISODE, 'i', 'i'),
	EXT(NS_PODCAST, "value", K_PC_VALUE, 0, 0),
	EXT(NS_PODCAST, "medium", K_PC_MEDIUM, 'c', 'c'),
	EXT(NS_PODCAST, "location", K_PC_LOCATION, 0, 0),
	EXT(NS_PODCAST, "block", K_PC_BLOCK, 0, 'c'),
	EXT(NS_PODCAST, "trailer", K_PC_TRAILER, 0, 'c'),
	EXT(NS_PODCAST, "soundbite", K_PC_SOUNDBITE, 0, 'i'),
	EXT(NS_PODCAST, "image", K_PC_IMAGE, 0, 0),
	EXT(NS_PODCAST, "alternateEnclosure", K_PC_ALTENC, 0, 'i'),
	EXT(NS_PODCAST, "liveItem", K_PC_LIVEITEM, 0, 'c'),
	EXT(NS_PODCAST, "license", K_PC_LICENSE, 'b', 0),
	EXT(NS_PODCAST, "txt", K_PC_TXT, 0, 0),
	EXT(NS_PODCAST, "podroll", K_PC_PODROLL, 'c', 'c'),
	/* Also in a podroll, a publisher or a valueTimeSplit: theirs. */
	EXT(NS_PODCAST, "remoteItem", K_PC_REMOTE, 0, 'c'),
	/* An item's or a liveItem's, which the walker checks as an item. */
	EXT(NS_PODCAST, "contentLink", K_PC_CONTENTLINK, 0, 'i'),
	EXT(NS_PODCAST, "socialInteract", K_PC_SOCIAL, 0, 0),
	EXT(NS_PODCAST, "chat", K_PC_CHAT, 'b', 0),
	EXT(NS_PODCAST, "publisher", K_PC_PUBLISHER, 'c', 'c'),
	EXT(NS_PODCAST, "updateFrequency", K_PC_UPDATEFREQ, 'c', 'c'),
	EXT(NS_PODCAST, "podping", K_PC_PODPING, 'c', 'c'),
	/* Deprecated, "Single" in the channel or an item. */
	EXT(NS_PODCAST, "images", K_PC_IMAGES, 'b', 0),
	/*
	 * Media RSS 1.5.1: content and group are "sub-elements of <item>"
	 * (content of a group too, checked with the group); the optional
	 * elements may be in the channel, an item, a group or a content.
	 */
	EXT(NS_MEDIA, "content", K_MD_CONTENT, 0, 'i'),
	EXT(NS_MEDIA, "group", K_MD_GROUP, 0, 'i'),
	EXT(NS_MEDIA, "thumbnail", K_MD_THUMB, 0, 0),
	EXT(NS_MEDIA, "player", K_MD_PLAYER, 0, 0),
	EXT(NS_MEDIA, "title", K_MD_TEXT, 0, 0),
	EXT(NS_MEDIA, "description", K_MD_TEXT, 0, 0),
	EXT(NS_MEDIA, "text", K_MD_TEXT, 0, 0),
	EXT(NS_MEDIA, "keywords", K_MD_PLAIN, 0, 0),
	EXT(NS_MEDIA, "credit", K_MD_CREDIT, 0, 0),
	EXT(NS_MEDIA, "rating", K_MD_RATING, 0, 0),
	EXT(NS_MEDIA, "category", K_MD_PLAIN, 0, 0),
	EXT(NS_MEDIA, "copyright", K_MD_COPYRIGHT, 0, 0),
	EXT(NS_MEDIA, "restriction", K_MD_RESTRICTION, 0, 0),
	EXT(NS_MEDIA, "hash", K_MD_HASH, 0, 0),
	/* RFC 4685, Atom Threading Extensions: an entry's (sections 3, 5). */
	EXT(NS_THR, "in-reply-to", K_THR_REPLY, 0, 'i'),
	EXT(NS_THR, "total", K_NONNEGINT, 'i', 'i'),
	/* OpenSearch 1.1 (and 1.0): a page of results, in the feed. */
	EXT(NS_OPENSEARCH, "totalResults", K_NONNEGINT, 'c', 'c'),
	EXT(NS_OPENSEARCH, "startIndex", K_SIGNED_INT, 'c', 'c'),
	EXT(NS_OPENSEARCH, "itemsPerPage", K_NONNEGINT, 'c', 'c'),
	/* GeoRSS Simple and GeoRSS GML (georss.org, "GeoRSS Simple"). */
	EXT(NS_GEORSS, "point", K_GEO_POINT, 0, 0),
	EXT(NS_GEORSS, "line", K_GEO_LINE, 0, 0),
	EXT(NS_GEORSS, "polygon", K_GEO_POLYGON, 0, 0),
	EXT(NS_GEORSS, "box", K_GEO_BOX, 0, 0),
	EXT(NS_GEORSS, "where", K_GEO_WHERE, 0, 0),
	EXT(NS_GEORSS, "elev", K_DECIMAL, 0, 0),
	EXT(NS_GEORSS, "floor", K_INTEGER, 0, 0),
	EXT(NS_GEORSS, "radius", K_NONNEGDEC, 0, 0),
	EXT(NS_GEORSS, "featurename", K_TEXT, 0, 0),
	EXT(NS_GEORSS, "featuretypetag", K_TEXT, 0, 0),
	EXT(NS_GEORSS, "relationshiptag", K_TEXT, 0, 0),
};

/*
 * Whether N is in Apple's namespace written in another case: another
 * namespace, whose elements Apple ignores ("case sensitive, and must be
 * entered as shown"), though they are plainly meant as itunes: tags.
 */
static bool
it_miscased(xmlNodePtr n)
{
	return n->ns != NULL && n->ns->href != NULL &&
	    strcasecmp((const char *)n->ns->href, NS_ITUNES) == 0 &&
	    !node_in(n, NS_ITUNES);
}

/*
 * Whether N is NAME in NS, or in the namespace its spec names identical,
 * or in Apple's miscased (reported once, checked as Apple's). Not static:
 * validate_podcast.c's checks use it too.
 */
bool
ext_is(xmlNodePtr n, const char *ns, const char *name)
{
	return node_is(n, ns, name) || (strcmp(ns, NS_ITUNES) == 0 &&
	    it_miscased(n) && strcmp(node_name(n), name) == 0) ||
	    (strcmp(ns, NS_PODCAST) == 0 &&
	    node_is(n, NS_PODCAST_OLD, name)) || (strcmp(ns, NS_MEDIA) == 0 &&
	    node_is(n, NS_MEDIA_NOSLASH, name)) || (strcmp(ns,
	    NS_OPENSEARCH) == 0 && node_is(n, NS_OPENSEARCH10, name));
}

bool
ext_is_live_item(xmlNodePtr n)
{
	return ext_is(n, NS_PODCAST, "liveItem");
}

static bool
ext_row_is(xmlNodePtr n, const struct vrow *r)
{
	return ext_is(n, r->ns, r->name);
}

/*
 * Counted as the formats' own elements are; an element of another parent
 * is ext_check's to report, one the modules do not know is an extension.
 */
static struct vindex ext_index;
static const struct vtable ext_table = {
	.rows = exts, .n = sizeof(exts) / sizeof(exts[0]),
	.index = &ext_index, .prefix = "",
	.qualified = true, .duplicate = RULE_EXT_DUPLICATE_ELEMENT,
	.dup_tail = ", which may occur once",
	.each_extra = true, .is = ext_row_is,
};
_Static_assert(sizeof(exts) / sizeof(exts[0]) <= VOCAB_MAX,
    "every module row is counted");

/* N's row, whatever its parent; its index into *INDEX (may be NULL). */
static const struct vrow *
find(xmlNodePtr n, size_t *index)
{
	const struct vrow *r;
	size_t		 i = SIZE_MAX;

	/* The local name first: namespace names share long prefixes. */
	while ((r = vocab_named(&ext_table, node_name(n), &i)) != NULL)
		if (ext_row_is(n, r)) {
			if (index != NULL)
				*index = i;
			return r;
		}
	return NULL;
}

void
ext_count(struct vctx *c, xmlNodePtr n, struct ext_counts *k,
    const char *parent)
{
	const struct vrow *r;
	struct buf	 rel;

	/* Atom's feed stands for the channel, an entry for an item. */
	if (k->k.t == NULL)
		vocab_init(&k->k, &ext_table, strcmp(parent, "channel") == 0 ||
		    strcmp(parent, "feed") == 0 ? P_CHANNEL : P_ITEM, parent);
	if (node_is(n, NS_ATOM, "link") && parent[0] == 'c') {
		vbuf_init(&rel);
		if (attr_get(n, NULL, "rel", &rel) &&
		    strcmp(uri_link_rel_name(rel.data), "self") == 0)
			k->self = true;
		else if (strcmp(uri_link_rel_name(rel.data), "hub") == 0 &&
		    !k->hub) {
			k->hub = true;
			k->hub_line = node_place(n).line;
		}
		buf_free(&rel);
	}
	if (node_is(n, NS_ITUNES, "type") && parent[0] == 'c') {
		vbuf_init(&rel);
		node_trimmed(n, &rel);
		k->serial = strcasecmp(rel.data, "serial") == 0;
		buf_free(&rel);
	}
	if ((r = vocab_count(c, &k->k, n)) != NULL && r->ns != NULL &&
	    strcmp(r->ns, NS_ITUNES) == 0)
		k->itunes = true;
}

static bool
one_of(const char *x, size_t n, const char *const *set)
{
	size_t	 i;

	for (i = 0; set[i] != NULL; i++)
		if (n == strlen(set[i]) && strncasecmp(x, set[i], n) == 0)
			return true;
	return false;
}

/*
 * Whether URL's file extension is one of SET (NULL-ended), in any case,
 * into *X and *N (*N 0 if it has none): its path's (uri_path_extension),
 * or, when the path has none, the one its query ends in. Apple reads "the
 * file extension specified within the URL", and hosts whose paths have
 * none end the URL in one ("artwork?.jpg").
 */
static bool
extension_in(const char *url, const char *const *set, const char **x,
    size_t *n)
{
	const char	*qx;
	size_t		 qn;

	if (uri_path_extension(url, x, n))
		return one_of(*x, *n, set);
	*n = 0;
	if (!uri_query_extension(url, &qx, &qn))
		return false;
	*x = qx;
	*n = qn;
	return one_of(qx, qn, set);
}

/* Whether K counts an itunes: tag. */
static bool
uses_itunes(const struct ext_counts *k)
{
	return k->itunes;
}

/*
 * Apple Podcasts RSS <enclosure>: "The file extension specified within
 * the URL attribute determines whether or not content appears in the
 * podcast directory. Supported file formats include M4A, MP3, MOV, MP4,
 * M4V, and PDF." Asked of the enclosures of an item with itunes: tags
 * (K), an episode; a warning, as a file of another kind is still RSS.
 */
void
ext_enclosures(struct vctx *c, xmlNodePtr item, const struct ext_counts *k)
{
	static const char *const formats[] = { "m4a", "mp3", "mov", "mp4",
	    "m4v", "pdf", NULL };
	xmlNodePtr	 e;
	struct buf	 v;
	const char	*x;
	size_t		 n;

	if (!uses_itunes(k))
		return;
	vbuf_init(&v);
	for (e = item->children; e != NULL; e = e->next) {
		if (e->type != XML_ELEMENT_NODE ||
		    !node_is(e, NULL, "enclosure") ||
		    !attr_get(e, NULL, "url", &v) ||
		    extension_in(v.data, formats, &x, &n))
			continue;
		if (n == 0)
			vreport(c, e, RULE_ITUNES_ENCLOSURE, "enclosure url "
			    "\"%s\" has no file extension, by which Apple "
			    "Podcasts tells an M4A, MP3, MOV, MP4, M4V or PDF "
			    "file", v.data);
		else
			vreport(c, e, RULE_ITUNES_ENCLOSURE, "enclosure url "
			    "\"%s\" is a .%.*s file: Apple Podcasts takes "
			    "M4A, MP3, MOV, MP4, M4V and PDF", v.data, (int)n,
			    x);
	}
	buf_free(&v);
}

void
ext_note_description(xmlNodePtr n, struct ext_counts *k)
{
	struct buf	 t;

	vbuf_init(&t);
	node_trimmed(n, &t);
	k->description_bytes = t.len;
	k->description_at = node_place(n);
	buf_free(&t);
}

/*
 * Apple Podcasts RSS <description>, of the show: "The maximum amount of
 * text allowed for this tag is 4000 bytes"; of an episode: "You can
 * specify up to 4000 bytes." Asked where itunes: tags are (K); a warning,
 * as RSS itself sets no limit. WHAT is "show" or "episode".
 */
static void
description_bytes(struct vctx *c, const struct ext_counts *k,
    const char *what)
{
	if (k->description_bytes > 4000 && uses_itunes(k))
		report_add(c->rep, k->description_at.line,
		    k->description_at.col, RULE_ITUNES_DESCRIPTION_BYTES,
		    "the %s's description is %zu bytes of UTF-8, more than "
		    "the 4000 Apple Podcasts takes", what,
		    k->description_bytes);
}

/* An item's description is measured at its end, if it has itunes: tags. */
void
ext_description(struct vctx *c, xmlNodePtr item, struct ext_counts *k)
{
	xmlNodePtr	 e;

	if (!uses_itunes(k))
		return;
	for (e = item->children; e != NULL; e = e->next)
		if (e->type == XML_ELEMENT_NODE &&
		    node_is(e, NULL, "description"))
			ext_note_description(e, k);
	description_bytes(c, k, "episode");
}

/*
 * Apple's "Required tags" of a show: a channel that uses itunes: tags
 * without them is refused by Apple Podcasts, so it is warned; so is one
 * whose file is not in UTF-8 ("Use plain text UTF-8 encoding for your
 * feed"), a serial show with items that have no episode number
 * (ext_episode), and a show described in more than 4000 bytes. Its
 * language is the format's (K->language, set by the walker) or
 * dc:language.
 */
void
ext_require(struct vctx *c, xmlNodePtr n, const struct ext_counts *k)
{
	static const char *const need[] = { "image", "category",
	    "explicit" };
	size_t		 i, j, nx = sizeof(exts) / sizeof(exts[0]);
	bool		 language = k->language;
	bool		 atom = k->k.parent != NULL &&
			    strcmp(k->k.parent, "feed") == 0;

	/*
	 * WebSub 4: publishers SHOULD give a self link beside the hub
	 * links; RSS itself needs none, so a warning, as in Atom.
	 */
	if (k->hub && !k->self)
		vreport(c, n, RULE_ATOM_LINK_HUB_SELF, "channel has an "
		    "atom:link rel=\"hub\" (line %lu) but none with "
		    "rel=\"self\", which WebSub asks for beside it",
		    k->hub_line);
	if (!uses_itunes(k))
		return;
	description_bytes(c, k, "show");
	if (k->serial && k->unnumbered > 0)
		vreport(c, n, RULE_ITUNES_MISSING, "channel's itunes:type is "
		    "serial, but %lu item%s no itunes:episode (the first at "
		    "line %lu), which Apple Podcasts requires of a serial show",
		    k->unnumbered, k->unnumbered == 1 ? " has" : "s have",
		    k->unnumbered_line);
	if (c->encoding[0] != '\0')
		vreport(c, n, RULE_ITUNES_ENCODING, "%s uses itunes: tags, "
		    "but the file is in %s: Apple Podcasts asks for UTF-8",
		    atom ? "feed" : "channel", c->encoding);
	for (j = 0; j < sizeof(need) / sizeof(need[0]); j++)
		for (i = 0; i < nx; i++)
			if (strcmp(exts[i].ns, NS_ITUNES) == 0 &&
			    strcmp(exts[i].name, need[j]) == 0 &&
			    vocab_seen(&k->k, i) == 0)
				vreport(c, n, RULE_ITUNES_MISSING, "%s "
				    "uses itunes: tags but has no itunes:%s, "
				    "which Apple Podcasts requires", atom ?
				    "feed" : "channel", need[j]);
	/* <language> is one of them too; dc:language says the same. */
	for (i = 0; i < nx && !language; i++)
		if (strcmp(exts[i].ns, NS_DC) == 0 &&
		    strcmp(exts[i].name, "language") == 0 &&
		    vocab_seen(&k->k, i) > 0)
			language = true;
	if (!language)
		vreport(c, n, RULE_ITUNES_MISSING, "%s uses itunes: tags but "
		    "has no language (%s or dc:language), which Apple Podcasts "
		    "requires", atom ? "feed" : "channel", atom ? "xml:lang" :
		    "<language>");
}

/* Non-negative integers, separated by commas. */
static bool
is_int_list(const char *s)
{
	const char	*comma;

	for (;;) {
		comma = strchr(s, ',');
		if (!number_valid(s, comma != NULL ? (size_t)(comma - s) :
		    strlen(s), 0))
			return false;
		if (comma == NULL)
			return true;
		s = comma + 1;
	}
}

/*
 * Seconds, or [H:]MM:SS: the fields after the first are two digits, below
 * 60 (the first may be any count of hours, or of minutes without hours).
 */
static bool
is_duration(const char *s)
{
	const char	*colon;
	size_t		 np = 0, len;
	unsigned long	 v;

	for (;;) {
		colon = strchr(s, ':');
		len = colon != NULL ? (size_t)(colon - s) : strlen(s);
		if (np > 0 ? len != 2 || !number_unsigned(s, len, 59, &v) :
		    !number_unsigned(s, len, 999999999UL, &v))
			return false;
		if (++np == 4)
			return false;
		if (colon == NULL)
			return true;
		s = colon + 1;
	}
}

/*
 * Characters, not bytes, of UTF-8 text: what Apple's limits count (and
 * the podcast namespace's, validate_podcast.c).
 */
size_t
utf8_chars(const char *s, size_t len)
{
	size_t	 i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Apple Podcasts categories: each top category, then its subcategories;
 * NULL ends a group. From Apple's list ("Apple Podcasts categories",
 * linked from the RSS tag table), as Apple publishes it since 2019.
 */
static const char *const it_categories[] = {
	"Arts", "Books", "Design", "Fashion & Beauty", "Food",
	    "Performing Arts", "Visual Arts", NULL,
	"Business", "Careers", "Entrepreneurship", "Investing", "Management",
	    "Marketing", "Non-Profit", NULL,
	"Comedy", "Comedy Interviews", "Improv", "Stand-Up", NULL,
	"Education", "Courses", "How To", "Language Learning",
	    "Self-Improvement", NULL,
	"Fiction", "Comedy Fiction", "Drama", "Science Fiction", NULL,
	"Government", NULL,
	"History", NULL,
	"Health & Fitness", "Alternative Health", "Fitness", "Medicine",
	    "Mental Health", "Nutrition", "Sexuality", NULL,
	"Kids & Family", "Education for Kids", "Parenting",
	    "Pets & Animals", "Stories for Kids", NULL,
	"Leisure", "Animation & Manga", "Automotive", "Aviation", "Crafts",
	    "Games", "Hobbies", "Home & Garden", "Video Games", NULL,
	"Music", "Music Commentary", "Music History", "Music Interviews",
	    NULL,
	"News", "Business News", "Daily News", "Entertainment News",
	    "News Commentary", "Politics", "Sports News", "Tech News", NULL,
	"Religion & Spirituality", "Buddhism", "Christianity", "Hinduism",
	    "Islam", "Judaism", "Religion", "Spirituality", NULL,
	"Science", "Astronomy", "Chemistry", "Earth Sciences",
	    "Life Sciences", "Mathematics", "Natural Sciences", "Nature",
	    "Physics", "Social Sciences", NULL,
	"Society & Culture", "Documentary", "Personal Journals",
	    "Philosophy", "Places & Travel", "Relationships", NULL,
	"Sports", "Baseball", "Basketball", "Cricket", "Fantasy Sports",
	    "Football", "Golf", "Hockey", "Rugby", "Running", "Soccer",
	    "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling",
	    NULL,
	"Technology", NULL,
	"True Crime", NULL,
	"TV & Film", "After Shows", "Film History", "Film Interviews",
	    "Film Reviews", "TV Reviews", NULL,
};

/*
 * Apple's list before 2019, which the one above replaced: still met in
 * feeds, no longer documented, so a warning.
 */
static const char *const it_categories_old[] = {
	"Arts", "Design", "Fashion & Beauty", "Food", "Literature",
	    "Performing Arts", "Visual Arts", NULL,
	"Business", "Business News", "Careers", "Investing",
	    "Management & Marketing", "Shopping", NULL,
	"Comedy", NULL,
	"Education", "Educational Technology", "Higher Education", "K-12",
	    "Language Courses", "Training", NULL,
	"Games & Hobbies", "Automotive", "Aviation", "Hobbies",
	    "Other Games", "Video Games", NULL,
	"Government & Organizations", "Local", "National", "Non-Profit",
	    "Regional", NULL,
	"Health", "Alternative Health", "Fitness & Nutrition", "Self-Help",
	    "Sexuality", NULL,
	"Kids & Family", NULL,
	"Music", NULL,
	"News & Politics", NULL,
	"Religion & Spirituality", "Buddhism", "Christianity", "Hinduism",
	    "Islam", "Judaism", "Other", "Spirituality", NULL,
	"Science & Medicine", "Medicine", "Natural Sciences",
	    "Social Sciences", NULL,
	"Society & Culture", "History", "Personal Journals", "Philosophy",
	    "Places & Travel", NULL,
	"Sports & Recreation", "Amateur", "College & High School", "Outdoor",
	    "Professional", NULL,
	"Technology", "Gadgets", "Podcasting", "Software How-To",
	    "Tech News", NULL,
	"TV & Film", NULL,
};

#define IT_NEW	it_categories, sizeof(it_categories) / sizeof(it_categories[0])
#define IT_OLD	it_categories_old, \
	sizeof(it_categories_old) / sizeof(it_categories_old[0])

/*
 * Whether NAME is a top category (TOP NULL) or a subcategory of TOP in
 * the list L of N names.
 */
static bool
it_category_known(const char *const *l, size_t n, const char *top,
    const char *name)
{
	size_t	 i;
	bool	 head = true, in_top = false;

	for (i = 0; i < n; i++) {
		if (l[i] == NULL) {
			head = true;
			continue;
		}
		if (head) {
			in_top = top != NULL && strcmp(l[i], top) == 0;
			if (top == NULL && strcmp(l[i], name) == 0)
				return true;
			head = false;
		} else if (in_top && strcmp(l[i], name) == 0)
			return true;
	}
	return false;
}

/* An itunes:category, and the subcategories under it (one level). */
static void
it_category(struct vctx *c, xmlNodePtr n, const char *top)
{
	struct buf	 v;
	xmlNodePtr	 k;
	bool		 known = false;

	vbuf_init(&v);
	if (!attr_get(n, NULL, "text", &v))
		vreport(c, n, RULE_ITUNES_CATEGORY, "itunes:category has no "
		    "text attribute");
	else if ((known = it_category_known(IT_NEW, top, v.data)))
		;
	else if ((known = it_category_known(IT_OLD, top, v.data)))
		vreport(c, n, RULE_ITUNES_CATEGORY_OLD, "itunes:category "
		    "\"%s\" is from Apple's list before 2019, no longer "
		    "documented", v.data);
	else {
		if (top == NULL)
			vreport(c, n, RULE_ITUNES_CATEGORY, "itunes:category "
			    "\"%s\" is not one of Apple Podcasts' categories",
			    v.data);
		else
			vreport(c, n, RULE_ITUNES_CATEGORY, "itunes:category "
			    "\"%s\" is not a subcategory of \"%s\"", v.data,
			    top);
	}
	if (known && top == NULL) {
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    ext_is(k, NS_ITUNES, "category"))
				it_category(c, k, v.data);
	}
	if (top != NULL)
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    ext_is(k, NS_ITUNES, "category"))
				vreport(c, k, RULE_ITUNES_CATEGORY,
				    "itunes:category is nested more than two "
				    "levels deep");
	buf_free(&v);
}

/* N's attribute NAME (in no namespace), into V; reported if absent. */
static bool
need_attr(struct vctx *c, xmlNodePtr n, const char *name, enum rule rule,
    struct buf *v)
{
	char	 q[128];

	if (attr_get(n, NULL, name, v))
		return true;
	vreport(c, n, rule, "%s has no %s attribute", node_qname(n, q,
	    sizeof(q)), name);
	return false;
}

/*
 * Apple Podcasts RSS <itunes:image>: "Artwork must be ... in JPEG or PNG
 * format, 72 dpi, with appropriate file extensions (.jpg, .png)". The
 * extension is warned (.jpeg is JPEG's too); the file is not fetched.
 */
static void
it_image(struct vctx *c, xmlNodePtr n)
{
	static const char *const formats[] = { "jpg", "jpeg", "png", NULL };
	struct buf	 v;
	const char	*x;
	size_t		 len;

	vbuf_init(&v);
	if (!need_attr(c, n, "href", RULE_ITUNES_IMAGE, &v)) {
		buf_free(&v);
		return;
	}
	if (!is_http_url(v.data))
		vreport(c, n, RULE_ITUNES_IMAGE, "itunes:image href \"%s\" "
		    "is not an http or https URL", v.data);
	else if (!extension_in(v.data, formats, &x, &len)) {
		if (len == 0)
			vreport(c, n, RULE_ITUNES_IMAGE_FORMAT, "itunes:image "
			    "href \"%s\" has no file extension: Apple Podcasts "
			    "takes JPEG or PNG artwork, named .jpg or .png",
			    v.data);
		else
			vreport(c, n, RULE_ITUNES_IMAGE_FORMAT, "itunes:image "
			    "href \"%s\" is a .%.*s file: Apple Podcasts takes "
			    "JPEG or PNG artwork, named .jpg or .png", v.data,
			    (int)len, x);
	}
	buf_free(&v);
}

/* itunes:owner: an itunes:email that is an address; a name if any. */
static void
it_owner(struct vctx *c, xmlNodePtr n)
{
	struct buf	 raw, t;
	xmlNodePtr	 k;
	bool		 email = false;

	vbuf_init(&raw);
	vbuf_init(&t);
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		node_text(k, &raw);
		trim_into(raw.data, &t);
		if (ext_is(k, NS_ITUNES, "email")) {
			email = true;
			if (!email_valid(t.data, t.len))
				vreport(c, k, RULE_ITUNES_OWNER, "itunes:email "
				    "\"%s\" is not an e-mail address", t.data);
		} else if (ext_is(k, NS_ITUNES, "name") &&
		    utf8_chars(t.data, t.len) > 255)
			vreport(c, k, RULE_ITUNES_LENGTH, "itunes:name is "
			    "longer than the 255 characters Apple allows");
	}
	if (!email)
		vreport(c, n, RULE_ITUNES_OWNER, "itunes:owner has no "
		    "itunes:email");
	buf_free(&raw);
	buf_free(&t);
}

/*
 * Whether S is one of SET, in any case (ANY_CASE) or exactly its own.
 * Not static: validate_podcast.c's is_word is it in exact case.
 */
bool
in_set(const char *s, const char *const *set, bool any_case)
{
	for (; *set != NULL; set++)
		if ((any_case ? strcasecmp(s, *set) : strcmp(s, *set)) == 0)
			return true;
	return false;
}

static bool
is_one_of(const char *s, const char *const *set)
{
	return in_set(s, set, true);
}

/*
 * Apple: "Episode numbers are optional for <itunes:type> episodic shows,
 * but are mandatory for serial shows"; a trailer or bonus may have none
 * ("No season or episode number: a show trailer", "a show bonus"). The
 * other items without one are counted here, as the channel's itunes:type
 * may come after them.
 */
void
ext_episode(xmlNodePtr item, const struct ext_counts *k,
    struct ext_counts *channel)
{
	static const char *const extra[] = { "trailer", "bonus", NULL };
	size_t		 i, nx = sizeof(exts) / sizeof(exts[0]);
	xmlNodePtr	 e;
	struct buf	 t;
	bool		 skip = false;

	for (i = 0; k->itunes && i < nx; i++)
		if (vocab_seen(&k->k, i) > 0 &&
		    strcmp(exts[i].ns, NS_ITUNES) == 0 &&
		    strcmp(exts[i].name, "episode") == 0)
			return;
	vbuf_init(&t);
	for (e = item->children; e != NULL && !skip; e = e->next)
		if (e->type == XML_ELEMENT_NODE &&
		    node_is(e, NS_ITUNES, "episodeType")) {
			node_trimmed(e, &t);
			skip = is_one_of(t.data, extra);
		}
	buf_free(&t);
	if (!skip && channel->unnumbered++ == 0)
		channel->unnumbered_line = node_place(item).line;
}

/* True if N's text begins or ends with white space. */
static bool
padded(xmlNodePtr n)
{
	struct buf	 raw;
	bool		 yes;

	vbuf_init(&raw);
	node_text(n, &raw);
	yes = raw.len > 0 && (is_xml_space(raw.data[0]) ||
	    is_xml_space(raw.data[raw.len - 1]));
	buf_free(&raw);
	return yes;
}

/* The value kinds of itunes:; true if N's kind is one of them. */
static bool
it_check(struct vctx *c, xmlNodePtr n, const struct vrow *e,
    const char *v, size_t len)
{
	static const char *const explicit[] = { "true", "false", NULL };
	static const char *const old[] = { "yes", "no", "clean", NULL };
	static const char *const types[] = { "episodic", "serial", NULL };
	static const char *const eptypes[] = { "full", "trailer", "bonus",
	    NULL };

	switch (e->value) {
	case K_IT_TEXT:
		if (utf8_chars(v, len) > 255)
			vreport(c, n, RULE_ITUNES_LENGTH, "itunes:%s is longer "
			    "than the 255 characters Apple allows", e->name);
		break;
	case K_IT_SUMMARY:
		/*
		 * Apple's old reference gave it "up to 4000 characters";
		 * its current one gives the description it stands for
		 * "4000 bytes": past the first an error, the second a
		 * warning.
		 */
		if (utf8_chars(v, len) > 4000)
			vreport(c, n, RULE_ITUNES_LENGTH, "itunes:summary is "
			    "longer than 4000 characters (%zu)",
			    utf8_chars(v, len));
		else if (len > 4000)
			vreport(c, n, RULE_ITUNES_SUMMARY_BYTES, "itunes:summary "
			    "is longer than 4000 bytes of UTF-8 (%zu), though "
			    "not 4000 characters: Apple limits the description "
			    "it stands for to 4000 bytes, counting bytes", len);
		break;
	case K_IT_EXPLICIT:
		if (is_one_of(v, old))
			vreport(c, n, RULE_ITUNES_EXPLICIT_OLD, "itunes:explicit "
			    "\"%s\" is no longer one of Apple's values: use true "
			    "or false", v);
		else if (!is_one_of(v, explicit))
			vreport(c, n, RULE_ITUNES_EXPLICIT, "itunes:explicit "
			    "\"%s\" is neither true nor false", v);
		/* "Don't add leading or trailing spaces to your values." */
		else if (padded(n))
			vreport(c, n, RULE_ITUNES_EXPLICIT, "itunes:explicit "
			    "\"%s\" has white space around it, which Apple "
			    "asks never to add", v);
		break;
	case K_IT_CATEGORY:
		it_category(c, n, NULL);
		break;
	case K_IT_IMAGE:
		it_image(c, n);
		break;
	case K_IT_TYPE:
		if (!is_one_of(v, types))
			vreport(c, n, RULE_ITUNES_TYPE, "itunes:type \"%s\" is "
			    "neither episodic nor serial", v);
		break;
	case K_IT_EPTYPE:
		if (!is_one_of(v, eptypes))
			vreport(c, n, RULE_ITUNES_EPISODE_TYPE,
			    "itunes:episodeType \"%s\" is not full, trailer or "
			    "bonus", v);
		break;
	case K_IT_DURATION:
		if (!is_duration(v))
			vreport(c, n, RULE_ITUNES_DURATION, "itunes:duration "
			    "\"%s\" is neither seconds nor [H:]MM:SS", v);
		break;
	case K_IT_OWNER:
		it_owner(c, n);
		break;
	case K_IT_YES:
		/*
		 * "Specifying any value other than Yes has no effect": No is
		 * that no-op, written by hosts as the default, as are false
		 * and 0; another word ("true", "1") is a Yes Apple will not
		 * see.
		 */
		if (strcasecmp(v, "yes") != 0 && strcasecmp(v, "no") != 0 &&
		    strcasecmp(v, "false") != 0 && strcmp(v, "0") != 0)
			vreport(c, n, strcmp(e->name, "block") == 0 ?
			    RULE_ITUNES_BLOCK : RULE_ITUNES_COMPLETE,
			    "itunes:%s \"%s\" has no effect: only Yes does",
			    e->name, v);
		break;
	case K_IT_NUMBER:
		/*
		 * Apple's reference gives no grammar, only "a non-zero
		 * integer (1, 2, 3, etc.)": digits, as every number a spec
		 * gives in prose; unlike podcast:season's xs:integer, no
		 * XML Schema type lets a "+" in.
		 */
		if (!is_nonneg_integer(v) || strspn(v, "0") == len)
			vreport(c, n, RULE_ITUNES_NUMBER, "itunes:%s \"%s\" is "
			    "not a non-zero integer", e->name, v);
		break;
	default:
		return false;
	}
	return true;
}


/* An attribute, if present, that is one of SET (exact case). */
static void
md_enum(struct vctx *c, xmlNodePtr n, const char *attr,
    const char *const *set, const char *what)
{
	struct buf	 v;
	char		 q[128];
	size_t		 i;

	vbuf_init(&v);
	if (attr_get(n, NULL, attr, &v)) {
		for (i = 0; set[i] != NULL; i++)
			if (strcmp(v.data, set[i]) == 0)
				break;
		if (set[i] == NULL)
			vreport(c, n, RULE_MEDIA_VALUE, "%s %s \"%s\" is not %s",
			    node_qname(n, q, sizeof(q)), attr, v.data, what);
	}
	buf_free(&v);
}

/*
 * The lang attribute of N, if present: "Language codes possible are
 * detailed in RFC 3066" (media:content, media:text), whose successor is
 * BCP 47, as for xml:lang; empty, like xml:lang="", it says nothing.
 */
static void
md_lang(struct vctx *c, xmlNodePtr n)
{
	check_lang_attr(c, n, NULL, "lang", RULE_MEDIA_VALUE);
}

/* The url attribute of N: absolute; REQUIRED says whether it must be. */
static bool
md_url(struct vctx *c, xmlNodePtr n, bool required)
{
	struct buf	 v;
	char		 q[128];
	bool		 has;

	vbuf_init(&v);
	node_qname(n, q, sizeof(q));
	if (!(has = attr_get(n, NULL, "url", &v))) {
		if (required)
			vreport(c, n, RULE_MEDIA_URL, "%s has no url attribute, "
			    "which is required", q);
	} else if (uri_is_absolute_iri(v.data, v.len) &&
	    !uri_is_absolute_uri(v.data, v.len))
		/* "the direct URL to the media object", in Atom too. */
		vreport(c, n, RULE_MEDIA_URL, "%s url \"%s\" is an IRI, not "
		    "a URL: characters outside ASCII must be percent-encoded "
		    "as UTF-8 (RFC 3987 3.1)", q, v.data);
	else if (!uri_is_absolute_iri(v.data, v.len))
		vreport(c, n, RULE_MEDIA_URL, "%s url \"%s\" is not an "
		    "absolute URL", q, v.data);
	buf_free(&v);
	return has;
}

/* The attributes of media:content (Media RSS 1.5.1 <media:content>). */
static void
md_content(struct vctx *c, xmlNodePtr n)
{
	static const char *const ints[] = { "fileSize", "channels", "height",
	    "width", NULL };
	static const char *const decs[] = { "bitrate", "framerate",
	    "samplingrate", "duration", NULL };
	static const char *const media[] = { "image", "audio", "video",
	    "document", "executable", NULL };
	static const char *const tf[] = { "true", "false", NULL };
	static const char *const expr[] = { "sample", "full", "nonstop",
	    NULL };
	struct buf	 v;
	xmlNodePtr	 k;
	size_t		 i, j;

	vbuf_init(&v);
	if (!md_url(c, n, false)) {
		/* "If not included, a <media:player> element must be". */
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    ext_is(k, NS_MEDIA, "player"))
				break;
		if (k == NULL)
			vreport(c, n, RULE_MEDIA_URL, "media:content has "
			    "neither a url attribute nor a media:player");
	}
	for (j = 0; j < 2; j++)
		for (i = 0; (j ? decs : ints)[i] != NULL; i++)
			if (attr_get(n, NULL, (j ? decs : ints)[i], &v) &&
			    !number_valid(v.data, v.len,
			    j == 1 ? NUMBER_FRACTION : 0))
				vreport(c, n, RULE_MEDIA_NUMBER, "media:content "
				    "%s \"%s\" is not a non-negative %s",
				    (j ? decs : ints)[i], v.data, j ?
				    "number" : "integer");
	if (attr_get(n, NULL, "type", &v) && !is_mime_type(v.data))
		vreport(c, n, RULE_MEDIA_VALUE, "media:content type \"%s\" is "
		    "not a MIME type", v.data);
	md_enum(c, n, "medium", media, "image, audio, video, document or "
	    "executable");
	md_enum(c, n, "isDefault", tf, "true or false");
	md_enum(c, n, "expression", expr, "sample, full or nonstop");
	md_lang(c, n);
	buf_free(&v);
}

static bool md_check(struct vctx *, xmlNodePtr, const struct vrow *,
    const char *);

/*
 * A media: element K (of E) inside the group or content P: a group holds
 * contents, a content holds neither; both hold the optional elements.
 */
static void
md_child(struct vctx *c, xmlNodePtr k, const struct vrow *e,
    const struct vrow *p)
{
	struct buf	 raw, t;

	if (e->value == K_MD_GROUP || (e->value == K_MD_CONTENT &&
	    p->value == K_MD_CONTENT)) {
		vreport(c, k, RULE_EXT_MISPLACED, "media:%s belongs in an "
		    "item%s, not in media:%s", e->name, e->value ==
		    K_MD_CONTENT ? " or a media:group" : "", p->name);
		return;
	}
	vbuf_init(&raw);
	vbuf_init(&t);
	node_text(k, &raw);
	trim_into(raw.data, &t);
	md_check(c, k, e, t.data);
	buf_free(&raw);
	buf_free(&t);
}

/* The value kinds of media:; true if N's kind is one of them. */
static bool
md_check(struct vctx *c, xmlNodePtr n, const struct vrow *e, const char *v)
{
	static const char *const text[] = { "plain", "html", NULL };
	static const char *const rel[] = { "allow", "deny", NULL };
	static const char *const rtype[] = { "country", "uri", "sharing",
	    NULL };
	static const char *const algo[] = { "md5", "sha-1", NULL };
	const struct vrow *k_e;
	struct buf	 a;
	xmlNodePtr	 k;
	size_t		 want, contents = 0;
	char		 q[128];

	switch (e->value) {
	case K_MD_CONTENT:
		md_content(c, n);
		break;
	case K_MD_GROUP:
		break;
	case K_MD_THUMB:
	case K_MD_PLAYER:
		md_url(c, n, true);
		/* Both have a height and width, in pixels. */
		vbuf_init(&a);
		node_qname(n, q, sizeof(q));
		if (attr_get(n, NULL, "height", &a) &&
		    !number_valid(a.data, a.len, 0))
			vreport(c, n, RULE_MEDIA_NUMBER, "%s height \"%s\" is "
			    "not a non-negative integer", q, a.data);
		if (attr_get(n, NULL, "width", &a) &&
		    !number_valid(a.data, a.len, 0))
			vreport(c, n, RULE_MEDIA_NUMBER, "%s width \"%s\" is "
			    "not a non-negative integer", q, a.data);
		buf_free(&a);
		break;
	case K_MD_RATING:
		/* "If this attribute is not included, the default scheme is
		 * urn:simple (adult | nonadult)." */
		vbuf_init(&a);
		if ((!attr_get(n, NULL, "scheme", &a) ||
		    strcmp(a.data, "urn:simple") == 0) &&
		    strcmp(v, "adult") != 0 && strcmp(v, "nonadult") != 0)
			vreport(c, n, RULE_MEDIA_VALUE, "media:rating \"%s\" "
			    "of the scheme urn:simple is neither adult nor "
			    "nonadult", v);
		buf_free(&a);
		break;
	case K_MD_TEXT:
		md_enum(c, n, "type", text, "plain or html");
		md_lang(c, n);
		break;
	case K_MD_CREDIT:
		/* "role specifies the role the entity played. Must be
		 * lowercase." Its scheme's list is not checked: schemes
		 * other than urn:ebu and urn:yvs name their own roles. */
		vbuf_init(&a);
		if (attr_get(n, NULL, "role", &a) && strpbrk(a.data,
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != NULL)
			vreport(c, n, RULE_MEDIA_VALUE, "media:credit role "
			    "\"%s\" is not lowercase", a.data);
		buf_free(&a);
		break;
	case K_MD_PLAIN:
		break;
	case K_MD_COPYRIGHT:
		md_url(c, n, false);
		break;
	case K_MD_RESTRICTION:
		vbuf_init(&a);
		if (!attr_get(n, NULL, "relationship", &a))
			vreport(c, n, RULE_MEDIA_VALUE, "media:restriction has "
			    "no relationship attribute, which is required");
		buf_free(&a);
		md_enum(c, n, "relationship", rel, "allow or deny");
		md_enum(c, n, "type", rtype, "country, uri or sharing");
		break;
	case K_MD_HASH:
		md_enum(c, n, "algo", algo, "md5 or sha-1");
		vbuf_init(&a);
		/* Hex digits: 32 of an MD5, 40 of a SHA-1 (the default md5). */
		want = attr_get(n, NULL, "algo", &a) &&
		    strcmp(a.data, "sha-1") == 0 ? 40 : 32;
		if ((strcmp(a.data, "") == 0 || strcmp(a.data, "md5") == 0 ||
		    strcmp(a.data, "sha-1") == 0) && (strlen(v) != want ||
		    strspn(v, "0123456789abcdefABCDEF") != want))
			vreport(c, n, RULE_MEDIA_VALUE, "media:hash \"%s\" is "
			    "not %zu hexadecimal digits", v, want);
		buf_free(&a);
		break;
	default:
		return false;
	}
	/*
	 * "It allows grouping of <media:content> elements that are
	 * effectively the same content, yet different representations ...
	 * must only be used for this purpose": two or more.
	 */
	if (e->value == K_MD_GROUP) {
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    ext_is(k, NS_MEDIA, "content"))
				contents++;
		if (contents < 2)
			vreport(c, n, RULE_MEDIA_GROUP, "media:group holds "
			    "%zu media:content; it is only for two or more "
			    "representations of the same content", contents);
	}
	/* A group or content holds media: elements of its own. */
	if (e->value == K_MD_GROUP || e->value == K_MD_CONTENT)
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    (k_e = find(k, NULL)) != NULL &&
			    strcmp(k_e->ns, NS_MEDIA) == 0)
				md_child(c, k, k_e, e);
	return true;
}

/*
 * Coordinates: "lat long" pairs of decimals separated by white space,
 * latitude -90 to 90, longitude -180 to 180 (WGS84, GeoRSS Simple).
 * Returns the number of pairs, or -1 if S is not such a list; the first
 * and last pairs into FIRST and LAST.
 */
static long
geo_pairs(const char *s, double first[2], double last[2])
{
	char		 tok[64];
	double		 x;
	size_t		 len;
	long		 n = 0;

	for (;;) {
		s += strspn(s, " \t\r\n");
		if (*s == '\0')
			break;
		len = strcspn(s, " \t\r\n");
		if (len >= sizeof(tok))
			return -1;
		memcpy(tok, s, len);
		tok[len] = '\0';
		s += len;
		if (!number_decimal(tok, &x) || x < (n % 2 ? -180 : -90) ||
		    x > (n % 2 ? 180 : 90))
			return -1;
		if (n < 2)
			first[n] = x;
		last[n % 2] = x;
		n++;
	}
	return n % 2 ? -1 : n / 2;
}

/*
 * A geometry's text: a point is one pair, a box two, a line two or more,
 * a polygon four or more with the last equal to the first (closed).
 */
static void
geo_check(struct vctx *c, xmlNodePtr n, enum kind kind, const char *v)
{
	static const char *const what[] = { "one latitude longitude pair",
	    "two or more latitude longitude pairs",
	    "four or more latitude longitude pairs, the last the first",
	    "two latitude longitude pairs, lower corner then upper" };
	double		 a[2] = { 0, 0 }, b[2] = { 0, 0 };
	long		 np;
	size_t		 w;
	char		 q[128];
	bool		 ok;

	np = geo_pairs(v, a, b);
	switch (kind) {
	case K_GEO_POINT:
		w = 0;
		ok = np == 1;
		break;
	case K_GEO_LINE:
		w = 1;
		ok = np >= 2;
		break;
	case K_GEO_POLYGON:
		w = 2;
		ok = np >= 4 && a[0] == b[0] && a[1] == b[1];
		break;
	default:
		w = 3;
		ok = np == 2 && a[0] <= b[0];
		break;
	}
	if (!ok)
		vreport(c, n, RULE_GEORSS_GEOMETRY, "%s \"%s\" is not %s "
		    "(latitude -90 to 90, longitude -180 to 180)",
		    node_qname(n, q, sizeof(q)), v, what[w]);
}

/* The text of N, trimmed, into T (RAW is scratch). */
static void
text_of(xmlNodePtr n, struct buf *raw, struct buf *t)
{
	node_text(n, raw);
	trim_into(raw->data, t);
}

/* The first child element of N in NS named NAME, or NULL. */
static xmlNodePtr
child_is(xmlNodePtr n, const char *ns, const char *name)
{
	xmlNodePtr	 k;

	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE && node_is(k, ns, name))
			return k;
	return NULL;
}

/*
 * georss:where: one GML geometry of the GeoRSS GML profile: a Point
 * (gml:pos), LineString (gml:posList), Polygon (gml:exterior,
 * gml:LinearRing, gml:posList) or Envelope (gml:lowerCorner,
 * gml:upperCorner).
 */
static void
geo_where(struct vctx *c, xmlNodePtr n)
{
	struct buf	 raw, t, u;
	xmlNodePtr	 k, g = NULL, p;
	size_t		 count = 0;
	char		 q[128];

	vbuf_init(&raw);
	vbuf_init(&t);
	vbuf_init(&u);
	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE) {
			count++;
			g = k;
		}
	if (count != 1 || !node_in(g, NS_GML)) {
		vreport(c, n, RULE_GEORSS_WHERE, "georss:where holds %s",
		    count == 0 ? "no geometry" : count > 1 ?
		    "more than one element" : "an element not in GML");
		goto out;
	}
	node_qname(g, q, sizeof(q));
	if (node_is(g, NS_GML, "Point")) {
		if ((p = child_is(g, NS_GML, "pos")) == NULL)
			vreport(c, g, RULE_GEORSS_WHERE, "%s has no gml:pos",
			    q);
		else {
			text_of(p, &raw, &t);
			geo_check(c, p, K_GEO_POINT, t.data);
		}
	} else if (node_is(g, NS_GML, "LineString")) {
		if ((p = child_is(g, NS_GML, "posList")) == NULL)
			vreport(c, g, RULE_GEORSS_WHERE, "%s has no "
			    "gml:posList", q);
		else {
			text_of(p, &raw, &t);
			geo_check(c, p, K_GEO_LINE, t.data);
		}
	} else if (node_is(g, NS_GML, "Polygon")) {
		if ((p = child_is(g, NS_GML, "exterior")) == NULL ||
		    (p = child_is(p, NS_GML, "LinearRing")) == NULL ||
		    (p = child_is(p, NS_GML, "posList")) == NULL)
			vreport(c, g, RULE_GEORSS_WHERE, "%s has no "
			    "gml:exterior/gml:LinearRing/gml:posList", q);
		else {
			text_of(p, &raw, &t);
			geo_check(c, p, K_GEO_POLYGON, t.data);
		}
	} else if (node_is(g, NS_GML, "Envelope")) {
		if ((p = child_is(g, NS_GML, "lowerCorner")) == NULL ||
		    (k = child_is(g, NS_GML, "upperCorner")) == NULL)
			vreport(c, g, RULE_GEORSS_WHERE, "%s has no "
			    "gml:lowerCorner and gml:upperCorner", q);
		else {
			text_of(p, &raw, &t);
			text_of(k, &raw, &u);
			buf_addc(&t, ' ');
			buf_adds(&t, u.data);
			geo_check(c, g, K_GEO_BOX, t.data);
		}
	} else
		vreport(c, g, RULE_GEORSS_WHERE, "%s is not a Point, "
		    "LineString, Polygon or Envelope, the geometries of "
		    "GeoRSS GML", q);
out:
	buf_free(&raw);
	buf_free(&t);
	buf_free(&u);
}

/* The value kinds of georss:; true if N's kind is one of them. */
static bool
geo_value(struct vctx *c, xmlNodePtr n, const struct vrow *e, const char *v)
{
	double		 x = 0;
	char		 q[128];

	switch (e->value) {
	case K_GEO_POINT:
	case K_GEO_LINE:
	case K_GEO_POLYGON:
	case K_GEO_BOX:
		geo_check(c, n, e->value, v);
		break;
	case K_GEO_WHERE:
		geo_where(c, n);
		break;
	case K_DECIMAL:
	case K_NONNEGDEC:
		if (!number_decimal(v, &x) || (e->value == K_NONNEGDEC && x < 0))
			vreport(c, n, RULE_GEORSS_VALUE, "%s \"%s\" is not a "
			    "%snumber", node_qname(n, q, sizeof(q)), v,
			    e->value == K_NONNEGDEC ? "non-negative " : "");
		break;
	case K_INTEGER:
		if (!number_valid(v, strlen(v), NUMBER_SIGN))
			vreport(c, n, RULE_GEORSS_VALUE, "%s \"%s\" is not an "
			    "integer", node_qname(n, q, sizeof(q)), v);
		break;
	default:
		return false;
	}
	return true;
}

/* The DCMI Type Vocabulary, which DCMES recommends for dc:type. */
static const char *const dcmi_types[] = { "Collection", "Dataset",
    "Event", "Image", "InteractiveResource", "MovingImage",
    "PhysicalObject", "Service", "Software", "Sound", "StillImage", "Text",
    NULL };

/* dc:format, dc:type, wfw:commentRSS; true if N's kind is one of them. */
static bool
dc_check(struct vctx *c, xmlNodePtr n, const struct vrow *e, const char *v,
    size_t len)
{
	static const char dcmitype[] = "http://purl.org/dc/dcmitype/";
	const char	*t = v;
	char		 q[128];
	size_t		 i;

	node_qname(n, q, sizeof(q));
	switch (e->value) {
	case K_DC_FORMAT:
		if (!is_mime_type(v))
			vreport(c, n, RULE_DC_FORMAT, "%s \"%s\" is not a MIME "
			    "type, as Dublin Core recommends", q, v);
		break;
	case K_DC_TYPE:
		if (strncmp(t, dcmitype, sizeof(dcmitype) - 1) == 0)
			t += sizeof(dcmitype) - 1;
		for (i = 0; dcmi_types[i] != NULL; i++)
			if (strcmp(t, dcmi_types[i]) == 0)
				break;
		if (dcmi_types[i] == NULL)
			vreport(c, n, RULE_DC_TYPE, "%s \"%s\" is not a term of "
			    "the DCMI Type Vocabulary, as Dublin Core "
			    "recommends", q, v);
		break;
	case K_WFW_MISCASED:
		vreport(c, n, RULE_WFW_COMMENT_RSS, "wfw:commentRSS is not "
		    "read by readers, who look for wfw:commentRss");
		if (!uri_is_absolute_iri(v, len))
			vreport(c, n, RULE_EXT_VALUE, "%s \"%s\" is not an "
			    "absolute URL", q, v);
		break;
	default:
		return false;
	}
	return true;
}

/*
 * The modules whose every element is a row of exts, so that an element
 * of theirs that is none ("dc:author", a common slip for dc:creator)
 * breaks RSS 2.0's rule that an element beyond its own be "defined in a
 * namespace".
 */
static const char *const closed_modules[] = {
	NS_DC, NS_SY, NS_SLASH, NS_WFW, NS_CONTENT, NS_ATOM,
};

/*
 * An Atom element in RSS (RFC 4287 4.2), E's kind, text V: what Atom
 * asks of it where Atom has it. True if E is one.
 */
static bool
atom_in_rss(struct vctx *c, xmlNodePtr n, const struct vrow *e,
    const char *v, size_t len)
{
	static const char *const text_types[] = { "text", "html", "xhtml",
	    NULL };
	struct buf	 a;
	xmlNodePtr	 k;
	const char	*why;
	bool		 name = false;

	if (e->value < K_ATOM_DATE || e->value > K_ATOM_CONTENT)
		return false;
	vbuf_init(&a);
	switch (e->value) {
	case K_ATOM_DATE:
		check_date(c, n, v, 'a');
		break;
	case K_ATOM_ID:
		if ((why = uri_id_problem(v, len)) != NULL)
			vreport(c, n, RULE_EXT_VALUE, "atom:id \"%s\" %s", v,
			    why);
		break;
	case K_ATOM_PERSON:
		for (k = n->children; k != NULL; k = k->next) {
			if (k->type != XML_ELEMENT_NODE || !node_in(k, NS_ATOM))
				continue;
			node_trimmed(k, &a);
			if (strcmp(node_name(k), "name") == 0)
				name = true;
			else if (strcmp(node_name(k), "email") == 0 &&
			    !email_valid(a.data, a.len))
				vreport(c, k, RULE_EXT_VALUE, "atom:email "
				    "\"%s\" is not an RFC 5322 addr-spec",
				    a.data);
			else if (strcmp(node_name(k), "uri") == 0 &&
			    !uri_is_iri_reference(a.data, a.len))
				vreport(c, k, RULE_EXT_VALUE, "atom:uri \"%s\" "
				    "is not an IRI reference", a.data);
		}
		if (!name)
			vreport(c, n, RULE_EXT_VALUE, "atom:%s has no "
			    "atom:name, which RFC 4287 3.2 requires", e->name);
		break;
	case K_ATOM_CATEGORY:
		if (need_attr(c, n, "term", RULE_EXT_VALUE, &a) &&
		    attr_get(n, NULL, "scheme", &a) &&
		    !uri_is_absolute_iri(a.data, a.len))
			vreport(c, n, RULE_EXT_VALUE, "scheme \"%s\" of "
			    "atom:category is not an absolute IRI", a.data);
		break;
	case K_ATOM_TEXT:
	case K_ATOM_CONTENT:
		/* 3.1.1 and 4.1.3.1: content may also be of a MIME type. */
		if (attr_get(n, NULL, "type", &a) && !is_one_of(a.data,
		    text_types) && (e->value == K_ATOM_TEXT ||
		    !mimetype_valid(a.data, a.len)))
			vreport(c, n, RULE_EXT_VALUE, "type \"%s\" of atom:%s "
			    "is not text, html or xhtml%s", a.data, e->name,
			    e->value == K_ATOM_CONTENT ? " nor a MIME type" :
			    "");
		break;
	default:
		break;
	}
	buf_free(&a);
	return true;
}

/*
 * RFC 4685 3: thr:in-reply-to names the resource replied to by ref (an
 * IRI, required), and may give its href (an IRI reference), its type (a
 * MIME type) and its source (an IRI).
 */
static void
thr_in_reply_to(struct vctx *c, xmlNodePtr n)
{
	static const struct {
		const char	*name;
		bool		(*ok)(const char *, size_t);
		const char	*what;
	} attrs[] = {
		{ "ref", uri_is_absolute_iri, "an absolute IRI" },
		{ "href", uri_is_iri_reference, "an IRI reference" },
		{ "type", mimetype_valid, "a MIME type" },
		{ "source", uri_is_absolute_iri, "an absolute IRI" },
	};
	struct buf	 v;
	size_t		 i;
	bool		 has;

	vbuf_init(&v);
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		/* ref is required, the others optional. */
		has = i == 0 ? need_attr(c, n, attrs[i].name, RULE_EXT_VALUE,
		    &v) : attr_get(n, NULL, attrs[i].name, &v);
		if (has && !attrs[i].ok(v.data, v.len))
			vreport(c, n, RULE_EXT_VALUE, "thr:in-reply-to %s "
			    "\"%s\" is not %s", attrs[i].name, v.data,
			    attrs[i].what);
	}
	buf_free(&v);
}

/*
 * The prefixes feeds give the vocabularies validate knows, and the
 * namespaces they stand for there (ALT: one the vocabulary names its
 * own too). A prefix is only a name for a namespace (Namespaces in XML
 * 1.0 3), so bound to another it hides the elements from every reader
 * that goes by namespace, while one that goes by prefix takes them.
 */
static const struct {
	const char	*prefix, *what, *ns, *alt;
} known_prefixes[] = {
	{ "atom", "Atom", NS_ATOM, NS_ATOM03 },
	{ "content", "the RSS content module", NS_CONTENT, NULL },
	{ "dc", "Dublin Core", NS_DC, NS_DCTERMS },
	{ "dcterms", "DCMI Metadata Terms", NS_DCTERMS, NULL },
	{ "fh", "Feed History (RFC 5005)", NS_FH, NULL },
	{ "geo", "W3C Basic Geo", NS_GEO, NULL },
	{ "georss", "GeoRSS", NS_GEORSS, NULL },
	{ "itunes", "Apple Podcasts' tags", NS_ITUNES, NULL },
	{ "media", "Media RSS", NS_MEDIA, NULL },
	{ "openSearch", "OpenSearch", NS_OPENSEARCH, NS_OPENSEARCH10 },
	{ "opensearch", "OpenSearch", NS_OPENSEARCH, NS_OPENSEARCH10 },
	{ "podcast", "Podcasting 2.0", NS_PODCAST, NS_PODCAST_OLD },
	{ "rdf", "RDF", NS_RDF, NULL },
	{ "slash", "the RSS slash module", NS_SLASH, NULL },
	{ "sy", "the RSS syndication module", NS_SY, NULL },
	/* RSS 1.0's threading module takes the prefix too. */
	{ "thr", "Atom Threading (RFC 4685)", NS_THR,
	    "http://purl.org/rss/1.0/modules/threading/" },
	{ "wfw", "the Well-Formed Web comment API", NS_WFW, NULL },
};
_Static_assert(sizeof(known_prefixes) / sizeof(known_prefixes[0]) <= 32,
    "ext_prefixes keeps a bit for each prefix in a uint32_t");

/* Whether prefix P bound to HREF is a near miss a rule of its own tells. */
static bool
told_elsewhere(const char *p, const char *href)
{
	return (strcmp(p, "media") == 0 && strcmp(href, NS_MEDIA_NOSLASH) ==
	    0) || (strcmp(p, "itunes") == 0 && strcasecmp(href, NS_ITUNES) ==
	    0);
}

void
ext_prefixes(struct vctx *c, xmlNodePtr n)
{
	xmlNsPtr	 d;
	const char	*p, *href;
	size_t		 i;

	for (d = n->nsDef; d != NULL; d = d->next) {
		if ((p = (const char *)d->prefix) == NULL ||
		    (href = (const char *)d->href) == NULL)
			continue;
		for (i = 0; i < sizeof(known_prefixes) /
		    sizeof(known_prefixes[0]); i++)
			if (strcmp(p, known_prefixes[i].prefix) == 0)
				break;
		if (i == sizeof(known_prefixes) / sizeof(known_prefixes[0]) ||
		    (c->prefix_said & (UINT32_C(1) << i)) ||
		    strcmp(href, known_prefixes[i].ns) == 0 ||
		    (known_prefixes[i].alt != NULL &&
		    strcmp(href, known_prefixes[i].alt) == 0) ||
		    /* Said where used: media-namespace, itunes-namespace. */
		    told_elsewhere(p, href))
			continue;
		c->prefix_said |= UINT32_C(1) << i;
		vreport(c, n, RULE_EXT_PREFIX, "the prefix %s is bound to "
		    "\"%s\", not to the namespace of %s, %s: readers that go "
		    "by namespace will not read its elements as %s", p, href,
		    known_prefixes[i].what, known_prefixes[i].ns,
		    known_prefixes[i].what);
	}
}

/* The namespace of N's closed module, if it is in one. */
static const char *
closed_module_of(xmlNodePtr n)
{
	size_t	 i;

	for (i = 0; i < sizeof(closed_modules) / sizeof(closed_modules[0]);
	    i++)
		if (node_in(n, closed_modules[i]))
			return closed_modules[i];
	return NULL;
}

/*
 * In Atom (RFC 4287 6.4, extension elements), the vocabularies made for
 * Atom as for RSS: Media RSS and GeoRSS. PARENT is "feed" or "entry".
 */
void
ext_check_atom(struct vctx *c, xmlNodePtr n, const char *parent)
{
	const char	*ns;

	/* A name its closed module lacks: the warning RSS gives too. */
	if (node_in(n, NS_MEDIA_NOSLASH) || node_in(n, NS_FH) ||
	    find(n, NULL) != NULL || ((ns = closed_module_of(n)) != NULL &&
	    strcmp(ns, NS_ATOM) != 0))
		ext_check(c, n, parent);
}

void
ext_check(struct vctx *c, xmlNodePtr n, const char *parent)
{
	const struct vrow *e;
	struct buf	 raw, t;
	double		 x = 0;
	char		 q[128];
	bool		 ok = true, atom;
	unsigned	 where;

	node_qname(n, q, sizeof(q));
	if (node_in(n, NS_FH)) {
		history_element(c, n, parent);
		return;
	}
	if (node_in(n, NS_RDF) || node_in(n, NS_RSS10)) {
		vreport(c, n, RULE_RSS_WRONG_NAMESPACE, "%s belongs to "
		    "RDF or RSS 1.0; RSS 2.0 elements are in no namespace", q);
		return;
	}
	if (node_in(n, NS_MEDIA_NOSLASH) && !c->mrss_said) {
		/* Once: it hides every media: element of the file alike. */
		c->mrss_said = true;
		vreport(c, n, RULE_MEDIA_NAMESPACE, "%s is in the namespace "
		    NS_MEDIA_NOSLASH ", which readers ignore; Media RSS's is "
		    NS_MEDIA, q);
	}
	if (it_miscased(n) && !c->itunes_said) {
		/*
		 * Once, as media-namespace: every such element is ignored.
		 * Still valid RSS (namespaced extensions), so a warning.
		 */
		c->itunes_said = true;
		vreport(c, n, RULE_ITUNES_NAMESPACE, "%s is in the namespace "
		    "%s: Apple Podcasts ignores every iTunes tag under that "
		    "namespace; its namespace is " NS_ITUNES ", in exactly "
		    "that case", q, (const char *)n->ns->href);
	}
	if ((e = find(n, NULL)) == NULL) {
		const char *ns = closed_module_of(n);

		/*
		 * RSS 2.0 takes elements "defined in a namespace", which may
		 * mean only "in one", and Atom any foreign markup (RFC 4287
		 * 6.4): valid, but no reader knows it (Flickr's
		 * dc:date.Taken), so a warning in both.
		 */
		if (ns != NULL && *node_name(n) != '\0')
			vreport(c, n, RULE_EXT_UNKNOWN_ELEMENT, "%s is not an "
			    "element of its module (%s), which defines no such "
			    "name: readers will not know it", q, ns);
		return;
	}
	/* Atom's entry and feed stand where RSS has item and channel. */
	where = parent[0] == 'e' || parent[0] == 'i' ? P_ITEM : P_CHANNEL;
	if ((e->parents & where) == 0) {
		atom = strcmp(parent, "entry") == 0 ||
		    strcmp(parent, "feed") == 0;
		vreport(c, n, RULE_EXT_MISPLACED, "%s belongs in %s, not in "
		    "%s", q, e->parents == P_CHANNEL ? (atom ? "the feed" :
		    "the channel") : (atom ? "an entry" : "an item"),
		    e->parents == P_CHANNEL ? (atom ? "an entry" : "an item") :
		    (atom ? "the feed" : "the channel"));
		return;
	}
	if (e->value == K_ATOMLINK) {
		atom_link_check(c, n, parent[0] == 'i' ? LINK_RSS_ITEM :
		    LINK_RSS_CHANNEL, parent, NULL);
		return;
	}
	/* Free text (content:encoded: the article) is judged by no rule. */
	if (e->value == K_TEXT)
		return;
	vbuf_init(&raw);
	vbuf_init(&t);
	node_trimmed(n, &t);
	if (it_check(c, n, e, t.data, t.len) || pc_check(c, n, e, t.data) ||
	    md_check(c, n, e, t.data) || geo_value(c, n, e, t.data) ||
	    dc_check(c, n, e, t.data, t.len) ||
	    atom_in_rss(c, n, e, t.data, t.len)) {
		buf_free(&raw);
		buf_free(&t);
		return;
	}
	switch (e->value) {
	case K_DATE:
		check_date(c, n, t.data, 'w');
		break;
	case K_EVDATE:
		check_date(c, n, t.data, 'e');
		break;
	case K_LANG:
		ok = is_language_tag(t.data);
		break;
	case K_URL:
	case K_RESOURCE:
		if (e->value == K_RESOURCE && t.len == 0 &&
		    attr_get(n, NS_RDF, "resource", &raw))
			trim_into(raw.data, &t);
		ok = uri_is_absolute_iri(t.data, t.len);
		break;
	case K_LAT:
		ok = number_decimal(t.data, &x) && x >= -90 && x <= 90;
		break;
	case K_LONG:
		ok = number_decimal(t.data, &x) && x >= -180 && x <= 180;
		break;
	case K_POSINT:
		ok = is_nonneg_integer(t.data) && strspn(t.data, "0") < t.len;
		break;
	case K_NONNEGINT:
		ok = is_nonneg_integer(t.data);
		break;
	case K_SIGNED_INT:
		ok = number_valid(t.data, t.len, NUMBER_SIGN);
		break;
	case K_THR_REPLY:
		thr_in_reply_to(c, n);
		break;
	case K_PERIOD:
		ok = strcmp(t.data, "hourly") == 0 || strcmp(t.data, "daily") ==
		    0 || strcmp(t.data, "weekly") == 0 ||
		    strcmp(t.data, "monthly") == 0 ||
		    strcmp(t.data, "yearly") == 0;
		break;
	case K_INTLIST:
		ok = is_int_list(t.data);
		break;
	default:
		break;
	}
	if (!ok)
		vreport(c, n, RULE_EXT_VALUE, "%s \"%s\" is not %s", q,
		    t.data, e->value == K_LANG ? "a language tag" :
		    e->value == K_URL || e->value == K_RESOURCE ?
		    "an absolute URL" :
		    e->value == K_LAT ? "a latitude from -90 to 90" :
		    e->value == K_LONG ? "a longitude from -180 to 180" :
		    e->value == K_POSINT ? "a positive integer" :
		    e->value == K_NONNEGINT ? "a non-negative integer" :
		    e->value == K_SIGNED_INT ? "an integer" :
		    e->value == K_PERIOD ? "hourly, daily, weekly, monthly or "
		    "yearly" : "a comma-separated list of integers");
	buf_free(&raw);
	buf_free(&t);
}

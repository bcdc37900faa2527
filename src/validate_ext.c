/*
 * validate_ext: the extension modules RSS feeds commonly use, checked by
 * the definitions their own specifications give: Dublin Core and DCMI
 * terms (W3CDTF dates, RFC 3066 languages), Syndication (updatePeriod,
 * updateFrequency, updateBase), the W3C, GeoURL and ICBM position
 * vocabularies, Admin, blogChannel, Creative Commons, Trackback, Slash,
 * Event and the content module, plus atom:link in RSS, and Apple
 * Podcasts' itunes: tags (its RSS tag tables and category list) and the
 * Podcasting 2.0 podcast: tags (its tag pages and podcast.xsd). Elements
 * in any other namespace are accepted as extensions, as RSS 2.0 allows.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "email.h"
#include "uri.h"
#include "validate_int.h"

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
#define NS_PODCAST	"https://podcastindex.org/namespace/1.0"
/* "Clients ... must also recognize" it "as identical" (1.0.md). */
#define NS_PODCAST_OLD \
	"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"

enum kind {
	K_TEXT, K_DATE, K_EVDATE, K_LANG, K_URL, K_RESOURCE, K_LAT, K_LONG,
	K_POSINT, K_NONNEGINT, K_PERIOD, K_INTLIST, K_ATOMLINK,
	/* Apple Podcasts' itunes: tags */
	K_IT_TEXT, K_IT_EXPLICIT, K_IT_CATEGORY, K_IT_IMAGE, K_IT_TYPE,
	K_IT_EPTYPE, K_IT_DURATION, K_IT_OWNER, K_IT_YES, K_IT_NUMBER,
	/* Podcasting 2.0 podcast: tags */
	K_PC_GUID, K_PC_LOCKED, K_PC_FUNDING, K_PC_LINK, K_PC_PERSON,
	K_PC_SEASON, K_PC_EPISODE, K_PC_VALUE
};

/*
 * once: where an element may appear only once ('c' channel, 'i' item, 'b'
 * both); where: the only parent it may appear in ('c', 'i'; 0 any).
 */
static const struct ext {
	const char	*ns;
	const char	*name;
	enum kind	 kind;
	char		 once;
	char		 where;
} exts[] = {
	{ NS_DC, "date", K_DATE, 'c', 0 },
	{ NS_DC, "language", K_LANG, 'c', 0 },
	{ NS_DC, "rights", K_TEXT, 'c', 0 },
	{ NS_DCTERMS, "created", K_DATE, 0, 0 },
	{ NS_DCTERMS, "issued", K_DATE, 0, 0 },
	{ NS_DCTERMS, "modified", K_DATE, 0, 0 },
	{ NS_DCTERMS, "dateAccepted", K_DATE, 0, 0 },
	{ NS_DCTERMS, "dateCopyrighted", K_DATE, 0, 0 },
	{ NS_DCTERMS, "dateSubmitted", K_DATE, 0, 0 },
	{ NS_SY, "updatePeriod", K_PERIOD, 'c', 0 },
	{ NS_SY, "updateFrequency", K_POSINT, 'c', 0 },
	{ NS_SY, "updateBase", K_DATE, 'c', 0 },
	{ NS_GEO, "lat", K_LAT, 0, 0 },
	{ NS_GEO, "long", K_LONG, 0, 0 },
	{ NS_GEOURL, "latitude", K_LAT, 0, 0 },
	{ NS_GEOURL, "longitude", K_LONG, 0, 0 },
	{ NS_ICBM, "latitude", K_LAT, 0, 0 },
	{ NS_ICBM, "longitude", K_LONG, 0, 0 },
	{ NS_ADMIN, "errorReportsTo", K_RESOURCE, 'c', 0 },
	{ NS_ADMIN, "generatorAgent", K_RESOURCE, 'c', 0 },
	{ NS_BLOGCHANNEL, "blogRoll", K_URL, 'c', 0 },
	{ NS_BLOGCHANNEL, "mySubscriptions", K_URL, 'c', 0 },
	{ NS_BLOGCHANNEL, "blink", K_URL, 'c', 0 },
	{ NS_BLOGCHANNEL, "changes", K_URL, 'c', 0 },
	{ NS_CC, "license", K_URL, 0, 0 },
	{ NS_TRACKBACK, "ping", K_URL, 0, 0 },
	{ NS_TRACKBACK, "about", K_URL, 0, 0 },
	{ NS_SLASH, "comments", K_NONNEGINT, 0, 0 },
	{ NS_SLASH, "hit_parade", K_INTLIST, 0, 0 },
	{ NS_SLASH, "section", K_TEXT, 0, 0 },
	{ NS_SLASH, "department", K_TEXT, 0, 0 },
	{ NS_EV, "startdate", K_EVDATE, 0, 0 },
	{ NS_EV, "enddate", K_EVDATE, 0, 0 },
	{ NS_CONTENT, "encoded", K_TEXT, 'i', 0 },
	{ NS_ATOM, "link", K_ATOMLINK, 0, 0 },
	/* Apple Podcasts: the "Parent tag" column of its RSS tag tables. */
	{ NS_ITUNES, "title", K_IT_TEXT, 'b', 0 },
	{ NS_ITUNES, "author", K_IT_TEXT, 'b', 0 },
	{ NS_ITUNES, "image", K_IT_IMAGE, 'b', 0 },
	{ NS_ITUNES, "explicit", K_IT_EXPLICIT, 'b', 0 },
	{ NS_ITUNES, "block", K_IT_YES, 'b', 0 },
	{ NS_ITUNES, "category", K_IT_CATEGORY, 0, 'c' },
	{ NS_ITUNES, "type", K_IT_TYPE, 'c', 'c' },
	{ NS_ITUNES, "complete", K_IT_YES, 'c', 'c' },
	{ NS_ITUNES, "owner", K_IT_OWNER, 'c', 'c' },
	{ NS_ITUNES, "new-feed-url", K_URL, 'c', 'c' },
	{ NS_ITUNES, "duration", K_IT_DURATION, 'i', 'i' },
	{ NS_ITUNES, "episode", K_IT_NUMBER, 'i', 'i' },
	{ NS_ITUNES, "season", K_IT_NUMBER, 'i', 'i' },
	{ NS_ITUNES, "episodeType", K_IT_EPTYPE, 'i', 'i' },
	/* Podcasting 2.0: the "Parent" and "Count" of each tag's page. */
	{ NS_PODCAST, "guid", K_PC_GUID, 'c', 'c' },
	{ NS_PODCAST, "locked", K_PC_LOCKED, 'c', 'c' },
	{ NS_PODCAST, "funding", K_PC_FUNDING, 0, 0 },
	{ NS_PODCAST, "transcript", K_PC_LINK, 0, 'i' },
	{ NS_PODCAST, "chapters", K_PC_LINK, 'i', 'i' },
	{ NS_PODCAST, "person", K_PC_PERSON, 0, 0 },
	{ NS_PODCAST, "season", K_PC_SEASON, 'i', 'i' },
	{ NS_PODCAST, "episode", K_PC_EPISODE, 'i', 'i' },
	{ NS_PODCAST, "value", K_PC_VALUE, 0, 0 },
};

/* Whether N is NAME in NS, or in the namespace its spec names identical. */
static bool
ext_is(xmlNodePtr n, const char *ns, const char *name)
{
	return node_is(n, ns, name) || (strcmp(ns, NS_PODCAST) == 0 &&
	    node_is(n, NS_PODCAST_OLD, name));
}

static const struct ext *
find(xmlNodePtr n, size_t *index)
{
	size_t	 i;

	/* The local name first: namespace names share long prefixes. */
	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (strcmp(node_name(n), exts[i].name) == 0 &&
		    ext_is(n, exts[i].ns, exts[i].name)) {
			if (index != NULL)
				*index = i;
			return &exts[i];
		}
	return NULL;
}

void
ext_count(struct vctx *c, xmlNodePtr n, struct ext_counts *k,
    const char *parent)
{
	const struct ext *e;
	size_t		 i;
	char		 q[128];
	bool		 once;

	if ((e = find(n, &i)) == NULL ||
	    (e->where != 0 && e->where != parent[0]) ||
	    i >= sizeof(k->seen) * 8)
		return;
	once = e->once == 'b' || (e->once != 0 && e->once == parent[0]);
	if (once && (k->seen[i / 32] & (1U << (i % 32)))) {
		vreport(c, n, RULE_EXT_DUPLICATE_ELEMENT, "%s has more "
		    "than one %s, which may occur once", parent,
		    node_qname(n, q, sizeof(q)));
		return;
	}
	k->seen[i / 32] |= 1U << (i % 32);
}

/*
 * Apple's "Required tags" of a show: a channel that uses itunes: tags
 * without them is refused by Apple Podcasts, so it is warned.
 */
void
ext_require(struct vctx *c, xmlNodePtr n, const struct ext_counts *k)
{
	static const char *const need[] = { "image", "category",
	    "explicit" };
	size_t		 i, j, nx = sizeof(exts) / sizeof(exts[0]);
	bool		 itunes = false;

	for (i = 0; i < nx; i++)
		if (strcmp(exts[i].ns, NS_ITUNES) == 0 &&
		    (k->seen[i / 32] & (1U << (i % 32))))
			itunes = true;
	if (!itunes)
		return;
	for (j = 0; j < sizeof(need) / sizeof(need[0]); j++)
		for (i = 0; i < nx; i++)
			if (strcmp(exts[i].ns, NS_ITUNES) == 0 &&
			    strcmp(exts[i].name, need[j]) == 0 &&
			    !(k->seen[i / 32] & (1U << (i % 32))))
				vreport(c, n, RULE_ITUNES_MISSING, "channel "
				    "uses itunes: tags but has no itunes:%s, "
				    "which Apple Podcasts requires", need[j]);
}

static bool
is_decimal(const char *s, double *out)
{
	char	*end;

	if (*s == '\0' || strchr(s, 'x') || strchr(s, 'X') || strchr(s, 'n') ||
	    strchr(s, 'N') || strchr(s, 'e') || strchr(s, 'E'))
		return false;
	*out = strtod(s, &end);
	return *end == '\0';
}

static bool
is_int_list(const char *s)
{
	if (*s == '\0')
		return false;
	for (;;) {
		if (*s < '0' || *s > '9')
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
		if (*s == '\0')
			return true;
		if (*s++ != ',')
			return false;
	}
}

static void
atom_link(struct vctx *c, xmlNodePtr n)
{
	struct buf	 v;

	vbuf_init(&v);
	if (!attr_get(n, NULL, "href", &v))
		vreport(c, n, RULE_ATOM_LINK_HREF, "atom:link has no "
		    "href attribute");
	else if (!uri_is_absolute_iri(v.data, v.len))
		vreport(c, n, RULE_RSS_URL, "href \"%s\" of atom:link "
		    "is not an absolute URL", v.data);
	if (attr_get(n, NULL, "type", &v) && !is_mime_type(v.data))
		vreport(c, n, RULE_ATOM_LINK_TYPE, "type \"%s\" of "
		    "atom:link is not a MIME media type", v.data);
	buf_free(&v);
}

/*
 * Seconds, or [H:]MM:SS: the fields after the first are two digits, below
 * 60 (the first may be any count of hours, or of minutes without hours).
 */
static bool
is_duration(const char *s)
{
	size_t	 np = 0, len;

	for (;;) {
		len = strspn(s, "0123456789");
		if (len == 0 || len > 9 || (np > 0 && (len != 2 || *s > '5')))
			return false;
		s += len;
		if (++np == 4)
			return false;
		if (*s == '\0')
			return true;
		if (*s++ != ':')
			return false;
	}
}

/* Characters, not bytes, of UTF-8 text: what Apple's limits count. */
static size_t
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
			    node_is(k, NS_ITUNES, "category"))
				it_category(c, k, v.data);
	}
	if (top != NULL)
		for (k = n->children; k != NULL; k = k->next)
			if (k->type == XML_ELEMENT_NODE &&
			    node_is(k, NS_ITUNES, "category"))
				vreport(c, k, RULE_ITUNES_CATEGORY,
				    "itunes:category is nested more than two "
				    "levels deep");
	buf_free(&v);
}

static void
it_image(struct vctx *c, xmlNodePtr n)
{
	struct buf	 v;

	vbuf_init(&v);
	if (!attr_get(n, NULL, "href", &v))
		vreport(c, n, RULE_ITUNES_IMAGE, "itunes:image has no href "
		    "attribute");
	else if ((strncmp(v.data, "http://", 7) != 0 &&
	    strncmp(v.data, "https://", 8) != 0) || !is_full_url(v.data))
		vreport(c, n, RULE_ITUNES_IMAGE, "itunes:image href \"%s\" "
		    "is not an http or https URL", v.data);
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
		if (node_is(k, NS_ITUNES, "email")) {
			email = true;
			if (!email_valid(t.data, t.len))
				vreport(c, k, RULE_ITUNES_OWNER, "itunes:email "
				    "\"%s\" is not an e-mail address", t.data);
		} else if (node_is(k, NS_ITUNES, "name") &&
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

static bool
is_one_of(const char *s, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcasecmp(s, *set) == 0)
			return true;
	return false;
}

/* The value kinds of itunes:; true if N's kind is one of them. */
static bool
it_check(struct vctx *c, xmlNodePtr n, const struct ext *e,
    const char *v, size_t len)
{
	static const char *const explicit[] = { "true", "false", NULL };
	static const char *const old[] = { "yes", "no", "clean", NULL };
	static const char *const types[] = { "episodic", "serial", NULL };
	static const char *const eptypes[] = { "full", "trailer", "bonus",
	    NULL };

	switch (e->kind) {
	case K_IT_TEXT:
		if (utf8_chars(v, len) > 255)
			vreport(c, n, RULE_ITUNES_LENGTH, "itunes:%s is longer "
			    "than the 255 characters Apple allows", e->name);
		break;
	case K_IT_EXPLICIT:
		if (is_one_of(v, old))
			vreport(c, n, RULE_ITUNES_EXPLICIT_OLD, "itunes:explicit "
			    "\"%s\" is no longer documented by Apple; use true "
			    "or false", v);
		else if (!is_one_of(v, explicit))
			vreport(c, n, RULE_ITUNES_EXPLICIT, "itunes:explicit "
			    "\"%s\" is neither true nor false", v);
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
		if (strcasecmp(v, "yes") != 0)
			vreport(c, n, strcmp(e->name, "block") == 0 ?
			    RULE_ITUNES_BLOCK : RULE_ITUNES_COMPLETE,
			    "itunes:%s \"%s\" has no effect: only Yes does",
			    e->name, v);
		break;
	case K_IT_NUMBER:
		if (!is_nonneg_integer(v) || strspn(v, "0") == len)
			vreport(c, n, RULE_ITUNES_NUMBER, "itunes:%s \"%s\" is "
			    "not a non-zero integer", e->name, v);
		break;
	default:
		return false;
	}
	return true;
}

/* 8-4-4-4-12 hex digits, version 5, RFC 4122 variant. */
static bool
is_uuid_v5(const char *s)
{
	return uri_is_uuid(s, strlen(s)) && s[14] == '5' &&
	    strchr("89abAB", s[19]) != NULL;
}

/* xs:integer (DECIMAL false) or xs:decimal: a sign, digits, a point. */
static bool
is_xs_number(const char *s, bool decimal)
{
	size_t	 a, b = 0;

	if (*s == '+' || *s == '-')
		s++;
	a = strspn(s, "0123456789");
	s += a;
	if (decimal && *s == '.') {
		b = strspn(++s, "0123456789");
		s += b;
	}
	return *s == '\0' && a + b > 0;
}

/* "Please do not exceed N characters": a warning. */
static void
pc_length(struct vctx *c, xmlNodePtr n, const char *what, const char *v,
    size_t max)
{
	char	 q[128];

	if (utf8_chars(v, strlen(v)) > max)
		vreport(c, n, RULE_PODCAST_LENGTH, "%s%s is longer than the "
		    "%zu characters aggregators keep", node_qname(n, q,
		    sizeof(q)), what, max);
}

/* A required attribute that is an absolute URL; false if absent or bad. */
static bool
pc_url(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    bool required, struct buf *v)
{
	char	 q[128];

	node_qname(n, q, sizeof(q));
	if (!attr_get(n, NULL, attr, v)) {
		if (required)
			vreport(c, n, rule, "%s has no %s attribute, which is "
			    "required", q, attr);
		return false;
	}
	if (!uri_is_absolute_iri(v->data, v->len)) {
		vreport(c, n, rule, "%s %s \"%s\" is not an absolute URL", q,
		    attr, v->data);
		return false;
	}
	return true;
}

/* valueRecipient children of a podcast:value: type, address, split. */
static void
pc_value(struct vctx *c, xmlNodePtr n)
{
	static const char *const need[] = { "type", "address", "split" };
	struct buf	 v;
	xmlNodePtr	 k;
	size_t		 i, recipients = 0;

	vbuf_init(&v);
	if (!attr_get(n, NULL, "type", &v))
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no type "
		    "attribute, which is required");
	if (!attr_get(n, NULL, "method", &v))
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no "
		    "method attribute, which is required");
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE ||
		    !ext_is(k, NS_PODCAST, "valueRecipient"))
			continue;
		recipients++;
		for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
			if (!attr_get(k, NULL, need[i], &v))
				vreport(c, k, RULE_PODCAST_VALUE,
				    "podcast:valueRecipient has no %s "
				    "attribute, which is required", need[i]);
		if (attr_get(k, NULL, "split", &v) &&
		    !is_nonneg_integer(v.data))
			vreport(c, k, RULE_PODCAST_VALUE, "podcast:"
			    "valueRecipient split \"%s\" is not a number of "
			    "shares", v.data);
	}
	if (recipients == 0)
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no "
		    "podcast:valueRecipient");
	buf_free(&v);
}

/* The value kinds of podcast:; true if N's kind is one of them. */
static bool
pc_check(struct vctx *c, xmlNodePtr n, const struct ext *e, const char *v)
{
	struct buf	 a;
	char		 q[128];

	vbuf_init(&a);
	switch (e->kind) {
	case K_PC_GUID:
		if (!is_uuid_v5(v))
			vreport(c, n, RULE_PODCAST_GUID, "podcast:guid \"%s\" is "
			    "not a UUIDv5 (8-4-4-4-12 hex digits, version 5)",
			    v);
		break;
	case K_PC_LOCKED:
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
			vreport(c, n, RULE_PODCAST_LOCKED, "podcast:locked "
			    "\"%s\" is neither yes nor no", v);
		if (attr_get(n, NULL, "owner", &a) &&
		    !email_valid(a.data, a.len))
			vreport(c, n, RULE_PODCAST_LOCKED, "podcast:locked "
			    "owner \"%s\" is not an e-mail address", a.data);
		break;
	case K_PC_FUNDING:
		pc_url(c, n, RULE_PODCAST_FUNDING, "url", true, &a);
		pc_length(c, n, "", v, 128);
		break;
	case K_PC_LINK:
		pc_url(c, n, strcmp(e->name, "chapters") == 0 ?
		    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT, "url",
		    true, &a);
		node_qname(n, q, sizeof(q));
		if (!attr_get(n, NULL, "type", &a))
			vreport(c, n, strcmp(e->name, "chapters") == 0 ?
			    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT,
			    "%s has no type attribute, which is required", q);
		else if (!is_mime_type(a.data))
			vreport(c, n, strcmp(e->name, "chapters") == 0 ?
			    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT,
			    "%s type \"%s\" is not a MIME type", q, a.data);
		break;
	case K_PC_PERSON:
		if (*v == '\0')
			vreport(c, n, RULE_PODCAST_PERSON, "podcast:person is "
			    "blank; it names a person");
		pc_length(c, n, "", v, 128);
		pc_url(c, n, RULE_PODCAST_PERSON, "img", false, &a);
		pc_url(c, n, RULE_PODCAST_PERSON, "href", false, &a);
		break;
	case K_PC_SEASON:
	case K_PC_EPISODE:
		if (!is_xs_number(v, e->kind == K_PC_EPISODE))
			vreport(c, n, RULE_PODCAST_NUMBER, "podcast:%s \"%s\" "
			    "is not %s", e->name, v, e->kind == K_PC_EPISODE ?
			    "a decimal number" : "an integer");
		if (attr_get(n, NULL, e->kind == K_PC_EPISODE ? "display" :
		    "name", &a))
			pc_length(c, n, e->kind == K_PC_EPISODE ? " display" :
			    " name", a.data, e->kind == K_PC_EPISODE ? 32 : 128);
		break;
	case K_PC_VALUE:
		pc_value(c, n);
		break;
	default:
		buf_free(&a);
		return false;
	}
	buf_free(&a);
	return true;
}

void
ext_check(struct vctx *c, xmlNodePtr n, const char *parent)
{
	const struct ext *e;
	struct buf	 raw, t;
	double		 x = 0;
	char		 q[128];
	bool		 ok = true;

	node_qname(n, q, sizeof(q));
	if (node_in(n, NS_RDF) || node_in(n, NS_RSS10)) {
		vreport(c, n, RULE_RSS_WRONG_NAMESPACE, "%s belongs to "
		    "RDF or RSS 1.0; RSS 2.0 elements are in no namespace", q);
		return;
	}
	if ((e = find(n, NULL)) == NULL)
		return;
	if (e->where != 0 && e->where != parent[0]) {
		vreport(c, n, RULE_EXT_MISPLACED, "%s belongs in %s, not in "
		    "%s", q, e->where == 'c' ? "the channel" : "an item",
		    e->where == 'c' ? "an item" : "the channel");
		return;
	}
	if (e->kind == K_ATOMLINK) {
		atom_link(c, n);
		return;
	}
	vbuf_init(&raw);
	vbuf_init(&t);
	node_text(n, &raw);
	trim_into(raw.data, &t);
	if (it_check(c, n, e, t.data, t.len) || pc_check(c, n, e, t.data)) {
		buf_free(&raw);
		buf_free(&t);
		return;
	}
	switch (e->kind) {
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
		if (e->kind == K_RESOURCE && t.len == 0 &&
		    attr_get(n, NS_RDF, "resource", &raw))
			trim_into(raw.data, &t);
		ok = uri_is_absolute_iri(t.data, t.len);
		break;
	case K_LAT:
		ok = is_decimal(t.data, &x) && x >= -90 && x <= 90;
		break;
	case K_LONG:
		ok = is_decimal(t.data, &x) && x >= -180 && x <= 180;
		break;
	case K_POSINT:
		ok = is_nonneg_integer(t.data) && strspn(t.data, "0") < t.len;
		break;
	case K_NONNEGINT:
		ok = is_nonneg_integer(t.data);
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
		    t.data, e->kind == K_LANG ? "a language tag" :
		    e->kind == K_URL || e->kind == K_RESOURCE ?
		    "an absolute URL" :
		    e->kind == K_LAT ? "a latitude from -90 to 90" :
		    e->kind == K_LONG ? "a longitude from -180 to 180" :
		    e->kind == K_POSINT ? "a positive integer" :
		    e->kind == K_NONNEGINT ? "a non-negative integer" :
		    e->kind == K_PERIOD ? "hourly, daily, weekly, monthly or "
		    "yearly" : "a comma-separated list of integers");
	buf_free(&raw);
	buf_free(&t);
}

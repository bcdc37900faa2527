/*
 * validate_ext: the extension modules RSS feeds commonly use, checked by
 * the definitions their own specifications give: Dublin Core and DCMI
 * terms (W3CDTF dates, RFC 3066 languages), Syndication (updatePeriod,
 * updateFrequency, updateBase), the W3C, GeoURL and ICBM position
 * vocabularies, Admin, blogChannel, Creative Commons, Trackback, Slash,
 * Event and the content module, plus atom:link in RSS. Elements in any
 * other namespace are accepted as extensions, as RSS 2.0 allows.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

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

enum kind {
	K_TEXT, K_DATE, K_EVDATE, K_LANG, K_URL, K_RESOURCE, K_LAT, K_LONG,
	K_POSINT, K_NONNEGINT, K_PERIOD, K_INTLIST, K_ATOMLINK
};

/* Where an element may appear once: 'c' channel, 'i' item, 'b' both. */
static const struct ext {
	const char	*ns;
	const char	*name;
	enum kind	 kind;
	char		 once;
} exts[] = {
	{ NS_DC, "date", K_DATE, 'c' },
	{ NS_DC, "language", K_LANG, 'c' },
	{ NS_DC, "rights", K_TEXT, 'c' },
	{ NS_DCTERMS, "created", K_DATE, 0 },
	{ NS_DCTERMS, "issued", K_DATE, 0 },
	{ NS_DCTERMS, "modified", K_DATE, 0 },
	{ NS_DCTERMS, "dateAccepted", K_DATE, 0 },
	{ NS_DCTERMS, "dateCopyrighted", K_DATE, 0 },
	{ NS_DCTERMS, "dateSubmitted", K_DATE, 0 },
	{ NS_SY, "updatePeriod", K_PERIOD, 'c' },
	{ NS_SY, "updateFrequency", K_POSINT, 'c' },
	{ NS_SY, "updateBase", K_DATE, 'c' },
	{ NS_GEO, "lat", K_LAT, 0 },
	{ NS_GEO, "long", K_LONG, 0 },
	{ NS_GEOURL, "latitude", K_LAT, 0 },
	{ NS_GEOURL, "longitude", K_LONG, 0 },
	{ NS_ICBM, "latitude", K_LAT, 0 },
	{ NS_ICBM, "longitude", K_LONG, 0 },
	{ NS_ADMIN, "errorReportsTo", K_RESOURCE, 'c' },
	{ NS_ADMIN, "generatorAgent", K_RESOURCE, 'c' },
	{ NS_BLOGCHANNEL, "blogRoll", K_URL, 'c' },
	{ NS_BLOGCHANNEL, "mySubscriptions", K_URL, 'c' },
	{ NS_BLOGCHANNEL, "blink", K_URL, 'c' },
	{ NS_BLOGCHANNEL, "changes", K_URL, 'c' },
	{ NS_CC, "license", K_URL, 0 },
	{ NS_TRACKBACK, "ping", K_URL, 0 },
	{ NS_TRACKBACK, "about", K_URL, 0 },
	{ NS_SLASH, "comments", K_NONNEGINT, 0 },
	{ NS_SLASH, "hit_parade", K_INTLIST, 0 },
	{ NS_SLASH, "section", K_TEXT, 0 },
	{ NS_SLASH, "department", K_TEXT, 0 },
	{ NS_EV, "startdate", K_EVDATE, 0 },
	{ NS_EV, "enddate", K_EVDATE, 0 },
	{ NS_CONTENT, "encoded", K_TEXT, 'i' },
	{ NS_ATOM, "link", K_ATOMLINK, 0 },
};

static const struct ext *
find(xmlNodePtr n, size_t *index)
{
	size_t	 i;

	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (node_is(n, exts[i].ns, exts[i].name)) {
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

	if ((e = find(n, &i)) == NULL || e->once == 0 ||
	    e->once != parent[0] || i >= sizeof(k->seen) * 8)
		return;
	if (k->seen[i / 32] & (1U << (i % 32))) {
		vreport(c, n, RULE_EXT_DUPLICATE_ELEMENT, "%s has more "
		    "than one %s, which may occur once", parent,
		    node_qname(n, q, sizeof(q)));
		return;
	}
	k->seen[i / 32] |= 1U << (i % 32);
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

void
ext_check(struct vctx *c, xmlNodePtr n, const char *parent)
{
	const struct ext *e;
	struct buf	 raw, t;
	double		 x = 0;
	char		 q[128];
	bool		 ok = true;

	(void)parent;
	node_qname(n, q, sizeof(q));
	if (node_in(n, NS_RDF) || node_in(n, NS_RSS10)) {
		vreport(c, n, RULE_RSS_WRONG_NAMESPACE, "%s belongs to "
		    "RDF or RSS 1.0; RSS 2.0 elements are in no namespace", q);
		return;
	}
	if ((e = find(n, NULL)) == NULL)
		return;
	if (e->kind == K_ATOMLINK) {
		atom_link(c, n);
		return;
	}
	vbuf_init(&raw);
	vbuf_init(&t);
	node_text(n, &raw);
	trim_into(raw.data, &t);
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
	case K_TEXT:
	case K_ATOMLINK:
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

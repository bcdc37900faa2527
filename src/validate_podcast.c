/*
 * validate_podcast: the Podcasting 2.0 podcast: tags, checked by the
 * namespace's tag pages and podcast.xsd. Their rows stand with the other
 * extension modules' in validate_ext.c's table, whose check hands each
 * podcast: element to pc_check here.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "email.h"
#include "mimetype.h"
#include "number.h"
#include "rrule.h"
#include "uri.h"
#include "validate_ext.h"

/* 8-4-4-4-12 hex digits, version 5, RFC 4122 variant. */
static bool
is_uuid_v5(const char *s)
{
	return uri_is_uuid(s, strlen(s)) && s[14] == '5' &&
	    strchr("89abAB", s[19]) != NULL;
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

/* The absolute S: https: (2) or http: (1) with a host, or neither (0). */
static int
web_scheme(const char *s)
{
	size_t	 len;

	if (strncasecmp(s, "https://", 8) == 0)
		len = 8;
	else if (strncasecmp(s, "http://", 7) == 0)
		len = 7;
	else
		return 0;
	if (s[len] == '\0' || s[len] == '/')
		return 0;
	return len == 8 ? 2 : 1;
}

/*
 * N's attribute ATTR into A, and N's name into Q: false, with an error if
 * it is REQUIRED, when N has none.
 */
static bool
pc_attr(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    bool required, char q[static 128], struct buf *a)
{
	node_qname(n, q, 128);
	if (attr_get(n, NULL, attr, a))
		return true;
	if (required)
		vreport(c, n, rule, "%s has no %s attribute, which is required",
		    q, attr);
	return false;
}

/*
 * An attribute ATTR of N (named Q) whose value V is an http: URL: "the
 * url of a hyper-text based resource ... must be given as https: and not
 * http:" (1.0.md), a warning, as readers still follow it.
 */
static void
pc_http(struct vctx *c, xmlNodePtr n, const char *q, const char *attr,
    const char *v)
{
	if (web_scheme(v) == 1)
		vreport(c, n, RULE_PODCAST_HTTPS, "%s %s \"%s\" is http:; the "
		    "podcast namespace asks for https: wherever a hyper-text "
		    "resource is given", q, attr, v);
}

/*
 * A required attribute that is an absolute URL; false if absent or bad.
 * FOLLOW: a page to be followed, of a "hyper-text based resource", which
 * 1.0.md says "must be given as https: and not http:": one that is no
 * web URL at all (urn:, no host) is an error; http:, which readers still
 * follow and the namespace's own example.xml uses, a warning.
 */
static bool
pc_url(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    bool required, bool follow, struct buf *v)
{
	char	 q[128];

	if (!pc_attr(c, n, rule, attr, required, q, v))
		return false;
	if (!uri_is_absolute_iri(v->data, v->len)) {
		vreport(c, n, rule, "%s %s \"%s\" is not an absolute URL", q,
		    attr, v->data);
		return false;
	}
	if (!follow)
		return true;
	if (web_scheme(v->data) == 0) {
		vreport(c, n, rule, "%s %s \"%s\" is not an https URL with a "
		    "host, a page that can be followed", q, attr, v->data);
		return false;
	}
	pc_http(c, n, q, attr, v->data);
	return true;
}

/* Whether V is one of SET, in exactly its case. */
static bool
is_word(const char *v, const char *const *set)
{
	return in_set(v, set, false);
}

/* medium.md's list, each with its "L" list variant; mixed. */
static const char *const pc_mediums[] = { "podcast", "music", "video",
	"film", "audiobook", "newsletter", "blog", "publisher", "course",
	"podcastL", "musicL", "videoL", "filmL", "audiobookL", "newsletterL",
	"blogL", "publisherL", "courseL", "mixed", NULL };

/*
 * A podcast:remoteItem K (remote-item.md), wherever it is: feedGuid
 * required, "the <podcast:guid> of the remote feed", so a UUIDv5 as that
 * is; feedUrl a URL and medium one of the namespace's, if given. A is
 * scratch.
 */
static void
pc_remote_item(struct vctx *c, xmlNodePtr k, struct buf *a)
{
	char	 q[128];

	if (pc_attr(c, k, RULE_PODCAST_REMOTE_ITEM, "feedGuid", true, q, a) &&
	    !is_uuid_v5(a->data))
		vreport(c, k, RULE_PODCAST_REMOTE_ITEM, "podcast:remoteItem "
		    "feedGuid \"%s\" is not a UUIDv5, as the podcast:guid it "
		    "names is", a->data);
	pc_url(c, k, RULE_PODCAST_REMOTE_ITEM, "feedUrl", false, false, a);
	if (attr_get(k, NULL, "medium", a) && !is_word(a->data, pc_mediums))
		vreport(c, k, RULE_PODCAST_REMOTE_ITEM, "podcast:remoteItem "
		    "medium \"%s\" is not one of the namespace's mediums "
		    "(podcast, music, video, film, audiobook, newsletter, blog, "
		    "publisher, course, each also with L; mixed)", a->data);
}

/* A podcast:valueRecipient K: type, address, split (V is scratch). */
static void
pc_recipient(struct vctx *c, xmlNodePtr k, struct buf *v)
{
	static const char *const need[] = { "type", "address", "split" };
	size_t		 i;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (!attr_get(k, NULL, need[i], v))
			vreport(c, k, RULE_PODCAST_VALUE, "podcast:"
			    "valueRecipient has no %s attribute, which is "
			    "required", need[i]);
	/* xs:integer in podcast.xsd, and shares are not negative. */
	if (attr_get(k, NULL, "split", v) && !number_valid(v->data, v->len,
	    NUMBER_PLUS | NUMBER_SPACE))
		vreport(c, k, RULE_PODCAST_VALUE, "podcast:valueRecipient "
		    "split \"%s\" is not a number of shares", v->data);
}

/*
 * A podcast:valueTimeSplit N: startTime and duration, in seconds, are
 * required; it holds "one or more <podcast:valueRecipient> tags or
 * exactly one <podcast:remoteItem>" (value-time-split.md).
 */
static void
pc_time_split(struct vctx *c, xmlNodePtr n, struct buf *v)
{
	static const char *const need[] = { "startTime", "duration" };
	xmlNodePtr	 k;
	size_t		 i, recipients = 0, remotes = 0;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (!attr_get(n, NULL, need[i], v))
			vreport(c, n, RULE_PODCAST_VALUE, "podcast:"
			    "valueTimeSplit has no %s attribute, which is "
			    "required", need[i]);
		else if (!number_valid(v->data, v->len, NUMBER_FRACTION))
			vreport(c, n, RULE_PODCAST_VALUE, "podcast:"
			    "valueTimeSplit %s \"%s\" is not a number of "
			    "seconds", need[i], v->data);
	for (k = n->children; k != NULL; k = k->next)
		if (k->type != XML_ELEMENT_NODE)
			continue;
		else if (ext_is(k, NS_PODCAST, "valueRecipient")) {
			recipients++;
			pc_recipient(c, k, v);
		} else if (ext_is(k, NS_PODCAST, "remoteItem")) {
			remotes++;
			pc_remote_item(c, k, v);
		}
	if (recipients == 0 && remotes == 0)
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:valueTimeSplit "
		    "holds neither a podcast:valueRecipient nor a "
		    "podcast:remoteItem");
	else if (remotes > 0 && (recipients > 0 || remotes > 1))
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:valueTimeSplit "
		    "holds %s; it holds recipients or exactly one "
		    "podcast:remoteItem", recipients > 0 ? "both recipients "
		    "and a podcast:remoteItem" : "more than one "
		    "podcast:remoteItem");
}

/*
 * A podcast:value: type and method; its valueRecipient children, and
 * those of its valueTimeSplits.
 */
static void
pc_value(struct vctx *c, xmlNodePtr n)
{
	struct buf	 v;
	xmlNodePtr	 k;
	size_t		 recipients = 0;

	vbuf_init(&v);
	if (!attr_get(n, NULL, "type", &v))
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no type "
		    "attribute, which is required");
	if (!attr_get(n, NULL, "method", &v))
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no "
		    "method attribute, which is required");
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (ext_is(k, NS_PODCAST, "valueRecipient")) {
			recipients++;
			pc_recipient(c, k, &v);
		} else if (ext_is(k, NS_PODCAST, "valueTimeSplit"))
			pc_time_split(c, k, &v);
	}
	if (recipients == 0)
		vreport(c, n, RULE_PODCAST_VALUE, "podcast:value has no "
		    "podcast:valueRecipient");
	buf_free(&v);
}

/* An RFC 5870 num ("-"? digits ("." digits)?) at *S; its value in *X. */
static bool
geo_num(const char **s, bool sign, double *x)
{
	const char	*p = *s;
	char		*end;

	if (sign && *p == '-')
		p++;
	if (!isdigit((unsigned char)*p))
		return false;
	while (isdigit((unsigned char)*p))
		p++;
	if (*p == '.') {
		if (!isdigit((unsigned char)*++p))
			return false;
		while (isdigit((unsigned char)*p))
			p++;
	}
	*x = strtod(*s, &end);
	*s = p;
	return end == p;
}

/*
 * An RFC 5870 geo URI (section 3.3): "geo:" lat "," lon ["," alt], then
 * ";crs=" label, ";u=" uncertainty and other ";name[=value]" parameters,
 * in that order; WGS-84 (the default crs) coordinates in range.
 */
static bool
is_geo_uri(const char *s)
{
	static const char pchars[] = "[]:&+$-._~";
	double		 c[3], u;
	size_t		 i, len;
	bool		 wgs84 = true, params = false, unc = false;

	if (strncasecmp(s, "geo:", 4) != 0)
		return false;
	s += 4;
	for (i = 0; i < 3; i++) {
		if (!geo_num(&s, true, &c[i]))
			return false;
		if (*s != ',' || i == 2)
			break;
		s++;
	}
	if (i == 0)
		return false;
	while (*s == ';') {
		len = strspn(++s, "abcdefghijklmnopqrstuvwxyz"
		    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
		if (len == 0)
			return false;
		if (len == 3 && strncasecmp(s, "crs", 3) == 0) {
			/* crs first of all, u next, others after. */
			if (params || unc || s[3] != '=')
				return false;
			s += 4;
			len = strspn(s, "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");
			if (len == 0)
				return false;
			wgs84 = len == 5 && strncasecmp(s, "wgs84", 5) == 0;
			s += len;
			continue;
		}
		if (len == 1 && (*s == 'u' || *s == 'U')) {
			if (params || unc || s[1] != '=')
				return false;
			s += 2;
			if (!geo_num(&s, false, &u))
				return false;
			unc = true;
			continue;
		}
		params = true;
		s += len;
		if (*s != '=')
			continue;
		for (len = 0, s++; *s != '\0' && *s != ';'; len++, s++)
			if (*s == '%' ? !isxdigit((unsigned char)s[1]) ||
			    !isxdigit((unsigned char)s[2]) :
			    !isalnum((unsigned char)*s) &&
			    strchr(pchars, *s) == NULL)
				return false;
			else if (*s == '%')
				s += 2;
		if (len == 0)
			return false;
	}
	return *s == '\0' && (!wgs84 || (c[0] >= -90 && c[0] <= 90 &&
	    c[1] >= -180 && c[1] <= 180));
}

/*
 * N's attribute ATTR, a non-negative number (seconds, bytes), in the
 * grammar FLAGS gives (number.h): NUMBER_PLUS where podcast.xsd types it.
 */
static void
pc_number(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    bool required, unsigned flags, struct buf *a)
{
	char	 q[128];

	if (pc_attr(c, n, rule, attr, required, q, a) &&
	    !number_valid(a->data, a->len, flags))
		vreport(c, n, rule, "%s %s \"%s\" is not a non-negative %s", q,
		    attr, a->data, flags & NUMBER_FRACTION ? "number" :
		    "integer");
}

/* An attribute ATTR of N, if present, that is a MIME type. */
static void
pc_mime(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    bool required, struct buf *a)
{
	char	 q[128];

	if (pc_attr(c, n, rule, attr, required, q, a) &&
	    !is_mime_type(a->data))
		vreport(c, n, rule, "%s %s \"%s\" is not a MIME type", q, attr,
		    a->data);
}

/*
 * ATTR of N, if present and not empty, a BCP 47 language tag: an
 * alternateEnclosure's lang is "An IETF language tag (BCP 47)", a
 * transcript's language stands for the RSS <language> when absent.
 */
static void
pc_lang(struct vctx *c, xmlNodePtr n, enum rule rule, const char *attr,
    struct buf *a)
{
	char		 q[128];

	if (attr_get(n, NULL, attr, a) && a->len != 0 &&
	    !is_language_tag(a->data))
		vreport(c, n, rule, "%s %s \"%s\" is not a language tag",
		    node_qname(n, q, sizeof(q)), attr, a->data);
}

/*
 * podcast:location (location.md): a name, not blank; geo an RFC 5870
 * URI, osm the first letter of the object type (Node, Way, Relation) and
 * its id, country two letters (ISO 3166-1 alpha-2), rel subject or
 * creator; all optional.
 */
static void
pc_location(struct vctx *c, xmlNodePtr n, const char *v, struct buf *a)
{
	static const char *const rels[] = { "subject", "creator", NULL };

	if (*v == '\0')
		vreport(c, n, RULE_PODCAST_LOCATION, "podcast:location is "
		    "blank; it names a place");
	pc_length(c, n, "", v, 128);
	if (attr_get(n, NULL, "geo", a) && !is_geo_uri(a->data))
		vreport(c, n, RULE_PODCAST_LOCATION, "podcast:location geo "
		    "\"%s\" is not an RFC 5870 geo: URI (geo:latitude,"
		    "longitude)", a->data);
	if (attr_get(n, NULL, "osm", a) && (strchr("NWR", a->data[0]) ==
	    NULL || a->data[0] == '\0' || a->data[1] == '\0' ||
	    strspn(a->data + 1, "0123456789") != a->len - 1))
		vreport(c, n, RULE_PODCAST_LOCATION, "podcast:location osm "
		    "\"%s\" is not N, W or R and an OpenStreetMap id", a->data);
	if (attr_get(n, NULL, "country", a) && (a->len != 2 ||
	    !isalpha((unsigned char)a->data[0]) ||
	    !isalpha((unsigned char)a->data[1])))
		vreport(c, n, RULE_PODCAST_LOCATION, "podcast:location country "
		    "\"%s\" is not a two-letter ISO 3166-1 code", a->data);
	if (attr_get(n, NULL, "rel", a) && !is_word(a->data, rels))
		vreport(c, n, RULE_PODCAST_LOCATION, "podcast:location rel "
		    "\"%s\" is neither subject nor creator", a->data);
}

/*
 * podcast:trailer (trailer.md): a title; url and pubdate (RFC 2822)
 * required; length a number, season an integer, if given.
 */
static void
pc_trailer(struct vctx *c, xmlNodePtr n, const char *v, struct buf *a)
{
	struct date_value d;
	enum date_status st;

	if (*v == '\0')
		vreport(c, n, RULE_PODCAST_TRAILER, "podcast:trailer is blank; "
		    "its text is the trailer's title, which is required");
	pc_length(c, n, "", v, 128);
	pc_url(c, n, RULE_PODCAST_TRAILER, "url", true, false, a);
	if (!attr_get(n, NULL, "pubdate", a))
		vreport(c, n, RULE_PODCAST_TRAILER, "podcast:trailer has no "
		    "pubdate attribute, which is required");
	else if ((st = dateparse_rfc822(a->data, a->len, &d)) != DATE_OK)
		vreport(c, n, RULE_PODCAST_TRAILER, "podcast:trailer pubdate "
		    "\"%s\" is not an RFC 2822 date-time: it %s", a->data,
		    date_status_text(st));
	pc_number(c, n, RULE_PODCAST_TRAILER, "length", false, 0, a);
	if (attr_get(n, NULL, "season", a) && !number_valid(a->data, a->len,
	    NUMBER_SIGN))
		vreport(c, n, RULE_PODCAST_TRAILER, "podcast:trailer season "
		    "\"%s\" is not an integer, as podcast:season is", a->data);
	/* Its type is "a string", the tag page's example padded: free. */
}

/*
 * An SRI integrity string (W3C Subresource Integrity 3.5): hashes
 * separated by white space, each "sha256-", "sha384-" or "sha512-" and
 * the Base64 of a digest of that size, then "?" options if any.
 */
static bool
is_sri(const char *s)
{
	static const struct {
		const char	*name;
		size_t		 bytes;
	} algos[] = { { "sha256-", 32 }, { "sha384-", 48 }, { "sha512-", 64 } };
	char		 b64[96];
	size_t		 len, i, end, hashes = 0;

	for (;;) {
		s += strspn(s, " \t\r\n");
		if (*s == '\0')
			return hashes > 0;
		len = strcspn(s, " \t\r\n");
		for (i = 0; i < sizeof(algos) / sizeof(algos[0]); i++)
			if (strncmp(s, algos[i].name, 7) == 0)
				break;
		if (i == sizeof(algos) / sizeof(algos[0]))
			return false;
		end = strcspn(s + 7, "? \t\r\n");
		/* The Base64 of N bytes: 4 * ceil(N / 3) characters. */
		if (end != (algos[i].bytes + 2) / 3 * 4)
			return false;
		memcpy(b64, s + 7, end);
		b64[end] = '\0';
		if (!is_base64(b64))
			return false;
		s += len;
		hashes++;
	}
}

/*
 * podcast:integrity (integrity.md), of an alternateEnclosure: type "sri"
 * or "pgp-signature", both required; value an SRI string, or "base64
 * encoded" for a PGP signature.
 */
static void
pc_integrity(struct vctx *c, xmlNodePtr k, struct buf *a)
{
	static const char *const types[] = { "sri", "pgp-signature", NULL };
	char		 q[128];
	bool		 sri = false, typed = false;

	if (pc_attr(c, k, RULE_PODCAST_INTEGRITY, "type", true, q, a)) {
		if (!is_word(a->data, types))
			vreport(c, k, RULE_PODCAST_INTEGRITY, "podcast:integrity "
			    "type \"%s\" is neither sri nor pgp-signature",
			    a->data);
		else {
			typed = true;
			sri = strcmp(a->data, "sri") == 0;
		}
	}
	if (!pc_attr(c, k, RULE_PODCAST_INTEGRITY, "value", true, q, a) ||
	    !typed)
		return;
	if (sri && !is_sri(a->data))
		vreport(c, k, RULE_PODCAST_INTEGRITY, "podcast:integrity value "
		    "\"%s\" is not an SRI integrity string (sha256-, sha384- "
		    "or sha512- and the Base64 digest)", a->data);
	else if (!sri && (is_blank(a->data) || !is_base64(a->data)))
		vreport(c, k, RULE_PODCAST_INTEGRITY, "podcast:integrity value "
		    "is not Base64, as a pgp-signature's is");
}

/*
 * podcast:alternateEnclosure (alternate-enclosure.md, source.md): type
 * required; "one or more <podcast:source>", each with its uri.
 */
static void
pc_alternate(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	static const char *const tf[] = { "true", "false", NULL };
	xmlNodePtr	 k;
	size_t		 sources = 0, integrities = 0;

	pc_mime(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "type", true, a);
	pc_number(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "length", false,
	    0, a);
	pc_number(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "bitrate", false,
	    NUMBER_FRACTION, a);
	pc_number(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "height", false,
	    0, a);
	if (attr_get(n, NULL, "default", a) && !is_word(a->data, tf))
		vreport(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "podcast:"
		    "alternateEnclosure default \"%s\" is neither true nor "
		    "false", a->data);
	if (attr_get(n, NULL, "title", a))
		pc_length(c, n, " title", a->data, 32);
	pc_lang(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "lang", a);
	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE &&
		    ext_is(k, NS_PODCAST, "source")) {
			sources++;
			pc_url(c, k, RULE_PODCAST_ALTERNATE_ENCLOSURE, "uri",
			    true, false, a);
			pc_mime(c, k, RULE_PODCAST_ALTERNATE_ENCLOSURE,
			    "contentType", false, a);
		} else if (k->type == XML_ELEMENT_NODE &&
		    ext_is(k, NS_PODCAST, "integrity")) {
			/* Its "Count" is "Single". */
			if (++integrities == 2)
				vreport(c, k, RULE_PODCAST_INTEGRITY, "podcast:"
				    "alternateEnclosure has more than one "
				    "podcast:integrity, which may occur once");
			pc_integrity(c, k, a);
		}
	if (sources == 0)
		vreport(c, n, RULE_PODCAST_ALTERNATE_ENCLOSURE, "podcast:"
		    "alternateEnclosure has no podcast:source, which is "
		    "required");
}

/*
 * podcast:license (license.md): a license identifier or the abbreviation
 * of a custom license, "please do not exceed 128 characters"; url, the
 * license's legal text, a page to read.
 */
static void
pc_license(struct vctx *c, xmlNodePtr n, const char *v, struct buf *a)
{
	if (*v == '\0')
		vreport(c, n, RULE_PODCAST_LICENSE, "podcast:license is blank; "
		    "it names a license (its identifier, or a custom license's "
		    "abbreviation)");
	pc_length(c, n, "", v, 128);
	pc_url(c, n, RULE_PODCAST_LICENSE, "url", false, true, a);
}

/*
 * podcast:txt (txt.md): free text of at most 4000 characters, a purpose
 * of at most 128; for purpose "ai-content" the value "is expected to
 * contain a boolean (true or false) ... exactly like itunes:explicit".
 */
static void
pc_txt(struct vctx *c, xmlNodePtr n, const char *v, struct buf *a)
{
	pc_length(c, n, "", v, 4000);
	if (!attr_get(n, NULL, "purpose", a))
		return;
	pc_length(c, n, " purpose", a->data, 128);
	if (strcmp(a->data, "ai-content") == 0 && strcasecmp(v, "true") != 0 &&
	    strcasecmp(v, "false") != 0)
		vreport(c, n, RULE_PODCAST_TXT, "podcast:txt purpose="
		    "\"ai-content\" \"%s\" is neither true nor false, as that "
		    "purpose's value is expected to be", v);
}

/*
 * podcast:podroll (podroll.md): "The node value must be one or more
 * <podcast:remoteItem> elements."
 */
static void
pc_podroll(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	xmlNodePtr	 k;
	size_t		 remotes = 0;
	char		 q[128];

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (ext_is(k, NS_PODCAST, "remoteItem")) {
			remotes++;
			pc_remote_item(c, k, a);
		} else
			vreport(c, k, RULE_PODCAST_PODROLL, "podcast:podroll "
			    "holds %s; it holds podcast:remoteItem elements "
			    "only", node_qname(k, q, sizeof(q)));
	}
	if (remotes == 0)
		vreport(c, n, RULE_PODCAST_PODROLL, "podcast:podroll has no "
		    "podcast:remoteItem; it holds one or more");
}

/*
 * podcast:publisher (publisher.md): "must contain exactly one
 * <podcast:remoteItem medium=\"publisher\">".
 */
static void
pc_publisher(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	xmlNodePtr	 k;
	size_t		 remotes = 0;

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE ||
		    !ext_is(k, NS_PODCAST, "remoteItem"))
			continue;
		if (++remotes == 2)
			vreport(c, k, RULE_PODCAST_PUBLISHER, "podcast:publisher "
			    "holds more than one podcast:remoteItem; it holds "
			    "exactly one");
		pc_remote_item(c, k, a);
		if (!attr_get(k, NULL, "medium", a))
			vreport(c, k, RULE_PODCAST_PUBLISHER, "podcast:publisher's "
			    "podcast:remoteItem has no medium; it is "
			    "medium=\"publisher\"");
		else if (strcmp(a->data, "publisher") != 0)
			vreport(c, k, RULE_PODCAST_PUBLISHER, "podcast:publisher's "
			    "podcast:remoteItem has medium \"%s\"; it is "
			    "medium=\"publisher\"", a->data);
	}
	if (remotes == 0)
		vreport(c, n, RULE_PODCAST_PUBLISHER, "podcast:publisher has no "
		    "podcast:remoteItem; it holds exactly one, pointing to the "
		    "publisher feed");
}

/*
 * podcast:socialInteract (social-interact.md): protocol and uri required,
 * but protocol "disabled" stands alone; accountUrl a public page;
 * priority "this integer".
 */
static void
pc_social(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	char	 q[128];
	bool	 disabled = false;

	if (pc_attr(c, n, RULE_PODCAST_SOCIAL_INTERACT, "protocol", true, q,
	    a)) {
		disabled = strcmp(a->data, "disabled") == 0;
		if (is_blank(a->data))
			vreport(c, n, RULE_PODCAST_SOCIAL_INTERACT, "podcast:"
			    "socialInteract protocol is blank; it names the "
			    "protocol of the comments");
	}
	if (pc_url(c, n, RULE_PODCAST_SOCIAL_INTERACT, "uri", !disabled,
	    false, a))
		pc_http(c, n, q, "uri", a->data);
	pc_url(c, n, RULE_PODCAST_SOCIAL_INTERACT, "accountUrl", false, true,
	    a);
	if (attr_get(n, NULL, "priority", a) && !number_valid(a->data, a->len,
	    NUMBER_SIGN))
		vreport(c, n, RULE_PODCAST_SOCIAL_INTERACT, "podcast:"
		    "socialInteract priority \"%s\" is not an integer", a->data);
}

/*
 * podcast:chat (chat.md): server, "the fqdn of a chat server", and
 * protocol required.
 */
static void
pc_chat(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	char	 q[128];

	if (pc_attr(c, n, RULE_PODCAST_CHAT, "server", true, q, a) &&
	    !uri_is_dns_name(a->data, a->len))
		vreport(c, n, RULE_PODCAST_CHAT, "podcast:chat server \"%s\" is "
		    "not a host name (the fully qualified domain name of the "
		    "chat server)", a->data);
	if (pc_attr(c, n, RULE_PODCAST_CHAT, "protocol", true, q, a) &&
	    is_blank(a->data))
		vreport(c, n, RULE_PODCAST_CHAT, "podcast:chat protocol is blank; "
		    "it names the protocol of the server");
}

/*
 * podcast:updateFrequency (update-frequency.md): text of at most 128
 * characters; complete a boolean; dtstart an ISO 8601 date or date-time,
 * required with a COUNT, in the form of the UNTIL if there is one; rrule
 * an RFC 5545 recurrence rule.
 */
static void
pc_update_frequency(struct vctx *c, xmlNodePtr n, const char *v,
    struct buf *a)
{
	static const char *const tf[] = { "true", "false", NULL };
	struct rrule_info r;
	struct date_value d;
	enum date_status st;
	const char	*why;
	bool		 start = false, start_time = false;

	pc_length(c, n, "", v, 128);
	if (attr_get(n, NULL, "complete", a) && !is_word(a->data, tf))
		vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY, "podcast:"
		    "updateFrequency complete \"%s\" is neither true nor false",
		    a->data);
	if (attr_get(n, NULL, "dtstart", a)) {
		start = true;
		start_time = strchr(a->data, 'T') != NULL;
		if ((st = dateparse_iso8601(a->data, a->len, &d)) != DATE_OK)
			vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY, "podcast:"
			    "updateFrequency dtstart \"%s\" is not an ISO 8601 "
			    "date or date-time: it %s", a->data,
			    date_status_text(st));
	}
	if (!attr_get(n, NULL, "rrule", a))
		return;
	if ((why = rrule_problem(a->data, a->len, &r)) != NULL) {
		vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY, "podcast:"
		    "updateFrequency rrule \"%s\" is not an RFC 5545 "
		    "recurrence rule: it %s", a->data, why);
		return;
	}
	if (r.twice != NULL)
		vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY_REPEAT, "podcast:"
		    "updateFrequency rrule \"%s\" gives %s more than once, which "
		    "RFC 5545 says it should not", a->data, r.twice);
	if (r.count && !start)
		vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY, "podcast:"
		    "updateFrequency has an rrule with COUNT but no dtstart, "
		    "which COUNT makes required");
	if (r.until && start && r.until_time != start_time)
		vreport(c, n, RULE_PODCAST_UPDATE_FREQUENCY, "podcast:"
		    "updateFrequency dtstart is a %s but the rrule's UNTIL a "
		    "%s; the two are to be in the same form", start_time ?
		    "date-time" : "date", r.until_time ? "date-time" : "date");
}

/*
 * podcast:podping (podping.md): the page lists no attributes, so none is
 * required (1.0.md's rule covers those a page gives); its example's
 * usesPodping="true" makes another value only a warning.
 */
static void
pc_podping(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	static const char *const tf[] = { "true", "false", NULL };

	if (attr_get(n, NULL, "usesPodping", a) && !is_word(a->data, tf))
		vreport(c, n, RULE_PODCAST_PODPING, "podcast:podping "
		    "usesPodping \"%s\" is neither true nor false", a->data);
}

/*
 * podcast:liveItem (live-item.md), beside its status: start, required,
 * and end, "a string representing an ISO8601 timestamp": a date-time, as
 * a day alone is no time a stream starts; and "The <podcast:contentLink>
 * tag is also required to be present".
 */
static void
pc_live_item(struct vctx *c, xmlNodePtr n, struct buf *a)
{
	static const char *const times[] = { "start", "end" };
	struct date_value d;
	enum date_status st;
	xmlNodePtr	 k;
	size_t		 i;

	for (i = 0; i < sizeof(times) / sizeof(times[0]); i++)
		if (!attr_get(n, NULL, times[i], a)) {
			if (i == 0)
				vreport(c, n, RULE_PODCAST_LIVE_ITEM, "podcast:"
				    "liveItem has no start attribute, which is "
				    "required");
		} else if ((st = dateparse_iso8601(a->data, a->len, &d)) !=
		    DATE_OK || !d.time)
			vreport(c, n, RULE_PODCAST_LIVE_ITEM, "podcast:liveItem "
			    "%s \"%s\" is not an ISO 8601 date-time: it %s",
			    times[i], a->data, st != DATE_OK ?
			    date_status_text(st) : "is a date without a time "
			    "of day");
	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE &&
		    ext_is(k, NS_PODCAST, "contentLink"))
			return;
	vreport(c, n, RULE_PODCAST_LIVE_ITEM, "podcast:liveItem has no "
	    "podcast:contentLink, which is required, a fallback for apps that "
	    "cannot play the stream");
}

/* The value kinds of podcast:; true if N's kind is one of them. */
bool
pc_check(struct vctx *c, xmlNodePtr n, const struct vrow *e, const char *v)
{
	static const char *const statuses[] = { "pending", "live", "ended",
	    NULL };
	struct buf	 a;
	char		 q[128];

	vbuf_init(&a);
	switch (e->value) {
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
		pc_url(c, n, RULE_PODCAST_FUNDING, "url", true, true, &a);
		pc_length(c, n, "", v, 128);
		break;
	case K_PC_LINK:
		/* A transcript is a document to read; chapters are data. */
		pc_url(c, n, strcmp(e->name, "chapters") == 0 ?
		    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT, "url",
		    true, strcmp(e->name, "transcript") == 0, &a);
		node_qname(n, q, sizeof(q));
		if (!attr_get(n, NULL, "type", &a))
			vreport(c, n, strcmp(e->name, "chapters") == 0 ?
			    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT,
			    "%s has no type attribute, which is required", q);
		else if (!is_mime_type(a.data))
			vreport(c, n, strcmp(e->name, "chapters") == 0 ?
			    RULE_PODCAST_CHAPTERS : RULE_PODCAST_TRANSCRIPT,
			    "%s type \"%s\" is not a MIME type", q, a.data);
		if (strcmp(e->name, "transcript") == 0)
			pc_lang(c, n, RULE_PODCAST_TRANSCRIPT, "language", &a);
		break;
	case K_PC_PERSON:
		if (*v == '\0')
			vreport(c, n, RULE_PODCAST_PERSON, "podcast:person is "
			    "blank; it names a person");
		pc_length(c, n, "", v, 128);
		/* An image may come by other means; href is a page. */
		pc_url(c, n, RULE_PODCAST_PERSON, "img", false, false, &a);
		pc_url(c, n, RULE_PODCAST_PERSON, "href", false, true, &a);
		break;
	case K_PC_SEASON:
	case K_PC_EPISODE:
		if (!number_valid(v, strlen(v), NUMBER_SIGN |
		    (e->value == K_PC_EPISODE ? NUMBER_FRACTION : 0)))
			vreport(c, n, RULE_PODCAST_NUMBER, "podcast:%s \"%s\" "
			    "is not %s", e->name, v, e->value == K_PC_EPISODE ?
			    "a decimal number" : "an integer");
		if (attr_get(n, NULL, e->value == K_PC_EPISODE ? "display" :
		    "name", &a))
			pc_length(c, n, e->value == K_PC_EPISODE ? " display" :
			    " name", a.data, e->value == K_PC_EPISODE ? 32 : 128);
		break;
	case K_PC_VALUE:
		pc_value(c, n);
		break;
	case K_PC_MEDIUM:
		if (!is_word(v, pc_mediums))
			vreport(c, n, RULE_PODCAST_MEDIUM, "podcast:medium "
			    "\"%s\" is not one of the namespace's mediums "
			    "(podcast, music, video, film, audiobook, newsletter, "
			    "blog, publisher, course, each also with L; mixed)",
			    v);
		break;
	case K_PC_LOCATION:
		pc_location(c, n, v, &a);
		break;
	case K_PC_BLOCK:
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
			vreport(c, n, RULE_PODCAST_BLOCK, "podcast:block \"%s\" "
			    "is neither yes nor no", v);
		break;
	case K_PC_TRAILER:
		pc_trailer(c, n, v, &a);
		break;
	case K_PC_SOUNDBITE:
		/* xs:decimal in podcast.xsd; seconds are not negative. */
		pc_number(c, n, RULE_PODCAST_SOUNDBITE, "startTime", true,
		    NUMBER_FRACTION | NUMBER_PLUS | NUMBER_SPACE, &a);
		pc_number(c, n, RULE_PODCAST_SOUNDBITE, "duration", true,
		    NUMBER_FRACTION | NUMBER_PLUS | NUMBER_SPACE, &a);
		pc_length(c, n, "", v, 128);
		break;
	case K_PC_IMAGE:
		pc_url(c, n, RULE_PODCAST_IMAGE, "href", true, false, &a);
		pc_number(c, n, RULE_PODCAST_IMAGE, "width", false, 0, &a);
		pc_number(c, n, RULE_PODCAST_IMAGE, "height", false, 0, &a);
		pc_mime(c, n, RULE_PODCAST_IMAGE, "type", false, &a);
		break;
	case K_PC_ALTENC:
		pc_alternate(c, n, &a);
		break;
	case K_PC_LIVEITEM:
		/* Its children are the RSS walker's, as an item's. */
		if (!attr_get(n, NULL, "status", &a))
			vreport(c, n, RULE_PODCAST_LIVE_ITEM, "podcast:liveItem "
			    "has no status attribute, which is required");
		else if (!is_word(a.data, statuses))
			vreport(c, n, RULE_PODCAST_LIVE_ITEM, "podcast:liveItem "
			    "status \"%s\" is not pending, live or ended",
			    a.data);
		pc_live_item(c, n, &a);
		break;
	case K_PC_LICENSE:
		pc_license(c, n, v, &a);
		break;
	case K_PC_TXT:
		pc_txt(c, n, v, &a);
		break;
	case K_PC_PODROLL:
		pc_podroll(c, n, &a);
		break;
	case K_PC_REMOTE:
		pc_remote_item(c, n, &a);
		break;
	case K_PC_CONTENTLINK:
		/* "The uri pointing to content", often a page. */
		if (pc_url(c, n, RULE_PODCAST_CONTENT_LINK, "href", true, false,
		    &a))
			pc_http(c, n, "podcast:contentLink", "href", a.data);
		break;
	case K_PC_SOCIAL:
		pc_social(c, n, &a);
		break;
	case K_PC_CHAT:
		pc_chat(c, n, &a);
		break;
	case K_PC_PUBLISHER:
		pc_publisher(c, n, &a);
		break;
	case K_PC_UPDATEFREQ:
		pc_update_frequency(c, n, v, &a);
		break;
	case K_PC_PODPING:
		pc_podping(c, n, &a);
		break;
	case K_PC_IMAGES:
		/* "This tag is now deprecated ... should be used instead". */
		vreport(c, n, RULE_PODCAST_IMAGES, "podcast:images is "
		    "deprecated; the namespace asks for podcast:image instead");
		break;
	default:
		buf_free(&a);
		return false;
	}
	buf_free(&a);
	return true;
}

/*
 * validate_util: helpers the format modules share: reading text and
 * attributes from expanded subtrees without ever expanding an entity
 * reference (the billion-laughs defence), value syntax checks (MIME types
 * per RFC 2045, language tags per RFC 3066, URLs per RFC 3986), dates, a
 * hash set for uniqueness, and the header document for the schema.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

#include "date.h"
#include "langtag.h"
#include "mimetype.h"
#include "number.h"
#include "uri.h"
#include "validate_int.h"

void
vreport(struct vctx *c, xmlNodePtr node, enum rule rule, const char *fmt, ...)
{
	va_list	 ap;
	struct place	 at = node_place(node);

	va_start(ap, fmt);
	report_vadd(c->rep, at.line, at.col, rule, fmt, ap);
	va_end(ap);
}

void
vbuf_init(struct buf *b)
{
	buf_init_empty(b);
}

bool
node_in(xmlNodePtr n, const char *ns)
{
	if (n->ns == NULL || n->ns->href == NULL)
		return ns == NULL;
	return ns != NULL && strcmp((const char *)n->ns->href, ns) == 0;
}

bool
node_is(xmlNodePtr n, const char *ns, const char *name)
{
	return n->type == XML_ELEMENT_NODE && node_in(n, ns) &&
	    strcmp((const char *)n->name, name) == 0;
}

const char *
node_name(xmlNodePtr n)
{
	return (const char *)n->name;
}

/*
 * PREFIX, ":" if PREFIX, and NAME into OUT, cut to SIZE as snprintf
 * would: dates and module values name their element before they are
 * judged, so this is done for most elements, and printf is slow.
 */
static void
qname_into(char *out, size_t size, const char *prefix, const char *name)
{
	size_t	 len = 0;
	const char *part[3] = { prefix, prefix != NULL ? ":" : NULL, name };
	const char *s;
	int	 i;

	if (size == 0)
		return;
	for (i = 0; i < 3; i++)
		for (s = part[i]; s != NULL && *s != '\0' && len + 1 < size;
		    s++)
			out[len++] = *s;
	out[len] = '\0';
}

const char *
node_qname(xmlNodePtr n, char *out, size_t size)
{
	if (node_in(n, NS_ATOM))
		qname_into(out, size, "atom", (const char *)n->name);
	else if (n->ns != NULL && n->ns->prefix != NULL)
		qname_into(out, size, (const char *)n->ns->prefix,
		    (const char *)n->name);
	else
		qname_into(out, size, NULL, (const char *)n->name);
	return out;
}

size_t
node_text(xmlNodePtr n, struct buf *b)
{
	xmlNodePtr	 k;
	size_t		 elems = 0;

	buf_clear(b);
	for (k = n->children; k != NULL; k = k->next) {
		if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL)
			buf_adds(b, (const char *)k->content);
		else if (k->type == XML_ELEMENT_NODE)
			elems++;
	}
	return elems;
}

size_t
node_elements(xmlNodePtr n)
{
	xmlNodePtr	 k;
	size_t		 elems = 0;

	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			elems++;
	return elems;
}

void
node_trimmed(xmlNodePtr n, struct buf *out)
{
	xmlNodePtr	 k, one = NULL;
	struct buf	 raw;

	for (k = n->children; k != NULL; k = k->next)
		if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL) {
			if (one != NULL)
				break;
			one = k;
		}
	/* One text node, the usual case, is trimmed where it is. */
	if (k == NULL) {
		trim_into(one != NULL ? (const char *)one->content : "", out);
		return;
	}
	vbuf_init(&raw);
	node_text(n, &raw);
	trim_into(raw.data, out);
	buf_free(&raw);
}

bool
node_text_blank(xmlNodePtr n)
{
	xmlNodePtr	 k;

	for (k = n->children; k != NULL; k = k->next)
		if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL &&
		    !is_blank((const char *)k->content))
			return false;
	return true;
}

bool
is_xml_space(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

bool
is_blank(const char *s)
{
	/* One switch a character: the white space between all elements. */
	for (;; s++)
		switch (*s) {
		case ' ':
		case '\t':
		case '\n':
		case '\r':
			break;
		case '\0':
			return true;
		default:
			return false;
		}
}

bool
has_space(const char *s)
{
	for (; *s != '\0'; s++)
		if (is_xml_space(*s))
			return true;
	return false;
}

void
trim_into(const char *s, struct buf *b)
{
	size_t	 n;

	while (is_xml_space(*s))
		s++;
	n = strlen(s);
	while (n > 0 && is_xml_space(s[n - 1]))
		n--;
	buf_clear(b);
	buf_add(b, s, n);
}

bool
attr_get(xmlNodePtr n, const char *ns, const char *name, struct buf *b)
{
	xmlAttrPtr	 a;
	xmlNodePtr	 k;

	for (a = n->properties; a != NULL; a = a->next) {
		if (!name_is((const char *)a->name, name))
			continue;
		if (ns == NULL ? a->ns != NULL : (a->ns == NULL ||
		    strcmp((const char *)a->ns->href, ns) != 0))
			continue;
		buf_clear(b);
		for (k = a->children; k != NULL; k = k->next)
			if (k->type == XML_TEXT_NODE && k->content != NULL)
				buf_adds(b, (const char *)k->content);
		return true;
	}
	return false;
}

void
check_lang_attr(struct vctx *c, xmlNodePtr n, const char *ns,
    const char *name, enum rule rule)
{
	struct buf	 v;
	char		 q[128];

	vbuf_init(&v);
	if (attr_get(n, ns, name, &v) && v.len != 0 &&
	    !is_language_tag(v.data))
		vreport(c, n, rule, "%s%s \"%s\" on %s is not a language tag",
		    ns != NULL && strcmp(ns, NS_XML) == 0 ? "xml:" : "", name,
		    v.data, node_qname(n, q, sizeof(q)));
	buf_free(&v);
}

void
check_xml_lang(struct vctx *c, xmlNodePtr n)
{
	check_lang_attr(c, n, NS_XML, "lang", RULE_XML_LANG);
}

/*
 * A textInput's name names the field of an HTML form that the link's
 * script receives, so it is an HTML 4 NAME token (HTML 4.01 6.2): a letter
 * A-Z or a-z, then letters, digits, "-", "_", ":" and ".". A bad first
 * character, or none, is an error, as the W3C service says; readers pass
 * the rest on unread, so another character is a warning.
 */
void
check_form_name(struct vctx *c, xmlNodePtr n, const char *v)
{
	const char	*p;

	if (!ascii_isalpha((unsigned char)v[0])) {
		if (v[0] == '\0')
			vreport(c, n, RULE_RSS_TEXTINPUT_NAME, "name is "
			    "empty; an HTML form field name begins with a "
			    "letter");
		else
			vreport(c, n, RULE_RSS_TEXTINPUT_NAME, "name \"%s\" "
			    "does not begin with a letter A-Z or a-z, as an "
			    "HTML form field name must", v);
		return;
	}
	for (p = v + 1; *p != '\0'; p++)
		if (!ascii_isalnum((unsigned char)*p) &&
		    strchr("-_:.", *p) == NULL) {
			vreport(c, n, RULE_RSS_TEXTINPUT_NAME_CHARS, "name "
			    "\"%s\" holds characters other than letters, "
			    "digits, \"-\", \"_\", \":\" and \".\", which "
			    "an HTML form field name does not", v);
			return;
		}
}

/* The grammars are mimetype.c's and langtag.c's, shared with the readers. */
bool
is_mime_type(const char *s)
{
	return mimetype_valid(s, strlen(s));
}

bool
is_language_tag(const char *s)
{
	return langtag_valid(s, strlen(s));
}

bool
is_nonneg_integer(const char *s)
{
	return number_valid(s, strlen(s), 0);
}

/*
 * Base64 (RFC 4648 4): the alphabet, "=" only at the end, at most two,
 * in groups of four; white space between is skipped, as in a folded
 * atom:content or a PGP signature.
 */
bool
is_base64(const char *s)
{
	size_t	 n = 0, pad = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			continue;
		if (*s == '=') {
			pad++;
		} else if (pad > 0 || !((*s >= 'A' && *s <= 'Z') ||
		    (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '+' || *s == '/'))
			return false;
		n++;
	}
	return pad <= 2 && n % 4 == 0;
}

/* The grammars are uri.c's, shared with the settings and record readers. */
bool
is_tag_uri(const char *s)
{
	return uri_is_tag(s, strlen(s));
}

bool
is_urn(const char *s)
{
	return uri_is_urn(s, strlen(s));
}

bool
is_full_url(const char *s)
{
	const char	*colon;

	if (!uri_is_absolute_uri(s, strlen(s)))
		return false;
	colon = strchr(s, ':');
	return colon != NULL && strncmp(colon, "://", 3) == 0 &&
	    colon[3] != '\0' && colon[3] != '/';
}

bool
is_http_url(const char *s)
{
	return uri_is_http(s, strlen(s)) && is_full_url(s);
}

const char *
url_problem(const char *v)
{
	if (uri_is_absolute_uri(v, strlen(v)))
		return NULL;
	if (uri_is_absolute_iri(v, strlen(v)))
		return "is an IRI, not a URL: characters outside ASCII must "
		    "be percent-encoded as UTF-8 (RFC 3987 3.1)";
	/* "https:/x" fits RFC 3986's grammar, not the scheme's own. */
	if (uri_http_without_host(v, strlen(v)))
		return "is not a URL: an http or https URL needs \"//\" and "
		    "a host after its scheme (RFC 9110 4.2.1, 4.2.2)";
	if (uri_is_absolute_ref(v))
		/* A character or an authority (host, port) out of place. */
		return "is not a URL: it breaks the syntax of RFC 3986";
	return "is not an absolute URL: it must begin with a scheme such "
	    "as https:";
}

void
check_date(struct vctx *c, xmlNodePtr n, const char *text, int kind)
{
	struct date_value	 d;
	enum date_status	 st;
	struct buf		 t;
	char			 q[128];
	enum rule		 rule;
	const char		*v;
	size_t			 len, vlen;

	node_qname(n, q, sizeof(q));
	vbuf_init(&t);
	/* Most dates have no white space around them: no copy then. */
	len = strlen(text);
	if (len > 0 && !is_xml_space(text[0]) && !is_xml_space(text[len - 1])) {
		v = text;
		vlen = len;
	} else {
		trim_into(text, &t);
		v = t.data;
		vlen = t.len;
	}
	if (kind == 'a') {
		if (len != vlen)
			vreport(c, n, RULE_ATOM_DATE, "%s has white "
			    "space around its date", q);
		else if ((st = dateparse_rfc3339(v, vlen, &d)) !=
		    DATE_OK)
			vreport(c, n, RULE_ATOM_DATE, "%s \"%s\" is "
			    "not an RFC 3339 date-time: it %s", q, v,
			    date_status_text(st));
	} else if (kind == 'r') {
		st = dateparse_rfc822(v, vlen, &d);
		rule = st == DATE_WEEKDAY ? RULE_RSS_DATE_WEEKDAY :
		    st == DATE_ZONE ? RULE_RSS_DATE_ZONE : RULE_RSS_DATE;
		if (st != DATE_OK)
			vreport(c, n, rule, "%s \"%s\" is not an "
			    "RFC 822 date-time: it %s", q, v,
			    date_status_text(st));
		else if (d.warn & DATE_WARN_TWO_DIGIT_YEAR)
			vreport(c, n, RULE_RSS_DATE_YEAR, "%s \"%s\" "
			    "has a two-digit year; use four digits", q, v);
	} else {
		if ((st = dateparse_w3cdtf(v, vlen, &d)) != DATE_OK)
			vreport(c, n, RULE_EXT_DATE, "%s \"%s\" is not "
			    "a W3C date-time (W3CDTF): it %s", q, v,
			    date_status_text(st));
		else if ((d.warn & DATE_WARN_NO_ZONE) && kind == 'w')
			vreport(c, n, RULE_EXT_DATE, "%s \"%s\" has a "
			    "time but no time zone, which W3CDTF requires", q,
			    v);
	}
	buf_free(&t);
}

static void
hashset_insert(struct hashset *h, uint64_t v)
{
	size_t	 i = (size_t)(v & (h->cap - 1));

	while (h->slot[i] != 0)
		i = (i + 1) & (h->cap - 1);
	h->slot[i] = v;
	h->n++;
}

/* 8 MiB of slots at most: an endless feed cannot make the set grow. */
#define HASHSET_MAX	500000

bool
hashset_add(struct hashset *h, uint64_t v)
{
	struct hashset	 bigger;
	size_t		 i;

	if (h->cap != 0) {
		for (i = (size_t)(v & (h->cap - 1)); h->slot[i] != 0;
		    i = (i + 1) & (h->cap - 1))
			if (h->slot[i] == v)
				return true;
	}
	if (h->n >= HASHSET_MAX) {
		h->full = true;
		return false;
	}
	if ((h->n + 1) * 2 > h->cap) {
		bigger.cap = h->cap ? h->cap * 2 : 64;
		bigger.n = 0;
		bigger.full = false;
		bigger.slot = xcalloc(bigger.cap, sizeof(uint64_t));
		for (i = 0; i < h->cap; i++)
			if (h->slot[i] != 0)
				hashset_insert(&bigger, h->slot[i]);
		free(h->slot);
		*h = bigger;
	}
	hashset_insert(h, v);
	return false;
}

bool
hashset_has(const struct hashset *h, uint64_t v)
{
	size_t	 i;

	if (h->cap == 0)
		return false;
	for (i = (size_t)(v & (h->cap - 1)); h->slot[i] != 0;
	    i = (i + 1) & (h->cap - 1))
		if (h->slot[i] == v)
			return true;
	return false;
}

void
hashset_free(struct hashset *h)
{
	free(h->slot);
	memset(h, 0, sizeof(*h));
}

static void *
ids_alloc(size_t n)
{
	return xmlMalloc(n);
}

static void
ids_release(void *p)
{
	xmlFree(p);
}

void
ids_in_limit(struct idkeys *t)
{
	t->alloc = ids_alloc;
	t->release = ids_release;
}

bool
id_seen(struct vctx *c, xmlNodePtr n, const char *key, size_t len)
{
	bool	 seen = idkeys_add(&c->ids, key, len);

	if (c->ids.full && !c->ids_full_said) {
		c->ids_full_said = true;
		vreport(c, n, RULE_IDS_NOT_CHECKED, "more than 500,000 "
		    "entries or items: the ids of the others are not checked "
		    "for uniqueness");
	}
	return seen;
}

/*
 * CHILD is FOREIGN: an extension element, of which feed, channel and rss
 * take any number; past the first SCHEMA_FOREIGN_KEPT, they are not
 * copied (the schema would not see them: validate_schema.c). A head of
 * more other elements than the schema is given (SCHEMA_MAX_KIDS) is not
 * copied further, and not checked: a copy without its later elements
 * (atom:author, say) would fail the schema falsely.
 */
void
header_add(struct vctx *c, xmlNodePtr child, bool foreign)
{
	xmlNodePtr	 copy;

	if (c->header == NULL || c->header_parent == NULL || c->header_over)
		return;
	if (foreign && c->header_foreign++ >= SCHEMA_FOREIGN_KEPT)
		return;
	if (c->header_kids >= SCHEMA_MAX_KIDS) {
		c->header_over = true;
		return;
	}
	copy = xmlDocCopyNode(child, c->header, 1);
	if (copy == NULL)
		return;
	/* The schema's messages name the copy: it keeps child's places. */
	where_copy(child, copy);
	xmlAddChild(c->header_parent, copy);
	c->header_kids++;
}

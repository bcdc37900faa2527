/*
 * validate_atom: the rules of RFC 4287 (Atom 1.0) that the schema cannot
 * express, checked on each child of atom:feed as it streams by, and on
 * each atom:entry as an expanded subtree. Section numbers refer to RFC
 * 4287. MUST-level findings are errors, SHOULD-level ones warnings. The
 * elements and their attributes are rows of a table counted by the
 * walker step shared with RSS (validate_vocab.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "civil.h"
#include "date.h"
#include "email.h"
#include "mimetype.h"
#include "uri.h"
#include "validate_vocab.h"

/* Where an Atom element may appear. */
#define IN_FEED		1u
#define IN_ENTRY	2u
#define IN_SOURCE	4u

/* How an element's value is read: the check each row names. */
enum atype {
	AT_ID,		/* an absolute IRI, kept for uniqueness */
	AT_UPDATED,	/* an RFC 3339 date, kept for uniqueness */
	AT_DATE,	/* an RFC 3339 date */
	AT_TEXT,	/* a Text construct */
	AT_PERSON,	/* a Person construct */
	AT_CATEGORY, AT_LINK, AT_GENERATOR,
	AT_IRI,		/* an IRI reference */
	AT_CONTENT, AT_SOURCE
};

/* The rows' indexes, for the rules that span elements. */
enum {
	A_ID, A_TITLE, A_UPDATED, A_AUTHOR, A_CONTRIBUTOR, A_CATEGORY,
	A_LINK, A_RIGHTS, A_SUBTITLE, A_GENERATOR, A_ICON, A_LOGO, A_SUMMARY,
	A_CONTENT, A_PUBLISHED, A_SOURCE, A_NROWS
};

/*
 * The attributes each element defines besides xml:base and xml:lang;
 * their values are its check's (their messages name the element last).
 */
#define ANY(name)	{ (name), false, VA_ANY, 0, 0, NULL, NULL }
#define END		{ NULL, false, VA_ANY, 0, 0, NULL, NULL }
static const struct vattr link_attrs[] = { ANY("href"), ANY("rel"),
    ANY("type"), ANY("hreflang"), ANY("title"), ANY("length"), END };
static const struct vattr category_attrs[] = {
	{ "term", true, VA_ANY, RULE_ATOM_CATEGORY_TERM, 0, NULL, NULL },
	ANY("scheme"), ANY("label"), END };
static const struct vattr content_attrs[] = { ANY("type"), ANY("src"),
    END };
static const struct vattr text_attrs[] = { ANY("type"), END };
static const struct vattr generator_attrs[] = { ANY("uri"), ANY("version"),
    END };

/* Feeds and entries require it, a source nothing; once or not; where. */
#define FE		(IN_FEED | IN_ENTRY)
#define ALL		(IN_FEED | IN_ENTRY | IN_SOURCE)
#define ONCE(w, req, v, a)	(w), (w), (req) ? FE : 0u, (v), (a)
#define MANY(w, v, a)		(w), 0u, 0u, (v), (a)

/*
 * The elements of RFC 4287 (4.1.1, 4.1.2, 4.2.11) in the Atom namespace:
 * where each may appear, whether once only, whether a feed and an entry
 * require it, how its value is read, and the attributes it defines
 * besides xml:base and xml:lang.
 */
static const struct vrow atom_rows[A_NROWS] = {
	[A_ID] = { NS_ATOM, "id", ONCE(ALL, true, AT_ID, NULL) },
	[A_TITLE] = { NS_ATOM, "title", ONCE(ALL, true, AT_TEXT, text_attrs) },
	[A_UPDATED] = { NS_ATOM, "updated", ONCE(ALL, true, AT_UPDATED,
	    NULL) },
	[A_AUTHOR] = { NS_ATOM, "author", MANY(ALL, AT_PERSON, NULL) },
	[A_CONTRIBUTOR] = { NS_ATOM, "contributor", MANY(ALL, AT_PERSON,
	    NULL) },
	[A_CATEGORY] = { NS_ATOM, "category", MANY(ALL, AT_CATEGORY,
	    category_attrs) },
	[A_LINK] = { NS_ATOM, "link", MANY(ALL, AT_LINK,
	    link_attrs) },
	[A_RIGHTS] = { NS_ATOM, "rights", ONCE(ALL, false, AT_TEXT,
	    text_attrs) },
	[A_SUBTITLE] = { NS_ATOM, "subtitle", ONCE(IN_FEED | IN_SOURCE,
	    false, AT_TEXT, text_attrs) },
	[A_GENERATOR] = { NS_ATOM, "generator", ONCE(IN_FEED | IN_SOURCE,
	    false, AT_GENERATOR, generator_attrs) },
	[A_ICON] = { NS_ATOM, "icon", ONCE(IN_FEED | IN_SOURCE, false,
	    AT_IRI, NULL) },
	[A_LOGO] = { NS_ATOM, "logo", ONCE(IN_FEED | IN_SOURCE, false,
	    AT_IRI, NULL) },
	[A_SUMMARY] = { NS_ATOM, "summary", ONCE(IN_ENTRY, false, AT_TEXT,
	    text_attrs) },
	[A_CONTENT] = { NS_ATOM, "content", ONCE(IN_ENTRY, false,
	    AT_CONTENT, content_attrs) },
	[A_PUBLISHED] = { NS_ATOM, "published", ONCE(IN_ENTRY, false,
	    AT_DATE, NULL) },
	[A_SOURCE] = { NS_ATOM, "source", ONCE(IN_ENTRY, false, AT_SOURCE,
	    NULL) },
};

static void	common_attrs(struct vctx *, const struct vrow *, xmlNodePtr);
static void	atom_value(struct vctx *, const struct vrow *, xmlNodePtr,
    void *);

/* Attributes: common_attrs, by the rows' column and xml:base, xml:lang. */
static struct vindex atom_index;
static const struct vtable atom_table = {
	.rows = atom_rows, .n = A_NROWS, .index = &atom_index,
	.prefix = "atom:", .qualified = true,
	.format = "Atom 1.0", .need = "",
	.dup_tail = ", which may occur once",
	.unknown = RULE_ATOM_UNKNOWN_ELEMENT,
	.duplicate = RULE_ATOM_DUPLICATE_ELEMENT,
	.missing = RULE_ATOM_MISSING_ELEMENT,
	.attrs_first = common_attrs, .check = atom_value,
};

/* A feed, entry or source element and what was seen in it. */
struct scope {
	const char	*what;		/* "feed", "entry", "source" */
	unsigned	 where;		/* IN_FEED, IN_ENTRY or IN_SOURCE */
	xmlNodePtr	 node;
	struct vcount	 k;		/* of each row */
	struct ext_counts ext;		/* of the modules' elements */
	struct link_seen links;		/* self, alternates */
	bool		 needs_summary;	/* src or base64 content */
	bool		 source_author;
	struct buf	 idv, updatedv;
};

struct atom_state {
	struct scope	 feed;
	unsigned long	 entries;
};

static void	child(struct vctx *, struct scope *, xmlNodePtr);

static void
scope_init(struct scope *s, const char *what, xmlNodePtr node)
{
	memset(s, 0, sizeof(*s));
	s->what = what;
	s->where = what[0] == 'f' ? IN_FEED : what[0] == 'e' ? IN_ENTRY :
	    IN_SOURCE;
	vocab_init(&s->k, &atom_table, s->where, what);
	s->node = node;
	vbuf_init(&s->idv);
	vbuf_init(&s->updatedv);
}

static void
scope_free(struct scope *s)
{
	link_seen_free(&s->links);
	buf_free(&s->idv);
	buf_free(&s->updatedv);
}

/*
 * atomCommonAttributes (section 2) and undefinedAttribute (appendix B):
 * the attributes in no namespace are those of N's row R. With no row (an
 * element its parent does not have), they are not judged: the element's
 * own error says what is wrong, and a link's rel is no fault of its own.
 */
static void
common_attrs(struct vctx *c, const struct vrow *r, xmlNodePtr n)
{
	xmlAttrPtr	 a;
	struct buf	 v;

	vbuf_init(&v);
	for (a = n->properties; a != NULL; a = a->next) {
		if (a->ns == NULL) {
			if (r != NULL &&
			    !vocab_attr_defined(r, (const char *)a->name))
				vreport(c, n, RULE_ATOM_UNKNOWN_ATTRIBUTE,
				    "atom:%s has no attribute \"%s\"",
				    node_name(n), a->name);
			continue;
		}
		if (strcmp((const char *)a->ns->href, NS_XML) != 0)
			continue;
		attr_get(n, NS_XML, (const char *)a->name, &v);
		if (strcmp((const char *)a->name, "base") == 0 &&
		    !uri_is_iri_reference(v.data, v.len))
			vreport(c, n, RULE_ATOM_IRI, "xml:base \"%s\" "
			    "on atom:%s is not an IRI reference", v.data,
			    node_name(n));
		else if (strcmp((const char *)a->name, "lang") == 0 &&
		    v.len != 0 && !is_language_tag(v.data))
			vreport(c, n, RULE_ATOM_LANGUAGE, "xml:lang "
			    "\"%s\" on atom:%s is not a language tag", v.data,
			    node_name(n));
	}
	buf_free(&v);
}

static void
no_child_elements(struct vctx *c, xmlNodePtr n, size_t elems)
{
	if (elems > 0)
		vreport(c, n, RULE_ATOM_UNEXPECTED_ELEMENT, "atom:%s "
		    "holds text only, but has a child element", node_name(n));
}

/*
 * 4.2.6: "the following normalization strategy SHOULD be applied when
 * generating atom:id elements". An id with an authority ("//", as http's)
 * takes RFC 3986's for comparing (uri_normalize), the same list; an
 * opaque one (tag:, urn:) only a lower-case scheme, as its own scheme
 * says how the rest compares (RFC 4151 2.4, RFC 8141 3.1). Readers
 * compare ids character by character, so two spellings of one IRI are
 * two entries. Not for an id that may not change: one published by build
 * (it keeps its ids), or atom:source's, copied from another feed.
 */
static void
id_normalized(struct vctx *c, xmlNodePtr n, const struct buf *id)
{
	struct buf	 norm;
	size_t		 i, colon;

	if (c->own_output || (n->parent != NULL &&
	    node_is(n->parent, NS_ATOM, "source")))
		return;
	/* Most ids are: the cost of normalising them is for those that may not be. */
	if (uri_plainly_normal(id->data))
		return;
	colon = strcspn(id->data, ":");
	buf_init_empty(&norm);
	if (colon < id->len && strncmp(id->data + colon, "://", 3) == 0)
		uri_normalize(&norm, id->data);
	else {
		for (i = 0; i < colon && i < id->len; i++)
			buf_addc(&norm, (char)ascii_tolower(
			    (unsigned char)id->data[i]));
		buf_add(&norm, id->data + i, id->len - i);
	}
	if (norm.len != id->len || memcmp(norm.data, id->data, id->len) != 0)
		vreport(c, n, RULE_ATOM_ID_NORMALIZED, "atom:%s is not made "
		    "in the normal form RFC 4287 asks of ids: \"%s\" would be "
		    "\"%s\"", node_name(n), id->data, norm.data);
	buf_free(&norm);
}

/* An element whose text is an IRI (3.2.2, 4.2.5, 4.2.6, 4.2.8). */
static void
iri_element(struct vctx *c, xmlNodePtr n, bool absolute, struct buf *out)
{
	struct buf	 own, *t = out != NULL ? out : &own;

	/* Read into OUT, if wanted, rather than copied there after. */
	vbuf_init(&own);
	no_child_elements(c, n, node_text(n, t));
	if (has_space(t->data))
		vreport(c, n, RULE_ATOM_IRI, "atom:%s \"%s\" contains "
		    "white space, which an IRI cannot", node_name(n), t->data);
	else if (absolute && !uri_is_absolute_iri(t->data, t->len))
		vreport(c, n, RULE_ATOM_IRI, "atom:%s \"%s\" is not "
		    "an absolute IRI", node_name(n), t->data);
	else if (!absolute && !uri_is_iri_reference(t->data, t->len))
		vreport(c, n, RULE_ATOM_IRI, "atom:%s \"%s\" is not "
		    "an IRI reference", node_name(n), t->data);
	else if (absolute && strncasecmp(t->data, "tag:", 4) == 0 &&
	    !is_tag_uri(t->data))
		vreport(c, n, RULE_ATOM_ID, "atom:%s \"%s\" is not a "
		    "tag URI (RFC 4151: tag:authority,date:specific)",
		    node_name(n), t->data);
	else if (absolute && strncasecmp(t->data, "urn:", 4) == 0 &&
	    !is_urn(t->data))
		vreport(c, n, RULE_ATOM_ID, "atom:%s \"%s\" is not a "
		    "URN (RFC 2141; urn:uuid: takes a UUID, RFC 4122)",
		    node_name(n), t->data);
	else if (absolute)
		id_normalized(c, n, t);
	buf_free(&own);
}

static void
date_element(struct vctx *c, xmlNodePtr n, struct buf *out)
{
	struct buf	 own, *t = out != NULL ? out : &own;

	vbuf_init(&own);
	no_child_elements(c, n, node_text(n, t));
	check_date(c, n, t->data, 'a');
	buf_free(&own);
}

/* Inside xhtml content: markup must be XHTML (or another vocabulary). */
static void
xhtml_inside(struct vctx *c, xmlNodePtr n)
{
	xmlNodePtr	 k;
	char		 q[128];

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		if (node_in(k, NULL))
			vreport(c, k, RULE_ATOM_XHTML_NAMESPACE,
			    "element %s inside XHTML content is in no "
			    "namespace; XHTML elements belong to %s",
			    node_name(k), NS_XHTML);
		else if (node_in(k, NS_ATOM) || node_in(k, NS_APP))
			vreport(c, k, RULE_ATOM_XHTML_NAMESPACE,
			    "feed element %s is misplaced inside XHTML content",
			    node_qname(k, q, sizeof(q)));
		else
			xhtml_inside(c, k);
	}
}

/* 3.1.1.3: the content of type xhtml is a single xhtml:div. */
static void
xhtml_div(struct vctx *c, xmlNodePtr n)
{
	xmlNodePtr	 k, div = NULL;
	bool		 stray = false;
	char		 q[128];

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_ELEMENT_NODE) {
			if (div == NULL && node_is(k, NS_XHTML, "div"))
				div = k;
			else
				stray = true;
		} else if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL &&
		    !is_blank((const char *)k->content))
			stray = true;
	}
	if (div == NULL || stray) {
		k = n->children;
		while (k != NULL && k->type != XML_ELEMENT_NODE)
			k = k->next;
		vreport(c, n, RULE_ATOM_XHTML_DIV, "atom:%s of type "
		    "xhtml must hold exactly one xhtml:div (namespace %s) "
		    "and nothing else%s%s", node_name(n), NS_XHTML,
		    k != NULL && !node_is(k, NS_XHTML, "div") ? "; found " : "",
		    k != NULL && !node_is(k, NS_XHTML, "div") ?
		    node_qname(k, q, sizeof(q)) : "");
		return;
	}
	xhtml_inside(c, div);
}

/* 3.1: a Text construct. */
static void
text_construct(struct vctx *c, xmlNodePtr n)
{
	struct buf	 type;
	size_t		 elems;

	vbuf_init(&type);
	elems = node_elements(n);
	if (!attr_get(n, NULL, "type", &type) || strcmp(type.data, "text") ==
	    0 || strcmp(type.data, "html") == 0) {
		if (elems > 0)
			vreport(c, n, RULE_ATOM_TEXT_MARKUP, "atom:%s "
			    "of type %s has a child element; escape the markup "
			    "or use type=\"xhtml\"", node_name(n),
			    type.len ? type.data : "text");
	} else if (strcmp(type.data, "xhtml") == 0)
		xhtml_div(c, n);
	else
		vreport(c, n, RULE_ATOM_TEXT_TYPE, "atom:%s has type "
		    "\"%s\"; a Text construct's type is text, html or xhtml",
		    node_name(n), type.data);
	buf_free(&type);
}

/*
 * 4.1.3.1: the type "MUST NOT be a composite type" (RFC 4288 4.2.6), with
 * src or without.
 */
static bool
composite_type(const struct buf *type)
{
	return strncasecmp(type->data, "multipart/", 10) == 0 ||
	    strncasecmp(type->data, "message/", 8) == 0;
}

/* 4.1.3: atom:content. */
static void
content(struct vctx *c, struct scope *s, xmlNodePtr n)
{
	struct buf	 t, type, src;
	bool		 has_type, has_src;
	size_t		 elems;

	vbuf_init(&t);
	vbuf_init(&type);
	vbuf_init(&src);
	/* The text itself only for Base64: it may be the whole article. */
	elems = node_elements(n);
	has_type = attr_get(n, NULL, "type", &type);
	has_src = attr_get(n, NULL, "src", &src);
	if (has_src) {
		s->needs_summary = true;
		if (has_space(src.data) ||
		    !uri_is_iri_reference(src.data, src.len))
			vreport(c, n, RULE_ATOM_IRI, "src \"%s\" of "
			    "atom:content is not an IRI reference", src.data);
		if (elems > 0 || !node_text_blank(n))
			vreport(c, n, RULE_ATOM_CONTENT_SRC_EMPTY,
			    "atom:content with a src attribute must be empty");
		if (!has_type)
			vreport(c, n, RULE_ATOM_CONTENT_TYPE_MISSING,
			    "atom:content with a src attribute should have a "
			    "type attribute");
		else if (strcmp(type.data, "text") == 0 || strcmp(type.data,
		    "html") == 0 || strcmp(type.data, "xhtml") == 0)
			vreport(c, n, RULE_ATOM_CONTENT_TYPE, "atom:"
			    "content with a src attribute must have a MIME "
			    "media type, not \"%s\"", type.data);
		else if (!is_mime_type(type.data))
			vreport(c, n, RULE_ATOM_CONTENT_TYPE, "type "
			    "\"%s\" of atom:content is not a MIME media type",
			    type.data);
		else if (composite_type(&type))
			vreport(c, n, RULE_ATOM_CONTENT_TYPE, "type \"%s\" of "
			    "atom:content is a composite type, which is not "
			    "allowed", type.data);
	} else if (!has_type || strcmp(type.data, "text") == 0 ||
	    strcmp(type.data, "html") == 0 || strcmp(type.data, "xhtml") == 0)
		text_construct(c, n);
	else if (!is_mime_type(type.data))
		vreport(c, n, RULE_ATOM_CONTENT_TYPE, "type \"%s\" of "
		    "atom:content is neither text, html, xhtml nor a MIME "
		    "media type", type.data);
	else if (composite_type(&type)) {
		/* Not XML, not text/: 4.1.1.1 asks a summary of it too. */
		if (!mimetype_is_xml(type.data, type.len))
			s->needs_summary = true;
		vreport(c, n, RULE_ATOM_CONTENT_TYPE, "type \"%s\" of "
		    "atom:content is a composite type, which is not allowed",
		    type.data);
	} else if (mimetype_is_xml(type.data, type.len)) {
		/*
		 * 4.1.3.3 item 4: it MAY hold child elements and SHOULD
		 * suit its type, "normally" one element: a warning.
		 */
		if (elems > 1 || (elems == 1 && !node_text_blank(n)))
			vreport(c, n, RULE_ATOM_CONTENT_XML, "atom:"
			    "content of XML type %s should hold one element, "
			    "without text around it", type.data);
	} else if (strncasecmp(type.data, "text/", 5) == 0) {
		if (elems > 0)
			vreport(c, n, RULE_ATOM_TEXT_MARKUP, "atom:"
			    "content of type %s has a child element; escape "
			    "the markup", type.data);
	} else {
		s->needs_summary = true;
		node_text(n, &t);
		if (elems > 0 || !is_base64(t.data))
			vreport(c, n, RULE_ATOM_CONTENT_BASE64,
			    "atom:content of type %s must be Base64-encoded "
			    "text", type.data);
	}
	buf_free(&t);
	buf_free(&type);
	buf_free(&src);
}

/* 3.2: the elements of a Person construct, its one parent. */
enum { AP_NAME, AP_URI, AP_EMAIL };
static const struct vrow person_rows[] = {
	{ NS_ATOM, "name", 1u, 1u, 1u, AP_NAME, NULL },
	{ NS_ATOM, "uri", 1u, 1u, 0u, AP_URI, NULL },
	{ NS_ATOM, "email", 1u, 1u, 0u, AP_EMAIL, NULL },
};

static struct vindex person_index;
static const struct vtable person_table = {
	.rows = person_rows, .n = sizeof(person_rows) / sizeof(person_rows[0]),
	.index = &person_index,
	.prefix = "atom:", .qualified = true, .format = "Atom 1.0",
	.need = "", .dup_tail = "",
	.unknown = RULE_ATOM_UNKNOWN_ELEMENT,
	.duplicate = RULE_ATOM_DUPLICATE_ELEMENT,
	.missing = RULE_ATOM_MISSING_ELEMENT,
};

/* 3.2: Person constructs. */
static void
person(struct vctx *c, xmlNodePtr n)
{
	struct vcount	 k;
	const struct vrow *r;
	xmlNodePtr	 e;
	struct buf	 t;
	size_t		 i = 0;

	vocab_init(&k, &person_table, 1u, node_name(n));
	vbuf_init(&t);
	for (e = n->children; e != NULL; e = e->next) {
		if (e->type != XML_ELEMENT_NODE || !node_in(e, NS_ATOM))
			continue;
		r = vocab_find(&k, e, &i);
		common_attrs(c, r, e);
		/* Its value before its count: a second one is judged too. */
		if (r != NULL && r->value == AP_URI)
			iri_element(c, e, false, NULL);
		else if (r != NULL) {
			no_child_elements(c, e, node_text(e, &t));
			/* RFC 5322 3.4.1: white space may surround it. */
			if (r->value == AP_EMAIL)
				node_trimmed(e, &t);
			if (r->value == AP_EMAIL && !email_valid(t.data, t.len))
				vreport(c, e, RULE_ATOM_EMAIL, "atom:"
				    "email \"%s\" is not an RFC 5322 addr-spec",
				    t.data);
		}
		vocab_add(c, &k, e, r, i);
	}
	vocab_require(c, &k, n);
	buf_free(&t);
}

static void
category(struct vctx *c, xmlNodePtr n)
{
	struct buf	 v;

	vbuf_init(&v);
	/* "an IRI" (4.2.2.2): RFC 3987's, absolute, as 4.2.7.2's rel. */
	if (attr_get(n, NULL, "scheme", &v) && (has_space(v.data) ||
	    !uri_is_absolute_iri(v.data, v.len)))
		vreport(c, n, RULE_ATOM_IRI, "scheme \"%s\" of "
		    "atom:category is not an absolute IRI", v.data);
	buf_free(&v);
}

static void
generator(struct vctx *c, xmlNodePtr n)
{
	struct buf	 v;

	vbuf_init(&v);
	no_child_elements(c, n, node_elements(n));
	if (attr_get(n, NULL, "uri", &v) && (has_space(v.data) ||
	    !uri_is_iri_reference(v.data, v.len)))
		vreport(c, n, RULE_ATOM_IRI, "uri \"%s\" of "
		    "atom:generator is not an IRI reference", v.data);
	buf_free(&v);
}

static void
source(struct vctx *c, struct scope *entry, xmlNodePtr n)
{
	struct scope	 s;
	xmlNodePtr	 k;

	scope_init(&s, "source", n);
	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE)
			child(c, &s, k);
	entry->source_author = vocab_seen(&s.k, A_AUTHOR) > 0;
	scope_free(&s);
}

static void
unknown(struct vctx *c, struct scope *s, xmlNodePtr n)
{
	char	 q[128];

	vreport(c, n, RULE_ATOM_UNKNOWN_ELEMENT, "atom:%s has no "
	    "child element %s in Atom 1.0", s->what,
	    node_qname(n, q, sizeof(q)));
}

/* Elements of the Atom Publishing Protocol (RFC 5023) an entry may hold. */
static void
app_child(struct vctx *c, struct scope *s, xmlNodePtr n)
{
	struct buf	 t;

	vbuf_init(&t);
	if (strcmp(s->what, "entry") == 0 && strcmp(node_name(n), "edited") ==
	    0) {
		node_text(n, &t);
		check_date(c, n, t.data, 'a');
	} else if (!(strcmp(s->what, "entry") == 0 &&
	    strcmp(node_name(n), "control") == 0))
		unknown(c, s, n);
	buf_free(&t);
}

/* The element names of Atom 1.0, to catch them outside its namespace. */
static bool
is_atom_name(const char *name)
{
	static const char *const names[] = { "author", "category", "content",
	    "contributor", "email", "entry", "feed", "generator", "icon", "id",
	    "link", "logo", "name", "published", "rights", "source",
	    "subtitle", "summary", "title", "updated", "uri" };
	size_t	 i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

static void
child(struct vctx *c, struct scope *s, xmlNodePtr n)
{
	const char	*name = node_name(n);

	if (node_in(n, NS_APP)) {
		app_child(c, s, n);
		return;
	}
	/*
	 * 6.4's extension elements are "element * - atom:*", which takes an
	 * element in no namespace: valid, but an Atom name there is most
	 * likely a namespace lost (a serialiser's xmlns=""), so a warning;
	 * the element it was meant to be is missing, if required.
	 */
	if (node_in(n, NULL) && is_atom_name(name)) {
		vreport(c, n, RULE_ATOM_WRONG_NAMESPACE, "%s is in no "
		    "namespace, so it is no Atom element (Atom's are in %s) but "
		    "an extension element readers ignore", name, NS_ATOM);
		return;
	}
	if (!node_in(n, NS_ATOM)) {
		/* An extension element (6.4); a few vocabularies known. */
		if (strcmp(s->what, "entry") == 0 ||
		    strcmp(s->what, "feed") == 0) {
			/* Counted as in RSS: once is once in either. */
			ext_count(c, n, &s->ext, s->what);
			ext_check_atom(c, n, s->what);
		}
		return;
	}
	vocab_element(c, &s->k, n, s);
}

/* The table's check: N of row R, in the scope ARG, by its value. */
static void
atom_value(struct vctx *c, const struct vrow *r, xmlNodePtr n, void *arg)
{
	struct scope	*s = arg;

	switch ((enum atype)r->value) {
	case AT_ID:
		iri_element(c, n, true, &s->idv);
		break;
	case AT_UPDATED:
		date_element(c, n, &s->updatedv);
		break;
	case AT_DATE:
		date_element(c, n, NULL);
		break;
	case AT_TEXT:
		text_construct(c, n);
		break;
	case AT_PERSON:
		person(c, n);
		break;
	case AT_CATEGORY:
		category(c, n);
		break;
	case AT_LINK:
		atom_link_check(c, n, LINK_ATOM, s->what, &s->links);
		break;
	case AT_GENERATOR:
		generator(c, n);
		break;
	case AT_IRI:
		iri_element(c, n, false, NULL);
		break;
	case AT_CONTENT:
		content(c, s, n);
		break;
	case AT_SOURCE:
		source(c, s, n);
		break;
	}
}

static void
require(struct vctx *c, struct scope *s)
{
	vocab_require(c, &s->k, s->node);
}

/*
 * The instant an updated value T names (RFC 4287 3.3), appended to KEY:
 * "Z", "+00:00" and trailing zeros of a fraction write the same one,
 * which 4.1.1's "SHOULD be different" is about. A value that is no date
 * is taken as written; a first byte tells the two apart.
 */
static void
instant_key(const struct buf *t, struct buf *key)
{
	struct date_value d;
	const char	*dot;
	int64_t		 secs;
	size_t		 frac = 0;

	if (t->len == 0 || dateparse_rfc3339(t->data, t->len, &d) != DATE_OK) {
		buf_addc(key, 't');
		buf_add(key, t->data, t->len);
		return;
	}
	if ((dot = memchr(t->data, '.', t->len)) != NULL) {
		while (dot[frac + 1] >= '0' && dot[frac + 1] <= '9')
			frac++;
		while (frac > 0 && dot[frac] == '0')
			frac--;
	}
	secs = civil_to_seconds(&d.c) - (int64_t)d.offset_min * 60;
	buf_addc(key, 'd');
	buf_add(key, (const char *)&secs, sizeof(secs));
	if (frac > 0)
		buf_add(key, dot + 1, frac);
}

/* 4.1.2: atom:entry, checked as a whole subtree. */
static void
entry(struct vctx *c, struct atom_state *st, xmlNodePtr n)
{
	struct scope	 s;
	xmlNodePtr	 k;
	unsigned long	 before = c->rep->errors;
	struct buf	 key;

	st->entries++;
	vbuf_init(&key);
	scope_init(&s, "entry", n);
	common_attrs(c, NULL, n);
	for (k = n->children; k != NULL; k = k->next) {
		if (k->type == XML_ELEMENT_NODE)
			child(c, &s, k);
		else if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL &&
		    !is_blank((const char *)k->content))
			vreport(c, n, RULE_UNEXPECTED_TEXT, "text "
			    "directly inside atom:entry, where only elements "
			    "may appear");
	}
	require(c, &s);
	if (vocab_seen(&s.k, A_CONTENT) == 0 && !s.links.alternate)
		vreport(c, n, RULE_ATOM_ENTRY_CONTENT, "atom:entry has "
		    "neither atom:content nor an alternate atom:link");
	if (s.needs_summary && vocab_seen(&s.k, A_SUMMARY) == 0)
		vreport(c, n, RULE_ATOM_SUMMARY_MISSING, "atom:entry "
		    "has no atom:summary, which is required when its content "
		    "has a src attribute or is Base64-encoded");
	if (vocab_seen(&s.k, A_AUTHOR) == 0 && !s.source_author &&
	    vocab_seen(&st->feed.k, A_AUTHOR) == 0)
		vreport(c, n, RULE_ATOM_AUTHOR_MISSING, "atom:entry "
		    "has no atom:author, and neither has its feed or source");
	if (vocab_seen(&s.k, A_ID) > 0 && s.idv.len > 0) {
		/* No NUL is in XML text: the id ends at the first. */
		buf_add(&key, s.idv.data, s.idv.len);
		buf_addc(&key, '\0');
		instant_key(&s.updatedv, &key);
		if (id_seen(c, n, key.data, key.len))
			vreport(c, n, RULE_ATOM_DUPLICATE_ENTRY,
			    "another atom:entry has the same atom:id \"%s\" "
			    "and atom:updated; entries with the same id should "
			    "differ in updated", s.idv.data);
	}
	if (c->rep->errors == before)
		vschema_check(c, c->entry_schema, n);
	buf_free(&key);
	scope_free(&s);
}

static void
feed_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct atom_state *st = arg;

	if (node_is(n, NS_ATOM, "entry")) {
		entry(c, st, n);
		return;
	}
	if (st->entries > 0 && node_in(n, NS_ATOM))
		vreport(c, n, RULE_ATOM_MISPLACED_ELEMENT, "atom:%s "
		    "follows an atom:entry; feed metadata must come before the "
		    "entries", node_name(n));
	child(c, &st->feed, n);
	header_add(c, n, !node_in(n, NS_ATOM));
}

/* An Atom Entry Document (section 4.1.2): the entry is the root. */
static void
entry_document(struct vctx *c)
{
	struct atom_state st;
	xmlNodePtr	 n;

	scope_init(&st.feed, "feed", NULL);
	st.entries = 0;
	if ((n = xml_pull_expand(c->pull)) == NULL)
		c->broken = true;	/* where the parser stopped */
	else if (check_markup(c, n) == 0)
		entry(c, &st, n);
	scope_free(&st.feed);
}

void
atom_validate(struct vctx *c, xmlNodePtr root)
{
	struct atom_state st;

	if (node_is(root, NS_ATOM, "entry")) {
		entry_document(c);
		return;
	}

	scope_init(&st.feed, "feed", root);
	st.entries = 0;
	common_attrs(c, NULL, root);
	c->header = xmlNewDoc(BAD_CAST "1.0");
	c->header_parent = xmlDocCopyNode(root, c->header, 2);
	where_copy(root, c->header_parent);
	xmlDocSetRootElement(c->header, c->header_parent);
	walk_children(c, feed_child, NULL, &st);
	if (!c->broken) {
		require(c, &st.feed);
		/* The feed's xml:lang is its language, as <language> in RSS. */
		st.feed.ext.language = xmlHasNsProp(root, BAD_CAST "lang",
		    BAD_CAST NS_XML) != NULL;
		ext_require(c, root, &st.feed.ext);
		/* Without self, one warning: WebSub's, where a hub asks for it. */
		if (!st.feed.links.self && !st.feed.links.hub)
			vreport(c, root, RULE_ATOM_SELF_LINK, "atom:"
			    "feed should have an atom:link with rel=\"self\"");
		/* WebSub 4, as ext_require says it of an RSS channel. */
		if (st.feed.links.hub && !st.feed.links.self)
			vreport(c, root, RULE_ATOM_LINK_HUB_SELF, "feed has a "
			    "link rel=\"hub\" (line %lu) but none with "
			    "rel=\"self\", which WebSub asks for beside it",
			    st.feed.links.hub_line);
		history_end(c);
	}
	scope_free(&st.feed);
}

/*
 * validate_rdf: RSS 1.0 (RDF Site Summary 1.0, 2000-12-06), the rules of
 * its sections 5.2 to 5.6: one channel, items, image and textinput at the
 * top level of rdf:RDF, each named by rdf:about; the channel's table of
 * contents (items, an rdf:Seq of rdf:li) and its references to the image
 * and textinput. The elements are rows of a table (element, parent, how
 * many, value type) counted by the shared walker step of
 * validate_vocab.c, as RSS 2.0's and Atom's are. Modules
 * (Dublin Core, Syndication, Content, ...) go to validate_ext.c, as in
 * RSS 2.0. The "suggested maximum lengths" of 1.0 are advice, unlike 0.9's
 * limits, and are not reported. The channel and its rdf:Seq are read as a
 * stream, one rdf:li at a time, the items one at a time, so memory stays
 * flat: what is kept is the item URIs, up to RDF_REFS_MAX of them, each
 * copied through libxml2's allocator so that the validator's memory limit
 * counts them (uri_copy).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/uri.h>
#include <libxml/xmlmemory.h>

#include "uri.h"
#include "validate_vocab.h"

#define NS_RSS090	"http://my.netscape.com/rdf/simple/0.9/"

/* Past this many item URIs, the list is not matched (memory stays flat). */
#define RDF_REFS_MAX	100000

enum rdf_value {
	V_TEXT,		/* text only */
	V_LINK,		/* an http, https or ftp URL (5.3.2) */
	V_FORM_NAME,	/* an HTML form field name (5.6.3) */
	V_ITEMS,	/* one rdf:Seq of rdf:li (5.3.5) */
	V_REF,		/* empty, rdf:resource naming a top-level element */
	V_NODE		/* a top-level element, checked by its own table */
};

/* The parents of RSS 1.0's elements: the rows' parent bits. */
#define P_RDF		0x01u
#define P_CHANNEL	0x02u
#define P_IMAGE		0x04u
#define P_ITEM		0x08u
#define P_TEXTINPUT	0x10u

/* Once in the parent P, and required there (ONE) or not (OPT). */
#define ONE(p, v)	(p), (p), (p), (v), NULL
#define OPT(p, v)	(p), (p), 0u, (v), NULL

/* The elements of RSS 1.0, in its namespace, row by row for each parent. */
static const struct vrow rdf_rows[] = {
	{ NS_RSS10, "channel", ONE(P_RDF, V_NODE) },
	{ NS_RSS10, "image", OPT(P_RDF, V_NODE) },
	{ NS_RSS10, "textinput", OPT(P_RDF, V_NODE) },
	{ NS_RSS10, "item", P_RDF, 0u, 0u, V_NODE, NULL },
	{ NS_RSS10, "title", ONE(P_CHANNEL, V_TEXT) },
	{ NS_RSS10, "link", ONE(P_CHANNEL, V_LINK) },
	{ NS_RSS10, "description", ONE(P_CHANNEL, V_TEXT) },
	{ NS_RSS10, "image", OPT(P_CHANNEL, V_REF) },
	{ NS_RSS10, "items", ONE(P_CHANNEL, V_ITEMS) },
	{ NS_RSS10, "textinput", OPT(P_CHANNEL, V_REF) },
	{ NS_RSS10, "title", ONE(P_IMAGE, V_TEXT) },
	{ NS_RSS10, "url", ONE(P_IMAGE, V_LINK) },
	{ NS_RSS10, "link", ONE(P_IMAGE, V_LINK) },
	{ NS_RSS10, "title", ONE(P_ITEM, V_TEXT) },
	{ NS_RSS10, "link", ONE(P_ITEM, V_LINK) },
	{ NS_RSS10, "description", OPT(P_ITEM, V_TEXT) },
	{ NS_RSS10, "title", ONE(P_TEXTINPUT, V_TEXT) },
	{ NS_RSS10, "description", ONE(P_TEXTINPUT, V_TEXT) },
	{ NS_RSS10, "name", ONE(P_TEXTINPUT, V_FORM_NAME) },
	{ NS_RSS10, "link", ONE(P_TEXTINPUT, V_LINK) },
};

static void	rdf_value(struct vctx *, const struct vrow *, xmlNodePtr,
    void *);

/* RSS 1.0 defines no attributes of its own to check (rdf:about is RDF's). */
static struct vindex rdf_index;
static const struct vtable rdf_table = {
	.rows = rdf_rows, .n = sizeof(rdf_rows) / sizeof(rdf_rows[0]),
	.index = &rdf_index,
	.prefix = "", .format = "RSS 1.0", .need = ", which RSS 1.0 requires",
	.dup_tail = ", which may occur once",
	.unknown = RULE_RSS10_UNKNOWN_ELEMENT,
	.duplicate = RULE_RSS10_DUPLICATE_ELEMENT,
	.missing = RULE_RSS10_MISSING_ELEMENT,
	.check = rdf_value,
};

/* An item URI, listed by the channel (li) or described (item); line 0: not. */
struct rdf_ref {
	uint64_t	 h;
	char		*uri;
	struct place	 li, item;
	bool		 said;		/* unlisted item reported */
};

struct rdf_state {
	struct vcount	 top;
	struct rdf_ref	*v;
	size_t		 n, cap;
	size_t		*slot;		/* index + 1 into v; 0 empty */
	size_t		 nslot;
	bool		 full, listed;	/* listed: the channel's rdf:Seq read */
	/* The channel's image and textinput references, and the elements. */
	char		*ref[2], *about[2];
	struct place	 ref_at[2], about_at[2];
	bool		 held[2];	/* the file holds such an element */
};

/* An element in no namespace: RSS 1.0's are all in its namespace. */
static void
no_namespace(struct vctx *c, xmlNodePtr n)
{
	vreport(c, n, RULE_RSS10_UNKNOWN_ELEMENT, "%s is in no namespace; "
	    "RSS 1.0 elements are in " NS_RSS10, node_name(n));
}

/* The trimmed text of N into OUT; a child element is reported. */
static void
text_of(struct vctx *c, xmlNodePtr n, struct buf *out)
{
	vocab_text(c, n, RULE_RSS10_UNKNOWN_ELEMENT, out);
}

/* Text that is not white space directly inside N, where only elements are. */
static void
stray_text(struct vctx *c, xmlNodePtr n)
{
	xmlNodePtr	 k;

	for (k = n->children; k != NULL; k = k->next)
		if ((k->type == XML_TEXT_NODE ||
		    k->type == XML_CDATA_SECTION_NODE) && k->content != NULL &&
		    !is_blank((const char *)k->content)) {
			vreport(c, n, RULE_UNEXPECTED_TEXT, "text directly "
			    "inside %s, where only elements may appear",
			    node_name(n));
			return;
		}
}

/*
 * A link a reader can follow: an http, https or ftp URL, by uri.c. It
 * is a URL as RSS 2.0's link is, so an IRI is refused as there.
 */
static void
link_value(struct vctx *c, xmlNodePtr n, const char *parent, const char *v)
{
	size_t		 len = strlen(v);
	const char	*why;

	if (!uri_is_absolute_iri(v, len) || !(uri_is_http(v, len) ||
	    uri_has_scheme(v, len, "ftp")))
		vreport(c, n, RULE_RSS10_URL, "%s %s \"%s\" is not an http, "
		    "https or ftp URL", parent, node_name(n), v);
	else if ((why = url_problem(v)) != NULL)
		vreport(c, n, RULE_RSS10_URL, "%s %s \"%s\" %s", parent,
		    node_name(n), v, why);
}

/*
 * The rdf:about of a channel, item, image or textinput, into B: required
 * (5.3, 5.4, 5.5, 5.6), a URI reference. False if absent or not one.
 */
static bool
about_of(struct vctx *c, xmlNodePtr n, struct buf *b)
{
	if (!attr_get(n, NS_RDF, "about", b)) {
		vreport(c, n, RULE_RSS10_ABOUT, "%s has no rdf:about, which "
		    "RSS 1.0 requires", node_name(n));
		return false;
	}
	if (!uri_is_iri_reference(b->data, b->len)) {
		vreport(c, n, RULE_RSS10_ABOUT, "%s rdf:about \"%s\" is not a "
		    "URI reference", node_name(n), b->data);
		return false;
	}
	return true;
}

/* rdf:resource, or RSS 1.0's unqualified resource (5.3.5), into B. */
static bool
resource_of(xmlNodePtr n, struct buf *b)
{
	return attr_get(n, NS_RDF, "resource", b) ||
	    attr_get(n, NULL, "resource", b);
}

/*
 * The base URI in scope at N, from the xml:base attributes of N and its
 * ancestors (RDF/XML 5.3, XML Base), or NULL if it is not absolute. The
 * file's own name is no base: with none, URIs are compared as written.
 * The caller frees it with xmlFree.
 */
static xmlChar *
base_of(xmlNodePtr n)
{
	xmlChar		*base = NULL, *b, *t;

	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent) {
		if ((b = xmlGetNsProp(n, BAD_CAST "base",
		    XML_XML_NAMESPACE)) == NULL)
			continue;
		if (base == NULL)
			base = b;
		else {
			/* The inner base is relative to the outer one. */
			t = xmlBuildURI(base, b);
			xmlFree(base);
			xmlFree(b);
			if ((base = t) == NULL)
				return NULL;
		}
		if (uri_is_absolute_iri((const char *)base,
		    strlen((const char *)base)))
			return base;
	}
	xmlFree(base);
	return NULL;
}

/*
 * B, an rdf:about or rdf:resource of N, resolved against the base in
 * scope (RDF/XML 5.3), so that "a" under xml:base="https://x/" and
 * "https://x/a" name the same resource. Left as written without an
 * absolute base, or if it does not resolve.
 */
static void
resolve(xmlNodePtr n, struct buf *b)
{
	xmlChar		*base, *u;

	if ((base = base_of(n)) == NULL)
		return;
	if ((u = xmlBuildURI(BAD_CAST b->data, base)) != NULL) {
		buf_clear(b);
		buf_adds(b, (const char *)u);
		xmlFree(u);
	}
	xmlFree(base);
}

/*
 * A copy of URI (LEN bytes), freed with xmlFree. Through libxml2's
 * allocator, which validate_mem.c counts: the URIs kept are up to
 * 100,000 of up to 10,000,000 bytes each, so a large file of long ones
 * must meet validate's memory limit (too-large), not grow with the file.
 */
static char *
uri_copy(const char *uri, size_t len)
{
	char	*p = xmlMalloc(len + 1);

	if (p == NULL)
		out_of_memory();
	memcpy(p, uri, len);
	p[len] = '\0';
	return p;
}

static struct rdf_ref *
ref_find(struct rdf_state *st, const char *uri, size_t len, bool add)
{
	uint64_t	 h = hash_bytes(uri, len, 10);
	size_t		 i, j, k;
	size_t		*slot;

	if (st->nslot == 0) {
		if (!add)
			return NULL;
		st->nslot = 64;
		st->slot = xcalloc(st->nslot, sizeof(st->slot[0]));
	}
	for (i = h & (st->nslot - 1); st->slot[i] != 0;
	    i = (i + 1) & (st->nslot - 1)) {
		k = st->slot[i] - 1;
		if (st->v[k].h == h && strcmp(st->v[k].uri, uri) == 0)
			return &st->v[k];
	}
	if (!add || st->n >= RDF_REFS_MAX)
		return NULL;
	if (st->n == st->cap) {
		st->cap = st->cap == 0 ? 64 : st->cap * 2;
		st->v = xreallocarray(st->v, st->cap, sizeof(st->v[0]));
	}
	st->v[st->n].h = h;
	st->v[st->n].uri = uri_copy(uri, len);
	st->v[st->n].li.line = st->v[st->n].item.line = 0;
	st->v[st->n].said = false;
	st->slot[i] = ++st->n;
	/* Half full at most: grow and place every index again. */
	if (st->n * 2 > st->nslot) {
		slot = xcalloc(st->nslot * 2, sizeof(slot[0]));
		for (k = 0; k < st->n; k++) {
			for (j = st->v[k].h & (st->nslot * 2 - 1); slot[j] != 0;
			    j = (j + 1) & (st->nslot * 2 - 1))
				;
			slot[j] = k + 1;
		}
		free(st->slot);
		st->slot = slot;
		st->nslot *= 2;
	}
	return &st->v[st->n - 1];
}

/* Once the table is full, the items past it are not matched: said once. */
static struct rdf_ref *
ref_note(struct vctx *c, struct rdf_state *st, xmlNodePtr n,
    const struct buf *uri)
{
	struct rdf_ref	*r;

	if ((r = ref_find(st, uri->data, uri->len, true)) == NULL &&
	    !st->full) {
		st->full = true;
		vreport(c, n, RULE_IDS_NOT_CHECKED, "more than 100,000 item "
		    "URIs: the others are not matched against the channel's "
		    "items");
	}
	return r;
}

/* One rdf:li of the channel's rdf:Seq, naming an item. */
static void
li_child(struct vctx *c, xmlNodePtr li, void *arg)
{
	struct rdf_state *st = arg;
	struct rdf_ref	*ref;
	struct buf	 r;
	char		 q[128];

	if (!node_is(li, NS_RDF, "li")) {
		vreport(c, li, RULE_RSS10_ITEMS, "rdf:Seq holds %s, but only "
		    "rdf:li may be there", node_qname(li, q, sizeof(q)));
		return;
	}
	vbuf_init(&r);
	if (!resource_of(li, &r)) {
		vreport(c, li, RULE_RSS10_ITEMS, "rdf:li has no rdf:resource "
		    "(or resource) naming an item");
		buf_free(&r);
		return;
	}
	resolve(li, &r);
	if ((ref = ref_note(c, st, li, &r)) != NULL) {
		if (ref->li.line != 0)
			vreport(c, li, RULE_RSS10_ITEMS, "items lists \"%s\" "
			    "twice", r.data);
		else
			ref->li = node_place(li);
	}
	buf_free(&r);
}

struct items_walk {
	struct rdf_state *st;
	bool		 seq;
};

static void
items_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	char	 q[128];

	(void)arg;
	vreport(c, n, RULE_RSS10_ITEMS, "items holds %s, but only one "
	    "rdf:Seq may be there", node_qname(n, q, sizeof(q)));
}

/* The rdf:Seq is read one rdf:li at a time: a long list stays small. */
static bool
items_descend(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct items_walk *w = arg;

	if (!node_is(n, NS_RDF, "Seq") || w->seq)
		return false;
	w->seq = true;
	/* Without a list, items cannot be said to be missing from it. */
	w->st->listed = true;
	walk_children(c, li_child, NULL, w->st);
	return true;
}

/* items: "an RDF table of contents" (5.3.5), one rdf:Seq of rdf:li. */
static void
items(struct vctx *c, struct rdf_state *st, xmlNodePtr n)
{
	struct items_walk w = { st, false };

	walk_children(c, items_child, items_descend, &w);
	if (!w.seq && !c->broken)
		vreport(c, n, RULE_RSS10_ITEMS, "items holds no rdf:Seq, "
		    "which RSS 1.0 requires");
}

/* The channel's image or textinput (WHICH 0, 1): a reference (5.3.4, 5.3.6). */
static void
reference(struct vctx *c, struct rdf_state *st, xmlNodePtr n, int which)
{
	struct buf	 r;

	vbuf_init(&r);
	if (!resource_of(n, &r))
		vreport(c, n, RULE_RSS10_REFERENCE, "channel %s has no "
		    "rdf:resource naming the %s element", node_name(n),
		    node_name(n));
	else if (st->ref[which] == NULL) {
		resolve(n, &r);
		st->ref[which] = xstrdup(r.data);
		st->ref_at[which] = node_place(n);
	}
	buf_free(&r);
}

/* The children of a channel, item, image or textinput being read. */
struct rdf_walk {
	struct rdf_state *st;
	struct vcount	 k;
	struct ext_counts ext;
	const char	*where;		/* what the modules call the parent */
	struct buf	 t;
};

static void
walk_init(struct rdf_walk *w, struct rdf_state *st, unsigned bit,
    const char *parent)
{
	memset(w, 0, sizeof(*w));
	w->st = st;
	vocab_init(&w->k, &rdf_table, bit, parent);
	/* Modules say channel or item; an image or textinput is neither. */
	w->where = strcmp(parent, "item") == 0 ? "item" : "channel";
	vbuf_init(&w->t);
}

/* At the parent's end: what its table and its modules require. */
static void
walk_end(struct vctx *c, struct rdf_walk *w, xmlNodePtr n)
{
	if (!c->broken) {
		vocab_require(c, &w->k, n);
		if (strcmp(w->k.parent, "channel") == 0)
			ext_require(c, n, &w->ext);
	}
	buf_free(&w->t);
}

/* The table's check: the expanded element E of row D, in the walk ARG. */
static void
rdf_value(struct vctx *c, const struct vrow *d, xmlNodePtr e, void *arg)
{
	struct rdf_walk	*w = arg;

	switch ((enum rdf_value)d->value) {
	case V_TEXT:
		text_of(c, e, &w->t);
		break;
	case V_LINK:
		text_of(c, e, &w->t);
		link_value(c, e, w->k.parent, w->t.data);
		break;
	case V_FORM_NAME:
		text_of(c, e, &w->t);
		check_form_name(c, e, w->t.data);
		break;
	case V_REF:
		reference(c, w->st, e, strcmp(d->name, "image") == 0 ? 0 : 1);
		break;
	case V_ITEMS:
	case V_NODE:
		break;
	}
}

/*
 * One child E: the table for elements in RSS 1.0's namespace,
 * validate_ext.c for the modules'. Items are read by items(), streamed.
 */
static void
child_element(struct vctx *c, xmlNodePtr e, void *arg)
{
	struct rdf_walk	*w = arg;

	if (node_in(e, NS_RDF))
		return;
	if (node_in(e, NULL)) {
		no_namespace(c, e);
		return;
	}
	if (!node_in(e, NS_RSS10)) {
		if (strcmp(w->k.parent, "channel") == 0 ||
		    strcmp(w->k.parent, "item") == 0)
			ext_count(c, e, &w->ext, w->where);
		ext_check(c, e, w->where);
		return;
	}
	vocab_element(c, &w->k, e, w);
}

/* The children of N, an expanded item, image or textinput. */
static void
children(struct vctx *c, struct rdf_state *st, xmlNodePtr n, unsigned bit,
    const char *parent)
{
	struct rdf_walk	 w;
	xmlNodePtr	 e;

	walk_init(&w, st, bit, parent);
	stray_text(c, n);
	for (e = n->children; e != NULL; e = e->next)
		if (e->type == XML_ELEMENT_NODE)
			child_element(c, e, &w);
	walk_end(c, &w, n);
}

static void
skip_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	(void)c;
	(void)n;
	(void)arg;
}

/* The channel's items, read as a stream; another child is expanded. */
static bool
channel_descend(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct rdf_walk	*w = arg;

	if (!node_is(n, NS_RSS10, "items"))
		return false;
	if (vocab_count(c, &w->k, n) == NULL)
		walk_children(c, skip_child, NULL, NULL);
	else
		items(c, w->st, n);
	return true;
}

/* The channel, read as a stream (its list of items may be long). */
static bool
rdf_descend(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct rdf_state *st = arg;
	struct rdf_walk	 w;
	struct buf	 about;
	struct rdf_ref	*r;
	size_t		 i;

	if (!node_is(n, NS_RSS10, "channel"))
		return false;
	if (vocab_count(c, &st->top, n) == NULL) {
		walk_children(c, skip_child, NULL, NULL);
		return true;
	}
	vbuf_init(&about);
	about_of(c, n, &about);
	buf_free(&about);
	walk_init(&w, st, P_CHANNEL, "channel");
	walk_children(c, child_element, channel_descend, &w);
	walk_end(c, &w, n);
	/* Items met before the channel, now that its list is known. */
	for (i = 0; st->listed && i < st->n; i++) {
		r = &st->v[i];
		if (r->item.line != 0 && r->li.line == 0 && !r->said) {
			r->said = true;
			report_add(c->rep, r->item.line, r->item.col,
			    RULE_RSS10_ITEM_UNLISTED, "item \"%s\" is not "
			    "listed in the channel's items", r->uri);
		}
	}
	return true;
}

static void
item(struct vctx *c, struct rdf_state *st, xmlNodePtr n)
{
	struct buf	 about;
	struct rdf_ref	*r;

	vbuf_init(&about);
	if (about_of(c, n, &about) && (resolve(n, &about),
	    (r = ref_note(c, st, n, &about)) != NULL)) {
		if (r->item.line != 0)
			vreport(c, n, RULE_RSS10_ITEM_DUPLICATE, "item \"%s\" "
			    "is described twice (first at line %lu)", r->uri,
			    r->item.line);
		else {
			r->item = node_place(n);
			if (st->listed && r->li.line == 0) {
				r->said = true;
				vreport(c, n, RULE_RSS10_ITEM_UNLISTED,
				    "item \"%s\" is not listed in the "
				    "channel's items", r->uri);
			}
		}
	}
	children(c, st, n, P_ITEM, "item");
	buf_free(&about);
}

/* An image or textinput (WHICH 0, 1) at the top level (5.4, 5.6). */
static void
described(struct vctx *c, struct rdf_state *st, xmlNodePtr n, int which)
{
	struct buf	 about;

	vbuf_init(&about);
	st->held[which] = true;
	if (about_of(c, n, &about) && st->about[which] == NULL) {
		resolve(n, &about);
		st->about[which] = xstrdup(about.data);
		st->about_at[which] = node_place(n);
	}
	children(c, st, n, which == 0 ? P_IMAGE : P_TEXTINPUT,
	    which == 0 ? "image" : "textinput");
	buf_free(&about);
}

/* A top-level element other than the channel, expanded. */
static void
rdf_child(struct vctx *c, xmlNodePtr n, void *arg)
{
	struct rdf_state *st = arg;

	if (node_in(n, NULL)) {
		no_namespace(c, n);
		return;
	}
	/* Other RDF descriptions (cc:License, taxo:topic...) may be here. */
	if (!node_in(n, NS_RSS10) || vocab_count(c, &st->top, n) == NULL)
		return;
	if (strcmp(node_name(n), "item") == 0)
		item(c, st, n);
	else
		described(c, st, n, strcmp(node_name(n), "image") == 0 ? 0 : 1);
}

/* After the last element: what the channel lists and what is there. */
static void
cross_check(struct vctx *c, struct rdf_state *st)
{
	static const char *const what[] = { "image", "textinput" };
	struct rdf_ref	*r;
	size_t		 i;
	int		 w;

	for (i = 0; i < st->n; i++) {
		r = &st->v[i];
		if (r->li.line != 0 && r->item.line == 0)
			report_add(c->rep, r->li.line, r->li.col,
			    RULE_RSS10_ITEM_MISSING, "the channel's items "
			    "list \"%s\", but no item has that rdf:about",
			    r->uri);
	}
	for (w = 0; w < 2; w++) {
		/*
		 * The reference is "required only if" the element is present,
		 * and then names it: with no element it names a resource
		 * described elsewhere, as an rdf:li may (rss10-item-missing).
		 */
		if (st->ref[w] != NULL && !st->held[w])
			report_add(c->rep, st->ref_at[w].line,
			    st->ref_at[w].col, RULE_RSS10_REFERENCE_MISSING,
			    "the channel's %s names \"%s\", but the document "
			    "has no %s", what[w], st->ref[w], what[w]);
		else if (st->ref[w] != NULL && (st->about[w] == NULL ||
		    strcmp(st->ref[w], st->about[w]) != 0))
			report_add(c->rep, st->ref_at[w].line,
			    st->ref_at[w].col, RULE_RSS10_REFERENCE,
			    "the channel's %s names \"%s\", but no %s has "
			    "that rdf:about", what[w], st->ref[w], what[w]);
		else if (st->ref[w] == NULL && st->about[w] != NULL)
			report_add(c->rep, st->about_at[w].line,
			    st->about_at[w].col, RULE_RSS10_REFERENCE,
			    "%s \"%s\" is not named by the channel's %s "
			    "element", what[w], st->about[w], what[w]);
	}
}

static void
state_free(struct rdf_state *st)
{
	size_t	 i;

	for (i = 0; i < st->n; i++)
		xmlFree(st->v[i].uri);
	free(st->v);
	free(st->slot);
	for (i = 0; i < 2; i++) {
		free(st->ref[i]);
		free(st->about[i]);
	}
}

/* RSS 0.90's default namespace, declared on rdf:RDF. */
static bool
is_rss090(xmlNodePtr root)
{
	xmlNsPtr	 ns;

	for (ns = root->nsDef; ns != NULL; ns = ns->next)
		if (ns->href != NULL &&
		    strcmp((const char *)ns->href, NS_RSS090) == 0)
			return true;
	return false;
}

void
rdf_validate(struct vctx *c, xmlNodePtr root)
{
	struct rdf_state st;

	if (is_rss090(root)) {
		c->rep->format = "rss-0.90";
		vreport(c, root, RULE_UNSUPPORTED_FORMAT, "RSS 0.90 "
		    "(namespace %s) is recognised but not supported; it was "
		    "replaced by RSS 1.0 (namespace %s)", NS_RSS090, NS_RSS10);
		return;
	}
	c->rep->format = "rss-1.0";
	memset(&st, 0, sizeof(st));
	vocab_init(&st.top, &rdf_table, P_RDF, "rdf:RDF");
	walk_children(c, rdf_child, rdf_descend, &st);
	if (!c->broken) {
		vocab_require(c, &st.top, root);
		cross_check(c, &st);
	}
	state_free(&st);
}

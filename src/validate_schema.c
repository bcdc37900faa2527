/*
 * validate_schema: RELAX NG checks of subtrees. libxml2's streaming RELAX
 * NG keeps the whole document when the grammar interleaves at feed level
 * (notes/measurements.md), so each entry (or item) is made the root of
 * its document for a moment and checked against the same grammar with <start>
 * pointing at the entry pattern; the feed minus its entries is checked
 * once, at the end, against the whole grammar. Memory stays that of one
 * entry.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "validate_int.h"

struct vschema {
	xmlRelaxNGPtr		 rng;
	const char		*start;		/* NULL: the whole grammar */
	const char		*home;		/* own namespace; NULL: none */
	struct vctx		*cur;		/* while checking */
	xmlNodePtr		 at;		/* node being checked */
	unsigned		 reported;
	/* The first message, while it waits for a node to be placed at. */
	bool			 pending;
	char			 msg[512];
};

static void
silent(void *ctx, XMLERR_CONST xmlError *e)
{
	(void)ctx;
	(void)e;
}

/* Points <start> at the named define, for subtree checks. */
static int
retarget_start(xmlDocPtr doc, const char *start)
{
	xmlNodePtr	 root, k, ref;

	root = xmlDocGetRootElement(doc);
	for (k = root != NULL ? root->children : NULL; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)k->name, "start") == 0)
			break;
	if (k == NULL)
		return -1;
	while (k->children != NULL) {
		ref = k->children;
		xmlUnlinkNode(ref);
		xmlFreeNode(ref);
	}
	ref = xmlNewChild(k, k->ns, BAD_CAST "ref", NULL);
	xmlNewProp(ref, BAD_CAST "name", BAD_CAST start);
	return 0;
}

struct vschema *
vschema_new(const char *rng, size_t len, const char *start, const char *home)
{
	struct vschema		*s;
	xmlDocPtr		 doc;
	xmlRelaxNGParserCtxtPtr	 pc;

	doc = xmlReadMemory(rng, (int)len, "schema.rng", NULL, XML_PARSE_NONET);
	if (doc == NULL)
		return NULL;
	if (start != NULL && retarget_start(doc, start) == -1) {
		xmlFreeDoc(doc);
		return NULL;
	}
	pc = xmlRelaxNGNewDocParserCtxt(doc);
	xmlRelaxNGSetParserStructuredErrors(pc, silent, NULL);
	s = xcalloc(1, sizeof(*s));
	s->rng = xmlRelaxNGParse(pc);
	s->start = start;
	s->home = home;
	xmlRelaxNGFreeParserCtxt(pc);
	xmlFreeDoc(doc);
	if (s->rng == NULL) {
		free(s);
		return NULL;
	}
	return s;
}

void
vschema_free(struct vschema *s)
{
	if (s == NULL)
		return;
	xmlRelaxNGFree(s->rng);
	free(s);
}

/* Keeps the first message of a subtree: libxml2's later ones cascade. */
#define SCHEMA_MAX_PER_TREE	1

/* The message kept, at AT. */
static void
say(struct vschema *s, struct place at)
{
	s->pending = false;
	report_add(s->cur->rep, at.line, at.col, RULE_SCHEMA,
	    "does not match the RELAX NG schema: %s", s->msg);
}

static void
on_error(void *ctx, XMLERR_CONST xmlError *e)
{
	struct vschema	*s = ctx;
	struct place	 at;
	size_t		 n;

	if (e == NULL || s->cur == NULL)
		return;
	/*
	 * libxml2 names no node in some first messages ("Extra element X
	 * in interleave"); the message it gives next, of the element whose
	 * content failed, does: the first message is said there.
	 */
	if (s->pending) {
		if (e->node != NULL)
			say(s, node_place((xmlNodePtr)e->node));
		return;
	}
	if (e->message == NULL || s->reported >= SCHEMA_MAX_PER_TREE)
		return;
	s->reported++;
	snprintf(s->msg, sizeof(s->msg), "%s", e->message);
	n = strlen(s->msg);
	while (n > 0 && (s->msg[n - 1] == '\n' || s->msg[n - 1] == ' '))
		s->msg[--n] = '\0';
	/* The node libxml2 names, where its start tag begins. */
	if (e->node != NULL)
		at = node_place((xmlNodePtr)e->node);
	else if (e->line > 0) {
		at.line = (unsigned long)e->line;
		at.col = 1;
	} else {
		s->pending = true;
		return;
	}
	say(s, at);
}

/*
 * libxml2's RELAX NG matching of "any attribute" takes memory quadratic in
 * an element's attributes (3,000 take 70 MB): past this many, the subtree
 * is refused instead.
 */
#define SCHEMA_MAX_ATTRS	256

/* The first element of the subtree with too many attributes, or NULL. */
static xmlNodePtr
too_many_attrs(xmlNodePtr n)
{
	xmlNodePtr	 k, bad;
	xmlAttrPtr	 a;
	xmlNsPtr	 ns;
	size_t		 count = 0;

	for (a = n->properties; a != NULL; a = a->next)
		count++;
	for (ns = n->nsDef; ns != NULL; ns = ns->next)
		count++;
	if (count > SCHEMA_MAX_ATTRS)
		return n;
	for (k = n->children; k != NULL; k = k->next)
		if (k->type == XML_ELEMENT_NODE &&
		    (bad = too_many_attrs(k)) != NULL)
			return bad;
	return NULL;
}

/*
 * libxml2's RELAX NG matching takes time quadratic in the children of one
 * element (40,000 in an extension element: 38 s). What it is given is cut
 * down, for the moment of the check, to what can change its verdict:
 *
 * - Both grammars give every element outside their own namespace, wherever
 *   they accept it, content that is anything at all (atom.rng:
 *   extensionElement, anyForeignElement, anyElement, xhtmlDiv, anyXHTML;
 *   rss.rng: extensionElement, anyContent); so does atom.rng to an
 *   atom:content whose attributes match atomInlineOtherContent. Where such
 *   an element is refused, it is by its name, before its content is looked
 *   at. These elements are emptied.
 * - Where a grammar takes extension elements anywhere among the children
 *   (foreign_anywhere), any number of them pass: past the first
 *   SCHEMA_FOREIGN_KEPT, they are taken out.
 *
 * What is left may not have more than SCHEMA_MAX_KIDS element children.
 */
struct hidden {
	xmlNodePtr	 n, kids, last;	/* kids == NULL: N taken out */
};

struct hide {
	struct hidden	*v;
	size_t		 len, cap;
};

static bool
content_free(const struct vschema *s, xmlNodePtr k)
{
	if (!node_in(k, s->home))
		return true;
	return s->home != NULL && atom_content_any(k);
}

/* N's grammar has zeroOrMore of extensionElement among all its children. */
static bool
foreign_anywhere(const struct vschema *s, xmlNodePtr n)
{
	static const char *const atom[] = { "feed", "entry", "source",
	    "author", "contributor", "link", "category", NULL };
	static const char *const rss[] = { "rss", "channel", "item",
	    "image", "textInput", "skipHours", "skipDays", NULL };
	const char *const *v = s->home != NULL ? atom : rss;

	if (!node_in(n, s->home))
		return false;
	for (; *v != NULL; v++)
		if (strcmp(node_name(n), *v) == 0)
			return true;
	return false;
}

static void
hide_push(struct hide *h, xmlNodePtr n, xmlNodePtr kids, xmlNodePtr last)
{
	if (h->len == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 16;
		h->v = xreallocarray(h->v, h->cap, sizeof(*h->v));
	}
	h->v[h->len].n = n;
	h->v[h->len].kids = kids;
	h->v[h->len].last = last;
	h->len++;
}

/*
 * Cuts N's subtree (not N) down as said above; returns the first element
 * left with more than SCHEMA_MAX_KIDS element children, or NULL.
 */
static xmlNodePtr
hide_free(const struct vschema *s, xmlNodePtr n, struct hide *h)
{
	xmlNodePtr	 k, bad;
	size_t		 kids = 0, foreign = 0;
	bool		 anywhere = foreign_anywhere(s, n);

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_ELEMENT_NODE)
			continue;
		/* Out of the list; K keeps its own links, for unhide. */
		if (anywhere && !node_in(k, s->home) &&
		    foreign++ >= SCHEMA_FOREIGN_KEPT) {
			if (k->prev != NULL)
				k->prev->next = k->next;
			else
				n->children = k->next;
			if (k->next != NULL)
				k->next->prev = k->prev;
			else
				n->last = k->prev;
			hide_push(h, k, NULL, NULL);
			continue;
		}
		if (++kids > SCHEMA_MAX_KIDS)
			return n;
		if (k->children == NULL)
			continue;
		if (!content_free(s, k)) {
			if ((bad = hide_free(s, k, h)) != NULL)
				return bad;
			continue;
		}
		hide_push(h, k, k->children, k->last);
		k->children = k->last = NULL;
	}
	return NULL;
}

/*
 * Gives back what hide_free took, last first: each node taken out finds
 * its neighbours as they were when it left. Frees the list.
 */
static void
unhide(struct hide *h)
{
	struct hidden	*x;
	xmlNodePtr	 k;

	while (h->len > 0) {
		x = &h->v[--h->len];
		k = x->n;
		if (x->kids != NULL) {
			k->children = x->kids;
			k->last = x->last;
			continue;
		}
		if (k->prev != NULL)
			k->prev->next = k;
		else
			k->parent->children = k;
		if (k->next != NULL)
			k->next->prev = k;
		else
			k->parent->last = k;
	}
	free(h->v);
	memset(h, 0, sizeof(*h));
}

/*
 * The subtree is checked where it is, made the root of its document for
 * the moment: a copy would double the memory a large entry takes.
 */
void
vschema_check(struct vctx *c, struct vschema *s, xmlNodePtr node)
{
	xmlRelaxNGValidCtxtPtr	 vc;
	xmlDocPtr		 doc = node->doc;
	xmlNodePtr		 parent = node->parent, prev = node->prev;
	xmlNodePtr		 root = NULL;
	bool			 moved;

	xmlNodePtr		 bad;
	struct hide		 h = { NULL, 0, 0 };
	char			 q[128];

	if (s == NULL || doc == NULL)
		return;
	if ((bad = too_many_attrs(node)) != NULL) {
		vreport(c, bad, RULE_TOO_LARGE, "%s has more than %d "
		    "attributes and namespace declarations, more than validate "
		    "checks", node_qname(bad, q, sizeof(q)), SCHEMA_MAX_ATTRS);
		return;
	}
	/* Where the hand rules already decided it, the schema would agree. */
	if (s->start != NULL && schema_implied(s->start, node))
		return;
	if ((bad = hide_free(s, node, &h)) != NULL) {
		unhide(&h);
		vreport(c, bad, RULE_TOO_LARGE, "%s has more than %s child "
		    "elements, more than validate checks against the schema",
		    node_qname(bad, q, sizeof(q)), SCHEMA_MAX_KIDS_TEXT);
		return;
	}
	moved = parent != (xmlNodePtr)doc;
	if (moved) {
		xmlUnlinkNode(node);
		root = xmlDocSetRootElement(doc, node);
	}
	s->cur = c;
	s->at = node;
	s->reported = 0;
	s->pending = false;
	vc = xmlRelaxNGNewValidCtxt(s->rng);
	if (vc != NULL) {
		xmlRelaxNGSetValidStructuredErrors(vc, on_error, s);
		xmlRelaxNGValidateDoc(vc, doc);
		xmlRelaxNGFreeValidCtxt(vc);
	}
	/* No later message named a node: the subtree checked. */
	if (s->pending)
		say(s, node_place(s->at));
	s->cur = NULL;
	unhide(&h);
	if (!moved)
		return;
	if (root != NULL)
		xmlReplaceNode(node, root);
	else
		xmlUnlinkNode(node);
	if (prev != NULL)
		xmlAddNextSibling(prev, node);
	else if (parent->children != NULL)
		xmlAddPrevSibling(parent->children, node);
	else
		xmlAddChild(parent, node);
}

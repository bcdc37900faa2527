/*
 * validate_entity: the internal entities a DOCTYPE declares, expanded as
 * XML 1.0 asks of every processor, validating or not (5.1: it must
 * "include the replacement text of internal entities"; 4.4.2, and 3.3.3
 * for attribute values). libxml2 runs without substitution, so that its
 * checks against entity bombs stay on and nothing external is loaded: it
 * parses an internal entity's text once, into the entity's children, and
 * leaves a reference node at each use. Here each reference in a subtree
 * about to be judged becomes a copy of that text, so the rules and the
 * schemas see what a reader sees, within the bounds spend keeps. A
 * reference to an external entity, never loaded, is left out, and said; a
 * reference to none declared stays, and is reported.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/entities.h>
#include <libxml/parserInternals.h>

#include "validate_int.h"

/*
 * Copies in one element judged at once (an entry, an item, an element of
 * the head), freed with it; and in a whole document, beyond this many
 * times the bytes read so far (a bomb's expansion is thousands of times
 * its size, text with entities twice or so).
 */
#define ENTITY_COPY_MAX		(8u << 20)
#define ENTITY_AMPLIFY_MAX	16
/* Entities in entities in an attribute value; libxml2 refuses deeper. */
#define ENTITY_DEPTH_MAX	40
/* A longer name in an attribute's entity text is not looked up. */
#define ENTITY_NAME_MAX		256

/*
 * The entities of Netscape's RSS 0.91 DTD: HTML's Latin-1 set, U+00A0 to
 * U+00FF in order. validate never loads that DTD, but knows what it
 * declares, when a DOCTYPE names it by its public id and one of the two
 * addresses it was served from (another address may hold anything).
 */
static const char *const rss091_names[] = {
	"nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
	"uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg",
	"plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil",
	"sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
	"Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
	"Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
	"Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
	"Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc",
	"Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc",
	"atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
	"ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
	"ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash",
	"ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
};

int
rss091_entity(xmlDocPtr doc, const char *name)
{
	xmlDtdPtr	 dtd = doc != NULL ? doc->intSubset : NULL;
	size_t		 i;

	if (dtd == NULL || dtd->ExternalID == NULL || dtd->SystemID == NULL ||
	    strcmp((const char *)dtd->ExternalID, RSS091_PUBLIC_ID) != 0 ||
	    (strcmp((const char *)dtd->SystemID, RSS091_NETSCAPE) != 0 &&
	    strcmp((const char *)dtd->SystemID, RSS091_RSSBOARD) != 0))
		return 0;
	for (i = 0; i < sizeof(rss091_names) / sizeof(rss091_names[0]); i++)
		if (strcmp(name, rss091_names[i]) == 0)
			return 0xa0 + (int)i;
	return 0;
}

static void
quiet(void *arg, XMLERR_CONST xmlError *e)
{
	(void)arg;
	(void)e;
}

/* The internal entity NAME of DOC, or NULL (external, predefined, none). */
static xmlEntityPtr
internal_entity(xmlDocPtr doc, const xmlChar *name)
{
	xmlEntityPtr	 e;

	if (doc == NULL || (e = xmlGetDocEntity(doc, name)) == NULL)
		return NULL;
	return e->etype == XML_INTERNAL_GENERAL_ENTITY ? e : NULL;
}

/*
 * Takes COST bytes of c's bounds, for WHAT; past them, validate stops at
 * AT (a document whose entities expand that far, or whose defaults add
 * that much, is a bomb, or breaks the limits a reader keeps).
 */
static bool
spend_on(struct vctx *c, xmlNodePtr at, size_t cost, const char *what)
{
	size_t		 whole = ENTITY_COPY_MAX;

	if (*c->input_bytes < (SIZE_MAX - whole) / ENTITY_AMPLIFY_MAX)
		whole += *c->input_bytes * ENTITY_AMPLIFY_MAX;
	else
		whole = SIZE_MAX;
	if (!c->broken && cost <= ENTITY_COPY_MAX - c->entity_here &&
	    cost <= whole - c->entity_bytes) {
		c->entity_here += cost;
		c->entity_bytes += cost;
		return true;
	}
	if (!c->broken)
		vreport(c, at, RULE_TOO_LARGE, "validate stops here: the "
		    "DTD's %s to more than %u MiB in one element, or %d times "
		    "the bytes read", what, ENTITY_COPY_MAX >> 20,
		    ENTITY_AMPLIFY_MAX);
	c->broken = true;
	return false;
}

static bool
spend(struct vctx *c, xmlNodePtr at, size_t cost)
{
	return spend_on(c, at, cost, "entities expand");
}

/* Feeds that use the DTD's entities: said once, at the first use. */
static void
used(struct vctx *c, xmlNodePtr at, const xmlChar *name, int rss091)
{
	if (c->entity_used_said)
		return;
	c->entity_used_said = true;
	if (rss091 != 0)
		vreport(c, at, RULE_DTD_ENTITY, "the entity \"&%s;\" is "
		    "declared by the RSS 0.91 DTD the DOCTYPE names, which "
		    "validate knows: it is expanded, but feed readers that do "
		    "not load the DTD refuse the feed or show \"&%s;\"; write "
		    "&#%d; instead", name, name, rss091);
	else
		vreport(c, at, RULE_DTD_ENTITY, "the entity \"&%s;\" is "
		    "declared in the DOCTYPE: it is expanded, as XML requires, "
		    "but feed readers that skip the DTD refuse the feed or show "
		    "\"&%s;\"; write its text, or character references, "
		    "instead", name, name);
}

/* What copies of the list from N cost, their entity references aside. */
static size_t
list_cost(xmlNodePtr n)
{
	xmlAttrPtr	 a;
	xmlNsPtr	 ns;
	size_t		 cost = 0;

	for (; n != NULL; n = n->next) {
		cost += sizeof(*n);
		if (n->type == XML_ENTITY_REF_NODE)
			continue;
		if (n->content != NULL)
			cost += strlen((const char *)n->content);
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (a = n->properties; a != NULL; a = a->next)
			cost += sizeof(*a) + list_cost(a->children);
		for (ns = n->nsDef; ns != NULL; ns = ns->next)
			cost += sizeof(*ns) + (ns->href != NULL ?
			    strlen((const char *)ns->href) : 0);
		cost += list_cost(n->children);
	}
	return cost;
}

/*
 * Copies take the place of HOLDER, the element holding the reference, and
 * their namespaces from where they are used: libxml2 parsed the text
 * apart, under an element of its own, where no prefix is declared. It
 * marks an element whose prefix (or default namespace) it could not
 * resolve with a declaration of that prefix and no namespace name; in the
 * document as XML reads it, the prefix means what it means at the
 * reference (Namespaces in XML 6.1, 6.2). N's list is in place already.
 */
static void
settle(xmlNodePtr n, xmlNodePtr holder)
{
	xmlNsPtr	*pp, d, ns;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		n->_private = holder->_private;
		n->line = holder->line;
		for (pp = &n->nsDef; (d = *pp) != NULL; pp = &d->next)
			if (d->href == NULL)
				break;
		if (d != NULL) {
			*pp = d->next;
			d->next = NULL;
			ns = xmlSearchNs(n->doc, n->parent, d->prefix);
			if (n->ns == NULL && ns != NULL && ns->href != NULL &&
			    ns->href[0] != '\0')
				n->ns = ns;
			xmlFreeNs(d);
		}
		settle(n->children, holder);
	}
}

/* Puts the list from COPY in REF's place, and frees REF. */
static void
splice(xmlNodePtr ref, xmlNodePtr copy)
{
	xmlNodePtr	 parent = ref->parent, last;

	if (copy != NULL) {
		for (last = copy; ; last = last->next) {
			last->parent = parent;
			if (last->next == NULL)
				break;
		}
		copy->prev = ref->prev;
		if (ref->prev != NULL)
			ref->prev->next = copy;
		else
			parent->children = copy;
		last->next = ref;
		ref->prev = last;
		settle(copy, parent);
	}
	xmlUnlinkNode(ref);
	xmlFreeNode(ref);
}

/*
 * The text of E parsed as content, when libxml2 left it unparsed (an
 * entity first used where its text is not content, such as a default
 * value): the list is the caller's. Its own errors are not the file's.
 */
static xmlNodePtr
parse_text(xmlDocPtr doc, xmlEntityPtr e)
{
	xmlStructuredErrorFunc old = xmlStructuredError;
	void		*old_ctx = xmlStructuredErrorContext;
	xmlNodePtr	 list = NULL;

	xmlSetStructuredErrorFunc(NULL, quiet);
	if (xmlParseBalancedChunkMemory(doc, NULL, NULL, 0, e->content,
	    &list) != 0) {
		xmlFreeNodeList(list);
		list = NULL;
	}
	xmlSetStructuredErrorFunc(old_ctx, old);
	return list;
}

/*
 * A reference REF to an external parsed entity, which is never loaded: XML
 * 1.0 4.4.3 lets a processor that does not validate leave its text out,
 * and asks it to say so.
 */
static bool
external(struct vctx *c, xmlNodePtr at, xmlNodePtr ref)
{
	xmlEntityPtr	 e;

	if (ref->doc == NULL || (e = xmlGetDocEntity(ref->doc, ref->name)) ==
	    NULL || e->etype != XML_EXTERNAL_GENERAL_PARSED_ENTITY)
		return false;
	vreport(c, at, RULE_EXTERNAL_ENTITY, "reference to the external "
	    "entity \"&%s;\", which is never loaded: its text is left out",
	    ref->name);
	return true;
}

/* REF becomes the character CP, as the RSS 0.91 DTD declares it. */
static bool
expand_char(struct vctx *c, xmlNodePtr ref, int cp, xmlNodePtr *next)
{
	xmlChar		 u[8];
	xmlNodePtr	 t;

	if (!spend(c, ref->parent, sizeof(*ref)))
		return false;
	used(c, ref->parent, ref->name, cp);
	u[xmlCopyCharMultiByte(u, cp)] = '\0';
	if ((t = xmlNewDocText(ref->doc, u)) == NULL)
		return false;
	/* Not xmlAddPrevSibling: merge_text joins each run once. */
	*next = t;
	splice(ref, t);
	return true;
}

/*
 * A reference entity_stray was told of: the element libxml2 hangs it on
 * (the parent of the element whose attribute held it) and its name, and
 * how many such are pending there.
 */
struct stray {
	xmlNodePtr	 parent;
	char		*name;
	unsigned long	 n;
};

bool
entity_stray(struct vctx *c, xmlNodePtr parent, const char *name)
{
	size_t	 i;

	/* The root's attributes: libxml2 hangs nothing anywhere. */
	if (parent == NULL)
		return true;
	for (i = 0; i < c->nstrays; i++)
		if (c->strays[i].parent == parent &&
		    strcmp(c->strays[i].name, name) == 0) {
			c->strays[i].n++;
			return true;
		}
	if (c->nstrays == STRAYS_MAX)
		return false;
	if ((c->nstrays & (c->nstrays - 1)) == 0)
		c->strays = xreallocarray(c->strays, c->nstrays ?
		    c->nstrays * 2 : 1, sizeof(*c->strays));
	c->strays[c->nstrays].parent = parent;
	c->strays[c->nstrays].name = xstrdup(name);
	c->strays[c->nstrays++].n = 1;
	return true;
}

void
entity_strays_free(struct vctx *c)
{
	size_t	 i;

	for (i = 0; i < c->nstrays; i++)
		free(c->strays[i].name);
	free(c->strays);
	c->strays = NULL;
	c->nstrays = 0;
}

/*
 * REF is a reference libxml2 hung on its parent for an attribute value
 * that held it (entity_stray): no text of the file. Counted off if so;
 * one counted down to none leaves the list.
 */
static bool
stray(struct vctx *c, xmlNodePtr ref)
{
	size_t	 i;

	for (i = 0; i < c->nstrays; i++)
		if (c->strays[i].parent == ref->parent &&
		    strcmp(c->strays[i].name, (const char *)ref->name) == 0) {
			if (--c->strays[i].n == 0) {
				free(c->strays[i].name);
				c->strays[i] = c->strays[--c->nstrays];
			}
			return true;
		}
	return false;
}

/*
 * Puts a copy of the text of REF's entity in REF's place and frees REF;
 * *NEXT becomes the first node of the copy (REF's next if it is empty),
 * so the copy is walked too. An entity that cannot be expanded is said,
 * and REF goes with nothing in its place, as an external entity's does:
 * the schema is not to see it again. False if REF stays (too large).
 */
static bool
expand_ref(struct vctx *c, xmlNodePtr ref, xmlNodePtr *next)
{
	xmlNodePtr	 parent = ref->parent, text, own = NULL, copy;
	xmlEntityPtr	 e = internal_entity(ref->doc, ref->name);
	int		 cp;

	if (e == NULL) {
		if (stray(c, ref)) {
			*next = ref->next;
			splice(ref, NULL);
			return true;
		}
		cp = rss091_entity(ref->doc, (const char *)ref->name);
		if (cp != 0)
			return expand_char(c, ref, cp, next);
		if (external(c, parent, ref)) {
			*next = ref->next;
			splice(ref, NULL);
			return true;
		}
	}
	/* libxml2 leaves an entity unparsed whose first use was no content. */
	text = e != NULL ? e->children : NULL;
	if (e != NULL && text == NULL && e->content != NULL &&
	    e->content[0] != '\0') {
		where_pause(c->where, true);	/* no start tags of the file */
		text = own = parse_text(ref->doc, e);
		where_pause(c->where, false);
	}
	if (e == NULL || (text == NULL && e->content != NULL &&
	    e->content[0] != '\0')) {
		vreport(c, parent, RULE_ENTITY_REFERENCE, "reference to the "
		    "entity \"&%s;\", which is not expanded; feeds must not "
		    "depend on a DTD", ref->name);
		*next = ref->next;
		splice(ref, NULL);
		return true;
	}
	if (!spend(c, parent, sizeof(*ref) + list_cost(text))) {
		xmlFreeNodeList(own);
		return false;
	}
	used(c, parent, ref->name, 0);
	copy = own;
	if (own == NULL) {
		where_pause(c->where, true);
		copy = xmlDocCopyNodeList(ref->doc, text);
		where_pause(c->where, false);
	}
	*next = copy != NULL ? copy : ref->next;
	splice(ref, copy);
	return true;
}

/*
 * Text nodes side by side after expansion become one, as parsed text is;
 * each run is joined once (merging pairs would copy it again each time).
 */
static void
merge_text(xmlNodePtr n)
{
	xmlNodePtr	 k, m, next;
	struct buf	 b;

	for (k = n->children; k != NULL; k = k->next) {
		if (k->type != XML_TEXT_NODE || k->next == NULL ||
		    k->next->type != XML_TEXT_NODE || k->next->name != k->name)
			continue;
		buf_init(&b);
		for (m = k; m != NULL && m->type == XML_TEXT_NODE &&
		    m->name == k->name; m = m->next)
			if (m->content != NULL)
				buf_adds(&b, (const char *)m->content);
		xmlNodeSetContent(k, BAD_CAST (b.data != NULL ? b.data : ""));
		buf_free(&b);
		for (m = k->next; m != NULL && m->type == XML_TEXT_NODE &&
		    m->name == k->name; m = next) {
			next = m->next;
			xmlUnlinkNode(m);
			xmlFreeNode(m);
		}
	}
}

static bool	 attr_entity(struct vctx *, xmlNodePtr, const xmlChar *,
		    struct buf *, int);

/*
 * The replacement text S of an entity in an attribute value, into OUT
 * (XML 1.0 3.3.3): references in it are included in turn, and each white
 * space character becomes a space.
 */
static bool
attr_text(struct vctx *c, xmlNodePtr at, const char *s, struct buf *out,
    int depth)
{
	char		 name[ENTITY_NAME_MAX + 1];
	xmlEntityPtr	 pre;
	xmlChar		 u[8];
	const char	*semi;
	unsigned long	 cp;
	size_t		 len;
	bool		 ok = true;

	for (; *s != '\0'; s++) {
		if (*s == '\t' || *s == '\n' || *s == '\r') {
			buf_addc(out, ' ');
			continue;
		}
		if (*s != '&' || (semi = strchr(s, ';')) == NULL ||
		    (len = (size_t)(semi - s - 1)) == 0) {
			buf_addc(out, *s);
			continue;
		}
		if (len > ENTITY_NAME_MAX) {
			vreport(c, at, RULE_ENTITY_REFERENCE, "reference to an "
			    "entity with a name of more than %d bytes in an "
			    "attribute, which is not expanded", ENTITY_NAME_MAX);
			ok = false;
			s = semi;
			continue;
		}
		memcpy(name, s + 1, len);
		name[len] = '\0';
		s = semi;
		if (name[0] == '#') {
			cp = name[1] == 'x' ? strtoul(name + 2, NULL, 16) :
			    strtoul(name + 1, NULL, 10);
			/* XML 1.0 2.2's Char; anything else is left out. */
			if ((cp >= 0x20 || cp == 0x9 || cp == 0xa || cp == 0xd) &&
			    (cp < 0xd800 || cp > 0xdfff) && cp != 0xfffe &&
			    cp != 0xffff && cp <= 0x10ffff) {
				u[xmlCopyCharMultiByte(u, (int)cp)] = '\0';
				buf_adds(out, (const char *)u);
			}
			continue;
		}
		if ((pre = xmlGetPredefinedEntity(BAD_CAST name)) != NULL)
			buf_adds(out, (const char *)pre->content);
		else if (!attr_entity(c, at, (const xmlChar *)name, out,
		    depth + 1))
			ok = false;
	}
	return ok;
}

/* The entity NAME in an attribute value of AT, included into OUT. */
static bool
attr_entity(struct vctx *c, xmlNodePtr at, const xmlChar *name,
    struct buf *out, int depth)
{
	xmlEntityPtr	 e = internal_entity(at->doc, name);
	xmlChar		 u[8];
	int		 cp;

	if (e == NULL && (cp = rss091_entity(at->doc,
	    (const char *)name)) != 0) {
		used(c, at, name, cp);
		u[xmlCopyCharMultiByte(u, cp)] = '\0';
		buf_adds(out, (const char *)u);
		return true;
	}
	if (e == NULL || depth > ENTITY_DEPTH_MAX) {
		vreport(c, at, RULE_ENTITY_REFERENCE, "reference to the "
		    "entity \"&%s;\" in an attribute, which is not expanded",
		    name);
		return false;
	}
	if (!spend(c, at, (size_t)e->length))
		return false;
	used(c, at, name, 0);
	return attr_text(c, at, e->content != NULL ?
	    (const char *)e->content : "", out, depth);
}

/*
 * The internal subset's declaration of N's attribute NAME (PREFIX), or
 * NULL; the element is named as written, "prefix:name" or "name".
 */
static xmlAttributePtr
attr_decl(xmlNodePtr n, const xmlChar *name, const xmlChar *prefix)
{
	xmlDtdPtr	 dtd = n->doc != NULL ? n->doc->intSubset : NULL;
	xmlChar		 mem[128], *q;
	xmlAttributePtr	 d;

	if (dtd == NULL || dtd->attributes == NULL)
		return NULL;
	q = n->ns != NULL && n->ns->prefix != NULL ? xmlBuildQName(n->name,
	    n->ns->prefix, mem, (int)sizeof(mem)) : (xmlChar *)n->name;
	if (q == NULL)
		return NULL;
	d = xmlGetDtdQAttrDesc(dtd, q, name, prefix);
	if (q != mem && q != n->name)
		xmlFree(q);
	return d;
}

/*
 * An attribute declared of another type than CDATA loses the spaces at
 * its ends, and each run of spaces becomes one (XML 1.0 3.3.3).
 */
static void
normalize(struct buf *v, xmlAttributePtr d)
{
	size_t		 i, o = 0;

	if (d == NULL || d->atype == XML_ATTRIBUTE_CDATA || v->data == NULL)
		return;
	for (i = 0; i < v->len; i++)
		if (v->data[i] != ' ' || (o > 0 && v->data[o - 1] != ' '))
			v->data[o++] = v->data[i];
	if (o > 0 && v->data[o - 1] == ' ')
		o--;
	v->data[o] = '\0';
	v->len = o;
}

/*
 * Gives N the attribute NAME (namespace NS) of VALUE, last. Not with
 * xmlNewNsProp on N: of an ID, it would enter the value in the
 * document's table of IDs, which the parser, reading ahead, fills too.
 */
static void
add_attr(xmlNodePtr n, xmlNsPtr ns, const xmlChar *name, const char *value)
{
	xmlAttrPtr	 a, last;
	xmlNodePtr	 t;

	if ((a = xmlNewNsProp(NULL, ns, name, NULL)) == NULL)
		return;
	if ((t = xmlNewDocText(n->doc, BAD_CAST value)) != NULL) {
		t->parent = (xmlNodePtr)a;
		a->children = a->last = t;
	}
	a->doc = n->doc;
	a->parent = n;
	if (n->properties == NULL)
		n->properties = a;
	else {
		for (last = n->properties; last->next != NULL;
		    last = last->next)
			;
		last->next = a;
		a->prev = last;
	}
}

/*
 * Each attribute of N with entity references gets their text; returns
 * how many attributes keep a reference.
 */
static size_t
expand_attrs(struct vctx *c, xmlNodePtr n)
{
	xmlAttrPtr	 a;
	xmlNodePtr	 k, t;
	struct buf	 v;
	size_t		 kept = 0;
	bool		 ok;

	for (a = n->properties; a != NULL; a = a->next) {
		for (k = a->children; k != NULL; k = k->next)
			if (k->type == XML_ENTITY_REF_NODE)
				break;
		if (k == NULL)
			continue;
		vbuf_init(&v);
		ok = true;
		for (k = a->children; k != NULL; k = k->next)
			if (k->type == XML_ENTITY_REF_NODE)
				ok = attr_entity(c, n, k->name, &v, 0) && ok;
			else if (k->content != NULL)
				buf_adds(&v, (const char *)k->content);
		if (ok)
			normalize(&v, attr_decl(n, a->name, a->ns != NULL ?
			    a->ns->prefix : NULL));
		if (ok && (t = xmlNewDocText(n->doc, BAD_CAST v.data)) !=
		    NULL) {
			xmlFreeNodeList(a->children);
			t->parent = (xmlNodePtr)a;
			a->children = a->last = t;
		} else
			kept++;
		buf_free(&v);
	}
	return kept;
}

/* Attributes from the DTD's defaults: said once, at the first. */
static void
defaulted(struct vctx *c, xmlNodePtr n, xmlAttributePtr d,
    const char *value)
{
	char		 q[128];

	if (c->default_said)
		return;
	c->default_said = true;
	vreport(c, n, RULE_DTD_DEFAULT, "%s%s%s=\"%s\" on %s is a default "
	    "the DOCTYPE declares: XML requires it, but feed readers that "
	    "skip the DTD do not see it; write it on the element",
	    d->prefix != NULL ? (const char *)d->prefix : "",
	    d->prefix != NULL ? ":" : "", d->name, value,
	    node_qname(n, q, sizeof(q)));
}

/*
 * N has the attribute NAME in namespace HREF (NULL: none) itself, among
 * its attributes up to LAST (the defaults added after it are each of
 * another attribute: libxml2 keeps one declaration of each).
 */
static bool
has_attr(xmlNodePtr n, xmlAttrPtr last, const xmlChar *name,
    const xmlChar *href)
{
	xmlAttrPtr	 a;

	for (a = last != NULL ? n->properties : NULL; a != NULL; a = a->next) {
		if (xmlStrEqual(a->name, name) && (href == NULL ? a->ns ==
		    NULL : a->ns != NULL && xmlStrEqual(a->ns->href, href)))
			return true;
		if (a == last)
			break;
	}
	return false;
}

/* A declaration that gives a default, and its place in the subset. */
struct decl_at {
	xmlAttributePtr	 d;
	size_t		 at;
};

static bool
gives_default(xmlAttributePtr d)
{
	return d->defaultValue != NULL && d->elem != NULL &&
	    (d->def == XML_ATTRIBUTE_NONE || d->def == XML_ATTRIBUTE_FIXED);
}

static int
by_address(const void *a, const void *b)
{
	uintptr_t	 x = (uintptr_t)((const struct decl_at *)a)->d;
	uintptr_t	 y = (uintptr_t)((const struct decl_at *)b)->d;

	return x < y ? -1 : x > y;
}

static int
by_place(const void *a, const void *b)
{
	size_t	 x = ((const struct decl_at *)a)->at;
	size_t	 y = ((const struct decl_at *)b)->at;

	return x < y ? -1 : x > y;
}

/*
 * The subset's defaults, walked once per document: walking it for each
 * element (to learn which of an element's defaults comes first) took time
 * declarations times elements, 36 s for 2 MB.
 */
static void
decls_read(struct vctx *c, xmlDtdPtr dtd)
{
	xmlNodePtr	 k;
	size_t		 n = 0, at = 0;

	c->decls_read = true;
	for (k = dtd->children; k != NULL; k = k->next)
		if (k->type == XML_ATTRIBUTE_DECL &&
		    gives_default((xmlAttributePtr)k))
			n++;
	if (n == 0)
		return;
	c->decls = xreallocarray(NULL, n, sizeof(*c->decls));
	for (k = dtd->children; k != NULL; k = k->next, at++)
		if (k->type == XML_ATTRIBUTE_DECL &&
		    gives_default((xmlAttributePtr)k)) {
			c->decls[c->ndecls].d = (xmlAttributePtr)k;
			c->decls[c->ndecls++].at = at;
		}
	qsort(c->decls, c->ndecls, sizeof(*c->decls), by_address);
}

void
entity_decls_free(struct vctx *c)
{
	free(c->decls);
	c->decls = NULL;
	c->ndecls = 0;
	c->decls_read = false;
}

/*
 * The attributes the internal subset gives N a default value for, when
 * N has none (XML 1.0 5.1: a processor that does not validate "MUST use
 * the information in those declarations to ... supply default attribute
 * values"). Namespace declarations made so are not followed. (libxml2's
 * xmlHasNsProp would find the declaration itself.)
 */
static void
default_attrs(struct vctx *c, xmlNodePtr n)
{
	xmlDtdPtr	 dtd = n->doc != NULL ? n->doc->intSubset : NULL;
	xmlAttributePtr	 d;
	xmlNsPtr	 ns;
	xmlAttrPtr	 last;
	xmlElementPtr	 el;
	struct buf	 v;
	struct decl_at	 mine[DTD_DEFAULTS_MAX], key, *hit;
	size_t		 nmine = 0, i;
	const xmlChar	*prefix = n->ns != NULL ? n->ns->prefix : NULL;

	/*
	 * libxml2 links an element's attribute declarations to it (those
	 * of its name as written, "prefix:name" or "name").
	 */
	if (dtd == NULL || dtd->attributes == NULL || (el =
	    xmlGetDtdQElementDesc(dtd, n->name, prefix)) == NULL ||
	    el->attributes == NULL)
		return;
	if (!c->decls_read)
		decls_read(c, dtd);
	if (c->ndecls == 0)
		return;
	/* At most DTD_DEFAULTS_MAX: validate reads no further past them. */
	for (d = el->attributes; d != NULL && nmine < DTD_DEFAULTS_MAX;
	    d = d->nexth) {
		key.d = d;
		if (gives_default(d) && (hit = bsearch(&key, c->decls,
		    c->ndecls, sizeof(*c->decls), by_address)) != NULL)
			mine[nmine++] = *hit;
	}
	/* The subset's order, which decides what is said first. */
	qsort(mine, nmine, sizeof(*mine), by_place);
	for (last = n->properties; last != NULL && last->next != NULL;
	    last = last->next)
		;
	for (i = 0; i < nmine; i++) {
		d = mine[i].d;
		if (d->prefix == NULL) {
			if (strcmp((const char *)d->name, "xmlns") == 0 ||
			    has_attr(n, last, d->name, NULL))
				continue;
			ns = NULL;
		} else if (strcmp((const char *)d->prefix, "xmlns") == 0 ||
		    (ns = xmlSearchNs(n->doc, n, d->prefix)) == NULL ||
		    has_attr(n, last, d->name, ns->href))
			continue;
		/* libxml2 keeps a default's references as written. */
		vbuf_init(&v);
		if (attr_text(c, n, (const char *)d->defaultValue, &v, 0)) {
			normalize(&v, d);
			if (!spend_on(c, n, sizeof(xmlAttr) + sizeof(xmlNode) +
			    v.len, "attribute defaults add")) {
				buf_free(&v);
				return;
			}
			add_attr(n, ns, d->name, v.data);
			defaulted(c, n, d, v.data);
		}
		buf_free(&v);
	}
}

/* The most attribute defaults one element declaration has, into ARG. */
static void
count_defaults(void *payload, void *arg, const xmlChar *name)
{
	xmlElementPtr	 el = payload;
	xmlAttributePtr	 d;
	size_t		 n = 0, *most = arg;

	(void)name;
	for (d = el->attributes; d != NULL; d = d->nexth)
		if (d->defaultValue != NULL)
			n++;
	if (n > *most)
		*most = n;
}

size_t
dtd_defaults_most(xmlDocPtr doc)
{
	size_t		 most = 0;

	if (doc != NULL && doc->intSubset != NULL &&
	    doc->intSubset->elements != NULL)
		xmlHashScan(doc->intSubset->elements, count_defaults, &most);
	return most;
}

void
entity_attrs(struct vctx *c, xmlNodePtr n)
{
	if (n->type != XML_ELEMENT_NODE)
		return;
	/* Here, where every element is gone through once: its declarations. */
	if (n->nsDef != NULL)
		ext_prefixes(c, n);
	c->attrs_kept = expand_attrs(c, n);
	default_attrs(c, n);
	c->attrs_done = n;
}

static size_t
markup(struct vctx *c, xmlNodePtr n, bool attrs)
{
	xmlNodePtr	 k, next;
	size_t		 kept = 0;
	bool		 expanded = false;

	if (n->type != XML_ELEMENT_NODE)
		return 0;
	if (attrs) {
		if (n->nsDef != NULL)
			ext_prefixes(c, n);
		kept += expand_attrs(c, n);
		default_attrs(c, n);
	}
	if (c->lang_everywhere)
		check_xml_lang(c, n);
	for (k = n->children; k != NULL; k = next) {
		next = k->next;
		if (k->type != XML_ENTITY_REF_NODE)
			kept += markup(c, k, true);
		else if (expand_ref(c, k, &next))
			expanded = true;
		else
			kept++;
	}
	if (expanded)
		merge_text(n);
	return kept;
}

size_t
check_markup(struct vctx *c, xmlNodePtr n)
{
	/* The walk gave an element walked into entity_attrs already. */
	bool		 attrs = c->attrs_done != n;

	c->attrs_done = NULL;
	c->entity_here = 0;
	return markup(c, n, attrs) + (attrs ? 0 : c->attrs_kept);
}

/*
 * What the text of the entities in the list from K holds, references to
 * others followed: elements (or anything but text and comments), or text
 * that is not blank. Each node looked at is paid for, as a copy would be.
 */
enum { BETWEEN_BLANK, BETWEEN_TEXT, BETWEEN_OTHER, BETWEEN_STOP };

static int
between(struct vctx *c, xmlNodePtr at, xmlNodePtr k, int depth)
{
	xmlEntityPtr	 e;
	int		 found = BETWEEN_BLANK, r;

	for (; k != NULL; k = k->next) {
		if (!spend(c, at, sizeof(*k)))
			return BETWEEN_STOP;
		if (k->type == XML_ENTITY_REF_NODE) {
			e = internal_entity(k->doc, k->name);
			if (e == NULL || depth >= ENTITY_DEPTH_MAX)
				return BETWEEN_OTHER;
			r = between(c, at, e->children, depth + 1);
			if (r != BETWEEN_BLANK && r != BETWEEN_TEXT)
				return r;
			if (r == BETWEEN_TEXT)
				found = BETWEEN_TEXT;
		} else if (k->type == XML_TEXT_NODE) {
			if (k->content != NULL &&
			    !is_blank((const char *)k->content))
				found = BETWEEN_TEXT;
		} else if (k->type != XML_COMMENT_NODE)
			return BETWEEN_OTHER;
	}
	return found;
}

/*
 * A reference REF among PARENT's child elements, which the walk meets one
 * at a time: text in it is said as text outside an element would be;
 * elements in it are not expanded.
 */
void
entity_between(struct vctx *c, xmlNodePtr parent, xmlNodePtr ref)
{
	xmlEntityPtr	 e = internal_entity(ref->doc, ref->name);
	char		 q[128];
	int		 r, cp;

	if (e == NULL && (stray(c, ref) || external(c, parent, ref)))
		return;
	if (e == NULL && (cp = rss091_entity(ref->doc,
	    (const char *)ref->name)) != 0) {
		vreport(c, parent, RULE_UNEXPECTED_TEXT, "text directly inside "
		    "%s, where only elements may appear (the entity \"&%s;\")",
		    node_qname(parent, q, sizeof(q)), ref->name);
		return;
	}
	r = e != NULL && (e->children != NULL || e->content == NULL ||
	    e->content[0] == '\0') ? between(c, parent, e->children, 0) :
	    BETWEEN_OTHER;
	if (r == BETWEEN_STOP)
		return;
	if (r == BETWEEN_OTHER) {
		vreport(c, parent, RULE_ENTITY_REFERENCE, "reference to the "
		    "entity \"&%s;\" among the elements of %s, which is not "
		    "expanded; feeds must not depend on a DTD", ref->name,
		    node_qname(parent, q, sizeof(q)));
		return;
	}
	used(c, parent, ref->name, 0);
	if (r == BETWEEN_TEXT)
		vreport(c, parent, RULE_UNEXPECTED_TEXT, "text directly "
		    "inside %s, where only elements may appear (from the "
		    "entity \"&%s;\")", node_qname(parent, q, sizeof(q)),
		    ref->name);
}

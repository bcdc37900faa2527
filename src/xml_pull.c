/*
 * xml_pull: xmlTextReader's walk over libxml2's push parser (why: see
 * xml_pull.h).
 *
 * The SAX2 handlers build the tree; wrappers around them note each node
 * they add to the document or to an element, in order, as an event: an
 * element's start, its end (unless written <name/>), and each text, CDATA
 * section, entity reference, comment or processing instruction. The walk
 * takes the events in order, parsing another 4 KiB when none is left, and
 * frees each node once it is passed, as xmlTextReader does, so memory
 * holds the open elements and the one expanded, never the document.
 *
 * A text node grows while the parser still gives it characters: its event
 * is handed out only once another follows it, or the document has ended.
 * Nodes are freed in document order, so an element still open never has
 * a freed child before one that is kept (libxml2 appends text to the last
 * child when it is text).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

#include "util.h"
#include "xml_pull.h"

/* The bytes parsed at a time. */
#define PULL_CHUNK	4096

/* Marks in a node's extra field, which only XPath would use. */
#define NODE_SEEN	0x1000	/* its event is queued */
#define NODE_CLOSED	0x2000	/* its end tag is parsed */
#define NODE_EMPTY	0x4000	/* written <name/> */

struct event {
	xmlNodePtr	 node;
	int		 depth;
	int		 type;		/* XML_READER_TYPE_* */
};

struct xml_pull {
	xmlParserCtxtPtr ctxt;
	xmlInputReadCallback read;
	void		*ctx;
	struct event	*q;		/* q[head..n): not yet handed out */
	size_t		 head, n, cap;
	struct event	 cur;
	bool		 have;		/* cur is a node handed out */
	bool		 expanded;	/* cur, expanded: its subtree the caller's */
	bool		 eof;		/* the parser was told the end */
	bool		 failed;	/* a fatal error, or a failed read */
	size_t		 carry;		/* buf[0..carry): read, not yet parsed */
	char		 buf[2 * PULL_CHUNK];
	xmlStructuredErrorFunc err_fn;
	void		*err_arg;
};

static void
emit(struct xml_pull *p, xmlNodePtr node, int depth, int type)
{
	if (p->head > 0 && p->head == p->n)
		p->head = p->n = 0;
	else if (p->head > 0 && p->n == p->cap) {
		memmove(p->q, p->q + p->head, (p->n - p->head) * sizeof(*p->q));
		p->n -= p->head;
		p->head = 0;
	}
	if (p->n == p->cap) {
		p->cap = p->cap != 0 ? p->cap * 2 : 64;
		p->q = xreallocarray(p->q, p->cap, sizeof(*p->q));
	}
	node->extra |= NODE_SEEN;
	p->q[p->n].node = node;
	p->q[p->n].depth = depth;
	p->q[p->n].type = type;
	p->n++;
}

/* The pull a SAX callback of CTXT is for; NULL for an entity's parse. */
static struct xml_pull *
pull_of(void *ctx)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xml_pull	*p = ctxt->_private;

	return p != NULL && p->ctxt == ctxt ? p : NULL;
}

/* The node a callback other than an element's added, if new. */
static void
leaf_added(void *ctx)
{
	struct xml_pull	*p = pull_of(ctx);
	xmlParserCtxtPtr ctxt = ctx;
	xmlNodePtr	 n;
	int		 type;

	if (p == NULL || ctxt->inSubset != 0)
		return;
	if (ctxt->node != NULL)
		n = ctxt->node->last;
	else
		n = ctxt->myDoc != NULL ? ctxt->myDoc->last : NULL;
	if (n == NULL || (n->extra & NODE_SEEN) != 0)
		return;
	switch (n->type) {
	case XML_TEXT_NODE:
		type = XML_READER_TYPE_TEXT;
		break;
	case XML_CDATA_SECTION_NODE:
		type = XML_READER_TYPE_CDATA;
		break;
	case XML_ENTITY_REF_NODE:
		type = XML_READER_TYPE_ENTITY_REFERENCE;
		break;
	case XML_PI_NODE:
		type = XML_READER_TYPE_PROCESSING_INSTRUCTION;
		break;
	case XML_COMMENT_NODE:
		type = XML_READER_TYPE_COMMENT;
		break;
	default:
		return;
	}
	emit(p, n, ctxt->nodeNr, type);
}

static void
on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
    int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xml_pull	*p = pull_of(ctx);
	xmlNodePtr	 parent = ctxt->node, n;
	const xmlChar	*cur;

	xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces,
	    namespaces, nb_attributes, nb_defaulted, attributes);
	if (p == NULL || (n = ctxt->node) == NULL || n == parent)
		return;
	/* As xmlTextReader: the parser stands on the "/>" it has not passed. */
	cur = ctxt->input != NULL ? ctxt->input->cur : NULL;
	if (cur != NULL && cur[0] == '/' && cur[1] == '>')
		n->extra |= NODE_EMPTY;
	emit(p, n, ctxt->nodeNr - 1, XML_READER_TYPE_ELEMENT);
}

static void
on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct xml_pull	*p = pull_of(ctx);
	xmlNodePtr	 n = ctxt->node;
	int		 depth = ctxt->nodeNr - 1;

	xmlSAX2EndElementNs(ctx, localname, prefix, uri);
	if (p == NULL || n == NULL || (n->extra & NODE_SEEN) == 0)
		return;
	n->extra |= NODE_CLOSED;
	if ((n->extra & NODE_EMPTY) == 0)
		emit(p, n, depth, XML_READER_TYPE_END_ELEMENT);
}

/* DATA is the parser (or an entity's, which shares its handlers). */
static void
on_error(void *data, XMLERR_CONST xmlError *e)
{
	xmlParserCtxtPtr ctxt = data;
	struct xml_pull	*p = ctxt != NULL ? ctxt->_private : NULL;

	if (p != NULL && p->err_fn != NULL)
		p->err_fn(p->err_arg, e);
}

static void
on_characters(void *ctx, const xmlChar *ch, int len)
{
	xmlSAX2Characters(ctx, ch, len);
	leaf_added(ctx);
}

static void
on_cdata(void *ctx, const xmlChar *value, int len)
{
	xmlSAX2CDataBlock(ctx, value, len);
	leaf_added(ctx);
}

static void
on_reference(void *ctx, const xmlChar *name)
{
	xmlSAX2Reference(ctx, name);
	leaf_added(ctx);
}

static void
on_comment(void *ctx, const xmlChar *value)
{
	xmlSAX2Comment(ctx, value);
	leaf_added(ctx);
}

static void
on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	xmlSAX2ProcessingInstruction(ctx, target, data);
	leaf_added(ctx);
}

struct xml_pull *
xml_pull_new(xmlInputReadCallback read, void *ctx, const char *url,
    int opts)
{
	struct xml_pull	*p;
	xmlSAXHandlerPtr sax;
	int		 got;

	p = xcalloc(1, sizeof(*p));
	p->read = read;
	p->ctx = ctx;
	/*
	 * The first 4 bytes tell the encoding, as xmlTextReader gives them;
	 * the rest is read once the parser is there to say where it is.
	 */
	got = read(ctx, p->buf, 4);
	if (got < 0) {
		p->failed = true;
		got = 0;
	}
	p->ctxt = xmlCreatePushParserCtxt(NULL, NULL, got > 0 ? p->buf : NULL,
	    got, url);
	if (p->ctxt == NULL) {
		free(p);
		return NULL;
	}
	/* As xmlTextReader: short texts kept in their node. */
	xmlCtxtUseOptions(p->ctxt, opts | XML_PARSE_COMPACT);
	/*
	 * As xmlTextReader, which is what libxml2 asks of a parser whose
	 * nodes are freed as it goes: an xml:id is kept in the ID table by
	 * its value, not by its attribute, so a repeated one is caught
	 * however far apart the two are (valid.c, xmlIsStreaming). With no
	 * entity substitution, nothing else changes (parser.c).
	 */
	p->ctxt->parseMode = XML_PARSE_READER;
	p->ctxt->linenumbers = 1;
	p->ctxt->_private = p;
	sax = p->ctxt->sax;
	sax->startElementNs = on_start;
	sax->endElementNs = on_end;
	sax->characters = on_characters;
	sax->ignorableWhitespace = on_characters;
	sax->cdataBlock = on_cdata;
	sax->reference = on_reference;
	sax->comment = on_comment;
	sax->processingInstruction = on_pi;
	sax->serror = on_error;
	return p;
}

void
xml_pull_free(struct xml_pull *p)
{
	if (p == NULL)
		return;
	if (p->ctxt->myDoc != NULL)
		xmlFreeDoc(p->ctxt->myDoc);
	p->ctxt->myDoc = NULL;
	xmlFreeParserCtxt(p->ctxt);
	free(p->q);
	free(p);
}

void
xml_pull_set_errors(struct xml_pull *p, xmlStructuredErrorFunc fn, void *arg)
{
	p->err_fn = fn;
	p->err_arg = arg;
}

/*
 * Where the bytes to parse now end: after the last "]]>" in buf[0..n),
 * or n when it holds none. libxml2 2.9 passes on a CDATA section whose
 * end it has not seen 300 bytes a time, searching for the end again from
 * there after each; a section the parser gets whole is searched once.
 */
static size_t
cdata_cut(const char *buf, size_t n)
{
	const char	*p = buf, *end = buf + n, *cut = NULL;

	/* Forward, by memchr: a ']' is rare in text and in markup. */
	while (end - p >= 3 && (p = memchr(p, ']', (size_t)(end - p - 2)))
	    != NULL) {
		if (p[1] == ']' && p[2] == '>')
			cut = p + 3;
		p++;
	}
	return cut != NULL ? (size_t)(cut - buf) : n;
}

/* Parses the next bytes; -1 if it failed, now or before. */
static int
pump(struct xml_pull *p)
{
	int	 got;
	size_t	 n, cut;

	if (p->failed)
		return -1;
	if (p->eof)
		return 0;
	if ((got = p->read(p->ctx, p->buf + p->carry, PULL_CHUNK)) < 0) {
		/* As xmlTextReader: the parser is not told the end. */
		p->failed = true;
		return -1;
	} else if (got == 0) {
		xmlParseChunk(p->ctxt, p->buf, (int)p->carry, 1);
		p->carry = 0;
		p->eof = true;
	} else {
		/* What follows the cut, fewer than PULL_CHUNK bytes, waits. */
		n = p->carry + (size_t)got;
		cut = cdata_cut(p->buf, n);
		xmlParseChunk(p->ctxt, p->buf, (int)cut, 0);
		memmove(p->buf, p->buf + cut, n - cut);
		p->carry = n - cut;
	}
	if (!p->ctxt->wellFormed)
		p->failed = true;
	return p->failed ? -1 : 0;
}

/* The next event can be handed out: a text's is, once it is whole. */
static bool
ready(const struct xml_pull *p)
{
	const struct event *e;

	if (p->head == p->n)
		return false;
	e = &p->q[p->head];
	/* After a fatal error, nothing more comes. */
	return p->eof || p->failed || p->head + 1 < p->n ||
	    (e->type != XML_READER_TYPE_TEXT &&
	    e->type != XML_READER_TYPE_CDATA);
}

/* The nodes and attributes kept for reuse, at most (about 128 KB). */
#define RECYCLE_MAX	1024

static void	recycle(xmlParserCtxtPtr, xmlNodePtr);

/* Frees a string of a node's unless the parser's dictionary holds it. */
static void
free_str(xmlParserCtxtPtr ctxt, const xmlChar *s)
{
	if (s != NULL && !xmlDictOwns(ctxt->dict, s))
		xmlFree((xmlChar *)s);
}

static void
recycle_attrs(xmlParserCtxtPtr ctxt, xmlNodePtr n)
{
	xmlAttrPtr	 a, next;

	for (a = n->properties; a != NULL; a = next) {
		next = a->next;
		if (a->atype == XML_ATTRIBUTE_ID || ctxt->freeAttrsNr >=
		    RECYCLE_MAX) {
			a->next = NULL;
			a->prev = NULL;
			xmlFreeProp(a);
			continue;
		}
		if (a->children != NULL)
			xmlFreeNodeList(a->children);
		free_str(ctxt, a->name);
		a->next = (xmlAttrPtr)ctxt->freeAttrs;
		ctxt->freeAttrs = a;
		ctxt->freeAttrsNr++;
	}
	n->properties = NULL;
}

/*
 * Frees N and its subtree, as xmlFreeNode would, but keeps the nodes the
 * SAX2 handlers make most (elements, texts, their attributes) on the
 * parser's lists, which the handlers take from before they allocate:
 * a feed is made and freed an entry at a time, so nearly every node of
 * the next entry is one of the last. No node deregistration callback is
 * set (xmlDeregisterNodeDefault), or this would have to call it.
 */
static void
recycle(xmlParserCtxtPtr ctxt, xmlNodePtr n)
{
	xmlNodePtr	 k, next;

	if ((n->type != XML_ELEMENT_NODE && n->type != XML_TEXT_NODE) ||
	    ctxt->freeElemsNr >= RECYCLE_MAX) {
		xmlFreeNode(n);
		return;
	}
	if (n->type == XML_ELEMENT_NODE) {
		for (k = n->children; k != NULL; k = next) {
			next = k->next;
			k->next = k->prev = k->parent = NULL;
			recycle(ctxt, k);
		}
		recycle_attrs(ctxt, n);
		if (n->nsDef != NULL)
			xmlFreeNsList(n->nsDef);
		free_str(ctxt, n->name);
	} else if (n->content != (xmlChar *)&n->properties)
		free_str(ctxt, n->content);	/* else a short text, inside */
	n->next = ctxt->freeElems;
	ctxt->freeElems = n;
	ctxt->freeElemsNr++;
}

static void
drop(struct xml_pull *p, xmlNodePtr n)
{
	xmlUnlinkNode(n);
	recycle(p->ctxt, n);
}

/* Frees the current node if the walk is now past it. */
static void
leave(struct xml_pull *p)
{
	xmlNodePtr	 n = p->cur.node;

	p->have = false;
	switch (p->cur.type) {
	case XML_READER_TYPE_ELEMENT:
		/* An element with children is passed at its end. */
		if ((n->extra & NODE_EMPTY) != 0 && p->cur.depth > 0)
			drop(p, n);
		break;
	case XML_READER_TYPE_END_ELEMENT:
		if (p->cur.depth > 0)
			drop(p, n);
		break;
	default:
		drop(p, n);
		break;
	}
}

/*
 * What was parsed before a fatal error is still handed out (the root, an
 * entry closed before it): the error is the caller's to act on.
 */
int
xml_pull_read(struct xml_pull *p)
{
	/*
	 * The caller may have changed an expanded subtree (entities are
	 * expanded in place): its nodes' events mean nothing now.
	 */
	if (p->have && p->expanded)
		return xml_pull_next(p);
	if (p->have)
		leave(p);
	for (;;) {
		if (ready(p)) {
			p->cur = p->q[p->head++];
			p->have = true;
			p->expanded = false;
			return 1;
		}
		if (p->failed)
			return -1;
		if (p->eof)
			return 0;
		pump(p);
	}
}

xmlNodePtr
xml_pull_expand(struct xml_pull *p)
{
	if (!p->have)
		return NULL;
	if (p->cur.type != XML_READER_TYPE_ELEMENT)
		return p->cur.node;
	for (;;) {
		if ((p->cur.node->extra & NODE_CLOSED) != 0) {
			p->expanded = true;
			return p->cur.node;
		}
		if (p->failed || p->eof)
			return NULL;
		pump(p);
	}
}

int
xml_pull_next(struct xml_pull *p)
{
	xmlNodePtr	 n;

	if (!p->have || p->cur.type != XML_READER_TYPE_ELEMENT ||
	    (p->cur.node->extra & NODE_EMPTY) != 0) {
		p->expanded = false;	/* no subtree to pass */
		return xml_pull_read(p);
	}
	n = p->cur.node;
	if (xml_pull_expand(p) == NULL)
		return -1;
	/* Its subtree's events, never handed out, then its end. */
	while (p->head < p->n && !(p->q[p->head].node == n &&
	    p->q[p->head].type == XML_READER_TYPE_END_ELEMENT))
		p->head++;
	if (p->head < p->n)
		p->head++;
	p->have = p->expanded = false;
	if (p->cur.depth > 0)
		drop(p, n);
	return xml_pull_read(p);
}

int
xml_pull_type(const struct xml_pull *p)
{
	return p->have ? p->cur.type : XML_READER_TYPE_NONE;
}

xmlNodePtr
xml_pull_node(const struct xml_pull *p)
{
	return p->have ? p->cur.node : NULL;
}

int
xml_pull_depth(const struct xml_pull *p)
{
	return p->have ? p->cur.depth : -1;
}

bool
xml_pull_is_empty(const struct xml_pull *p)
{
	return p->have && p->cur.type == XML_READER_TYPE_ELEMENT &&
	    (p->cur.node->extra & NODE_EMPTY) != 0;
}

int
xml_pull_line(const struct xml_pull *p)
{
	return p->ctxt->input != NULL ? p->ctxt->input->line : 0;
}

int
xml_pull_col(const struct xml_pull *p)
{
	return p->ctxt->input != NULL ? p->ctxt->input->col : 0;
}

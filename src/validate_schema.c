/*
 * validate_schema: RELAX NG checks of subtrees. libxml2's streaming RELAX
 * NG keeps the whole document when the grammar interleaves at feed level
 * (notes/measurements.md), so each entry (or item) is copied into a small
 * document of its own and checked against the same grammar with <start>
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
	struct vctx		*cur;		/* while checking */
	xmlNodePtr		 at;		/* node being checked */
	unsigned		 reported;
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
vschema_new(const char *rng, size_t len, const char *start)
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

static void
on_error(void *ctx, XMLERR_CONST xmlError *e)
{
	struct vschema	*s = ctx;
	char		 msg[512];
	size_t		 n;

	if (e == NULL || e->message == NULL || s->cur == NULL ||
	    s->reported >= SCHEMA_MAX_PER_TREE)
		return;
	s->reported++;
	snprintf(msg, sizeof(msg), "%s", e->message);
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	report_add(s->cur->rep, e->line > 0 ? (unsigned long)e->line :
	    (unsigned long)xmlGetLineNo(s->at), 1, SEV_ERROR, "schema",
	    "does not match the RELAX NG schema: %s", msg);
}

void
vschema_check(struct vctx *c, struct vschema *s, xmlNodePtr node)
{
	xmlRelaxNGValidCtxtPtr	 vc;
	xmlDocPtr		 doc;
	xmlNodePtr		 copy;

	if (s == NULL)
		return;
	if (node->doc != NULL && node->parent == (xmlNodePtr)node->doc) {
		doc = node->doc;	/* a whole document: check in place */
		copy = NULL;
	} else {
		doc = xmlNewDoc(BAD_CAST "1.0");
		copy = xmlDocCopyNode(node, doc, 1);
		if (copy == NULL) {
			xmlFreeDoc(doc);
			return;
		}
		xmlDocSetRootElement(doc, copy);
		xmlReconciliateNs(doc, copy);
	}
	s->cur = c;
	s->at = node;
	s->reported = 0;
	vc = xmlRelaxNGNewValidCtxt(s->rng);
	if (vc != NULL) {
		xmlRelaxNGSetValidStructuredErrors(vc, on_error, s);
		xmlRelaxNGValidateDoc(vc, doc);
		xmlRelaxNGFreeValidCtxt(vc);
	}
	s->cur = NULL;
	if (copy != NULL)
		xmlFreeDoc(doc);
}

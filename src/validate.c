/*
 * validate: the driver. Opens the file with a libxml2 reader set up so
 * that nothing can leave the machine or blow up (no network, an entity
 * loader that refuses everything, xml_noload.c's, no DTD loading, no
 * entity substitution, the default expansion limits), finds out which
 * format the root element announces, and hands the stream to the format
 * module. The modules see one child element at a time, expanded, and the
 * walker frees it after.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <pthread.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemastypes.h>

#include "read_ahead.h"
#include "schemas_data.h"
#include "test_hook.h"
#include "validate.h"
#include "validate_int.h"
#include "validate_json.h"
#include "xml_noload.h"

/* What is read before the parser starts, to say what a file is. */
#define SNIFF_BYTES	512

/*
 * A JSON Feed is read an item at a time: of a stranger's file, at most
 * this much of one item (or other member of the feed, or of a root that
 * is no object: the whole file then), and this much memory for what is
 * held at once (under 64 MiB together, as XML).
 */
#define JSON_MAX_FILE	(8u << 20)	/* "8 MiB" in feedwright(1) */
#define JSON_MAX_TREE	(48u << 20)	/* "48 MiB" */

struct validator {
	struct vschema	*atom_entry, *atom_full;
	struct vschema	*rss_item, *rss_full;
	bool		 own_output;	/* validator_trust_own_output */
	size_t		 mem_limit;	/* 0: none */
	size_t		 entries;	/* validator_expect_entries */
};

/*
 * libxml2's entity loader is one for the process: it refuses while any
 * validator lives, whichever order they are freed in, and the loader
 * found before the first is put back after the last.
 */
static pthread_mutex_t	 loader_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t		 nvalidators;
static xmlExternalEntityLoader loader_saved;

/*
 * The schemas are compiled when a file of their format is first met
 * (schemas_for): a build's validator checks one format, often JSON, and
 * most validate runs check one file. Compiling may then happen in a
 * checking thread: libxml2 2.9 sets up the data types RELAX NG refers to
 * on first use, without a lock, so they are set up here, in the thread
 * that makes V, before any checking thread starts (later versions
 * deprecate the calls), and compilations are made one at a time.
 */
struct validator *
validator_new(void)
{
	struct validator *v = xcalloc(1, sizeof(*v));

	xmlInitParser();
#if LIBXML_VERSION < 21200
	xmlSchemaInitTypes();
	xmlRelaxNGInitTypes();
#endif
	pthread_mutex_lock(&loader_lock);
	if (nvalidators++ == 0) {
		loader_saved = xmlGetExternalEntityLoader();
		xmlSetExternalEntityLoader(xml_refuse_loader);
	}
	pthread_mutex_unlock(&loader_lock);
	return v;
}

/* A format's schema for one entry (from START) and whole, if not yet made. */
static int
schema_pair(struct vschema **one, struct vschema **whole, const char *rng,
    size_t len, const char *start, const char *home)
{
	if (*one == NULL)
		*one = vschema_new(rng, len, start, home);
	if (*whole == NULL)
		*whole = vschema_new(rng, len, NULL, home);
	return *one != NULL && *whole != NULL ? 0 : -1;
}

static int
schemas_compile(struct validator *v, xmlNodePtr root)
{
	if (node_is(root, NS_ATOM, "feed") || node_is(root, NS_ATOM, "entry"))
		return schema_pair(&v->atom_entry, &v->atom_full,
		    schema_atom_rng, schema_atom_rng_len, "atomEntry", NS_ATOM);
	if (strcmp(node_name(root), "rss") == 0)
		return schema_pair(&v->rss_item, &v->rss_full, schema_rss_rng,
		    schema_rss_rng_len, "item", NULL);
	return 0;
}

/* One compilation at a time, whichever validator and thread asks. */
static pthread_mutex_t	 schemas_lock = PTHREAD_MUTEX_INITIALIZER;

/* The schemas dispatch gives ROOT's format, compiled if not yet. */
static int
schemas_for(struct validator *v, xmlNodePtr root)
{
	int	 rc;

	pthread_mutex_lock(&schemas_lock);
	rc = schemas_compile(v, root);
	pthread_mutex_unlock(&schemas_lock);
	return rc;
}

void
validator_trust_own_output(struct validator *v)
{
	v->own_output = true;
}

void
validator_expect_entries(struct validator *v, size_t n)
{
	v->entries = n;
}

void
validator_limit_memory(struct validator *v, size_t bytes)
{
	v->mem_limit = vmem_count() ? bytes : 0;
}

void
validator_free(struct validator *v)
{
	if (v == NULL)
		return;
	vschema_free(v->atom_entry);
	vschema_free(v->atom_full);
	vschema_free(v->rss_item);
	vschema_free(v->rss_full);
	pthread_mutex_lock(&loader_lock);
	if (--nvalidators == 0)
		xmlSetExternalEntityLoader(loader_saved);
	pthread_mutex_unlock(&loader_lock);
	free(v);
}

/*
 * libxml2's words for its limits advise XML_PARSE_HUGE, which no user of
 * validate can set: these say which limit the file passed (libxml2 2.9's
 * values, kept by later versions), matched on the start of the message.
 */
static const struct {
	const char	*libxml2;
	const char	*plain;
} limit_words[] = {
	{ "Excessive depth in document",
	    "elements nested deeper than 256 levels" },
	{ "xmlSAX2Characters: huge text node",
	    "a text node longer than 10,000,000 bytes" },
	{ "internal error: Huge input lookup", "a tag, comment or other "
	    "markup longer than 10,000,000 bytes" },
	{ "Comment too big found", "a comment longer than 10,000,000 bytes" },
	{ "PI ", "a processing instruction longer than 10,000,000 bytes" },
	{ "CData section too big found",
	    "a CDATA section longer than 10,000,000 bytes" },
	{ "AttValue length too long",
	    "an attribute value longer than 10,000,000 bytes" },
	{ "Name too long", "a name longer than 50,000 bytes" },
	{ "entity value too long",
	    "an entity value longer than 10,000,000 bytes" },
	{ "xmlParseElementChildrenContentDecl : depth",
	    "a DTD content model nested deeper than 128 levels" },
};

/* The plain words for a limit libxml2 reports, or NULL. */
static const char *
limit_plain(const char *msg)
{
	size_t	 i, n;

	for (i = 0; i < sizeof(limit_words) / sizeof(limit_words[0]); i++) {
		n = strlen(limit_words[i].libxml2);
		if (strncmp(msg, limit_words[i].libxml2, n) != 0)
			continue;
		/* "PI %s too big found", not every PI error. */
		if (strcmp(limit_words[i].libxml2, "PI ") == 0 &&
		    strstr(msg, " too big found") == NULL)
			continue;
		return limit_words[i].plain;
	}
	return NULL;
}

/*
 * An entity E names, declared nowhere validate reads, in an attribute
 * value: libxml2 leaves it out of the value, so the value judged is not
 * the file's, and hangs a stray reference on the parent (entity_stray).
 * One the RSS 0.91 DTD declares is named with the character it stands
 * for; past the strays kept, any other is said where the walk meets it.
 */
/* At the first fatal error only: a file without one is read once. */
static void
ascii_cut_at_error(struct vctx *c)
{
	struct bad_bytes w;

	if (c->bad.ascii_path != NULL && bad_bytes_find(c->bad.ascii_path,
	    "US-ASCII", &w))
		c->bad.cut = w;
	c->bad.ascii_path = NULL;
}

static void
undeclared_in_attr(struct vctx *c, XMLERR_CONST xmlError *e)
{
	xmlParserCtxtPtr ctxt = e->ctxt;
	int		 cp;

	if (ctxt == NULL || e->str1 == NULL ||
	    ctxt->instate != XML_PARSER_ATTRIBUTE_VALUE)
		return;
	cp = rss091_entity(ctxt->myDoc, e->str1);
	if (!entity_stray(c, ctxt->node, e->str1) && cp == 0)
		return;
	if (cp != 0)
		report_add(c->rep, e->line > 0 ? (unsigned long)e->line : 0,
		    e->int2 > 0 ? (unsigned long)e->int2 : 1,
		    RULE_ENTITY_REFERENCE, "the entity \"&%s;\" of the RSS "
		    "0.91 DTD in an attribute value is not expanded there; "
		    "write &#%d; instead", e->str1, cp);
	else
		report_add(c->rep, e->line > 0 ? (unsigned long)e->line : 0,
		    e->int2 > 0 ? (unsigned long)e->int2 : 1,
		    RULE_ENTITY_REFERENCE, "reference to the entity \"&%s;\" "
		    "in an attribute value, which is not expanded; feeds must "
		    "not depend on a DTD", e->str1);
}

/* Parser errors: well-formedness and namespace errors are MUST-level. */
static void
on_xml_error(void *arg, XMLERR_CONST xmlError *e)
{
	struct vctx	*c = arg;
	char		 msg[512];
	const char	*plain;
	size_t		 n;

	/* After bytes its encoding cannot read, the parser sees a cut. */
	if (e == NULL || c->too_large || c->bad.seen)
		return;
	/* There, what the parser says of the cut is the bytes' error. */
	if (e->level == XML_ERR_FATAL)
		ascii_cut_at_error(c);
	if (c->bad.cut.line > 0 && e->level == XML_ERR_FATAL &&
	    (e->line <= 0 || (unsigned long)e->line >= c->bad.cut.line)) {
		c->bad.seen = c->broken = true;
		return;
	}
	/*
	 * Undeclared where a DTD validate does not read may declare it: no
	 * well-formedness error (XML 1.0 4.1, WFC Entity Declared). The walk
	 * says what it meets in text; an attribute value is said here.
	 */
	if (e->code == XML_WAR_UNDECLARED_ENTITY && e->level !=
	    XML_ERR_FATAL) {
		undeclared_in_attr(c, e);
		return;
	}
	if (e->level == XML_ERR_WARNING || e->level == XML_ERR_NONE)
		return;
	/*
	 * The walk goes on over what was parsed before the error, whole, and
	 * stops where the parser stopped (walk_children): what is judged
	 * never depends on how much of the file the parser had in hand.
	 */
	snprintf(msg, sizeof(msg), "%s", e->message != NULL ? e->message :
	    "?");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	/* One problem, one line: libxml2 puts details on a line of their own. */
	for (char *p = msg; (p = strchr(p, '\n')) != NULL; )
		*p = ' ';
	if (strncmp(c->last_xml, msg, sizeof(c->last_xml) - 1) == 0)
		return;
	/* Only the head is kept, to compare the next message with. */
	n = strlen(msg);
	if (n >= sizeof(c->last_xml))
		n = sizeof(c->last_xml) - 1;
	memcpy(c->last_xml, msg, n);
	c->last_xml[n] = '\0';
	if ((plain = limit_plain(msg)) != NULL) {
		report_add(c->rep, e->line > 0 ? (unsigned long)e->line : 0,
		    e->int2 > 0 ? (unsigned long)e->int2 : 1,
		    RULE_TOO_LARGE, "%s, more than validate reads", plain);
		/* What the parser says after this only repeats it. */
		c->broken = c->too_large = true;
		return;
	}
	report_add(c->rep, e->line > 0 ? (unsigned long)e->line : 0,
	    e->int2 > 0 ? (unsigned long)e->int2 : 1,
	    e->domain == XML_FROM_NAMESPACE ? RULE_XML_NAMESPACE :
	    RULE_XML_NOT_WELL_FORMED, "XML: %s", msg);
}

/*
 * Errors libxml2 raises with no parser at hand, to the thread's handler:
 * bytes the declared encoding cannot convert (XML 1.0 4.3.3: a fatal
 * error). libxml2 converts ahead of the parse, so check_input finds the
 * bytes' place itself when it can (report_bad_bytes); the I/O error that
 * follows only repeats them.
 */
static void
on_input_error(void *arg, XMLERR_CONST xmlError *e)
{
	struct vctx	*c = arg;
	const char	*bytes;

	if (e == NULL || (e->domain == XML_FROM_IO &&
	    e->code == XML_IO_ENCODER))
		return;
	if (e->domain != XML_FROM_I18N || e->code != XML_I18N_CONV_FAILED) {
		on_xml_error(c, e);
		return;
	}
	/* libxml2 tries the same bytes again: the first time counts. */
	if (c->bad.seen)
		return;
	c->bad.seen = c->broken = true;
	if (c->pull != NULL) {
		c->bad.line = (unsigned long)xml_pull_line(c->pull);
		c->bad.col = (unsigned long)xml_pull_col(c->pull);
	}
	bytes = e->message != NULL ? strstr(e->message, "bytes ") : NULL;
	snprintf(c->bad.what, sizeof(c->bad.what), "%s", bytes != NULL ?
	    bytes + 6 : "");
	c->bad.what[strcspn(c->bad.what, "\n")] = '\0';
}

/* Reported at the line of the text's first visible character. */
static void
unexpected_text(struct vctx *c, xmlNodePtr parent, xmlNodePtr text)
{
	const char	*s = (const char *)text->content, *p;
	long		 line = xmlGetLineNo(text);
	char		 q[128];

	if (line > 0 && s != NULL) {
		for (p = s; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
		    p++)
			;
		for (; *p != '\0'; p++)
			if (*p == '\n')
				line--;
	}
	if (line <= 0)
		line = xmlGetLineNo(parent);
	report_add(c->rep, line > 0 ? (unsigned long)line : 0, 1,
	    RULE_UNEXPECTED_TEXT, "text directly inside %s, where only "
	    "elements may appear", node_qname(parent, q, sizeof(q)));
}

int
walk_children(struct vctx *c, child_fn fn, descend_fn descend, void *st)
{
	xmlNodePtr	 parent, node;
	const xmlChar	*value;
	int		 depth, rc, type;

	parent = xml_pull_node(c->pull);
	if (xml_pull_is_empty(c->pull))
		return 0;
	depth = xml_pull_depth(c->pull);
	rc = xml_pull_read(c->pull);
	/* After a fatal error the reader's position means nothing. */
	while (rc == 1 && !c->broken && xml_pull_depth(c->pull) > depth) {
		type = xml_pull_type(c->pull);
		node = xml_pull_node(c->pull);
		if (type == XML_READER_TYPE_ELEMENT) {
			/* An element walked into is not expanded whole. */
			if (descend != NULL)
				entity_attrs(c, node);
			if (descend != NULL && descend(c, node, st)) {
				rc = xml_pull_read(c->pull);
				continue;
			}
			if ((node = xml_pull_expand(c->pull)) == NULL) {
				rc = -1;
				break;
			}
			check_markup(c, node);
			if (!c->broken)
				fn(c, node, st);
			rc = xml_pull_next(c->pull);
			continue;
		}
		if (type == XML_READER_TYPE_TEXT ||
		    type == XML_READER_TYPE_CDATA) {
			value = node->content;
			if (value != NULL && !is_blank((const char *)value))
				unexpected_text(c, parent, node);
		} else if (type == XML_READER_TYPE_ENTITY_REFERENCE)
			entity_between(c, parent, node);
		rc = xml_pull_read(c->pull);
	}
	if (rc == -1)
		c->broken = true;	/* where the parser stopped */
	return rc == -1 ? -1 : 0;
}

static const char *
version_of(xmlNodePtr root, struct buf *b)
{
	return attr_get(root, NULL, "version", b) ? b->data : NULL;
}

/* Names the format of ROOT and validates it; the reader is on ROOT. */
static void
dispatch(struct vctx *c, struct validator *v, xmlNodePtr root,
    enum feed_format expect)
{
	struct buf	 b;
	const char	*ver;
	char		 q[128];

	buf_init(&b);
	if (expect == FORMAT_JSON)
		vreport(c, root, RULE_WRONG_FORMAT,
		    "expected a JSON Feed, found XML");
	if (node_is(root, NS_ATOM, "feed") || node_is(root, NS_ATOM, "entry")) {
		c->rep->format = node_is(root, NS_ATOM, "feed") ? "atom-1.0" :
		    "atom-1.0-entry";
		if (expect == FORMAT_RSS)
			vreport(c, root, RULE_WRONG_FORMAT,
			    "expected an RSS 2.0 feed, found Atom 1.0");
		c->entry_schema = v->atom_entry;
		c->full_schema = v->atom_full;
		atom_validate(c, root);
	} else if (strcmp(node_name(root), "rss") == 0) {
		ver = version_of(root, &b);
		/* The version the document declares, whatever it is. */
		if (ver == NULL)
			c->rep->format = "rss";
		else {
			snprintf(c->rep->format_own,
			    sizeof(c->rep->format_own), "rss-%s", ver);
			c->rep->format = c->rep->format_own;
		}
		if (expect == FORMAT_ATOM)
			vreport(c, root, RULE_WRONG_FORMAT,
			    "expected an Atom 1.0 feed, found RSS");
		c->entry_schema = v->rss_item;
		c->full_schema = v->rss_full;
		rss_validate(c, root);
	} else if (node_is(root, NS_ATOM03, "feed")) {
		c->rep->format = "atom-0.3";
		vreport(c, root, RULE_UNSUPPORTED_FORMAT, "Atom 0.3 "
		    "(namespace %s) is recognised but not supported; it was "
		    "replaced by Atom 1.0 (RFC 4287)", NS_ATOM03);
	} else if (node_is(root, NS_RDF, "RDF")) {
		if (expect == FORMAT_ATOM || expect == FORMAT_RSS)
			vreport(c, root, RULE_WRONG_FORMAT, "expected %s, "
			    "found RSS 1.0", expect == FORMAT_ATOM ?
			    "an Atom 1.0 feed" : "an RSS 2.0 feed");
		rdf_validate(c, root);
	} else if (strcmp(node_name(root), "feed") == 0) {
		vreport(c, root, RULE_UNKNOWN_FORMAT, "root element "
		    "feed is not in the Atom namespace %s", NS_ATOM);
	} else {
		vreport(c, root, RULE_UNKNOWN_FORMAT, "root element "
		    "%s is neither Atom 1.0 (feed) nor RSS (rss): not a feed "
		    "this validator knows", node_qname(root, q, sizeof(q)));
	}
	/* The feed minus its entries, against the whole grammar. */
	if (c->header != NULL && c->rep->errors == 0 && !c->broken &&
	    c->header_over)
		vreport(c, xmlDocGetRootElement(c->header), RULE_TOO_LARGE,
		    "the feed has more than %s elements besides its entries "
		    "or items, more than validate checks against the schema",
		    SCHEMA_MAX_KIDS_TEXT);
	else if (c->header != NULL && c->rep->errors == 0 && !c->broken)
		vschema_check(c, c->full_schema,
		    xmlDocGetRootElement(c->header));
	buf_free(&b);
}

/*
 * The DOCTYPE of RSS 0.91, whose DTD is for rss version "0.91" only (it
 * says so of the version attribute), at the address Netscape gave it:
 * Netscape stopped serving it in July 2007, so a reader that fetches the
 * DTD fails. The RSS Advisory Board serves it at RSS091_RSSBOARD.
 */
static void
check_rss091_doctype(struct vctx *c, xmlNodePtr root, xmlDtdPtr dtd)
{
	static const char netscape[] = RSS091_NETSCAPE;
	struct buf	 b;
	const char	*ver;

	if (dtd->SystemID != NULL &&
	    strcmp((const char *)dtd->SystemID, netscape) == 0)
		vreport(c, root, RULE_RSS_DTD_WITHDRAWN, "the DOCTYPE names "
		    "Netscape's RSS 0.91 DTD, %s, which Netscape stopped "
		    "serving in 2007: name http://www.rssboard.org/"
		    "rss-0.91.dtd, or leave the DOCTYPE out", netscape);
	if (dtd->ExternalID == NULL || strcmp((const char *)dtd->ExternalID,
	    "-//Netscape Communications//DTD RSS 0.91//EN") != 0 ||
	    strcmp(node_name(root), "rss") != 0)
		return;
	buf_init(&b);
	ver = version_of(root, &b);
	if (ver == NULL || strcmp(ver, "0.91") != 0)
		vreport(c, root, RULE_RSS_DTD_VERSION, "the DOCTYPE declares "
		    "RSS 0.91, whose DTD is for version 0.91 only, but rss "
		    "has %s%s%s", ver != NULL ? "version \"" : "no version",
		    ver != NULL ? ver : "", ver != NULL ? "\"" : "");
	buf_free(&b);
}

/*
 * External entities are never loaded; a DTD declaring one is reported, so
 * the reader of the message knows why the text of a reference to it is
 * missing. Declaring one is no fault (XML 1.0 4.4.3 lets a processor
 * leave it out); a reference is, as every reference (entity-reference).
 */
static void
check_dtd(struct vctx *c, xmlNodePtr root)
{
	/* The document: root->doc, as the walk frees what it passes. */
	xmlDocPtr	 doc = root->doc;
	xmlNodePtr	 k;
	xmlEntityPtr	 ent;

	if (doc == NULL || doc->intSubset == NULL)
		return;
	check_rss091_doctype(c, root, doc->intSubset);
	for (k = doc->intSubset->children; k != NULL; k = k->next) {
		if (k->type != XML_ENTITY_DECL)
			continue;
		ent = (xmlEntityPtr)k;
		if (ent->etype == XML_EXTERNAL_GENERAL_PARSED_ENTITY ||
		    ent->etype == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY ||
		    ent->etype == XML_EXTERNAL_PARAMETER_ENTITY)
			vreport(c, root, RULE_EXTERNAL_ENTITY, "the "
			    "DTD declares the external entity \"%s\" (%s), "
			    "which is never loaded", ent->name,
			    ent->SystemID != NULL ?
			    (const char *)ent->SystemID : "no system id");
	}
}

/*
 * Stops the document at the parser's position: holding more of it would
 * pass the memory limit (LIMIT bytes), or (LIMIT 0) the input passes a
 * limit of the scanner's, MSG (a start tag's attributes, the internal
 * subset's declarations).
 */
static void
too_large(struct vctx *c, size_t limit, const char *msg)
{
	int	 line = 0, col = 0;

	if (c->too_large)
		return;
	c->too_large = true;
	c->broken = true;
	if (c->pull != NULL) {
		line = xml_pull_line(c->pull);
		col = xml_pull_col(c->pull);
	}
	if (limit == 0)
		report_add(c->rep, line > 0 ? (unsigned long)line : 0,
		    col > 0 ? (unsigned long)col : 1, RULE_TOO_LARGE,
		    "%s", msg);
	else
		report_add(c->rep, line > 0 ? (unsigned long)line : 0,
		    col > 0 ? (unsigned long)col : 1, RULE_TOO_LARGE,
		    TOO_LARGE_MEM_FMT, limit >> 20);
}

/*
 * The reader's input: counts bytes and keeps the read error, if any. It
 * is also where the memory limit is enforced: the parser asks for more
 * input every few kilobytes, whatever it is building, so refusing it
 * there stops any shape of document between two reads.
 */
struct input {
	struct read_ahead ra;		/* the file, when raw is NULL */
	validator_read_fn raw;		/* instead of ra, when not NULL */
	void		*raw_ctx;
	int		 err;		/* errno of a failed read */
	unsigned long	 bytes;
	struct vctx	*c;
	size_t		 mem_limit;	/* 0: none */
	long long	 mem_base;	/* vmem_live() before the reader */
	unsigned char	 head[SNIFF_BYTES + 1];	/* read first, for sniffing */
	size_t		 head_len, head_off;
	unsigned char	*more;		/* read past a head of white space */
	size_t		 more_len, more_off;
	bool		 head_whole;	/* the file ends within head and more */
	struct markup_scan scan;	/* attributes per start tag */
	bool		 scanned;	/* scan counts: not build's own output */
};

static ssize_t
input_raw_read(struct input *in, void *buf, size_t len)
{
	ssize_t		 n;

	if (in->raw != NULL)
		n = in->raw(in->raw_ctx, buf, len);
	else
		n = read_ahead_read(&in->ra, buf, len);
	if (n == -1)
		in->err = errno;
	else
		in->bytes += (unsigned long)n;
	return n;
}

/* Closes what open_input opened (never standard input). */
static void
input_done(struct input *in)
{
	if (in->ra.fd >= 0 && in->ra.fd != STDIN_FILENO)
		close(in->ra.fd);
	in->ra.fd = -1;
	read_ahead_free(&in->ra);
	scan_free(&in->scan);
	free(in->more);
	in->more = NULL;
	in->more_len = in->more_off = 0;
}

/* Reads the first bytes, which the reader is then given first. */
static void
fill_head(struct input *in)
{
	ssize_t		 n;

	while (in->head_len < SNIFF_BYTES) {
		n = input_raw_read(in, in->head + in->head_len,
		    SNIFF_BYTES - in->head_len);
		if (n <= 0) {
			in->head_whole = n == 0;
			break;
		}
		in->head_len += (size_t)n;
	}
	in->head[in->head_len] = '\0';
}

/*
 * A head of white space alone does not say what the file is: RFC 8259 2
 * allows any amount before a JSON value, and XML before the root element.
 * The file is read on, into in->more, to its first other byte; at most
 * JSON_MAX_FILE bytes, as no larger JSON is read anyway. The reader is
 * given them after the head; they are freed once it has read them.
 */
static void
read_past_space(struct input *in)
{
	size_t	 skip, cap = 0, old;
	ssize_t	 n;

	skip = in->head_len >= 3 && memcmp(in->head, "\xef\xbb\xbf", 3) == 0 ?
	    3 : 0;
	if (in->head_whole || in->err != 0 || skip +
	    sniff_json_space(in->head + skip, in->head_len - skip) <
	    in->head_len)
		return;
	for (;;) {
		if (in->more_len == cap) {
			if (cap >= JSON_MAX_FILE)
				return;
			cap = cap != 0 ? cap * 2 : 65536;
			in->more = xrealloc(in->more, cap);
		}
		n = input_raw_read(in, in->more + in->more_len,
		    cap - in->more_len);
		if (n <= 0) {
			in->head_whole = n == 0;
			return;
		}
		old = in->more_len;
		in->more_len += (size_t)n;
		if (sniff_json_space(in->more + old, (size_t)n) < (size_t)n)
			return;
	}
}

/* The file starts a JSON value, after any white space (sniff_json). */
static bool
input_is_json(const struct input *in)
{
	size_t	 i;

	if (in->more_len == 0)
		return sniff_json(in->head, in->head_len);
	i = sniff_json_space(in->more, in->more_len);
	return sniff_json_value(in->more + i, in->more_len - i);
}

static int
input_read(void *arg, char *buf, int len)
{
	struct input	*in = arg;
	ssize_t		 n;
	size_t		 got;

	if (vmem_past(in->mem_base, in->mem_limit)) {
		too_large(in->c, in->mem_limit, NULL);
		return -1;
	}
	/* As read(2) would have: the parser's chunks, and so its columns. */
	got = 0;
	if (in->head_off < in->head_len) {
		got = in->head_len - in->head_off;
		if (got > (size_t)len)
			got = (size_t)len;
		memcpy(buf, in->head + in->head_off, got);
		in->head_off += got;
	}
	if (got < (size_t)len && in->more_off < in->more_len) {
		n = (ssize_t)(in->more_len - in->more_off);
		if ((size_t)n > (size_t)len - got)
			n = (ssize_t)((size_t)len - got);
		memcpy(buf + got, in->more + in->more_off, (size_t)n);
		in->more_off += (size_t)n;
		got += (size_t)n;
		if (in->more_off == in->more_len) {
			free(in->more);
			in->more = NULL;
		}
	}
	if (got < (size_t)len && !in->head_whole) {
		n = input_raw_read(in, buf + got, (size_t)len - got);
		if (n == -1 && got == 0)
			return -1;
		if (n > 0)
			got += (size_t)n;
	}
	if (in->scanned &&
	    !scan_bytes(&in->scan, (const unsigned char *)buf, got)) {
		too_large(in->c, 0, in->scan.over);
		return -1;
	}
	return (int)got;
}

static int
open_input(const char *path, struct report *rep, struct input *in)
{
	int		 fd;

	if (in->raw != NULL)
		fd = -1;
	else if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY)) == -1) {
		report_add(rep, 0, 0, RULE_UNREADABLE,
		    "cannot open: %s", strerror(errno));
		return -1;
	}
	read_ahead_init(&in->ra, fd);
	fill_head(in);
	scan_init_head(&in->scan, (const char *)in->head, in->head_len,
	    in->scanned);
	return 0;
}

static struct xml_pull *
open_reader(const char *path, struct report *rep, struct input *in,
    bool own_output)
{
	/* No NOENT, DTDLOAD, DTDATTR, DTDVALID or HUGE: see the top. */
	int		 opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOWARNING;
	struct xml_pull	*r;

	/* Only for build's own output: see validator_trust_own_output. */
	if (own_output)
		opts |= XML_PARSE_HUGE;

	r = xml_pull_new(input_read, in, strcmp(path, "-") == 0 ? "stdin" :
	    path, opts);
	if (r == NULL)
		report_add(rep, 0, 0, RULE_UNREADABLE,
		    "cannot start the XML reader");
	return r;
}

/*
 * A JSON file as jsonparse reads it: the head and the white space read
 * past it first, then the rest of the file.
 */
static ssize_t
json_input(void *arg, void *buf, size_t len)
{
	struct input	*in = arg;
	size_t		 got = 0, n;
	ssize_t		 r;

	if (in->head_off < in->head_len) {
		got = in->head_len - in->head_off;
		if (got > len)
			got = len;
		memcpy(buf, in->head + in->head_off, got);
		in->head_off += got;
	}
	if (got < len && in->more_off < in->more_len) {
		n = in->more_len - in->more_off;
		if (n > len - got)
			n = len - got;
		memcpy((char *)buf + got, in->more + in->more_off, n);
		in->more_off += n;
		got += n;
		if (in->more_off == in->more_len) {
			free(in->more);
			in->more = NULL;
			in->more_len = in->more_off = 0;
		}
	}
	if (got < len && !in->head_whole) {
		if ((r = input_raw_read(in, (char *)buf + got, len - got)) == -1)
			return got > 0 ? (ssize_t)got : -1;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/*
 * The check of a JSON file, read as a stream, an item at a time. A
 * stranger's file may have items (or other members of the feed) of
 * JSON_MAX_FILE bytes, and JSON_MAX_TREE bytes of memory for what is held
 * at once; build's own output has no limit (its records were read within
 * theirs), and its memory grows with its largest item only.
 */
static int
check_json(struct validator *v, struct input *in, enum feed_format expect,
    struct report *rep)
{
	int	 status;

	status = json_feed_validate(json_input, in, v->own_output ? 0 :
	    JSON_MAX_FILE, v->own_output ? 0 : JSON_MAX_TREE, expect, rep);
	input_done(in);
	return status;
}

/*
 * The report of on_input_error's bytes: where they are, read again from
 * the file PATH in the encoding its declaration names; else where the
 * parser was (standard input, build's output, a UTF-16 file).
 */
static void
report_bad_bytes(struct vctx *c, const char *path, const struct input *in)
{
	struct bad_bytes w;
	char		 enc[64], hex[32];
	size_t		 i, k = 0;
	bool		 found = false;

	if (in->raw == NULL && strcmp(path, "-") != 0 &&
	    sniff_declared_encoding((const char *)in->head, enc,
	    sizeof(enc))) {
		/* The search of a file declared ASCII found them: once. */
		if (c->bad.cut.line > 0) {
			w = c->bad.cut;
			found = true;
		} else
			found = bad_bytes_find(path, enc, &w);
	}
	if (found) {
		for (i = 0; i < w.n; i++)
			k += (size_t)snprintf(hex + k, sizeof(hex) - k, "%s0x%02X",
			    i > 0 ? " " : "", w.bytes[i]);
		report_add(c->rep, w.line, w.col, RULE_XML_NOT_WELL_FORMED,
		    "XML: bytes that are not valid %s, the encoding the file "
		    "declares: %s", enc, hex);
		return;
	}
	report_add(c->rep, c->bad.line, c->bad.col > 0 ? c->bad.col : 1,
	    RULE_XML_NOT_WELL_FORMED, "XML: bytes that are not valid in the "
	    "file's encoding, from about here%s%s", c->bad.what[0] != '\0' ?
	    ": " : "", c->bad.what);
}

/*
 * libxml2 reads ASCII with a converter of its own, which stops at a byte
 * past 0x7F without a word: the parser then sees the document cut there
 * ("Extra content at the end of the document"). So a file declared ASCII
 * is searched for such bytes at the first fatal error (ascii_cut_at_error),
 * and the error at or after their line is theirs (report_bad_bytes).
 */
static void
find_ascii_cut(struct vctx *c, const char *path, const struct input *in)
{
	char		 enc[64];

	if (in->raw == NULL && strcmp(path, "-") != 0 &&
	    sniff_declared_encoding((const char *)in->head, enc,
	    sizeof(enc)) && (strcasecmp(enc, "US-ASCII") == 0 ||
	    strcasecmp(enc, "ASCII") == 0))
		c->bad.ascii_path = path;
}

/* The check itself, from IN (its source set, the rest zero); PATH names it. */
static int
check_input(struct validator *v, const char *path, struct input *in_,
    enum feed_format expect, struct report *rep)
{
	struct vctx	 c;
	struct input	 in = *in_;
	xmlNodePtr	 root = NULL;
	long long	 mem;
	int		 rc, type, status = 0;

	memset(&c, 0, sizeof(c));
	c.rep = rep;
	c.own_output = v->own_output;
	c.where = &in.scan.where;
	ids_in_limit(&c.ids);
	c.ids.expect = v->entries;
	c.input_bytes = &in.bytes;
	/* A stranger's file may hide a million attributes; ours never does. */
	in.scanned = !v->own_output;
	if (open_input(path, rep, &in) == -1)
		return -1;
	if (expect != FORMAT_XML)
		read_past_space(&in);
	if (in.err == 0 && expect != FORMAT_XML && input_is_json(&in))
		return check_json(v, &in, expect, rep);
	if (in.err == 0 && sniff_not_xml(in.head, in.head_len,
	    in.head_whole, expect != FORMAT_XML, rep)) {
		input_done(&in);
		return 0;
	}
	if (in.err == 0)
		sniff_not_utf8(in.head, in.head_len, c.encoding,
		    sizeof(c.encoding));
	in.c = &c;
	where_start(&in.scan.where);
	if (in.err != 0 || (c.pull = open_reader(path, rep, &in,
	    v->own_output)) == NULL) {
		if (in.err != 0)
			report_add(rep, 0, 0, RULE_UNREADABLE,
			    "cannot read: %s", strerror(in.err));
		input_done(&in);
		return -1;
	}
	in.mem_limit = v->mem_limit;
	in.mem_base = vmem_live();
	find_ascii_cut(&c, path, &in);
	xml_pull_set_errors(c.pull, on_xml_error, &c);
	xmlSetStructuredErrorFunc(&c, on_input_error);
	while ((rc = xml_pull_read(c.pull)) == 1) {
		type = xml_pull_type(c.pull);
		if (type == XML_READER_TYPE_ELEMENT) {
			root = xml_pull_node(c.pull);
			break;
		}
	}
	if (rc == -1)
		c.broken = true;	/* before the root: the error said it */
	if (root != NULL && dtd_defaults_most(root->doc) > DTD_DEFAULTS_MAX) {
		vreport(&c, root, RULE_TOO_LARGE, "the DOCTYPE gives one "
		    "element more than 32 attribute defaults, more than "
		    "validate reads");
		c.broken = c.too_large = true;
	} else if (root != NULL) {
		check_dtd(&c, root);
		entity_attrs(&c, root);
		/* The schemas' memory is the validator's, not the file's. */
		mem = vmem_live();
		/* Their elements are no start tags of the file. */
		where_pause(&in.scan.where, true);
		rc = expect != FORMAT_XML ? schemas_for(v, root) : 0;
		where_pause(&in.scan.where, false);
		if (rc == -1) {
			msg_error(NULL, 0,
			    "the built-in schemas do not compile");
			report_add(rep, 0, 0, RULE_UNREADABLE,
			    "cannot start the schema check");
			status = -1;
		} else if (expect != FORMAT_XML) {
			in.mem_base += vmem_live() - mem;
			dispatch(&c, v, root, expect);
		}
		/* Drain the rest, so trailing garbage is reported. */
		while (xml_pull_read(c.pull) == 1)
			;
	} else if (!c.broken)
		report_add(rep, 1, 1, RULE_XML_NOT_WELL_FORMED,
		    "no root element: the file is not XML");
	if (c.bad.seen)
		report_bad_bytes(&c, path, &in);
	if (c.header != NULL)
		xmlFreeDoc(c.header);
	idkeys_free(&c.ids);
	entity_strays_free(&c);
	entity_decls_free(&c);
	xml_pull_free(c.pull);
	xmlSetStructuredErrorFunc(NULL, NULL);
	input_done(&in);
	if (in.err != 0) {
		report_add(rep, 0, 0, RULE_UNREADABLE,
		    "cannot read: %s", strerror(in.err));
		status = -1;
	}
	return status;
}

int
validator_check(struct validator *v, const char *path,
    enum feed_format expect, struct report *rep)
{
	struct input	 in;

	/*
	 * validator_new set it while V lives; written again only if a caller
	 * put another back, so that two checking threads only read it.
	 */
	pthread_mutex_lock(&loader_lock);
	if (xmlGetExternalEntityLoader() != xml_refuse_loader)
		xmlSetExternalEntityLoader(xml_refuse_loader);
	pthread_mutex_unlock(&loader_lock);
	(void)test_hook("validate-file", path);
	memset(&in, 0, sizeof(in));
	return check_input(v, path, &in, expect, rep);
}

/*
 * The loader is not set here: it is process-wide, and validator_new set
 * it in the thread that made V, before any checking thread started.
 */
int
validator_check_stream(struct validator *v, validator_read_fn fn, void *ctx,
    const char *name, enum feed_format expect, struct report *rep)
{
	struct input	 in;

	memset(&in, 0, sizeof(in));
	in.raw = fn;
	in.raw_ctx = ctx;
	return check_input(v, name, &in, expect, rep);
}

/*
 * feed_keys: the keys of a feed's entries, read as validate.c reads a
 * feed (xml_pull.c; no network, no DTD, no entity substitution, the
 * default limits, xml_noload.c's loader): each entry or item is expanded
 * alone, its keys copied, and freed as the walk moves on.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "civil.h"
#include "date.h"
#include "feed_keys.h"
#include "uri.h"
#include "util.h"
#include "validate.h"
#include "validate_int.h"
#include "xml_noload.h"
#include "xml_pull.h"

#define NS_ATOM		"http://www.w3.org/2005/Atom"
#define NS_FH		"http://purl.org/syndication/history/1.0"
#define NS_AT		"http://purl.org/atompub/tombstones/1.0"

/* libxml2 2.12 made the structured error handler's argument const. */
#if LIBXML_VERSION >= 21200
#define XMLERR_CONST const
#else
#define XMLERR_CONST
#endif

/* The first fatal error is why the file cannot be read. */
static void
on_error(void *arg, XMLERR_CONST xmlError *e)
{
	struct feed_keys *k = arg;
	size_t		 n;

	if (e == NULL || e->level != XML_ERR_FATAL || k->err[0] != '\0')
		return;
	snprintf(k->err, sizeof(k->err), "not well-formed XML: %s",
	    e->message != NULL ? e->message : "?");
	n = strlen(k->err);
	while (n > 0 && (k->err[n - 1] == '\n' || k->err[n - 1] == ' '))
		k->err[--n] = '\0';
	k->err_line = e->line > 0 ? (unsigned long)e->line : 0;
}

static bool
is(xmlNodePtr n, const char *ns, const char *name)
{
	if (n == NULL || n->type != XML_ELEMENT_NODE ||
	    strcmp((const char *)n->name, name) != 0)
		return false;
	if (ns == NULL)
		return n->ns == NULL;
	return n->ns != NULL && strcmp((const char *)n->ns->href, ns) == 0;
}

static unsigned long
line_of(xmlNodePtr n)
{
	long	 l = xmlGetLineNo(n);

	return l > 0 ? (unsigned long)l : 0;
}

void
feed_keys_collapse(char *s)
{
	char	*p, *q;
	bool	 space = false;

	for (p = q = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = q != s;
			continue;
		}
		if (space)
			*q++ = ' ';
		space = false;
		*q++ = *p;
	}
	*q = '\0';
}

/* N's text, white space collapsed (feed_keys_collapse); NULL if empty. */
static char *
text_of(xmlNodePtr n)
{
	xmlChar		*s = xmlNodeGetContent(n);
	char		*out;

	if (s == NULL)
		return NULL;
	out = xstrdup((const char *)s);
	xmlFree(s);
	feed_keys_collapse(out);
	if (*out == '\0') {
		free(out);
		return NULL;
	}
	return out;
}

static char *
attr_of(xmlNodePtr n, const char *name)
{
	xmlChar	*s = xmlGetNoNsProp(n, BAD_CAST name);
	char	*out;

	if (s == NULL)
		return NULL;
	out = xstrdup((const char *)s);
	xmlFree(s);
	return out;
}

/* A date in seconds since the epoch; false if it does not parse. */
static bool
date_of(const char *s, bool rfc822, int64_t *t)
{
	struct date_value dv;
	enum date_status st;

	if (s == NULL)
		return false;
	st = rfc822 ? dateparse_rfc822(s, strlen(s), &dv) :
	    dateparse_rfc3339(s, strlen(s), &dv);
	if (st != DATE_OK)
		return false;
	*t = civil_to_seconds(&dv.c) - (int64_t)dv.offset_min * 60;
	return true;
}

/*
 * N's href resolved against the xml:base values in its scope (RFC 4287
 * 2), on N and the elements around it: "2.xml" under xml:base
 * "https://example.org/feeds/archive/" is that folder's 2.xml. Relative
 * still when no base is absolute: the reader resolves it against the
 * document's own URL. NULL if N has no href.
 */
static char *
href_of(xmlNodePtr n)
{
	xmlChar		*href = xmlGetNoNsProp(n, BAD_CAST "href"), *b;
	char		**bases = NULL;
	size_t		 nb = 0, i;
	struct buf	 out;

	if (href == NULL)
		return NULL;
	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
		if ((b = xmlGetNsProp(n, BAD_CAST "base",
		    XML_XML_NAMESPACE)) != NULL) {
			bases = xreallocarray(bases, nb + 1, sizeof(*bases));
			bases[nb++] = xstrdup((const char *)b);
			xmlFree(b);
		}
	buf_init_empty(&out);
	uri_resolve_bases(&out, (const char *)href,
	    (const char *const *)bases, nb);
	for (i = 0; i < nb; i++)
		free(bases[i]);
	free(bases);
	xmlFree(href);
	return buf_steal(&out);
}

/* An atom:link of the feed's head, its href resolved (href_of). */
static void
head_link(struct feed_keys *k, xmlNodePtr n)
{
	char		*rel = attr_of(n, "rel"), **to = NULL;
	const char	*name;
	unsigned long	*line = NULL;

	if (rel == NULL)
		return;
	/* Written as a name or as its IANA IRI (RFC 4287 4.2.7.2). */
	name = uri_link_rel_name(rel);
	if (strcmp(name, "self") == 0) {
		to = &k->self;
		line = &k->self_line;
	} else if (strcmp(name, "prev-archive") == 0) {
		to = &k->prev_archive;
		line = &k->prev_line;
	} else if (strcmp(name, "next-archive") == 0) {
		to = &k->next_archive;
		line = &k->next_line;
	} else if (strcmp(name, "current") == 0) {
		to = &k->current;
		line = &k->current_line;
	}
	free(rel);
	/* The first of each counts, as readers take it. */
	if (to == NULL || *to != NULL)
		return;
	*to = href_of(n);
	*line = line_of(n);
}

static struct entry_keys *
new_entry(struct feed_keys *k, xmlNodePtr n)
{
	struct entry_keys *e;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 64;
		k->e = xreallocarray(k->e, k->cap, sizeof(*k->e));
	}
	e = &k->e[k->n++];
	memset(e, 0, sizeof(*e));
	e->permalink = -1;
	e->line = line_of(n);
	return e;
}

static void
atom_entry(struct feed_keys *k, xmlNodePtr n)
{
	struct entry_keys *e = new_entry(k, n);
	xmlNodePtr	 c;
	char		*rel, *published = NULL;

	for (c = n->children; c != NULL; c = c->next) {
		if (is(c, NS_ATOM, "id") && e->id == NULL) {
			e->id = text_of(c);
			e->id_line = line_of(c);
		} else if (k->ids_only)
			continue;
		else if (is(c, NS_ATOM, "title") && e->title == NULL)
			e->title = text_of(c);
		else if (is(c, NS_ATOM, "updated") && e->updated == NULL) {
			e->updated = text_of(c);
			e->updated_line = line_of(c);
		} else if (is(c, NS_ATOM, "published") && published == NULL)
			published = text_of(c);
		else if (is(c, NS_ATOM, "link") && e->link == NULL) {
			rel = attr_of(c, "rel");
			if (rel == NULL ||
			    strcmp(uri_link_rel_name(rel), "alternate") == 0)
				e->link = attr_of(c, "href");
			free(rel);
		}
	}
	if (e->id_line == 0)
		e->id_line = e->line;
	e->has_updated = date_of(e->updated, false, &e->updated_t);
	if (published != NULL) {
		e->when = published;
		e->has_when = date_of(published, false, &e->when_t);
	} else if (e->updated != NULL) {
		/* Shared, not copied: feed_keys_free frees it once. */
		e->when = e->updated;
		e->has_when = e->has_updated;
		e->when_t = e->updated_t;
	}
}

static void
rss_item(struct feed_keys *k, xmlNodePtr n)
{
	struct entry_keys *e = new_entry(k, n);
	xmlNodePtr	 c;
	char		*p;

	for (c = n->children; c != NULL; c = c->next) {
		if (is(c, NULL, "guid") && e->id == NULL) {
			e->id = text_of(c);
			e->id_line = line_of(c);
			p = attr_of(c, "isPermaLink");
			/* RSS 2.0: anything but "false" is the default, true. */
			e->permalink = p == NULL || strcmp(p, "false") != 0;
			free(p);
		} else if (k->ids_only)
			continue;
		else if (is(c, NULL, "title") && e->title == NULL)
			e->title = text_of(c);
		else if (is(c, NULL, "link") && e->link == NULL)
			e->link = text_of(c);
		else if (is(c, NULL, "pubDate") && e->when == NULL) {
			e->when = text_of(c);
			e->has_when = date_of(e->when, true, &e->when_t);
		}
	}
	if (e->id_line == 0)
		e->id_line = e->line;
}

/* An at:deleted-entry of an Atom feed: the id it deletes, and when. */
static void
tombstone(struct feed_keys *k, xmlNodePtr n)
{
	struct tombstone_keys *t;

	if (k->ntomb == k->captomb) {
		k->captomb = k->captomb ? k->captomb * 2 : 16;
		k->tomb = xreallocarray(k->tomb, k->captomb, sizeof(*k->tomb));
	}
	t = &k->tomb[k->ntomb++];
	memset(t, 0, sizeof(*t));
	t->ref = attr_of(n, "ref");
	t->when = attr_of(n, "when");
	t->has_when = date_of(t->when, false, &t->when_t);
	t->line = line_of(n);
}

/* A child of the feed's head (atom:feed, or RSS channel). */
static void
head_child(struct feed_keys *k, xmlNodePtr n)
{
	if (is(n, NS_FH, "archive"))
		k->archive = true;
	else if (is(n, NS_FH, "complete"))
		k->complete = true;
	else if (is(n, NS_ATOM, "link"))
		head_link(k, n);
	else if (k->atom && is(n, NS_ATOM, "id") && k->id == NULL) {
		k->id = text_of(n);
		k->id_line = line_of(n);
	} else if (k->atom && is(n, NS_ATOM, "entry"))
		atom_entry(k, n);
	else if (k->atom && is(n, NS_AT, "deleted-entry"))
		tombstone(k, n);
	else if (!k->atom && is(n, NULL, "item"))
		rss_item(k, n);
}

/*
 * The children of the element the reader is on, each expanded alone;
 * the RSS channel is walked into rather than expanded whole.
 */
static int
walk(struct feed_keys *k, struct xml_pull *r)
{
	xmlNodePtr	 n;
	int		 depth, rc;

	if (xml_pull_is_empty(r))
		return 0;
	depth = xml_pull_depth(r);
	rc = xml_pull_read(r);
	while (rc == 1 && xml_pull_depth(r) > depth) {
		if (xml_pull_type(r) != XML_READER_TYPE_ELEMENT) {
			rc = xml_pull_read(r);
			continue;
		}
		n = xml_pull_node(r);
		if (!k->atom && is(n, NULL, "channel")) {
			if (walk(k, r) == -1)
				return -1;
			rc = xml_pull_read(r);
			continue;
		}
		if ((n = xml_pull_expand(r)) == NULL)
			return -1;
		head_child(k, n);
		rc = xml_pull_next(r);
	}
	return rc == -1 ? -1 : 0;
}

static int	 keys_read_fd(int, const char *, struct feed_keys *, bool,
		    bool);

static int
read_path(const char *path, struct feed_keys *k, bool bounded)
{
	int	 fd, status;

	memset(k, 0, sizeof(*k));
	if (strcmp(path, "-") == 0)
		return keys_read_fd(STDIN_FILENO, "stdin", k, bounded, false);
	if ((fd = open(path, O_RDONLY)) == -1) {
		k->open_errno = errno;
		snprintf(k->err, sizeof(k->err), "cannot open: %s",
		    strerror(errno));
		return -1;
	}
	status = keys_read_fd(fd, path, k, bounded, false);
	close(fd);
	return status;
}

int
feed_keys_read(const char *path, struct feed_keys *k)
{
	return read_path(path, k, false);
}

int
feed_keys_read_bounded(const char *path, struct feed_keys *k)
{
	return read_path(path, k, true);
}

/*
 * The reader's input: the file, whose first character past a byte order
 * mark and white space is noted, so that a JSON Feed is named as such
 * and not as XML that is "empty" (see sniff_json, validate_sniff.c).
 */
struct input {
	int	 fd;
	size_t	 seen;		/* bytes read so far */
	int	 first;		/* that character; -1 while there is none */
	/*
	 * A stranger's file is held to validate's limits (validate.c's
	 * input_read): the attributes of each start tag counted in the
	 * bytes, before libxml2 builds them, and libxml2's memory checked
	 * each time the parser asks for more input.
	 */
	bool	 bounded;
	bool	 scanning;	/* scan set up, from the first bytes */
	struct markup_scan scan;
	size_t	 mem_limit;	/* 0: none (not counted here) */
	long long mem_base;	/* vmem_live() before the reader */
	struct feed_keys *k;
	struct xml_pull	*r;
};

/* Stops the read: K->err says why, as validate's too_large() does. */
static int
input_too_large(struct input *in, size_t limit)
{
	int	 line = 0, col = 0;

	if (in->r != NULL) {
		line = xml_pull_line(in->r);
		col = xml_pull_col(in->r);
	}
	in->k->too_large = true;
	in->k->err_line = line > 0 ? (unsigned long)line : 0;
	in->k->err_col = col > 0 ? (unsigned long)col : 1;
	if (limit == 0)
		snprintf(in->k->err, sizeof(in->k->err), "%s",
		    in->scan.over);
	else
		snprintf(in->k->err, sizeof(in->k->err), TOO_LARGE_MEM_FMT,
		    limit >> 20);
	return -1;
}

/* The scanner for the bytes B (N) the file starts with, as open_input's. */
static void
input_scan_init(struct input *in, const unsigned char *b, size_t n)
{
	char	 head[257];

	if (n > sizeof(head) - 1)
		n = sizeof(head) - 1;
	memcpy(head, b, n);
	head[n] = '\0';
	scan_init_head(&in->scan, head, n, false);
	in->scanning = true;
}

static int
input_read(void *ctx, char *buf, int len)
{
	static const unsigned char bom[] = { 0xef, 0xbb, 0xbf };
	struct input	*in = ctx;
	unsigned char	 c;
	ssize_t		 n;
	int		 i;

	if (in->k->too_large)
		return -1;
	if (vmem_past(in->mem_base, in->mem_limit))
		return input_too_large(in, in->mem_limit);
	while ((n = read(in->fd, buf, (size_t)len)) == -1 && errno == EINTR)
		;
	if (in->bounded && n > 0) {
		if (!in->scanning)
			input_scan_init(in, (unsigned char *)buf, (size_t)n);
		if (!scan_bytes(&in->scan, (unsigned char *)buf, (size_t)n))
			return input_too_large(in, 0);
	}
	for (i = 0; i < n && in->first == -1; i++, in->seen++) {
		c = (unsigned char)buf[i];
		if ((in->seen < sizeof(bom) && c == bom[in->seen]) ||
		    c == ' ' || c == '\t' || c == '\r' || c == '\n')
			continue;
		in->first = c;
	}
	return n == -1 ? -1 : (int)n;
}

int
feed_keys_read_fd(int fd, const char *name, bool ids_only,
    struct feed_keys *k)
{
	return keys_read_fd(fd, name, k, false, ids_only);
}

static int
keys_read_fd(int fd, const char *name, struct feed_keys *k, bool bounded,
    bool ids_only)
{
	xmlExternalEntityLoader saved = xmlGetExternalEntityLoader();
	struct xml_pull	*r;
	xmlNodePtr	 root = NULL;
	struct input	 in;
	int		 rc, status = 0;
	const int	 opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES |
	    XML_PARSE_NOWARNING | XML_PARSE_NOERROR;

	memset(k, 0, sizeof(*k));
	k->ids_only = ids_only;
	memset(&in, 0, sizeof(in));
	in.fd = fd;
	in.first = -1;
	in.k = k;
	in.bounded = bounded;
	/* Counted only where libxml2's allocator can be (validate_mem.c). */
	if (bounded && vmem_count()) {
		in.mem_limit = VALIDATE_MEMORY_LIMIT;
		in.mem_base = vmem_live();
	}
	xmlSetExternalEntityLoader(xml_refuse_loader);
	if ((r = xml_pull_new(input_read, &in, name, opts)) == NULL) {
		snprintf(k->err, sizeof(k->err), "cannot start the XML reader");
		xmlSetExternalEntityLoader(saved);
		return -1;
	}
	in.r = r;
	xml_pull_set_errors(r, on_error, k);
	while ((rc = xml_pull_read(r)) == 1)
		if (xml_pull_type(r) == XML_READER_TYPE_ELEMENT) {
			root = xml_pull_node(r);
			break;
		}
	if (root != NULL) {
		k->root_line = line_of(root);
		k->atom = is(root, NS_ATOM, "feed");
		if (!k->atom && !is(root, NULL, "rss"))
			snprintf(k->err, sizeof(k->err), "not an Atom 1.0 or "
			    "RSS 2.0 feed (root element %s)", root->name);
		else if (walk(k, r) == 0)
			while (xml_pull_read(r) == 1)
				;
	}
	if (root == NULL && (in.first == '{' || in.first == '[')) {
		k->json = true;
		snprintf(k->err, sizeof(k->err), "JSON (a JSON Feed), not an "
		    "Atom or RSS feed");
		k->err_line = 0;
	}
	if (k->err[0] == '\0' && root == NULL)
		snprintf(k->err, sizeof(k->err), "no root element: the file "
		    "is not XML");
	if (k->err[0] != '\0')
		status = -1;
	xml_pull_free(r);
	xmlSetExternalEntityLoader(saved);
	if (in.scanning)
		scan_free(&in.scan);
	return status;
}

void
feed_keys_free(struct feed_keys *k)
{
	size_t	 i;

	for (i = 0; i < k->n; i++) {
		free(k->e[i].id);
		free(k->e[i].link);
		free(k->e[i].title);
		if (k->e[i].when != k->e[i].updated)
			free(k->e[i].when);
		free(k->e[i].updated);
	}
	free(k->e);
	for (i = 0; i < k->ntomb; i++) {
		free(k->tomb[i].ref);
		free(k->tomb[i].when);
	}
	free(k->tomb);
	free(k->id);
	free(k->self);
	free(k->prev_archive);
	free(k->next_archive);
	free(k->current);
	memset(k, 0, sizeof(*k));
}

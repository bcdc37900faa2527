/*
 * validate_history: the elements and links of RFC 5005 (Feed Paging and
 * Archiving) in one document, Atom or RSS alike: fh:archive and
 * fh:complete, and the archive and paging links of the feed's head. The
 * links between documents are --chain's (validate_chain.c). Links are
 * compared as the URLs they name: resolved against xml:base (RFC 4287
 * 2) and normalised (RFC 3986 6.2.2), not as written.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "uri.h"
#include "util.h"
#include "validate_int.h"

/* The relations a complete feed must not carry (RFC 5005 section 2). */
static const char *const paging_rels[] = { "prev-archive", "next-archive",
    "first", "last", "next", "previous", NULL };

void
history_element(struct vctx *c, xmlNodePtr n, const char *parent)
{
	struct history_seen *h = &c->hist;
	const char	*name = node_name(n);
	bool		 head = strcmp(parent, "feed") == 0 ||
	    strcmp(parent, "channel") == 0;
	struct buf	 t;

	if (strcmp(name, "archive") != 0 && strcmp(name, "complete") != 0) {
		vreport(c, n, RULE_HISTORY_ELEMENT, "fh:%s is not an "
		    "element of RFC 5005, which has only fh:archive and "
		    "fh:complete", name);
		return;
	}
	if (!head) {
		vreport(c, n, RULE_HISTORY_ELEMENT, "fh:%s belongs in the "
		    "%s, not in an %s", name, parent[0] == 'e' ? "feed" :
		    "channel", parent);
		return;
	}
	vbuf_init(&t);
	if (node_text(n, &t) > 0 || !is_blank(t.data))
		vreport(c, n, RULE_HISTORY_ELEMENT, "fh:%s must be an empty "
		    "element", name);
	buf_free(&t);
	if (name[0] == 'a' && h->archive.line == 0)
		h->archive = node_place(n);
	else if (name[0] == 'c' && h->complete.line == 0)
		h->complete = node_place(n);
}

/*
 * What a relative reference is resolved against when the document's own
 * URL is unknown (a file being validated): two references resolve to one
 * URL against any base if they do against this one, deep enough that
 * ".." does not reach its top in any real feed.
 */
#define UNKNOWN_BASE	"x-feedwright-document://document/" \
	"1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/document"

/*
 * N's href resolved against the xml:base values in its scope (RFC 4287
 * 2), normalised (RFC 3986 6.2.2) and hashed; *ABS: an xml:base made it
 * absolute, or it was. Else it is relative to the document's URL, and
 * compares only with another such (history_end).
 */
static uint64_t
href_key(xmlNodePtr n, bool *abs)
{
	struct buf	 href, v, r, key;
	char		**bases = NULL;
	size_t		 nb = 0, i;
	uint64_t	 h;

	vbuf_init(&href);
	vbuf_init(&v);
	vbuf_init(&r);
	vbuf_init(&key);
	attr_get(n, NULL, "href", &href);
	for (; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (attr_get(n, NS_XML, "base", &v)) {
			bases = xreallocarray(bases, nb + 1, sizeof(*bases));
			bases[nb++] = xstrdup(v.data);
		}
	uri_resolve_bases(&r, href.data, (const char *const *)bases, nb);
	*abs = uri_is_absolute_ref(r.data);
	if (!*abs) {
		buf_clear(&v);
		uri_resolve(&v, r.data, UNKNOWN_BASE);
		buf_clear(&r);
		buf_add(&r, v.data, v.len);
	}
	uri_normalize(&key, r.data);
	h = hash_bytes(key.data, key.len, 0);
	for (i = 0; i < nb; i++)
		free(bases[i]);
	free(bases);
	buf_free(&href);
	buf_free(&v);
	buf_free(&r);
	buf_free(&key);
	return h;
}

void
history_link(struct vctx *c, xmlNodePtr n, const char *rel)
{
	struct history_seen *h = &c->hist;
	size_t		 i;

	if (strcmp(rel, "self") == 0 && !h->self) {
		h->self = true;
		h->self_hash = href_key(n, &h->self_abs);
	} else if (strcmp(rel, "current") == 0 && h->current.line == 0) {
		h->current = node_place(n);
		h->current_hash = href_key(n, &h->current_abs);
	}
	for (i = 0; paging_rels[i] != NULL; i++)
		if (strcmp(rel, paging_rels[i]) == 0 && h->paging.line == 0) {
			h->paging = node_place(n);
			h->paging_rel = paging_rels[i];
		}
}

/*
 * The self and current links are known to name one URL, or known not
 * to: both absolute, or both relative to the document's one URL. An
 * absolute one and a relative one may or may not: nothing is said.
 */
static bool
self_is_current(const struct history_seen *h, bool *known)
{
	*known = h->self && h->current.line != 0 &&
	    h->self_abs == h->current_abs;
	return *known && h->self_hash == h->current_hash;
}

void
history_end(struct vctx *c)
{
	struct history_seen *h = &c->hist;
	bool		 known, same = self_is_current(h, &known);

	if (h->archive.line != 0 && h->complete.line != 0)
		report_add(c->rep, h->complete.line, h->complete.col,
		    RULE_HISTORY_ARCHIVE_COMPLETE, "fh:complete and "
		    "fh:archive in one document: a complete feed has no "
		    "archives, and an archive is not the complete feed");
	if (h->complete.line != 0 && h->paging.line != 0)
		report_add(c->rep, h->paging.line, h->paging.col,
		    RULE_HISTORY_COMPLETE_LINKS,
		    "a link rel=\"%s\" in a complete feed (fh:complete), "
		    "which has no archive or paging links", h->paging_rel);
	if (h->complete.line != 0 && known && !same)
		report_add(c->rep, h->current.line, h->current.col,
		    RULE_HISTORY_COMPLETE_LINKS,
		    "the current link of a complete feed (fh:complete) is "
		    "not its self link");
	if (h->archive.line != 0 && h->current.line == 0)
		report_add(c->rep, h->archive.line, h->archive.col,
		    RULE_HISTORY_ARCHIVE_CURRENT,
		    "an archive document (fh:archive) should link its "
		    "subscription document with rel=\"current\"");
	else if (h->archive.line != 0 && same)
		report_add(c->rep, h->current.line, h->current.col,
		    RULE_HISTORY_ARCHIVE_CURRENT,
		    "the current link of an archive document (fh:archive) "
		    "names the archive itself, not the subscription "
		    "document");
}

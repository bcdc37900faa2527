/*
 * validate_history: the elements and links of RFC 5005 (Feed Paging and
 * Archiving) in one document, Atom or RSS alike: fh:archive and
 * fh:complete, and the archive and paging links of the feed's head. The
 * links between documents are --chain's (validate_chain.c).
 */
#include "config.h"

#include <string.h>

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

void
history_link(struct vctx *c, xmlNodePtr n, const char *rel)
{
	struct history_seen *h = &c->hist;
	struct buf	 href;
	size_t		 i;

	vbuf_init(&href);
	attr_get(n, NULL, "href", &href);
	if (strcmp(rel, "self") == 0 && !h->self) {
		h->self = true;
		h->self_hash = hash_bytes(href.data, href.len, 0);
	} else if (strcmp(rel, "current") == 0 && h->current.line == 0) {
		h->current = node_place(n);
		h->current_hash = hash_bytes(href.data, href.len, 0);
	}
	for (i = 0; paging_rels[i] != NULL; i++)
		if (strcmp(rel, paging_rels[i]) == 0 && h->paging.line == 0) {
			h->paging = node_place(n);
			h->paging_rel = paging_rels[i];
		}
	buf_free(&href);
}

void
history_end(struct vctx *c)
{
	struct history_seen *h = &c->hist;

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
	if (h->complete.line != 0 && h->current.line != 0 && h->self &&
	    h->current_hash != h->self_hash)
		report_add(c->rep, h->current.line, h->current.col,
		    RULE_HISTORY_COMPLETE_LINKS,
		    "the current link of a complete feed (fh:complete) is "
		    "not its self link");
	if (h->archive.line != 0 && h->current.line == 0)
		report_add(c->rep, h->archive.line, h->archive.col,
		    RULE_HISTORY_ARCHIVE_CURRENT,
		    "an archive document (fh:archive) should link its "
		    "subscription document with rel=\"current\"");
	else if (h->archive.line != 0 && h->self && h->current_hash ==
	    h->self_hash)
		report_add(c->rep, h->current.line, h->current.col,
		    RULE_HISTORY_ARCHIVE_CURRENT,
		    "the current link of an archive document (fh:archive) "
		    "names the archive itself, not the subscription "
		    "document");
}

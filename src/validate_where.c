/*
 * validate_where: the line and column where each start tag begins, for
 * validate's messages; libxml2 keeps only the line where a start tag
 * ends, which in a feed written on one line is line 1 for everything.
 *
 * The scan of the input (validate_scan.c) sees every byte before libxml2
 * parses it, and notes each start tag here, in order. libxml2 makes an
 * element of each, in the same order, and tells the callback set with
 * xmlRegisterNodeDefault, which takes the next tag noted and keeps its
 * place in the element's _private (where_copy gives it to copies).
 * The names are compared: an element made of something else (the markup
 * in an entity's replacement text) is never given another's place, and
 * from then on no element is given one: the messages fall back to
 * libxml2's line and column 1. An entity of text alone keeps them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "validate_int.h"

/*
 * libxml2 parses what it is given soon after: this many tags noted and
 * not yet made elements means something is wrong, and places stop.
 */
#define WHERE_MAX_PENDING	65536

/* A place is a pointer's worth: line and column, 32 bits each. */
#if UINTPTR_MAX > 0xffffffffu
#define WHERE_FITS	1
#endif

/* The places given in this thread: libxml2's callback has no argument. */
static _Thread_local struct where *now;

void
where_init(struct where *w, bool on, bool utf8, bool bom)
{
	memset(w, 0, sizeof(*w));
#ifdef WHERE_FITS
	w->on = on;
#else
	(void)on;
#endif
	w->utf8 = utf8;
	w->line = 1;
	w->col = bom ? -1 : 0;	/* the byte order mark is no character */
}

/* The hash of N's local name, as where_tag_named's. */
static uint32_t
name_hash(const xmlChar *p)
{
	uint32_t	 h = WHERE_HASH_INIT;

	for (; *p != '\0'; p++)
		h = WHERE_HASH(h, *p);
	return h;
}

static void
on_node(xmlNodePtr n)
{
	struct where	*w = now;
	struct tag_where *t;

	if (w == NULL || w->lost)
		return;
	/* libxml2 makes the document first; any other is a copy's. */
	if (n->type == XML_DOCUMENT_NODE) {
		if (w->doc == NULL)
			w->doc = (xmlDocPtr)n;
		return;
	}
	/* A new element is given its document after this call. */
	if (n->type != XML_ELEMENT_NODE || (n->doc != NULL &&
	    n->doc != w->doc))
		return;
	if (n->name == NULL) {
		w->lost = true;
		return;
	}
	if (w->n == 0 || w->q[w->head].name != name_hash(n->name)) {
		/*
		 * libxml2 parses an entity's text (validate_entity.c) under
		 * an element of its own, "pseudoroot", which is no start tag.
		 */
		if (strcmp((const char *)n->name, "pseudoroot") != 0)
			w->lost = true;
		return;
	}
	t = &w->q[w->head];
	w->head = (w->head + 1) % w->cap;
	w->n--;
#ifdef WHERE_FITS
	if (t->line <= UINT32_MAX && t->col <= UINT32_MAX)
		n->_private = (void *)(uintptr_t)((uint64_t)t->line << 32 |
		    t->col);
#endif
}

void
where_start(struct where *w)
{
	if (!w->on)
		return;
	now = w;
	w->old = xmlRegisterNodeDefault(on_node);
}

void
where_stop(struct where *w)
{
	if (w->on && now == w) {
		(void)xmlRegisterNodeDefault(w->old);
		now = NULL;
	}
	free(w->q);
	w->q = NULL;
	w->head = w->n = w->cap = 0;
}

void
where_pause(struct where *w, bool pause)
{
	if (w->on)
		now = pause ? NULL : w;
}

/*
 * Characters in [P, END): every byte but UTF-8's continuation bytes
 * (10xxxxxx), counted eight at a time, or every byte.
 */
static unsigned long
chars(const unsigned char *p, const unsigned char *end, bool utf8)
{
	unsigned long	 n = (unsigned long)(end - p), cont = 0;
	uint64_t	 w;

	if (!utf8)
		return n;
	for (; end - p >= 8; p += 8) {
		memcpy(&w, p, 8);
		/* Bit 7 of each byte whose bit 7 is set and bit 6 clear. */
		w = w & ~(w << 1) & UINT64_C(0x8080808080808080);
		/* Their sum, in the top byte. */
		cont += (unsigned long)(((w >> 7) *
		    UINT64_C(0x0101010101010101)) >> 56);
	}
	for (; p < end; p++)
		cont += (*p & 0xc0) == 0x80;
	return n - cont;
}

/* Line breaks as libxml2 counts them: each LF (a CR LF is one LF). */
void
where_seen(struct where *w, const unsigned char *p, const unsigned char *end)
{
	const unsigned char *q, *last = NULL;

	if (!w->on || w->lost || p == end)
		return;
	/*
	 * XML 1.0 2.11: CR LF and a lone CR end a line as LF does (old Mac
	 * files have CR alone); a CR LF may be cut between two spans.
	 */
	if (w->cr || memchr(p, '\r', (size_t)(end - p)) != NULL) {
		for (q = p; q < end; q++) {
			if (*q == '\n' && w->cr)
				last = q;
			else if (*q == '\n' || *q == '\r') {
				w->line++;
				last = q;
			}
			w->cr = *q == '\r';
		}
	} else
		for (q = p; q < end && (q = memchr(q, '\n', (size_t)(end -
		    q))) != NULL; q++) {
			w->line++;
			last = q;
		}
	if (last != NULL) {
		w->col = 0;
		p = last + 1;
	}
	w->col += (long)chars(p, end, w->utf8);
}

void
where_unit(struct where *w, unsigned c)
{
	if ((c == '\n' && !w->cr) || c == '\r') {
		w->line++;
		w->col = 0;
	} else if (c != '\n' && (c < 0xdc00 || c > 0xdfff))
		w->col++;	/* not a low surrogate */
	w->cr = c == '\r';
}

void
where_tag(struct where *w)
{
	w->tag.line = w->line;
	w->tag.col = (unsigned long)(w->col + 1);
}

void
where_tag_named(struct where *w)
{
	size_t	 cap;

	if (!w->on || w->lost)
		return;
	if (w->n == w->cap) {
		if (w->cap >= WHERE_MAX_PENDING) {
			w->lost = true;
			return;
		}
		cap = w->cap == 0 ? 64 : w->cap * 2;
		w->q = xreallocarray(w->q, cap, sizeof(*w->q));
		/* The ring's wrapped part moves up to stay in order. */
		if (w->head + w->n > w->cap)
			memmove(w->q + w->cap, w->q, (w->head + w->n - w->cap) *
			    sizeof(*w->q));
		w->cap = cap;
	}
	w->q[(w->head + w->n) % w->cap] = w->tag;
	w->n++;
}

/* The place given to element N: false if none (its line is libxml2's). */
static bool
where_of(xmlNodePtr n, unsigned long *line, unsigned long *col)
{
#ifdef WHERE_FITS
	uint64_t	 v;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->_private == NULL)
		return false;
	v = (uint64_t)(uintptr_t)n->_private;
	*line = (unsigned long)(v >> 32);
	*col = (unsigned long)(v & 0xffffffffu);
	return true;
#else
	(void)n;
	(void)line;
	(void)col;
	return false;
#endif
}

/*
 * libxml2's copies do not keep _private, and the schema check of the
 * feed minus its entries (header_add) reads copies: each element of the
 * copy TO takes the place of its original in FROM, walked side by side,
 * as xmlDocCopyNode copies every child in order.
 */
void
where_copy(xmlNodePtr from, xmlNodePtr to)
{
	xmlNodePtr	 a, b;

	if (from == NULL || to == NULL || from->type != XML_ELEMENT_NODE ||
	    to->type != XML_ELEMENT_NODE)
		return;
	to->_private = from->_private;
	for (a = from->children, b = to->children; a != NULL && b != NULL;
	    a = a->next, b = b->next) {
		if (a->type != b->type)
			return;		/* out of step: no place is better */
		/* Text nodes side by side may be one in the copy. */
		while (a->type == XML_TEXT_NODE && a->next != NULL &&
		    a->next->type == XML_TEXT_NODE)
			a = a->next;
		where_copy(a, b);
	}
}

struct place
node_place(xmlNodePtr n)
{
	struct place	 p = { 0, 1 };
	long		 line;

	if (n == NULL || where_of(n, &p.line, &p.col))
		return p;
	if ((line = xmlGetLineNo(n)) > 0)
		p.line = (unsigned long)line;
	return p;
}

/*
 * validate_scan: counts the attributes of each start tag in the bytes the
 * parser is given, before it sees them. libxml2 parses a start tag whole,
 * with no input asked for in between, and its check for duplicate
 * attributes takes time quadratic in their number (100,000 attributes:
 * 23 s and 65 MB); past the limit, the input stops there. A small state
 * machine over ASCII code units (UTF-8 and the other ASCII-compatible
 * encodings, or UTF-16) is enough: markup is all ASCII. The same pass
 * notes where each start tag begins, and its name (validate_where.c).
 */
#include "config.h"

#include <string.h>

#include "validate_int.h"

enum {
	S_TEXT, S_LT, S_NAME, S_TAG, S_QUOTE, S_END, S_PI, S_BANG, S_BANG_DASH,
	S_COMMENT, S_CDATA, S_DECL
};

void
scan_init(struct markup_scan *s, int unit, bool le, bool where_on,
    bool utf8, bool bom)
{
	memset(s, 0, sizeof(*s));
	s->unit = unit;
	s->le = le;
	s->pending = -1;
	where_init(&s->where, where_on, utf8, bom);
}

void
scan_free(struct markup_scan *s)
{
	where_stop(&s->where);
}

/* What ends a start tag's name. */
static bool
name_end(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' ||
	    c == '>';
}

/* One code unit C (ASCII if below 0x80); false if over the limit. */
static bool
scan_unit(struct markup_scan *s, unsigned c)
{
	switch (s->state) {
	case S_TEXT:
		if (c == '<')
			s->state = S_LT;
		break;
	case S_LT:
		s->attrs = 0;
		s->state = c == '!' ? S_BANG : c == '?' ? S_PI : c == '/' ?
		    S_END : S_NAME;
		/* The local name only: libxml2 gives the prefix later. */
		if (s->state == S_NAME)
			s->where.tag.name = c == ':' ? WHERE_HASH_INIT :
			    WHERE_HASH(WHERE_HASH_INIT, c);
		break;
	case S_NAME:
		if (name_end(c)) {
			where_tag_named(&s->where);
			s->state = c == '>' ? S_TEXT : S_TAG;
		} else if (c == ':')
			s->where.tag.name = WHERE_HASH_INIT;
		else
			s->where.tag.name = WHERE_HASH(s->where.tag.name, c);
		break;
	case S_TAG:
		if (c == '"' || c == '\'') {
			s->quote = c;
			s->state = S_QUOTE;
		} else if (c == '=') {
			if (++s->attrs > SCAN_MAX_ATTRS)
				return false;
		} else if (c == '>')
			s->state = S_TEXT;
		break;
	case S_QUOTE:
		if (c == s->quote)
			s->state = S_TAG;
		break;
	case S_END:
		if (c == '>')
			s->state = S_TEXT;
		break;
	case S_PI:	/* ends at "?>" */
		if (c == '>' && s->run > 0)
			s->state = S_TEXT;
		s->run = c == '?';
		break;
	case S_BANG:
		s->run = 0;
		s->depth = 0;
		s->state = c == '-' ? S_BANG_DASH : c == '[' ? S_CDATA :
		    S_DECL;
		break;
	case S_BANG_DASH:
		s->state = c == '-' ? S_COMMENT : S_DECL;
		break;
	case S_COMMENT:	/* ends at "-->" */
		if (c == '>' && s->run >= 2)
			s->state = S_TEXT;
		s->run = c == '-' ? s->run + 1 : 0;
		break;
	case S_CDATA:	/* "[CDATA[...]]>" */
		if (c == '>' && s->run >= 2)
			s->state = S_TEXT;
		s->run = c == ']' ? s->run + 1 : 0;
		break;
	case S_DECL:	/* <!DOCTYPE ... [ ... ]>: ends at > outside [] */
		if (c == '[')
			s->depth++;
		else if (c == ']' && s->depth > 0)
			s->depth--;
		else if (c == '>' && s->depth == 0)
			s->state = S_TEXT;
		break;
	}
	return true;
}

/*
 * The byte that can change state S: text and quoted values are most of a
 * feed, and CDATA sections, comments and end tags much of the rest, so
 * they are skipped to that byte by memchr. -1: every byte counts.
 */
static int
scan_stop(const struct markup_scan *s)
{
	switch (s->state) {
	case S_TEXT:
		return '<';
	case S_QUOTE:
		return (int)s->quote;
	case S_END:
		return '>';
	case S_CDATA:	/* no "]" seen: only one can start the end */
		return s->run == 0 ? ']' : -1;
	case S_COMMENT:
		return s->run == 0 ? '-' : -1;
	}
	return -1;
}

/*
 * Bytes are seen for places (where_seen) a span at a time, up to each
 * start tag's "<" and to the end; UTF-16 code units one at a time.
 */
bool
scan_bytes(struct markup_scan *s, const unsigned char *b, size_t n)
{
	const unsigned char *p, *mark = b, *lt = NULL;
	size_t		 i;
	uint32_t	 h;
	unsigned	 c;
	int		 stop;
	bool		 ok = true;

	for (i = 0; i < n; i++) {
		if (s->unit == 1 && (stop = scan_stop(s)) != -1) {
			p = memchr(b + i, stop, n - i);
			if (p == NULL)
				break;
			i = (size_t)(p - b);
		} else if (s->unit == 1 && s->state == S_TAG) {
			while (i < n && b[i] != '=' && b[i] != '>' &&
			    b[i] != '"' && b[i] != '\'')
				i++;
			if (i == n)
				break;
		} else if (s->unit == 1 && s->state == S_NAME) {
			/* A name is hashed here; its end is scan_unit's. */
			for (h = s->where.tag.name; i < n && !name_end(b[i]);
			    i++)
				h = b[i] == ':' ? WHERE_HASH_INIT :
				    WHERE_HASH(h, b[i]);
			s->where.tag.name = h;
			if (i == n)
				break;
		}
		if (s->unit == 1) {
			c = b[i];
			/* The "<" just seen begins a start tag, or not. */
			if (lt != NULL) {
				if (c != '!' && c != '?' && c != '/') {
					where_seen(&s->where, mark, lt);
					mark = lt;
					where_tag(&s->where);
				}
				lt = NULL;
			} else if (c == '<' && s->state == S_TEXT &&
			    s->where.on)
				lt = b + i;
		} else if (s->pending < 0) {
			s->pending = b[i];
			continue;
		} else {
			c = s->le ? (unsigned)s->pending | (unsigned)b[i] << 8 :
			    (unsigned)s->pending << 8 | b[i];
			s->pending = -1;
			if (s->where.on) {
				if (c == '<' && s->state == S_TEXT)
					where_tag(&s->where);
				where_unit(&s->where, c);
			}
		}
		if (!scan_unit(s, c)) {
			ok = false;
			break;
		}
	}
	if (s->unit == 1 && s->where.on) {
		/* A "<" last: its place now, in case a name follows. */
		if (lt != NULL) {
			where_seen(&s->where, mark, lt);
			mark = lt;
			where_tag(&s->where);
		}
		where_seen(&s->where, mark, b + n);
	}
	return ok;
}

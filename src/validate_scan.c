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
	S_COMMENT, S_CDATA, S_DECL,
	/* The DOCTYPE's internal subset, between its [ and ]. */
	S_SUBSET, S_SUB_LT, S_SUB_BANG, S_SUB_BANG_DASH, S_SUB_COMMENT,
	S_SUB_PI, S_SUB_DECL, S_SUB_QUOTE, S_SUB_PEREF,
	S_DECL_QUOTE		/* a literal of the DOCTYPE, outside [] */
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
scan_init_head(struct markup_scan *s, const char *head, size_t n,
    bool where_on)
{
	const unsigned char	*b = (const unsigned char *)head;

	if (n >= 2 && ((b[0] == 0xff && b[1] == 0xfe) ||
	    (b[0] == '<' && b[1] == 0)))
		scan_init(s, 2, true, where_on, true, b[0] == 0xff);
	else if (n >= 2 && ((b[0] == 0xfe && b[1] == 0xff) ||
	    (b[0] == 0 && b[1] == '<')))
		scan_init(s, 2, false, where_on, true, b[0] == 0xfe);
	else
		scan_init(s, 1, false, where_on, sniff_utf8(head),
		    n >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0);
}

void
scan_free(struct markup_scan *s)
{
	where_stop(&s->where);
}

static bool
space(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static uint32_t
hash_of(const char *w)
{
	uint32_t	 h = WHERE_HASH_INIT;

	for (; *w != '\0'; w++)
		h = WHERE_HASH(h, (unsigned char)*w);
	return h;
}

/* N more items of the internal subset; false past the limit. */
static bool
subset_items(struct markup_scan *s, unsigned long n)
{
	if ((s->decls += n) <= SCAN_MAX_DECLS)
		return true;
	s->over = TOO_LARGE_DECLS_MSG;
	return false;
}

/*
 * The end of a token of a declaration: "<!ENTITY % name" followed by a
 * literal declares a parameter entity with a value.
 */
static void
decl_token(struct markup_scan *s)
{
	if (!s->in_tok)
		return;
	s->in_tok = false;
	if (s->tok == 0)
		s->kw = s->h;
	else if (s->tok == 1)
		s->pe = s->kw == hash_of("ENTITY") && s->h == hash_of("%");
	s->tok++;
}

/*
 * C in the literal of a parameter entity's value: its items ("<", each a
 * declaration, comment or PI once referred to), and whether it refers to
 * a parameter entity, as "%" or a character reference to it (XML 1.0
 * 4.4.5: a reference in a value is included as the text is read).
 */
static void
pe_value_unit(struct markup_scan *s, unsigned c)
{
	if (c == '<')
		s->pe_items++;
	if (c == '%')
		s->pe_nested = true;
	switch (s->cref) {
	case 1:
		s->cref = c == '#' ? 2 : 0;
		break;
	case 2:
		s->cval = 0;
		s->cref = c == 'x' ? 4 : c >= '0' && c <= '9' ? 3 : 0;
		if (s->cref == 3)
			s->cval = c - '0';
		break;
	case 3:
	case 4:
		if (c == ';') {
			if (s->cval == '%')
				s->pe_nested = true;
			s->cref = 0;
		} else if (c >= '0' && c <= '9')
			s->cval = s->cval * (s->cref == 3 ? 10 : 16) + (c - '0');
		else if (s->cref == 4 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
			s->cval = s->cval * 16 + ((c | 0x20) - 'a' + 10);
		else
			s->cref = 0;
		if (s->cval > 0x10ffff)
			s->cval = 0x110000;	/* no character: stays none */
		break;
	}
	if (c == '&')
		s->cref = 1;
}

/* C in the internal subset (state S_SUBSET and on); false past a limit. */
static bool
scan_subset(struct markup_scan *s, unsigned c)
{
	switch (s->state) {
	case S_SUBSET:
		if (c == ']')
			s->state = S_DECL;
		else if (c == '<') {
			s->state = S_SUB_LT;
			return subset_items(s, 1);
		} else if (c == '%') {
			/* Any one may name the largest value declared. */
			s->state = S_SUB_PEREF;
			if (s->pe_nested) {
				s->over = TOO_LARGE_PE_MSG;
				return false;
			}
			return subset_items(s, 1 + s->pe_most);
		}
		break;
	case S_SUB_LT:
		s->run = 0;
		s->tok = 0;
		s->in_tok = false;
		s->pe = false;
		s->state = c == '!' ? S_SUB_BANG : c == '?' ? S_SUB_PI :
		    S_SUB_DECL;
		break;
	case S_SUB_BANG:
		if (c == '-') {
			s->state = S_SUB_BANG_DASH;
			break;
		}
		s->state = S_SUB_DECL;
		return scan_subset(s, c);
	case S_SUB_BANG_DASH:
		s->state = c == '-' ? S_SUB_COMMENT : S_SUB_DECL;
		break;
	case S_SUB_COMMENT:	/* ends at "-->" */
		if (c == '>' && s->run >= 2)
			s->state = S_SUBSET;
		s->run = c == '-' ? s->run + 1 : 0;
		break;
	case S_SUB_PI:		/* ends at "?>" */
		if (c == '>' && s->run > 0)
			s->state = S_SUBSET;
		s->run = c == '?';
		break;
	case S_SUB_DECL:
		if (c == '"' || c == '\'') {
			decl_token(s);
			s->pe_value = s->pe && s->tok == 3;
			s->pe_items = 0;
			s->cref = 0;
			s->tok++;
			s->quote = c;
			s->state = S_SUB_QUOTE;
		} else if (c == '>') {
			decl_token(s);
			s->state = S_SUBSET;
		} else if (space(c))
			decl_token(s);
		else {
			if (!s->in_tok) {
				s->in_tok = true;
				s->h = WHERE_HASH_INIT;
			}
			s->h = WHERE_HASH(s->h, c);
		}
		break;
	case S_SUB_QUOTE:
		if (c == s->quote) {
			s->state = S_SUB_DECL;
			if (s->pe_value && s->pe_items > s->pe_most)
				s->pe_most = s->pe_items;
			s->pe_value = false;
		} else if (s->pe_value)
			pe_value_unit(s, c);
		break;
	case S_SUB_PEREF:	/* "%name;" */
		if (c == ';' || space(c) || c == '<' || c == ']')
			s->state = S_SUBSET;
		break;
	}
	return true;
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
			if (++s->attrs > SCAN_MAX_ATTRS) {
				s->over = TOO_LARGE_ATTRS_MSG;
				return false;
			}
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
			s->state = S_SUBSET;
		else if (c == '>')
			s->state = S_TEXT;
		else if (c == '"' || c == '\'') {
			/* A system literal may hold "[" (XML 1.0 2.3). */
			s->quote = c;
			s->state = S_DECL_QUOTE;
		}
		break;
	case S_DECL_QUOTE:
		if (c == s->quote)
			s->state = S_DECL;
		break;
	default:
		return scan_subset(s, c);
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

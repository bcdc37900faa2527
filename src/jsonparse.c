/*
 * jsonparse: a strict RFC 8259 reader (see jsonparse.h). Recursive
 * descent, its depth capped; every node and string is counted against the
 * caller's budget before it is allocated.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonparse.h"
#include "util.h"

/*
 * How parse_container reads an array or object: WHOLE, from memory (the
 * document, or a value the stream's window holds whole); or from the
 * stream, reading on as it goes, the root object (each member made whole
 * in the window first) or its "items" array (each element handed to
 * P->on_item and freed).
 */
enum reading {
	WHOLE,
	STREAM_ROOT,
	STREAM_ITEMS
};

static struct jnode *parse_value(struct jparse *p, unsigned depth);
static struct jnode *parse_container(struct jparse *p, unsigned depth,
    enum reading how);
static bool	 stream_space(struct jparse *p);
static bool	 fill_value(struct jparse *p, bool root);

/* Columns count from the line's start, which a stream may have dropped. */
static unsigned long
col_of(const struct jparse *p, const unsigned char *at)
{
	return (unsigned long)(p->base + (unsigned long long)(at - p->buf) -
	    p->line_off) + 1;
}

/* The first fault stops the parse: later ones would only echo it. */
static void
fail_at(struct jparse *p, const unsigned char *at, enum jerr e,
    const char *fmt, ...)
{
	va_list	 ap;

	if (p->err != JERR_NONE)
		return;
	p->err = e;
	p->line = p->cur_line;
	p->col = col_of(p, at);
	va_start(ap, fmt);
	vsnprintf(p->msg, sizeof(p->msg), fmt, ap);
	va_end(ap);
}

/*
 * What an allocation of N bytes holds, with the allocator's own overhead
 * (16-byte granules and a word of header, as glibc's malloc), so the
 * budget is what is held.
 */
static size_t
held(size_t n)
{
	n = n > SIZE_MAX - 32 ? SIZE_MAX : (n + 8 + 15) & ~(size_t)15;
	return n < 32 ? 32 : n;
}

/* Counts one allocation of N bytes; false (reported) past the budget. */
static bool
charge(struct jparse *p, size_t n)
{
	n = held(n);
	if (p->budget != 0 && (n > p->budget || p->used > p->budget - n)) {
		fail_at(p, p->p, JERR_LIMIT, "the document would take more "
		    "than %zu MiB of memory, more than validate reads",
		    p->budget >> 20);
		return false;
	}
	p->used += n;
	return true;
}

static void
skip_space(struct jparse *p)
{
	while (p->p < p->end) {
		if (*p->p == '\n') {
			p->cur_line++;
			p->line_off = p->base +
			    (unsigned long long)(++p->p - p->buf);
		} else if (*p->p == ' ' || *p->p == '\t' || *p->p == '\r')
			p->p++;
		else
			break;
	}
}

/* What stands at P->p, in words, for "expected X, found Y". */
static const char *
found(const struct jparse *p, char *buf, size_t size)
{
	if (p->p >= p->end)
		return "the end of the file";
	if (*p->p == '/')
		return "\"/\" (JSON has no comments)";
	if (*p->p >= 0x20 && *p->p < 0x7f)
		snprintf(buf, size, "\"%c\"", *p->p);
	else
		snprintf(buf, size, "byte 0x%02x", *p->p);
	return buf;
}

static struct jnode *
new_node(struct jparse *p, enum jtype t, const unsigned char *at)
{
	struct jnode	*n;

	if (!charge(p, sizeof(*n)))
		return NULL;
	n = xcalloc(1, sizeof(*n));
	n->type = t;
	n->line = p->cur_line;
	n->col = col_of(p, at);
	return n;
}

void
json_free(struct jnode *n)
{
	struct jnode	*k, *next;

	if (n == NULL)
		return;
	/* Depth is capped at JSON_MAX_DEPTH, so recursion is bounded. */
	for (k = n->kids; k != NULL; k = next) {
		next = k->next;
		json_free(k);
	}
	free(n->str);
	free(n->key);
	free(n);
}

/* Length of the UTF-8 sequence at s (RFC 3629 table), or 0 if invalid. */
static size_t
utf8_len(const unsigned char *s, const unsigned char *end)
{
	size_t	 n, i;
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		n = 2;
	else if (c >= 0xe0 && c <= 0xef)
		n = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		n = 4;
	else
		return 0;
	if ((size_t)(end - s) < n)
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	/* Overlong forms, surrogates, and past U+10FFFF. */
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] >= 0xa0) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] >= 0x90))
		return 0;
	return n;
}

static int
hex4(const unsigned char *s, const unsigned char *end)
{
	int	 v = 0, i, d;

	if (end - s < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (s[i] >= 'a' && s[i] <= 'f')
			d = s[i] - 'a' + 10;
		else if (s[i] >= 'A' && s[i] <= 'F')
			d = s[i] - 'A' + 10;
		else
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* Writes CP as UTF-8 at *D, moving it on. */
static void
put_utf8(char **d, unsigned long cp)
{
	char	*o = *d;

	if (cp < 0x80)
		*o++ = (char)cp;
	else if (cp < 0x800) {
		*o++ = (char)(0xc0 | (cp >> 6));
		*o++ = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		*o++ = (char)(0xe0 | (cp >> 12));
		*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*o++ = (char)(0x80 | (cp & 0x3f));
	} else {
		*o++ = (char)(0xf0 | (cp >> 18));
		*o++ = (char)(0x80 | ((cp >> 12) & 0x3f));
		*o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
		*o++ = (char)(0x80 | (cp & 0x3f));
	}
	*d = o;
}

/*
 * A string at P->p ('"'), decoded into a new string; false on a fault.
 * Decoding never makes a string longer (an escape is at least as long as
 * what it stands for), so its raw length, up to the first unescaped
 * quote, is allocated once: no buffer doubles while a long string grows.
 */
static bool
parse_string(struct jparse *p, char **out, size_t *outlen)
{
	const unsigned char	*s, *q;
	char			*str, *d;
	size_t			 n;
	int			 hi, lo;

	for (q = p->p + 1; q < p->end && *q != '"'; q++)
		if (*q == '\\' && q + 1 < p->end)
			q++;
	/* The quote's byte is the room for the NUL. */
	if (!charge(p, (size_t)(q - p->p)))
		return false;
	d = str = xmalloc((size_t)(q - p->p));
	p->p++;
	for (;;) {
		s = p->p;
		if (s >= p->end) {
			fail_at(p, s, JERR_SYNTAX, "a string without its "
			    "closing quote");
			goto bad;
		}
		if (*s == '"')
			break;
		if (*s < 0x20) {
			fail_at(p, s, JERR_SYNTAX, "control character 0x%02x "
			    "in a string: write it as an escape (\\u%04x)",
			    *s, *s);
			goto bad;
		}
		if (*s == '\\') {
			if (s + 1 >= p->end) {
				fail_at(p, s, JERR_SYNTAX, "a string without "
				    "its closing quote");
				goto bad;
			}
			switch (s[1]) {
			case '"': case '\\': case '/':
				*d++ = (char)s[1];
				break;
			case 'b': *d++ = '\b'; break;
			case 'f': *d++ = '\f'; break;
			case 'n': *d++ = '\n'; break;
			case 'r': *d++ = '\r'; break;
			case 't': *d++ = '\t'; break;
			case 'u':
				if ((hi = hex4(s + 2, p->end)) < 0) {
					fail_at(p, s, JERR_SYNTAX, "\\u must be "
					    "followed by four hex digits");
					goto bad;
				}
				if ((hi >= 0xdc00 && hi <= 0xdfff) ||
				    (hi >= 0xd800 && hi <= 0xdbff &&
				    (p->end - s < 12 || s[6] != '\\' ||
				    s[7] != 'u' || (lo = hex4(s + 8, p->end)) <
				    0xdc00 || lo > 0xdfff))) {
					if (p->on_surrogate == NULL) {
						fail_at(p, s, JERR_SYNTAX,
						    "\\u%04x is a lone %s "
						    "surrogate", hi, hi >= 0xdc00 ?
						    "low" : "high");
						goto bad;
					}
					/*
					 * Kept as the code point's three bytes
					 * (WTF-8), of the escape's six: two
					 * strings that differ only there stay
					 * two, as JSON's readers keep them.
					 */
					p->on_surrogate(p->arg, p->cur_line,
					    col_of(p, s), (unsigned)hi);
					put_utf8(&d, (unsigned long)hi);
					p->p = s + 6;
					continue;
				}
				if (hi >= 0xd800 && hi <= 0xdbff) {
					put_utf8(&d, 0x10000 + (((unsigned long)
					    hi - 0xd800) << 10) +
					    ((unsigned long)lo - 0xdc00));
					p->p = s + 12;
					continue;
				}
				put_utf8(&d, (unsigned long)hi);
				p->p = s + 6;
				continue;
			default:
				fail_at(p, s, JERR_SYNTAX, "\\%s is not a JSON "
				    "escape", s[1] >= 0x20 && s[1] < 0x7f ?
				    (const char []){ (char)s[1], '\0' } : "?");
				goto bad;
			}
			p->p = s + 2;
			continue;
		}
		if ((n = utf8_len(s, p->end)) == 0) {
			fail_at(p, s, JERR_SYNTAX, "byte 0x%02x is not UTF-8 "
			    "(RFC 8259 8.1: JSON text is UTF-8)", *s);
			goto bad;
		}
		memcpy(d, s, n);
		d += n;
		p->p = s + n;
	}
	p->p++;
	*d = '\0';
	*outlen = (size_t)(d - str);
	*out = str;
	return true;
bad:
	free(str);
	return false;
}

static bool
is_digit(const unsigned char *s, const unsigned char *end)
{
	return s < end && *s >= '0' && *s <= '9';
}

/* RFC 8259 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static struct jnode *
parse_number(struct jparse *p)
{
	const unsigned char	*s = p->p, *q = p->p;
	struct jnode		*n;

	if (*q == '-')
		q++;
	if (!is_digit(q, p->end)) {
		fail_at(p, q, JERR_SYNTAX, "a number needs a digit here");
		return NULL;
	}
	if (*q == '0') {
		q++;
		if (is_digit(q, p->end)) {
			fail_at(p, s, JERR_SYNTAX, "a number with a leading "
			    "zero");
			return NULL;
		}
	} else
		while (is_digit(q, p->end))
			q++;
	if (q < p->end && *q == '.') {
		if (!is_digit(++q, p->end)) {
			fail_at(p, q, JERR_SYNTAX, "a number needs a digit "
			    "after its decimal point");
			return NULL;
		}
		while (is_digit(q, p->end))
			q++;
	}
	if (q < p->end && (*q == 'e' || *q == 'E')) {
		q++;
		if (q < p->end && (*q == '+' || *q == '-'))
			q++;
		if (!is_digit(q, p->end)) {
			fail_at(p, q, JERR_SYNTAX, "a number needs a digit in "
			    "its exponent");
			return NULL;
		}
		while (is_digit(q, p->end))
			q++;
	}
	if ((n = new_node(p, J_NUMBER, s)) == NULL)
		return NULL;
	if (!charge(p, (size_t)(q - s) + 1)) {
		json_free(n);
		return NULL;
	}
	n->len = (size_t)(q - s);
	n->str = xmalloc(n->len + 1);
	memcpy(n->str, s, n->len);
	n->str[n->len] = '\0';
	p->p = q;
	return n;
}

struct name_slot {
	uint64_t	 hash;
	const struct jnode *k;		/* NULL: empty */
};

/*
 * Reports each repeated name of object O (COUNT members) against the
 * first of that name. A table keyed by the names' bytes, with a seed the
 * document cannot foresee, makes this linear however the names repeat;
 * a hash only finds candidates, the bytes decide. The table is charged
 * to the budget while it lives, as the document is what makes us take
 * it; false (reported) past the budget.
 */
static bool
find_duplicates(struct jparse *p, const struct jnode *o, size_t count)
{
	struct name_slot	*t;
	const struct jnode	*k;
	size_t			 cap = 16, i;
	uint64_t		 h;

	if (count < 2 || p->on_duplicate == NULL)
		return true;
	/* Half full at most; COUNT nodes were charged, so this cannot wrap. */
	while (cap / 2 < count)
		cap *= 2;
	if (!charge(p, cap * sizeof(*t)))
		return false;
	t = xcalloc(cap, sizeof(*t));
	for (k = o->kids; k != NULL; k = k->next) {
		h = hash_bytes(k->key, k->keylen, p->seed);
		for (i = (size_t)h & (cap - 1); t[i].k != NULL;
		    i = (i + 1) & (cap - 1))
			if (t[i].hash == h && t[i].k->keylen == k->keylen &&
			    memcmp(t[i].k->key, k->key, k->keylen) == 0)
				break;
		if (t[i].k != NULL)
			p->on_duplicate(p->arg, t[i].k, k);
		else {
			t[i].hash = h;
			t[i].k = k;
		}
	}
	free(t);
	p->used -= held(cap * sizeof(*t));
	return true;
}

/* Skips white space; from the stream, reading on as need be. */
static bool
space(struct jparse *p, enum reading how)
{
	if (how != WHOLE)
		return stream_space(p);
	skip_space(p);
	return true;
}

/*
 * A member's name at P->p, its ":" and the white space after it; *KL and
 * *KC: where the name starts. False (reported) on a fault; *KEY, once
 * set, is the caller's.
 */
static bool
member_name(struct jparse *p, enum reading how, char **key, size_t *keylen,
    unsigned long *kl, unsigned long *kc)
{
	char	 fb[16];

	if (p->p >= p->end || *p->p != '"') {
		fail_at(p, p->p, JERR_SYNTAX, "expected a member name in "
		    "quotes, found %s", found(p, fb, sizeof(fb)));
		return false;
	}
	*kl = p->cur_line;
	*kc = col_of(p, p->p);
	if ((how != WHOLE && !fill_value(p, false)) ||
	    !parse_string(p, key, keylen) || !space(p, how))
		return false;
	if (p->p >= p->end || *p->p != ':') {
		fail_at(p, p->p, JERR_SYNTAX, "expected \":\" after a member "
		    "name, found %s", found(p, fb, sizeof(fb)));
		return false;
	}
	p->p++;
	return space(p, how);
}

/*
 * The value at P->p of an item, or of member KEY, of a container at DEPTH
 * read as HOW says (an element of the stream's "items" is stream_item's).
 */
static struct jnode *
member_value(struct jparse *p, unsigned depth, enum reading how,
    const char *key, size_t keylen)
{
	if (how == WHOLE)
		return parse_value(p, depth + 1);
	if (keylen == 5 && memcmp(key, "items", 5) == 0 &&
	    p->p < p->end && *p->p == '[')
		return parse_container(p, depth + 1, STREAM_ITEMS);
	return fill_value(p, false) ? parse_value(p, depth + 1) : NULL;
}

/*
 * An element of the stream's "items", at P->p and DEPTH: parsed, handed
 * to P->on_item and freed, and its memory given back to the budget.
 * False (reported) on a fault.
 */
static bool
stream_item(struct jparse *p, unsigned depth)
{
	struct jnode	*k;
	size_t		 before, tree;

	if (!fill_value(p, false))
		return false;
	before = p->used;
	if ((k = parse_value(p, depth)) == NULL)
		return false;
	tree = p->used - before;
	if (p->on_item != NULL)
		p->on_item(p->arg, k);
	json_free(k);
	p->used -= tree;
	/* The callee may have passed the budget (json_charge). */
	return p->err == JERR_NONE;
}

/*
 * After an item or a member: "," (1: another follows), CLOSE (0: the
 * end), else the fault is said (-1).
 */
static int
after_value(struct jparse *p, enum reading how, char close)
{
	char	 fb[16];

	if (!space(p, how))
		return -1;
	if (p->p < p->end && *p->p == ',') {
		p->p++;
		return space(p, how) ? 1 : -1;
	}
	if (p->p < p->end && *p->p == close) {
		p->p++;
		return 0;
	}
	fail_at(p, p->p, JERR_SYNTAX, "expected \",\" or \"%c\", found %s",
	    close, found(p, fb, sizeof(fb)));
	return -1;
}

/*
 * An array or object at P->p, read as HOW says; members are linked in
 * order (the stream's "items" keeps none).
 */
static struct jnode *
parse_container(struct jparse *p, unsigned depth, enum reading how)
{
	bool		 obj = *p->p == '{';
	char		 close = obj ? '}' : ']';
	struct jnode	*n, *k, **tail;
	char		*key = NULL;
	size_t		 keylen = 0, count = 0;
	unsigned long	 kl = 0, kc = 0;
	int		 more;

	if (depth >= JSON_MAX_DEPTH) {
		fail_at(p, p->p, JERR_LIMIT, "arrays and objects nested "
		    "deeper than %d levels, more than validate reads",
		    JSON_MAX_DEPTH);
		return NULL;
	}
	if ((n = new_node(p, obj ? J_OBJECT : J_ARRAY, p->p)) == NULL)
		return NULL;
	tail = &n->kids;
	p->p++;
	if (how == STREAM_ITEMS && p->on_items != NULL)
		p->on_items(p->arg);
	if (!space(p, how))
		goto bad;
	if (p->p < p->end && *p->p == close) {
		p->p++;
		return n;
	}
	for (;;) {
		if (count > 0 && p->p < p->end && *p->p == close) {
			fail_at(p, p->p, JERR_SYNTAX, "a trailing comma "
			    "before \"%c\"", close);
			goto bad;
		}
		if (obj && !member_name(p, how, &key, &keylen, &kl, &kc))
			goto bad;
		if (how == STREAM_ITEMS) {
			if (!stream_item(p, depth + 1))
				goto bad;
		} else {
			k = member_value(p, depth, how, key, keylen);
			if (k == NULL)
				goto bad;
			k->key = key;
			k->keylen = keylen;
			k->key_line = kl;
			k->key_col = kc;
			key = NULL;
			*tail = k;
			tail = &k->next;
		}
		count++;
		if ((more = after_value(p, how, close)) == -1)
			goto bad;
		if (more == 0)
			break;
	}
	if (obj && !find_duplicates(p, n, count))
		goto bad;
	return n;
bad:
	free(key);
	json_free(n);
	return NULL;
}

static bool
word(struct jparse *p, const char *w)
{
	size_t	 n = strlen(w);

	if ((size_t)(p->end - p->p) >= n && memcmp(p->p, w, n) == 0) {
		p->p += n;
		return true;
	}
	return false;
}

static struct jnode *
parse_value(struct jparse *p, unsigned depth)
{
	const unsigned char	*at;
	struct jnode		*n;
	char			 fb[16];

	skip_space(p);
	at = p->p;
	if (p->p >= p->end) {
		fail_at(p, at, JERR_SYNTAX, "expected a value, found the end "
		    "of the file");
		return NULL;
	}
	switch (*p->p) {
	case '{':
	case '[':
		return parse_container(p, depth, WHOLE);
	case '"':
		if ((n = new_node(p, J_STRING, at)) == NULL)
			return NULL;
		if (!parse_string(p, &n->str, &n->len)) {
			json_free(n);
			return NULL;
		}
		return n;
	case 't':
		if (word(p, "true"))
			return new_node(p, J_TRUE, at);
		break;
	case 'f':
		if (word(p, "false"))
			return new_node(p, J_FALSE, at);
		break;
	case 'n':
		if (word(p, "null"))
			return new_node(p, J_NULL, at);
		break;
	default:
		if (*p->p == '-' || (*p->p >= '0' && *p->p <= '9'))
			return parse_number(p);
		break;
	}
	fail_at(p, at, JERR_SYNTAX, "expected a value, found %s",
	    found(p, fb, sizeof(fb)));
	return NULL;
}

/*
 * RFC 8259 8.1: JSON text must not start with a byte order mark; "parsers
 * ... MAY ignore the presence of a byte order mark rather than treating
 * it as an error". False (reported) if the document at P->p does, unless
 * the caller takes it (on_bom): read past then.
 */
static bool
no_bom(struct jparse *p)
{
	if (p->end - p->p >= 3 && memcmp(p->p, "\xef\xbb\xbf", 3) == 0) {
		if (p->on_bom != NULL) {
			p->on_bom(p->arg);
			p->p += 3;
			return true;
		}
		fail_at(p, p->p, JERR_SYNTAX, "a byte order mark, which JSON "
		    "text must not start with (RFC 8259 8.1)");
		return false;
	}
	return true;
}

/*
 * ROOT, the document's value, unless more than white space follows it
 * (said): NULL then, ROOT freed.
 */
static struct jnode *
document_end(struct jparse *p, enum reading how, struct jnode *root)
{
	char	 fb[16];

	if (root == NULL)
		return NULL;
	if (!space(p, how))
		goto bad;
	if (p->p < p->end) {
		fail_at(p, p->p, JERR_SYNTAX, "%s after the end of the "
		    "document", found(p, fb, sizeof(fb)));
		goto bad;
	}
	return root;
bad:
	json_free(root);
	return NULL;
}

struct jnode *
json_parse(struct jparse *p, const char *s, size_t n)
{
	p->err = JERR_NONE;
	p->p = p->buf = (const unsigned char *)s;
	p->end = p->p + n;
	p->base = p->line_off = 0;
	p->cur_line = 1;
	p->used = 0;
	p->seed = hash_seed();
	if (!no_bom(p))
		return NULL;
	return document_end(p, WHOLE, parse_value(p, 0));
}

bool
json_charge(struct jparse *p, size_t n)
{
	return charge(p, n);
}

void
json_release(struct jparse *p, size_t n)
{
	n = held(n);
	p->used = n < p->used ? p->used - n : 0;
}

/*
 * The stream's window: the bytes of the document from BUF on, up to END;
 * what comes before BUF has been read and dropped. A value is parsed only
 * once the window holds it whole (fill_value), so the parse proper, the
 * same code as json_parse's, never meets the window's end where the
 * document goes on.
 */
#define WIN_MIN		65536

/* Moves the bytes from P->p on to the window's start: the rest is read. */
static void
win_compact(struct jparse *p)
{
	size_t	 keep = (size_t)(p->end - p->p);

	if (p->p == p->win)
		return;
	p->base += (unsigned long long)(p->p - p->buf);
	memmove(p->win, p->p, keep);
	p->buf = p->p = p->win;
	p->end = p->win + keep;
}

/*
 * Reads on into the window (compacted: P->p is its start), growing it
 * when full. False at the end of the document, or on a read fault (P->err
 * set).
 */
static bool
win_more(struct jparse *p)
{
	size_t	 len = (size_t)(p->end - p->win);
	ssize_t	 n;

	if (p->eof || p->err != JERR_NONE)
		return false;
	if (len == p->win_cap) {
		/* A byte past value_max is enough to know a value is larger. */
		if (p->value_max != 0 && p->win_cap <= p->value_max &&
		    p->win_cap * 2 > p->value_max + 1)
			p->win_cap = p->value_max + 1;
		else
			p->win_cap *= 2;
		p->win = xrealloc(p->win, p->win_cap);
		p->buf = p->p = p->win;
		p->end = p->win + len;
	}
	n = p->read(p->read_ctx, p->win + len, p->win_cap - len);
	if (n < 0) {
		p->read_errno = errno;
		fail_at(p, p->p, JERR_READ, "%s", strerror(errno));
		return false;
	}
	if (n == 0) {
		p->eof = true;
		return false;
	}
	p->end += n;
	return true;
}

/*
 * Skips white space, reading on, until a byte stands at P->p or the
 * document ends. False on a read fault.
 */
static bool
stream_space(struct jparse *p)
{
	for (;;) {
		skip_space(p);
		if (p->p < p->end)
			return true;
		win_compact(p);
		if (!win_more(p))
			return p->err == JERR_NONE;
	}
}

/* A byte of a number, true, false or null (or of a fault in one). */
static bool
word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c == '.' || c == '+' || c == '-';
}

/*
 * Makes the window hold the whole value at P->p, or all that is left of
 * the document; the window is compacted only when it must read on. A
 * light scan finds the value's end: strings (as parse_string finds
 * theirs) and brackets, not which bracket closes which, as the parse
 * proper stops at the first that does not match, before the end the scan
 * found; nor deeper than the parse goes. A value larger than
 * P->value_max is a fault (ROOT: the root, said as the whole file); false
 * then, or on a read fault.
 */
static bool
fill_value(struct jparse *p, bool root)
{
	size_t		 i = 0, depth = 0;
	bool		 str = false, esc = false, scalar;
	unsigned char	 c;

	if (p->p == p->end) {
		win_compact(p);
		if (!win_more(p))
			return p->err == JERR_NONE;
	}
	scalar = *p->p != '"' && *p->p != '[' && *p->p != '{';
	for (;;) {
		for (; p->p + i < p->end; i++) {
			c = p->p[i];
			if (scalar) {
				if (!word_byte(c))
					return true;
			} else if (str) {
				if (esc)
					esc = false;
				else if (c == '\\')
					esc = true;
				else if (c == '"') {
					str = false;
					if (depth == 0)
						return true;
				}
			} else if (c == '"')
				str = true;
			else if (c == '[' || c == '{') {
				if (++depth > JSON_MAX_DEPTH + 1)
					return true;
			} else if ((c == ']' || c == '}') && --depth == 0)
				return true;
		}
		if (p->value_max != 0 && i > p->value_max) {
			fail_at(p, p->p, JERR_LIMIT, root ? "a JSON file "
			    "larger than %zu MiB, more than validate reads" :
			    "an item, or a member of the feed, larger than "
			    "%zu MiB, more than validate reads",
			    p->value_max >> 20);
			if (root)
				p->line = p->col = 0;
			return false;
		}
		/* Only now: moving what is left at every value is quadratic. */
		win_compact(p);
		if (!win_more(p))
			return p->err == JERR_NONE;
	}
}

static struct jnode *
stream_document(struct jparse *p)
{
	struct jnode	*root;

	while (p->end - p->p < 3 && win_more(p))
		;
	if (p->err != JERR_NONE || !no_bom(p) || !stream_space(p))
		return NULL;
	if (p->p < p->end && *p->p == '{')
		root = parse_container(p, 0, STREAM_ROOT);
	else
		root = fill_value(p, true) ? parse_value(p, 0) : NULL;
	return document_end(p, STREAM_ROOT, root);
}

struct jnode *
json_parse_stream(struct jparse *p)
{
	struct jnode	*root;

	p->err = JERR_NONE;
	p->cur_line = 1;
	p->used = 0;
	p->seed = hash_seed();
	p->base = p->line_off = 0;
	p->eof = false;
	p->win_cap = WIN_MIN;
	p->win = xmalloc(p->win_cap);
	p->buf = p->p = p->end = p->win;
	root = stream_document(p);
	free(p->win);
	p->win = NULL;
	p->buf = p->p = p->end = NULL;
	p->win_cap = 0;
	return root;
}

/*
 * The last of a repeated name: what Python's json, JavaScript's
 * JSON.parse and Go keep (RFC 8259 4: "many implementations report the
 * last name/value pair only"), so a check judges what readers see.
 */
const struct jnode *
json_get(const struct jnode *o, const char *name)
{
	const struct jnode	*k, *last = NULL;
	size_t			 n = strlen(name);

	if (o == NULL || o->type != J_OBJECT)
		return NULL;
	for (k = o->kids; k != NULL; k = k->next)
		if (k->keylen == n && memcmp(k->key, name, n) == 0)
			last = k;
	return last;
}

const char *
json_type_name(enum jtype t)
{
	switch (t) {
	case J_NULL:	return "null";
	case J_FALSE:
	case J_TRUE:	return "a boolean";
	case J_NUMBER:	return "a number";
	case J_STRING:	return "a string";
	case J_ARRAY:	return "an array";
	default:	return "an object";
	}
}

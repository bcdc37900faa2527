/*
 * xmlout: escaping and nesting for XML 1.0 output. Input text is UTF-8 that
 * has passed text_check, so only markup characters need escaping (see
 * escape.c for which).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "xmlout.h"

void
xmlout_init(struct xmlout *x, struct outbuf *out)
{
	memset(x, 0, sizeof(*x));
	x->out = out;
	x->text = &escape_xml_text;
}

void
xmlout_set_text(struct xmlout *x, const struct escape_table *t)
{
	x->text = t;
}

void
xmlout_declaration(struct xmlout *x)
{
	outbuf_puts(x->out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
}

static void
escape(struct outbuf *o, const char *s, size_t n, const struct escape_table *t)
{
	size_t	 i = 0, k;

	while (i < n) {
		k = escape_span(t, s + i, n - i);
		outbuf_write(o, s + i, k);
		i += k;
		if (i < n)
			outbuf_puts(o, t->rep[(unsigned char)s[i++]]);
	}
}

static void
indent(struct xmlout *x)
{
	int	 i;

	outbuf_putc(x->out, '\n');
	for (i = 0; i < x->depth; i++)
		outbuf_write(x->out, "  ", 2);
}

static void
close_start_tag(struct xmlout *x)
{
	if (x->in_tag) {
		outbuf_putc(x->out, '>');
		x->in_tag = false;
	}
}

void
xmlout_start(struct xmlout *x, const char *name)
{
	if (x->depth >= XMLOUT_MAX_DEPTH)
		abort();	/* a writer bug, not an input problem */
	close_start_tag(x);
	if (x->depth > 0) {
		x->has_children[x->depth - 1] = true;
		if (!x->has_text[x->depth - 1])
			indent(x);
	}
	outbuf_putc(x->out, '<');
	outbuf_puts(x->out, name);
	x->stack[x->depth] = name;
	x->has_children[x->depth] = false;
	x->has_text[x->depth] = false;
	x->depth++;
	x->in_tag = true;
}

void
xmlout_attrn(struct xmlout *x, const char *name, const char *value, size_t n)
{
	if (!x->in_tag)
		abort();
	outbuf_putc(x->out, ' ');
	outbuf_puts(x->out, name);
	outbuf_write(x->out, "=\"", 2);
	escape(x->out, value, n, &escape_xml_attr);
	outbuf_putc(x->out, '"');
}

void
xmlout_attr(struct xmlout *x, const char *name, const char *value)
{
	xmlout_attrn(x, name, value, strlen(value));
}

void
xmlout_text_with(struct xmlout *x, const char *s, size_t n,
    const struct escape_table *t)
{
	if (x->depth == 0)
		abort();
	close_start_tag(x);
	escape(x->out, s, n, t);
	x->has_text[x->depth - 1] = true;
}

void
xmlout_text(struct xmlout *x, const char *s, size_t n)
{
	xmlout_text_with(x, s, n, x->text);
}

/*
 * The first byte of S[0..N) that a CDATA section cannot hold as it is:
 * the "]" of a "]]>", which would end it, or a carriage return, which a
 * parser would read as a line feed. NULL when there is none.
 */
static const char *
cdata_stop(const char *s, size_t n)
{
	const char	*end, *cr, *p;

	if (n == 0)
		return NULL;	/* S may be NULL: an empty text */
	end = s + n;
	/* memchr, not a loop of our own: a body is kilobytes of text. */
	cr = memchr(s, '\r', n);
	if (cr != NULL)
		end = cr;
	for (p = s; end - p >= 3 &&
	    (p = memchr(p, ']', (size_t)(end - p - 2))) != NULL; p++)
		if (p[1] == ']' && p[2] == '>')
			return p;
	return cr;
}

/*
 * The longest CDATA section written. libxml2 2.9's push parser, which
 * the check of every output and xmlTextReader readers use, takes time
 * quadratic in a section's length past 10,000,000 bytes (12 MB: 31 s), so
 * longer text is cut into sections of this many bytes: a reader joins
 * them into the same text.
 */
#define CDATA_MAX	(1024 * 1024)

void
xmlout_cdata(struct xmlout *x, const char *s, size_t n)
{
	const char	*stop, *sep;
	size_t		 k, w, skip;

	if (x->depth == 0)
		abort();
	close_start_tag(x);
	outbuf_write(x->out, "<![CDATA[", 9);
	/* Each turn ends a section after K bytes of S and begins the next. */
	for (;;) {
		w = n > CDATA_MAX ? CDATA_MAX : n;
		sep = "]]><![CDATA[";
		skip = 0;
		if ((stop = cdata_stop(s, w)) != NULL && *stop == '\r') {
			/* The CR goes between the two, as a reference. */
			k = (size_t)(stop - s);
			sep = "]]>&#13;<![CDATA[";
			skip = 1;
		} else if (stop != NULL)
			/* "]]" ends this section, ">" begins the next. */
			k = (size_t)(stop - s) + 2;
		else if (w < n)
			/* Never inside a UTF-8 character: S[K] begins one. */
			for (k = w; k > w - 4 && ((unsigned char)s[k] & 0xc0) ==
			    0x80; k--)
				;
		else
			break;
		outbuf_write(x->out, s, k);
		outbuf_write(x->out, sep, strlen(sep));
		s += k + skip;
		n -= k + skip;
	}
	if (n > 0)
		outbuf_write(x->out, s, n);
	outbuf_write(x->out, "]]>", 3);
	x->has_text[x->depth - 1] = true;
}

void
xmlout_end(struct xmlout *x)
{
	if (x->depth == 0)
		abort();
	x->depth--;
	if (x->in_tag) {
		outbuf_write(x->out, "/>", 2);
		x->in_tag = false;
		return;
	}
	if (x->has_children[x->depth] && !x->has_text[x->depth])
		indent(x);
	outbuf_write(x->out, "</", 2);
	outbuf_puts(x->out, x->stack[x->depth]);
	outbuf_putc(x->out, '>');
}

void
xmlout_element(struct xmlout *x, const char *name, const char *s, size_t n)
{
	xmlout_start(x, name);
	xmlout_text(x, s, n);
	xmlout_end(x);
}

void
xmlout_element_str(struct xmlout *x, const char *name, const char *s)
{
	xmlout_element(x, name, s, strlen(s));
}

void
xmlout_finish(struct xmlout *x)
{
	while (x->depth > 0)
		xmlout_end(x);
	outbuf_putc(x->out, '\n');
}

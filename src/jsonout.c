/*
 * jsonout: escaping and nesting for JSON text (RFC 8259). Strings are
 * UTF-8 that has passed text_check; '"', '\' and control characters are
 * escaped as section 7 requires, and so are U+2028 and U+2029, which are
 * valid JSON but end a line in JavaScript source. Misuse (a value where a
 * member name is due, too deep) is a writer bug and aborts, as in xmlout.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonout.h"

void
jsonout_init(struct jsonout *j, struct outbuf *out)
{
	memset(j, 0, sizeof(*j));
	j->out = out;
}

static void
indent(struct jsonout *j)
{
	int	 i;

	outbuf_putc(j->out, '\n');
	for (i = 0; i < j->depth; i++)
		outbuf_write(j->out, "  ", 2);
}

/* Before any value: the comma and indentation an array item needs. */
static void
before_value(struct jsonout *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->kind[j->depth - 1] != '[')
		abort();	/* a value in an object needs a name first */
	if (j->has_items[j->depth - 1])
		outbuf_putc(j->out, ',');
	j->has_items[j->depth - 1] = true;
	indent(j);
}

static void
open_container(struct jsonout *j, char kind)
{
	if (j->depth >= JSONOUT_MAX_DEPTH)
		abort();
	before_value(j);
	outbuf_putc(j->out, kind);
	j->kind[j->depth] = kind;
	j->has_items[j->depth] = false;
	j->depth++;
}

void
jsonout_object(struct jsonout *j)
{
	open_container(j, '{');
}

void
jsonout_array(struct jsonout *j)
{
	open_container(j, '[');
}

void
jsonout_end(struct jsonout *j)
{
	if (j->depth == 0 || j->after_key)
		abort();
	j->depth--;
	if (j->has_items[j->depth])
		indent(j);
	outbuf_putc(j->out, j->kind[j->depth] == '{' ? '}' : ']');
}

static void
escape(struct outbuf *o, const char *s, size_t n)
{
	static const char	 hex[] = "0123456789abcdef";
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, run = 0;
	char			 rep[7];
	size_t			 rlen, skip;

	outbuf_putc(o, '"');
	for (i = 0; i < n; i++) {
		skip = 1;
		rlen = 2;
		rep[0] = '\\';
		switch (u[i]) {
		case '"':
			rep[1] = '"';
			break;
		case '\\':
			rep[1] = '\\';
			break;
		case '\b':
			rep[1] = 'b';
			break;
		case '\f':
			rep[1] = 'f';
			break;
		case '\n':
			rep[1] = 'n';
			break;
		case '\r':
			rep[1] = 'r';
			break;
		case '\t':
			rep[1] = 't';
			break;
		case 0xe2:
			/* U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR */
			if (i + 2 < n && u[i + 1] == 0x80 &&
			    (u[i + 2] == 0xa8 || u[i + 2] == 0xa9)) {
				memcpy(rep, u[i + 2] == 0xa8 ? "\\u2028" :
				    "\\u2029", 6);
				rlen = 6;
				skip = 3;
				break;
			}
			continue;
		default:
			if (u[i] >= 0x20)
				continue;
			memcpy(rep, "\\u00", 4);
			rep[4] = hex[u[i] >> 4];
			rep[5] = hex[u[i] & 15];
			rlen = 6;
		}
		outbuf_write(o, s + run, i - run);
		outbuf_write(o, rep, rlen);
		i += skip - 1;
		run = i + 1;
	}
	outbuf_write(o, s + run, n - run);
	outbuf_putc(o, '"');
}

void
jsonout_key(struct jsonout *j, const char *name)
{
	if (j->depth == 0 || j->kind[j->depth - 1] != '{' || j->after_key)
		abort();
	if (j->has_items[j->depth - 1])
		outbuf_putc(j->out, ',');
	j->has_items[j->depth - 1] = true;
	indent(j);
	escape(j->out, name, strlen(name));
	outbuf_write(j->out, ": ", 2);
	j->after_key = true;
}

void
jsonout_string(struct jsonout *j, const char *s, size_t n)
{
	before_value(j);
	escape(j->out, s, n);
}

void
jsonout_string_str(struct jsonout *j, const char *s)
{
	jsonout_string(j, s, strlen(s));
}

void
jsonout_member(struct jsonout *j, const char *name, const char *s, size_t n)
{
	jsonout_key(j, name);
	jsonout_string(j, s, n);
}

void
jsonout_member_str(struct jsonout *j, const char *name, const char *s)
{
	jsonout_member(j, name, s, strlen(s));
}

void
jsonout_member_number(struct jsonout *j, const char *name,
    unsigned long long v)
{
	char	 d[24];
	int	 n;

	jsonout_key(j, name);
	before_value(j);
	n = snprintf(d, sizeof(d), "%llu", v);
	outbuf_write(j->out, d, (size_t)n);
}

void
jsonout_finish(struct jsonout *j)
{
	if (j->after_key)
		abort();
	while (j->depth > 0)
		jsonout_end(j);
	outbuf_putc(j->out, '\n');
}

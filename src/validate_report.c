/*
 * validate_report: collecting problems and printing them. A message is
 * made safe once, when it is added: it may quote bytes of the input (a
 * value, or libxml2 quoting what follows an encoding error), so bytes that
 * are not UTF-8 and characters that break a line or steer a terminal are
 * written as \xNN or \uNNNN, and a message too long to read loses its
 * middle (a long value quoted), never its end, which says what is wrong.
 * JSON strings are escaped per RFC 8259 section 7, and a file name that
 * is not UTF-8 is written the same way, as JSON text must be UTF-8 (8.1).
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"
#include "validate_report.h"

/* The longest message kept, in bytes. */
#define MSG_MAX		1000
/* Of a message cut to fit, the bytes kept from its end: the reason. */
#define MSG_TAIL	400

void
report_init(struct report *r, const char *name)
{
	memset(r, 0, sizeof(*r));
	r->name = xstrdup(name);
	r->format = "unknown";
}

void
report_free(struct report *r)
{
	size_t	 i;

	for (i = 0; i < r->n; i++)
		free(r->v[i].msg);
	free(r->v);
	free(r->name);
	memset(r, 0, sizeof(*r));
}

/* The escape utf8_safe_text wrote that holds byte K of S, if any: its start. */
static bool
in_escape(const char *s, size_t k, size_t *start, size_t *len)
{
	size_t	 j;

	for (j = k > 5 ? k - 5 : 0; j < k; j++)
		if (s[j] == '\\' && (s[j + 1] == 'x' || s[j + 1] == 'u') &&
		    j + (*len = s[j + 1] == 'x' ? 4 : 6) > k) {
			*start = j;
			return true;
		}
	return false;
}

/*
 * A message over MOST bytes loses its middle to "...": most of it is a
 * value quoted, and its end says what is wrong with it, so the start
 * and the last MSG_TAIL bytes or so stay. Neither cut falls inside a
 * UTF-8 character or an escape (\xNN, \uNNNN).
 */
static void
shorten(struct buf *m, size_t most)
{
	size_t	 head, tail, start, len;

	if (m->len <= most)
		return;
	head = most - 3 - MSG_TAIL;
	while (head > 0 && ((unsigned char)m->data[head] & 0xc0) == 0x80)
		head--;
	if (in_escape(m->data, head, &start, &len))
		head = start;
	tail = m->len - MSG_TAIL;
	if (in_escape(m->data, tail, &start, &len))
		tail = start + len;
	while (tail < m->len && ((unsigned char)m->data[tail] & 0xc0) == 0x80)
		tail++;
	memcpy(m->data + head, "...", 3);
	memmove(m->data + head + 3, m->data + tail, m->len - tail + 1);
	m->len = head + 3 + (m->len - tail);
}

void
report_add(struct report *r, unsigned long line, unsigned long col,
    enum rule rule, const char *fmt, ...)
{
	va_list		 ap;

	va_start(ap, fmt);
	report_vadd(r, line, col, rule, fmt, ap);
	va_end(ap);
}

/*
 * Whether a problem of severity SEV may be kept: below the cap, or an
 * error past it, for which the last warning kept goes (the errors after
 * it move down, in their order).
 */
static bool
make_room(struct report *r, enum severity sev)
{
	size_t	 i;

	if (r->n < REPORT_MAX_KEPT)
		return true;
	if (sev != SEV_ERROR || r->kept_warnings == 0)
		return false;
	for (i = r->n; i > 0 && r->v[i - 1].sev == SEV_ERROR; i--)
		;
	if (i-- == 0)
		return false;
	free(r->v[i].msg);
	memmove(&r->v[i], &r->v[i + 1], (r->n - i - 1) * sizeof(*r->v));
	r->n--;
	r->kept_warnings--;
	return true;
}

void
report_vadd(struct report *r, unsigned long line, unsigned long col,
    enum rule rule, const char *fmt, va_list ap)
{
	const struct rule_info *ri = rule_info(rule);
	struct problem	*p;
	va_list		 ap2;
	struct buf	 raw, text;
	int		 len;

	if (ri->sev == SEV_ERROR)
		r->errors++;
	else
		r->warnings++;
	if (!make_room(r, ri->sev))
		return;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xreallocarray(r->v, r->cap, sizeof(*r->v));
	}
	va_copy(ap2, ap);
	len = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	buf_init(&raw);
	if (len > 0) {
		buf_reserve(&raw, (size_t)len + 1);
		vsnprintf(raw.data, (size_t)len + 1, fmt, ap);
		raw.len = (size_t)len;
	}
	/* Cut first as it is, so that a long value costs no more. */
	shorten(&raw, 2 * MSG_MAX);
	buf_init(&text);
	utf8_safe_text(&text, raw.data, raw.len, true);
	buf_free(&raw);
	shorten(&text, MSG_MAX);
	p = &r->v[r->n++];
	p->line = line;
	p->col = col;
	p->sev = ri->sev;
	r->kept_warnings += p->sev != SEV_ERROR;
	p->rule = ri->id;
	/* Its own size: a thousand kept messages hold no spare room. */
	p->msg = xstrdup(text.data != NULL ? text.data : "");
	buf_free(&text);
}

void
report_take(struct report *r, struct problem *p)
{
	if (p->sev == SEV_ERROR)
		r->errors++;
	else
		r->warnings++;
	if (!make_room(r, p->sev)) {
		free(p->msg);
		p->msg = NULL;
		return;
	}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xreallocarray(r->v, r->cap, sizeof(*r->v));
	}
	r->kept_warnings += p->sev != SEV_ERROR;
	r->v[r->n++] = *p;
	p->msg = NULL;
}

void
report_count(struct report *r, unsigned long errors, unsigned long warnings)
{
	r->errors += errors;
	r->warnings += warnings;
}

bool
report_ok(const struct report *r, bool strict)
{
	return r->errors == 0 && (!strict || r->warnings == 0);
}

void
report_print_text(const struct report *r, FILE *fp)
{
	const struct problem *p;
	struct buf	 name;
	size_t		 i;

	/*
	 * A file name may hold any byte but '/' (with --chain it comes from
	 * the feed): escaped as vmessage() escapes it on standard error, so
	 * a line break in it forges no line and ESC works no terminal.
	 */
	buf_init(&name);
	utf8_safe_text(&name, r->name, strlen(r->name), false);
	for (i = 0; i < r->n; i++) {
		p = &r->v[i];
		fprintf(fp, "%s:%lu:%lu: %s: %s [%s]\n", name.data, p->line,
		    p->col, severity_name(p->sev), p->msg, p->rule);
	}
	if (r->errors + r->warnings > r->n)
		fprintf(fp, "%s: %lu more problems not shown\n", name.data,
		    r->errors + r->warnings - (unsigned long)r->n);
	buf_free(&name);
}

static void
json_string(const char *s, FILE *fp)
{
	const unsigned char *u = (const unsigned char *)s;

	fputc('"', fp);
	for (; *u != '\0'; u++) {
		switch (*u) {
		case '"':
			fputs("\\\"", fp);
			break;
		case '\\':
			fputs("\\\\", fp);
			break;
		case '\n':
			fputs("\\n", fp);
			break;
		case '\r':
			fputs("\\r", fp);
			break;
		case '\t':
			fputs("\\t", fp);
			break;
		default:
			if (*u < 0x20 || *u == 0x7f)
				fprintf(fp, "\\u%04x", *u);
			else
				fputc(*u, fp);
		}
	}
	fputc('"', fp);
}

void
report_print_json(const struct report *r, bool strict, FILE *fp)
{
	const struct problem *p;
	struct buf	 name;
	size_t		 i;

	/*
	 * The file name, which may be any bytes, as UTF-8 (JSON text is),
	 * made before the first byte is printed: running out of memory
	 * then leaves no object half written (see cmd_validate).
	 */
	buf_init(&name);
	utf8_safe_text(&name, r->name, strlen(r->name), false);
	fputs("{\"file\": ", fp);
	json_string(name.data, fp);
	buf_free(&name);
	fputs(", \"format\": ", fp);
	json_string(r->format, fp);
	fprintf(fp, ", \"valid\": %s, \"errors\": %lu, \"warnings\": %lu, "
	    "\"problems\": [", report_ok(r, strict) ? "true" : "false",
	    r->errors, r->warnings);
	for (i = 0; i < r->n; i++) {
		p = &r->v[i];
		fprintf(fp, "%s\n  {\"line\": %lu, \"column\": %lu, "
		    "\"severity\": \"%s\", \"rule\": ", i ? "," : "", p->line,
		    p->col, severity_name(p->sev));
		json_string(p->rule, fp);
		fputs(", \"message\": ", fp);
		json_string(p->msg, fp);
		fputc('}', fp);
	}
	fputs("]}", fp);
}

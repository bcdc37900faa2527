/*
 * validate_report: collecting problems and printing them. JSON strings
 * are escaped per RFC 8259 section 7; input bytes that are not UTF-8
 * never reach here, since libxml2 rejects them first.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "validate_report.h"

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

void
report_add(struct report *r, unsigned long line, unsigned long col,
    enum rule rule, const char *fmt, ...)
{
	const struct rule_info *ri = rule_info(rule);
	struct problem	*p;
	va_list		 ap;
	char		 text[1024];

	if (ri->sev == SEV_ERROR)
		r->errors++;
	else
		r->warnings++;
	if (r->n >= REPORT_MAX_KEPT)
		return;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xreallocarray(r->v, r->cap, sizeof(*r->v));
	}
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	/* One problem, one line: a value quoted may hold line breaks. */
	for (char *q = text; *q != '\0'; q++)
		if (*q == '\n' || *q == '\r')
			*q = ' ';
	p = &r->v[r->n++];
	p->line = line;
	p->col = col;
	p->sev = ri->sev;
	p->rule = ri->id;
	p->msg = xstrdup(text);
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
	size_t		 i;

	for (i = 0; i < r->n; i++) {
		p = &r->v[i];
		fprintf(fp, "%s:%lu:%lu: %s: %s [%s]\n", r->name, p->line,
		    p->col, severity_name(p->sev), p->msg, p->rule);
	}
	if (r->errors + r->warnings > r->n)
		fprintf(fp, "%s: %lu more problems not shown\n", r->name,
		    r->errors + r->warnings - (unsigned long)r->n);
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
	size_t		 i;

	fputs("{\"file\": ", fp);
	json_string(r->name, fp);
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

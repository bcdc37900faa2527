/*
 * xmlout: the only place feedwright produces XML. A small streaming writer:
 * it escapes every text and attribute value, keeps a stack of open elements
 * so tags always nest, and indents element-only content (never text:
 * an element that holds text keeps its children on its line). It writes into an
 * outbuf, which is what makes it several times faster than xmlTextWriter
 * (see ../shared/notes/measurements.md); every file it makes is parsed back
 * and validated with libxml2 before it is published.
 */
#ifndef FEEDWRIGHT_XMLOUT_H
#define FEEDWRIGHT_XMLOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "outbuf.h"

#define XMLOUT_MAX_DEPTH 32

struct xmlout {
	struct outbuf	*out;
	const char	*stack[XMLOUT_MAX_DEPTH];	/* names: string literals */
	bool		 has_children[XMLOUT_MAX_DEPTH];
	bool		 has_text[XMLOUT_MAX_DEPTH];	/* mixed: no indenting */
	int		 depth;
	bool		 in_tag;	/* a start tag is open for attributes */
	const struct escape_table *text;	/* how text is escaped */
};

struct escape_table;

/* Text is escaped with escape_xml_text unless xmlout_set_text says otherwise. */
void	xmlout_init(struct xmlout *x, struct outbuf *out);
void	xmlout_set_text(struct xmlout *x, const struct escape_table *t);
/* The XML declaration; call first. */
void	xmlout_declaration(struct xmlout *x);
/* NAME must outlive the element (feedwright passes string literals). */
void	xmlout_start(struct xmlout *x, const char *name);
void	xmlout_attr(struct xmlout *x, const char *name, const char *value);
void	xmlout_attrn(struct xmlout *x, const char *name, const char *value,
	    size_t n);
void	xmlout_text(struct xmlout *x, const char *s, size_t n);
/* Text escaped with T, whatever xmlout_set_text said. */
void	xmlout_text_with(struct xmlout *x, const char *s, size_t n,
	    const struct escape_table *t);
/*
 * Text as a CDATA section: no escaping, so a parser reads it several
 * times faster than the same text full of character references.
 */
void	xmlout_cdata(struct xmlout *x, const char *s, size_t n);
void	xmlout_end(struct xmlout *x);
/* <name>text</name> */
void	xmlout_element(struct xmlout *x, const char *name, const char *s,
	    size_t n);
void	xmlout_element_str(struct xmlout *x, const char *name, const char *s);
/* Ends the document: closes what is open and writes the final newline. */
void	xmlout_finish(struct xmlout *x);

#endif

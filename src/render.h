/*
 * render: turning record text into the HTML that feeds carry as content.
 */
#ifndef FEEDWRIGHT_RENDER_H
#define FEEDWRIGHT_RENDER_H

#include <stddef.h>

#include "record.h"
#include "util.h"

/* Appends s[0..n) escaped as HTML text content (& < >). */
void	html_escape(struct buf *b, const char *s, size_t n);

/*
 * Appends each paragraph as <p>...</p>, one per line; the line breaks
 * inside a paragraph are kept as plain newlines.
 */
void	render_paragraphs(struct buf *b, const struct span *p, size_t n);

#endif

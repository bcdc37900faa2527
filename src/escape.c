/*
 * escape: the tables. '>' is escaped in XML text too, so "]]>" never
 * appears; CR, and TAB and LF in attributes, become character references
 * so that XML end-of-line and attribute-value normalisation keep them.
 */
#include "config.h"

#include "escape.h"

const struct escape_table escape_xml_text = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\r'] = "&#13;",
} };

const struct escape_table escape_xml_attr = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;",
	['\r'] = "&#13;", ['\n'] = "&#10;", ['\t'] = "&#9;",
} };

/* Records may have CRLF line ends: one newline per line break is enough. */
const struct escape_table escape_html_text = { .rep = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['\r'] = "",
} };

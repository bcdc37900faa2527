/*
 * mimetype.h -- media types (RFC 2045 section 5.1, RFC 6838 section
 * 4.2): the one grammar for records' Enclosure: type and the
 * validator's type attributes.
 */

#ifndef MIMETYPE_H
#define MIMETYPE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True if s[0..n) is type "/" subtype *(";" attribute "=" value): type,
 * subtype and attribute are RFC 2045 tokens, a value is a token or a
 * quoted-string, and spaces may surround each ";" and follow the
 * subtype.
 */
bool	mimetype_valid(const char *s, size_t n);

/*
 * True if s[0..n), a type mimetype_valid accepts, is an XML media type
 * (RFC 7303): a subtype of "xml" or one ending in "+xml", in any case.
 */
bool	mimetype_is_xml(const char *s, size_t n);

#endif /* MIMETYPE_H */

/*
 * uri: syntax checks for the URIs and IRIs feeds carry (RFC 3986, RFC 3987).
 */
#ifndef FEEDWRIGHT_URI_H
#define FEEDWRIGHT_URI_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True if s[0..n) is an absolute IRI (RFC 3987 "IRI": scheme ":" ihier-part
 * [ "?" iquery ] [ "#" ifragment ]): a valid scheme, only characters the
 * grammar allows (no spaces, controls, "<>\"{}|\\^`"), well-formed
 * percent-escapes. Non-ASCII must be valid UTF-8 ucschar/iprivate.
 */
bool	uri_is_absolute_iri(const char *s, size_t n);

/* The same grammar for a relative or absolute reference (IRI-reference). */
bool	uri_is_iri_reference(const char *s, size_t n);

#endif

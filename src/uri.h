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

/*
 * An absolute URI (RFC 3986 "URI"): the same grammar, ASCII only. RSS
 * takes URLs, not IRIs: a character outside ASCII must be percent-encoded
 * as UTF-8 there (RFC 3987 3.1).
 */
bool	uri_is_absolute_uri(const char *s, size_t n);

/*
 * True if s[0..n) is an absolute IRI by RFC 3987's generic grammar alone,
 * whatever its scheme asks beyond it: "http:/x" is one, "a b:" is not.
 * For messages that tell a link without a host from no IRI at all.
 */
bool	uri_is_iri_syntax(const char *s, size_t n);

/* The same grammar for a relative or absolute reference (IRI-reference). */
bool	uri_is_iri_reference(const char *s, size_t n);

/*
 * True if s[0..n) begins with the scheme SCHEME (given in lower case) and
 * its ":". Schemes are case-insensitive (RFC 3986 3.1): "HTTPS:" is https.
 * uri_is_http: the scheme is http or https.
 */
bool	uri_has_scheme(const char *s, size_t n, const char *scheme);
bool	uri_is_http(const char *s, size_t n);
/* The scheme is http or https, but no "//" and host follow it. */
bool	uri_http_without_host(const char *s, size_t n);

/*
 * True if s[0..n) is a link feedwright may publish: an absolute http or
 * https URL (the scheme in any case) with a host. Anything else
 * (javascript:, data:, file:, a scheme-relative or host-less URL) could
 * run or fetch something other than a web page when clicked.
 */
bool	uri_is_web_link(const char *s, size_t n);

/*
 * Ids (atom:id, guid, JSON Feed id) are never links: any absolute IRI,
 * but a tag: URI must follow RFC 4151 and a urn: RFC 2141 (urn:uuid: a
 * UUID), as RFC 4287 readers and "feedwright validate" check. Returns NULL
 * for a good id, or what is wrong, as a phrase ("is not a tag URI ...").
 */
const char *uri_id_problem(const char *s, size_t n);

/* s[0..n) starts with "tag:" / "urn:" (any case): is the rest RFC 4151 / 2141? */
bool	uri_is_tag(const char *s, size_t n);
bool	uri_is_urn(const char *s, size_t n);

/*
 * True if s[0..n) is a fully qualified domain name: two or more labels of
 * letters, digits and inner hyphens, joined by dots (RFC 1035 2.3.1, as
 * RFC 4151's DNSname), a host such as "irc.example.net", or
 * "irc.example.net." with the root's dot; labels of at most 63
 * characters, 253 in all; not a dotted-decimal address (RFC 1123 2.1).
 */
bool	uri_is_dns_name(const char *s, size_t n);

/* True if s[0..n) is a UUID's 8-4-4-4-12 hex digits (RFC 4122 3). */
bool	uri_is_uuid(const char *s, size_t n);

struct buf;

/*
 * Appends s[0..n) to b, percent-encoding (RFC 3986 2.1, upper-case hex)
 * every octet but the unreserved characters and those in keep.
 */
void	uri_percent_encode(struct buf *b, const char *s, size_t n,
	    const char *keep);
/*
 * Appends s[0..n) to b with each "%" and two hex digits decoded to its
 * octet (uri_percent_encode undone); a "%" not so followed stays. False
 * if an octet decoded is NUL, which no name holds.
 */
bool	uri_percent_decode(struct buf *b, const char *s, size_t n);

/*
 * Appends to b the URI the IRI s[0..n) maps to (RFC 3987 3.1): each
 * octet outside ASCII percent-encoded, the rest as it is. For RSS, which
 * takes URLs where Atom takes IRIs.
 */
void	uri_from_iri(struct buf *b, const char *s, size_t n);

/* The URL V (NUL-terminated) has a user name or password: "http://u:p@h/". */
bool	uri_has_userinfo(const char *v);
/* The same of s[0..n). */
bool	uri_has_userinfo_n(const char *s, size_t n);
/* The path of the URL V has a "." or ".." segment (RFC 3986 5.2.4). */
bool	uri_has_dot_segment(const char *v);

/*
 * Appends to OUT the reference REF resolved against BASE (RFC 3986 5.2):
 * a relative REF takes BASE's scheme, authority, path and query as 5.2.2
 * says. With an absolute result, dot segments are removed (5.2.4); BASE
 * may be relative too (an xml:base inside another), and then they stay,
 * for the resolution against an absolute base still to come.
 */
void	uri_resolve(struct buf *out, const char *ref, const char *base);
/*
 * REF resolved against the xml:base values in its scope (RFC 4287 2,
 * XML Base): BASES[0] the nearest (on the element itself), each resolved
 * against the ones around it. A base that is no IRI reference is left
 * out. With no base, REF as it is.
 */
void	uri_resolve_bases(struct buf *out, const char *ref,
	    const char *const *bases, size_t n);
/* S (NUL-terminated) begins with a scheme: an absolute URI, not relative. */
bool	uri_is_absolute_ref(const char *s);
/*
 * The file extension of the last segment of the path of URI reference V
 * (what follows its last ".", not its first character), into *EXT and *N;
 * false if it has none. The query and fragment are no part of it.
 */
bool	uri_path_extension(const char *v, const char **ext, size_t *n);
/*
 * The file extension that ends the query of V ("?.jpg", "?f=a.mp3"): the
 * letters and digits after its last ".", with a letter among them (not
 * "v=1.2"), into *EXT and *N; false if none.
 */
bool	uri_query_extension(const char *v, const char **ext, size_t *n);
/*
 * S[0..n) is RFC 3987's isegment-nz-nc, a path segment without a colon:
 * one or more of the unreserved characters, ucschar, escapes, the
 * sub-delims and "@" (an Atom link relation's name, RFC 4287 4.2.7.2).
 */
bool	uri_is_segment_name(const char *s, size_t n);
/*
 * RFC 4287 4.2.7.2: a link relation's name "equivalent to the same name
 * registered within the IANA Registry", and so to the IRI made by
 * appending it to http://www.iana.org/assignments/relation/: the name
 * REL stands for, written either way (REL itself when it is no such IRI).
 */
const char *uri_link_rel_name(const char *rel);

/*
 * Appends to B one spelling of the URI V for comparing (RFC 3986 6.2.2,
 * 6.2.3): scheme and host in lower case; the escapes of unreserved
 * characters decoded and the others' hex digits in upper case; no dot
 * segments; for http and https, no port when it is empty or the
 * scheme's own, and "/" for an empty path. "HTTPS://Hub.example:443" and
 * "https://hub.example/" give the same.
 */
void	uri_normalize(struct buf *b, const char *v);
/*
 * A quick "uri_normalize would give V back": true for an http-like URI
 * with a lower-case scheme and host, no port, no escape, a path, and no
 * dot segment; false means only that it must be normalised to tell.
 */
bool	uri_plainly_normal(const char *v);
/* A and B are the same URI, once normalised (uri_normalize). */
bool	uri_same(const char *a, const char *b);

#endif

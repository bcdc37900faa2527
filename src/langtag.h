/*
 * langtag.h -- BCP 47 (RFC 5646) language tags: the one grammar for
 * feed.conf's language, RSS <language>, dc:language, xml:lang and
 * hreflang.
 */

#ifndef LANGTAG_H
#define LANGTAG_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True if s[0..n) is a well-formed language tag (RFC 5646 section 2.1):
 * a langtag, a private use tag ("x-..."), or one of the grandfathered
 * tags, in any case.
 */
bool	langtag_valid(const char *s, size_t n);

/*
 * True if text in the well-formed tag s[0..n) is written right to left:
 * decided by its script subtag when it has one ("az-Arab", "sd-Deva"),
 * else by its language ("ar", "he-IL").
 */
bool	langtag_rtl(const char *s, size_t n);

/* True if the language subtag of s[0..n) is LANG ("en"), in any case. */
bool	langtag_language_is(const char *s, size_t n, const char *lang);

#endif /* LANGTAG_H */

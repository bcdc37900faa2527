#!/bin/sh
# Format detection: Atom 1.0 (feed and entry documents) and RSS 2.0 are
# validated; RSS 0.91 and 0.92 are checked with the RSS 2.0 rules and say
# so; RSS 1.0 and Atom 0.3 are named and reported as unsupported; anything
# else is an error. Never a silent "valid" for a format not checked.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/formats/* "$T/"
cd "$T" || exit 99

# format_of FILE: the format the JSON report names.
format_of() {
	"$FEEDWRIGHT" validate --format=json "$1" |
	    sed -n 's/.*"format": "\([^"]*\)".*/\1/p'
}

expect_eq "Atom 1.0 detected" "$(format_of good.atom)" "atom-1.0"
expect_eq "Atom entry document detected" "$(format_of entry.atom)" "atom-1.0-entry"
expect_eq "RSS 2.0 detected" "$(format_of good.rss)" "rss-2.0"
expect_eq "RSS 0.91 detected" "$(format_of rss091.rss)" "rss-0.91"
expect_eq "RSS 0.92 detected" "$(format_of rss092.rss)" "rss-0.92"
expect_eq "RSS 1.0 detected" "$(format_of rss10.rdf)" "rss-1.0"
expect_eq "Atom 0.3 detected" "$(format_of atom03.atom)" "atom-0.3"
expect_eq "XHTML is no feed" "$(format_of html.xml)" "unknown"

run "$FEEDWRIGHT" validate entry.atom
expect_status "a valid Atom entry document" 0

run "$FEEDWRIGHT" validate rss091.rss
expect_status "RSS 0.91: valid under the RSS 2.0 rules" 0
expect_eq "RSS 0.91: says how it was checked" "$(cat "$T/out")" \
    "rss091.rss:2:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version]"
run "$FEEDWRIGHT" validate --strict rss092.rss
expect_status "RSS 0.92 under --strict" 1

run "$FEEDWRIGHT" validate rss-noversion.rss
expect_status "rss without version" 1
expect_eq "rss without version message" "$(cat "$T/out")" \
    'rss-noversion.rss:2:1: error: rss has no version attribute; RSS 2.0 requires version="2.0" [rss-version]'

run "$FEEDWRIGHT" validate rss10.rdf
expect_status "RSS 1.0 is not silently valid" 1
expect_eq "RSS 1.0 message" "$(cat "$T/out")" \
    "rss10.rdf:2:1: error: RSS 1.0 (RDF Site Summary) is recognised but not supported; use RSS 2.0 or Atom 1.0 [unsupported-format]"

run "$FEEDWRIGHT" validate atom03.atom
expect_status "Atom 0.3 is not silently valid" 1
expect_eq "Atom 0.3 message" "$(cat "$T/out")" \
    "atom03.atom:2:1: error: Atom 0.3 (namespace http://purl.org/atom/ns#) is recognised but not supported; it was replaced by Atom 1.0 (RFC 4287) [unsupported-format]"

run "$FEEDWRIGHT" validate html.xml
expect_status "XHTML page" 1
expect_eq "XHTML page message" "$(cat "$T/out")" \
    "html.xml:2:1: error: root element html is neither Atom 1.0 (feed) nor RSS (rss): not a feed this validator knows [unknown-format]"

run "$FEEDWRIGHT" validate nofeed.atom
expect_status "feed outside the Atom namespace" 1
expect_eq "feed outside the Atom namespace message" "$(cat "$T/out")" \
    "nofeed.atom:2:1: error: root element feed is not in the Atom namespace http://www.w3.org/2005/Atom [unknown-format]"

run "$FEEDWRIGHT" validate "$T"
expect_status "a directory cannot be read" 2
expect_eq "a directory: unreadable" "$(grep -c '\[unreadable\]' "$T/out")" 1

finish

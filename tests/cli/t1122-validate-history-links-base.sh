#!/bin/sh
# The RFC 5005 rules of one document compare the self and current links
# as the URLs they name: resolved against the xml:base in their scope
# (RFC 4287 section 2) and normalised (RFC 3986 6.2.2), not as written.
# A complete feed's current link is its self link (history-complete-links,
# an error otherwise); an archive's is not (history-archive-current, a
# warning). An absolute link and one relative to the document's unknown
# URL are not compared.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE MARK ROOT-ATTRS SELF-HREF CURRENT-HREF: an Atom document
# marked fh:MARK, its self link on line 7, its current link on line 8.
atom() {
	cat >"$1" <<-EOT
	<?xml version="1.0" encoding="utf-8"?>
	<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0"$3>
	  <title>Example</title>
	  <id>https://example.org/</id>
	  <updated>2024-03-06T00:00:00Z</updated>
	  <author><name>Example</name></author>
	  <link rel="self" href="$4"/>
	  <link rel="current" href="$5"/>
	  <fh:$2/>
	  <entry>
	    <title>Post 1</title>
	    <id>https://example.org/posts/1</id>
	    <link href="https://example.org/posts/1.html"/>
	    <updated>2024-03-01T00:00:00Z</updated>
	  </entry>
	</feed>
	EOT
}

test_expect_success 'a complete feed whose current "atom.xml", under xml:base .../feeds/, is its self link: exit 0, silent' '
	atom c.xml complete " xml:base=\"https://example.org/feeds/\"" \
	    https://example.org/feeds/atom.xml atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict c.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a complete feed whose current is its self link spelled HTTPS://EXAMPLE.org:443/...: silent' '
	atom c.xml complete "" https://example.org/feeds/atom.xml \
	    HTTPS://EXAMPLE.org:443/feeds/./atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict c.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a complete feed whose current, resolved, is another URL: history-complete-links, exit 1' '
	atom c.xml complete " xml:base=\"https://example.org/feeds/\"" \
	    https://example.org/feeds/atom.xml all.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate c.xml &&
	cat >want <<-\EOT &&
	c.xml:8:3: error: the current link of a complete feed (fh:complete) is not its self link [history-complete-links]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an archive whose current "1.xml", under xml:base .../archive/, is its own self link: history-archive-current' '
	atom a.xml archive " xml:base=\"https://example.org/feeds/archive/\"" \
	    https://example.org/feeds/archive/1.xml 1.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate a.xml &&
	cat >want <<-\EOT &&
	a.xml:8:3: warning: the current link of an archive document (fh:archive) names the archive itself, not the subscription document [history-archive-current]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict a.xml
'

test_expect_success 'an archive whose current "../atom.xml", under the same xml:base, is the subscription document: silent' '
	atom a.xml archive " xml:base=\"https://example.org/feeds/archive/\"" \
	    https://example.org/feeds/archive/1.xml ../atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict a.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'self "1.xml" and current "./1.xml", both relative to the document: the same URL, the warning' '
	atom a.xml archive "" 1.xml ./1.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate a.xml &&
	cat >want <<-\EOT &&
	a.xml:8:3: warning: the current link of an archive document (fh:archive) names the archive itself, not the subscription document [history-archive-current]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an absolute self link and a current relative to the unknown document URL: not compared' '
	atom c.xml complete "" https://example.org/feeds/atom.xml atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict c.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'RSS: an archive channel whose current, under the channel'\''s xml:base, is its self link: the warning' '
	cat >a.rss <<-\EOT &&
	<?xml version="1.0" encoding="utf-8"?>
	<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">
	  <channel xml:base="https://example.org/feeds/archive/">
	    <title>Example</title>
	    <link>https://example.org/</link>
	    <description>Example</description>
	    <atom:link rel="self" href="https://example.org/feeds/archive/1.rss" type="application/rss+xml"/>
	    <atom:link rel="current" href="1.rss"/>
	    <fh:archive/>
	  </channel>
	</rss>
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate a.rss &&
	cat >want <<-\EOT &&
	a.rss:8:5: warning: the current link of an archive document (fh:archive) names the archive itself, not the subscription document [history-archive-current]
	EOT
	test_cmp want "$T/out"
'

test_done

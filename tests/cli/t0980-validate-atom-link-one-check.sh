#!/bin/sh
# atom:link is checked by one set of rules (issue 9, item 3), whether it
# stands in an Atom feed or in an RSS channel: the same href, type,
# hreflang, length, rel and hub problems give the same verdicts, with the
# same rule ids and words; a hub's scheme is http or https in any case.
# Only RSS warns of a relative href (it has no base to resolve it
# against), and only an RSS item of the feed's own relations.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# The links, one per line, each with one problem.
cat >links <<\EOF_LINKS || exit 99
<atom:link rel="self" href="https://e.example/feed"/>
<atom:link rel="related" href="https://e.example/a" type="text"/>
<atom:link rel="related" href="https://e.example/b" hreflang="en_GB"/>
<atom:link rel="related" href="https://e.example/c" length="-1"/>
<atom:link rel="bogus-rel" href="https://e.example/d"/>
<atom:link rel="1x:y" href="https://e.example/e"/>
<atom:link rel="related"/>
<atom:link rel="related" href="a b"/>
<atom:link rel="hub" href="ftp://hub.example/"/>
EOF_LINKS

# atom.xml and rss.xml: the links on the same lines of each.
{
	printf '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:atom="http://www.w3.org/2005/Atom"><title>t</title><id>urn:uuid:0a2b8c1e-5d0f-4b5e-9a6e-1c2d3e4f5a6b</id><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author>\n' &&
	cat links &&
	printf '</feed>\n'
} >atom.xml || exit 99
{
	printf '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>https://e.example/</link><description>d</description>\n' &&
	cat links &&
	printf '</channel></rss>\n'
} >rss.xml || exit 99

test_expect_success 'the same atom:link problems give the same reports in Atom and in RSS' '
	cat >want <<-\EOF &&
	3:1: error: type "text" of atom:link is not a MIME media type [atom-link-type]
	4:1: error: hreflang "en_GB" of atom:link is not a language tag [atom-language]
	5:1: error: length "-1" of atom:link is not a non-negative integer [atom-link-length]
	6:1: warning: rel "bogus-rel" of atom:link is not a registered link relation [atom-link-rel-unregistered]
	7:1: error: rel "1x:y" of atom:link is neither a name nor an absolute IRI [atom-link-rel]
	8:1: error: atom:link has no href attribute [atom-link-href]
	9:1: error: href "a b" of atom:link is not an IRI reference [atom-iri]
	10:1: error: href "ftp://hub.example/" of atom:link rel="hub" is not an http or https URL [atom-link-hub]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate atom.xml &&
	sed "s/^atom\.xml://" "$T/out" >atom.out &&
	test_cmp want atom.out &&
	test_expect_code 1 "$FEEDWRIGHT" validate rss.xml &&
	sed "s/^rss\.xml://" "$T/out" >rss.out &&
	test_cmp want rss.out
'

test_expect_success 'a hub scheme in any case is http or https (RFC 3986 3.1), in Atom and in RSS' '
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:uuid:0a2b8c1e-5d0f-4b5e-9a6e-1c2d3e4f5a6b</id><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\"self\" href=\"https://e.example/feed\"/><link rel=\"hub\" href=\"HTTPS://hub.example/\"/><link rel=\"hub\" href=\"Http://hub2.example/\"/></feed>\n" >case.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict case.xml &&
	test_must_be_empty "$T/out" &&
	printf "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>t</title><link>https://e.example/</link><description>d</description><atom:link rel=\"self\" href=\"https://e.example/feed\"/><atom:link rel=\"hub\" href=\"HTTPS://hub.example/\"/><atom:link rel=\"hub\" href=\"FTP://hub2.example/\"/></channel></rss>\n" >case.rss &&
	echo "case.rss:1:248: error: href \"FTP://hub2.example/\" of atom:link rel=\"hub\" is not an http or https URL [atom-link-hub]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate case.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'a relative href: valid in Atom (xml:base or the document resolves it), a warning in RSS' '
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:uuid:0a2b8c1e-5d0f-4b5e-9a6e-1c2d3e4f5a6b</id><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\"self\" href=\"feed.xml\"/><link rel=\"hub\" href=\"/hub\"/></feed>\n" >rel.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict rel.xml &&
	test_must_be_empty "$T/out" &&
	printf "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>t</title><link>https://e.example/</link><description>d</description><atom:link rel=\"self\" href=\"feed.xml\"/><atom:link rel=\"hub\" href=\"/hub\"/></channel></rss>\n" >rel.rss &&
	cat >want <<-\EOF &&
	rel.rss:1:145: warning: href "feed.xml" of atom:link rel="self" is relative: RSS gives no base to resolve it against [atom-link-relative]
	rel.rss:1:184: warning: href "/hub" of atom:link rel="hub" is relative: RSS gives no base to resolve it against [atom-link-relative]
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate rel.rss &&
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# An RSS 1.0 link (channel, item, image, textinput) is its resource's URL,
# as RSS 2.0's link is: raw non-ASCII characters (an IRI, common on
# Japanese blog services) are refused in both formats alike, with the
# same words. rdf:about, an RDF URI reference, may still hold them.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss10 FILE LINK: an RSS 1.0 feed whose item link is LINK.
rss10() {
	cat >"$1" <<-EOF_FEED
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
	<channel rdf:about="https://e.example/"><title>t</title><link>https://e.example/</link><description>d</description>
	<items><rdf:Seq><rdf:li rdf:resource="https://e.example/日記"/></rdf:Seq></items></channel>
	<item rdf:about="https://e.example/日記"><title>i</title><link>$2</link></item>
	</rdf:RDF>
	EOF_FEED
}

test_expect_success 'RSS 1.0: an item link with raw non-ASCII is an IRI, not a URL' '
	rss10 iri.rdf "https://e.example/entry/日記" &&
	test_expect_code 1 "$FEEDWRIGHT" validate iri.rdf &&
	echo "iri.rdf:4:56: error: item link \"https://e.example/entry/日記\" is an IRI, not a URL: characters outside ASCII must be percent-encoded as UTF-8 (RFC 3987 3.1) [rss10-url]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'RSS 2.0 says the same of the same link' '
	printf "<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>d</description><item><title>i</title><link>https://e.example/entry/日記</link></item></channel></rss>\n" >iri.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate iri.rss &&
	grep "is an IRI, not a URL: characters outside ASCII must be percent-encoded as UTF-8 (RFC 3987 3.1) \[rss-url\]" "$T/out"
'

test_expect_success 'percent-encoded, and rdf:about with non-ASCII: valid under --strict' '
	rss10 ok.rdf "https://e.example/entry/%E6%97%A5%E8%A8%98" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rdf &&
	test_must_be_empty "$T/out"
'

test_done

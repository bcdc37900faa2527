#!/bin/sh
# RSS 0.90 (rdf:RDF with the namespace http://my.netscape.com/rdf/simple/0.9/)
# is refused with a clear message, as Atom 0.3 is: RSS 1.0 replaced it in
# 2000 and its hard limits (15 items, 40-character titles) are not RSS
# 1.0's. An rdf:RDF that is no feed, or two channels, are errors.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/formats/rss090.rdf "$T/" || exit 99
cd "$T" || exit 99

test_expect_success 'RSS 0.90: recognised, unsupported, exit 1, and named so in JSON' '
	test_expect_code 1 "$FEEDWRIGHT" validate rss090.rdf &&
	echo "rss090.rdf:2:1: error: RSS 0.90 (namespace http://my.netscape.com/rdf/simple/0.9/) is recognised but not supported; it was replaced by RSS 1.0 (namespace http://purl.org/rss/1.0/) [unsupported-format]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json rss090.rdf &&
	grep -q "\"format\": \"rss-0.90\", \"valid\": false, \"errors\": 1," "$T/out"
'

test_expect_success 'an rdf:RDF without an RSS 1.0 channel is not a valid feed' '
	cat >plain.rdf <<-\EOF &&
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
	<rdf:Description rdf:about="https://e.example/"/>
	</rdf:RDF>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate plain.rdf &&
	echo "plain.rdf:1:1: error: rdf:RDF has no channel, which RSS 1.0 requires [rss10-missing-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'two channels, and text directly inside a channel' '
	cat >two.rdf <<-\EOF &&
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
	<channel rdf:about="https://e.example/">stray<title>t</title><link>https://e.example/</link><description>d</description>
	<items><rdf:Seq/></items></channel>
	<channel rdf:about="https://e.example/2"/>
	</rdf:RDF>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate two.rdf &&
	cat >want <<-\EOF &&
	two.rdf:2:1: error: text directly inside channel, where only elements may appear [unexpected-text]
	two.rdf:4:1: error: rdf:RDF has more than one channel, which may occur once [rss10-duplicate-element]
	EOF
	test_cmp want "$T/out"
'

test_done

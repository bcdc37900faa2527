#!/bin/sh
# A number in an attribute is judged as one in element text: white space
# around it is no fault (the schema's xsd:nonNegativeInteger and
# xsd:unsignedShort collapse it; <ttl> 60 </ttl> is accepted too). So an
# enclosure length of "24986239 " and a cloud port of " 80" are valid;
# white space inside a number, or no number, is not.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA: a small RSS 2.0 feed.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'enclosure length and cloud port with white space around them: valid' '
	rss padded.xml "
<cloud domain=\"rpc.example.org\" port=\" 80\" path=\"/RPC2\" registerProcedure=\"p\" protocol=\"xml-rpc\"/>
<item><title>a</title><enclosure url=\"https://example.org/a.mp3\" length=\"24986239 \" type=\"audio/mpeg\"/></item>
<item><title>b</title><enclosure url=\"https://example.org/b.mp3\" length=\"&#10;12&#9;\" type=\"audio/mpeg\"/></item>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict padded.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'white space inside the number, or only white space, is still refused' '
	rss bad.xml "
<cloud domain=\"rpc.example.org\" port=\" \" path=\"/RPC2\" registerProcedure=\"p\" protocol=\"xml-rpc\"/>
<item><title>a</title><enclosure url=\"https://example.org/a.mp3\" length=\"24 986\" type=\"audio/mpeg\"/></item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
	cat >want <<-\EOT &&
	bad.xml:7:1: error: cloud port " " is not a port number [rss-cloud]
	bad.xml:8:23: error: enclosure length "24 986" is not a non-negative integer (bytes) [rss-enclosure]
	EOT
	test_cmp want "$T/out"
'

test_done

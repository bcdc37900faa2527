#!/bin/sh
# What the RELAX NG schema finds in the channel (outside items) is said
# where the start tag of the element at fault begins, its "<", as for
# items (feedwright(1), validate): the channel is checked as a copy, and
# the copy keeps the places of the original. Where libxml2's first message
# names no element ("Extra element X in interleave"), it is said at the
# element whose content failed, the one libxml2 names next.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA: a small RSS 2.0 feed, indented.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n  <channel>\n    <title>t</title>\n    <link>https://example.org/</link>\n    <description>d</description>%s\n  </channel>\n</rss>\n' "$2" >"$1"
}

cloud='<cloud domain="rpc.example.org" port="80" path="/RPC2" registerProcedure="ping" protocol="soap"'

test_expect_success 'text in an indented cloud: said at the cloud'"'"'s <' '
	rss cloud.xml "
    $cloud>oops</cloud>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate cloud.xml &&
	echo "cloud.xml:7:5: error: does not match the RELAX NG schema: Element cloud has extra content: text [schema]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an element in a cloud: said at that element'"'"'s <' '
	rss child.xml "
    $cloud><x:y xmlns:x=\"urn:x\"/></cloud>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate child.xml &&
	echo "child.xml:7:101: error: does not match the RELAX NG schema: Element cloud has extra content: y [schema]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'text between the elements of an image: said at the image'"'"'s <' '
	rss image.xml "
    <image>
      <url>https://example.org/logo.png</url>oops
      <title>t</title>
      <link>https://example.org/</link>
    </image>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate image.xml &&
	echo "image.xml:7:5: error: does not match the RELAX NG schema: Expecting an element title, got nothing [schema]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a feed on one line: the column of the cloud' '
	printf "<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link><description>d</description>%s>oops</cloud></channel></rss>\n" "$cloud" >one.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate one.xml &&
	echo "one.xml:1:106: error: does not match the RELAX NG schema: Element cloud has extra content: text [schema]" >want &&
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# validate reads the numbers of RSS 2.0 (ttl's neighbours: an image's
# width and height, skipHours' hours, cloud's port) and itunes:duration
# by number.c's one grammar: digits whose value is at most the maximum,
# leading zeros allowed as in xs:integer, never wrapped however long.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# channel EXTRA: an RSS 2.0 feed whose channel also holds EXTRA.
channel() {
	printf '%s\n' '<?xml version="1.0"?>' \
	    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>' \
	    '<title>t</title><link>https://e.example/</link><description>d</description>' \
	    "$1" \
	    '<item><title>i</title><guid isPermaLink="false">1</guid></item>' \
	    '</channel></rss>'
}

test_expect_success 'leading zeros: an hour 007, a width 0000000144, a port 00080 are their values' '
	channel "<skipHours><hour>007</hour><hour>23</hour></skipHours><image><url>https://e.example/i.png</url><title>t</title><link>https://e.example/</link><width>0000000144</width></image><cloud domain=\"e.example\" port=\"00080\" path=\"/r\" registerProcedure=\"p\" protocol=\"soap\"/>" >zeros.xml &&
	"$FEEDWRIGHT" validate zeros.xml >out 2>&1 &&
	test_must_be_empty out
'

test_expect_success 'an hour of 25, and an hour, a port and a height of twenty digits are refused, not wrapped' '
	channel "<skipHours><hour>25</hour><hour>18446744073709551623</hour></skipHours><cloud domain=\"e.example\" port=\"18446744073709617151\" path=\"/r\" registerProcedure=\"p\" protocol=\"soap\"/><image><url>https://e.example/i.png</url><title>t</title><link>https://e.example/</link><height>18446744073709551716</height></image>" >big.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate big.xml &&
	cat >want <<-\EOF &&
	big.xml:4:12: error: hour "25" is not an integer from 0 to 23 [rss-skip-hours]
	big.xml:4:27: error: hour "18446744073709551623" is not an integer from 0 to 23 [rss-skip-hours]
	big.xml:4:72: error: cloud port "18446744073709617151" is not a port number [rss-cloud]
	big.xml:4:263: error: height "18446744073709551716" is not an integer from 1 to 400 [rss-image-size]
	EOF
	test_cmp want "$T/out"
'

# item DURATION: a feed whose one item has that itunes:duration.
item() {
	printf '%s\n' '<?xml version="1.0"?>' \
	    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>' \
	    '<title>t</title><link>https://e.example/</link><description>d</description>' \
	    "<item><title>i</title><guid isPermaLink=\"false\">1</guid><itunes:duration>$1</itunes:duration></item>" \
	    '</channel></rss>'
}

test_expect_success 'itunes:duration: ten digits of leading zeros are seconds; a field past 59 or of one digit is refused' '
	item 0000000061 >d1.xml &&
	"$FEEDWRIGHT" validate d1.xml >out 2>&1 &&
	test_must_be_empty out &&
	item 1:60 >d2.xml &&
	item 1:2:03 >d3.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate d2.xml d3.xml &&
	cat >want <<-\EOF &&
	d2.xml:4:57: error: itunes:duration "1:60" is neither seconds nor [H:]MM:SS [itunes-duration]
	d3.xml:4:57: error: itunes:duration "1:2:03" is neither seconds nor [H:]MM:SS [itunes-duration]
	EOF
	test_cmp want "$T/out"
'

test_done

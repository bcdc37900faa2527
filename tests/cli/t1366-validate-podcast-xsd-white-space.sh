#!/bin/sh
# podcast.xsd types podcast:soundbite's startTime and duration xs:decimal
# and podcast:valueRecipient's split xs:integer; XML Schema fixes their
# whiteSpace to "collapse", so white space around the value is part of a
# valid one (xmllint --schema podcast.xsd accepts startTime=" 60 "), and
# white space inside it is not.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'white space around an xs:decimal or xs:integer: valid' '
	rss ok.rss "
<podcast:value type=\"lightning\" method=\"keysend\">
<podcast:valueRecipient type=\"node\" address=\"02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52\" split=\" 100 \"/>
</podcast:value>" "
<podcast:soundbite startTime=\" 60 \" duration=\"+30.5 \">Best part</podcast:soundbite>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'white space inside the value: an error' '
	rss bad.rss "" "
<podcast:soundbite startTime=\"6 0\" duration=\"30\">Best part</podcast:soundbite>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:10:1: error: podcast:soundbite startTime "6 0" is not a non-negative number [podcast-soundbite]
	EOT
	test_cmp want "$T/out"
'

test_done

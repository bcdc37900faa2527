#!/bin/sh
# XML Schema's integer and decimal types, and nonNegativeInteger, allow a
# leading "+" ("+12"; and "-0" for zero), and the W3C service takes it.
# Where the spec's grammar is XML Schema's (podcast.xsd: podcast:season
# xs:integer, podcast:episode and podcast:soundbite's times xs:decimal,
# podcast:valueRecipient's split xs:integer) validate takes it too; split
# and the times were refused. Where a spec gives its numbers only in
# prose and bare digits (RSS 2.0's "a number of minutes", Apple's "a
# non-zero integer (1, 2, 3, etc.)") they stay digits: no type there lets
# a sign in. One grammar, number.c's, for both.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-BODY ITEM-BODY: an RSS 2.0 feed with the podcast and
# iTunes namespaces, and one item.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'podcast.xsd numbers with a "+" are valid: season, episode, soundbite times, split' '
	rss plus.rss "" "
<podcast:season>+2</podcast:season>
<podcast:episode>+3</podcast:episode>
<podcast:soundbite startTime=\"+73.0\" duration=\"+60\"/>
<podcast:value type=\"lightning\" method=\"keysend\">
<podcast:valueRecipient type=\"node\" address=\"02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52\" split=\"+90\"/>
<podcast:valueRecipient type=\"node\" address=\"032f4ffbbafffbe51726ad3c164a3d0d37ec27bc67b29a159b0f49ae8ac21b8508\" split=\"+10\"/>
</podcast:value>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate plus.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a "-" is still refused where the value cannot be negative, but for zero' '
	rss minus.rss "" "
<podcast:soundbite startTime=\"-0.0\" duration=\"-5\"/>
<podcast:value type=\"lightning\" method=\"keysend\">
<podcast:valueRecipient type=\"node\" address=\"02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52\" split=\"-1\"/>
</podcast:value>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate minus.rss &&
	cat >want <<-\EOT &&
	minus.rss:10:1: error: podcast:soundbite duration "-5" is not a non-negative number [podcast-soundbite]
	minus.rss:12:1: error: podcast:valueRecipient split "-1" is not a number of shares [podcast-value]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'RSS 2.0 and iTunes numbers, given in prose and digits, stay digits' '
	rss prose.rss "
<ttl>+60</ttl>
<skipHours><hour>+5</hour></skipHours>" "
<itunes:episode>+3</itunes:episode>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate prose.rss &&
	cat >want <<-\EOT &&
	prose.rss:7:1: error: ttl "+60" is not a positive number of minutes [rss-ttl]
	prose.rss:8:12: error: hour "+5" is not an integer from 0 to 23 [rss-skip-hours]
	prose.rss:12:1: error: itunes:episode "+3" is not a non-zero integer [itunes-number]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# live-item.md: start and end are "a string representing an ISO8601
# timestamp", the time the stream starts and ends; feedwright(1) and the
# message say "ISO 8601 date-time". A date alone (2021-09-26) is neither,
# and is refused; a date-time in either ISO 8601 format passes.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# live FILE ATTRIBUTES: a channel with one liveItem and its contentLink.
live() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<podcast:liveItem %s>\n<title>Live</title>\n<guid isPermaLink="false">live-1</guid>\n<podcast:contentLink href="https://example.com/live">Live</podcast:contentLink>\n</podcast:liveItem>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'start and end a date alone: not a timestamp' '
	live day.rss "status=\"pending\" start=\"2021-09-26\" end=\"20210927\"" &&
	test_expect_code 1 "$FEEDWRIGHT" validate day.rss &&
	cat >want <<-\EOT &&
	day.rss:7:1: error: podcast:liveItem start "2021-09-26" is not an ISO 8601 date-time: it is a date without a time of day [podcast-live-item]
	day.rss:7:1: error: podcast:liveItem end "20210927" is not an ISO 8601 date-time: it is a date without a time of day [podcast-live-item]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'start and end with a time of day: valid' '
	live ok.rss "status=\"pending\" start=\"2021-09-26T07:30-06:00\" end=\"20210926T0930-0600\"" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# update-frequency.md: dtstart is ISO 8601 and, beside an rrule's UNTIL,
# "formatted to the same date/datetime standard"; an RFC 5545 UNTIL
# (20231231T000000Z) thus asks for ISO 8601's basic format
# (20230828T000000Z), which is ISO 8601 as much as the extended one. ISO
# 8601 also writes a fraction after a comma. The two formats are not
# mixed in one value.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'dtstart in the basic format beside an RFC 5545 UNTIL: valid' '
	rss dt.rss "
<podcast:updateFrequency dtstart=\"20230828T000000Z\" rrule=\"FREQ=WEEKLY;UNTIL=20231231T000000Z;BYDAY=MO\">Every Monday until Dec 31, 2023</podcast:updateFrequency>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict dt.rss &&
	test_must_be_empty "$T/out" &&
	rss d.rss "
<podcast:updateFrequency dtstart=\"20230828\" rrule=\"FREQ=WEEKLY;UNTIL=20231231\">Weekly</podcast:updateFrequency>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict d.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'liveItem start in the basic format, end with a comma fraction: valid' '
	rss live.rss "
<podcast:liveItem status=\"pending\" start=\"20210926T133000Z\" end=\"2021-09-26T15:30:00,5Z\">
<title>Live</title>
<guid isPermaLink=\"false\">live-1</guid>
<podcast:contentLink href=\"https://example.com/live\">Live</podcast:contentLink>
</podcast:liveItem>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict live.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'basic and extended mixed in one value: an error' '
	rss mix.rss "
<podcast:updateFrequency dtstart=\"20230828T00:00:00Z\">Weekly</podcast:updateFrequency>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate mix.rss &&
	cat >want <<-\EOT &&
	mix.rss:7:1: error: podcast:updateFrequency dtstart "20230828T00:00:00Z" is not an ISO 8601 date or date-time: it does not match the date format [podcast-update-frequency]
	EOT
	test_cmp want "$T/out"
'

test_done

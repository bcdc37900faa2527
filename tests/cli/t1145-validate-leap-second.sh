#!/bin/sh
# A second of 60 only where a leap second can be:
# RFC 3339 5.7 allows :60 at 23:59:60 UTC at the end of a month, the zone
# offset applied first; validate took :60 at any time. date.c is the one
# date grammar, so Atom, RSS and JSON Feed dates all follow it.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE UPDATED, rss FILE PUBDATE, json FILE DATE_PUBLISHED: a feed
# valid under --strict but for its date.
atom() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n<updated>%s</updated>\n<link rel="self" href="https://example.org/feed.atom"/>\n<author><name>A</name></author>\n</feed>\n' "$2" >"$1"
}
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<atom:link rel="self" type="application/rss+xml" href="https://example.org/rss.xml"/>\n<pubDate>%s</pubDate>\n</channel>\n</rss>\n' "$2" >"$1"
}
json() {
	printf '{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",\n"items":[{"id":"tag:e.x,2025:1","content_text":"x","date_published":"%s"}]}\n' "$2" >"$1"
}

test_expect_success 'the leap second of 2016, in UTC and at -08:00: valid in Atom, RSS and JSON Feed' '
	atom a.xml 2016-12-31T15:59:60-08:00 &&
	rss r.xml "Sat, 31 Dec 2016 23:59:60 GMT" &&
	json j.json 2016-12-31T23:59:60Z &&
	for f in a.xml r.xml j.json; do
		test_expect_code 0 "$FEEDWRIGHT" validate --strict $f &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success ':60 at noon, or at 23:59:60 local time ahead of UTC: out of range in each format' '
	atom a.xml 2025-02-06T12:00:60Z &&
	rss r.xml "Thu, 06 Feb 2025 12:00:60 GMT" &&
	json j.json 2025-06-30T23:59:60+02:00 &&
	test_expect_code 1 "$FEEDWRIGHT" validate a.xml r.xml j.json &&
	cat >want <<-\EOT &&
	a.xml:5:1: error: atom:updated "2025-02-06T12:00:60Z" is not an RFC 3339 date-time: it has a field out of range (no such date or time) [atom-date]
	r.xml:8:1: error: pubDate "Thu, 06 Feb 2025 12:00:60 GMT" is not an RFC 822 date-time: it has a field out of range (no such date or time) [rss-date]
	j.json:2:52: error: items[0].date_published "2025-06-30T23:59:60+02:00" is not an RFC 3339 date-time: it has a field out of range (no such date or time) [jsonfeed-date]
	EOT
	test_cmp want "$T/out"
'

test_done

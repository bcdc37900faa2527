#!/bin/sh
# podcast:liveItem (live-item.md): start, required, and end are "a
# string representing an ISO8601 timestamp" (its own example writes the
# zone -0600); "The <podcast:contentLink> tag is also required to be
# present", a fallback for apps that cannot play the stream. A
# contentLink and a chat in a liveItem are in their place.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# live FILE ATTRIBUTES CHILDREN: a channel with one liveItem.
live() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<podcast:liveItem %s>\n<title>Live</title>\n<guid isPermaLink="false">live-1</guid>%s\n</podcast:liveItem>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'the page'"'"'s example: contentLinks and a chat, -0600 zones: valid' '
	live ok.rss "status=\"live\" start=\"2021-09-26T07:30:00.000-0600\" end=\"2021-09-26T09:30:00.000-0600\"" "
<podcast:alternateEnclosure type=\"audio/mpeg\" length=\"312\" default=\"true\">
<podcast:source uri=\"https://example.com/pc20/livestream\" />
</podcast:alternateEnclosure>
<enclosure url=\"https://example.com/pc20/livestream?format=.mp3\" type=\"audio/mpeg\" length=\"312\" />
<podcast:contentLink href=\"https://www.youtube.com/pc20/livestream\">YouTube!</podcast:contentLink>
<podcast:contentLink href=\"https://www.twitch.tv/pc20/livestream\">Twitch!</podcast:contentLink>
<podcast:chat server=\"irc.zeronode.net\" protocol=\"irc\" accountId=\"@jsmith\" space=\"#myawesomepodcast\" />" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'start and end not ISO 8601, no contentLink' '
	live bad.rss "status=\"pending\" start=\"Sun, 26 Sep 2021 07:30:00 -0600\" end=\"2021-09-26T25:30:00Z\"" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:7:1: error: podcast:liveItem start "Sun, 26 Sep 2021 07:30:00 -0600" is not an ISO 8601 date-time: it does not match the date format [podcast-live-item]
	bad.rss:7:1: error: podcast:liveItem end "2021-09-26T25:30:00Z" is not an ISO 8601 date-time: it has a field out of range (no such date or time) [podcast-live-item]
	bad.rss:7:1: error: podcast:liveItem has no podcast:contentLink, which is required, a fallback for apps that cannot play the stream [podcast-live-item]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a liveItem'"'"'s contentLink and chat are checked as an item'"'"'s' '
	live kids.rss "status=\"ended\" start=\"2021-09-26T07:30:00Z\"" "
<podcast:contentLink>YouTube</podcast:contentLink>
<podcast:chat protocol=\"irc\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate kids.rss &&
	cat >want <<-\EOT &&
	kids.rss:10:1: error: podcast:contentLink has no href attribute, which is required [podcast-content-link]
	kids.rss:11:1: error: podcast:chat has no server attribute, which is required [podcast-chat]
	EOT
	test_cmp want "$T/out"
'

test_done

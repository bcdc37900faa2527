#!/bin/sh
# More Podcasting 2.0 tags, each by its page in the namespace's tags/:
# podcast:medium (a closed list, in the channel, once), podcast:location
# (geo an RFC 5870 geo: URI, osm N, W or R and an id), podcast:block (yes
# or no), podcast:trailer (url and an RFC 2822 pubdate required),
# podcast:soundbite (startTime and duration required, numbers),
# podcast:image (href required), podcast:alternateEnclosure (type and a
# podcast:source with its uri required), and podcast:liveItem, whose
# children are checked as an item's.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'the tags as their pages show them: valid under --strict' '
	rss ok.rss "
<podcast:medium>musicL</podcast:medium>
<podcast:block>yes</podcast:block>
<podcast:block id=\"google\">no</podcast:block>
<podcast:location rel=\"creator\" geo=\"geo:30.2711286,-97.7436995\" osm=\"R113314\" country=\"US\">Austin</podcast:location>
<podcast:location geo=\"geo:-27.86,153.31,12;u=35\">Dreamworld</podcast:location>
<podcast:trailer pubdate=\"Thu, 01 Apr 2021 08:00:00 EST\" url=\"https://example.org/trailers/t1.mp3\" length=\"12345678\" type=\"audio/mpeg\" season=\"4\">Coming April 1st, 2021</podcast:trailer>
<podcast:image href=\"https://example.org/art.jpg\" alt=\"Art\" aspect-ratio=\"16/9\" width=\"1920\" height=\"1080\" type=\"image/jpeg\" purpose=\"social\"/>
<podcast:liveItem status=\"live\" start=\"2021-09-26T07:30:00.000-0600\" end=\"2021-09-26T09:30:00.000-0600\">
<title>Live</title>
<guid isPermaLink=\"false\">live-1</guid>
<podcast:alternateEnclosure type=\"audio/mpeg\" length=\"312\" default=\"true\">
<podcast:source uri=\"https://example.org/live\"/>
</podcast:alternateEnclosure>
<podcast:contentLink href=\"https://example.org/live\">Live</podcast:contentLink>
</podcast:liveItem>" "
<podcast:soundbite startTime=\"1234.5\" duration=\"42.25\">Why the Podcast Namespace Matters</podcast:soundbite>
<podcast:soundbite startTime=\"73.0\" duration=\"60.0\"/>
<podcast:location geo=\"geo:33.5159981,-86.8146098\">Birmingham</podcast:location>
<podcast:alternateEnclosure type=\"video/mp4\" length=\"7924786\" bitrate=\"511276.52\" height=\"720\">
<podcast:source uri=\"https://example.org/file-720.mp4\"/>
<podcast:source uri=\"ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb\" contentType=\"video/mp4\"/>
</podcast:alternateEnclosure>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'medium: not in the list, twice, in an item' '
	rss medium.rss "
<podcast:medium>podcats</podcast:medium>
<podcast:medium>music</podcast:medium>" "
<podcast:medium>video</podcast:medium>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate medium.rss &&
	cat >want <<-\EOT &&
	medium.rss:7:1: error: podcast:medium "podcats" is not one of the namespace'"'"'s mediums (podcast, music, video, film, audiobook, newsletter, blog, publisher, course, each also with L; mixed) [podcast-medium]
	medium.rss:8:1: error: channel has more than one podcast:medium, which may occur once [ext-duplicate-element]
	medium.rss:12:1: error: podcast:medium belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'location: no geo: scheme, out of range, a bad osm, country or rel, blank' '
	rss location.rss "
<podcast:location geo=\"30.2672,97.7431\">Austin, TX</podcast:location>
<podcast:location geo=\"geo:97.7431,30.2672\">Swapped</podcast:location>
<podcast:location osm=\"relation/113314\" country=\"USA\" rel=\"about\">Austin</podcast:location>
<podcast:location geo=\"geo:30.26,-97.74\"> </podcast:location>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate location.rss &&
	cat >want <<-\EOT &&
	location.rss:7:1: error: podcast:location geo "30.2672,97.7431" is not an RFC 5870 geo: URI (geo:latitude,longitude) [podcast-location]
	location.rss:8:1: error: podcast:location geo "geo:97.7431,30.2672" is not an RFC 5870 geo: URI (geo:latitude,longitude) [podcast-location]
	location.rss:9:1: error: podcast:location osm "relation/113314" is not N, W or R and an OpenStreetMap id [podcast-location]
	location.rss:9:1: error: podcast:location country "USA" is not a two-letter ISO 3166-1 code [podcast-location]
	location.rss:9:1: error: podcast:location rel "about" is neither subject nor creator [podcast-location]
	location.rss:10:1: error: podcast:location is blank; it names a place [podcast-location]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'block, trailer, image: values and required attributes' '
	rss chan.rss "
<podcast:block>maybe</podcast:block>
<podcast:trailer>Coming soon</podcast:trailer>
<podcast:trailer url=\"https://example.org/t.mp3\" pubdate=\"2021-04-01\" length=\"big\" season=\"two\">Soon</podcast:trailer>
<podcast:image alt=\"no href\"/>
<podcast:image href=\"art.jpg\" width=\"wide\"/>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate chan.rss &&
	cat >want <<-\EOT &&
	chan.rss:7:1: error: podcast:block "maybe" is neither yes nor no [podcast-block]
	chan.rss:8:1: error: podcast:trailer has no url attribute, which is required [podcast-trailer]
	chan.rss:8:1: error: podcast:trailer has no pubdate attribute, which is required [podcast-trailer]
	chan.rss:9:1: error: podcast:trailer pubdate "2021-04-01" is not an RFC 2822 date-time: it does not match the date format [podcast-trailer]
	chan.rss:9:1: error: podcast:trailer length "big" is not a non-negative integer [podcast-trailer]
	chan.rss:9:1: error: podcast:trailer season "two" is not an integer, as podcast:season is [podcast-trailer]
	chan.rss:10:1: error: podcast:image has no href attribute, which is required [podcast-image]
	chan.rss:11:1: error: podcast:image href "art.jpg" is not an absolute URL [podcast-image]
	chan.rss:11:1: error: podcast:image width "wide" is not a non-negative integer [podcast-image]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'soundbite and alternateEnclosure: required attributes, numbers, sources' '
	rss item.rss "" "
<podcast:soundbite/>
<podcast:soundbite startTime=\"1:30\" duration=\"60\"/>
<podcast:alternateEnclosure length=\"1\"/>
<podcast:alternateEnclosure type=\"audio/opus\">
<podcast:source contentType=\"audio/opus\"/>
</podcast:alternateEnclosure>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate item.rss &&
	cat >want <<-\EOT &&
	item.rss:10:1: error: podcast:soundbite has no startTime attribute, which is required [podcast-soundbite]
	item.rss:10:1: error: podcast:soundbite has no duration attribute, which is required [podcast-soundbite]
	item.rss:11:1: error: podcast:soundbite startTime "1:30" is not a non-negative number [podcast-soundbite]
	item.rss:12:1: error: podcast:alternateEnclosure has no type attribute, which is required [podcast-alternate-enclosure]
	item.rss:12:1: error: podcast:alternateEnclosure has no podcast:source, which is required [podcast-alternate-enclosure]
	item.rss:14:1: error: podcast:source has no uri attribute, which is required [podcast-alternate-enclosure]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'liveItem: its status and start, and its children checked as an item'"'"'s' '
	rss live.rss "
<podcast:liveItem>
<guid isPermaLink=\"false\">live-1</guid>
<itunes:duration>bogus</itunes:duration>
<podcast:season>x</podcast:season>
<podcast:medium>music</podcast:medium>
</podcast:liveItem>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate live.rss &&
	cat >want <<-\EOT &&
	live.rss:7:1: error: podcast:liveItem has no status attribute, which is required [podcast-live-item]
	live.rss:7:1: error: podcast:liveItem has no start attribute, which is required [podcast-live-item]
	live.rss:7:1: error: podcast:liveItem has no podcast:contentLink, which is required, a fallback for apps that cannot play the stream [podcast-live-item]
	live.rss:9:1: error: itunes:duration "bogus" is neither seconds nor [H:]MM:SS [itunes-duration]
	live.rss:10:1: error: podcast:season "x" is not an integer [podcast-number]
	live.rss:11:1: error: podcast:medium belongs in the channel, not in an item [ext-misplaced]
	live.rss:7:1: error: podcast:liveItem has neither a title nor a description; it needs one [rss-item-title-or-description]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# Apple Podcasts RSS <itunes:episode>: "Episode numbers are optional for
# <itunes:type> episodic shows, but are mandatory for serial shows." A
# serial show's items without one are counted in one itunes-missing
# warning, wherever the channel's itunes:type stands; a trailer or bonus
# needs none ("No season or episode number: a show trailer", "a show
# bonus"), nor does any item of an episodic show.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE TYPE ITEMS
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<language>en</language>\n<itunes:image href="https://example.org/a.jpg"/>\n<itunes:category text="Technology"/>\n<itunes:explicit>false</itunes:explicit>%s\n</channel>\n</rss>\n' "$2" >"$1"
}
ITEMS='
<item><title>1</title><guid>https://example.org/1</guid><itunes:episode>1</itunes:episode></item>
<item><title>2</title><guid>https://example.org/2</guid></item>
<item><title>3</title><guid>https://example.org/3</guid></item>'

test_expect_success 'a serial show, two items unnumbered: one warning, valid' '
	rss s.rss "
<itunes:type>serial</itunes:type>$ITEMS" &&
	test_expect_code 0 "$FEEDWRIGHT" validate s.rss &&
	cat >want <<-\EOT &&
	s.rss:3:1: warning: channel'"'"'s itunes:type is serial, but 2 items have no itunes:episode (the first at line 13), which Apple Podcasts requires of a serial show [itunes-missing]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict s.rss
'

test_expect_success 'itunes:type Serial after the items: the same count' '
	rss after.rss "$ITEMS
<itunes:type>Serial</itunes:type>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate after.rss &&
	cat >want <<-\EOT &&
	after.rss:3:1: warning: channel'"'"'s itunes:type is serial, but 2 items have no itunes:episode (the first at line 12), which Apple Podcasts requires of a serial show [itunes-missing]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a serial show whose unnumbered items are a trailer and a bonus: not a word' '
	rss tb.rss "
<itunes:type>serial</itunes:type>
<item><title>1</title><guid>https://example.org/1</guid><itunes:episode>1</itunes:episode></item>
<item><title>T</title><guid>https://example.org/t</guid><itunes:episodeType>trailer</itunes:episodeType></item>
<item><title>B</title><guid>https://example.org/b</guid><itunes:episodeType> Bonus </itunes:episodeType></item>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict tb.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an episodic show, or one without itunes:type: numbers are optional' '
	rss e.rss "
<itunes:type>episodic</itunes:type>$ITEMS" &&
	rss n.rss "$ITEMS" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict e.rss n.rss &&
	test_must_be_empty "$T/out"
'

test_done

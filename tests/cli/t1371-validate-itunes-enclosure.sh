#!/bin/sh
# Apple Podcasts RSS <enclosure>: "The file extension specified within the
# URL attribute determines whether or not content appears in the podcast
# directory. Supported file formats include M4A, MP3, MOV, MP4, M4V, and
# PDF." An enclosure of an item with itunes: tags whose URL names another
# kind of file, or none, is warned (itunes-enclosure); the extension is
# the last path segment's, in any case, or the one the URL's query ends in
# ("play/1?.mp3": "specified within the URL"). An item without
# itunes: tags is no episode of Apple's: any enclosure is RSS 2.0's.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<language>en</language>\n<itunes:image href="https://example.org/a.jpg"/>\n<itunes:category text="Technology"/>\n<itunes:explicit>false</itunes:explicit>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'an episode in Ogg, and one with no extension: a warning each, valid' '
	rss ogg.rss "
<itunes:episode>1</itunes:episode>
<enclosure url=\"https://example.org/1.ogg\" length=\"1\" type=\"audio/ogg\"/>" &&
	rss none.rss "
<enclosure url=\"https://example.org/play/1\" length=\"1\" type=\"audio/mpeg\"/>
<itunes:duration>60</itunes:duration>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate ogg.rss none.rss &&
	cat >want <<-\EOT &&
	ogg.rss:15:1: warning: enclosure url "https://example.org/1.ogg" is a .ogg file: Apple Podcasts takes M4A, MP3, MOV, MP4, M4V and PDF [itunes-enclosure]
	none.rss:14:1: warning: enclosure url "https://example.org/play/1" has no file extension, by which Apple Podcasts tells an M4A, MP3, MOV, MP4, M4V or PDF file [itunes-enclosure]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict ogg.rss
'

test_expect_success 'the six kinds, in any case, a query or fragment after them: not a word' '
	for x in m4a MP3 mov Mp4 m4v pdf; do
		rss $x.rss "
<itunes:episodeType>full</itunes:episodeType>
<enclosure url=\"https://example.org/a.b/1.$x?u=x.ogg#t=1.wav\" length=\"1\" type=\"audio/mpeg\"/>" || return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict m4a.rss MP3.rss mov.rss Mp4.rss m4v.rss pdf.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a URL whose query ends in .mp3 passes; in .ogg, with no path extension, is a .ogg file' '
	rss q.rss "
<itunes:episode>1</itunes:episode>
<enclosure url=\"https://example.org/play/1?.mp3\" length=\"1\" type=\"audio/mpeg\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict q.rss &&
	test_must_be_empty "$T/out" &&
	rss qo.rss "
<itunes:episode>1</itunes:episode>
<enclosure url=\"https://example.org/play/1?f=1.ogg\" length=\"1\" type=\"audio/ogg\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate qo.rss &&
	cat >want <<-\EOT &&
	qo.rss:15:1: warning: enclosure url "https://example.org/play/1?f=1.ogg" is a .ogg file: Apple Podcasts takes M4A, MP3, MOV, MP4, M4V and PDF [itunes-enclosure]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an item without itunes: tags: its enclosure is only RSS 2.0'"'"'s' '
	rss plain.rss "
<enclosure url=\"https://example.org/1.ogg\" length=\"1\" type=\"audio/ogg\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict plain.rss &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# validate checks Media RSS and GeoRSS in Atom feeds too (issue 9, item
# 4): both are used in Atom (GeoRSS is made for it; video sites publish
# Media RSS in Atom), and build writes Media RSS in its Atom feed. So are
# the other modules it knows, by their own definitions; an element a
# closed module does not define is foreign markup there (RFC 4287 6.4).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE FEED ENTRY: a one-line Atom feed with one entry.
atom() {
	printf '%s%s%s%s</entry></feed>\n' \
	    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss" xmlns:gml="http://www.opengis.net/gml" xmlns:x="urn:x"><title>t</title><id>urn:ex:1</id><updated>2026-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="self" href="https://e.example/a.atom"/>' \
	    "$2" '<entry><title>e</title><id>urn:ex:2</id><updated>2026-01-01T00:00:00Z</updated><link href="https://e.example/2"/>' \
	    "$3" >"$1"
}

test_expect_success 'Media RSS and GeoRSS in an Atom feed and entry, as their specs allow: valid under --strict' '
	atom ok.atom "<georss:box>42.9 -71.1 43.0 -71.0</georss:box><media:thumbnail url=\"https://e.example/logo.png\"/><x:y>anything</x:y>" "<media:group><media:content url=\"https://e.example/v.mp4\" type=\"video/mp4\" medium=\"video\"/><media:content url=\"https://e.example/v.webm\" type=\"video/webm\" medium=\"video\"/><media:title type=\"plain\">V</media:title><media:thumbnail url=\"https://e.example/t.jpg\" width=\"120\" height=\"90\"/></media:group><georss:where><gml:Point><gml:pos>45.256 -71.92</gml:pos></gml:Point></georss:where>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.atom &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'their faults in Atom, with the words of Atom for where an element belongs' '
	atom bad.atom "<media:content url=\"https://e.example/x.jpg\"/>" "<media:group><media:content url=\"https://e.example/v.mp4\" medium=\"movie\"/></media:group><georss:point>91 1</georss:point>" &&
	cat >want <<-\EOF &&
	bad.atom:1:339: error: media:content belongs in an entry, not in the feed [ext-misplaced]
	bad.atom:1:498: error: media:group holds 1 media:content; it is only for two or more representations of the same content [media-group]
	bad.atom:1:511: error: media:content medium "movie" is not image, audio, video, document or executable [media-value]
	bad.atom:1:586: error: georss:point "91 1" is not one latitude longitude pair (latitude -90 to 90, longitude -180 to 180) [georss-geometry]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.atom &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the Media RSS namespace without its slash, in Atom: the same error' '
	atom ok.atom "" "<media:content url=\"https://e.example/v.mp4\"/>" &&
	sed "s|mrss/|mrss|" ok.atom >noslash.atom &&
	echo "noslash.atom:1:451: error: media:content is in the namespace http://search.yahoo.com/mrss, which readers ignore; Media RSS'"'"'s is http://search.yahoo.com/mrss/ [media-namespace]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate noslash.atom &&
	test_cmp want "$T/out"
'

test_expect_success 'iTunes and Dublin Core in Atom: their values and places by their own rules' '
	atom mods.atom "<itunes:episode>2</itunes:episode><dc:date>2026-13-01</dc:date>" "<itunes:duration>5m</itunes:duration><dc:language>en-US</dc:language>" &&
	sed "s|xmlns:x=|xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:x=|" mods.atom >m.atom &&
	cat >want <<-\EOF &&
	m.atom:1:441: error: itunes:episode belongs in an entry, not in the feed [ext-misplaced]
	m.atom:1:475: error: dc:date "2026-13-01" is not a W3C date-time (W3CDTF): it has a field out of range (no such date or time) [ext-date]
	m.atom:1:617: error: itunes:duration "5m" is neither seconds nor [H:]MM:SS [itunes-duration]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate m.atom &&
	test_cmp want "$T/out"
'

test_expect_success 'an element Dublin Core does not define, in Atom: foreign markup, valid, warned of as in RSS' '
	atom dc.atom "" "<dc:author>A</dc:author>" &&
	sed "s|xmlns:x=|xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:x=|" dc.atom >d.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate d.atom &&
	echo "d.atom:1:496: warning: dc:author is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]" >want &&
	test_cmp want "$T/out"
'

test_done

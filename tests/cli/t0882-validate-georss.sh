#!/bin/sh
# validate checks GeoRSS Simple and GeoRSS GML in RSS (issue 9, item 4):
# points, lines, polygons (closed, four pairs or more) and boxes as
# "latitude longitude" pairs in range, elev, floor and radius as numbers,
# georss:where holding one GML geometry; and a realistic news feed with
# Media RSS and GeoRSS passes --strict.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

NEWS="$SRCDIR/tests/validate/formats/real-news.rss"
HEAD='<rss version="2.0" xmlns:georss="http://www.georss.org/georss" xmlns:gml="http://www.opengis.net/gml"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE ITEM: a one-line feed with one item holding ITEM.
feed() {
	printf '%s<item><title>i</title>%s</item></channel></rss>\n' \
	    "$HEAD" "$2" >"$1"
}

# The W3C service reports georss:featurename as an undefined element;
# GeoRSS Simple defines it (with featuretypetag and relationshiptag).
test_expect_success 'a news feed with Media RSS, GeoRSS Simple and GML is valid under --strict, silently' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$NEWS" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	grep -q "<georss:featurename>" "$NEWS"
'

test_expect_success 'the same feed broken: each fault at its line with its rule' '
	sed -e "s|<georss:point>57.4778 -1.7910|<georss:point>57.4778,-1.7910|" \
	    -e "s|-1.7790 57.4801 -1.7802</georss:polygon>|-1.7790</georss:polygon>|" \
	    -e "s|<georss:elev>4|<georss:elev>4 m|" \
	    -e "s|<gml:upperCorner>57.4781|<gml:upperCorner>97.4781|" \
	    -e "s|medium=\"document\"|medium=\"pdf\"|" \
	    -e "s|rel=\"self\" href=\"https://news.example.org/local/feed.rss\"|rel=\"alternate\" href=\"https://news.example.org/local/\"|" \
	    "$NEWS" >bad.rss &&
	cat >want <<-\EOF &&
	bad.rss:39:1: error: georss:point "57.4778,-1.7910" is not one latitude longitude pair (latitude -90 to 90, longitude -180 to 180) [georss-geometry]
	bad.rss:58:15: error: gml:Envelope "57.4750 -1.7955 97.4781 -1.7843" is not two latitude longitude pairs, lower corner then upper (latitude -90 to 90, longitude -180 to 180) [georss-geometry]
	bad.rss:67:1: error: media:content medium "pdf" is not image, audio, video, document or executable [media-value]
	bad.rss:68:1: error: georss:polygon "57.4801 -1.7802 57.4812 -1.7760 57.4790 -1.7741 57.4780 -1.7790" is not four or more latitude longitude pairs, the last the first (latitude -90 to 90, longitude -180 to 180) [georss-geometry]
	bad.rss:69:1: error: georss:elev "4 m" is not a number [georss-value]
	bad.rss:8:1: warning: channel has an atom:link rel="hub" (line 17) but none with rel="self", which WebSub asks for beside it [atom-link-hub-self]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'points, lines, polygons and boxes: pairs in range, in the numbers each needs' '
	for g in "point>0 0" "point>-90 180" "point> 45.256
	-71.92 " "line>45 -110 46 -109" "polygon>1 1 1 2 2 2 1 1" \
	    "box>42.94 -71.1 43.00 -71.0" "box>42.94 -71.1 42.94 -71.1"; do
		feed ok.rss "<georss:${g}</georss:${g%%>*}>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
		test_must_be_empty "$T/out" || { echo "refused: $g"; return 1; }
	done &&
	for g in "point>" "point>45" "point>45 -71 3" "point>90.1 0" \
	    "point>0 -180.5" "point>45N 71W" "point>1e1 0" "line>45 -110" \
	    "polygon>1 1 1 2 1 1" "polygon>1 1 1 2 2 2 1 3" \
	    "box>43 -71 42 -70" "box>42 -71 43"; do
		feed no.rss "<georss:${g}</georss:${g%%>*}>" &&
		test_expect_code 1 "$FEEDWRIGHT" validate no.rss &&
		grep -q "\\[georss-geometry\\]\$" "$T/out" || { echo "accepted: $g"; return 1; }
	done
'

test_expect_success 'georss:where holds one GML Point, LineString, Polygon or Envelope' '
	feed ok.rss "<georss:where><gml:LineString><gml:posList>45 -110 46 -109</gml:posList></gml:LineString></georss:where><georss:where><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>1 1 1 2 2 2 1 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></georss:where>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed no.rss "<georss:where/><georss:where><gml:Point/></georss:where><georss:where><gml:Circle/></georss:where><georss:where><gml:Point><gml:pos>1 1</gml:pos></gml:Point><gml:Point><gml:pos>2 2</gml:pos></gml:Point></georss:where><georss:where><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>1 1 1 2 1 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></georss:where>" &&
	cat >want <<-\EOF &&
	no.rss:1:209: error: georss:where holds no geometry [georss-where]
	no.rss:1:238: error: gml:Point has no gml:pos [georss-where]
	no.rss:1:279: error: gml:Circle is not a Point, LineString, Polygon or Envelope, the geometries of GeoRSS GML [georss-where]
	no.rss:1:307: error: georss:where holds more than one element [georss-where]
	no.rss:1:483: error: gml:posList "1 1 1 2 1 1" is not four or more latitude longitude pairs, the last the first (latitude -90 to 90, longitude -180 to 180) [georss-geometry]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate no.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'elev and radius are numbers (radius not negative), floor an integer' '
	feed no.rss "<georss:elev>high</georss:elev><georss:radius>-5</georss:radius><georss:floor>1.5</georss:floor>" &&
	cat >want <<-\EOF &&
	no.rss:1:209: error: georss:elev "high" is not a number [georss-value]
	no.rss:1:240: error: georss:radius "-5" is not a non-negative number [georss-value]
	no.rss:1:273: error: georss:floor "1.5" is not an integer [georss-value]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate no.rss &&
	test_cmp want "$T/out"
'

test_done

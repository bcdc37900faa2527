#!/bin/sh
# The modules RSS 1.0 feeds use are checked in RSS 1.0 as in RSS 2.0, by
# the same rows (validate_ext.c): dc:date and sy:updateBase are W3CDTF,
# sy:updatePeriod one of five words, sy:updateFrequency a positive
# integer, content:encoded once per item; elements of other namespaces
# pass, beside the channel too (RDF descriptions such as cc:License).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:x="https://x.example/ns">'

# feed FILE CHANNEL ITEM: a feed whose channel and one item hold more.
feed() {
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\"><title>t</title><link>https://e.example/</link><description>d</description>" &&
		echo "$2" &&
		echo "<items><rdf:Seq><rdf:li rdf:resource=\"https://e.example/1\"/></rdf:Seq></items></channel>" &&
		echo "<item rdf:about=\"https://e.example/1\"><title>i</title><link>https://e.example/1</link>" &&
		echo "$3" &&
		echo "</item><x:thing rdf:about=\"https://x.example/1\"><x:y>z</x:y></x:thing></rdf:RDF>"
	} >"$1"
}

test_expect_success 'the modules as their specs define them: valid under --strict' '
	feed ok.rdf "<dc:date>2026-11-29T08:00:00+01:00</dc:date><dc:language>de-CH</dc:language><sy:updatePeriod>weekly</sy:updatePeriod><sy:updateFrequency>7</sy:updateFrequency><sy:updateBase>2026-01-01</sy:updateBase><x:anything/>" \
	    "<dc:date>2026</dc:date><dc:creator>A. Writer</dc:creator><content:encoded>&lt;p&gt;hi&lt;/p&gt;</content:encoded>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rdf &&
	test_must_be_empty "$T/out"
'

test_expect_success 'each module fault at its line, with the rule RSS 2.0 uses for it' '
	feed bad.rdf "<sy:updatePeriod>Daily</sy:updatePeriod><sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>-1</sy:updateFrequency><dc:language>english</dc:language>" \
	    "<dc:date>2026-13-01</dc:date><content:encoded>a</content:encoded><content:encoded>b</content:encoded>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rdf &&
	cat >want <<-\EOF &&
	bad.rdf:3:1: error: sy:updatePeriod "Daily" is not hourly, daily, weekly, monthly or yearly [ext-value]
	bad.rdf:3:41: error: channel has more than one sy:updatePeriod, which may occur once [ext-duplicate-element]
	bad.rdf:3:81: error: sy:updateFrequency "-1" is not a positive integer [ext-value]
	bad.rdf:3:124: error: dc:language "english" is not a language tag [ext-value]
	EOF
	head -n 4 "$T/out" >got &&
	test_cmp want got &&
	grep -q "^bad.rdf:6:1: error: dc:date \"2026-13-01\" is not a W3C date-time (W3CDTF): .* \\[ext-date\\]\$" "$T/out" &&
	grep -q "^bad.rdf:6:66: error: item has more than one content:encoded, which may occur once \\[ext-duplicate-element\\]\$" "$T/out" &&
	test "$(wc -l <"$T/out")" -eq 6
'

test_expect_success 'an RSS 2.0 element name inside RSS 1.0 is named as such' '
	feed rss2.rdf "<pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate>" "<guid>https://e.example/1</guid>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate rss2.rdf &&
	cat >want <<-\EOF &&
	rss2.rdf:3:1: error: channel has no child element pubDate in RSS 1.0 [rss10-unknown-element]
	rss2.rdf:6:1: error: item has no child element guid in RSS 1.0 [rss10-unknown-element]
	EOF
	test_cmp want "$T/out"
'

test_done

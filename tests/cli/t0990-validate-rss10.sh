#!/bin/sh
# validate checks RSS 1.0 (RDF Site Summary) instead of refusing it (issue
# 9, item 5): a minimal feed and a real-world-shaped one (Dublin Core,
# Syndication, content:encoded, an image, a textinput, a cc:License beside
# the channel) are valid under --strict, in text and JSON alike; the
# "suggested maximum lengths" of RSS 1.0 are advice, not reported.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/rdf/real-news.rdf "$T/" || exit 99
cd "$T" || exit 99

RDF='<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'

test_expect_success 'a minimal RSS 1.0 feed: valid under --strict, silently' '
	cat >min.rdf <<-EOF &&
	<?xml version="1.0"?>
	$RDF
	<channel rdf:about="https://e.example/"><title>t</title><link>https://e.example/</link><description>d</description>
	<items><rdf:Seq><rdf:li rdf:resource="https://e.example/1"/></rdf:Seq></items></channel>
	<item rdf:about="https://e.example/1"><title>i</title><link>https://e.example/1</link></item>
	</rdf:RDF>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict min.rdf &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a real-world-shaped RSS 1.0 feed with dc:, sy:, content:, image, textinput: valid under --strict' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict real-news.rdf &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the JSON report names it rss-1.0, valid, no problems' '
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json real-news.rdf &&
	cat >want <<-\EOF &&
	{"file": "real-news.rdf", "format": "rss-1.0", "valid": true, "errors": 0, "warnings": 0, "problems": []}
	EOF
	test_cmp want "$T/out"
'

/usr/bin/python3 -c "import feedparser" 2>/dev/null && test_set_prereq FEEDPARSER

test_expect_success FEEDPARSER 'a reader (feedparser) reads the same feed as RSS 1.0 with both items' '
	/usr/bin/python3 -c "import feedparser; d = feedparser.parse(\"real-news.rdf\"); print(d.version, d.bozo, d.feed.title, len(d.entries), d.feed.sy_updateperiod)" >got &&
	echo "rss10 False Example News 2 hourly" >want &&
	test_cmp want got
'

test_expect_success 'lengths past the suggested maxima of RSS 1.0 are advice: no warning' '
	long=$(printf "%0600d" 0) &&
	cat >long.rdf <<-EOF &&
	<?xml version="1.0"?>
	$RDF
	<channel rdf:about="https://e.example/"><title>$long</title><link>https://e.example/</link><description>$long</description>
	<items><rdf:Seq><rdf:li rdf:resource="https://e.example/1"/></rdf:Seq></items></channel>
	<item rdf:about="https://e.example/1"><title>$long</title><link>https://e.example/1</link><description>$long</description></item>
	</rdf:RDF>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict long.rdf &&
	test_must_be_empty "$T/out"
'

test_expect_success 'items may come before the channel, as RDF allows, and are still matched' '
	cat >late.rdf <<-EOF &&
	<?xml version="1.0"?>
	$RDF
	<item rdf:about="https://e.example/1"><title>i</title><link>https://e.example/1</link></item>
	<channel rdf:about="https://e.example/"><title>t</title><link>https://e.example/</link><description>d</description>
	<items><rdf:Seq><rdf:li resource="https://e.example/1"/></rdf:Seq></items></channel>
	</rdf:RDF>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict late.rdf &&
	test_must_be_empty "$T/out"
'

test_done

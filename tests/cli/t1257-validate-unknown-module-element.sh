#!/bin/sh
# A name a closed module does not define (Flickr's dc:date.Taken): RSS
# 2.0 takes elements "defined in a namespace", which can be read as "in
# a namespace", and Atom takes any foreign markup (RFC 4287 6.4). It was
# an error in RSS and nothing in Atom; now it is one warning in both,
# since no reader knows the element.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

cat >taken.rss <<\EOF_RSS
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>t</title><link>https://e.example/</link><description>d</description>
<item><title>i</title><guid>https://e.example/1</guid>
<dc:date.Taken>2024-01-01T00:00:00-08:00</dc:date.Taken></item>
</channel></rss>
EOF_RSS

cat >taken.atom <<\EOF_ATOM
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<title>t</title><id>https://e.example/</id><updated>2024-01-01T00:00:00Z</updated>
<author><name>a</name></author><link rel="self" href="https://e.example/feed.atom"/>
<entry><title>i</title><id>https://e.example/1</id><updated>2024-01-01T00:00:00Z</updated>
<link href="https://e.example/1"/>
<dc:date.Taken>2024-01-01T00:00:00-08:00</dc:date.Taken></entry>
</feed>
EOF_ATOM

test_expect_success 'RSS: dc:date.Taken is a warning, and the feed valid' '
	test_expect_code 0 "$FEEDWRIGHT" validate taken.rss &&
	echo "taken.rss:4:1: warning: dc:date.Taken is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom: the same warning' '
	test_expect_code 0 "$FEEDWRIGHT" validate taken.atom &&
	echo "taken.atom:6:1: warning: dc:date.Taken is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a name Dublin Core defines is checked as before, in both' '
	sed "s/dc:date.Taken/dc:date/g" taken.rss >date.rss &&
	sed "s/dc:date.Taken/dc:date/g" taken.atom >date.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict date.rss date.atom &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# The RSS schema (src/schemas/rss.rng, compiled in and installed for
# xmllint) says what RSS 2.0 says and no more:
#   an item's elements come in any order, so its description may come
#   before its title (RSS 2.0 sets no order; "in any order" is why the
#   schema is RELAX NG). The schema runs on an item the hand rules do not
#   settle, such as one whose enclosure has an end tag;
#   elements in a namespace may appear anywhere, also inside skipDays and
#   skipHours (RSS 2.0, "Extending RSS"), and xml:lang may be on any
#   element (XML 1.0 2.12), also on image width and height.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA: a small RSS 2.0 feed with the dc namespace.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n</channel>\n</rss>\n' "$2" >"$1"
}

rss desc-first.xml "
<item>
<description>Episode one notes</description>
<dc:creator>Jane</dc:creator>
<title>Episode 1</title>
<guid>https://example.org/ep1</guid>
<enclosure url=\"https://example.org/ep1.mp3\" length=\"123456\" type=\"audio/mpeg\">
</enclosure>
</item>"

test_expect_success 'an item with its description before its title and an enclosure with an end tag is valid' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict desc-first.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success XMLLINT 'the installed rss.rng takes the description before the title' '
	xmllint --noout --relaxng "$SRCDIR/src/schemas/rss.rng" desc-first.xml
'

test_expect_success XMLLINT 'the installed rss.rng takes the title first with other elements between' '
	rss title-first.xml "
<item>
<title>Episode 1</title>
<dc:creator>Jane</dc:creator>
<description>Episode one notes</description>
<dc:subject>news</dc:subject>
</item>" &&
	xmllint --noout --relaxng "$SRCDIR/src/schemas/rss.rng" title-first.xml
'

test_expect_success 'an item with neither title nor description is still refused by the schema' '
	rss none.xml "
<item>
<guid>https://example.org/ep1</guid>
<enclosure url=\"https://example.org/ep1.mp3\" length=\"1\" type=\"audio/mpeg\">
</enclosure>
</item>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate none.xml &&
	test_contains "$T/out" "none.xml:7:1: error: "
'

rss skip.xml "
<skipDays><day>Sunday</day><dc:description>weekend</dc:description></skipDays>
<skipHours><dc:description>night</dc:description><hour>3</hour></skipHours>
<image><url>https://example.org/logo.png</url><title>t</title><link>https://example.org/</link><width xml:lang=\"en\">88</width><height xml:lang=\"en\">31</height></image>"

test_expect_success 'extension elements in skipDays and skipHours, xml:lang on image width and height: valid' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict skip.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success XMLLINT 'the installed rss.rng takes them too' '
	xmllint --noout --relaxng "$SRCDIR/src/schemas/rss.rng" skip.xml
'

test_expect_success 'a no-namespace element in skipDays is still refused' '
	rss skipbad.xml "
<skipDays><day>Sunday</day><note>weekend</note></skipDays>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate skipbad.xml
'

test_done

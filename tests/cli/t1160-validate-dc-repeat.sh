#!/bin/sh
# Dublin Core's elements may all repeat (DCMES 1.1: "Each element is
# optional and may be repeated"), in the channel as in an item: a
# bilingual show's two dc:language, two licences in dc:rights, two
# dc:date are valid. Their values are still checked, each one.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'two dc:language, dc:rights and dc:date in the channel: valid under --strict' '
	rss two.rss "
<dc:language>en</dc:language>
<dc:language>fr</dc:language>
<dc:rights>Text: CC BY 4.0</dc:rights>
<dc:rights>Audio: all rights reserved</dc:rights>
<dc:date>2025-01-02</dc:date>
<dc:date>2025-02-03T04:05:06Z</dc:date>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict two.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'each repeated dc:language and dc:date is still checked' '
	rss bad.rss "
<dc:language>en</dc:language>
<dc:language>not a tag</dc:language>
<dc:date>2025-01-02</dc:date>
<dc:date>02/03/2025</dc:date>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:8:1: error: dc:language "not a tag" is not a language tag [ext-value]
	bad.rss:10:1: error: dc:date "02/03/2025" is not a W3C date-time (W3CDTF): it does not match the date format [ext-date]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# alternate-enclosure.md: lang is "An IETF language tag (BCP 47) code";
# transcript.md: a transcript without language is in the RSS <language>'s,
# so its language is a tag of the same kind. Both were unchecked: a Java
# locale ("en_US") or a name ("English") passed. Empty says nothing.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n<enclosure url="https://example.org/1.mp3" length="1" type="audio/mpeg"/>%s\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'language tags, and an empty language: valid' '
	rss ok.rss "
<podcast:transcript url=\"https://example.org/1.vtt\" type=\"text/vtt\" language=\"es-419\"/>
<podcast:transcript url=\"https://example.org/1.srt\" type=\"application/x-subrip\" language=\"\"/>
<podcast:alternateEnclosure type=\"audio/opus\" lang=\"pt-BR\"><podcast:source uri=\"https://example.org/1.opus\"/></podcast:alternateEnclosure>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a language that is no tag: an error of each element' '
	rss bad.rss "
<podcast:transcript url=\"https://example.org/1.vtt\" type=\"text/vtt\" language=\"English\"/>
<podcast:alternateEnclosure type=\"audio/opus\" lang=\"en_US\"><podcast:source uri=\"https://example.org/1.opus\"/></podcast:alternateEnclosure>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:11:1: error: podcast:transcript language "English" is not a language tag [podcast-transcript]
	bad.rss:12:1: error: podcast:alternateEnclosure lang "en_US" is not a language tag [podcast-alternate-enclosure]
	EOT
	test_cmp want "$T/out"
'

test_done

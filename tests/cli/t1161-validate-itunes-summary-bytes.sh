#!/bin/sh
# itunes:summary stands for the description Apple limits to "4000 bytes"
# (its RSS tag tables), so its limit counts the bytes of UTF-8, not the
# characters: 3000 "é" are 6000 bytes, too many. The 255 limits of the
# other tags stay in characters (t0850).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title><link>https://e.example/</link><description>d</description><language>en</language><itunes:image href="https://e.example/a.jpg"/><itunes:category text="News"/><itunes:explicit>false</itunes:explicit>'

# feed FILE SUMMARY: a show whose item has the itunes:summary SUMMARY.
feed() {
	printf '%s<item><title>i</title><guid>https://e.example/1</guid><itunes:summary>%s</itunes:summary></item></channel></rss>\n' \
	    "$HEAD" "$2" >"$1"
}

test_expect_success '3000 characters of two bytes each: longer than the 4000 bytes Apple allows' '
	feed long.rss "$(printf "%03000d" 0 | sed "s/0/é/g")" &&
	test_expect_code 1 "$FEEDWRIGHT" validate long.rss &&
	echo "long.rss:1:355: error: itunes:summary is longer than the 4000 bytes Apple allows (6000 bytes of UTF-8) [itunes-length]" >want &&
	test_cmp want "$T/out"
'

test_expect_success '4000 bytes (1000 characters of four bytes) pass under --strict' '
	feed ok.rss "$(printf "%01000d" 0 | sed "s/0/😀/g")" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# itunes:summary: Apple's old reference gave it "up to 4000 characters",
# as the W3C service counts; its current one gives the description it
# stands for "4000 bytes". So more than 4000 characters is an error, and
# 4000 characters or fewer that are more than 4000 bytes of UTF-8 (a
# Japanese or Greek summary of 1,334 characters and up) a warning, saying
# that Apple counts bytes. The 255 limits of the other tags stay in
# characters (t0850).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title><link>https://e.example/</link><description>d</description><language>en</language><itunes:image href="https://e.example/a.jpg"/><itunes:category text="News"/><itunes:explicit>false</itunes:explicit>'

# feed FILE SUMMARY: a show whose item has the itunes:summary SUMMARY.
feed() {
	printf '%s<item><title>i</title><guid>https://e.example/1</guid><itunes:summary>%s</itunes:summary></item></channel></rss>\n' \
	    "$HEAD" "$2" >"$1"
}

test_expect_success '3000 characters of two bytes each: within 4000 characters, past 4000 bytes: a warning' '
	feed bytes.rss "$(printf "%03000d" 0 | sed "s/0/é/g")" &&
	test_expect_code 0 "$FEEDWRIGHT" validate bytes.rss &&
	echo "bytes.rss:1:355: warning: itunes:summary is longer than 4000 bytes of UTF-8 (6000), though not 4000 characters: Apple limits the description it stands for to 4000 bytes, counting bytes [itunes-summary-bytes]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict bytes.rss
'

test_expect_success '4000 characters of two bytes each: still a warning only' '
	feed at.rss "$(printf "%04000d" 0 | sed "s/0/é/g")" &&
	test_expect_code 0 "$FEEDWRIGHT" validate at.rss &&
	grep "warning: .*(8000).*\[itunes-summary-bytes\]$" "$T/out"
'

test_expect_success '4001 characters: an error, counted in characters' '
	feed long.rss "$(printf "%04001d" 0 | sed "s/0/é/g")" &&
	test_expect_code 1 "$FEEDWRIGHT" validate long.rss &&
	echo "long.rss:1:355: error: itunes:summary is longer than 4000 characters (4001) [itunes-length]" >want &&
	test_cmp want "$T/out"
'

test_expect_success '4000 bytes (1000 characters of four bytes) pass under --strict' '
	feed ok.rss "$(printf "%01000d" 0 | sed "s/0/😀/g")" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

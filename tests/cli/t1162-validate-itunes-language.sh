#!/bin/sh
# Apple's "Required tags" of a show include <language> beside itunes:image,
# itunes:category and itunes:explicit; a channel that uses itunes: tags
# without any language is warned (itunes-missing), as it is without the
# others. dc:language says the same, and RSS 1.0 has no other.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA: a show with the itunes: tags Apple requires.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n    <title>t</title>\n    <link>https://example.org/</link>\n    <description>d</description>\n    <itunes:image href="https://example.org/a.jpg"/>\n    <itunes:category text="News"/>\n    <itunes:explicit>false</itunes:explicit>%s\n  </channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'no <language> and no dc:language: a warning at the channel' '
	rss none.rss "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate none.rss &&
	echo "none.rss:3:3: warning: channel uses itunes: tags but has no language (<language> or dc:language), which Apple Podcasts requires [itunes-missing]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict none.rss
'

test_expect_success '<language> or dc:language: valid under --strict' '
	rss lang.rss "
    <language>en-us</language>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict lang.rss &&
	test_must_be_empty "$T/out" &&
	rss dc.rss "
    <dc:language>en</dc:language>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict dc.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a channel without itunes: tags needs no language' '
	printf "<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link><description>d</description></channel></rss>\n" >plain.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict plain.rss &&
	test_must_be_empty "$T/out"
'

test_done

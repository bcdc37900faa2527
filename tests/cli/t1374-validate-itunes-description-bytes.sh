#!/bin/sh
# Apple Podcasts RSS <description>: of a show, "The maximum amount of text
# allowed for this tag is 4000 bytes"; of an episode, "You can specify up
# to 4000 bytes." Where a channel or an item has itunes: tags, a longer
# description is warned (itunes-description-bytes), in bytes of UTF-8,
# trimmed, escaped markup counted as the text it is; elsewhere RSS 2.0
# sets no limit. The show's is reported at the channel's end, after the
# items'.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-DESCRIPTION ITEM-DESCRIPTION ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>%s</description>\n<language>en</language>\n<itunes:image href="https://example.org/a.jpg"/>\n<itunes:category text="Technology"/>\n<itunes:explicit>false</itunes:explicit>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n<description>%s</description>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" "$4" >"$1"
}
# x N: N times "x".
x() {
	awk -v n="$1" 'BEGIN { while (n-- > 0) printf "x" }'
}
EP='
<itunes:episode>1</itunes:episode>'

test_expect_success 'a show and an episode described in 4001 bytes: a warning each, valid' '
	rss long.rss "$(x 4001)" "$(x 3999)&lt;b>" "$EP" &&
	test_expect_code 0 "$FEEDWRIGHT" validate long.rss &&
	cat >want <<-\EOT &&
	long.rss:14:1: warning: the episode'"'"'s description is 4002 bytes of UTF-8, more than the 4000 Apple Podcasts takes [itunes-description-bytes]
	long.rss:6:1: warning: the show'"'"'s description is 4001 bytes of UTF-8, more than the 4000 Apple Podcasts takes [itunes-description-bytes]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict long.rss
'

test_expect_success '4000 bytes, white space around them aside: not a word' '
	rss edge.rss "  $(x 4000)
" "
$(x 4000) " "$EP" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict edge.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an item without itunes: tags, in a show with them: not an episode of Apple'"'"'s' '
	rss plain.rss d "$(x 5000)" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict plain.rss &&
	test_must_be_empty "$T/out"
'

test_done

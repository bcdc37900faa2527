#!/bin/sh
# Apple Podcasts RSS: "Use plain text UTF-8 encoding for your feed." A
# feed with itunes: tags in another encoding is warned (itunes-encoding),
# RSS or Atom; UTF-8 in any spelling, with or without a declaration, and
# US-ASCII (a subset of UTF-8) are not. A feed without itunes: tags may
# be in any encoding XML reads.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE DECLARATION EXTRA-NAMESPACE CHANNEL-EXTRA
rss() {
	printf '%s<rss version="2.0"%s>\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<language>en</language>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" "$3" "$4" >"$1"
}
IT=' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"'
TAGS='
<itunes:image href="https://example.org/a.jpg"/>
<itunes:category text="Technology"/>
<itunes:explicit>false</itunes:explicit>'

test_expect_success 'itunes: tags in ISO-8859-1 and windows-1252: a warning each, valid' '
	rss l1.rss "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>
" "$IT" "$TAGS" &&
	rss w.rss "<?xml version=\"1.0\" encoding=\"windows-1252\"?>
" "$IT" "$TAGS" &&
	test_expect_code 0 "$FEEDWRIGHT" validate l1.rss w.rss &&
	cat >want <<-\EOT &&
	l1.rss:3:1: warning: channel uses itunes: tags, but the file is in ISO-8859-1: Apple Podcasts asks for UTF-8 [itunes-encoding]
	w.rss:3:1: warning: channel uses itunes: tags, but the file is in windows-1252: Apple Podcasts asks for UTF-8 [itunes-encoding]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict l1.rss
'

test_expect_success 'itunes: tags in UTF-16, with its byte order mark: a warning' '
	rss u8.rss "<?xml version=\"1.0\"?>
" "$IT" "$TAGS" &&
	{ printf "\377\376" && iconv -f UTF-8 -t UTF-16LE u8.rss; } >u16.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate u16.rss &&
	cat >want <<-\EOT &&
	u16.rss:3:1: warning: channel uses itunes: tags, but the file is in UTF-16: Apple Podcasts asks for UTF-8 [itunes-encoding]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an Atom feed with itunes: tags in ISO-8859-1: the same warning' '
	cat >a.atom <<-EOF &&
	<?xml version="1.0" encoding="iso-8859-1"?>
	<feed xmlns="http://www.w3.org/2005/Atom"$IT xml:lang="en">
	<title>t</title><id>tag:example.org,2024:a</id><updated>2024-01-01T00:00:00Z</updated>
	<author><name>a</name></author>
	<link rel="self" href="https://example.org/a.atom"/>$TAGS
	</feed>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate a.atom &&
	cat >want <<-\EOT &&
	a.atom:2:1: warning: feed uses itunes: tags, but the file is in iso-8859-1: Apple Podcasts asks for UTF-8 [itunes-encoding]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'UTF-8 spelled any way, no declaration, US-ASCII: not a word' '
	rss a.rss "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
" "$IT" "$TAGS" &&
	rss b.rss "<?xml version=\"1.0\" encoding=\"utf8\"?>
" "$IT" "$TAGS" &&
	rss c.rss "" "$IT" "$TAGS" &&
	printf "\357\273\277" >d.rss && cat c.rss >>d.rss &&
	rss e.rss "<?xml version=\"1.0\" encoding=\"us-ascii\"?>
" "$IT" "$TAGS" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict a.rss b.rss c.rss d.rss e.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'no itunes: tags: ISO-8859-1 is no concern of Apple'"'"'s' '
	rss plain.rss "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>
" "" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict plain.rss &&
	test_must_be_empty "$T/out"
'

test_done

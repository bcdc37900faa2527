#!/bin/sh
# Media RSS 1.5.1: media:content and media:text take a lang, whose "codes
# possible are detailed in RFC 3066" (BCP 47 now, as for xml:lang), and a
# media:credit role "Must be lowercase". A Java locale ("en_US") or a
# capitalised role ("Photographer") breaks them; an empty lang, like
# xml:lang="", says nothing. A credit's scheme other than urn:ebu
# (Vimeo's https://vimeo.com/) names its own roles: kept.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# feed FILE ITEM: a feed with one item holding ITEM.
feed() {
	printf '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel><title>t</title><link>https://e.example/</link><description>d</description>\n<item><title>i</title><guid>https://e.example/1</guid>\n%s\n</item></channel></rss>\n' "$2" >"$1"
}

test_expect_success 'language tags and lowercase roles: valid under --strict' '
	feed ok.rss "<media:content url=\"https://e.example/v.mp4\" lang=\"pt-BR\"><media:text lang=\"en\" type=\"plain\">Hi</media:text><media:text lang=\"\">Ho</media:text><media:credit role=\"photographer\" scheme=\"urn:ebu\">A</media:credit><media:credit role=\"author\" scheme=\"https://vimeo.com/\">B</media:credit></media:content>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a lang that is no language tag, a role not lowercase: errors' '
	feed bad.rss "<media:content url=\"https://e.example/v.mp4\" lang=\"en_US\"/>
<media:text lang=\"english\">Hi</media:text>
<media:credit role=\"Photographer\">A</media:credit>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:4:1: error: lang "en_US" on media:content is not a language tag [media-value]
	bad.rss:5:1: error: lang "english" on media:text is not a language tag [media-value]
	bad.rss:6:1: error: media:credit role "Photographer" is not lowercase [media-value]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the same in an Atom entry' '
	cat >bad.atom <<-\EOT &&
	<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
	<title>t</title><id>https://e.example/</id><updated>2024-01-01T00:00:00Z</updated>
	<author><name>a</name></author><link rel="self" href="https://e.example/feed.atom"/>
	<entry><title>i</title><id>https://e.example/1</id><updated>2024-01-01T00:00:00Z</updated>
	<link href="https://e.example/1"/>
	<media:credit role="Author">A</media:credit></entry>
	</feed>
	EOT
	test_expect_code 1 "$FEEDWRIGHT" validate bad.atom &&
	echo "bad.atom:6:1: error: media:credit role \"Author\" is not lowercase [media-value]" >want &&
	test_cmp want "$T/out"
'

test_done

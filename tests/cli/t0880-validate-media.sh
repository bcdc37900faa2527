#!/bin/sh
# validate checks Media RSS 1.5.1 in RSS (issue 9, item 4): media:content
# and its attributes, media:group, thumbnail, player, the text types,
# restriction and hash; the namespace written without its trailing slash,
# which readers ignore, is an error said once.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE ITEM: a one-line feed with one item holding ITEM.
feed() {
	printf '%s<item><title>i</title><guid>https://e.example/1</guid>%s</item></channel></rss>\n' \
	    "$HEAD" "$2" >"$1"
}

test_expect_success 'Media RSS as its spec allows it is valid under --strict, silently' '
	feed ok.rss "<media:group><media:content url=\"https://e.example/a.mp4\" type=\"video/mp4\" medium=\"video\" isDefault=\"true\" expression=\"full\" fileSize=\"1048576\" bitrate=\"1500.5\" framerate=\"29.97\" samplingrate=\"44.1\" channels=\"2\" duration=\"185\" height=\"360\" width=\"640\"/><media:content medium=\"video\" expression=\"sample\"><media:player url=\"https://e.example/play\"/></media:content><media:title type=\"plain\">A</media:title><media:description type=\"html\">&lt;b&gt;B&lt;/b&gt;</media:description><media:thumbnail url=\"https://e.example/t.jpg\" width=\"120\" height=\"90\"/><media:keywords>a, b</media:keywords><media:credit role=\"author\">C</media:credit><media:copyright url=\"https://e.example/c\">D</media:copyright><media:text type=\"plain\">E</media:text><media:restriction relationship=\"deny\" type=\"country\">us ca</media:restriction><media:restriction relationship=\"allow\" type=\"sharing\">true</media:restriction><media:rating scheme=\"urn:simple\">nonadult</media:rating><media:hash algo=\"sha-1\">da39a3ee5e6b4b0d3255bfef95601890afd80709</media:hash><media:hash>D41D8CD98F00B204E9800998ECF8427E</media:hash><media:category>news</media:category></media:group>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'each broken media: value at its line with its rule' '
	feed bad.rss "<media:content fileSize=\"-1\" bitrate=\"1e3\" medium=\"picture\" isDefault=\"yes\" expression=\"all\" type=\"image\"/><media:content url=\"pic.jpg\" duration=\"1.5\" channels=\"2.0\"/><media:title type=\"text\">x</media:title><media:thumbnail width=\"a\"/><media:player/><media:restriction relationship=\"disallow\" type=\"region\">a</media:restriction><media:hash algo=\"sha-1\">d41d8cd98f00b204e9800998ecf8427e</media:hash><media:hash algo=\"sha-256\">abc</media:hash><media:copyright url=\"c.html\">x</media:copyright>" &&
	cat >want <<-\EOF &&
	bad.rss:1:202: error: media:content has neither a url attribute nor a media:player [media-url]
	bad.rss:1:202: error: media:content fileSize "-1" is not a non-negative integer [media-number]
	bad.rss:1:202: error: media:content bitrate "1e3" is not a non-negative number [media-number]
	bad.rss:1:202: error: media:content type "image" is not a MIME type [media-value]
	bad.rss:1:202: error: media:content medium "picture" is not image, audio, video, document or executable [media-value]
	bad.rss:1:202: error: media:content isDefault "yes" is not true or false [media-value]
	bad.rss:1:202: error: media:content expression "all" is not sample, full or nonstop [media-value]
	bad.rss:1:309: error: media:content url "pic.jpg" is not an absolute URL [media-url]
	bad.rss:1:309: error: media:content channels "2.0" is not a non-negative integer [media-number]
	bad.rss:1:369: error: media:title type "text" is not plain or html [media-value]
	bad.rss:1:409: error: media:thumbnail has no url attribute, which is required [media-url]
	bad.rss:1:409: error: media:thumbnail width "a" is not a non-negative integer [media-number]
	bad.rss:1:437: error: media:player has no url attribute, which is required [media-url]
	bad.rss:1:452: error: media:restriction relationship "disallow" is not allow or deny [media-value]
	bad.rss:1:452: error: media:restriction type "region" is not country, uri or sharing [media-value]
	bad.rss:1:530: error: media:hash "d41d8cd98f00b204e9800998ecf8427e" is not 40 hexadecimal digits [media-value]
	bad.rss:1:600: error: media:hash algo "sha-256" is not md5 or sha-1 [media-value]
	bad.rss:1:643: error: media:copyright url "c.html" is not an absolute URL [media-url]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a media url outside ASCII is an IRI, not the URL Media RSS takes' '
	feed iri.rss "<media:content url=\"https://e.example/사진.jpg\" medium=\"image\"/><media:thumbnail url=\"https://e.example/%EC%82%AC.jpg\"/>" &&
	echo "iri.rss:1:202: error: media:content url \"https://e.example/사진.jpg\" is an IRI, not a URL: characters outside ASCII must be percent-encoded as UTF-8 (RFC 3987 3.1) [media-url]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate iri.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'inside a group or a content: checked alike; groups and contents nest only once' '
	feed nest.rss "<media:group><media:content url=\"https://e.example/a\"><media:thumbnail/><media:content url=\"https://e.example/b\"/></media:content><media:group/><media:title type=\"bold\">t</media:title></media:group>" &&
	cat >want <<-\EOF &&
	nest.rss:1:202: error: media:group holds 1 media:content; it is only for two or more representations of the same content [media-group]
	nest.rss:1:256: error: media:thumbnail has no url attribute, which is required [media-url]
	nest.rss:1:274: error: media:content belongs in an item or a media:group, not in media:content [ext-misplaced]
	nest.rss:1:332: error: media:group belongs in an item, not in media:group [ext-misplaced]
	nest.rss:1:346: error: media:title type "bold" is not plain or html [media-value]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate nest.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'media:content and media:group belong in an item, not the channel' '
	printf "%s<media:content url=\"https://e.example/a\"/><item><title>i</title></item></channel></rss>\n" "$HEAD" >chan.rss &&
	echo "chan.rss:1:148: error: media:content belongs in an item, not in the channel [ext-misplaced]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate chan.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'the namespace without its trailing slash: one error, and the elements still checked' '
	feed slash.rss "<media:content url=\"https://e.example/a\"/><media:thumbnail/>" &&
	sed "s|mrss/|mrss|" slash.rss >noslash.rss &&
	cat >want <<-\EOF &&
	noslash.rss:1:201: error: media:content is in the namespace http://search.yahoo.com/mrss, which readers ignore; Media RSS'"'"'s is http://search.yahoo.com/mrss/ [media-namespace]
	noslash.rss:1:243: error: media:thumbnail has no url attribute, which is required [media-url]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate noslash.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'media:rating of urn:simple (the default) is adult or nonadult; restriction needs relationship; player sizes' '
	feed r.rss "<media:rating>pg</media:rating><media:rating scheme=\"urn:mpaa\">pg</media:rating><media:rating scheme=\"urn:simple\">adult</media:rating><media:restriction type=\"country\">us</media:restriction><media:player url=\"https://e.example/p\" height=\"x\" width=\"640\"/>" &&
	cat >want <<-\EOF &&
	r.rss:1:202: error: media:rating "pg" of the scheme urn:simple is neither adult nor nonadult [media-value]
	r.rss:1:336: error: media:restriction has no relationship attribute, which is required [media-value]
	r.rss:1:392: error: media:player height "x" is not a non-negative integer [media-number]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate r.rss &&
	test_cmp want "$T/out"
'

test_done

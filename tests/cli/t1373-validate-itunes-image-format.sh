#!/bin/sh
# Apple Podcasts RSS <itunes:image>: "Artwork must be ... in JPEG or PNG
# format, 72 dpi, with appropriate file extensions (.jpg, .png)", for the
# show and for an episode. An href naming another kind of file, or none,
# is warned (itunes-image-format); .jpeg is JPEG's too. The extension is
# the path's, in any case, or, when the path has none, the one the URL's
# query ends in ("artwork?.jpg": hosts whose paths have none end the URL
# so); a version ("?v=1.2") is none.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE SHOW-IMAGE ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<language>en</language>\n<itunes:image href="%s"/>\n<itunes:category text="Technology"/>\n<itunes:explicit>false</itunes:explicit>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'GIF show art, WebP episode art, art with no extension: warnings, valid' '
	rss gif.rss https://example.org/a.gif "
<itunes:image href=\"https://example.org/1.webp\"/>" &&
	rss none.rss "https://example.org/art?id=3" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate gif.rss none.rss &&
	cat >want <<-\EOT &&
	gif.rss:8:1: warning: itunes:image href "https://example.org/a.gif" is a .gif file: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	gif.rss:14:1: warning: itunes:image href "https://example.org/1.webp" is a .webp file: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	none.rss:8:1: warning: itunes:image href "https://example.org/art?id=3" has no file extension: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict gif.rss
'

test_expect_success '.jpg, .JPEG and .Png, with a query or fragment after: not a word' '
	rss j.rss https://example.org/a.b/art.jpg "
<itunes:image href=\"https://example.org/1.JPEG?w=3000\"/>" &&
	rss p.rss "https://example.org/art.Png#x.gif" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict j.rss p.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a path with no extension: the one the query ends in; a path'"'"'s own decides; a version is none' '
	rss q.rss "https://example.org/artwork?.jpg" "
<itunes:image href=\"https://example.org/img/7?f=ep.PNG\"/>" &&
	rss qg.rss "https://example.org/artwork?.gif" "
<itunes:image href=\"https://example.org/a.gif?.jpg\"/>" &&
	rss qv.rss "https://example.org/artwork?v=1.2" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict q.rss &&
	test_must_be_empty "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" validate qg.rss qv.rss &&
	cat >want <<-\EOT &&
	qg.rss:8:1: warning: itunes:image href "https://example.org/artwork?.gif" is a .gif file: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	qg.rss:14:1: warning: itunes:image href "https://example.org/a.gif?.jpg" is a .gif file: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	qv.rss:8:1: warning: itunes:image href "https://example.org/artwork?v=1.2" has no file extension: Apple Podcasts takes JPEG or PNG artwork, named .jpg or .png [itunes-image-format]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'an href that is no http(s) URL: the itunes-image error alone' '
	rss rel.rss art.gif "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate rel.rss &&
	cat >want <<-\EOT &&
	rel.rss:8:1: error: itunes:image href "art.gif" is not an http or https URL [itunes-image]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# RSS 1.0 is RDF/XML, where a relative rdf:about or rdf:resource is
# resolved against the base URI in scope (RDF/XML 5.3, XML Base): the
# channel's items and image name their elements by the resolved URI
# (RSS 1.0 5.3.4, 5.3.5). Without an absolute xml:base the URIs are
# compared as written, as the file's own name is no base to compare by.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rdf FILE RDF-ATTRS CHANNEL-EXTRA LI REST: a small RSS 1.0 feed.
rdf() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n xmlns="http://purl.org/rss/1.0/"%s>\n<channel rdf:about="https://example.com/">\n<title>t</title>\n<link>https://example.com/</link>\n<description>d</description>%s\n<items><rdf:Seq><rdf:li rdf:resource="%s"/></rdf:Seq></items>\n</channel>%s\n</rdf:RDF>\n' "$2" "$3" "$4" "$5" >"$1"
}

item='
<item rdf:about="https://example.com/a">
<title>A</title>
<link>https://example.com/a</link>
</item>'

test_expect_success 'a relative rdf:li and image rdf:resource under xml:base name the absolute rdf:about' '
	rdf base.rdf " xml:base=\"https://example.com/\"" "
<image rdf:resource=\"logo.png\"/>" a "
<image rdf:about=\"https://example.com/logo.png\">
<title>t</title>
<url>https://example.com/logo.png</url>
<link>https://example.com/</link>
</image>$item" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict base.rdf &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a relative rdf:about resolves too, and an inner xml:base is relative to the outer one' '
	rdf inner.rdf " xml:base=\"https://example.com/x/\"" "" \
	    "https://example.com/x/posts/a" "
<item rdf:about=\"a\" xml:base=\"posts/\">
<title>A</title>
<link>https://example.com/a</link>
</item>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict inner.rdf &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a resolved reference that names nothing is said with its resolved URI' '
	rdf miss.rdf " xml:base=\"https://example.com/\"" "
<image rdf:resource=\"logo.gif\"/>" b "
<image rdf:about=\"https://example.com/logo.png\">
<title>t</title>
<url>https://example.com/logo.png</url>
<link>https://example.com/</link>
</image>$item" &&
	test_expect_code 1 "$FEEDWRIGHT" validate miss.rdf &&
	cat >want <<-\EOT &&
	miss.rdf:16:1: warning: item "https://example.com/a" is not listed in the channel'"'"'s items [rss10-item-unlisted]
	miss.rdf:9:17: warning: the channel'"'"'s items list "https://example.com/b", but no item has that rdf:about [rss10-item-missing]
	miss.rdf:8:1: error: the channel'"'"'s image names "https://example.com/logo.gif", but no image has that rdf:about [rss10-reference]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'without an absolute xml:base, URIs are compared as written' '
	rdf raw.rdf " xml:base=\"feeds/\"" "" a "$item" &&
	test_expect_code 0 "$FEEDWRIGHT" validate raw.rdf &&
	cat >want <<-\EOT &&
	raw.rdf:10:1: warning: item "https://example.com/a" is not listed in the channel'"'"'s items [rss10-item-unlisted]
	raw.rdf:8:17: warning: the channel'"'"'s items list "a", but no item has that rdf:about [rss10-item-missing]
	EOT
	test_cmp want "$T/out"
'

test_done

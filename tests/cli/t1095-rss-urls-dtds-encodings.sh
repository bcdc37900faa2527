#!/bin/sh
# Found by comparing validate with the W3C service on feeds from real
# sites (the ones the chardet project keeps):
#   RSS takes URLs, Atom IRIs: a link outside ASCII is an error in RSS,
#   fine in Atom, and build writes RSS's links percent-encoded (RFC 3987
#   3.1) so that both stay valid;
#   Netscape's RSS 0.91 DTD address, which it no longer serves, and the
#   0.91 public id on RSS 2.0 are errors; an external entity declared but
#   never referenced is only a warning;
#   bytes the declared encoding cannot read are said as such (XML 1.0
#   4.3.3), not as elements missing from a tree cut short;
#   an address among other words in managingEditor is a warning.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE EXTRA LINK: a small RSS 2.0 feed; EXTRA goes in the channel.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>%s</link>\n<description>d</description>%s\n</channel>\n</rss>\n' "$3" "$2" >"$1"
}

test_expect_success 'an RSS link outside ASCII is an IRI, not a URL: an error, exit 1' '
	rss iri.xml "" "https://example.org/경제/" &&
	test_expect_code 1 "$FEEDWRIGHT" validate iri.xml &&
	echo "iri.xml:5:1: error: link \"https://example.org/경제/\" is an IRI, not a URL: characters outside ASCII must be percent-encoded as UTF-8 (RFC 3987 3.1) [rss-url]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'the same link percent-encoded is a URL: valid' '
	rss uri.xml "" "https://example.org/%EA%B2%BD%EC%A0%9C/" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict uri.xml &&
	test_must_be_empty "$T/out"
'

F=$T/feed
new_feed "$F"
set_conf "$F" link "https://www.globaleconomictimes.kr/경제/"

test_expect_success 'build: a link outside ASCII stays an IRI in Atom and JSON, is percent-encoded in RSS' '
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	test_must_be_empty "$T/err" &&
	grep -F "<link>https://www.globaleconomictimes.kr/%EA%B2%BD%EC%A0%9C/</link>" "$F/public/rss.xml" &&
	! grep -F "경제" "$F/public/rss.xml" | grep -F "<link>" &&
	grep -F "href=\"https://www.globaleconomictimes.kr/경제/\"" "$F/public/atom.xml" &&
	for f in atom.xml rss.xml feed.json; do
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$F/public/$f" || return 1
	done
'

test_expect_success FEEDPARSER 'feedparser reads the same page from both: the RSS link is the IRI mapped to a URI' '
	"$PYTHON" -c "
import feedparser, sys, urllib.parse
a = feedparser.parse(sys.argv[1] + \"/atom.xml\").feed.link
r = feedparser.parse(sys.argv[1] + \"/rss.xml\").feed.link
assert urllib.parse.quote(a, safe=\":/\") == r, (a, r)
assert r == \"https://www.globaleconomictimes.kr/%EA%B2%BD%EC%A0%9C/\", r
" "$F/public"
'

test_expect_success 'Netscape'"'"'s RSS 0.91 DTD address: an error, without a fetch' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<language>en</language>\n</channel>\n</rss>\n" >netscape.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate netscape.xml &&
	cat >want <<-\EOT &&
	netscape.xml:3:1: error: the DOCTYPE names Netscape'"'"'s RSS 0.91 DTD, http://my.netscape.com/publish/formats/rss-0.91.dtd, which Netscape stopped serving in 2007: name http://www.rssboard.org/rss-0.91.dtd, or leave the DOCTYPE out [rss-dtd-withdrawn]
	netscape.xml:3:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version-old]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the RSS Advisory Board'"'"'s address for the same DTD: valid, RSS 0.91 said as a warning' '
	sed "s|http://my.netscape.com/publish/formats/rss-0.91.dtd|http://www.rssboard.org/rss-0.91.dtd|" netscape.xml >rssboard.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate rssboard.xml &&
	echo "rssboard.xml:3:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version-old]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an external parameter entity declared, never referenced: a warning, valid' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY %% HTMLlat1 PUBLIC \"-//W3C//ENTITIES Latin 1 for XHTML//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent\">]>\n<rss version=\"2.0\">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n</channel>\n</rss>\n" >lat1.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate lat1.xml &&
	echo "lat1.xml:3:1: warning: the DTD declares the external entity \"HTMLlat1\" (http://www.w3.org/TR/xhtml1/DTD/xhtml-lat1.ent), which is never loaded [external-entity]" >want &&
	test_cmp want "$T/out"
'

# 0x93 is a Windows-874 quotation mark, which TIS-620 does not have.
test_expect_success 'a byte its declared encoding lacks: said as such, at its place, exit 1, nothing raw on stderr' '
	printf "<?xml version=\"1.0\" encoding=\"tis-620\"?>\n<rss version=\"2.0\">\n<channel>\n<title>t\223x</title>\n<link>https://example.org/</link>\n<description>d</description>\n</channel>\n</rss>\n" >tis.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate tis.xml &&
	test_must_be_empty "$T/err" &&
	echo "tis.xml:4:9: error: XML: bytes that are not valid tis-620, the encoding the file declares: 0x93 0x78 0x3C 0x2F [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

# Far from the start: libxml2 converts ahead of its parse, so only reading
# the file again finds the place; standard input cannot be read again.
test_expect_success 'the place is found past the first kilobytes; from standard input, where the parser was' '
	{
		printf "<?xml version=\"1.0\" encoding=\"tis-620\"?>\n<rss version=\"2.0\">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n" &&
		i=0 && while [ $i -lt 400 ]; do printf "<item><title>\275\305\310 %d</title></item>\n" $i; i=$((i + 1)); done &&
		printf "<item><title>ab\223</title></item>\n</channel>\n</rss>\n"
	} >far.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate far.xml &&
	echo "far.xml:407:16: error: XML: bytes that are not valid tis-620, the encoding the file declares: 0x93 0x3C 0x2F 0x74 [xml-not-well-formed]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate - <far.xml &&
	grep "^-:[0-9]*:[0-9]*: error: XML: bytes that are not valid in the file'"'"'s encoding, from about here: 0x93 0x3C 0x2F 0x74 \[xml-not-well-formed\]\$" "$T/out"
'

test_expect_success 'managingEditor "Name address": a warning (exit 0, 1 under --strict)' '
	rss named.xml "
<managingEditor>Jane Doe jane@example.org</managingEditor>" "https://example.org/" &&
	test_expect_code 0 "$FEEDWRIGHT" validate named.xml &&
	echo "named.xml:7:1: warning: managingEditor \"Jane Doe jane@example.org\" holds an e-mail address, but not in the form readers parse: addr-spec, then a name in parentheses if any [rss-email-form]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict named.xml
'

test_expect_success 'webMaster "mailto:address (Name)": the address is right, its form is not: a warning' '
	rss mailto.xml "
<webMaster>mailto:jane@example.org (Jane Doe)</webMaster>" "https://example.org/" &&
	test_expect_code 0 "$FEEDWRIGHT" validate mailto.xml &&
	grep "^mailto.xml:7:1: warning: .*\[rss-email-form\]\$" "$T/out"
'

test_expect_success 'managingEditor "bad address (Name)" is the form itself with a bad address: an error' '
	rss badparen.xml "
<managingEditor>ge o@example.org (George)</managingEditor>" "https://example.org/" &&
	test_expect_code 1 "$FEEDWRIGHT" validate badparen.xml &&
	grep "^badparen.xml:7:1: error: .*\[rss-email\]\$" "$T/out"
'

test_expect_success 'managingEditor "a (A), b (B)": two addresses, the first comment closing early: an error' '
	rss twonamed.xml "
<managingEditor>a@example.org (A), b@example.org (B)</managingEditor>" "https://example.org/" &&
	test_expect_code 1 "$FEEDWRIGHT" validate twonamed.xml &&
	grep "^twonamed.xml:7:1: error: .*\[rss-email\]\$" "$T/out"
'

# RFC 822 3.1.4: in a comment, "\\" quotes; parentheses must balance.
test_expect_success 'build: an author named "Kim (x \\ y" is written as a comment that closes at its end' '
	B=$T/named &&
	mkdir -p "$B/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$B/" &&
	printf "T1\n\nKim (x \\\\ y\n\nk@example.com | 2025-01-02 03:04:05\n\nBody.\n" >"$B/articles/a.txt" &&
	printf "T2\n\nLee (Seoul) Park\n\nl@example.com | 2025-01-03 03:04:05\n\nBody.\n" >"$B/articles/b.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$B" &&
	grep -F "<author>k@example.com (Kim \\(x \\\\ y)</author>" "$B/public/rss.xml" &&
	grep -F "<author>l@example.com (Lee (Seoul) Park)</author>" "$B/public/rss.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$B/public/rss.xml"
'

test_expect_success 'managingEditor with two addresses, or none: still an error' '
	rss two.xml "
<managingEditor>a@example.org, b@example.org</managingEditor>" "https://example.org/" &&
	test_expect_code 1 "$FEEDWRIGHT" validate two.xml &&
	grep "\[rss-email\]\$" "$T/out" &&
	rss none.xml "
<managingEditor>Jane Doe</managingEditor>" "https://example.org/" &&
	test_expect_code 1 "$FEEDWRIGHT" validate none.xml &&
	grep "\[rss-email\]\$" "$T/out"
'

test_done

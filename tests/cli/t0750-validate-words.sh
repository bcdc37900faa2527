#!/bin/sh
# validate says in plain words what a file is and what is wrong with it
# (issue 10, item 10): an empty file, gzip, UTF-32, JSON, an HTML page, a
# UTF-16 file whose declaration names another encoding, libxml2's limits
# without its advice to use XML_PARSE_HUGE, the RSS version the document
# declares, and a report that cannot be written.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

GOOD="$SRCDIR/tests/validate/formats/good.rss"
RSS='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# expect_report FILE LINE...: validate FILE exits 1 and prints exactly LINE...
expect_report() {
	_f=$1
	shift
	printf '%s\n' "$@" >"$T/want" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$_f" &&
	test_cmp "$T/want" "$T/out" &&
	test_must_be_empty "$T/err"
}

test_expect_success 'an empty file: the file is empty, and nothing else' '
	: >empty.xml &&
	expect_report empty.xml \
	    "empty.xml:1:1: error: the file is empty [xml-not-well-formed]"
'

test_expect_success 'an empty standard input' '
	printf "%s\n" "-:1:1: error: the file is empty [xml-not-well-formed]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate - </dev/null &&
	test_cmp want "$T/out"
'

test_expect_success 'a file of white space' '
	printf "\n  \n" >blank.xml &&
	expect_report blank.xml \
	    "blank.xml:1:1: error: the file holds nothing but white space [xml-not-well-formed]"
'

test_expect_success 'a gzip-compressed feed' '
	gzip -c "$GOOD" >feed.xml.gz &&
	expect_report feed.xml.gz \
	    "feed.xml.gz:1:1: error: this is a gzip-compressed file, not XML: decompress it first (gunzip) [unknown-format]"
'

test_expect_success 'UTF-32 with a byte order mark' '
	{ printf "\000\000\376\377"; iconv -f UTF-8 -t UTF-32BE "$GOOD"; } >u32.xml &&
	expect_report u32.xml \
	    "u32.xml:1:1: error: this file is in UTF-32, which validate does not read (XML requires only UTF-8 and UTF-16): convert it to UTF-8 [unknown-format]"
'

test_expect_success 'UTF-32LE without a byte order mark' '
	iconv -f UTF-8 -t UTF-32LE "$GOOD" >u32le.xml &&
	expect_report u32le.xml \
	    "u32le.xml:1:1: error: this file is in UTF-32, which validate does not read (XML requires only UTF-8 and UTF-16): convert it to UTF-8 [unknown-format]"
'

test_expect_success 'JSON (a JSON Feed): checked as one' '
	printf "%s\n" "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}" >feed.json &&
	expect_report feed.json \
	    "feed.json:1:1: error: the feed has no title [jsonfeed-required]" \
	    "feed.json:1:1: warning: the feed has no home_page_url, which JSON Feed strongly recommends [jsonfeed-url-missing]" \
	    "feed.json:1:1: warning: the feed has no feed_url, which JSON Feed strongly recommends [jsonfeed-url-missing]"
'

test_expect_success 'an HTML page' '
	printf "<!doctype html>\n<html><body><p>news<br></body></html>\n" >page.html &&
	expect_report page.html \
	    "page.html:1:1: error: this is an HTML page, not a feed [unknown-format]"
'

test_expect_success 'an HTML page without a doctype' '
	printf "\n<HTML>\n<body>news</body></HTML>\n" >page2.html &&
	expect_report page2.html \
	    "page2.html:1:1: error: this is an HTML page, not a feed [unknown-format]"
'

test_expect_success 'UTF-16 declaring encoding="utf-8" is an error' '
	{ printf "\377\376"; iconv -f UTF-8 -t UTF-16LE "$GOOD"; } >u16.xml &&
	expect_report u16.xml \
	    "u16.xml:1:1: error: the file is in UTF-16, but its XML declaration says encoding=\"utf-8\": the declaration must name the encoding the file is in (XML 1.0, section 4.3.3) [xml-not-well-formed]"
'

test_expect_success 'UTF-16BE without a byte order mark declaring ISO-8859-1' '
	sed "s/encoding=\"utf-8\"/encoding='"'"'ISO-8859-1'"'"'/" "$GOOD" |
	    iconv -f UTF-8 -t UTF-16BE >u16be.xml &&
	expect_report u16be.xml \
	    "u16be.xml:1:1: error: the file is in UTF-16, but its XML declaration says encoding=\"ISO-8859-1\": the declaration must name the encoding the file is in (XML 1.0, section 4.3.3) [xml-not-well-formed]"
'

test_expect_success 'UTF-16 declaring UTF-16 is still valid' '
	sed "s/encoding=\"utf-8\"/encoding=\"UTF-16\"/" "$GOOD" |
	    iconv -f UTF-8 -t UTF-16 >u16ok.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate u16ok.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'the reverse: UTF-8 declaring UTF-16 is an error' '
	sed "s/encoding=\"utf-8\"/encoding=\"UTF-16\"/" "$GOOD" >u8.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate u8.xml &&
	grep -F "u8.xml:1:38: error: XML: Document labelled UTF-16 but has UTF-8 content [xml-not-well-formed]" "$T/out"
'

test_expect_success 'a text node over libxml2'"'"'s limit, in plain words' '
	{ printf "%s<item><title>big</title><description>" "$RSS"
	  head -c 10000100 /dev/zero | tr "\\0" a
	  printf "</description></item></channel></rss>\n"; } >text.xml &&
	expect_report text.xml \
	    "text.xml:1:10000241: error: a text node longer than 10,000,000 bytes, more than validate reads [too-large]"
'

test_expect_success 'nesting deeper than 256 levels, in plain words' '
	"$PYTHON" -c "import sys; print(sys.argv[1] + \"<x:d xmlns:x=\\\"urn:x\\\">\" + \"<x:a>\" * 300 + \"</x:a>\" * 300 + \"</x:d></channel></rss>\")" "$RSS" >deep.xml &&
	expect_report deep.xml \
	    "deep.xml:1:1399: error: elements nested deeper than 256 levels, more than validate reads [too-large]"
'

test_expect_success 'an attribute value over libxml2'"'"'s limit, in plain words' '
	{ printf "%s<x:y xmlns:x=\"urn:x\" a=\"" "$RSS"
	  head -c 10000100 /dev/zero | tr "\\0" a
	  printf "\"/></channel></rss>\n"; } >tag.xml &&
	expect_report tag.xml \
	    "tag.xml:1:127: error: an attribute value longer than 10,000,000 bytes, more than validate reads [too-large]"
'

test_expect_success 'no message advises XML_PARSE_HUGE' '
	test_expect_code 1 "$FEEDWRIGHT" validate text.xml deep.xml tag.xml &&
	cat "$T/out" &&
	test "$(grep -c "more than validate reads \[too-large\]$" "$T/out")" -eq 3 &&
	test "$(wc -l <"$T/out")" -eq 3 &&
	! grep -F XML_PARSE_HUGE "$T/out"
'

test_expect_success 'rss version="3.0": JSON says rss-3.0, the text says it is not 2.0' '
	sed "s/<rss version=\"2.0\"/<rss version=\"3.0\"/" "$GOOD" >v3.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json v3.rss &&
	grep -F "{\"file\": \"v3.rss\", \"format\": \"rss-3.0\", \"valid\": false," "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate v3.rss &&
	grep -F "error: rss version \"3.0\" is not 2.0 [rss-version]" "$T/out"
'

test_expect_success 'a report that cannot be written: exit 2, said once' '
	printf "%s\n" "feedwright: validate: cannot write the report: No space left on device" >want &&
	test_expect_code 2 sh -c "\"\$0\" validate feed.json >/dev/full" "$FEEDWRIGHT" &&
	test_cmp want "$T/err"
'

test_expect_success 'a JSON report that cannot be written: exit 2' '
	test_expect_code 2 sh -c "\"\$0\" validate --format=json \"\$1\" >/dev/full" "$FEEDWRIGHT" "$GOOD" &&
	test_cmp want "$T/err"
'

test_expect_success 'a valid file with nothing to write to /dev/full: exit 0' '
	test_expect_code 0 sh -c "\"\$0\" validate \"\$1\" >/dev/full" "$FEEDWRIGHT" "$GOOD"
'

test_expect_success 'validate --help lists every exit status' '
	"$FEEDWRIGHT" validate --help >help &&
	grep -Fx "Exit status:" help &&
	grep -Fx "  0  every file valid" help &&
	grep -F "  1  a file invalid (with --strict: or with a warning), not a feed at all," help &&
	grep -F "  2  a file could not be opened or read, the report could not be written," help
'

test_done

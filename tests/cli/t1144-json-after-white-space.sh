#!/bin/sh
# A JSON Feed after any amount of white space: RFC
# 8259 2 allows white space before the value, and validate decided JSON
# or XML from its first 512 bytes alone, so a feed after 512 newlines was
# read as XML ("Document is empty"). A head of white space is now read
# past, and the same bytes still go to the XML reader when it is XML.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# spaced N FILE: N newlines, then FILE.
spaced() {
	head -c "$1" /dev/zero | tr "\\000" "\\n" && cat "$2"
}

test_expect_success 'a good feed after 512 and after 100,000 newlines: valid, silent, from a file and from stdin' '
	cat >good.json <<-\EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":"tag:e.x,2025:1","content_text":"x"}]}
	EOT
	for n in 511 512 100000; do
		spaced $n good.json >g$n.json &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict g$n.json &&
		test_must_be_empty "$T/out" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict - <g$n.json &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'a bad feed after 100,000 newlines: its JSON Feed error, at its line' '
	printf "\\t \\r\\n" >bad.json &&
	cat >>bad.json <<-\EOT &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.x/","feed_url":"https://e.x/feed.json",
	"items":[{"id":"tag:e.x,2025:1","content_text":1}]}
	EOT
	spaced 100000 bad.json >b.json &&
	test_expect_code 1 "$FEEDWRIGHT" validate b.json &&
	echo "b.json:100003:33: error: items[0].content_text must be a string, not a number [jsonfeed-type]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an Atom feed after 100,000 newlines: still XML, its error at its line' '
	echo "<feed xmlns=\"http://www.w3.org/2005/Atom\"><bad/></feed>" >bad.atom &&
	spaced 100000 bad.atom >a.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate a.xml &&
	head -n 1 "$T/out" >first &&
	echo "a.xml:100001:43: error: atom:feed has no child element atom:bad in Atom 1.0 [atom-unknown-element]" >want &&
	test_cmp want first
'

test_expect_success '100,000 spaces and nothing else: white space only' '
	head -c 100000 /dev/zero | tr "\\000" " " >ws &&
	test_expect_code 1 "$FEEDWRIGHT" validate ws &&
	echo "ws:1:1: error: the file holds nothing but white space [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

test_done

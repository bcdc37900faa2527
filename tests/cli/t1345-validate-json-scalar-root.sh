#!/bin/sh
# A JSON document whose root is a scalar (null, 5, "hello", true) was
# called broken XML ("XML: Document is empty" for a 4-byte file): only {
# and [ made a file JSON. It is now named as JSON whose root is no
# object, with the rule an array root gets. XML starts with "<" and is
# never taken for JSON, nor is junk before a feed's markup.
. "$SRCDIR/tests/lib.sh"

# root VALUE TYPE: a file of VALUE (and white space) is JSON whose root is TYPE.
root() {
	printf " \n%s\n" "$1" >"$T/r.json" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/r.json" &&
	echo "$T/r.json:2:1: error: the file is JSON, but its root is $2: a JSON Feed is an object [jsonfeed-type]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
}

test_expect_success 'null, a number, a string, a boolean: JSON, root no object' '
	root null null &&
	root 5 "a number" &&
	root -0.5e3 "a number" &&
	root "\"hello\"" "a string" &&
	root true "a boolean" &&
	root false "a boolean"
'

test_expect_success 'an array root: the same words' '
	root "[1]" "an array"
'

test_expect_success 'a broken scalar is a JSON syntax error, not XML' '
	printf "%s" "-" >"$T/r.json" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/r.json" &&
	test_contains "$T/out" "[json-syntax]"
'

test_expect_success 'XML with junk before its markup keeps the XML report' '
	printf "%s" "1<?xml version=\"1.0\"?><rss version=\"2.0\"/>" >"$T/x.xml" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/x.xml" &&
	test_contains "$T/out" "[xml-not-well-formed]" &&
	test_lacks "$T/out" "JSON" &&
	printf "%s" "nullity <rss/>" >"$T/y.xml" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/y.xml" &&
	test_contains "$T/out" "[xml-not-well-formed]"
'

test_expect_success 'a word that only starts like a literal is no JSON' '
	printf "%s" "nullity" >"$T/w.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/w.txt" &&
	test_lacks "$T/out" "JSON"
'

test_expect_success 'an Atom feed is still read as XML' '
	cat >"$T/a.xml" <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
	<id>https://e.org/</id><updated>2025-01-01T00:00:00Z</updated>
	<link rel="self" href="https://e.org/a.xml"/></feed>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate "$T/a.xml" &&
	test_must_be_empty "$T/out"
'

test_done

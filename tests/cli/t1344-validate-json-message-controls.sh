#!/bin/sh
# A JSON Feed's values are quoted in messages as XML values are: a tab as
# it is and other control characters as \uNNNN, the documented forms. They
# were written \xNN, the form for bytes that are not UTF-8, so a reader
# could not tell a control character from a broken byte.
. "$SRCDIR/tests/lib.sh"

# item FILE: a feed of one item with FILE's members (stdin) added.
item() {
	{ printf "%s" '{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.org/","feed_url":"https://e.org/f","items":[{"id":"1","content_text":"x",'
	  cat; printf "}]}"; } >"$1"
}

test_expect_success 'a tab stays a tab, U+0001 is \u0001' '
	item "$T/tab.json" <<-\EOF &&
	"date_published":"2025-01-01\tT00:00:00Z\u0001"
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/tab.json" &&
	cat >"$T/want" <<-\EOF &&
	:1:159: error: items[0].date_published "2025-01-01	T00:00:00Z\u0001" is not an RFC 3339 date-time: it does not match the date format [jsonfeed-date]
	EOF
	sed "s#^$T/tab.json##" "$T/out" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'U+0000, U+001F, U+007F and U+0085 all \uNNNN; a line break a space' '
	item "$T/url.json" <<-\EOF &&
	"url":"a\u0000b\u001f\u007f\u0085\nc"
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/url.json" &&
	cat >"$T/want" <<-\EOF &&
	:1:159: error: items[0].url "a\u0000b\u001f\u007f\u0085 c" is not a URL [jsonfeed-url]
	EOF
	sed "s#^$T/url.json##" "$T/out" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the quote and the backslash of a value are still escaped' '
	item "$T/q.json" <<-\EOF &&
	"language":"a\"b\\c"
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/q.json" &&
	test_contains "$T/out" "items[0].language \"a\\\"b\\\\c\" is not a language tag"
'

test_expect_success 'as an XML message has it: its tab as it is' '
	cat >"$T/a.xml" <<-\EOF &&
	<?xml version="1.0"?>
	<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>https://e.org/</id>
	<updated>2025-01-01	T00:00:00Z</updated></feed>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/a.xml" &&
	test_contains "$T/out" "\"2025-01-01	T00:00:00Z\""
'

test_done

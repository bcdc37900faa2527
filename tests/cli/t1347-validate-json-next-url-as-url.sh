#!/bin/sh
# A next_url that is the feed_url spelt another way (the scheme's case,
# the scheme's own port, an escaped unreserved character) names the same
# document: jsonfeed-next-url compared bytes and let it pass. It now
# compares URLs as --chain does (uri_same, RFC 3986 6.2.2 and 6.2.3).
. "$SRCDIR/tests/lib.sh"

# feed NEXT: a feed whose feed_url is https://example.org/feed.json.
feed() {
	printf '{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://example.org/","feed_url":"https://example.org/feed.json","next_url":"%s","items":[]}' "$1" >"$T/n.json"
}

test_expect_success 'the feed_url spelt otherwise is the feed_url' '
	for u in "HTTPS://example.org:443/feed.json" \
	    "https://EXAMPLE.org/./feed.json" "https://example.org/%66eed.json"; do
		feed "$u" &&
		test_expect_code 1 "$FEEDWRIGHT" validate "$T/n.json" &&
		test_contains "$T/out" "error: next_url is the feed_url: the next page must be another document [jsonfeed-next-url]" ||
		return 1
	done
'

test_expect_success 'another page, another port or path: no problem' '
	for u in "https://example.org/feed.json?page=2" \
	    "https://example.org:8443/feed.json" "http://example.org/feed.json"; do
		feed "$u" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$T/n.json" &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_done

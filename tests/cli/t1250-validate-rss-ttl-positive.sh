#!/bin/sh
# ttl: RSS 2.0 makes it "a number of minutes that indicates how long a
# channel can be cached before refreshing". A cache kept 0 minutes is no
# cache, so 0 (in any number of digits) is an error, as in the W3C
# service (InvalidPositiveInteger); a channel with nothing to say leaves
# ttl out. What was refused before stays refused.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE TTL: a small feed with <ttl>TTL</ttl>.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<ttl>%s</ttl>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'ttl 0 and 00: an error' '
	for v in 0 00; do
		rss z.xml $v &&
		test_expect_code 1 "$FEEDWRIGHT" validate z.xml &&
		echo "z.xml:7:1: error: ttl \"$v\" is not a positive number of minutes [rss-ttl]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'a negative, empty, decimal or signed ttl: still an error' '
	for v in -1 "" 1.5 +60 1h; do
		rss bad.xml "$v" &&
		test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
		test_contains "$T/out" "error: ttl \"$v\" is not a positive number of minutes [rss-ttl]" ||
		return 1
	done
'

test_expect_success 'ttl 1, 60 and 0060: valid' '
	for v in 1 60 0060; do
		rss ok.xml $v &&
		test_expect_code 0 "$FEEDWRIGHT" validate ok.xml || return 1
	done
'

test_done

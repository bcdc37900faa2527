#!/bin/sh
# A URL's authority follows RFC 3986 3.2: [ userinfo "@" ] host
# [ ":" port ], one "@" at most, brackets only around an IP literal that
# is the whole host, a port of digits only. RSS links that break it are
# no URLs, and the message says the syntax is broken, not that a scheme
# is missing.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE LINK: a small RSS 2.0 feed whose channel link is LINK.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>%s</link>\n<description>d</description>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'a bracket in a host name, a named port, two @ and two ports are refused' '
	for u in "https://exa[mple.com/a" "https://example.com:port/a" \
	    "https://a@b@example.com/a" "https://example.com:80:90/a"; do
		rss bad.xml "$u" &&
		test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
		echo "bad.xml:5:1: error: link \"$u\" is not a URL: it breaks the syntax of RFC 3986 [rss-url]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'userinfo, a port, an IPv6 literal and an @ in the path are fine' '
	for u in "https://u:p@example.com:8080/a" "http://[2001:db8::1]:8080/" \
	    "https://example.com/a@b@c"; do
		rss good.xml "$u" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict good.xml &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'a value without a scheme still says so' '
	rss rel.xml "example.com/a" &&
	test_expect_code 1 "$FEEDWRIGHT" validate rel.xml &&
	echo "rel.xml:5:1: error: link \"example.com/a\" is not an absolute URL: it must begin with a scheme such as https: [rss-url]" >want &&
	test_cmp want "$T/out"
'

test_done

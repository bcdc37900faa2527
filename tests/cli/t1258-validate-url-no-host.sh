#!/bin/sh
# "https:/example.com/x" fits RFC 3986's generic grammar (scheme ":"
# path-absolute); what it breaks is the http(s) scheme's own, which asks
# for "//" and a host (RFC 9110 4.2.1, 4.2.2). The message says that, not
# that RFC 3986's syntax is broken.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE LINK: a small RSS 2.0 feed whose channel link is LINK.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>t</title>\n<link>%s</link>\n<description>d</description>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'https:/host, http:host and https:///path: no host, said so' '
	for u in "https:/example.com/x" "http:example.com" "https:///x"; do
		rss bad.xml "$u" &&
		test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
		echo "bad.xml:5:1: error: link \"$u\" is not a URL: an http or https URL needs \"//\" and a host after its scheme (RFC 9110 4.2.1, 4.2.2) [rss-url]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'another scheme without an authority is still a URL' '
	rss ok.xml "urn:isbn:0451450523" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.xml &&
	test_must_be_empty "$T/out"
'

test_done

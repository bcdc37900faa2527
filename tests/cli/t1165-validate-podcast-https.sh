#!/bin/sh
# Podcasting 2.0 (1.0.md): "Anywhere the url of a hyper-text based
# resource is specified, it must be given as https: and not http:". The
# pages a reader follows, podcast:funding's url, podcast:person's href
# and podcast:transcript's url, are therefore https URLs: http: is a
# warning (podcast-https; readers follow it, and the namespace's own
# example.xml has it in podcast:person), and what is no web URL at all
# (a urn:, a URL without host) an error of the element's own rule.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'http: in funding url, person href and transcript url: warnings' '
	rss http.rss "
<podcast:funding url=\"http://example.org/donate\">Give</podcast:funding>
<podcast:person href=\"http://example.org/jane\">Jane</podcast:person>" "
<podcast:transcript url=\"http://example.org/1.html\" type=\"text/html\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate http.rss &&
	cat >want <<-\EOT &&
	http.rss:7:1: warning: podcast:funding url "http://example.org/donate" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	http.rss:8:1: warning: podcast:person href "http://example.org/jane" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	http.rss:12:1: warning: podcast:transcript url "http://example.org/1.html" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	EOT
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict http.rss
'

test_expect_success 'a urn: or a URL without host where a page is to be followed: errors' '
	rss urn.rss "
<podcast:funding url=\"urn:isbn:0451450523\">Give</podcast:funding>
<podcast:person href=\"mailto:jane@example.org\">Jane</podcast:person>" "
<podcast:transcript url=\"file:///srv/1.html\" type=\"text/html\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate urn.rss &&
	cat >want <<-\EOT &&
	urn.rss:7:1: error: podcast:funding url "urn:isbn:0451450523" is not an https URL with a host, a page that can be followed [podcast-funding]
	urn.rss:8:1: error: podcast:person href "mailto:jane@example.org" is not an https URL with a host, a page that can be followed [podcast-person]
	urn.rss:12:1: error: podcast:transcript url "file:///srv/1.html" is not an https URL with a host, a page that can be followed [podcast-transcript]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'https: pages, and an http: person img or chapters url (no page to read): valid under --strict' '
	rss ok.rss "
<podcast:funding url=\"HTTPS://example.org/donate\">Give</podcast:funding>
<podcast:person href=\"https://example.org/jane\" img=\"http://example.org/jane.jpg\">Jane</podcast:person>" "
<podcast:transcript url=\"https://example.org/1.html\" type=\"text/html\"/>
<podcast:chapters url=\"http://example.org/1.json\" type=\"application/json+chapters\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

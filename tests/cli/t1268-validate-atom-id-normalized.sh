#!/bin/sh
# RFC 4287 4.2.6: "the following normalization strategy SHOULD be applied
# when generating atom:id elements". An id made otherwise is a warning
# (atom-id-normalized) that gives the normal form; readers compare ids
# character by character (4.2.6.1). An id with an authority takes RFC
# 3986's normal form; an opaque one (tag:, urn:) only a lower-case
# scheme, its own scheme saying how the rest compares. A published id
# "MUST NOT change": build does not check the ids it keeps, nor validate
# atom:source's, copied from another feed.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# feed FILE ID [ENTRY]
feed() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="self" href="https://example.org/atom.xml"/>\n<id>%s</id>%s\n</feed>\n' "$2" "${3:-}" >"$1"
}

test_expect_success 'scheme, host, port, path, escapes: each said with the normal form' '
	feed 1.atom "HTTPS://Example.org/a" &&
	feed 2.atom "https://example.org:443/a" &&
	feed 3.atom "http://example.org" &&
	feed 4.atom "https://example.org/a/../b" &&
	feed 5.atom "https://example.org/%7euser/%c3%a9" &&
	feed 6.atom "https://%c3%a9.example/" &&
	feed 7.atom "TAG:example.org,2025:News/../1" &&
	test_expect_code 0 "$FEEDWRIGHT" validate 1.atom 2.atom 3.atom 4.atom 5.atom 6.atom 7.atom &&
	cat >want <<-\EOF &&
	1.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "HTTPS://Example.org/a" would be "https://example.org/a" [atom-id-normalized]
	2.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "https://example.org:443/a" would be "https://example.org/a" [atom-id-normalized]
	3.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "http://example.org" would be "http://example.org/" [atom-id-normalized]
	4.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "https://example.org/a/../b" would be "https://example.org/b" [atom-id-normalized]
	5.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "https://example.org/%7euser/%c3%a9" would be "https://example.org/~user/%C3%A9" [atom-id-normalized]
	6.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "https://%c3%a9.example/" would be "https://%C3%A9.example/" [atom-id-normalized]
	7.atom:3:1: warning: atom:id is not made in the normal form RFC 4287 asks of ids: "TAG:example.org,2025:News/../1" would be "tag:example.org,2025:News/../1" [atom-id-normalized]
	EOF
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict 1.atom
'

test_expect_success 'tag: and urn: with dots and escapes, an IRI, a port of its own, an empty query and fragment, an upper-case host escape: not a word' '
	feed a.atom "tag:Example.org,2025:News/../%7e1" &&
	feed b.atom "urn:example:a/../b" &&
	feed c.atom "https://example.org/뉴스/1" &&
	feed d.atom "https://example.org:8443/a?#" &&
	feed e.atom "https://%C3%A9.example/" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict a.atom b.atom c.atom d.atom e.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'atom:source keeps the id of the feed it came from: not a word' '
	feed s.atom "https://example.org/" "<entry><id>https://example.org/1</id><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href=\"https://example.org/1\"/><source><id>HTTP://Other.example</id><title>o</title><updated>2025-01-01T00:00:00Z</updated></source></entry>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict s.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'build keeps the ids it was given: 1,100 entries, not a word, even with -v; validate gives the advice' '
	new_feed f &&
	rm f/articles/*.txt &&
	set_conf f id "HTTPS://Example.org" &&
	set_conf f entry-id "https://Example.org/news/{slug}" &&
	set_conf f max-entries 1100 &&
	i=1000 &&
	while [ $i -lt 2100 ]; do
		printf "Title %s\n\nA Reporter\n\nr@example.com | 2025-01-01 10:%02d:%02d\n\nBody %s.\n" \
		    $i $((i / 60 % 60)) $((i % 60)) $i >f/articles/r$i.txt || return 1
		i=$((i + 1))
	done &&
	"$FEEDWRIGHT" build -v -o pub f >build.out 2>build.err &&
	test_lacks build.err "normal form" &&
	test_lacks build.err "not shown" &&
	test_must_be_empty build.out &&
	grep -F "<id>HTTPS://Example.org</id>" pub/atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format json pub/atom.xml &&
	grep -F "\"warnings\": 1101," "$T/out" &&
	grep -F "\"message\": \"atom:id is not made in the normal form RFC 4287 asks of ids: \\\"HTTPS://Example.org\\\" would be \\\"https://example.org/\\\"\"" "$T/out"
'

test_done

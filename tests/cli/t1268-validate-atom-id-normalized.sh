#!/bin/sh
# RFC 4287 4.2.6: "the following normalization strategy SHOULD be applied
# when generating atom:id elements". An id made otherwise is a warning
# (atom-id-normalized) that gives the normal form; readers compare ids
# character by character (4.2.6.1). tag: and urn: ids have no host or
# port, and keep their case. A published id "MUST NOT change", so build,
# which keeps its ids, does not repeat the advice on each run.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# feed FILE ID
feed() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="self" href="https://example.org/atom.xml"/>\n<id>%s</id>\n</feed>\n' "$2" >"$1"
}

test_expect_success 'scheme, host, port, path, escapes: each said with the normal form' '
	feed 1.atom "HTTPS://Example.org/a" &&
	feed 2.atom "https://example.org:443/a" &&
	feed 3.atom "http://example.org" &&
	feed 4.atom "https://example.org/a/../b" &&
	feed 5.atom "https://example.org/%7euser/%c3%a9" &&
	test_expect_code 0 "$FEEDWRIGHT" validate 1.atom 2.atom 3.atom 4.atom 5.atom &&
	cat >want <<-\EOF &&
	1.atom:3:1: warning: atom:id "HTTPS://Example.org/a" is not made in the normal form RFC 4287 asks of ids: "https://example.org/a" [atom-id-normalized]
	2.atom:3:1: warning: atom:id "https://example.org:443/a" is not made in the normal form RFC 4287 asks of ids: "https://example.org/a" [atom-id-normalized]
	3.atom:3:1: warning: atom:id "http://example.org" is not made in the normal form RFC 4287 asks of ids: "http://example.org/" [atom-id-normalized]
	4.atom:3:1: warning: atom:id "https://example.org/a/../b" is not made in the normal form RFC 4287 asks of ids: "https://example.org/b" [atom-id-normalized]
	5.atom:3:1: warning: atom:id "https://example.org/%7euser/%c3%a9" is not made in the normal form RFC 4287 asks of ids: "https://example.org/~user/%C3%A9" [atom-id-normalized]
	EOF
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict 1.atom
'

test_expect_success 'tag:, urn:uuid:, an IRI, a port of its own, an empty query and fragment: not a word' '
	feed a.atom "tag:Example.org,2025:News/1" &&
	feed b.atom "urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6" &&
	feed c.atom "https://example.org/뉴스/1" &&
	feed d.atom "https://example.org:8443/a?#" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict a.atom b.atom c.atom d.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'build keeps the ids it was given and does not repeat the advice each run; validate gives it' '
	new_feed f &&
	set_conf f id "HTTPS://Example.org" &&
	"$FEEDWRIGHT" build -o pub f >build.out 2>build.err &&
	test_must_be_empty build.out &&
	test_must_be_empty build.err &&
	grep -F "<id>HTTPS://Example.org</id>" pub/atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate pub/atom.xml &&
	grep -e "^pub/atom.xml:3:3: warning: atom:id \"HTTPS://Example.org\" is not made in the normal form RFC 4287 asks of ids: \"https://example.org/\" \[atom-id-normalized\]\$" "$T/out"
'

test_done

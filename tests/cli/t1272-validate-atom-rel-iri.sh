#!/bin/sh
# RFC 4287 4.2.7.2: a registered name is "equivalent to" the IRI made by
# appending it to http://www.iana.org/assignments/relation/. Written so,
# self, alternate and hub are the same links as written short.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

IANA=http://www.iana.org/assignments/relation

# feed FILE SELF-REL ENTRY-REL
feed() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>https://e.org/</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="%s" href="https://e.org/f"/>\n<entry><id>https://e.org/1</id><title>e</title><updated>2024-01-01T00:00:00Z</updated><link rel="%s" href="https://e.org/1"/><link rel="%s" type="text/html" href="https://e.org/1b"/></entry></feed>\n' "$2" "$3" "$4" >"$1"
}

test_expect_success 'self and alternate as IANA IRIs: the feed has its self link, the entry its alternate' '
	feed iri.atom "$IANA/self" "$IANA/alternate" "$IANA/related" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict iri.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'two alternates of one type, one short and one as an IRI: the same relation, one too many' '
	feed two.atom self alternate "$IANA/alternate" &&
	sed "s|<link rel=\"alternate\" href|<link rel=\"alternate\" type=\"text/html\" href|" two.atom >two2.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate two2.atom &&
	grep -e "has more than one alternate link with type \"text/html\"" "$T/out"
'

test_expect_success 'an IRI under the IANA prefix that names no single relation is not taken for one' '
	feed odd.atom "$IANA/self/x" alternate "$IANA/related" &&
	test_expect_code 0 "$FEEDWRIGHT" validate odd.atom &&
	grep -e "should have an atom:link with rel=\"self\"" "$T/out"
'

test_done

#!/bin/sh
# A urn: id's namespace identifier is 2 to 32 characters (RFC 2141 2:
# <NID> ::= <let-num> [ 1,31<let-num-hyp> ]): urn:x:foo, with one, was
# taken, as the W3C service does not (InvalidURN). The first character is
# no hyphen; a last one is, in RFC 2141's grammar. The records' and
# settings' ids share the grammar (uri.c).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE ID: an Atom feed whose entry's id is ID.
atom() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>t</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n<updated>2025-03-01T12:00:00Z</updated>\n<link rel="self" href="https://example.org/atom.xml"/>\n<author><name>a</name></author>\n<entry><title>e</title><link href="https://example.org/1"/><updated>2025-03-01T12:00:00Z</updated><id>%s</id></entry>\n</feed>\n' "$2" >"$1"
}

nid32=abcdefghijklmnopqrstuvwxyz012345

test_expect_success 'a one-character or 33-character namespace identifier: an error' '
	for id in urn:x:foo urn:X:1 "urn:${nid32}6:x" urn:-a:x; do
		atom bad.xml "$id" &&
		test_expect_code 1 "$FEEDWRIGHT" validate bad.xml &&
		echo "bad.xml:8:99: error: atom:id \"$id\" is not a URN (RFC 2141; urn:uuid: takes a UUID, RFC 4122) [atom-id]" >want &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success '2 to 32 characters, a hyphen inside or last: valid' '
	for id in urn:ab:foo urn:a-b:1 urn:a-:1 "urn:$nid32:x"; do
		atom ok.xml "$id" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.xml &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_done

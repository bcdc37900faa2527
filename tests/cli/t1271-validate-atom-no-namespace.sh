#!/bin/sh
# An element in no namespace with an Atom element's name is no Atom
# element: RFC 4287 6.4's extension elements are "element * - atom:*",
# which takes it. A warning (atom-wrong-namespace), as such a name there
# is most likely a lost namespace; the element it was meant to be is
# missing, an error when it is required.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'a title and an entry in no namespace: warnings, and the entry has no atom:title' '
	printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://e.org/</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\"self\" href=\"https://e.org/f\"/>\n<entry><id>https://e.org/1</id><title xmlns=\"\">e</title><updated>2024-01-01T00:00:00Z</updated><link href=\"https://e.org/1\"/></entry>\n<entry xmlns=\"\"><id>x</id></entry></feed>\n" >ns.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate ns.atom &&
	cat >want <<-\EOF &&
	ns.atom:3:32: warning: title is in no namespace, so it is no Atom element (Atom'"'"'s are in http://www.w3.org/2005/Atom) but an extension element readers ignore [atom-wrong-namespace]
	ns.atom:3:1: error: atom:entry has no atom:title [atom-missing-element]
	ns.atom:4:1: warning: entry is in no namespace, so it is no Atom element (Atom'"'"'s are in http://www.w3.org/2005/Atom) but an extension element readers ignore [atom-wrong-namespace]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'an optional element in no namespace beside the real one: valid, with the warning' '
	printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://e.org/</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><link rel=\"self\" href=\"https://e.org/f\"/>\n<entry><id>https://e.org/1</id><title>e</title><updated>2024-01-01T00:00:00Z</updated><link href=\"https://e.org/1\"/><summary xmlns=\"\">s</summary></entry></feed>\n" >opt.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate opt.atom &&
	grep -e "^opt.atom:3:.*: warning: summary is in no namespace.*\\[atom-wrong-namespace\\]\$" "$T/out" &&
	test_eq 1 "$(wc -l <"$T/out")" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict opt.atom
'

test_done

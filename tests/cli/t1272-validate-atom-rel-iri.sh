#!/bin/sh
# RFC 4287 4.2.7.2: a registered name is "equivalent to" the IRI made by
# appending it to http://www.iana.org/assignments/relation/. Written so,
# self, alternate, hub and RFC 5005's relations are the same links as
# written short, in Atom, in RSS's atom:link, and to --chain; a name IANA
# has not registered is warned of either way.
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

test_expect_success 'RSS: a hub beside a self link written as its IRI draws no missing-self warning' '
	cat >rss.xml <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>https://e.com/</link><description>d</description>
	<atom:link rel="http://www.iana.org/assignments/relation/self" href="https://e.com/rss.xml" type="application/rss+xml"/>
	<atom:link rel="hub" href="https://hub.e.com/"/>
	<item><title>i</title><link>https://e.com/1</link><guid>https://e.com/1</guid></item></channel></rss>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict rss.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an unregistered name written as its IRI is warned of, as written short (t1273)' '
	feed un.atom self alternate "$IANA/bogus" &&
	test_expect_code 0 "$FEEDWRIGHT" validate un.atom &&
	grep -e "^un.atom:3:.*: warning: rel \"http://www.iana.org/assignments/relation/bogus\" of atom:link is not a registered link relation \[atom-link-rel-unregistered\]\$" "$T/out" &&
	test_eq 1 "$(wc -l <"$T/out")"
'

test_expect_success '--chain follows a prev-archive written as its IRI' '
	printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>https://e.org/</id><title>t</title><updated>2024-01-02T00:00:00Z</updated><author><name>a</name></author>\n<link rel=\"self\" href=\"https://e.org/feed.xml\"/><link rel=\"$IANA/prev-archive\" href=\"https://e.org/a1.xml\"/>\n<entry><id>https://e.org/2</id><title>e</title><updated>2024-01-02T00:00:00Z</updated><link href=\"https://e.org/2\"/></entry></feed>\n" >feed.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain feed.xml &&
	grep -e "^feed.xml:3:1: error: prev-archive \"https://e.org/a1.xml\" is the file .*a1.xml, which cannot be opened: No such file or directory \[chain-broken\]\$" "$T/out"
'

test_done

#!/bin/sh
# What validate's walk (xml_pull.c) hands out never depends on how much of
# the file the parser had in hand, nor on what the rules did to a subtree
# they were given: an Atom Entry Document whose entities were expanded in
# place is passed whole; a repeated xml:id is caught however far apart
# the two are; the entries closed before a fatal error are judged, wherever
# the parser's 4 KiB pieces end.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'an Atom Entry Document with an entity: expanded, judged, passed, one warning' '
	cat >e.xml <<-\EOF &&
	<?xml version="1.0"?>
	<!DOCTYPE entry [
	<!ENTITY t "text">
	]>
	<entry xmlns="http://www.w3.org/2005/Atom"><title>a &t; b</title><id>urn:ex:e</id><updated>2025-01-01T00:00:00Z</updated><author><name>n</name></author><link href="https://e.example/e"/><content>x &t; y</content></entry>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate e.xml &&
	echo "e.xml:5:44: warning: the entity \"&t;\" is declared in the DOCTYPE: it is expanded, as XML requires, but feed readers that skip the DTD refuse the feed or show \"&t;\"; write its text, or character references, instead [dtd-entity]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

RSS='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

test_expect_success 'an xml:id given again 200 items later: the error, at the second' '
	{
		echo "$RSS" &&
		echo "<item xml:id=\"a\"><title>x</title><guid isPermaLink=\"false\">g</guid></item>" &&
		for i in $(seq 200)
		do
			echo "<item xml:id=\"b$i\"><title>x</title><guid isPermaLink=\"false\">h$i</guid></item>"
		done &&
		echo "<item xml:id=\"a\"><title>x</title><guid isPermaLink=\"false\">g2</guid></item>" &&
		echo "</channel></rss>"
	} >far.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate far.xml &&
	echo "far.xml:203:17: error: XML: ID a already defined [xml-not-well-formed]" >want &&
	test_cmp want "$T/out"
'

# feed FILE PAD: an Atom feed whose first entry has no id, a comment of
# PAD bytes, then an entry with an undeclared entity (a fatal error).
feed() {
	printf '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:ex:f</id><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author>\n<entry><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href="https://e.example/e"/></entry>\n<!--%s-->\n<entry><title>e &nbsp;</title></entry></feed>\n' \
	    "$(head -c "$2" /dev/zero | tr "\0" x)" >"$1"
}

test_expect_success 'a fatal error after an entry with no id: both said, whether 1,000 or 5,000 bytes lie between' '
	for pad in 1000 3000 5000
	do
		feed f.xml $pad &&
		test_expect_code 1 "$FEEDWRIGHT" validate f.xml &&
		sed "s/^f.xml:[0-9]*:[0-9]*: //" "$T/out" | sort >got &&
		printf "%s\n" "error: XML: Entity '"'"'nbsp'"'"' not defined [xml-not-well-formed]" \
		    "error: atom:entry has no atom:id [atom-missing-element]" | sort >want &&
		test_cmp want got &&
		test_expect_code 1 "$FEEDWRIGHT" validate --format=json f.xml &&
		grep "\"format\": \"atom-1.0\"" "$T/out" || return 1
	done
'

test_done

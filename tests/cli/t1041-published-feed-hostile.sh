#!/bin/sh
# The published feed that recover rebuilds the ledger from, and that a
# build checks the ledger against, is read by the one streaming reader of
# feeds (src/feed_keys.c, through src/published_feed.c) with its XML
# safety: no DTD or external entity is ever loaded, libxml2's limits stay
# on, and a file of the wrong kind is refused. A FIFO named by an external
# entity would block whoever opened it, so a reader that loaded it would
# not return (capped stops it after 60 s).
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
L=$F/ledger.tsv

test_expect_success 'set up: a feed with one entry, published' '
	new_feed "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	cp "$pub/atom.xml" "$T/atom.good" &&
	cp "$L" "$T/ledger.good" &&
	mkfifo "$T/fifo"
'

# dtd ENTITIES TITLE: atom.xml as published, with a DOCTYPE declaring
# ENTITIES and the first entry titled TITLE.
dtd() {
	"$PYTHON" - "$T/atom.good" "$pub/atom.xml" "$1" "$2" <<-\EOF
	import sys
	s = open(sys.argv[1]).read()
	decl = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	s = s.replace(decl, decl + "<!DOCTYPE feed [\n" + sys.argv[3] + "\n]>\n", 1)
	i = s.index("<entry>")
	j = s.index("<title", i)
	k = s.index("</title>", j) + len("</title>")
	s = s[:j] + "<title>" + sys.argv[4] + "</title>" + s[k:]
	open(sys.argv[2], "w").write(s)
	EOF
}

test_expect_success 'recover never opens an external entity (a FIFO here): the ledger is rebuilt' '
	dtd "<!ENTITY ext SYSTEM \"file://$T/fifo\">" "&ext;" &&
	rm "$L" &&
	test_expect_code 0 capped "$FEEDWRIGHT" recover "$F" &&
	echo "$L: 1 entry recovered from $pub/atom.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/out" &&
	cut -f 1-5 "$T/ledger.good" >"$T/want" &&
	cut -f 1-5 "$L" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'nor does the build checking the ledger against that atom.xml (it fills in the hash)' '
	test_expect_code 0 capped "$FEEDWRIGHT" build "$F" &&
	test_must_be_empty "$T/err" &&
	test_cmp "$T/ledger.good" "$L"
'


test_expect_success 'recover refuses entities that expand without end, in bounded memory, and writes nothing' '
	laughs="<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">" &&
	p=a &&
	for x in b c d e f g h; do
		laughs="$laughs<!ENTITY $x \"$(printf "&$p;%.0s" 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20)\">" &&
		p=$x || return 1
	done &&
	dtd "$laughs" "&h;" &&
	rm "$L" &&
	test_expect_code 1 capped "$FEEDWRIGHT" recover "$F" &&
	test_contains "$T/err" "feedwright: $pub/atom.xml: cannot recover the ledger from it: not well-formed XML: " &&
	test_path_is_missing "$L"
'

test_expect_success 'an atom.xml that holds RSS is refused, as not an Atom feed' '
	cp "$pub/rss.xml" "$pub/atom.xml" &&
	test_expect_code 1 "$FEEDWRIGHT" recover "$F" &&
	echo "feedwright: $pub/atom.xml: cannot recover the ledger from it: not an Atom feed" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$L"
'

test_expect_success 'atom.xml through a link is not read: rss.xml is, as when there is no atom.xml' '
	cp "$T/atom.good" "$T/elsewhere.xml" &&
	rm "$pub/atom.xml" &&
	ln -s "$T/elsewhere.xml" "$pub/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$F" &&
	echo "$L: 1 entry recovered from $pub/rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_done

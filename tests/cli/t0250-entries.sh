#!/bin/sh
# Choosing and naming entries: newest first, max-entries kept, ids that do
# not move when the archive changes.
. "$SRCDIR/tests/lib.sh"

ids() {
	sed -n 's|^    <id>\(.*\)</id>$|\1|p' "$1/atom.xml"
}
guids() {
	sed -n 's|^      <guid isPermaLink="[a-z]*">\(.*\)</guid>$|\1|p' "$1/rss.xml"
}
published() {
	sed -n 's|^    <published>\(.*\)</published>$|\1|p' "$1/atom.xml"
}

test_expect_success 'the world-desk feed builds' '
	cp -R "$SRCDIR/tests/data/feeds/world-desk" "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/one" "$T/feed"
'

test_expect_success 'entries are newest first' '
	test_eq "$(published "$T/one" | tr "\n" " ")" \
	    "2025-11-02T02:00:00-05:00 2025-11-02T01:30:00-04:00 2025-03-09T03:00:00-04:00 2025-03-09T01:59:59-05:00 "
'

test_expect_success 'max-entries = 4 keeps four, and RSS has the same entries' '
	test_eq "$(ids "$T/one" | wc -l)" 4 &&
	test_eq "$(guids "$T/one" | tr "\n" " ")" "$(ids "$T/one" | tr "\n" " ")"
'

test_expect_success 'a guid that is the link is a permalink; an Id field is not' '
	test_contains "$T/one/rss.xml" \
	    "<guid isPermaLink=\"true\">https://news.example.org/world/2025-11-02-after.html</guid>" &&
	test_contains "$T/one/rss.xml" \
	    "<guid isPermaLink=\"false\">urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66</guid>"
'

test_expect_success 'a new record and an edit: the new one comes first, the others keep their ids, the edit shows' '
	cat >"$T/feed/articles/2025-12-01-new.txt" <<-\REC &&
	A new record

	Desk

	desk@news.example.org | 2025-12-01 09:00:00

	New text.
	REC
	sed -i "s/Second paragraph in English./Edited paragraph./" "$T/feed/articles/2025-03-09-after.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/two" "$T/feed" &&
	test_eq "$(ids "$T/two" | head -n 1)" "https://news.example.org/world/2025-12-01-new.html" &&
	test_eq "$(ids "$T/two" | tail -n 3 | tr "\n" " ")" "$(ids "$T/one" | head -n 3 | tr "\n" " ")" &&
	test_contains "$T/two/atom.xml" "Edited paragraph."
'

test_expect_success 'with entry-id set, ids are tag: URIs from the slug and guids are no permalinks' '
	echo "entry-id = tag:news.example.org,2025:world/{slug}" >>"$T/feed/feed.conf" &&
	rm "$T/feed/ledger.tsv" &&	# ids once published stay (t0901)
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/three" "$T/feed" &&
	test_eq "$(ids "$T/three" | head -n 1)" "tag:news.example.org,2025:world/2025-12-01-new" &&
	test_contains "$T/three/rss.xml" \
	    "<guid isPermaLink=\"false\">tag:news.example.org,2025:world/2025-12-01-new</guid>"
'

test_expect_success 'records with the same time are ordered by file name' '
	for n in b a c; do
		sed "s/^A new record$/Same time $n/" "$T/feed/articles/2025-12-01-new.txt" \
		    >"$T/feed/articles/2025-12-01-same-$n.txt" || return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/four" "$T/feed" &&
	test_eq "$(sed -n "s|^    <title>\(Same time .\)</title>$|\1|p" "$T/four/atom.xml" | tr "\n" " ")" \
	    "Same time a Same time b Same time c "
'

test_done

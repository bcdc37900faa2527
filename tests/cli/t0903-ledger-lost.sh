#!/bin/sh
# A lost or damaged ledger is never silently replaced (issue 11, item 4):
# with feeds published, a missing, truncated or malformed ledger, or one
# that lacks an id readers have, stops the build (status 1) with what is
# wrong and how to recover, and nothing is published. `feedwright recover`
# rebuilds it from the published feed, keeping the ids readers have.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
L=$F/ledger.tsv
TAB=$(printf '\t')

ids() {
	sed -n 's|^    <id>\(.*\)</id>$|\1|p' "$pub/atom.xml"
}
hint() {
	echo "feedwright: $L: restore it from version control, or run \"feedwright recover $F\" to rebuild it from the published feed; nothing was published"
}
# refused: the build and its dry run exit 1 with $T/want, the feed as it was.
refused() {
	stat -c "%n %i %Y" "$pub"/* >"$T/stat.before" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	test_cmp "$T/want" "$T/err" &&
	stat -c "%n %i %Y" "$pub"/* >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after" &&
	test_expect_code 1 "$FEEDWRIGHT" build --dry-run "$F" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out"
}

test_expect_success 'set up: world-desk published, then an edit and a new entry-link waiting' '
	test_copy_feed world-desk "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.first" &&
	cp "$L" "$T/ledger.good" &&
	set_conf "$F" entry-link "https://news.example.org/w/{slug}" &&
	sed -i "s/^spans two lines\.\$/spans two lines. A sentence added./" "$F/articles/2025-03-09-before.txt"
'

test_expect_success 'a deleted ledger stops the build: status 1, what is wrong and how to recover, nothing published' '
	rm "$L" &&
	{ echo "feedwright: $L: missing, but $pub/atom.xml was published: it holds the ids readers already have" && hint; } >"$T/want" &&
	refused &&
	test_path_is_missing "$L"
'

test_expect_success 'a ledger truncated in the middle of a line stops it' '
	head -c -20 "$T/ledger.good" >"$L" &&
	{ echo "feedwright: $L:5: the last line has no end (truncated)" && hint; } >"$T/want" &&
	refused
'

test_expect_success 'an empty ledger stops it' '
	: >"$L" &&
	{ echo "feedwright: $L: empty: it lost even its header line (truncated)" && hint; } >"$T/want" &&
	refused
'

test_expect_success 'a ledger that lost a whole line disagrees with the published feed: it stops it' '
	grep -v "^2025-03-09-before${TAB}" "$T/ledger.good" >"$L" &&
	{ echo "feedwright: $L: the id \"https://news.example.org/world/2025-03-09-before.html\", published in $pub/atom.xml, is not in the ledger" && hint; } >"$T/want" &&
	refused
'

test_expect_success 'a malformed ledger stops it at its line: a bad date, a bad hash, a missing column, an unsorted file' '
	sed "3s/${TAB}2025-03-09T01:59:59-05:00${TAB}/${TAB}yesterday${TAB}/" "$T/ledger.good" >"$L" &&
	{ echo "feedwright: $L:3: published: \"yesterday\" is not an RFC 3339 date" && hint; } >"$T/want" &&
	refused &&
	sed "2s/${TAB}[0-9a-f]*\$/${TAB}123/" "$T/ledger.good" >"$L" &&
	{ echo "feedwright: $L:2: hash: \"123\" is not 64 hex digits or -" && hint; } >"$T/want" &&
	refused &&
	cut -f 1-5 "$T/ledger.good" >"$L" &&
	{ echo "feedwright: $L:1: no column \"hash\" in the header line" && hint; } >"$T/want" &&
	refused &&
	{ head -n 1 "$T/ledger.good" && sed 1d "$T/ledger.good" | sort -r; } >"$L" &&
	{ echo "feedwright: $L:3: not sorted: slug \"2025-11-02-after\" comes after \"2025-11-02-ambiguous\"" && hint; } >"$T/want" &&
	refused
'

test_expect_success 'recover rebuilds the ledger from the published feed, and the build keeps the ids readers have' '
	rm "$L" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$F" &&
	echo "$L: 4 entries recovered from $pub/atom.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/out" &&
	test_must_be_empty "$T/err" &&
	cut -f 1-5 "$L" >"$T/got" &&
	cut -f 1-5 "$T/ledger.good" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.now" &&
	test_cmp "$T/ids.first" "$T/ids.now" &&
	test_contains "$pub/atom.xml" "href=\"https://news.example.org/w/2025-03-09-before\"" &&
	test_contains "$pub/atom.xml" "spans two lines. A sentence added."
'

test_expect_success 'recover ties an entry to a renamed record by its title and published date' '
	mv "$F/articles/2025-03-09-before.txt" "$F/articles/renamed.txt" &&
	rm "$L" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$F" &&
	test_contains "$L" "renamed${TAB}https://news.example.org/world/2025-03-09-before.html${TAB}" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.now" &&
	test_cmp "$T/ids.first" "$T/ids.now"
'

test_expect_success 'recover uses rss.xml when there is no atom.xml' '
	rm "$L" "$pub/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$F" &&
	echo "$L: 4 entries recovered from $pub/rss.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.now" &&
	test_cmp "$T/ids.first" "$T/ids.now"
'

test_expect_success 'with rss.xml alone published, an IRI link id is in the ledger as the guid: its URL' '
	new_feed "$T/iri" &&
	set_conf "$T/iri" entry-id "" &&
	printf -- "---\nLink: https://www.globaleconomictimes.kr/뉴스/1\n---\n" >"$T/iri/articles/iri.txt" &&
	day_record "$T/iri" 03 && cat "$T/iri/articles/r03.txt" >>"$T/iri/articles/iri.txt" &&
	rm "$T/iri/articles/r03.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/iri" &&
	grep -F "<guid isPermaLink=\"true\">https://www.globaleconomictimes.kr/%EB%89%B4%EC%8A%A4/1</guid>" "$T/iri/public/rss.xml" &&
	grep -F "<id>https://www.globaleconomictimes.kr/뉴스/1</id>" "$T/iri/public/atom.xml" &&
	rm "$T/iri/public/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/iri" &&
	test_must_be_empty "$T/err" &&
	grep -F "<id>https://www.globaleconomictimes.kr/뉴스/1</id>" "$T/iri/public/atom.xml"
'

test_expect_success 'recover from rss.xml alone gives an IRI link id its IRI back, as Atom had it' '
	cp "$T/iri/ledger.tsv" "$T/iri.ledger" &&
	rm "$T/iri/ledger.tsv" "$T/iri/public/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$T/iri" &&
	cut -f 1,2 "$T/iri.ledger" >"$T/want" &&
	cut -f 1,2 "$T/iri/ledger.tsv" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/iri" &&
	grep -F "<id>https://www.globaleconomictimes.kr/뉴스/1</id>" "$T/iri/public/atom.xml"
'

test_expect_success 'recover keeps an entry whose record is gone under the slug its link ends with (/w/renamed), and says so' '
	rm "$L" "$F/articles/renamed.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$F" &&
	echo "feedwright: $pub/atom.xml: warning: no record found for the entry \"https://news.example.org/world/2025-03-09-before.html\"; it is kept in the ledger under the slug \"renamed\"" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_contains "$L" "renamed${TAB}https://news.example.org/world/2025-03-09-before.html${TAB}" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F"
'

test_expect_success 'recover reads a slug from a link as build wrote it, percent-encoded: "a b" and "a%20b" each find their own record' '
	new_feed "$T/pct" &&
	day_record "$T/pct" 01 && mv "$T/pct/articles/r01.txt" "$T/pct/articles/a b.txt" &&
	day_record "$T/pct" 02 && mv "$T/pct/articles/r02.txt" "$T/pct/articles/a%20b.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/pct" &&
	cp "$T/pct/ledger.tsv" "$T/pct.ledger" &&
	rm "$T/pct/ledger.tsv" &&
	test_expect_code 0 "$FEEDWRIGHT" recover "$T/pct" &&
	cut -f 1,2 "$T/pct.ledger" >"$T/want" &&
	cut -f 1,2 "$T/pct/ledger.tsv" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/pct"
'

test_expect_success 'recover whose report cannot be written: the ledger is rebuilt, and status 3 and the message say so' '
	test_copy_feed world-desk "$T/full" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/full" &&
	rm "$T/full/ledger.tsv" &&
	{ "$FEEDWRIGHT" recover "$T/full" >/dev/full 2>"$T/err"; test $? -eq 3; } &&
	echo "feedwright: recover: cannot write the report to standard output: No space left on device; $T/full/ledger.tsv was rebuilt" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	sed 1d "$T/full/ledger.tsv" | cut -f 6 | sort -u >"$T/got" &&
	echo - >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 0 "$FEEDWRIGHT" recover --help &&
	test_contains "$T/out" "rebuilt, but this report could not be written"
'

test_expect_success 'recover in a feed folder it cannot write: status 3, the ledger named, as it was' '
	mkdir "$T/ro" && chmod 755 "$T" "$T/ro" &&
	test_copy_feed world-desk "$T/ro/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/ro/feed" &&
	chmod -R a+rX "$T/ro" &&
	cp "$T/ro/feed/ledger.tsv" "$T/ro.ledger" &&
	if [ "$(id -u)" -ne 0 ]; then
		chmod a-w "$T/ro/feed" && test_when_finished "chmod u+w \"$T/ro/feed\""
	fi &&
	test_expect_code 3 as_user "$FEEDWRIGHT" recover "$T/ro/feed" &&
	echo "feedwright: $T/ro/feed/ledger.tsv: cannot create a temporary file: Permission denied" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_cmp "$T/ro.ledger" "$T/ro/feed/ledger.tsv"
'

test_expect_success 'recover with nothing published says so, status 1, and writes nothing' '
	test_copy_feed world-desk "$T/new" &&
	test_expect_code 1 "$FEEDWRIGHT" recover "$T/new" &&
	echo "feedwright: $T/new/public: no published atom.xml or rss.xml to recover the ledger from (a first build makes the ledger)" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$T/new/ledger.tsv"
'

test_expect_success 'recover --help, and its usage errors (status 2)' '
	test_expect_code 0 "$FEEDWRIGHT" recover --help &&
	head -n 1 "$T/out" >"$T/got" &&
	echo "Usage: feedwright recover FEEDDIR" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 2 "$FEEDWRIGHT" recover &&
	test_contains "$T/err" "feedwright: recover: no feed folder given" &&
	test_expect_code 2 "$FEEDWRIGHT" recover "$F" "$F" &&
	test_contains "$T/err" "feedwright: recover: one feed folder at a time" &&
	test_expect_code 2 "$FEEDWRIGHT" recover --bogus "$F" &&
	test_contains "$T/err" "feedwright: recover: unknown option '"'"'--bogus'"'"'"
'

test_done

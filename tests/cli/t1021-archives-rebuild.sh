#!/bin/sh
# Rebuild by what changed (issue 13, item 4): adding one record to a feed
# with archives rewrites only the subscription feeds (and the page), the
# newest archive document and the category feeds of the record's
# categories; every other published file keeps its inode and mtime. A
# full archive document never changes a byte again; a record added late
# with an old date goes into the newest document, never into a full one
# (RFC 5005 orders documents by when entries joined the feed: validate
# --chain says so with a warning, chain-date-order).
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
archive_feed "$F" 5 5
set_conf "$F" category-feeds yes

# rec NAME DATE CATEGORY
rec() {
	category_record "$F/articles/$1.txt" "$2" "Title $1" "Body of $1." "$3"
}

# snapshot: every published file.
snapshot() { tree_snapshot "$pub" -type f; }

# changed BEFORE AFTER: the files whose line differs, or that are new.
changed() {
	diff "$1" "$2" | sed -n "s/^> \([^ ]*\) .*/\1/p"
}

test_expect_success 'set up: 30 records in Markets and World, built once' '
	for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
		if [ $((1$i % 2)) -eq 1 ]; then c=Markets; else c=World; fi &&
		rec r$i "2025-01-$i 10:00:00" $c || return 1
	done &&
	"$FEEDWRIGHT" build "$F" &&
	mkdir "$T/full" &&
	for k in 1 2 3 4 5; do
		cp -p -r "$pub/archive/$k" "$T/full/$k" || return 1
	done &&
	snapshot >"$T/before"
'

test_expect_success 'one new record rewrites the subscription feeds, the newest archive and its category feeds, nothing else' '
	rec r31 "2025-01-31 10:00:00" Markets &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/after" &&
	changed "$T/before" "$T/after" >"$T/got" &&
	cat >"$T/want" <<-\EOF &&
	./archive/6/atom.xml
	./archive/6/feed.json
	./archive/6/rss.xml
	./atom.xml
	./category/markets/atom.xml
	./category/markets/feed.json
	./category/markets/rss.xml
	./feed.json
	./index.html
	./rss.xml
	EOF
	test_cmp "$T/want" "$T/got" &&
	grep -c "<entry>" "$pub/archive/6/atom.xml" >"$T/got" &&
	echo 1 >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'five more fill archive 6 and open archive 7; the full documents 1 to 5 did not change a byte, inode or mtime' '
	snapshot >"$T/before" &&
	for i in 32 33 34 35 36; do
		rec r$i "2025-02-0$((i - 30)) 10:00:00" World || return 1
	done &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/after" &&
	changed "$T/before" "$T/after" | grep archive/ >"$T/got" &&
	cat >"$T/want" <<-\EOF &&
	./archive/6/atom.xml
	./archive/6/feed.json
	./archive/6/rss.xml
	./archive/7/atom.xml
	./archive/7/feed.json
	./archive/7/rss.xml
	EOF
	test_cmp "$T/want" "$T/got" &&
	for k in 1 2 3 4 5; do
		for f in atom.xml rss.xml feed.json; do
			cmp "$T/full/$k/$f" "$pub/archive/$k/$f" || return 1
		done
	done &&
	grep "archive/[1-5]/" "$T/before" >"$T/b" &&
	grep "archive/[1-5]/" "$T/after" >"$T/a" &&
	test_cmp "$T/b" "$T/a" &&
	grep -c "<entry>" "$pub/archive/6/atom.xml" "$pub/archive/7/atom.xml" >"$T/got" &&
	printf "%s\n" "$pub/archive/6/atom.xml:5" "$pub/archive/7/atom.xml:1" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	grep -q "rel=\"next-archive\" type=\"application/atom+xml\" href=\"https://www.globaleconomictimes.kr/feeds/archive/7/atom.xml\"" "$pub/archive/6/atom.xml"
'

test_expect_success 'a record added late with an old date goes into the newest archive document, never into a full one' '
	snapshot >"$T/before" &&
	rec r00 "2024-12-31 10:00:00" World &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/after" &&
	changed "$T/before" "$T/after" | grep archive/ >"$T/got" &&
	printf "./archive/7/atom.xml\n./archive/7/feed.json\n./archive/7/rss.xml\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	awk -F "\t" "\$1 == \"r00\" { print \$7 }" "$F/ledger.tsv" >"$T/got" &&
	echo 7 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	grep -q "<id>tag:globaleconomictimes.kr,2025:news/r00</id>" "$pub/archive/7/atom.xml" &&
	! grep -q "news/r00<" "$pub/archive/1/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain "$pub/atom.xml" &&
	line=$(grep -n "<id>tag:globaleconomictimes.kr,2025:news/r30</id>" "$pub/archive/6/atom.xml" | cut -d: -f1) &&
	echo "$pub/archive/6/atom.xml:$((line - 1)):1: warning: entry \"tag:globaleconomictimes.kr,2025:news/r30\" (2025-01-30T10:00:00+09:00) is newer than \"tag:globaleconomictimes.kr,2025:news/r00\" (2024-12-31T10:00:00+09:00) of $pub/archive/7/atom.xml, whose prev-archive leads here: going back, entries get older [chain-date-order]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_expect_success 'a build with nothing new leaves every file alone' '
	snapshot >"$T/before" &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/after" &&
	test_cmp "$T/before" "$T/after"
'

test_expect_success 'archive-size lowered: the newest document, now full, is written again with a next-archive link' '
	set_conf "$F" archive-size 1 &&
	rec r32 "2025-02-01 10:00:00" World &&
	"$FEEDWRIGHT" build "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain "$pub/atom.xml" &&
	grep -c "rel=\"next-archive\"" "$pub/archive/7/atom.xml" >"$T/got" &&
	echo 1 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	snapshot >"$T/before" &&
	"$FEEDWRIGHT" build "$F" &&
	snapshot >"$T/after" &&
	test_cmp "$T/before" "$T/after" &&
	set_conf "$F" archive-size 5
'

# ranked FILE: the slugs of FILE's entries, in its order.
ranked() {
	sed -n "s|^    <id>tag:globaleconomictimes.kr,2025:news/\(.*\)</id>\$|\1|p" "$1"
}

test_expect_success 'an entry with an Updated date ranks by it from the start: a build with nothing new publishes nothing' '
	archive_feed "$T/upd" 2 10 &&
	for i in 1 2 3 4; do
		category_record "$T/upd/articles/u$i.txt" "2025-01-0$i 10:00:00" "Title u$i" "Body." News || return 1
	done &&
	sed -i "2i Updated: 2025-01-05 08:00:00" "$T/upd/articles/u1.txt" &&
	"$FEEDWRIGHT" build "$T/upd" &&
	ranked "$T/upd/public/atom.xml" >"$T/got" &&
	printf "u1\nu4\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 100 "$FEEDWRIGHT" build --exit-unchanged=100 "$T/upd" &&
	ranked "$T/upd/public/atom.xml" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'an entry edited while in the subscription feed keeps its place when it would leave it: nothing comes and goes' '
	archive_feed "$T/ed" 2 10 &&
	category_record "$T/ed/articles/a.txt" "2025-01-01 10:00:00" "A" "Text of A." News &&
	SOURCE_DATE_EPOCH=$(date -d "2025-01-01 12:00Z" +%s) "$FEEDWRIGHT" build "$T/ed" &&
	category_record "$T/ed/articles/b.txt" "2025-01-02 10:00:00" "B" "Text of B." News &&
	category_record "$T/ed/articles/a.txt" "2025-01-01 10:00:00" "A" "Text of A, a typo mended." News &&
	SOURCE_DATE_EPOCH=$(date -d "2025-01-02 12:00Z" +%s) "$FEEDWRIGHT" build "$T/ed" &&
	category_record "$T/ed/articles/c.txt" "2025-01-03 10:00:00" "C" "Text of C." News &&
	SOURCE_DATE_EPOCH=$(date -d "2025-01-03 12:00Z" +%s) "$FEEDWRIGHT" build "$T/ed" &&
	ranked "$T/ed/public/atom.xml" >"$T/got" &&
	printf "c\na\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	SOURCE_DATE_EPOCH=$(date -d "2025-01-03 13:00Z" +%s) test_expect_code 100 "$FEEDWRIGHT" build --exit-unchanged=100 "$T/ed" &&
	ranked "$T/ed/public/atom.xml" >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_done

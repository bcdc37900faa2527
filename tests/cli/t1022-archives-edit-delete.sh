#!/bin/sh
# Archives (issue 13, item 1), edits and deletions, as the README says:
# an edited record in a full archive document is published again at the
# top of the subscription feed (its updated is the build's time), where it
# supersedes the archived copy (RFC 5005 section 4.2), and the archive
# does not change a byte; a deleted record is removed from its archive
# document, which is written again without it, and announced by an RFC
# 6721 at:deleted-entry in the subscription Atom feed for 30 days from
# the build that first saw it gone (the ledger's gone column); a record
# deleted from the subscription feed gets a tombstone too.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
archive_feed "$F" 5 5
E1=1767225600		# 2026-01-01 00:00 UTC, 09:00 in Seoul
E2=$((E1 + 86400))
ID=tag:globaleconomictimes.kr,2025:news

rec() { day_record "$F" "$1"; }

# entries FILE: "id updated" of each entry, with feedparser.
entries() {
	"$PYTHON" - "$1" <<-\PY
	import sys, feedparser
	d = feedparser.parse(sys.argv[1])
	assert not d.bozo, d.bozo_exception
	for e in d.entries:
	    print(e.id.split("/")[-1], e.updated, e.summary)
	PY
}

test_expect_success 'set up: 30 records in archives 1 to 5, built once' '
	for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30; do
		rec $i || return 1
	done &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$F" &&
	cp -R "$pub" "$T/first"
'

test_expect_success FEEDPARSER 'an edited record of a full archive: at the top of the subscription feed, the archive unchanged' '
	sed -i "s/Body of 08\\./Body of 08, corrected./" "$F/articles/r08.txt" &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$F" &&
	entries "$pub/atom.xml" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	r08 2026-01-01T09:00:00+09:00 Body of 08, corrected.
	r30 2025-01-30T10:00:00+09:00 Body of 30.
	r29 2025-01-29T10:00:00+09:00 Body of 29.
	r28 2025-01-28T10:00:00+09:00 Body of 28.
	r27 2025-01-27T10:00:00+09:00 Body of 27.
	EOF
	test_cmp "$T/want" "$T/got" &&
	grep -A 4 "<id>$ID/r08</id>" "$pub/atom.xml" | grep -q "<published>2025-01-08T10:00:00+09:00</published>" &&
	for f in atom.xml rss.xml feed.json; do
		cmp "$T/first/archive/2/$f" "$pub/archive/2/$f" || return 1
	done &&
	entries "$pub/archive/2/atom.xml" | grep "^r08" >"$T/got" &&
	echo "r08 2025-01-08T10:00:00+09:00 Body of 08." >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml"
'

test_expect_success 'a record deleted from a full archive: gone from it, and a tombstone in atom.xml, updated not before it' '
	rm "$F/articles/r13.txt" "$F/articles/r30.txt" &&
	SOURCE_DATE_EPOCH=$E2 "$FEEDWRIGHT" build "$F" &&
	! grep -q "$ID/r13<" "$pub/archive/3/atom.xml" "$pub/archive/3/rss.xml" "$pub/archive/3/feed.json" &&
	grep -c "<entry>" "$pub/archive/3/atom.xml" >"$T/got" &&
	echo 4 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	grep "deleted-entry\|xmlns:at" "$pub/atom.xml" | sed "s/^ *//" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0" xmlns:at="http://purl.org/atompub/tombstones/1.0" xml:lang="en">
	<at:deleted-entry ref="$ID/r13" when="2026-01-02T09:00:00+09:00"/>
	<at:deleted-entry ref="$ID/r30" when="2026-01-02T09:00:00+09:00"/>
	EOF
	test_cmp "$T/want" "$T/got" &&
	sed -n "s|^  <updated>\(.*\)</updated>\$|\1|p" "$pub/atom.xml" >"$T/got" &&
	echo 2026-01-02T09:00:00+09:00 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	! grep -q "$ID/r30<" "$pub/atom.xml" &&
	awk -F "\t" "\$1 == \"r13\" || \$1 == \"r30\" { print \$1, \$7, \$8 }" "$F/ledger.tsv" >"$T/got" &&
	printf "r13 3 2026-01-02T09:00:00+09:00\nr30  2026-01-02T09:00:00+09:00\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	for k in 1 2 4 5; do
		cmp "$T/first/archive/$k/atom.xml" "$pub/archive/$k/atom.xml" || return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$pub/atom.xml" &&
	test_must_be_empty "$T/out" &&
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml"
'

test_expect_success FEEDPARSER 'feedparser reads the subscription feed with its tombstones' '
	entries "$pub/atom.xml" | cut -d" " -f1 >"$T/got" &&
	printf "r08\nr29\nr28\nr27\nr26\n" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the tombstones stay 30 days: gone 31 days after, the ledger keeps the date, and updated does not go back' '
	SOURCE_DATE_EPOCH=$((E2 + 29 * 86400)) "$FEEDWRIGHT" build "$F" &&
	test "$(grep -c "at:deleted-entry" "$pub/atom.xml")" -eq 2 &&
	SOURCE_DATE_EPOCH=$((E2 + 30 * 86400)) "$FEEDWRIGHT" build "$F" &&
	! grep -q "deleted-entry\|xmlns:at" "$pub/atom.xml" &&
	sed -n "s|^  <updated>\(.*\)</updated>\$|\1|p" "$pub/atom.xml" >"$T/got" &&
	echo 2026-01-02T09:00:00+09:00 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	awk -F "\t" "\$1 == \"r13\" { print \$8 }" "$F/ledger.tsv" >"$T/got" &&
	echo 2026-01-02T09:00:00+09:00 >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'a deleted record restored: back in its archive document, not gone' '
	rec 13 &&
	"$FEEDWRIGHT" build "$F" &&
	cmp "$T/first/archive/3/atom.xml" "$pub/archive/3/atom.xml" &&
	awk -F "\t" "\$1 == \"r13\" { print \$7 \"|\" \$8 }" "$F/ledger.tsv" >"$T/got" &&
	echo "3|" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'a renamed record of an archive is no deletion: no tombstone, its id kept, its document unchanged' '
	mv "$F/articles/r05.txt" "$F/articles/r05-renamed.txt" &&
	"$FEEDWRIGHT" build "$F" &&
	! grep -q "deleted-entry" "$pub/atom.xml" &&
	awk -F "\t" "\$1 ~ /^r05/ { print \$1, \$2, \$7 \"|\" \$8 }" "$F/ledger.tsv" >"$T/got" &&
	echo "r05-renamed $ID/r05 1|" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	cmp "$T/first/archive/1/atom.xml" "$pub/archive/1/atom.xml"
'

test_expect_success 'an archived record given a new Id (--accept-id-changes): its document carries the new id, a tombstone the old' '
	sed -i "1i ---\nId: urn:uuid:7e8bc430-9c3a-11d9-9669-0800200c9a66\n---" "$F/articles/r07.txt" &&
	SOURCE_DATE_EPOCH=$((E2 + 40 * 86400)) "$FEEDWRIGHT" build --accept-id-changes "$F" &&
	grep -c "<id>urn:uuid:7e8bc430-9c3a-11d9-9669-0800200c9a66</id>" "$pub/archive/2/atom.xml" >"$T/got" &&
	echo 1 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	! grep -q "<id>$ID/r07</id>" "$pub/archive/2/atom.xml" &&
	grep -F "<at:deleted-entry ref=\"$ID/r07\" when=\"2026-02-11T09:00:00+09:00\"/>" "$pub/atom.xml" &&
	awk -F "\t" "\$1 ~ /^r07/ { print \$1, \$2, \$7 \"|\" \$8 }" "$F/ledger.tsv" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	r07 urn:uuid:7e8bc430-9c3a-11d9-9669-0800200c9a66 2|
	r07/1 $ID/r07 2|2026-02-11T09:00:00+09:00
	EOF
	test_cmp "$T/want" "$T/got" &&
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml"
'

test_expect_success 'an archived record left out as bad while its document was written again takes its place once mended' '
	archive_feed "$T/skip" 2 2 &&
	for i in 1 2 3 4 5 6; do day_record "$T/skip" 0$i || return 1; done &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$T/skip" &&
	grep -c "<entry>" "$T/skip/public/archive/1/atom.xml" >"$T/got" &&
	echo 2 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	sed -i "s/2025-01-01 10/2025-02-30 10/" "$T/skip/articles/r01.txt" &&
	rm "$T/skip/articles/r02.txt" &&
	SOURCE_DATE_EPOCH=$E2 test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$T/skip" &&
	! grep -q "<entry>" "$T/skip/public/archive/1/atom.xml" &&
	sleep 1 &&
	day_record "$T/skip" 01 &&
	SOURCE_DATE_EPOCH=$((E2 + 86400)) "$FEEDWRIGHT" build "$T/skip" &&
	sed -n "s|^    <id>\(.*\)</id>\$|\1|p" "$T/skip/public/archive/1/atom.xml" >"$T/got" &&
	echo "$ID/r01" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	tree_snapshot "$T/skip/public/archive" -type f >"$T/before" &&
	SOURCE_DATE_EPOCH=$((E2 + 2 * 86400)) "$FEEDWRIGHT" build "$T/skip" &&
	tree_snapshot "$T/skip/public/archive" -type f >"$T/after" &&
	test_cmp "$T/before" "$T/after"
'

test_expect_success 'a full document written again for a deletion, with an edited entry: as new as it, and the same bytes when written again' '
	archive_feed "$T/ed" 2 2 &&
	for i in 1 2 3 4 5 6; do day_record "$T/ed" 0$i || return 1; done &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$T/ed" &&
	sleep 1 &&
	sed -i "s/^Body of 01\.\$/Body of 01, mended./" "$T/ed/articles/r01.txt" &&
	rm "$T/ed/articles/r02.txt" &&
	SOURCE_DATE_EPOCH=$E2 "$FEEDWRIGHT" build "$T/ed" &&
	sed -n "s|^  <updated>\(.*\)</updated>\$|\1|p" "$T/ed/public/archive/1/atom.xml" >"$T/got" &&
	echo 2026-01-02T09:00:00+09:00 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	cp "$T/ed/public/archive/1/atom.xml" "$T/ed-doc1" &&
	rm -r "$T/ed/public/archive/1" &&
	SOURCE_DATE_EPOCH=$((E2 + 3600)) "$FEEDWRIGHT" build "$T/ed" &&
	test_cmp "$T/ed-doc1" "$T/ed/public/archive/1/atom.xml"
'

test_expect_success 'a ledger dated ahead of the clock (a build ran while it was ahead): an edit of an archived record is still found, and the ledger is dated now' '
	archive_feed "$T/ahead" 2 2 &&
	for i in 1 2 3 4 5 6; do day_record "$T/ahead" 0$i || return 1; done &&
	"$FEEDWRIGHT" build "$T/ahead" &&
	touch -d "+3 years" "$T/ahead/ledger.tsv" &&
	sed -i "s/^Body of 01\.\$/Body of 01, mended./" "$T/ahead/articles/r01.txt" &&
	"$FEEDWRIGHT" build "$T/ahead" &&
	test_contains "$T/ahead/public/atom.xml" "Body of 01, mended." &&
	test_expect_code 100 "$FEEDWRIGHT" build --exit-unchanged=100 "$T/ahead" &&
	touch -d "+3 years" "$T/ahead/ledger.tsv" &&
	test_expect_code 100 "$FEEDWRIGHT" build --exit-unchanged=100 "$T/ahead" &&
	test "$(stat -c %Y "$T/ahead/ledger.tsv")" -le "$(date +%s)"
'

test_done

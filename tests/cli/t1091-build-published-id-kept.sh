#!/bin/sh
# An id once published stays with its record (issues 10 and 13): a record
# the ledger does not know cannot take the id of one it does, whether that
# record sorts after it, sorts before it, or was deleted (its archived
# tombstone still names the id), and --accept-id-changes cannot give a
# record another published record's id. Before, the record whose name
# sorted first kept the id: the ledger then held two rows with one id, and
# once the newcomer was deleted the feed carried a tombstone for the id of
# a live entry.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
F=feed
TAG=tag:globaleconomictimes.kr,2025:news

# record FILE DAY [ID]: a record of 2025-01-DAY, with an Id field if ID.
record() {
	{
		[ -z "${3:-}" ] || printf -- "---\nId: %s\n---\n" "$3"
		printf "Title %s\n\nA Reporter\n\nr@example.com | 2025-01-%s 10:00:00\n\nBody of %s.\n" \
		    "$1" "$2" "$1"
	} >"$F/articles/$1.txt"
}
# ids_of ID: the slugs of the ledger's rows with id ID.
ids_of() { awk -F "	" -v id="$1" '$2 == id { print $1 }' "$F/ledger.tsv"; }

test_expect_success 'set up: r01 to r03 published, with archives' '
	mkdir -p "$F/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$F/feed.conf" &&
	echo "archive-size = 2" >>"$F/feed.conf" &&
	record r01 01 && record r02 02 && record r03 03 &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1767225600 "$FEEDWRIGHT" build "$F" &&
	test_eq "$(ids_of "$TAG/r03")" r03
'

test_expect_success 'a new record sorting first cannot take a published id: it is the bad one' '
	record r02-claim 11 "$TAG/r03" &&
	test_expect_code 5 env SOURCE_DATE_EPOCH=1767312000 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	cat >want <<-EOF &&
	feedwright: $F/articles/r02-claim.txt:2: id "$TAG/r03" is already the id of r03.txt, published (ledger.tsv): an id once published stays with its record
	feedwright: $F: 1 of 4 records are bad and are left out (--skip-bad-records)
	EOF
	test_cmp want err &&
	test_eq "$(ids_of "$TAG/r03")" r03 &&
	test_lacks "$F/public/atom.xml" "Title r02-claim" &&
	test_contains "$F/public/atom.xml" "Title r03"
'

test_expect_success 'once the newcomer is deleted, no tombstone names the live entry' '
	rm "$F/articles/r02-claim.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1767398400 "$FEEDWRIGHT" build "$F" &&
	test_lacks "$F/public/atom.xml" "deleted-entry" &&
	test_eq "$(grep -c "<id>$TAG/r03</id>" "$F/public/atom.xml")" 1 &&
	"$FEEDWRIGHT" validate "$F/public/atom.xml"
'

test_expect_success 'a new record sorting after the holder is told the same' '
	record r09 12 "$TAG/r01" &&
	test_when_finished "rm -f $F/articles/r09.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	test_contains err "$F/articles/r09.txt:2: id \"$TAG/r01\" is already the id of r01.txt, published (ledger.tsv)"
'

test_expect_success 'the id of a deleted record is never given to another' '
	rm "$F/articles/r01.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1767484800 "$FEEDWRIGHT" build "$F" &&
	record a00 13 "$TAG/r01" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	cat >want <<-EOF &&
	feedwright: $F/articles/a00.txt:2: id "$TAG/r01" was the id of r01.txt, published and since deleted (ledger.tsv): an id once published is never given to another record
	feedwright: $F: 1 of 3 records are bad; nothing was published
	EOF
	test_cmp want err &&
	rm "$F/articles/a00.txt"
'

test_expect_success '--accept-id-changes cannot give a record another published id' '
	cp "$F/articles/r02.txt" r02.saved &&
	record r02 02 "$TAG/r03" &&
	test_expect_code 1 "$FEEDWRIGHT" build --accept-id-changes "$F" &&
	cat >want <<-EOF &&
	feedwright: $F/articles/r02.txt:2: Id "$TAG/r03" is already the published id of r03.txt: two entries cannot have one id
	feedwright: $F: 1 of 2 records are bad; nothing was published
	EOF
	test_cmp want err &&
	mv r02.saved "$F/articles/r02.txt"
'

test_expect_success 'a record renamed as it was still keeps its id' '
	mv "$F/articles/r03.txt" "$F/articles/r03-renamed.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1767571200 "$FEEDWRIGHT" build "$F" &&
	test_eq "$(ids_of "$TAG/r03")" r03-renamed &&
	test_eq "$(grep -c "<id>$TAG/r03</id>" "$F/public/atom.xml")" 1
'

test_done

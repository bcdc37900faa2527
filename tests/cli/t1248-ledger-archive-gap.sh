#!/bin/sh
# A ledger whose archive column jumps past the documents (a line of 50
# where there are 4 documents, as a bad merge of ledger.tsv can leave it)
# was taken as it was: the build published 46 empty documents and the
# record in two of them, a chain validate --chain rejects; with 100000 it
# failed with "Too many open files". A build numbers the documents from
# 1, in order, each given to a line the ledger keeps: a number no line
# names must be a published document with no entry left (recover makes
# such a ledger once a document's records are all deleted and their
# tombstones gone). Any other is a damaged ledger: status 1, with the
# usual advice, nothing published.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99

# archive_of LEDGER SLUG N: the ledger with SLUG's line in document N.
archive_of() {
	awk -F'\t' -v s="$2" -v n="$3" 'BEGIN { OFS = "\t" }
	    $1 == s { $7 = n } { print }' "$1" >"$1.new" &&
	mv "$1.new" "$1"
}

test_expect_success 'set up: r01, r02, r03 in documents 1 to 3, r04 in the feed' '
	archive_feed f 1 1 &&
	for d in 01 02 03 04; do day_record f $d || return 1; done &&
	at 0 f &&
	"$FEEDWRIGHT" validate --chain f/public/atom.xml >/dev/null &&
	cp f/ledger.tsv ledger.good &&
	published_snapshot f >before
'

test_expect_success 'a line in document 50: the ledger is damaged' '
	archive_of f/ledger.tsv r02 50 &&
	cat >want <<-EOF &&
	feedwright: f/ledger.tsv: archive: the line of "r02" names document 50, but no line names document 2, and f/public/archive/2 is no empty document published: a build numbers them from 1, in order
	feedwright: f/ledger.tsv: restore it from version control, or run "feedwright recover f" to rebuild it from the published feed; nothing was published
	EOF
	test_expect_code 1 at 1 f 2>err &&
	test_cmp want err &&
	test_expect_code 1 "$FEEDWRIGHT" build -n f >/dev/null 2>err &&
	test_cmp want err &&
	published_snapshot f >after &&
	test_cmp before after
'

test_expect_success 'a line in document 100000: refused the same way' '
	archive_of f/ledger.tsv r02 100000 &&
	test_expect_code 1 at 1 f 2>err &&
	grep -F "names document 100000, but no line names document 2" err &&
	test_lacks err "open files" &&
	published_snapshot f >after &&
	test_cmp before after
'

test_expect_success 'a line moved to a later document that is there: refused' '
	cp ledger.good f/ledger.tsv &&
	archive_of f/ledger.tsv r02 3 &&
	test_expect_code 1 at 1 f 2>err &&
	grep -F "the line of \"r02\" names document 3, but no line names document 2" err
'

test_expect_success 'a number past the last line, as a build leaves it, is fine' '
	cp ledger.good f/ledger.tsv &&
	day_record f 05 &&
	at 1 f &&
	grep "^r04	" f/ledger.tsv | cut -f 7 >got &&
	echo 4 >want &&
	test_cmp want got &&
	"$FEEDWRIGHT" validate --chain f/public/atom.xml >/dev/null
'

test_expect_success 'recovered after a document lost every record: builds' '
	rm f/articles/r02.txt &&
	at 2 f &&
	at 40 f &&
	test_lacks f/public/atom.xml deleted-entry &&
	rm f/ledger.tsv &&
	"$FEEDWRIGHT" recover f >/dev/null &&
	test_lacks f/ledger.tsv r02 &&
	at 41 f &&
	"$FEEDWRIGHT" validate --chain f/public/atom.xml >/dev/null
'

test_done

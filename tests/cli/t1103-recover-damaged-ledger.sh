#!/bin/sh
# recover, which build sends the operator to when the ledger is damaged,
# keeps every line of the old ledger it can read: a malformed line, a
# last line cut off or a line of NUL bytes is named in a warning and left
# out, not the whole ledger. Only a ledger whose header cannot be read is
# left out whole, with a warning.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99
TAB=$(printf '\t')

test_expect_success 'set up: 20 records, archived in 4 documents' '
	recover_feed f 20 &&
	at 0 f &&
	cp f/ledger.tsv f.ledger &&
	cp -R f f.saved
'

test_expect_success 'one bad date: that line is named and left out, every other line is kept with its hash' '
	sed -i "3s/${TAB}2025-01-02T10:00:00+09:00${TAB}/${TAB}GARBAGE${TAB}/" f/ledger.tsv &&
	test_expect_code 1 "$FEEDWRIGHT" build f &&
	test_contains "$T/err" "feedwright: f/ledger.tsv:3: published: \"GARBAGE\" is not an RFC 3339 date" &&
	test_expect_code 0 "$FEEDWRIGHT" recover f &&
	echo "feedwright: f/ledger.tsv:3: warning: published: \"GARBAGE\" is not an RFC 3339 date; this line of the old ledger is left out" >want &&
	test_cmp want "$T/err" &&
	columns f.ledger >want &&
	columns f/ledger.tsv >got &&
	test_cmp want got &&
	sed "3s/${TAB}[0-9a-f]*${TAB}1${TAB}\$/${TAB}-${TAB}1${TAB}/" f.ledger >want &&
	test_cmp want f/ledger.tsv &&
	published_snapshot f >before &&
	at 1 f &&
	published_snapshot f >after &&
	test_cmp before after
'

test_expect_success 'a ledger cut off in its last line: the lines before it are kept' '
	rm -rf f && cp -R f.saved f &&
	head -c -20 f.ledger >f/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover f &&
	echo "feedwright: f/ledger.tsv:21: warning: the last line has no end (truncated); this line of the old ledger is left out" >want &&
	test_cmp want "$T/err" &&
	head -n 20 f.ledger >want &&
	head -n 20 f/ledger.tsv >got &&
	test_cmp want got &&
	columns f.ledger >want &&
	columns f/ledger.tsv >got &&
	test_cmp want got
'

test_expect_success 'NUL bytes in a line, a line twice, a line of too few fields: each named, the others kept' '
	rm -rf f && cp -R f.saved f &&
	{
		sed -n 1,4p f.ledger &&
		printf "\\000\\000\\000\\000\\n" &&
		sed -n 5p f.ledger &&
		sed -n 5p f.ledger &&
		sed -n 6p f.ledger | cut -f 1-3 &&
		sed -n "7,\$p" f.ledger
	} >f/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover f &&
	cat >want <<-\EOT &&
	feedwright: f/ledger.tsv:5: warning: holds a NUL byte; this line of the old ledger is left out
	feedwright: f/ledger.tsv:7: warning: slug "r04" is on two lines; this line of the old ledger is left out
	feedwright: f/ledger.tsv:8: warning: 3 fields where the header names 8; this line of the old ledger is left out
	EOT
	test_cmp want "$T/err" &&
	columns f.ledger >want &&
	columns f/ledger.tsv >got &&
	test_cmp want got
'

test_expect_success 'a header line that cannot be read: the old ledger is left out whole, with a warning' '
	rm -rf f && cp -R f.saved f &&
	sed -i "1s/^slug/name/" f/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover f &&
	echo "feedwright: f/ledger.tsv:1: warning: unknown column \"name\" (a ledger from a newer feedwright?); no line of the old ledger is kept" >want &&
	test_cmp want "$T/err" &&
	columns f.ledger >want &&
	columns f/ledger.tsv >got &&
	test_cmp want got
'

test_done

#!/bin/sh
# recover run on a feed whose old ledger it keeps: an archived entry edited
# since sits at the top of atom.xml, and the line recovered for it keeps
# the old line's archive document (and its hash, the same dates and link
# being published), so that once newer entries push it out again it is not
# archived a second time (one id in two archive documents breaks the chain).
# The archive number holds even when that archive document is not there
# to be read (removed, so that the next build writes it again).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99

# newer DIR DAYS: five newer records, built DAYS days on.
newer() {
	for i in 1 3 5 7 9; do
		odd_even_record "$1" 3$i "2026-02-0$i 10:00:00" || return 1
	done &&
	at "$2" "$1"
}

test_expect_success 'set up: r02, in archive document 1, edited: its newer copy tops atom.xml' '
	recover_feed x 12 &&
	at 0 x &&
	sed -i "s/Body of 02\\./Body of 02, corrected./" x/articles/r02.txt &&
	at 1 x &&
	grep "^r02	" x/ledger.tsv | cut -f 1,4,7 >got &&
	printf "r02\\t2026-01-02T09:00:00+09:00\\t1\\n" >want &&
	test_cmp want got &&
	sed -n "/<entry>/{n;p;q;}" x/public/atom.xml >got &&
	echo "    <id>tag:globaleconomictimes.kr,2025:news/r02</id>" >want &&
	test_cmp want got &&
	cp -R x x.saved
'

test_expect_success 'recover with the ledger there: the ledger is the same, and r02 is archived once' '
	cp x/ledger.tsv x.ledger &&
	test_expect_code 0 "$FEEDWRIGHT" recover x &&
	test_cmp x.ledger x/ledger.tsv &&
	at 2 x &&
	newer x 40 &&
	grep -l "news/r02<" x/public/archive/*/atom.xml >got &&
	echo x/public/archive/1/atom.xml >want &&
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain x/public/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'archive document 1 removed to be written again: the old ledger still gives r02 its number' '
	rm -rf x && cp -R x.saved x &&
	cp x/ledger.tsv x.ledger &&
	rm -r x/public/archive/1 &&
	test_expect_code 0 "$FEEDWRIGHT" recover x &&
	test_cmp x.ledger x/ledger.tsv &&
	at 2 x &&
	test_path_is_file x/public/archive/1/atom.xml &&
	newer x 40 &&
	grep -l "news/r02<" x/public/archive/*/atom.xml >got &&
	echo x/public/archive/1/atom.xml >want &&
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" validate --chain x/public/atom.xml
'

test_done

#!/bin/sh
# recover reads every document the feed published, not only atom.xml: the
# archive documents (archive/K/), whose entries keep their ids, dates and
# archive numbers, and the category feeds, where an archived entry edited
# since shows its newest updated. The next build then keeps every id
# readers have, even after the entry-id template changed, and rewrites no
# full archive document.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99

test_expect_success 'archived ids made by an older entry-id template are recovered, and kept by the next build' '
	recover_feed a 12 &&
	at 0 a &&
	set_conf a entry-id "tag:example.org,2026:story/{slug}" &&
	at 1 a &&
	cp a/ledger.tsv a.ledger &&
	cp a/public/archive/1/atom.xml a.archive1 &&
	rm a/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover a &&
	echo "a/ledger.tsv: 12 entries recovered from a/public/atom.xml and 4 more documents (archives, category feeds)" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err" &&
	columns a.ledger >want &&
	columns a/ledger.tsv >got &&
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" build a &&
	test_must_be_empty "$T/err" &&
	test_cmp a.archive1 a/public/archive/1/atom.xml &&
	columns a.ledger >want &&
	columns a/ledger.tsv >got &&
	test_cmp want got
'

test_expect_success 'a record added late, in the newest archive document, keeps its number: the full document 1 is not written again' '
	recover_feed b 12 &&
	at 0 b &&
	odd_even_record b 00 "2024-12-31 10:00:00" &&
	at 0 b &&
	for i in 13 14 15 16; do
		odd_even_record b $i "2025-01-$i 10:00:00" || return 1
	done &&
	at 0 b &&
	awk -F "	" "NR > 1 && \$7 != \"\" { print \$1, \$7 }" b/ledger.tsv >archives &&
	cat >want <<-\EOT &&
	r00 2
	r01 1
	r02 1
	r03 1
	r04 1
	r05 2
	r06 2
	r07 2
	r08 3
	r09 3
	r10 3
	r11 3
	EOT
	test_cmp want archives &&
	cp b/ledger.tsv b.ledger &&
	published_snapshot b >before &&
	rm b/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover b &&
	columns b.ledger >want &&
	columns b/ledger.tsv >got &&
	test_cmp want got &&
	at 1 b &&
	published_snapshot b >after &&
	test_cmp before after
'

test_expect_success 'an archived entry edited since keeps its newest updated, which only its category feed still shows' '
	recover_feed c 12 &&
	at 0 c &&
	sed -i "s/Body of 02\\./Body of 02, corrected./" c/articles/r02.txt &&
	at 1 c &&
	for i in 1 3 5 7 9; do
		odd_even_record c 3$i "2026-02-0$i 10:00:00" || return 1
	done &&
	at 40 c &&
	grep "^r02	" c/ledger.tsv | cut -f 1,4,7 >want &&
	printf "r02\\t2026-01-02T09:00:00+09:00\\t1\\n" >got &&
	test_cmp want got &&
	test_lacks c/public/atom.xml "news/r02<" &&
	test_contains c/public/category/even/atom.xml "news/r02<" &&
	cp c/ledger.tsv c.ledger &&
	published_snapshot c >before &&
	rm c/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover c &&
	columns c.ledger >want &&
	columns c/ledger.tsv >got &&
	test_cmp want got &&
	at 41 c &&
	published_snapshot c >after &&
	test_cmp before after &&
	grep "^r02	" c/ledger.tsv | cut -f 1,4,7 >got &&
	printf "r02\\t2026-01-02T09:00:00+09:00\\t1\\n" >want &&
	test_cmp want got
'

test_expect_success 'an archive document that cannot be read is left out with a warning, and not counted; the others are read' '
	recover_feed d 12 &&
	at 0 d &&
	echo garbage >d/public/archive/2/atom.xml &&
	rm d/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover d &&
	echo "d/ledger.tsv: 12 entries recovered from d/public/atom.xml and 3 more documents (archives, category feeds)" >want &&
	test_cmp want "$T/out" &&
	echo "feedwright: d/public/archive/2/atom.xml: warning: cannot recover entries from it: not well-formed XML: Document is empty; it is left out" >want &&
	test_cmp want "$T/err" &&
	awk -F "	" "NR > 1 && \$7 != \"\" { print \$1, \$7 }" d/ledger.tsv >got &&
	printf "r01 1\nr02 1\nr03 1\nr04 1\n" >want &&
	test_cmp want got
'

test_done

#!/bin/sh
# recover without an old ledger cannot give an archived entry's line its
# content hash ("-"): the archive documents show what was published, not
# the hash of the record it came from. The next build fills each one in
# from the record as it is then, once, without calling that an edit (an
# edit made while the ledger was lost cannot be told from the published
# files), so that an edit after that is found: its updated moves and it
# is published again at the top of atom.xml. It used to skip a line
# without a hash for good, and such an edit was never noticed.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99
ID=tag:globaleconomictimes.kr,2025:news

# hashes LEDGER: the slug and hash of each line.
hashes() {
	cut -f 1,6 "$1"
}

# first_id DIR: the id of the first entry of DIR/public/atom.xml.
first_id() {
	sed -n "/<entry>/{n;p;q;}" "$1/public/atom.xml"
}

test_expect_success 'set up: records r01..r12, r01..r04 in archive document 1' '
	recover_feed k 12 &&
	at 0 k &&
	grep "^r02	" k/ledger.tsv | cut -f 7 >got &&
	echo 1 >want &&
	test_cmp want got &&
	cp k/ledger.tsv k.ledger &&
	cp -R k k.saved
'

test_expect_success 'recovered without a ledger: the archived lines have no hash' '
	rm k/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover k &&
	grep "^r02	" k/ledger.tsv | cut -f 6 >got &&
	echo - >want &&
	test_cmp want got
'

test_expect_success 'the next build fills every hash in as it was, and publishes nothing' '
	published_snapshot k >before &&
	at 1 k &&
	published_snapshot k >after &&
	test_cmp before after &&
	test_cmp k.ledger k/ledger.tsv
'

test_expect_success 'an archived record edited after that: updated moves, it tops atom.xml' '
	sed -i "s/Body of 02\\./Body of 02, corrected./" k/articles/r02.txt &&
	at 2 k &&
	grep "^r02	" k/ledger.tsv | cut -f 1,3,4,7 >got &&
	printf "r02\\t2025-01-02T10:00:00+09:00\\t2026-01-03T09:00:00+09:00\\t1\\n" >want &&
	test_cmp want got &&
	first_id k >got &&
	echo "    <id>$ID/r02</id>" >want &&
	test_cmp want got
'

test_expect_success 'an edit made while the ledger was lost is taken for what was published; the next one is found' '
	rm -rf k && cp -R k.saved k &&
	rm k/ledger.tsv &&
	sed -i "s/Body of 01\\./Body of 01, corrected while lost./" k/articles/r01.txt &&
	test_expect_code 0 "$FEEDWRIGHT" recover k &&
	published_snapshot k >before &&
	at 1 k &&
	published_snapshot k >after &&
	test_cmp before after &&
	grep -v "^r01	" k.ledger >want &&
	grep -v "^r01	" k/ledger.tsv >got &&
	test_cmp want got &&
	# Its dates and link as published, the hash of the record as it is.
	rm -rf e && cp -R k.saved e &&
	cp k/articles/r01.txt e/articles/r01.txt &&
	at 1 e &&
	grep "^r01	" e/ledger.tsv | cut -f 6 >hash &&
	awk -F "\t" -v OFS="\t" -v h="$(cat hash)" \
	    "\$1 == \"r01\" { \$6 = h; print }" k.ledger >want &&
	grep "^r01	" k/ledger.tsv >got &&
	test_cmp want got &&
	sed -i "s/corrected while lost/corrected again/" k/articles/r01.txt &&
	at 2 k &&
	grep "^r01	" k/ledger.tsv | cut -f 1,4 >got &&
	printf "r01\\t2026-01-03T09:00:00+09:00\\n" >want &&
	test_cmp want got &&
	first_id k >got &&
	echo "    <id>$ID/r01</id>" >want &&
	test_cmp want got
'

test_expect_success 'without category feeds, the records unchanged since the ledger: read whole from the cache all the same' '
	archive_feed c 5 4 &&
	for d in 01 02 03 04 05 06 07 08 09 10 11 12; do
		day_record c $d || return 1
	done &&
	# Not synchronisation: the records must be more than the 2 s a file
	# system clock may lag older than the ledger recover writes.
	sleep 3 &&
	at 0 c &&
	test_path_is_file c/.feedwright-cache &&
	cp c/ledger.tsv c.ledger &&
	rm c/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover c &&
	grep "^r02	" c/ledger.tsv | cut -f 6 >got &&
	echo - >want &&
	test_cmp want got &&
	# Dated as a build dates it: no record changed since, by its times.
	touch -d "@$(date +%s)" c/ledger.tsv &&
	at 1 c &&
	test_cmp c.ledger c/ledger.tsv &&
	sed -i "s/Body of 02\\./Body of 02, corrected./" c/articles/r02.txt &&
	at 2 c &&
	grep "^r02	" c/ledger.tsv | cut -f 1,4 >got &&
	printf "r02\\t2026-01-03T09:00:00+09:00\\n" >want &&
	test_cmp want got
'

test_done

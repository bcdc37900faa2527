#!/bin/sh
# recover reads the RFC 6721 tombstones of the atom.xml it recovers from:
# each record deleted in the last 30 days gets its ledger line back, with
# its gone date, so that the next build goes on announcing it for the rest
# of its 30 days. A deleted record is in no published document: the old
# ledger's line, when it can be read, is kept whole; from the tombstone
# alone, the line holds what the tombstone says, and the archive document
# it was in is guessed so that the documents count as full as they did.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99
ID=tag:globaleconomictimes.kr,2025:news
GONE=2026-01-02T09:00:00+09:00

test_expect_success 'set up: r03 (archived) and r11 (in the subscription feed) deleted, their tombstones published' '
	recover_feed k 12 &&
	at 0 k &&
	rm k/articles/r03.txt k/articles/r11.txt &&
	at 1 k &&
	cat >tombs <<-EOT &&
	  <at:deleted-entry ref="$ID/r03" when="$GONE"/>
	  <at:deleted-entry ref="$ID/r11" when="$GONE"/>
	EOT
	grep deleted-entry k/public/atom.xml >got &&
	test_cmp tombs got &&
	cp k/ledger.tsv k.ledger &&
	cp -R k k.saved
'

test_expect_success 'ledger lost: each tombstone gives a line, with its gone date, and the next build keeps announcing both' '
	rm k/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover k &&
	echo "k/ledger.tsv: 10 entries recovered from k/public/atom.xml and 4 more documents (archives, category feeds), and 2 deleted records from its tombstones" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err" &&
	grep -v "^r03	" k.ledger | grep -v "^r11	" | cut -f 1-5,7,8 >want &&
	printf "r03\\t$ID/r03\\t$GONE\\t$GONE\\t$ID/r03\\t1\\t$GONE\\n" >>want &&
	printf "r11\\t$ID/r11\\t$GONE\\t$GONE\\t$ID/r11\\t\\t$GONE\\n" >>want &&
	sort want >want.sorted &&
	columns k/ledger.tsv | sort >got &&
	test_cmp want.sorted got &&
	published_snapshot k >before &&
	at 2 k &&
	published_snapshot k >after &&
	test_cmp before after &&
	grep deleted-entry k/public/atom.xml >got &&
	test_cmp tombs got &&
	at 31 k &&
	test_lacks k/public/atom.xml deleted-entry
'

test_expect_success 'old ledger damaged elsewhere: the lines of the deleted records are kept whole from it' '
	rm -rf k && cp -R k.saved k &&
	sed -i "/^r05	/s/	[0-9a-f]\{64\}	/	xyz	/" k/ledger.tsv &&
	sed -i "/^r07	/s/	2025-01-07T10:00:00+09:00	/	yesterday	/" k/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover k &&
	grep -E "^r(03|11)	" k.ledger >want &&
	grep -E "^r(03|11)	" k/ledger.tsv >got &&
	test_cmp want got &&
	columns k.ledger >want &&
	columns k/ledger.tsv >got &&
	test_cmp want got
'

test_expect_success 'an id given up for another (--accept-id-changes) keeps its SLUG/N line from its tombstone' '
	rm -rf k && cp -R k.saved k &&
	sed -i "1a Id: tag:example.org,2026:moved/r05" k/articles/r05.txt &&
	SOURCE_DATE_EPOCH=$((1767225600 + 2 * 86400)) "$FEEDWRIGHT" build -q --accept-id-changes k &&
	grep "^r05/1	" k/ledger.tsv | cut -f 1,2,8 >got &&
	printf "r05/1\\t$ID/r05\\t2026-01-03T09:00:00+09:00\\n" >want &&
	test_cmp want got &&
	rm k/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover k &&
	grep "^r05" k/ledger.tsv | cut -f 1,2,8 >got &&
	printf "r05\\ttag:example.org,2026:moved/r05\\t\\n" >want &&
	printf "r05/1\\t$ID/r05\\t2026-01-03T09:00:00+09:00\\n" >>want &&
	test_cmp want got &&
	published_snapshot k >before &&
	SOURCE_DATE_EPOCH=$((1767225600 + 3 * 86400)) "$FEEDWRIGHT" build -q k &&
	published_snapshot k >after &&
	test_cmp before after
'

test_done

#!/bin/sh
# The tombstones of the subscription Atom feed are in the order of their
# gone dates, then ids, wherever their lines sit in the ledger: the line
# of an id given up with --accept-id-changes is added at the ledger's end,
# and the build after, which reads the ledger sorted by slug, listed it
# elsewhere and published atom.xml again with nothing changed (a needless
# publish, and a needless WebSub ping).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-recover.sh"

cd "$T" || exit 99
ID=tag:globaleconomictimes.kr,2025:news

test_expect_success 'set up: r09 deleted on day 1, then r02 given a new id on day 2' '
	recover_feed k 10 &&
	at 0 k &&
	rm k/articles/r09.txt &&
	at 1 k &&
	sed -i "1a Id: tag:example.org,2026:moved/r02" k/articles/r02.txt &&
	SOURCE_DATE_EPOCH=$((1767225600 + 2 * 86400)) "$FEEDWRIGHT" build -q --accept-id-changes k &&
	grep "^r02/1	" k/ledger.tsv | cut -f 1,2,8 >got &&
	printf "r02/1\\t$ID/r02\\t2026-01-03T09:00:00+09:00\\n" >want &&
	test_cmp want got
'

test_expect_success 'the tombstones: by gone date, then id' '
	cat >want <<-EOT &&
	  <at:deleted-entry ref="$ID/r09" when="2026-01-02T09:00:00+09:00"/>
	  <at:deleted-entry ref="$ID/r02" when="2026-01-03T09:00:00+09:00"/>
	EOT
	grep deleted-entry k/public/atom.xml >got &&
	test_cmp want got
'

test_expect_success 'the next build, nothing changed, publishes nothing' '
	published_snapshot k >before &&
	cp k/ledger.tsv ledger.before &&
	at 2 k &&
	published_snapshot k >after &&
	test_cmp before after &&
	test_cmp ledger.before k/ledger.tsv &&
	at 3 k &&
	published_snapshot k >after &&
	test_cmp before after
'

test_expect_success 'one gone date: by id' '
	rm k/articles/r01.txt k/articles/r10.txt &&
	at 4 k &&
	cat >want <<-EOT &&
	  <at:deleted-entry ref="$ID/r09" when="2026-01-02T09:00:00+09:00"/>
	  <at:deleted-entry ref="$ID/r02" when="2026-01-03T09:00:00+09:00"/>
	  <at:deleted-entry ref="$ID/r01" when="2026-01-05T09:00:00+09:00"/>
	  <at:deleted-entry ref="$ID/r10" when="2026-01-05T09:00:00+09:00"/>
	EOT
	grep deleted-entry k/public/atom.xml >got &&
	test_cmp want got
'

test_done

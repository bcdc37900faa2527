#!/bin/sh
# recover from rss.xml (when there is no atom.xml): RSS has no updated
# date, so an edited entry's updated is taken from the date_modified of
# the feed.json published beside it; without a feed.json it cannot be
# known from the published files: the old ledger's, when it can be read,
# or else the published date stands in, and a warning says so.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
ID=tag:globaleconomictimes.kr,2025:news
E1=1767225600

test_expect_success 'set up: three records, r02 edited a year after it was published' '
	new_feed u && rm u/articles/*.txt &&
	day_record u 01 && day_record u 02 && day_record u 03 &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build -q u &&
	sed -i "s/Body of 02\\./Body of 02, corrected./" u/articles/r02.txt &&
	SOURCE_DATE_EPOCH=$((E1 + 86400)) "$FEEDWRIGHT" build -q u &&
	grep "^r02	" u/ledger.tsv | cut -f 1,3,4 >got &&
	printf "r02\\t2025-01-02T10:00:00+09:00\\t2026-01-02T09:00:00+09:00\\n" >want &&
	test_cmp want got &&
	cp u/public/atom.xml old.xml &&
	cp -R u u.saved
'

test_expect_success 'from rss.xml and feed.json: every line as it was but the hash, and the next Atom feed keeps the edit date' '
	cut -f 1-5 u/ledger.tsv >want &&
	rm u/ledger.tsv u/public/atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" recover u &&
	echo "u/ledger.tsv: 3 entries recovered from u/public/rss.xml" >got &&
	test_cmp got "$T/out" &&
	test_must_be_empty "$T/err" &&
	cut -f 1-5 u/ledger.tsv >got &&
	test_cmp want got &&
	SOURCE_DATE_EPOCH=$((E1 + 2 * 86400)) "$FEEDWRIGHT" build -q u &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.xml u/public/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'from rss.xml alone, no feed.json: the published date stands in, and a warning says so' '
	rm -rf u && cp -R u.saved u &&
	rm u/ledger.tsv u/public/atom.xml u/public/feed.json &&
	test_expect_code 0 "$FEEDWRIGHT" recover u &&
	echo "feedwright: u/public/rss.xml: warning: RSS has no updated date, and no feed.json beside it gives one for 3 entries: the ledger takes their published date, so an entry edited since it was first published goes back to it" >want &&
	test_cmp want "$T/err" &&
	grep "^r02	" u/ledger.tsv | cut -f 1,3,4 >got &&
	printf "r02\\t2025-01-02T10:00:00+09:00\\t2025-01-02T10:00:00+09:00\\n" >want &&
	test_cmp want got
'

test_expect_success 'from rss.xml alone, with the old ledger: its updated dates are kept, and no warning' '
	rm -rf u && cp -R u.saved u &&
	cp u/ledger.tsv u.ledger &&
	rm u/public/atom.xml u/public/feed.json &&
	test_expect_code 0 "$FEEDWRIGHT" recover u &&
	test_must_be_empty "$T/err" &&
	test_cmp u.ledger u/ledger.tsv
'

test_done

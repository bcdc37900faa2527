#!/bin/sh
# The page or the discovery fragment named "archive" with archive-size
# wants the name of the archive documents' folder. It was refused only at
# publish time, with status 3 (a machine problem) and a message naming
# neither setting; it is refused at its line of feed.conf, with status 1,
# as "category" is with category-feeds.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'set up: a feed published with page = archive' '
	archive_feed f 1 "" &&
	set_conf f page archive &&
	day_record f 01 &&
	day_record f 02 &&
	"$FEEDWRIGHT" build -q f &&
	test_path_is_file f/public/archive &&
	tree_snapshot f/public >before
'

test_expect_success 'archive-size added later: refused at the page line' '
	set_conf f archive-size 1 &&
	day_record f 03 &&
	n=$(grep -n "^page = " f/feed.conf | cut -d: -f1) &&
	echo "feedwright: f/feed.conf:$n: page: \"archive\" is the folder of the archive documents (archive-size)" >want &&
	test_expect_code 1 "$FEEDWRIGHT" build f 2>err &&
	test_cmp want err &&
	test_expect_code 1 "$FEEDWRIGHT" build -n f >/dev/null 2>err &&
	test_cmp want err &&
	tree_snapshot f/public >after &&
	test_cmp before after
'

test_expect_success 'both from the first build: refused, nothing made' '
	cp -R f g &&
	rm -rf g/public g/ledger.tsv g/.feedwright* &&
	test_expect_code 1 "$FEEDWRIGHT" build g 2>err &&
	grep -F "page: \"archive\" is the folder of the archive documents" err &&
	test_path_is_missing g/public
'

test_expect_success 'discovery = archive: refused at its line' '
	set_conf g page "" &&
	set_conf g discovery archive &&
	n=$(grep -n "^discovery = " g/feed.conf | cut -d: -f1) &&
	echo "feedwright: g/feed.conf:$n: discovery: \"archive\" is the folder of the archive documents (archive-size)" >want &&
	test_expect_code 1 "$FEEDWRIGHT" build g 2>err &&
	test_cmp want err
'

test_expect_success 'without archive-size, archive is a page name like any other' '
	set_conf g archive-size "" &&
	"$FEEDWRIGHT" build -q g &&
	test_path_is_file g/public/archive
'

test_done

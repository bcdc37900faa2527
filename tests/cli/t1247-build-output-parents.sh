#!/bin/sh
# The folders a build makes on the way to its output folder are checked
# against the inputs too, not only the output folder itself: with
# "output = articles/new.txt/pub" the first build made a folder at a
# record's name, published, and every later build stopped ("record is not
# a regular file"); with "output = .feedwright-hubs-pending/pub" a folder
# took a state name, and every build warned. Both are refused at the
# setting's line (or naming -o), status 1, before anything is made.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'set up' '
	new_feed f &&
	line=$(grep -n "^output = " f/feed.conf | cut -d: -f1) &&
	tree_snapshot f ! -name feed.conf >before
'

test_expect_success 'a folder to be made at a record name: refused at output' '
	set_conf f output articles/new.txt/pub &&
	line=$(grep -n "^output = " f/feed.conf | cut -d: -f1) &&
	test_expect_code 1 "$FEEDWRIGHT" build f 2>err &&
	echo "feedwright: f/feed.conf:$line: output: \"articles/new.txt/pub\" is inside \"$T/f/articles/new.txt\", which is a record (a name ending in \".txt\" in the records folder is one)" >want &&
	test_cmp want err &&
	test_path_is_missing f/articles/new.txt &&
	test_expect_code 1 "$FEEDWRIGHT" build -n f >/dev/null 2>err &&
	test_cmp want err
'

test_expect_success 'deeper, and through -o: the message names -o' '
	set_conf f output public &&
	test_expect_code 1 "$FEEDWRIGHT" build -o f/articles/./new.txt/a/b f 2>err &&
	echo "feedwright: f/articles/./new.txt/a/b: the output folder (-o) is inside \"$T/f/articles/new.txt\", which is a record (a name ending in \".txt\" in the records folder is one)" >want &&
	test_cmp want err &&
	test_path_is_missing f/articles/new.txt
'

test_expect_success 'a folder to be made at a state name: refused' '
	for d in .feedwright-hubs-pending .feedwright-cache \
	    .feedwright-publishing ledger.tsv; do
		set_conf f output $d/pub &&
		test_expect_code 1 "$FEEDWRIGHT" build f 2>err &&
		grep -F "output: \"$d/pub\" is inside \"$T/f/$d\", which is a file of the feed" err ||
		return 1
	done &&
	set_conf f output .feedwright.lock/pub &&
	test_expect_code 1 "$FEEDWRIGHT" build f 2>err &&
	grep -F "which is the lock file" err &&
	set_conf f output feed.conf/pub &&
	test_expect_code 1 "$FEEDWRIGHT" build f 2>err &&
	grep -F "which is the settings file" err &&
	set_conf f output public &&
	tree_snapshot f ! -name feed.conf >after &&
	test_cmp before after
'

test_expect_success 'folders on the way that collide with nothing are made' '
	set_conf f output articles/pub/x &&
	"$FEEDWRIGHT" build -q f &&
	test_path_is_file f/articles/pub/x/atom.xml &&
	"$FEEDWRIGHT" build -q -o "$T/f/site/www" f &&
	test_path_is_file f/site/www/atom.xml
'

test_done

#!/bin/sh
# build --exit-unchanged=N (issue 11, item 7): exits with N instead of 0
# when no file changed, so that a cron line or a systemd unit starts
# follow-up work only on change; -v names each file published; N is
# checked, and never one of feedwright's own statuses.
. "$SRCDIR/tests/lib.sh"

pub=$T/feed/public

test_expect_success 'set up: a feed, not yet published' '
	new_feed "$T/feed"
'

for bad in "" abc -1 256 1000 " 9" +9 9x; do
	test_expect_success "--exit-unchanged=\"$bad\" is a usage error" '
		test_expect_code 2 "$FEEDWRIGHT" build --exit-unchanged="$bad" "$T/feed" &&
		printf "%s\n" "feedwright: build: --exit-unchanged takes a whole number from 0 to 255, not \"$bad\"" \
		    "Try '\''feedwright build --help'\''." >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$pub"
	'
done

for own in 1 2 3 4 5 6; do
	test_expect_success "--exit-unchanged=$own is refused: it is one of our own statuses" '
		test_expect_code 2 "$FEEDWRIGHT" build --exit-unchanged=$own "$T/feed" &&
		printf "%s\n" "feedwright: build: --exit-unchanged=$own is one of feedwright'\''s own exit statuses (1 to 6); take 7 to 125" \
		    "Try '\''feedwright build --help'\''." >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$pub"
	'
done

test_expect_success '--exit-unchanged does not go with --stdout, which publishes nothing' '
	test_expect_code 2 "$FEEDWRIGHT" build --stdout atom --exit-unchanged=9 "$T/feed" &&
	test_contains "$T/err" "feedwright: build: --exit-unchanged does not go with --stdout, which publishes nothing" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a first build publishes every file and exits 0, silently' '
	test_expect_code 0 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_path_is_file "$pub/atom.xml"
'

test_expect_success 'an unchanged build exits N, silently, and touches nothing' '
	stat -c "%n %i %Y" "$pub"/* >"$T/stat.before" &&
	test_expect_code 9 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	stat -c "%n %i %Y" "$pub"/* >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after"
'

test_expect_success 'the option may be given as two words, and 0, 7 and 255 are taken' '
	test_expect_code 7 "$FEEDWRIGHT" build --exit-unchanged 7 "$T/feed" &&
	test_expect_code 255 "$FEEDWRIGHT" build "$T/feed" --exit-unchanged=255 &&
	test_expect_code 0 "$FEEDWRIGHT" build --exit-unchanged=0 "$T/feed" &&
	test_must_be_empty "$T/err"
'

test_expect_success '-v on an unchanged build names no file' '
	test_expect_code 9 "$FEEDWRIGHT" build -v --exit-unchanged=9 "$T/feed" &&
	test_lacks "$T/err" "created" &&
	test_lacks "$T/err" "replaced" &&
	test_contains "$T/err" "atom.xml 4077 bytes unchanged"
'

test_expect_success 'a changed build exits 0; -v names each file it replaced, one line each' '
	set_conf "$T/feed" title "The Other Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v --exit-unchanged=9 "$T/feed" &&
	grep -v "^feedwright: $T/feed: " "$T/err" >"$T/files" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $pub/atom.xml: replaced
	feedwright: $pub/rss.xml: replaced
	feedwright: $pub/feed.json: replaced
	feedwright: $pub/index.html: replaced
	EOF
	test_cmp "$T/want" "$T/files" &&
	test_must_be_empty "$T/out"
'

test_expect_success '-v names a file created where it was missing, and only that one' '
	rm "$pub/rss.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v --exit-unchanged=9 "$T/feed" &&
	grep -v "^feedwright: $T/feed: " "$T/err" >"$T/files" &&
	echo "feedwright: $pub/rss.xml: created" >"$T/want" &&
	test_cmp "$T/want" "$T/files"
'

test_expect_success 'without -v a changed build stays silent' '
	set_conf "$T/feed" title "The Third Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_must_be_empty "$T/out"
'

test_expect_success '--dry-run with a change pending: 0, and nothing published' '
	set_conf "$T/feed" title "The Fourth Times" &&
	cp "$pub/atom.xml" "$T/atom.before" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run --exit-unchanged=9 "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: would be replaced" &&
	test_cmp "$T/atom.before" "$pub/atom.xml"
'

test_expect_success '--dry-run with nothing to change: N' '
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_expect_code 9 "$FEEDWRIGHT" build --dry-run --exit-unchanged=9 "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: unchanged" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a failure is reported as ever: a bad record gives 1, not N' '
	printf "not a record\n" >"$T/feed/articles/zz-bad.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records --exit-unchanged=9 "$T/feed" &&
	rm "$T/feed/articles/zz-bad.txt"
'

test_expect_success 'set up: two feeds under one folder, both published' '
	new_feed "$T/all/a" &&
	new_feed "$T/all/b" &&
	test_expect_code 0 "$FEEDWRIGHT" build --all "$T/all"
'

test_expect_success '--all: N when no feed changed' '
	test_expect_code 9 "$FEEDWRIGHT" build --all --exit-unchanged=9 "$T/all" &&
	test_must_be_empty "$T/err"
'

test_expect_success '--all: 0 when one feed of the two changed' '
	set_conf "$T/all/b" title "B Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build --all --exit-unchanged=9 "$T/all" &&
	test_expect_code 9 "$FEEDWRIGHT" build --all --exit-unchanged=9 "$T/all"
'

test_expect_success 'several feed folders: N only when none changed' '
	set_conf "$T/all/a" title "A Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/all/b" "$T/all/a" &&
	test_expect_code 9 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/all/b" "$T/all/a"
'

test_done

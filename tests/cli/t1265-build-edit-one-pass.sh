#!/bin/sh
# An edited record (no Updated field) gets the time of the build that
# first sees the edit as its `updated`, and the feeds' own `updated` is
# their newest entry's. The feeds' heads come before any entry, so the
# edit is found before pass two writes them: pass two then reads each
# record once, as for a build with nothing edited, where it used to
# write every file twice. What is published is the same either way
# (t0902 compares it byte for byte with an Updated field's).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
# 2026-01-01 00:00:00 UTC: 09:00 in the feed's Asia/Seoul.
EPOCH=1767225600
at_epoch=2026-01-01T09:00:00+09:00

# reads_of NAME ARGS...: "feedwright build ARGS" (hooked), paused at each
# read of record NAME and once every file is written; prints how many
# times NAME was read until then.
reads_of() {
	_r=$1
	shift
	rm -f "$T/at.fifo" && mkfifo "$T/at.fifo" || return 1
	env SOURCE_DATE_EPOCH=$EPOCH FEEDWRIGHT_TEST_HOOK="before-read:$_r:pause=$T/at.fifo after-write:pause=$T/at.fifo" \
	    "$FEEDWRIGHT_HOOKED" build "$@" >"$T/build.out" 2>"$T/build.err" </dev/null &
	_pid=$! _n=0
	while _at=$(test_wait_fifo "$T/at.fifo"); do
		timeout 30 sh -c 'echo go >"$1"' sh "$T/at.fifo" || break
		case $_at in
		before-read:*) _n=$((_n + 1)) ;;
		after-write) break ;;
		*) break ;;
		esac
	done
	wait "$_pid" && test_must_be_empty "$T/build.err" && echo "$_n"
}

# feed_updated FILE: the first <updated> of an Atom file, the feed's own.
feed_updated() { sed -n "s/^  <updated>\(.*\)<\/updated>\$/\1/p" "$1"; }

test_expect_success 'set up: three records published, the oldest then edited' '
	mkdir -p "$F/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$F/" &&
	day_record "$F" 01 && day_record "$F" 02 && day_record "$F" 03 &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_eq "$(feed_updated "$pub/atom.xml")" 2025-01-03T10:00:00+09:00 &&
	sed -i "s/^Body of 01\\.\$/Body of 01, edited./" "$F/articles/r01.txt"
'

test_expect_success HOOKS 'the build that sees the edit reads an unedited record once in pass two' '
	test_eq "$(reads_of r03.txt "$F")" 1
'

test_expect_success HOOKS 'the feed and the edited entry show the build time as updated; the others keep theirs' '
	test_eq "$(feed_updated "$pub/atom.xml")" "$at_epoch" &&
	test "$(grep -c "<updated>$at_epoch</updated>" "$pub/atom.xml")" -eq 2 &&
	test_contains "$pub/atom.xml" "<updated>2025-01-03T10:00:00+09:00</updated>" &&
	grep -q "^r01	.*	$at_epoch	" "$F/ledger.tsv" &&
	test_contains "$pub/feed.json" "\"date_modified\": \"$at_epoch\""
'

test_expect_success HOOKS 'a build with nothing edited reads it once too, and changes nothing' '
	tree_snapshot "$pub" >"$T/before" &&
	test_eq "$(reads_of r03.txt "$F")" 1 &&
	tree_snapshot "$pub" >"$T/after" &&
	test_cmp "$T/before" "$T/after"
'

C=$T/cat
test_expect_success 'set up: category feeds, one entry in the main feed, the older record in a category only, edited' '
	mkdir -p "$C/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$C/" &&
	set_conf "$C" max-entries 1 &&
	echo "category-feeds = yes" >>"$C/feed.conf" &&
	category_record "$C/articles/a.txt" "2025-01-01 10:00:00" "Title a" "Body a." World &&
	category_record "$C/articles/b.txt" "2025-01-02 10:00:00" "Title b" "Body b." Markets &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$C" &&
	test_eq "$(feed_updated "$C/public/category/world/atom.xml")" 2025-01-01T10:00:00+09:00 &&
	category_record "$C/articles/a.txt" "2025-01-01 10:00:00" "Title a" "Body a, edited." World
'

# Category feeds keep no record cache: pass one reads every record once.
test_expect_success HOOKS 'its category feed shows the edit, and pass two reads each record once' '
	test_eq "$(reads_of b.txt "$C")" 2 &&
	test_eq "$(feed_updated "$C/public/category/world/atom.xml")" "$at_epoch" &&
	test_eq "$(feed_updated "$C/public/atom.xml")" 2025-01-02T10:00:00+09:00
'

test_done

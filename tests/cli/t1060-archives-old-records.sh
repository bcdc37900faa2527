#!/bin/sh
# Archives (issue 13, item 4): a build does not read again an archived
# record that has not changed since the build that wrote the ledger
# began. That build sets the ledger's modification time to the time it
# began (the ledger's ctime, when it was renamed into place, is later); a
# record whose ctime and mtime are older, by more than 2 s for coarse file
# system clocks, was read and hashed as it is. An edit made while a build
# runs, or one that keeps the file's size and mtime, changes its ctime
# and is still found by the next build.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
archive_feed "$F" 2 2
E1=1767225600		# 2026-01-01 00:00 UTC, 09:00 in Seoul
ID=tag:globaleconomictimes.kr,2025:news

rec() { day_record "$F" "$1"; }

# earlier A B: time A (seconds since the epoch, with decimals) is earlier than B.
earlier() {
	test "$1" != "$2" &&
	test "$(printf '%s\n%s\n' "$1" "$2" | sort -n | head -n 1)" = "$1"
}

# top: the id of the subscription feed's first entry.
top() {
	sed -n "/<entry>/{n;s|^ *<id>\\([^<]*\\)</id>\$|\\1|p;}" "$pub/atom.xml" |
	    head -n 1
}

test_expect_success 'set up: 10 records, their files older than the build that archives them' '
	for i in 01 02 03 04 05 06 07 08 09 10; do
		rec $i || return 1
	done &&
	# Not synchronisation: the records must be more than the 2 s a
	# file system clock may lag behind older than the first build.
	sleep 3 &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$F" &&
	test "$(top)" = "$ID/r10"
'

test_expect_success HOOKS 'the ledger is dated when the build that wrote it began, not when it was written' '
	rec 11 &&
	hook_start dated after-write "$F" &&
	: >"$T/during" &&
	hook_go dated &&
	hook_wait "$hook_pid" &&
	test "$status" = 0 &&
	earlier "$(stat -c %.9Y "$F/ledger.tsv")" "$(stat -c %.9Y "$T/during")" &&
	earlier "$(stat -c %.9Y "$T/during")" "$(stat -c %.9Z "$F/ledger.tsv")"
'

test_expect_success HOOKS 'one new record: no archived record is read again, only the new one and those written' '
	rec 12 &&
	FEEDWRIGHT_TEST_HOOK="before-read:r03.txt:kill before-read:r07.txt:kill" \
	    hooked build "$F" &&
	test "$(top)" = "$ID/r12"
'

test_expect_success HOOKS 'an archived record edited while a build runs is found by the next build' '
	hook_start edit after-write "$F" &&
	sed -i "s/Body of 04\\./Body of 04, corrected./" "$F/articles/r04.txt" &&
	hook_go edit &&
	hook_wait "$hook_pid" &&
	test "$status" = 0 &&
	test "$(top)" = "$ID/r12" &&
	SOURCE_DATE_EPOCH=$((E1 + 86400)) "$FEEDWRIGHT" build "$F" &&
	test "$(top)" = "$ID/r04" &&
	grep -q "Body of 04, corrected" "$pub/atom.xml"
'

test_expect_success 'an archived record edited keeping its size and mtime is found by the next build' '
	cp -p "$F/articles/r05.txt" "$T/r05.was" &&
	sed -i "s/Body of 05\\./Body of 5!!/" "$F/articles/r05.txt" &&
	touch -r "$T/r05.was" "$F/articles/r05.txt" &&
	test "$(stat -c "%s %Y" "$F/articles/r05.txt")" = \
	    "$(stat -c "%s %Y" "$T/r05.was")" &&
	SOURCE_DATE_EPOCH=$((E1 + 2 * 86400)) "$FEEDWRIGHT" build "$F" &&
	test "$(top)" = "$ID/r05" &&
	grep -q "Body of 5!!" "$pub/atom.xml"
'

test_expect_success 'a ledger no build dated (copied, checked out: mtime not older than ctime) is compared with the records of the hour before' '
	sed -i "s/Body of 06\\./Body of 06, corrected./" "$F/articles/r06.txt" &&
	cp "$F/ledger.tsv" "$T/ledger.was" &&
	# Not synchronisation: the edit must be more than 2 s older than
	# the ledger put back, as after a checkout of an older ledger.
	sleep 3 &&
	rm "$F/ledger.tsv" &&
	cp "$T/ledger.was" "$F/ledger.tsv" &&
	test "$(stat -c %y "$F/ledger.tsv")" = "$(stat -c %z "$F/ledger.tsv")" &&
	SOURCE_DATE_EPOCH=$((E1 + 3 * 86400)) "$FEEDWRIGHT" build "$F" &&
	test "$(top)" = "$ID/r06" &&
	grep -q "Body of 06, corrected" "$pub/atom.xml"
'

test_expect_success 'recover keeps the rows of a damaged ledger with their archive documents, and an edit made before is still found' '
	sed -i "s/Body of 07\\./Body of 07, corrected./" "$F/articles/r07.txt" &&
	# Not synchronisation: the edit must be more than 2 s older than
	# the recovered ledger.
	sleep 3 &&
	cp -p "$F/ledger.tsv" "$T/ledger.was" &&
	sed -i "/^r06	/d" "$F/ledger.tsv" &&
	touch -r "$T/ledger.was" "$F/ledger.tsv" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	grep -q "is not in the ledger" "$T/err" &&
	"$FEEDWRIGHT" recover "$F" >/dev/null &&
	test "$(awk -F "	" "\$1 == \"r07\" { print \$7 }" "$F/ledger.tsv")" = 4 &&
	SOURCE_DATE_EPOCH=$((E1 + 4 * 86400)) "$FEEDWRIGHT" build "$F" &&
	test "$(top)" = "$ID/r07" &&
	grep -q "Body of 07, corrected" "$pub/atom.xml"
'

test_done

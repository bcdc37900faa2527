#!/bin/sh
# The ledger is published in the same all-or-nothing set as the feeds
# (issue 11, item 1): a build that fails publishes neither the feeds nor
# the ledger, which is never older or newer than what readers were given.
# It goes first, so a build killed between two renames leaves a ledger
# ahead of the feeds, which the next build accepts and repairs.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
L=$F/ledger.tsv

# unchanged: the feeds and the ledger are the old ones, the very same files,
# and no temporary file or backup is left beside them.
unchanged() {
	stat -c "%n %i %Y" "$pub"/* "$L" >"$T/stat.now" &&
	test_cmp "$T/stat.old" "$T/stat.now" &&
	cmp "$T/old/ledger.tsv" "$L" &&
	for f in atom.xml rss.xml feed.json index.html; do
		cmp "$T/old/$f" "$pub/$f" || return 1
	done &&
	test -z "$(ls -A "$F" "$pub" | grep "^\.ledger\|^\.[a-z]*\.xml")"
}
fails_with() {
	test_expect_code "$1" env FEEDWRIGHT_TEST_HOOK="$2" \
	    "$FEEDWRIGHT_HOOKED" build "$F"
}

test_expect_success 'set up: a published feed, then an edit that changes the feeds and the ledger' '
	new_feed "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	mkdir "$T/old" && cp -p "$pub"/* "$L" "$T/old/" &&
	stat -c "%n %i %Y" "$pub"/* "$L" >"$T/stat.old" &&
	sed -i "s/^Kyiv, Ukraine - /Kyiv, Ukraine (updated) - /" "$F/articles/"*.txt &&
	grep -q "(updated)" "$F/articles/"*.txt
'

for name in ledger.tsv atom.xml index.html; do
	test_expect_success HOOKS "a failed rename of $name: neither the feeds nor the ledger change (status 3)" '
		fails_with 3 "before-rename:$name:fail=EIO" &&
		if test $name = ledger.tsv; then at=$L; else at=$pub/$name; fi &&
		echo "feedwright: $at: cannot publish: Input/output error; nothing was published" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		unchanged
	'
done

test_expect_success HOOKS 'a failed sync of the folders: neither changes either' '
	fails_with 3 "before-sync-folder:fail=EIO" &&
	unchanged
'

test_expect_success 'a bad record: status 1, neither the feeds nor the ledger change' '
	echo "not a record" >"$F/articles/bad.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	rm "$F/articles/bad.txt" &&
	unchanged
'

test_expect_success HOOKS 'killed right after the ledger was renamed: the next build accepts it and repairs the feeds' '
	fails_with 137 "after-rename:ledger.tsv:kill" &&
	! cmp -s "$T/old/ledger.tsv" "$L" &&
	cmp "$T/old/atom.xml" "$pub/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_must_be_empty "$T/err" &&
	test_contains "$pub/atom.xml" "(updated)" &&
	test -z "$(ls -A "$F" "$pub" | grep "^\.ledger\|^\.[a-z]*\.xml")"
'

test_done

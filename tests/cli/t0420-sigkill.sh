#!/bin/sh
# SIGKILL in the middle of a build (stopped at a named point once every
# temporary file is written, before any rename): the published feed stays
# byte for byte, the killed build's lock dies with it, and the next run
# removes the temporary files it left and publishes. A temporary file some
# live process still holds (locked) is never removed, nor is a file that
# only looks like one. SIGTERM is caught: the build removes its temporary
# files itself, however many it has. (A kill between two renames:
# t0780-publish-set.sh.)
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
hook_pid= lock_pid=
trap 'kill -9 $hook_pid $lock_pid 2>/dev/null; rm -rf "$T"' EXIT

# tmp_files: the dot files in the output folder, one a line.
tmp_files() { ls -A "$pub" | grep "^\." || :; }

# published_is DIR: every file of DIR is published, byte for byte.
published_is() {
	for _f in "$1"/*; do cmp "$_f" "$pub/${_f##*/}" || return 1; done
}

test_expect_success 'set up: a feed of 2001 records, built once' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" max-entries 100000 &&
	awk -v n=2000 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/"
'

test_expect_success HOOKS 'a build of an edited feed, killed with every temporary file written, dies of SIGKILL' '
	echo "Edit one." >>"$T/feed/articles/rec-00000.txt" &&
	hook_start killed after-write "$T/feed" &&
	tmp_files >"$T/tmpfiles" &&
	test "$(wc -l <"$T/tmpfiles")" -eq 4 &&
	test "$(grep -c "^\.atom\.xml\.......\$" "$T/tmpfiles")" -eq 1 &&
	tmp_atom=$pub/$(grep "^\.atom\.xml\." "$T/tmpfiles") &&
	grep -F "Edit one." "$tmp_atom" &&
	hook_kill "$hook_pid" &&
	test "$status" -eq 137
'

test_expect_success HOOKS 'after SIGKILL every published file is byte for byte the old one' '
	published_is "$T/before" &&
	tmp_files >"$T/now" &&
	test_cmp "$T/tmpfiles" "$T/now"
'

test_expect_success HOOKS 'set up: a temporary file a live process holds, and look-alikes' '
	echo live >"$pub/.atom.xml.LiVe01" &&
	echo keep >"$pub/.atom.xml.keep" &&
	echo keep >"$pub/.atom.xml.ABCDEFG" &&
	echo keep >"$pub/.atom.xml.old.ABCDEFG" &&
	echo keep >"$pub/.other.xml.ABCDEF" &&
	hold_lock live "$pub/.atom.xml.LiVe01"
'

test_expect_success HOOKS 'the next run does not wait (the lock died with the build), removes what the build left, and says so' '
	test_expect_code 0 "$FEEDWRIGHT" build --no-wait "$T/feed" &&
	sed "s|^|feedwright: $pub/|; s|\$|: warning: removed a temporary file left by an interrupted build|" "$T/tmpfiles" | sort >"$T/want" &&
	sort "$T/err" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	while read -r name; do
		test ! -e "$pub/$name" || return 1
	done <"$T/tmpfiles"
'

test_expect_success HOOKS 'it keeps the temporary file a live process holds, and files that only look like one' '
	for f in .atom.xml.LiVe01 .atom.xml.keep .atom.xml.ABCDEFG .atom.xml.old.ABCDEFG .other.xml.ABCDEF; do
		test -e "$pub/$f" || return 1
	done
'

test_expect_success HOOKS 'and publishes the edit, well-formed' '
	grep -F "Edit one." "$pub/atom.xml" &&
	xmllint --noout --nonet "$pub/atom.xml" &&
	xmllint --noout --nonet "$pub/rss.xml"
'

test_expect_success HOOKS 'once the live process lets go, its temporary file is removed, quietly with -q' '
	release_lock live &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test ! -e "$pub/.atom.xml.LiVe01" &&
	rm "$pub/.atom.xml.keep" "$pub/.atom.xml.ABCDEFG" "$pub/.atom.xml.old.ABCDEFG" "$pub/.other.xml.ABCDEF" &&
	test -z "$(tmp_files)"
'

test_expect_success HOOKS 'SIGTERM with every temporary file written: the build removes them itself and dies of it' '
	rm -f "$T/before"/* && cp -p "$pub"/* "$T/before/" &&
	echo "Edit two." >>"$T/feed/articles/rec-00000.txt" &&
	hook_start termed after-write "$T/feed" &&
	test "$(tmp_files | wc -l)" -eq 4 &&
	hook_kill "$hook_pid" TERM &&
	test "$status" -eq 143 &&
	test -z "$(tmp_files)" &&
	published_is "$T/before"
'

test_expect_success 'after SIGTERM, the next run has nothing to clean up' '
	test_expect_code 0 "$FEEDWRIGHT" build --no-wait "$T/feed" &&
	test_must_be_empty "$T/err" &&
	grep -F "Edit two." "$pub/atom.xml"
'

test_expect_success HOOKS 'SIGTERM with the temporary files of 200 archive documents written: every one is removed' '
	new_feed "$T/arc" &&
	set_conf "$T/arc" max-entries 10 &&
	set_conf "$T/arc" archive-size 10 &&
	awk -v n=2000 -v dir="$T/arc/articles" -f "$SRCDIR/tests/data/cron/records.awk" &&
	hook_start arcterm after-write "$T/arc" &&
	test "$(find "$T/arc/public" -name ".*" -type f | wc -l)" -gt 600 &&
	hook_kill "$hook_pid" TERM &&
	test "$status" -eq 143 &&
	find "$T/arc/public" -name ".*" -type f >"$T/left" &&
	test_must_be_empty "$T/left"
'

test_done

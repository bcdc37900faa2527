#!/bin/sh
# SIGTERM (systemd stopping the unit, timeout(1)) while a build creates a
# temporary file: the file exists as soon as open(2) returns, and the
# signal, sent while it worked, is delivered right then. The handler
# removes the files on its list, so the build holds the signals from
# before the file exists until it is on the list: the stopped build
# leaves nothing in the served folder, and the next one has nothing to
# warn about. (SIGTERM later in a build: t0420-sigkill.sh.)
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
hook_pid=
trap 'kill -9 $hook_pid 2>/dev/null; rm -rf "$T"' EXIT

# tmp_files: the dot files in the output folder, one a line.
tmp_files() { ls -A "$pub" | grep "^\." || :; }

test_expect_success 'set up: a feed, built once' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/"
'

test_expect_success HOOKS 'SIGTERM as .atom.xml.XXXXXX is created: the build dies of it' '
	echo "Edit one." >>"$T/feed/articles/$(ls "$T/feed/articles" | head -n 1)" &&
	hook_start termed tmp-created:atom.xml "$T/feed" &&
	tmp_files >"$T/made" &&
	grep "^\.atom\.xml\.......\$" "$T/made" &&
	kill -TERM "$hook_pid" &&
	hook_go termed &&
	hook_wait "$hook_pid" &&
	test "$status" -eq 143
'

test_expect_success HOOKS 'it left no temporary file, and published nothing' '
	tmp_files >"$T/left" &&
	test_must_be_empty "$T/left" &&
	for f in "$T/before"/*; do cmp "$f" "$pub/${f##*/}" || return 1; done
'

test_expect_success HOOKS 'the next build has nothing to remove, and publishes' '
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	grep -F "Edit one." "$pub/atom.xml"
'

test_done

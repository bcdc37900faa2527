#!/bin/sh
# Running out of memory (ulimit -v, a cgroup limit on the unit) is the
# machine's failure, status 3, as feedwright(1) says; it used to be 1,
# "fix a record or setting". A build that runs out removes its temporary
# files, as one stopped by a signal does. When libxml2 is the one that
# cannot allocate, while it checks a file build wrote, the file is not
# to blame: "out of memory", never xml-not-well-formed. The failures are
# made at a chosen point: every allocation of libxml2's fails once the
# check of the new atom.xml reads, in a checking thread or in the one.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

pub=$T/feed/public
nomem="check-read:atom.xml:then=xml-alloc:fail=ENOMEM"

# tmp_files: the dot files in the output folder, one a line.
tmp_files() { ls -A "$pub" | grep "^\." || :; }

# out_of_memory THREADS: a build of the edited feed runs out of memory in
# its check of atom.xml; it says so, with status 3, and leaves nothing.
out_of_memory() {
	test_expect_code 3 env FEEDWRIGHT_THREADS="$1" \
	    FEEDWRIGHT_TEST_HOOK="$nomem" "$FEEDWRIGHT_HOOKED" build \
	    "$T/feed" &&
	echo "feedwright: out of memory" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	tmp_files >"$T/left" &&
	test_must_be_empty "$T/left" &&
	for f in "$T/before"/*; do cmp "$f" "$pub/${f##*/}" || return 1; done
}

test_expect_success 'set up: a feed, built once, then edited' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	mkdir "$T/before" && cp -p "$pub"/* "$T/before/" &&
	echo "Edit one." >>"$T/feed/articles/$(ls "$T/feed/articles" | head -n 1)"
'

test_expect_success HOOKS 'out of memory in a checking thread: status 3, no temporary file left' '
	out_of_memory ""
'

test_expect_success HOOKS 'out of memory with one thread: the same' '
	out_of_memory 1
'

test_expect_success HOOKS 'the next build has nothing to remove, and publishes' '
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	grep -F "Edit one." "$pub/atom.xml"
'

test_expect_success HOOKS 'validate out of memory: status 3, not a fault of the file' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="xml-alloc:fail=ENOMEM" \
	    "$FEEDWRIGHT_HOOKED" validate "$pub/atom.xml" &&
	echo "feedwright: out of memory" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out"
'

test_done

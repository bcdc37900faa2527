#!/bin/sh
# A build with archive documents killed between two renames of its set:
# the ledger is renamed first, and a full archive document is never
# written again, so a build killed after the ledger's rename left the
# documents behind it for good (a record taken down stayed in its
# archive, another was in no document, a next-archive link was lost).
# A file in the feed folder marks the renames; the next build finds it,
# writes every archive document again, and removes it. A changed mode
# reaches full archive documents too.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
archive_feed "$F" 3 2

rec() { day_record "$F" "$1"; }

# ids FILE: FILE's archive links and the record names of its entries,
# in the order they come.
ids() {
	printf '%s:' "${1#$pub/}"
	sed -n 's|.*<id>.*/\(r[0-9]*\)</id>.*| \1|p; s|.*rel="\([a-z]*-archive\)".*| \1|p' "$1" | tr -d '\n'
	echo
}

# documents: ids of the feed and of each archive document, in order.
documents() {
	ids "$pub/atom.xml"
	for _n in 1 2 3 4; do
		test -f "$pub/archive/$_n/atom.xml" && ids "$pub/archive/$_n/atom.xml"
	done
}

test_expect_success 'set up: 8 records, three archive documents, two of them full' '
	for i in 01 02 03 04 05 06 07 08; do rec $i || return 1; done &&
	"$FEEDWRIGHT" build "$F" &&
	test -f "$pub/archive/3/atom.xml"
'

test_expect_success HOOKS 'a build that takes down r01 and adds r09, killed after the ledger is renamed' '
	rm "$F/articles/r01.txt" &&
	rec 09 &&
	test_expect_code 137 env FEEDWRIGHT_TEST_HOOK="after-rename:ledger.tsv:kill" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	test -e "$F/.feedwright-publishing"
'

test_expect_success HOOKS 'a build with -o elsewhere neither uses the mark nor clears it' '
	"$FEEDWRIGHT" build -q -o "$T/elsewhere" "$F" &&
	test -e "$F/.feedwright-publishing"
'

test_expect_success HOOKS 'the next build writes every archive document again: r01 gone, r06 archived, the chain whole' '
	"$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	grep -Fx "feedwright: $F: warning: the last build was stopped while it published; every archive document is written again" "$T/err" &&
	grep -q "^feedwright: $pub/archive/[0-9]*/\.[a-z.]*\.[A-Za-z0-9]*: warning: removed a temporary file left by an interrupted build\$" "$T/err" &&
	! test -e "$F/.feedwright-publishing" &&
	documents >"$T/got" &&
	cat >"$T/want" <<-\EOF &&
	atom.xml: prev-archive r09 r08 r07
	archive/1/atom.xml: next-archive r02
	archive/2/atom.xml: prev-archive next-archive r04 r03
	archive/3/atom.xml: prev-archive next-archive r06 r05
	archive/4/atom.xml: prev-archive
	EOF
	test_cmp "$T/want" "$T/got" &&
	find "$pub" -name ".*" >"$T/left" &&
	test_must_be_empty "$T/left" &&
	"$FEEDWRIGHT" validate --chain "$pub/atom.xml"
'

test_expect_success HOOKS 'a set that fails and is put back whole leaves no mark' '
	rec 10 &&
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="before-rename:atom.xml:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build "$F" &&
	test_lacks "$T/err" "cannot restore" &&
	! test -e "$F/.feedwright-publishing" &&
	"$FEEDWRIGHT" build "$F" 2>"$T/err" &&
	test_lacks "$T/err" "stopped while it published"
'

test_expect_success 'a build with nothing cut off leaves no mark and writes only what changed' '
	"$FEEDWRIGHT" build -v "$F" 2>"$T/err" &&
	! test -e "$F/.feedwright-publishing" &&
	test_lacks "$T/err" "/archive/"
'

test_expect_success 'a changed mode reaches every archive document, full ones too' '
	set_conf "$F" mode 0640 &&
	"$FEEDWRIGHT" build "$F" &&
	find "$pub" -type f ! -perm 0640 >"$T/other" &&
	test_must_be_empty "$T/other"
'

test_done

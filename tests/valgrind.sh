#!/bin/sh
# tests/valgrind.sh: what "make check-valgrind" runs. Every C unit test,
# every fuzz replay program on its seeds and regressions, and a few
# feedwright runs (build of the showcase feed, validate of what it wrote
# and of some hostile feeds) under valgrind's memcheck. Any memory error
# or any definitely or indirectly lost block fails the run; libxml2's
# own still-reachable globals are not leaks.
#
# usage: valgrind.sh SRCDIR BUILDDIR UNIT_TEST...
set -u
srcdir=$1 builddir=$2
shift 2
vg="valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --track-origins=yes"
command -v valgrind >/dev/null 2>&1 || {
	echo "make check-valgrind needs valgrind (Debian: apt-get install valgrind)" >&2
	exit 1
}
T=$(mktemp -d "${TMPDIR:-/tmp}/feedwright-valgrind.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
export CMOCKA_MESSAGE_OUTPUT=TAP LC_ALL=C.UTF-8
passed=0 failed=0

# run WHAT WANT_STATUS CMD...: CMD under memcheck; status 99 is its
# report. WANT_STATUS "any" takes any status but that.
run() {
	what=$1 want=$2
	shift 2
	# shellcheck disable=SC2086
	$vg "$@" >"$T/out" 2>"$T/err"
	got=$?
	if [ "$got" = "$want" ] || { [ "$want" = any ] && [ "$got" -ne 99 ]; }; then
		passed=$((passed + 1))
		echo "ok - $what"
	else
		failed=$((failed + 1))
		echo "FAIL - $what (exit $got, wanted $want)"
		grep -E '^==[0-9]+==' "$T/err" | head -30
	fi
}

for t in "$@"; do
	if [ -x "$builddir/$t" ]; then
		run "$t" 0 "$builddir/$t"
	else
		echo "skip - $t (not built: cmocka missing?)"
	fi
done
for r in "$builddir"/tests/fuzz/replay_*; do
	t=${r##*/replay_}
	set --
	for f in "$srcdir/tests/fuzz/regressions/$t"/* "$srcdir/tests/fuzz/corpus/$t"/*; do
		[ -f "$f" ] && set -- "$@" "$f"
	done
	[ $# -gt 0 ] && run "replay_$t on $# inputs" 0 "$r" "$@"
done

fw=$builddir/src/feedwright
mkdir -p "$T/feed"
cp -R "$srcdir/feeds/global-economic-times/feed.conf" \
    "$srcdir/feeds/global-economic-times/articles" "$T/feed/"
run "build of the showcase feed" 0 "$fw" build "$T/feed"
run "build of the showcase feed again (unchanged)" 0 "$fw" build "$T/feed"
run "build --stdout atom" 0 "$fw" build --stdout atom "$T/feed"
printf 'Title\n\nName\n\nnot-an-address | 2025-02-30 00:00:00\n\nBody\n' >"$T/feed/articles/bad.txt"
run "build with a bad record" 1 "$fw" build "$T/feed"
rm "$T/feed/articles/bad.txt"
run "validate the built Atom and RSS" 0 "$fw" validate "$T/feed/public/atom.xml" "$T/feed/public/rss.xml"
run "validate --format=json" 0 "$fw" validate --format=json "$T/feed/public/atom.xml" "$T/feed/public/rss.xml"
for f in "$srcdir"/tests/validate/hostile/*.xml; do
	[ -f "$f" ] || continue
	run "validate hostile/${f##*/}" any "$fw" validate "$f"
done
printf '<rss version="2.0"><channel><title>caf\351</title></channel></rss>' >"$T/latin.xml"
run "validate invalid UTF-8" 1 "$fw" validate "$T/latin.xml"
run "validate a missing file" 2 "$fw" validate "$T/none.xml"

echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

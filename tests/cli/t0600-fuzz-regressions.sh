#!/bin/sh
# Every input that ever crashed a fuzz target, and every seed, replayed
# through the same target built with gcc (tests/fuzz/replay_*, which
# checks the same invariants): none may crash or break an invariant.
. "$SRCDIR/tests/lib.sh"

# replay TARGET N INPUT...: all N inputs replay through TARGET, each an
# "ok" line; otherwise shows the first lines that are not. Bounded: a hang
# is a failure too.
replay() {
	_replay=$1 _n=$2
	shift 2
	timeout 600 ${REPLAY_WRAPPER:-} "$_replay" "$@" >"$T/tap" 2>"$T/err"
	_st=$?
	if [ $_st -ne 0 ] || [ "$(grep -c "^ok " "$T/tap")" != "$_n" ]; then
		echo "exit status $_st; $(grep -c "^ok " "$T/tap") of $_n ok"
		grep -v "^ok " "$T/tap" | head -n 3
		head -n 20 "$T/err"
		return 1
	fi
}

for t in record settings timestamp email tz rfc3339 rfc822 validate; do
	replay=$BUILDDIR/tests/fuzz/replay_$t
	for kind in regressions corpus; do
		dir=$SRCDIR/tests/fuzz/$kind/$t
		[ -d "$dir" ] || continue
		set -- "$dir"/*
		[ -e "$1" ] || continue
		n=$#
		test_expect_success "$t: all $n $kind inputs replay without a crash or a broken invariant" '
			replay "$replay" "$n" "$dir"/*
		'
	done
done

test_done

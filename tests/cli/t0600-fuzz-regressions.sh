#!/bin/sh
# Every input that ever crashed a fuzz target, and every seed, replayed
# through the same target built with gcc (tests/fuzz/replay_*, which
# checks the same invariants): none may crash or break an invariant.
. "$SRCDIR/tests/lib.sh"

for t in record settings timestamp email tz rfc3339 rfc822 validate; do
	replay=$BUILDDIR/tests/fuzz/replay_$t
	for kind in regressions corpus; do
		dir=$SRCDIR/tests/fuzz/$kind/$t
		[ -d "$dir" ] || continue
		set -- "$dir"/*
		[ -e "$1" ] || continue
		n=$#
		test_expect_success "$t: all $n $kind inputs replay without a crash or a broken invariant" '
			# Bounded: a hang is a failure too.
			timeout 600 ${REPLAY_WRAPPER:-} "$replay" "$dir"/* >"$T/tap" 2>"$T/err" &&
			test_eq "$(grep -c "^ok " "$T/tap")" "$n" || {
				grep -v "^ok " "$T/tap" | head -n 3
				head -n 20 "$T/err"
				false
			}
		'
	done
done

test_done

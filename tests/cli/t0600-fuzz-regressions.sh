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
		# Bounded: a hang is a failure too.
		timeout 600 ${REPLAY_WRAPPER:-} "$replay" "$@" >"$T/tap" 2>"$T/err"
		rc=$?
		n=$(grep -c '^ok ' "$T/tap")
		if [ "$rc" -eq 0 ] && [ "$n" -eq $# ]; then
			pass "$t: $# $kind inputs replayed"
		else
			fail "$t: $kind replay ended with status $rc after $n of $# inputs"
			grep -v '^ok ' "$T/tap" | head -3 | sed 's/^/#   /'
			head -20 "$T/err" | sed 's/^/#   /'
		fi
	done
done
finish

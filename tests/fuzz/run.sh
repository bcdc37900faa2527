#!/bin/sh
# tests/fuzz/run.sh: what "make fuzz" runs. Builds every fuzz target with
# clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer from
# the sources themselves (not the gcc-built library) in BUILDDIR/fuzz/,
# then runs each target in turn for FUZZ_SECONDS on a copy of its seed
# corpus (BUILDDIR/fuzz/corpus/TARGET, kept between runs, so coverage
# grows), one target at a time and at the lowest priority, with the
# target's dictionary of tokens (tests/fuzz/TARGET.dict) when it has one.
#
# usage: run.sh SRCDIR BUILDDIR LIBRARY_SOURCES...
# environment: FUZZ_TARGETS (names without fuzz_, default all),
# FUZZ_SECONDS (default 60), CLANG, LIBXML2_CFLAGS, LIBXML2_LIBS.
#
# A crash leaves its input in BUILDDIR/fuzz/crashes/TARGET/; copy it to
# tests/fuzz/regressions/TARGET/ so make check replays it for ever.
set -u
srcdir=$1 builddir=$2
shift 2
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"record settings timestamp email tz rfc3339 rfc822 validate"}

cc=${CLANG:-}
if [ -z "$cc" ]; then
	for c in clang clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
		if command -v "$c" >/dev/null 2>&1; then cc=$c; break; fi
	done
fi
if [ -z "$cc" ]; then
	echo "make fuzz needs clang with libFuzzer (Debian 12: apt-get install clang libclang-rt-14-dev), or CLANG=/path/to/clang" >&2
	exit 1
fi

out=${FUZZ_OUT:-$builddir/fuzz}
mkdir -p "$out/obj" "$out/corpus" "$out/crashes" || exit 1
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cflags="-std=c11 -g -O1 $san -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
-I$builddir -I$srcdir/src -I$srcdir/tests/fuzz ${LIBXML2_CFLAGS:-$(pkg-config --cflags libxml-2.0)}"
libs=${LIBXML2_LIBS:-$(pkg-config --libs libxml-2.0)}

# compile SRC OBJ [FLAGS]: only when the source or any header is newer.
compile() {
	if [ -f "$2" ] && [ ! "$1" -nt "$2" ] &&
	    [ -z "$(find "$srcdir/src" "$srcdir/tests/fuzz" -name '*.h' -newer "$2")" ]; then
		return 0
	fi
	echo "  CC (fuzz) $1"
	# shellcheck disable=SC2086
	"$cc" $cflags $3 -c "$1" -o "$2"
}

objs=
for f in "$@"; do
	case $f in *.c) ;; *) continue ;; esac
	if [ -f "$builddir/$f" ]; then src=$builddir/$f; else src=$srcdir/$f; fi
	o=$out/obj/$(basename "$f" .c).o
	compile "$src" "$o" "-fsanitize=fuzzer-no-link" || exit 1
	objs="$objs $o"
done
# An archive, so each target links only what it calls (not main's helpers).
rm -f "$out/libfuzz.a"
# shellcheck disable=SC2086
ar rcs "$out/libfuzz.a" $objs || exit 1

failed=0
for t in $targets; do
	compile "$srcdir/tests/fuzz/fuzz_$t.c" "$out/obj/fuzz_$t.o" "-fsanitize=fuzzer-no-link" || exit 1
	# shellcheck disable=SC2086
	"$cc" $san -fsanitize=fuzzer "$out/obj/fuzz_$t.o" "$out/libfuzz.a" $libs -o "$out/fuzz_$t" || exit 1
	corpus=$out/corpus/$t
	mkdir -p "$corpus" "$out/crashes/$t"
	cp -n "$srcdir/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null
	dict=
	[ -f "$srcdir/tests/fuzz/$t.dict" ] && dict=-dict=$srcdir/tests/fuzz/$t.dict
	# shellcheck disable=SC2086
	nice -n 19 "$out/fuzz_$t" -max_total_time="$seconds" -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 $dict \
	    -artifact_prefix="$out/crashes/$t/" "$corpus" >"$out/fuzz_$t.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz_$t.log")
	secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$out/fuzz_$t.log")
	if [ "$rc" -eq 0 ]; then
		echo "fuzz_$t: ${secs:-$seconds} s, ${execs:-?} execs, no crash"
	else
		failed=1
		echo "fuzz_$t: FAILED after ${execs:-?} execs (exit $rc); see $out/fuzz_$t.log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*invariant broken|artifact_prefix.*Test unit written)' "$out/fuzz_$t.log" | head -5
	fi
done
exit "$failed"

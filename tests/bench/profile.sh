#!/bin/sh
# make profile: where feedwright build spends its time on PROFILE_N
# generated records (default 100,000; the records of make bench, kept in
# BENCH_DIR), Atom + RSS with every entry. It prints the functions that
# take the most time, by their own time (self) and with what they call
# (children). With perf (if "perf stat -e instructions true" works here)
# it samples the run with DWARF call graphs; without, it runs the build
# under valgrind's callgrind (exact instruction counts, about 50 times
# slower) and prints callgrind_annotate's summary.
#
# Usage: tests/bench/profile.sh   (environment: FEEDWRIGHT, BENCH_DIR,
#                                  PROFILE_N, PROFILE_TOP)
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${FEEDWRIGHT:-$top/src/feedwright}
work=${BENCH_DIR:-/tmp/feedwright-bench}
n=${PROFILE_N:-100000}
lines=${PROFILE_TOP:-30}

[ -x "$bin" ] || { echo "profile.sh: no binary at $bin" >&2; exit 1; }
recs=$(BENCH_DIR=$work "$here/run.sh" --records "$n") || exit 1
prof=$work/profile
rm -rf "$prof" && mkdir -p "$prof" || exit 1
# As make bench: the records in the page cache, so reading them is no disk wait.
find "$recs/articles" -name '*.txt' -exec cat {} + >/dev/null
echo "profile of: $bin build, $n records ($recs), Atom + RSS, all entries"
if perf stat -e instructions true >/dev/null 2>&1; then
	perf record -q -F 499 --call-graph dwarf,16384 -o "$prof/perf.data" \
	    -- "$bin" build -o "$prof/out" "$recs" >/dev/null ||
	    { echo "profile.sh: perf record or the build failed" >&2; exit 1; }
	echo
	echo "== self time (perf report --no-children) =="
	perf report -i "$prof/perf.data" --stdio --no-children -g none \
	    --sort dso,symbol --percent-limit 0.3 2>/dev/null |
	    grep -v "^#" | grep -v "^$" | sed "s/[[:space:]]*-[[:space:]]*-[[:space:]]*$//" |
	    head -n "$lines"
	echo
	echo "== with children (perf report --children) =="
	perf report -i "$prof/perf.data" --stdio --children -g none \
	    --sort symbol --percent-limit 2 2>/dev/null |
	    grep -v "^#" | grep -v "^$" | sed "s/[[:space:]]*-[[:space:]]*-[[:space:]]*$//" |
	    head -n "$lines"
	echo
	echo "(data: $prof/perf.data; perf report -i $prof/perf.data)"
elif command -v valgrind >/dev/null; then
	valgrind -q --tool=callgrind --callgrind-out-file="$prof/callgrind.out" \
	    "$bin" build -o "$prof/out" "$recs" >/dev/null ||
	    { echo "profile.sh: callgrind or the build failed" >&2; exit 1; }
	echo
	echo "== self (callgrind_annotate) =="
	callgrind_annotate "$prof/callgrind.out" 2>/dev/null |
	    sed -n '/^Ir/,$p' | head -n "$lines"
	echo
	echo "== inclusive (callgrind_annotate --inclusive=yes) =="
	callgrind_annotate --inclusive=yes "$prof/callgrind.out" 2>/dev/null |
	    sed -n '/^Ir/,$p' | head -n "$lines"
	echo
	echo "(data: $prof/callgrind.out)"
else
	echo "profile.sh: neither perf nor valgrind works here" >&2
	exit 1
fi
rm -rf "$prof/out"

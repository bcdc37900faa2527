#!/bin/sh
# Benchmark: feedwright build against Debian's python3-feedgenerator, both
# writing Atom + RSS with every one of N records. Prints wall seconds, peak
# memory and the ratio. Run on demand (make bench); never part of make check.
#
# Usage: tests/bench/run.sh [N...]   (default: 1000 10000)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${FEEDWRIGHT:-$top/src/feedwright}
work=${BENCH_DIR:-/tmp/feedwright-bench}
sizes=${*:-1000 10000}

# measure OUT CMD...: runs CMD, prints "SECONDS PEAK_MIB".
measure() {
	out=$1
	shift
	/usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/$out.err" || {
		echo "failed: $*" >&2; cat "$work/$out.err" >&2; exit 1; }
	awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}

mkdir -p "$work"
printf '%-8s %-28s %8s %9s %8s\n' N producer seconds peak-MiB MB-out
for n in $sizes; do
	feed=$work/feed-$n
	[ -d "$feed/articles" ] || /usr/bin/python3 "$here/gen-records.py" "$feed" "$n"
	cat "$feed/articles"/* >/dev/null	# warm the page cache for both
	rm -rf "$work/fw-out" "$work/peer-out"
	set -- $(measure fw "$bin" build -o "$work/fw-out" "$feed")
	fw_s=$1 fw_m=$2
	fw_mb=$(du -cm "$work/fw-out"/atom.xml "$work/fw-out"/rss.xml | tail -n 1 | cut -f1)
	printf '%-8s %-28s %8s %9s %8s\n' "$n" "feedwright build" "$fw_s" "$fw_m" "$fw_mb"
	if /usr/bin/python3 -c 'import feedgenerator' 2>/dev/null; then
		set -- $(measure peer /usr/bin/python3 "$here/feedgenerator-peer.py" "$feed" "$work/peer-out")
		printf '%-8s %-28s %8s %9s %8s\n' "$n" "python3-feedgenerator" "$1" "$2" \
		    "$(du -cm "$work/peer-out"/*.xml | tail -n 1 | cut -f1)"
		awk -v a="$1" -v b="$fw_s" 'BEGIN { if (b > 0) printf "         feedwright is %.1fx as fast as feedgenerator\n", a / b }'
	else
		echo "         (python3-feedgenerator not installed: no peer figure)"
	fi
done

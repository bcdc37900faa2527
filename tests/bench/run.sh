#!/bin/sh
# make bench: feedwright build and validate against their peers and limits
# (issue 12). For each N it builds Atom + RSS with all N generated records
# and with the newest 50, runs the peers (python3-feedgenerator, the npm
# package feed) and the limits (a bare xmlTextWriter loop, cat) on the same
# records, then validates 300 MB+ feeds against xmllint --stream. It prints
# one table: medians of BENCH_RUNS runs of wall and CPU (user+sys) seconds
# and of peak memory, then the ratios beside the issue's targets. The runs
# are made in rounds, each running every row of an N (or of a validated
# feed) once. Never part of make check: it takes minutes and its numbers
# depend on the machine.
#
# Usage: tests/bench/run.sh [N...]       (default: $BENCH_SIZES)
#        tests/bench/run.sh --records N  (makes the records, prints the folder)
# Environment (make bench passes the first two):
#   FEEDWRIGHT        the binary measured (default: src/feedwright)
#   XMLWRITER_LOOP    the built tests/bench/xmlwriter-loop.c
#   BENCH_DIR         scratch and cache folder (default /tmp/feedwright-bench)
#   BENCH_RUNS        runs per row, the median is shown (default 3)
#   BENCH_SIZES       the N (default "1000 10000 100000")
#   BENCH_VALIDATE_N  records of the feeds validate reads (default 100000,
#                     about 420 MB each; 0 leaves the validate rows out)
#   BENCH_ARCHIVE_N   records of the feed with archives (archive-size = 1000,
#                     max-entries = 50) to which one new record is added
#                     (default 100000; 0 leaves that row out)
#   BENCH_NPM         no leaves the npm feed row out
#   BENCH_NODE_HEAP   node's --max-old-space-size in MiB (default 16384)
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
bin=${FEEDWRIGHT:-$top/src/feedwright}
loop=${XMLWRITER_LOOP:-$top/tests/bench/xmlwriter-loop}
work=${BENCH_DIR:-/tmp/feedwright-bench}
runs=${BENCH_RUNS:-3}
vn=${BENCH_VALIDATE_N:-100000}
py=/usr/bin/python3
out=$work/out
res=$work/results
# The cache is keyed by the generator's text: a changed generator makes
# new records instead of reusing old ones.
key=$(cksum <"$here/gen-records.py" | cut -d' ' -f1)

die() { echo "run.sh: $*" >&2; exit 1; }

# records N: makes (once) and names the folder of N records; beside them,
# newest50/ is a feed folder of the same records keeping 50 entries.
records() {
	r=$work/records-$1-$key
	unedit "$r"
	if [ ! -f "$r/newest50/feed.conf" ]; then
		echo "(making $1 records in $r)" >&2
		rm -rf "$r" "$r.tmp"
		"$py" "$here/gen-records.py" "$r.tmp" "$1" ||
		    die "gen-records.py failed"
		mkdir "$r.tmp/newest50" &&
		{ grep -v '^max-entries' "$r.tmp/feed.conf" &&
		  echo "max-entries = 50" &&
		  echo "articles = $r/articles"; } >"$r.tmp/newest50/feed.conf" &&
		mv "$r.tmp" "$r" || die "cannot make $r"
	fi
	echo "$r"
}

# edit R: one record of the records folder R changed as an editor would
# (a sentence added to its body, its date kept), so that the next build
# bumps its updated; the first by name, as every record is in the feed.
# The record and ledger.tsv, which the build replaces by renaming, are
# kept as they are, hard links in R.edit, for unedit.
edit() {
	mkdir "$1.edit" &&
	_f=$(cd "$1/articles" && ls | head -n 1) &&
	ln "$1/articles/$_f" "$1/ledger.tsv" "$1.edit/" &&
	awk '/^WEEKLY HOT$/ { print "One sentence added by make bench."; print "" }
	    { print }' "$1.edit/$_f" >"$1.edit/new" &&
	mv "$1.edit/new" "$1/articles/$_f"
}

# unedit R: puts back what edit kept, the same bytes, inode and times:
# the records are cached for later runs and rows. records() calls it too,
# for an edit a killed run left.
unedit() {
	[ -d "$1.edit" ] || return 0
	for _f in "$1.edit"/*; do
		case $_f in
		*/ledger.tsv) _to=$1/ledger.tsv ;;
		*.txt) _to=$1/articles/${_f##*/} ;;
		*) continue ;;
		esac
		# Not over itself: mv may refuse a hard link of the same file.
		cmp -s "$_f" "$_to" || mv -f "$_f" "$_to" ||
		    die "cannot put back $_to from $_f"
	done
	rm -rf "$1.edit"
}

case ${1:-} in
--records)
	mkdir -p "$work" || exit 1
	records "$2"
	exit ;;
esac
sizes=${*:-${BENCH_SIZES:-1000 10000 100000}}

# median: the middle of the numbers on standard input (mean of the two
# middle ones for an even count).
median() {
	sort -n | awk '{ v[NR] = $1 } END {
		if (NR == 0) exit
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		print m }'
}

# Rows compared with each other are measured in rounds: each round runs
# every producer of an N once, so that a slow spell of the machine (this
# kind of shared machine has them, of tens of percent) falls on all of
# them alike rather than on one row's runs, and the ratios hold.
round=1 first=yes last=yes reps=1

# measure N TAG LABEL PREP CMD...: runs PREP (shell text) then CMD $reps
# times under /usr/bin/time, adding its figures to the row's runs (begun
# afresh when $first is yes). When $last is yes it prints the row, medians
# of all its runs, and keeps "N TAG wall cpu peak" in $res. A failing
# command prints its exit status and where its messages are, gives no
# figures, and is not run again for that row.
measure() {
	n=$1 tag=$2 label=$3 prep=$4
	shift 4
	rf=$work/runs-$n-$tag
	[ "$first" = yes ] && : >"$rf" && rm -f "$rf.failed"
	[ -f "$rf.failed" ] && return 1
	i=0
	while [ "$i" -lt "$reps" ]; do
		eval "$prep"
		/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" \
		    >/dev/null 2>"$work/$tag.err"
		st=$?
		if [ "$st" -ne 0 ]; then
			printf '%-7s %-42s failed (exit %s): see %s\n' "$n" \
			    "$label" "$st" "$work/$tag.err"
			: >"$rf.failed"
			return 1
		fi
		tail -n 1 "$work/time" >>"$rf"
		i=$((i + 1))
	done
	[ "$last" = yes ] || return 0
	wall=$(per_round wall "$n" "$tag" | median)
	cpu=$(per_round cpu "$n" "$tag" | median)
	peak=$(per_round peak "$n" "$tag" | median)
	echo "$n $tag $wall $cpu $peak" >>"$res"
	printf '%-7s %-42s %7.2f %7.2f %9.1f' "$n" "$label" "$wall" "$cpu" "$peak"
}

# shown TEXT...: printf's, in the round that prints the rows only.
shown() {
	[ "$last" = yes ] || return 0
	# shellcheck disable=SC2059
	printf "$@"
}

# rounds: sets first and last for round $round of $runs.
rounds() {
	first=no last=no
	[ "$round" -eq 1 ] && first=yes
	[ "$round" -eq "$runs" ] && last=yes
	return 0
}

# mb FILE...: their size in MB (10^6 bytes).
mb() {
	cat "$@" | wc -c | awk '{ printf "%.1f", $1 / 1e6 }'
}

# stamp DIR: each file of DIR with its inode, mtime and size, sorted.
# replaced STAMP DIR: the MB of the files of DIR not as STAMP lists them,
# those a build wrote (0.0 when it left every file alone).
stamp() {
	find "$1" -type f -exec stat -c '%n %i %Y %s' {} + | sort
}
replaced() {
	stamp "$2" | comm -13 "$1" - |
	    awk '{ s += $4 } END { printf "%.1f", s / 1e6 }'
}

# get N TAG FIELD: a measured figure (3 wall, 4 cpu, 5 peak), or nothing.
get() {
	awk -v n="$1" -v t="$2" -v f="$3" '$1 == n && $2 == t { v = $f }
	    END { if (v != "") print v }' "$res"
}

# meets: the one comparison of a figure V with a target T, for awk
# (verdict and held).
meets='function meets(v, op, t) { return op == "<=" ? v <= t : op == "<" ? v < t : v >= t }'

# verdict N VALUE OP TARGET FOR: "met", "not met", or why there is none.
# FOR lists the N the target is stated for.
verdict() {
	case " $5 " in
	*" $1 "*) ;;
	*) echo "(target is for N = $5)"; return ;;
	esac
	[ -n "$2" ] || { echo "(no figure)"; return; }
	awk -v v="$2" -v op="$3" -v t="$4" "$meets"'
	BEGIN { print meets(v, op, t) ? "met" : "NOT MET" }'
}

# sum A B: A + B, or nothing when either is missing.
sum() {
	[ -n "$1" ] && [ -n "$2" ] || return 0
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'
}

# ratio A B: A / B with two decimals, or nothing when either is missing.
ratio() {
	[ -n "$1" ] && [ -n "$2" ] || return 0
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'
}

# per_round KIND N TAG [OVER]: one figure a round (KIND wall, cpu or peak,
# in MiB), or with OVER its ratio to OVER's in the same round. The runs
# of a row are kept in round order, so line i of two rows is one round.
per_round() {
	_a=$work/runs-$2-$3 _b=$work/runs-$2-${4:-}
	[ -s "$_a" ] || return 0
	if [ -n "${4:-}" ]; then
		[ -s "$_b" ] || return 0
		paste -d ' ' "$_a" "$_b"
	else
		cat "$_a"
	fi | awk -v k="$1" -v two="${4:+1}" '
	function fig(o) {
		if (k == "wall")
			return $(o + 1)
		if (k == "cpu")
			return $(o + 2) + $(o + 3)
		return $(o + 4) / 1024
	}
	# A ratio to two decimals, as ratio() gives the medians.
	NF >= 4 {
		if (!two)
			print fig(0)
		else if (fig(4) > 0)
			printf "%.2f\n", fig(0) / fig(4)
	}'
}

# held OP TARGET WHAT: "K of M WHAT" for the figures on standard input.
held() {
	awk -v op="$1" -v t="$2" -v what="$3" "$meets"'
	{ m++; k += meets($1, op, t) }
	END { if (m) printf "%d of %d %s", k, m, what }'
}

# target LABEL VALUE OP TARGET FOR [KIND N TAG [OVER]]: one line of the
# ratios: the median's verdict, and in how many runs the target held
# (from per_round KIND N TAG OVER; a ratio's in how many rounds), so that
# a verdict a slow spell decided shows as one.
target() {
	_v=$(verdict "$n" "$2" "$3" "$4" "$5") _w=runs
	[ -n "${9:-}" ] && _w=rounds
	case $_v in
	met|"NOT MET")
		[ $# -ge 8 ] &&
		    _v="$_v ($(per_round "$6" "$7" "$8" "${9:-}" |
		    held "$3" "$4" "$_w"))" ;;
	esac
	printf '  %-50s %8s   %-9s %s\n' "$1" "$(printf '%s' "${2:--}" |
	    awk '/^[0-9.]+$/ { printf "%.2f", $1; next } { print }')" "$3 $4" \
	    "$_v"
}

[ -x "$bin" ] || die "no feedwright binary at $bin (run make, or set FEEDWRIGHT)"
mkdir -p "$work" "$out" || exit 1
: >"$res"

# What is measured.
fg_version=$(dpkg-query -W -f '${Version}' python3-feedgenerator 2>/dev/null)
if "$py" -c 'import feedgenerator' 2>/dev/null; then
	fg=yes
else
	fg="python3-feedgenerator is not installed (Debian: python3-feedgenerator)"
fi
npmdir=$work/npm
if [ "${BENCH_NPM:-yes}" = no ]; then
	npm="BENCH_NPM=no"
elif ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	npm="node or npm is not installed"
elif [ -f "$npmdir/node_modules/feed/package.json" ]; then
	npm=yes
else
	echo "(installing the npm package feed into $npmdir)" >&2
	mkdir -p "$npmdir" &&
	if (cd "$npmdir" && timeout 300 npm install --no-save --no-audit \
	    --no-fund --prefix "$npmdir" feed) >"$work/npm-install.log" 2>&1 &&
	    [ -f "$npmdir/node_modules/feed/package.json" ]; then
		npm=yes
	else
		npm="npm install feed failed (offline?): see $work/npm-install.log"
	fi
fi
npm_version=
[ "$npm" = yes ] && npm_version=$(sed -n \
    's/^ *"version": *"\([^"]*\)".*/\1/p' \
    "$npmdir/node_modules/feed/package.json" | head -n 1)
[ -x "$loop" ] || loop_missing="not built: $loop (make bench builds it)"

echo "feedwright bench: medians of $runs run(s); wall and CPU (user+sys) seconds"
echo "and peak memory (maximum resident set, MiB) from /usr/bin/time."
echo "measured: $bin ($("$bin" --version 2>&1 | head -n 1);" \
    "$(cksum <"$bin" | cut -d' ' -f1) cksum)"
echo "          $loop (libxml2 $(pkg-config --modversion libxml-2.0 2>/dev/null || echo ?))"
echo "          python3-feedgenerator ${fg_version:-?}, npm feed" \
    "${npm_version:-?} (node $(node --version 2>/dev/null || echo -))"
echo "data:     $work (records made by gen-records.py, kept for the next run)"
echo

printf '%-7s %-42s %7s %7s %9s %8s\n' N producer wall-s cpu-s peak-MiB MB-out
for n in $sizes; do
	recs=$(records "$n") || exit 1
	zone=$(sed -n 's/^timezone = //p' "$recs/feed.conf")
	# Every run begins with the records in the page cache, the dentry
	# and inode caches: a peer using gigabytes (npm feed) evicts them,
	# and the run after it would pay for reading them again.
	warm() { find "$recs/articles" -name '*.txt' -exec cat {} + >/dev/null; }
	all=$out/fw-all
	round=1
	while [ "$round" -le "$runs" ]; do
		rounds
		if measure "$n" fw "feedwright build, all (Atom+RSS)" \
		    'warm; rm -rf "$all"' "$bin" build -o "$all" "$recs"; then
			shown ' %8s\n' "$(mb "$all/atom.xml" "$all/rss.xml")"
			measure "$n" cat "cat atom.xml rss.xml >file (limit)" \
			    'rm -f "$out/cat.xml"' sh -c 'cat "$1" "$2" >"$3"' \
			    sh "$all/atom.xml" "$all/rss.xml" "$out/cat.xml" &&
			    shown ' %8s\n' "$(mb "$out/cat.xml")"
			rm -f "$out/cat.xml"
			# What a check by libxml2 of those bytes costs at least.
			measure "$n" lint "xmllint --stream of the two (limit)" \
			    : sh -c 'xmllint --stream --noout "$1" "$2"' \
			    sh "$all/atom.xml" "$all/rss.xml" &&
			    shown ' %8s\n' "$(mb "$all/atom.xml" "$all/rss.xml")"
			# The check build makes, alone: what validate costs on
			# the two files it published.
			measure "$n" check "feedwright validate of the two (the check)" \
			    : "$bin" validate "$all/atom.xml" "$all/rss.xml" &&
			    shown ' %8s\n' "$(mb "$all/atom.xml" "$all/rss.xml")"
			# What cron runs: a rebuild over the feed just published,
			# which build need not read back (.feedwright-verified).
			# MB-out is what it replaced.
			measure "$n" again "feedwright build, all, again (nothing new)" \
			    'warm; stamp "$all" >"$work/stamp"' \
			    "$bin" build -o "$all" "$recs" &&
			    shown ' %8s\n' "$(replaced "$work/stamp" "$all")"
			measure "$n" edit "feedwright build, all, one record edited" \
			    'warm; edit "$recs" ||
			    { unedit "$recs"; die "cannot edit a record of $recs"; }
			    stamp "$all" >"$work/stamp"' \
			    "$bin" build -o "$all" "$recs" &&
			    shown ' %8s\n' "$(replaced "$work/stamp" "$all")"
			unedit "$recs"
		fi
		measure "$n" fw50 "feedwright build, newest 50" \
		    'warm; rm -rf "$out/fw-50"' "$bin" build -o "$out/fw-50" \
		    "$recs/newest50" &&
		    shown ' %8s\n' "$(mb "$out/fw-50/atom.xml" \
		    "$out/fw-50/rss.xml")"
		if [ -n "${loop_missing:-}" ]; then
			shown '%-7s %-42s %s\n' "$n" \
			    "xmlTextWriter loop (limit)" "$loop_missing"
		elif measure "$n" loop "xmlTextWriter loop (limit)" \
		    'warm; rm -rf "$out/loop" && mkdir "$out/loop"' \
		    "$loop" "$recs/articles" "$out/loop" "$zone"; then
			shown ' %8s\n' "$(mb "$out/loop/atom.xml" \
			    "$out/loop/rss.xml")"
		fi
		if [ "$fg" != yes ]; then
			shown '%-7s %-42s %s\n' "$n" "python3-feedgenerator" "$fg"
		elif measure "$n" fg "python3-feedgenerator" \
		    'warm; rm -rf "$out/fg"' \
		    "$py" "$here/feedgenerator-peer.py" "$recs" "$out/fg"; then
			shown ' %8s\n' "$(mb "$out/fg/atom.xml" "$out/fg/rss.xml")"
		fi
		if [ "$npm" != yes ]; then
			shown '%-7s %-42s %s\n' "$n" "npm feed" "$npm"
		elif measure "$n" npm "npm feed" 'warm; rm -rf "$out/npm"' \
		    node --max-old-space-size="${BENCH_NODE_HEAP:-16384}" \
		    "$here/npm-feed-peer.mjs" "$npmdir" "$recs" "$out/npm"; then
			shown ' %8s\n' "$(mb "$out/npm/atom.xml" \
			    "$out/npm/rss.xml")"
		fi
		round=$((round + 1))
	done
	rm -rf "$all" "$out/fw-50" "$out/loop" "$out/fg" "$out/npm"
done

# validate on feeds of 300 MB and more, written by feedwright build from
# BENCH_VALIDATE_N records and kept until the binary changes (what it
# writes, CDATA or escaped text, changes what validate has to do).
if [ "$vn" -gt 0 ]; then
	vdir=$work/validate-$vn-$key
	if [ ! -f "$vdir/rss.xml" ] || [ "$bin" -nt "$vdir/rss.xml" ]; then
		recs=$(records "$vn") || exit 1
		echo "(building the feeds validate reads into $vdir)" >&2
		rm -rf "$vdir"
		"$bin" build -o "$vdir" "$recs" >/dev/null ||
		    die "feedwright build of $recs failed"
	fi
	echo
	printf '%-7s %-42s %7s %7s %9s %8s\n' feed checker wall-s cpu-s \
	    peak-MiB MB-in
	for f in atom rss; do
		size=$(mb "$vdir/$f.xml")
		round=1
		while [ "$round" -le "$runs" ]; do
			rounds
			measure "$f" validate "feedwright validate $f.xml" \
			    'cat "$vdir/$f.xml" >/dev/null' \
			    "$bin" validate "$vdir/$f.xml" &&
			    shown ' %8s\n' "$size"
			measure "$f" xmllint "xmllint --stream --noout $f.xml" \
			    'cat "$vdir/$f.xml" >/dev/null' \
			    xmllint --stream --noout "$vdir/$f.xml" &&
			    shown ' %8s\n' "$size"
			round=$((round + 1))
		done
		awk -v s="$size" 'BEGIN { if (s < 300)
		    print "        (under 300 MB: raise BENCH_VALIDATE_N)" }'
	done
	echo "(the feeds: $vdir, from $vn records)"
fi

# Rebuild by what changed (issue 13, item 4): a feed of BENCH_ARCHIVE_N
# records with archives, built once (not timed) in its own folder whose
# articles are hard links to the cached records; each run then adds one
# new record, the newest, and builds. Only the subscription feeds and the
# newest archive document are written; pass one still reads every record.
an=${BENCH_ARCHIVE_N:-100000}
if [ "$an" -gt 0 ]; then
	recs=$(records "$an") || exit 1
	adir=$work/archive-$an-$key
	if [ ! -f "$adir/ledger.tsv" ]; then
		echo "(building the feed with archives in $adir)" >&2
		rm -rf "$adir" && mkdir -p "$adir" &&
		cp -al "$recs/articles" "$adir/articles" &&
		{ grep -v '^max-entries\|^articles' "$recs/feed.conf" &&
		  echo "max-entries = 50" && echo "archive-size = 1000"; } \
		    >"$adir/feed.conf" &&
		"$bin" build "$adir" >/dev/null ||
		    die "feedwright build of $adir failed"
	fi
	echo
	printf '%-7s %-42s %7s %7s %9s %8s\n' N producer wall-s cpu-s \
	    peak-MiB files
	# addone: one new record, dated now, under a name not used before.
	addone() {
		_s=$(date +%s%N)
		printf 'Bench record %s\n\nA Reporter\n\nr@news.example | %s\n\nOne new paragraph.\n' \
		    "$_s" "$(date +'%Y-%m-%d %H:%M:%S')" \
		    >"$adir/articles/zz-new-$_s.txt"
	}
	(cd "$adir/public" && find . -type f | sort |
	    xargs stat -c '%n %i %Y') >"$work/archive-before"
	first=yes last=yes reps=$runs
	if measure "$an" arc1 "feedwright build, one new record" addone \
	    "$bin" build "$adir"; then
		(cd "$adir/public" && find . -type f | sort |
		    xargs stat -c '%n %i %Y') >"$work/archive-after"
		printf ' %8s\n' "$(diff "$work/archive-before" \
		    "$work/archive-after" | grep -c '^>')"
	fi
	echo "(files: those of $adir/public the $runs build(s) replaced, of" \
	    "$(wc -l <"$work/archive-before"))"
fi

# The ratios beside the issue's targets. Time targets are judged on CPU
# seconds (user+sys), which other work on the machine disturbs less than
# wall time; the newest-50 target is judged on wall time, as stated, and
# on CPU time for a machine where other work stretches the wall time.
echo
echo "ratios and targets (issue 12), CPU = user+sys seconds:"
for n in $sizes; do
	fw=$(get "$n" fw 4)
	echo "N = $n"
	target "feedwright CPU / python3-feedgenerator CPU" \
	    "$(ratio "$fw" "$(get "$n" fg 4)")" "<=" 0.33 "10000 100000" \
	    cpu "$n" fw fg
	target "feedwright CPU / xmlTextWriter loop CPU" \
	    "$(ratio "$fw" "$(get "$n" loop 4)")" "<=" 1.5 "10000 100000" \
	    cpu "$n" fw loop
	# No target: the least any build costs that writes as the loop does
	# and has libxml2 parse what it wrote, as checking it needs.
	_r=$(ratio "$fw" "$(sum "$(get "$n" loop 4)" "$(get "$n" lint 4)")")
	printf '  %-50s %8s   %s\n' \
	    "feedwright CPU / (loop + xmllint of its files) CPU" "${_r:--}" \
	    "(no target: what a checked loop would cost)"
	# No target: the check alone against the loop's budget of 1.5.
	_r=$(ratio "$(get "$n" check 4)" "$(get "$n" loop 4)")
	printf '  %-50s %8s   %s\n' \
	    "validate of its files CPU / loop CPU" "${_r:--}" \
	    "(no target: the check alone, in the 1.5 above)"
	target "npm feed CPU / feedwright CPU (times faster)" \
	    "$(ratio "$(get "$n" npm 4)" "$fw")" ">=" 10 "10000 100000" \
	    cpu "$n" npm fw
	target "npm feed wall / feedwright wall" \
	    "$(ratio "$(get "$n" npm 3)" "$(get "$n" fw 3)")" ">=" 10 \
	    "10000 100000" wall "$n" npm fw
	target "feedwright build, all: peak MiB" "$(get "$n" fw 5)" "<" 64 \
	    "10000 100000" peak "$n" fw
	# The rebuilds: the same memory target; their CPU has none, shown
	# over the first build's.
	target "feedwright build again, nothing new: peak MiB" \
	    "$(get "$n" again 5)" "<" 64 "10000 100000" peak "$n" again
	target "feedwright build, one record edited: peak MiB" \
	    "$(get "$n" edit 5)" "<" 64 "10000 100000" peak "$n" edit
	_r=$(ratio "$(get "$n" again 4)" "$fw")
	printf '  %-50s %8s   %s\n' "rebuild, nothing new CPU / first build CPU" \
	    "${_r:--}" "(no target)"
	_r=$(ratio "$(get "$n" edit 4)" "$fw")
	printf '  %-50s %8s   %s\n' \
	    "rebuild, one record edited CPU / first build CPU" "${_r:--}" \
	    "(no target)"
	target "feedwright build, newest 50: wall s" "$(get "$n" fw50 3)" \
	    "<" 0.4 100000 wall "$n" fw50
	target "feedwright build, newest 50: CPU s (busy machine)" \
	    "$(get "$n" fw50 4)" "<" 0.4 100000 cpu "$n" fw50
	target "feedwright build, newest 50: peak MiB" "$(get "$n" fw50 5)" \
	    "<" 32 100000 peak "$n" fw50
done
if [ "$an" -gt 0 ]; then
	n=$an
	echo "one new record in $an with archives (issue 13)"
	target "feedwright build, one new record: wall s" \
	    "$(get "$an" arc1 3)" "<" 1 "$an" wall "$an" arc1
	target "feedwright build, one new record: CPU s" \
	    "$(get "$an" arc1 4)" "<" 1 "$an" cpu "$an" arc1
	target "feedwright build, one new record: peak MiB" \
	    "$(get "$an" arc1 5)" "<" 64 "$an" peak "$an" arc1
fi
if [ "$vn" -gt 0 ]; then
	n=validate
	for f in atom rss; do
		echo "validate $f.xml"
		target "feedwright validate CPU / xmllint --stream CPU" \
		    "$(ratio "$(get "$f" validate 4)" "$(get "$f" xmllint 4)")" \
		    "<=" 1.33 validate cpu "$f" validate xmllint
		target "feedwright validate: peak MiB" \
		    "$(get "$f" validate 5)" "<" 64 validate peak "$f" validate
	done
fi

# tests/lib.sh: sourced by every shell test in tests/cli/. Each test runs in
# its own scratch folder ($T), removed when it ends; the helpers print TAP,
# one "ok N - what" or "not ok N - what" line per check, and `finish`
# prints the plan and exits non-zero if any check failed, so a script run
# by hand says so too.
set -u

: "${FEEDWRIGHT:?run through make check, or set FEEDWRIGHT to the binary}"
: "${SRCDIR:?set SRCDIR to the source tree}"
SHARED=${SHARED:-$SRCDIR/../shared}
PYTHON=/usr/bin/python3	# Debian's, with python3-feedparser

T=$(mktemp -d "${TMPDIR:-/tmp}/feedwright-test.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8

tests_run=0
tests_failed=0

pass() {
	tests_run=$((tests_run + 1))
	echo "ok $tests_run - $*"
}

fail() {
	tests_run=$((tests_run + 1))
	tests_failed=$((tests_failed + 1))
	echo "not ok $tests_run - $*"
}

# skip WHAT WHY: a check that cannot run here, reported as a TAP skip
# (never as a pass).
skip() {
	tests_run=$((tests_run + 1))
	echo "ok $tests_run - $1 # SKIP $2"
}

# check WHAT COMMAND...: passes if the command succeeds.
check() {
	_what=$1
	shift
	if "$@"; then pass "$_what"; else fail "$_what"; fi
}

# expect_eq WHAT GOT WANT: exact string comparison, showing both on failure.
expect_eq() {
	if [ "$2" = "$3" ]; then
		pass "$1"
	else
		fail "$1"
		printf '#   got:  %s\n#   want: %s\n' "$2" "$3"
	fi
}

# expect_same_file WHAT GOT WANT: byte-for-byte, with a diff on failure.
expect_same_file() {
	if cmp -s "$2" "$3"; then
		pass "$1"
	else
		fail "$1"
		diff -u "$3" "$2" | head -40 | sed 's/^/#   /'
	fi
}

# expect_contains WHAT FILE TEXT: FILE holds TEXT as a fixed string.
expect_contains() {
	if grep -qF -- "$3" "$2"; then
		pass "$1"
	else
		fail "$1"
		echo "#   $2 lacks: $3"
		sed 's/^/#   | /' "$2" | head -20
	fi
}

expect_lacks() {
	if grep -qF -- "$3" "$2"; then
		fail "$1"
		echo "#   $2 holds: $3"
	else
		pass "$1"
	fi
}

# run CMD...: runs it, keeping stdout in $T/out, stderr in $T/err and the
# exit status in $status.
run() {
	"$@" >"$T/out" 2>"$T/err"
	status=$?
}

# expect_status WHAT WANT: the status of the last run.
expect_status() {
	expect_eq "$1 (exit status)" "$status" "$2"
}

# new_feed DIR: a feed folder holding the showcase settings and the seed.
new_feed() {
	mkdir -p "$1/articles"
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$1/feed.conf"
	cp "$SRCDIR/feeds/global-economic-times/articles/"*.txt "$1/articles/"
}

# set_conf DIR KEY VALUE: replaces (or adds) one setting.
set_conf() {
	grep -v "^$2 *=" "$1/feed.conf" >"$1/feed.conf.new"
	if [ -n "$3" ]; then printf '%s = %s\n' "$2" "$3" >>"$1/feed.conf.new"; fi
	mv "$1/feed.conf.new" "$1/feed.conf"
}

# In a sanitizer build (configure --enable-sanitizers) a report ends the
# program with status 86, never 1, which a test of bad input expects and
# would take for success. Tests that preload a library (faketime) would
# trip AddressSanitizer's check that its runtime comes first; the
# preloaded library is harmless, so that check is off.
case ${SANITIZER_CFLAGS:-} in
*address*)
	ASAN_OPTIONS="exitcode=86:verify_asan_link_order=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
	UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
	export ASAN_OPTIONS UBSAN_OPTIONS ;;
esac

# limit_memory MB: caps the memory of this shell and of what it runs, so
# a runaway test fails instead of taking the machine down. Under
# AddressSanitizer, whose shadow memory needs terabytes of address space,
# ulimit -v cannot work; its own resident-memory limit does the job.
limit_memory() {
	case ${SANITIZER_CFLAGS:-} in
	*address*)
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=$1"
		export ASAN_OPTIONS ;;
	*)
		ulimit -v $(($1 * 1024)) ;;
	esac
}

# The TAP driver reads "1..0 # SKIP" as a skipped test.
skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

finish() {
	echo "1..$tests_run"
	if [ "$tests_failed" -ne 0 ]; then
		echo "# $tests_failed of $tests_run checks failed"
		exit 1
	fi
	exit 0
}

# tests/lib.sh: sourced by every shell test in tests/cli/. Each test runs in
# its own scratch folder ($T), removed when it ends. Tests are written with
# the git-style API at the end of this file (test_expect_success blocks);
# each block prints one TAP line, "ok N - what" or "not ok N - what", and
# test_done prints the plan and exits non-zero if any block failed, so a
# script run by hand says so too.
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

# new_feed DIR: a feed folder holding the showcase settings and the seed.
new_feed() {
	mkdir -p "$1/articles"
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$1/feed.conf"
	cp "$SRCDIR/feeds/global-economic-times/articles/"*.txt "$1/articles/"
}

# category_record FILE DATE TITLE BODY CATEGORY...: a record by "A
# Reporter" with one Category field per CATEGORY.
category_record() {
	_cr_f=$1 _cr_d=$2 _cr_t=$3 _cr_b=$4
	shift 4
	{
		echo ---
		for _cr_c in "$@"; do echo "Category: $_cr_c"; done
		echo ---
		printf "%s\n\nA Reporter\n\nr@example.com | %s\n\n%s\n" \
		    "$_cr_t" "$_cr_d" "$_cr_b"
	} >"$_cr_f"
}

# day_record DIR DD: DIR/articles/rDD.txt, "Title DD" by "A Reporter",
# published 2025-01-DD 10:00:00.
day_record() {
	printf "Title %s\n\nA Reporter\n\nr@example.com | 2025-01-%s 10:00:00\n\nBody of %s.\n" \
	    "$2" "$2" "$2" >"$1/articles/r$2.txt"
}

# archive_feed DIR MAX-ENTRIES ARCHIVE-SIZE: a feed folder without records,
# with the Global Economic Times settings and archive documents.
archive_feed() {
	mkdir -p "$1/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$1/feed.conf" &&
	set_conf "$1" max-entries "$2" &&
	set_conf "$1" archive-size "$3"
}

# tree_snapshot DIR [FIND-TEST...]: what find lists under DIR (with the
# tests given), sorted, each file with its inode, mtime and checksum; two
# the same show that nothing there was touched.
tree_snapshot() {
	(cd "$1" && shift && find . "$@" | sort | while read -r _p; do
		if [ -f "$_p" ]; then
			echo "$_p $(stat -c "%i %Y" "$_p") $(cksum <"$_p")"
		else
			echo "$_p"
		fi
	done)
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

# as_user CMD...: runs CMD as an unprivileged user (nobody) when we are
# root, for whom mode bits stop nothing; as ourselves otherwise.
as_user() {
	if [ "$(id -u)" -ne 0 ]; then
		"$@"
	elif command -v setpriv >/dev/null 2>&1; then
		setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
	else
		runuser -u nobody -- "$@"
	fi
}

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

# limit_validate_memory: limit_memory as validate's flat-memory tests
# need it: 64 MiB for validate and 48 MiB for its shared libraries
# (libxml2 maps ICU's data). AddressSanitizer's shadow memory and
# quarantine count as resident: the quarantine is kept small, and 64 MiB
# more allowed for the shadow.
limit_validate_memory() {
	case ${SANITIZER_CFLAGS:-} in
	*address*)
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16"
		export ASAN_OPTIONS
		limit_memory 176 ;;
	*)
		limit_memory 112 ;;
	esac
}

# capped CMD...: CMD within 256 MB of memory, 20 s of CPU and 60 s, so
# that a runaway on hostile input fails instead of hanging or taking the
# machine down.
capped() {
	(limit_memory 256; ulimit -t 20; exec timeout 60 "$@")
}

# The TAP driver reads "1..0 # SKIP" as a skipped test.
skip_all() {
	echo "1..0 # SKIP $*"
	exit 0
}

## The git-style API (modelled on git's t/test-lib.sh). A test is a title
## that says what is shown, then its commands, chained with &&:
##
##	test_expect_success 'a FIFO among the records is refused' '
##		mkfifo "$T/feed/articles/x.txt" &&
##		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
##		grep -F "is not a regular file" "$T/err"
##	'
##
## The commands run in this shell (variables they set stay set); what they
## print goes to $T/.log and is shown, as TAP comments, only on failure.
## Every TAP line comes from here, never from a test's own commands.

test_prereqs=" "
_when_finished=

# test_set_prereq NAME: NAME is available here.
test_set_prereq() { test_prereqs="$test_prereqs$1 "; }

# test_have_prereq NAME[,NAME...]: all of them are available.
test_have_prereq() {
	_ps=$(echo "$1" | tr ',' ' ')
	for _p in $_ps; do
		case $test_prereqs in *" $_p "*) ;; *) return 1 ;; esac
	done
	return 0
}

# test_when_finished CMD: runs CMD after the current test, pass or fail.
test_when_finished() { _when_finished="$*; $_when_finished"; }

# _test_eval BODY: a function of its own, so that "|| return 1" in a
# loop of the body ends the body only, and its clean-ups still run.
_test_eval() { eval "$1"; }

# _test_chain_ok BODY: every command of BODY is chained with &&. As git's
# test-lib does: with "(exit 117) &&" before it, an intact chain runs
# nothing and ends with 117; a broken link lets a later command run and end
# it otherwise. Run in a subshell, so nothing it does stays.
_test_chain_ok() {
	(_test_eval "(exit 117) && $1") >/dev/null 2>&1 </dev/null
	[ $? -eq 117 ]
}

# _test_run BODY: runs it, then its clean-ups; returns the body's status.
# A body whose &&-chain is broken fails without running: it could pass
# whatever its first commands did.
_test_run() {
	if ! _test_chain_ok "$1"; then
		echo "BUG: broken &&-chain in this test" >"$T/.log"
		return 1
	fi
	_when_finished=
	_test_eval "$1" >"$T/.log" 2>&1 </dev/null
	_st=$?
	if [ -n "$_when_finished" ]; then
		eval "$_when_finished" >>"$T/.log" 2>&1 </dev/null
		_when_finished=
	fi
	return $_st
}

# _test_args: splits [PREREQ] TITLE BODY into _prereq, _title, _body.
_test_args() {
	if [ $# -eq 3 ]; then _prereq=$1; shift; else _prereq=; fi
	_title=$1 _body=$2
}

# test_expect_success [PREREQ] TITLE BODY
test_expect_success() {
	_test_args "$@"
	if [ -n "$_prereq" ] && ! test_have_prereq "$_prereq"; then
		skip "$_title" "missing $_prereq"
		return 0
	fi
	if _test_run "$_body"; then
		pass "$_title"
	else
		fail "$_title"
		sed 's/^/#   /' "$T/.log" | tail -n 40
	fi
}

# test_expect_failure [PREREQ] TITLE BODY: a known bug, reported as a TAP
# TODO (XFAIL); the day it passes, the suite says so (XPASS fails it).
test_expect_failure() {
	_test_args "$@"
	if [ -n "$_prereq" ] && ! test_have_prereq "$_prereq"; then
		skip "$_title" "missing $_prereq"
		return 0
	fi
	tests_run=$((tests_run + 1))
	if _test_run "$_body"; then
		echo "ok $tests_run - $_title # TODO known breakage vanished"
	else
		echo "not ok $tests_run - $_title # TODO known breakage"
	fi
}

# test_cmp WANT GOT: the same bytes, or a diff.
test_cmp() { diff -u "$1" "$2"; }

# test_expect_code WANT CMD...: runs CMD (stdout in $T/out, stderr in
# $T/err) and succeeds if it exits with WANT.
test_expect_code() {
	_want=$1
	shift
	"$@" >"$T/out" 2>"$T/err"
	status=$?
	if [ "$status" -ne "$_want" ]; then
		echo "exit status $status, wanted $_want: $*"
		sed 's/^/stderr: /' "$T/err" | head -n 20
		return 1
	fi
}

# test_must_fail CMD...: CMD fails the ordinary way (status 1 to 125, not a
# signal or a sanitizer's report, which exits 86).
test_must_fail() {
	"$@" >"$T/out" 2>"$T/err"
	status=$?
	if [ "$status" -eq 0 ] || [ "$status" -gt 125 ] || [ "$status" -eq 86 ]; then
		echo "exit status $status, wanted an ordinary failure: $*"
		return 1
	fi
}

# test_must_be_empty FILE
test_must_be_empty() {
	if [ -s "$1" ]; then
		echo "$1 is not empty:"; cat "$1"; return 1
	fi
}

# test_eq GOT WANT: the same string, or both shown.
test_eq() {
	if [ "$1" != "$2" ]; then
		printf 'got:  %s\nwant: %s\n' "$1" "$2"
		return 1
	fi
}

# test_contains FILE TEXT: FILE holds TEXT as a fixed string.
test_contains() {
	if ! grep -qF -- "$2" "$1"; then
		echo "$1 lacks: $2"
		sed 's/^/| /' "$1" | head -n 20
		return 1
	fi
}

# test_lacks FILE TEXT: FILE does not hold TEXT.
test_lacks() {
	if grep -qF -- "$2" "$1"; then
		echo "$1 holds: $2"
		grep -nF -- "$2" "$1" | head -n 5
		return 1
	fi
}

# test_path_is_file PATH, test_path_is_missing PATH
test_path_is_file() {
	[ -f "$1" ] || { echo "$1 is not a file"; return 1; }
}
test_path_is_missing() {
	if [ -e "$1" ] || [ -L "$1" ]; then
		echo "$1 exists"; ls -ld "$1"; return 1
	fi
}

# test_copy_feed NAME DIR: a copy of the showcase feed or of a test feed
# in tests/data/feeds, without anything published.
test_copy_feed() {
	_src=$SRCDIR/feeds/$1
	[ -d "$_src" ] || _src=$SRCDIR/tests/data/feeds/$1
	cp -R "$_src" "$2" && rm -rf "$2/public"
}

# test_wait_fifo FIFO: the first line written to FIFO, waiting at most 30 s
# (a blocking read: the writer announces, nobody polls).
test_wait_fifo() {
	timeout 30 sh -c 'read -r line <"$1" && echo "$line"' sh "$1"
}

# Prerequisites every script may ask for.
[ "$(id -u)" -eq 0 ] && test_set_prereq ROOT
command -v unshare >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && test_set_prereq UNSHARE
"$PYTHON" -c 'import feedparser' 2>/dev/null && test_set_prereq FEEDPARSER
command -v xmllint >/dev/null 2>&1 && test_set_prereq XMLLINT
command -v jq >/dev/null 2>&1 && test_set_prereq JQ
command -v tidy >/dev/null 2>&1 && test_set_prereq TIDY
command -v faketime >/dev/null 2>&1 && test_set_prereq FAKETIME
command -v curl >/dev/null 2>&1 && test_set_prereq CURL
command -v sfeed >/dev/null 2>&1 && test_set_prereq SFEED
command -v newsboat >/dev/null 2>&1 && test_set_prereq NEWSBOAT
# Peak resident memory, where GNU time can say it (not under a sanitizer,
# whose shadow memory and quarantine are no measure of the program's).
case ${SANITIZER_CFLAGS:-} in
*address*|*thread*) ;;
*) /usr/bin/time -f %M -o /dev/null true 2>/dev/null &&
	test_set_prereq GNU_TIME ;;
esac

test_done() { finish; }

finish() {
	echo "1..$tests_run"
	if [ "$tests_failed" -ne 0 ]; then
		echo "# $tests_failed of $tests_run checks failed"
		exit 1
	fi
	exit 0
}

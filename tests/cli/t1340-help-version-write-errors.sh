#!/bin/sh
# Help or a version that cannot be written is no success. The top level
# said nothing and exited 0 (feedwright --help >/dev/full); validate's
# exited 3, its "out of memory", with no cause: now it fails as its
# reports do, status 2 and the documented words.
. "$SRCDIR/tests/lib.sh"

# full WANT CMD...: CMD, its stdout a full disk (stderr in $T/err), exits WANT.
full() {
	_want=$1
	shift
	"$@" >/dev/full 2>"$T/err"
	status=$?
	test "$status" -eq "$_want" ||
	{ echo "exit status $status, wanted $_want: $*"; cat "$T/err"; return 1; }
}

test_expect_success 'feedwright --help, -h, --version, -V to a full disk: status 3, said why' '
	echo "feedwright: cannot write to standard output: No space left on device" >"$T/want" &&
	for opt in --help -h --version -V; do
		full 3 "$FEEDWRIGHT" $opt &&
		test_cmp "$T/want" "$T/err" || return 1
	done
'

test_expect_success 'build --help to a full disk says it in the same words' '
	full 3 "$FEEDWRIGHT" build --help &&
	echo "feedwright: cannot write to standard output: No space left on device" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'validate --help and --version to a full disk: status 2, as a report' '
	echo "feedwright: validate: cannot write the report: No space left on device" >"$T/want" &&
	for opt in --help -h --version -V; do
		full 2 "$FEEDWRIGHT" validate $opt &&
		test_cmp "$T/want" "$T/err" || return 1
	done
'

test_expect_success 'written, they still exit 0 and say nothing on stderr' '
	test_expect_code 0 "$FEEDWRIGHT" --version &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --help &&
	test_must_be_empty "$T/err"
'

test_done

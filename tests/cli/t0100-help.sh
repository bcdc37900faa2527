#!/bin/sh
# The command line: help, version, usage errors and their exit statuses.
. "$SRCDIR/tests/lib.sh"

version=$(sed -n 's/^AC_INIT(\[feedwright\], \[\([^]]*\)\].*/\1/p' "$SRCDIR/configure.ac")

test_expect_success '--version and build --version print the name and version, exit 0' '
	test -n "$version" &&
	echo "feedwright $version" >"$T/want" &&
	test_expect_code 0 "$FEEDWRIGHT" --version &&
	test_cmp "$T/want" "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" build --version &&
	test_cmp "$T/want" "$T/out"
'

test_expect_success '--help lists build, exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" --help &&
	test_contains "$T/out" "build FEEDDIR..."
'

test_expect_success 'build --help names -o and gives the exit statuses, exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" build --help &&
	test_contains "$T/out" "-o, --output DIR" &&
	test_contains "$T/out" "  1  bad input: a bad setting or record"
'

test_expect_success 'no command: usage on stderr, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" &&
	test_contains "$T/err" "Usage: feedwright COMMAND"
'

test_expect_success 'an unknown command is named, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" frobnicate &&
	test_eq "$(head -n 1 "$T/err")" "feedwright: unknown command \"frobnicate\""
'

test_expect_success 'build without a folder says so, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" build &&
	test_eq "$(head -n 1 "$T/err")" "feedwright: build: no feed folder given"
'

test_expect_success 'an unknown option exits 2' '
	test_expect_code 2 "$FEEDWRIGHT" build --no-such-option x
'

test_expect_success '-o with two folders exits 2' '
	test_expect_code 2 "$FEEDWRIGHT" build -o "$T/out" a b
'

test_expect_success 'a missing feed folder: its feed.conf is named, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" build "$T/does-not-exist" &&
	echo "feedwright: $T/does-not-exist/feed.conf: cannot read: No such file or directory" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_done

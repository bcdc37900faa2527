#!/bin/sh
# The command line: help, version, usage errors and their exit statuses.
. "$SRCDIR/tests/lib.sh"

version=$(sed -n 's/^AC_INIT(\[feedwright\], \[\([^]]*\)\].*/\1/p' "$SRCDIR/configure.ac")

run "$FEEDWRIGHT" --version
expect_status "--version" 0
expect_eq "--version prints name and version" "$(cat "$T/out")" "feedwright $version"

run "$FEEDWRIGHT" build --version
expect_eq "build --version" "$(cat "$T/out")" "feedwright $version"

run "$FEEDWRIGHT" --help
expect_status "--help" 0
expect_contains "--help lists build" "$T/out" "build FEEDDIR..."

run "$FEEDWRIGHT" build --help
expect_status "build --help" 0
expect_contains "build --help names -o" "$T/out" "-o, --output DIR"
expect_contains "build --help gives exit statuses" "$T/out" "  1  bad input: a bad setting or record"

run "$FEEDWRIGHT"
expect_status "no command" 2
expect_contains "no command shows usage on stderr" "$T/err" "Usage: feedwright COMMAND"

run "$FEEDWRIGHT" frobnicate
expect_status "unknown command" 2
expect_eq "unknown command message" "$(head -n 1 "$T/err")" 'feedwright: unknown command "frobnicate"'

run "$FEEDWRIGHT" build
expect_status "build without a folder" 2
expect_eq "build without a folder message" "$(head -n 1 "$T/err")" "feedwright: build: no feed folder given"

run "$FEEDWRIGHT" build --no-such-option x
expect_status "unknown option" 2

run "$FEEDWRIGHT" build -o "$T/out" a b
expect_status "-o with two folders" 2

run "$FEEDWRIGHT" build "$T/does-not-exist"
expect_status "missing feed folder" 1
expect_eq "missing feed folder message" "$(cat "$T/err")" \
    "feedwright: $T/does-not-exist/feed.conf: cannot read: No such file or directory"

finish

#!/bin/sh
# "--" before the command ends the options (POSIX guideline 10), as it
# does after build and validate: it was refused as an unknown option.
# What follows it is the command, even when it looks like an option.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'feedwright -- validate FILE validates FILE' '
	printf "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"home_page_url\":\"https://e.org/\",\"feed_url\":\"https://e.org/f\",\"items\":[]}" >"$T/f.json" &&
	test_expect_code 0 "$FEEDWRIGHT" -- validate "$T/f.json" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'feedwright -- build: the build command, which wants a folder' '
	test_expect_code 2 "$FEEDWRIGHT" -- build &&
	test_eq "$(head -n 1 "$T/err")" "feedwright: build: no feed folder given"
'

test_expect_success 'feedwright -- --version: a command named --version, none' '
	test_expect_code 2 "$FEEDWRIGHT" -- --version &&
	test_must_be_empty "$T/out" &&
	printf "%s\n" "feedwright: unknown command \"--version\"" \
	    "Try '\''feedwright --help'\''." >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'feedwright -- alone: no command given' '
	test_expect_code 2 "$FEEDWRIGHT" -- &&
	test_eq "$(head -n 1 "$T/err")" "feedwright: no command given"
'

test_done

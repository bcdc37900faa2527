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

# oneline FILE: FILE on one line, single spaces.
oneline() { tr -s " \n" "  " <"$1"; }

test_expect_success '--help names what build makes and every format validate checks' '
	test_expect_code 0 "$FEEDWRIGHT" --help &&
	oneline "$T/out" >"$T/help" &&
	test_contains "$T/help" "validate FILE... check Atom 1.0, RSS 2.0, RSS 1.0 and JSON Feed 1.1 feeds, offline" &&
	test_contains "$T/help" "build FEEDDIR... build and publish the feeds of feed folders: Atom 1.0, RSS 2.0, JSON Feed 1.1, a page"
'

test_expect_success 'validate --help and build --help name the same formats' '
	test_expect_code 0 "$FEEDWRIGHT" validate --help &&
	oneline "$T/out" >"$T/help" &&
	test_contains "$T/help" "is a valid Atom 1.0, RSS 2.0, RSS 1.0 or JSON Feed 1.1 feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build --help &&
	oneline "$T/out" >"$T/help" &&
	test_contains "$T/help" "(atom.xml, Atom 1.0; rss.xml, RSS 2.0; feed.json, JSON Feed 1.1; the page index.html and discovery.html, as its settings say)"
'

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF
test_expect_success GROFF 'feedwright(1) names the same formats for validate' '
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.1" 2>/dev/null >"$T/man" &&
	oneline "$T/man" >"$T/man1" &&
	test_contains "$T/man1" "is a valid Atom 1.0 (RFC 4287), RSS 2.0, RSS 1.0 or JSON Feed 1.1 feed"
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

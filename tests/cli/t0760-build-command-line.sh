#!/bin/sh
# The command line of build, as users of GNU tools expect it: options may
# follow the folders, "--" ends them, an empty folder name is refused, and
# every refused command line says what is wrong in feedwright's own words
# ("feedwright: build: ..."), with a hint, and exits 2. An -o that is not
# a folder is named as such (exit 3), also under --dry-run.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
new_feed feed

# expect_usage MESSAGE ARG...: build ARG... exits 2 with exactly MESSAGE
# and the hint on stderr, and nothing on stdout.
expect_usage() {
	_msg=$1
	shift
	printf '%s\n' "$_msg" "Try 'feedwright build --help'." >"$T/want" &&
	test_expect_code 2 "$FEEDWRIGHT" build "$@" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out"
}

test_expect_success 'an option after the folder is an option (build FEED -v)' '
	test_expect_code 0 "$FEEDWRIGHT" build feed -v &&
	grep -q "^feedwright: feed: [0-9]* entr" "$T/err" &&
	test -f feed/public/atom.xml
'

test_expect_success 'options anywhere among several folders' '
	rm -rf feed/public &&
	cp -R feed feed2 &&
	test_when_finished "rm -rf feed2" &&
	test_expect_code 0 "$FEEDWRIGHT" build feed --no-wait feed2 -q &&
	test_must_be_empty "$T/err" &&
	test -f feed/public/atom.xml && test -f feed2/public/atom.xml
'

test_expect_success 'options after the folder even with POSIXLY_CORRECT set' '
	test_expect_code 0 env POSIXLY_CORRECT=1 "$FEEDWRIGHT" build feed -q --dry-run &&
	grep -q "^feed/public/atom.xml: unchanged" "$T/out"
'

test_expect_success '"--" ends the options: build -- -v builds a folder named -v' '
	test_expect_code 1 "$FEEDWRIGHT" build -- -v &&
	echo "feedwright: -v/feed.conf: cannot read: No such file or directory" >want &&
	test_cmp want "$T/err" &&
	cp -R feed ./-v &&
	test_when_finished "rm -rf ./-v" &&
	rm -rf ./-v/public &&
	test_expect_code 0 "$FEEDWRIGHT" build -- -v &&
	test -f ./-v/public/atom.xml
'

test_expect_success 'an option argument may itself follow the folder' '
	rm -rf pub &&
	test_expect_code 0 "$FEEDWRIGHT" build feed -o pub &&
	test -f pub/atom.xml
'

test_expect_success 'an empty folder name is refused, not taken for the current folder' '
	cp -R feed here &&
	test_when_finished "rm -rf here" &&
	rm -rf here/public &&
	(cd here && expect_usage "feedwright: build: an empty feed folder name (use . for the current folder)" "") &&
	test ! -e here/public &&
	expect_usage "feedwright: build: an empty feed folder name (use . for the current folder)" feed "" &&
	expect_usage "feedwright: build: an empty feed folder name (use . for the current folder)" --all ""
'

test_expect_success 'an empty -o is refused' '
	expect_usage "feedwright: build: an empty folder name for -o (use . for the current folder)" -o "" feed
'

test_expect_success 'an unknown short option, in our words' '
	expect_usage "feedwright: build: unknown option '\''-x'\''" -x feed &&
	expect_usage "feedwright: build: unknown option '\''-x'\''" feed -vx &&
	expect_usage "feedwright: build: unknown option '\''-x'\''" feed -xv
'

test_expect_success 'an unknown long option, in our words' '
	expect_usage "feedwright: build: unknown option '\''--frobnicate'\''" --frobnicate feed &&
	expect_usage "feedwright: build: unknown option '\''--frobnicate'\''" feed --frobnicate=3
'

test_expect_success 'an ambiguous abbreviation' '
	expect_usage "feedwright: build: ambiguous option '\''--s'\''" --s atom feed
'

test_expect_success 'a missing option argument, short and long' '
	expect_usage "feedwright: build: option '\''-w'\'' needs an argument" feed -w &&
	expect_usage "feedwright: build: option '\''--wait'\'' needs an argument" feed --wait &&
	expect_usage "feedwright: build: option '\''--output'\'' needs an argument" feed --output &&
	expect_usage "feedwright: build: option '\''--stdout'\'' needs an argument" feed --stdout
'

test_expect_success 'an argument to an option that takes none' '
	expect_usage "feedwright: build: option '\''--verbose'\'' takes no argument" --verbose=2 feed
'

test_expect_success '--wait takes whole seconds from 0 to 86400, nothing else' '
	for w in -1 "" abc 5s " 5" +5 1e3 86401 99999999999999999999999; do
		expect_usage "feedwright: build: --wait takes a whole number of seconds from 0 to 86400, not \"$w\"" --wait "$w" feed ||
		return 1
	done &&
	test_expect_code 0 "$FEEDWRIGHT" build -w 86400 feed &&
	test_expect_code 0 "$FEEDWRIGHT" build --wait=0 feed
'

test_expect_success '--stdout with an unknown format lists the known ones' '
	expect_usage "feedwright: build: unknown format \"xml\" for --stdout (atom, rss, json, page, discovery)" --stdout xml feed
'

test_expect_success 'the help names every format --stdout knows' '
	test_expect_code 2 "$FEEDWRIGHT" build --stdout xml feed &&
	formats=$(sed -n "s/.*for --stdout (\(.*\))$/\1/p" "$T/err" | sed "s/, / /g") &&
	test -n "$formats" &&
	"$FEEDWRIGHT" build --help | tr -s " \n" "  " >help &&
	for f in $formats; do
		grep -q -- "--stdout FORMAT build one feed and write FORMAT (.*$f.*) to standard output" help ||
		return 1
	done
'

test_expect_success 'the other refused combinations' '
	expect_usage "feedwright: build: no feed folder given" &&
	expect_usage "feedwright: build: no feed folder given" -v &&
	expect_usage "feedwright: build: -o takes one feed folder" -o out feed feed &&
	expect_usage "feedwright: build: -o does not go with --all" --all -o out . &&
	expect_usage "feedwright: build: -o does not go with --all" -o out feed --all &&
	expect_usage "feedwright: build: --stdout does not go with --all" --all --stdout atom . &&
	expect_usage "feedwright: build: --stdout takes one feed folder, and neither -o nor --dry-run" --stdout atom -n feed &&
	expect_usage "feedwright: build: --stdout takes one feed folder, and neither -o nor --dry-run" --stdout atom feed feed
'

test_expect_success 'an -o that is not a folder is named as such (exit 3)' '
	echo "feedwright: /dev/null: not a folder; -o names the folder to publish into" >want &&
	test_expect_code 3 "$FEEDWRIGHT" build -o /dev/null feed &&
	test_cmp want "$T/err" &&
	: >afile &&
	echo "feedwright: afile: not a folder; -o names the folder to publish into" >want &&
	test_expect_code 3 "$FEEDWRIGHT" build feed -o afile &&
	test_cmp want "$T/err" &&
	test ! -s afile
'

test_expect_success '--dry-run gives the same status for an -o that is not a folder' '
	echo "feedwright: /dev/null: not a folder; -o names the folder to publish into" >want &&
	test_expect_code 3 "$FEEDWRIGHT" build --dry-run -o /dev/null feed &&
	test_cmp want "$T/err" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'feedwright alone: a message, the usage, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" &&
	test "$(head -n 1 "$T/err")" = "feedwright: no command given" &&
	grep -q "^Usage: feedwright COMMAND" "$T/err" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an option before the command is called an option' '
	printf "%s\n" "feedwright: unknown option '\''-v'\''" "Try '\''feedwright --help'\''." >want &&
	test_expect_code 2 "$FEEDWRIGHT" -v build feed &&
	test_cmp want "$T/err"
'

test_expect_success 'an unknown command' '
	printf "%s\n" "feedwright: unknown command \"frobnicate\"" "Try '\''feedwright --help'\''." >want &&
	test_expect_code 2 "$FEEDWRIGHT" frobnicate &&
	test_cmp want "$T/err"
'

test_expect_success '--help and --version of each command exit 0 on stdout' '
	for args in --help -h --version -V "build --help" "build -h" "build feed --help" \
	    "build --version" "validate --help" "validate --version"; do
		test_expect_code 0 "$FEEDWRIGHT" $args && test -s "$T/out" &&
		test_must_be_empty "$T/err" || return 1
	done
'

test_done

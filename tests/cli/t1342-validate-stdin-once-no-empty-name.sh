#!/bin/sh
# validate reads standard input once: a second "-" found it read and
# reported it as an empty file, a fault it does not have. An empty name
# was reported as a file without a name (":0:0: error: cannot open").
# Both are command lines that cannot run: status 2, in build's words.
. "$SRCDIR/tests/lib.sh"

feed='{"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.org/","feed_url":"https://e.org/f","items":[]}'

# refused MESSAGE: stdout empty, MESSAGE and the hint on stderr.
refused() {
	test_must_be_empty "$T/out" &&
	printf "%s\n" "feedwright: validate: $1" \
	    "Try 'feedwright validate --help'." >"$T/want" &&
	test_cmp "$T/want" "$T/err"
}

test_expect_success 'validate - - is refused, standard input unread' '
	printf "%s" "$feed" >"$T/f.json" &&
	test_expect_code 2 "$FEEDWRIGHT" validate - - <"$T/f.json" &&
	refused "- is given twice: standard input is read once" &&
	test_expect_code 2 "$FEEDWRIGHT" validate - "$T/f.json" -- - <"$T/f.json" &&
	refused "- is given twice: standard input is read once"
'

test_expect_success 'one - and ./- (a file named -) still go together' '
	printf "%s" "$feed" >"$T/-" &&
	(cd "$T" && "$FEEDWRIGHT" validate - ./- <f.json >out 2>err) &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an empty file name is refused, not reported as a nameless file' '
	test_expect_code 2 "$FEEDWRIGHT" validate "" &&
	refused "an empty file name (- is standard input)" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --format=json "$T/f.json" "" &&
	refused "an empty file name (- is standard input)"
'

test_expect_success 'an empty --against= is refused too' '
	test_expect_code 2 "$FEEDWRIGHT" validate --against= "$T/f.json" &&
	refused "--against= names no file"
'

test_done

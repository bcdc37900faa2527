#!/bin/sh
# A build started with descriptors 0, 1 and 2 closed, as some supervisors
# start programs: the files it opens must not take those numbers, or a
# warning written to standard error lands inside the published atom.xml
# (then not XML, yet published with status 0) or in the lock file, which
# stays empty. Each closed one is /dev/null, open so that it still fails
# as a closed one: output asked for on a closed stdout is an error.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'set up: a feed with a record that draws a warning' '
	new_feed "$T/feed" &&
	printf "Bold </b> title\n\nA Reporter\n\nr@example.com | 2025-03-01 10:00:00\n\nBody.\n" \
	    >"$T/feed/articles/warn.txt" &&
	"$FEEDWRIGHT" build -n "$T/feed" >/dev/null 2>"$T/warned" &&
	test_contains "$T/warned" "warning: title holds"
'

test_expect_success 'with 0, 1 and 2 closed the build publishes valid feeds' '
	"$FEEDWRIGHT" build "$T/feed" 0<&- 1>&- 2>&- &&
	for f in atom.xml rss.xml; do
		xmllint --noout --nonet "$T/feed/public/$f" &&
		"$FEEDWRIGHT" validate "$T/feed/public/$f" || return 1
	done &&
	"$FEEDWRIGHT" validate "$T/feed/public/feed.json"
'

test_expect_success 'no message went into a published file or the lock file' '
	! grep -l "feedwright:" "$T/feed/public"/* &&
	test_must_be_empty "$T/feed/.feedwright.lock"
'

test_expect_success 'with stderr alone closed the lock file stays empty' '
	rm -rf "$T/feed/public" "$T/feed/ledger.tsv" "$T/feed"/.feedwright* &&
	"$FEEDWRIGHT" build "$T/feed" 2>&- &&
	test_must_be_empty "$T/feed/.feedwright.lock" &&
	xmllint --noout --nonet "$T/feed/public/atom.xml"
'

test_expect_success '--stdout to a closed stdout still fails (status 3)' '
	test_expect_code 3 sh -c "\"\$1\" build --stdout=atom \"\$2\" >&-" sh \
	    "$FEEDWRIGHT" "$T/feed" &&
	test_contains "$T/err" "cannot write to standard output: Bad file descriptor"
'

test_done

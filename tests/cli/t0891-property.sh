#!/bin/sh
# A property test of build (issue 9, item 2): 300 small feeds, each with
# one value in feed.conf or some in a record, drawn from plausible and odd ones
# (language tags, e-mails with quoted parts, links, ids, dates near DST
# changes and the year bounds, text with markup and odd Unicode). Each is
# refused at its own place (exit 1, that feed.conf line or a line of that
# record named first, nothing published) or published as feeds that validate --strict
# accepts; never blamed on a file the build wrote. The seeds are fixed:
# the same cases every run (t0891-property.py draws them).
. "$SRCDIR/tests/lib.sh"

command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"

GEN=$SRCDIR/tests/cli/t0891-property.py

test_expect_success 'seed 1: every case is refused at its own feed.conf line or record, or published valid' '
	mkdir "$T/cases" &&
	python3 "$GEN" 1 300 "$FEEDWRIGHT" "$T/cases" >"$T/got" &&
	cat "$T/got" &&
	test "$(wc -l <"$T/got")" -eq 1 &&
	grep "^# seed 1: 300 cases, [0-9]* published and valid, [0-9]* refused at their line, 0 wrong$" "$T/got"
'

# Both outcomes are drawn often, so neither half of the property is idle.
test_expect_success 'seed 1 publishes at least 100 feeds and refuses at least 100' '
	set -- $(tr -c "0-9\n" " " <"$T/got") &&
	test "$3" -ge 100 &&
	test "$4" -ge 100
'

test_done

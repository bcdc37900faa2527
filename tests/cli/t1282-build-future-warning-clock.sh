#!/bin/sh
# A date more than a year ahead is warned about at its line, and one less
# than a year ahead is not, whether pass one read the record or took it
# from the cache: pass one reads the clock once and asks it again only of
# a record a year past that first reading, so a record a day past the
# year must still be caught, by its date or by its Updated.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# at TIME ARGS...: build ARGS with the clock at TIME.
at() { _at=$1; shift; timeout 20 faketime "$_at" "$FEEDWRIGHT" build "$@"; }

# dated NAME DATE [UPDATED]: record feed/articles/NAME.txt published DATE.
dated() {
	{
		if [ $# -gt 2 ]; then printf -- "---\nUpdated: %s\n---\n" "$3"; fi
		printf "Title %s\n\nA Reporter\n\nr@example.com | %s\n\nBody.\n" \
		    "$1" "$2"
	} >"feed/articles/$1.txt"
}

mkdir -p feed/articles
cp "$SRCDIR/feeds/global-economic-times/feed.conf" feed/feed.conf
dated a-past "2025-06-01 10:00:00"
dated b-soon "2026-12-29 00:00:00"
dated c-ahead "2027-01-03 00:00:00"
dated d-edited "2025-06-01 10:00:00" "2027-01-03 00:00:00"
dated e-past "2025-07-01 10:00:00"
cat >expect <<-\EOF
feedwright: feed/articles/c-ahead.txt:5: warning: date is 1 year in the future
feedwright: feed/articles/d-edited.txt:2: warning: Updated is 1 year in the future
EOF

test_expect_success FAKETIME 'a day past a year ahead is warned about, by date or Updated' '
	test_expect_code 0 at "2026-01-01 00:00:00" -o out1 feed &&
	test_cmp expect err &&
	test -s feed/.feedwright-cache
'

test_expect_success FAKETIME 'so it is with every record taken from the cache' '
	test_expect_code 0 at "2026-01-01 00:00:00" -o out2 feed &&
	test_cmp expect err &&
	cmp out1/atom.xml out2/atom.xml
'

test_expect_success FAKETIME 'a year on, none is ahead: no warning' '
	test_expect_code 0 at "2027-01-01 00:00:00" -o out3 feed &&
	test_must_be_empty err
'

test_done

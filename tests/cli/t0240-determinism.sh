#!/bin/sh
# Same input, byte-identical output, whatever the caller's TZ, locale or
# clock: nothing in a feed may depend on the environment.
. "$SRCDIR/tests/lib.sh"

# A copy: a build takes a lock in the feed folder, and the source tree may be read-only.
cp -R "$SRCDIR/tests/data/feeds/world-desk" "$T/feed"
feed=$T/feed
golden=$SRCDIR/tests/golden/world-desk

# build_with OUT ENV...: builds the test feed with the environment given.
build_with() {
	out=$1
	shift
	env "$@" "$FEEDWRIGHT" build -o "$T/$out" "$feed" 2>"$T/$out.err"
}

# same_as_golden DIR: atom.xml and rss.xml in DIR are the golden files.
same_as_golden() {
	test_cmp "$golden/atom.xml" "$1/atom.xml" &&
	test_cmp "$golden/rss.xml" "$1/rss.xml"
}

test_expect_success 'TZ=UTC LC_ALL=C.UTF-8: atom.xml and rss.xml match the golden files' '
	build_with plain TZ=UTC LC_ALL=C.UTF-8 &&
	same_as_golden "$T/plain"
'

test_expect_success 'the same bytes under TZ=America/Los_Angeles LC_ALL=C' '
	build_with la TZ=America/Los_Angeles LC_ALL=C &&
	same_as_golden "$T/la"
'

test_expect_success 'the same bytes under TZ=Asia/Kolkata LC_ALL=POSIX' '
	build_with posix TZ=Asia/Kolkata LC_ALL=POSIX LANG= &&
	same_as_golden "$T/posix"
'

# Another installed locale, with other day and month names and decimal marks.
other=$(locale -a 2>/dev/null | grep -v -i -E '^(c|posix|c\.utf-?8)$' | head -n 1)
[ -n "$other" ] && test_set_prereq OTHER_LOCALE
test_expect_success OTHER_LOCALE "the same bytes, and no locale complaint, under LC_ALL=${other:-(another installed locale)}" '
	build_with other TZ=Pacific/Chatham LC_ALL="$other" LANG="$other" &&
	same_as_golden "$T/other" &&
	! grep -v "warning: subtitle holds \"</b>\", which RSS (its description) cannot mark as text" "$T/other.err"
'

# Another time of day: the output names no wall-clock time, so a build
# made later is the same. faketime moves the clock.
test_expect_success FAKETIME 'the same bytes with the clock set to 2031' '
	faketime "2031-07-04 12:00:00" env TZ=Europe/Berlin "$FEEDWRIGHT" build -o "$T/later" "$feed" &&
	same_as_golden "$T/later"
'

test_expect_success 'rebuilding gives the same bytes' '
	build_with again TZ=UTC LC_ALL=C.UTF-8 &&
	test_cmp "$T/plain/atom.xml" "$T/again/atom.xml" &&
	test_cmp "$T/plain/rss.xml" "$T/again/rss.xml"
'

test_done

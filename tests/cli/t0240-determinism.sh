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

build_with plain TZ=UTC LC_ALL=C.UTF-8
expect_same_file "atom.xml matches the golden file" "$T/plain/atom.xml" "$golden/atom.xml"
expect_same_file "rss.xml matches the golden file" "$T/plain/rss.xml" "$golden/rss.xml"

build_with la TZ=America/Los_Angeles LC_ALL=C
for f in atom.xml rss.xml; do
	expect_same_file "$f under TZ=America/Los_Angeles LC_ALL=C" "$T/la/$f" "$golden/$f"
done

build_with posix TZ=Asia/Kolkata LC_ALL=POSIX LANG=
for f in atom.xml rss.xml; do
	expect_same_file "$f under TZ=Asia/Kolkata LC_ALL=POSIX" "$T/posix/$f" "$golden/$f"
done

# Another installed locale, with other day and month names and decimal marks.
other=$(locale -a 2>/dev/null | grep -v -i -E '^(c|posix|c\.utf-?8)$' | head -n 1)
if [ -n "$other" ]; then
	build_with other TZ=Pacific/Chatham LC_ALL="$other" LANG="$other"
	for f in atom.xml rss.xml; do
		expect_same_file "$f under LC_ALL=$other" "$T/other/$f" "$golden/$f"
	done
	expect_eq "no locale complaint under $other" "$(cat "$T/other.err")" ""
else
	echo "# no locale but C and POSIX is installed; generate one (locale-gen) to test another"
fi

# Another time of day: the output names no wall-clock time, so a build
# made later is the same. faketime moves the clock when it is installed.
if command -v faketime >/dev/null 2>&1; then
	faketime '2031-07-04 12:00:00' env TZ=Europe/Berlin "$FEEDWRIGHT" build -o "$T/later" "$feed"
	for f in atom.xml rss.xml; do
		expect_same_file "$f with the clock set to 2031" "$T/later/$f" "$golden/$f"
	done
else
	echo "# faketime is not installed: the clock test is skipped"
fi

# Rebuilding in place gives the same bytes.
build_with again TZ=UTC LC_ALL=C.UTF-8
for f in atom.xml rss.xml; do
	expect_same_file "$f rebuilt" "$T/again/$f" "$T/plain/$f"
done

finish

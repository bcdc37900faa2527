#!/bin/sh
# build's check of feed.json reads it an item at a time, as validate
# does, so checking it keeps a build's memory flat: 3,000 records make a
# feed.json of 11 MB, and the build, checking it while it writes it (or
# from the file, in one thread), peaks under 64 MiB, as for the XML feeds
# (t0960). The same feed.json, read whole by the old check, took its
# size and a tree several times that.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'set up: 3,000 records, JSON Feed on' '
	"$PYTHON" "$SRCDIR/tests/bench/gen-records.py" many 3000 >/dev/null &&
	set_conf many json yes
'

test_expect_success GNU_TIME 'checked while written: 11 MB of feed.json, peak under 64 MiB' '
	/usr/bin/time -f %M -o rss "$FEEDWRIGHT" build -o pub many &&
	echo "peak: $(tail -n 1 rss) KB" &&
	test "$(wc -c <pub/feed.json)" -gt 10000000 &&
	[ "$(tail -n 1 rss)" -lt 65536 ]
'

test_expect_success GNU_TIME 'checked from the file, in one thread: peak under 64 MiB' '
	/usr/bin/time -f %M -o rss env FEEDWRIGHT_THREADS=1 \
	    "$FEEDWRIGHT" build -o one many &&
	echo "peak: $(tail -n 1 rss) KB" &&
	[ "$(tail -n 1 rss)" -lt 65536 ] &&
	cmp pub/feed.json one/feed.json
'

test_expect_success 'what build checked, validate finds valid' '
	test_expect_code 0 "$FEEDWRIGHT" build -o checked many &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict checked/feed.json &&
	test_must_be_empty "$T/out"
'

test_done

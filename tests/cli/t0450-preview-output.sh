#!/bin/sh
# What gets printed when, and the previews: silent on success, -v one
# summary line per feed, -q errors only; --dry-run builds and checks and
# says what would change, publishing nothing; --stdout writes one format
# to standard output; --skip-bad-records publishes without the bad records
# and exits 5 so that cron still mails.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
awk -v n=3 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
pub=$T/feed/public
mkdir "$T/tmp"
TMPDIR=$T/tmp
export TMPDIR

test_expect_success '--dry-run on a feed never built: says what would be created on stdout, exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: would be created (4 entries, " &&
	test_contains "$T/out" "$pub/rss.xml: would be created (4 entries, " &&
	test_must_be_empty "$T/err"
'

test_expect_success '--dry-run creates nothing: no output folder, no lock, nothing in TMPDIR' '
	test_path_is_missing "$pub" &&
	test_path_is_missing "$T/feed/.feedwright.lock" &&
	test_eq "$(ls -A "$T/tmp")" ""
'

test_expect_success 'build -v: one summary line on stderr with entries, bytes and time' '
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_must_be_empty "$T/out" &&
	test_eq "$(grep -vc ": created$" "$T/err")" 1 &&
	grep -qE "^feedwright: $T/feed: 4 entries, atom\.xml [0-9]+ bytes published, rss\.xml [0-9]+ bytes published.*, [0-9]+\.[0-9]{2} s$" "$T/err" &&
	grep -qF "atom.xml $(stat -c %s "$pub/atom.xml") bytes published" "$T/err"
'

test_expect_success '--dry-run after a build: unchanged, with the size' '
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: unchanged (4 entries, $(stat -c %s "$pub/atom.xml") bytes)"
'

test_expect_success '--dry-run after an edit: would be replaced, and no published file is touched' '
	stat -c "%n %i %y" "$pub"/* >"$T/stat.before" &&
	sed -i "s/^Second paragraph of record 1\.$/Changed./" "$T/feed/articles/rec-00001.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: would be replaced (4 entries, " &&
	stat -c "%n %i %y" "$pub"/* >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after"
'

test_expect_success '--stdout atom and rss give the bytes build publishes, and leave TMPDIR clean' '
	# One clock for both builds: the edited entry is updated "now".
	now=$(date +%s) &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=$now "$FEEDWRIGHT" build \
	    --stdout atom "$T/feed" &&
	test_must_be_empty "$T/err" &&
	cp "$T/out" "$T/stdout.atom" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=$now "$FEEDWRIGHT" build -q \
	    "$T/feed" &&
	test_cmp "$pub/atom.xml" "$T/stdout.atom" &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout rss "$T/feed" &&
	test_cmp "$pub/rss.xml" "$T/out" &&
	test_eq "$(ls -A "$T/tmp")" ""
'

test_expect_success '--stdout to a full device: exit 3 and says so' '
	{ "$FEEDWRIGHT" build --stdout atom "$T/feed" >/dev/full 2>"$T/err"; test $? -eq 3; } &&
	echo "feedwright: cannot write to standard output: No space left on device" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success '--stdout with an unknown format, two feeds, or --dry-run: exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" build --stdout nonesuch "$T/feed" &&
	test_expect_code 2 "$FEEDWRIGHT" build --stdout atom "$T/feed" "$T/feed" &&
	test_expect_code 2 "$FEEDWRIGHT" build --stdout atom --dry-run "$T/feed"
'

test_expect_success '--stdout FORMAT turned off in feed.conf: exit 2, naming the setting that turns it on' '
	cp -R "$T/feed" "$T/off" &&
	for f in discovery json page; do
		if [ $f != discovery ]; then set_conf "$T/off" $f no; fi &&
		test_expect_code 2 "$FEEDWRIGHT" build --stdout $f "$T/off" &&
		printf "%s\n" "feedwright: build: --stdout $f: $f is off in $T/off/feed.conf (set $f = yes)" \
		    "Try '\''feedwright build --help'\''." >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_must_be_empty "$T/out" &&
		set_conf "$T/off" $f yes &&
		test_expect_code 0 "$FEEDWRIGHT" build --stdout $f "$T/off" &&
		test -s "$T/out" || return 1
	done
'

# Bad records: by default nothing is published; with --skip-bad-records
# the good ones are, each bad one is named, and the status is 5.
test_expect_success 'bad records: each is named, exit 1, and the old feed stays' '
	cp "$pub/atom.xml" "$T/atom.before" &&
	printf "Only a title\n" >"$T/feed/articles/bad-1.txt" &&
	printf "Title\n\nAuthor\n\nnobody | 2025-01-01 00:00:00\n\nBody.\n" >"$T/feed/articles/bad-2.txt" &&
	sed -i "s/^Changed\.$/Changed again./" "$T/feed/articles/rec-00001.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/feed/articles/bad-1.txt:1: missing author name after the title
	feedwright: $T/feed/articles/bad-2.txt:5: invalid email address "nobody"
	feedwright: $T/feed: 2 of 6 records are bad; nothing was published
	EOF
	test_cmp "$T/want" "$T/err" &&
	test_cmp "$T/atom.before" "$pub/atom.xml"
'

test_expect_success '--dry-run --skip-bad-records: exit 5 and publishes nothing' '
	test_expect_code 5 "$FEEDWRIGHT" build --dry-run --skip-bad-records "$T/feed" &&
	test_cmp "$T/atom.before" "$pub/atom.xml"
'

test_expect_success '--skip-bad-records: each bad record on stderr, the good ones published, exit 5' '
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$T/feed" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/feed/articles/bad-1.txt:1: missing author name after the title
	feedwright: $T/feed/articles/bad-2.txt:5: invalid email address "nobody"
	feedwright: $T/feed: 2 of 6 records are bad and are left out (--skip-bad-records)
	EOF
	test_cmp "$T/want" "$T/err" &&
	test_contains "$pub/atom.xml" "Changed again." &&
	test_lacks "$pub/atom.xml" "Only a title"
'

test_expect_success '--skip-bad-records with nothing changed: still exit 5, and -q still names the bad records' '
	test_expect_code 5 "$FEEDWRIGHT" build -q --skip-bad-records "$T/feed" &&
	test_eq "$(grep -c "bad-[12].txt" "$T/err")" 2
'

test_expect_success '-v --skip-bad-records counts what was left out' '
	test_expect_code 5 "$FEEDWRIGHT" build -v --skip-bad-records "$T/feed" &&
	test_contains "$T/err" "4 entries (2 bad records left out), atom.xml"
'

test_expect_success '--skip-bad-records with only bad records: exit 1, says so, leaves no temporary file' '
	rm "$T/feed/articles/rec-"*.txt "$T/feed/articles/000_"*.txt &&
	test_expect_code 1 "$FEEDWRIGHT" build --skip-bad-records "$T/feed" &&
	test_contains "$T/err" "feedwright: $T/feed: all 2 records are bad; nothing was published" &&
	test_eq "$(ls -A "$pub" | grep -c "^\.")" 0
'

test_done

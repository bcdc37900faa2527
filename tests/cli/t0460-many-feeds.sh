#!/bin/sh
# Many feeds: every feed is built, past failed ones; the exit status is the
# most serious of the feeds' (3, then 1, 4, 5, 0). --all finds the feed
# folders (those holding a feed.conf). The README's crontab line works as
# written, in cron's bare environment.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

lock_pid=
trap 'kill -9 $lock_pid 2>/dev/null; rm -rf "$T"' EXIT

test_expect_success 'set up: a bad feed, a locked one, an unwritable one and a good one, among other files' '
	mkdir "$T/feeds" &&
	for f in a-bad b-locked c-unwritable z-good; do
		new_feed "$T/feeds/$f" || return 1
	done &&
	echo "not a feed" >"$T/feeds/README" &&
	mkdir "$T/feeds/not-a-feed" &&
	printf "Only a title\n" >"$T/feeds/a-bad/articles/bad.txt" &&
	: >"$T/feeds/c-unwritable/out" &&
	set_conf "$T/feeds/c-unwritable" output out &&
	hold_lock b "$T/feeds/b-locked/.feedwright.lock"
'

test_expect_success 'bad input, lock busy, write failure: write failure wins (status 3), each reported once' '
	test_expect_code 3 "$FEEDWRIGHT" build --all --no-wait "$T/feeds" &&
	grep "^feedwright: $T/feeds/a-bad/articles/bad.txt:1: missing author name" "$T/err" &&
	grep -v "/bad.txt:1:" "$T/err" >"$T/rest" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/feeds/a-bad: 1 of 2 records are bad; nothing was published
	feedwright: $T/feeds/b-locked/.feedwright.lock: another build of this feed is running; not waiting (--no-wait)
	feedwright: $T/feeds/c-unwritable/out: not a folder, but the output folder is meant to be here
	EOF
	test_cmp "$T/want" "$T/rest" &&
	test "$(wc -l <"$T/err")" -eq 4
'

test_expect_success 'the good feed, after three failures, is built; the failed ones are not published' '
	test -f "$T/feeds/z-good/public/atom.xml" &&
	test ! -e "$T/feeds/a-bad/public" &&
	test ! -e "$T/feeds/b-locked/public"
'

test_expect_success 'bad input and lock busy: bad input wins (status 1)' '
	mv "$T/feeds/c-unwritable" "$T/c-unwritable" &&
	test_expect_code 1 "$FEEDWRIGHT" build --all --no-wait "$T/feeds"
'

test_expect_success 'lock busy and skipped records: lock busy wins (status 4)' '
	test_expect_code 4 "$FEEDWRIGHT" build --all --no-wait --skip-bad-records "$T/feeds" &&
	test -f "$T/feeds/a-bad/public/atom.xml"
'

test_expect_success 'only skipped records: status 5' '
	release_lock b &&
	test_expect_code 5 "$FEEDWRIGHT" build --all --skip-bad-records "$T/feeds"
'

test_expect_success 'all good: status 0, silent, and the once locked feed is published' '
	rm "$T/feeds/a-bad/articles/bad.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build --all "$T/feeds" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test -f "$T/feeds/b-locked/public/atom.xml"
'

# Feed folders named one by one (a shell glob) work the same; a glob also
# catches what is no feed folder, and says so.
test_expect_success 'a glob that catches a stray file and a folder without feed.conf names them (status 1)' '
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feeds/"* &&
	cat >"$T/want" <<-EOF &&
	feedwright: $T/feeds/README/feed.conf: cannot read: Not a directory
	feedwright: $T/feeds/not-a-feed/feed.conf: cannot read: No such file or directory
	EOF
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'two feeds by name, -v: one line per feed' '
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feeds/a-bad" "$T/feeds/z-good" &&
	test "$(wc -l <"$T/err")" -eq 2
'

test_expect_success '--all on a folder without feeds says so (status 1)' '
	mkdir "$T/empty" &&
	test_expect_code 1 "$FEEDWRIGHT" build --all "$T/empty" &&
	echo "feedwright: $T/empty: no feed folders here (folders holding a feed.conf)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success '--all with -o is a usage error' '
	test_expect_code 2 "$FEEDWRIGHT" build --all -o "$T/x" "$T/feeds"
'

# The README's crontab line, as written, with cron's environment: only the
# paths of the binary and the feeds are swapped for the test's.
cron() {
	(cd "$T/home" && env -i HOME="$T/home" LOGNAME=nobody SHELL=/bin/sh \
	    PATH=/usr/bin:/bin FEEDWRIGHT="$FEEDWRIGHT" /bin/sh -c "$cmd" </dev/null)
}

test_expect_success 'the README has a crontab line' '
	line=$(awk "\$1 == \"*/15\" && \$6 ~ /feedwright\$/ { print; exit }" "$SRCDIR/README.md") &&
	test -n "$line" &&
	cmd=$(printf "%s\n" "$line" | awk "{ \$1 = \$2 = \$3 = \$4 = \$5 = \"\"; sub(/^ +/, \"\"); print }") &&
	bin=$(printf "%s\n" "$cmd" | awk "{ print \$1 }") &&
	cmd=$(printf "%s\n" "$cmd" | sed "s|^$bin |\"\\\$FEEDWRIGHT\" |; s|/srv/feeds|$T/srv/feeds|g") &&
	echo "crontab: $line" && echo "runs:    $cmd" &&
	mkdir -p "$T/srv/feeds" "$T/home" &&
	cp -R "$T/feeds/z-good" "$T/srv/feeds/news" &&
	cp -R "$T/feeds/a-bad" "$T/srv/feeds/world" &&
	rm -rf "$T/srv/feeds/"*/public "$T/srv/feeds/"*/.feedwright.lock
'

test_expect_success 'the crontab line publishes every feed and mails nothing when all is well' '
	test_expect_code 0 cron &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test -f "$T/srv/feeds/news/public/atom.xml" &&
	test -f "$T/srv/feeds/world/public/atom.xml"
'

test_expect_success 'the crontab line with a bad record: status 1, and it mails the problem' '
	printf "Only a title\n" >"$T/srv/feeds/world/articles/bad.txt" &&
	test_expect_code 1 cron &&
	grep -F "$T/srv/feeds/world/articles/bad.txt:1:" "$T/err"
'

test_done

#!/bin/sh
# build checks each output while it writes it, from the bytes it writes
# (a thread of its own reads them), and compares them with the published
# file as they are written: the new file is never read back. With
# FEEDWRIGHT_THREADS=1 it writes, then checks each file read back, in one
# thread; the files are byte for byte the same. A failed check still
# publishes nothing, whichever way it ran.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

cd "$T" || exit 99

command -v strace >/dev/null 2>&1 && test_set_prereq STRACE
[ "$(getconf _NPROCESSORS_ONLN)" -gt 1 ] && test_set_prereq CORES

new_feed feed
set_conf feed max-entries 1000
"$PYTHON" "$SRCDIR/tests/bench/gen-records.py" big 300 >/dev/null &&
    cp big/articles/*.txt feed/articles/
cp -R feed feed-saved

test_expect_success 'threads and one thread publish the same bytes, every format' '
	test_expect_code 0 "$FEEDWRIGHT" build -o threads feed &&
	test_expect_code 0 env FEEDWRIGHT_THREADS=1 "$FEEDWRIGHT" build -o one feed &&
	test_must_be_empty err &&
	ls threads >names &&
	test_eq "$(cat names | tr "\n" " ")" "atom.xml feed.json index.html rss.xml " &&
	for f in atom.xml rss.xml feed.json index.html; do
		cmp threads/$f one/$f || return 1
	done
'

test_expect_success 'an unchanged rebuild says so, with threads and without' '
	test_expect_code 0 "$FEEDWRIGHT" build -v -o threads feed &&
	test_contains err "atom.xml 1" && test_contains err "bytes unchanged, rss.xml" &&
	test_eq "$(grep -o "unchanged" err | wc -l)" 4 &&
	test_expect_code 0 env FEEDWRIGHT_THREADS=1 "$FEEDWRIGHT" build -v -o threads feed &&
	test_eq "$(grep -o "unchanged" err | wc -l)" 4
'

# The comparison made while writing must see a published file longer,
# shorter or different in its last byte, and a new mode.
test_expect_success 'a published file one byte longer, shorter or different is replaced' '
	printf x >>threads/atom.xml &&
	head -c -1 threads/rss.xml >rss && cat rss >threads/rss.xml &&
	head -c -2 threads/index.html >page && printf "X\n" >>page &&
	cat page >threads/index.html &&
	chmod 600 threads/feed.json &&
	test_expect_code 0 "$FEEDWRIGHT" build -v -o threads feed &&
	test_contains err "threads/atom.xml: warning: cannot check the ledger against this published feed" &&
	test_eq "$(grep -v "cannot check the ledger" err | grep -o "published" | wc -l)" 4 &&
	for f in atom.xml rss.xml feed.json index.html; do
		cmp threads/$f one/$f || return 1
	done &&
	test_eq "$(stat -c %a threads/feed.json)" 644
'

# (LeakSanitizer cannot work under strace: it is off for this one.)
test_expect_success STRACE,CORES 'the new files are never opened again to be checked or compared' '
	rm -rf s && "$FEEDWRIGHT" build -o s feed &&
	env ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	    strace -f -qq -e trace=openat -o trace "$FEEDWRIGHT" build -o s feed &&
	grep -E "\"s/\.(atom|rss)\.xml\.[A-Za-z0-9]{6}\"" trace >tmp-opens &&
	test_eq "$(grep -c O_CREAT tmp-opens) $(wc -l <tmp-opens)" "2 2" &&
	cmp s/atom.xml one/atom.xml
'

# check_fails NAME THREADS: the check of NAME fails (FEEDWRIGHT_THREADS
# is THREADS); what was published before stays as it was.
check_fails() {
	rm -rf pub && "$FEEDWRIGHT" build -o pub feed-saved &&
	cp -R pub pub-before &&
	test_expect_code 1 env FEEDWRIGHT_THREADS="$2" \
	    FEEDWRIGHT_TEST_HOOK="check-read:$1:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build -o pub feed &&
	echo "feedwright: pub/$1: cannot read: Input/output error [unreadable]" >expect &&
	test_cmp expect err &&
	diff -r pub-before pub &&
	test_eq "$(ls -A pub | tr "\n" " ")" "atom.xml feed.json index.html rss.xml "
}

test_expect_success HOOKS 'a failed check of rss.xml publishes nothing (threads)' '
	test_when_finished "rm -rf feed pub pub-before && cp -R feed-saved feed" &&
	printf "A story\n\nDesk\n\ndesk@example.com | 2026-01-01 00:00:00\n\nNew.\n" >feed/articles/new.txt &&
	check_fails rss.xml ""
'

test_expect_success HOOKS 'a failed check of atom.xml publishes nothing (one thread)' '
	test_when_finished "rm -rf feed pub pub-before && cp -R feed-saved feed" &&
	printf "A story\n\nDesk\n\ndesk@example.com | 2026-01-01 00:00:00\n\nNew.\n" >feed/articles/new.txt &&
	check_fails atom.xml 1
'

test_expect_success HOOKS 'a failed check of the page publishes nothing' '
	test_when_finished "rm -rf feed pub pub-before && cp -R feed-saved feed" &&
	printf "A story\n\nDesk\n\ndesk@example.com | 2026-01-01 00:00:00\n\nNew.\n" >feed/articles/new.txt &&
	check_fails index.html ""
'

test_expect_success HOOKS 'with --stdout, a failed check writes nothing to standard output' '
	FEEDWRIGHT_TEST_HOOK="check-read:atom.xml:fail=EIO" \
	    test_expect_code 1 "$FEEDWRIGHT_HOOKED" build --stdout atom feed &&
	test_must_be_empty out &&
	test_contains err "atom.xml: cannot read: Input/output error [unreadable]"
'

test_expect_success GNU_TIME 'checking while writing holds no whole output: 3,000 records, 40 MB of feeds, peak under 64 MiB' '
	"$PYTHON" "$SRCDIR/tests/bench/gen-records.py" many 3000 >/dev/null &&
	/usr/bin/time -f %M -o rss "$FEEDWRIGHT" build -o many-out many &&
	echo "peak: $(tail -n 1 rss) KB" &&
	test "$(cat many-out/*.xml | wc -c)" -gt 20000000 &&
	[ "$(tail -n 1 rss)" -lt 65536 ]
'

test_done

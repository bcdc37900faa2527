#!/bin/sh
# With one thread (FEEDWRIGHT_THREADS=1), build checks each output by
# reading its temporary file back, through the reading validate does:
# 64 KiB at a time, not one read(2) per 4 KB the parser asks for, each
# request still answered as read(2) would (tests/unit/test_read_ahead.c),
# so the same bytes are published and a failed read still stops it.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

cd "$T" || exit 99

command -v strace >/dev/null 2>&1 && test_set_prereq STRACE

"$PYTHON" "$SRCDIR/tests/bench/gen-records.py" feed 200 >/dev/null

# reads TRACE NAME: the read(2) calls on the temporary file of output
# NAME in TRACE (strace -y), one a line: the length asked and the answer.
reads() {
	sed -n "s/^[0-9]* *read([0-9]*<[^>]*\\/\\.$2\\.[A-Za-z0-9]\\{6\\}>, .*, \\([0-9]*\\)) = \\([0-9-]*\\)\$/\\1 \\2/p" "$1"
}

# (LeakSanitizer cannot work under strace: it is off here.)
test_expect_success STRACE 'one thread: each output is read back 64 KiB at a time, as many reads as its size needs' '
	env FEEDWRIGHT_THREADS=1 \
	    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
	    strace -f -qq -y -e trace=read -o trace \
	    "$FEEDWRIGHT" build -o one feed &&
	for f in atom.xml rss.xml; do
		size=$(wc -c <one/$f) &&
		test "$size" -gt 500000 &&
		reads trace $f >all &&
		# The parser may ask again at the end: read(2) is asked again.
		grep -v " 0\$" all >got &&
		test "$(tail -n 1 all)" = "65536 0" &&
		# Full pieces of 64 KiB, then the rest.
		{
			i=0 &&
			while [ $((i + 65536)) -le "$size" ]; do
				echo "65536 65536" &&
				i=$((i + 65536)) || return 1
			done &&
			if [ "$i" -lt "$size" ]; then
				echo "65536 $((size - i))"
			fi
		} >want &&
		test_cmp want got || return 1
	done
'

test_expect_success 'one thread and threads publish the same bytes' '
	"$FEEDWRIGHT" build -o threads feed &&
	env FEEDWRIGHT_THREADS=1 "$FEEDWRIGHT" build -o one2 feed &&
	cmp threads/atom.xml one2/atom.xml &&
	cmp threads/rss.xml one2/rss.xml
'

test_expect_success HOOKS 'one thread: a failed first read of the check still publishes nothing' '
	test_expect_code 1 env FEEDWRIGHT_THREADS=1 \
	    FEEDWRIGHT_TEST_HOOK="check-read:rss.xml:fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build -o failed feed &&
	echo "feedwright: failed/rss.xml: cannot read: Input/output error [unreadable]" >expect &&
	test_cmp expect err &&
	ls -A failed >left &&
	test_must_be_empty left
'

test_done

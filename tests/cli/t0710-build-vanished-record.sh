#!/bin/sh
# A record deleted during a build (an editor unpublishing an article) is
# left out with a warning, not an error that stops the feed: deleted
# between the listing and pass one, it is skipped; deleted between pass
# one and pass two, the feeds are written again without it, so they are
# the same bytes as a build that never saw it (with max-entries full,
# they hold one entry fewer until the next build). The deletion is
# injected at an exact point by on-open.py (fanotify permission events:
# the build's open of one record is held until another is removed).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

ON_OPEN="$SRCDIR/tests/cli/on-open.py"
mkdir probe
"$PYTHON" "$ON_OPEN" --probe probe 2>/dev/null && test_set_prereq FANOTIFY

# record DATE TITLE [FIELDS]: a record's text.
record() {
	if [ -n "${3:-}" ]; then printf -- '---\n%s\n---\n' "$3"; fi
	printf '%s\n\nDesk\n\ndesk@example.com | %s\n\nBody of %s.\n' "$2" "$1" "$2"
}

# on_open NAME NTH VICTIM ARGS...: builds, removing VICTIM from the
# records the NTH time the build opens the record NAME.
on_open() {
	_name=$1 _nth=$2 _victim=$3
	shift 3
	timeout 20 "$PYTHON" "$ON_OPEN" feed/articles "$_name" "$_nth" "$_victim" \
	    "$FEEDWRIGHT" build "$@"
}

new_feed feed
record "2025-03-01 09:00:00" "Newest story" >feed/articles/n1.txt
record "2025-02-20 09:00:00" "Second story" "Updated: 2025-04-01 09:00:00" \
    >feed/articles/n2.txt
cp -R feed feed-saved

test_expect_success FANOTIFY 'a record deleted after the listing, before it is read: skipped with a warning' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	test_expect_code 0 on_open n1.txt 1 n2.txt feed &&
	echo "feedwright: feed/articles/n2.txt: warning: record disappeared during the build; left out" >expect &&
	test_cmp expect err &&
	test ! -e feed/articles/n2.txt &&
	grep -F "Newest story" feed/public/atom.xml &&
	! grep -F "Second story" feed/public/atom.xml
'

test_expect_success FANOTIFY '-q leaves the warning out' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	test_expect_code 0 on_open n1.txt 1 n2.txt -q feed &&
	test_must_be_empty err &&
	test ! -e feed/articles/n2.txt
'

# Pass one opens the records in name order; pass two, newest first: the
# second open of n1.txt is pass two's first, and n2.txt comes next.
test_expect_success FANOTIFY 'a record deleted between pass one and pass two: the feeds are written without it' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	test_expect_code 0 on_open n1.txt 2 n2.txt feed &&
	echo "feedwright: feed/articles/n2.txt: warning: record disappeared during the build; left out" >expect &&
	test_cmp expect err &&
	test ! -e feed/articles/n2.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/without" feed &&
	diff -r without feed/public &&
	! grep -F "2025-04-01" feed/public/atom.xml
'

test_expect_success FANOTIFY 'with max-entries full, the feeds hold one entry fewer' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	set_conf feed max-entries 2 &&
	test_expect_code 0 on_open n1.txt 2 n2.txt feed &&
	test_cmp expect err &&
	test "$(grep -c "<entry>" feed/public/atom.xml)" -eq 1 &&
	grep -F "Newest story" feed/public/atom.xml
'

test_expect_success FANOTIFY 'every chosen record deleted: nothing to publish (exit 1)' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	set_conf feed max-entries 1 &&
	test_expect_code 1 on_open n1.txt 1 n1.txt feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/n1.txt: warning: record disappeared during the build; left out" \
	    "feedwright: feed/articles: no article records (*.txt); nothing was published" >expect &&
	test_cmp expect err &&
	test ! -e feed/public/atom.xml
'

test_expect_success FANOTIFY '--stdout leaves a vanished record out too' '
	test_when_finished "rm -rf feed && cp -R feed-saved feed" &&
	test_expect_code 0 on_open n1.txt 2 n2.txt --stdout atom feed &&
	! grep -F "Second story" out &&
	grep -F "Newest story" out &&
	cp -R feed-saved feed2 &&
	rm feed2/articles/n2.txt &&
	"$FEEDWRIGHT" build --stdout atom feed2 >want &&
	test_cmp want out
'

test_done

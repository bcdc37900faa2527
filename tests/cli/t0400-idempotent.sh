#!/bin/sh
# Publishing is idempotent: an unchanged rebuild leaves every published
# file alone (same inode, same mtime, so web servers keep their
# Last-Modified and ETag), and a changed record changes exactly its own
# entry. Files are world-readable whatever the umask, and nothing but the
# feeds is left in the output folder.
. "$SRCDIR/tests/lib.sh"

pub=$T/feed/public

test_expect_success 'a first build under umask 077 is silent, exit 0' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" max-entries 1000 &&
	awk -v n=5 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk" &&
	(umask 077 && "$FEEDWRIGHT" build "$T/feed") >"$T/out" 2>"$T/err" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'under umask 077 every published file is mode 644 and the folder 755' '
	test -n "$(ls "$pub")" &&
	for f in "$pub"/*; do
		test_eq "$(basename "$f") $(stat -c %a "$f")" "$(basename "$f") 644" || return 1
	done &&
	test_eq "$(stat -c %a "$pub")" 755
'

test_expect_success 'no temporary file is left in the output folder' '
	test_eq "$(ls -A "$pub" | grep -c "^\.")" 0
'

test_expect_success 'an unchanged rebuild is silent and keeps every inode and mtime' '
	for f in "$pub"/*; do touch -d "2020-01-02 03:04:05" "$f" || return 1; done &&
	stat -c "%n %i %y" "$pub"/* >"$T/stat.before" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	stat -c "%n %i %y" "$pub"/* >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after"
'

test_expect_success '-v on an unchanged rebuild says "bytes unchanged", never "published"' '
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "atom.xml" &&
	test_contains "$T/err" "bytes unchanged" &&
	test_lacks "$T/err" "published"
'

# The edit moves the entry's updated, and so the feed's, to the build's
# time (issue 11): SOURCE_DATE_EPOCH, 2026-01-01 00:00 UTC.
test_expect_success 'after an edit, -v says in one summary line what was published, and atom.xml is a new inode' '
	cp "$pub/atom.xml" "$T/atom.old" &&
	cp "$pub/rss.xml" "$T/rss.old" &&
	sed -i "s/^Second paragraph of record 2\.$/An edited second paragraph./" "$T/feed/articles/rec-00002.txt" &&
	test_expect_code 0 env SOURCE_DATE_EPOCH=1767225600 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "atom.xml" &&
	test_contains "$T/err" "bytes published" &&
	test_contains "$T/err" "feedwright: $pub/atom.xml: replaced" &&
	test_eq "$(grep -vc ": replaced$" "$T/err")" 1 &&
	test "$(stat -c %i "$pub/atom.xml")" != "$(grep "^$pub/atom.xml " "$T/stat.before" | cut -d" " -f2)"
'

# without FILE START END: FILE with the block holding rec-00002 replaced by a marker.
without() {
	awk -v start="$2" -v stop="$3" '
	index($0, start) { inblk = 1; blk = ""; }
	inblk {
		blk = blk $0 "\n"
		if (index($0, stop)) {
			inblk = 0
			if (index(blk, "news/rec-00002<")) print "[the edited entry]"
			else printf "%s", blk
		}
		next
	}
	{ print }' "$1"
}

test_expect_success 'Atom: everything but the edited entry and the feed'"'"'s updated is the same, and the marker stands for one entry' '
	without "$T/atom.old" "<entry>" "</entry>" | grep -v "^  <updated>" >"$T/atom.old.rest" &&
	without "$pub/atom.xml" "<entry>" "</entry>" | grep -v "^  <updated>" >"$T/atom.new.rest" &&
	test_cmp "$T/atom.old.rest" "$T/atom.new.rest" &&
	test_eq "$(grep -c "^\[the edited entry\]$" "$T/atom.old.rest")" 1
'

test_expect_success 'RSS: everything but the edited item and lastBuildDate is the same' '
	without "$T/rss.old" "<item>" "</item>" | grep -v "<lastBuildDate>" >"$T/rss.old.rest" &&
	without "$pub/rss.xml" "<item>" "</item>" | grep -v "<lastBuildDate>" >"$T/rss.new.rest" &&
	test_cmp "$T/rss.old.rest" "$T/rss.new.rest"
'

test_expect_success 'Atom: the whole diff is the edited paragraph, its updated and the feed'"'"'s' '
	cat >"$T/want" <<-\EOF &&
	<   <updated>2025-02-06T06:32:57+09:00</updated>
	>   <updated>2026-01-01T09:00:00+09:00</updated>
	<     <updated>2024-01-01T00:02:00+09:00</updated>
	>     <updated>2026-01-01T09:00:00+09:00</updated>
	< <p>Second paragraph of record 2.</p>]]></content>
	> <p>An edited second paragraph.</p>]]></content>
	EOF
	diff "$T/atom.old" "$pub/atom.xml" | grep "^[<>]" >"$T/atom.diff" &&
	test_cmp "$T/want" "$T/atom.diff"
'

test_expect_success 'no temporary file is left after the rebuild' '
	test_eq "$(ls -A "$pub" | grep -c "^\.")" 0
'

test_done

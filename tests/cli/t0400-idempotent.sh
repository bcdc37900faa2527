#!/bin/sh
# Publishing is idempotent: an unchanged rebuild leaves every published
# file alone (same inode, same mtime, so web servers keep their
# Last-Modified and ETag), and a changed record changes exactly its own
# entry. Files are world-readable whatever the umask, and nothing but the
# feeds is left in the output folder.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
set_conf "$T/feed" max-entries 1000
awk -v n=5 -v dir="$T/feed/articles" -f "$SRCDIR/tests/data/cron/records.awk"
pub=$T/feed/public

(umask 077 && "$FEEDWRIGHT" build "$T/feed") >"$T/out" 2>"$T/err"
expect_eq "first build (exit status)" "$?" 0
expect_eq "silent on success" "$(cat "$T/out" "$T/err")" ""
for f in "$pub"/*; do
	expect_eq "$(basename "$f") is mode 644 under umask 077" "$(stat -c %a "$f")" 644
done
expect_eq "the output folder is mode 755 under umask 077" "$(stat -c %a "$pub")" 755
expect_eq "no temporary file in the output folder" "$(ls -A "$pub" | grep -c '^\.')" 0

# An unchanged rebuild: the files' mtimes are set far back first, so a
# rewrite would show even within the same second.
for f in "$pub"/*; do touch -d '2020-01-02 03:04:05' "$f"; done
stat -c '%n %i %y' "$pub"/* >"$T/stat.before"
run "$FEEDWRIGHT" build "$T/feed"
expect_status "unchanged rebuild" 0
expect_eq "unchanged rebuild is silent" "$(cat "$T/out" "$T/err")" ""
stat -c '%n %i %y' "$pub"/* >"$T/stat.after"
expect_same_file "unchanged rebuild keeps every inode and mtime" "$T/stat.after" "$T/stat.before"
run "$FEEDWRIGHT" build -v "$T/feed"
expect_contains "-v says unchanged" "$T/err" "atom.xml"
expect_contains "-v says unchanged" "$T/err" "bytes unchanged"
expect_lacks "-v: nothing published" "$T/err" "published"

# Change one record: exactly that entry changes, in Atom and in RSS.
cp "$pub/atom.xml" "$T/atom.old"
cp "$pub/rss.xml" "$T/rss.old"
sed -i 's/^Second paragraph of record 2\.$/An edited second paragraph./' "$T/feed/articles/rec-00002.txt"
run "$FEEDWRIGHT" build -v "$T/feed"
expect_status "rebuild after an edit" 0
expect_contains "-v says what was published" "$T/err" "atom.xml"
expect_contains "-v says published" "$T/err" "bytes published"
expect_eq "-v prints one line" "$(wc -l <"$T/err")" 1
check "the inode of atom.xml changed" test "$(stat -c %i "$pub/atom.xml")" != "$(grep "^$pub/atom.xml " "$T/stat.before" | cut -d' ' -f2)"

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
without "$T/atom.old" "<entry>" "</entry>" >"$T/atom.old.rest"
without "$pub/atom.xml" "<entry>" "</entry>" >"$T/atom.new.rest"
expect_same_file "Atom: everything but the edited entry is the same" "$T/atom.new.rest" "$T/atom.old.rest"
check "Atom: the marker stands for one entry" test "$(grep -c '^\[the edited entry\]$' "$T/atom.old.rest")" = 1
without "$T/rss.old" "<item>" "</item>" >"$T/rss.old.rest"
without "$pub/rss.xml" "<item>" "</item>" >"$T/rss.new.rest"
expect_same_file "RSS: everything but the edited item is the same" "$T/rss.new.rest" "$T/rss.old.rest"
diff "$T/atom.old" "$pub/atom.xml" | grep '^[<>]' >"$T/atom.diff"
expect_eq "Atom: the diff is the edited paragraph" "$(cat "$T/atom.diff")" \
"< &lt;p&gt;Second paragraph of record 2.&lt;/p&gt;</content>
> &lt;p&gt;An edited second paragraph.&lt;/p&gt;</content>"
expect_eq "no temporary file after the rebuild" "$(ls -A "$pub" | grep -c '^\.')" 0

finish

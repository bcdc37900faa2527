#!/bin/sh
# validate --against: an entry of OLD that NEW announces deleted with an
# RFC 6721 at:deleted-entry tombstone was taken down, and readers are
# told so: it is not "gone while an older one remains" (continuity-
# vanished), which --strict would fail. A tombstone for another id hides
# nothing.
. "$SRCDIR/tests/lib.sh"

cp "$SRCDIR"/tests/validate/history/against/* "$T/" || exit 99
cd "$T" || exit 99

# tomb REF FILE: vanished.atom with a tombstone for REF after its self link.
tomb() {
	sed -e 's|<feed xmlns="http://www.w3.org/2005/Atom"|& xmlns:at="http://purl.org/atompub/tombstones/1.0"|' \
	    -e "s|^  <link rel=\"self\".*|&\\
  <at:deleted-entry ref=\"$1\" when=\"2024-03-06T00:00:00Z\"/>|" \
	    vanished.atom >"$2"
}

test_expect_success 'an entry gone from the middle with a tombstone in NEW: nothing reported, exit 0 with --strict' '
	tomb https://example.org/posts/4 deleted.atom &&
	test_contains deleted.atom "<at:deleted-entry ref=\"https://example.org/posts/4\"" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom deleted.atom &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a tombstone for another id: the entry gone from the middle is still reported' '
	tomb https://example.org/posts/9 other.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict --against=old.atom other.atom &&
	cat >want <<-\EOT &&
	other.atom:21:1: warning: entry "https://example.org/posts/4" of old.atom (line 14) is gone, while "https://example.org/posts/2", older, remains [continuity-vanished]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'feedwright'"'"'s own build after a record is deleted: the tombstone it writes keeps --against silent' '
	archive_feed feed 5 4 &&
	for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
		day_record feed $i || return 1
	done &&
	SOURCE_DATE_EPOCH=1767225600 "$FEEDWRIGHT" build -q feed &&
	cp feed/public/atom.xml old.xml &&
	rm feed/articles/r10.txt &&
	SOURCE_DATE_EPOCH=1767312000 "$FEEDWRIGHT" build -q feed &&
	test_contains feed/public/atom.xml "<at:deleted-entry ref=\"tag:globaleconomictimes.kr,2025:news/r10\"" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.xml feed/public/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_done

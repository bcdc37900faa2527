#!/bin/sh
# A build records the ledger and the atom.xml it published as a pair, by
# each file's identity (device, inode, size, both times to the
# nanosecond), in FEEDDIR/.feedwright-verified. While both are still those
# files, the next build does not read atom.xml back to check the ids
# readers have against the ledger: it wrote that feed from that ledger. A
# ledger or a feed restored, copied back or edited in place, a record
# damaged or missing, a build killed before recording: the feed is read
# and checked as before.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

F=$T/feed
pub=$F/public
L=$F/ledger.tsv
V=$F/.feedwright-verified

# poke FILE FROM TO: the first FROM in FILE becomes TO (as long), written
# in place: the same inode, its times those of a write.
poke() {
	_off=$(grep -bo "$2" "$1" | head -n 1 | cut -d: -f1) &&
	test -n "$_off" && test ${#2} -eq ${#3} &&
	printf "%s" "$3" | dd of="$1" bs=1 seek="$_off" conv=notrunc 2>/dev/null
}

# checks ARGS...: "feedwright build ARGS" (hooked), the read of the
# published feed made to fail; true if the build read it (its warning).
checks() {
	FEEDWRIGHT_TEST_HOOK=check-published:fail=EIO hooked build "$@" \
	    >"$T/out" 2>"$T/err" &&
	grep -q "cannot check the ledger against this published feed: cannot read it: Input/output error; it is written again from the ledger" "$T/err"
}

test_expect_success 'set up: two records published; the pair is recorded' '
	mkdir -p "$F/articles" &&
	cp "$SRCDIR/feeds/global-economic-times/feed.conf" "$F/" &&
	day_record "$F" 01 && day_record "$F" 02 &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test "$(sed -n 1p "$V")" = "feedwright-verified 1" &&
	test "$(stat -c "ledger %d %i %s" "$L")" = "$(sed -n "2s/^\(ledger [0-9]* [0-9]* [0-9]*\) .*/\1/p" "$V")" &&
	test "$(stat -c "feed %d %i %s" "$pub/atom.xml")" = "$(sed -n "3s/^\(feed [0-9]* [0-9]* [0-9]*\) .*/\1/p" "$V")" &&
	test "$(wc -l <"$V")" -eq 3
'

test_expect_success HOOKS 'the next build does not read atom.xml back, publishes as before, and writes nothing in the feed folder' '
	cp -p "$pub/atom.xml" "$T/atom.before" &&
	stat -c "%y %z" "$F" "$V" >"$T/times.before" &&
	! checks "$F" &&
	test_must_be_empty "$T/err" &&
	test_cmp "$T/atom.before" "$pub/atom.xml" &&
	stat -c "%y %z" "$F" "$V" >"$T/times.after" &&
	test_cmp "$T/times.before" "$T/times.after"
'

test_expect_success HOOKS 'without the record it reads it (the failed read is said): the test can tell' '
	rm "$V" &&
	checks "$F" &&
	test_path_is_file "$V" &&
	! checks "$F"
'

test_expect_success HOOKS 'a damaged record is no pair: the feed is read, and the record made again' '
	echo "feedwright-verified 1" >"$V" &&
	checks "$F" &&
	test "$(wc -l <"$V")" -eq 3 &&
	printf "\000\377garbage" >"$V" &&
	checks "$F" &&
	! checks "$F"
'

test_expect_success HOOKS 'a record that is a link is not read' '
	cp "$V" "$T/v" && rm "$V" && ln -s "$T/v" "$V" &&
	checks "$F" &&
	test_path_is_file "$V" && ! test -h "$V"
'

test_expect_success 'a ledger restored in place from an older copy is checked, and stops the build' '
	cp -p "$L" "$T/ledger.two" &&
	day_record "$F" 03 &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	cp -p "$L" "$T/ledger.three" &&
	cat "$T/ledger.two" >"$L" &&
	touch -r "$T/ledger.three" "$L" &&
	test_expect_code 1 "$FEEDWRIGHT" build -q "$F" &&
	grep -q "^feedwright: $L: the id \"[^\"]*r03\", published in $pub/atom.xml, is not in the ledger\$" "$T/err"
'

test_expect_success 'the same ledger moved back in (another inode) is checked too' '
	cp "$T/ledger.two" "$T/l" && mv "$T/l" "$L" &&
	test_expect_code 1 "$FEEDWRIGHT" build -q "$F" &&
	grep -q "is not in the ledger\$" "$T/err" &&
	cp -p "$T/ledger.three" "$L" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F"
'

test_expect_success 'an atom.xml edited in place, its size and modification time kept, is checked' '
	cp -p "$pub/atom.xml" "$T/atom.good" &&
	stat -c %i "$pub/atom.xml" >"$T/inode" &&
	poke "$pub/atom.xml" "r02<" "x02<" &&
	touch -r "$T/atom.good" "$pub/atom.xml" &&
	test "$(stat -c "%i %s %Y" "$pub/atom.xml")" = "$(cat "$T/inode") $(stat -c "%s %Y" "$T/atom.good")" &&
	test_expect_code 1 "$FEEDWRIGHT" build -q "$F" &&
	grep -q "^feedwright: $L: the id \"[^\"]*x02\", published in $pub/atom.xml, is not in the ledger\$" "$T/err" &&
	poke "$pub/atom.xml" "x02<" "r02<"
'

test_expect_success HOOKS 'a build killed after publishing, before recording: the next build reads the feed' '
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	day_record "$F" 04 &&
	test_expect_code 137 env FEEDWRIGHT_TEST_HOOK=after-rename:atom.xml:kill "$FEEDWRIGHT_HOOKED" build -q "$F" &&
	checks "$F" &&
	! checks "$F"
'

test_expect_success HOOKS 'a build killed while it writes the record leaves a temporary file, which the next build removes' '
	rm "$V" &&
	test_expect_code 137 env FEEDWRIGHT_TEST_HOOK=tmp-created:.feedwright-verified:kill "$FEEDWRIGHT_HOOKED" build -q "$F" &&
	test_path_is_missing "$V" &&
	test "$(ls -a "$F" | grep -c "^\.\.feedwright-verified\.[A-Za-z0-9]\{6\}\$")" -eq 1 &&
	checks "$F" &&
	test "$(ls -a "$F" | grep -c "feedwright-verified")" -eq 1 &&
	! checks "$F"
'

test_expect_success HOOKS 'a ledger restored in place while a build publishes is not recorded as its pair' '
	day_record "$F" 05 &&
	hook_start pub after-rename:atom.xml "$F" &&
	cp "$L" "$T/ledger.five" &&
	cat "$T/ledger.two" >"$L" &&
	hook_go pub && hook_wait "$hook_pid" &&
	test "$status" -eq 0 &&
	test_expect_code 1 "$FEEDWRIGHT" build -q "$F" &&
	grep -q "^feedwright: $L: the id \"[^\"]*r05\", published in $pub/atom.xml, is not in the ledger\$" "$T/err" &&
	cat "$T/ledger.five" >"$L"
'

test_expect_success HOOKS 'an atom.xml changed in place after a build compared it is not recorded either' '
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	hook_start cmp after-write "$F" &&
	poke "$pub/atom.xml" "r02<" "x02<" &&
	hook_go cmp && hook_wait "$hook_pid" &&
	test "$status" -eq 0 &&
	test_expect_code 1 "$FEEDWRIGHT" build -q "$F" &&
	grep -q "x02\", published in $pub/atom.xml, is not in the ledger\$" "$T/err" &&
	poke "$pub/atom.xml" "x02<" "r02<"
'

test_expect_success HOOKS '--dry-run and --stdout record nothing; the next build reads the feed' '
	rm "$V" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom "$F" &&
	test_path_is_missing "$V" &&
	checks "$F"
'

test_expect_success HOOKS 'a build into another folder (-o) makes its own pair; the first folder is then read' '
	test_expect_code 0 "$FEEDWRIGHT" build -q -o "$T/other" "$F" &&
	! checks -o "$T/other" "$F" &&
	checks "$F" &&
	! checks "$F"
'

test_done

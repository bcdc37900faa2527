#!/bin/sh
# The ledger's date and bad records (feedwright(5), LEDGER.TSV): a build
# that leaves out a bad record that may have changed dates the ledger as
# far back as it looked itself, so the next build looks at that record
# again. Here an archived record is edited and made bad by something
# outside itself (a trailer setting that drops its whole body), left out
# by --skip-bad-records in a build two hours after the edit; then the
# setting is taken back, which makes it good again, its file untouched. Had the bad build
# dated the ledger when it began, the next one would take the edit for
# older than the ledger and never hash the record: its entry would keep
# the old text. faketime moves the builds' clock (no sleeps); the
# records' times are real.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
archive_feed "$F" 2 2
E1=1767225600		# 2026-01-01 00:00 UTC, 09:00 in Seoul
ID=tag:globaleconomictimes.kr,2025:news

rec() { day_record "$F" "$1"; }

# at HOURS CMD...: CMD with a clock HOURS ahead. File times stay real:
# libfaketime would move what stat(2) reports but not fstatat(2).
at() {
	_h=$1
	shift
	NO_FAKE_STAT=1 faketime -f "+${_h}h" "$@"
}

# top: id, updated and summary of the subscription feed's first entry.
top() {
	awk "/<entry>/ { n++ } n == 1 && /^ *<(id|updated|summary)>/ {
		sub(/^ *<[a-z]+>/, \"\"); sub(/<.*/, \"\"); print }" "$pub/atom.xml"
}

test_expect_success 'set up: 10 records in archives of 2, built once' '
	for i in 01 02 03 04 05 06 07 08 09 10; do
		rec $i || return 1
	done &&
	SOURCE_DATE_EPOCH=$E1 "$FEEDWRIGHT" build "$F" &&
	grep -q "<id>$ID/r03</id>" "$pub/archive/2/atom.xml" &&
	cp -R "$pub" "$T/first"
'

test_expect_success FAKETIME 'an archived record edited, bad by a setting, is left out by a build two hours later' '
	sed "s/^Body of 03\\.\$/Second edition\\n\\nBody of 03, corrected./" \
	    "$F/articles/r03.txt" >"$T/r03" &&
	cat "$T/r03" >"$F/articles/r03.txt" &&
	grep -q "^Second edition\$" "$F/articles/r03.txt" &&
	stat -c "%Z %Y" "$F/articles/r03.txt" >"$T/r03.times" &&
	cp "$F/feed.conf" "$T/feed.conf" &&
	echo "trailer = Second edition" >>"$F/feed.conf" &&
	rec 11 &&
	test_expect_code 5 at 2 env SOURCE_DATE_EPOCH=$((E1 + 86400)) \
	    "$FEEDWRIGHT" build --skip-bad-records "$F" 2>"$T/err" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $F/articles/r03.txt:5: empty body: no paragraph follows the author line
	feedwright: $F: 1 of 11 records are bad and are left out (--skip-bad-records)
	EOF
	test_cmp "$T/want" "$T/err" &&
	grep -q "^r11	" "$F/ledger.tsv" &&
	cmp "$T/first/archive/2/atom.xml" "$pub/archive/2/atom.xml"
'

test_expect_success FAKETIME 'good again as the setting is taken back, its file untouched: the next build finds the edit' '
	cp "$T/feed.conf" "$F/feed.conf" &&
	at 3 env SOURCE_DATE_EPOCH=$((E1 + 2 * 86400)) "$FEEDWRIGHT" build "$F" &&
	stat -c "%Z %Y" "$F/articles/r03.txt" >"$T/got" &&
	test_cmp "$T/r03.times" "$T/got" &&
	top >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	$ID/r03
	2026-01-03T09:00:00+09:00
	Second edition
	EOF
	test_cmp "$T/want" "$T/got" &&
	grep -q "Body of 03, corrected\\." "$pub/atom.xml" &&
	awk -F "\t" "\$1 == \"r03\" { print \$4 }" "$F/ledger.tsv" >"$T/got" &&
	echo 2026-01-03T09:00:00+09:00 >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	cmp "$T/first/archive/2/atom.xml" "$pub/archive/2/atom.xml"
'

test_done

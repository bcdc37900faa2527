#!/bin/sh
# validate --against OLD NEW where NEW is an archived feed (RFC 5005: it
# has a prev-archive): an entry that left the subscription document for
# one of NEW's archives is not lost to readers, whatever its date, and
# is not continuity-vanished. The archives are read as --chain finds
# them, files in NEW's folder. An entry gone that no archive holds is
# reported as before, and so is one when the archives cannot be read.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
F=$T/feed

test_expect_success 'set up: 12 records, max-entries 5, archive-size 4, built; r08 edited and r13 added, built' '
	archive_feed "$F" 5 4 &&
	for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
		day_record "$F" $i || return 1
	done &&
	SOURCE_DATE_EPOCH=1767225600 "$FEEDWRIGHT" build "$F" &&
	cp "$F/public/atom.xml" old.xml &&
	cp "$F/public/rss.xml" old.rss &&
	sed -i "s/Body of 08\\./Body of 08, corrected./" "$F/articles/r08.txt" &&
	day_record "$F" 13 &&
	SOURCE_DATE_EPOCH=1767312000 "$FEEDWRIGHT" build "$F" &&
	grep -l "news/r09<" "$F"/public/archive/*/atom.xml >got &&
	echo "$F/public/archive/2/atom.xml" >want &&
	test_cmp want got &&
	test_contains "$F/public/atom.xml" "news/r08<" &&
	test_lacks "$F/public/atom.xml" "news/r09<"
'

test_expect_success 'the honest rebuild: r09, newer than the edited r08, left for archive/2: exit 0 with --strict, silent' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.xml "$F/public/atom.xml" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the same from the RSS feeds, whose archives are archive/K/rss.xml' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.rss "$F/public/rss.xml" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

# doc FILE SELF PREV N...: an Atom subscription document (self link SELF,
# prev-archive PREV unless empty) holding entries N..., newest first,
# entry N of 2024-03-N; an archive document when FILE is under archive/.
doc() {
	_f=$1 _self=$2 _prev=$3
	shift 3
	mkdir -p "$(dirname "$_f")"
	{
		printf '<?xml version="1.0" encoding="utf-8"?>\n'
		printf '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">\n'
		printf '  <title>Example</title>\n  <id>https://example.org/</id>\n'
		printf '  <updated>2024-03-09T00:00:00Z</updated>\n'
		printf '  <author><name>Example</name></author>\n'
		printf '  <link rel="self" href="https://example.org/feeds/%s"/>\n' "$_self"
		if [ -n "$_prev" ]; then
			printf '  <link rel="prev-archive" href="https://example.org/feeds/%s"/>\n' "$_prev"
		fi
		case $_f in
		*archive/*) printf '  <fh:archive/>\n  <link rel="current" href="https://example.org/feeds/atom.xml"/>\n' ;;
		esac
		for _n in "$@"; do
			printf '  <entry>\n    <title>Post %s</title>\n' "$_n"
			printf '    <id>https://example.org/posts/%s</id>\n' "$_n"
			printf '    <link href="https://example.org/posts/%s.html"/>\n' "$_n"
			printf '    <updated>2024-03-0%sT00:00:00Z</updated>\n  </entry>\n' "$_n"
		done
		printf '</feed>\n'
	} >"$_f"
}

test_expect_success 'by hand: post 5 gone from NEW while the older 4 stays, and archive/1.xml holds it: silent' '
	doc old.atom atom.xml "" 6 5 4 &&
	doc n/atom.xml atom.xml archive/1.xml 7 6 4 &&
	doc n/archive/1.xml archive/1.xml "" 5 3 &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom n/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an older archive holds it: the whole chain is read' '
	doc n/archive/2.xml archive/2.xml archive/1.xml 3 &&
	doc n/archive/1.xml archive/1.xml "" 5 2 &&
	doc n/atom.xml atom.xml archive/2.xml 7 6 4 &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=old.atom n/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'no archive holds post 5: continuity-vanished still, at the older entry that stays' '
	doc n/archive/1.xml archive/1.xml "" 2 &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom n/atom.xml &&
	cat >want <<-\EOT &&
	n/atom.xml:21:1: warning: entry "https://example.org/posts/5" of old.atom (line 14) is gone, while "https://example.org/posts/4", older, remains [continuity-vanished]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the archives cannot be read (missing, or NEW on standard input): judged as before' '
	doc n/archive/1.xml archive/1.xml "" 5 2 &&
	rm n/archive/2.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom n/atom.xml &&
	test_cmp want "$T/out" &&
	doc n/atom.xml atom.xml archive/1.xml 7 6 4 &&
	test_expect_code 0 "$FEEDWRIGHT" validate --against=old.atom - <n/atom.xml &&
	sed "s|^n/atom.xml:|-:|" want >want.stdin &&
	test_cmp want.stdin "$T/out"
'

test_done

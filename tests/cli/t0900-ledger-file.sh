#!/bin/sh
# The ledger, FEEDDIR/ledger.tsv (issue 11, item 1): the first build writes
# it beside the records, one sorted line per record published under a
# header naming the columns; an unchanged build leaves it alone; --dry-run
# and --stdout never write it.
. "$SRCDIR/tests/lib.sh"

L=$T/feed/ledger.tsv
TAB=$(printf '\t')

test_expect_success 'a first build writes the ledger: a header, then one sorted line per entry published' '
	test_copy_feed world-desk "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_must_be_empty "$T/err" &&
	head -n 1 "$L" >"$T/head" &&
	printf "slug\tid\tpublished\tupdated\tlink\thash\n" >"$T/want" &&
	test_cmp "$T/want" "$T/head" &&
	cut -f 1-5 "$L" >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	slug${TAB}id${TAB}published${TAB}updated${TAB}link
	2025-03-09-after${TAB}https://news.example.org/world/2025-03-09-after.html${TAB}2025-03-09T03:00:00-04:00${TAB}2025-03-09T03:00:00-04:00${TAB}https://news.example.org/world/2025-03-09-after.html
	2025-03-09-before${TAB}https://news.example.org/world/2025-03-09-before.html${TAB}2025-03-09T01:59:59-05:00${TAB}2025-03-09T01:59:59-05:00${TAB}https://news.example.org/world/2025-03-09-before.html
	2025-11-02-after${TAB}https://news.example.org/world/2025-11-02-after.html${TAB}2025-11-02T02:00:00-05:00${TAB}2025-11-02T02:00:00-05:00${TAB}https://news.example.org/world/2025-11-02-after.html
	2025-11-02-ambiguous${TAB}urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66${TAB}2025-11-02T01:30:00-04:00${TAB}2025-11-02T01:45:00-04:00${TAB}https://elsewhere.example.com/story?id=42&ref=feed
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the hash column is the SHA-256 of what each entry shows, 64 hex digits' '
	sed 1d "$L" | cut -f 6 | grep -c "^[0-9a-f]\{64\}\$" >"$T/n" &&
	test_eq "$(cat "$T/n")" 4 &&
	test_eq "$(sed 1d "$L" | cut -f 6 | sort -u | wc -l)" 4
'

test_expect_success 'every id in the published feeds is in the ledger, and the ledger is not published' '
	sed -n "s|^    <id>\(.*\)</id>\$|\1|p" "$T/feed/public/atom.xml" | sort >"$T/feed.ids" &&
	sed 1d "$L" | cut -f 2 | sort >"$T/ledger.ids" &&
	test_cmp "$T/ledger.ids" "$T/feed.ids" &&
	test_path_is_missing "$T/feed/public/ledger.tsv"
'

test_expect_success 'an unchanged build leaves the ledger alone: same bytes, same inode and time' '
	stat -c "%i %Y %a" "$L" >"$T/before" &&
	cp "$L" "$T/ledger.1" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	stat -c "%i %Y %a" "$L" >"$T/after" &&
	test_cmp "$T/before" "$T/after" &&
	test_cmp "$T/ledger.1" "$L" &&
	test_eq "$(stat -c %a "$L")" 644
'

test_expect_success '--dry-run and --stdout read the ledger but never write it' '
	test_copy_feed world-desk "$T/fresh" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/fresh" &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout atom "$T/fresh" &&
	test_path_is_missing "$T/fresh/ledger.tsv" &&
	test_path_is_missing "$T/fresh/public"
'

test_expect_success 'a record left out by max-entries is not in the ledger; once published it stays when it drops out' '
	test_lacks "$L" 2024-01-01-oldest &&
	rm "$T/feed/articles/2025-11-02-after.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$L" "2024-01-01-oldest${TAB}" &&
	test_contains "$L" "2025-11-02-after${TAB}" &&
	test_eq "$(wc -l <"$L")" 6
'

test_expect_success 'a slug with a tab or a backslash is written escaped and read back' '
	test_copy_feed world-desk "$T/odd" &&
	mv "$T/odd/articles/2025-03-09-after.txt" "$T/odd/articles/a${TAB}b\\c.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/odd" &&
	test_contains "$T/odd/ledger.tsv" "a\\tb\\\\c${TAB}" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/odd" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a ledger given CR LF line ends and a byte-order mark (a checkout with autocrlf) is read as it was, and left as it is, so a feed folder the build cannot write still builds' '
	cp "$L" "$T/ledger.lf" &&
	cp -p "$T/feed/public/atom.xml" "$T/atom.before" &&
	{ printf "\357\273\277" && sed "s/\$/\r/" "$T/ledger.lf"; } >"$L" &&
	cp "$L" "$T/ledger.crlf" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_cmp "$T/atom.before" "$T/feed/public/atom.xml" &&
	test_cmp "$T/ledger.crlf" "$L"
'

test_expect_success 'and once it changes, it is written plain' '
	echo "One more line." >>"$T/feed/articles/2025-03-09-after.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$T/feed" &&
	test_lacks "$L" "$(printf "\r")" &&
	test "$(head -c 3 "$L")" = slu
'

test_expect_success 'a ledger that is a link is never read through: refused, and nothing of the file it names is shown' '
	mv "$L" "$T/ledger.real" &&
	echo "secret first line" >"$T/secret" &&
	ln -s "$T/secret" "$L" &&
	test_when_finished "rm -f \"\$L\"; mv \"\$T/ledger.real\" \"\$L\"" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	head -n 1 "$T/err" >"$T/got" &&
	echo "feedwright: $L: cannot read: not a regular file (a link, a folder, a FIFO...)" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	test_lacks "$T/err" "secret"
'

test_done

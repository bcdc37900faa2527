#!/bin/sh
# Ids are minted once (issue 11, item 2): the first build that publishes a
# record writes its id in the ledger; later builds take it from there,
# whatever becomes of the record's Link, the entry-link, link and entry-id
# settings, or the record's file name. New records get the new scheme.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
TAB=$(printf '\t')

ids() {
	sed -n 's|^    <id>\(.*\)</id>$|\1|p' "$F/public/atom.xml"
}
guids() {
	sed -n 's|^      <guid isPermaLink="[a-z]*">\(.*\)</guid>$|\1|p' "$F/public/rss.xml"
}
# same_ids: Atom and RSS still give readers the ids of the first build.
same_ids() {
	ids >"$T/ids.now" && test_cmp "$T/ids.first" "$T/ids.now" &&
	guids >"$T/guids.now" && test_cmp "$T/ids.first" "$T/guids.now"
}

test_expect_success 'set up: world-desk published once (its ids are its links: no entry-id)' '
	test_copy_feed world-desk "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.first" &&
	cat >"$T/want" <<-\EOF &&
	https://news.example.org/world/2025-11-02-after.html
	urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66
	https://news.example.org/world/2025-03-09-after.html
	https://news.example.org/world/2025-03-09-before.html
	EOF
	test_cmp "$T/want" "$T/ids.first"
'

test_expect_success 'a Link field added to a record: its link changes, its id does not' '
	sed -i "1i ---\nLink: https://elsewhere.example.net/moved\n---" "$F/articles/2025-03-09-before.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_contains "$F/public/atom.xml" "href=\"https://elsewhere.example.net/moved\"" &&
	same_ids
'

test_expect_success 'entry-link changed (the site moves to https and /news/): ids stay' '
	set_conf "$F" entry-link "https://www.example.org/news/{slug}" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_contains "$F/public/atom.xml" "href=\"https://www.example.org/news/2025-11-02-after\"" &&
	same_ids
'

test_expect_success 'link changed: ids stay' '
	set_conf "$F" link "https://www.example.org/" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	same_ids
'

test_expect_success 'entry-id set: the published ids stay, a new record gets an id from the template' '
	set_conf "$F" entry-id "tag:news.example.org,2025:world/{slug}" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	same_ids &&
	printf "A new story\n\nReporter\n\ndesk@news.example.org | 2025-12-01 09:00:00\n\nText.\n" \
	    >"$F/articles/2025-12-01-new.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	ids >"$T/ids.now" &&
	{ echo "tag:news.example.org,2025:world/2025-12-01-new" && head -n 3 "$T/ids.first"; } >"$T/want" &&
	test_cmp "$T/want" "$T/ids.now" &&
	test_contains "$F/ledger.tsv" "2025-12-01-new${TAB}tag:news.example.org,2025:world/2025-12-01-new${TAB}" &&
	rm "$F/articles/2025-12-01-new.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	same_ids
'

test_expect_success 'a record file renamed, its content unchanged: its id stays, and the ledger follows the name' '
	mv "$F/articles/2025-03-09-after.txt" "$F/articles/2025-03-09-markets-reopen.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	same_ids &&
	test_contains "$F/ledger.tsv" "2025-03-09-markets-reopen${TAB}https://news.example.org/world/2025-03-09-after.html${TAB}" &&
	test_lacks "$F/ledger.tsv" "2025-03-09-after${TAB}" &&
	test_contains "$F/public/atom.xml" "href=\"https://www.example.org/news/2025-03-09-markets-reopen\""
'

test_expect_success 'a copy under a new name while the old file stays is a new record, with a new id' '
	cp "$F/articles/2025-03-09-markets-reopen.txt" "$F/articles/2025-03-09-copy.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_contains "$F/ledger.tsv" "2025-03-09-copy${TAB}tag:news.example.org,2025:world/2025-03-09-copy${TAB}" &&
	test_contains "$F/ledger.tsv" "2025-03-09-markets-reopen${TAB}https://news.example.org/world/2025-03-09-after.html${TAB}"
'

test_done

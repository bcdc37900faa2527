#!/bin/sh
# Record problems are found at the record: a duplicate id, an e-mail form,
# an id that is no valid atom:id and a text longer than the XML parser's
# node limit are never left to the check of the finished rss.xml. Each is
# named by its record's path and line, --skip-bad-records leaves the
# record out (exit 5), and a record within the size limit publishes.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
rm -f "$F/articles/"*.txt
cp "$F/feed.conf" "$T/good.conf"

# rec NAME FIELDS [TITLE]: writes articles/NAME.txt with the fields
# (lines for between the "---" lines; none if empty).
rec() {
	{
		if [ -n "$2" ]; then printf -- '---\n%s\n---\n' "$2"; fi
		printf '%s\n\nAuthor Name\n\na@example.com | 2025-01-02 03:04:05\n\nBody of %s.\n' \
		    "${3:-Title of $1}" "$1"
	} >"$F/articles/$1.txt"
}

# expect_err LINE...: stderr is exactly these lines.
expect_err() {
	printf '%s\n' "$@" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
}

# entries FILE: how many entries an Atom feed holds.
entries() { grep -c '<entry>' "$1"; }

test_expect_success 'two records with one Id: the later name is bad, at its Id line' '
	rec a "Id: urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66" &&
	rec b "Category: World
Id: urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/b.txt:3: id \"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66\" is already the id of a.txt (of two records with one id, the one whose file name sorts first keeps it)" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published" &&
	test ! -e "$F/public"
'

test_expect_success '--skip-bad-records publishes the first and leaves the duplicate out' '
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	expect_err "feedwright: $F/articles/b.txt:3: id \"urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66\" is already the id of a.txt (of two records with one id, the one whose file name sorts first keeps it)" \
	    "feedwright: $F: 1 of 2 records are bad and are left out (--skip-bad-records)" &&
	test "$(entries "$F/public/atom.xml")" = 1 &&
	grep -q "<title>Title of a</title>" "$F/public/atom.xml"
'

test_expect_success 'the same link when the link is the id: blamed at the Link line' '
	rm -rf "$F/public" "$F/articles/"*.txt &&
	set_conf "$F" entry-id "" &&
	rec x "" &&
	rec y "Link: https://www.globaleconomictimes.kr/news/x" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/y.txt:2: id \"https://www.globaleconomictimes.kr/news/x\" is already the id of x.txt (of two records with one id, the one whose file name sorts first keeps it)" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published"
'

test_expect_success 'an id made from the template is blamed at line 1 of the later record' '
	rm -rf "$F/articles/"*.txt "$F/ledger.tsv" "$F/public" &&	# a new feed
	cp "$T/good.conf" "$F/feed.conf" &&
	rec a "Id: tag:globaleconomictimes.kr,2025:news/b" &&
	rec b "" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/b.txt:1: id \"tag:globaleconomictimes.kr,2025:news/b\" is already the id of a.txt (of two records with one id, the one whose file name sorts first keeps it)" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published"
'

test_expect_success 'an Id the validator would refuse is refused at the Id line, and skipped' '
	rm -f "$F/articles/"*.txt &&
	rec a "" &&
	rec b "Id: tag:example.com:no-date" &&
	rec c "Id: urn:uuid:not-a-uuid" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	expect_err "feedwright: $F/articles/b.txt:2: \"Id\" \"tag:example.com:no-date\" is not a tag URI (RFC 4151: tag:authority,date:specific)" \
	    "feedwright: $F/articles/c.txt:2: \"Id\" \"urn:uuid:not-a-uuid\" is not a URN (RFC 2141; urn:uuid: takes a UUID, RFC 4122)" \
	    "feedwright: $F: 2 of 3 records are bad and are left out (--skip-bad-records)" &&
	test "$(entries "$F/public/atom.xml")" = 1
'

test_expect_success 'feed.conf id and entry-id that can only give invalid ids are refused at their line' '
	rm -rf "$F/public" &&
	set_conf "$F" id "tag:example.com:feed" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/feed.conf:$(grep -n "^id =" "$F/feed.conf" | cut -d: -f1): id: \"tag:example.com:feed\" is not a tag URI (RFC 4151: tag:authority,date:specific)" &&
	set_conf "$F" id "urn:uuid:feed" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/feed.conf:$(grep -n "^id =" "$F/feed.conf" | cut -d: -f1): id: \"urn:uuid:feed\" is not a URN (RFC 2141; urn:uuid: takes a UUID, RFC 4122)" &&
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" entry-id "tag:example.com:{slug}" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/feed.conf:$(grep -n "^entry-id =" "$F/feed.conf" | cut -d: -f1): entry-id: \"tag:example.com:{slug}\" never gives a valid id: filled in, it is not a tag URI (RFC 4151: tag:authority,date:specific)" &&
	test ! -e "$F/public"
'

test_expect_success 'entry-id = urn:uuid:{slug}: a record not named by a UUID is bad at line 1' '
	rm -f "$F/articles/"*.txt &&
	set_conf "$F" entry-id "urn:uuid:{slug}" &&
	rec 6e8bc430-9c3a-11d9-9669-0800200c9a66 "" &&
	rec news "" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	expect_err "feedwright: $F/articles/news.txt:1: id \"urn:uuid:news\" (entry-id filled with this record'"'"'s name) is not a URN (RFC 2141; urn:uuid: takes a UUID, RFC 4122)" \
	    "feedwright: $F: 1 of 2 records are bad and are left out (--skip-bad-records)" &&
	grep -q "<id>urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66</id>" "$F/public/atom.xml"
'

test_expect_success 'an address with a quoted local part publishes in every format, and validates' '
	rm -rf "$F/public" "$F/articles/"*.txt &&
	cp "$T/good.conf" "$F/feed.conf" &&
	set_conf "$F" author-email "\"desk editor\"@example.com" &&
	rec a "" &&
	sed "s/^a@example.com |/\"john doe\"@example.com |/" "$F/articles/a.txt" >"$F/articles/b.txt" &&
	sed "s/^a@example.com |/jo@[192.0.2.1 ] |/" "$F/articles/a.txt" >"$F/articles/c.txt" &&
	sed -i "s/^Title of a/Title of b/" "$F/articles/b.txt" &&
	sed -i "s/^Title of a/Title of c/" "$F/articles/c.txt" &&
	"$FEEDWRIGHT" build "$F" &&
	grep -F "<author>\"john doe\"@example.com (Author Name)</author>" "$F/public/rss.xml" &&
	grep -F "<managingEditor>\"desk editor\"@example.com (Global Economic Times)</managingEditor>" "$F/public/rss.xml" &&
	grep -F "<author>jo@[192.0.2.1 ] (Author Name)</author>" "$F/public/rss.xml" &&
	"$FEEDWRIGHT" validate "$F/public/rss.xml" "$F/public/atom.xml"
'

test_expect_success 'a date that would be written in the year 0 is bad at its line' '
	rm -rf "$F/public" "$F/articles/"*.txt &&
	cp "$T/good.conf" "$F/feed.conf" &&
	rec a "" &&
	rec b "" &&
	sed -i "s/| 2025-01-02 03:04:05/| 0001-01-01 08:27:51/" "$F/articles/b.txt" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	expect_err "feedwright: $F/articles/b.txt:5: date \"0001-01-01 08:27:51\" is in the year 0 in UTC, where a feed must write it (Asia/Seoul'"'"'s offset then is not whole minutes); feeds carry the years 0001 to 9999" \
	    "feedwright: $F: 1 of 2 records are bad and are left out (--skip-bad-records)" &&
	sed -i "s/| 0001-01-01 08:27:51/| 0001-01-01 08:27:52/" "$F/articles/b.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	grep -F "<published>0001-01-01T00:00:00Z</published>" "$F/public/atom.xml"
'

test_expect_success 'a language the validator would refuse is refused at its line' '
	rm -rf "$F/public" &&
	for v in english abcd; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" language "$v" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		expect_err "feedwright: $F/feed.conf:$(grep -n "^language =" "$F/feed.conf" | cut -d: -f1): language: \"$v\" is not a language tag (like \"en\" or \"ko-KR\")" || return 1
	done &&
	test ! -e "$F/public" &&
	cp "$T/good.conf" "$F/feed.conf"
'

test_expect_success 'a Link or a Category too long for an XML attribute is bad at its line' '
	rm -rf "$F/public" "$F/articles/"*.txt &&
	rec a "" &&
	rec b "Category: $(awk "BEGIN { s = \"&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&\"; for (i = 0; i < 15; i++) s = s s; printf \"%s\", s }")" &&
	test_expect_code 5 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	expect_err "feedwright: $F/articles/b.txt:2: \"Category\" is 2097152 bytes long; a link or a category is at most 65536 bytes" \
	    "feedwright: $F: 1 of 2 records are bad and are left out (--skip-bad-records)" &&
	rm -rf "$F/public" &&
	rec b "Link: https://example.com/$(awk "BEGIN { s = \"aaaaaaaaaaaaaaaa\"; for (i = 0; i < 12; i++) s = s s; printf \"%s\", s }")" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	expect_err "feedwright: $F/articles/b.txt:2: \"Link\" is 65556 bytes long; a link or a category is at most 65536 bytes" \
	    "feedwright: $F: 1 of 2 records are bad; nothing was published" &&
	rec b "Category: $(awk "BEGIN { s = \"&&&&&&&&&&&&&&&&\"; for (i = 0; i < 12; i++) s = s s; printf \"%s\", s }")" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F"
'

test_expect_success 'a 2 MB record of "&" (10 MB escaped, one text node) publishes' '
	rm -rf "$F/public" "$F/articles/"*.txt &&
	rec a "" &&
	awk "BEGIN { s = \"&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&\"; for (i = 0; i < 15; i++) s = s s; print s }" >>"$F/articles/a.txt" &&
	test "$(wc -c <"$F/articles/a.txt")" -gt 2000000 &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	test_must_be_empty "$T/err" &&
	test "$(wc -c <"$F/public/rss.xml")" -gt 20000000 &&
	test "$(wc -c <"$F/public/atom.xml")" -gt 10000000
'

test_done

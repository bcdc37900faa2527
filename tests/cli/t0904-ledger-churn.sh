#!/bin/sh
# Continuity before publishing (issue 11, item 6): a record whose Id field
# changed would take a published id away from readers and give them a new
# one for the same article. build refuses it, naming each record and line,
# the old id and the new, and publishes nothing, unless
# --accept-id-changes is given; then the ledger records the new id.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
pub=$F/public
L=$F/ledger.tsv
TAB=$(printf '\t')
OLD=urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66
NEW=urn:uuid:0b4e6c9e-0d2c-4f4f-8d55-3d1a4f1c2b77

test_expect_success 'set up: world-desk published' '
	test_copy_feed world-desk "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	cp "$L" "$T/ledger.first" &&
	test_contains "$pub/atom.xml" "<id>$OLD</id>"
'

test_expect_success 'a changed Id field is refused: status 1, one message naming the record, its line, both ids' '
	sed -i "s/^Id: $OLD\$/Id: $NEW/" "$F/articles/2025-11-02-ambiguous.txt" &&
	stat -c "%n %i %Y" "$pub"/* "$L" >"$T/stat.before" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $F/articles/2025-11-02-ambiguous.txt:3: Id "$NEW" would replace the published id "$OLD": readers would show the article twice (--accept-id-changes publishes it under the new id)
	feedwright: $F: 1 published id would change; nothing was published (--accept-id-changes publishes it under the new id)
	EOF
	test_cmp "$T/want" "$T/err" &&
	stat -c "%n %i %Y" "$pub"/* "$L" >"$T/stat.after" &&
	test_cmp "$T/stat.before" "$T/stat.after"
'

test_expect_success 'an Id field added to a record whose id was its link is churn too; each is named' '
	sed -i "1i ---\nId: tag:news.example.org,2025:before\n---" "$F/articles/2025-03-09-before.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $F/articles/2025-03-09-before.txt:2: Id "tag:news.example.org,2025:before" would replace the published id "https://news.example.org/world/2025-03-09-before.html": readers would show the article twice (--accept-id-changes publishes it under the new id)
	feedwright: $F/articles/2025-11-02-ambiguous.txt:3: Id "$NEW" would replace the published id "$OLD": readers would show the article twice (--accept-id-changes publishes it under the new id)
	feedwright: $F: 2 published ids would change; nothing was published (--accept-id-changes publishes them under the new ids)
	EOF
	test_cmp "$T/want" "$T/err" &&
	test_cmp "$T/ledger.first" "$L" &&
	test_expect_code 1 "$FEEDWRIGHT" build --dry-run "$F" &&
	test_cmp "$T/want" "$T/err" &&
	test_expect_code 1 "$FEEDWRIGHT" build --skip-bad-records "$F" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success '--accept-id-changes publishes the new ids, and the ledger records them' '
	test_expect_code 0 "$FEEDWRIGHT" build -q --accept-id-changes "$F" &&
	test_must_be_empty "$T/err" &&
	test_contains "$pub/atom.xml" "<id>$NEW</id>" &&
	test_lacks "$pub/atom.xml" "<id>$OLD</id>" &&
	test_contains "$pub/atom.xml" "<id>tag:news.example.org,2025:before</id>" &&
	test_contains "$L" "2025-11-02-ambiguous${TAB}$NEW${TAB}" &&
	test_contains "$L" "2025-03-09-before${TAB}tag:news.example.org,2025:before${TAB}" &&
	test_contains "$L" "2025-11-02-ambiguous/1${TAB}$OLD${TAB}" &&
	test_contains "$L" "2025-03-09-before/1${TAB}https://news.example.org/world/2025-03-09-before.html${TAB}"
'

test_expect_success 'an id given up is never given again: a new record with it is bad, at its Id line' '
	printf -- "---\nId: %s\n---\nStorm hits coast\n\nA Reporter\n\nr@example.com | 2025-11-20 10:00:00\n\nBody.\n" "$OLD" >"$F/articles/zz-new.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	cat >"$T/want" <<-EOF &&
	feedwright: $F/articles/zz-new.txt:2: id "$OLD" was the id of 2025-11-02-ambiguous.txt until --accept-id-changes gave it another (ledger.tsv): an id once published is never given again
	EOF
	head -n 1 "$T/err" >"$T/got" &&
	test_cmp "$T/want" "$T/got" &&
	rm "$F/articles/zz-new.txt"
'

test_expect_success 'a record may take back the id it gave up (--accept-id-changes): the other is given up then' '
	sed -i "s/^Id: $NEW\$/Id: $OLD/" "$F/articles/2025-11-02-ambiguous.txt" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q --accept-id-changes "$F" &&
	test_must_be_empty "$T/err" &&
	test_contains "$pub/atom.xml" "<id>$OLD</id>" &&
	test_lacks "$pub/atom.xml" "<id>$NEW</id>" &&
	grep "^2025-11-02-ambiguous" "$L" | cut -f 1,2 >"$T/got" &&
	printf "2025-11-02-ambiguous\t%s\n2025-11-02-ambiguous/1\t%s\n" "$OLD" "$NEW" >"$T/want" &&
	test_cmp "$T/want" "$T/got" &&
	sed -i "s/^Id: $OLD\$/Id: $NEW/" "$F/articles/2025-11-02-ambiguous.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q --accept-id-changes "$F" &&
	test_contains "$pub/atom.xml" "<id>$NEW</id>"
'

test_expect_success 'and the next build, without the option, is content' '
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an Id field removed is no churn: the published id stays' '
	sed -i "/^Id: $NEW\$/d" "$F/articles/2025-11-02-ambiguous.txt" &&
	test_expect_code 0 "$FEEDWRIGHT" build -q "$F" &&
	test_contains "$pub/atom.xml" "<id>$NEW</id>"
'

test_done

#!/bin/sh
# recover ties an entry to the record whose id it is. A Link field may
# point at any page, so an entry's link may end with the name of another
# record ("Link: .../articles/beta" in alpha.txt, while beta.txt exists):
# the record whose id, as the templates make it, is the entry's wins over
# a record the link merely names; where no id agrees (the templates
# changed), the record with the entry's title and date does.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99
TAB=$(printf '\t')

# story DIR SLUG TITLE DATE [LINK]: a record.
story() {
	{
		if [ -n "${5:-}" ]; then printf -- '---\nLink: %s\n---\n' "$5"; fi
		printf '%s\n\nA Reporter\n\nr@example.com | %s\n\nBody of %s.\n' "$3" "$4" "$2"
	} >"$1/articles/$2.txt"
}

test_expect_success 'set up: alpha links to a page named beta; beta is a record too, out of the feed' '
	new_feed m && rm m/articles/*.txt &&
	set_conf m max-entries 1 &&
	story m beta "Beta story" "2025-01-01 10:00:00" &&
	story m alpha "Alpha story" "2025-01-02 10:00:00" https://partner.example/articles/beta &&
	SOURCE_DATE_EPOCH=1767225600 "$FEEDWRIGHT" build -q m &&
	cp m/ledger.tsv m.ledger &&
	cp -R m m.saved
'

test_expect_success 'the entry is tied to alpha, whose id it is, not to beta, which its link names' '
	rm m/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover m &&
	test_must_be_empty "$T/err" &&
	grep -v "^beta${TAB}" m.ledger | cut -f 1-5 >want &&
	cut -f 1-5 m/ledger.tsv >got &&
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" build m &&
	grep -v "^beta${TAB}" m.ledger | cut -f 1-5 >want &&
	grep -v "^beta${TAB}" m/ledger.tsv | cut -f 1-5 >got &&
	test_cmp want got
'

test_expect_success 'entry-id changed since: alpha is still found, by its title and date' '
	rm -rf m && cp -R m.saved m &&
	set_conf m entry-id "tag:example.org,2026:story/{slug}" &&
	rm m/ledger.tsv &&
	test_expect_code 0 "$FEEDWRIGHT" recover m &&
	test_must_be_empty "$T/err" &&
	grep -v "^beta${TAB}" m.ledger | cut -f 1-5 >want &&
	cut -f 1-5 m/ledger.tsv >got &&
	test_cmp want got
'

test_done

#!/bin/sh
# build --stdout json checks feed.json before it writes it, as a publish
# does: an invalid one is not written, status 1. feedwright(1) said in
# two places that feed.json was not checked, and elsewhere that every
# JSON Feed file is: it now says what the program does. The invalid
# item is made by the test hook json-item:ID (see t1220).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

cd "$T" || exit 99
new_feed feed

test_expect_success 'set up: the id of the newest item' '
	test_expect_code 0 "$FEEDWRIGHT" build --stdout json feed &&
	sed -n "s/^      \"id\": \"\(.*\)\",\$/\1/p" out | head -n 1 >id &&
	test -s id
'

test_expect_success HOOKS '--stdout json: an invalid feed.json is not written, status 1' '
	test_expect_code 1 env FEEDWRIGHT_TEST_HOOK="json-item:$(cat id):fail=EIO" \
	    "$FEEDWRIGHT_HOOKED" build --stdout json feed &&
	test_must_be_empty out &&
	test_contains err "has neither content_html nor content_text [jsonfeed-item-content]"
'

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF
test_expect_success GROFF 'feedwright(1) says feed.json is checked, and nowhere that it is not' '
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.1" 2>/dev/null |
	tr -s " \n" "  " >man &&
	test_lacks man "all but feed.json" &&
	test_lacks man "feed.json and the discovery fragment are not" &&
	test_contains man "An Atom, RSS or JSON Feed file, or the page, is checked before it is written" &&
	test_contains man "checked (all but the discovery fragment, which is no document)" &&
	test_contains man "on every Atom, RSS and JSON Feed file and page it"
'

test_done

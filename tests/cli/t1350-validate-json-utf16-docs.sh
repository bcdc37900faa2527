#!/bin/sh
# A JSON Feed in UTF-16 stays an error: JSON Feed 1.1 allows "any legal
# JSON encoding", but RFC 8259 8.1 requires UTF-8 between open systems,
# which readers that follow it decode alone. The docs said nothing of
# it; feedwright(1) and the README now say so, and why.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'a JSON Feed in UTF-16: an error, status 1' '
	printf "%s" "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[]}" |
	iconv -f UTF-8 -t UTF-16 >"$T/u.json" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/u.json" &&
	test_contains "$T/out" "error: this looks like JSON in UTF-16, but JSON text is UTF-8 (RFC 8259, section 8.1): convert it to UTF-8 [unknown-format]"
'

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF
test_expect_success GROFF 'feedwright(1) says so, and why' '
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.1" 2>/dev/null |
	tr -s " \n" "  " >"$T/man" &&
	test_contains "$T/man" "A JSON Feed is UTF-8: one in UTF-16 (by its byte order mark) is an unknown-format error" &&
	test_contains "$T/man" "requires UTF-8 of JSON exchanged between systems that are not part of a closed ecosystem"
'

test_expect_success 'the README says so, and why' '
	tr -s " \n" "  " <"$SRCDIR/README.md" >"$T/readme" &&
	test_contains "$T/readme" "file is UTF-8: JSON in UTF-16 is an error (\`unknown-format\`" &&
	test_contains "$T/readme" "RFC 8259, which replaced it, requires UTF-8"
'

test_done

#!/bin/sh
# JSON Feed 1.1 forbids "." in an extension's name and in its member
# keys. A dotted extension name was warned about, a dotted member of an
# extension object was not: now both are jsonfeed-extension-name, at
# the top level and in an item.
. "$SRCDIR/tests/lib.sh"

test_expect_success 'a "." in a member of an extension object: a warning' '
	cat >"$T/e.json" <<-\EOF &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T",
	"home_page_url":"https://e.org/","feed_url":"https://e.org/f",
	"_ab":{"c.d":1,"ok":{"x.y":2}},
	"items":[{"id":"1","content_text":"x","_ex":{"k.v":2}}]}
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate "$T/e.json" &&
	sed "s#^$T/##" "$T/out" >"$T/got" &&
	cat >"$T/want" <<-\EOF &&
	e.json:3:8: warning: member "c.d" of extension "_ab": an extension'\''s member names hold no "." [jsonfeed-extension-name]
	e.json:4:46: warning: member "k.v" of extension "_ex" in items[0]: an extension'\''s member names hold no "." [jsonfeed-extension-name]
	EOF
	test_cmp "$T/want" "$T/got" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict "$T/e.json"
'

test_expect_success 'an extension that is no object, or has no dotted member: nothing said' '
	cat >"$T/f.json" <<-\EOF &&
	{"version":"https://jsonfeed.org/version/1.1","title":"T",
	"home_page_url":"https://e.org/","feed_url":"https://e.org/f",
	"_ab":"c.d","_cd":{"e":"f.g"},"_ef":["h.i"],"items":[]}
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$T/f.json" &&
	test_must_be_empty "$T/out"
'

test_done

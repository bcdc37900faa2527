#!/bin/sh
# validate --format=json that runs out of memory (status 3) left the
# array of several reports open, so that a script reading standard
# output got a parse error instead of the reports already made. The
# array is now closed after them; each report printed is whole. The
# failure is made at a chosen file: every allocation of libxml2's fails
# once validate starts on it.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hooks.sh"

# is_json FILE: FILE holds one JSON text.
is_json() { "$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1]))' "$1"; }

# nomem PATH: fail libxml2's allocations from the check of PATH on.
nomem() { echo "validate-file:$1:then=xml-alloc:fail=ENOMEM"; }

test_expect_success 'set up: a JSON Feed with an error, an Atom feed' '
	printf "%s" "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"home_page_url\":\"https://e.org/\",\"feed_url\":\"https://e.org/f\",\"items\":[{\"id\":1,\"content_text\":\"x\"}]}" >"$T/bad.json" &&
	printf "%s" "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"home_page_url\":\"https://e.org/\",\"feed_url\":\"https://e.org/f\",\"items\":[]}" >"$T/good.json" &&
	cat >"$T/a.xml" <<-\EOF
	<?xml version="1.0" encoding="utf-8"?>
	<feed xmlns="http://www.w3.org/2005/Atom">
	<title>T</title><id>https://e.org/</id><updated>2025-01-01T00:00:00Z</updated>
	<link rel="self" href="https://e.org/a.xml"/>
	</feed>
	EOF
'

test_expect_success HOOKS 'several files: the reports made, in a closed array' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="$(nomem "$T/a.xml")" \
	    "$FEEDWRIGHT_HOOKED" validate --format=json "$T/bad.json" \
	    "$T/good.json" "$T/a.xml" "$T/good.json" &&
	echo "feedwright: out of memory" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	is_json "$T/out" &&
	"$PYTHON" -c "import json, sys; r = json.load(open(sys.argv[1])); print(len(r), r[0][\"errors\"], r[1][\"valid\"])" "$T/out" >"$T/got" &&
	echo "2 1 True" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success HOOKS 'out of memory at the first of several: an empty array' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="$(nomem "$T/a.xml")" \
	    "$FEEDWRIGHT_HOOKED" validate --format=json "$T/a.xml" \
	    "$T/good.json" &&
	echo "[]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_expect_success HOOKS '--chain, always an array: closed too' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="$(nomem "$T/a.xml")" \
	    "$FEEDWRIGHT_HOOKED" validate --format=json --chain "$T/a.xml" &&
	echo "[]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_expect_success HOOKS 'one file, no array: nothing printed, as in text' '
	test_expect_code 3 env FEEDWRIGHT_TEST_HOOK="$(nomem "$T/a.xml")" \
	    "$FEEDWRIGHT_HOOKED" validate --format=json "$T/a.xml" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'with memory enough, the same files give the same shape' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json "$T/bad.json" \
	    "$T/good.json" "$T/a.xml" &&
	is_json "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain "$T/a.xml" &&
	is_json "$T/out"
'

test_done

#!/bin/sh
# The text report escapes a file name as the messages and standard error
# already do (utf8_safe_text): a line break in the name forges no report
# line and an ESC in it reaches no terminal raw. JSON output is unchanged.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

name=$(printf 'a\nb\033]0;x\007.xml')
cat >"$name" <<'EOT'
<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:ex:f</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author><link rel="self" href="https://e.org/f.xml"/><bogus/></feed>
EOT

test_expect_success 'a name with a line break and ESC is one escaped line' '
	test_expect_code 1 "$FEEDWRIGHT" validate "$name" &&
	cat >want <<-\EOT &&
	a\u000ab\u001b]0;x\u0007.xml:2:191: error: atom:feed has no child element atom:bogus in Atom 1.0 [atom-unknown-element]
	EOT
	test_cmp want "$T/out"
'

# As before: made safe, then a JSON string (its backslashes doubled).
json_name='{"file": "a\\u000ab\\u001b]0;x\\u0007.xml",'

test_expect_success 'the JSON report names the file as it did' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json "$name" &&
	test_contains "$T/out" "$json_name"
'

test_done

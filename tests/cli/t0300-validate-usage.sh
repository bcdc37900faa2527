#!/bin/sh
# feedwright validate: options, output formats, standard input and exit
# statuses (0 valid, 1 invalid, 2 unreadable or usage).
. "$SRCDIR/tests/lib.sh"

D=$SRCDIR/tests/validate/formats
cp "$D/good.atom" "$D/good.rss" "$T/"
cd "$T" || exit 99
version=$(sed -n 's/^AC_INIT(\[feedwright\], \[\([^]]*\)\].*/\1/p' "$SRCDIR/configure.ac")

test_expect_success 'validate --help shows the synopsis and the exit statuses, exit 0' '
	test_expect_code 0 "$FEEDWRIGHT" validate --help &&
	test_contains "$T/out" "Usage: feedwright validate [--format=text|json] [--strict] FILE..." &&
	test_contains "$T/out" "Exit status:" &&
	test_contains "$T/out" "  0  every file valid"
'

test_expect_success 'validate --version prints the name and version' '
	"$FEEDWRIGHT" validate --version >"$T/out" &&
	test -n "$version" &&
	test_eq "$(cat "$T/out")" "feedwright $version"
'

test_expect_success 'feedwright --help lists validate' '
	"$FEEDWRIGHT" --help >"$T/out" &&
	test_contains "$T/out" "validate FILE..."
'

test_expect_success 'no file: says so, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate &&
	test_eq "$(head -n 1 "$T/err")" "feedwright: validate: no file given"
'

test_expect_success 'an unknown --format is named, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate --format=xml good.atom &&
	printf "%s\n" "feedwright: validate: unknown format \"xml\" (text or json)" \
	    "Try '\''feedwright validate --help'\''." >want &&
	test_cmp want "$T/err"
'

test_expect_success 'an unknown option exits 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate --bogus good.atom
'

# refused MESSAGE ARG...: validate ARG... exits 2 with exactly MESSAGE and
# the hint on stderr, in the words build and recover use, and prints nothing.
refused() {
	_msg=$1
	shift
	printf "%s\n" "feedwright: validate: $_msg" "Try 'feedwright validate --help'." >want &&
	test_expect_code 2 "$FEEDWRIGHT" validate "$@" &&
	test_cmp want "$T/err" &&
	test_must_be_empty "$T/out"
}

test_expect_success 'refused options are named in feedwright'\''s words, as for build' '
	refused "unknown option '\''-x'\''" -x good.atom &&
	refused "unknown option '\''--bogus'\''" --bogus good.atom &&
	refused "unknown option '\''--bogus'\''" --bogus=1 good.atom &&
	refused "option '\''--strict'\'' takes no argument" --strict=1 good.atom &&
	refused "option '\''--help'\'' takes no argument" --help=1 good.atom &&
	refused "option '\''--format'\'' needs an argument" --format &&
	refused "option '\''--against'\'' needs an argument" --against &&
	refused "unknown format \"xml\" (text or json)" --format=xml good.atom &&
	refused "no file given" --strict &&
	refused "--list-rules takes no file" --list-rules good.atom &&
	refused "--against and --chain do not go together" --chain --against=good.atom good.atom &&
	refused "--chain takes exactly one file" --chain good.atom good.rss
'

test_expect_success 'valid Atom and RSS: exit 0, nothing printed' '
	test_expect_code 0 "$FEEDWRIGHT" validate good.atom good.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a missing file: unreadable, exit 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate missing.xml &&
	echo "missing.xml:0:0: error: cannot open: No such file or directory [unreadable]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'standard input is read as -' '
	test_expect_code 0 "$FEEDWRIGHT" validate - <good.rss
'

test_expect_success 'invalid standard input: exit 1, the problem blamed on -' '
	sed "s/<updated>2025-03-01T12:00:00Z/<updated>2025-03-01/" good.atom >bad.atom &&
	test_expect_code 1 "$FEEDWRIGHT" validate - <bad.atom &&
	echo "-:5:3: error: atom:updated \"2025-03-01\" is not an RFC 3339 date-time: it does not match the date format [atom-date]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'several files: the worst status, one line per problem, file by file' '
	test_expect_code 2 "$FEEDWRIGHT" validate good.atom bad.atom missing.xml &&
	printf "bad.atom:5\nmissing.xml:0\n" >want &&
	cut -d: -f1,2 "$T/out" >got &&
	test_cmp want got
'

test_expect_success 'a warning alone is valid, exit 0; under --strict it is invalid, exit 1' '
	grep -v "rel=\"self\"" good.atom >noself.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate noself.atom &&
	echo "noself.atom:2:1: warning: atom:feed should have an atom:link with rel=\"self\" [atom-self-link]" >want &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict noself.atom
'

test_expect_success 'options may come after the files, as for build; -- ends them; - is standard input' '
	test_expect_code 1 "$FEEDWRIGHT" validate noself.atom --strict &&
	echo "noself.atom:2:1: warning: atom:feed should have an atom:link with rel=\"self\" [atom-self-link]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 1 env POSIXLY_CORRECT=1 "$FEEDWRIGHT" validate noself.atom good.rss --strict &&
	test_cmp want "$T/out" &&
	test_expect_code 0 "$FEEDWRIGHT" validate noself.atom --format=json &&
	test_contains "$T/out" "{\"file\": \"noself.atom\", \"format\": \"atom-1.0\", \"valid\": true" &&
	test_expect_code 1 "$FEEDWRIGHT" validate - --strict <noself.atom &&
	test_contains "$T/out" "-:2:1: warning:" &&
	cp good.atom ./--strict &&
	test_when_finished "rm -f ./--strict" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict -- noself.atom --strict &&
	test_cmp want "$T/out" &&
	test_expect_code 2 "$FEEDWRIGHT" validate good.atom --bogus &&
	test_contains "$T/err" "feedwright: validate: unknown option '\''--bogus'\''" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --help &&
	test_contains "$T/out" "Options may come before or after the files; -- ends the options."
'

test_expect_success '--format=json: one document for one invalid file, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json bad.atom &&
	cat >want <<-\EOF &&
	{"file": "bad.atom", "format": "atom-1.0", "valid": false, "errors": 1, "warnings": 0, "problems": [
	  {"line": 5, "column": 3, "severity": "error", "rule": "atom-date", "message": "atom:updated \"2025-03-01\" is not an RFC 3339 date-time: it does not match the date format"}]}
	EOF
	test_cmp want "$T/out"
'

test_expect_success '--format=json --strict with several files: an array that parses, exit 1' '
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json --strict noself.atom good.rss &&
	cat >want <<-\EOF &&
	[{"file": "noself.atom", "format": "atom-1.0", "valid": false, "errors": 0, "warnings": 1, "problems": [
	  {"line": 2, "column": 1, "severity": "warning", "rule": "atom-self-link", "message": "atom:feed should have an atom:link with rel=\"self\""}]},
	{"file": "good.rss", "format": "rss-2.0", "valid": true, "errors": 0, "warnings": 0, "problems": []}]
	EOF
	test_cmp want "$T/out" &&
	"$PYTHON" -c "import json,sys; json.load(open(sys.argv[1]))" "$T/out"
'

# A language holding a backslash, a quote and a tab (a\"<TAB>b), and how
# the JSON report must write it.
esc_feed='<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description><language>a\\"\tb</language></channel></rss>'
esc_message='"message": "language \"a\\\"\tb\" is not a language tag"'
test_expect_success 'JSON escapes quotes, backslashes and tabs in messages' '
	printf "$esc_feed" >esc.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json esc.rss &&
	test_contains "$T/out" "$esc_message"
'

# An RSS channel around ITEM, with nothing else to report.
rss_item() {
	printf '<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description><item><title>x</title>%s</item></channel></rss>\n' "$1"
}

test_expect_success 'a guid that is no URL: the message says why it is a permalink, by default or as written' '
	rss_item "<guid isPermaLink=\"true\">abc</guid>" >said.rss &&
	rss_item "<guid>abc</guid>" >default.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate said.rss default.rss &&
	cat >want <<-\EOF &&
	said.rss:1:122: error: guid "abc" is a permalink (isPermaLink="true") but not a full URL; make it one, or make isPermaLink "false" [rss-guid-permalink]
	default.rss:1:122: error: guid "abc" is a permalink (isPermaLink defaults to true) but not a full URL; add isPermaLink="false" [rss-guid-permalink]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'bytes that are not UTF-8 in a message or a file name: written as \\xNN, and the JSON parses' '
	rss_item "<title>Cafe</titl$(printf "\351")>" >"$(printf "caf\351.rss")" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$(printf "caf\351.rss")" &&
	test_contains "$T/out" ".rss:1:141: error: XML: Opening and ending tag mismatch: title line 1 and titl\\xe9 [xml-not-well-formed]" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json "$(printf "caf\351.rss")" &&
	"$PYTHON" -c "import json,sys; d=json.loads(open(sys.argv[1],\"rb\").read()); print(d[\"file\"]); print(d[\"problems\"][1][\"message\"])" "$T/out" >got &&
	cat >want <<-\EOF &&
	caf\xe9.rss
	XML: Opening and ending tag mismatch: title line 1 and titl\xe9
	EOF
	test_cmp want got &&
	printf "<?xml version=\"1.\351\"?><rss/>" >ver.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate ver.rss &&
	test_contains "$T/out" "ver.rss:1:1: error: the XML declaration says version=\"1.\\xe9\": feeds are XML 1.0 [xml-version]"
'

test_expect_success 'a long message loses its middle, on a character boundary, and keeps its reason' '
	"$PYTHON" -c "print(\"\U0001F600\" * 300, end=\"\")" >long &&
	rss_item "<guid>$(cat long)</guid>" >long.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate long.rss &&
	test_eq 1 "$(wc -l <"$T/out")" &&
	"$PYTHON" -c "
import sys
line = open(sys.argv[1], \"rb\").read().decode(\"utf-8\")
msg = line.split(\": error: \", 1)[1]
assert len(msg.encode()) < 1040, len(msg.encode())
assert msg.startswith(\"guid \\\"\" + \"\U0001F600\" * 140), msg[:40]
assert \"\U0001F600...\U0001F600\" in msg, msg
assert msg.endswith(\"\\\" is a permalink (isPermaLink defaults to true) but not a full URL; add isPermaLink=\\\"false\\\" [rss-guid-permalink]\\n\"), msg[-120:]
" "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --format=json long.rss &&
	"$PYTHON" -c "import json,sys; json.loads(open(sys.argv[1],\"rb\").read())" "$T/out"
'

test_expect_success 'a long value with quotes and C1 controls in it: cut outside the escapes, the reason kept' '
	"$PYTHON" -c "print(\"a \\\"b\\\" \" + \"\u0085\" * 400, end=\"\")" >long2 &&
	rss_item "<guid>$(cat long2)</guid>" >long2.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate long2.rss &&
	"$PYTHON" -c "
import re, sys
msg = open(sys.argv[1], \"rb\").read().decode(\"utf-8\").split(\": error: \", 1)[1]
assert len(msg.encode()) <= 1000 + len(\" [rss-guid-permalink]\\n\"), len(msg.encode())
assert re.fullmatch(r\"guid \\\"a \\\"b\\\" (\\\\u0085)+\\.\\.\\.(\\\\u0085)+\\\" is a permalink .* add isPermaLink=\\\"false\\\" \\[rss-guid-permalink\\]\\n\", msg), msg
" "$T/out"
'

test_expect_success 'line and paragraph separators, C1 controls and bidirectional overrides in a value: escaped, one line' '
	rss_item "<guid isPermaLink=\"false\">1</guid><pubDate>Mon, 03 Mar 2025&#x2028;09:55&#x85;&#x202e;&#x9b;</pubDate>" >seps.rss &&
	echo "seps.rss:1:156: error: pubDate \"Mon, 03 Mar 2025\\u202809:55\\u0085\\u202e\\u009b\" is not an RFC 822 date-time: it does not match the date format [rss-date]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate seps.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'the showcase feeds build and are valid under --strict, with no warning' '
	new_feed "$T/showcase" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/pub" "$T/showcase" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$T/pub/atom.xml" "$T/pub/rss.xml" &&
	test_must_be_empty "$T/out"
'

test_expect_success XMLLINT 'atom.rng and rss.rng validate the showcase feeds with xmllint' '
	xmllint --noout --relaxng "$SRCDIR/src/schemas/atom.rng" "$T/pub/atom.xml" 2>/dev/null &&
	xmllint --noout --relaxng "$SRCDIR/src/schemas/rss.rng" "$T/pub/rss.xml" 2>/dev/null
'

test_expect_success XMLLINT 'atom.rng accepts an Atom entry document' '
	sed -n "/<entry>/,/<\/entry>/p" good.atom |
	    sed "s/<entry>/<entry xmlns=\"http:\/\/www.w3.org\/2005\/Atom\"><author><name>a<\/name><\/author>/" >entry.xml &&
	test -s entry.xml &&
	xmllint --noout --relaxng "$SRCDIR/src/schemas/atom.rng" entry.xml 2>/dev/null
'

test_done

#!/bin/sh
# feedwright validate: options, output formats, standard input and exit
# statuses (0 valid, 1 invalid, 2 unreadable or usage).
. "$SRCDIR/tests/lib.sh"

D=$SRCDIR/tests/validate/formats
cp "$D/good.atom" "$D/good.rss" "$T/"
cd "$T" || exit 99
version=$(sed -n 's/^AC_INIT(\[feedwright\], \[\([^]]*\)\].*/\1/p' "$SRCDIR/configure.ac")

run "$FEEDWRIGHT" validate --help
expect_status "validate --help" 0
expect_contains "--help shows the synopsis" "$T/out" \
    "Usage: feedwright validate [--format=text|json] [--strict] FILE..."
expect_contains "--help gives exit statuses" "$T/out" \
    "Exit status: 0 every file valid, 1 a file invalid, 2 a file could not be"

run "$FEEDWRIGHT" validate --version
expect_eq "validate --version" "$(cat "$T/out")" "feedwright $version"

run "$FEEDWRIGHT" --help
expect_contains "feedwright --help lists validate" "$T/out" "validate FILE..."

run "$FEEDWRIGHT" validate
expect_status "no file" 2
expect_eq "no file message" "$(head -n 1 "$T/err")" "feedwright: validate: no file given"

run "$FEEDWRIGHT" validate --format=xml good.atom
expect_status "unknown --format" 2
expect_eq "unknown --format message" "$(cat "$T/err")" \
    'feedwright: validate: unknown format "xml" (text or json)'

run "$FEEDWRIGHT" validate --bogus good.atom
expect_status "unknown option" 2

run "$FEEDWRIGHT" validate good.atom good.rss
expect_status "valid Atom and RSS" 0
expect_eq "valid files print nothing" "$(cat "$T/out" "$T/err")" ""

run "$FEEDWRIGHT" validate missing.xml
expect_status "missing file" 2
expect_eq "missing file message" "$(cat "$T/out")" \
    "missing.xml:0:0: error: cannot open: No such file or directory [unreadable]"

run "$FEEDWRIGHT" validate - <good.rss
expect_status "standard input" 0

sed 's/<updated>2025-03-01T12:00:00Z/<updated>2025-03-01/' good.atom >bad.atom
run "$FEEDWRIGHT" validate - <bad.atom
expect_status "invalid standard input" 1
expect_eq "standard input is named -" "$(cat "$T/out")" \
    '-:5:1: error: atom:updated "2025-03-01" is not an RFC 3339 date-time: it does not match the date format [atom-date]'

run "$FEEDWRIGHT" validate good.atom bad.atom missing.xml
expect_status "worst status of several files" 2
expect_eq "one line per problem, file by file" "$(cut -d: -f1,2 "$T/out")" \
    "bad.atom:5
missing.xml:0"

grep -v 'rel="self"' good.atom >noself.atom
run "$FEEDWRIGHT" validate noself.atom
expect_status "a warning alone is valid" 0
expect_eq "the warning" "$(cat "$T/out")" \
    'noself.atom:2:1: warning: atom:feed should have an atom:link with rel="self" [atom-self-link]'
run "$FEEDWRIGHT" validate --strict noself.atom
expect_status "--strict fails on a warning" 1

run "$FEEDWRIGHT" validate --format=json bad.atom
expect_status "json, invalid" 1
expect_eq "json document" "$(cat "$T/out")" \
    '{"file": "bad.atom", "format": "atom-1.0", "valid": false, "errors": 1, "warnings": 0, "problems": [
  {"line": 5, "column": 1, "severity": "error", "rule": "atom-date", "message": "atom:updated \"2025-03-01\" is not an RFC 3339 date-time: it does not match the date format"}]}'

run "$FEEDWRIGHT" validate --format=json --strict noself.atom good.rss
expect_status "json, strict, several files" 1
expect_eq "json array for several files" "$(cat "$T/out")" \
    '[{"file": "noself.atom", "format": "atom-1.0", "valid": false, "errors": 0, "warnings": 1, "problems": [
  {"line": 2, "column": 1, "severity": "warning", "rule": "atom-self-link", "message": "atom:feed should have an atom:link with rel=\"self\""}]},
{"file": "good.rss", "format": "rss-2.0", "valid": true, "errors": 0, "warnings": 0, "problems": []}]'
if command -v python3 >/dev/null; then
	check "json output parses" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out"
fi

# Control characters and quotes in messages are escaped in JSON.
printf '<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description><language>a\\"\tb</language></channel></rss>' >esc.rss
run "$FEEDWRIGHT" validate --format=json esc.rss
expect_contains "json escapes quotes, backslashes and tabs" "$T/out" \
    '"message": "language \"a\\\"\tb\" is not a language tag"'

# build publishes feeds that validate with no warning at all.
new_feed "$T/showcase"
run "$FEEDWRIGHT" build -o "$T/pub" "$T/showcase"
expect_status "build the showcase" 0
run "$FEEDWRIGHT" validate --strict "$T/pub/atom.xml" "$T/pub/rss.xml"
expect_status "showcase feeds are valid with --strict" 0
expect_eq "showcase feeds have no warning" "$(cat "$T/out")" ""
if command -v xmllint >/dev/null; then
	check "atom.rng validates the showcase Atom with xmllint" sh -c \
	    'xmllint --noout --relaxng "$1" "$2" 2>/dev/null' sh \
	    "$SRCDIR/src/schemas/atom.rng" "$T/pub/atom.xml"
	check "rss.rng validates the showcase RSS with xmllint" sh -c \
	    'xmllint --noout --relaxng "$1" "$2" 2>/dev/null' sh \
	    "$SRCDIR/src/schemas/rss.rng" "$T/pub/rss.xml"
	check "atom.rng accepts an Atom entry document" \
	    sh -c "sed -n '/<entry>/,/<\/entry>/p' good.atom | sed 's/<entry>/<entry xmlns=\"http:\/\/www.w3.org\/2005\/Atom\"><author><name>a<\/name><\/author>/' >entry.xml && xmllint --noout --relaxng '$SRCDIR/src/schemas/atom.rng' entry.xml 2>/dev/null"
fi

finish

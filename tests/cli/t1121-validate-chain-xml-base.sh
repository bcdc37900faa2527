#!/bin/sh
# validate --chain resolves the links of a document's head against the
# xml:base in their scope (RFC 4287 section 2, RFC 3986 5.1.1), on the
# feed or on the link itself, nested, or relative to the document's URL;
# without one, against the document's URL (its self link, or the URL it
# was reached by), as before.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# doc FILE ROOT-ATTRS SELF DAY [HEAD-LINES]: an Atom document with one
# entry of 2024-03-DAY; ROOT-ATTRS go in the feed's start tag, and the
# head lines given follow the self link, from line 8 on.
doc() {
	_f=$1 _attrs=$2 _self=$3 _day=$4
	shift 4
	mkdir -p "$(dirname "$_f")"
	{
		printf '<?xml version="1.0" encoding="utf-8"?>\n'
		printf '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0"%s>\n' "$_attrs"
		printf '  <title>Example</title>\n  <id>https://example.org/</id>\n'
		printf '  <updated>2024-03-0%sT00:00:00Z</updated>\n' "$_day"
		printf '  <author><name>Example</name></author>\n'
		printf '  %s\n' "$_self"
		for _l in "$@"; do printf '  %s\n' "$_l"; done
		printf '  <entry>\n    <title>Post %s</title>\n' "$_day"
		printf '    <id>https://example.org/posts/%s</id>\n' "$_day"
		printf '    <link href="https://example.org/posts/%s.html"/>\n' "$_day"
		printf '    <updated>2024-03-0%sT00:00:00Z</updated>\n' "$_day"
		printf '  </entry>\n</feed>\n'
	} >"$_f"
}

# archive FILE DAY: the archive document https://example.org/feeds/FILE
# (under x/), linking back to the subscription document.
archive() {
	doc "x/$1" "" "<link rel=\"self\" href=\"https://example.org/feeds/$1\"/>" "$2" \
	    '<fh:archive/>' \
	    '<link rel="current" href="https://example.org/feeds/atom.xml"/>' \
	    '<link rel="next-archive" href="https://example.org/feeds/atom.xml"/>'
}

SELF='<link rel="self" href="https://example.org/feeds/atom.xml"/>'

# files: the files --chain read, in order, from its JSON report.
files() {
	/usr/bin/python3 -c "
import json, sys
for r in json.load(open(sys.argv[1])):
    print(r[\"file\"], r[\"valid\"], len(r[\"problems\"]))
" "$T/out"
}

test_expect_success 'prev-archive "2.xml" under the feed'\''s xml:base .../feeds/archive/ is x/archive/2.xml: exit 0, silent' '
	archive archive/2.xml 4 &&
	doc x/atom.xml " xml:base=\"https://example.org/feeds/archive/\"" "$SELF" 6 \
	    "<link rel=\"prev-archive\" href=\"2.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain x/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'with x/2.xml there too, the file xml:base names is the one followed' '
	archive 2.xml 5 &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain x/atom.xml &&
	files >got &&
	printf "x/atom.xml True 0\nx/archive/2.xml True 0\n" >want &&
	test_cmp want got
'

test_expect_success 'a self link "atom.xml" made absolute by xml:base maps the folder: exit 0, silent' '
	doc x/atom.xml " xml:base=\"https://example.org/feeds/\"" \
	    "<link rel=\"self\" href=\"atom.xml\"/>" 6 \
	    "<link rel=\"prev-archive\" href=\"archive/2.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain x/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'xml:base on the link itself, relative to the feed'\''s: resolved in turn' '
	doc x/atom.xml " xml:base=\"https://example.org/\"" "$SELF" 6 \
	    "<link rel=\"prev-archive\" xml:base=\"feeds/archive/\" href=\"2.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain x/atom.xml &&
	files >got &&
	printf "x/atom.xml True 0\nx/archive/2.xml True 0\n" >want &&
	test_cmp want got
'

test_expect_success 'a relative xml:base alone resolves against the self link, then the href against it' '
	doc x/atom.xml " xml:base=\"archive/\"" "$SELF" 6 \
	    "<link rel=\"prev-archive\" href=\"2.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain x/atom.xml &&
	files >got &&
	printf "x/atom.xml True 0\nx/archive/2.xml True 0\n" >want &&
	test_cmp want got
'

test_expect_success 'an archive'\''s relative next-archive resolves against its xml:base' '
	rm -f x/2.xml &&
	doc x/atom.xml "" "$SELF" 6 \
	    "<link rel=\"prev-archive\" href=\"https://example.org/feeds/archive/2.xml\"/>" &&
	doc x/archive/2.xml " xml:base=\"https://example.org/feeds/\"" \
	    "<link rel=\"self\" href=\"archive/2.xml\"/>" 4 \
	    "<fh:archive/>" \
	    "<link rel=\"current\" href=\"atom.xml\"/>" \
	    "<link rel=\"next-archive\" href=\"atom.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain x/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a prev-archive xml:base sends to a missing file: chain-broken, naming the resolved URL' '
	doc x/atom.xml " xml:base=\"https://example.org/feeds/old/\"" "$SELF" 6 \
	    "<link rel=\"prev-archive\" href=\"2.xml\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain x/atom.xml &&
	cat >want <<-\EOT &&
	x/atom.xml:8:1: error: prev-archive "https://example.org/feeds/old/2.xml" is the file x/old/2.xml, which cannot be opened: No such file or directory [chain-broken]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'without xml:base a relative prev-archive still resolves against the self link' '
	archive archive/2.xml 4 &&
	doc x/atom.xml "" "$SELF" 6 \
	    "<link rel=\"prev-archive\" href=\"archive/2.xml\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json --chain x/atom.xml &&
	files >got &&
	printf "x/atom.xml True 0\nx/archive/2.xml True 0\n" >want &&
	test_cmp want got
'

test_expect_success 'a self link relative under a relative xml:base is still refused, status 2' '
	doc x/atom.xml " xml:base=\"feeds/\"" "<link rel=\"self\" href=\"atom.xml\"/>" 6 &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain x/atom.xml &&
	test_must_be_empty "$T/out" &&
	cat >want <<-\EOT &&
	feedwright: x/atom.xml:7: --chain needs an absolute self link (rel="self") to map the feed'\''s URLs to this folder
	EOT
	test_cmp want "$T/err"
'

test_done

#!/bin/sh
# validate --chain compares URLs as URLs, not as strings (RFC 3986 6.2.2,
# 6.2.3): the scheme and host in any case, the scheme's own port or none,
# and an escaped unreserved character (%32 for "2") name the same
# document; another port, path or scheme still does not.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# doc FILE SELF DAY [HEAD-LINES]: an Atom document with one entry, of
# 2024-03-DAY; the links and marks given are put in its head, one per
# line, from line 8 on.
doc() {
	_f=$1 _self=$2 _day=$3
	shift 3
	{
		printf '<?xml version="1.0" encoding="utf-8"?>\n'
		printf '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">\n'
		printf '  <title>Example</title>\n  <id>https://example.org/</id>\n'
		printf '  <updated>2024-03-06T00:00:00Z</updated>\n'
		printf '  <author><name>Example</name></author>\n'
		printf '  <link rel="self" href="%s"/>\n' "$_self"
		for _l in "$@"; do printf '  %s\n' "$_l"; done
		printf '  <entry>\n    <title>Post %s</title>\n' "$_f"
		printf '    <id>https://example.org/posts/%s</id>\n' "$_f"
		printf '    <link href="https://example.org/posts/%s.html"/>\n' "$_f"
		printf '    <updated>2024-03-0%sT00:00:00Z</updated>\n' "$_day"
		printf '  </entry>\n</feed>\n'
	} >"$_f"
}

# chain PREV NEXT: c/atom.xml whose prev-archive is PREV, and
# c/archive/2.xml whose next-archive is NEXT.
chain() {
	rm -rf c && mkdir -p c/archive &&
	doc c/atom.xml https://example.org/feeds/atom.xml 6 \
	    "<link rel=\"prev-archive\" href=\"$1\"/>" &&
	doc c/archive/2.xml https://example.org/feeds/archive/2.xml 4 \
	    '<fh:archive/>' \
	    '<link rel="current" href="https://example.org/feeds/atom.xml"/>' \
	    "<link rel=\"next-archive\" href=\"$2\"/>"
}

test_expect_success 'a next-archive spelled HTTPS://EXAMPLE.org:443/... is the subscription document: exit 0, silent' '
	chain https://example.org/feeds/archive/2.xml \
	    HTTPS://EXAMPLE.org:443/feeds/atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain c/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a prev-archive with the host in capitals is in the self link folder: followed, exit 0' '
	chain https://Example.ORG/feeds/archive/2.xml \
	    https://example.org/feeds/atom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --format=json --chain c/atom.xml &&
	/usr/bin/python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert [r[\"file\"] for r in d] == [\"c/atom.xml\", \"c/archive/2.xml\"], d
assert all(r[\"problems\"] == [] for r in d), d
" "$T/out"
'

test_expect_success 'a prev-archive with an empty port and %32 for "2" names archive/2.xml' '
	chain https://example.org:/feeds/archive/%32.xml \
	    https://example.org/feeds/%61tom.xml &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain c/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'another port is another place: chain-outside, exit 1' '
	chain https://example.org:8443/feeds/archive/2.xml \
	    https://example.org/feeds/atom.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain c/atom.xml &&
	cat >want <<-\EOT &&
	c/atom.xml:8:1: error: prev-archive "https://example.org:8443/feeds/archive/2.xml" is outside https://example.org/feeds/, the folder of the self link, which is mapped to c/: --chain reads files there only and fetches nothing [chain-outside]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a next-archive whose path differs in case, or on http, is another document: chain-order' '
	chain https://example.org/feeds/archive/2.xml \
	    https://example.org/feeds/ATOM.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain c/atom.xml &&
	cat >want <<-\EOT &&
	c/archive/2.xml:10:1: error: next-archive "https://example.org/feeds/ATOM.xml" is not "https://example.org/feeds/atom.xml", the document whose prev-archive leads here [chain-order]
	EOT
	test_cmp want "$T/out" &&
	chain https://example.org/feeds/archive/2.xml \
	    http://example.org/feeds/atom.xml &&
	test_expect_code 1 "$FEEDWRIGHT" validate --chain c/atom.xml &&
	cat >want <<-\EOT &&
	c/archive/2.xml:10:1: error: next-archive "http://example.org/feeds/atom.xml" is not "https://example.org/feeds/atom.xml", the document whose prev-archive leads here [chain-order]
	EOT
	test_cmp want "$T/out"
'

test_done

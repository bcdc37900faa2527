#!/bin/sh
# validate hands libxml2 the bytes it reads up to the last "]]>" among
# them and keeps the rest for the next read (xml_pull.c), so that each
# CDATA section is parsed whole. Wherever a read ends, between the two
# "]" and the ">", inside an attribute or a comment holding "]]>", the
# parser sees every byte once: the verdicts and the places are the same.
# (What changes: bytes the declared encoding cannot read, after the last
# "]]>" of a read, are met with the next read, so an error before them
# in the same read is now the one named, as it comes first.)
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'
OPEN='<item><title>a</title><description><![CDATA['

# feed FILE N BEFORE AFTER: an item whose CDATA section holds N bytes, so
# that BEFORE plus them, then AFTER; a bad date on line 3 and "]]>" in
# text on line 4 follow.
feed() {
	{
		printf '%s\n%s%s' "$HEAD" "$3" "$OPEN" &&
		head -c "$2" /dev/zero | tr '\0' y &&
		printf ']]></description>%s\n' "$4" &&
		printf '<pubDate>yesterday</pubDate></item>\n' &&
		printf '<item><title>b</title><description>a ]]> b</description></item></channel></rss>\n'
	} >"$1"
}

cat >want <<'EOF_WANT'
f.xml:3:1: error: pubDate "yesterday" is not an RFC 822 date-time: it does not match the date format [rss-date]
f.xml:4:38: error: XML: Sequence ']]>' not allowed in content [xml-not-well-formed]
EOF_WANT

# Where the section's "]]>" begins in the file for N = 0.
at=$(feed f.xml 0 "" "" && grep -bo ']]></description>' f.xml | head -n 1 | cut -d: -f1)

test_expect_success 'a CDATA end at every place around the first and second reads: the same two errors' '
	for end in $(seq 4090 4099) $(seq 8186 8195)
	do
		feed f.xml $((end - at)) "" "" &&
		test_expect_code 1 "$FEEDWRIGHT" validate f.xml &&
		test_cmp want "$T/out" || return 1
	done
'

# attr Z: a category whose domain holds Z letters z, then "]]>".
attr() {
	printf '<category domain="https://e.example/%s]]>b">c</category><!-- ]]> -->' \
	    "$(head -c "$1" /dev/zero | tr '\0' z)"
}
in_attr=$(feed f.xml 0 "" "$(attr 0)" && grep -bo ']]>b' f.xml | cut -d: -f1)

test_expect_success 'a "]]>" in an attribute value, then in a comment, across a read: no error of theirs' '
	for end in $(seq 4090 4099)
	do
		feed f.xml 0 "" "$(attr $((end - in_attr)))" &&
		test_expect_code 1 "$FEEDWRIGHT" validate f.xml &&
		test_cmp want "$T/out" || return 1
	done
'

test_expect_success 'the same read from a pipe, whose reads end anywhere' '
	feed f.xml $((4094 - at)) "" "" &&
	sed "s/^f\.xml:/-:/" want >want.pipe &&
	cat f.xml | test_expect_code 1 "$FEEDWRIGHT" validate - &&
	test_cmp want.pipe "$T/out"
'

test_done

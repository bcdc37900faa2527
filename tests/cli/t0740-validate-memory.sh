#!/bin/sh
# validate's memory is flat on every input (issue 10, item 6): comments,
# processing instructions, CDATA sections, white space, attributes, in a
# channel, a feed, one item or one entry, and an endless stream on
# standard input. What is passed is freed: comments and the like between
# elements cost nothing, however many; an entry or item is held whole. Each run is capped at 64 MiB plus 48 MiB for the
# program's shared libraries (libxml2 maps ICU's data), more under
# AddressSanitizer; peak resident memory is measured, where GNU time is
# there, against 64 MiB itself. What the limits
# cannot allow ends with a too-large error, never a crash or a kill.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

capped() {
	(limit_validate_memory; exec "$FEEDWRIGHT" validate "$@")
}

peak_under_64mib() {
	/usr/bin/time -f %M -o "$T/rss" "$FEEDWRIGHT" validate "$@" \
	    >/dev/null 2>&1
	echo "peak: $(cat "$T/rss") KB"
	[ "$(tail -n 1 "$T/rss")" -lt 65536 ]
}

RSS='<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>'
ATOM='<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:ex:f</id><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author>'
ENTRY='<entry><title>e</title><id>urn:ex:e</id><updated>2025-01-01T00:00:00Z</updated><link href="https://e.example/e"/>'

# many PRE LINE N POST: PRE, N copies of LINE (one a line), POST.
many() {
	printf '%s\n' "$1"
	yes "$2" | head -n "$3"
	printf '%s\n' "$4"
}

STOP='error: validate stops here: checking the document would take more than 40 MiB of memory at once (an entry, an item or another element this large) [too-large]'
# Where the limit is reached depends on the allocator: the message does not.
stopped() {
	sed 's/^[^:]*:[0-9]*:[0-9]*: //' "$T/out" >"$T/msg" &&
	echo "$STOP" >"$T/want" &&
	test_cmp "$T/want" "$T/msg" &&
	test_must_be_empty "$T/err"
}

test_expect_success '2,000,000 comments inside channel: each freed once passed, valid' '
	many "$RSS" "<!-- x -->" 2000000 "</channel></rss>" >c.xml &&
	test_expect_code 0 capped c.xml &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success GNU_TIME '2,000,000 comments inside channel: peak under 64 MiB' '
	peak_under_64mib c.xml
'

test_expect_success '2,000,000 processing instructions inside channel: valid' '
	many "$RSS" "<?x y?>" 2000000 "</channel></rss>" >p.xml &&
	test_expect_code 0 capped p.xml &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success '2,000,000 comments inside one item' '
	many "$RSS<item><title>t</title>" "<!-- x -->" 2000000 \
	    "</item></channel></rss>" >ci.xml &&
	test_expect_code 1 capped ci.xml &&
	stopped
'

test_expect_success '2,000,000 comments inside an Atom feed: valid' '
	many "$ATOM" "<!-- x -->" 2000000 "</feed>" >cf.xml &&
	test_expect_code 0 capped cf.xml &&
	echo "cf.xml:1:1: warning: atom:feed should have an atom:link with rel=\"self\" [atom-self-link]" >want &&
	test_cmp want out &&
	test_must_be_empty err
'

test_expect_success '2,000,000 processing instructions inside one entry' '
	many "$ATOM$ENTRY" "<?x y?>" 2000000 "</entry></feed>" >pe.xml &&
	test_expect_code 1 capped pe.xml &&
	stopped
'

test_expect_success '4,000,000 CDATA sections of white space inside channel: valid' '
	many "$RSS" "<![CDATA[ ]]>" 4000000 "</channel></rss>" >cd.xml &&
	test_expect_code 0 capped cd.xml &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success '2,000,000 comments before the root element: valid' '
	many "" "<!-- x -->" 2000000 "$RSS</channel></rss>" >pro.xml &&
	test_expect_code 0 capped pro.xml &&
	test_must_be_empty out &&
	test_must_be_empty err
'

test_expect_success 'an endless stream of comments on standard input: read to its end in flat memory' '
	{ printf "%s" "$RSS"; yes "<!-- x -->"; } | head -c 100000000 |
	    test_expect_code 1 capped - &&
	echo "-:9090900:9: error: XML: Comment not terminated [xml-not-well-formed]" >want &&
	test_cmp want out &&
	test_must_be_empty err
'

test_expect_success 'an item of 8 MB of elements: stopped at the limit' '
	many "$RSS<item><title>t</title>" "<x:y xmlns:x=\"urn:x\">z</x:y>" \
	    300000 "</item></channel></rss>" >ui.xml &&
	test_expect_code 1 capped ui.xml &&
	stopped
'

test_expect_success '500,000 unknown elements inside channel: flat, valid' '
	many "$RSS" "<x:y xmlns:x=\"urn:x\"/>" 500000 \
	    "</channel></rss>" >uc.xml &&
	test_expect_code 0 capped uc.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success 'an element with 5,000 attributes: refused, not checked' '
	"$PYTHON" -c "import sys; sys.stdout.write(sys.argv[1] + \"<x:y xmlns:x=\\\"urn:x\\\"\" + \"\".join(\" a%d=\\\"b\\\"\" % i for i in range(5000)) + \"/></channel></rss>\\n\")" "$RSS" >a.xml &&
	test_expect_code 1 capped a.xml &&
	echo "a.xml:1:104: error: x:y has more than 256 attributes and namespace declarations, more than validate checks [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'an item element with 5,000 namespace declarations' '
	"$PYTHON" -c "import sys; sys.stdout.write(sys.argv[1] + \"<item><title>t</title><x:y xmlns:x=\\\"urn:x\\\"\" + \"\".join(\" xmlns:p%d=\\\"urn:p%d\\\"\" % (i, i) for i in range(5000)) + \"/></item></channel></rss>\\n\")" "$RSS" >n.xml &&
	test_expect_code 1 capped n.xml &&
	echo "n.xml:1:126: error: x:y has more than 256 attributes and namespace declarations, more than validate checks [too-large]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'a start tag with 100,000 attributes: stopped before it is parsed' '
	"$PYTHON" -c "import sys; sys.stdout.write(sys.argv[1] + \"<x:y xmlns:x=\\\"urn:x\\\"\" + \"\".join(\" a%d=\\\"b\\\"\" % i for i in range(100000)) + \"/></channel></rss>\\n\")" "$RSS" >a100k.xml &&
	test_expect_code 1 capped a100k.xml &&
	echo "a100k.xml:1:104: error: an element with more than 10,000 attributes, more than validate reads [too-large]" >want &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success '500,002 items: the id set stops growing, with a warning' '
	"$PYTHON" -c "
import sys
w = sys.stdout.write
w(sys.argv[1] + \"\\n\")
for i in range(500002):
    w(\"<item><title>t</title><guid isPermaLink=\\\"false\\\">g%d</guid></item>\\n\" % i)
w(\"<item><title>t</title><guid isPermaLink=\\\"false\\\">g5</guid></item>\\n</channel></rss>\\n\")" "$RSS" >ids.xml &&
	test_expect_code 1 capped ids.xml &&
	printf "%s\n" "ids.xml:500002:23: warning: more than 500,000 entries or items: the ids of the others are not checked for uniqueness [ids-not-checked]" \
	    "ids.xml:500004:23: error: guid \"g5\" is used by another item; it must identify its item uniquely [rss-guid-duplicate]" >want &&
	test_cmp want "$T/out"
'

test_expect_success GNU_TIME 'a thousand kept messages quoting long values, each written six times longer: flat' '
	"$PYTHON" -c "
import sys
item = \"<item><title>x</title><guid>a b%d\" + \"\u0085\" * 10000 + \"</guid></item>\"
sys.stdout.write(\"<rss version=\\\"2.0\\\"><channel><title>t</title><link>https://e.example/</link><description>d</description>\" + \"\".join(item % i for i in range(1000)) + \"</channel></rss>\")
" >c1.xml &&
	peak_under_64mib c1.xml &&
	test_expect_code 1 capped c1.xml &&
	test_eq "$(grep -c "\[rss-guid-permalink\]\$" "$T/out")" 1000
'

test_expect_success 'a feed of valid items still passes under the cap' '
	"$PYTHON" "$SRCDIR/tests/validate/bigfeed.py" rss 3000 >big.xml &&
	test_expect_code 0 capped big.xml &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# RSS 1.0's table of contents (section 5.3.5): the channel's items, one
# rdf:Seq of rdf:li, name the items by their rdf:about. An item named but
# absent, or present but not named, is a warning (readers follow either
# the list or the items); the list itself must be well formed; the
# channel's image and textinput name the elements of that rdf:about.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
CH='<title>t</title><link>https://e.example/</link><description>d</description>'

# item URI: an item line.
item() {
	echo "<item rdf:about=\"$1\"><title>i</title><link>$1</link></item>"
}

test_expect_success 'an item listed but absent, one present but unlisted: two warnings, exit 0' '
	{
		echo "$HEAD" &&
		item https://e.example/early &&
		echo "<channel rdf:about=\"https://e.example/\">$CH<items><rdf:Seq>" &&
		echo "<rdf:li rdf:resource=\"https://e.example/1\"/>" &&
		echo "<rdf:li rdf:resource=\"https://e.example/gone\"/>" &&
		echo "</rdf:Seq></items></channel>" &&
		item https://e.example/1 &&
		item https://e.example/late &&
		echo "</rdf:RDF>"
	} >list.rdf &&
	test_expect_code 0 "$FEEDWRIGHT" validate list.rdf &&
	cat >want <<-\EOF &&
	list.rdf:2:1: warning: item "https://e.example/early" is not listed in the channel'"'"'s items [rss10-item-unlisted]
	list.rdf:8:1: warning: item "https://e.example/late" is not listed in the channel'"'"'s items [rss10-item-unlisted]
	list.rdf:5:1: warning: the channel'"'"'s items list "https://e.example/gone", but no item has that rdf:about [rss10-item-missing]
	EOF
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict list.rdf
'

test_expect_success 'a malformed list: another element, a li without resource, a name twice, two Seqs' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH<items>" &&
		echo "<rdf:Seq><rdf:Bag/>" &&
		echo "<rdf:li/>" &&
		echo "<rdf:li rdf:resource=\"https://e.example/1\"/><rdf:li resource=\"https://e.example/1\"/>" &&
		echo "</rdf:Seq><rdf:Seq/></items></channel>" &&
		item https://e.example/1 &&
		echo "</rdf:RDF>"
	} >seq.rdf &&
	test_expect_code 1 "$FEEDWRIGHT" validate seq.rdf &&
	cat >want <<-\EOF &&
	seq.rdf:3:10: error: rdf:Seq holds rdf:Bag, but only rdf:li may be there [rss10-items]
	seq.rdf:4:1: error: rdf:li has no rdf:resource (or resource) naming an item [rss10-items]
	seq.rdf:5:45: error: items lists "https://e.example/1" twice [rss10-items]
	seq.rdf:6:11: error: items holds rdf:Seq, but only one rdf:Seq may be there [rss10-items]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'without a list, items are not called unlisted: one error for the channel' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH</channel>" &&
		item https://e.example/1 &&
		echo "</rdf:RDF>"
	} >nolist.rdf &&
	test_expect_code 1 "$FEEDWRIGHT" validate nolist.rdf &&
	echo "nolist.rdf:2:1: error: channel has no items, which RSS 1.0 requires [rss10-missing-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'image and textinput: named by the channel, described at the top level, or an error' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH" &&
		echo "<image/>" &&
		echo "<items><rdf:Seq><rdf:li rdf:resource=\"https://e.example/1\"/></rdf:Seq></items>" &&
		echo "<textinput rdf:resource=\"https://e.example/search\"/></channel>" &&
		echo "<image rdf:about=\"https://e.example/logo.png\"><title>t</title><url>https://e.example/logo.png</url><link>https://e.example/</link></image>" &&
		item https://e.example/1 &&
		echo "<textinput rdf:about=\"https://e.example/find\"><title>t</title><description>d</description><name>q</name><link>https://e.example/find</link></textinput>" &&
		echo "</rdf:RDF>"
	} >refs.rdf &&
	test_expect_code 1 "$FEEDWRIGHT" validate refs.rdf &&
	cat >want <<-\EOF &&
	refs.rdf:3:1: error: channel image has no rdf:resource naming the image element [rss10-reference]
	refs.rdf:6:1: error: image "https://e.example/logo.png" is not named by the channel'"'"'s image element [rss10-reference]
	refs.rdf:5:1: error: the channel'"'"'s textinput names "https://e.example/search", but no textinput has that rdf:about [rss10-reference]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'an image or textinput named but not described is a warning: the reference is required only with the element' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH" &&
		echo "<image rdf:resource=\"https://e.example/logo.png\"/>" &&
		echo "<items><rdf:Seq><rdf:li rdf:resource=\"https://e.example/1\"/></rdf:Seq></items>" &&
		echo "<textinput rdf:resource=\"https://e.example/search\"/></channel>" &&
		item https://e.example/1 &&
		echo "</rdf:RDF>"
	} >named.rdf &&
	test_expect_code 0 "$FEEDWRIGHT" validate named.rdf &&
	cat >want <<-\EOF &&
	named.rdf:3:1: warning: the channel'"'"'s image names "https://e.example/logo.png", but the document has no image [rss10-reference-missing]
	named.rdf:5:1: warning: the channel'"'"'s textinput names "https://e.example/search", but the document has no textinput [rss10-reference-missing]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'an image held without a usable rdf:about: the reference names no image there, an error' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH" &&
		echo "<image rdf:resource=\"https://e.example/logo.png\"/>" &&
		echo "<items><rdf:Seq><rdf:li rdf:resource=\"https://e.example/1\"/></rdf:Seq></items></channel>" &&
		echo "<image><title>t</title><url>https://e.example/logo.png</url><link>https://e.example/</link></image>" &&
		item https://e.example/1 &&
		echo "</rdf:RDF>"
	} >noabout.rdf &&
	test_expect_code 1 "$FEEDWRIGHT" validate noabout.rdf &&
	grep -e "^noabout.rdf:3:1: error: the channel.s image names \"https://e.example/logo.png\", but no image has that rdf:about \[rss10-reference\]\$" "$T/out" &&
	! grep -e "rss10-reference-missing" "$T/out"
'

# The list is read one rdf:li at a time: 100,001 of them (more than
# libxml2's 40 MiB would hold at once) are read to the end.
test_expect_success 'past 100,000 item URIs the rest are not matched, and a warning says so' '
	{
		echo "$HEAD" &&
		echo "<channel rdf:about=\"https://e.example/\">$CH<items><rdf:Seq>" &&
		awk "BEGIN { for (i = 1; i <= 100001; i++) print \"<rdf:li rdf:resource=\\\"https://e.example/\" i \"\\\"/>\" }" &&
		echo "</rdf:Seq></items></channel></rdf:RDF>"
	} >many.rdf &&
	test_expect_code 0 "$FEEDWRIGHT" validate many.rdf &&
	grep "ids-not-checked" "$T/out" >got &&
	echo "many.rdf:100003:1: warning: more than 100,000 item URIs: the others are not matched against the channel'"'"'s items [ids-not-checked]" >want &&
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" validate --format=json many.rdf &&
	grep -q "\"errors\": 0, \"warnings\": 100001," "$T/out"
'

test_done

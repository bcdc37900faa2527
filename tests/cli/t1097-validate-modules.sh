#!/bin/sh
# The RSS modules whose every element is known: an element they do not
# define is an error (RSS 2.0, "Extending RSS": elements beyond RSS's own
# must be defined in their namespace), and each element stands where its
# module puts it: sy: in the channel, slash:, wfw: and content:encoded in
# an item. In Atom, foreign markup is free (RFC 4287 6): no such error.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

NS='xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" %s>\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$NS" "$2" "$3" >"$1"
}

test_expect_success 'each module element where its module puts it: valid under --strict' '
	rss ok.rss "
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>2</sy:updateFrequency>
<dc:publisher>P</dc:publisher>" "
<dc:creator>Jane</dc:creator>
<dc:subject>s</dc:subject>
<slash:comments>3</slash:comments>
<wfw:commentRss>https://example.org/1/comments</wfw:commentRss>
<content:encoded>&lt;p&gt;x&lt;/p&gt;</content:encoded>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'dc:author, dc:created, slash:foo: names their modules do not define, warned of' '
	rss names.rss "" "
<dc:author>Jane</dc:author>
<dc:created>2025-01-02</dc:created>
<slash:foo>1</slash:foo>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate names.rss &&
	cat >want <<-\EOT &&
	names.rss:10:1: warning: dc:author is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]
	names.rss:11:1: warning: dc:created is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]
	names.rss:12:1: warning: slash:foo is not an element of its module (http://purl.org/rss/1.0/modules/slash/), which defines no such name: readers will not know it [ext-unknown-element]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'content:encoded and wfw:commentRss in the channel, sy:updatePeriod in an item: misplaced' '
	rss places.rss "
<content:encoded>x</content:encoded>
<wfw:commentRss>https://example.org/c</wfw:commentRss>" "
<sy:updatePeriod>daily</sy:updatePeriod>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate places.rss &&
	cat >want <<-\EOT &&
	places.rss:7:1: error: content:encoded belongs in an item, not in the channel [ext-misplaced]
	places.rss:8:1: error: wfw:commentRss belongs in an item, not in the channel [ext-misplaced]
	places.rss:12:1: error: sy:updatePeriod belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'in Atom, dc:author is foreign markup, which RFC 4287 6 allows: valid, with the warning RSS gives' '
	printf "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><title>t</title><id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id><updated>2025-01-02T03:04:05Z</updated><author><name>A</name></author><link rel=\"self\" href=\"https://example.org/a.xml\"/><dc:author>Jane</dc:author></feed>\n" >f.atom &&
	test_expect_code 0 "$FEEDWRIGHT" validate f.atom &&
	echo "f.atom:2:278: warning: dc:author is not an element of its module (http://purl.org/dc/elements/1.1/), which defines no such name: readers will not know it [ext-unknown-element]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom elements in an RSS item keep RFC 4287'"'"'s definitions' '
	NS="$NS xmlns:atom=\"http://www.w3.org/2005/Atom\"" &&
	rss aok.rss "" "
<atom:updated>2025-01-02T03:04:05Z</atom:updated>
<atom:author><atom:name>Jane</atom:name><atom:email>jane@example.org</atom:email></atom:author>
<atom:category term=\"news\" scheme=\"https://example.org/cats/\"/>
<atom:summary type=\"html\">&lt;p&gt;s&lt;/p&gt;</atom:summary>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict aok.rss &&
	test_must_be_empty "$T/out" &&
	rss abad.rss "" "
<atom:updated>2025-01-02</atom:updated>
<atom:updated>2025-01-03T00:00:00Z</atom:updated>
<atom:author><atom:email>jane@example.org</atom:email></atom:author>
<atom:category scheme=\"https://example.org/cats/\"/>
<atom:summary type=\"markdown\">s</atom:summary>
<atom:foo>x</atom:foo>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate abad.rss &&
	cat >want <<-\EOT &&
	abad.rss:10:1: error: atom:updated "2025-01-02" is not an RFC 3339 date-time: it does not match the date format [atom-date]
	abad.rss:11:1: error: item has more than one atom:updated, which may occur once [ext-duplicate-element]
	abad.rss:12:1: error: atom:author has no atom:name, which RFC 4287 3.2 requires [ext-value]
	abad.rss:13:1: error: atom:category has no term attribute [ext-value]
	abad.rss:14:1: error: type "markdown" of atom:summary is not text, html or xhtml [ext-value]
	abad.rss:15:1: warning: atom:foo is not an element of its module (http://www.w3.org/2005/Atom), which defines no such name: readers will not know it [ext-unknown-element]
	EOT
	test_cmp want "$T/out"
'

# atom FILE FEED-EXTRA ENTRY-EXTRA: an Atom feed with thr: and opensearch:.
atom() {
	printf '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\n<title>t</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n<updated>2025-01-02T03:04:05Z</updated>\n<author><name>A</name></author>\n<link rel="self" href="https://example.org/a.xml"/>%s\n<entry>\n<title>e</title>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af7</id>\n<updated>2025-01-02T03:04:05Z</updated>\n<link href="https://example.org/1"/>\n<summary>s</summary>%s\n</entry>\n</feed>\n' "$2" "$3" >"$1"
}

test_expect_success 'Atom threading (RFC 4685) and OpenSearch, as WordPress and Blogger write them: valid' '
	atom thr.atom "
<opensearch:totalResults>12</opensearch:totalResults>
<opensearch:startIndex>1</opensearch:startIndex>" "
<link rel=\"replies\" type=\"application/atom+xml\" href=\"https://example.org/1/feed\" thr:count=\"3\" thr:updated=\"2025-01-03T00:00:00Z\"/>
<thr:total>3</thr:total>
<thr:in-reply-to ref=\"tag:example.org,2025:0\" href=\"https://example.org/0\" type=\"text/html\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict thr.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'their values: counts are non-negative integers, thr:updated RFC 3339, a reply has a ref' '
	atom bad.atom "
<opensearch:totalResults>many</opensearch:totalResults>" "
<link rel=\"replies\" href=\"https://example.org/1/feed\" thr:count=\"three\" thr:updated=\"yesterday\"/>
<thr:total>-1</thr:total>
<thr:in-reply-to href=\"https://example.org/0\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.atom &&
	cat >want <<-\EOT &&
	bad.atom:8:1: error: opensearch:totalResults "many" is not a non-negative integer [ext-value]
	bad.atom:15:1: error: thr:count "three" of atom:link is not a non-negative integer [ext-value]
	bad.atom:15:1: error: thr:updated "yesterday" of atom:link is not an RFC 3339 date-time [ext-value]
	bad.atom:16:1: error: thr:total "-1" is not a non-negative integer [ext-value]
	bad.atom:17:1: error: thr:in-reply-to has no ref attribute [ext-value]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# validate checks more of Dublin Core and the Well-Formed Web CommentAPI
# in RSS (issue 9, item 4): dc:format and dc:type outside what Dublin Core
# recommends are warnings (a recommendation, not a rule); dcterms:language
# and dcterms:date are checked like dc:language and dc:date; wfw:comment
# and wfw:commentRss are absolute URLs; wfw:commentRSS is warned of.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

HEAD='<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE ITEM: a one-line feed with one item holding ITEM.
feed() {
	printf '%s<item><title>i</title>%s</item></channel></rss>\n' \
	    "$HEAD" "$2" >"$1"
}

test_expect_success 'Dublin Core and wfw as their specs recommend: valid under --strict, silently' '
	feed ok.rss "<dc:creator>A. Writer</dc:creator><dc:subject>Harbours</dc:subject><dc:identifier>urn:isbn:0-330-28700-1</dc:identifier><dc:format>text/html</dc:format><dcterms:format>application/pdf</dcterms:format><dc:type>Text</dc:type><dcterms:type>http://purl.org/dc/dcmitype/MovingImage</dcterms:type><dcterms:language>en-GB</dcterms:language><dcterms:date>2026-11-28T10:00:00Z</dcterms:date><wfw:comment>https://e.example/1/comment</wfw:comment><wfw:commentRss>https://e.example/1/comments.rss</wfw:commentRss>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'each fault at its line with its rule: recommendations warn, definitions are errors' '
	feed bad.rss "<dc:format>PDF</dc:format><dcterms:format>html</dcterms:format><dc:type>text</dc:type><dcterms:type>article</dcterms:type><dcterms:language>english</dcterms:language><dcterms:date>28 Nov 2026</dcterms:date><wfw:comment>/1/comment</wfw:comment><wfw:commentRss>comments.rss</wfw:commentRss><wfw:commentRSS>https://e.example/1/comments.rss</wfw:commentRSS>" &&
	cat >want <<-\EOF &&
	bad.rss:1:261: warning: dc:format "PDF" is not a MIME type, as Dublin Core recommends [dc-format]
	bad.rss:1:287: warning: dcterms:format "html" is not a MIME type, as Dublin Core recommends [dc-format]
	bad.rss:1:324: warning: dc:type "text" is not a term of the DCMI Type Vocabulary, as Dublin Core recommends [dc-type]
	bad.rss:1:347: warning: dcterms:type "article" is not a term of the DCMI Type Vocabulary, as Dublin Core recommends [dc-type]
	bad.rss:1:383: error: dcterms:language "english" is not a language tag [ext-value]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	head -n 5 "$T/out" >got &&
	test_cmp want got &&
	grep -q "^bad.rss:1:427: error: dcterms:date \"28 Nov 2026\" .*\\[ext-date\\]\$" "$T/out" &&
	sed -n "7,\$p" "$T/out" >got &&
	cat >want <<-\EOF &&
	bad.rss:1:467: error: wfw:comment "/1/comment" is not an absolute URL [ext-value]
	bad.rss:1:504: error: wfw:commentRss "comments.rss" is not an absolute URL [ext-value]
	bad.rss:1:549: warning: wfw:commentRSS is not read by readers, who look for wfw:commentRss [wfw-comment-rss]
	EOF
	test_cmp want got
'

test_done

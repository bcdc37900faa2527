#!/bin/sh
# The internal entities a DOCTYPE declares are expanded, as XML 1.0
# requires of every processor (5.1, 4.4.2; 3.3.3 in attribute values), so
# each rule judges the text a reader sees; their use is a warning, said
# once, for readers that skip the DTD. What is not expanded is an error.
# The entities of Netscape's RSS 0.91 DTD, which is never loaded, are
# known: HTML's Latin-1 set. Attribute defaults of the internal subset
# are supplied, as 5.1 requires too.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# The channel's own elements, when a test needs nothing else there.
channel='
<title>t</title>
<link>https://example.org/</link>
<description>d</description>'

# rss FILE DECLARATIONS CHANNEL-TEXT ITEM-TEXT
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE rss [\n%s\n]>\n<rss version="2.0">\n<channel>%s\n<item>%s</item>\n</channel>\n</rss>\n' "$2" "$3" "$4" >"$1"
}

# atom FILE DECLARATIONS ENTRY-CONTENT [FEED-ATTRIBUTES [ENTRY-ATTRIBUTES
# [MORE-ENTRIES]]]: a valid feed but for what is given, its one entry
# holding ENTRY-CONTENT.
atom() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE feed [%s]>\n<feed xmlns="http://www.w3.org/2005/Atom"%s>\n<title>T</title><id>https://example.org/</id>\n<link rel="self" href="https://example.org/feed.xml"/>\n<updated>2025-03-01T12:00:00Z</updated>\n<author><name>Jane</name></author>\n<entry%s><title>One</title><id>https://example.org/1</id>\n<updated>2025-03-01T12:00:00Z</updated>\n%s\n</entry>%s\n</feed>\n' "$2" "${4-}" "${5-}" "$3" "${6-}" >"$1"
}

test_expect_success 'text, nested entities and the predefined ones: expanded, one warning, exit 0' '
	rss text.rss "<!ENTITY co \"ACME &amp; &kin;\">
<!ENTITY kin \"Sons\">
<!ENTITY day \"Sat, 01 Mar 2025 12:00:00 GMT\">" "
<title>&co; news</title>
<link>https://example.org/</link>
<description>From &co;</description>" "<title>&co;</title><guid>https://example.org/1</guid><pubDate>&day;</pubDate>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate text.rss &&
	cat >want <<-\EOF &&
	text.rss:9:1: warning: the entity "&co;" is declared in the DOCTYPE: it is expanded, as XML requires, but feed readers that skip the DTD refuse the feed or show "&co;"; write its text, or character references, instead [dtd-entity]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'a rule judges the expanded text, and quotes it' '
	rss date.rss "<!ENTITY day \"Sat, 01 Mar 2025 &amp; later\">" "$channel" "<title>i</title><guid>https://example.org/1</guid><pubDate>&day;</pubDate>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate date.rss &&
	grep -q "^date.rss:10:57: error: pubDate \"Sat, 01 Mar 2025 & later\" is not an RFC 822 date-time" "$T/out"
'

test_expect_success 'attribute values: expanded, then judged' '
	cat >attr.atom <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<!DOCTYPE feed [
	<!ENTITY site "https://example.org">
	<!ENTITY two "a&#38;#10;b	c">
	]>
	<feed xmlns="http://www.w3.org/2005/Atom">
	<title>T</title>
	<id>&site;/</id>
	<link rel="self" href="&site;/feed.xml"/>
	<link rel="alternate" href="&site;/"/>
	<updated>2025-03-01T12:00:00Z</updated>
	<author><name>Jane</name></author>
	<category term="t" scheme="&two;"/>
	</feed>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate attr.atom &&
	grep -q "^attr.atom:8:1: warning: the entity \"&site;\"" "$T/out" &&
	grep -q "^attr.atom:13:1: error: scheme \"a b c\" of atom:category is not an absolute IRI" "$T/out" &&
	test_eq "$(grep -c "site\|entity-reference\|atom-link\|atom-id" "$T/out")" 1
'

test_expect_success 'elements from an entity in xhtml content: expanded, in the default namespace where used, valid' '
	atom xhtml.atom "<!ENTITY b \"<b>bold</b>\">" \
	    "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">a &b; c</div></content>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate xhtml.atom &&
	test_eq "$(wc -l <"$T/out" | tr -d " ")" 1 &&
	grep -q "\[dtd-entity\]\$" "$T/out"
'

test_expect_success 'between elements: white space passes, text is unexpected, elements are not expanded' '
	rss between.rss "<!ENTITY nl \"
\">
<!ENTITY txt \"hello\">
<!ENTITY cat \"<category>c</category>\">" "&nl;
<title>t</title>&txt;
<link>https://example.org/</link>&cat;
<description>d</description>" "<title>i</title><guid>https://example.org/1</guid>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate between.rss &&
	cat >want <<-\EOF &&
	between.rss:9:1: warning: the entity "&nl;" is declared in the DOCTYPE: it is expanded, as XML requires, but feed readers that skip the DTD refuse the feed or show "&nl;"; write its text, or character references, instead [dtd-entity]
	between.rss:9:1: error: text directly inside channel, where only elements may appear (from the entity "&txt;") [unexpected-text]
	between.rss:9:1: error: reference to the entity "&cat;" among the elements of channel, which is not expanded; feeds must not depend on a DTD [entity-reference]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'an entity declared and never used: nothing said' '
	rss unused.rss "<!ENTITY co \"ACME\">" "$channel" "<title>i</title><guid>https://example.org/1</guid>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict unused.rss &&
	test_must_be_empty "$T/out"
'

# rss091 FILE DESCRIPTION [STANDALONE]: an RSS 0.91 feed under the DOCTYPE
# of Netscape's DTD, at the address the RSS Advisory Board serves it from.
rss091() {
	printf '<?xml version="1.0"%s?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://www.rssboard.org/rss-0.91.dtd">\n<rss version="0.91">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>%s</description>\n<language>en</language>\n</channel>\n</rss>\n' "${3-}" "$2" >"$1"
}

test_expect_success 'the RSS 0.91 DTD: validate knows its Latin-1 entities; expanded, a warning, exit 0' '
	rss091 lat1.rss "caf&eacute; &copy; 2025&nbsp;&yuml;" &&
	test_expect_code 0 "$FEEDWRIGHT" validate lat1.rss &&
	cat >want <<-\EOF &&
	lat1.rss:3:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version-old]
	lat1.rss:7:1: warning: the entity "&eacute;" is declared by the RSS 0.91 DTD the DOCTYPE names, which validate knows: it is expanded, but feed readers that do not load the DTD refuse the feed or show "&eacute;"; write &#233; instead [dtd-entity]
	EOF
	test_cmp want "$T/out"
'

# With an external DTD, an entity declared nowhere validate reads may be
# declared there: no well-formedness error (XML 1.0 4.1, WFC Entity
# Declared), but one error where it is used, as validate cannot expand it.
test_expect_success 'the RSS 0.91 DTD declares no entity outside Latin-1: &hellip; is one error, entity-reference' '
	rss091 hellip.rss "wait&hellip;" &&
	test_expect_code 1 "$FEEDWRIGHT" validate hellip.rss &&
	cat >want <<-\EOF &&
	hellip.rss:3:1: warning: RSS 0.91 is checked with the rules of RSS 2.0, its compatible successor [rss-version-old]
	hellip.rss:7:1: error: reference to the entity "&hellip;", which is not expanded; feeds must not depend on a DTD [entity-reference]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'an undeclared entity in an attribute value, with an external DTD: one entity-reference error there' '
	printf "%s\n" "<?xml version=\"1.0\"?>" "<!DOCTYPE rss SYSTEM \"https://example.org/rss.dtd\">" "<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link><description>d</description>" "<item><title>x</title><guid isPermaLink=\"false\" a=\"&foo;\">1</guid></item></channel></rss>" >attr.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate attr.rss &&
	cat >want <<-\EOF &&
	attr.rss:4:57: error: reference to the entity "&foo;" in an attribute value, which is not expanded; feeds must not depend on a DTD [entity-reference]
	attr.rss:4:23: error: guid has no attribute "a" in RSS 2.0 (did you mean isPermaLink?) [rss-unknown-attribute]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'the same undeclared entity in text and in an attribute, of the root too: each said once, where it is' '
	printf "%s\n" "<?xml version=\"1.0\"?>" "<!DOCTYPE rss SYSTEM \"https://example.org/rss.dtd\">" "<rss version=\"2.0\" x=\"&foo;\"><channel><title>t</title><link>https://example.org/</link>" "<description>d &foo; here</description>" "<item><title>x</title><guid isPermaLink=\"false\">1</guid><enclosure url=\"https://example.org/a&foo;.mp3\" length=\"1\" type=\"audio/mpeg\"/></item></channel></rss>" >same.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate same.rss &&
	cat >want <<-\EOF &&
	same.rss:3:28: error: reference to the entity "&foo;" in an attribute value, which is not expanded; feeds must not depend on a DTD [entity-reference]
	same.rss:5:99: error: reference to the entity "&foo;" in an attribute value, which is not expanded; feeds must not depend on a DTD [entity-reference]
	same.rss:3:1: error: rss has no attribute "x" in RSS 2.0 [rss-unknown-attribute]
	same.rss:4:1: error: reference to the entity "&foo;", which is not expanded; feeds must not depend on a DTD [entity-reference]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'standalone="yes": no entity of an external DTD may be used (XML 1.0 4.1), an error' '
	rss091 alone.rss "caf&eacute;" " standalone=\"yes\"" &&
	test_expect_code 1 "$FEEDWRIGHT" validate alone.rss &&
	grep -q "^alone.rss:7:25: error: XML: Entity .eacute. not defined" "$T/out"
'

test_expect_success 'the public id at another address may name any DTD: its entities are not known, an error' '
	rss091 other.rss "caf&eacute;" &&
	sed "s|http://www.rssboard.org/rss-0.91.dtd|rss-0.91.dtd|" other.rss >other2.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate other2.rss &&
	grep -q "^other2.rss:7:1: error: reference to the entity \"&eacute;\", which is not expanded; feeds must not depend on a DTD \[entity-reference\]\$" "$T/out" &&
	test_lacks "$T/out" "xml-not-well-formed"
'

test_expect_success 'attribute defaults of the internal subset, #FIXED too, are supplied (XML 1.0 5.1): an enclosure gets its type; one warning' '
	rss defaults.rss "<!ATTLIST guid isPermaLink CDATA \"false\">
<!ATTLIST enclosure type CDATA #FIXED \"audio/mpeg\">" "$channel" "<title>i</title><guid>ct-1</guid><enclosure url=\"https://example.org/1.mp3\" length=\"1\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate defaults.rss &&
	cat >want <<-\EOF &&
	defaults.rss:11:23: warning: isPermaLink="false" on guid is a default the DOCTYPE declares: XML requires it, but feed readers that skip the DTD do not see it; write it on the element [dtd-default]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'a prefixed element from an entity takes the namespace its prefix has where it is used' '
	atom pfx.atom "<!ENTITY b \"<h:b>bold</h:b>\">" \
	    "<content type=\"xhtml\"><h:div>a &b; c</h:div></content>" \
	    " xmlns:h=\"http://www.w3.org/1999/xhtml\"" &&
	test_expect_code 0 "$FEEDWRIGHT" validate pfx.atom &&
	test_eq "$(wc -l <"$T/out" | tr -d " ")" 1 &&
	grep -q "\[dtd-entity\]\$" "$T/out"
'

test_expect_success 'an entity used in an attribute default and in text: expanded in both' '
	rss first.rss "<!ENTITY co \"ACME\">
<!ATTLIST guid x CDATA \"&co;\">" "$channel" "<title>&co;</title><guid isPermaLink=\"false\">1</guid>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate first.rss &&
	test_lacks "$T/out" "entity-reference" &&
	grep -q "warning: x=\"ACME\" on guid is a default the DOCTYPE declares" "$T/out" &&
	grep -q "error: guid has no attribute \"x\"" "$T/out"
'

test_expect_success 'a default value is read as XML reads it: its references expanded' '
	rss defval.rss "<!ENTITY site \"https://example.org\">
<!ATTLIST enclosure url CDATA \"&site;/a?b=1&amp;c=2\">" "$channel" "<title>i</title><guid>https://example.org/1</guid><enclosure length=\"1\" type=\"audio/mpeg\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate defval.rss &&
	grep -q "warning: url=\"https://example.org/a?b=1&c=2\" on enclosure is a default" "$T/out"
'

test_expect_success 'the root element too: its attributes from an entity or a default' '
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY v \"2.0\"><!ATTLIST channel x CDATA #IMPLIED>]>\n<rss version=\"&v;\">\n<channel>%s\n</channel>\n</rss>\n" "$channel" >rootent.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate rootent.rss &&
	grep -q "^rootent.rss:3:1: warning: the entity \"&v;\"" "$T/out" &&
	printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ATTLIST rss version CDATA \"2.0\">]>\n<rss>\n<channel>%s\n</channel>\n</rss>\n" "$channel" >rootdef.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate rootdef.rss &&
	grep -q "^rootdef.rss:3:1: warning: version=\"2.0\" on rss is a default" "$T/out"
'

test_expect_success 'an attribute declared of another type than CDATA is normalized after expansion (XML 1.0 3.3.3)' '
	rss norm.rss "<!ATTLIST guid isPermaLink (true|false) #IMPLIED>
<!ENTITY f \" false \">" "$channel" "<title>i</title><guid isPermaLink=\"&f;\">ct-1</guid>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate norm.rss &&
	test_lacks "$T/out" "error"
'

test_expect_success 'an ID given by a default is no second ID of the document' '
	pad=$(printf "%4000s" "") &&
	atom id.atom "<!ATTLIST entry xml:id ID \"i1\">" "<content>s</content>" "" "" "
<entry><title>Two</title><id>https://example.org/2</id>
<updated>2025-03-01T12:00:00Z</updated><content>s$pad</content></entry>
<entry xml:id=\"i1\"><title>Three</title><id>https://example.org/3</id>
<updated>2025-03-01T12:00:00Z</updated><content>s</content></entry>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate id.atom &&
	grep -q "warning: xml:id=\"i1\" on atom:entry is a default" "$T/out" &&
	test_lacks "$T/out" "already defined"
'

test_expect_success 'white space from entities of entities between elements passes' '
	rss nested.rss "<!ENTITY nl \"
\">
<!ENTITY sp \"&nl;&nl;\">" "&sp;$channel" "<title>i</title><guid>https://example.org/1</guid>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate nested.rss &&
	test_eq "$(wc -l <"$T/out" | tr -d " ")" 1 &&
	grep -q "\[dtd-entity\]\$" "$T/out"
'

test_expect_success 'an RSS 0.91 entity in an attribute value: libxml2 leaves it out, an error says so, no stray text' '
	printf "%s\n" "<?xml version=\"1.0\"?>" "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://www.rssboard.org/rss-0.91.dtd\">" "<rss version=\"0.91\"><channel><title>t</title><link>https://example.org/</link><description>d</description><language>en</language>" "<item><title>x</title><enclosure url=\"https://example.org/&eacute;.mp3\" length=\"1\" type=\"audio/mpeg\"/></item></channel></rss>" >enc.rss &&
	test_expect_code 1 "$FEEDWRIGHT" validate enc.rss &&
	grep -q "^enc.rss:4:67: error: the entity \"&eacute;\" of the RSS 0.91 DTD in an attribute value is not expanded there; write &#233; instead \[entity-reference\]\$" "$T/out" &&
	test_lacks "$T/out" "unexpected-text"
'

test_done

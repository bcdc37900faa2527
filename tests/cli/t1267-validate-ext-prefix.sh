#!/bin/sh
# A prefix feeds give a vocabulary validate knows, bound to another
# namespace, hides those elements from readers that go by namespace while
# readers that go by prefix take them: a warning (ext-prefix), once a
# prefix, where it is declared, in RSS and in Atom, at any depth. A near
# miss that a rule of its own says where it is used (Media RSS without
# its slash, iTunes in another case) is left to that rule; a namespace a
# vocabulary names its own too is its.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'Atom: georss with a slash at the root, thr on an entry, each once' '
	cat >a.atom <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss/">
	<id>https://example.org/</id><title>t</title><updated>2025-01-01T00:00:00Z</updated>
	<author><name>a</name></author><link rel="self" href="https://example.org/a.atom"/>
	<entry xmlns:thr="http://purl.org/syndication/thread/1.0/"><id>https://example.org/1</id><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href="https://example.org/1"/>
	<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" xmlns:sy="http://purl.org/rss/1.0/modules/syndication">s</div></summary></entry>
	<entry xmlns:thr="http://purl.org/syndication/thread/1.0/"><id>https://example.org/2</id><title>e</title><updated>2025-01-01T00:00:00Z</updated><link href="https://example.org/2"/><summary>s</summary></entry>
	</feed>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate a.atom &&
	cat >want <<-\EOF &&
	a.atom:2:1: warning: the prefix georss is bound to "http://www.georss.org/georss/", not to the namespace of GeoRSS, http://www.georss.org/georss: readers that go by namespace will not read its elements as GeoRSS [ext-prefix]
	a.atom:5:1: warning: the prefix thr is bound to "http://purl.org/syndication/thread/1.0/", not to the namespace of Atom Threading (RFC 4685), http://purl.org/syndication/thread/1.0: readers that go by namespace will not read its elements as Atom Threading (RFC 4685) [ext-prefix]
	a.atom:6:23: warning: the prefix sy is bound to "http://purl.org/rss/1.0/modules/syndication", not to the namespace of the RSS syndication module, http://purl.org/rss/1.0/modules/syndication/: readers that go by namespace will not read its elements as the RSS syndication module [ext-prefix]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'Media RSS without its slash and iTunes in lower case: their own rules, not this one' '
	cat >m.rss <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd">
	<channel><title>t</title><link>https://example.org/</link><description>d</description>
	<itunes:author>a</itunes:author>
	<item><title>i</title><guid>https://example.org/1</guid><media:title>m</media:title></item>
	</channel></rss>
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate m.rss &&
	! grep -e "ext-prefix" "$T/out" &&
	grep -e "\\[media-namespace\\]\$" "$T/out" &&
	grep -e "\\[itunes-namespace\\]\$" "$T/out"
'

test_expect_success 'a prefix bound to another vocabulary'"'"'s namespace, or to a near miss told elsewhere for another prefix: warned' '
	cat >v.rss <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<rss version="2.0" xmlns:podcast="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:dc="http://search.yahoo.com/mrss">
	<channel><title>t</title><link>https://example.org/</link><description>d</description>
	<item><title>i</title><guid>https://example.org/1</guid></item>
	</channel></rss>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate v.rss &&
	cat >want <<-\EOF &&
	v.rss:2:1: warning: the prefix podcast is bound to "http://www.itunes.com/dtds/podcast-1.0.dtd", not to the namespace of Podcasting 2.0, https://podcastindex.org/namespace/1.0: readers that go by namespace will not read its elements as Podcasting 2.0 [ext-prefix]
	v.rss:2:1: warning: the prefix dc is bound to "http://search.yahoo.com/mrss", not to the namespace of Dublin Core, http://purl.org/dc/elements/1.1/: readers that go by namespace will not read its elements as Dublin Core [ext-prefix]
	EOF
	test_cmp want "$T/out"
'

test_expect_success 'thr on RSS 1.0'"'"'s threading module and dc on the DCMI terms: vocabularies that take the prefix too' '
	cat >t.rdf <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:thr="http://purl.org/rss/1.0/modules/threading/" xmlns:dc="http://purl.org/dc/terms/">
	<channel rdf:about="https://example.org/"><title>t</title><link>https://example.org/</link><description>d</description>
	<items><rdf:Seq><rdf:li rdf:resource="https://example.org/1"/></rdf:Seq></items></channel>
	<item rdf:about="https://example.org/1"><title>i</title><link>https://example.org/1</link></item>
	</rdf:RDF>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict t.rdf &&
	test_must_be_empty "$T/out"
'

test_expect_success 'Blogger'"'"'s openSearch on OpenSearch 1.0, podcast: on its old URL, and free prefixes: not a word' '
	cat >o.rss <<-\EOF &&
	<?xml version="1.0" encoding="utf-8"?>
	<rss version="2.0" xmlns:openSearch="http://a9.com/-/spec/opensearchrss/1.0/" xmlns:podcast="https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md" xmlns:x="http://www.rssboard.org/media-rss">
	<channel><title>t</title><link>https://example.org/</link><description>d</description>
	<openSearch:totalResults>1</openSearch:totalResults>
	<podcast:locked>no</podcast:locked>
	<item><title>i</title><guid>https://example.org/1</guid></item>
	</channel></rss>
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate --strict o.rss &&
	test_must_be_empty "$T/out"
'

test_done

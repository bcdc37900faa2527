#!/bin/sh
# Apple's namespace is "case sensitive, and must be entered as shown":
# http://www.itunes.com/DTDs/Podcast-1.0.dtd is another namespace, whose
# tags Apple ignores, so the show has no image, category or explicit for
# it. The document is still valid RSS (namespaced extension elements), so
# validate warns once per file (itunes-namespace, naming the URI Apple
# requires) and checks those tags as Apple's, so that their own faults
# show too; in Atom as in RSS.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

NS='http://www.itunes.com/DTDs/Podcast-1.0.dtd'

test_expect_success 'RSS: one warning at the first such tag, and each tag checked as an itunes: tag' '
	cat >bad.rss <<-EOT &&
	<rss version="2.0" xmlns:itunes="$NS">
	<channel>
	<title>t</title>
	<link>https://example.org/</link>
	<description>d</description>
	<language>en</language>
	<itunes:explicit>maybe</itunes:explicit>
	<itunes:category text="Not A Category"><itunes:category text="Nor This"/></itunes:category>
	<itunes:image href="ftp://example.org/a.jpg"/>
	<itunes:owner><itunes:email>nobody</itunes:email></itunes:owner>
	<item>
	<title>i</title>
	<guid>https://example.org/1</guid>
	<itunes:duration>five minutes</itunes:duration>
	<itunes:type>serial</itunes:type>
	</item>
	</channel>
	</rss>
	EOT
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-EOT &&
	bad.rss:7:1: warning: itunes:explicit is in the namespace $NS: Apple Podcasts ignores every iTunes tag under that namespace; its namespace is http://www.itunes.com/dtds/podcast-1.0.dtd, in exactly that case [itunes-namespace]
	bad.rss:7:1: error: itunes:explicit "maybe" is neither true nor false [itunes-explicit]
	bad.rss:8:1: error: itunes:category "Not A Category" is not one of Apple Podcasts'"'"' categories [itunes-category]
	bad.rss:9:1: error: itunes:image href "ftp://example.org/a.jpg" is not an http or https URL [itunes-image]
	bad.rss:10:15: error: itunes:email "nobody" is not an e-mail address [itunes-owner]
	bad.rss:14:1: error: itunes:duration "five minutes" is neither seconds nor [H:]MM:SS [itunes-duration]
	bad.rss:15:1: error: itunes:type belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'RSS: good values in the miscased namespace: a warning, said once, and the feed valid' '
	cat >case.rss <<-EOT &&
	<rss version="2.0" xmlns:itunes="$NS">
	<channel>
	<title>t</title>
	<link>https://example.org/</link>
	<description>d</description>
	<language>en</language>
	<itunes:image href="https://example.org/a.jpg"/>
	<itunes:category text="News"><itunes:category text="Daily News"/></itunes:category>
	<itunes:explicit>false</itunes:explicit>
	</channel>
	</rss>
	EOT
	test_expect_code 0 "$FEEDWRIGHT" validate case.rss &&
	echo "case.rss:7:1: warning: itunes:image is in the namespace $NS: Apple Podcasts ignores every iTunes tag under that namespace; its namespace is http://www.itunes.com/dtds/podcast-1.0.dtd, in exactly that case [itunes-namespace]" >want &&
	test_cmp want "$T/out"
'

test_expect_success 'Atom: the same warning, and the show tags Apple requires counted as itunes: tags' '
	cat >bad.atom <<-EOT &&
	<feed xmlns="http://www.w3.org/2005/Atom" xmlns:itunes="$NS" xml:lang="en">
	<title>t</title>
	<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
	<updated>2025-01-02T03:04:05Z</updated>
	<author><name>A</name></author>
	<link rel="self" href="https://example.org/feed.atom"/>
	<itunes:author>A</itunes:author>
	<itunes:explicit>maybe</itunes:explicit>
	</feed>
	EOT
	test_expect_code 1 "$FEEDWRIGHT" validate bad.atom &&
	cat >want <<-EOT &&
	bad.atom:7:1: warning: itunes:author is in the namespace $NS: Apple Podcasts ignores every iTunes tag under that namespace; its namespace is http://www.itunes.com/dtds/podcast-1.0.dtd, in exactly that case [itunes-namespace]
	bad.atom:8:1: error: itunes:explicit "maybe" is neither true nor false [itunes-explicit]
	bad.atom:1:1: warning: feed uses itunes: tags but has no itunes:image, which Apple Podcasts requires [itunes-missing]
	bad.atom:1:1: warning: feed uses itunes: tags but has no itunes:category, which Apple Podcasts requires [itunes-missing]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# In Atom the modules' elements are counted as in RSS, the feed standing
# for the channel and an entry for an item: a second itunes:type or
# podcast:guid in the feed, a second itunes:duration or podcast:season in
# an entry, is one too many; a feed with itunes: tags but without the
# ones Apple requires is warned, its language being its xml:lang (or
# dc:language).
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# atom FILE FEED-ATTRS FEED-EXTRA ENTRY-EXTRA
atom() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"%s>\n  <title>t</title>\n  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n  <updated>2025-01-02T03:04:05Z</updated>\n  <author><name>A</name></author>\n  <link rel="self" href="https://example.org/feed.atom"/>%s\n  <entry>\n    <title>e</title>\n    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>\n    <updated>2025-01-02T03:04:05Z</updated>\n    <link href="https://example.org/1"/>%s\n  </entry>\n</feed>\n' "$2" "$3" "$4" >"$1"
}

SHOW='
  <itunes:image href="https://example.org/a.jpg"/>
  <itunes:category text="News"/>
  <itunes:explicit>false</itunes:explicit>'

test_expect_success 'elements that may occur once, twice in the feed and in an entry' '
	atom twice.atom " xml:lang=\"en\"" "$SHOW
  <itunes:type>serial</itunes:type>
  <itunes:type>episodic</itunes:type>
  <podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>
  <podcast:guid>9b024349-ccf0-5f69-a609-6b82873eab3c</podcast:guid>" "
    <itunes:duration>60</itunes:duration>
    <itunes:duration>61</itunes:duration>
    <podcast:season>1</podcast:season>
    <podcast:season>2</podcast:season>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate twice.atom &&
	cat >want <<-\EOT &&
	twice.atom:12:3: error: feed has more than one itunes:type, which may occur once [ext-duplicate-element]
	twice.atom:14:3: error: feed has more than one podcast:guid, which may occur once [ext-duplicate-element]
	twice.atom:21:5: error: entry has more than one itunes:duration, which may occur once [ext-duplicate-element]
	twice.atom:23:5: error: entry has more than one podcast:season, which may occur once [ext-duplicate-element]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a feed with itunes: tags but none Apple requires, and no xml:lang: warnings at the feed' '
	atom bare.atom "" "
  <itunes:author>A</itunes:author>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate bare.atom &&
	cat >want <<-\EOT &&
	bare.atom:2:1: warning: feed uses itunes: tags but has no itunes:image, which Apple Podcasts requires [itunes-missing]
	bare.atom:2:1: warning: feed uses itunes: tags but has no itunes:category, which Apple Podcasts requires [itunes-missing]
	bare.atom:2:1: warning: feed uses itunes: tags but has no itunes:explicit, which Apple Podcasts requires [itunes-missing]
	bare.atom:2:1: warning: feed uses itunes: tags but has no language (xml:lang or dc:language), which Apple Podcasts requires [itunes-missing]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the tags Apple requires, the language as xml:lang or dc:language: valid under --strict' '
	atom lang.atom " xml:lang=\"en\"" "$SHOW" "
    <itunes:duration>60</itunes:duration>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict lang.atom &&
	test_must_be_empty "$T/out" &&
	atom dc.atom "" "$SHOW
  <dc:language>en</dc:language>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict dc.atom &&
	test_must_be_empty "$T/out"
'

test_expect_success 'elements that may repeat, and one in each of two entries, are not counted as one too many' '
	atom many.atom " xml:lang=\"en\"" "$SHOW
  <itunes:category text=\"Comedy\"/>
  <podcast:funding url=\"https://example.org/give\">Give</podcast:funding>
  <podcast:funding url=\"https://example.org/join\">Join</podcast:funding>" "
    <itunes:duration>60</itunes:duration>
  </entry>
  <entry>
    <title>f</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2025-01-02T03:04:05Z</updated>
    <link href=\"https://example.org/2\"/>
    <itunes:duration>61</itunes:duration>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict many.atom &&
	test_must_be_empty "$T/out"
'

test_done

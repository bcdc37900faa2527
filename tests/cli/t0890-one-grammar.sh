#!/bin/sh
# One grammar per value type (issue 9, item 2): feed.conf's language and
# the validator's RSS <language>, dc:language and xml:lang take the same
# BCP 47 (RFC 5646) tags; a record's Enclosure type and the validator's
# type attributes take the same MIME types. What feed.conf or a record
# accepts, the build publishes and its own validator accepts; what the
# validator refuses, feed.conf or the record refuses at its own line.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
cp "$F/feed.conf" "$T/good.conf"
M=https://media.example.com
RSS='<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# valid_all: every feed built is valid to validate --strict, silently.
valid_all() {
	for f in atom.xml rss.xml; do
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$F/public/$f" &&
		test_must_be_empty "$T/out" &&
		test_must_be_empty "$T/err" || return 1
	done
}

test_expect_success 'feed.conf takes private use, grandfathered, script and region tags, and the feeds validate' '
	for v in x-klingon i-klingon zh-min-nan sr-Latn-RS es-419 de-CH-1901 en-GB-oed; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" language "$v" &&
		rm -rf "$F/public" &&
		test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
		grep -F "<language>$v</language>" "$F/public/rss.xml" &&
		grep -F "xml:lang=\"$v\"" "$F/public/atom.xml" &&
		valid_all || return 1
	done
'

test_expect_success 'feed.conf refuses at its line what is not a BCP 47 tag, however RFC 3066 read it' '
	for v in en-a en-US-US de-419-DE English x en-x; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" language "$v" &&
		rm -rf "$F/public" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		printf "feedwright: %s:%s: language: \"%s\" is not a language tag (like \"en\" or \"ko-KR\")\n" \
		    "$F/feed.conf" "$(wc -l <"$F/feed.conf" | tr -d " ")" "$v" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$F/public" || return 1
	done &&
	cp "$T/good.conf" "$F/feed.conf"
'

# The W3C service checks only the first subtag against ISO 639, so it
# takes "en-US-US" (a second region) and "en-a" (an extension without a
# subtag); RFC 5646 section 2.1 does not, and neither does validate.
test_expect_success 'validate refuses the same tags in language, dc:language and xml:lang (W3C takes en-US-US)' '
	printf "%s<language>en-US-US</language><dc:language>en-a</dc:language></channel></rss>\n" "$RSS" >"$T/l.rss" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/l.rss" &&
	cat >"$T/want" <<-EOF &&
	$T/l.rss:1:148: error: language "en-US-US" is not a language tag [rss-language]
	$T/l.rss:1:177: error: dc:language "en-a" is not a language tag [ext-value]
	EOF
	test_cmp "$T/want" "$T/out" &&
	printf "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de-419-DE\"><id>urn:ex:1</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><author><name>a</name></author></feed>\n" >"$T/l.atom" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/l.atom" &&
	cat >"$T/want" <<-EOF &&
	$T/l.atom:1:1: error: xml:lang "de-419-DE" on atom:feed is not a language tag [atom-language]
	$T/l.atom:1:1: warning: atom:feed should have an atom:link with rel="self" [atom-self-link]
	EOF
	test_cmp "$T/want" "$T/out"
'

test_expect_success 'validate takes x- and i- tags in RSS language and dc:language, as the W3C service does' '
	printf "%s<language>x-klingon</language><dc:language>i-klingon</dc:language></channel></rss>\n" "$RSS" >"$T/x.rss" &&
	test_expect_code 0 "$FEEDWRIGHT" validate "$T/x.rss" &&
	test_must_be_empty "$T/out"
'

test_expect_success 'feed.conf people: quoted local parts, several spaces or none pass, and the feeds validate' '
	for v in "\"a (b\"@example.com (Kim)" "k@example.com   (Kim Minji)" "k@example.com(Kim)" "\"a b\"@[192.0.2.1] (<b>Kim</b>)"; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" managing-editor "$v" &&
		rm -rf "$F/public" &&
		test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
		valid_all || return 1
	done
'

test_expect_success 'feed.conf people without a name or an address are refused at their line' '
	for v in "k@example.com ()" "k@example.com(Kim" "Kim <k@example.com>" "k@example.com"; do
		cp "$T/good.conf" "$F/feed.conf" &&
		set_conf "$F" managing-editor "$v" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		printf "feedwright: %s:%s: managing-editor: \"%s\" is not \"EMAIL (Name)\", like \"editor@example.com (Kim Minji)\"\n" \
		    "$F/feed.conf" "$(wc -l <"$F/feed.conf" | tr -d " ")" "$v" >"$T/want" &&
		test_cmp "$T/want" "$T/err" || return 1
	done &&
	cp "$T/good.conf" "$F/feed.conf"
'

# rec NAME FIELDS: writes articles/NAME.txt with these fields, newest of all.
rec() {
	{
		printf -- "---\n%s\n---\n" "$2"
		printf "Title of %s\n\nAuthor Name\n\na@example.com | 2025-03-01 10:00:00\n\nBody.\n" "$1"
	} >"$F/articles/$1.txt"
}

test_expect_success 'an Enclosure type with parameters is published, and the feeds validate' '
	rm -rf "$F/public" &&
	rec media "Enclosure: $M/a.ogg audio/ogg;codecs=\"opus\" 1234" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$F" &&
	grep -F "type=\"audio/ogg;codecs=&quot;opus&quot;\"" "$F/public/rss.xml" &&
	valid_all
'

test_expect_success 'an Enclosure type the validator would refuse is refused at its line' '
	for v in "audio/mpeg;" "audio/mpeg;codecs" "audio/mp(3)"; do
		rm -rf "$F/public" &&
		rec media "Enclosure: $M/a.mp3 $v 1" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$F" &&
		printf "feedwright: %s:2: \"Enclosure\" type \"%s\" is not a MIME type like \"audio/mpeg\"\n" \
		    "$F/articles/media.txt" "$v" >"$T/want" &&
		head -n 1 "$T/err" >"$T/got" &&
		test_cmp "$T/want" "$T/got" &&
		test_path_is_missing "$F/public" || return 1
	done &&
	printf "%s<item><title>i</title><enclosure url=\"$M/a.mp3\" type=\"audio/mpeg;\" length=\"1\"/></item></channel></rss>\n" "$RSS" >"$T/e.rss" &&
	test_expect_code 1 "$FEEDWRIGHT" validate "$T/e.rss" &&
	echo "$T/e.rss:1:170: error: enclosure type \"audio/mpeg;\" is not a MIME type [rss-enclosure]" >"$T/want" &&
	test_cmp "$T/want" "$T/out"
'

test_done

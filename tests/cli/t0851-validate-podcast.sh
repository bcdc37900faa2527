#!/bin/sh
# validate checks the Podcasting 2.0 podcast: tags in RSS (issue 9, item
# 4), from the tag pages and podcast.xsd of the namespace, which the W3C
# service does not know: guid, locked, funding, transcript, chapters,
# person, season, episode, value; where each may appear and how often;
# the namespace's old GitHub address, which the spec names identical.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

PODCAST="$SRCDIR/tests/validate/formats/real-podcast.rss"
NS=https://podcastindex.org/namespace/1.0

# feed FILE CHANNEL ITEM [NAMESPACE]: a one-line feed with CHANNEL and one item.
feed() {
	printf '<rss version="2.0" xmlns:podcast="%s"><channel><title>t</title><link>https://e.example/</link><description>d</description>%s<item><title>i</title><guid>https://e.example/1</guid>%s</item></channel></rss>\n' \
	    "${4:-$NS}" "$2" "$3" >"$1"
}

test_expect_success 'the faults of a podcast feed'\''s podcast: tags, each at its line with its rule' '
	sed -e "s|375e050f-7f52-5e9b-9cfc-9414515d1a5b|375e050f-7f52-5e9b-9cfc-9414515d1a5|" \
	    -e "s|<podcast:locked owner=\"podcast@example.org\">yes|<podcast:locked owner=\"podcast at example.org\">true|" \
	    -e "s|<podcast:funding url=\"https://example.org/support\">|<podcast:funding href=\"https://example.org/support\">|" \
	    -e "s| split=\"10\" fee| split=\"ten\" fee|" \
	    -e "s|<podcast:episode display=\"Ep. 1\">1<|<podcast:episode display=\"Ep. 1\">one<|" \
	    -e "s|type=\"text/html\"/>|/>|" \
	    -e "s|<podcast:chapters url=\"https://podcast.example.org/episodes/1-chapters.json\"|<podcast:chapters url=\"1-chapters.json\"|" \
	    "$PODCAST" >bad.rss &&
	cat >want <<-\EOF &&
	bad.rss:33:2: error: podcast:guid "375e050f-7f52-5e9b-9cfc-9414515d1a5" is not a UUIDv5 (8-4-4-4-12 hex digits, version 5) [podcast-guid]
	bad.rss:34:2: error: podcast:locked "true" is neither yes nor no [podcast-locked]
	bad.rss:34:2: error: podcast:locked owner "podcast at example.org" is not an e-mail address [podcast-locked]
	bad.rss:35:2: error: podcast:funding has no url attribute, which is required [podcast-funding]
	bad.rss:39:3: error: podcast:valueRecipient split "ten" is not a number of shares [podcast-value]
	bad.rss:72:3: error: podcast:episode "one" is not a decimal number [podcast-number]
	bad.rss:74:3: error: podcast:transcript has no type attribute, which is required [podcast-transcript]
	bad.rss:75:3: error: podcast:chapters url "1-chapters.json" is not an absolute URL [podcast-chapters]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'season: an integer; episode: a decimal number (xs:integer, xs:decimal)' '
	for v in "1 1" "0 0" "-1 100.5" "+3 .5" "12 7."; do
		set -- $v &&
		feed ok.rss "" "<podcast:season>$1</podcast:season><podcast:episode>$2</podcast:episode>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
		test_must_be_empty "$T/out" || { echo "refused: $v"; return 1; }
	done &&
	feed bad.rss "" "<podcast:season>1.0</podcast:season><podcast:episode>1e3</podcast:episode>" &&
	cat >want <<-\EOF &&
	bad.rss:1:213: error: podcast:season "1.0" is not an integer [podcast-number]
	bad.rss:1:249: error: podcast:episode "1e3" is not a decimal number [podcast-number]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'where each tag may appear: guid and locked in the channel; transcript, chapters, season, episode in an item; once' '
	feed bad.rss "<podcast:season>1</podcast:season><podcast:transcript url=\"https://e.example/t\" type=\"text/vtt\"/><podcast:guid>ead4c236-bf58-58c6-a2c6-a6b28d128cb6</podcast:guid><podcast:guid>ead4c236-bf58-58c6-a2c6-a6b28d128cb6</podcast:guid>" "<podcast:locked>no</podcast:locked><podcast:chapters url=\"https://e.example/c\" type=\"application/json\"/><podcast:chapters url=\"https://e.example/c\" type=\"application/json\"/><podcast:transcript url=\"https://e.example/t\" type=\"text/vtt\"/><podcast:transcript url=\"https://e.example/t.srt\" type=\"application/x-subrip\"/>" &&
	cat >want <<-\EOF &&
	bad.rss:1:159: error: podcast:season belongs in an item, not in the channel [ext-misplaced]
	bad.rss:1:193: error: podcast:transcript belongs in an item, not in the channel [ext-misplaced]
	bad.rss:1:321: error: channel has more than one podcast:guid, which may occur once [ext-duplicate-element]
	bad.rss:1:440: error: podcast:locked belongs in the channel, not in an item [ext-misplaced]
	bad.rss:1:544: error: item has more than one podcast:chapters, which may occur once [ext-duplicate-element]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'funding, person and value may be in the channel and in items, many times' '
	f="<podcast:funding url=\"https://e.example/f\">Fund</podcast:funding>" &&
	p="<podcast:person group=\"writing\" role=\"Cover Art Designer\">P</podcast:person>" &&
	v="<podcast:value type=\"lightning\" method=\"keysend\"><podcast:valueRecipient type=\"lnaddress\" address=\"a@e.example\" split=\"1\"/></podcast:value>" &&
	feed ok.rss "$f$f$p$p$v$v" "$f$f$p$p$v$v" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'value: type, method, and recipients with type, address and split' '
	feed bad.rss "<podcast:value><podcast:valueRecipient name=\"n\"/></podcast:value>" "" &&
	cat >want <<-\EOF &&
	bad.rss:1:159: error: podcast:value has no type attribute, which is required [podcast-value]
	bad.rss:1:159: error: podcast:value has no method attribute, which is required [podcast-value]
	bad.rss:1:174: error: podcast:valueRecipient has no type attribute, which is required [podcast-value]
	bad.rss:1:174: error: podcast:valueRecipient has no address attribute, which is required [podcast-value]
	bad.rss:1:174: error: podcast:valueRecipient has no split attribute, which is required [podcast-value]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'person: named, with absolute img and href; lengths past the spec'\''s are warnings' '
	n128=$(printf "%0128d" 0 | sed "s/0/é/g") &&
	feed ok.rss "<podcast:person>$n128</podcast:person><podcast:funding url=\"https://e.example/\">$n128</podcast:funding>" "<podcast:season name=\"$n128\">1</podcast:season>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed bad.rss "<podcast:person img=\"jane.jpg\" href=\"https://e.example/\">x$n128</podcast:person><podcast:funding url=\"https://e.example/\">x$n128</podcast:funding>" "<podcast:season name=\"x$n128\">1</podcast:season>" &&
	cat >want <<-\EOF &&
	bad.rss:1:159: warning: podcast:person is longer than the 128 characters aggregators keep [podcast-length]
	bad.rss:1:159: error: podcast:person img "jane.jpg" is not an absolute URL [podcast-person]
	bad.rss:1:362: warning: podcast:funding is longer than the 128 characters aggregators keep [podcast-length]
	bad.rss:1:605: warning: podcast:season name is longer than the 128 characters aggregators keep [podcast-length]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'the namespace'\''s old GitHub address is the same namespace' '
	feed bad.rss "<pi:locked>maybe</pi:locked>" "" \
	    https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md &&
	sed "s/xmlns:podcast=/xmlns:pi=/" bad.rss >bad2.rss &&
	echo "bad2.rss:1:191: error: podcast:locked \"maybe\" is neither yes nor no [podcast-locked]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad2.rss &&
	test_cmp want "$T/out"
'

# podcast:podroll is checked since (t1302): its remoteItem's feedGuid is a
# podcast:guid, a UUIDv5. A tag the namespace may add later is still an
# extension.
test_expect_success 'podcast: tags validate does not check are accepted as extensions' '
	feed ok.rss "<podcast:medium>music</podcast:medium><podcast:podroll><podcast:remoteItem feedGuid=\"917393e3-1b1e-5cef-ace4-edaa54e1f810\"/></podcast:podroll><podcast:futureTag kind=\"x\"/>" "<podcast:soundbite startTime=\"1\" duration=\"2\"/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

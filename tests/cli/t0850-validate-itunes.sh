#!/bin/sh
# validate checks Apple Podcasts' itunes: tags in RSS (issue 9, item 4):
# values from Apple's RSS tag tables, categories from Apple's list, where
# each tag may appear and how often; what Apple still accepts but no
# longer documents is a warning; itunes: tags validate does not check, and
# elements in namespaces it does not know, are accepted.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

PODCAST="$SRCDIR/tests/validate/formats/real-podcast.rss"
HEAD='<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title><link>https://e.example/</link><description>d</description>'

# feed FILE CHANNEL ITEM: a one-line feed with CHANNEL and one item, and
# the show tags Apple requires that CHANNEL lacks (the language after the
# item, where it moves no column).
feed() {
	_req=
	case $2 in *"<itunes:image "*) ;; *)
		_req='<itunes:image href="https://e.example/a.jpg"/>' ;; esac
	case $2 in *"<itunes:category "*) ;; *)
		_req=$_req'<itunes:category text="News"/>' ;; esac
	case $2 in *"<itunes:explicit>"*) ;; *)
		_req=$_req'<itunes:explicit>false</itunes:explicit>' ;; esac
	_lang='<language>en</language>'
	case $2 in *"<language>"*) _lang= ;; esac
	printf '%s%s%s<item><title>i</title><guid>https://e.example/1</guid>%s</item>%s</channel></rss>\n' \
	    "$HEAD" "$_req" "$2" "$3" "$_lang" >"$1"
}

test_expect_success 'a podcast feed with itunes: and podcast: tags is valid under --strict, silently' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict "$PODCAST" &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'the faults a directory refuses, each at its line with its rule' '
	sed -e "s|<itunes:explicit>false</itunes:explicit>|<itunes:explicit>no</itunes:explicit>|" \
	    -e "s|text=\"Documentary\"|text=\"Golf\"|" \
	    -e "s|<itunes:type>serial|<itunes:type>Serial show|" \
	    -e "s|<itunes:duration>115|<itunes:duration>1:75|" \
	    -e "s|<itunes:season>1|<itunes:season>0|" \
	    -e "s|<itunes:image href=\"https://podcast.example.org/art/s1e1|<itunes:image href=\"//podcast.example.org/art/s1e1|" \
	    -e "/<itunes:email>/d" "$PODCAST" >bad.rss &&
	cat >want <<-\EOF &&
	bad.rss:20:2: error: itunes:type "Serial show" is neither episodic nor serial [itunes-type]
	bad.rss:21:2: error: itunes:owner has no itunes:email [itunes-owner]
	bad.rss:24:2: error: itunes:explicit "no" is no longer one of Apple'"'"'s values: use true or false [itunes-explicit-old]
	bad.rss:27:3: error: itunes:category "Golf" is not a subcategory of "Society & Culture" [itunes-category]
	bad.rss:52:3: error: itunes:duration "1:75" is neither seconds nor [H:]MM:SS [itunes-duration]
	bad.rss:53:3: error: itunes:explicit "no" is no longer one of Apple'"'"'s values: use true or false [itunes-explicit-old]
	bad.rss:65:3: error: itunes:season "0" is not a non-zero integer [itunes-number]
	bad.rss:68:3: error: itunes:image href "//podcast.example.org/art/s1e1-3000.png" is not an http or https URL [itunes-image]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'itunes:duration: seconds, MM:SS or H:MM:SS, minutes and seconds below 60' '
	for d in 0 3600 5:00 59:59 75:30 1:00:00 01:02:03 100:59:59; do
		feed ok.rss "" "<itunes:duration>$d</itunes:duration>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
		test_must_be_empty "$T/out" || { echo "refused: $d"; return 1; }
	done &&
	for d in "" 1.5 1:5 1:60 1:2:3 1:00:60 1:60:00 1:00:00:00 -5 "1 h" 1h2m :30; do
		feed no.rss "" "<itunes:duration>$d</itunes:duration>" &&
		echo "no.rss:1:332: error: itunes:duration \"$d\" is neither seconds nor [H:]MM:SS [itunes-duration]" >want &&
		test_expect_code 1 "$FEEDWRIGHT" validate no.rss &&
		test_cmp want "$T/out" || { echo "accepted: $d"; return 1; }
	done
'

# Apple's values are true and false; it asks for no spaces around a value.
test_expect_success 'itunes:explicit: true and false in any case; yes, no, clean, spaces and others are errors' '
	for v in true false True FALSE; do
		feed ok.rss "<itunes:explicit>$v</itunes:explicit>" "<itunes:explicit>$v</itunes:explicit>" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
		test_must_be_empty "$T/out" || return 1
	done &&
	feed old.rss "<itunes:explicit>Yes</itunes:explicit>" "<itunes:explicit>clean</itunes:explicit>" &&
	cat >want <<-\EOF &&
	old.rss:1:238: error: itunes:explicit "Yes" is no longer one of Apple'"'"'s values: use true or false [itunes-explicit-old]
	old.rss:1:330: error: itunes:explicit "clean" is no longer one of Apple'"'"'s values: use true or false [itunes-explicit-old]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate old.rss &&
	test_cmp want "$T/out" &&
	feed bad.rss "<itunes:explicit>1</itunes:explicit>" "<itunes:explicit> false </itunes:explicit>" &&
	cat >want <<-\EOF &&
	bad.rss:1:238: error: itunes:explicit "1" is neither true nor false [itunes-explicit]
	bad.rss:1:328: error: itunes:explicit "false" has white space around it, which Apple asks never to add [itunes-explicit]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'itunes:category: several allowed, each Apple'\''s, a subcategory only under its parent, two levels at most' '
	feed ok.rss "<itunes:category text=\"News\"><itunes:category text=\"Tech News\"/></itunes:category><itunes:category text=\"True Crime\"/><itunes:category text=\"TV &amp; Film\"><itunes:category text=\"After Shows\"/></itunes:category>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed bad.rss "<itunes:category text=\"news\"/><itunes:category text=\"Tech News\"/><itunes:category text=\"Science\"><itunes:category text=\"Physics\"><itunes:category text=\"Astronomy\"/></itunes:category></itunes:category><itunes:category text=\"Games &amp; Hobbies\"><itunes:category text=\"Video Games\"/></itunes:category>" "" &&
	cat >want <<-\EOF &&
	bad.rss:1:248: error: itunes:category "news" is not one of Apple Podcasts'\'' categories [itunes-category]
	bad.rss:1:278: error: itunes:category "Tech News" is not one of Apple Podcasts'\'' categories [itunes-category]
	bad.rss:1:377: error: itunes:category is nested more than two levels deep [itunes-category]
	bad.rss:1:448: warning: itunes:category "Games & Hobbies" is from Apple'\''s list before 2019, no longer documented [itunes-category-old]
	bad.rss:1:492: warning: itunes:category "Video Games" is from Apple'\''s list before 2019, no longer documented [itunes-category-old]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'where each tag may appear, and once: channel only, item only, both' '
	feed bad.rss "<itunes:episode>3</itunes:episode><itunes:type>serial</itunes:type><itunes:type>serial</itunes:type>" "<itunes:owner><itunes:email>a@e.example</itunes:email></itunes:owner><itunes:complete>Yes</itunes:complete><itunes:episode>1</itunes:episode><itunes:episode>2</itunes:episode><itunes:title>a</itunes:title><itunes:title>b</itunes:title>" &&
	cat >want <<-\EOF &&
	bad.rss:1:278: error: itunes:episode belongs in an item, not in the channel [ext-misplaced]
	bad.rss:1:345: error: channel has more than one itunes:type, which may occur once [ext-duplicate-element]
	bad.rss:1:432: error: itunes:owner belongs in the channel, not in an item [ext-misplaced]
	bad.rss:1:501: error: itunes:complete belongs in the channel, not in an item [ext-misplaced]
	bad.rss:1:573: error: item has more than one itunes:episode, which may occur once [ext-duplicate-element]
	bad.rss:1:637: error: item has more than one itunes:title, which may occur once [ext-duplicate-element]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'itunes:type and itunes:episodeType: Apple'\''s words, in any case' '
	feed ok.rss "<itunes:type>Episodic</itunes:type>" "<itunes:episodeType>Trailer</itunes:episodeType>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed bad.rss "<itunes:type>episodes</itunes:type>" "<itunes:episodeType></itunes:episodeType>" &&
	cat >want <<-\EOF &&
	bad.rss:1:278: error: itunes:type "episodes" is neither episodic nor serial [itunes-type]
	bad.rss:1:367: error: itunes:episodeType "" is not full, trailer or bonus [itunes-episode-type]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'itunes:new-feed-url is an absolute URL, in the channel' '
	feed bad.rss "<itunes:new-feed-url>feed.xml</itunes:new-feed-url>" "" &&
	echo "bad.rss:1:278: error: itunes:new-feed-url \"feed.xml\" is not an absolute URL [ext-value]" >want &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	test_cmp want "$T/out" &&
	feed ok.rss "<itunes:new-feed-url>https://e.example/feed.xml</itunes:new-feed-url>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'block, complete: Yes in any case, and No, false or 0, the no-op hosts write; anything else has no effect (warning)' '
	feed ok.rss "<itunes:block>YES</itunes:block><itunes:complete>Yes</itunes:complete>" "<itunes:block>yes</itunes:block>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed off.rss "<itunes:block>No</itunes:block><itunes:complete>false</itunes:complete>" "<itunes:block>0</itunes:block>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict off.rss &&
	test_must_be_empty "$T/out" &&
	feed no.rss "<itunes:complete>true</itunes:complete>" "<itunes:block>blocked</itunes:block>" &&
	cat >want <<-\EOF &&
	no.rss:1:278: warning: itunes:complete "true" has no effect: only Yes does [itunes-complete]
	no.rss:1:371: warning: itunes:block "blocked" has no effect: only Yes does [itunes-block]
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate no.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'the 255 limits count characters, a summary'"'"'s 4000 bytes: at the limit pass, one more is warned of' '
	n255=$(printf "%0255d" 0 | sed "s/0/é/g") &&
	n4000=$(printf "%02000d" 0 | sed "s/0/é/g") &&
	feed ok.rss "<itunes:title>$n255</itunes:title><itunes:owner><itunes:name>$n255</itunes:name><itunes:email>a@e.example</itunes:email></itunes:owner><itunes:subtitle>$n255</itunes:subtitle><itunes:keywords>$n255</itunes:keywords>" "<itunes:summary>$n4000</itunes:summary>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	feed long.rss "<itunes:title>x$n255</itunes:title><itunes:owner><itunes:name>x$n255</itunes:name><itunes:email>a@e.example</itunes:email></itunes:owner><itunes:subtitle>x$n255</itunes:subtitle><itunes:keywords>x$n255</itunes:keywords>" "<itunes:summary>x$n4000</itunes:summary>" &&
	cat >want <<-\EOF &&
	long.rss:1:278: error: itunes:title is longer than the 255 characters Apple allows [itunes-length]
	long.rss:1:577: error: itunes:name is longer than the 255 characters Apple allows [itunes-length]
	long.rss:1:915: error: itunes:subtitle is longer than the 255 characters Apple allows [itunes-length]
	long.rss:1:1206: error: itunes:keywords is longer than the 255 characters Apple allows [itunes-length]
	long.rss:1:1551: warning: itunes:summary is longer than 4000 bytes of UTF-8 (4001), though not 4000 characters: Apple limits the description it stands for to 4000 bytes, counting bytes [itunes-summary-bytes]
	EOF
	test_expect_code 1 "$FEEDWRIGHT" validate long.rss &&
	test_cmp want "$T/out"
'

test_expect_success 'a show without the tags Apple requires (image, category, explicit, language): warnings at the channel' '
	printf "%s%s</channel></rss>\n" "$HEAD" "<itunes:author>A</itunes:author>" >bare.rss &&
	cat >want <<-\EOF &&
	bare.rss:1:78: warning: channel uses itunes: tags but has no itunes:image, which Apple Podcasts requires [itunes-missing]
	bare.rss:1:78: warning: channel uses itunes: tags but has no itunes:category, which Apple Podcasts requires [itunes-missing]
	bare.rss:1:78: warning: channel uses itunes: tags but has no itunes:explicit, which Apple Podcasts requires [itunes-missing]
	bare.rss:1:78: warning: channel uses itunes: tags but has no language (<language> or dc:language), which Apple Podcasts requires [itunes-missing]
	EOF
	test_expect_code 0 "$FEEDWRIGHT" validate bare.rss &&
	test_cmp want "$T/out" &&
	test_expect_code 1 "$FEEDWRIGHT" validate --strict bare.rss &&
	printf "%s%s</channel></rss>\n" "$HEAD" "<itunes:image href=\"https://e.example/a.png\"/><itunes:category text=\"Comedy\"/><itunes:explicit>true</itunes:explicit><language>en</language>" >show.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict show.rss &&
	test_must_be_empty "$T/out" &&
	printf "%s%s</channel></rss>\n" "$HEAD" "<itunes:order>1</itunes:order>" >other.rss &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict other.rss &&
	test_must_be_empty "$T/out"
'

# The W3C service calls itunes:title and itunes:complete in a channel
# undefined, and itunes:explicit "yes" an error: Apple's current tables
# list both in the channel, and Apple still accepts yes (a warning here).
test_expect_success 'where the W3C service is stale: itunes:title and itunes:complete are show tags' '
	feed ok.rss "<itunes:title>Show</itunes:title><itunes:complete>Yes</itunes:complete>" "<itunes:title>Episode</itunes:title>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'itunes: tags Apple no longer lists (summary, keywords, subtitle, order), and unknown namespaces, are accepted' '
	feed ok.rss "<itunes:summary>s</itunes:summary><itunes:keywords>a,b</itunes:keywords><x:anything xmlns:x=\"urn:example:unknown\" x:a=\"1\"><x:y/></x:anything>" "<itunes:subtitle>s</itunes:subtitle><itunes:order>1</itunes:order>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'an itunes: namespace with another spelling is not Apple'\''s: not checked' '
	feed ok.rss "<i:explicit xmlns:i=\"http://www.itunes.com/dtds/podcast-1.0.dtd/\">maybe</i:explicit>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# podcast:remoteItem (remote-item.md): in the channel, a podcast:podroll,
# a podcast:publisher or a podcast:valueTimeSplit, never in an item;
# feedGuid required, "the <podcast:guid> of the remote feed", so a
# UUIDv5 as podcast:guid is; feedUrl a URL and medium podcast:medium's,
# if given. podcast:podroll (podroll.md): "one or more" remoteItems and
# nothing else. podcast:publisher (publisher.md): "exactly one
# <podcast:remoteItem medium="publisher">".
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'remoteItem: no feedGuid, a GUID not v5, a bad feedUrl or medium, in an item' '
	rss remote.rss "
<podcast:remoteItem feedUrl=\"https://example.org/a.xml\"/>
<podcast:remoteItem feedGuid=\"917393e3-1b1e-4cef-ace4-edaa54e1f810\" feedUrl=\"feed.xml\" medium=\"songs\"/>
<podcast:remoteItem feedGuid=\"asdf089j0-ep240-20230510\"/>" "
<podcast:remoteItem feedGuid=\"917393e3-1b1e-5cef-ace4-edaa54e1f810\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate remote.rss &&
	cat >want <<-\EOT &&
	remote.rss:7:1: error: podcast:remoteItem has no feedGuid attribute, which is required [podcast-remote-item]
	remote.rss:8:1: error: podcast:remoteItem feedGuid "917393e3-1b1e-4cef-ace4-edaa54e1f810" is not a UUIDv5, as the podcast:guid it names is [podcast-remote-item]
	remote.rss:8:1: error: podcast:remoteItem feedUrl "feed.xml" is not an absolute URL [podcast-remote-item]
	remote.rss:8:1: error: podcast:remoteItem medium "songs" is not one of the namespace'"'"'s mediums (podcast, music, video, film, audiobook, newsletter, blog, publisher, course, each also with L; mixed) [podcast-remote-item]
	remote.rss:9:1: error: podcast:remoteItem feedGuid "asdf089j0-ep240-20230510" is not a UUIDv5, as the podcast:guid it names is [podcast-remote-item]
	remote.rss:13:1: error: podcast:remoteItem belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'podroll: another element, none, twice, its items checked, in an item' '
	rss roll.rss "
<podcast:podroll>
<podcast:funding url=\"https://example.org/give\">Give</podcast:funding>
</podcast:podroll>
<podcast:podroll>
<podcast:remoteItem feedGuid=\"29cdca4a-32d8-56ba-b48b-09a011c5daa9\" medium=\"musicL\"/>
<podcast:remoteItem feedGuid=\"not-a-guid\"/>
</podcast:podroll>" "
<podcast:podroll><podcast:remoteItem feedGuid=\"29cdca4a-32d8-56ba-b48b-09a011c5daa9\"/></podcast:podroll>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate roll.rss &&
	cat >want <<-\EOT &&
	roll.rss:8:1: error: podcast:podroll holds podcast:funding; it holds podcast:remoteItem elements only [podcast-podroll]
	roll.rss:7:1: error: podcast:podroll has no podcast:remoteItem; it holds one or more [podcast-podroll]
	roll.rss:10:1: error: channel has more than one podcast:podroll, which may occur once [ext-duplicate-element]
	roll.rss:12:1: error: podcast:remoteItem feedGuid "not-a-guid" is not a UUIDv5, as the podcast:guid it names is [podcast-remote-item]
	roll.rss:17:1: error: podcast:podroll belongs in the channel, not in an item [ext-misplaced]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'publisher: empty; two remote items, one without medium publisher' '
	rss pub.rss "
<podcast:publisher/>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate pub.rss &&
	cat >want <<-\EOT &&
	pub.rss:7:1: error: podcast:publisher has no podcast:remoteItem; it holds exactly one, pointing to the publisher feed [podcast-publisher]
	EOT
	test_cmp want "$T/out" &&
	rss pub2.rss "
<podcast:publisher>
<podcast:remoteItem feedGuid=\"003af0a0-6a45-55cf-b765-68e3d349551a\"/>
<podcast:remoteItem medium=\"publisher\" feedGuid=\"003af0a0-6a45-55cf-b765-68e3d349551a\"/>
</podcast:publisher>" "" &&
	test_expect_code 1 "$FEEDWRIGHT" validate pub2.rss &&
	cat >want <<-\EOT &&
	pub2.rss:8:1: error: podcast:publisher'"'"'s podcast:remoteItem has no medium; it is medium="publisher" [podcast-publisher]
	pub2.rss:9:1: error: podcast:publisher holds more than one podcast:remoteItem; it holds exactly one [podcast-publisher]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'valueTimeSplit: its remote item checked as any other' '
	rss split.rss "" "
<podcast:value type=\"lightning\" method=\"keysend\">
<podcast:valueRecipient type=\"node\" address=\"02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52\" split=\"100\"/>
<podcast:valueTimeSplit startTime=\"60\" duration=\"237\">
<podcast:remoteItem itemGuid=\"https://podcastindex.org/podcast/4148683#1\" feedGuid=\"a94f5cc9-8c58-55fc-91fe-a324087a655b\" medium=\"music\"/>
</podcast:valueTimeSplit>
<podcast:valueTimeSplit startTime=\"400\" duration=\"100\">
<podcast:remoteItem itemGuid=\"x\" medium=\"music\"/>
</podcast:valueTimeSplit>
</podcast:value>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate split.rss &&
	cat >want <<-\EOT &&
	split.rss:16:1: error: podcast:remoteItem has no feedGuid attribute, which is required [podcast-remote-item]
	EOT
	test_cmp want "$T/out"
'

test_done

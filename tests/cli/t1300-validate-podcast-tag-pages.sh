#!/bin/sh
# The Podcasting 2.0 tags checked since: podcast:license, txt, podroll,
# remoteItem, contentLink, socialInteract, chat, publisher,
# updateFrequency, podping and integrity, each as the examples of its
# page in the namespace's tags/ give it, and the namespace's example.xml
# shape of them: valid under --strict, without a word.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'license, txt, socialInteract, chat: the pages'"'"' examples' '
	rss a.rss "
<podcast:license>CC-BY-NC-ND-4.0</podcast:license>
<podcast:txt>naj3eEZaWVVY9a38uhX8FekACyhtqP4JN</podcast:txt>
<podcast:txt purpose=\"verify\">S6lpp-7ZCn8-dZfGc-OoyaG</podcast:txt>
<podcast:txt purpose=\"applepodcastsverify\">05124</podcast:txt>
<podcast:txt purpose=\"release\">2022-10-26T04:45:30.742Z</podcast:txt>
<podcast:txt purpose=\"ai-content\">true</podcast:txt>
<podcast:socialInteract protocol=\"disabled\" />
<podcast:chat server=\"example.com\" protocol=\"matrix\" accountId=\"@bob:example.com\" space=\"#general:example.com\" />" "
<podcast:license url=\"https://example.org/mypodcastlicense/full.pdf\">my-podcast-license-v1</podcast:license>
<podcast:txt purpose=\"ai-content\">FALSE</podcast:txt>
<podcast:socialInteract
        protocol=\"activitypub\"
        uri=\"https://podcastindex.social/@dave/105079274766075912\"
        accountId=\"@dave\"
/>
<podcast:socialInteract
        priority=\"2\"
        protocol=\"twitter\"
        uri=\"https://twitter.com/PodcastindexOrg/status/1507120226361647115\"
        accountId=\"@podcastindexorg\"
        accountUrl=\"https://twitter.com/PodcastindexOrg\"
/>
<podcast:contentLink href=\"https://www.youtube.com/watch?v=example\">Watch this episode on YouTube!</podcast:contentLink>
<podcast:chat
    server=\"relay.example.com\"
    protocol=\"nostr\"
    accountId=\"npub1pvdw7mm7k20t9dn9gful8n5xua5yv8rmgd9wul88qq5dxj80lpxqd39r3u\"
    space=\"#myawesomepodcast_episode129\"
/>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict a.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'podroll, publisher, remoteItem, podping: the pages'"'"' examples' '
	rss b.rss "
<podcast:podroll>
    <podcast:remoteItem
        feedGuid=\"29cdca4a-32d8-56ba-b48b-09a011c5daa9\"
        feedUrl=\"https://rss.buzzsprout.com/231452.rss\"
        title=\"Buzzcast\"
    />
    <podcast:remoteItem feedGuid=\"396d9ae0-da7e-5557-b894-b606231fa3ea\" />
</podcast:podroll>
<podcast:publisher>
    <podcast:remoteItem medium=\"publisher\" feedGuid=\"003af0a0-6a45-55cf-b765-68e3d349551a\" feedUrl=\"https://agilesetmedia.com/assets/static/feeds/publisher.xml\"/>
</podcast:publisher>
<podcast:remoteItem
    feedGuid=\"917393e3-1b1e-5cef-ace4-edaa54e1f810\"
    feedUrl=\"https://feeds.example.org/917393e3-1b1e-5cef-ace4-edaa54e1f810/rss.xml\"
    itemGuid=\"asdf089j0-ep240-20230510\"
    medium=\"music\"
    title=\"Here Comes the Sun\"
/>
<podcast:podping usesPodping=\"true\"/>" "" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict b.rss &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'updateFrequency: every example of its page, one channel each' '
	for f in "rrule=\"FREQ=DAILY\">Daily" \
	    "rrule=\"FREQ=WEEKLY;INTERVAL=2\">Biweekly" \
	    "rrule=\"FREQ=MONTHLY;INTERVAL=2\">Bimonthly" \
	    "rrule=\"FREQ=YEARLY\">Yearly" \
	    "rrule=\"FREQ=DAILY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR\">Every weekday" \
	    "rrule=\"FREQ=WEEKLY;BYDAY=MO,WE\">Every Monday and Wednesday" \
	    "rrule=\"FREQ=WEEKLY;BYDAY=FR;BYMONTHDAY=13\">Every friday the 13th" \
	    "rrule=\"FREQ=YEARLY;BYDAY=+4TH;BYMONTH=11\">Thanksgiving" \
	    "rrule=\"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=10\" dtstart=\"2023-08-28T00:00:00.000Z\">Ten" \
	    "rrule=\"FREQ=WEEKLY;UNTIL=2023-12-31T00:00:00.000Z;BYDAY=MO\">Until" \
	    "dtstart=\"2025-01-01T00:00:00.000Z\" rrule=\"FREQ=WEEKLY\">From 2025" \
	    "complete=\"true\">That'"'"'s all folks!"
	do
		rss u.rss "
<podcast:updateFrequency $f</podcast:updateFrequency>" "" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict u.rss &&
		test_must_be_empty "$T/out" || return 1
	done
'

test_expect_success 'integrity: the page'"'"'s example, and a PGP signature' '
	rss i.rss "" "
<podcast:alternateEnclosure type=\"video/mp4\" length=\"7924786\" bitrate=\"511276.52\" height=\"720\">
    <podcast:source uri=\"https://example.com/file-720.mp4\" />
    <podcast:source uri=\"ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb\" />
    <podcast:integrity type=\"sri\" value=\"sha384-ExVqijgYHm15PqQqdXfW95x+Rs6C+d6E/ICxyQOeFevnxNLR/wtJNrNYTjIysUBo\" />
</podcast:alternateEnclosure>
<podcast:alternateEnclosure type=\"audio/mpeg\">
    <podcast:source uri=\"https://example.com/file.mp3\" />
    <podcast:integrity type=\"pgp-signature\" value=\"iQEzBAABCAAdFiEE
 ZXhhbXBsZQ==\" />
</podcast:alternateEnclosure>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict i.rss &&
	test_must_be_empty "$T/out"
'

test_done

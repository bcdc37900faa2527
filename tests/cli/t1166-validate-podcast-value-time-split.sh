#!/bin/sh
# A podcast:valueTimeSplit in a podcast:value (value-time-split.md): its
# startTime and duration, in seconds, are required; it holds one or more
# podcast:valueRecipient, each checked as the value's own (type, address
# and split required, split a number of shares), or exactly one
# podcast:remoteItem.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE VALUE-BODY: an item whose podcast:value holds one recipient
# and VALUE-BODY.
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n<podcast:value type="lightning" method="keysend">\n<podcast:valueRecipient name="Host" type="node" address="02d5c1bf8b940dc9cadca86d1b0a3c37fbe39cee4c7e839e33bef9174531d27f52" split="100"/>%s\n</podcast:value>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'a split without startTime or duration, its recipient without address or split' '
	rss bad.rss "
<podcast:valueTimeSplit>
<podcast:valueRecipient name=\"Jimbob (Guest)\" type=\"node\"/>
</podcast:valueTimeSplit>
<podcast:valueTimeSplit startTime=\"soon\" duration=\"60\">
<podcast:valueRecipient type=\"node\" address=\"abc\" split=\"half\"/>
</podcast:valueTimeSplit>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate bad.rss &&
	cat >want <<-\EOT &&
	bad.rss:12:1: error: podcast:valueTimeSplit has no startTime attribute, which is required [podcast-value]
	bad.rss:12:1: error: podcast:valueTimeSplit has no duration attribute, which is required [podcast-value]
	bad.rss:13:1: error: podcast:valueRecipient has no address attribute, which is required [podcast-value]
	bad.rss:13:1: error: podcast:valueRecipient has no split attribute, which is required [podcast-value]
	bad.rss:15:1: error: podcast:valueTimeSplit startTime "soon" is not a number of seconds [podcast-value]
	bad.rss:16:1: error: podcast:valueRecipient split "half" is not a number of shares [podcast-value]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'a split holding nothing, two remote items, or both kinds' '
	rss hold.rss "
<podcast:valueTimeSplit startTime=\"60\" duration=\"237\"/>
<podcast:valueTimeSplit startTime=\"300\" duration=\"30\">
<podcast:remoteItem feedGuid=\"a94f5cc9-8c58-55fc-91fe-a324087a655b\" itemGuid=\"1\"/>
<podcast:remoteItem feedGuid=\"a94f5cc9-8c58-55fc-91fe-a324087a655b\" itemGuid=\"2\"/>
</podcast:valueTimeSplit>
<podcast:valueTimeSplit startTime=\"400\" duration=\"30\">
<podcast:remoteItem feedGuid=\"a94f5cc9-8c58-55fc-91fe-a324087a655b\" itemGuid=\"3\"/>
<podcast:valueRecipient type=\"node\" address=\"abc\" split=\"1\"/>
</podcast:valueTimeSplit>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate hold.rss &&
	cat >want <<-\EOT &&
	hold.rss:12:1: error: podcast:valueTimeSplit holds neither a podcast:valueRecipient nor a podcast:remoteItem [podcast-value]
	hold.rss:13:1: error: podcast:valueTimeSplit holds more than one podcast:remoteItem; it holds recipients or exactly one podcast:remoteItem [podcast-value]
	hold.rss:17:1: error: podcast:valueTimeSplit holds both recipients and a podcast:remoteItem; it holds recipients or exactly one podcast:remoteItem [podcast-value]
	EOT
	test_cmp want "$T/out"
'

test_expect_success 'the spec'"'"'s two forms, recipients or one remote item: valid under --strict' '
	rss ok.rss "
<podcast:valueTimeSplit startTime=\"60\" duration=\"237\" remotePercentage=\"95\">
<podcast:remoteItem feedGuid=\"a94f5cc9-8c58-55fc-91fe-a324087a655b\" itemGuid=\"https://podcastindex.org/podcast/4148683#1\" medium=\"music\"/>
</podcast:valueTimeSplit>
<podcast:valueTimeSplit startTime=\"367\" duration=\"246\">
<podcast:valueRecipient name=\"Alice\" type=\"node\" address=\"abc\" split=\"50\"/>
<podcast:valueRecipient name=\"Bob\" type=\"node\" address=\"def\" split=\"50\"/>
</podcast:valueTimeSplit>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict ok.rss &&
	test_must_be_empty "$T/out"
'

test_done

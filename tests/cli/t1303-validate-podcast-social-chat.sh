#!/bin/sh
# podcast:contentLink (content-link.md): in an item or a liveItem; href
# required, an absolute URI. podcast:socialInteract (social-interact.md):
# channel or item; protocol and uri required, but protocol "disabled"
# stands alone; accountUrl a public page; priority "this integer".
# podcast:chat (chat.md): channel, item or liveItem, once; server, "the
# fqdn of a chat server", and protocol required. A hyper-text link given
# as http: is warned (1.0.md: "must be given as https:").
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# rss FILE CHANNEL-EXTRA ITEM-EXTRA
rss() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>%s\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>%s\n</item>\n</channel>\n</rss>\n' "$2" "$3" >"$1"
}

test_expect_success 'contentLink and socialInteract: required attributes, URLs, priority, place' '
	rss social.rss "
<podcast:contentLink href=\"https://example.org/live\">Live</podcast:contentLink>
<podcast:socialInteract uri=\"https://example.social/@a/1\"/>
<podcast:socialInteract protocol=\"activitypub\"/>
<podcast:socialInteract protocol=\" \" uri=\"/@a/1\" accountUrl=\"acct:a@example.social\" priority=\"first\"/>" "
<podcast:contentLink>YouTube</podcast:contentLink>
<podcast:contentLink href=\"watch?v=1\">YouTube</podcast:contentLink>
<podcast:contentLink href=\"http://example.org/watch\">Here</podcast:contentLink>
<podcast:socialInteract protocol=\"twitter\" uri=\"http://twitter.com/a/status/1\" accountUrl=\"http://twitter.com/a\" priority=\"-1\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate social.rss &&
	cat >want <<-\EOT &&
	social.rss:7:1: error: podcast:contentLink belongs in an item, not in the channel [ext-misplaced]
	social.rss:8:1: error: podcast:socialInteract has no protocol attribute, which is required [podcast-social-interact]
	social.rss:9:1: error: podcast:socialInteract has no uri attribute, which is required [podcast-social-interact]
	social.rss:10:1: error: podcast:socialInteract protocol is blank; it names the protocol of the comments [podcast-social-interact]
	social.rss:10:1: error: podcast:socialInteract uri "/@a/1" is not an absolute URL [podcast-social-interact]
	social.rss:10:1: error: podcast:socialInteract accountUrl "acct:a@example.social" is not an https URL with a host, a page that can be followed [podcast-social-interact]
	social.rss:10:1: error: podcast:socialInteract priority "first" is not an integer [podcast-social-interact]
	social.rss:14:1: error: podcast:contentLink has no href attribute, which is required [podcast-content-link]
	social.rss:15:1: error: podcast:contentLink href "watch?v=1" is not an absolute URL [podcast-content-link]
	social.rss:16:1: warning: podcast:contentLink href "http://example.org/watch" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	social.rss:17:1: warning: podcast:socialInteract uri "http://twitter.com/a/status/1" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	social.rss:17:1: warning: podcast:socialInteract accountUrl "http://twitter.com/a" is http:; the podcast namespace asks for https: wherever a hyper-text resource is given [podcast-https]
	EOT
	test_cmp want "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'contentLink and socialInteract: URIs that are not web pages pass' '
	rss uris.rss "
<podcast:socialInteract protocol=\"atproto\" uri=\"at://alice.example.com/app.bsky.feed.post/3k\"/>" "
<podcast:contentLink href=\"ipfs://QmX33FYehk6ckGQ6g1D9D3FqZPix5JpKstKQKbaS8quUFb\">On IPFS</podcast:contentLink>" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict uris.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'chat: no server, twice, a server with a port or one label, no protocol' '
	rss chat.rss "
<podcast:chat protocol=\"irc\"/>
<podcast:chat server=\"irc.example.net:6667\" protocol=\" \"/>" "
<podcast:chat server=\"localhost\"/>" &&
	test_expect_code 1 "$FEEDWRIGHT" validate chat.rss &&
	cat >want <<-\EOT &&
	chat.rss:7:1: error: podcast:chat has no server attribute, which is required [podcast-chat]
	chat.rss:8:1: error: channel has more than one podcast:chat, which may occur once [ext-duplicate-element]
	chat.rss:8:1: error: podcast:chat server "irc.example.net:6667" is not a host name (the fully qualified domain name of the chat server) [podcast-chat]
	chat.rss:8:1: error: podcast:chat protocol is blank; it names the protocol of the server [podcast-chat]
	chat.rss:12:1: error: podcast:chat server "localhost" is not a host name (the fully qualified domain name of the chat server) [podcast-chat]
	chat.rss:12:1: error: podcast:chat has no protocol attribute, which is required [podcast-chat]
	EOT
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# podcast:chat (chat.md): server is "The fqdn of a chat server". An
# absolute name ends with the root's dot (RFC 1034 3.1), so
# irc.libera.chat. is a fully qualified name; a label longer than 63
# octets (RFC 1035 2.3.4) or a dotted-decimal address (RFC 1123 2.1:
# "a valid host name can never have the dotted-decimal form #.#.#.#")
# is no host name.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

# chat FILE SERVER: a channel with one podcast:chat.
chat() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">\n<channel>\n<title>t</title>\n<link>https://example.org/</link>\n<description>d</description>\n<podcast:chat server="%s" protocol="irc"/>\n<item>\n<title>i</title>\n<guid>https://example.org/1</guid>\n</item>\n</channel>\n</rss>\n' "$2" >"$1"
}

test_expect_success 'a name with the root'"'"'s dot, a label of 63: valid' '
	chat dot.rss "irc.libera.chat." &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict dot.rss &&
	test_must_be_empty "$T/out" &&
	chat l63.rss "$(awk "BEGIN { while (n++ < 63) printf \"a\" }").example.com" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict l63.rss &&
	test_must_be_empty "$T/out"
'

test_expect_success 'a label of 64, an IPv4 address: no host name' '
	long=$(awk "BEGIN { while (n++ < 64) printf \"a\" }") &&
	chat l64.rss "$long.example.com" &&
	test_expect_code 1 "$FEEDWRIGHT" validate l64.rss &&
	echo "l64.rss:7:1: error: podcast:chat server \"$long.example.com\" is not a host name (the fully qualified domain name of the chat server) [podcast-chat]" >want &&
	test_cmp want "$T/out" &&
	chat ip.rss "192.0.2.1" &&
	test_expect_code 1 "$FEEDWRIGHT" validate ip.rss &&
	echo "ip.rss:7:1: error: podcast:chat server \"192.0.2.1\" is not a host name (the fully qualified domain name of the chat server) [podcast-chat]" >want &&
	test_cmp want "$T/out"
'

test_done

#!/bin/sh
# WebSub (issue 11, item 8): each "hub = URL" of feed.conf is a rel="hub"
# link in atom.xml and rss.xml, beside the self link; after a build that
# changed a feed, build tells each hub with one POST (hub.mode=publish
# and a hub.url per changed feed); an unchanged build tells nobody. A hub
# that fails (an error status, a refused connection, no answer in time)
# is named on stderr with what went wrong, and gives status 6, while the
# feeds stay published. The hub stand-in, tests/cli/hub.py (started by
# tests/lib-hub.sh), records every request it reads. feed.json names the
# hubs too, and is a topic (t1040).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-hub.sh"

pub=$T/feed/public
conf=$T/feed/feed.conf
W3C=$SHARED/reference/w3c-feedvalidator/w3c-validate
[ -x "$W3C" ] && test_set_prereq W3C

# last_line: the number of the last line of feed.conf (the hub just added).
last_line() { wc -l <"$conf" | tr -d " "; }
# hub_line: the number of the line of feed.conf naming the last hub.
hub_line() { grep -n "^hub = " "$conf" | tail -n 1 | cut -d: -f1; }

body='hub.mode=publish&hub.url=https%3A%2F%2Fexample.org%2Fnews%2Fatom.xml&hub.url=https%3A%2F%2Fexample.org%2Fnews%2Frss.xml&hub.url=https%3A%2F%2Fexample.org%2Fnews%2Ffeed.json'
topics='https://example.org/news/atom.xml, https://example.org/news/rss.xml, and https://example.org/news/feed.json'

test_expect_success 'set up: a feed served from https://example.org/news/' '
	new_feed "$T/feed" &&
	set_conf "$T/feed" feed-url https://example.org/news/
'

for bad in ftp://hub.example/ //hub.example/ "https:///x" "not a url"; do
	test_expect_success "hub = $bad is refused at its line" '
		cp "$conf" "$T/conf.good" &&
		test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
		echo "hub = $bad" >>"$conf" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		test_contains "$T/err" "feedwright: $conf:$(last_line): hub: \"$bad\" is not " &&
		test_path_is_missing "$pub"
	'
done

test_expect_success 'the same hub twice is refused at its second line' '
	cp "$conf" "$T/conf.good" &&
	test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
	echo "hub = https://hub.example/" >>"$conf" &&
	first=$(last_line) &&
	echo "hub = https://hub.example/" >>"$conf" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$(last_line): hub: \"https://hub.example/\" is given twice (first on line $first)" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

for twice in "HTTPS://Hub.Example/hub~1" "https://hub.example:443/hub~1" \
    "https://hub.example:/hub%7E1" "https://hub.example:0443/%68ub~1"; do
	test_expect_success "the same hub spelled $twice is refused as given twice" '
		cp "$conf" "$T/conf.good" &&
		test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
		echo "hub = https://hub.example/hub~1" >>"$conf" &&
		first=$(last_line) &&
		echo "hub = $twice" >>"$conf" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		echo "feedwright: $conf:$(last_line): hub: \"$twice\" is given twice (first on line $first)" >"$T/want" &&
		test_cmp "$T/want" "$T/err"
	'
done

test_expect_success 'hubs that differ in scheme, port, path or query are all taken' '
	cp "$conf" "$T/conf.good" &&
	test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
	cat >>"$conf" <<-\EOF &&
	hub = https://hub.example
	hub = http://hub.example/
	hub = https://hub.example:8443/
	hub = https://hub.example/Hub
	hub = https://hub.example/hub
	hub = https://hub.example/hub?x=1
	hub = https://hub.example/hub%2F
	EOF
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_must_be_empty "$T/err"
'

test_expect_success 'a hub with a fragment is refused at its line: it is never sent' '
	cp "$conf" "$T/conf.good" &&
	test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
	echo "hub = https://hub.example/hub#publish" >>"$conf" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$(last_line): hub: \"https://hub.example/hub#publish\" has a fragment (#), which is never sent to a hub; give the URL without it" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_path_is_missing "$pub"
'

for dots in "https://hub.example/./hub" "https://hub.example/x/../hub" "https://hub.example/hub/.."; do
	test_expect_success "hub = $dots is refused at its line: libcurl would send another path" '
		cp "$conf" "$T/conf.good" &&
		test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
		echo "hub = $dots" >>"$conf" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		echo "feedwright: $conf:$(last_line): hub: \"$dots\" has a \".\" or \"..\" segment in its path; give the path it stands for" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$pub"
	'
done

for cred in "https://publisher:s3cret@hub.example/" "https://publisher@hub.example/" \
    "http://:s3cret@127.0.0.1:8080/hub"; do
	test_expect_success "hub = $cred is refused at its line, and not repeated" '
		cp "$conf" "$T/conf.good" &&
		test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
		echo "hub = $cred" >>"$conf" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		echo "feedwright: $conf:$(last_line): hub: the URL holds a user name or password (before an \"@\"), which would be published in every feed; give the hub'\''s URL without it" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$pub"
	'
done

test_expect_success 'a hub without feed-url is refused at the hub line' '
	cp "$conf" "$T/conf.good" &&
	test_when_finished "cp \"$T/conf.good\" \"$conf\"" &&
	set_conf "$T/feed" feed-url "" &&
	echo "hub = https://hub.example/" >>"$conf" &&
	test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$(last_line): hub is given without feed-url, which WebSub needs for the feeds'\'' self links; add \"feed-url = URL\"" >"$T/want" &&
	test_cmp "$T/want" "$T/err"
'

test_expect_success 'a changed build tells each hub once, with the exact form body' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	echo "hub = http://127.0.0.1:$hub_port/a" >>"$conf" &&
	echo "hub = http://127.0.0.1:$hub_port/b?x=1" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_must_be_empty "$T/out" &&
	requests hub >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	POST /a application/x-www-form-urlencoded $body
	POST /b?x=1 application/x-www-form-urlencoded $body
	EOF
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'the hub links are in atom.xml and rss.xml, beside the self link' '
	grep -F "rel=\"hub\"" "$pub/atom.xml" >"$T/atom.hubs" &&
	grep -F "rel=\"hub\"" "$pub/rss.xml" >"$T/rss.hubs" &&
	port=$(sed -n "s|^hub = http://127.0.0.1:\([0-9]*\)/a$|\1|p" "$conf") &&
	cat >"$T/want" <<-EOF &&
	  <link rel="hub" href="http://127.0.0.1:$port/a"/>
	  <link rel="hub" href="http://127.0.0.1:$port/b?x=1"/>
	EOF
	test_cmp "$T/want" "$T/atom.hubs" &&
	cat >"$T/want" <<-EOF &&
	    <atom:link href="http://127.0.0.1:$port/a" rel="hub"/>
	    <atom:link href="http://127.0.0.1:$port/b?x=1" rel="hub"/>
	EOF
	test_cmp "$T/want" "$T/rss.hubs"
'

test_expect_success FEEDPARSER 'feedparser reads the hubs and the self link of both feeds' '
	for f in atom rss; do
		"$PYTHON" -c "
import feedparser, sys
d = feedparser.parse(sys.argv[1])
for l in d.feed.links:
    if l.rel in (\"hub\", \"self\"):
        print(l.rel, l.href)
" "$pub/$f.xml" >"$T/$f.links" || return 1
	done &&
	cat >"$T/want" <<-EOF &&
	self https://example.org/news/atom.xml
	hub http://127.0.0.1:$port/a
	hub http://127.0.0.1:$port/b?x=1
	EOF
	test_cmp "$T/want" "$T/atom.links" &&
	sed "s/atom\.xml/rss.xml/" "$T/want" >"$T/want.rss" &&
	test_cmp "$T/want.rss" "$T/rss.links"
'

test_expect_success 'both feeds stay valid under feedwright validate' '
	test_expect_code 0 "$FEEDWRIGHT" validate "$pub/atom.xml" "$pub/rss.xml" &&
	test_must_be_empty "$T/out"
'

test_expect_success W3C 'the W3C validator finds both feeds valid, the hub links unremarked' '
	"$W3C" --base https://example.org/news/ "$pub/atom.xml" "$pub/rss.xml" >"$T/w3c" 2>&1 &&
	test_contains "$T/w3c" "atom.xml: valid" &&
	test_contains "$T/w3c" "rss.xml: valid" &&
	test_lacks "$T/w3c" "hub"
'

test_expect_success 'an unchanged build tells nobody, and says nothing' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	sed -i "s|^hub = http://127.0.0.1:[0-9]*/|hub = http://127.0.0.1:$hub_port/|" "$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	test_must_be_empty "$T/err" &&
	: >"$T/hub.log" &&
	test_expect_code 9 "$FEEDWRIGHT" build --exit-unchanged=9 "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_lacks "$T/err" "hub" &&
	test_must_be_empty "$T/hub.log"
'

test_expect_success '--dry-run tells nobody' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	sed -i "s|^hub = http://127.0.0.1:[0-9]*/|hub = http://127.0.0.1:$hub_port/|" "$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	: >"$T/hub.log" &&
	set_conf "$T/feed" title "Dry Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build --dry-run "$T/feed" &&
	test_must_be_empty "$T/hub.log"
'

test_expect_success 'a build with -o into another folder tells no hub and leaves the pending file alone' '
	hub_start hub 500 &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" title "Preview Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/preview" "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_contains "$T/preview/atom.xml" "<title>Preview Times</title>" &&
	test_must_be_empty "$T/hub.log" &&
	test_path_is_missing "$T/feed/.feedwright-hubs-pending" &&
	printf "%s\n%s\t%s\n" "# feedwright: WebSub hubs not yet told of a feed (hub URL, tab, feed URL)" \
	    "http://127.0.0.1:$hub_port/hub" https://example.org/news/rss.xml >"$T/feed/.feedwright-hubs-pending" &&
	cp "$T/feed/.feedwright-hubs-pending" "$T/pending.before" &&
	set_conf "$T/feed" title "Preview Times Two" &&
	test_expect_code 0 "$FEEDWRIGHT" build -v -o "$T/preview" "$T/feed" &&
	test_lacks "$T/err" "hub" &&
	test_must_be_empty "$T/hub.log" &&
	test_cmp "$T/pending.before" "$T/feed/.feedwright-hubs-pending" &&
	rm "$T/feed/.feedwright-hubs-pending"
'

test_expect_success 'a build with -o naming the output folder otherwise tells the hubs as any build' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" title "Same Folder Times" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$T/feed/./public/" "$T/feed" &&
	test_must_be_empty "$T/err" &&
	test_contains "$pub/atom.xml" "<title>Same Folder Times</title>" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'each changed build tells the hub once more; -v says so' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	set_conf "$T/feed" title "The Other Times" &&
	line=$(hub_line) &&
	test_expect_code 0 "$FEEDWRIGHT" build -v "$T/feed" &&
	test_contains "$T/err" "feedwright: $conf:$line: hub http://127.0.0.1:$hub_port/hub was told of $topics" &&
	requests hub >"$T/got" &&
	cat >"$T/want" <<-EOF &&
	POST /hub application/x-www-form-urlencoded $body
	POST /hub application/x-www-form-urlencoded $body
	EOF
	test_cmp "$T/want" "$T/got"
'

# fails_with MODE WHY: a hub stand-in in MODE, a changed build: status 6,
# the one message naming the hub and WHY, and the feeds published.
fails_with() {
	hub_start bad "$1" &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" title "Times $1" &&
	line=$(hub_line) &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	echo "feedwright: $conf:$line: cannot notify hub http://127.0.0.1:$hub_port/hub of $topics: $2; the feeds are published" >"$T/want" &&
	test_cmp "$T/want" "$T/err" &&
	test_must_be_empty "$T/out" &&
	test_contains "$pub/atom.xml" "<title>Times $1</title>" &&
	test_contains "$pub/rss.xml" "<title>Times $1</title>" &&
	test_expect_code 9 "$FEEDWRIGHT" build --exit-unchanged=9 --dry-run "$T/feed" &&
	test_contains "$T/out" "$pub/atom.xml: unchanged" &&
	test_lacks "$T/out" "would be"
}

test_expect_success 'a hub that answers 500: status 6, named, the feeds published' '
	fails_with 500 "the hub answered with status 500" &&
	test "$(wc -l <"$T/bad.log")" -eq 1
'

test_expect_success 'a refused connection: status 6, named, the feeds published' '
	fails_with refuse "cannot connect: Connection refused"
'

# The time-out is shortened for this test only (see src/websub.h).
test_expect_success 'a hub that never answers: status 6 after the time-out, the feeds published' '
	FEEDWRIGHT_TEST_HUB_TIMEOUT_MS=500 &&
	export FEEDWRIGHT_TEST_HUB_TIMEOUT_MS &&
	test_when_finished "unset FEEDWRIGHT_TEST_HUB_TIMEOUT_MS" &&
	fails_with silent "no answer within 500 ms" &&
	requests bad >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

# The status is read at once; were the body waited for, these would end
# as "no answer within 2 s".
test_expect_success 'a 500 whose body never ends is said as status 500, at once' '
	FEEDWRIGHT_TEST_HUB_TIMEOUT_MS=2000 &&
	export FEEDWRIGHT_TEST_HUB_TIMEOUT_MS &&
	test_when_finished "unset FEEDWRIGHT_TEST_HUB_TIMEOUT_MS" &&
	fails_with endless:500 "the hub answered with status 500"
'

for answer in endless:200 stall:202; do
	test_expect_success "a hub answering $answer took the notification: status 0" '
		FEEDWRIGHT_TEST_HUB_TIMEOUT_MS=2000 &&
		export FEEDWRIGHT_TEST_HUB_TIMEOUT_MS &&
		test_when_finished "unset FEEDWRIGHT_TEST_HUB_TIMEOUT_MS" &&
		hub_start hub "$answer" &&
		test_when_finished "hub_stop $hub_pid" &&
		set_conf "$T/feed" hub "" &&
		echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
		set_conf "$T/feed" title "Times $answer" &&
		test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
		test_must_be_empty "$T/err" &&
		test_path_is_missing "$T/feed/.feedwright-hubs-pending" &&
		requests hub >"$T/got" &&
		echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
		test_cmp "$T/want" "$T/got"
	'
done

test_expect_success 'an https hub that speaks no TLS: status 6, in libcurl'\''s words' '
	hub_start bad ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = https://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" title "TLS Times" &&
	line=$(hub_line) &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_eq "$(wc -l <"$T/err")" 1 &&
	test_contains "$T/err" "feedwright: $conf:$line: cannot notify hub https://127.0.0.1:$hub_port/hub of $topics: " &&
	grep -q "; the feeds are published\$" "$T/err" &&
	test_contains "$pub/atom.xml" "<title>TLS Times</title>"
'

test_expect_success 'a failed hub does not stop the next: the good one is told, status 6' '
	hub_start bad refuse &&
	bad_pid=$hub_pid bad_port=$hub_port &&
	test_when_finished "hub_stop $bad_pid" &&
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$bad_port/hub" >>"$conf" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	set_conf "$T/feed" title "Two Hubs Times" &&
	test_expect_code 6 "$FEEDWRIGHT" build "$T/feed" &&
	test_contains "$T/err" "cannot notify hub http://127.0.0.1:$bad_port/hub of $topics: cannot connect: Connection refused; the feeds are published" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded $body" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'only the feeds that changed are named: atom.xml alone' '
	hub_start hub ok &&
	test_when_finished "hub_stop $hub_pid" &&
	set_conf "$T/feed" hub "" &&
	echo "hub = http://127.0.0.1:$hub_port/hub" >>"$conf" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	: >"$T/hub.log" &&
	rm "$pub/atom.xml" &&
	test_expect_code 0 "$FEEDWRIGHT" build "$T/feed" &&
	requests hub >"$T/got" &&
	echo "POST /hub application/x-www-form-urlencoded hub.mode=publish&hub.url=https%3A%2F%2Fexample.org%2Fnews%2Fatom.xml" >"$T/want" &&
	test_cmp "$T/want" "$T/got"
'

test_done

#!/bin/sh
# Bad settings: unknown keys, missing required keys and bad values are
# errors naming feed.conf and the line.
. "$SRCDIR/tests/lib.sh"

new_feed "$T/feed"
conf=$T/feed/feed.conf

# bad_conf WHAT MESSAGE: feed.conf as it is now is refused with exactly
# "feedwright: FEED.CONF" MESSAGE, exit 1, nothing published; then the
# good settings come back.
bad_conf() {
	_msg=$2
	test_expect_success "$1: refused with its line, exit 1, nothing published" '
		test_when_finished "cp \"\$T/good.conf\" \"\$conf\"" &&
		test_expect_code 1 "$FEEDWRIGHT" build "$T/feed" &&
		echo "feedwright: $conf$_msg" >"$T/want" &&
		test_cmp "$T/want" "$T/err" &&
		test_path_is_missing "$T/feed/public"
	'
}
cp "$conf" "$T/good.conf"

echo "colour = blue" >>"$conf"
n=$(wc -l <"$conf")
bad_conf "unknown key" ":$n: unknown setting \"colour\""

echo "title = Again" >>"$conf"
n=$(wc -l <"$conf")
t=$(grep -n '^title' "$T/good.conf" | cut -d: -f1)
bad_conf "key set twice" ":$n: title is set twice (first on line $t)"

grep -v '^title' "$T/good.conf" >"$conf"
bad_conf "missing title" ': required setting "title" is missing'

grep -v '^feed-url' "$T/good.conf" >"$conf"
bad_conf "missing feed-url" ': required setting "feed-url" is missing'

echo "just words" >>"$conf"
n=$(wc -l <"$conf")
bad_conf "line without =" ":$n: expected \"key = value\", found \"just words\""

echo "subtitle =" >"$conf.x"; cat "$T/good.conf" | grep -v '^subtitle' >>"$conf.x"; mv "$conf.x" "$conf"
bad_conf "empty value" ":1: subtitle has no value"

sed 's|^link = .*|link = www.example.com|' "$T/good.conf" >"$conf"
n=$(grep -n '^link' "$conf" | cut -d: -f1)
bad_conf "relative link" ":$n: link: \"www.example.com\" is not an absolute URI"

sed 's|^feed-url = .*|feed-url = https://example.com/feeds|' "$T/good.conf" >"$conf"
n=$(grep -n '^feed-url' "$conf" | cut -d: -f1)
bad_conf "feed-url without a slash" ":$n: feed-url: \"https://example.com/feeds\" is not an absolute URI ending in \"/\" (the folder the feeds are served from)"

sed 's|^entry-link = .*|entry-link = https://example.com/news/|' "$T/good.conf" >"$conf"
n=$(grep -n '^entry-link' "$conf" | cut -d: -f1)
bad_conf "entry-link without {slug}" ":$n: entry-link: \"https://example.com/news/\" is not an absolute URI template holding {slug}"

sed 's|^language = .*|language = english please|' "$T/good.conf" >"$conf"
n=$(grep -n '^language' "$conf" | cut -d: -f1)
bad_conf "bad language" ":$n: language: \"english please\" is not a language tag (like \"en\" or \"ko-KR\")"

sed 's|^timezone = .*|timezone = ../../etc/passwd|' "$T/good.conf" >"$conf"
n=$(grep -n '^timezone' "$conf" | cut -d: -f1)
bad_conf "zone name with .." ":$n: timezone: \"../../etc/passwd\" is not an IANA time zone name (like \"Asia/Seoul\")"

sed 's|^timezone = .*|timezone = Mars/Olympus_Mons|' "$T/good.conf" >"$conf"
n=$(grep -n '^timezone' "$conf" | cut -d: -f1)
bad_conf "unknown zone" ":$n: unknown time zone \"Mars/Olympus_Mons\""

echo "author-email = nobody" >>"$conf"
n=$(wc -l <"$conf")
bad_conf "bad author-email" ":$n: author-email: \"nobody\" is not an email address"

for v in 0 1000001 12x -1; do
	sed "s|^max-entries = .*|max-entries = $v|" "$T/good.conf" >"$conf"
	n=$(grep -n '^max-entries' "$conf" | cut -d: -f1)
	bad_conf "max-entries $v" ":$n: max-entries: \"$v\" is not a whole number from 1 to 1000000"
done

for v in 0755 644x 0400 01644 64 0666x; do
	sed "s|^max-entries = .*|mode = $v|" "$T/good.conf" >"$conf"
	n=$(grep -n '^mode' "$conf" | cut -d: -f1)
	bad_conf "mode $v" ":$n: mode: \"$v\" is not a file mode like 0644 (octal; read and write for the owner; no execute bits)"
done

sed 's|^output = .*|output = ../../www|' "$T/good.conf" >"$conf"
n=$(grep -n '^output' "$conf" | cut -d: -f1)
bad_conf "output through .." ":$n: output: \"../../www\" goes through \"..\"; give a folder inside the feed folder or an absolute path"

printf 'title = Bad \377\n' >"$conf"
bad_conf "invalid UTF-8" ":1: invalid UTF-8 or a character XML does not allow"

test_done

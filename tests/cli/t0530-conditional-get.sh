#!/bin/sh
# Conditional GET over a real HTTP server: after a rebuild that changes
# nothing, every published file is left untouched (same inode and mtime),
# so a request with If-Modified-Since (and If-None-Match, where the server
# sends ETags) gets 304 Not Modified; after a rebuild that changes the
# feed, the same request gets 200 and the new file.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/lib-httpd.sh"

test_have_prereq CURL || skip_all "curl is not installed (apt-get install curl)"

files="atom.xml rss.xml feed.json index.html"
www=$T/www

# header FILE NAME: the value of response header NAME in FILE.
header() {
	tr -d '\r' <"$1" | sed -n "s/^$2: //Ip" | head -n 1
}

# code URL [CURL ARGS...]: the status of a GET, the body kept in $T/body.
code() {
	_u=$1
	shift
	curl -s -o "$T/body" -w '%{http_code}' "$@" "$_u"
}

test_expect_success 'the showcase is built and served on 127.0.0.1' '
	new_feed "$T/feed" &&
	test_expect_code 0 "$FEEDWRIGHT" build -o "$www" "$T/feed" &&
	# As if the first build ran a while ago: HTTP dates have whole
	# seconds, and the changed build below must not fall in the same second.
	touch -d "2025-01-01 00:00:00 UTC" "$www"/* &&
	serve "$www"
'
test -n "$BASE" || test_done

for f in $files; do
	test_expect_success "$f: Last-Modified is the file's mtime" '
		curl -s -D "$T/$f.headers" -o /dev/null "$BASE/$f" &&
		header "$T/$f.headers" Last-Modified >"$T/$f.lm" &&
		header "$T/$f.headers" ETag >"$T/$f.etag" &&
		test_eq "$(cat "$T/$f.lm")" "Wed, 01 Jan 2025 00:00:00 GMT" &&
		stat -c "%i %Y" "$www/$f" >"$T/$f.stat"
	'
done

test_expect_success 'a rebuild with nothing changed' '
	test_expect_code 0 "$FEEDWRIGHT" build -o "$www" "$T/feed"
'
for f in $files; do
	test_expect_success "$f: left untouched (same inode and mtime), If-Modified-Since gets 304" '
		test_eq "$(stat -c "%i %Y" "$www/$f")" "$(cat "$T/$f.stat")" &&
		test_eq "$(code "$BASE/$f" -H "If-Modified-Since: $(cat "$T/$f.lm")")" 304
	'
	if [ -s "$T/$f.etag" ]; then test_set_prereq "ETAG_$f"; fi
	test_expect_success "ETAG_$f" "$f: If-None-Match after an unchanged rebuild gets 304" '
		test_eq "$(code "$BASE/$f" -H "If-None-Match: $(cat "$T/$f.etag")")" 304
	'
done

test_expect_success 'a rebuild with a new record' '
	cat >"$T/feed/articles/new-story.txt" <<-\REC &&
	A newer story for the conditional GET test

	Desk

	desk@example.org | 2025-02-07 09:00:00

	It is newer than the seed.
	REC
	test_expect_code 0 "$FEEDWRIGHT" build -o "$www" "$T/feed"
'
for f in $files; do
	test_expect_success "$f: If-Modified-Since after a changed rebuild gets 200 and the new file, with the new entry" '
		test_eq "$(code "$BASE/$f" -H "If-Modified-Since: $(cat "$T/$f.lm")")" 200 &&
		test_cmp "$www/$f" "$T/body" &&
		test_contains "$T/body" "A newer story for the conditional GET test"
	'
	test_expect_success "ETAG_$f" "$f: If-None-Match after a changed rebuild gets 200 and the new file" '
		test_eq "$(code "$BASE/$f" -H "If-None-Match: $(cat "$T/$f.etag")")" 200 &&
		test_cmp "$www/$f" "$T/body"
	'
done

test_done

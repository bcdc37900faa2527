#!/bin/sh
# Conditional GET over a real HTTP server: after a rebuild that changes
# nothing, every published file is left untouched (same inode and mtime),
# so a request with If-Modified-Since (and If-None-Match, where the server
# sends ETags) gets 304 Not Modified; after a rebuild that changes the
# feed, the same request gets 200 and the new file.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/readers/httpd.sh"

files="atom.xml rss.xml feed.json index.html"
www=$T/www
new_feed "$T/feed"
run "$FEEDWRIGHT" build -o "$www" "$T/feed"
expect_status "first build" 0
# As if the first build ran a while ago: HTTP dates have whole seconds,
# and the changed build below must not fall in the same second.
touch -d '2025-01-01 00:00:00 UTC' "$www"/*
serve "$www" || { fail "start an HTTP server on 127.0.0.1"; finish; }
pass "$SERVER serves the output folder at $BASE"

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

for f in $files; do
	curl -s -D "$T/$f.headers" -o /dev/null "$BASE/$f"
	eval "lm_${f%%.*}=\$(header \"\$T/\$f.headers\" Last-Modified)"
	eval "etag_${f%%.*}=\$(header \"\$T/\$f.headers\" ETag)"
	eval "lm=\$lm_${f%%.*}"
	expect_eq "$f: Last-Modified is the file's mtime" "$lm" "Wed, 01 Jan 2025 00:00:00 GMT"
	stat -c '%i %Y' "$www/$f" >"$T/$f.stat"
done

run "$FEEDWRIGHT" build -o "$www" "$T/feed"
expect_status "rebuild with nothing changed" 0
for f in $files; do
	eval "lm=\$lm_${f%%.*} etag=\$etag_${f%%.*}"
	expect_eq "$f: left untouched (same inode and mtime)" "$(stat -c '%i %Y' "$www/$f")" "$(cat "$T/$f.stat")"
	expect_eq "$f: If-Modified-Since after an unchanged rebuild" \
	    "$(code "$BASE/$f" -H "If-Modified-Since: $lm")" 304
	if [ -n "$etag" ]; then
		expect_eq "$f: If-None-Match after an unchanged rebuild" \
		    "$(code "$BASE/$f" -H "If-None-Match: $etag")" 304
	else
		tests_run=$((tests_run + 1))
		echo "ok $tests_run - $f: If-None-Match # SKIP $SERVER sends no ETag (install nginx)"
	fi
done

# A new record: every file changes.
cat >"$T/feed/articles/new-story.txt" <<'REC'
A newer story for the conditional GET test

Desk

desk@example.org | 2025-02-07 09:00:00

It is newer than the seed.
REC
run "$FEEDWRIGHT" build -o "$www" "$T/feed"
expect_status "rebuild with a new record" 0
for f in $files; do
	eval "lm=\$lm_${f%%.*} etag=\$etag_${f%%.*}"
	expect_eq "$f: If-Modified-Since after a changed rebuild" \
	    "$(code "$BASE/$f" -H "If-Modified-Since: $lm")" 200
	expect_same_file "$f: the 200 carries the new file" "$T/body" "$www/$f"
	expect_contains "$f: the new file holds the new entry" "$T/body" \
	    "A newer story for the conditional GET test"
	if [ -n "$etag" ]; then
		expect_eq "$f: If-None-Match after a changed rebuild" \
		    "$(code "$BASE/$f" -H "If-None-Match: $etag")" 200
		expect_same_file "$f: that 200 carries the new file too" "$T/body" "$www/$f"
	fi
done

finish

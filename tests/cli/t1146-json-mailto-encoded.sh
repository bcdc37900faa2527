#!/bin/sh
# The mailto: url build writes for an author's address in feed.json:
# RFC 6068 2 wants ";" and the other delimiters of
# a quoted local part percent-encoded, and a raw "," separates two
# addresses; only the "@" before the domain stands as it is, as in RFC
# 6068's own mailto:%22not%40me%22@example.org.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

test_expect_success 'quoted local parts with ; , @ & = ? # % /: percent-encoded; a plain address as it is' '
	mkdir -p feed/articles &&
	cat >feed/feed.conf <<-\EOT &&
	title = T
	link = https://ex.org/
	feed-url = https://ex.org/feeds/
	id = tag:ex.org,2025:feed
	timezone = UTC
	entry-link = https://ex.org/n/{slug}
	EOT
	printf "One\\n\\nA B\\n\\n\"desk;news,intl\"@example.org | 2025-01-01 10:00:00\\n\\nBody.\\n" >feed/articles/a.txt &&
	printf "Two\\n\\nC D\\n\\n\"not@me\"@example.org | 2025-01-02 10:00:00\\n\\nBody.\\n" >feed/articles/b.txt &&
	printf "Three\\n\\nE F\\n\\n\"a&b=c?d#e%%f/g\"@example.org | 2025-01-03 10:00:00\\n\\nBody.\\n" >feed/articles/c.txt &&
	printf "Four\\n\\nG H\\n\\nx.o'\''neil+tag@example.org | 2025-01-04 10:00:00\\n\\nBody.\\n" >feed/articles/d.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build -o pub feed &&
	grep "\"url\": \"mailto:" pub/feed.json >got &&
	cat >want <<-\EOT &&
	          "url": "mailto:x.o'\''neil+tag@example.org"
	          "url": "mailto:%22a%26b%3Dc%3Fd%23e%25f%2Fg%22@example.org"
	          "url": "mailto:%22not%40me%22@example.org"
	          "url": "mailto:%22desk%3Bnews%2Cintl%22@example.org"
	EOT
	test_cmp want got &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict pub/feed.json &&
	test_must_be_empty "$T/out"
'

test_done

#!/bin/sh
# Settings and records that should not pass, and one that should: a zone
# name that is this machine's (localtime) and not an IANA zone, an
# author-email without author, a mode that lets every user write, a
# byte-order mark in the middle of the text are refused at their line; a
# Category given twice is kept once; CR-only line ends (old Mac files)
# read like LF; a date years ahead gets a warning, and the output never
# depends on the clock.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 99

build() { timeout 20 "$FEEDWRIGHT" build "$@"; }

new_feed feed
cp feed/feed.conf feed.conf.good
seed=$(ls feed/articles)
last_line() { wc -l <feed/feed.conf | tr -d ' '; }

# conf_refused KEY VALUE MESSAGE: with KEY = VALUE (the last line), build
# exits 1 and says MESSAGE at that line, and publishes nothing.
conf_refused() {
	cp feed.conf.good feed/feed.conf &&
	set_conf feed "$1" "$2" &&
	test_expect_code 1 build feed &&
	echo "feedwright: feed/feed.conf:$(last_line): $3" >expect &&
	test_cmp expect err &&
	test ! -e feed/public
}

test_expect_success 'timezone = localtime (this machine'"'"'s zone) is refused at its line' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	(for z in localtime LOCALTIME posixrules Factory right/UTC posix/Asia/Seoul; do
		conf_refused timezone "$z" "timezone: \"$z\" is not an IANA time zone name (like \"Asia/Seoul\") but a file of this machine'"'"'s time zone data: the feeds would change with the machine" ||
		exit 1
	done)
'

test_expect_success 'zone names that are paths stay refused' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	(for z in /etc/localtime ../../../etc/localtime Asia/../localtime; do
		conf_refused timezone "$z" "timezone: \"$z\" is not an IANA time zone name (like \"Asia/Seoul\")" ||
		exit 1
	done)
'

test_expect_success 'author-email without author is refused at its line' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	cp feed.conf.good feed/feed.conf &&
	set_conf feed author "" &&
	cp feed/feed.conf feed.conf.noauthor &&
	set_conf feed author-email desk@example.com &&
	test_expect_code 1 build feed &&
	echo "feedwright: feed/feed.conf:$(last_line): author-email is given without author; add \"author = NAME\"" >expect &&
	test_cmp expect err
'

test_expect_success 'with author, author-email is published' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	cp feed.conf.good feed/feed.conf &&
	set_conf feed author-email desk@example.com &&
	build feed &&
	grep -F "<email>desk@example.com</email>" feed/public/atom.xml
'

test_expect_success 'a mode that lets every user write the published files is refused' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	(for m in 0666 0602 0646 666; do
		conf_refused mode "$m" "mode: \"$m\" lets every user change the published files; drop the others'"'"' write bit (like 0664 or 0644)" ||
		exit 1
	done)
'

test_expect_success 'group write is a deliberate choice and is fine; execute bits stay refused' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	set_conf feed mode 0664 &&
	build feed &&
	test "$(stat -c %a feed/public/atom.xml)" = 664 &&
	rm -rf feed/public &&
	conf_refused mode 0755 "mode: \"0755\" is not a file mode like 0644 (octal; read and write for the owner; no execute bits)"
'

test_expect_success 'a byte-order mark in the middle of feed.conf is refused at its line' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	cp feed.conf.good feed/feed.conf &&
	printf "subtitle = News \357\273\277and more\n" >>feed/feed.conf &&
	sed -i "/^subtitle = News and/d" feed/feed.conf &&
	test_expect_code 1 build feed &&
	echo "feedwright: feed/feed.conf:$(last_line): a byte-order mark (U+FEFF) in the middle of the text, in column 17" >expect &&
	test_cmp expect err
'

test_expect_success 'a leading byte-order mark is still skipped' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf feed/public" &&
	{ printf "\357\273\277"; cat feed.conf.good; } >feed/feed.conf &&
	build feed &&
	test -s feed/public/atom.xml
'

test_expect_success 'a second byte-order mark in a record (two files pasted together) is refused at its line' '
	test_when_finished "rm -f feed/articles/bom.txt" &&
	{ printf "\357\273\277First title\n\nDesk\n\ndesk@example.com | 2025-02-06 06:32:57\n\nBody.\n";
	  printf "\357\273\277Pasted title\n\nDesk\n"; } >feed/articles/bom.txt &&
	test_expect_code 1 build feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/bom.txt:8: a byte-order mark (U+FEFF) in the middle of the text, in column 1" \
	    "feedwright: feed: 1 of 2 records are bad; nothing was published" >expect &&
	test_cmp expect err
'

test_expect_success 'a byte-order mark inside a title is refused at its line and column' '
	test_when_finished "rm -f feed/articles/bom.txt" &&
	sed "1s/.*/Big \xef\xbb\xbfnews/" "feed/articles/$seed" >feed/articles/bom.txt &&
	test_expect_code 1 build feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/bom.txt:1: a byte-order mark (U+FEFF) in the middle of the text, in column 5" \
	    "feedwright: feed: 1 of 2 records are bad; nothing was published" >expect &&
	test_cmp expect err
'

test_expect_success 'a Category given twice is written once' '
	test_when_finished "rm -rf feed/articles/cat.txt feed/public" &&
	{ printf -- "---\nCategory: World\nCategory:   World  \ncategory: World\nCategory: world\nCategory: Markets\n---\n";
	  sed "1s/.*/Categorised/" "feed/articles/$seed"; } >feed/articles/cat.txt &&
	build feed &&
	grep -c "<category term=\"World\"/>" feed/public/atom.xml >got &&
	echo 1 >expect &&
	test_cmp expect got &&
	grep -c "<category>World</category>" feed/public/rss.xml >got &&
	test_cmp expect got &&
	grep -F "<category term=\"world\"/>" feed/public/atom.xml &&
	grep -F "<category term=\"Markets\"/>" feed/public/atom.xml
'

test_expect_success 'CR-only line ends (old Mac files) read like LF, in records and feed.conf' '
	test_when_finished "cp feed.conf.good feed/feed.conf; rm -rf lf cr feed-cr" &&
	build -o "$T/lf" feed &&
	cp -R feed feed-cr &&
	tr "\n" "\r" <"feed/articles/$seed" >"feed-cr/articles/$seed" &&
	tr "\n" "\r" <feed.conf.good >feed-cr/feed.conf &&
	build -o "$T/cr" feed-cr &&
	diff -r lf cr
'

test_expect_success 'CR LF line ends give the same feeds too' '
	test_when_finished "rm -rf lf crlf feed-crlf" &&
	build -o "$T/lf" feed &&
	cp -R feed feed-crlf &&
	sed "s/\$/\r/" <"feed/articles/$seed" >"feed-crlf/articles/$seed" &&
	sed "s/\$/\r/" <feed.conf.good >feed-crlf/feed.conf &&
	build -o "$T/crlf" feed-crlf &&
	diff -r lf crlf
'

test_expect_success 'a paragraph of several CR-only lines keeps its line breaks' '
	test_when_finished "rm -rf feed/articles/mac.txt feed/public" &&
	printf "Mac story\r\rDesk\r\rdesk@example.com | 2025-03-01 09:00:00\r\rFirst line\rsecond line\r" \
	    >feed/articles/mac.txt &&
	build feed &&
	grep -F "<p>First line
second line</p>" feed/public/atom.xml
'

test_expect_success 'errors in a CR-only record name the right line' '
	test_when_finished "rm -f feed/articles/mac.txt" &&
	printf "Mac story\r\rDesk\r\rdesk@example.com | 2025-02-30 09:00:00\r\rBody\r" \
	    >feed/articles/mac.txt &&
	test_expect_code 1 build feed &&
	printf "%s\n" \
	    "feedwright: feed/articles/mac.txt:5: invalid date \"2025-02-30 09:00:00\"" \
	    "feedwright: feed: 1 of 2 records are bad; nothing was published" >expect &&
	test_cmp expect err
'

if command -v faketime >/dev/null 2>&1; then test_set_prereq FAKETIME; fi
# at TIME ARGS...: build ARGS with the clock at TIME.
at() { _at=$1; shift; faketime "$_at" "$FEEDWRIGHT" build "$@"; }

test_expect_success FAKETIME 'a date years in the future gets a warning naming its line' '
	test_when_finished "rm -rf feed/articles/typo.txt feed/public" &&
	sed "s/| 2025-02-06 06:32:57/| 9999-02-06 06:32:57/" "feed/articles/$seed" \
	    >feed/articles/typo.txt &&
	test_expect_code 0 at "2026-01-01 00:00:00" feed &&
	echo "feedwright: feed/articles/typo.txt:5: warning: date is 7973 years in the future" >expect &&
	test_cmp expect err &&
	test_expect_code 0 at "2026-01-01 00:00:00" -q feed &&
	test_must_be_empty err
'

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF
test_expect_success GROFF 'a record needs no blank line between its parts, as feedwright(5) says' '
	mkdir -p tight/articles &&
	cp feed.conf.good tight/feed.conf &&
	printf "%s\n" "A title" "An Author" "x@example.org | 2025-12-01 06:32:57" \
	    "First line of the body," "and its second." >tight/articles/a.txt &&
	test_expect_code 0 "$FEEDWRIGHT" build --stdout json tight &&
	"$PYTHON" -c "import json, sys
i = json.load(open(sys.argv[1]))[\"items\"][0]
print(i[\"title\"]); print(i[\"authors\"][0][\"name\"]); print(i[\"content_html\"])" "$T/out" >got &&
	printf "%s\n" "A title" "An Author" "<p>First line of the body,
and its second.</p>" >expect &&
	test_cmp expect got &&
	groff -man -Tascii -P-cbou -rHY=0 "$SRCDIR/doc/feedwright.5" 2>/dev/null | tr -s " \n" "  " >man5 &&
	test_contains man5 "Blank lines (empty, or spaces and tabs only) may stand before and between them, as in the showcase records, but none is needed" &&
	test_lacks man5 "separated by one or more blank lines"
'

# typo.txt was published above with the year 9999: the ledger keeps that
# updated, and an Updated before it is said too.
test_expect_success FAKETIME 'so does an Updated years ahead; one year ahead is a scheduled post, not a typo' '
	test_when_finished "rm -rf feed/articles/typo.txt feed/articles/soon.txt feed/public" &&
	{ printf -- "---\nUpdated: 2031-06-01 00:00:00\n---\n"; sed "1s/.*/Typo/" "feed/articles/$seed"; } \
	    >feed/articles/typo.txt &&
	sed "s/| 2025-02-06 06:32:57/| 2026-12-31 23:00:00/" "feed/articles/$seed" \
	    >feed/articles/soon.txt &&
	test_expect_code 0 at "2026-01-01 00:00:00" feed &&
	cat >expect <<-\EOF &&
	feedwright: feed/articles/typo.txt:2: warning: Updated is 5 years in the future
	feedwright: feed/articles/typo.txt:2: warning: Updated 2031-06-01T00:00:00+09:00 is earlier than the updated 9999-02-06T06:32:57+09:00 its entry was published with: readers that have it keep their copy and miss the change
	EOF
	test_cmp expect err
'

test_expect_success FAKETIME 'the warning never changes the output: the same bytes whatever the clock' '
	test_when_finished "rm -rf feed/articles/typo-new.txt" &&
	sed "s/| 2025-02-06 06:32:57/| 9999-02-06 06:32:57/" "feed/articles/$seed" \
	    >feed/articles/typo-new.txt &&	# never published: not in the ledger
	at "2026-01-01 00:00:00" --stdout atom feed >then.xml 2>then.err &&
	at "9999-06-01 00:00:00" --stdout atom feed >later.xml 2>later.err &&
	grep -F "warning: date is 7973 years in the future" then.err &&
	test_must_be_empty later.err &&
	test_cmp then.xml later.xml
'

test_done

#!/bin/sh
# Outputs never overwrite inputs: an output folder or file name that is,
# or could become, the settings, a record, the records folder, the lock or
# the feed's own state is refused at feed.conf's line (or at -o), with
# exit status 1 and nothing written, however the folder is spelt.
. "$SRCDIR/tests/lib.sh"

F=$T/feed
new_feed "$F"
cp "$F/feed.conf" "$T/good.conf"
rec=$(cd "$F/articles" && ls)
cp "$F/articles/$rec" "$T/record.before"

# conf KEY=VALUE...: the showcase settings with these keys replaced.
conf() {
	cp "$T/good.conf" "$F/feed.conf" &&
	for kv in "$@"; do set_conf "$F" "${kv%%=*}" "${kv#*=}" || return 1; done &&
	cp "$F/feed.conf" "$T/conf.before"
}

# line KEY: the line of feed.conf that sets KEY.
line() { grep -n "^$1 *=" "$F/feed.conf" | cut -d: -f1; }

# refused MESSAGE [BUILD ARGS...]: the build (and its --dry-run) exits 1
# with exactly MESSAGE, and feed.conf, the record and the feed folder are
# as they were: no output anywhere.
refused() {
	_msg=$1
	shift
	ls -a "$F" "$F/articles" >"$T/ls.before" &&
	for _mode in "" --dry-run; do
		test_expect_code 1 "$FEEDWRIGHT" build $_mode "$@" "$F" &&
		echo "$_msg" >"$T/want" &&
		test_cmp "$T/want" "$T/err" || return 1
	done &&
	test_cmp "$T/conf.before" "$F/feed.conf" &&
	test_cmp "$T/record.before" "$F/articles/$rec" &&
	ls -a "$F" "$F/articles" >"$T/ls.after" &&
	test_cmp "$T/ls.before" "$T/ls.after"
}

test_expect_success 'page = feed.conf in output = . is refused at the page line' '
	conf output=. page=feed.conf &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \".\" would overwrite the settings file"
'

test_expect_success 'the same with output = ./ and an absolute path to the feed folder' '
	conf output=./ page=feed.conf &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"./\" would overwrite the settings file" &&
	conf "output=$F" page=feed.conf &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"$F\" would overwrite the settings file"
'

test_expect_success 'discovery = an existing record in output = articles is refused' '
	conf output=articles "discovery=$rec" &&
	refused "feedwright: $F/feed.conf:$(line discovery): discovery: \"$rec\" in the output folder \"articles\" would overwrite a record (a name ending in \".txt\" in the records folder is one)"
'

test_expect_success 'a name that would become a record is refused, however the folder is spelt' '
	conf output=./articles/ discovery=new.txt &&
	refused "feedwright: $F/feed.conf:$(line discovery): discovery: \"new.txt\" in the output folder \"./articles/\" would overwrite a record (a name ending in \".txt\" in the records folder is one)" &&
	conf output=public articles=public discovery=later.txt &&
	refused "feedwright: $F/feed.conf:$(line discovery): discovery: \"later.txt\" in the output folder \"public\" would overwrite a record (a name ending in \".txt\" in the records folder is one)"
'

test_expect_success 'a page named like the records folder, or the ledger, is refused' '
	conf output=. page=articles &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"articles\" in the output folder \".\" would overwrite the records folder" &&
	conf output=. page=ledger.tsv &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"ledger.tsv\" in the output folder \".\" would overwrite a file of the feed'"'"'s own state (\"ledger.tsv\" and names starting with \".feedwright\" in the feed folder are kept for it)"
'

test_expect_success 'an output folder that is an input is refused at the output line' '
	conf output=feed.conf &&
	refused "feedwright: $F/feed.conf:$(line output): output: \"feed.conf\" is the settings file" &&
	conf output=.feedwright.lock &&
	refused "feedwright: $F/feed.conf:$(line output): output: \".feedwright.lock\" is the lock file" &&
	conf output=articles/x.txt &&
	refused "feedwright: $F/feed.conf:$(line output): output: \"articles/x.txt\" is a record (a name ending in \".txt\" in the records folder is one)" &&
	conf output=.feedwright-state &&
	refused "feedwright: $F/feed.conf:$(line output): output: \".feedwright-state\" is a file of the feed'"'"'s own state (\"ledger.tsv\" and names starting with \".feedwright\" in the feed folder are kept for it)"
'

test_expect_success 'a feed published over the records folder is refused' '
	conf output=. articles=atom.xml &&
	refused "feedwright: $F/feed.conf:$(line output): output: \".\": atom.xml there would overwrite the records folder"
'

test_expect_success '-o naming the feed folder in other ways meets the same refusal' '
	conf page=feed.conf &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"$F\" (-o) would overwrite the settings file" -o "$F" &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"$F/articles/..\" (-o) would overwrite the settings file" -o "$F/articles/.." &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"$F/new/../\" (-o) would overwrite the settings file" -o "$F/new/../" &&
	ln -s "$F" "$T/link" &&
	test_when_finished rm -f "$T/link" &&
	refused "feedwright: $F/feed.conf:$(line page): page: \"feed.conf\" in the output folder \"$T/link\" (-o) would overwrite the settings file" -o "$T/link"
'

test_expect_success '-o naming the records folder, or an input, is refused' '
	conf discovery=x.txt &&
	refused "feedwright: $F/feed.conf:$(line discovery): discovery: \"x.txt\" in the output folder \"$F/articles/\" (-o) would overwrite a record (a name ending in \".txt\" in the records folder is one)" -o "$F/articles/" &&
	conf &&
	refused "feedwright: $F/feed.conf: the output folder (-o) is the settings file" -o "$F/feed.conf" &&
	refused "feedwright: $F/articles/$rec: the output folder (-o) is a record (a name ending in \".txt\" in the records folder is one)" -o "$F/articles/$rec"
'

test_expect_success 'outputs beside the inputs are fine: output = . and output = articles' '
	conf output=. &&
	"$FEEDWRIGHT" build "$F" &&
	test -s "$F/atom.xml" && test -s "$F/index.html" &&
	test_cmp "$T/conf.before" "$F/feed.conf" &&
	rm -f "$F/atom.xml" "$F/rss.xml" "$F/feed.json" "$F/index.html" &&
	conf output=articles discovery=yes &&
	"$FEEDWRIGHT" build "$F" &&
	test -s "$F/articles/discovery.html" &&
	test_cmp "$T/record.before" "$F/articles/$rec"
'

test_done

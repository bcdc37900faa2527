#!/bin/sh
# build --help, feedwright(1) and the README say the same, word for word,
# about each option of build and each exit status: every description in
# the help is found, whitespace and case aside, in the manual as groff
# prints it and in the README (its code marks aside).
. "$SRCDIR/tests/lib.sh"

command -v groff >/dev/null 2>&1 && test_set_prereq GROFF

# normalize: one line, single spaces, lower case, no Markdown code marks.
normalize() { tr '\n' ' ' | tr -d '`' | tr -s ' \t' '  ' | tr 'A-Z' 'a-z'; }

"$FEEDWRIGHT" build --help >"$T/help" || exit 99
# help_items: "KEY<TAB>DESCRIPTION" for each option and exit status.
awk '
function flush() { if (key != "") print key "\t" desc; key = "" }
/^  -|^      --/ { flush(); key = substr($0, 1, 25); desc = substr($0, 26);
	sub(/^ +/, "", key); sub(/ +$/, "", key); next }
/^                         [^ ]/ && key != "" { desc = desc " " substr($0, 26); next }
/^  [0-9N]  / { flush(); key = substr($0, 3, 1); desc = substr($0, 6); next }
/^     [^ ]/ && key ~ /^[0-9N]$/ { desc = desc " " substr($0, 6); next }
{ flush() }
END { flush() }' "$T/help" >"$T/items"
normalize <"$SRCDIR/README.md" >"$T/readme"
if test_have_prereq GROFF; then
	groff -man -Tascii -P-cbou -rLL=4000n -rHY=0 "$SRCDIR/doc/feedwright.1" \
	    2>/dev/null | normalize >"$T/man"
fi

test_expect_success 'the help lists 13 options and 8 exit statuses, N of --exit-unchanged among them' '
	test "$(grep -c "^-" "$T/items")" -eq 13 &&
	test "$(grep -c "^[0-9N]	" "$T/items")" -eq 8 &&
	grep "^N	with --exit-unchanged=N" "$T/items"
'

# has FILE TEXT: the normalized FILE holds TEXT, normalized.
has() {
	_want=$(printf "%s" "$2" | normalize)
	grep -qF -- "$_want" "$1" || { echo "$1 lacks: $_want"; return 1; }
}

while IFS='	' read -r key desc; do
	case $key in
	[0-9N])
		test_expect_success "README: exit status $key as in the help" '
			has "$T/readme" "| $key | $desc |"
		'
		test_expect_success GROFF "feedwright(1): exit status $key as in the help" '
			has "$T/man" "$key $desc"
		' ;;
	*)
		test_expect_success "README: $key as in the help" '
			has "$T/readme" "$desc"
		'
		test_expect_success GROFF "feedwright(1): $key as in the help" '
			has "$T/man" "$desc"
		' ;;
	esac
done <"$T/items"

several=$(sed -n '/^With several feed folders/,/0\.$/p' "$T/help")
test_expect_success 'the order of statuses for several feeds, in the README' '
	test -n "$several" && has "$T/readme" "$several"
'
test_expect_success GROFF 'and in feedwright(1)' '
	has "$T/man" "$several"
'
test_expect_success 'options after operands and --, in all three' '
	grep -Fx "Options may come before or after the folders; -- ends the options." "$T/help" &&
	has "$T/readme" "Options may come before or after the folders; -- ends the options." &&
	{ ! test_have_prereq GROFF ||
	  has "$T/man" "Options may come before or after the folders; -- ends the options"; }
'

test_done

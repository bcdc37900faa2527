#!/bin/sh
# Every rule of the registry (validate --list-rules) has a case under
# tests/validate/rules that reports it and one that does not:
#   NAME.expected, whose lines end in [RULE], with NAME.xml (the file,
#   also checked by t0310), NAME.json (a JSON Feed) or NAME.sh (a command
#   run in that folder, for what one small file cannot show: a missing
#   file, 500,001 items);
#   valid/RULE.xml (valid/RULE.json for JSON), the fault mended at the
#   edge of the rule: valid under --strict, without a word.
# A rule added to src/validate_rules.def without both fails here.
. "$SRCDIR/tests/lib.sh"

R=$SRCDIR/tests/validate/rules
cd "$R" || exit 99

# Reported by build only, when a file it wrote is not the format it names:
# no file given to validate can show it (tests/unit/test_check_output.c
# does).
BUILD_ONLY=" wrong-format "

"$FEEDWRIGHT" validate --list-rules >"$T/rules" || exit 99
[ -s "$T/rules" ] || exit 99

# The first case NAME.xml or NAME.sh whose NAME.expected reports RULE.
case_of() {
	for _e in $(grep -l -e "\\[$1\\]\$" *.expected); do
		_n=${_e%.expected}
		if [ -f "$_n.xml" ]; then echo "$_n.xml"; return 0; fi
		if [ -f "$_n.json" ]; then echo "$_n.json"; return 0; fi
		if [ -f "$_n.sh" ]; then echo "$_n.sh"; return 0; fi
	done
	return 1
}

# run CASE: its report (in $T/out), and the status validate exits with.
run() {
	case $1 in
	*.sh) FEEDWRIGHT=$FEEDWRIGHT sh "$1" >"$T/out" 2>"$T/err" ;;
	*) "$FEEDWRIGHT" validate "$1" >"$T/out" 2>"$T/err" ;;
	esac
}

while read -r rule sev summary; do
	case $BUILD_ONLY in
	*" $rule "*)
		test_expect_success "$rule: reported by build only, and registered" '
			test_eq "$sev" error
		'
		;;
	*)
		test_expect_success "$rule: a case reports it, as $sev ($summary)" '
			c=$(case_of "$rule") &&
			{ run "$c"; st=$?; } &&
			test_must_be_empty "$T/err" &&
			test_cmp "${c%.*}.expected" "$T/out" &&
			grep -q -e ": $sev: .* \\[$rule\\]\$" "$T/out" &&
			if [ "$sev" = error ]; then
				test "$st" -eq 1 || test "$st" -eq 2
			else
				test "$st" -eq 0
			fi
		'
		;;
	esac
	# JSON Feed rules have their cases in .json files.
	v=valid/$rule.xml
	[ -f "valid/$rule.json" ] && v=valid/$rule.json
	test_expect_success "$rule: $v does not report it: valid under --strict, silent" '
		test_path_is_file "$v" &&
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$v" &&
		test_must_be_empty "$T/out" &&
		test_must_be_empty "$T/err"
	'
done <"$T/rules"

test_expect_success 'every case under valid/ is named after a rule of the registry' '
	cut -d" " -f1 "$T/rules" | sed "s/\$/.xml/" | LC_ALL=C sort >"$T/want" &&
	ls valid | sed "s/\\.json\$/.xml/" | LC_ALL=C sort >"$T/got" &&
	test_cmp "$T/want" "$T/got"
'

test_expect_success 'every NAME.expected has its NAME.xml, NAME.json or NAME.sh' '
	for e in *.expected; do
		test -f "${e%.expected}.xml" || test -f "${e%.expected}.sh" ||
		test -f "${e%.expected}.json" ||
		{ echo "$e: no case"; return 1; }
	done
'

test_done

#!/bin/sh
# One small feed per rule of feedwright validate, in tests/validate/rules:
# NAME.xml breaks one rule (the comment at its top says which), and
# NAME.expected holds the exact output, with file, line and rule. A file
# with an error must exit 1; one with only a warning exits 0, and 1 under
# --strict. To add a case: write NAME.xml and NAME.expected.
. "$SRCDIR/tests/lib.sh"

cd "$SRCDIR/tests/validate/rules" || exit 99
for f in *.xml; do
	name=${f%.xml}
	"$FEEDWRIGHT" validate "$f" >"$T/out" 2>"$T/err"
	status=$?
	expect_same_file "$name: exact messages" "$T/out" "$name.expected"
	if grep -q ': error: ' "$name.expected"; then
		expect_eq "$name: invalid" "$status" 1
	else
		expect_eq "$name: valid, with a warning" "$status" 0
		"$FEEDWRIGHT" validate --strict "$f" >/dev/null 2>&1
		expect_eq "$name: invalid with --strict" "$?" 1
	fi
	expect_eq "$name: nothing on stderr" "$(cat "$T/err")" ""
done

# The feeds the cases start from, and real-world-shaped feeds (WordPress
# RSS with its modules, Blogger Atom with XHTML, SVG and extensions), are
# valid without a warning, for us and for the schemas alone.
for f in "$SRCDIR"/tests/validate/formats/good.* \
    "$SRCDIR"/tests/validate/formats/real-*; do
	run "$FEEDWRIGHT" validate --strict "$f"
	expect_status "$(basename "$f") is valid" 0
	expect_eq "$(basename "$f"): no warning" "$(cat "$T/out")" ""
	case $f in
	*.atom) rng=atom.rng ;;
	*) rng=rss.rng ;;
	esac
	if command -v xmllint >/dev/null; then
		check "$(basename "$f") passes $rng with xmllint" sh -c \
		    'xmllint --noout --relaxng "$1" "$2" 2>/dev/null' sh \
		    "$SRCDIR/src/schemas/$rng" "$f"
	fi
done

finish

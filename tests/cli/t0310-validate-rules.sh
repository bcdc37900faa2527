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
	if grep -q ': error: ' "$name.expected"; then
		test_expect_success "$name: the exact messages, exit 1, nothing on stderr" '
			test_expect_code 1 "$FEEDWRIGHT" validate "$f" &&
			test_cmp "$name.expected" "$T/out" &&
			test_must_be_empty "$T/err"
		'
	else
		test_expect_success "$name: the exact warning, exit 0 (1 under --strict), nothing on stderr" '
			test_expect_code 0 "$FEEDWRIGHT" validate "$f" &&
			test_cmp "$name.expected" "$T/out" &&
			test_must_be_empty "$T/err" &&
			test_expect_code 1 "$FEEDWRIGHT" validate --strict "$f"
		'
	fi
done

# The feeds the cases start from, and real-world-shaped feeds (WordPress
# RSS with its modules, Blogger Atom with XHTML, SVG and extensions), are
# valid without a warning, for us and for the schemas alone.
for f in "$SRCDIR"/tests/validate/formats/good.* \
    "$SRCDIR"/tests/validate/formats/real-*; do
	case $f in
	*.atom) rng=atom.rng ;;
	*) rng=rss.rng ;;
	esac
	test_expect_success "$(basename "$f") is valid under --strict, with no warning" '
		test_expect_code 0 "$FEEDWRIGHT" validate --strict "$f" &&
		test_must_be_empty "$T/out"
	'
	test_expect_success XMLLINT "$(basename "$f") passes $rng with xmllint" '
		xmllint --noout --relaxng "$SRCDIR/src/schemas/$rng" "$f" 2>/dev/null
	'
done

test_done

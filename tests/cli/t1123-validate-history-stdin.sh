#!/bin/sh
# Standard input with --chain and --against. --chain maps the self link's
# folder to FILE's folder and reads the archives there: "-" is in no
# folder, so it is refused in words (status 2) before anything is read,
# rather than read twice and called "not an Atom 1.0 or RSS 2.0 feed".
# --against takes "-" for OLD or NEW, and refuses it for both: standard
# input is read once.
. "$SRCDIR/tests/lib.sh"

H=$SRCDIR/tests/validate/history
cp -R "$H/chain-atom" "$T/" || exit 99
cd "$T" || exit 99

test_expect_success '--chain - refuses standard input in words, status 2, nothing on standard output' '
	test_expect_code 2 "$FEEDWRIGHT" validate --chain - <chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	cat >want <<-\EOT &&
	feedwright: validate: --chain reads the archives in FILE'\''s folder: standard input (-) has none; give the file'\''s path
	Try '\''feedwright validate --help'\''.
	EOT
	test_cmp want "$T/err"
'

test_expect_success '--chain - with --format=json or after --: the same refusal; --chain ./- reads a file named -' '
	test_expect_code 2 "$FEEDWRIGHT" validate --format=json --chain - <chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_contains "$T/err" "standard input (-) has none" &&
	test_expect_code 2 "$FEEDWRIGHT" validate --chain -- - <chain-atom/atom.xml &&
	test_contains "$T/err" "standard input (-) has none" &&
	cp chain-atom/atom.xml chain-atom/- &&
	(cd chain-atom && test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain ./-) &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success '--chain on the same file by its path: exit 0, silent' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --chain chain-atom/atom.xml &&
	test_must_be_empty "$T/out"
'

test_expect_success '--against=- NEW and --against=OLD - read standard input once: exit 0, silent' '
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=- chain-atom/atom.xml <chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err" &&
	test_expect_code 0 "$FEEDWRIGHT" validate --strict --against=chain-atom/atom.xml - <chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	test_must_be_empty "$T/err"
'

test_expect_success '--against=- with NEW - is refused in words, status 2' '
	test_expect_code 2 "$FEEDWRIGHT" validate --against=- - <chain-atom/atom.xml &&
	test_must_be_empty "$T/out" &&
	cat >want <<-\EOT &&
	feedwright: validate: --against=- and NEW - would both read standard input: give one as a file
	Try '\''feedwright validate --help'\''.
	EOT
	test_cmp want "$T/err"
'

test_expect_success '--help and feedwright(1) say --chain takes a path, not -' '
	"$FEEDWRIGHT" validate --help >help &&
	test_contains help "a path, not - (standard input is in no folder)" &&
	test_contains "$SRCDIR/doc/feedwright.1" "standard input (\\-) has none; give the file"
'

test_done
